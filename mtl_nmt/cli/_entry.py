"""The one entry helper of the mtl-nmt command-line tools."""
import functools
import logging

from ..errors import MtlNmtError

LOG_FORMAT = "%(asctime)s | %(levelname)s | %(name)s | %(message)s"


def cli_main(prog: str, log: bool = False):
    """Decorate a CLI's ``main(argv=None)``: an :class:`MtlNmtError` ends the program with the one
    line ``<prog>: error: <message>`` on stderr and exit status 1 (``SystemExit`` with that
    message), no traceback. ``log=True`` also sets up INFO logging in fairseq's format."""
    def decorate(main):
        @functools.wraps(main)
        def wrapped(*args, **kwargs):
            if log:
                logging.basicConfig(format=LOG_FORMAT, level=logging.INFO)
            logging.getLogger("matplotlib").setLevel(logging.WARNING)
            try:
                return main(*args, **kwargs)
            except MtlNmtError as e:
                raise SystemExit(f"{prog}: error: {e}") from None
        return wrapped
    return decorate

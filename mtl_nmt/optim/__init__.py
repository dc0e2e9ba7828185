from . import fairseq_adatask  # noqa: F401

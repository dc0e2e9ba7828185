"""Public multilingual NMT benchmarks (data sets): their language pairs, and the steps from an
official release to a fairseq data-bin. (Speed measurements live in ``bench/`` at the top level.)

:data:`BENCHMARKS` is the one list of each benchmark's pairs: scripts and recipes ask it with
``mtl-nmt-benchmark-data pairs BENCH`` and tests check ``configs/benchmark/*.yaml`` against it.
Each module turns one official release into raw ``{train,valid,test}.<src>-<tgt>.<lang>`` files:
:mod:`.ted` (TED-8 from Qi et al. 2018), :mod:`.iwslt17` (IWSLT 2017 multilingual), :mod:`.flores`
(FLORES-101/200 devtest, test files only); :mod:`.download` fetches and verifies archives,
:mod:`.steps` runs the steps, :mod:`.databin` builds the data-bin (``mtl-nmt-prepare``).
"""
from dataclasses import dataclass
from typing import Dict, Tuple

from ..errors import MtlNmtError


@dataclass(frozen=True)
class Benchmark:
    """A training benchmark: its pairs (our 2-letter codes) and its low-resource languages."""
    name: str
    pairs: Tuple[str, ...]
    low: Tuple[str, ...] = ()
    description: str = ""


BENCHMARKS: Dict[str, Benchmark] = {
    "lohelp": Benchmark("lohelp", ("en-de", "en-fr", "en-fi", "en-hi"), ("hi",),
                        "LibreOffice help pages (Debian packages), scripts/data/build_lohelp.py"),
    "ddtp": Benchmark("ddtp", ("en-de", "en-ru", "en-cs", "en-sk", "en-fi", "en-nl"), ("fi", "nl"),
                      "Debian package descriptions (DDTP), scripts/data/build_ddtp.py"),
    "ted8_related": Benchmark(
        "ted8_related", ("az-en", "be-en", "gl-en", "sk-en", "tr-en", "ru-en", "pt-en", "cs-en"),
        ("az", "be", "gl", "sk"), "TED-8 related (Wang et al. 2020), many-to-one"),
    "ted8_diverse": Benchmark(
        "ted8_diverse", ("bs-en", "mr-en", "hi-en", "mk-en", "el-en", "bg-en", "fr-en", "ko-en"),
        ("bs", "mr", "hi", "mk"), "TED-8 diverse (Wang et al. 2020), many-to-one"),
    "iwslt17": Benchmark(
        "iwslt17", ("en-de", "en-it", "en-nl", "en-ro", "de-en", "it-en", "nl-en", "ro-en"), (),
        "IWSLT 2017 multilingual TED task, English-centric directions"),
}


def get_benchmark(name: str) -> Benchmark:
    """The benchmark called ``name`` (one clear error listing the known ones otherwise)."""
    if name not in BENCHMARKS:
        raise MtlNmtError(f"unknown benchmark {name!r} (choose from {', '.join(BENCHMARKS)})")
    return BENCHMARKS[name]

"""mtl-nmt: fairseq plugins for scheduled multilingual neural machine translation."""
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent

setup(
    name="mtl-nmt",
    version="0.1.0",
    description="fairseq plugins for multilingual NMT: scheduled sampling, implicit schedules, "
    "AdaTask, BASE-layer MoE",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="MIT",
    python_requires=">=3.9",
    packages=find_packages(include=["mtl_nmt", "mtl_nmt.*"]),
    install_requires=[
        # fairseq 0.12.2 (the last upstream release) fails at import on Python 3.11.
        'fairseq-fixed==0.12.3.1; python_version >= "3.11"',
        'fairseq==0.12.2; python_version < "3.11"',
        # A range only: the caller picks the build (CPU wheel, CUDA wheel) before installing us.
        "torch>=2.0,<3",
        "sentencepiece>=0.1.99",
        "sacrebleu>=2.3",
        # Welch's t-test across seeds in mtl-nmt-compare (fairseq already pulls it in via scikit-learn)
        "scipy>=1.7",
        # fairseq's --tensorboard-logdir writer when the tensorboard package is absent; without it every
        # fairseq command prints "Please install tensorboardX" (fairseq/tasks/text_to_speech.py)
        "tensorboardX>=2.6",
        "tqdm",
        "matplotlib",
    ],
    extras_require={
        "fast": ["ctranslate2>=4.0"],
        # ray.tune.report / get_checkpoint / Checkpoint / RunConfig (mtl-nmt-pbt) exist from Ray 2.41 on.
        "pbt": ["ray[tune]>=2.41"],
        # pytest-xdist: the suite runs one worker per core (pytest.ini), each test file on one worker
        "test": ["pytest>=7", "pytest-xdist>=3", "scipy"],
    },
    entry_points={
        "console_scripts": [
            "mtl-nmt-user-dir=mtl_nmt.cli.user_dir:main",
            "mtl-nmt-prepare=mtl_nmt.cli.prepare:main",
            "mtl-nmt-eval=mtl_nmt.cli.evaluate:main",
            "mtl-nmt-plot=mtl_nmt.cli.plot:main",
            "mtl-nmt-launch=mtl_nmt.cli.launch:main",
            "mtl-nmt-au-report=mtl_nmt.cli.au_report:main",
            "mtl-nmt-densify=mtl_nmt.cli.densify:main",
            "mtl-nmt-moe-report=mtl_nmt.cli.moe_report:main",
            "mtl-nmt-pbt=mtl_nmt.cli.pbt:main",
            "mtl-nmt-benchmark-data=mtl_nmt.cli.benchmark_data:main",
            "mtl-nmt-export-ct2=mtl_nmt.cli.export_ct2:main",
            "mtl-nmt-compare=mtl_nmt.cli.compare:main",
            "mtl-nmt-baselines=mtl_nmt.cli.baselines:main",
            "mtl-nmt-average=mtl_nmt.cli.average:main",
            "mtl-nmt-args=mtl_nmt.cli.args:main",
        ],
    },
    classifiers=[
        "Programming Language :: Python :: 3",
        "Topic :: Scientific/Engineering :: Artificial Intelligence",
    ],
)

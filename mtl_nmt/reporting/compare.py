"""Compare systems over seeds: load the ``mtl-nmt-eval`` output of training runs, group the runs into
systems and seeds, rescore every pair with sacreBLEU (BLEU and chrF), test each system against a
reference system across seeds (Welch's t over per-seed scores: the marks) and with paired bootstrap
resampling over sentences (:mod:`.significance`), report each system's target words per update (from
its ``train.log``; a warning when a system's differs from the reference's by more than 2%) and
tabulate the result (Markdown and CSV). A run folder holds ``row.json`` (``scripts/results.sh``) and ``eval/`` with
``scores.json``, ``hyp.SPLIT.PAIR.TGT`` and ``ref.SPLIT.PAIR.TGT``; an ``mtl-nmt-eval --out-dir`` folder
itself is accepted too."""
import csv
import hashlib
import json
import math
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ..corpus import Pair, count_lines, pair_file, read_lines
from ..errors import MtlNmtError
from ..evaluation import resolve_tokenizer, score_pair
from .logs import parse_log
from .significance import METRICS, paired_bootstrap, welch_p

SEED_SUFFIX = re.compile(r"^(.+?)[._-](?:s|seed)(\d+)$")
PAIRINGS = ("pooled", "per-seed", "none")
GROUPS = ("low", "high", "all")
METRIC_NAMES = {"bleu": "BLEU", "chrf": "chrF"}
LENGTH = "length_ratio"  # per pair only: hypothesis / reference length in BLEU's tokens, not tested or averaged
LOG_NAME = "train.log"
WORDS_TOLERANCE = 0.02  # compared systems' target words per update may differ by this share at most


@dataclass
class RunPair:
    """One pair of one run: hypotheses, references (with their sha256) and what scores.json records."""
    hyps: List[str]
    refs: List[str]
    ref_sha: str
    train_size: int
    tokenize: str
    signature: str


@dataclass
class Run:
    path: str
    name: str
    split: str
    pairs: Dict[str, RunPair]


@dataclass
class System:
    """Runs of one system, by seed (in seed order)."""
    label: str
    runs: Dict[int, Run]

    @property
    def seeds(self) -> List[int]:
        return list(self.runs)


@dataclass
class Cell:
    """One system on one pair (or a low/high/all mean): per-seed scores, Δ to the reference and p."""
    scores: Dict[str, List[float]]
    delta: Dict[str, float] = field(default_factory=dict)
    delta_se: Dict[str, float] = field(default_factory=dict)
    p: Dict[str, float] = field(default_factory=dict)
    p_seeds: Dict[str, float] = field(default_factory=dict)

    def mean(self, metric: str) -> float:
        values = self.scores[metric]
        return sum(values) / len(values)

    def std(self, metric: str) -> float:
        """Sample standard deviation over seeds (NaN for one seed)."""
        values, mean = self.scores[metric], self.mean(metric)
        if len(values) < 2:
            return math.nan
        return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


@dataclass
class Comparison:
    reference: str
    systems: List[System]
    pairs: List[str]
    train_sizes: Dict[str, int]
    cells: Dict[Tuple[str, str], Cell]
    low_resource_max: int
    pairing: str
    n_samples: int
    alpha: float
    signature: str
    words_per_update: Dict[str, Optional[float]] = field(default_factory=dict)
    words_seeds: Dict[str, Tuple[int, int]] = field(default_factory=dict)

    def words_cell(self, label: str) -> str:
        """A system's words per update for a table: blank without logs, the seeds it rests on when
        some seed's log has no ``train_inner`` line."""
        words = self.words_per_update.get(label)
        if words is None:
            return ""
        have, total = self.words_seeds.get(label, (1, 1))
        return f"{words:,.0f}" + ("" if have == total else f" ({have} of {total} seeds)")

    def words_warnings(self) -> List[str]:
        """One line per system whose target words per update differ from the reference's by more than
        ``WORDS_TOLERANCE`` (systems or a reference without a log are not checked)."""
        ref = self.words_per_update.get(self.reference)
        out = []
        for label, words in self.words_per_update.items():
            if ref and words and abs(words / ref - 1) > WORDS_TOLERANCE:
                out.append(f"{label} trained with {words:,.0f} target words per update, the reference {self.reference} "
                           f"with {ref:,.0f} ({words / ref - 1:+.1%}): differences may come from the batch size; "
                           "compare at equal words (--batch-order source, or another --max-tokens)")
        return out

    @property
    def groups(self) -> List[str]:
        return [g for g in GROUPS if self.group_pairs(g)]

    def group_pairs(self, group: str) -> List[str]:
        low = self.low_resource_max
        return [p for p in self.pairs if group == "all" or (self.train_sizes[p] <= low) == (group == "low")]

    def group_label(self, group: str) -> str:
        return {"low": f"low (≤{self.low_resource_max})", "high": f"high (>{self.low_resource_max})",
                "all": "all pairs"}[group]


def _read_json(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except ValueError as e:
        raise MtlNmtError(f"{path} is not valid JSON ({e})") from None


def eval_dir(run_dir: str) -> str:
    """``RUN_DIR/eval`` (or ``RUN_DIR`` itself) if it holds ``scores.json``, else a clear error."""
    if not os.path.isdir(run_dir):
        raise MtlNmtError(f"run folder {run_dir!r} does not exist")
    for candidate in (os.path.join(run_dir, "eval"), run_dir):
        if os.path.isfile(os.path.join(candidate, "scores.json")):
            return candidate
    raise MtlNmtError(f"{run_dir} has no eval/scores.json: evaluate the run first "
                      f"(scripts/results.sh, or mtl-nmt-eval --out-dir {os.path.join(run_dir, 'eval')})")


def run_name(run_dir: str) -> str:
    """The ``name`` in ``row.json``, else the folder's name."""
    row = os.path.join(run_dir, "row.json")
    name = _read_json(row).get("name") if os.path.isfile(row) else None
    return name or os.path.basename(os.path.normpath(os.path.abspath(run_dir)))


def _tokenizer(signature: str, tgt: str) -> str:
    found = re.search(r"(?:^|\|)tok:([^|]+)", signature or "")
    return found.group(1) if found else resolve_tokenizer(None, tgt)


def load_pair(edir: str, raw_dir: Optional[str], split: str, entry: dict) -> RunPair:
    pair = Pair.parse(str(entry.get("pair", "")))
    hyp_path = os.path.join(edir, f"hyp.{split}.{pair.name}.{pair.tgt}")
    if not os.path.isfile(hyp_path):
        raise MtlNmtError(f"hypotheses {hyp_path} are missing: evaluate the run again with mtl-nmt-eval")
    hyps = read_lines(hyp_path)
    if not any(h.strip() for h in hyps):
        raise MtlNmtError(f"{hyp_path}: empty hypotheses ({len(hyps)} line(s), no text): the model translated "
                          "nothing; check the run's training and eval logs")
    ref_path = os.path.join(edir, f"ref.{split}.{pair.name}.{pair.tgt}")
    if not os.path.isfile(ref_path):
        if raw_dir is None:
            raise MtlNmtError(f"no references {ref_path} (mtl-nmt-eval writes them next to the hypotheses): "
                              f"pass --raw-dir with the raw {split}.{pair.name}.{pair.tgt} file")
        ref_path = pair_file(raw_dir, split, pair, pair.tgt)
        if not os.path.isfile(ref_path):
            raise MtlNmtError(f"references {ref_path} are missing: --raw-dir must hold the raw {split} files")
    refs = read_lines(ref_path)
    if len(hyps) != len(refs):
        raise MtlNmtError(f"{hyp_path}: {len(hyps)} hypotheses for {len(refs)} references in {ref_path}")
    if entry.get("n_test") not in (None, len(refs)):
        raise MtlNmtError(f"{edir}/scores.json scored {entry['n_test']} {pair.name} sentences but {ref_path} has "
                          f"{len(refs)}: a different test set; evaluate the run again")
    sha = hashlib.sha256("\n".join(refs).encode("utf-8")).hexdigest()
    signature = str(entry.get("bleu_signature") or "")
    return RunPair(hyps, refs, sha, int(entry.get("train_size") or 0), _tokenizer(signature, pair.tgt), signature)


def load_run(run_dir: str, raw_dir: Optional[str] = None) -> Run:
    edir = eval_dir(run_dir)
    scores = _read_json(os.path.join(edir, "scores.json"))
    entries = scores.get("pairs") or []
    if not entries:
        raise MtlNmtError(f"{edir}/scores.json lists no pairs")
    split = scores.get("split") or "test"
    pairs = {}
    for entry in entries:
        pairs[str(entry.get("pair"))] = load_pair(edir, raw_dir, split, entry)
    return Run(run_dir, run_name(run_dir), split, pairs)


def split_seed(name: str) -> Tuple[str, Optional[int]]:
    """``("t5", 2)`` for ``t5_s2``, ``t5-seed2`` or ``t5.s2``; ``(name, None)`` without a seed suffix."""
    found = SEED_SUFFIX.match(name)
    return (found.group(1), int(found.group(2))) if found else (name, None)


def make_system(label: str, runs: Sequence[Run]) -> System:
    """A system of ``runs``; seeds from their names' suffixes, else their order (1, 2, ...)."""
    seeds = [split_seed(run.name)[1] for run in runs]
    if None in seeds:
        seeds = list(range(1, len(runs) + 1))
    for seed in set(seeds):
        same = [run.path for run, s in zip(runs, seeds) if s == seed]
        if len(same) > 1:
            raise MtlNmtError(f"system {label}: runs {', '.join(same)} all have seed {seed} (from their row.json "
                              "names); give each seed once")
    return System(label, {seed: run for seed, run in sorted(zip(seeds, runs), key=lambda x: x[0])})


def group_by_name(runs: Sequence[Run]) -> List[System]:
    """Systems named by the runs' names without their seed suffix, in the order first seen."""
    groups: Dict[str, List[Run]] = {}
    for run in runs:
        groups.setdefault(split_seed(run.name)[0], []).append(run)
    return [make_system(label, members) for label, members in groups.items()]


def check_same_data(systems: Sequence[System]) -> None:
    """Every run: the same split, the same pairs and, per pair, the same references (sha256)."""
    first = next(iter(systems[0].runs.values()))
    for system in systems:
        for run in system.runs.values():
            if run.split != first.split:
                raise MtlNmtError(f"{run.path} was evaluated on {run.split!r}, {first.path} on {first.split!r}")
            if set(run.pairs) != set(first.pairs):
                raise MtlNmtError(f"different pair sets: {run.path} has {','.join(sorted(run.pairs))}, {first.path} "
                                  f"has {','.join(sorted(first.pairs))}; compare runs evaluated on the same pairs")
            for name, rp in run.pairs.items():
                if rp.ref_sha != first.pairs[name].ref_sha:
                    raise MtlNmtError(f"different test sets for {name}: the references of {run.path} and {first.path} "
                                      f"differ (sha256 {rp.ref_sha[:12]} vs {first.pairs[name].ref_sha[:12]}); "
                                      "evaluate all runs on the same data")


def train_sizes(systems: Sequence[System], pairs: Sequence[str], given: Dict[str, int],
                raw_dir: Optional[str]) -> Dict[str, int]:
    """Per pair: ``given`` (--train-sizes), else scores.json's train_size, else the raw train file's lines."""
    sizes, missing = {}, []
    for name in pairs:
        known = {run.pairs[name].train_size for s in systems for run in s.runs.values()} - {0}
        raw = pair_file(raw_dir, "train", Pair.parse(name), Pair.parse(name).tgt) if raw_dir else None
        if name in given:
            sizes[name] = given[name]
        elif len(known) > 1:
            raise MtlNmtError(f"{name}: the runs were trained on different data ({', '.join(map(str, sorted(known)))} "
                              "training sentence pairs in their scores.json); compare runs of one data-bin")
        elif known:
            sizes[name] = known.pop()
        elif raw and os.path.isfile(raw):
            sizes[name] = count_lines(raw)
        else:
            missing.append(name)
    if missing:
        raise MtlNmtError(f"training size of {', '.join(missing)} unknown (scores.json records 0 without a prepare.json"
                          f"); pass --train-sizes {missing[0]}=N,... or --raw-dir with the train files")
    return sizes


def matched_seeds(system: System, reference: System, pairing: str) -> List[int]:
    """The seeds tested against the reference's runs of the same seeds; an error if one is missing.
    ``none`` (no bootstrap, Welch across seeds only) needs no matching seeds."""
    ref, own = reference.seeds, system.seeds
    if pairing == "none":
        return own
    if pairing == "per-seed" and set(own) != set(ref):
        raise MtlNmtError(f"a seed is missing: {system.label} has seed(s) {','.join(map(str, own))}, the "
                          f"reference {reference.label} {','.join(map(str, ref))}; add the missing run(s) or use "
                          "--pairing pooled")
    missing = [s for s in own if s not in reference.runs]
    if missing:
        raise MtlNmtError(f"seed(s) {','.join(map(str, missing))} of {system.label} have no run of the reference "
                          f"{reference.label} (seeds {','.join(map(str, ref))}; from the names' _sN suffixes): add the "
                          f"reference run(s), leave those runs of {system.label} out, or use --pairing none "
                          "(Welch's t-test across seeds only, no bootstrap over sentences)")
    return own


def _pooled(system: System, seeds: Sequence[int], pair: str, attr: str) -> List[str]:
    return [line for seed in seeds for line in getattr(system.runs[seed].pairs[pair], attr)]


def pair_p_values(pair: str, tokenize: str, reference: System, systems: Sequence[System], pairing: str,
                  n_samples: int) -> Dict[str, Dict[str, float]]:
    """``{system: {metric: p}}`` for one pair. ``pooled``: the hypotheses of a system's seeds, concatenated,
    against the reference's hypotheses of the same seeds; ``per-seed``: each seed pair, the largest p."""
    out: Dict[str, Dict[str, float]] = {}
    if pairing == "pooled":
        buckets: Dict[Tuple[int, ...], List[System]] = {}
        for system in systems:
            buckets.setdefault(tuple(system.seeds), []).append(system)
        for seeds, members in buckets.items():
            hyps = {s.label: _pooled(s, seeds, pair, "hyps") for s in members}
            out.update(paired_bootstrap(_pooled(reference, seeds, pair, "hyps"), hyps,
                                        _pooled(reference, seeds, pair, "refs"), tokenize, n_samples))
        return out
    for seed in reference.seeds:
        base = reference.runs[seed].pairs[pair]
        hyps = {s.label: s.runs[seed].pairs[pair].hyps for s in systems}
        for label, ps in paired_bootstrap(base.hyps, hyps, base.refs, tokenize, n_samples).items():
            for metric, p in ps.items():
                out.setdefault(label, {})[metric] = max(out.get(label, {}).get(metric, 0.0), p)
    return out


def words_per_update(run: Run) -> Optional[float]:
    """Mean target words per update (fairseq's ``wpb``) over the ``train_inner`` lines of the run's
    ``train.log``; None without a log or ``wpb``."""
    path = os.path.join(run.path, LOG_NAME)
    if not os.path.isfile(path):
        return None
    values = [float(r["wpb"]) for r in parse_log(path)["train_inner"] if r.get("wpb") is not None]
    return sum(values) / len(values) if values else None


def system_words(system: System) -> Tuple[Optional[float], int, int]:
    """The mean of :func:`words_per_update` over the seeds whose log has it (None if none has), the
    number of those seeds and of all seeds."""
    values = [w for w in (words_per_update(run) for run in system.runs.values()) if w is not None]
    return (sum(values) / len(values) if values else None), len(values), len(system.runs)


def _add_deltas(cell: Cell, ref: Cell) -> None:
    """Δ of the seed means, its standard error sqrt(s_a²/n_a + s_b²/n_b) (0 for single seeds) and
    Welch's p across seeds."""
    for metric in METRICS:
        cell.delta[metric] = cell.mean(metric) - ref.mean(metric)
        cell.p_seeds[metric] = welch_p(cell.scores[metric], ref.scores[metric])
        var = [0.0 if math.isnan(c.std(metric)) else c.std(metric) ** 2 / len(c.scores[metric]) for c in (cell, ref)]
        cell.delta_se[metric] = math.sqrt(sum(var))


def compare(reference: System, systems: Sequence[System], raw_dir: Optional[str] = None,
            given_sizes: Optional[Dict[str, int]] = None, low_resource_max: int = 5000, pairing: str = "pooled",
            n_samples: int = 1000, alpha: float = 0.05) -> Comparison:
    """Score every run, average over seeds, test every system against ``reference`` per pair."""
    if pairing not in PAIRINGS:
        raise MtlNmtError(f"unknown pairing {pairing!r} (choose from {', '.join(PAIRINGS)})")
    everyone = [reference, *systems]
    labels = [s.label for s in everyone]
    if len(set(labels)) != len(labels):
        raise MtlNmtError(f"system names must differ, got {', '.join(labels)}")
    check_same_data(everyone)
    for system in systems:
        matched_seeds(system, reference, pairing)
    first = next(iter(reference.runs.values()))
    pairs = list(first.pairs)
    sizes = train_sizes(everyone, pairs, given_sizes or {}, raw_dir)
    cells: Dict[Tuple[str, str], Cell] = {}
    for system in everyone:
        for pair in pairs:
            tok = first.pairs[pair].tokenize
            scored = [score_pair(pair, r.pairs[pair].hyps, r.pairs[pair].refs, sizes[pair], tokenize=tok)
                      for r in system.runs.values()]
            cells[(system.label, pair)] = Cell({"bleu": [s.bleu for s in scored], "chrf": [s.chrf for s in scored],
                                                LENGTH: [s.length_ratio for s in scored]})
    comp = Comparison(reference.label, list(everyone), pairs, sizes, cells, low_resource_max, pairing, n_samples,
                      alpha, first.pairs[pairs[0]].signature)
    for system in everyone:
        words, have, total = system_words(system)
        comp.words_per_update[system.label] = words
        comp.words_seeds[system.label] = (have, total)
    for system in everyone:
        for group in comp.groups:
            members = [cells[(system.label, p)] for p in comp.group_pairs(group)]
            cells[(system.label, group)] = Cell({m: [sum(c.scores[m][i] for c in members) / len(members)
                                                     for i in range(len(system.runs))] for m in METRICS})
    for key in pairs + comp.groups:
        for system in systems:
            _add_deltas(cells[(system.label, key)], cells[(reference.label, key)])
    if pairing != "none":
        for pair in pairs:
            p_values = pair_p_values(pair, first.pairs[pair].tokenize, reference, systems, pairing, n_samples)
            for label, ps in p_values.items():
                cells[(label, pair)].p = ps
    return comp


def _cell_text(comp: Comparison, label: str, key: str, metric: str) -> str:
    cell = comp.cells[(label, key)]
    std = cell.std(metric)
    text = f"{cell.mean(metric):.2f}" + ("" if math.isnan(std) else f" ± {std:.2f}")
    if label != comp.reference:
        p = cell.p_seeds.get(metric, math.nan)
        mark = "\\*" if not math.isnan(p) and p < comp.alpha else ""
        text += f" ({cell.delta[metric]:+.2f}{mark})"
    return text


def _p_text(p: float) -> str:
    return "n/a" if math.isnan(p) else f"{p:.3f}"


def _length_text(cell: Cell) -> str:
    std = cell.std(LENGTH)
    return f"{cell.mean(LENGTH):.3f}" + ("" if math.isnan(std) else f" ± {std:.3f}")


def markdown(comp: Comparison, png: Optional[str] = None) -> str:
    """BLEU and chrF tables (rows: systems, columns: pairs and low/high/all means), p-values, notes."""
    keys = comp.pairs + comp.groups
    head = ["system", "seeds"] + [f"{p} ({comp.train_sizes[p]:,})" for p in comp.pairs] + \
        [f"{comp.group_label(g)} mean" for g in comp.groups]
    lines = []
    for metric in METRICS:
        lines += [f"### {METRIC_NAMES[metric]}", "", "| " + " | ".join(head) + " |",
                  "|---|---:|" + "---:|" * len(keys)]
        for system in comp.systems:
            name = system.label + (" (reference)" if system.label == comp.reference else "")
            lines.append(f"| {name} | {len(system.runs)} | " +
                         " | ".join(_cell_text(comp, system.label, k, metric) for k in keys) + " |")
        lines.append("")
    lines += ["### Output length (hypothesis / reference, BLEU's tokens)", "",
              "| system | " + " | ".join(comp.pairs) + " |", "|---|" + "---:|" * len(comp.pairs)]
    for system in comp.systems:
        lines.append(f"| {system.label} | " + " | ".join(_length_text(comp.cells[(system.label, p)])
                                                       for p in comp.pairs) + " |")
    lines += ["", "Mean ± standard deviation over seeds. Below 1 BLEU's brevity penalty applies and chrF, which "
              "weighs recall twice as much as precision, falls too: a difference in scores that comes with a "
              "difference in length is partly one of output length.", ""]
    keys_tested = comp.pairs + comp.groups
    lines += ["### Across seeds: Welch's t-test p-values (BLEU / chrF; they set the marks)", "",
              "| system | " + " | ".join(comp.pairs + [f"{g} mean" for g in comp.groups]) + " |",
              "|---|" + "---:|" * len(keys_tested)]
    for system in comp.systems[1:]:
        cells = [comp.cells[(system.label, k)].p_seeds for k in keys_tested]
        lines.append(f"| {system.label} | " + " | ".join(f"{_p_text(c['bleu'])} / {_p_text(c['chrf'])}"
                                                       for c in cells) + " |")
    if comp.pairing != "none":
        lines += ["", "### Paired bootstrap p-values over sentences (BLEU / chrF)", "",
                  "| system | " + " | ".join(comp.pairs) + " |", "|---|" + "---:|" * len(comp.pairs)]
        for system in comp.systems[1:]:
            cells = [comp.cells[(system.label, p)].p for p in comp.pairs]
            lines.append(f"| {system.label} | " + " | ".join(f"{c['bleu']:.3f} / {c['chrf']:.3f}" for c in cells)
                         + " |")
    how = {"pooled": "each system's hypotheses of all its seeds, concatenated, against the reference's hypotheses "
                     "of the same seeds",
           "per-seed": "each seed against the reference's run of the same seed; the largest p of the seed pairs"}
    lines += ["", "### Target words per update", "", "| system | words per update | vs reference |", "|---|---:|---:|"]
    ref_words = comp.words_per_update.get(comp.reference)
    for system in comp.systems:
        words = comp.words_per_update.get(system.label)
        rel = f"{words / ref_words - 1:+.1%}" if words and ref_words and system.label != comp.reference else ""
        lines.append(f"| {system.label} | {comp.words_cell(system.label)} | {rel} |")
    lines += [""] + [f"**Warning:** {w}." for w in comp.words_warnings()]
    lines += ["", f"Mean ± sample standard deviation over seeds of corpus scores (sacreBLEU; BLEU {comp.signature}). "
              f"In brackets: difference of the means to the reference {comp.reference}; \\* marks p < {comp.alpha} in "
              "Welch's t-test over the per-seed scores (across seeds: training noise included; none with one seed). "
              + (f"The paired bootstrap (Koehn, 2004; {comp.n_samples} resamples, sacreBLEU) on {how[comp.pairing]} "
                 "tests the sentences only, one model per seed. " if comp.pairing in how else
                 "No bootstrap over sentences (--pairing none): the systems' seeds need not match. ") +
              "Words per update: the mean of fairseq's wpb over each run's "
              "train.log (over the seeds whose log has it, if not all). Low-/high-resource: pairs with ≤ / > "
              f"{comp.low_resource_max} training sentence pairs; their means are averaged over pairs per seed."]
    if png:
        lines += ["", f"![ΔBLEU per pair against training size]({png})"]
    return "\n".join(lines) + "\n"


def write_csv(comp: Comparison, path: str) -> None:
    """One row per system and pair (and low/high/all mean): means, stds, Δ, its standard error, p-values
    (bootstrap, across seeds; ``significant_*`` from the across-seed test), words per update."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["system", "reference", "seeds", "pair", "train_size", "bleu_mean", "bleu_std", "chrf_mean",
                         "chrf_std", "delta_bleu", "delta_bleu_se", "delta_chrf", "delta_chrf_se", "p_bleu",
                         "p_chrf", "p_seeds_bleu", "p_seeds_chrf", "significant_bleu", "significant_chrf",
                         "length_ratio_mean", "words_per_update"])
        for system in comp.systems:
            for key in comp.pairs + comp.groups:
                cell = comp.cells[(system.label, key)]
                size = comp.train_sizes.get(key, "")
                row = [system.label, system.label == comp.reference, len(system.runs),
                       key if key in comp.train_sizes else f"mean_{key}", size]
                for metric in METRICS:
                    std = cell.std(metric)
                    row += [round(cell.mean(metric), 4), "" if math.isnan(std) else round(std, 4)]
                for metric in METRICS:
                    row += [round(cell.delta[metric], 4), round(cell.delta_se[metric], 4)] if cell.delta else ["", ""]
                row += [cell.p.get(m, "") for m in METRICS]
                seeds_p = [cell.p_seeds.get(m, math.nan) for m in METRICS]
                row += ["" if math.isnan(p) else round(p, 4) for p in seeds_p]
                row += ["" if math.isnan(p) else p < comp.alpha for p in seeds_p]
                row.append(round(cell.mean(LENGTH), 4) if LENGTH in cell.scores else "")
                words = comp.words_per_update.get(system.label)
                row.append("" if words is None else round(words, 1))
                writer.writerow(row)

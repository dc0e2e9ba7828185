"""Parse fairseq-train logs (``--log-format simple`` or ``json``) into per-update records, and
per-pair series out of them (``prob_<pair>``, ``samples_<pair>``, ``loss_<pair>``, ...)."""
import json
import os
import re
from typing import Dict, List, Optional, Sequence, Tuple

from ..errors import MtlNmtError

KINDS = ("train_inner", "valid")
PAIR = r"[A-Za-z_]+-[A-Za-z_]+"
# Per-pair metric families, in the order they appear as CSV columns.
FAMILIES = ("prob", "samples", "share", "lr_scale", "weight", "loss", "nll_loss", "bleu")

_LINE_RE = re.compile(r"^(?:[^|]*\|\s*[A-Z]+\s*\|\s*)?(train_inner|valid)\s*\|\s?(.*)$")
_KV_RE = re.compile(r"([\w\-./]+)=([^,\s]+)")
_EPOCH_RE = re.compile(r"^\s*epoch\s+(\d+)")
_PART_RE = re.compile(r"^([\w\-./]+) (\S+)$")
_TRAIN_SIZE_RE = re.compile(r"\strain (%s) (\d+) examples\s*$" % PAIR)
PER_PAIR_RE = re.compile(r"^(?:%s)_(%s)$" % ("|".join(FAMILIES), PAIR))

Series = Dict[str, Tuple[List[float], List[float]]]


def _to_float(value) -> Optional[float]:
    """A number from a logged value (``"7.188"``, ``12``), or None if it is not one."""
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _parse_json(message: str, kind: str) -> Optional[dict]:
    try:
        stats = json.loads(message)
    except ValueError:
        return None
    if not isinstance(stats, dict):
        return None
    record = {}
    for key, value in stats.items():
        number = _to_float(value)
        if number is None:
            continue
        if kind == "valid" and key.startswith("valid_"):
            key = key[len("valid_"):]
        record[key] = number
    return record


def _parse_simple(message: str, kind: str) -> dict:
    record = {}
    epoch = _EPOCH_RE.match(message)
    if epoch:
        record["epoch"] = float(epoch.group(1))
    if kind == "train_inner":
        pairs = _KV_RE.findall(message)
    else:
        pairs = [m.groups() for m in (_PART_RE.match(p.strip()) for p in message.split(" | ")) if m]
    for key, value in pairs:
        number = _to_float(value)
        if number is not None and key != "epoch":
            record[key] = number
    return record


def parse_line(line: str) -> Optional[Tuple[str, dict]]:
    """``(kind, record)`` for a fairseq ``train_inner`` or ``valid`` log line (simple or json
    format), None for any other line. Records map metric names to floats; the ``valid_`` prefix
    of json validation records is stripped, so both formats give the same keys."""
    line = line.rstrip("\n").split("\r")[-1]
    match = _LINE_RE.match(line)
    if not match:
        return None
    kind, message = match.groups()
    message = message.strip()
    record = _parse_json(message, kind) if message.startswith("{") else _parse_simple(message, kind)
    if not record:
        return None
    return kind, record


def parse_log(path: str) -> Dict[str, List[dict]]:
    """``{"train_inner": [records], "valid": [records]}`` for one fairseq-train log, in file order."""
    if not os.path.isfile(path):
        raise MtlNmtError(f"log file {path!r} does not exist")
    parsed = {kind: [] for kind in KINDS}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            result = parse_line(line)
            if result is not None:
                parsed[result[0]].append(result[1])
    if not any(parsed.values()):
        raise MtlNmtError(f"no train_inner or valid records in {path!r} (is it a fairseq-train log "
                          f"written with --log-format simple or json?)")
    return parsed


def dedupe(records: Sequence[dict]) -> List[dict]:
    """Records with a ``num_updates``, sorted by it; for repeated values (a restarted run appending
    to the same log) the last one wins."""
    by_update = {}
    for record in records:
        if "num_updates" in record:
            by_update[record["num_updates"]] = record
    return [by_update[k] for k in sorted(by_update)]


def pairs_of(records: Sequence[dict], family: str) -> List[str]:
    """Sorted pair names that have a ``<family>_<pair>`` metric in any record."""
    pattern = re.compile(r"^%s_(%s)$" % (re.escape(family), PAIR))
    found = {m.group(1) for record in records for m in map(pattern.match, record) if m}
    return sorted(found)


def per_pair(records: Sequence[dict], family: str) -> Series:
    """``{pair: (num_updates, values)}`` for the ``<family>_<pair>`` metrics of the records."""
    out = {}
    ordered = dedupe(records)
    for pair in pairs_of(ordered, family):
        key = f"{family}_{pair}"
        points = [(r["num_updates"], r[key]) for r in ordered if key in r]
        out[pair] = ([x for x, _ in points], [y for _, y in points])
    return out


def realized_share(records: Sequence[dict]) -> Series:
    """``{pair: (num_updates, share)}`` with share = samples_pair / sum of samples over all pairs
    in the same record (the sampling distribution actually realized in each logging interval)."""
    ordered = dedupe(records)
    pairs = pairs_of(ordered, "samples")
    out = {pair: ([], []) for pair in pairs}
    for record in ordered:
        counts = {p: record[f"samples_{p}"] for p in pairs if f"samples_{p}" in record}
        total = sum(counts.values())
        if total <= 0:
            continue
        for pair, count in counts.items():
            out[pair][0].append(record["num_updates"])
            out[pair][1].append(count / total)
    return {pair: series for pair, series in out.items() if series[0]}


def probability_series(train_records: Sequence[dict]) -> Tuple[Series, str]:
    """The logged ``prob_<pair>`` series, or the realized share where no prob_ is logged; with a
    description of which one it is."""
    series = per_pair(train_records, "prob")
    if series:
        return series, "target sampling probability"
    return realized_share(train_records), "realized share (samples / all samples)"


def logged_pairs(runs) -> List[str]:
    """Sorted pairs with any per-pair metric in any record of ``[(label, parsed log)]``."""
    return sorted({m.group(1) for _, parsed in runs for kind in KINDS for r in parsed[kind]
                   for m in map(PER_PAIR_RE.match, r) if m})


def train_sizes(path: str) -> Dict[str, int]:
    """``{pair: training sentences}`` from the ``<data> train <pair> N examples`` lines that fairseq's
    multilingual data manager logs when it loads a pair (the last load wins); empty if none."""
    sizes = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            match = _TRAIN_SIZE_RE.search(line.rstrip("\n"))
            if match:
                sizes[match.group(1)] = int(match.group(2))
    return sizes


def epochs_trained(train_records: Sequence[dict], sizes: Dict[str, int]) -> Dict[str, float]:
    """``{pair: epochs}``: the sentences of the pair trained (the sum of its logged ``samples_<pair>``
    over the logging intervals, a restarted run's repeated intervals once) over its training sentences.
    Sentences trained after the last ``train_inner`` line are not counted."""
    counts = {}
    for record in dedupe(train_records):
        for pair in sizes:
            counts[pair] = counts.get(pair, 0.0) + record.get(f"samples_{pair}", 0.0)
    return {pair: counts[pair] / sizes[pair] for pair in sizes if sizes[pair] > 0 and counts.get(pair)}

"""Markdown table of result rows (work/results/*/row.json, written by scripts/results.sh).

    python scripts/results_table.py [--reach LOSS] work/results/temperature_T1 work/results/heating_1to5 ...
    python scripts/results_table.py --dev work/grid_trials/ours_T1_source_s1 ...

--reach LOSS adds the first validated update whose overall dev loss is <= LOSS (e.g. the best
baseline's final dev loss). --dev prints a dev grid's table (rows scored with SPLIT=valid): the best
overall dev loss and its update, each pair's dev loss at that validation, each pair's dev BLEU, their
mean, the target words per update (mean wpb of the train_inner lines), and how many times each pair's
training data was trained (epochs per pair: logged samples_<pair> over the pair's training sentences;
"–" for runs that log no samples_<pair>, such as plain fairseq).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from mtl_nmt.reporting.logs import dedupe, epochs_trained, parse_log, train_sizes  # noqa: E402


def last_dev_loss(run_dir: str) -> str:
    """Overall dev loss (bits, label-smoothed) of the last validation in the run's train.log."""
    found = re.findall(r"valid on 'valid' subset \| loss ([0-9.]+)", open(os.path.join(run_dir, "train.log")).read())
    return found[-1] if found else "–"


def dev_losses(run_dir: str):
    """(update, overall dev loss) of every validation in the run's train.log."""
    out = []
    for line in open(os.path.join(run_dir, "train.log")):
        if "valid on 'valid' subset" in line:
            loss = re.search(r"\| loss ([0-9.]+)", line)
            upd = re.search(r"\| num_updates ([0-9]+)", line)
            if loss and upd:
                out.append((int(upd.group(1)), float(loss.group(1))))
    return out


def updates_to_reach(run_dir: str, target: float) -> str:
    hits = [u for u, loss in dev_losses(run_dir) if loss <= target]
    return str(min(hits)) if hits else "not reached"


def dev_row(run_dir: str, row: dict, pairs) -> list:
    """Cells of one dev-grid row: best dev loss (update), per-pair dev loss there, dev BLEU, words, epochs."""
    log = parse_log(os.path.join(run_dir, "train.log"))
    epochs = epochs_trained(log["train_inner"], train_sizes(os.path.join(run_dir, "train.log")))
    valid = [r for r in dedupe(log["valid"]) if r.get("loss") is not None]
    best = min(valid, key=lambda r: float(r["loss"])) if valid else {}
    wpb = [float(r["wpb"]) for r in log["train_inner"] if r.get("wpb") is not None]
    by_pair = {p["pair"]: p for p in row["pairs"]}
    cells = [row["name"], f"{float(best['loss']):.3f} ({int(best['num_updates']):,})" if best else "–"]
    cells += [f"{float(best[f'loss_{p}']):.3f}" if best.get(f"loss_{p}") is not None else "–" for p in pairs]
    cells += [f"{by_pair[p]['bleu']:.2f}" for p in pairs]
    cells += [f"{sum(by_pair[p]['bleu'] for p in pairs) / len(pairs):.2f}", f"{sum(wpb) / len(wpb):,.0f}" if wpb else "–"]
    cells.append(" / ".join(f"{epochs[p]:.1f}" if p in epochs else "–" for p in pairs) if epochs else "–")
    return cells


def main(argv=None):
    dirs = list(argv if argv is not None else sys.argv[1:])
    reach = None
    dev = dirs[:1] == ["--dev"]
    dirs = dirs[1:] if dev else dirs
    if dirs[:1] == ["--reach"]:
        reach, dirs = float(dirs[1]), dirs[2:]
    rows = []
    for d in dirs:
        path = os.path.join(d, "row.json")
        if not os.path.exists(path):
            sys.exit(f"results_table: error: {path} does not exist")
        with open(path, encoding="utf-8") as f:
            rows.append({**json.load(f), "_dir": d})
    if not rows:
        sys.exit("results_table: error: give result folders")
    pairs = [p["pair"] for p in rows[0]["pairs"]]
    for r in rows[1:]:
        if sorted(p["pair"] for p in r["pairs"]) != sorted(pairs):
            sys.exit(f"results_table: error: {r['_dir']} has pairs {[p['pair'] for p in r['pairs']]}, "
                     f"{rows[0]['_dir']} has {pairs}: one table per corpus, call it once for each")
    if dev:
        head = (["system", "best dev loss (update)"] + [f"{p} dev loss" for p in pairs] + [f"{p} BLEU" for p in pairs]
                + ["mean BLEU", "words / update", "epochs per pair"])
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" + "---:|" * (len(head) - 1))
        for r in rows:
            print("| " + " | ".join(dev_row(r["_dir"], r, pairs)) + " |")
        return
    head = ["method"] + [f"{p} BLEU / chrF" for p in pairs] + ["low BLEU", "high BLEU", "all BLEU", "dev loss",
                                                              "words/s", "train s"]
    if reach is not None:
        head.append(f"updates to dev loss ≤ {reach}")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        by_pair = {p["pair"]: p for p in r["pairs"]}
        cells = [r["name"]] + [f"{by_pair[p]['bleu']:.2f} / {by_pair[p]['chrf']:.1f}" for p in pairs]
        cells += [f"{r['means'][k]['bleu']:.2f}" if k in r["means"] else "–" for k in ("low", "high", "all")]
        cells += [last_dev_loss(r["_dir"]), str(r.get("words_per_second") or "–"), str(r["train_seconds"])]
        if reach is not None:
            cells.append(updates_to_reach(r["_dir"], reach))
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

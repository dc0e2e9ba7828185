"""Markdown table of result rows (work/results/*/row.json, written by scripts/results.sh).

    python scripts/results_table.py [--reach LOSS] work/results/temperature_T1 work/results/heating_1to5 ...

--reach LOSS adds the first validated update whose overall dev loss is <= LOSS (e.g. the best
baseline's final dev loss).
"""
import json
import os
import re
import sys


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


def main(argv=None):
    dirs = list(argv if argv is not None else sys.argv[1:])
    reach = None
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

"""Markdown table of lohelp result rows (work/results/*/row.json, written by lohelp_results.sh).

    python scripts/results_table.py work/results/temperature_T1 work/results/heating_1to5 ...
"""
import json
import os
import re
import sys


def last_dev_loss(run_dir: str) -> str:
    """Overall dev loss (bits, label-smoothed) of the last validation in the run's train.log."""
    found = re.findall(r"valid on 'valid' subset \| loss ([0-9.]+)", open(os.path.join(run_dir, "train.log")).read())
    return found[-1] if found else "–"


def main(argv=None):
    dirs = argv if argv is not None else sys.argv[1:]
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
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        by_pair = {p["pair"]: p for p in r["pairs"]}
        cells = [r["name"]] + [f"{by_pair[p]['bleu']:.2f} / {by_pair[p]['chrf']:.1f}" for p in pairs]
        cells += [f"{r['means'][k]['bleu']:.2f}" if k in r["means"] else "–" for k in ("low", "high", "all")]
        cells += [last_dev_loss(r["_dir"]), str(r.get("words_per_second") or "–"), str(r["train_seconds"])]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()

"""Mean updates/s and target words/s of a fairseq-train log's ``train_inner`` lines, the first
logged interval (start-up, CUDA warm-up) left out; prints ``UPS WPS`` (``nan nan`` without lines).
Used by bench/lohelp_speed.sh and bench/cpu_ranks.sh.   usage: python bench/train_rate.py LOG"""
import re
import sys

rows = [(float(u), float(w)) for w, u in re.findall(r"train_inner .*?wps=([0-9.]+), ups=([0-9.]+)",
                                                    open(sys.argv[1], encoding="utf-8").read())]
rows = rows[1:] if len(rows) > 1 else rows
print(" ".join(f"{sum(col) / len(col):.3f}" for col in zip(*rows)) if rows else "nan nan")

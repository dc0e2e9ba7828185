"""CTranslate2 against fairseq-generate, measured in the same run: same checkpoint, test sets, beam
(default 5 and greedy), length penalty and CPU thread count, engines alternating ``--repeats`` times.

Prints sentences/s of each engine (decode: fairseq's own generation timer, CTranslate2's
translate call including sentencepiece; end-to-end: also model loading, per pair for fairseq), the
ratio ct2/fairseq (aim: >= 5x), BLEU per pair of each and the difference (aim: <= 0.3), and the
share of identical hypotheses. Uses ``mtl-nmt-eval``'s own code paths for both engines.

    OMP_NUM_THREADS=2 python bench/ct2.py --data-bin work/lohelp/data-bin \\
        --checkpoint work/results/heating_1to5/checkpoints/checkpoint_best.pt --repeats 2 --json bench_ct2.json
"""
import argparse
import json
import logging
import multiprocessing
import os
import re
import statistics
import sys
import tempfile
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from mtl_nmt.corpus import Pair, check_corpus, pair_file, read_lines  # noqa: E402
from mtl_nmt.errors import MtlNmtError  # noqa: E402

_TRANSLATED = re.compile(r"Translated ([\d,]+) sentences .* \(([\d.]+) sentences/s")


class GenerateTimer(logging.Handler):
    """Collects fairseq-generate's ``Translated N sentences ... (S sentences/s)`` (generation only)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.seconds = []

    def emit(self, record):
        m = _TRANSLATED.search(record.getMessage())
        if m:
            n, rate = int(m.group(1).replace(",", "")), float(m.group(2))
            self.seconds.append(n / rate if rate > 0 else 0.0)


def get_parser():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data-bin", default=os.path.join(ROOT, "work/lohelp/data-bin"), help="data-bin (mtl-nmt-prepare)")
    p.add_argument("--checkpoint", default=os.path.join(ROOT, "work/results/heating_1to5/checkpoints/checkpoint_best.pt"),
                   help="dense transformer checkpoint")
    p.add_argument("--raw-dir", default=None, help="raw text with the references (default: from prepare.json)")
    p.add_argument("--pairs", default=None, help="comma-separated pairs (default: the checkpoint's)")
    p.add_argument("--split", default="test", help="split to translate")
    p.add_argument("--beams", default="5,1", help="comma-separated beam sizes (1: greedy)")
    p.add_argument("--lenpen", type=float, default=1.0, help="length penalty (both engines)")
    p.add_argument("--threads", type=int, default=int(os.environ.get("OMP_NUM_THREADS") or os.cpu_count() or 1),
                   help="CPU threads of both engines (default: OMP_NUM_THREADS, else every core)")
    p.add_argument("--repeats", type=int, default=2, help="alternating runs of each engine")
    p.add_argument("--max-sentences", type=int, default=0,
                   help="translate only the first N sentences of each pair (0: all; for smoke runs)")
    p.add_argument("--max-tokens", type=int, default=6000, help="fairseq tokens per generation batch")
    p.add_argument("--ct2-batch-size", type=int, default=32, help="CTranslate2 sentences per batch")
    p.add_argument("--ct2-model", default=None, help="CTranslate2 export (default: <checkpoint folder>/ct2, "
                   "exported there when missing or stale)")
    p.add_argument("--quantization", default="none", help="quantization of the export (default: %(default)s)")
    p.add_argument("--tokenize", default="auto", help="sacreBLEU tokenizer (as mtl-nmt-eval --tokenize)")
    p.add_argument("--json", default=None, help="also write the results here")
    return p


def subset_data(data_bin, raw_dir, split, pairs, n, workdir):
    """A data-bin and raw folder holding the first ``n`` sentences of each pair's ``split``."""
    import shutil

    from mtl_nmt.benchmarks.databin import binarize, encode_files

    raw, spm_dir, out = (os.path.join(workdir, d) for d in ("raw", "spm", "bin"))
    for d in (raw, spm_dir, out):
        os.makedirs(d)
    for pair in pairs:
        for lang in (pair.src, pair.tgt):
            lines = read_lines(pair_file(raw_dir, split, pair, lang))[:n]
            with open(pair_file(raw, split, pair, lang), "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in lines))
    for name in os.listdir(data_bin):
        if name.startswith("dict.") or name in ("spm.model", "spm.vocab"):
            shutil.copy(os.path.join(data_bin, name), out)
    encode_files(os.path.join(data_bin, "spm.model"), raw, spm_dir, pairs, [split])
    quiet = logging.getLogger().level
    binarize(spm_dir, out, os.path.join(data_bin, "dict.txt"), pairs, [split], 1)
    logging.getLogger().setLevel(quiet)
    return out, raw


def run_fairseq(opts, task_cfg, pairs, data_bin, beam, workdir, timer):
    """fairseq engine (mtl-nmt-eval's translate_pair): hypotheses, decode and end-to-end seconds."""
    from mtl_nmt.cli.evaluate import get_parser
    from mtl_nmt.inference.evaluate import translate_pair

    args = get_parser().parse_args(
        ["--data-bin", data_bin, "--checkpoint", opts.checkpoint, "--split", opts.split, "--beam", str(beam),
         "--lenpen", str(opts.lenpen), "--max-tokens", str(opts.max_tokens), "--cpu"])
    hyps, start, first = {}, time.perf_counter(), len(timer.seconds)
    for pair in pairs:
        hyps[pair.name] = translate_pair(args, task_cfg, pair, workdir, use_cpu=True)
    total = time.perf_counter() - start
    decode = sum(timer.seconds[first:])
    if len(timer.seconds) - first != len(pairs):
        sys.exit("bench: fairseq-generate's timing line was not seen (logging configuration changed?)")
    return hyps, decode, total


def run_ct2(opts, record, model_dir, pairs, sources, beam):
    """CTranslate2 engine in a fresh process, as ``mtl-nmt-eval --engine ct2`` runs it: once torch's
    OpenMP pool has worked in a process, CTranslate2's own OpenMP threads there decode about 5×
    slower on 2 cores (measured: 234 → 44 greedy sentences/s)."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(_run_ct2, (opts, record, model_dir, pairs, sources, beam))


def _run_ct2(opts, record, model_dir, pairs, sources, beam):
    """CTranslate2 engine (mtl-nmt-eval's code path): hypotheses, decode and end-to-end seconds."""
    from mtl_nmt.inference.evaluate import spm_model_path
    from mtl_nmt.inference.ct2_export import prefixes_from_record
    from mtl_nmt.inference.ct2_translate import load_spm, load_translator, translate_lines

    start = time.perf_counter()
    translator = load_translator(model_dir, "cpu", opts.threads)
    sp = load_spm(spm_model_path(opts.data_bin))
    hyps, decode = {}, 0.0
    for pair in pairs:
        src_prefix, tgt_prefix = prefixes_from_record(record, pair)
        t = time.perf_counter()
        hyps[pair.name] = translate_lines(translator, sp, sources[pair.name], src_prefix, tgt_prefix, beam=beam,
                                          lenpen=opts.lenpen, batch_size=opts.ct2_batch_size)
        decode += time.perf_counter() - t
    return hyps, decode, time.perf_counter() - start


def main(argv=None):
    opts = get_parser().parse_args(argv)
    warnings.simplefilter("ignore")
    logging.getLogger().setLevel(logging.WARNING)  # importing fairseq left the root logger at DEBUG
    logging.getLogger("fairseq.data.multilingual.multilingual_data_manager").setLevel(logging.ERROR)
    timer = GenerateTimer()
    gen_logger = logging.getLogger("fairseq_cli.generate")
    gen_logger.setLevel(logging.INFO)
    gen_logger.addHandler(timer)
    gen_logger.propagate = False
    import torch

    from mtl_nmt.inference.evaluate import checkpoint_task_config
    from mtl_nmt.evaluation import score_pair
    from mtl_nmt.inference.ct2_export import ensure_export, trained_pairs

    torch.set_num_threads(opts.threads)
    beams = [int(b) for b in opts.beams.split(",") if b]
    try:
        task_cfg = checkpoint_task_config(opts.checkpoint)
        pairs = [Pair.parse(p) for p in opts.pairs.split(",")] if opts.pairs else trained_pairs(task_cfg)
        raw_dir = opts.raw_dir or json.load(open(os.path.join(opts.data_bin, "prepare.json")))["raw_dir"]
        check_corpus(raw_dir, pairs, [opts.split])
        model_dir = opts.ct2_model or os.path.join(os.path.dirname(os.path.abspath(opts.checkpoint)), "ct2")
        start = time.perf_counter()
        record = ensure_export(opts.checkpoint, opts.data_bin, model_dir, opts.quantization)
        export_s = time.perf_counter() - start
    except MtlNmtError as e:
        sys.exit(f"bench: error: {e}")
    results = {"threads": opts.threads, "repeats": opts.repeats, "checkpoint": os.path.abspath(opts.checkpoint),
               "ct2_model": os.path.abspath(model_dir), "quantization": record["quantization"],
               "export_seconds": round(export_s, 2), "beams": {}}
    with tempfile.TemporaryDirectory() as tmp:
        data_bin = opts.data_bin
        if opts.max_sentences > 0:
            data_bin, raw_dir = subset_data(opts.data_bin, raw_dir, opts.split, pairs, opts.max_sentences,
                                            os.path.join(tmp, "data"))
        sources = {p.name: read_lines(pair_file(raw_dir, opts.split, p, p.src)) for p in pairs}
        refs = {p.name: read_lines(pair_file(raw_dir, opts.split, p, p.tgt)) for p in pairs}
        n = sum(len(v) for v in sources.values())
        for beam in beams:
            times = {"fairseq": [], "ct2": []}
            hyps = {}
            for r in range(opts.repeats):
                hyps["fairseq"], dec, tot = run_fairseq(opts, task_cfg, pairs, data_bin, beam,
                                                        os.path.join(tmp, "gen"), timer)
                times["fairseq"].append((dec, tot))
                hyps["ct2"], dec2, tot2 = run_ct2(opts, record, model_dir, pairs, sources, beam)
                times["ct2"].append((dec2, tot2))
                print(f"[beam {beam}, repeat {r + 1}/{opts.repeats}] fairseq {n / dec:.1f} sent/s, "
                      f"ct2 {n / dec2:.1f} sent/s (decode)", flush=True)
            rate = {e: {"decode": statistics.mean(n / d for d, _ in v), "end_to_end": statistics.mean(n / t for _, t in v)}
                    for e, v in times.items()}
            per_pair = {}
            for p in pairs:
                fs = score_pair(p.name, hyps["fairseq"][p.name], refs[p.name], 0, opts.tokenize)
                ct = score_pair(p.name, hyps["ct2"][p.name], refs[p.name], 0, opts.tokenize)
                same = sum(a == b for a, b in zip(hyps["fairseq"][p.name], hyps["ct2"][p.name]))
                per_pair[p.name] = {"sentences": len(refs[p.name]), "bleu_fairseq": fs.bleu, "bleu_ct2": ct.bleu,
                                    "diff": round(ct.bleu - fs.bleu, 2), "identical": same / max(len(refs[p.name]), 1)}
            results["beams"][str(beam)] = {"sentences_per_s": rate, "pairs": per_pair,
                                           "ratio_decode": rate["ct2"]["decode"] / rate["fairseq"]["decode"],
                                           "ratio_end_to_end": rate["ct2"]["end_to_end"] / rate["fairseq"]["end_to_end"]}
            print_beam(beam, n, len(pairs), opts, results["beams"][str(beam)], record["quantization"])
    results["signature"] = fs.bleu_signature
    print(f"\nexport: {export_s:.1f}s ({record['quantization']}) into {model_dir}; BLEU signature: {fs.bleu_signature}")
    if opts.json:
        with open(opts.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2)
        print(f"results written to {opts.json}")


def print_beam(beam, n, n_pairs, opts, res, quantization):
    rate = res["sentences_per_s"]
    name = "greedy" if beam == 1 else f"beam {beam}"
    print(f"\n{name}: {n} sentences in {n_pairs} pairs, {opts.threads} CPU thread(s), {opts.repeats} repeat(s), "
          f"ct2 {quantization}")
    print(f"{'engine':<16} {'decode sent/s':>14} {'end-to-end sent/s':>18}")
    for engine in ("fairseq", "ct2"):
        print(f"{engine:<16} {rate[engine]['decode']:>14.1f} {rate[engine]['end_to_end']:>18.1f}")
    ok = "ok" if res["ratio_decode"] >= 5 else "below the 5x aim"
    print(f"{'ratio ct2/fs':<16} {res['ratio_decode']:>13.2f}x {res['ratio_end_to_end']:>17.2f}x  ({ok})")
    print(f"{'pair':<10} {'sents':>6} {'BLEU fs':>8} {'BLEU ct2':>9} {'diff':>6} {'identical':>10}")
    for pair, s in res["pairs"].items():
        flag = "" if abs(s["diff"]) <= 0.3 else "  (> 0.3)"
        print(f"{pair:<10} {s['sentences']:>6} {s['bleu_fairseq']:>8.2f} {s['bleu_ct2']:>9.2f} {s['diff']:>+6.2f} "
              f"{s['identical']:>9.1%}{flag}")


if __name__ == "__main__":
    main()

"""Scorer speed: newsgold against nervaluate and seqeval on the same synthetic data.

For each size (number of gold spans) and each scorer, a fresh Python process
generates the data with :mod:`benchmarks.synth` (seeded), converts it to the
scorer's input outside the timed region, then times one call:

* **newsgold**: ``score_documents(gold, pred, n_bootstrap=0)`` — all four
  schemes, per label and overall (also timed with 1000 bootstrap resamples);
* **nervaluate**: ``Evaluator(true, pred, tags, loader="dict").evaluate()``
  (all four schemes, per label), dict input with inclusive end offsets;
* **seqeval**: ``classification_report(y_true, y_pred, output_dict=True)`` on
  the BIO tags of the same spans (offsets read as token indices).

Wall time is what a user waits; CPU time (``time.process_time``) is also
printed because it is less disturbed by other work on a shared machine.
Each scorer runs up to ``--repeat`` times (default 3) on the same data and
the best wall time is reported; a run longer than 60 s is not repeated (the
``runs`` column says how many were made). The first run's wall time is
printed too: it includes the cost of fresh memory (page faults), which later
runs in the same process partly avoid, and is what a one-shot CLI call pays. Peak memory is the growth of the process's resident set during the call
(Linux ``VmHWM`` after resetting it through ``/proc/self/clear_refs``).
Beside the in-process table, ``--whole-process-runs N`` (default 3; 0 skips
it) times the command a user runs at every size, as :mod:`benchmarks.bench_cli`
does: ``newsgold eval score --json`` (with and without intervals) against a
script that loads the same JSONL and runs nervaluate, fresh processes under
``/usr/bin/time -v``, alternating, medians of N runs, wall time and peak memory
of the whole process (its data: ``benchmarks.synth`` defaults, same seed).
The synthetic data is built so that greedy and optimal matching agree (see
:mod:`benchmarks.synth`), so the peers are right on it and their overall
numbers must equal ours; the script checks that and says so.

Usage (from the repository root)::

    python -m benchmarks.bench_score                       # 1e4, 1e5, 1e6 gold spans
    python -m benchmarks.bench_score --sizes 1000 --timeout 60
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SCORERS = ("newsgold", "newsgold+bootstrap", "nervaluate", "seqeval")
SPANS_PER_DOC = 20
GAP = (7, 12)  # compact documents, so BIO tag sequences stay small for seqeval
LENGTH = (1, 6)
REPO = Path(__file__).resolve().parent.parent
REPEAT_LIMIT_S = 60.0  # a scorer run longer than this is not repeated


def _status(key: str) -> int:
    """A ``/proc/self/status`` value in kB (0 where /proc is missing)."""
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    m = re.search(rf"^{key}:\s+(\d+)", text, re.MULTILINE)
    return int(m.group(1)) if m else 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _bio(docs: list[Any], n_tokens: list[int]) -> list[list[str]]:
    out = []
    for doc, n in zip(docs, n_tokens, strict=True):
        tags = ["O"] * n
        for s in doc.spans:
            tags[s.start] = "B-" + s.label
            for i in range(s.start + 1, s.end):
                tags[i] = "I-" + s.label
        out.append(tags)
    return out


def run_one(scorer: str, n_spans: int, seed: int, repeat: int = 3) -> dict[str, Any]:
    """Generate, convert, time one scorer (best of ``repeat`` runs); return timings, memory, overall numbers."""
    import gc

    from benchmarks.synth import make_documents

    gold, pred = make_documents(max(1, n_spans // SPANS_PER_DOC), spans_per_doc=SPANS_PER_DOC, seed=seed,
                                gap=GAP, length=LENGTH)  # fmt: skip
    labels = sorted({s.label for d in gold for s in d.spans})
    numbers: dict[str, Any] = {}
    if scorer.startswith("newsgold"):
        from newsgold.eval import score_documents

        n_boot = 1000 if scorer.endswith("bootstrap") else 0

        def call() -> Any:
            return score_documents(gold, pred, n_bootstrap=n_boot)

        def extract(res: Any) -> None:
            data = res.to_json()["schemes"]
            for scheme, block in data.items():
                o = block["overall"]
                numbers[scheme] = [o[k] for k in ("correct", "incorrect", "partial", "missed", "spurious")]
                numbers[scheme + "_prf"] = [o["precision"], o["recall"], o["f1"]]

    elif scorer == "nervaluate":
        from nervaluate import Evaluator

        true = [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in gold]
        guess = [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in pred]

        def call() -> Any:
            return Evaluator(true, guess, tags=labels, loader="dict").evaluate()

        def extract(res: Any) -> None:
            for scheme, name in (
                ("strict", "strict"),
                ("exact", "exact"),
                ("partial", "partial"),
                ("type", "ent_type"),
            ):
                r = res["overall"][name]
                numbers[scheme] = [r.correct, r.incorrect, r.partial, r.missed, r.spurious]
                numbers[scheme + "_prf"] = [r.precision, r.recall, r.f1]

    elif scorer == "seqeval":
        import warnings

        from seqeval.metrics import classification_report

        n_tokens = [max([s.end for s in g.spans + p.spans] + [0]) + 1 for g, p in zip(gold, pred, strict=True)]
        y_true, y_pred = _bio(gold, n_tokens), _bio(pred, n_tokens)

        def call() -> Any:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return classification_report(y_true, y_pred, output_dict=True)

        def extract(res: Any) -> None:
            m = res["micro avg"]
            numbers["strict_prf"] = [float(m["precision"]), float(m["recall"]), float(m["f1-score"])]

        numbers["tokens"] = sum(n_tokens)
    else:
        raise ValueError(scorer)

    walls, cpus, peaks = [], [], []
    exact_peak = False
    res = None
    for _ in range(max(1, repeat)):
        res = None
        gc.collect()
        rss_before = _status("VmRSS")
        exact_peak = _reset_peak()
        t0, c0 = time.perf_counter(), time.process_time()
        res = call()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        peak = _status("VmHWM")
        peaks.append((peak - rss_before) / 1024 if exact_peak else peak / 1024)
        if walls[-1] > REPEAT_LIMIT_S:
            break
    extract(res)
    best = min(range(len(walls)), key=walls.__getitem__)
    return {
        "scorer": scorer,
        "gold_spans": sum(len(d.spans) for d in gold),
        "pred_spans": sum(len(d.spans) for d in pred),
        "documents": len(gold),
        "runs": len(walls),
        "wall_s": walls[best],
        "cpu_s": cpus[best],
        "all_wall_s": walls,
        "peak_mb": max(peaks),
        "peak_is_growth": exact_peak,
        "numbers": numbers,
    }


def _measure(scorer: str, n_spans: int, seed: int, timeout: float, repeat: int) -> dict[str, Any]:
    """Run :func:`run_one` in a fresh process (clean memory, killable on timeout)."""
    cmd = [sys.executable, "-m", "benchmarks.bench_score", "--_one", scorer, "--sizes", str(n_spans),
           "--seed", str(seed), "--repeat", str(repeat)]  # fmt: skip
    env = dict(os.environ, PYTHONPATH=str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=REPO, env=env)
    except subprocess.TimeoutExpired:
        return {"scorer": scorer, "gold_spans": n_spans, "timeout": timeout}
    if proc.returncode != 0:
        raise RuntimeError(f"{scorer} at {n_spans} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _agreement(rows: dict[str, dict[str, Any]]) -> list[str]:
    """Compare the peers' overall numbers with ours, where they are right on this data."""
    ours = rows.get("newsgold", {}).get("numbers")
    if not ours:
        return []
    notes = []
    nv = rows.get("nervaluate", {}).get("numbers")
    if nv:
        same = all(nv[s] == ours[s] for s in ("strict", "exact", "partial", "type"))
        same = same and all(
            abs(a - b) < 1e-9 for s in ("strict", "exact", "partial", "type")
            for a, b in zip(nv[s + "_prf"], ours[s + "_prf"], strict=True)
        )  # fmt: skip
        notes.append(f"nervaluate: overall counts and P/R/F1 of all four schemes {'AGREE' if same else 'DIFFER'}")
    sq = rows.get("seqeval", {}).get("numbers")
    if sq:
        same = all(abs(a - b) < 1e-9 for a, b in zip(sq["strict_prf"], ours["strict_prf"], strict=True))
        notes.append(f"seqeval: micro P/R/F1 vs our strict P/R/F1 {'AGREE' if same else 'DIFFER'}")
    return notes


def _fmt_row(r: dict[str, Any], ours: dict[str, Any] | None) -> str:
    if "timeout" in r:
        return f"| {r['gold_spans']:>10,} | {r['scorer']:<18} | 1 | > {r['timeout']:.0f} (stopped) | - | - | - | - | - | - |"
    first = r["all_wall_s"][0]
    if r["scorer"] == "newsgold" or not ours or "wall_s" not in ours:
        ratio, cpu_ratio, first_ratio = "1.0", "1.0", "1.0"
    else:
        ratio, cpu_ratio = f"{r['wall_s'] / ours['wall_s']:.1f}", f"{r['cpu_s'] / ours['cpu_s']:.1f}"
        first_ratio = f"{first / ours['all_wall_s'][0]:.1f}"
    return (
        f"| {r['gold_spans']:>10,} | {r['scorer']:<18} | {r['runs']:>4} | {r['wall_s']:8.2f} | {r['cpu_s']:8.2f} | "
        f"{first:9.2f} | {r['peak_mb']:7.0f} | {ratio:>13} | {cpu_ratio:>12} | {first_ratio:>16} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_score", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="comma-separated numbers of gold spans")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data (default 0)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a scorer run is stopped")
    parser.add_argument("--scorers", default=",".join(SCORERS), help=f"comma-separated subset of {','.join(SCORERS)}")
    parser.add_argument(
        "--peer-max-spans",
        type=int,
        default=None,
        help="skip the peers above this many gold spans (they are slow); default: no cap",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write all measurements to this JSON file")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help=f"runs per scorer and size, best wall time reported (a run over {REPEAT_LIMIT_S:.0f} s is not repeated)",
    )
    parser.add_argument(
        "--whole-process-runs",
        type=int,
        default=3,
        help="also time the whole `newsgold eval score --json` command against load-JSONL+nervaluate at each size "
        "(benchmarks.bench_cli; medians of this many alternating runs; 0 = skip)",
    )
    parser.add_argument("--_one", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    if args._one:
        print(json.dumps(run_one(args._one, sizes[0], args.seed, args.repeat)))
        return 0

    scorers = [s for s in args.scorers.split(",") if s]
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.processor() or platform.platform()}, "
          f"Python {platform.python_version()}")  # fmt: skip
    print(f"data: benchmarks.synth seed {args.seed}, {SPANS_PER_DOC} gold spans per document, gaps {GAP}, "
          f"lengths {LENGTH}\n")  # fmt: skip
    print(
        "| gold spans | scorer             | runs |   wall s |    CPU s | 1st run s | peak MB "
        "| x ours (wall) | x ours (CPU) | x ours (1st run) |"
    )
    print(
        "| ---------: | ------------------ | ---: | -------: | -------: | --------: | ------: "
        "| ------------: | -----------: | ---------------: |"
    )
    results: list[dict[str, Any]] = []
    notes: list[str] = []
    for n in sizes:
        rows: dict[str, dict[str, Any]] = {}
        for scorer in scorers:
            if scorer in ("nervaluate", "seqeval") and args.peer_max_spans and n > args.peer_max_spans:
                continue
            r = _measure(scorer, n, args.seed, args.timeout, args.repeat)
            rows[scorer] = r
            results.append(r)
            print(_fmt_row(r, rows.get("newsgold")), flush=True)
        for note in _agreement(rows):
            notes.append(f"{n:,} gold spans: {note}")
    ours = [r for r in results if r["scorer"] == "newsgold" and "wall_s" in r]
    print()
    for note in notes:
        print(note)
    if len(ours) > 1:
        per = ", ".join(
            f"{r['gold_spans']:,}: {r['wall_s'] / r['gold_spans'] * 1e6:.2f} wall, "
            f"{r['cpu_s'] / r['gold_spans'] * 1e6:.2f} CPU"
            for r in ours
        )
        print(f"newsgold microseconds per gold span (flat = linear growth): {per}")
    whole = _whole_process(sizes, args.whole_process_runs, args.seed) if args.whole_process_runs > 0 else []
    if args.json:
        args.json.write_text(json.dumps({"in_process": results, "whole_process": whole}, indent=2))
    return 0


def _whole_process(sizes: list[int], runs: int, seed: int) -> list[dict[str, Any]]:
    """Whole-process rows (benchmarks.bench_cli.compare) for every size, printed as a second table."""
    import tempfile

    from benchmarks.bench_cli import compare

    print(f"\nwhole process (benchmarks.bench_cli: fresh processes, /usr/bin/time -v, alternating, medians of {runs})\n")
    print("| gold spans | newsgold eval score --json | --bootstrap 0 | load JSONL + nervaluate | newsgold faster by "
          "| peak MiB newsgold / nervaluate |")  # fmt: skip
    print("| ---------: | ---: | ---: | ---: | --- | --- |")
    rows = []
    with tempfile.TemporaryDirectory(prefix="newsgold-bench-") as tmp:
        for n in sizes:
            row = compare(n, runs, seed, Path(tmp))
            rows.append(row)
            ng, ni, nv = row["newsgold"], row["newsgold-no-intervals"], row["nervaluate"]
            print(f"| {n:>10,} | {ng['wall_s']:.2f} s | {ni['wall_s']:.2f} s | {nv['wall_s']:.2f} s | "
                  f"{row['ratio']:.1f}x ({row['ratio_no_intervals']:.1f}x without intervals) | "
                  f"{ng['peak_mib']:.0f} / {nv['peak_mib']:.0f} |", flush=True)  # fmt: skip
    return rows


if __name__ == "__main__":
    raise SystemExit(main())

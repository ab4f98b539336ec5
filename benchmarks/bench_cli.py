"""Whole-process speed: the command a user runs, against the script a user would write with the peer.

For each size (gold spans; 20 per document, :mod:`benchmarks.synth`, seeded)
the same two JSONL files are scored by

* **newsgold**: ``python -m newsgold eval score --gold G --pred P --json``
  (defaults: four schemes, per label, 1000 bootstrap resamples), stdout to a file;
* **newsgold --bootstrap 0**: the same without intervals (nervaluate computes none);
* **nervaluate**: ``python -m benchmarks.peer_nervaluate G P`` — load the same
  JSONL with ``json``, run nervaluate 1.2.1 (four schemes, per label), print JSON.

Each is a fresh process timed by ``/usr/bin/time -v`` (wall clock and maximum
resident set size, i.e. peak memory, of the whole process: interpreter start,
imports, loading, scoring, output). Runs alternate (newsgold, peer, newsgold,
...) so that a change in the machine's load hits both; the table gives the
median of ``--runs`` runs of each and the ratio of the medians. CPU time
(user + system) is printed too: on a machine shared with other work it moves
less than wall time (a process waiting for a core is not charged for it), and it
counts every thread of a process: newsgold draws its bootstrap resamples on a
second thread while it matches (``eval/resample_counts.py``), which
shortens the wall time only when a core is free. One untimed
round of every command comes first, as a user's first run: it reads the
input files into the page cache and lets Python write the bytecode caches
(``__pycache__``) of both sides; ``PYTHONDONTWRITEBYTECODE`` is removed from
the commands' environment for the same reason (with it set, every run of an
editable install compiles newsgold's modules again, ~0.1 s, which no installed
copy does).

``--report`` also times ``python -m newsgold eval report`` in the repository
(the shipped corpus and gold set) with the predictions cache warm (one
unmeasured run first), median of ``--runs``.

Usage (repository root)::

    python -m benchmarks.bench_cli --sizes 200000 --runs 5
    python -m benchmarks.bench_cli --sizes 1000000 --runs 3
    python -m benchmarks.bench_cli --sizes 0 --report --runs 5
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SPANS_PER_DOC = 20
TIME = "/usr/bin/time"


def _environment() -> dict[str, str]:
    """This process's environment without ``PYTHONDONTWRITEBYTECODE`` (module docstring)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(cmd: list[str], stdout: Path, cwd: Path = REPO) -> tuple[float, float, float]:
    """(wall seconds, peak RSS MiB, CPU seconds = user + system) of one process run under ``/usr/bin/time -v``."""
    with stdout.open("wb") as out:
        proc = subprocess.run([TIME, "-v", *cmd], stdout=out, stderr=subprocess.PIPE, cwd=cwd, text=True,
                              env=_environment())  # fmt: skip
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    user = re.search(r"User time \(seconds\): ([\d.]+)", proc.stderr)
    system = re.search(r"System time \(seconds\): ([\d.]+)", proc.stderr)
    if wall is None or rss is None or user is None or system is None:
        raise RuntimeError(f"/usr/bin/time printed no figures: {proc.stderr[-2000:]}")
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    cpu = float(user.group(1)) + float(system.group(1))
    return hours * 3600 + minutes * 60 + seconds, int(rss.group(1)) / 1024, cpu


def make_data(n_spans: int, folder: Path, seed: int) -> tuple[Path, Path]:
    """Seeded synthetic gold/pred JSONL with ``n_spans`` gold spans (20 per document)."""
    subprocess.run(
        [sys.executable, "-m", "benchmarks.synth", "--docs", str(max(1, n_spans // SPANS_PER_DOC)), "--seed",
         str(seed), str(folder)],  # fmt: skip
        check=True, cwd=REPO, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return folder / "gold.jsonl", folder / "pred.jsonl"


def compare(n_spans: int, runs: int, seed: int, work: Path) -> dict[str, Any]:
    """Alternating whole-process runs of newsgold and the nervaluate script on the same files."""
    gold, pred = make_data(n_spans, work / str(n_spans), seed)
    cmds = {
        "newsgold": [sys.executable, "-m", "newsgold", "eval", "score", "--gold", str(gold), "--pred", str(pred),
                     "--json"],  # fmt: skip
        "nervaluate": [sys.executable, "-m", "benchmarks.peer_nervaluate", str(gold), str(pred)],
        "newsgold-no-intervals": [sys.executable, "-m", "newsgold", "eval", "score", "--gold", str(gold), "--pred",
                                  str(pred), "--json", "--bootstrap", "0"],  # fmt: skip
    }
    for name, cmd in cmds.items():  # untimed: page cache and bytecode caches, as after a first run
        measure(cmd, work / f"{name}.json")
    times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            times[name].append(measure(cmd, work / f"{name}.json"))
    row: dict[str, Any] = {"gold_spans": n_spans, "runs": runs}
    for name, values in times.items():
        row[name] = {"wall_s": statistics.median(v[0] for v in values),
                     "peak_mib": statistics.median(v[1] for v in values), "all_wall_s": [v[0] for v in values],
                     "cpu_s": statistics.median(v[2] for v in values), "all_cpu_s": [v[2] for v in values]}  # fmt: skip
    row["ratio"] = row["nervaluate"]["wall_s"] / row["newsgold"]["wall_s"]
    row["ratio_no_intervals"] = row["nervaluate"]["wall_s"] / row["newsgold-no-intervals"]["wall_s"]
    row["cpu_ratio"] = row["nervaluate"]["cpu_s"] / row["newsgold"]["cpu_s"]
    row["cpu_ratio_no_intervals"] = row["nervaluate"]["cpu_s"] / row["newsgold-no-intervals"]["cpu_s"]
    return row


def report_timing(runs: int, work: Path) -> dict[str, Any]:
    """``newsgold eval report`` on the shipped set with a warm predictions cache (median of ``runs``)."""
    cmd = [sys.executable, "-m", "newsgold", "eval", "report", "--out", str(work / "reports")]
    measure(cmd, work / "report-warmup.txt")
    values = [measure(cmd, work / "report.txt") for _ in range(runs)]
    return {"wall_s": statistics.median(v[0] for v in values), "peak_mib": statistics.median(v[1] for v in values),
            "all_wall_s": [v[0] for v in values], "cpu_s": statistics.median(v[2] for v in values),
            "all_cpu_s": [v[2] for v in values], "runs": runs}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_cli", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200000", help="comma-separated numbers of gold spans (0: none)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (medians; default 5)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data")
    parser.add_argument("--report", action="store_true", help="also time `newsgold eval report` with a warm cache")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if int(s) > 0]
    with tempfile.TemporaryDirectory(prefix="newsgold-bench-") as tmp:
        work = Path(tmp)
        print("gold spans | newsgold eval score --json | load JSONL + nervaluate | newsgold is faster by | "
              "peak memory newsgold / nervaluate")  # fmt: skip
        for n in sizes:
            row = compare(n, args.runs, args.seed, work)
            ng, nv, ni = row["newsgold"], row["nervaluate"], row["newsgold-no-intervals"]
            print(f"{n:,} | {ng['wall_s']:.2f} s | {nv['wall_s']:.2f} s | {row['ratio']:.1f}x | "
                  f"{ng['peak_mib']:.0f} / {nv['peak_mib']:.0f} MiB   (runs: newsgold {ng['all_wall_s']}, "
                  f"nervaluate {nv['all_wall_s']})", flush=True)  # fmt: skip
            print(f"{n:,} | --bootstrap 0: {ni['wall_s']:.2f} s | {nv['wall_s']:.2f} s | {row['ratio_no_intervals']:.1f}x | "
                  f"{ni['peak_mib']:.0f} / {nv['peak_mib']:.0f} MiB   (runs {ni['all_wall_s']})", flush=True)  # fmt: skip
            print(f"  CPU seconds (user + system) at {n:,} gold spans, medians: newsgold {ng['cpu_s']:.2f}, --bootstrap 0 "
                  f"{ni['cpu_s']:.2f}, nervaluate {nv['cpu_s']:.2f}: {row['cpu_ratio']:.1f}x "
                  f"({row['cpu_ratio_no_intervals']:.1f}x without intervals)", flush=True)  # fmt: skip
        if args.report:
            rep = report_timing(args.runs, work)
            print(f"newsgold eval report (shipped set, warm cache): {rep['wall_s']:.2f} s median of {rep['runs']} "
                  f"{rep['all_wall_s']}, peak {rep['peak_mib']:.0f} MiB, CPU {rep['cpu_s']:.2f} s {rep['all_cpu_s']}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

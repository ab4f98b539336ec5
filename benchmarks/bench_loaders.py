"""Loading one span file into columns, each way of :mod:`benchmarks.column_candidates` in a fresh process.

For each size (gold spans; :mod:`benchmarks.synth`, seeded, the gold file)
every available candidate runs in its own fresh process, alternating
(candidate 1, 2, ..., 1, 2, ...) so that a change in the machine's load hits
all of them; each process times its imports and its load apart (wall clock and
CPU time of the process, which counts every thread) and reports its peak
memory. The table gives medians. One untimed round comes first (page cache,
bytecode caches). pyarrow and polars are timed when installed (they are not
dependencies of newsgold).

Usage (repository root)::

    python -m benchmarks.bench_loaders --sizes 200000,1000000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.bench_cli import SPANS_PER_DOC, _environment

REPO = Path(__file__).resolve().parent.parent


def run_one(name: str, file: Path) -> dict[str, float | int]:
    """Import and load with candidate ``name`` in this process: seconds (wall, CPU) of each, spans, peak MiB."""
    from benchmarks.column_candidates import CANDIDATES

    wall0, cpu0 = time.perf_counter(), time.process_time()
    load = CANDIDATES[name]()
    wall1, cpu1 = time.perf_counter(), time.process_time()
    columns = load(file)
    wall2, cpu2 = time.perf_counter(), time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"import_wall": wall1 - wall0, "import_cpu": cpu1 - cpu0, "load_wall": wall2 - wall1,
            "load_cpu": cpu2 - cpu1, "spans": len(columns.start), "peak_mib": peak}  # fmt: skip


def _child(name: str, file: Path) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, "-m", "benchmarks.bench_loaders", "--one", name, str(file)],
                          capture_output=True, text=True, cwd=REPO, env=_environment())  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"{name} on {file} exited {proc.returncode}: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout)


def compare(file: Path, runs: int) -> dict[str, dict[str, Any]]:
    """Medians of ``runs`` alternating fresh processes of every available candidate on ``file``."""
    from benchmarks.column_candidates import available

    names = list(available())
    for name in names:  # untimed round
        _child(name, file)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    for _ in range(runs):
        for name in names:
            results[name].append(_child(name, file))
    return {name: {key: statistics.median(r[key] for r in rs) for key in rs[0]} | {"runs": rs}
            for name, rs in results.items()}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_loaders", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200000", help="comma-separated numbers of gold spans")
    parser.add_argument("--runs", type=int, default=3, help="runs of each candidate (medians; default 3)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data")
    parser.add_argument("--one", nargs=2, metavar=("NAME", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], Path(args.one[1]))))
        return 0
    with tempfile.TemporaryDirectory(prefix="newsgold-bench-loaders-") as tmp:
        for n in (int(s) for s in args.sizes.split(",") if int(s) > 0):
            folder = Path(tmp) / str(n)
            subprocess.run([sys.executable, "-m", "benchmarks.synth", "--docs", str(max(1, n // SPANS_PER_DOC)),
                            "--seed", str(args.seed), str(folder)],
                           check=True, cwd=REPO, stdout=subprocess.DEVNULL)  # fmt: skip
            print(f"{n:,} gold spans (gold.jsonl), medians of {args.runs}: candidate | import wall / CPU s | "
                  "load wall / CPU s | spans read into columns | peak MiB", flush=True)  # fmt: skip
            for name, m in compare(folder / "gold.jsonl", args.runs).items():
                loads = [round(r["load_wall"], 3) for r in m["runs"]]
                print(f"  {name:16s} | {m['import_wall']:.3f} / {m['import_cpu']:.3f} | {m['load_wall']:.3f} / "
                      f"{m['load_cpu']:.3f} | {int(m['spans']):,} | {m['peak_mib']:.0f}   (loads {loads})", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Label Studio throughput: newsgold push/pull of 10,000 tasks beside one request per task.

Against a real local Label Studio (started here in a temporary data folder,
or an existing one with ``--url``), on seeded synthetic articles (~700
characters, an emoji and a CRLF in each, so the offset conversion is part of
the cost):

* **push**: ``newsgold.annotate.push.push`` (batched imports after reading the
  project's existing tasks) of N tasks; then the same push again, which must
  create nothing (the idempotency check itself has a cost);
* **push baseline**: ``tasks.create`` one request per task (what scripts
  that loop over documents do), on a subset, as tasks per second;
* **pull**: ``newsgold.annotate.pull.pull`` of N annotated tasks (5 regions each:
  PERSON, GPE, DATE with a value, QUOTE with ``said_by``): export snapshot,
  completeness check, conversion, validation of every region, agreement,
  atomic writes;
* **pull baseline**: ``tasks.get`` one request per task plus the same
  conversion, on a subset.

The annotated project is created by importing tasks with their annotations
(untimed set-up). Usage, from the repository root::

    python -m benchmarks.bench_labelstudio                      # 10,000 tasks, baseline on 500
    python -m benchmarks.bench_labelstudio --tasks 200 --baseline-tasks 20
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from newsgold.annotate.api import Api
from newsgold.annotate.config import LABELS_NAME, TEXT_NAME, attribute_control_name
from newsgold.annotate.connection import Connection, resolve_connection
from newsgold.annotate.convert import from_ls_result
from newsgold.annotate.project import ensure_project
from newsgold.annotate.pull import pull
from newsgold.annotate.push import push, task_data
from newsgold.annotate.server import LocalServer, free_port
from newsgold.corpus import Document
from newsgold.spandoc import text_sha256

FIRST = ["Maria", "Antony", "Sergei", "Ana", "Olaf", "Mei", "Kwame", "Ines"]
LAST = ["Lopez", "Blinken", "Lavrov", "Silva", "Berg", "Chen", "Mensah", "Duarte"]
PLACES = ["Reykjavik", "Oslo", "Lisbon", "Accra", "Nuuk", "Tromsø"]
FILLER = (
    "The council met for two days and discussed shipping lanes, fisheries and research. "
    "Delegations agreed to publish a joint statement after the closing session. "
)


def synth_documents(n: int, seed: int = 0) -> list[tuple[Document, list[dict[str, Any]]]]:
    """``n`` articles with the Label Studio result of one annotation each."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        place = rng.choice(PLACES)
        day = rng.randint(1, 28)
        quote = f"\u201cWe will cooperate on {rng.choice(['science', 'safety', 'climate'])}\u201d"
        head = f"Article {i} \U0001F30D\r\n"
        parts = [head, f"In {place}, ", person, " said ", quote, f" on {day} May 2021. ", FILLER * 3]
        text = "".join(parts)
        doc = Document(f"doc-{i:06d}", text, f"Article {i}", dt.date(2021, 5, 21), text_sha256(text), Path("."))

        def region(rid: str, needle: str, label: str, text: str = text) -> tuple[dict[str, Any], int, int]:
            start = text.index(needle)  # code points, as Label Studio 1.23's editor stores them
            item = {"id": rid, "from_name": LABELS_NAME, "to_name": TEXT_NAME, "type": "labels",
                    "value": {"start": start, "end": start + len(needle), "text": needle, "labels": [label]}}
            return item, start, start + len(needle)

        date_text = f"{day} May 2021"
        result = [region("p", person, "PERSON")[0], region("g", place, "GPE")[0], region("q", quote, "QUOTE")[0]]
        date_item, ds, de = region("d", date_text, "DATE")
        result.append(date_item)
        result.append({"id": "d", "from_name": attribute_control_name("DATE", "value"), "to_name": TEXT_NAME,
                       "type": "textarea", "value": {"start": ds, "end": de, "text": [f"2021-05-{day:02d}"]}})
        result.append({"from_id": "q", "to_id": "p", "type": "relation", "direction": "right", "labels": ["said_by"]})
        out.append((doc, result))
    return out


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - t0


def run(api: Api, n: int, baseline_n: int, seed: int, workdir: Path, admin_email: str) -> list[dict[str, Any]]:
    quiet = lambda _m: None  # noqa: E731
    data = synth_documents(n, seed)
    docs = [d for d, _ in data]
    tag = uuid.uuid4().hex[:8]
    rows: list[dict[str, Any]] = []

    report, secs = _timed(push, api, f"bench-{tag}-push", docs, progress=False, log=quiet)
    assert len(report.created) == n, report.summary()
    rows.append({"operation": "push (newsgold, batched)", "tasks": n, "seconds": secs})
    report, secs = _timed(push, api, f"bench-{tag}-push", docs, progress=False, log=quiet)
    assert not report.created and len(report.unchanged) == n
    rows.append({"operation": "push again (nothing to do)", "tasks": n, "seconds": secs})

    base_project = ensure_project(api, f"bench-{tag}-base", log=quiet)
    t0 = time.perf_counter()
    for doc in docs[:baseline_n]:
        api.ls.tasks.create(project=base_project.id, data=task_data(doc), request_options={"max_retries": 0})
    rows.append({"operation": "push baseline (1 request/task)", "tasks": baseline_n, "seconds": time.perf_counter() - t0})

    annotated = ensure_project(api, f"bench-{tag}-pull", log=quiet)
    t0 = time.perf_counter()
    task_ids: list[int] = []
    for i in range(0, n, 1000):
        items = [{"data": task_data(d), "annotations": [{"completed_by": {"email": admin_email}, "result": r}]}
                 for d, r in data[i : i + 1000]]
        res = api.ls.projects.import_tasks(id=annotated.id, request=items, return_task_ids=True,
                                           request_options={"max_retries": 0})
        task_ids += list(getattr(res, "task_ids", None) or res.model_extra["task_ids"])
    setup = time.perf_counter() - t0

    result, secs = _timed(pull, api, annotated.title, workdir / "gold", log_fn=quiet)
    assert len(result.gold) == n and not result.repairs, (len(result.gold), result.repairs[:3])
    rows.append({"operation": "pull (newsgold, export snapshot)", "tasks": n, "seconds": secs})

    t0 = time.perf_counter()
    for tid in task_ids[:baseline_n]:
        task = api.ls.tasks.get(id=str(tid))
        ann = task.annotations[0]
        res_list = ann["result"] if isinstance(ann, dict) else ann.result
        from_ls_result(task.data["doc_id"], task.data["text"], res_list)
    rows.append({"operation": "pull baseline (1 request/task)", "tasks": baseline_n, "seconds": time.perf_counter() - t0})
    for row in rows:
        row["tasks_per_s"] = row["tasks"] / row["seconds"] if row["seconds"] > 0 else float("inf")
    rows.append({"operation": "(set-up: import annotated tasks)", "tasks": n, "seconds": setup,
                 "tasks_per_s": n / setup if setup else float("inf")})
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    by = {r["operation"]: r for r in rows}
    speedup = {
        "push (newsgold, batched)": by["push baseline (1 request/task)"]["tasks_per_s"],
        "pull (newsgold, export snapshot)": by["pull baseline (1 request/task)"]["tasks_per_s"],
    }
    lines = ["| operation | tasks | seconds | tasks/s | vs 1 request/task |", "| --- | ---: | ---: | ---: | ---: |"]
    for r in rows:
        ratio = f"{r['tasks_per_s'] / speedup[r['operation']]:.1f}x" if r["operation"] in speedup else ""
        lines.append(f"| {r['operation']} | {r['tasks']} | {r['seconds']:.2f} | {r['tasks_per_s']:.0f} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_labelstudio", description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=10_000, help="tasks to push and to pull (default 10000)")
    parser.add_argument("--baseline-tasks", type=int, default=500, help="tasks for the 1-request-per-task baselines")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic articles")
    parser.add_argument("--url", help="use this Label Studio (key from LABEL_STUDIO_API_KEY) instead of starting one")
    parser.add_argument("--json", type=Path, help="also write the measurements to this JSON file")
    args = parser.parse_args(argv)
    if args.tasks < 1 or not 1 <= args.baseline_tasks <= args.tasks:
        parser.error("need --tasks >= 1 and 1 <= --baseline-tasks <= --tasks")

    with tempfile.TemporaryDirectory(prefix="bench-ls-") as tmp:
        work = Path(tmp)
        server = None
        if args.url:
            conn = resolve_connection(args.url, None, None)
            admin = Api(conn).whoami()["email"]
        else:
            server = LocalServer(work / "data", port=free_port(), config_path=work / "conn.json")
            print(f"starting Label Studio in {work / 'data'} (cold start, not timed) ...", file=sys.stderr, flush=True)
            server.start()
            conn = Connection(server.url, server.api_key, "bench")
            admin = server.creds.email
        try:
            rows = run(Api(conn, timeout=600), args.tasks, args.baseline_tasks, args.seed, work, admin)
        finally:
            if server is not None:
                server.stop()
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"
    print(f"Label Studio round trip, {args.tasks} tasks ({machine})\n")
    print(render(rows))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "rows": rows}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The peer of ``newsgold eval score --json`` in :mod:`benchmarks.bench_cli`: load the JSONL, run nervaluate.

What a user without newsgold would write: read both span-document files with
the standard ``json`` module, give nervaluate its dict input (inclusive end
offsets: ``end - 1``), evaluate all four schemes per label, print the result
as JSON. Gold documents without predictions get an empty list.

Usage: ``python -m benchmarks.peer_nervaluate GOLD.jsonl PRED.jsonl``
"""

from __future__ import annotations

import json
import sys

from nervaluate import Evaluator


def _load(path: str) -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                d = json.loads(line)
                docs[d["doc_id"]] = [
                    {"label": s["label"], "start": s["start"], "end": s["end"] - 1} for s in d.get("spans", [])
                ]
    return docs


def main(argv: list[str]) -> int:
    gold, pred = _load(argv[0]), _load(argv[1])
    ids = sorted(gold)
    tags = sorted({s["label"] for spans in gold.values() for s in spans})
    result = Evaluator([gold[i] for i in ids], [pred.get(i, []) for i in ids], tags=tags, loader="dict").evaluate()
    out = {
        "overall": {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1} for k, v in result["overall"].items()},
        "entities": {
            lab: {k: {"precision": v.precision, "recall": v.recall, "f1": v.f1} for k, v in res.items()}
            for lab, res in result["entities"].items()
        },
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

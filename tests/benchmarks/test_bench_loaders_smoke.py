"""The loader candidates read the same columns as newsgold, and their benchmark runs (tiny sizes, no timing)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from benchmarks.bytes_columns import columns_from_span_arrays
from benchmarks.column_candidates import available

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def synth_gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synth")
    subprocess.run([sys.executable, "-m", "benchmarks.synth", "--docs", "30", "--seed", "5", str(folder)],
                   check=True, cwd=REPO, stdout=subprocess.DEVNULL)  # fmt: skip
    return folder / "pred.jsonl"  # predictions: fewer spans in some documents than others


def test_every_candidate_with_columns_reads_what_newsgold_reads(synth_gold):
    candidates = available()
    reference = candidates["newsgold"]()(synth_gold)
    assert len(reference.start) > 100
    compared = 0
    for name, prepare in candidates.items():
        columns = prepare()(synth_gold)
        if name in ("msgspec-structs", "re-fullmatch"):  # time a step only, make no columns
            assert len(columns.start) == 0
            continue
        assert np.array_equal(columns.start, reference.start), name
        assert np.array_equal(columns.end, reference.end), name
        assert columns.label_strings() == reference.label_strings(), name
        compared += 1
    assert compared >= 2  # numpy-bytes and re-finditer at least


def _span(sid: str = "g0", start: str = "3", end: str = "5", label: str = "ORG") -> str:
    return f'{{"id": "{sid}", "start": {start}, "end": {end}, "label": "{label}"}}'


def test_numpy_bytes_reads_the_json_dumps_shape():
    arrays = [f"[{_span()}, {_span('g1', '10', '1234567890123', 'PERSON')}]".encode(), b"[]", f"[{_span()}]".encode()]
    for array in arrays:
        json.loads(array)  # the inputs are valid JSON, as msgspec guarantees
    found = columns_from_span_arrays(arrays)
    assert found is not None
    start, end, label, labels = found
    assert start.tolist() == [3, 10, 3] and end.tolist() == [5, 1234567890123, 5]
    assert [labels[i] for i in label.tolist()] == ["ORG", "PERSON", "ORG"]


ESCAPED = "a\\\\b"  # JSON for a backslash between a and b


@pytest.mark.parametrize(
    "array",
    [
        f"[{_span()}, {_span()}]",  # a span id twice in one document
        f"[{_span(start='5')}]",  # start == end
        f"[{_span(start='03')}]",  # a leading zero
        f"[{_span(sid=ESCAPED)}]",  # an escape
        f"[{_span(label='')}]",  # an empty label
        f"[{_span(sid='')}]",  # an empty id
        '[{"id":"g0","start":3,"end":5,"label":"ORG"}]',  # compact separators
        '[{"id": "g0", "start": 3, "end": 5, "label": "ORG", "value": null}]',  # another field
        '[{"start": 3, "id": "g0", "end": 5, "label": "ORG"}]',  # another order
        f"[{_span(end='12345678901234567')}]",  # past 2**53
        f"[{_span()},{_span('g1')}]",  # no space between spans
    ],
)
def test_numpy_bytes_refuses_every_other_shape(array):
    assert columns_from_span_arrays([array.encode()]) is None


def test_bench_loaders_runs_at_tiny_size():
    proc = subprocess.run([sys.executable, "-m", "benchmarks.bench_loaders", "--sizes", "400", "--runs", "1"],
                          capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = {line.split("|")[0].strip(): line for line in proc.stdout.splitlines() if line.startswith("  ")}
    assert {"newsgold", "msgspec-structs", "numpy-bytes", "re-finditer", "re-fullmatch"} <= rows.keys()
    assert "| 400 |" in rows["newsgold"] and "| 400 |" in rows["numpy-bytes"]

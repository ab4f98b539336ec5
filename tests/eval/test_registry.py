"""The scheme registry is the one place scoring, gates, tables and help read."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from newsgold.eval.registry import COUNTS, MATCHINGS, SCHEME_HELP, SCHEMES, outcome_table_markdown
from newsgold.eval.report.gates import parse_key
from newsgold.eval.schemes import MATCHING_OFFSET, OUTCOME_TO_COUNT, SCHEMES as SCHEME_NAMES
from newsgold.eval.score_cli import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_counting_table_is_built_from_the_registry():
    assert SCHEME_NAMES == tuple(s.name for s in SCHEMES)
    # every outcome of the matching a scheme reads adds to exactly one count; other matchings' outcomes to none
    for s, scheme in enumerate(SCHEMES):
        offset = MATCHING_OFFSET[scheme.matching]
        for outcome, count in enumerate(scheme.outcomes):
            assert OUTCOME_TO_COUNT[offset + outcome, s].tolist() == [int(c == count) for c in range(len(COUNTS))]
        assert int(OUTCOME_TO_COUNT[:, s].sum()) == len(scheme.outcomes)
    assert set(MATCHING_OFFSET) == set(MATCHINGS)


def test_help_gates_and_report_tables_list_every_registered_scheme():
    help_text = build_parser("newsgold eval score").format_help()
    for scheme in SCHEMES:
        assert f"{scheme.name}" in help_text and scheme.help in help_text.replace("\n", " ")
        assert parse_key(f"{scheme.name}.f1", []).scheme == scheme.name
        assert SCHEME_HELP[scheme.name] == scheme.help


def test_docs_show_the_registry_outcome_table():
    assert outcome_table_markdown() in (ROOT / "docs" / "scoring.md").read_text(encoding="utf-8")


def test_matching_weights_are_strict_priorities():
    k = 2  # min(#gold, #pred) in a component: at most k pairs
    k1 = k + 1.0
    low, high = np.array([0.01]), np.array([1.0])
    same, other = np.array([1]), np.array([0])
    type_w, partial_w = MATCHINGS["type"].weight, MATCHINGS["partial"].weight
    # type: one same-label pair outweighs k other-label pairs of the best IoU
    assert type_w(same, k1, low)[0] > k * type_w(other, k1, high)[0]
    # partial: one pair outweighs what same labels and IoU can add to k pairs
    assert partial_w(other, k1, low)[0] > k * (partial_w(same, k1, high)[0] - k1 * k1)

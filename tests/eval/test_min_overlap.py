"""``min_overlap``: the share of a gold span an overlapping prediction must cover, as nervaluate 1.2 defines it."""

from __future__ import annotations

import random

import pytest
from nervaluate import Evaluator

from newsgold.errors import UserError
from newsgold.eval import score_documents
from newsgold.eval.registry import SCHEMES

LABELS = ["PER", "ORG", "LOC"]
COUNT_KEYS = ("correct", "incorrect", "partial", "missed", "spurious")


def _counts(row):
    return tuple(row[k] for k in COUNT_KEYS)


def test_threshold_is_a_fraction_of_the_gold_span(make_doc):
    gold = [make_doc("d", [("A", 0, 10)])]
    pred = [make_doc("d", [("A", 0, 4)], "p")]  # covers 40 % of the gold span (and all of itself)
    for min_overlap, expected in ((0.0, (0, 1, 0, 0, 0)), (0.4, (0, 1, 0, 0, 0)), (0.41, (0, 0, 0, 1, 1))):
        schemes = score_documents(gold, pred, n_bootstrap=0, min_overlap=min_overlap).to_json()["schemes"]
        assert _counts(schemes["strict"]["overall"]) == expected, min_overlap
        type_row = schemes["type"]["overall"]
        assert type_row["f1"] == (1.0 if min_overlap <= 0.4 else 0.0)
        assert schemes["partial"]["labels"]["A"]["partial"] == (1 if min_overlap <= 0.4 else 0)


def test_same_boundaries_always_qualify_and_a_stricter_threshold_never_adds_a_pair(make_doc):
    gold = [make_doc("d", [("A", 0, 10), ("B", 20, 30)])]
    pred = [make_doc("d", [("B", 0, 10), ("B", 25, 40)], "p")]
    result = score_documents(gold, pred, n_bootstrap=0, min_overlap=1.0).to_json()["schemes"]
    assert result["exact"]["overall"]["correct"] == 1  # [0,10) with the other label
    assert result["type"]["labels"]["B"]["correct"] == 0  # [25,40) covers half of [20,30)
    assert score_documents(gold, pred, n_bootstrap=0, min_overlap=0.5).to_json()["schemes"]["type"]["labels"]["B"][
        "correct"
    ] == 1


@pytest.mark.parametrize("bad", [-0.1, 1.5, "x", float("nan")])
def test_threshold_outside_zero_one_is_a_user_error(bad, make_doc):
    with pytest.raises(UserError, match="min_overlap"):
        score_documents([make_doc("d", [])], [make_doc("d", [])], min_overlap=bad)


def _separable(seed):
    """Each gold span overlaps at most one prediction: nervaluate's greedy matching is then optimal."""
    rng = random.Random(seed)
    gold, pred = [], []
    for d in range(40):
        g, p, pos = [], [], 0
        for _ in range(rng.randint(0, 10)):
            pos += rng.randint(12, 20)
            s, e, lab = pos, pos + rng.randint(4, 10), rng.choice(LABELS)
            pos = e
            g.append((lab, s, e))
            kind = rng.choice(["exact", "label", "shift", "trunc", "grow", "missed"])
            if kind == "missed":
                continue
            if kind == "label":
                lab = rng.choice([x for x in LABELS if x != lab])
            elif kind == "shift":
                d_ = rng.randint(1, 3)
                s, e = s + d_, e + d_
            elif kind == "trunc":
                s += rng.randint(1, (e - s) - 1)
            elif kind == "grow":
                s, e = s - rng.randint(1, 4), e + rng.randint(0, 3)
            p.append((rng.choice([lab, lab, rng.choice(LABELS)]), s, e))
        gold.append((f"d{d}", g))
        pred.append((f"d{d}", p))
    return gold, pred


def _nv(docs):
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in docs]


@pytest.mark.parametrize("percent", [1, 30, 50, 75, 100])
@pytest.mark.parametrize("seed", [1, 2])
def test_agrees_with_nervaluate_min_overlap_percentage(percent, seed, make_doc):
    g_raw, p_raw = _separable(seed)
    gold = [make_doc(i, spans) for i, spans in g_raw]
    pred = [make_doc(i, spans, "p") for i, spans in p_raw]
    ours = score_documents(gold, pred, n_bootstrap=0, min_overlap=percent / 100).to_json()["schemes"]
    theirs = Evaluator(_nv(gold), _nv(pred), tags=LABELS, loader="dict", min_overlap_percentage=percent).evaluate()
    for scheme in SCHEMES:
        nv = theirs["overall"][scheme.nervaluate]
        assert _counts(ours[scheme.name]["overall"]) == (nv.correct, nv.incorrect, nv.partial, nv.missed,
                                                         nv.spurious), scheme.name  # fmt: skip
        for lab in LABELS:
            nv = theirs["entities"][lab][scheme.nervaluate]
            assert _counts(ours[scheme.name]["labels"][lab]) == (nv.correct, nv.incorrect, nv.partial, nv.missed,
                                                                 nv.spurious), (scheme.name, lab)  # fmt: skip

"""Properties of the matching and the counts: optimality, order invariance, label rows, exact-set equivalence."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgold.eval import score_documents
from newsgold.eval.matching import EXACT, SpanTable, match_spans
from newsgold.eval.schemes import COUNTS, SCHEMES
from newsgold.spandoc import Span, SpanDocument

LABELS = ("A", "B", "C")

span_st = st.tuples(st.sampled_from(LABELS), st.integers(0, 30), st.integers(1, 8)).map(
    lambda t: (t[0], t[1], t[1] + t[2])
)
doc_st = st.lists(span_st, max_size=6)
corpus_st = st.lists(st.tuples(doc_st, doc_st), min_size=1, max_size=4)


def _docs(pairs, side):
    idx = 0 if side == "gold" else 1
    return [
        SpanDocument(f"d{i}", [Span(f"{side[0]}{k}", a, b, lab) for k, (lab, a, b) in enumerate(pair[idx])])
        for i, pair in enumerate(pairs)
    ]


def _counts(result_json):
    return {
        (scheme, key): row
        for scheme, block in result_json["schemes"].items()
        for key, row in [("overall", block["overall"]), *block["labels"].items()]
    }


@settings(max_examples=150, deadline=None)
@given(corpus_st, st.randoms(use_true_random=False))
def test_shuffling_spans_and_documents_changes_nothing(pairs, rnd):
    gold, pred = _docs(pairs, "gold"), _docs(pairs, "pred")
    before = score_documents(gold, pred, n_bootstrap=50, seed=3).to_json()
    for d in gold + pred:
        rnd.shuffle(d.spans)
    rnd.shuffle(gold)
    rnd.shuffle(pred)
    after = score_documents(gold, pred, n_bootstrap=50, seed=3).to_json()
    assert after == before


@settings(max_examples=150, deadline=None)
@given(corpus_st)
def test_a_label_row_is_that_label_scored_alone_and_the_overall_row_counts_every_span(pairs):
    gold, pred = _docs(pairs, "gold"), _docs(pairs, "pred")
    result = score_documents(gold, pred, n_bootstrap=0, zero_division=0).to_json()
    n_gold = sum(len(g) for g, _ in pairs)
    n_pred = sum(len(p) for _, p in pairs)
    for label in result["labels"]:
        alone = score_documents(gold, pred, labels=[label], n_bootstrap=0, zero_division=0).to_json()
        for scheme in SCHEMES:
            assert result["schemes"][scheme]["labels"][label] == alone["schemes"][scheme]["overall"], (label, scheme)
    for scheme in SCHEMES:
        block = result["schemes"][scheme]
        assert (block["overall"]["possible"], block["overall"]["actual"]) == (n_gold, n_pred)
        for key in ("possible", "actual"):  # each span is in exactly one label row
            assert sum(row[key] for row in block["labels"].values()) == block["overall"][key], (scheme, key)


def _objective(gold, pred, pairs, prefer):
    """The lexicographic objective the matching promises to maximise."""
    exact = sum(gold[g] == pred[p] for g, p in pairs)
    bounds = sum(gold[g][1:] == pred[p][1:] for g, p in pairs)
    same = sum(gold[g][0] == pred[p][0] for g, p in pairs)
    return (exact, bounds, same, len(pairs)) if prefer == "type" else (exact, bounds, len(pairs), same)


def _brute_force_best(gold, pred):
    """Best objective over all one-to-one matchings of overlapping pairs, for both preferences."""

    def overlap(g, p):
        return g[1] < p[2] and p[1] < g[2]

    best_type = best_partial = (0, 0, 0, 0)
    n = len(gold)
    for size in range(0, min(len(gold), len(pred)) + 1):
        for gs in itertools.combinations(range(n), size):
            for ps in itertools.permutations(range(len(pred)), size):
                pairs = list(zip(gs, ps, strict=True))
                if not all(overlap(gold[g], pred[p]) for g, p in pairs):
                    continue
                best_type = max(best_type, _objective(gold, pred, pairs, "type"))
                best_partial = max(best_partial, _objective(gold, pred, pairs, "partial"))
    return best_type, best_partial


@settings(max_examples=200, deadline=None)
@given(st.lists(span_st, max_size=5), st.lists(span_st, max_size=5))
def test_matching_is_optimal_against_brute_force(gold, pred):
    """Exact pairs first, then exact boundaries; then type matching maximises (same-label pairs, pairs),
    partial matching (pairs, same-label pairs)."""
    idx = {lab: i for i, lab in enumerate(LABELS)}
    g = SpanTable.build([[Span(f"g{k}", a, b, lab) for k, (lab, a, b) in enumerate(gold)]], idx)
    p = SpanTable.build([[Span(f"p{k}", a, b, lab) for k, (lab, a, b) in enumerate(pred)]], idx)
    best_type, best_partial = _brute_force_best(gold, pred)
    for prefer, best in (("type", best_type), ("partial", best_partial)):
        m = match_spans(g, p, prefer=prefer)
        g_t = [(LABELS[g.label[i]], int(g.start[i]), int(g.end[i])) for i in range(len(g))]
        p_t = [(LABELS[p.label[i]], int(p.start[i]), int(p.end[i])) for i in range(len(p))]
        got = _objective(g_t, p_t, list(zip(m.gold_index, m.pred_index, strict=True)), prefer)
        assert got == best, prefer
        # every matched pair overlaps, every span is used at most once
        assert np.all(g.start[m.gold_index] < p.end[m.pred_index]) and np.all(
            p.start[m.pred_index] < g.end[m.gold_index]
        )
        assert len(set(m.gold_index)) == len(m.gold_index) and len(set(m.pred_index)) == len(m.pred_index)
        assert len(m.gold_index) + len(m.missed) == len(gold) and len(m.pred_index) + len(m.spurious) == len(pred)


def test_exact_matches_always_win_over_more_overlaps(make_doc, overall):
    # Taking the exact pair g0-p0 leaves g1 and p1 unmatched; pairing g0-p1 and g1-p0 would give two
    # overlapping pairs. Exact matches win anyway.
    gold = [make_doc("d", [("A", 0, 10), ("A", 8, 20)])]
    pred = [make_doc("d", [("A", 0, 10), ("A", 2, 9)], "p")]
    result = score_documents(gold, pred, n_bootstrap=0).to_json()
    assert overall(result, "strict")[0] == 1
    idx = {"A": 0}
    g = SpanTable.build([gold[0].spans], idx)
    p = SpanTable.build([pred[0].spans], idx)
    m = match_spans(g, p)
    assert EXACT in m.kind


def test_strict_f1_equals_exact_tuple_set_f1_on_a_large_random_corpus():
    rng = random.Random(20260523)
    gold, pred = [], []
    tp = n_gold = n_pred = 0
    for d in range(400):
        g = {(rng.choice(LABELS), a, a + rng.randint(1, 6)) for a in rng.sample(range(300), 25)}
        p = {s for s in g if rng.random() < 0.6}
        p |= {(rng.choice(LABELS), a, a + rng.randint(1, 6)) for a in rng.sample(range(300), 12)}
        tp += len(g & p)
        n_gold += len(g)
        n_pred += len(p)
        gold.append(SpanDocument(f"d{d}", [Span(f"g{k}", a, b, lab) for k, (lab, a, b) in enumerate(sorted(g))]))
        pred.append(SpanDocument(f"d{d}", [Span(f"p{k}", a, b, lab) for k, (lab, a, b) in enumerate(sorted(p))]))
    precision, recall = tp / n_pred, tp / n_gold
    expected = 2 * precision * recall / (precision + recall)
    strict = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]["overall"]
    assert n_gold > 9000 and 0.3 < expected < 0.9
    assert strict["correct"] == tp
    assert strict["f1"] == pytest.approx(expected, abs=1e-12)


def test_labels_restrict_both_sides_before_matching(make_doc, overall):
    gold = [make_doc("d", [("PER", 0, 5), ("ORG", 10, 20)])]
    pred = [make_doc("d", [("ORG", 0, 5), ("ORG", 10, 20)], "p")]
    all_labels = score_documents(gold, pred, n_bootstrap=0).to_json()
    assert overall(all_labels, "strict")[:5] == (1, 1, 0, 0, 0)
    only_org = score_documents(gold, pred, labels=["ORG"], n_bootstrap=0).to_json()
    # the ORG prediction over the PER gold span is now spurious, not incorrect
    assert overall(only_org, "strict")[:5] == (1, 0, 0, 0, 1)
    assert list(only_org["schemes"]["strict"]["labels"]) == ["ORG"]


def test_prediction_for_unknown_document_is_an_error(make_doc):
    from newsgold.errors import UserError

    with pytest.raises(UserError, match="not in the gold set"):
        score_documents([make_doc("a", [])], [make_doc("b", [])], n_bootstrap=0)


def test_gold_document_without_predictions_counts_as_all_missed(make_doc, overall):
    gold = [make_doc("a", [("PER", 0, 5)]), make_doc("b", [("PER", 0, 5), ("ORG", 6, 9)])]
    pred = [make_doc("a", [("PER", 0, 5)], "p")]
    result = score_documents(gold, pred, n_bootstrap=0)
    assert result.missing_predictions == ["b"]
    assert overall(result.to_json(), "strict")[:5] == (1, 0, 0, 2, 0)


def test_errors_and_confusion_frames(make_doc):
    gold = [make_doc("d", [("PER", 59, 70), ("LOC", 127, 135), ("LOC", 164, 175), ("MISC", 230, 241)])]
    pred = [make_doc("d", [("PER", 24, 31), ("LOC", 124, 135), ("PER", 164, 175), ("LOC", 225, 244)], "p")]
    result = score_documents(gold, pred, n_bootstrap=0)
    errors = result.errors_frame()
    assert list(errors.columns)[:14] == ["doc_id", "kind", "gold_id", "gold_start", "gold_end", "gold_label",
                                         "gold_value", "gold_text", "pred_id", "pred_start", "pred_end",
                                         "pred_label", "pred_value", "pred_text"]  # fmt: skip
    assert sorted(errors["kind"]) == ["boundary", "boundary+label", "label", "missed", "spurious"]
    missed = errors[errors.kind == "missed"].iloc[0]
    assert (missed.gold_start, missed.gold_end, missed.pred_id) == (59, 70, None)
    confusion = result.confusion_frame()
    assert list(confusion.index) == ["LOC", "MISC", "PER", "SPURIOUS"]  # non-schema labels: alphabetical
    assert list(confusion.columns) == ["LOC", "MISC", "PER", "MISSED"]
    assert confusion.loc["LOC", "PER"] == 1 and confusion.loc["LOC", "LOC"] == 1
    assert confusion.loc["MISC", "LOC"] == 1 and confusion.loc["PER", "MISSED"] == 1
    assert confusion.loc["SPURIOUS", "PER"] == 1
    assert int(confusion.to_numpy().sum()) == 5  # 3 pairs, 1 missed, 1 spurious
    frame = result.scores_frame()
    assert set(frame["scheme"]) == {"strict", "exact", "partial", "type"}
    assert frame[(frame.scheme == "strict") & (frame.label == "overall")]["correct"].item() == 0


def test_offsets_past_32_bits_still_score(make_doc, overall):
    big = 2**31 + 10
    gold = [make_doc("d", [("A", big, big + 5), ("A", 3, 9)])]
    pred = [make_doc("d", [("A", big, big + 5), ("A", 4, 9)], "p")]
    result = score_documents(gold, pred, n_bootstrap=10).to_json()
    assert overall(result, "strict")[:5] == (1, 1, 0, 0, 0)
    assert overall(result, "type")[:5] == (2, 0, 0, 0, 0)


def test_type_and_partial_each_get_their_best_matching(make_doc, overall):
    # Two same-label pairs are best for type; three mixed-label pairs are best for partial.
    gold = [make_doc("d", [("A", 27, 33), ("B", 33, 35), ("A", 31, 36)])]
    pred = [make_doc("d", [("A", 27, 32), ("A", 32, 36), ("B", 30, 32)], "p")]
    result = score_documents(gold, pred, n_bootstrap=0).to_json()
    assert overall(result, "type")[:5] == (2, 0, 0, 1, 1)
    assert overall(result, "partial")[:5] == (0, 0, 3, 0, 0)
    assert overall(result, "strict")[:5] == (0, 2, 0, 1, 1)

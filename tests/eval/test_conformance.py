"""Per-label rows against the field's references: seqeval (conlleval's chunking) and nervaluate.

newsgold's row for label L matches the gold L spans against the predicted L
spans only, so its strict per-label P/R/F1 are conlleval's and seqeval's, and
its macro / weighted averages are seqeval's ``classification_report``'s.
"""

from __future__ import annotations

import random
import warnings

import pytest
from nervaluate import Evaluator
from seqeval.metrics import classification_report

from newsgold.eval import score_documents
from newsgold.eval.scoring import UndefinedMetricWarning
from newsgold.eval.tokens import tags_to_spans
from newsgold.spandoc import SpanDocument

LABELS = ["PER", "ORG", "LOC", "MISC"]


def _random_tags(rng: random.Random, n: int) -> list[str]:
    """Random BIO tags, ill-formed sequences included (I-X after O or after B-Y)."""
    tags = []
    for _ in range(n):
        r = rng.random()
        tags.append("O" if r < 0.45 else f"{'B' if r < 0.75 else 'I'}-{rng.choice(LABELS)}")
    return tags


def _perturb(rng: random.Random, tags: list[str]) -> list[str]:
    out = list(tags)
    for i in range(len(out)):
        if rng.random() < 0.25:
            out[i] = _random_tags(rng, 1)[0]
    return out


def _docs(seqs: list[list[str]], prefix: str) -> list[SpanDocument]:
    return [
        SpanDocument(f"s{i:04d}", tags_to_spans([(k, k + 1) for k in range(len(tags))], tags, prefix=prefix))
        for i, tags in enumerate(seqs)
    ]


def _ours(gold_seqs, pred_seqs) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        return score_documents(_docs(gold_seqs, "g"), _docs(pred_seqs, "p"), n_bootstrap=0).to_json()


@pytest.mark.parametrize("seed", range(12))
def test_strict_per_label_macro_and_weighted_equal_seqeval_classification_report(seed):
    rng = random.Random(seed)
    gold = [_random_tags(rng, rng.randint(0, 25)) for _ in range(rng.randint(1, 40))]
    pred = [_perturb(rng, g) for g in gold]
    if seed % 4 == 0:  # one label only ever predicted wrongly, one never predicted
        pred = [[t.replace("MISC", "ORG") for t in p] for p in pred]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # seqeval's UndefinedMetricWarning
        ref = classification_report(gold, pred, output_dict=True, digits=6)
    ours = _ours(gold, pred)["schemes"]["strict"]
    ref_labels = {k for k in ref if k not in ("micro avg", "macro avg", "weighted avg")}
    seen = {lab for lab, row in ours["labels"].items() if row["possible"] + row["actual"] > 0}
    assert seen == ref_labels
    for lab in ref_labels:
        row = ours["labels"][lab]
        assert row["possible"] == ref[lab]["support"], lab
        for metric, ref_key in (("precision", "precision"), ("recall", "recall"), ("f1", "f1-score")):
            assert row[metric] == pytest.approx(ref[lab][ref_key], abs=1e-4), (lab, metric)
    for ours_key, ref_key in (("macro", "macro avg"), ("weighted", "weighted avg")):
        for metric, rk in (("precision", "precision"), ("recall", "recall"), ("f1", "f1-score")):
            assert ours[ours_key][metric] == pytest.approx(ref[ref_key][rk], abs=1e-4), (ours_key, metric)
    for metric, rk in (("precision", "precision"), ("recall", "recall"), ("f1", "f1-score")):
        assert ours["overall"][metric] == pytest.approx(ref["micro avg"][rk], abs=1e-4), metric


# --- the three cases of issue 12 -------------------------------------------------------------


def test_wrong_label_prediction_is_a_spurious_prediction_in_its_own_row(make_doc):
    """gold PER[0,1) LOC[4,5), predicted PER[0,1) PER[4,5): PER precision 1/2, as conlleval."""
    gold = [make_doc("d", [("PER", 0, 1), ("LOC", 4, 5)])]
    pred = [make_doc("d", [("PER", 0, 1), ("PER", 4, 5)], "p")]
    strict = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]
    per, loc = strict["labels"]["PER"], strict["labels"]["LOC"]
    assert (per["correct"], per["spurious"], per["precision"], per["recall"]) == (1, 1, 0.5, 1.0)
    assert (loc["missed"], loc["actual"], loc["recall"], loc["f1"]) == (1, 0, 0.0, 0.0)
    assert loc["undefined"] == ["precision"]
    # the overall row still matches across labels: PER[4,5) against LOC[4,5) is one incorrect pair
    assert (strict["overall"]["correct"], strict["overall"]["incorrect"]) == (1, 1)


def test_a_label_predicted_once_and_wrongly_is_not_a_perfect_row(make_doc):
    gold = [make_doc("d", [("LOC", 0, 1)])]
    pred = [make_doc("d", [("PER", 0, 1)], "p")]
    with pytest.warns(UndefinedMetricWarning, match=r"precision of LOC.*recall of PER"):
        result = score_documents(gold, pred, n_bootstrap=0).to_json()
    for scheme in ("strict", "type"):
        per = result["schemes"][scheme]["labels"]["PER"]
        assert (per["precision"], per["recall"], per["f1"]) == (0.0, 0.0, 0.0)
        assert (per["spurious"], per["undefined"]) == (1, ["recall"])
    # exact and partial ignore labels, but a label row only sees its own label's spans
    assert result["schemes"]["exact"]["labels"]["PER"]["f1"] == 0.0
    assert result["schemes"]["exact"]["overall"]["f1"] == 1.0


def test_macro_averages_over_labels_in_gold_or_predictions(make_doc):
    gold = [make_doc("d", [("LOC", 0, 1), ("LOC", 4, 5)])]
    pred = [make_doc("d", [("PER", 0, 1), ("LOC", 4, 5)], "p")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        strict = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]
    assert strict["macro"]["f1"] == pytest.approx(1 / 3)
    assert strict["weighted"]["f1"] == pytest.approx(2 / 3)  # PER has no gold support
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = classification_report([["B-LOC", "O", "O", "O", "B-LOC"]], [["B-PER", "O", "O", "O", "B-LOC"]],
                                    output_dict=True)  # fmt: skip
    assert strict["macro"]["f1"] == pytest.approx(ref["macro avg"]["f1-score"])


def test_label_absent_from_both_sides_is_undefined_and_outside_the_macro(make_doc):
    gold = [make_doc("d", [("PER", 0, 3)])]
    pred = [make_doc("d", [("PER", 0, 3)], "p")]
    with pytest.warns(UndefinedMetricWarning, match="P/R/F1 of LOC"):
        strict = score_documents(gold, pred, labels=["PER", "LOC"], n_bootstrap=0).to_json()["schemes"]["strict"]
    loc = strict["labels"]["LOC"]
    assert (loc["precision"], loc["recall"], loc["f1"]) == (0.0, 0.0, 0.0)
    assert loc["undefined"] == ["precision", "recall", "f1"]
    assert strict["macro"]["f1"] == 1.0  # PER only: LOC is in neither gold nor predictions


# --- nervaluate: per-label counts where its greedy matching is optimal -------------------------


def _nv(docs):
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in docs]


NV_SCHEME = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}


def test_per_label_rows_equal_nervaluate_results_by_tag_on_its_readme_example(make_doc):
    """nervaluate's README example (one document): its per-tag counts, concrete."""
    gold = [make_doc("d", [("PER", 59, 70), ("LOC", 127, 135), ("LOC", 164, 175), ("LOC", 197, 206),
                           ("LOC", 208, 220), ("MISC", 230, 241)])]  # fmt: skip
    pred = [make_doc("d", [("PER", 24, 31), ("LOC", 124, 135), ("PER", 164, 175), ("LOC", 197, 206),
                           ("LOC", 208, 220), ("LOC", 225, 244)], "p")]  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]
    by_tag = Evaluator(_nv(gold), _nv(pred), tags=["PER", "LOC", "MISC"], loader="dict").evaluate()["entities"]
    expected = {  # (correct, incorrect, partial, missed, spurious) per label, strict and partial
        ("LOC", "strict"): (2, 1, 0, 1, 1),
        ("LOC", "partial"): (2, 0, 1, 1, 1),
        ("PER", "strict"): (0, 0, 0, 1, 2),
        ("MISC", "strict"): (0, 0, 0, 1, 0),
    }
    for (lab, scheme), counts in expected.items():
        row = ours[scheme]["labels"][lab]
        assert tuple(row[k] for k in ("correct", "incorrect", "partial", "missed", "spurious")) == counts
        nv = by_tag[lab][NV_SCHEME[scheme]]
        assert (nv.correct, nv.incorrect, nv.partial, nv.missed, nv.spurious) == counts
    assert ours["partial"]["labels"]["LOC"]["precision"] == pytest.approx(2.5 / 4)
    assert ours["strict"]["labels"]["LOC"]["f1"] == pytest.approx(0.5)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_per_label_rows_equal_nervaluate_where_its_matching_is_unambiguous(seed, separable_corpus):
    gold, pred = separable_corpus(seed, LABELS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]
    by_tag = Evaluator(_nv(gold), _nv(pred), tags=LABELS, loader="dict").evaluate()["entities"]
    for lab in LABELS:
        for scheme, nv_name in NV_SCHEME.items():
            row, nv = ours[scheme]["labels"][lab], by_tag[lab][nv_name]
            assert tuple(row[k] for k in ("correct", "incorrect", "partial", "missed", "spurious")) == (
                nv.correct, nv.incorrect, nv.partial, nv.missed, nv.spurious), (lab, scheme)  # fmt: skip
            for metric in ("precision", "recall", "f1"):
                assert row[metric] == pytest.approx(getattr(nv, metric)), (lab, scheme, metric)

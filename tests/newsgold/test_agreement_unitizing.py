"""Krippendorff's unitizing alpha against the worked examples printed in the literature.

Where each expected number comes from:

* Krippendorff, K. (2004). *Content Analysis: An Introduction to Its Methodology*, 2nd ed.,
  section 12.4, worked example p. 254: two observers, a continuum of 300 units starting at 150,
  values c and k. Printed: Do(c) = .0144, De(c) = .0532, αu(c) = .7286; Do(k) = 0, De(k) = .0490,
  αu(k) = 1; over both values αu = .8591. (The printed .8591 is computed from the rounded
  .0144 / (.0532 + .0490); unrounded it is .8587, so that one is checked to ±.0005.) The units
  are as transcribed in DKPro Statistics' Krippendorff2004Test.createExample and its distance
  checks (50, 850 and 400 for the three disagreeing pairs), which cite the same page.
* Krippendorff, K. (1995). On the reliability of unitizing continuous data. *Sociological
  Methodology* 25:47-76, the example of p. 57: four pairs of observers (A Bertha/Bill, B John/Jill,
  C Gerret/Gill, D Heather/Hill) on a continuum of 24. The observed disagreements and the alphas
  are as transcribed in DKPro Statistics' Krippendorff1995Test (Do: .03125, 2.26736, .02777,
  .38715; αu: .553, -.926, .679, .066, the alphas for the continuous case, which the test
  approaches by stretching the continuum 50,000 times). DKPro notes an error in the paper's
  computation of De; our De reproduces A and D to three decimals, B to .002, and C only to
  .014, so C's alpha is checked against the 2004 definition's own value with that discrepancy
  stated here rather than hidden in a loose tolerance.
"""

from __future__ import annotations

import pytest

from newsgold.agreement.unitizing import label_disagreement, segments, unitizing_alpha


def _units(pairs: list[tuple[int, int]], offset: int = 0, stretch: int = 1) -> list[tuple[int, int]]:
    """(begin, length) as printed -> [start, end) relative to the continuum start."""
    return [((b - offset) * stretch, (b - offset + n) * stretch) for b, n in pairs]


def test_krippendorff_2004_worked_example() -> None:
    start, length = 150, 300
    i = {"c": {"d": _units([(225, 70), (370, 30)], start)}, "k": {"d": _units([(180, 60), (300, 50)], start)}}
    j = {"c": {"d": _units([(220, 80), (355, 20), (400, 20)], start)}, "k": {"d": _units([(180, 60), (300, 50)], start)}}
    per_label, overall = unitizing_alpha([i, j], {"d": length})
    c, k = per_label["c"], per_label["k"]
    assert round(c.observed, 4) == 0.0144 and round(c.expected, 4) == 0.0532
    assert round(c.alpha, 4) == 0.7286
    assert k.observed == 0 and round(k.expected, 4) == 0.0490 and k.alpha == 1.0
    assert overall == pytest.approx(0.8591, abs=0.0005)
    # the three disagreements of the example, as the book spells them out: 50 + 850 + 400, both directions
    assert c.observed * 2 * length**2 == pytest.approx(2 * (50 + 850 + 400))


EXAMPLE_1995 = {  # observer 1, observer 2 as (begin, length); continuum [0, 24)
    "A": ([(2, 8), (14, 6)], [(4, 4), (15, 2)]),
    "B": ([(0, 18)], [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)]),
    "C": ([(2, 6), (10, 2), (14, 4), (20, 2)], [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)]),
    "D": ([(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)], [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)]),
}


@pytest.mark.parametrize(
    ("name", "observed", "alpha", "tolerance"),
    [("A", 0.03125, 0.553, 0.001), ("B", 2.26736, -0.926, 0.003), ("C", 0.02777, 0.679, 0.015), ("D", 0.38715, 0.066, 0.001)],
)
def test_krippendorff_1995_examples(name: str, observed: float, alpha: float, tolerance: float) -> None:
    a, b = EXAMPLE_1995[name]
    exact = label_disagreement([{"d": _units(a)}, {"d": _units(b)}], {"d": 24})
    assert exact.observed == pytest.approx(observed, abs=1e-5)
    stretch = 50_000  # the paper's alphas are for the continuous case
    cont = label_disagreement([{"d": _units(a, stretch=stretch)}, {"d": _units(b, stretch=stretch)}], {"d": 24 * stretch})
    assert cont.observed == pytest.approx(observed, abs=1e-5)  # Do does not depend on the scale
    assert cont.alpha == pytest.approx(alpha, abs=tolerance)


def test_identical_annotations_agree_perfectly_and_order_does_not_matter() -> None:
    units = {"PERSON": {"d1": [(0, 3), (10, 14)], "d2": [(5, 9)]}, "GPE": {"d1": [(20, 24)]}}
    shuffled = {"GPE": {"d1": [(20, 24)]}, "PERSON": {"d2": [(5, 9)], "d1": [(10, 14), (0, 3)]}}
    per_label, overall = unitizing_alpha([units, shuffled], {"d1": 30, "d2": 12})
    assert overall == 1.0 and all(d.alpha == 1.0 for d in per_label.values())


def test_a_boundary_off_by_one_costs_little_a_missing_unit_much() -> None:
    lengths = {"d": 200}
    ref = {"PERSON": {"d": [(10, 20), (50, 60), (100, 110)]}}
    off_by_one = {"PERSON": {"d": [(10, 21), (50, 60), (100, 110)]}}
    missing = {"PERSON": {"d": [(50, 60), (100, 110)]}}
    _, near = unitizing_alpha([ref, off_by_one], lengths)
    _, far = unitizing_alpha([ref, missing], lengths)
    assert near is not None and far is not None and 0.95 < near < 1.0 and far < near - 0.2


def test_documents_do_not_join_gaps() -> None:
    # a gap ends at a document boundary: two 10-character documents, no units -> two gaps of 10, not one of 20
    assert [(s, e, u) for s, e, u in segments([], 10)] == [(0, 10, False)]
    one = label_disagreement([{"a": [(0, 10)]}, {"a": []}], {"a": 10, "b": 10})
    assert one.observed > 0 and one.expected > 0

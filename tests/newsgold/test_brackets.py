"""A name's own closing bracket: kept by the gold checker and the entity rules alike."""

from __future__ import annotations

import pytest

from newsgold.brackets import closes_own_bracket


@pytest.mark.parametrize(
    ("name", "own"),
    [("CPI(M)", True), ("Unit [B]", True), ("Lavrov)", False), ("(Lavrov", False), ("Lavrov", False), ("", False),
     ("CPI(M))", False), ("X{y}", True)],
)  # fmt: skip
def test_a_bracket_is_the_names_only_when_opened_inside_it(name: str, own: bool) -> None:
    assert closes_own_bracket(name) is own

"""One validator for numeric options: bounded, finite, short."""

from __future__ import annotations

import argparse

import pytest

from newsgold import numeric_options as no
from newsgold.errors import UserError


@pytest.mark.parametrize(
    ("parse", "value"),
    [
        (no.seed, "-1"),
        (no.seed, str(2**64)),
        (no.bootstrap, "99999999999"),
        (no.bootstrap, "-5"),
        (no.timeout, "nan"),
        (no.timeout, "inf"),
        (no.timeout, "-inf"),
        (no.timeout, "0"),
        (no.timeout, "-3"),
        (no.timeout, "1e308"),
        (no.port, "99999"),
        (no.port, "-1"),
        (no.confidence, "1"),
        (no.confidence, "nan"),
        (no.positive_int, "0"),
        (no.seed, "9" * 400),
        (no.seed, "1.5"),
    ],
)
def test_refused_with_a_short_message(parse, value: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(argparse.ArgumentTypeError) as info:
        parse(value)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize(
    ("parse", "value", "expected"),
    [(no.seed, "0", 0), (no.seed, str(2**63 - 1), 2**63 - 1), (no.bootstrap, "100000", 100000),
     (no.timeout, "0.5", 0.5), (no.port, "0", 0), (no.port, "65535", 65535), (no.confidence, "0.9", 0.9)],
)
def test_accepted(parse, value: str, expected: float) -> None:  # type: ignore[no-untyped-def]
    assert parse(value) == expected


@pytest.mark.parametrize("value", [10**400, "9" * 400, float("nan"), float("inf"), -0.1, 1.5, True, [0.5], "x"])
def test_threshold_refused(value: object) -> None:
    with pytest.raises(UserError) as info:
        no.threshold(value, "gate 'strict.f1'")
    assert len(str(info.value)) < 200


def test_threshold_accepted() -> None:
    assert no.threshold("0.5", "g") == 0.5 and no.threshold(1, "g") == 1.0

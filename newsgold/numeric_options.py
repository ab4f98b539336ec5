"""One place that validates numbers given on the command line or in a config file.

Every parser uses these as argparse ``type=`` functions (or calls them on a
config value), so a negative seed, a billion bootstrap resamples, a ``nan``
timeout, port 99999 or a 400-digit threshold is refused the same way: one
line naming the option and the allowed range (exit 2), before any work.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

MAX_BOOTSTRAP = 100_000
"""Most resamples an interval may ask for. The default 1000 already gives stable 95 % bounds; 10^5 took
12 s and 260 MB against 3.3 s for 1000 (``newsgold eval score --gold gold --pred gold --bootstrap N`` on the
shipped gold, /usr/bin/time, loaded 2-core machine, 2026-11-30); 10^11 would allocate gigabytes."""
MAX_SEED = 2**63 - 1
MAX_PORT = 65_535
MAX_TIMEOUT = 7 * 24 * 3600.0
"""A week: above that a timeout is a typo, and ``time`` functions overflow for values near float max."""
MAX_OPTION_CHARS = 40
"""Longest text accepted for a number (also bounds the error message that quotes it)."""


def _excerpt(value: object) -> str:
    text = str(value)
    return repr(text if len(text) <= MAX_OPTION_CHARS else text[:MAX_OPTION_CHARS] + "...")


def _number_text(value: str) -> str:
    text = str(value).strip()
    if len(text) > MAX_OPTION_CHARS:
        raise argparse.ArgumentTypeError(f"{_excerpt(text)} is too long for a number (at most {MAX_OPTION_CHARS} characters)")
    return text


def _convert(value: str, convert: Callable[[str], T], what: str) -> tuple[T, str]:
    """``convert`` of the bounded text of ``value`` and that text; ArgumentTypeError naming ``what``."""
    text = _number_text(value)
    try:
        return convert(text), text
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {what}, got {_excerpt(text)}") from None


def whole_number(low: int, high: int | None = None, what: str = "a whole number") -> Callable[[str], int]:
    """An argparse type for an integer in ``[low, high]`` (``high`` None: no upper bound beyond the length cap)."""

    def parse(value: str) -> int:
        n, text = _convert(value, int, what)
        if n < low or (high is not None and n > high):
            bound = f"from {low} to {high:,}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"expected {what} {bound}, got {_excerpt(text)}")
        return n

    parse.__name__ = "whole number"  # argparse names the type in "invalid ... value" messages
    return parse


def finite_number(
    low: float, high: float, *, low_open: bool = False, high_open: bool = False, what: str = "a number"
) -> Callable[[str], float]:
    """An argparse type for a finite float in ``[low, high]`` (an end excluded with ``low_open`` / ``high_open``)."""

    def parse(value: str) -> float:
        x, text = _convert(value, float, what)
        if not math.isfinite(x) or x < low or x > high or (low_open and x == low) or (high_open and x == high):
            interval = f"{'(' if low_open else '['}{low:g}, {high:g}{')' if high_open else ']'}"
            raise argparse.ArgumentTypeError(f"expected {what} in {interval}, got {_excerpt(text)}")
        return x

    parse.__name__ = "number"
    return parse


seed = whole_number(0, MAX_SEED, "a seed")
bootstrap = whole_number(0, MAX_BOOTSTRAP, "a number of resamples")
port = whole_number(0, MAX_PORT, "a port")
positive_int = whole_number(1, 10**9, "a whole number")
timeout = finite_number(0.0, MAX_TIMEOUT, low_open=True, what="a number of seconds")
confidence = finite_number(0.0, 1.0, low_open=True, high_open=True, what="a confidence level")


def threshold(value: object, where: str) -> float:
    """A gate threshold from the command line or a TOML file: a finite number in [0, 1].

    Raises :class:`~newsgold.errors.UserError` naming ``where``; a 400-digit
    integer (valid TOML) is refused by its length instead of overflowing.
    """
    from newsgold.errors import UserError

    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise UserError(f"{where}: threshold {_excerpt(value)} is not a number")
    try:
        text = _number_text(str(value))
        number = float(text)
    except (argparse.ArgumentTypeError, ValueError):
        raise UserError(f"{where}: threshold {_excerpt(value)} is not a number in [0, 1]") from None
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise UserError(f"{where}: threshold {_excerpt(value)} must lie in [0, 1]")
    return number

"""``python -m newsgold ...`` is the ``newsgold`` console script."""

from newsgold.cli import console

console()

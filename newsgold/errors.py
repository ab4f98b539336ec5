"""newsgold's errors: one hierarchy, which the command line turns into one line and exit status 2.

- :class:`NewsgoldError`: every error newsgold raises on purpose (the CLI
  prints its message, no traceback, exit status ``exit_code``).
- :class:`InvalidInput` (a ``NewsgoldError`` *and* a ``ValueError``): the
  input is wrong (a file, an argument, a value), so a caller's
  ``except ValueError`` catches it as it would from any library.
- ``UserError`` is the historical name of ``InvalidInput``; code raising or
  catching it keeps working.

Anything else is a bug in newsgold and keeps its traceback.
"""

from __future__ import annotations


class NewsgoldError(Exception):
    """Base of every error newsgold raises on purpose; the message says what is wrong and what to do."""

    exit_code = 2


class InvalidInput(NewsgoldError, ValueError):
    """Bad input or environment: a file, an argument or a value newsgold cannot use."""


UserError = InvalidInput
"""The historical name of :class:`InvalidInput` (``except UserError`` and ``raise UserError(...)`` keep working)."""


class InputFormatError(InvalidInput):
    """A file does not follow the span document format (``file:line: what``)."""

"""Errors that the command line turns into one line and exit status 2.

Anything raised as a :class:`UserError` is the user's input or environment
being wrong (a bad file, a dead server, a missing option); the CLI prints its
message without a traceback. Anything else is a bug in newsgold and keeps its
traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or environment; the message says what is wrong and what to do."""

    exit_code = 2


class InputFormatError(UserError):
    """A file does not follow the span document format (``file:line: what``)."""

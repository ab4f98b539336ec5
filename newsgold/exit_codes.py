"""The exit statuses every newsgold command uses, and the one epilog that documents them in each ``--help``.

CI reads the status, so each has exactly one meaning: 1 is never a crash.
"""

from __future__ import annotations

from newsgold.numeric_options import MAX_BOOTSTRAP, MAX_OPTION_CHARS

OK = 0
GATE_FAILED = 1
"""A threshold or baseline gate failed (``eval report``), the gold set breaks a rule (``gold check``), or an
adjudication is needed (``annotate pull``)."""
BAD_INPUT = 2
INTERNAL_ERROR = 3
INTERRUPTED = 130

EPILOG = f"""\
exit status:
  0  done (every gate passed)
  1  a gate failed (eval report), the gold set breaks a rule (gold check),
     or an adjudication is needed (annotate pull); nothing else exits 1
  2  bad input or usage: one line on stderr says what and where
  3  internal error (a bug in newsgold): one line on stderr names the bug and the
     file that holds its traceback; please report it with that file
limits: --bootstrap at most {MAX_BOOTSTRAP:,}; --seed 0 to 2**63-1; --timeout a finite
  number of seconds; --port 0 to 65535; numbers and thresholds at most {MAX_OPTION_CHARS} characters;
  input files must be regular files (not a FIFO or a device)."""

"""``python -m newsgold.annotate ...`` is ``newsgold annotate ...``."""

import sys

from newsgold.cli import run_area

sys.exit(run_area("annotate", prog="python -m newsgold.annotate"))

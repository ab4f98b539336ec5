"""``python -m newsgold.eval ...`` is ``newsgold eval ...``."""

import sys

from newsgold.cli import run_area

sys.exit(run_area("eval", prog="python -m newsgold.eval"))

"""``python -m newsgold.eval ...`` is ``newsgold eval ...``."""

from newsgold import process_exit
from newsgold.cli import run_area

process_exit.start_holding()
process_exit.exit_process(run_area("eval", prog="python -m newsgold.eval"))

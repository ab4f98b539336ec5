"""``python -m newsgold ...`` is the ``newsgold`` console script."""

import sys

from newsgold.cli import main

sys.exit(main())

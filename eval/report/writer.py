"""Writing the report set into ``--out`` as a whole: the old set or the new one, never a mix.

The report set is ``report.json``, ``report.md``, ``report.html`` and
``predictions/NAME.jsonl`` (what ``extractors.NAME.reproduce`` scores). They
describe one run, so they are replaced together: the new set is written
complete into a sibling folder (a copy of the old one, so files of the user's
in ``--out`` are carried over) and swapped in with renames
(:func:`newsgold.goldset.folder.replace_folder`, the same swap ``annotate
pull`` uses for the gold folder). An interruption at any moment leaves the
previous set byte for byte or the complete new one; a sibling left by a
killed run is removed by the next run. Two runs into one ``--out`` take turns
through a lock (``flock``) on its parent folder: the second waits, says so,
and then replaces the first one's set with its own, whole.

This is the one place the report writes into ``--out``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from newsgold.errors import UserError
from newsgold.goldset.folder import folder_lock, replace_folder

PREDICTIONS_DIR = "predictions"
REPORT_MODE = 0o644
"""Reports are for everyone (CI artifacts, a web server), whatever the umask."""
REPORT_FILES = ("report.json", "report.md", "report.html")


def check_own_folder(out_dir: Path, keep_out: Mapping[str, Path]) -> None:
    """Refuse an ``--out`` that is not a folder of its own.

    The set is swapped in by renaming ``--out`` as a whole, so it must not be
    the current folder or one above it, nor a folder holding the corpus or
    the gold set (``keep_out``: what, path).
    """
    target = Path(os.path.abspath(out_dir)).resolve()
    cwd = Path.cwd().resolve()
    if target == cwd or target in cwd.parents:
        raise UserError(
            f"--out {out_dir}: the report folder is replaced as a whole, so it cannot be the current folder "
            "or one above it; name a folder of its own, e.g. --out reports"
        )
    for what, path in keep_out.items():
        inside = Path(os.path.abspath(path)).resolve()
        if inside == target or target in inside.parents:
            raise UserError(
                f"--out {out_dir}: holds the {what} ({path}); the report folder is replaced as a whole, "
                "so name a folder of its own, e.g. --out reports"
            )


def _say_waiting(out_dir: Path) -> None:
    print(f"newsgold eval report: waiting for another run writing into {out_dir}", file=sys.stderr, flush=True)


def write_report_set(out_dir: Path, files: Mapping[str, bytes]) -> dict[str, Path]:
    """Replace the report set in ``out_dir`` with ``files`` (paths relative to it), all at once.

    ``predictions/*.jsonl`` of an earlier run that this run did not write are
    removed, so the folder describes one run. Returns the final path of each file.
    """
    out_dir = Path(out_dir)
    real = Path(os.path.realpath(out_dir))  # a symlinked --out: the folder it points to is swapped, the link stays
    changes: dict[Path, bytes | None] = {Path(rel): data for rel, data in files.items()}
    with folder_lock(real, on_wait=lambda: _say_waiting(out_dir)):
        old_predictions = real / PREDICTIONS_DIR
        if old_predictions.is_dir():
            for stale in old_predictions.glob("*.jsonl"):
                changes.setdefault(Path(PREDICTIONS_DIR) / stale.name, None)
        replace_folder(real, changes, file_mode=REPORT_MODE)
    return {rel: out_dir / rel for rel in files}

"""``newsgold init``: lay out a new project from the files shipped inside the package.

A project is a folder with ``newsgold.toml`` (:mod:`newsgold.project`),
``corpus/`` (a manifest template and its README), ``gold/GUIDELINES.md`` (the
annotation guidelines of the shipped gold set), a GitHub Actions workflow and a
``.gitignore`` for what newsgold writes. ``example=True`` adds the two shipped
articles and their gold set, so ``newsgold eval report`` runs at once.

The shipped files live in ``newsgold/init-files/`` (package data); a test keeps them
byte-identical to the repository's ``corpus/``, ``gold/gold.jsonl`` and
``gold/GUIDELINES.md``.
"""

from __future__ import annotations

import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from newsgold.atomic import atomic_write_bytes
from newsgold.errors import UserError
from newsgold.project import CONFIG_NAME, render_config

GITIGNORE = "# written by newsgold: reports, caches, a local Label Studio's data\nreports/\n.newsgold-cache/\n.ls-data/\n"


def shipped_data() -> Traversable:
    """The package's ``init-files/`` folder (works from a wheel, a zip or an editable install)."""
    return files("newsgold") / "init-files"


def planned_files(example: bool) -> dict[Path, bytes]:
    """Relative path -> content of every file ``init`` writes."""
    data = shipped_data()
    plan: dict[Path, bytes] = {
        Path(CONFIG_NAME): render_config().encode("utf-8"),
        Path(".gitignore"): GITIGNORE.encode("utf-8"),
        Path("corpus") / "README.md": (data / "corpus-README.md").read_bytes(),
        Path("corpus") / "manifest.jsonl": b"",
        Path("gold") / "GUIDELINES.md": (data / "GUIDELINES.md").read_bytes(),
        Path(".github") / "workflows" / "newsgold-report.yml": (data / "newsgold-report.yml").read_bytes(),
    }
    if example:
        example_dir = data / "example"
        for folder in ("corpus", "gold"):
            for item in sorted((example_dir / folder).iterdir(), key=lambda t: t.name):
                if item.is_file():
                    plan[Path(folder) / item.name] = item.read_bytes()
    return plan


def init_project(dest: str | os.PathLike[str], *, example: bool = False) -> list[Path]:
    """Create the project in ``dest`` (created if missing); returns the files written.

    Refuses (UserError, nothing written) when ``dest`` is already a project or
    any file it would write exists: ``init`` never overwrites anyone's work.
    """
    root = Path(dest)
    if root.exists() and not root.is_dir():
        raise UserError(f"{root}: exists and is not a folder")
    plan = planned_files(example)
    if (root / CONFIG_NAME).exists():
        raise UserError(f"{root / CONFIG_NAME}: already a newsgold project; nothing was written")
    clashes = [str(root / rel) for rel in plan if (root / rel).exists()]
    if clashes:
        raise UserError(f"{', '.join(clashes[:3])}: already exist(s); nothing was written (choose an empty folder)")
    written: list[Path] = []
    for rel, content in plan.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, content)
        written.append(path)
    return written

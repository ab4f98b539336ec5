"""Rebuild gold/ through Label Studio, the way the gold set was made (issue 5).

The labels come from people reading the articles (``gold/passes/``: two
independent passes and the adjudicated version). This script only drives
newsgold's own commands against a real Label Studio, so that the gold set in
``gold/`` is exactly what ``newsgold annotate pull`` produces from the
server, with the server's provenance:

1. start a local Label Studio on a fresh SQLite data folder (or use ``--url``),
2. ``newsgold annotate push`` the corpus (no pre-annotations: the first pass
   must not be biased by an extractor),
3. ``newsgold annotate submit`` each pass under its own annotator account,
4. ``newsgold annotate pull`` into a scratch folder: the agreement report of
   the two passes before adjudication,
5. ``newsgold annotate submit --ground-truth`` the adjudicated version under
   the adjudicator's account,
6. ``newsgold annotate pull --out gold/``.

Usage: ``.venv/bin/python scripts/make_gold.py [--force]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from newsgold.annotate.server import LocalServer, free_port

ROOT = Path(__file__).resolve().parent.parent
PASSES = ROOT / "gold" / "passes"
PROJECT = "newsgold gold set"
ANNOTATORS = {
    "annotator-1@newsgold.local": PASSES / "annotator-1.jsonl",
    "annotator-2@newsgold.local": PASSES / "annotator-2.jsonl",
}
ADJUDICATOR = "adjudicator@newsgold.local"


def newsgold(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "newsgold.cli", *args]
    print("$ newsgold " + " ".join(args), flush=True)
    run = subprocess.run(cmd, env=env, cwd=ROOT, text=True, capture_output=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr)
    if check and run.returncode != 0:
        raise SystemExit(f"newsgold {args[0]} {args[1]} failed with exit status {run.returncode}")
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="overwrite a gold/gold.jsonl that differs")
    parser.add_argument("--keep", type=Path, help="keep the Label Studio data folder here (default: a temp folder)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="newsgold-gold-"))
    data_dir = args.keep or workdir / "ls-data"
    config = workdir / "connection.json"
    server = LocalServer(data_dir, port=free_port(), config_path=config)
    print(f"starting Label Studio in {data_dir} ...", flush=True)
    server.start()
    try:
        env = dict(os.environ, NEWSGOLD_LABEL_STUDIO_CONFIG=str(config))
        env.pop("LABEL_STUDIO_URL", None)
        env.pop("LABEL_STUDIO_API_KEY", None)
        newsgold("annotate", "push", "--project", PROJECT, "--no-progress", env=env)
        for email, path in ANNOTATORS.items():
            newsgold("annotate", "submit", "--project", PROJECT, "--annotator", email, "--from", str(path), env=env)
        before = workdir / "before-adjudication"
        newsgold("annotate", "pull", "--project", PROJECT, "--out", str(before), env=env, check=False)
        shutil.copy(before / "agreement.md", PASSES / "agreement-before-adjudication.md")
        shutil.copy(before / "agreement.json", PASSES / "agreement-before-adjudication.json")
        newsgold(
            "annotate", "submit", "--project", PROJECT, "--annotator", ADJUDICATOR,
            "--from", str(PASSES / "adjudicated.jsonl"), "--ground-truth", env=env,
        )
        pull = ["annotate", "pull", "--project", PROJECT, "--out", str(ROOT / "gold")]
        newsgold(*pull, *(["--force"] if args.force else []), env=env)
        newsgold("gold", "check", env=env)
    finally:
        server.stop()
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write newsgold/model_pins.json from the model as installed by `make install` (hash-checked wheel).

Usage: ``.venv/bin/python scripts/pin_model.py`` after ``make install``; review the diff and commit
it with the matching change to requirements/model.txt. Pins every distribution named in
requirements/model.txt (name==version \\ --hash=sha256:...).
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import sys
from pathlib import Path

from newsgold.model_pin import PINS_FILE, installed_files

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENT = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s\\]+)\s*\\?\s*\n\s*--hash=sha256:([0-9a-f]{64})", re.M)


def main() -> int:
    text = (ROOT / "requirements" / "model.txt").read_text(encoding="utf-8")
    pins: dict[str, object] = {}
    for name, version, wheel_hash in REQUIREMENT.findall(text):
        dist = importlib.metadata.distribution(name)
        if dist.version != version:
            print(f"{name}: installed {dist.version}, requirements/model.txt says {version}", file=sys.stderr)
            return 2
        top = (dist.read_text("top_level.txt") or "").split()
        pins[name] = {
            "version": version,
            "import_name": top[0] if top else name.replace("-", "_"),
            "wheel_sha256": wheel_hash,
            "files": installed_files(dist),
        }
    out = ROOT / "newsgold" / PINS_FILE
    out.write_text(json.dumps(pins, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({', '.join(pins)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

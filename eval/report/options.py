"""What a report run was asked to do, as one value passed from the CLI to :func:`newsgold.eval.report.run.run_report`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.formats.base import ReadOptions

from newsgold.errors import UserError
from newsgold.schema import SPAN_LABELS

DEFAULT_BOOTSTRAP = 1000
"""Resamples for the intervals: enough for stable 95 % bounds, a few seconds per extractor."""

LENIENT_SCHEME = "partial"
"""The lenient scheme shown beside ``strict`` (all four are in report.json)."""

SHOWN_SCHEMES = ("strict", LENIENT_SCHEME)


@dataclass
class ReportOptions:
    """Everything ``newsgold eval report`` needs; ``None`` means the project default."""

    extractors: list[str] = field(default_factory=list)
    preds: list[tuple[str, Path]] = field(default_factory=list)
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gold: Path | None = None
    corpus: Path | None = None
    out: Path | None = None
    fail_under: list[str] = field(default_factory=list)
    thresholds_file: Path | None = None
    use_thresholds: bool = True
    apply_thresholds: bool = False  # apply the file's thresholds even if set for another gold set
    baseline: Path | None = None
    n_bootstrap: int = DEFAULT_BOOTSTRAP
    seed: int = 0
    cache_dir: Path | None = None
    use_cache: bool = True
    quiet: bool = False
    progress: bool = True  # a progress bar on stderr when it is a terminal (--no-progress: never)
    gold_format: str | None = None
    pred_format: str | None = None
    gold_read: ReadOptions = field(default_factory=ReadOptions)
    pred_read: ReadOptions = field(default_factory=lambda: ReadOptions(side="pred"))
    label_map: dict[str, str] | None = None
    drop_unmapped: bool = False

    def pred_file_options(self) -> dict[str, Any]:
        """How ``--pred NAME=PATH`` files are read (format, reader options, label map)."""
        return {"fmt": self.pred_format, "read_options": self.pred_read, "label_map": self.label_map,
                "drop_unmapped": self.drop_unmapped}  # fmt: skip


def parse_labels_option(values: list[str]) -> dict[str, tuple[str, ...]]:
    """``["quotes=QUOTE", "spacy=PERSON,ORG"]`` -> ``{"quotes": ("QUOTE",), ...}``, labels checked against the schema.

    >>> parse_labels_option(["spacy=PERSON,ORG"])
    {'spacy': ('PERSON', 'ORG')}
    """
    out: dict[str, tuple[str, ...]] = {}
    for value in values:
        name, sep, rest = value.partition("=")
        labels = tuple(x.strip() for x in rest.split(",") if x.strip())
        if not sep or not name.strip() or not labels:
            raise UserError(f"--labels {value!r}: expected NAME=LABEL[,LABEL...], e.g. --labels quotes=QUOTE")
        unknown = [x for x in labels if x not in SPAN_LABELS]
        if unknown:
            raise UserError(
                f"--labels {value!r}: unknown label(s) {', '.join(unknown)}; labels are {', '.join(SPAN_LABELS)}"
            )
        out[name.strip()] = labels
    return out

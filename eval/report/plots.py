"""The report's figures as PNG bytes: per-label F1 bars with interval whiskers, and confusion matrices.

Figures are built with matplotlib's object API (``Figure``, no ``pyplot``):
no global state, no GUI backend, safe in CI and in threads.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import matplotlib
import numpy as np
from matplotlib.figure import Figure

from newsgold.eval.report.tables import OVERALL, confusion_frame, scores_frame

COLORS = ("#1f6feb", "#f0883e", "#2da44e", "#8250df")

F = TypeVar("F", bound=Callable[..., Any])


def plain_text(fn: F) -> F:
    """Draw every string literally: an extractor named ``$x^$`` must not be parsed as mathtext (and fail)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with matplotlib.rc_context({"text.parse_math": False, "text.usetex": False}):
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


@plain_text
def f1_bars(report: Mapping[str, Any]) -> bytes:
    """One panel per label: F1 of every extractor scored on it, per shown scheme, whiskers = the intervals.

    Grouping by label puts the systems that compete on a label side by side
    (``quotes``, ``textacy-quotes`` and ``baseline-quotes`` on QUOTE).
    """
    schemes = report["settings"]["schemes_shown"]
    frames = {scheme: scores_frame(report, scheme) for scheme in schemes}
    first = frames[schemes[0]]
    labels = list(dict.fromkeys(str(v) for v in first["label"] if v != OVERALL)) or [OVERALL]
    cols = min(3, len(labels))
    rows = (len(labels) + cols - 1) // cols
    fig = Figure(figsize=(4.2 * cols, 3.0 * rows), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax in axes[len(labels) :]:
        ax.set_axis_off()
    width = 0.8 / len(schemes)
    for ax, label in zip(axes, labels, strict=False):
        names: list[str] = []
        for i, scheme in enumerate(schemes):
            rows_ = frames[scheme][frames[scheme]["label"] == label]
            names = [str(v) for v in rows_["extractor"]]
            x = np.arange(len(rows_)) + (i - (len(schemes) - 1) / 2) * width
            f1 = rows_["f1"].astype(float).fillna(0).to_numpy()
            lo = rows_["f1_lo"].astype(float).to_numpy()
            hi = rows_["f1_hi"].astype(float).to_numpy()
            has_iv = ~(np.isnan(lo) | np.isnan(hi))
            ax.bar(x, f1, width, label=scheme, color=COLORS[i % len(COLORS)])
            if has_iv.any():
                err = np.vstack([np.clip(f1 - lo, 0, None), np.clip(hi - f1, 0, None)])
                err[:, ~has_iv] = 0
                ax.errorbar(x, f1, yerr=err, fmt="none", ecolor="#24292f", capsize=3, linewidth=1)
        ax.set_xticks(np.arange(len(names)), names, rotation=20, ha="right", fontsize=8)
        ax.set_ylim(0, 1.05)
        ax.set_ylabel("F1", fontsize=8)
        ax.set_title(label, fontsize=10, loc="left")
        ax.grid(axis="y", alpha=0.3)
    if len(axes):
        axes[0].legend(loc="lower left", fontsize=8, ncols=len(schemes))
    return _png(fig)


@plain_text
def confusion_matrices(report: Mapping[str, Any]) -> bytes:
    """One heatmap per extractor: gold label (rows, plus SPURIOUS) x predicted label (columns, plus MISSED)."""
    names = list(report["extractors"])
    cols = min(4, max(1, len(names)))
    rows = (len(names) + cols - 1) // cols or 1
    fig = Figure(figsize=(3.4 * cols, 3.2 * rows), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax in axes[len(names) :]:
        ax.set_axis_off()
    for ax, name in zip(axes, names, strict=False):
        frame = confusion_frame(report["extractors"][name])
        counts = frame.to_numpy(dtype=float)
        ax.imshow(counts if counts.size else np.zeros((1, 1)), cmap="Blues", aspect="auto")
        peak = counts.max() if counts.size else 0
        for (r, c), value in np.ndenumerate(counts):
            ax.text(
                c,
                r,
                f"{int(value)}",
                ha="center",
                va="center",
                fontsize=8,
                color="white" if peak and value > peak / 2 else "#24292f",
            )
        ax.set_xticks(range(len(frame.columns)), [str(c) for c in frame.columns], rotation=45, ha="right", fontsize=8)
        ax.set_yticks(range(len(frame.index)), [str(r) for r in frame.index], fontsize=8)
        ax.set_xlabel("predicted")
        ax.set_ylabel("gold")
        ax.set_title(name, fontsize=10, loc="left")
    return _png(fig)

"""The report's figures as PNG bytes: per-label F1 bars with interval whiskers, and confusion matrices.

Figures are built with matplotlib's object API (``Figure``, no ``pyplot``):
no global state, no GUI backend, safe in CI and in threads.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import numpy as np
from matplotlib.figure import Figure

from eval.report.tables import OVERALL, confusion_frame, scores_frame

COLORS = ("#1f6feb", "#f0883e", "#2da44e", "#8250df")


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return buffer.getvalue()


def f1_bars(report: Mapping[str, Any]) -> bytes:
    """One panel per extractor: F1 per label (and ALL) under each shown scheme, whiskers = the intervals."""
    schemes = report["settings"]["schemes_shown"]
    frames = {scheme: scores_frame(report, scheme) for scheme in schemes}
    names = list(report["extractors"])
    fig = Figure(figsize=(9, 2.2 * max(1, len(names))), layout="constrained")
    axes = fig.subplots(max(1, len(names)), 1, squeeze=False)[:, 0]
    width = 0.8 / len(schemes)
    for ax, name in zip(axes, names, strict=False):
        single = len(report["extractors"][name]["labels"]) == 1  # ALL would repeat the one label
        for i, scheme in enumerate(schemes):
            rows = frames[scheme][frames[scheme]["extractor"] == name]
            if single:
                rows = rows[rows["label"] != OVERALL]
            x = np.arange(len(rows)) + (i - (len(schemes) - 1) / 2) * width
            f1 = rows["f1"].astype(float).fillna(0).to_numpy()
            lo = rows["f1_lo"].astype(float).to_numpy()
            hi = rows["f1_hi"].astype(float).to_numpy()
            has_iv = ~(np.isnan(lo) | np.isnan(hi))
            ax.bar(x, f1, width, label=scheme, color=COLORS[i % len(COLORS)])
            if has_iv.any():
                err = np.vstack([np.clip(f1 - lo, 0, None), np.clip(hi - f1, 0, None)])
                err[:, ~has_iv] = 0
                ax.errorbar(x, f1, yerr=err, fmt="none", ecolor="#24292f", capsize=3, linewidth=1)
            ax.set_xticks(np.arange(len(rows)), [str(v) for v in rows["label"]])
        ax.set_ylim(0, 1.05)
        ax.set_ylabel("F1")
        ax.set_title(name if single else f"{name}  ({OVERALL} = all its labels)", fontsize=10, loc="left")
        ax.grid(axis="y", alpha=0.3)
        ax.legend(loc="upper right", fontsize=8, ncols=len(schemes))
    return _png(fig)


def confusion_matrices(report: Mapping[str, Any]) -> bytes:
    """One heatmap per extractor: gold label (rows, plus SPURIOUS) x predicted label (columns, plus MISSED)."""
    names = list(report["extractors"])
    cols = min(2, max(1, len(names)))
    rows = (len(names) + cols - 1) // cols or 1
    fig = Figure(figsize=(5.2 * cols, 4.2 * rows), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for ax in axes[len(names) :]:
        ax.set_axis_off()
    for ax, name in zip(axes, names, strict=False):
        frame = confusion_frame(report["extractors"][name])
        counts = frame.to_numpy(dtype=float)
        ax.imshow(counts if counts.size else np.zeros((1, 1)), cmap="Blues", aspect="auto")
        peak = counts.max() if counts.size else 0
        for (r, c), value in np.ndenumerate(counts):
            ax.text(c, r, f"{int(value)}", ha="center", va="center", fontsize=8,
                    color="white" if peak and value > peak / 2 else "#24292f")
        ax.set_xticks(range(len(frame.columns)), [str(c) for c in frame.columns], rotation=45, ha="right", fontsize=8)
        ax.set_yticks(range(len(frame.index)), [str(r) for r in frame.index], fontsize=8)
        ax.set_xlabel("predicted")
        ax.set_ylabel("gold")
        ax.set_title(name, fontsize=10, loc="left")
    return _png(fig)

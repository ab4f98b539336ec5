"""The report's figures as inline SVG: per-label F1 bars with interval whiskers, and confusion matrices.

Why SVG written here and not matplotlib: the two figures are bars, whiskers,
coloured cells and text. matplotlib took half of a warm-cache ``eval report``
(about 0.6 s to import and 1-2 s to lay out and rasterise two figures); these
strings take milliseconds, scale with the page, stay selectable text, and need
no font or backend. Every label, name and number is XML-escaped, so a ``$`` or
``<`` in an extractor name is just text.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from newsgold.eval.report.tables import OVERALL, confusion_frame, scores_frame

COLORS = ("#1f6feb", "#f0883e", "#2da44e", "#8250df")
INK = "#24292f"
GRID = "#d0d7de"
FONT = 'font-family="system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif"'

PANEL_W, PANEL_H = 380, 250  # one label's bar panel
PLOT_L, PLOT_T, PLOT_B = 40, 28, 70  # margins inside a panel: axis labels left, title top, names below
CELL = 34  # one confusion cell


def _t(x: object) -> str:
    return escape(str(x), quote=True)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _svg(width: float, height: float, body: Sequence[str], title: str) -> str:
    return (
        f'<svg class="figure" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {_num(width)} '
        f'{_num(height)}" width="{_num(width)}" height="{_num(height)}" {FONT} font-size="11">'
        f"<title>{_t(title)}</title>" + "".join(body) + "</svg>"
    )


def _float(value: Any) -> float:
    try:
        x = float(value)
    except (TypeError, ValueError):
        return math.nan
    return x


def _bar_panel(x0: float, y0: float, label: str, series: list[tuple[str, list[str], list[tuple[float, float, float]]]],
               legend: bool) -> list[str]:  # fmt: skip
    """One label's panel: per extractor a group of bars (one per scheme) with whiskers."""
    out = [f'<g transform="translate({_num(x0)},{_num(y0)})">',
           f'<text x="{PLOT_L}" y="16" font-size="13" font-weight="600" fill="{INK}">{_t(label)}</text>']  # fmt: skip
    plot_w, plot_h = PANEL_W - PLOT_L - 10, PANEL_H - PLOT_T - PLOT_B

    def y(v: float) -> float:
        return PLOT_T + plot_h * (1 - min(max(v, 0.0), 1.05) / 1.05)

    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        out.append(f'<line x1="{PLOT_L}" x2="{PLOT_L + plot_w}" y1="{_num(y(tick))}" y2="{_num(y(tick))}" '
                   f'stroke="{GRID}" stroke-width="1"/>')  # fmt: skip
        out.append(f'<text x="{PLOT_L - 6}" y="{_num(y(tick) + 4)}" text-anchor="end" fill="{INK}">{tick:g}</text>')
    names = series[0][1] if series else []
    group_w = plot_w / max(len(names), 1)
    bar_w = group_w * 0.8 / max(len(series), 1)
    for s, (scheme, _, values) in enumerate(series):
        color = COLORS[s % len(COLORS)]
        for k, (f1, lo, hi) in enumerate(values):
            cx = PLOT_L + group_w * k + group_w * 0.1 + bar_w * s
            top = y(0.0 if math.isnan(f1) else f1)
            out.append(f'<rect x="{_num(cx)}" y="{_num(top)}" width="{_num(bar_w - 1)}" '
                       f'height="{_num(y(0.0) - top)}" fill="{color}"><title>{_t(names[k])} {_t(scheme)} F1 '
                       f'{"n/a" if math.isnan(f1) else f"{f1:.3f}"}</title></rect>')  # fmt: skip
            if not (math.isnan(lo) or math.isnan(hi)):
                mid = cx + (bar_w - 1) / 2
                out.append(f'<path d="M{_num(mid)} {_num(y(lo))}V{_num(y(hi))}M{_num(mid - 3)} {_num(y(lo))}'
                           f'h6M{_num(mid - 3)} {_num(y(hi))}h6" stroke="{INK}" stroke-width="1" fill="none"/>')  # fmt: skip
    for k, name in enumerate(names):
        tx, ty = PLOT_L + group_w * (k + 0.5), PLOT_T + plot_h + 12
        out.append(f'<text x="{_num(tx)}" y="{_num(ty)}" text-anchor="end" font-size="10" fill="{INK}" '
                   f'transform="rotate(-20 {_num(tx)} {_num(ty)})">{_t(name)}</text>')  # fmt: skip
    out.append(f'<text x="10" y="{_num(PLOT_T + plot_h / 2)}" fill="{INK}" font-size="10" '
               f'transform="rotate(-90 10 {_num(PLOT_T + plot_h / 2)})" text-anchor="middle">F1</text>')  # fmt: skip
    if legend:
        for s, (scheme, _, _) in enumerate(series):
            lx = PLOT_L + 150 + 80 * s
            out.append(f'<rect x="{lx}" y="7" width="10" height="10" fill="{COLORS[s % len(COLORS)]}"/>'
                       f'<text x="{lx + 14}" y="16" fill="{INK}">{_t(scheme)}</text>')  # fmt: skip
    out.append("</g>")
    return out


def f1_bars(report: Mapping[str, Any]) -> str:
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
    body: list[str] = []
    for i, label in enumerate(labels):
        series = []
        for scheme in schemes:
            part = frames[scheme][frames[scheme]["label"] == label]
            values = [(_float(f), _float(lo), _float(hi)) for f, lo, hi in zip(part["f1"], part["f1_lo"], part["f1_hi"], strict=True)]
            series.append((scheme, [str(v) for v in part["extractor"]], values))
        body += _bar_panel(PANEL_W * (i % cols), PANEL_H * (i // cols), label, series, legend=i == 0)
    return _svg(PANEL_W * cols, PANEL_H * rows, body, "F1 per label with interval whiskers")


def _blue(share: float) -> str:
    """White to dark blue (matplotlib's "Blues" end points) for a share in [0, 1]."""
    a, b = (247, 251, 255), (8, 48, 107)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def _matrix(x0: float, y0: float, name: str, rows: list[str], cols: list[str], counts: list[list[int]]) -> tuple[list[str], float, float]:  # fmt: skip
    left = 12 + 7 * max([len(r) for r in rows] + [4])
    top = 30
    bottom = 10 + 6.5 * max([len(c) for c in cols] + [4])
    peak = max([max(r) for r in counts if r] + [0])
    out = [f'<g transform="translate({_num(x0)},{_num(y0)})">',
           f'<text x="0" y="16" font-size="13" font-weight="600" fill="{INK}">{_t(name)}</text>']  # fmt: skip
    for r, row in enumerate(counts):
        for c, value in enumerate(row):
            share = value / peak if peak else 0.0
            x, y = left + c * CELL, top + r * CELL
            out.append(f'<rect x="{_num(x)}" y="{_num(y)}" width="{CELL}" height="{CELL}" fill="{_blue(share)}" '
                       f'stroke="#ffffff"/><text x="{_num(x + CELL / 2)}" y="{_num(y + CELL / 2 + 4)}" '
                       f'text-anchor="middle" fill="{"#ffffff" if share > 0.5 else INK}">{int(value)}</text>')  # fmt: skip
    for r, label in enumerate(rows):
        out.append(f'<text x="{left - 4}" y="{_num(top + r * CELL + CELL / 2 + 4)}" text-anchor="end" '
                   f'font-size="10" fill="{INK}">{_t(label)}</text>')  # fmt: skip
    for c, label in enumerate(cols):
        tx, ty = left + c * CELL + CELL / 2, top + len(rows) * CELL + 10
        out.append(f'<text x="{_num(tx)}" y="{_num(ty)}" text-anchor="end" font-size="10" fill="{INK}" '
                   f'transform="rotate(-45 {_num(tx)} {_num(ty)})">{_t(label)}</text>')  # fmt: skip
    out.append("</g>")
    return out, left + len(cols) * CELL + 16, top + len(rows) * CELL + bottom


def confusion_matrices(report: Mapping[str, Any]) -> str:
    """One heatmap per extractor: gold label (rows, plus SPURIOUS) x predicted label (columns, plus MISSED)."""
    names = list(report["extractors"])
    cols = min(4, max(1, len(names)))
    parts = []
    for name in names:
        frame = confusion_frame(report["extractors"][name])
        counts = [[int(v) for v in row] for row in frame.to_numpy().tolist()]
        parts.append((name, [str(r) for r in frame.index], [str(c) for c in frame.columns], counts))
    sizes = [_matrix(0, 0, *p)[1:] for p in parts]
    cell_w = max([w for w, _ in sizes] + [100])
    cell_h = max([h for _, h in sizes] + [60])
    body: list[str] = []
    for i, part in enumerate(parts):
        body += _matrix(cell_w * (i % cols), cell_h * (i // cols), *part)[0]
    n_rows = (len(parts) + cols - 1) // cols or 1
    return _svg(cell_w * cols, cell_h * n_rows, body, "label confusion matrices")

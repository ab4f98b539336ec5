"""The report's SVG figures: text is escaped, values are drawn."""

from __future__ import annotations

import xml.dom.minidom

from newsgold.eval.report.plots import confusion_matrices, f1_bars


def _report(name: str) -> dict:
    row = {"possible": 2, "actual": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5, "correct": 1}
    score = {
        "schemes": {s: {"overall": row, "labels": {"PERSON": row}} for s in ("strict", "partial")},
        "intervals": {"schemes": {s: {"overall": {"f1": [0.2, 0.8]}, "labels": {"PERSON": {"f1": [0.25, 0.75]}}}
                                  for s in ("strict", "partial")}},
    }  # fmt: skip
    confusion = {"rows": ["PERSON", "SPURIOUS"], "columns": ["PERSON", "MISSED"], "counts": [[1, 1], [1, 0]]}
    return {"settings": {"schemes_shown": ["strict", "partial"]},
            "extractors": {name: {"labels": ["PERSON"], "score": score, "confusion": confusion}}}  # fmt: skip


def test_names_with_markup_and_mathtext_are_plain_text():
    name = "$x^$ <b>&"
    for svg in (f1_bars(_report(name)), confusion_matrices(_report(name))):
        dom = xml.dom.minidom.parseString(svg)
        texts = "".join(node.data for node in _text_nodes(dom))
        assert name in texts
        assert "<b>" not in svg


def test_bars_and_whiskers_are_drawn():
    svg = f1_bars(_report("sys"))
    assert svg.count("<rect") == 2 + 2  # one bar per scheme + two legend swatches
    assert svg.count("<path") == 2  # one whisker per bar


def _text_nodes(node):
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            yield child
        else:
            yield from _text_nodes(child)

"""The report of ``newsgold eval report``: run, score, compare, render, gate.

One module per job: :mod:`.options` (what was asked), :mod:`.sources` (which
extractors and on which labels), :mod:`.cache` (predictions cache),
:mod:`.goldset` (gold loading and hashing), :mod:`.build` (the report.json
document), :mod:`.comparisons` (paired tests between extractors on the same
labels), :mod:`.gates` and :mod:`.baseline` (exit status), :mod:`.tables`
(pandas frames every renderer formats), the renderers
:mod:`.render_terminal`, :mod:`.render_markdown`, :mod:`.render_html` with
:mod:`.plots` and :mod:`.context`. :mod:`.run` wires them together.
"""

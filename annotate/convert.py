"""Label Studio results of newsgold's own project <-> span documents, for push, submit and pull.

The conversion itself lives in :mod:`newsgold.formats.label_studio_result`,
shared with the reader of any project's export; here it is read **strictly**:
a result made in newsgold's labeling config converts completely or not at all
(an unknown control, a second label on a region, a label outside the schema or a
relation that fits no schema relation is an error naming the region).

>>> from newsgold.spandoc import SpanDocument, Span
>>> doc = SpanDocument("d", [Span("s1", 2, 3, "PERSON")], text="\\U0001F600 Al")
>>> back, repairs = from_ls_result("d", doc.text, to_ls_result(doc, doc.text))
>>> back.spans[0].start, repairs
(2, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.annotate.offsets import RegionMismatch
from newsgold.formats.label_studio_result import ResultFormatError, from_result
from newsgold.formats.label_studio_result import to_result as to_ls_result
from newsgold.schema import SCHEMA, LabelSchema
from newsgold.spandoc import SpanDocument


def from_ls_result(
    doc_id: str, text: str, result: Sequence[dict[str, Any]], where: str = "", schema: LabelSchema = SCHEMA
) -> tuple[SpanDocument, list[str]]:
    """Spans and relations of one annotation's ``result`` over the task ``text``, read strictly.

    Returns the document (with ``text``) and a list of human-readable repairs
    made to regions whose offsets disagreed with the text (empty when none).
    """
    return from_result(doc_id, text, result, where, strict=True, schema=schema)


__all__ = ["ResultFormatError", "RegionMismatch", "from_ls_result", "to_ls_result"]

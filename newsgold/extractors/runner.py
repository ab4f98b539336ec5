"""Running an extractor: the one place its output is checked.

``newsgold extract``, the report's sources and ``annotate push --predictions``
all run extractors; each used to check the output its own way (or not at
all). :func:`run_extractor` is the only way they run one now, so a
third-party extractor's broken output is rejected the same way everywhere,
with the same message:

* a list of :class:`~newsgold.spandoc.SpanDocument`, one per input document,
  in the input's order (reordered by ``doc_id`` if the extractor returned them
  in another order; a missing, duplicated or foreign document is an error);
* every document valid in the span format (ids, labels, relation ends:
  :func:`newsgold.spandoc.parse_document`);
* every span inside the document's text and, where the span carries its text,
  equal to ``text[start:end]``; the corpus text is attached to each document.

A failure is a :class:`~newsgold.errors.UserError` naming the extractor: the
problem is the extractor's (or its user's choice of it), not newsgold's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.corpus import Document
from newsgold.errors import InputFormatError, UserError
from newsgold.spandoc import SpanDocument, attach_texts, parse_document


def check_output(name: str, documents: Sequence[Document], out: Any) -> list[SpanDocument]:
    """``out`` checked against ``documents`` (see the module docstring), in the documents' order."""
    if not isinstance(out, list) or not all(isinstance(d, SpanDocument) for d in out):
        raise UserError(f"extractor {name!r} did not return a list of span documents")
    by_id: dict[str, SpanDocument] = {}
    for d in out:
        if d.doc_id in by_id:
            raise UserError(f"extractor {name!r} returned document {d.doc_id!r} twice")
        by_id[d.doc_id] = d
    wanted = [d.doc_id for d in documents]
    missing = [i for i in wanted if i not in by_id]
    if missing:
        raise UserError(f"extractor {name!r} returned no document for {', '.join(missing[:3])}")
    extra = sorted(set(by_id) - set(wanted))
    if extra:
        raise UserError(f"extractor {name!r} returned documents that were not in its input: {', '.join(extra[:3])}")
    ordered = [by_id[i] for i in wanted]
    try:
        for doc in ordered:
            parse_document(doc.to_json(), where=f"extractor {name!r}")
        attach_texts(ordered, {d.doc_id: d.text for d in documents}, where=f"extractor {name!r}")
    except InputFormatError as exc:
        raise UserError(f"{exc} (the extractor produced an invalid span document)") from None
    return ordered


def run_extractor(extractor: Any, documents: Sequence[Document]) -> list[SpanDocument]:
    """Run ``extractor`` (an :class:`~newsgold.extractors.base.Extractor` or a registered name) on ``documents``.

    Returns its span documents, checked by :func:`check_output`, in the
    documents' order with their texts attached.
    """
    if isinstance(extractor, str):
        from newsgold.extractors.registry import get_extractor

        extractor = get_extractor(extractor)
    name = str(getattr(extractor, "name", type(extractor).__name__))
    return check_output(name, documents, extractor.extract(list(documents)))

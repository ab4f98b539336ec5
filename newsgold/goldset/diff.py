"""What changed in one document between the local gold folder and a pull, in words a reviewer reads.

Spans are compared by what they say, never by region id or order: a span
with the same ``[start, end)``, label and value is unchanged; one with the
same ``[start, end)`` but another label or value is *changed*; the rest are
*added* (only in the new version) or *removed* (only in the old one).
Relations are compared by the spans they link.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from newsgold.agreement.pairwise import content_key
from newsgold.spandoc import Span, SpanDocument


def _key(s: Span) -> tuple[int, int, str, str | None]:
    return (s.start, s.end, s.label, s.value)


@dataclass
class DocumentDiff:
    """The difference between two versions of one document."""

    doc_id: str
    added: list[Span] = field(default_factory=list)
    removed: list[Span] = field(default_factory=list)
    changed: list[tuple[Span, Span]] = field(default_factory=list)
    relations_added: int = 0
    relations_removed: int = 0
    text_changed: bool = False

    def is_empty(self) -> bool:
        return not (
            self.added or self.removed or self.changed or self.relations_added or self.relations_removed
            or self.text_changed
        )

    def summary(self) -> str:
        """One line: ``doc: 2 spans added, 1 removed, 1 changed (GPE -> ORG [0, 4) 'U.S.'), said_by +1``."""
        parts = []
        if self.text_changed:
            parts.append("text changed")
        parts.append(f"{len(self.added)} span(s) added")
        parts.append(f"{len(self.removed)} removed")
        changed = f"{len(self.changed)} changed"
        if self.changed:
            shown = [_describe_change(a, b) for a, b in self.changed[:3]]
            changed += " (" + "; ".join(shown) + (", ..." if len(self.changed) > 3 else "") + ")"
        parts.append(changed)
        if self.relations_added or self.relations_removed:
            parts.append(f"relations +{self.relations_added} -{self.relations_removed}")
        return f"{self.doc_id}: " + ", ".join(parts)


def _describe_change(old: Span, new: Span) -> str:
    what = f"[{old.start}, {old.end})" + (f" {old.text!r}" if old.text else "")
    if old.label != new.label:
        return f"{old.label} -> {new.label} {what}"
    return f"{old.label} value {old.value!r} -> {new.value!r} {what}"


def diff_documents(old: SpanDocument, new: SpanDocument) -> DocumentDiff:
    """The changes that turn ``old`` into ``new`` (see module docstring)."""
    diff = DocumentDiff(old.doc_id)
    diff.text_changed = (
        old.text_sha256 is not None and new.text_sha256 is not None and old.text_sha256 != new.text_sha256
    ) or (old.text is not None and new.text is not None and old.text != new.text)
    common = Counter(_key(s) for s in old.spans) & Counter(_key(s) for s in new.spans)
    left_common = Counter(common)
    rest_old = []
    for s in old.spans:
        if left_common[_key(s)]:
            left_common[_key(s)] -= 1
        else:
            rest_old.append(s)
    right_common = Counter(common)
    rest_new = []
    for s in new.spans:
        if right_common[_key(s)]:
            right_common[_key(s)] -= 1
        else:
            rest_new.append(s)
    by_extent: dict[tuple[int, int], list[Span]] = {}
    for s in rest_new:
        by_extent.setdefault((s.start, s.end), []).append(s)
    for s in rest_old:
        same_place = by_extent.get((s.start, s.end))
        if same_place:
            diff.changed.append((s, same_place.pop(0)))
        else:
            diff.removed.append(s)
    diff.added = [s for group in by_extent.values() for s in group]
    old_rel, new_rel = content_key(old)[1], content_key(new)[1]
    diff.relations_added = len(new_rel - old_rel)
    diff.relations_removed = len(old_rel - new_rel)
    return diff

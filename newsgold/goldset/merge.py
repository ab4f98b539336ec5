"""Merging pulled annotations into the local gold folder: a pull adds, never silently loses.

Per document (in ``gold.jsonl`` and in each ``annotators/`` file):

* not in the folder yet: **added** (no ``--force`` needed, a growing gold set is the normal case);
* the same content (spans, values, relations; ids and order do not matter): **kept**
  byte for byte;
* different content: **changed**: listed with a per-document summary and taken only
  with ``force``;
* in the folder but no longer on the server (task or annotation deleted, another
  project): **kept**, unless ``prune``.

Documents that need adjudication get no gold from the pull; a gold version the
folder already has is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgold.goldset.annotations import Annotation, GoldChoice, annotator_file_name, per_annotator
from newsgold.goldset.diff import DocumentDiff, diff_documents
from newsgold.spandoc import SpanDocument


@dataclass
class DocSet:
    """One file's documents (``gold.jsonl`` or one annotator's file) and what the merge did to them."""

    docs: dict[str, SpanDocument] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)
    changed: list[DocumentDiff] = field(default_factory=list)
    kept_not_on_server: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    @property
    def touched(self) -> bool:
        """Whether the file's content changes (added, changed or pruned documents)."""
        return bool(self.added or self.changed or self.pruned)


@dataclass
class MergePlan:
    """The merged folder content, file by file (relative path -> documents)."""

    files: dict[str, DocSet] = field(default_factory=dict)

    def changes(self) -> list[tuple[str, DocumentDiff]]:
        return [(name, d) for name, ds in sorted(self.files.items()) for d in ds.changed]

    def count(self, what: str) -> int:
        return sum(len(getattr(ds, what)) for ds in self.files.values())


def merge_docs(
    local: dict[str, SpanDocument], pulled: dict[str, SpanDocument], on_server: set[str], *, force: bool, prune: bool
) -> DocSet:
    """Merge one file's documents (see module docstring); ``on_server`` = doc ids the pull saw at all."""
    out = DocSet()
    for doc_id in sorted(set(local) | set(pulled)):
        old, new = local.get(doc_id), pulled.get(doc_id)
        if new is None:
            assert old is not None
            if doc_id in on_server or not prune:
                out.docs[doc_id] = old
                if doc_id not in on_server:
                    out.kept_not_on_server.append(doc_id)
            else:
                out.pruned.append(doc_id)
        elif old is None:
            out.docs[doc_id] = new
            out.added.append(doc_id)
        else:
            diff = diff_documents(old, new)
            if diff.is_empty():
                out.docs[doc_id] = old
            else:
                out.changed.append(diff)
                out.docs[doc_id] = new if force else old
    return out


def plan_merge(
    local_gold: dict[str, SpanDocument],
    local_annotators: dict[str, dict[str, SpanDocument]],
    annotations: list[Annotation],
    choice: GoldChoice,
    *,
    gold_name: str,
    force: bool,
    prune: bool,
) -> MergePlan:
    """Merge the gold and every annotator file; ``local_annotators`` is keyed by relative file path."""
    on_server = {a.doc.doc_id for a in annotations}
    plan = MergePlan()
    plan.files[gold_name] = merge_docs(local_gold, choice.gold, on_server, force=force, prune=prune)
    pulled_files = {
        f"annotators/{annotator_file_name(name)}": docs for name, docs in per_annotator(annotations).items()
    }
    for name in sorted(set(local_annotators) | set(pulled_files)):
        mine_on_server = set(pulled_files.get(name, {}))
        plan.files[name] = merge_docs(
            local_annotators.get(name, {}), pulled_files.get(name, {}), mine_on_server, force=force, prune=prune
        )
    return plan

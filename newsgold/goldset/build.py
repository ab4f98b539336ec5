"""Writing a gold folder from annotations: the one entry point an annotation tool's client calls.

``update_gold_folder(out_dir, pulled, force=..., prune=...)`` reads the
folder, chooses the gold of each document, merges (see
:mod:`newsgold.goldset.merge`), and, unless a changed document needs
``force``, replaces the folder as a whole (see :mod:`newsgold.goldset.folder`)
with: ``gold.jsonl``, ``annotators/<name>.jsonl``, ``agreement.json`` /
``agreement.md`` (over the merged annotator files) and ``provenance.json``.
Files it does not own (``GUIDELINES.md``, ``passes/``, ...) are carried over
byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.agreement import agreement_markdown, agreement_report
from newsgold.errors import UserError
from newsgold.goldset.annotations import Annotation, GoldChoice, choose_gold
from newsgold.goldset.folder import folder_lock, replace_folder
from newsgold.goldset.merge import MergePlan, plan_merge
from newsgold.spandoc import SpanDocument, load_documents, text_sha256

GOLD_NAME = "gold.jsonl"
ANNOTATORS_DIR = "annotators"


@dataclass
class PulledAnnotations:
    """What an annotation tool hands over: its annotations and where they came from.

    ``source`` is recorded at the top of ``provenance.json`` (for Label Studio:
    ``server_url`` without credentials, ``label_studio_version``, ``project``);
    ``repairs`` are offset repairs the client made, one line each.
    """

    annotations: list[Annotation]
    source: dict[str, Any]
    exported_at: str
    repairs: list[str] = field(default_factory=list)


@dataclass
class GoldUpdate:
    """What :func:`update_gold_folder` found and did."""

    choice: GoldChoice
    plan: MergePlan
    written: bool = False

    @property
    def needs_adjudication(self) -> list[dict[str, Any]]:
        return self.choice.needs_adjudication


def _jsonl(docs: list[SpanDocument]) -> str:
    return "".join(json.dumps(d.to_json(), ensure_ascii=False) + "\n" for d in docs)


def read_folder(out_dir: Path) -> tuple[dict[str, SpanDocument], dict[str, dict[str, SpanDocument]], dict[str, Any]]:
    """The folder's gold, annotator files (by relative path) and provenance; empty when absent."""
    gold_path = out_dir / GOLD_NAME
    gold = {d.doc_id: d for d in load_documents(gold_path)} if gold_path.is_file() else {}
    annotators = {
        f"{ANNOTATORS_DIR}/{p.name}": {d.doc_id: d for d in load_documents(p)}
        for p in sorted((out_dir / ANNOTATORS_DIR).glob("*.jsonl"))
    }
    provenance: dict[str, Any] = {}
    prov_path = out_dir / "provenance.json"
    if prov_path.is_file():
        try:
            loaded = json.loads(prov_path.read_text(encoding="utf-8"))
            provenance = loaded if isinstance(loaded, dict) else {}
        except ValueError:
            provenance = {}
    return gold, annotators, provenance


def _provenance(
    pulled: PulledAnnotations, choice: GoldChoice, plan: MergePlan, old: dict[str, Any], gold_text: str
) -> dict[str, Any]:
    """Top level: the latest pull. Per document: the pull that wrote it (kept documents keep their entry)."""
    gold = plan.files[GOLD_NAME]
    old_tasks = old.get("tasks") if isinstance(old.get("tasks"), dict) else {}
    old_from = old.get("gold_from") if isinstance(old.get("gold_from"), dict) else {}
    tasks: dict[str, Any] = {}
    gold_from: dict[str, Any] = {}
    for doc_id in sorted(gold.docs):
        ann = choice.gold_from.get(doc_id)
        from_this_pull = ann is not None and gold.docs[doc_id] is ann.doc
        if not from_this_pull and doc_id in old_from:  # kept from an earlier pull: its entry stays
            gold_from[doc_id] = old_from[doc_id]
            if doc_id in old_tasks:
                tasks[doc_id] = old_tasks[doc_id]
        elif ann is not None:
            tasks[doc_id] = ann.task_id
            gold_from[doc_id] = {
                "annotation_id": ann.annotation_id, "annotator": ann.annotator, "ground_truth": ann.ground_truth,
            }
    present = {Path(name).stem for name, ds in plan.files.items() if name != GOLD_NAME and ds.docs}
    accounts = {(a.annotator, a.annotator_id) for a in pulled.annotations}
    for entry in old.get("annotators") or []:
        if isinstance(entry, dict) and entry.get("email") in present and entry.get("email") not in {e for e, _ in accounts}:
            accounts.add((entry.get("email"), entry.get("id")))
    return {
        **pulled.source,
        "exported_at": pulled.exported_at,
        "tasks": tasks,
        "gold_from": gold_from,
        "annotators": [
            {"email": email, "id": uid} for email, uid in sorted(accounts, key=lambda x: (str(x[0]), x[1] or 0))
        ],
        "gold_sha256": text_sha256(gold_text),
        "offset_repairs": pulled.repairs,
    }


def render_files(
    pulled: PulledAnnotations, choice: GoldChoice, plan: MergePlan, old_provenance: dict[str, Any], had_gold: bool
) -> dict[Path, bytes | None]:
    """The bytes of every file the merge changes (``None`` = delete); untouched document files are left out."""
    files: dict[Path, bytes | None] = {}
    annotators: dict[str, dict[str, SpanDocument]] = {}
    for name, ds in plan.files.items():
        if name != GOLD_NAME and ds.docs:
            annotators[Path(name).stem] = ds.docs
        if not ds.touched:
            continue
        if ds.docs:
            files[Path(name)] = _jsonl([ds.docs[k] for k in sorted(ds.docs)]).encode("utf-8")
        elif name != GOLD_NAME or had_gold:
            files[Path(name)] = None
    report = agreement_report(annotators)
    report["needs_adjudication"] = choice.needs_adjudication
    files[Path("agreement.json")] = (json.dumps(report, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files[Path("agreement.md")] = agreement_markdown(report, choice.needs_adjudication).encode("utf-8")
    gold = plan.files[GOLD_NAME]
    gold_text = _jsonl([gold.docs[k] for k in sorted(gold.docs)])
    if gold.docs:
        provenance = _provenance(pulled, choice, plan, old_provenance, gold_text)
        files[Path("provenance.json")] = (json.dumps(provenance, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return files


def update_gold_folder(
    out_dir: Path,
    pulled: PulledAnnotations,
    *,
    force: bool = False,
    prune: bool = False,
    log: Callable[[str], None] = print,
) -> GoldUpdate:
    """Merge ``pulled`` into ``out_dir`` and replace the folder as a whole (see module docstring).

    Raises :class:`UserError` (nothing written) when a document changed and
    ``force`` is off, after logging one summary line per changed document.
    """
    choice = choose_gold(pulled.annotations)
    with folder_lock(out_dir):
        local_gold, local_annotators, old_provenance = read_folder(out_dir)
        plan = plan_merge(
            local_gold, local_annotators, pulled.annotations, choice, gold_name=GOLD_NAME, force=force, prune=prune
        )
        update = GoldUpdate(choice, plan)
        changes = plan.changes()
        for name, diff in changes:
            log(f"changed on the server: {name}: {diff.summary()}")
        if changes and not force:
            docs = sorted({d.doc_id for _, d in changes})
            raise UserError(
                f"{len(docs)} document(s) in {out_dir} differ from the server ({', '.join(docs[:5])}); nothing was "
                "written. Review the changes listed above and pass --force to take the server's version"
            )
        files = render_files(pulled, choice, plan, old_provenance, had_gold=bool(local_gold))
        replace_folder(out_dir, files)
        update.written = True
    for name, ds in sorted(plan.files.items()):
        if ds.pruned:
            log(f"pruned from {name} (no longer on the server): {', '.join(ds.pruned)}")
        if ds.kept_not_on_server:
            log(
                f"kept in {name} although no longer on the server (--prune removes them): "
                f"{', '.join(ds.kept_not_on_server[:5])}{' ...' if len(ds.kept_not_on_server) > 5 else ''}"
            )
    return update

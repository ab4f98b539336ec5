"""The tool-neutral gold builder: merge rules, per-document summaries, the folder swap."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import newsgold.goldset.folder as folder_module
from newsgold.errors import UserError
from newsgold.goldset.annotations import Annotation
from newsgold.goldset.build import PulledAnnotations, update_gold_folder
from newsgold.goldset.diff import diff_documents
from newsgold.goldset.folder import folder_lock, recover, replace_folder
from newsgold.spandoc import Span, SpanDocument, load_documents

TEXT = "Ana met Bo in Oslo on 5 May ."


def _doc(doc_id: str, spans: list[tuple[int, int, str]], text: str = TEXT) -> SpanDocument:
    return SpanDocument(doc_id, [Span(f"s{i}", a, b, lab, None, text[a:b]) for i, (a, b, lab) in enumerate(spans)],
                        text=text)


def _ann(doc: SpanDocument, who: str = "u@x", ann_id: int = 1, gt: bool = False) -> Annotation:
    return Annotation(ann_id, ann_id, who, 1, gt, doc, f"2026-01-01T00:00:{ann_id:02d}")


def _pulled(*anns: Annotation) -> PulledAnnotations:
    return PulledAnnotations(list(anns), {"server_url": "http://x", "project": {"id": 1, "title": "p"}}, "now")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of ``folder`` (relative path -> sha256), hidden files included."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _quiet(_m: str) -> None:
    pass


def test_new_documents_are_added_without_force_and_unowned_files_survive(tmp_path: Path) -> None:
    out = tmp_path / "gold"
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON")]))), log=_quiet)
    (out / "GUIDELINES.md").write_text("rules\n")
    first_gold = (out / "gold.jsonl").read_bytes()
    update = update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON")])), _ann(_doc("b", [(14, 18, "GPE")]), ann_id=2)),
                                log=_quiet)
    assert update.plan.files["gold.jsonl"].added == ["b"]
    assert [d.doc_id for d in load_documents(out / "gold.jsonl")] == ["a", "b"]
    assert (out / "gold.jsonl").read_bytes().startswith(first_gold)  # document a kept byte for byte
    assert (out / "GUIDELINES.md").read_text() == "rules\n"
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["gold_from"]["b"]["annotation_id"] == 2 and prov["tasks"] == {"a": 1, "b": 2}


def test_a_changed_document_is_summarised_and_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "gold"
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON"), (14, 18, "GPE")]))), log=_quiet)
    before = snapshot(out)
    said: list[str] = []
    changed = _pulled(_ann(_doc("a", [(0, 3, "PERSON"), (14, 18, "LOC"), (8, 10, "PERSON")]), ann_id=3))
    with pytest.raises(UserError, match="--force"):
        update_gold_folder(out, changed, log=said.append)
    assert snapshot(out) == before
    assert any("gold.jsonl: a: 1 span(s) added, 0 removed, 1 changed (GPE -> LOC [14, 18) 'Oslo')" in s for s in said)
    assert any(s.startswith("changed on the server: annotators/u@x.jsonl: a:") for s in said)
    update_gold_folder(out, changed, force=True, log=_quiet)
    (gold,) = load_documents(out / "gold.jsonl")
    assert sorted(s.label for s in gold.spans) == ["LOC", "PERSON", "PERSON"]


def test_region_order_and_ids_are_no_change(tmp_path: Path) -> None:
    out = tmp_path / "gold"
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON"), (14, 18, "GPE")]))), log=_quiet)
    shuffled = SpanDocument("a", [Span("zz", 14, 18, "GPE", None, "Oslo"), Span("yy", 0, 3, "PERSON", None, "Ana")], text=TEXT)
    gold_before = (out / "gold.jsonl").read_bytes()
    update_gold_folder(out, _pulled(_ann(shuffled, ann_id=4)), log=_quiet)  # no --force needed
    assert (out / "gold.jsonl").read_bytes() == gold_before


def test_nothing_is_deleted_unless_prune(tmp_path: Path) -> None:
    out = tmp_path / "gold"
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON")])), _ann(_doc("b", [(0, 3, "PERSON")]), "v@x", 2)),
                       log=_quiet)
    said: list[str] = []
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON")]))), log=said.append)  # b and v@x gone
    assert [d.doc_id for d in load_documents(out / "gold.jsonl")] == ["a", "b"]
    assert (out / "annotators" / "v@x.jsonl").exists()
    assert any("kept in gold.jsonl although no longer on the server" in s and "b" in s for s in said)
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON")]))), prune=True, log=said.append)
    assert [d.doc_id for d in load_documents(out / "gold.jsonl")] == ["a"]
    assert not (out / "annotators" / "v@x.jsonl").exists()


def test_adjudication_never_rewrites_annotators_without_force(tmp_path: Path) -> None:
    out = tmp_path / "gold"
    update_gold_folder(out, _pulled(_ann(_doc("a", [(0, 3, "PERSON")]), "u@x", 1)), log=_quiet)
    before = snapshot(out)
    disagree = _pulled(_ann(_doc("a", [(0, 3, "ORG")]), "u@x", 5), _ann(_doc("a", [(0, 3, "PERSON")]), "v@x", 6))
    with pytest.raises(UserError, match="--force"):  # u@x changed their annotation: a rewrite
        update_gold_folder(out, disagree, log=_quiet)
    assert snapshot(out) == before
    only_new = _pulled(_ann(_doc("a", [(0, 3, "PERSON")]), "u@x", 1), _ann(_doc("a", [(0, 3, "ORG")]), "v@x", 6))
    update = update_gold_folder(out, only_new, log=_quiet)  # v@x is new: added; gold of a is kept
    assert [i["doc_id"] for i in update.needs_adjudication] == ["a"]
    assert (out / "gold.jsonl").read_bytes() == (tmp_path / "gold" / "gold.jsonl").read_bytes()
    assert snapshot(out)["gold.jsonl"] == before["gold.jsonl"]
    assert snapshot(out)["annotators/u@x.jsonl"] == before["annotators/u@x.jsonl"]
    assert json.loads((out / "agreement.json").read_text())["needs_adjudication"][0]["doc_id"] == "a"


def test_diff_pairs_spans_by_place_not_by_id() -> None:
    old = _doc("a", [(0, 3, "PERSON"), (8, 10, "PERSON")])
    new = _doc("a", [(8, 10, "ORG"), (14, 18, "GPE")])
    diff = diff_documents(old, new)
    assert [(s.start, s.label) for s in diff.added] == [(14, "GPE")]
    assert [(s.start, s.label) for s in diff.removed] == [(0, "PERSON")]
    assert [(a.label, b.label) for a, b in diff.changed] == [("PERSON", "ORG")]
    assert diff_documents(old, _doc("a", [(8, 10, "PERSON"), (0, 3, "PERSON")])).is_empty()


def _folder(tmp_path: Path) -> Path:
    target = tmp_path / "gold"
    (target / "annotators").mkdir(parents=True)
    (target / "gold.jsonl").write_text("old gold\n")
    (target / "annotators" / "a.jsonl").write_text("old a\n")
    (target / "README.md").write_text("keep me\n")
    return target


def test_replace_folder_interrupted_in_the_write_phase_leaves_the_old_folder(tmp_path: Path, monkeypatch) -> None:
    target = _folder(tmp_path)
    before = snapshot(target)

    def boom(name: str) -> None:
        if name == "folder-write":
            raise KeyboardInterrupt

    monkeypatch.setattr(folder_module, "checkpoint", boom)
    with pytest.raises(KeyboardInterrupt), folder_lock(target):
        replace_folder(target, {Path("annotators/a.jsonl"): b"new a\n", Path("gold.jsonl"): b"new gold\n"})
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold"]  # no half-built sibling left


def test_two_rename_fallback_interrupted_between_renames_is_restored(tmp_path: Path, monkeypatch) -> None:
    target = _folder(tmp_path)
    before = snapshot(target)

    def die(name: str) -> None:
        if name == "folder-half-swapped":
            raise SystemExit("killed")

    monkeypatch.setattr(folder_module, "_exchange", lambda a, b: False)
    monkeypatch.setattr(folder_module, "checkpoint", die)
    with pytest.raises(SystemExit):
        replace_folder(target, {Path("gold.jsonl"): b"new gold\n"})
    assert not target.exists()  # the window the fallback has ...
    assert recover(target)  # ... which the next run closes first
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold"]
    monkeypatch.setattr(folder_module, "checkpoint", lambda name: None)
    replace_folder(target, {Path("gold.jsonl"): b"new gold\n", Path("annotators/a.jsonl"): None})
    assert snapshot(target).keys() == {"gold.jsonl", "README.md"}


def test_replace_folder_swaps_in_one_step(tmp_path: Path) -> None:
    target = _folder(tmp_path)
    mode = target.stat().st_mode
    replace_folder(target, {Path("gold.jsonl"): b"new gold\n"})
    assert (target / "gold.jsonl").read_text() == "new gold\n" and (target / "README.md").read_text() == "keep me\n"
    assert target.stat().st_mode == mode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gold"]

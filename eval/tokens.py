"""Token-level scores with scikit-learn, from the same span documents.

Span scores say whether an extractor found the right *mentions*; token scores
say how much of the text it labelled right, and are what sequence-labelling
papers report. The conversion from spans to tokens is explicit:

* **Tokens** are ``\\w+`` runs or single other non-space characters
  (:data:`TOKEN_PATTERN`), with half-open code-point offsets into the
  unmodified text (an emoji is one token of one code point, a curly quote is a
  token, NBSP and ``\\r\\n`` are whitespace and never part of a token).
* A token belongs to a span when they **overlap** by at least one character.
* **BIO**: the first token of a span is ``B-LABEL``, the rest ``I-LABEL``;
  **IO** drops the B/I distinction. Spans that overlap each other cannot both
  be written into one tag sequence: longer spans are written first and a
  span that would retag an already tagged token is left out (so an entity
  inside a QUOTE is hidden by the quote; pass ``labels=`` without QUOTE to
  score entities at token level).

Scores are scikit-learn's :func:`~sklearn.metrics.precision_recall_fscore_support`
over IO labels (``O`` is not a class), and the confusion table is
:func:`~sklearn.metrics.confusion_matrix` with the ``O`` row renamed
SPURIOUS and the ``O`` column renamed MISSED.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from typing import TYPE_CHECKING

import numpy as np

from newsgold.errors import UserError
from newsgold.spandoc import Span, SpanDocument

if TYPE_CHECKING:  # pandas and scikit-learn are imported by the methods that use them (~1 s together)
    import pandas as pd

TOKEN_PATTERN = re.compile(r"\w+|[^\w\s]")
OUTSIDE = "O"


def tokenize(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` code-point offsets of the tokens of ``text``.

    >>> t = "Lavrov\\u00a0said \\u201cno\\u201d \\U0001f600\\r\\n"
    >>> [t[a:b] for a, b in tokenize(t)]
    ['Lavrov', 'said', '“', 'no', '”', '😀']
    """
    return [m.span() for m in TOKEN_PATTERN.finditer(text)]


def spans_to_tags(tokens: Sequence[tuple[int, int]], spans: Sequence[Span], scheme: str = "BIO") -> list[str]:
    """Tag each token from the spans (see the module docstring for the rules).

    >>> spans_to_tags([(0, 6), (7, 14), (15, 19)], [Span("a", 0, 14, "PERSON")])
    ['B-PERSON', 'I-PERSON', 'O']
    >>> spans_to_tags([(0, 6), (7, 14), (15, 19)], [Span("a", 0, 14, "PERSON")], scheme="IO")
    ['PERSON', 'PERSON', 'O']
    """
    if scheme not in ("BIO", "IO"):
        raise ValueError(f"scheme must be 'BIO' or 'IO', got {scheme!r}")
    tags = [OUTSIDE] * len(tokens)
    if not tokens:
        return tags
    starts = np.fromiter((a for a, _ in tokens), dtype=np.int64, count=len(tokens))
    ends = np.fromiter((b for _, b in tokens), dtype=np.int64, count=len(tokens))
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.label, s.id)):
        lo = int(np.searchsorted(ends, span.start, side="right"))  # first token ending after span.start
        hi = int(np.searchsorted(starts, span.end, side="left"))  # first token starting at/after span.end
        if lo >= hi or any(tags[i] != OUTSIDE for i in range(lo, hi)):
            continue
        for i in range(lo, hi):
            if scheme == "IO":
                tags[i] = span.label
            else:
                tags[i] = ("B-" if i == lo else "I-") + span.label
    return tags


def _split_tag(tag: str) -> tuple[str, str]:
    """``"B-PER"`` -> ``("B", "PER")``; ``"O"`` -> ``("O", "")``; BILOU's L/U read as E/S."""
    if tag == OUTSIDE or tag == "":
        return OUTSIDE, ""
    prefix, sep, kind = tag.partition("-")
    if not sep or prefix not in ("B", "I", "E", "S", "L", "U"):
        raise ValueError(f"tag {tag!r} is not O or B-/I-/E-/S-/L-/U- followed by a type")
    return {"L": "E", "U": "S"}.get(prefix, prefix), kind


def chunk_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Chunks ``(first token, last token, type)`` of a tag sequence, read exactly as conlleval does.

    conlleval's ``startOfChunk``/``endOfChunk`` rules, with E- and S- (and
    BILOU's L-, U-) handled as seqeval's ``get_entities`` handles them: an
    ``I-X`` after ``O`` or after another type starts a chunk, ``B-`` and ``S-``
    always start one, a chunk ends after ``E-``/``S-`` or when the type
    changes. IOB1 and IOB2 are both read correctly by these rules.

    >>> chunk_tags(["I-PER", "I-PER", "B-PER", "O", "E-LOC"])
    [(0, 1, 'PER'), (2, 2, 'PER'), (4, 4, 'LOC')]
    """
    out: list[tuple[int, int, str]] = []
    prev_tag, prev_type, begin = OUTSIDE, "", 0
    for i, raw in enumerate([*tags, OUTSIDE]):
        tag, kind = _split_tag(raw)
        end = (
            prev_tag in ("E", "S")
            or (prev_tag in ("B", "I") and tag in ("B", "S", OUTSIDE))
            or (prev_tag != OUTSIDE and prev_type != kind)
        )
        start = (
            tag in ("B", "S")
            or (prev_tag in ("E", "S", OUTSIDE) and tag in ("E", "I"))
            or (tag != OUTSIDE and prev_type != kind)
        )
        if end and prev_tag != OUTSIDE:
            out.append((begin, i - 1, prev_type))
        if start:
            begin = i
        prev_tag, prev_type = tag, kind
    return out


def tags_to_spans(tokens: Sequence[tuple[int, int]], tags: Sequence[str], prefix: str = "t") -> list[Span]:
    """Spans from BIO (or IOBES/BILOU) tags, read like conlleval (:func:`chunk_tags`).

    An ``I-X`` that follows ``O`` or a tag of another type *starts* an entity
    instead of being dropped: what a reader of the tags sees as an entity is
    scored as one. (seqeval's strict mode silently drops such entities.)

    >>> tags_to_spans([(0, 3), (4, 7), (8, 9)], ["I-PER", "I-PER", "O"])
    [Span(id='t0', start=0, end=7, label='PER', value=None, text=None)]
    """
    if len(tokens) != len(tags):
        raise ValueError(f"{len(tokens)} tokens but {len(tags)} tags")
    return [
        Span(f"{prefix}{n}", tokens[first][0], tokens[last][1], label)
        for n, (first, last, label) in enumerate(chunk_tags(tags))
    ]


def tags_to_io(tags: Sequence[str]) -> list[str]:
    """``B-X``/``I-X`` -> ``X``; ``O`` stays."""
    return [t[2:] if t[:2] in ("B-", "I-") else t for t in tags]


@dataclass(frozen=True)
class TokenResult:
    """Token-level gold and predicted IO labels of every document, and their scores."""

    labels: list[str]
    gold: list[str]
    pred: list[str]
    zero_division: float = 0.0  # scikit-learn's zero_division (0.0, 1.0 or nan), as for span scores

    def scores_frame(self) -> pd.DataFrame:
        """Per label precision/recall/F1/support (scikit-learn), plus micro and macro rows."""
        import pandas as pd
        from sklearn.metrics import precision_recall_fscore_support

        rows = []
        p, r, f, s = precision_recall_fscore_support(
            self.gold, self.pred, labels=self.labels, average=None, zero_division=self.zero_division
        )
        for i, lab in enumerate(self.labels):
            rows.append({"label": lab, "precision": p[i], "recall": r[i], "f1": f[i], "support": int(s[i])})
        for avg in ("micro", "macro"):
            p, r, f, _ = precision_recall_fscore_support(
                self.gold, self.pred, labels=self.labels, average=avg, zero_division=self.zero_division
            )
            rows.append({"label": avg, "precision": p, "recall": r, "f1": f, "support": int(sum(s))})
        return pd.DataFrame(rows)

    def confusion_frame(self) -> pd.DataFrame:
        """Tokens by gold label (rows, + SPURIOUS for gold O) and predicted label (columns, + MISSED for O)."""
        import pandas as pd
        from sklearn.metrics import confusion_matrix

        classes = [*self.labels, OUTSIDE]
        table = confusion_matrix(self.gold, self.pred, labels=classes)
        table[-1, -1] = 0  # O/O is not an error and not a count anyone reads
        frame = pd.DataFrame(table, index=[*self.labels, "SPURIOUS"], columns=[*self.labels, "MISSED"])
        frame.index.name, frame.columns.name = "gold", "predicted"
        return frame


def token_scores(
    gold: Sequence[SpanDocument],
    pred: Sequence[SpanDocument],
    *,
    labels: Sequence[str] | None = None,
    zero_division: float = 0.0,
) -> TokenResult:
    """Token-level IO labels of all documents (gold texts are tokenised), for scikit-learn metrics.

    Every gold document needs its text; a prediction for an unknown document is
    an error, a gold document without predictions is all ``O`` on the predicted side.
    """
    pred_by_id = {d.doc_id: d for d in pred}
    gold_ids = {d.doc_id for d in gold}
    unknown = sorted(set(pred_by_id) - gold_ids)
    if unknown:
        raise UserError(f"predicted doc_id {unknown[0]!r} is not in the gold set")
    wanted = set(labels) if labels is not None else None
    found: set[str] = set()
    gold_tags: list[str] = []
    pred_tags: list[str] = []
    for doc in sorted(gold, key=lambda d: d.doc_id):
        if doc.text is None:
            raise UserError(f"gold doc {doc.doc_id!r} has no text; token scores need it (pass --corpus)")
        tokens = tokenize(doc.text)
        other = pred_by_id.get(doc.doc_id, SpanDocument(doc.doc_id))
        g_spans = [s for s in doc.spans if wanted is None or s.label in wanted]
        p_spans = [s for s in other.spans if wanted is None or s.label in wanted]
        found.update(s.label for s in g_spans)
        found.update(s.label for s in p_spans)
        gold_tags += spans_to_tags(tokens, g_spans, scheme="IO")
        pred_tags += spans_to_tags(tokens, p_spans, scheme="IO")
    if not gold_tags:  # scikit-learn refuses empty label arrays; an empty text has nothing to score per token
        raise UserError("--tokens: the gold texts hold no token (each is empty or whitespace); nothing to score per token")
    label_list = list(labels) if labels is not None else sorted(found)
    return TokenResult(label_list, gold_tags, pred_tags, zero_division)

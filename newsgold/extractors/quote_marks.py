"""Finding the text between quotation marks, paragraph by paragraph.

Pure text, no model: returns the ``[start, end)`` of each outermost
quotation's content (marks excluded, surrounding whitespace trimmed).

* Double marks: straight ``"``, curly ``“ ”``, low ``„``, guillemets ``« »``.
* British single marks ``‘ ’`` (``gold/GUIDELINES.md`` section 7a), outside
  any double-quoted quotation: an opening ``‘`` after a space, bracket or dash
  pairs with the first ``’`` after it that ends a word (followed by a space,
  punctuation or the paragraph end, not a letter: "Hart-Davies’s" is not a
  closer), except the plural possessive ``s’`` before a lower-case word
  ("residents’ concerns"). A ``’`` with no ``‘`` before it is an apostrophe
  ("ministers’", "’90s"), and a ‘nested’ quotation inside a double-quoted one is
  part of the outer quotation's content.
* Straight single marks ``'`` (web copy typed on a plain keyboard, where the
  same character is also every apostrophe) follow the same rules, read by
  their neighbours: ``'`` after a space, bracket or dash and before a letter
  opens (except an elision: "'90s", "'em", "'til", "rock 'n' roll"), ``'``
  between two letters or digits is an apostrophe ("we're", "island's"), and
  ``'`` after a word or punctuation and before a space, punctuation or the
  paragraph end closes. So a straight ``'`` can only close a quotation that a
  straight ``'`` opened, and an apostrophe never opens one.
* A straight ``"`` is an opener or a closer by its neighbours (space or
  bracket before and a word after: opener; word or punctuation before and
  space/punctuation after: closer); when that is undecidable, it closes an
  open straight quotation and opens one otherwise.
* Marks are paired within one paragraph (a line), so an unbalanced mark can
  only affect its own paragraph. In that paragraph, a quotation left open at
  the end runs to the end of the paragraph when the next paragraph opens
  with a quotation mark (the press convention for a quotation over several
  paragraphs); otherwise the unclosed opener is ignored and the complete
  pairs inside and around it are kept.
* Nested quotations are not separate spans (the gold's spans are flat): only
  the outermost pair is returned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = {"“": "curly", "„": "curly", "«": "guillemet"}
CLOSERS = {"”": "curly", "»": "guillemet"}
STRAIGHT = '"'
_BEFORE_OPEN = set(" \t\n([{—–-/") | {""}
_AFTER_CLOSE = set(" \t\n)]}.,;:!?—–-/…") | {""}
_ELISION = re.compile(r"'(?:\d0s|em\b|til\b|n'|tis\b|twas\b|cause\b)", re.IGNORECASE)
"""A straight ' that starts a word but stands for missing letters ("'90s", "'em", "rock 'n' roll"), not a quotation mark."""


@dataclass(frozen=True, slots=True)
class Quotation:
    """The content ``[start, end)`` of one quotation and its marks' positions."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when it runs to the end of its paragraph unclosed


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each non-blank line (a news paragraph is a line)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text) if m.group().strip()]


def _classify_straight(text: str, i: int, straight_open: bool) -> str:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    opens = before in _BEFORE_OPEN and after not in (" ", "\t", "\n", "")
    closes = before not in (" ", "\t", "\n", "") and after in _AFTER_CLOSE
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if straight_open else "open"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _single_pairs(
    text: str, p_start: int, p_end: int, blocked: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], int | None]:
    """British single-mark pairs (``‘ ’``, or straight ``'`` read by its neighbours) in one paragraph outside the
    ``blocked`` (double-quoted) ranges, and an unclosed opener."""
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    straight_open = False  # the open quotation was opened by a straight ' (only a straight ' closes it)
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in "‘’'" or any(o <= i <= c for o, c in blocked):
            continue
        before = text[i - 1] if i > p_start else ""
        after = text[i + 1] if i + 1 < p_end else ""
        if ch == "'" and before in _BEFORE_OPEN and (after.isalpha() or after in "‘“\"") and not _ELISION.match(text, i):
            ch = "‘"  # a straight opener
        if ch == "‘":
            if opened is None and before in _BEFORE_OPEN and after not in (" ", "\t", ""):
                opened, straight_open = i, text[i] == "'"
            continue
        if ch == "'" and not straight_open:
            continue  # a straight ' closes only what a straight ' opened; otherwise an apostrophe
        if opened is None or before in (" ", "\t", "") or after.isalnum():
            continue  # an apostrophe: "’90s", "Hart-Davies’s", "we're", or no opener
        if before == "s" and re.match(r" [a-z]", text[i + 1 : i + 3]):
            continue  # plural possessive: "residents’ concerns"
        pairs.append((opened, i))
        opened, straight_open = None, False
    return pairs, opened


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quotations of ``text``, in order (see the module docstring for the rules).

    >>> t = '"Yes," he said. “No.”\\nShe said "unclosed.\\nBut "this" stays.'
    >>> [t[q.start:q.end] for q in find_quotations(t)]
    ['Yes,', 'No.', 'this']
    """
    found: list[Quotation] = []
    paras = paragraphs(text)
    for n, (p_start, p_end) in enumerate(paras):
        stack: list[tuple[int, str]] = []  # (position, family) of open marks
        pairs: list[tuple[int, int]] = []  # (open mark, close mark)
        for i in range(p_start, p_end):
            ch = text[i]
            if ch in OPENERS:
                stack.append((i, OPENERS[ch]))
            elif ch in CLOSERS or ch == STRAIGHT:
                if ch == STRAIGHT:
                    straight_open = any(fam == "straight" for _, fam in stack)
                    if _classify_straight(text, i, straight_open) == "open":
                        stack.append((i, "straight"))
                        continue
                if not stack:
                    continue  # a closer with no opener: ignore it
                opened, _ = stack.pop()
                pairs.append((opened, i))
        next_mark = text[paras[n + 1][0] : paras[n + 1][0] + 1] if n + 1 < len(paras) else ""
        next_opens = next_mark in ("“", '"', "„", "«")
        runs_on: tuple[int, int] | None = None
        if stack and next_opens:
            runs_on = (stack[0][0], p_end)  # press style: the quotation continues in the next paragraph
        blocked = [(o, c) for o, c in pairs] + ([runs_on] if runs_on else [])
        single_pairs, single_open = _single_pairs(text, p_start, p_end, blocked)
        pairs += single_pairs
        if runs_on is None and single_open is not None and (next_mark == "‘" or (next_mark == "'" and text[single_open] == "'")):
            runs_on = (single_open, p_end)
        outermost = []
        for o, c in pairs:
            # outermost: no complete pair around it (an opener that never closed does not count)
            enclosed = any(oo < o and cc > c for oo, cc in pairs)
            if not enclosed and (runs_on is None or o < runs_on[0]):
                outermost.append((o, c))
        for o, c in outermost:
            s, e = _trimmed(text, o + 1, c)
            if s < e:
                found.append(Quotation(s, e, o, c))
        if runs_on is not None:
            s, e = _trimmed(text, runs_on[0] + 1, runs_on[1])
            if s < e:
                found.append(Quotation(s, e, runs_on[0], None))
    return sorted(found, key=lambda q: q.start)

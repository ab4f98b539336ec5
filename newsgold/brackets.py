"""Whether a name's last character is a bracket the name itself opened ("CPI(M)").

Shared by the gold checker (a span may end in such a bracket: guidelines section 0, "a mark that
belongs to the name stays") and the entity rules (which must not trim it as punctuation).
"""

from __future__ import annotations

CLOSING = {")": "(", "]": "[", "}": "{"}
"""Closing brackets and the opening bracket each pairs with."""


def closes_own_bracket(name: str) -> bool:
    """True when ``name`` ends in a closing bracket opened inside it, not before it.

    >>> closes_own_bracket("CPI(M)"), closes_own_bracket("Lavrov)"), closes_own_bracket("Lavrov")
    (True, False, False)
    """
    opener = CLOSING.get(name[-1:])
    return opener is not None and name.count(opener) >= name.count(name[-1])

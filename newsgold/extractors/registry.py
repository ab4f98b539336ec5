"""Finding extractors: the ``newsgold.extractors`` entry point group.

newsgold's own extractors are declared in its ``pyproject.toml``; any other
package adds one the same way, without touching newsgold::

    [project.entry-points."newsgold.extractors"]
    my-ner = "my_package.newsgold_plugin:MyExtractor"

The target is a class (or factory) called with no arguments that returns an
:class:`~newsgold.extractors.base.Extractor`. An entry point whose module
cannot be imported (an optional dependency such as textacy is missing) is not
listed, so ``newsgold extract --list`` shows what actually runs here.
"""

from __future__ import annotations

import logging
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from newsgold.errors import UserError
from newsgold.extractors.base import Extractor

log = logging.getLogger(__name__)

GROUP = "newsgold.extractors"


def _entry_points() -> dict[str, EntryPoint]:
    found: dict[str, EntryPoint] = {}
    for ep in entry_points(group=GROUP):
        if ep.name in found and found[ep.name].value != ep.value:
            log.warning(
                "extractor %r is declared twice (%s, %s); using the first", ep.name, found[ep.name].value, ep.value
            )
            continue
        found.setdefault(ep.name, ep)
    return found


def _load(ep: EntryPoint) -> Any | None:
    """The entry point's target, or None if its module (or a dependency) cannot be imported."""
    try:
        return ep.load()
    except ImportError as exc:
        log.debug("extractor %r unavailable: %s", ep.name, exc)
        return None


def _describe(target: Any) -> str:
    description = getattr(target, "description", None)
    if isinstance(description, str) and description:
        return description
    doc = (getattr(target, "__doc__", None) or "").strip()
    return doc.splitlines()[0] if doc else ""


def available_extractors() -> dict[str, str]:
    """``{name: short description}`` of every installed extractor whose dependencies import, sorted by name."""
    out: dict[str, str] = {}
    for name, ep in sorted(_entry_points().items()):
        target = _load(ep)
        if target is not None:
            out[name] = _describe(target)
    return out


def get_extractor(name: str) -> Extractor:
    """Instantiate the extractor registered as ``name``.

    Raises :class:`UserError` naming the installed extractors when ``name`` is
    unknown or its dependencies are missing.
    """
    eps = _entry_points()
    ep = eps.get(name)
    target = _load(ep) if ep is not None else None
    if target is None:
        installed = ", ".join(available_extractors()) or "none"
        why = "its dependencies are not installed" if ep is not None else "no such extractor"
        hint = (
            " (textacy-quotes needs the 'quotes-peer' extra: pip install 'newsgold[quotes-peer]')"
            if (name == "textacy-quotes" and ep is not None)
            else ""
        )
        raise UserError(f"extractor {name!r}: {why}{hint}; installed extractors: {installed}")
    extractor = target()
    if not isinstance(extractor, Extractor):
        raise UserError(f"extractor {name!r} ({ep.value}) does not implement name, version and extract(documents)")
    return extractor

"""A newsgold project: the folder whose ``newsgold.toml`` says where its corpus, gold set, reports and cache live.

Every command resolves its defaults (``--corpus``, ``--gold``, ``--out``, the
predictions cache, the report's thresholds) from the project it runs in, found
like git finds a repository: ``newsgold.toml`` in the current folder or the
nearest folder above it. ``NEWSGOLD_PROJECT`` (a project folder or its
``newsgold.toml``) overrides the search; ``newsgold --project-dir DIR ...`` sets
it. Nothing ever resolves into the installed package: outside any project a
command that needs a gold set or a corpus says so in one line naming the option
and ``newsgold init`` (:func:`require_project`).

The config file (every key optional; paths relative to the file's folder)::

    [paths]
    corpus = "corpus"          # folder of UTF-8 .txt articles (+ manifest.jsonl)
    gold = "gold"              # gold set: a folder of *.jsonl (gold.jsonl) or one file
    reports = "reports"        # where `newsgold eval report` writes
    cache = ".newsgold-cache"  # predictions/ and sentences/ caches of the report

    [schema]                   # the labels of the config `annotate push` sends, and the
                               # only ones `annotate pull/submit` and `gold check` accept
    labels = ["PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"]

    [gold]
    reference = false          # true: a shipped reference gold set; `annotate pull` never
                               # writes into it by default (only with an explicit --out)

    [thresholds]               # gates of `newsgold eval report`, KEY = number in [0, 1]
    "spacy.strict.f1" = 0.9

Stable API (other modules build on these names):

- ``CONFIG_NAME`` (``"newsgold.toml"``), ``ENV_PROJECT`` (``"NEWSGOLD_PROJECT"``)
- :class:`Project`: ``root``, ``config_path``, ``corpus_dir``, ``gold_dir``,
  ``reports_dir``, ``cache_dir``, ``labels``, ``thresholds`` (flat
  ``{dotted key: value}``, possibly empty), ``reference_gold``, ``schema``
  (newsgold's :class:`~newsgold.schema.LabelSchema` restricted to ``labels``)
- :func:`current_schema` ``() -> LabelSchema``: the current project's schema,
  else the whole one (what push/pull/submit/gold check work with)
- :func:`find_project` ``(start=None) -> Project | None``: the project of
  ``start`` (default: ``NEWSGOLD_PROJECT``, else the current folder), upward
- :func:`load_project` ``(path) -> Project``: read one config file or folder
- :func:`require_project` ``(what, option) -> Project``: the project, or
  :class:`~newsgold.errors.UserError` naming ``option`` and ``newsgold init``
- :func:`default_corpus_dir`, :func:`default_gold_dir` (need a project),
  :func:`default_reports_dir`, :func:`default_cache_dir` (the project's, else
  ``./reports`` and ``./.newsgold-cache`` of the current folder)
- :func:`render_config` ``(...) -> str``: the text ``newsgold init`` writes
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.errors import UserError
from newsgold.schema import SCHEMA, SPAN_LABELS, LabelSchema

CONFIG_NAME = "newsgold.toml"
ENV_PROJECT = "NEWSGOLD_PROJECT"

DEFAULT_PATHS: dict[str, str] = {
    "corpus": "corpus",
    "gold": "gold",
    "reports": "reports",
    "cache": ".newsgold-cache",
}


@dataclass(frozen=True)
class Project:
    """A project's folders (absolute) and settings, as read from its ``newsgold.toml``."""

    root: Path
    config_path: Path
    corpus_dir: Path
    gold_dir: Path
    reports_dir: Path
    cache_dir: Path
    labels: tuple[str, ...] = SPAN_LABELS
    thresholds: dict[str, object] = field(default_factory=dict)
    reference_gold: bool = False

    @property
    def schema(self) -> LabelSchema:
        """newsgold's schema restricted to the project's ``[schema] labels``."""
        return SCHEMA.restrict(self.labels)


MAX_KEY_PARTS = 4
"""The longest gate key, EXTRACTOR.LABEL.SCHEME.METRIC, has four parts; deeper nesting is a mistake."""


def flatten(table: Mapping[str, Any], prefix: str = "", depth: int = 0) -> dict[str, Any]:
    """Nested TOML tables as dotted keys: ``{"a": {"b": 1}}`` -> ``{"a.b": 1}``.

    TOML reads an unquoted ``spacy.strict.f1 = 0.9`` as nested tables; this
    gives back the dotted key, so both spellings mean the same gate.

    >>> flatten({"spacy": {"strict": {"f1": 0.9}}, "quotes.attribution": 0.95})
    {'spacy.strict.f1': 0.9, 'quotes.attribution': 0.95}
    """
    if depth > MAX_KEY_PARTS:
        raise UserError(f"threshold key {prefix[:80]!r}... is nested deeper than any gate key")
    out: dict[str, Any] = {}
    for k, v in table.items():
        key = f"{prefix}.{k}" if prefix else str(k)
        if isinstance(v, Mapping):
            out.update(flatten(v, key, depth + 1))
        else:
            out[key] = v
    return out


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # imported when a config is read: `eval score --gold G` reads none (~3 ms of start-up)

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: TOMLDecodeError, bad UTF-8, a 5000-digit integer
        from newsgold.jsonl import without_python_advice

        raise UserError(f"{path}: cannot read the project config: {without_python_advice(exc)[:200] or 'nested too deeply'}") from None


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a project from its ``newsgold.toml`` (or the folder holding it); UserError when unreadable."""
    config = Path(path)
    if config.is_dir():
        config = config / CONFIG_NAME
    if not config.is_file():
        raise UserError(f"{config}: no newsgold project config here (create one with `newsgold init DIR`)")
    config = config.resolve()
    data = _read_toml(config)
    root = config.parent
    paths = data.get("paths", {})
    if not isinstance(paths, Mapping):
        raise UserError(f"{config}: [paths] must be a table of NAME = \"folder\"")
    unknown = sorted(set(paths) - set(DEFAULT_PATHS))
    if unknown:
        raise UserError(f"{config}: unknown key(s) in [paths]: {', '.join(unknown)} (known: {', '.join(DEFAULT_PATHS)})")
    resolved: dict[str, Path] = {}
    for name, default in DEFAULT_PATHS.items():
        value = paths.get(name, default)
        if not isinstance(value, str) or not value or "\0" in value:  # a "\u0000" escape: no path holds a NUL
            raise UserError(f"{config}: [paths] {name} must be a folder name, e.g. {name} = \"{default}\"")
        resolved[name] = (root / value).resolve()
    schema = data.get("schema", {})
    labels_value = schema.get("labels", list(SPAN_LABELS)) if isinstance(schema, Mapping) else None
    if not isinstance(labels_value, list) or not labels_value or not all(isinstance(x, str) for x in labels_value):
        raise UserError(f"{config}: [schema] labels must be a list of label names, e.g. [\"PERSON\", \"DATE\"]")
    bad = [x for x in labels_value if x not in SPAN_LABELS]
    if bad:
        raise UserError(f"{config}: [schema] unknown label(s) {', '.join(bad)}; labels are {', '.join(SPAN_LABELS)}")
    thresholds = data.get("thresholds", {})
    if not isinstance(thresholds, Mapping):
        raise UserError(f"{config}: [thresholds] must be a table of KEY = number")
    gold = data.get("gold", {})
    reference = gold.get("reference", False) if isinstance(gold, Mapping) else None
    if not isinstance(reference, bool):
        raise UserError(f"{config}: [gold] reference must be true or false")
    return Project(
        root=root,
        config_path=config,
        corpus_dir=resolved["corpus"],
        gold_dir=resolved["gold"],
        reports_dir=resolved["reports"],
        cache_dir=resolved["cache"],
        labels=tuple(labels_value),
        thresholds=flatten(thresholds),
        reference_gold=reference,
    )


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """``newsgold.toml`` in ``start`` (default: the current folder) or the nearest folder above it."""
    here = Path(start) if start is not None else Path.cwd()
    here = here.resolve()
    for folder in (here, *here.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def find_project(start: str | os.PathLike[str] | None = None) -> Project | None:
    """The project ``start`` lies in, or None outside any project.

    Without ``start``: ``$NEWSGOLD_PROJECT`` when set (an error if it names no
    project), else the current folder and its parents.
    """
    if start is None:
        env = os.environ.get(ENV_PROJECT)
        if env:
            try:
                return load_project(env)
            except UserError as exc:
                raise UserError(f"{ENV_PROJECT}={env}: {exc}") from None
    config = find_config(start)
    return load_project(config) if config is not None else None


def current_schema() -> LabelSchema:
    """The label schema commands work with: the current project's, else newsgold's whole schema.

    It decides the labeling config ``annotate push`` sends, the labels
    ``annotate pull`` and ``annotate submit`` accept and the labels ``gold check``
    allows; scoring takes ``--labels`` instead.
    """
    project = find_project()
    return project.schema if project is not None else SCHEMA


def require_project(what: str, option: str) -> Project:
    """The current project, or one line saying that ``what`` needs ``option`` or a project (UserError, exit 2)."""
    project = find_project()
    if project is None:
        raise UserError(
            f"no {what}: not inside a newsgold project (no {CONFIG_NAME} here or above); "
            f"pass {option}, or create a project with `newsgold init DIR` and run from inside it"
        )
    return project


def default_corpus_dir() -> Path:
    """The project's corpus folder (UserError outside a project, naming ``--corpus`` and ``newsgold init``)."""
    return require_project("corpus", "--corpus DIR").corpus_dir


def default_gold_dir() -> Path:
    """The project's gold folder (UserError outside a project, naming ``--gold`` and ``newsgold init``)."""
    return require_project("gold set", "--gold PATH").gold_dir


def default_reports_dir() -> Path:
    """The project's reports folder, else ``./reports`` (reports belong to the run, never to the package)."""
    project = find_project()
    return project.reports_dir if project is not None else Path.cwd() / DEFAULT_PATHS["reports"]


def default_cache_dir() -> Path:
    """The project's cache folder, else ``./.newsgold-cache``."""
    project = find_project()
    return project.cache_dir if project is not None else Path.cwd() / DEFAULT_PATHS["cache"]


def _toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_config(
    paths: Mapping[str, str] | None = None,
    labels: tuple[str, ...] = SPAN_LABELS,
    thresholds_comment: str = "",
) -> str:
    """The ``newsgold.toml`` that ``newsgold init`` writes: paths, the label schema, an empty ``[thresholds]``.

    >>> text = render_config()
    >>> import tomllib; tomllib.loads(text)["paths"]["gold"], tomllib.loads(text)["thresholds"]
    ('gold', {})
    """
    chosen = {**DEFAULT_PATHS, **(paths or {})}
    lines = [
        "# A newsgold project: every `newsgold` command run in this folder or below uses these settings.",
        "# Paths are relative to this file.",
        "",
        "[paths]",
        *(f"{name} = {_toml_string(value)}" for name, value in chosen.items()),
        "",
        "# The label schema in use (a subset of newsgold's: " + " ".join(SPAN_LABELS) + "): the labeling config",
        "# `annotate push` sends, and the only labels `annotate pull/submit` and `gold check` accept.",
        "[schema]",
        "labels = [" + ", ".join(_toml_string(x) for x in labels) + "]",
        "",
        "# Gates of `newsgold eval report`: KEY = minimum score in [0, 1], e.g. \"spacy.strict.f1\" = 0.9.",
        "# Set each below the lower end of the score's interval once you have measured it (docs/report.md),",
        "# with gold_sha256 = \"<the report's gold.sha256>\": on another gold set they are not applied.",
    ]
    if thresholds_comment:
        lines.append(thresholds_comment.rstrip("\n"))
    lines += ["[thresholds]", ""]
    return "\n".join(lines)

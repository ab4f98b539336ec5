"""Threshold gates: ``[thresholds]`` of the project's newsgold.toml and ``--fail-under KEY=VALUE``.

A gate key names one number of report.json::

    [EXTRACTOR.][LABEL|macro.]SCHEME.METRIC     e.g. spacy.strict.f1, quotes.QUOTE.partial.f1, strict.f1
    [EXTRACTOR.]attribution                     quotes: share of matched quotes with the right speaker
    [EXTRACTOR.]attribution_f1                  quotes: F1 of (quote, speaker) pairs
    [EXTRACTOR.]date_value                      dates: share of matched DATE spans with the right value

A key without an extractor applies to every extractor of the run that scores
it (``PERSON.strict.f1`` to those scored on PERSON, ``attribution`` to those
scored on QUOTE). A key naming an installed extractor that is not part of this
run is *skipped* (and listed as such); a key naming no known extractor, a
label the extractor is not scored on, or a value outside [0, 1] is bad input
(exit 2), because a gate that silently never applies protects nothing.

In TOML, an unquoted dotted key is a nested table (``spacy.strict.f1 = 0.6``
is ``{spacy = {strict = {f1 = 0.6}}}``); both that and the quoted form
``"spacy.strict.f1" = 0.6`` are read back as the dotted key.

**Thresholds belong to a gold set.** A threshold is set from scores measured
on one gold set; on another (a user's 200 documents) it means nothing. The
thresholds table records that gold set's fingerprint (the report's
``gold.sha256``) under the reserved key ``gold_sha256``; run against a gold set
with another fingerprint, the file's thresholds are *not applied* (reported
as "not applied: set for gold <fingerprint>") unless ``--apply-thresholds``.
``--fail-under`` gates always apply: they were given for this run.

**Honest verdicts.** A run with no gate says "no gates" (never "all gates
passed"); a gate on a score that is undefined (a zero denominator, no quote to
attribute) is "not applicable", neither passed nor failed.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsgold import numeric_options
from newsgold.errors import UserError
from newsgold.input_files import check_regular_file, read_input_text
from newsgold.jsonl import without_python_advice
from newsgold.project import CONFIG_NAME, find_project, flatten
from newsgold.schema import DATE, QUOTE, SPAN_LABELS
from newsgold.eval.registry import SCHEME_NAMES

SCHEMES = SCHEME_NAMES  # from the one registry
AVERAGES = ("macro", "weighted")  # averages of the label rows a gate can name instead of a label
METRICS = ("precision", "recall", "f1")
SPECIAL = {"attribution": QUOTE, "attribution_f1": QUOTE, "date_value": DATE}
"""Keys that are not span scores, and the label an extractor must be scored on for them to apply."""

EPSILON = 1e-12
GOLD_FINGERPRINT_KEY = "gold_sha256"
"""Reserved key of the thresholds table: the sha256 of the gold set the thresholds were set against."""

PASSED, FAILED, NOT_APPLICABLE = "passed", "failed", "not applicable"


@dataclass(frozen=True)
class GateKey:
    """A parsed gate key; ``extractor`` None means every extractor."""

    key: str
    extractor: str | None
    label: str | None  # a span label, "macro", "weighted", or None for the overall score
    scheme: str | None
    metric: str


@dataclass
class GateResult:
    """One gate applied to one extractor."""

    key: str
    extractor: str
    threshold: float
    value: float | None
    passed: bool | None  # None: not applicable (the score is undefined)
    origin: str  # the thresholds file's path or "--fail-under"
    status: str = PASSED  # PASSED, FAILED or NOT_APPLICABLE

    def line(self) -> str:
        shown = "undefined" if self.value is None else f"{self.value:.4f}"
        verdict = {PASSED: "ok", FAILED: "FAILED"}.get(self.status, "n/a")
        return f"{verdict:6} {self.extractor}: {self.key} = {shown} (must be >= {self.threshold:g}; from {self.origin})"


def parse_key(key: str, known_extractors: Iterable[str]) -> GateKey:
    """Parse a gate key (UserError when it is not one).

    >>> parse_key("quotes.QUOTE.partial.f1", ["quotes"])
    GateKey(key='quotes.QUOTE.partial.f1', extractor='quotes', label='QUOTE', scheme='partial', metric='f1')
    >>> parse_key("strict.f1", []).extractor is None
    True
    """
    known = set(known_extractors)
    parts = key.strip().split(".")
    bad = UserError(
        f"unknown gate key {key!r}: expected [EXTRACTOR.][LABEL.]SCHEME.METRIC (SCHEME one of {', '.join(SCHEMES)}, "
        f"METRIC one of {', '.join(METRICS)}) or [EXTRACTOR.]attribution|attribution_f1|date_value"
    )
    if not all(parts):
        raise bad
    if parts[-1] in SPECIAL:
        prefix, label, scheme = parts[:-1], None, None
        if len(prefix) > 1:
            raise bad
    elif len(parts) >= 2 and parts[-1] in METRICS and parts[-2] in SCHEMES:
        prefix, scheme, label = parts[:-2], parts[-2], None
        if len(prefix) == 2:
            label, prefix = prefix[1], prefix[:1]
        elif len(prefix) == 1 and (prefix[0] in SPAN_LABELS or prefix[0] in AVERAGES):
            label, prefix = prefix[0], []
        elif len(prefix) > 2:
            raise bad
        if label is not None and label not in SPAN_LABELS and label not in AVERAGES:
            raise UserError(f"gate key {key!r}: unknown label {label!r} (labels: {', '.join(SPAN_LABELS)}, or 'macro')")
    else:
        raise bad
    extractor = prefix[0] if prefix else None
    if extractor is not None and extractor not in known:
        names = ", ".join(sorted(known)) or "none"
        raise UserError(f"gate key {key!r}: no extractor named {extractor!r} (known: {names})")
    return GateKey(key.strip(), extractor, label, scheme, parts[-1])


def parse_value(key: str, value: object) -> float:
    """A threshold must be a finite number in [0, 1] (:func:`newsgold.numeric_options.threshold`)."""
    return numeric_options.threshold(value, f"gate {key[:80]!r}")


def thresholds_file(explicit: Path | None) -> Path | None:
    """The TOML file to read: ``explicit``, else the project's ``newsgold.toml`` (None outside a project)."""
    if explicit is not None:
        return check_regular_file(explicit, "--thresholds")
    project = find_project()
    return project.config_path if project is not None else None


def read_thresholds(path: Path | None) -> dict[str, object]:
    """The thresholds of ``path`` as ``{dotted key: value}`` (empty when absent).

    ``[thresholds]`` of a ``newsgold.toml``; in any other TOML file (say a
    pyproject.toml given to ``--thresholds``) ``[tool.newsgold.thresholds]``.
    """
    if path is None:
        return {}
    text = read_input_text(path, "thresholds file")
    try:
        data = tomllib.loads(text)
    except (ValueError, RecursionError) as exc:  # ValueError: TOMLDecodeError, or an integer of more than 4300 digits
        raise UserError(f"{path}: cannot read thresholds: {without_python_advice(exc)[:200] or 'nested too deeply'}") from None
    tables = ("thresholds",) if path.name == CONFIG_NAME else ("tool", "newsgold", "thresholds")
    node: Any = data
    for depth in range(1, len(tables) + 1):
        node = node.get(tables[depth - 1], {})
        if not isinstance(node, Mapping):
            # e.g. `tool = 1`: each level must be a table, not only the last one
            raise UserError(f"{path}: [{'.'.join(tables[:depth])}] must be a table (of KEY = number)")
    return flatten(node)


@dataclass(frozen=True)
class Thresholds:
    """The thresholds of a file, and the fingerprint of the gold set they were set against (None: not recorded)."""

    values: dict[str, object]
    origin: str | None
    gold_sha256: str | None


def load_thresholds(path: Path | None) -> Thresholds:
    """The one place thresholds are read: the table's gates and its ``gold_sha256`` (see module docstring)."""
    values = dict(read_thresholds(path))
    fingerprint = values.pop(GOLD_FINGERPRINT_KEY, None)
    if fingerprint is not None and (not isinstance(fingerprint, str) or not fingerprint.strip()):
        raise UserError(f"{path}: thresholds {GOLD_FINGERPRINT_KEY} must be the gold set's sha256 as a string")
    return Thresholds(values, str(path) if path is not None else None, fingerprint.strip() if fingerprint else None)


def thresholds_apply(thresholds: Thresholds, gold_sha256: str, force: bool) -> bool:
    """Whether the file's thresholds apply to a run on the gold set ``gold_sha256``.

    They do when they were set for this gold set, when no fingerprint was
    recorded (nothing says they were set elsewhere), or when ``force``
    (``--apply-thresholds``).
    """
    return force or thresholds.gold_sha256 is None or thresholds.gold_sha256 == gold_sha256


def not_applied_record(thresholds: Thresholds, gold_sha256: str) -> dict[str, Any]:
    """The ``gates.not_applied`` entry: which thresholds were left out, and why."""
    set_for = thresholds.gold_sha256 or ""
    return {
        "thresholds_file": thresholds.origin,
        "keys": sorted(thresholds.values),
        "set_for_gold": set_for,
        "this_gold": gold_sha256,
        "reason": f"not applied: set for gold {set_for[:12]} (this gold set is {gold_sha256[:12]}; "
        "--apply-thresholds applies them anyway)",
    }


def parse_fail_under(values: Iterable[str]) -> dict[str, object]:
    """``["spacy.strict.f1=0.6"]`` -> ``{"spacy.strict.f1": "0.6"}``."""
    out: dict[str, object] = {}
    for value in values:
        key, sep, number = value.partition("=")
        if not sep or not key.strip() or not number.strip():
            raise UserError(f"--fail-under {value!r}: expected KEY=VALUE, e.g. --fail-under spacy.strict.f1=0.6")
        out[key.strip()] = number.strip()
    return out


def collect_gates(
    config: Mapping[str, object], config_origin: str, cli: Mapping[str, object], known_extractors: Iterable[str]
) -> list[tuple[GateKey, float, str]]:
    """Parse every gate; a ``--fail-under`` key replaces the same key from the config file."""
    known = list(known_extractors)
    merged: dict[str, tuple[object, str]] = {k: (v, config_origin) for k, v in config.items()}
    merged.update({k: (v, "--fail-under") for k, v in cli.items()})
    return [(parse_key(k, known), parse_value(k, v), origin) for k, (v, origin) in merged.items()]


def _row(score: Mapping[str, Any], gate: GateKey) -> Mapping[str, Any]:
    scheme = score["schemes"][gate.scheme]
    if gate.label is None:
        return scheme["overall"]
    if gate.label in AVERAGES:
        return scheme[gate.label]
    return scheme["labels"][gate.label]


def _lookup(entry: Mapping[str, Any], gate: GateKey) -> tuple[float | None, bool]:
    """The gated number and whether it is defined.

    Undefined: ``None`` (nothing to measure, or ``zero_division="nan"``), or
    listed in the row's ``undefined`` (the scoring engine's marker of a zero
    denominator, whatever value ``zero_division`` filled in).
    """
    score = entry["score"]
    if gate.metric == "attribution":
        row, metric = score["attribution"], "accuracy"
    elif gate.metric == "attribution_f1":
        row, metric = score["attribution"]["pairs"], "f1"
    elif gate.metric == "date_value":
        row, metric = score["dates"], "value_accuracy"
    else:
        row, metric = _row(score, gate), gate.metric
    value = row.get(metric)
    value = None if value is None else float(value)
    defined = value is not None and value == value and metric not in (row.get("undefined") or ())
    return value, defined


def _required_label(gate: GateKey) -> str | None:
    return SPECIAL.get(gate.metric) or (gate.label if gate.label is not None and gate.label not in AVERAGES else None)


def evaluate_gates(
    gates: Iterable[tuple[GateKey, float, str]], extractors: Mapping[str, Mapping[str, Any]]
) -> tuple[list[GateResult], list[dict[str, str]]]:
    """Apply the gates to report.json's ``extractors``; returns (results, skipped gates with the reason)."""
    results: list[GateResult] = []
    skipped: list[dict[str, str]] = []
    for gate, threshold, origin in gates:
        targets = [gate.extractor] if gate.extractor is not None else list(extractors)
        if gate.extractor is not None and gate.extractor not in extractors:
            skipped.append({"key": gate.key, "reason": f"extractor {gate.extractor!r} is not part of this run"})
            continue
        required = _required_label(gate)
        applied = False
        for name in targets:
            entry = extractors[name]
            if required is not None and required not in entry["labels"]:
                if gate.extractor is not None:
                    raise UserError(
                        f"gate {gate.key!r}: {name!r} is scored on {', '.join(entry['labels'])}, not {required}"
                    )
                continue
            value, defined = _lookup(entry, gate)
            if not defined:
                results.append(GateResult(gate.key, name, threshold, value, None, origin, NOT_APPLICABLE))
            else:
                passed = value is not None and value + EPSILON >= threshold
                status = PASSED if passed else FAILED
                results.append(GateResult(gate.key, name, threshold, value, passed, origin, status))
            applied = True
        if not applied and gate.extractor is None:
            skipped.append({"key": gate.key, "reason": f"no extractor of this run is scored on {required}"})
    return results, skipped


def gates_record(
    results: list[GateResult],
    skipped: list[dict[str, str]],
    source: str | None,
    not_applied: dict[str, Any] | None = None,
    gold_sha256: str | None = None,
) -> dict[str, Any]:
    """The ``gates`` entry of report.json.

    ``status`` is ``"no gates"`` when no gate was evaluated (none given, or
    all not applied / not applicable), else ``"failed"`` or ``"passed"``;
    ``passed`` is False only when a gate failed (the exit status reads it).
    """
    failed = [r for r in results if r.status == FAILED]
    evaluated = [r for r in results if r.status != NOT_APPLICABLE]
    status = "no gates" if not evaluated else (FAILED if failed else PASSED)
    return {
        "thresholds_file": source,
        "thresholds_set_for_gold": gold_sha256,
        "status": status,
        "passed": not failed,
        "results": [asdict(r) for r in results],
        "failed": [asdict(r) for r in failed],
        "not_applicable": [asdict(r) for r in results if r.status == NOT_APPLICABLE],
        "skipped": skipped,
        "not_applied": not_applied,
    }

"""Finding a Label Studio project by its exact title, and keeping its config in step with the schema.

``projects.list(title=...)`` is a case-insensitive *substring* match in Label
Studio ("news" also finds "news-2"), and titles are not unique, so the exact
title is compared here and two projects with the same title are an error
rather than a coin toss.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgold.annotate.api import Api
from newsgold.annotate.config import build_label_config, config_labels
from newsgold.errors import UserError
from newsgold.schema import SCHEMA, LabelSchema

DEFAULT_TITLE = "newsgold"


@dataclass(frozen=True)
class ProjectRef:
    id: int
    title: str
    label_config: str
    model_version: str | None


def _ref(p: Any) -> ProjectRef:
    return ProjectRef(int(p.id), p.title, p.label_config or "", getattr(p, "model_version", None) or None)


def check_title(title: str) -> str:
    if not 3 <= len(title) <= 50:
        raise UserError(f"project title {title!r} must be 3 to 50 characters long (a Label Studio rule)")
    return title


def find_project(api: Api, title: str) -> ProjectRef | None:
    """The project whose title is exactly ``title``; None if there is none; UserError if several."""
    check_title(title)

    def lookup() -> list[Any]:
        pager: Any = api.ls.projects.list(title=title, page_size=100)  # a substring match: filter exactly
        return [p for p in api.pages(pager, "listing projects") if p.title == title]

    matches = api.read(f"looking up project {title!r}", lookup)
    if len(matches) > 1:
        ids = ", ".join(str(p.id) for p in matches)
        raise UserError(f"several Label Studio projects are titled {title!r} (ids {ids}); rename all but one")
    return _ref(matches[0]) if matches else None


def require_project(api: Api, title: str) -> ProjectRef:
    """Like :func:`find_project` but a missing project is an error that says how to create it."""
    project = find_project(api, title)
    if project is None:
        raise UserError(
            f"no Label Studio project titled {title!r} at {api.conn.safe_url}; create it with "
            f"'newsgold annotate push --project \"{title}\"' or pass the right --project"
        )
    return project


@dataclass(frozen=True)
class ControlDifference:
    """A control (or one label of it) of the project's config that the generated config lacks or changes."""

    control: str
    label: str | None
    what: str


def _controls(xml: str) -> dict[str, tuple[str, tuple[str, ...], frozenset[str]]]:
    """``{control name: (tag, toName, labels)}`` of a labeling config (empty for an empty config)."""
    if not xml.strip():
        return {}
    from label_studio_sdk.label_interface import LabelInterface

    try:
        li = LabelInterface(xml)
    except Exception as exc:  # the SDK raises several XML/syntax error classes
        raise UserError(f"the project's labeling config does not parse: {exc}") from None
    return {
        c.name: (c.tag, tuple(c.to_name), frozenset(getattr(c, "labels", None) or ()))
        for c in li.controls
    }


def control_differences(current: str, wanted: str) -> list[ControlDifference]:
    """What replacing ``current`` by ``wanted`` would take away: controls, their tag or target, their labels."""
    have, want = _controls(current), _controls(wanted)
    out = []
    for name, (tag, to_name, labels) in sorted(have.items()):
        if name not in want:
            out.append(ControlDifference(name, None, f"control {name!r} ({tag}) is not in the generated config"))
            continue
        w_tag, w_to, w_labels = want[name]
        if (tag, to_name) != (w_tag, w_to):
            out.append(ControlDifference(
                name, None, f"control {name!r} is {tag} on {list(to_name)}, the generated one {w_tag} on {list(w_to)}"
            ))
        for label in sorted(labels - w_labels):
            out.append(ControlDifference(name, label, f"label {label!r} of {name!r} is not in the generated config"))
    return out


def used_controls(api: Api, project: ProjectRef) -> dict[str, set[str]] | None:
    """``{control name: labels used}`` by the project's annotations, from Label Studio's project summary.

    None when the server does not say (then every difference counts as used).
    """
    try:
        body = api.read(f"reading the summary of {project.title!r}", api.get_json, f"api/projects/{project.id}/summary/")
    except UserError:
        return None
    labels = body.get("created_labels") if isinstance(body, dict) else None
    if not isinstance(labels, dict):
        return None
    return {
        str(name): {str(k) for k, n in (counts or {}).items() if n} if isinstance(counts, dict) else set()
        for name, counts in labels.items()
    }


def ensure_project(
    api: Api, title: str, log: Any = print, *, force_config: bool = False, schema: LabelSchema = SCHEMA
) -> ProjectRef:
    """Find or create the project; bring its config to the schema without orphaning annotated data.

    A config edited in Label Studio (a renamed DATE value box, a removed
    label) is replaced only when no annotation uses what would disappear;
    otherwise push stops and names each difference, unless ``force_config``.
    Labels the schema no longer has are refused even when unused, since
    annotators may be about to use them.
    """
    wanted = build_label_config(schema)
    project = find_project(api, title)
    if project is None:
        created = api.write(
            f"creating project {title!r}",
            api.ls.projects.create,
            title=title,
            label_config=wanted,
            description="newsgold gold-set annotation (config generated from newsgold.schema)",
        )
        log(f"created project {title!r} (id {created.id})")
        return _ref(created)
    if project.label_config.strip() == wanted.strip():
        return project
    differences = control_differences(project.label_config, wanted)
    if differences and not force_config:
        used = used_controls(api, project)
        blocking = [
            d for d in differences
            if used is None or d.control in used and (d.label is None or d.label in used[d.control])
            or (d.label is not None and d.label not in config_labels(wanted))
        ]
        if blocking:
            raise UserError(
                f"project {title!r} (id {project.id}) has a labeling config that differs from newsgold's and "
                f"replacing it would orphan annotated data: {'; '.join(d.what for d in blocking)}. Rename it back in "
                "Label Studio, use a new --project, or pass --force-config to replace it anyway"
            )
    if not force_config:
        # the server rejects a config that drops a control or label still used by an annotation
        api.write(
            f"checking the new config of project {title!r}",
            api.ls.projects.validate_label_config,
            id=project.id,
            label_config=wanted,
        )
    updated = api.write(f"updating the config of project {title!r}", api.ls.projects.update, id=project.id, label_config=wanted)
    log(f"updated the labeling config of project {title!r} (id {project.id}) to the current schema")
    return _ref(updated)


def apply_settings(
    api: Api, project: ProjectRef, *, instructions: str | None = None, annotators: int | None = None
) -> list[str]:
    """Set the annotators' instructions and the overlap (people per task); returns the settings changed.

    Overlap in Label Studio 1.23 is ``maximum_annotations`` (a task counts as
    done, and leaves the labelling stream, once that many people submitted it)
    applied to ``overlap_cohort_percentage`` % of the tasks (100: all of them);
    the server copies it into every task's ``overlap`` on change and on import.
    """
    current = api.read(f"reading the settings of {project.title!r}", api.ls.projects.get, id=project.id)
    changes: dict[str, Any] = {}
    if instructions is not None:
        if (getattr(current, "expert_instruction", None) or "") != instructions:
            changes["expert_instruction"] = instructions
        if not getattr(current, "show_instruction", False):
            changes["show_instruction"] = True
    if annotators is not None:
        if annotators < 1:
            raise UserError("--annotators must be at least 1")
        if getattr(current, "maximum_annotations", None) != annotators:
            changes["maximum_annotations"] = annotators
        if getattr(current, "overlap_cohort_percentage", 100) != 100:
            changes["overlap_cohort_percentage"] = 100
    if changes:
        api.write(f"updating the settings of {project.title!r}", api.ls.projects.update, id=project.id, **changes)
    return sorted(changes)

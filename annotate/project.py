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
        return [p for p in pager if p.title == title]

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


def ensure_project(api: Api, title: str, log: Any = print) -> ProjectRef:
    """Find or create the project; update its config if the schema grew, refuse if labels would be orphaned."""
    wanted = build_label_config()
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
    old_labels = config_labels(project.label_config) if project.label_config.strip() else set()
    dropped = sorted(old_labels - config_labels(wanted))
    if dropped:
        raise UserError(
            f"project {title!r} (id {project.id}) uses labels {dropped} that the newsgold schema no longer has; "
            "updating its config would orphan them. Relabel those regions in Label Studio or use a new --project"
        )
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

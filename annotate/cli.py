"""``newsgold annotate {serve,push,pull,submit}``: argument parsing only; the work is in the modules."""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgold.annotate.connection import ENV_CONFIG, ENV_KEY, ENV_URL
from newsgold.annotate.project import DEFAULT_TITLE
from newsgold import numeric_options
from newsgold.cli_parser import NewsgoldParser
from newsgold.errors import UserError
from newsgold.exit_codes import EPILOG
from newsgold.outputs import check_output_dir, check_output_file
from newsgold.project import current_schema, find_project, require_project
from newsgold.schema import SCHEMA

DESCRIPTION = """\
Label Studio round trip. A newcomer's flow:

  newsgold init my-news && cd my-news   # a project of your own: corpus/, gold/, newsgold.toml
  newsgold annotate serve           # local Label Studio on 127.0.0.1 (leave it running)
  newsgold annotate push            # one task per article of corpus/
  (label in the browser)
  newsgold annotate pull            # gold/gold.jsonl, per-annotator files, agreement, provenance

push/pull/submit find the server through --url/--api-key, the environment
(LABEL_STUDIO_URL, LABEL_STUDIO_API_KEY) or the 0600 config file that serve writes.
"""


def _connection_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("server connection")
    g.add_argument("--url", help=f"Label Studio URL (default: ${ENV_URL}, else the config file serve wrote)")
    g.add_argument(
        "--api-key",
        help=f"API key: a personal access token or a legacy token (default: ${ENV_KEY}, else the config file). "
        "Prefer the environment: command lines end up in shell history",
    )
    g.add_argument("--config", type=Path, help=f"connection config file (default: ${ENV_CONFIG} or ~/.config/newsgold/label-studio.json)")
    g.add_argument("--timeout", type=numeric_options.timeout, default=60.0, help="seconds to wait for each server reply (default 60)")


def _project_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--project", default=DEFAULT_TITLE, help=f"exact project title (default {DEFAULT_TITLE!r})")


def build_parser(prog: str) -> argparse.ArgumentParser:
    parser = NewsgoldParser(
        prog=prog, description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="{serve,push,pull,submit}")

    def add(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name, help=help, description=help, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
        )

    serve = add("serve", "run a local Label Studio (SQLite, 127.0.0.1) until Ctrl-C")
    serve.add_argument("--data-dir", type=Path, default=Path(".ls-data"), help="data folder the server owns (default ./.ls-data)")
    serve.add_argument("--port", type=numeric_options.port, default=8080, help="loopback port (default 8080; 0 picks a free one)")
    serve.add_argument("--email", default="admin@newsgold.local", help="admin login created on first start")
    serve.add_argument("--config", type=Path, help="where to write the connection config (mode 0600)")
    serve.add_argument("--startup-timeout", type=numeric_options.timeout, default=240.0, help="seconds to wait for /health/ (default 240)")

    push = add("push", "import the corpus as tasks (idempotent), optionally with predictions")
    _project_option(push)
    push.add_argument("--corpus", type=Path, help="corpus folder (default: the project's corpus/)")
    push.add_argument(
        "--predictions",
        metavar="NAME_OR_FILE",
        action="append",
        help="pre-annotations: an extractor name (e.g. spacy, dates, quotes) or a span-document JSONL file; "
        "repeat it to merge several into one pre-annotation per task (each region notes its source)",
    )
    push.add_argument("--replace", action="store_true", help="update tasks whose text changed (only if unannotated)")
    push.add_argument(
        "--annotators", type=numeric_options.positive_int, metavar="N",
        help="how many people label each task (Label Studio's overlap; default: leave the project's setting)",
    )
    push.add_argument(
        "--guidelines", type=Path, metavar="FILE",
        help="Markdown shown to annotators as the project's instructions (default: GUIDELINES.md of the gold folder)",
    )
    push.add_argument(
        "--force-config", action="store_true",
        help="replace a labeling config edited in Label Studio even if annotations use what it would drop",
    )
    push.add_argument("--batch-size", type=numeric_options.positive_int, default=500, help="tasks per import request (default 500)")
    push.add_argument("--no-progress", action="store_true", help="no progress bar")
    _connection_options(push)

    pull = add("pull", "merge the annotations into the gold folder (validated, all or nothing)")
    _project_option(pull)
    pull.add_argument("--out", type=Path, help="output folder (default: the project's gold/)")
    pull.add_argument(
        "--force", action="store_true",
        help="take the server's version of documents that changed (new documents never need it)",
    )
    pull.add_argument("--no-progress", action="store_true", help="no progress bar")
    pull.add_argument(
        "--prune", action="store_true",
        help="remove local documents and annotator files that are no longer on the server (kept by default)",
    )
    _connection_options(pull)

    submit = add("submit", "submit an annotator's span documents as their Label Studio annotations")
    _project_option(submit)
    submit.add_argument("--annotator", required=True, metavar="EMAIL", help="the annotator (user created if missing)")
    submit.add_argument("--from", dest="source", required=True, type=Path, metavar="FILE.jsonl", help="span documents")
    submit.add_argument("--ground-truth", action="store_true", help="mark these annotations as the tasks' ground truth")
    submit.add_argument("--no-progress", action="store_true", help="no progress bar")
    _connection_options(submit)
    return parser


def _api(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from newsgold.annotate.api import Api
    from newsgold.annotate.connection import resolve_connection

    return Api(resolve_connection(args.url, args.api_key, args.config), timeout=args.timeout)


def _api_url(args: argparse.Namespace) -> str:
    from newsgold.annotate.connection import resolve_connection

    return resolve_connection(args.url, args.api_key, args.config).safe_url


def report_url(base: str, project_id: int) -> str:
    """The browser address of a project's data manager."""
    return f"{base.rstrip('/')}/projects/{project_id}/data"


def default_pull_dir() -> Path:
    """The project's gold folder, unless it is a shipped reference gold set (then UserError, naming the way out).

    The repository's own ``gold/`` is the reference every score in the README
    is measured against; a newcomer trying the flow inside the checkout must
    not write into it, so only an explicit ``--out`` may.
    """
    project = find_project()
    if project is not None and project.reference_gold:
        raise UserError(
            f"{project.gold_dir} is the reference gold set of {project.config_path} and is not pulled into; "
            "make a project of your own (`newsgold init my-news`, then run from inside it) or pass --out DIR"
        )
    return require_project("gold folder to pull into", "--out DIR").gold_dir


def main(argv: list[str], prog: str) -> int:
    args = build_parser(prog).parse_args(argv)
    if args.command == "serve":
        from newsgold.annotate.connection import default_config_path
        from newsgold.annotate.server import LocalServer, serve_forever

        check_output_dir(args.data_dir, "--data-dir")  # before a minute of start-up: not /sys, not a file
        check_output_file(args.config or default_config_path(), "--config")
        server = LocalServer(
            args.data_dir, port=args.port, email=args.email, config_path=args.config, startup_timeout=args.startup_timeout
        )
        return serve_forever(server)
    if args.command == "push":
        from newsgold.annotate.instructions import load_guidelines
        from newsgold.annotate.push import load_predictions, merge_predictions, push
        from newsgold.corpus import load_corpus

        docs = load_corpus(args.corpus)
        project = find_project()
        guidelines = args.guidelines or (project.gold_dir / "GUIDELINES.md" if project is not None else None)
        if args.guidelines is None and guidelines is not None and not guidelines.is_file():
            guidelines = None
        instructions = load_guidelines(guidelines) if guidelines else None
        preds = merge_predictions([load_predictions(p, docs) for p in args.predictions]) if args.predictions else None
        report = push(
            _api(args), args.project, docs, predictions=preds, replace=args.replace, batch_size=args.batch_size,
            progress=not args.no_progress, force_config=args.force_config, instructions=instructions,
            annotators=args.annotators, schema=project.schema if project is not None else SCHEMA,
        )
        print(report.summary())
        print(f"label them at {report_url(_api_url(args), report.project.id)}")
        return 0
    if args.command == "pull":
        from newsgold.annotate.pull import pull

        out = args.out or default_pull_dir()  # before connecting: a refusal costs no server round trip
        check_output_dir(out, "--out")
        result = pull(
            _api(args), args.project, out, force=args.force, prune=args.prune, show_progress=not args.no_progress,
            schema=current_schema(),
        )
        return 1 if result.needs_adjudication else 0
    if args.command == "submit":
        from newsgold.annotate.submit import load_submission, submit

        submission = load_submission(args.source)
        submitted = submit(
            _api(args), args.project, args.annotator, submission, ground_truth=args.ground_truth,
            show_progress=not args.no_progress, schema=current_schema(),
        )
        print(submitted.summary())
        return 0
    raise AssertionError(args.command)

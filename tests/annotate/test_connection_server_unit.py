"""Connection resolution and secrecy, server start-up guards, agreement and gold choice (no server)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from newsgold.agreement import agreement_report, pair_agreement, token_labels
from newsgold.annotate.api import Api
from newsgold.annotate.connection import Connection, display_url, read_config, redact, resolve_connection, write_config
from newsgold.annotate.convert import to_ls_result
from newsgold.annotate.project import ProjectRef
from newsgold.annotate.pull import convert_tasks
from newsgold.annotate.server import (
    LEAKING_ENV,
    AdminCredentials,
    ServerError,
    child_environment,
    find_server_binary,
    prepare_data_dir,
)
from newsgold.cli import main as newsgold_main
from newsgold.errors import UserError
from newsgold.spandoc import Span, SpanDocument

KEY = "s3cr3t-legacy-token-abcdef0123456789"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEWSGOLD_LABEL_STUDIO_CONFIG", str(tmp_path / "cfg" / "ls.json"))


def test_flags_then_env_then_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = write_config("http://127.0.0.1:9", "from-config-key")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert resolve_connection().api_key == "from-config-key"
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://ls.example:8080/")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "from-env-key")
    conn = resolve_connection()
    assert (conn.url, conn.api_key) == ("http://ls.example:8080", "from-env-key")
    conn = resolve_connection(url="https://x.example/ls", api_key="flag-key")
    assert (conn.url, conn.api_key, conn.base_url) == ("https://x.example/ls", "flag-key", "https://x.example/ls/")


def test_missing_values_say_what_to_do() -> None:
    with pytest.raises(UserError, match="LABEL_STUDIO_URL"):
        resolve_connection()
    with pytest.raises(UserError, match="LABEL_STUDIO_API_KEY"):
        resolve_connection(url="http://127.0.0.1:8080")
    with pytest.raises(UserError, match="not an http"):
        resolve_connection(url="ftp://x", api_key=KEY)


@pytest.mark.parametrize("url", ["http://256.1.1.1", "http://10.0.0.999:8080/ls"])
def test_a_url_the_http_client_cannot_parse_is_refused_before_any_request(url: str) -> None:
    """urlsplit takes a host such as 256.1.1.1 but httpx refuses it when the first request is built:
    an InvalidURL (not an httpx.HTTPError) escaped every handler and annotate exited 3."""
    with pytest.raises(UserError, match="is not a usable URL"):
        resolve_connection(url=url, api_key=KEY)


def test_a_config_path_through_a_file_is_no_config(tmp_path: Path) -> None:
    """HOME (or NEWSGOLD_LABEL_STUDIO_CONFIG's folder) being a file: stat() raised NotADirectoryError, exit 3."""
    (tmp_path / "home").write_text("not a folder")
    assert read_config(tmp_path / "home" / ".config" / "newsgold" / "label-studio.json") == {}


def test_config_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = write_config("http://127.0.0.1:9", KEY, tmp_path / "c.json")
    os.chmod(path, 0o644)
    with pytest.raises(UserError, match="chmod 600") as err:
        read_config(path)
    assert KEY not in str(err.value)


def test_key_never_in_repr_str_or_redacted_messages() -> None:
    conn = Connection("http://user:pw@127.0.0.1:8080/?token=abc", KEY, "flags")
    assert KEY not in repr(conn) and KEY not in str(conn)
    assert display_url(conn.url) == "http://127.0.0.1:8080/"
    assert redact(f"bad key {KEY} here", KEY) == "bad key *** here"
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
    assert "eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9" not in redact("part eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9 leaked", jwt)


def test_server_down_is_one_line_without_the_key(monkeypatch, capsys, caplog, tmp_path) -> None:
    from newsgold.annotate.server import free_port

    monkeypatch.setenv("LABEL_STUDIO_URL", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", KEY)
    caplog.set_level(logging.DEBUG)
    assert newsgold_main(["annotate", "pull", "--project", "whatever", "--out", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert len(err.strip().splitlines()) == 1 and "cannot reach Label Studio" in err
    assert KEY not in out + err + caplog.text


def test_expired_pat_is_a_clear_error() -> None:
    import base64
    import json

    def b64(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    expired = f"{b64({'alg': 'HS256'})}.{b64({'token_type': 'refresh', 'exp': 1})}.{b64({'s': 'sig-sig-sig-sig'})}"
    with pytest.raises(UserError, match="rejected the API key") as err:
        Api(Connection("http://127.0.0.1:9", expired, "test"))
    assert expired not in str(err.value)


def test_child_environment_drops_leaking_names() -> None:
    base = {name: "leak" for name in LEAKING_ENV} | {"PATH": "/bin"}
    creds = AdminCredentials("a@b.c", "pw-pw-pw-pw", KEY)
    env = child_environment(Path("/tmp/x"), creds, base)
    assert not set(LEAKING_ENV) & set(env)
    assert env["PATH"] == "/bin" and env["LABEL_STUDIO_USER_TOKEN"] == KEY
    assert env["LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN"] == "true"
    assert env["COLLECT_ANALYTICS"] == "false" and env["SENTRY_DSN"] == ""


def test_data_dir_is_owned(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "label_studio.sqlite3").write_text("someone else's")
    with pytest.raises(ServerError, match="not created by"):
        prepare_data_dir(foreign)
    mine = prepare_data_dir(tmp_path / "mine")
    creds, first = AdminCredentials.load_or_create(mine)
    again, second = AdminCredentials.load_or_create(mine)
    assert first and not second and again.api_key == creds.api_key and len(creds.api_key) == 40
    assert stat.S_IMODE((mine / "newsgold-admin.json").stat().st_mode) == 0o600
    prepare_data_dir(mine)  # our own folder is adopted again


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--data-dir", "/sys/newsgold-fuzz", "--data-dir /sys/newsgold-fuzz: /sys is a system folder"),
    ("--config", "{tmp}", "--config {tmp}: is a folder"),
])  # fmt: skip
def test_serve_checks_its_folder_and_config_before_starting(monkeypatch, capsys, tmp_path: Path, option: str,
                                                             value: str, message: str) -> None:  # type: ignore[no-untyped-def]
    """Before: mkdir under /sys raised PermissionError (exit 3); a --config folder failed only after the server's
    minute of start-up. The binary is missing here: the checks must come first to be what is reported."""
    monkeypatch.setenv("NEWSGOLD_LABEL_STUDIO_BIN", str(tmp_path / "nope"))
    monkeypatch.setenv("NEWSGOLD_CRASH_DIR", str(tmp_path / "crashes"))
    argv = ["annotate", "serve", "--data-dir", str(tmp_path / "data"), "--port", "0"]
    argv += [option, value.format(tmp=tmp_path)]
    assert newsgold_main(argv) == 2
    assert message.format(tmp=tmp_path) in capsys.readouterr().err


def test_missing_server_binary_says_how_to_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSGOLD_LABEL_STUDIO_BIN", str(tmp_path / "nope"))
    with pytest.raises(ServerError, match=r"make server.*newsgold\[server\]"):
        find_server_binary()


def _sdoc(doc_id: str, spans: list[tuple[int, int, str]], text: str) -> SpanDocument:
    return SpanDocument(doc_id, [Span(f"s{i}", a, b, lab, None, text[a:b]) for i, (a, b, lab) in enumerate(spans)],
                        text=text)


def test_pair_agreement_counts_by_hand() -> None:
    text = "Ana met Bo in Oslo ."
    a = _sdoc("d", [(0, 3, "PERSON"), (8, 10, "PERSON"), (14, 18, "GPE")], text)
    b = _sdoc("d", [(0, 3, "PERSON"), (14, 18, "LOC")], text)
    assert token_labels(a, text) == ["PERSON", "O", "PERSON", "O", "GPE", "O"]
    res = pair_agreement({"d": a}, {"d": b})
    assert {k: res["labels"]["PERSON"][k] for k in ("a", "b", "both", "f1")} == {
        "a": 2, "b": 1, "both": 1, "f1": pytest.approx(2 / 3)}
    assert res["labels"]["GPE"]["f1"] == 0.0 and res["labels"]["ORG"]["f1"] is None
    assert res["overall"]["f1"] == pytest.approx(2 * 1 / 5)
    from sklearn.metrics import cohen_kappa_score

    expected = cohen_kappa_score(["PERSON", "O", "PERSON", "O", "GPE", "O"], ["PERSON", "O", "O", "O", "LOC", "O"])
    assert res["token_kappa"] == pytest.approx(expected)
    assert agreement_report({"x": {"d": a}, "y": {"d": a}})["pairs"][0]["token_kappa"] == pytest.approx(1.0)


def _task(task_id: int, doc: SpanDocument, anns: list[tuple[str, SpanDocument, bool, bool]]) -> dict:
    return {
        "id": task_id,
        "data": {"text": doc.text, "doc_id": doc.doc_id},
        "annotations": [
            {"id": task_id * 10 + i, "completed_by": {"id": i + 1, "email": who}, "ground_truth": gt,
             "was_cancelled": cancelled, "result": to_ls_result(d, doc.text)}
            for i, (who, d, gt, cancelled) in enumerate(anns)
        ],
    }


def test_gold_choice_ground_truth_single_agreement_and_adjudication() -> None:
    text = "Ana met Bo in Oslo ."
    x = _sdoc("a", [(0, 3, "PERSON")], text)
    y = _sdoc("a", [(0, 3, "ORG")], text)
    project = ProjectRef(1, "p", "", None)
    tasks = [
        _task(1, _sdoc("t1", [], text), [("u@x", _sdoc("t1", [(0, 3, "PERSON")], text), False, False),
                                         ("v@x", _sdoc("t1", [(0, 3, "ORG")], text), True, False)]),
        _task(2, _sdoc("t2", [], text), [("u@x", _sdoc("t2", [(14, 18, "GPE")], text), False, False),
                                         ("w@x", _sdoc("t2", [], text), False, True)]),
        _task(3, _sdoc("t3", [], text), [("u@x", _sdoc("t3", [(0, 3, "PERSON")], text), False, False),
                                         ("v@x", _sdoc("t3", [(0, 3, "PERSON")], text), False, False)]),
        _task(4, _sdoc("t4", [], text), [("u@x", _sdoc("t4", [(0, 3, "PERSON")], text), False, False),
                                         ("v@x", _sdoc("t4", [(0, 3, "ORG")], text), False, False)]),
    ]
    del x, y
    result = convert_tasks(tasks, project)
    assert [s.label for s in result.gold["t1"].spans] == ["ORG"]  # ground truth
    assert [s.label for s in result.gold["t2"].spans] == ["GPE"]  # the only live one (w skipped)
    assert "t3" in result.gold  # both agree
    assert [i["doc_id"] for i in result.needs_adjudication] == ["t4"]
    assert "w@x" not in {a.annotator for a in result.annotations}


def test_timeout_is_one_line_error(monkeypatch, capsys, tmp_path) -> None:
    import socket

    with socket.socket() as silent:  # accepts connections (backlog) but never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        monkeypatch.setenv("LABEL_STUDIO_URL", f"http://127.0.0.1:{silent.getsockname()[1]}")
        monkeypatch.setenv("LABEL_STUDIO_API_KEY", KEY)
        assert newsgold_main(["annotate", "pull", "--project", "whatever", "--timeout", "0.3", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "did not answer in time" in err and "--timeout" in err
    assert KEY not in err


def test_pull_never_defaults_into_a_reference_gold(tmp_path, monkeypatch, capsys) -> None:
    """In the repository (reference gold), a bare pull refuses before any connection and names the way out."""
    monkeypatch.delenv("NEWSGOLD_PROJECT", raising=False)
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    assert newsgold_main(["annotate", "pull", "--project", "whatever"]) == 2
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "reference gold set" in line and "newsgold init" in line and "--out DIR" in line
    assert "--force" not in line
    monkeypatch.chdir(tmp_path)  # outside any project: say where to pull to
    assert newsgold_main(["annotate", "pull", "--project", "whatever"]) == 2
    line = capsys.readouterr().err.strip()
    assert "--out DIR" in line and "newsgold init" in line


def test_guidelines_and_admin_credentials_that_are_fifos_are_refused(tmp_path: Path, outcome_reading_fifo) -> None:  # type: ignore[no-untyped-def]
    """Before: read_bytes()/read_text() on a FIFO waited for a writer forever (push --guidelines, serve)."""
    from newsgold.annotate.instructions import load_guidelines

    fifo = tmp_path / "guidelines.md"
    os.mkfifo(fifo)
    refused = outcome_reading_fifo(fifo, lambda: load_guidelines(fifo))
    assert isinstance(refused, UserError) and "not a regular file" in str(refused)
    data_dir = prepare_data_dir(tmp_path / "data")
    os.mkfifo(data_dir / "newsgold-admin.json")
    refused = outcome_reading_fifo(data_dir / "newsgold-admin.json", lambda: AdminCredentials.load_or_create(data_dir))
    assert isinstance(refused, ServerError) and "damaged" in str(refused)


@pytest.mark.parametrize("content", ['["a", "b", "c"]', '"x"', '{"email": 1, "password": "p", "api_key": "k"}'])
def test_admin_credentials_of_another_shape_are_a_damaged_folder(tmp_path: Path, content: str) -> None:
    """Before: TypeError (a list or string indexed by 'email'), exit 3; or an int email passed on to the server."""
    data_dir = prepare_data_dir(tmp_path / "data")
    (data_dir / "newsgold-admin.json").write_text(content, encoding="utf-8")
    with pytest.raises(ServerError, match="damaged"):
        AdminCredentials.load_or_create(data_dir)

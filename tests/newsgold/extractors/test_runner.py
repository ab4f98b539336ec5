"""run_extractor: the one place an extractor's output is checked (extract, report, push)."""

from __future__ import annotations

import pytest

from newsgold.errors import UserError
from newsgold.extractors.runner import check_output, run_extractor
from newsgold.spandoc import Span, SpanDocument


class _Fixed:
    """An extractor returning whatever it was given."""

    name = "fixed"
    version = "1"

    def __init__(self, out: object) -> None:
        self.out = out

    def extract(self, documents):  # noqa: ANN001, ANN201
        return self.out(documents) if callable(self.out) else self.out


def test_good_output_is_reordered_and_gets_its_texts(make_doc) -> None:  # noqa: ANN001
    a, b = make_doc("Alpha text.", doc_id="a"), make_doc("Beta text.", doc_id="b")
    out = run_extractor(_Fixed([SpanDocument("b", [Span("s1", 0, 4, "ORG")]), SpanDocument("a")]), [a, b])
    assert [d.doc_id for d in out] == ["a", "b"] and out[1].text == "Beta text."


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("not a list", "did not return a list"),
        ([SpanDocument("a")], "returned no document for b"),
        ([SpanDocument("a"), SpanDocument("b"), SpanDocument("c")], "not in its input"),
        ([SpanDocument("a"), SpanDocument("a"), SpanDocument("b")], "twice"),
        ([SpanDocument("a", [Span("s1", 0, 99, "ORG")]), SpanDocument("b")], "past the end"),
        ([SpanDocument("a", [Span("s1", 0, 4, "ORG", text="Beta")]), SpanDocument("b")], "but the span says"),
        ([SpanDocument("a", [Span("s1", 3, 2, "ORG")]), SpanDocument("b")], "invalid span document"),
    ],
)
def test_bad_output_is_a_user_error_naming_the_extractor(make_doc, out: object, message: str) -> None:  # noqa: ANN001
    docs = [make_doc("Alpha text.", doc_id="a"), make_doc("Beta text.", doc_id="b")]
    with pytest.raises(UserError, match=message) as info:
        run_extractor(_Fixed(out), docs)
    assert "'fixed'" in str(info.value)


def test_check_output_is_what_the_cli_report_and_push_share() -> None:
    import inspect

    from newsgold.annotate import predictions as push
    from newsgold.eval.report import sources

    from newsgold import extract_cli

    for module in (extract_cli, push, sources):
        assert "run_extractor(" in inspect.getsource(module), module.__name__
    assert check_output("x", [], []) == []

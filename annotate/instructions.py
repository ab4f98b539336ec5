"""The project's written guidelines, shown to annotators in Label Studio before and while they label.

Label Studio shows a project's ``expert_instruction`` (HTML) when an
annotator opens the labelling stream (``show_instruction``) and behind the
editor's "instructions" button. ``annotate push`` fills it from the project's
``GUIDELINES.md``, rendered with markdown-it-py with raw HTML *disabled*: any
``<script>`` or ``<img onerror=...>`` in the file comes out as visible, escaped
text, and markdown-it's link check drops ``javascript:`` links, so a
guidelines file cannot run code in annotators' browsers.
"""

from __future__ import annotations

from pathlib import Path

from newsgold.errors import UserError
from newsgold.input_files import check_regular_file

MAX_BYTES = 1_000_000


def render_guidelines(markdown_text: str) -> str:
    """HTML for Label Studio's instructions panel; raw HTML in the input is escaped, never passed through."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")
    return md.render(markdown_text)


def load_guidelines(path: Path) -> str:
    """The rendered guidelines of ``path`` (UTF-8 Markdown)."""
    check_regular_file(path, "--guidelines")  # a FIFO would block the read, /dev/zero never end it
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UserError(f"cannot read the guidelines {path}: {exc.strerror}") from None
    if len(data) > MAX_BYTES:
        raise UserError(f"{path} is over {MAX_BYTES} bytes; guidelines over {MAX_BYTES} bytes are not shown to annotators")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 (byte {exc.start})") from None
    return render_guidelines(text)

"""The made-up layout examples in docs/layouts.md parse as the docs say."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kamerparse

LAYOUTS = Path(__file__).resolve().parent.parent / "docs" / "layouts.md"


def _examples() -> list[tuple[str, str]]:
    """(layout heading's format name, example text) for each ```text block."""
    doc = LAYOUTS.read_text(encoding="utf-8")
    out = []
    for section in re.split(r"^## ", doc, flags=re.M)[1:]:
        m = re.match(r"[^\n]*\((?P<fmt>[a-z-]+)\)", section)
        for block in re.findall(r"```text\n(.*?)```", section, flags=re.S):
            out.append((m.group("fmt") if m else "", block))
    return out


EXAMPLES = _examples()


def test_every_layout_has_an_example() -> None:
    assert {fmt for fmt, _ in EXAMPLES} >= {"kamerstuk-text", "ob-page-text", "letterhead-text"}


@pytest.mark.parametrize(("fmt", "text"), EXAMPLES, ids=[f for f, _ in EXAMPLES])
def test_layout_example_parses(fmt: str, text: str) -> None:
    letter = kamerparse.parse(text)
    assert letter.source.format == fmt
    assert letter.document_type is kamerparse.records.DocumentType.LETTER
    assert letter.date is not None
    assert letter.signatories and letter.signatories[0].name == "A.B. de Vries"
    assert [f.number for f in letter.footnotes] == ["1"]
    assert all(f.refs for f in letter.footnotes)
    assert "samenwerkingsover-" not in letter.text

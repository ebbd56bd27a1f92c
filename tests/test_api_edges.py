"""Rough edges of the Python API: PDF input, ``reference_date`` as a string, the repr."""

from __future__ import annotations

import datetime

import pytest

import kamerparse
from kamerparse._cli import main

#: A letter without a date line: relative dates resolve against ``reference_date``.
UNDATED = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Op 3 november jl. sprak ik met de commissie.\n\n"
    "De Minister van Defensie,\nA.B. de Vries\n"
)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\x00\x01stream"


@pytest.mark.parametrize(
    "data", [PDF, b"\n  " + PDF, PDF.decode("latin-1")], ids=["bytes", "whitespace", "str"]
)
def test_pdf_input_says_it_is_pdf_and_how_to_get_the_text(data: bytes | str) -> None:
    with pytest.raises(kamerparse.InvalidInput) as e:
        kamerparse.parse(data)
    message = str(e.value)
    assert message.startswith("PDF input")
    assert "pdftotext -layout" in message
    assert "NUL" not in message


def test_pdf_file_on_the_command_line(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "letter.pdf"
    path.write_bytes(PDF)
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: InvalidInput error PDF input" in err
    assert "pdftotext -layout" in err


def test_text_that_mentions_pdf_is_not_refused() -> None:
    text = UNDATED.replace("commissie.", "commissie (bijlage: %PDF-1.4 als bestand).")
    letter = kamerparse.parse(text)
    assert letter.signatories


def _resolved(letter: kamerparse.Letter) -> list[str]:
    return [e.value for e in letter.events]


def test_reference_date_as_iso_string() -> None:
    as_date = kamerparse.parse(UNDATED, reference_date=datetime.date(2022, 12, 1))
    assert _resolved(as_date) == ["2022-11-03"]  # the test means something
    assert kamerparse.parse(UNDATED, reference_date="2022-12-01") == as_date
    assert kamerparse.parse(UNDATED, reference_date=" 2022-12-01 ") == as_date
    assert (
        kamerparse.parse(UNDATED, reference_date=datetime.datetime(2022, 12, 1, 15, 30)) == as_date
    )
    assert _resolved(kamerparse.parse(UNDATED)) != _resolved(as_date)


@pytest.mark.parametrize("bad", ["1 december 2022", "2022-13-01", ""])
def test_reference_date_bad_string_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="reference_date: not an ISO date"):
        kamerparse.parse(UNDATED, reference_date=bad)


@pytest.mark.parametrize("bad", [20221201, 2022.12, ("2022", "12", "01")])
def test_reference_date_other_types_are_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match=r"reference_date must be a datetime\.date or an ISO"):
        kamerparse.parse(UNDATED, reference_date=bad)  # type: ignore[arg-type]


def test_print_letter_is_short(seed_path: object) -> None:
    letter = kamerparse.parse_file(str(seed_path))
    text = repr(letter)
    assert text == str(letter)
    assert len(text) < 400 < len(letter.text)
    assert letter.text[:200] not in text
    assert f"text=<{len(letter.text)} characters>" in text
    assert f"{len(letter.events)} events" in text
    assert f"stuk={letter.stuk.number!r}" in text if letter.stuk else True
    assert repr(kamerparse.parse("x y z")).startswith("Letter(source=None,")


def test_version_is_a_string() -> None:
    assert isinstance(kamerparse.__version__, str)
    assert kamerparse.__version__

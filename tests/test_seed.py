"""The seed letter (samples/kst-29521-AZ.md): the facts issue 2's "Done when" lists.

Values are facts read from the seed: its header, title, opening, numbered headings,
footnotes and signatures, and the four page-break joins the reader must repair.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import kamerparse
from kamerparse.readers.base import to_superscript
from kamerparse.records import Chamber, DocumentType, Letter

SENDER_ROLES = (
    "Minister van Buitenlandse Zaken",
    "Minister van Defensie",
    "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
    "Minister van Justitie en Veiligheid",
)
SIGNATORY_NAMES = (
    "W.B. Hoekstra",
    "K.H. Ollongren",
    "E.N.A.J. Schreinemacher",
    "D. Yeşilgöz-Zegerius",
)
#: (number, title, level, parent) of every numbered heading, in order.
SECTIONS = (
    ("1", "Politieke situatie en veiligheidsontwikkelingen in de Sahel en West-Afrika", 1, None),
    ("1.1", "Grondoorzaken van instabiliteit in de Sahelregio", 2, "1"),
    ("1.2", "Mali", 2, "1"),
    ("1.3", "Niger", 2, "1"),
    ("1.4", "Burkina Faso", 2, "1"),
    ("1.5", "Expansie van instabiliteit naar West-Afrikaanse kuststaten", 2, "1"),
    ("2", "Missies en Operaties", 1, None),
    ("2.1", "Nederlandse veiligheidsinzet", 2, "2"),
    ("2.2", "VN-missie MINUSMA", 2, "2"),
    ("2.3", "EU-missies", 2, "2"),
    ("2.4", "Taakgroep Takuba", 2, "2"),
    ("2.5", "Flintlock", 2, "2"),
    ("2.6", "GPOI", 2, "2"),
    ("2.7", "Overige Nederlandse veiligheidsinzet in de Sahel en West-Afrika", 2, "2"),
)
#: Text the reader must join across a page break or a footnote block.
JOINS = (
    "samenwerkingsovereenkomst",
    "de bescherming van burgers",
    "op het vlak van veiligheid",
    "Algiers in 2015 hebben getekend",
)


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Letter:
    return kamerparse.parse_file(seed_path)


def _body_part(letter: Letter) -> str:
    """The text before the first footnote body (notes are moved to the end)."""
    starts = [f.span.start for f in letter.footnotes]
    return letter.text[: min(starts)] if starts else letter.text


def test_document_type_and_header(seed: Letter) -> None:
    assert seed.document_type is DocumentType.LETTER
    assert seed.vergaderjaar == "2022-2023"
    assert [(d.number, d.title) for d in seed.dossiers] == [
        ("29521", "Nederlandse deelname aan vredesmissies")
    ]
    assert seed.stuk is not None
    assert (seed.stuk.number, seed.stuk.reprint) == ("AZ", True)


def test_chamber_and_addressee(seed: Letter) -> None:
    assert seed.chamber is Chamber.EERSTE_KAMER
    assert seed.addressee is not None
    assert seed.addressee.chamber is Chamber.EERSTE_KAMER
    assert "Voorzitter" in seed.addressee.text


def test_title_and_senders(seed: Letter) -> None:
    assert seed.title is not None
    assert seed.title.upper().startswith("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")
    assert tuple(s.role for s in seed.senders) == SENDER_ROLES


def test_signatories(seed: Letter) -> None:
    assert tuple((s.role, s.name) for s in seed.signatories) == tuple(
        zip(SENDER_ROLES, SIGNATORY_NAMES, strict=True)
    )


def test_place_and_date(seed: Letter) -> None:
    assert seed.date == datetime.date(2022, 11, 25)
    assert seed.place == "Den Haag"


def test_sections(seed: Letter) -> None:
    got = tuple((s.number, s.title, s.level, s.parent) for s in seed.sections if s.number)
    assert got == SECTIONS


def test_unnumbered_sub_headings(seed: Letter) -> None:
    """The seed's unnumbered sub-headings (``Politiek``, ``Veiligheid``) are sections
    without number, one level below the numbered section they stand in."""
    levels = {s.number: s.level for s in seed.sections if s.number}
    unnumbered = [s for s in seed.sections if s.number is None]
    assert {s.title for s in unnumbered} >= {"Politiek", "Veiligheid"}
    for s in unnumbered:
        assert s.parent is not None and s.level == levels[s.parent] + 1


def test_sections_in_text_order(seed: Letter) -> None:
    starts = [s.span.start for s in seed.sections]
    assert starts == sorted(starts)


def test_footnotes_numbered_and_linked(seed: Letter) -> None:
    assert [f.number for f in seed.footnotes] == [str(n) for n in range(1, 8)]
    for note in seed.footnotes:
        assert note.text.strip(), f"footnote {note.number} has no text"
        assert len(note.refs) >= 1, f"footnote {note.number} has no marker"
        for ref in note.refs:
            assert ref.of(seed.text) == to_superscript(note.number)
            assert ref.end <= note.span.start or ref.start >= note.span.end


def test_footnote_texts(seed: Letter) -> None:
    first = seed.footnotes[0]
    assert first.text == "Herdruk i.v.m. toevoeging van een voetnoot."
    assert seed.footnotes[4].text.startswith("Een Crisis Management Concept (CMC)")


def test_first_marker_on_reprint_header_line(seed: Letter) -> None:
    ref = seed.footnotes[0].refs[0]
    line_start = seed.text.rfind("\n", 0, ref.start) + 1
    line_end = seed.text.find("\n", ref.end)
    line = seed.text[line_start : line_end if line_end >= 0 else len(seed.text)]
    assert "AZ" in line
    assert "HERDRUK" in line.upper()
    assert seed.stuk is not None
    assert seed.stuk.span.end <= ref.start


def test_markers_precede_their_notes_and_stay_in_body(seed: Letter) -> None:
    body = _body_part(seed)
    for note in seed.footnotes:
        for ref in note.refs:
            assert ref.end <= len(body)


def test_no_footnote_text_or_markup_in_body(seed: Letter) -> None:
    body = _body_part(seed)
    for note in seed.footnotes:
        assert note.text not in body, f"footnote {note.number}'s text is in the body"
    for junk in ("<sup>", "</sup>", "**", "#", "\n---"):
        assert junk not in body, f"{junk!r} left in the body text"
    assert not body.startswith("---")


def test_footnotes_after_signatures(seed: Letter) -> None:
    last_signature = max(s.span.end for s in seed.signatories)
    assert all(f.span.start >= last_signature for f in seed.footnotes)


@pytest.mark.parametrize("joined", JOINS)
def test_page_break_joins(seed: Letter, joined: str) -> None:
    assert joined in seed.text


def test_hyphen_split_gone(seed: Letter) -> None:
    assert "samenwerkingsover-" not in seed.text
    assert "samenwerkingsover- " not in seed.text


def test_no_error_diagnostics(seed: Letter) -> None:
    errors = [d for d in seed.diagnostics if d.severity.value == "error"]
    assert not errors, errors

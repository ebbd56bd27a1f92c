"""Table tests per section parser: (text, expected records), on made-up snippets shaped
like the real layouts."""

from __future__ import annotations

import datetime
from typing import TypeVar

import pytest

from kamerparse.readers.base import Block, BlockKind
from kamerparse.records import Chamber, DocumentType, Span
from kamerparse.sections import (
    BODY,
    FOOTNOTES,
    HEADER,
    OPENING,
    SIGNATURES,
    TITLE,
    SectionContext,
    SectionResult,
    SectionType,
)
from kamerparse.sections.header import normalise_dossier
from kamerparse.sections.opening import parse_dutch_date
from kamerparse.sections.signatures import normalise_role
from kamerparse.sections.title import role_case

T = TypeVar("T")


def _parse(kind: SectionType[T], text: str, blocks: list[Block], title: Block | None = None) -> T:
    """A section parser's records, called through its registry entry (no diagnostics)."""
    result: SectionResult[T] = kind.parse(text, blocks, SectionContext(title=title))
    assert result.diagnostics == ()
    return result.records


def blocks_of(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> list[Block]:
    """One block per blank-line separated chunk of ``text``."""
    out = []
    pos = 0
    for chunk in text.split("\n\n"):
        out.append(Block(kind=kind, span=Span(start=pos, end=pos + len(chunk))))
        pos += len(chunk) + 2
    return out


# --- header ----------------------------------------------------------------------------

HEADER_CASES = [
    # (header text, title line, vergaderjaar, [(dossier, title)], stuk, reprint)
    (
        "Vergaderjaar 2022–2023\n\n29 521\n\nNederlandse deelname aan vredesmissies\n\nAZ HERDRUK¹",
        "BRIEF VAN DE MINISTER VAN DEFENSIE",
        "2022-2023",
        [("29521", "Nederlandse deelname aan vredesmissies")],
        "AZ",
        True,
    ),
    (
        "29 521 Nederlandse deelname aan vredesmissies",
        "Nr. 291 BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN",
        None,
        [("29521", "Nederlandse deelname aan vredesmissies")],
        "291",
        False,
    ),
    (
        "21 501-02 Raad Algemene Zaken en Raad Buitenlandse Zaken",
        "Nr. 1581 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
        None,
        [("21501-02", "Raad Algemene Zaken en Raad Buitenlandse Zaken")],
        "1581",
        False,
    ),
    (
        "33 000 X Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X)",
        "Nr. 60 BRIEF VAN DE MINISTER VAN DEFENSIE",
        None,
        [("33000-X", "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X)")],
        "60",
        False,
    ),
    (
        "24 126\nVolksgezondheidsbeleid 1995–1998",
        "nr. 1\nBRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID",
        None,
        [("24126", "Volksgezondheidsbeleid 1995–1998")],
        "1",
        False,
    ),
    (
        "Kamerstuk\n\nDatum publicatieOrganisatieVergaderjaarDossier- en ondernummer\n"
        "Eerste Kamer der Staten-Generaal2012-2013CII nr. E\n\nCII Nota «Bestuur in samenhang.»",
        "E BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
        "2012-2013",
        [("CII", "Nota «Bestuur in samenhang.»")],
        "E",
        False,
    ),
    (
        "Vaststelling begroting Infrastructuurfonds 2018",
        "34775 A 52 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
        None,
        [("34775-A", None)],
        "52",
        False,
    ),
    (
        "36 200 VII Vaststelling van de begrotingsstaten\n\n36 180 Voorjaarsnota",
        "Nr. 12 BRIEF VAN DE MINISTER VAN FINANCIËN",
        None,
        [("36200-VII", "Vaststelling van de begrotingsstaten"), ("36180", "Voorjaarsnota")],
        "12",
        False,
    ),
    (
        "Bron: https://zoek.officielebekendmakingen.nl/kst-31953-34.html",
        "Nr. 34 BRIEF VAN DE MINISTER VAN VOLKSHUISVESTING",
        None,
        [("31953", None)],
        "34",
        False,
    ),
]


@pytest.mark.parametrize(
    ("header", "title", "vergaderjaar", "dossiers", "stuk", "reprint"), HEADER_CASES
)
def test_header(
    header: str,
    title: str,
    vergaderjaar: str | None,
    dossiers: list[tuple[str, str | None]],
    stuk: str,
    reprint: bool,
) -> None:
    text = header + "\n\n" + title
    blocks = blocks_of(text)
    h = _parse(HEADER, text, blocks[:-1], title=blocks[-1])
    assert h.vergaderjaar == vergaderjaar
    assert [(d.number, d.title) for d in h.dossiers] == dossiers
    assert h.stuk is not None
    assert (h.stuk.number, h.stuk.reprint) == (stuk, reprint)
    assert h.stuk.span.of(text) == stuk
    for d in h.dossiers:
        assert (
            d.span.of(text).replace(" ", "").replace("-", "").startswith(d.number.replace("-", ""))
        )


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [
        (("29 521", None, None), "29521"),
        (("21 501", "02", None), "21501-02"),
        (("33 000", None, "X"), "33000-X"),
        (("36 200", None, "VII"), "36200-VII"),
    ],
)
def test_normalise_dossier(printed: tuple[str, str | None, str | None], normalised: str) -> None:
    assert normalise_dossier(*printed) == normalised


# --- title -----------------------------------------------------------------------------

TITLE_CASES = [
    (
        "BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN",
        DocumentType.LETTER,
        ["Minister van Defensie", "Minister van Buitenlandse Zaken"],
    ),
    (
        "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN, DE MINISTER VAN DEFENSIE, "
        "DE MINISTER VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING "
        "EN DE MINISTER VAN JUSTITIE EN VEILIGHEID",
        DocumentType.LETTER,
        [
            "Minister van Buitenlandse Zaken",
            "Minister van Defensie",
            "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            "Minister van Justitie en Veiligheid",
        ],
    ),
    (
        "BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
        DocumentType.LETTER,
        [
            "Minister van Volksgezondheid, Welzijn en Sport",
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
        ],
    ),
    (
        "BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN",
        DocumentType.LETTER,
        ["Minister-President, Minister van Algemene Zaken"],
    ),
    (
        "Nr. 291 BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE",
        DocumentType.LETTER,
        ["Staatssecretaris van Defensie"],
    ),
    ("Nr. 509 MOTIE VAN HET LID DOBBE", DocumentType.MOTION, []),
    ("nr. 5\nVERSLAG", DocumentType.REPORT, []),
    ("NOTITIE RECHTSGRONDSLAG EN MANDAAT VAN MISSIES", DocumentType.OTHER, []),
]


@pytest.mark.parametrize(("text", "doc_type", "roles"), TITLE_CASES)
def test_title(text: str, doc_type: DocumentType, roles: list[str]) -> None:
    t = _parse(TITLE, text, blocks_of(text)[:1])
    assert t.document_type is doc_type
    assert [s.role for s in t.senders] == roles
    assert t.span is not None and t.title == t.span.of(text)
    for s in t.senders:
        assert s.span.of(text)  # each sender points at its words in the title
        assert t.span.contains(s.span)


def test_role_case() -> None:
    assert role_case("MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT") == (
        "Minister van Landbouw, Natuur en Voedselkwaliteit"
    )


# --- opening ---------------------------------------------------------------------------

OPENING_CASES = [
    (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 29 januari 2016",
        Chamber.TWEEDE_KAMER,
        "Den Haag",
        datetime.date(2016, 1, 29),
    ),
    (
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\nDen Haag, 4 juli 2013",
        Chamber.EERSTE_KAMER,
        "Den Haag",
        datetime.date(2013, 7, 4),
    ),
    (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nRijswijk, 21 maart 1995",
        Chamber.TWEEDE_KAMER,
        "Rijswijk",
        datetime.date(1995, 3, 21),
    ),
    (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n's-Gravenhage, 3 mei 1999",
        Chamber.TWEEDE_KAMER,
        "'s-Gravenhage",
        datetime.date(1999, 5, 3),
    ),
    (
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nD en Haag, 1 december 2020",
        Chamber.TWEEDE_KAMER,
        "Den Haag",
        datetime.date(2020, 12, 1),
    ),
    ("Voorgesteld 11 maart 2026", None, None, datetime.date(2026, 3, 11)),
    ("Vastgesteld 23 oktober 2003", None, None, datetime.date(2003, 10, 23)),
    ("Datum 30 mei 2023", None, None, datetime.date(2023, 5, 30)),
]


@pytest.mark.parametrize(("text", "chamber", "place", "date"), OPENING_CASES)
def test_opening(
    text: str, chamber: Chamber | None, place: str | None, date: datetime.date
) -> None:
    o = _parse(OPENING, text, blocks_of(text))
    assert (o.addressee.chamber if o.addressee else None) is chamber
    assert o.dateline is not None
    assert (o.dateline.place, o.dateline.date) == (place, date)
    assert o.dateline.span.of(text).endswith(str(date.year))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("25 november 2022", datetime.date(2022, 11, 25)),
        ("1 Mei 2001", datetime.date(2001, 5, 1)),
        ("30 JUNİ 2024", datetime.date(2024, 6, 30)),  # full case folding matches İ to i
        ("31 februari 2020", None),
        ("november 2022", None),
    ],
)
def test_parse_dutch_date(text: str, date: datetime.date | None) -> None:
    assert parse_dutch_date(text) == date


def test_unparsed_date_is_a_diagnostic() -> None:
    text = "Den Haag, 31 februari 2020"
    result = OPENING.parse(text, blocks_of(text), SectionContext())
    o = result.records
    assert o.dateline is not None and o.dateline.date is None
    assert [d.code for d in result.diagnostics] == ["date-unparsed"]


# --- body ------------------------------------------------------------------------------


def test_body_sections_levels_and_parents() -> None:
    parts = [
        ("1. Politieke situatie", BlockKind.HEADING),
        ("Tekst van de eerste paragraaf.", BlockKind.PARAGRAPH),
        ("1.1 Grondoorzaken", BlockKind.HEADING),
        ("Politiek", BlockKind.HEADING),  # unnumbered: a section without number
        ("1.2 Mali", BlockKind.PARAGRAPH),  # a one-line numbered paragraph is a heading
        ("2. Missies en Operaties", BlockKind.HEADING),
        ("2.1 Nederlandse veiligheidsinzet", BlockKind.HEADING),
        ("3. dit is een genummerde zin in een lijst.", BlockKind.PARAGRAPH),  # a sentence
    ]
    text = "\n\n".join(p for p, _ in parts)
    blocks = [Block(kind=k, span=b.span) for b, (_, k) in zip(blocks_of(text), parts, strict=True)]
    body = _parse(BODY, text, blocks)
    got = [(s.number, s.title, s.level, s.parent) for s in body.sections]
    assert got == [
        ("1", "Politieke situatie", 1, None),
        ("1.1", "Grondoorzaken", 2, "1"),
        (None, "Politiek", 3, "1.1"),
        ("1.2", "Mali", 2, "1"),
        ("2", "Missies en Operaties", 1, None),
        ("2.1", "Nederlandse veiligheidsinzet", 2, "2"),
    ]
    assert body.block_sections == ("1", "1", "1.1", "1.1", "1.2", "2", "2.1", "2.1")
    for s in body.sections:
        assert s.span.of(text).startswith(s.number or s.title)


def test_unnumbered_headings_before_any_number_ranked_by_markup_level() -> None:
    """Without a numbered section, an unnumbered heading's level is the rank of its
    markup level in order of first appearance (``kopopmaak``, heading depth)."""
    parts = [("Inleiding", 3), ("Tekst.", None), ("Achtergrond", 4), ("Slot", 3)]
    text = "\n\n".join(p for p, _ in parts)
    blocks = [
        Block(kind=BlockKind.PARAGRAPH if lv is None else BlockKind.HEADING, span=b.span, level=lv)
        for b, (_, lv) in zip(blocks_of(text), parts, strict=True)
    ]
    body = _parse(BODY, text, blocks)
    assert [(s.number, s.title, s.level, s.parent) for s in body.sections] == [
        (None, "Inleiding", 1, None),
        (None, "Achtergrond", 2, None),
        (None, "Slot", 1, None),
    ]
    assert body.block_sections == (None, None, None, None)


# --- footnotes -------------------------------------------------------------------------


def test_footnotes() -> None:
    text = (
        "¹ Herdruk i.v.m. toevoeging van een voetnoot.\n\n¹² Raadpleegbaar via www.tweedekamer.nl"
    )
    blocks = [
        Block(kind=BlockKind.FOOTNOTE, span=b.span, number=n)
        for b, n in zip(blocks_of(text), ["1", "12"], strict=True)
    ]
    notes = _parse(FOOTNOTES, text, blocks)
    assert [(f.number, f.text) for f in notes] == [
        ("1", "Herdruk i.v.m. toevoeging van een voetnoot."),
        ("12", "Raadpleegbaar via www.tweedekamer.nl"),
    ]


# --- signatures ------------------------------------------------------------------------

SIGNATURE_CASES = [
    ("De Minister van Defensie,\nK.H. Ollongren", [("Minister van Defensie", "K.H. Ollongren")]),
    (
        "De Minister van Defensie, J.A. Hennis-Plasschaert",
        [("Minister van Defensie", "J.A. Hennis-Plasschaert")],
    ),
    (
        "De Minister van Volksgezondheid, Welzijn en Sport,\n\nE. Borst-Eilers\n\n"
        "De Staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\nE. G. Terpstra",
        [
            ("Minister van Volksgezondheid, Welzijn en Sport", "E. Borst-Eilers"),
            ("Staatssecretaris van Volksgezondheid, Welzijn en Sport", "E. G. Terpstra"),
        ],
    ),
    (
        "De minister-president, minister van Algemene Zaken,\n\nM. Rutte",
        [("Minister-President, Minister van Algemene Zaken", "M. Rutte")],
    ),
    (
        "M.A.M. Adriaansens\nMinister van Economische Zaken en Klimaat",
        [("Minister van Economische Zaken en Klimaat", "M.A.M. Adriaansens")],
    ),
    ("De Minister van Buitenlandse Zaken", [("Minister van Buitenlandse Zaken", None)]),
    (
        "De staatssecretaris van Defensie,\n\nJ. G. de Vries",
        [("Staatssecretaris van Defensie", "J. G. de Vries")],
    ),
    (
        "De minister van Infrastructuur en Milieu, M. H. Schultz van Haegen-Maas Geesteranus",
        [("Minister van Infrastructuur en Milieu", "M. H. Schultz van Haegen-Maas Geesteranus")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNATURE_CASES)
def test_signatures(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    sigs = _parse(SIGNATURES, text, blocks_of(text))
    assert [(s.role, s.name) for s in sigs] == expected
    for s in sigs:
        raw = s.span.of(text)
        if s.name:
            assert raw.endswith(s.name.split()[-1]) or raw.startswith(s.name.split()[0])


def test_normalise_role() -> None:
    assert normalise_role("De minister van Defensie,") == "Minister van Defensie"
    assert normalise_role("de Staatssecretaris van Financiën") == "Staatssecretaris van Financiën"


def test_xpath_of_records_from_xml() -> None:
    """A record read from XML can say which element it came from; text input has none."""
    from pathlib import Path

    import kamerparse

    root = Path(__file__).resolve().parent
    xml = kamerparse.parse_file(root / "fixtures" / "kst-29521-AZ.xml")
    xpath = xml.xpath_of(xml.signatories[0].span)
    assert xpath is not None and "ondertekening" in xpath
    note = xml.xpath_of(xml.footnotes[0].span)
    assert note is not None and "noot" in note
    text = kamerparse.parse_file(root.parent / "samples" / "kst-29521-AZ.md")
    assert text.xpath_of(text.signatories[0].span) is None

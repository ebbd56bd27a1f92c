"""Table tests per layout failure class of issue #10, written from the description with
made-up letters (no corpus text): each field must be found from its own evidence
wherever the letter puts it.

:func:`letter` writes a small letter from parts; each test changes one thing the way a
re-post site, a converter or an unusual sender does and checks the fields."""

from __future__ import annotations

import datetime

import pytest

import kamerparse
from kamerparse.records import Letter

D = datetime.date
ADDRESSEE = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
BODY = (
    "Hierbij informeer ik uw Kamer over de voortgang van het voorbeeldbeleid. De "
    "uitvoering verloopt volgens plan en ik verwacht u voor de zomer opnieuw te berichten."
)


def letter(
    *,
    before: str = "",
    header: str = "36 410 X Vaststelling van de begrotingsstaten van het Ministerie van "
    "Voorbeeldzaken (X) voor het jaar 2024",
    title: str = "Nr. 12 BRIEF VAN DE MINISTER VAN VOORBEELDZAKEN",
    addressee: str = ADDRESSEE,
    dateline: str = "Den Haag, 14 maart 2024",
    body: str = BODY,
    signature: str = "De Minister van Voorbeeldzaken,\n\nA.B. de Vries",
    after: str = "",
) -> str:
    parts = [before, header, title, addressee, dateline, body, signature, after]
    return "\n\n".join(p for p in parts if p) + "\n"


def parse(text: str) -> Letter:
    return kamerparse.parse(text)


def sig(lt: Letter) -> tuple[tuple[str | None, str | None], ...]:
    return tuple((s.role, s.name) for s in lt.signatories)


def senders(lt: Letter) -> tuple[str, ...]:
    return tuple(s.role for s in lt.senders)


BASE = {
    "document_type": "letter",
    "dossiers": ("36410-X",),
    "stuk": "12",
    "date": D(2024, 3, 14),
    "place": "Den Haag",
    "chamber": "Tweede Kamer",
    "senders": ("Minister van Voorbeeldzaken",),
    "signatories": (("Minister van Voorbeeldzaken", "A.B. de Vries"),),
}


def fields(lt: Letter) -> dict[str, object]:
    return {
        "document_type": lt.document_type.value,
        "dossiers": tuple(d.number for d in lt.dossiers),
        "stuk": lt.stuk.number if lt.stuk else None,
        "date": lt.dateline.date if lt.dateline else None,
        "place": lt.dateline.place if lt.dateline else None,
        "chamber": lt.chamber.value if lt.chamber else None,
        "senders": senders(lt),
        "signatories": sig(lt),
    }


def test_base_letter() -> None:
    assert fields(parse(letter())) == BASE


# --- site chrome before the header and after the signature ------------------------------

CHROME_BEFORE = [
    "Voorbeeldsite nieuwsarchief\nGemaakt: 26-4-2000 tijd: 16:23\n1",
    "Voorbeeldsite\n\nDatum nieuwsfeit: 26-04-1999",
    "Home > Archief\n\n3",
]
CHROME_AFTER = [
    "Copyright 2000 Voorbeeldsite",
    "Deel: Facebook Twitter\n\nLees ook\n\nEen ander bericht",
    "© Voorbeeld Uitgevers 2024",
]


@pytest.mark.parametrize("before", CHROME_BEFORE)
@pytest.mark.parametrize("after", ["", *CHROME_AFTER])
def test_site_chrome_around_the_letter(before: str, after: str) -> None:
    assert fields(parse(letter(before=before, after=after))) == BASE


@pytest.mark.parametrize("after", CHROME_AFTER)
def test_chrome_is_never_a_signatory(after: str) -> None:
    lt = parse(letter(after=after))
    assert sig(lt) == BASE["signatories"]


def test_datum_nieuwsfeit_does_not_win_over_the_letters_date() -> None:
    lt = parse(letter(before="Datum nieuwsfeit: 26-04-1999"))
    assert lt.dateline is not None and lt.dateline.date == D(2024, 3, 14)


# --- the title line ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "nr. 12 Brief van de minister van Voorbeeldzaken",
        "Nr. 12 Brief van de minister van Voorbeeldzaken",
        "Nr. 12 BRIEF VAN DE MINISTER VAN\nVOORBEELDZAKEN",
        "Nr. 12 BRIEF VAN DE MINISTER VAN\n\nVOORBEELDZAKEN",
        "Nr. 12 Brief van de minister\n\nvan Voorbeeldzaken",
        "Nr. 12\n\nBRIEF VAN DE MINISTER VAN VOORBEELDZAKEN",
    ],
)
def test_title_in_sentence_case_or_wrapped(title: str) -> None:
    assert fields(parse(letter(title=title))) == BASE


def test_dossier_and_title_on_one_line() -> None:
    lt = parse(letter(header="36 410 X Voorbeeldbegroting"))
    assert [(d.number, d.title) for d in lt.dossiers] == [("36410-X", "Voorbeeldbegroting")]


def test_dossier_title_wrapped_before_its_year() -> None:
    lt = parse(letter(header="36 410 X Vaststelling van de begrotingsstaten voor het jaar\n2024"))
    assert tuple(d.number for d in lt.dossiers) == ("36410-X",)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "Nr. 12 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN VOORBEELDZAKEN",
            ("Minister van Voorbeeldzaken", "Staatssecretaris van Voorbeeldzaken"),
        ),
        (
            "Nr. 12 BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN VOORBEELDZAKEN",
            ("Minister van Voorbeeldzaken", "Staatssecretaris van Voorbeeldzaken"),
        ),
        (
            "Nr. 12 BRIEF VAN DE MINISTER PRESIDENT, MINISTER VAN ALGEMENE ZAKEN",
            ("Minister-President, Minister van Algemene Zaken",),
        ),
        (
            "Nr. 12 Brief van de ministers van Voorbeeldzaken en van Proefzaken",
            ("Minister van Voorbeeldzaken", "Minister van Proefzaken"),
        ),
    ],
)
def test_senders_of_a_title(title: str, want: tuple[str, ...]) -> None:
    assert senders(parse(letter(title=title))) == want


# --- addressee and date line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("addressee", "chamber"),
    [
        (ADDRESSEE, "Tweede Kamer"),
        ("De voorzitter van de Tweede Kamer der Staten-Generaal", "Tweede Kamer"),
        ("Aan de Voorzitter van de Tweede Kamer der\nStaten-Generaal", "Tweede Kamer"),
        ("Aan de Voorzitter van de Eerste Kamer der Staten-Generaal", "Eerste Kamer"),
    ],
)
def test_addressee_variants(addressee: str, chamber: str) -> None:
    lt = parse(letter(addressee=addressee))
    assert lt.addressee is not None
    assert lt.addressee.text == " ".join(addressee.split())
    assert lt.chamber is not None and lt.chamber.value == chamber
    assert lt.dateline is not None and lt.dateline.date == D(2024, 3, 14)


def test_addressee_and_date_on_one_line() -> None:
    lt = parse(letter(addressee=f"{ADDRESSEE} Den Haag, 14 maart 2024", dateline=""))
    assert lt.addressee is not None and lt.addressee.text == ADDRESSEE
    assert lt.dateline is not None
    assert (lt.dateline.place, lt.dateline.date) == ("Den Haag", D(2024, 3, 14))


def test_addressee_wrapped_into_the_date_line() -> None:
    text = letter(
        addressee="Aan de Voorzitter van de Tweede Kamer der\nStaten-Generaal Den Haag, "
        "14 maart 2024",
        dateline="",
    )
    lt = parse(text)
    assert lt.addressee is not None and lt.addressee.text == ADDRESSEE
    assert lt.dateline is not None and lt.dateline.date == D(2024, 3, 14)


def test_date_line_with_other_content_after_it() -> None:
    lt = parse(letter(dateline="Den Haag, 14 maart 2024 Kenmerk VZ-2024/123"))
    assert lt.dateline is not None
    assert (lt.dateline.place, lt.dateline.date) == ("Den Haag", D(2024, 3, 14))


def test_no_addressee_line() -> None:
    lt = parse(letter(addressee=""))
    assert lt.addressee is None
    assert lt.dateline is not None and lt.dateline.date == D(2024, 3, 14)
    assert any(d.code == "no-addressee" for d in lt.diagnostics)


# --- hard-wrapped text without blank lines ----------------------------------------------


@pytest.mark.parametrize("width", [40, 55, 70])
def test_hard_wrapped_text_without_blank_lines(width: int) -> None:
    import textwrap

    out = []
    for line in letter().split("\n"):
        out.extend(textwrap.wrap(line, width, break_on_hyphens=False) if line else [])
    assert fields(parse("\n".join(out) + "\n")) == BASE


def test_short_text_without_blank_lines() -> None:
    text = "\n".join(
        [
            "Nr. 12 BRIEF VAN DE MINISTER VAN VOORBEELDZAKEN",
            ADDRESSEE,
            "Den Haag, 14 maart 2024",
            "Hierbij bied ik u het rapport aan.",
            "De Minister van Voorbeeldzaken, A.B. de Vries",
        ]
    )
    lt = parse(text)
    assert lt.dateline is not None and lt.dateline.date == D(2024, 3, 14)
    assert sig(lt) == BASE["signatories"]
    assert senders(lt) == BASE["senders"]


# --- signatures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signature", "want"),
    [
        ("De Minister van Voorbeeldzaken, A.B. de Vries", BASE["signatories"]),
        ("De Minister van Voorbeeldzaken\n\nA.B. de Vries", BASE["signatories"]),
        (
            "De minister van Voorbeeldzaken en\nProefrelaties,\n\nA.B. de Vries",
            (("Minister van Voorbeeldzaken en Proefrelaties", "A.B. de Vries"),),
        ),
        (
            "De Minister van Voorbeeldzaken, A.B. de\nVries",
            (("Minister van Voorbeeldzaken", "A.B. de Vries"),),
        ),
        ("DE MINISTER VAN VOORBEELDZAKEN,", (("Minister van Voorbeeldzaken", None),)),
    ],
)
def test_signature_shapes(signature: str, want: object) -> None:
    assert sig(parse(letter(signature=signature))) == want


@pytest.mark.parametrize("furniture", ["Pagina 2 van 2", "P agina 2 van 2", "- 2 -"])
def test_page_furniture_is_never_a_signatory(furniture: str) -> None:
    for sig_text in (
        f"De Minister van Voorbeeldzaken,\n\n{furniture}\n\nA.B. de Vries",
        f"De Minister van Voorbeeldzaken,\n\nA.B. de Vries\n\n{furniture}",
    ):
        assert sig(parse(letter(signature=sig_text))) == BASE["signatories"]


def test_page_furniture_between_body_lines_is_dropped() -> None:
    body = "Hierbij informeer ik uw Kamer over de voortgang\nPagina 2 van 3\nvan het beleid."
    lt = parse(letter(body=body))
    assert "Pagina" not in lt.text
    assert fields(lt) == BASE


def test_addressed_to_the_members() -> None:
    text = letter(addressee="Aan de leden van de vaste commissie voor Voorbeeldzaken")
    lt = parse(text)
    assert lt.addressee is not None and lt.addressee.text.startswith("Aan de leden")
    assert lt.dateline is not None and lt.dateline.date == D(2024, 3, 14)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Nr. 12 BRIEF VAN DE ALGEMENE REKENKAMER", ("Algemene Rekenkamer",)),
        (
            "Nr. 12 BRIEF VAN DE VOORZITTER VAN DE TWEEDE KAMER",
            ("Voorzitter van de Tweede Kamer",),
        ),
        (
            "Nr. 12 Brief van de voorzitter van de werkgroep Voorbeeldzaken",
            ("Voorzitter van de Werkgroep Voorbeeldzaken",),
        ),
        ("Nr. 12 BRIEF AAN DE MINISTER VAN VOORBEELDZAKEN", ()),
    ],
)
def test_senders_that_are_no_minister(title: str, want: tuple[str, ...]) -> None:
    lt = parse(letter(title=title))
    assert lt.document_type.value == "letter"
    assert senders(lt) == want


def test_signed_on_behalf_by_a_chair() -> None:
    text = letter(signature="Namens de Algemene Rekenkamer,\n\nDe voorzitter,\n\nA.B. de Vries")
    assert sig(parse(text)) == (("Voorzitter", "A.B. de Vries"),)


def test_dossier_suffix_wrapped_onto_the_title_line() -> None:
    lt = parse(letter(header="36 600\nC Vaststelling van de begrotingsstaten"))
    assert [(d.number, d.title) for d in lt.dossiers] == [
        ("36600-C", "Vaststelling van de begrotingsstaten")
    ]


def test_signature_followed_by_an_attachment() -> None:
    attachment = (
        "Bijlage\n\nAntwoorden op vragen van de commissie\n\nVraag 1\n\n"
        "Wat is de stand van zaken?\n\nAntwoord\n\nDe stand is goed."
    )
    lt = parse(letter(after=attachment))
    assert sig(lt) == BASE["signatories"]
    assert fields(lt) == BASE


# --- letterhead PDF text ----------------------------------------------------------------

LETTERHEAD = """Retouradres Postbus 20901 2500 EX Den Haag
De Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG
Datum 3 februari 2024
Betreft Voortgang van het voorbeeldbeleid
Geachte Voorzitter,
Met deze brief informeer ik uw Kamer over de voortgang van het voorbeeldbeleid,
zoals toegezegd in het commissiedebat van 12 januari jl.1 De samenwerkingsover-
eenkomst met de provincies is getekend.
Ik blijf uw Kamer informeren over de voortgang, en
1 Kamerstuk 12345, nr. 6.
Kenmerk
VZ/BSK-2023/33017
{page}
ik verwacht u voor de zomer een volgende brief te sturen.
Hoogachtend,
de minister van Voorbeeldzaken,
A.B. de Vries
Pagina 2 van 2
"""


@pytest.mark.parametrize("page", ["Pagina 1 van 2", "P agina 1 van 2"])
def test_letterhead_sidebar_is_no_event_or_reference(page: str) -> None:
    lt = parse(LETTERHEAD.format(page=page))
    assert lt.source.format == "letterhead-text"
    assert "33017" not in lt.text and "agina" not in lt.text
    assert all("33017" not in r.span.of(lt.text) for r in lt.references)
    assert all("2023" not in e.span.of(lt.text) for e in lt.events)
    assert [f.number for f in lt.footnotes] == ["1"]
    assert len(lt.footnotes[0].refs) == 1
    assert sig(lt) == (("Minister van Voorbeeldzaken", "A.B. de Vries"),)
    assert lt.dateline is not None and lt.dateline.date == D(2024, 2, 3)


def test_letterhead_marker_set_apart_from_the_word() -> None:
    text = LETTERHEAD.format(page="Pagina 1 van 2").replace("jl.1 De", "jl. 1 De")
    lt = parse(text)
    assert [f.number for f in lt.footnotes] == ["1"]
    assert len(lt.footnotes[0].refs) == 1
    assert "jl.¹ De" in lt.text

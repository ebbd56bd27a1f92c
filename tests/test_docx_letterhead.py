"""Word letters as sent, built here from the description of the ministry template:
letterhead styles, label and value paragraphs, the letterhead in the first-page header
part (a text box), role and name paragraphs, answers after the signature, typed notes.
Names and texts are made up."""

from __future__ import annotations

import io
import zipfile

import pytest

import kamerparse

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HDR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"


def p(text: str, style: str | None = None, field: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs = ""
    if field:  # a DOCPROPERTY field: instruction, then its result
        runs += (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> DOCPROPERTY {field} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        )
    runs += f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
    if field:
        runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    return f"<w:p>{ppr}{runs}</w:p>"


def box(*paras: str) -> str:
    return (
        "<w:p><w:r><w:drawing><wp:anchor xmlns:wp=\"urn:wp\"><a:graphic xmlns:a=\"urn:a\">"
        "<a:graphicData><wps:wsp xmlns:wps=\"urn:wps\"><wps:txbx><w:txbxContent>"
        + "".join(paras)
        + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></w:r></w:p>"
    )


def docx(body: str, header: str | None = None) -> bytes:
    sect = ""
    rels = ""
    if header is not None:
        sect = '<w:sectPr><w:headerReference w:type="first" r:id="rId9"/><w:titlePg/></w:sectPr>'
        rels = f'<Relationship Id="rId9" Type="{HDR}" Target="header2.xml"/>'
    doc = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
        f"<w:body>{body}{sect}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", doc)
        zf.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{PKG}">{rels}</Relationships>',
        )
        if header is not None:
            zf.writestr(
                "word/header2.xml",
                f'<?xml version="1.0"?><w:hdr xmlns:w="{W}" xmlns:r="{R}">{header}</w:hdr>',
            )
    return buf.getvalue()


SIGNATURE = p("De minister van Verzonnen Zaken", "broodtekst") + p("", "broodtekst") * 3 + p(
    "A.B. Bedacht", "broodtekst"
)
ANSWERS = p("Vraag 1") + p("Is dit zo?") + p("Antwoord op vraag 1") + p("Ja.")


@pytest.mark.parametrize("label", ["Onderwerp", "Betreft"])
@pytest.mark.parametrize("opener", ["Aan de Voorzitter", "De voorzitter"])
def test_letterhead_styles_in_the_body(label: str, opener: str) -> None:
    body = (
        p("> Retouradres Postbus 1 2500 AA Den Haag", "Huisstijl-Retouradres")
        + p(f"{opener} van de Tweede Kamer", "adres")
        + p("der Staten-Generaal", "adres")
        + p("Postbus 20018", "adres")
        + p("2500 EA DEN HAAG", "adres")
        + p("Datum", "datumonderwerp", field="_datum")
        + p("3 maart 2031", "datumonderwerp", field="datum")
        + p(label, "datumonderwerp")
        + p("Een verzonnen onderwerp", "datumonderwerp", field="onderwerp")
        + p("Ons kenmerk", "referentiekopjes")
        + p("123456", "referentiegegevens")
        + p("Hierbij beantwoord ik de vragen.", "broodtekst")
        + SIGNATURE
        + ANSWERS
    )
    letter = kamerparse.parse(docx(body))
    assert letter.document_type == "letter"
    assert letter.addressee is not None
    assert letter.addressee.text.casefold().endswith(
        "voorzitter van de tweede kamer der staten-generaal"
    )
    assert str(letter.chamber) == "Tweede Kamer"
    assert letter.date is not None and letter.date.isoformat() == "2031-03-03"
    assert [(s.role, s.name) for s in letter.signatories] == [
        ("Minister van Verzonnen Zaken", "A.B. Bedacht")
    ]
    assert "DOCPROPERTY" not in letter.text and "Ja." in letter.text
    assert "Datum 3 maart 2031" in letter.text


def test_letterhead_in_the_first_page_header_text_box() -> None:
    header = box(
        p("De voorzitter van de Tweede Kamer"),
        p("der Staten-Generaal"),
        p("Postbus 20018"),
    ) + box(p("Datum"), p("4 april 2031"), p("Betreft"), p("Iets"))
    body = p("Hierbij iets.") + SIGNATURE + ANSWERS
    letter = kamerparse.parse(docx(body, header))
    assert letter.addressee is not None and str(letter.chamber) == "Tweede Kamer"
    assert letter.date is not None and letter.date.isoformat() == "2031-04-04"
    assert [s.name for s in letter.signatories] == ["A.B. Bedacht"]
    # the same letter without the header part has no letterhead
    bare = kamerparse.parse(docx(body))
    assert bare.addressee is None and bare.date is None


@pytest.mark.parametrize(("first", "second"), [("1)", "2)"), ("[1]", "[2]")])
@pytest.mark.parametrize("glue", ["”", " "])
def test_typed_notes(first: str, second: str, glue: str) -> None:
    word = "bericht" if glue == " " else "“bericht"
    body = (
        p("Hierbij iets.")
        + SIGNATURE
        + p(f"Kent u het {word}{glue}{first}?")
        + p(f"Ja, en nog iets {second}, zie daar.")
        + p("")
        + p(f"{first} Een verzonnen bron, 1 mei 2031.")
        + p(f"{second} Een tweede bron.")
    )
    letter = kamerparse.parse(docx(body))
    assert [(f.number, f.text, len(f.refs)) for f in letter.footnotes] == [
        (first, "Een verzonnen bron, 1 mei 2031.", 1),
        (second, "Een tweede bron.", 1),
    ]
    assert [s.name for s in letter.signatories] == ["A.B. Bedacht"]


def test_numbered_paragraphs_without_markers_stay_text() -> None:
    """A closing list ``1) …`` with no marker typed before it is no footnote."""
    body = p("Hierbij iets.") + SIGNATURE + p("1) Eerste punt.") + p("2) Tweede punt.")
    letter = kamerparse.parse(docx(body))
    assert letter.footnotes == ()
    assert "1) Eerste punt." in letter.text

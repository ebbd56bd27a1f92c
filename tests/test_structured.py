"""Structured formats: publication XML (incl. legacy kamerwrk), HTML pages, metadata.xml, docx.

* Agreement: for the seed (committed renditions in tests/fixtures) and for the corpus
  letters in the Kamerstuk layout (rendered at test time into a temporary folder, never
  committed), the Letter from every format agrees with the Letter from its text form
  on every foundation field.
* Footnotes, signatures and headings of XML/HTML come from the markup (zoned, with
  parts and XPaths), not from text rules.
* Safety: XML bombs, external entities, DOCTYPE tricks, zip bombs and zip path tricks
  raise InvalidInput.
* No text lost: every word of every ``al`` lands in ``Letter.text`` exactly once; an
  unknown element keeps its text and is named in a diagnostic; hypothesis builds
  random trees from the vocabulary.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import kamerparse
from kamerparse import lexicon as lx
from kamerparse.errors import InvalidInput
from kamerparse.readers import RawInput, detect_format
from kamerparse.readers._markup import xpath_at
from kamerparse.readers.base import SUPERSCRIPT_DIGITS, BlockKind, ReadResult, Zone
from kamerparse.readers.docx import read_docx
from kamerparse.readers.ob_html import read_ob_html
from kamerparse.readers.ob_xml import read_ob_xml
from kamerparse.records import Letter
from make_fixtures import RENDERERS, spec_from_text, text_letter, write_renditions
from paths import CORPUS_DIR, SEED_PATH

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_RENDITIONS = {
    "xml": FIXTURES / "kst-29521-AZ.xml",
    "kamerwrk": FIXTURES / "kst-29521-AZ.kamerwrk.xml",
    "html": FIXTURES / "kst-29521-AZ.html",
    "docx": FIXTURES / "kst-29521-AZ.docx",
}
EXPECTED_FORMAT = {"xml": "ob-xml", "kamerwrk": "ob-xml", "html": "ob-html", "docx": "docx"}
#: Corpus letters in the Kamerstuk layout (publication pages and site re-posts of
#: Kamerstukken). Ministry letterhead letters have no publication XML to render.
CORPUS_LETTERS = (
    *(f"ob-page-text/{p.name}" for p in sorted((CORPUS_DIR / "ob-page-text").glob("*.txt"))),
    "text/docplayer-kst-29521-41.txt",
    "text/openkamer-kst-31953-34.txt",
    "text/rijksbegroting-kst-34775-A-52.txt",
    "text/tweedekamer-2019D37354-kst-34700-65.txt",
) if CORPUS_DIR.is_dir() else ()
_SUPER = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")


def foundation(letter: Letter) -> dict[str, Any]:
    """Every field of the foundation issue, as comparable values."""
    return {
        "document_type": letter.document_type,
        "vergaderjaar": letter.vergaderjaar,
        "chamber": letter.chamber,
        "dossiers": [(d.number, d.title) for d in letter.dossiers],
        "stuk": (letter.stuk.number, letter.stuk.reprint) if letter.stuk else None,
        "title": letter.title,
        "senders": [s.role for s in letter.senders],
        "addressee": letter.addressee.text if letter.addressee else None,
        "place": letter.place,
        "date": letter.date,
        "sections": [(s.number, s.title, s.level) for s in letter.sections],
        "footnotes": [(f.number, f.text, len(f.refs)) for f in letter.footnotes],
        "signatories": [(s.role, s.name) for s in letter.signatories],
    }


def assert_agrees(reference: Letter, letter: Letter, what: str) -> None:
    ref, got = foundation(reference), foundation(letter)
    bad = {k: (ref[k], got[k]) for k in ref if ref[k] != got[k]}
    assert not bad, f"{what}: fields differ from the text form: {bad}"


def assert_spans(letter: Letter) -> None:
    text = letter.text
    spans = [d.span for d in letter.dossiers] + [f.span for f in letter.footnotes]
    spans += [s.span for s in letter.signatories] + [s.span for s in letter.sections]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
    for fn in letter.footnotes:
        for ref in fn.refs:
            assert _SUPER.fullmatch(ref.of(text)), ref.of(text)


# --- agreement ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_letter() -> Letter:
    if not SEED_PATH.is_file():
        pytest.skip("the seed letter is absent")
    return text_letter(SEED_PATH)


@pytest.mark.parametrize("kind", sorted(SEED_RENDITIONS))
def test_seed_renditions_agree_with_the_text_form(seed_letter: Letter, kind: str) -> None:
    path = SEED_RENDITIONS[kind]
    letter = kamerparse.parse_file(path)
    assert letter.source.format == EXPECTED_FORMAT[kind]
    assert_agrees(seed_letter, letter, path.name)
    assert_spans(letter)
    assert len(letter.footnotes) == 7 and len(letter.signatories) == 4


@pytest.fixture(scope="session")
def corpus_renditions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    """Every corpus letter's renditions, written to a temporary folder (not committed)."""
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"corpus folder {CORPUS_DIR} is absent")
    folder = tmp_path_factory.mktemp("renditions")
    return {
        rel: write_renditions(spec_from_text(CORPUS_DIR / rel), folder / Path(rel).parent)
        for rel in CORPUS_LETTERS
    }


@pytest.mark.corpus
@pytest.mark.parametrize("rel", CORPUS_LETTERS or ("(corpus absent)",))
def test_corpus_renditions_agree_with_the_text_form(
    corpus_renditions: dict[str, dict[str, Path]], rel: str
) -> None:
    reference = text_letter(CORPUS_DIR / rel)
    failures = []
    for kind, path in corpus_renditions[rel].items():
        letter = kamerparse.parse_file(path)
        assert letter.source.format == EXPECTED_FORMAT[kind]
        assert_spans(letter)
        try:
            assert_agrees(reference, letter, f"{rel} as {kind}")
        except AssertionError as e:
            failures.append(str(e))
    assert not failures, "\n".join(failures)


@pytest.mark.corpus
def test_corpus_renditions_cover_enough_letters(
    corpus_renditions: dict[str, dict[str, Path]],
) -> None:
    letters = [text_letter(CORPUS_DIR / rel) for rel in corpus_renditions]
    with_notes = sum(1 for letter in letters if letter.footnotes)
    assert len(letters) >= 6 and with_notes >= 5
    assert sum(len(letter.signatories) for letter in letters) >= 10


# --- from the markup ------------------------------------------------------------------


def _read(path: Path) -> ReadResult:
    raw = RawInput(path.read_bytes(), str(path))
    reader = {"ob-xml": read_ob_xml, "ob-html": read_ob_html, "docx": read_docx}
    return reader[detect_format(raw)](raw)


@pytest.mark.parametrize("kind", ["xml", "kamerwrk", "html"])
def test_footnotes_signatures_headings_come_from_the_markup(kind: str) -> None:
    result = _read(SEED_RENDITIONS[kind])
    text = result.text
    notes = [b for b in result.blocks if b.zone is Zone.FOOTNOTE]
    assert [b.number for b in notes] == [str(i) for i in range(1, 8)]
    for b in notes:
        assert b.xpath and ("noot" in b.xpath or "div" in b.xpath)
        assert dict(b.parts)["text"].of(text)
    sigs = [b for b in result.blocks if b.zone is Zone.SIGNATURE]
    assert len(sigs) == 4
    assert dict(sigs[0].parts)["name"].of(text) == "W.B. Hoekstra"
    assert all(dict(b.parts)["role"].of(text).startswith("De Minister") for b in sigs)
    heads = [b for b in result.blocks if b.kind is BlockKind.HEADING and b.number]
    assert heads and heads[0].number == "1" and heads[1].number == "1.1"
    assert all(b.xpath for b in result.blocks)
    # XML zones every block; HTML leaves plain body paragraphs to the segmenter
    unzoned = [b for b in result.blocks if b.zone is None]
    assert not unzoned if kind != "html" else all(b.kind is BlockKind.PARAGRAPH for b in unzoned)
    # every marker is a superscript at its place, and a second marker points to a note
    assert all(_SUPER.fullmatch(m.span.of(text)) for m in result.markers)
    assert {m.number for m in result.markers} == {str(i) for i in range(1, 8)}


def test_xml_header_opening_parts_and_xpaths() -> None:
    result = _read(SEED_RENDITIONS["xml"])
    text = result.text
    parts = {name: span.of(text) for b in result.blocks for name, span in b.parts}
    assert parts["vergaderjaar"] == "2022-2023"
    assert parts["chamber"] == "Eerste Kamer der Staten-Generaal"
    assert parts["dossier"] == "29 521"
    assert parts["dossier_title"] == "Nederlandse deelname aan vredesmissies"
    assert parts["stuk"] == "AZ" and parts["reprint"] == lx.REPRINT_WORDS[0]
    assert parts["addressee"].startswith("Aan de Voorzitter")
    assert (parts["place"], parts["date"]) == ("Den Haag", "25 november 2022")
    title = next(b for b in result.blocks if b.zone is Zone.TITLE)
    assert title.xpath == "/officiele-publicatie/kamerstuk/stuk/titel"
    assert result.metadata["identifier"] == "kst-29521-AZ"


def test_docx_reads_styles_and_footnotes_xml() -> None:
    result = _read(SEED_RENDITIONS["docx"])
    heads = [b for b in result.blocks if b.kind is BlockKind.HEADING]
    assert heads[0].level == 1 and heads[0].span.of(result.text).startswith("1.")
    notes = [b for b in result.blocks if b.zone is Zone.FOOTNOTE]
    assert len(notes) == 7 and notes[0].xpath is not None and "w:footnote" in notes[0].xpath


def test_offsets_map_back_to_the_input() -> None:
    path = SEED_RENDITIONS["xml"]
    source = path.read_text(encoding="utf-8")
    letter = kamerparse.parse_file(path)
    offsets = letter.offsets
    assert offsets is not None
    for sig in letter.signatories:
        start, end = offsets.span_to_source(sig.span)
        assert sig.name is not None and sig.name.split()[-1] in source[start:end]
    for sec in letter.sections[:5]:
        start, end = offsets.span_to_source(sec.span)
        assert sec.title.split()[-1] in source[start:end]


# --- detection and the API ------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(SEED_RENDITIONS))
def test_format_is_detected_from_content(kind: str) -> None:
    data = SEED_RENDITIONS[kind].read_bytes()
    letter = kamerparse.parse(data)  # no file name, no extension
    assert letter.source.format == EXPECTED_FORMAT[kind]


def test_format_override() -> None:
    data = SEED_RENDITIONS["html"].read_bytes()
    assert kamerparse.parse(data, format="ob-html").source.format == "ob-html"
    with pytest.raises(InvalidInput):
        kamerparse.parse(SEED_RENDITIONS["xml"].read_bytes(), format="docx")


# --- metadata.xml ---------------------------------------------------------------------


def test_metadata_xml_beside_the_file(tmp_path: Path) -> None:
    spec = spec_from_text(SEED_PATH)
    write_renditions(spec, tmp_path)
    xml = tmp_path / f"{spec.name}.xml"
    # strip the document's own metadata so only metadata.xml can supply it
    root = etree.fromstring(xml.read_bytes())
    own = root.find("metadata")
    assert own is not None
    root.remove(own)
    xml.write_bytes(etree.tostring(root))
    letter = kamerparse.parse_file(xml)
    assert not [d for d in letter.diagnostics if d.code == "metadata-mismatch"]
    meta = tmp_path / f"{spec.name}.metadata.xml"
    meta.write_bytes(meta.read_bytes().replace(b'content="29521"', b'content="29522"'))
    letter = kamerparse.parse_file(xml)
    mismatches = [d for d in letter.diagnostics if d.code == "metadata-mismatch"]
    assert mismatches and "29522" in mismatches[0].message
    assert [d.number for d in letter.dossiers] == ["29521"]  # the document wins
    assert mismatches[0].span is not None and mismatches[0].span.of(letter.text) == "29 521"


def test_metadata_passed_to_parse() -> None:
    data = SEED_RENDITIONS["kamerwrk"].read_bytes()
    meta = (
        b'<metadata_gegevens><metadata name="OVERHEIDop.datumBrief" content="2022-11-26"/>'
        b'<metadata name="OVERHEIDop.vergaderjaar" content="2022-2023"/></metadata_gegevens>'
    )
    letter = kamerparse.parse(data, metadata=meta)
    codes = [d.message for d in letter.diagnostics if d.code == "metadata-mismatch"]
    assert len(codes) == 1 and "2022-11-26" in codes[0]
    assert letter.date is not None and letter.date.isoformat() == "2022-11-25"


# --- safety ---------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<officiele-publicatie><kamerstuk><stuk><al>&lol4;</al></stuk></kamerstuk></officiele-publicatie>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE kamerstuk [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kamerstuk><stuk><al>&xxe;</al></stuk></kamerstuk>"""
PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE kamerstuk [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]>
<kamerstuk><stuk><al>tekst</al></stuk></kamerstuk>"""
EXTERNAL_DTD_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE kamerstuk SYSTEM "file:///etc/passwd">
<kamerstuk><stuk><al>&passwd;</al></stuk></kamerstuk>"""
UTF16_XXE = XXE.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode(
    "utf-16"
)


@pytest.mark.parametrize(
    "data",
    [BILLION_LAUGHS, XXE, PARAMETER_ENTITY, EXTERNAL_DTD_ENTITY, UTF16_XXE],
    ids=["billion-laughs", "external-entity", "parameter-entity", "external-dtd", "utf16-xxe"],
)
def test_unsafe_xml_is_refused(data: bytes) -> None:
    with pytest.raises(InvalidInput, match=r"unsafe XML|malformed"):
        read_ob_xml(RawInput(data))
    with pytest.raises(InvalidInput):
        kamerparse.parse(data, format="ob-xml")


def test_unsafe_html_is_refused() -> None:
    page = b'<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body>&x;</body></html>'
    with pytest.raises(InvalidInput, match="unsafe"):
        kamerparse.parse(page, format="ob-html")


def test_external_entities_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-123", encoding="utf-8")
    data = (
        f'<!DOCTYPE k [<!ENTITY s SYSTEM "{secret.as_uri()}">]><kamerstuk><al>&s;</al></kamerstuk>'
    ).encode()
    with pytest.raises(InvalidInput):
        kamerparse.parse(data)


def test_malformed_xml_says_where() -> None:
    with pytest.raises(InvalidInput, match="line 2"):
        kamerparse.parse(b"<?xml version='1.0'?>\n<kamerstuk><al>open</kamerstuk>")


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_zip_bomb_is_refused() -> None:
    data = _zip({"word/document.xml": b"<w:document/>", "word/bomb.bin": b"\0" * (80 << 20)})
    assert len(data) < 200_000
    with pytest.raises(InvalidInput, match=r"zip bomb|uncompressed"):
        kamerparse.parse(data)


def test_zip_path_traversal_is_refused() -> None:
    for name in ("../../evil.xml", "/etc/passwd", "word\\..\\x.xml", "C:/x.xml"):
        data = _zip({"word/document.xml": b"<x/>", name: b"x"})
        with pytest.raises(InvalidInput, match="escapes"):
            kamerparse.parse(data, format="docx")


def test_zip_with_too_many_members_is_refused() -> None:
    data = _zip({f"word/m{i}.xml": b"" for i in range(2001)}, zipfile.ZIP_STORED)
    with pytest.raises(InvalidInput, match="members"):
        kamerparse.parse(data, format="docx")


def test_zip_without_a_document_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"word/document\.xml"):
        kamerparse.parse(_zip({"x.txt": b"hallo"}), format="docx")
    with pytest.raises(InvalidInput, match="zip"):
        kamerparse.parse(b"PK\x03\x04 not really a zip", format="docx")


# --- no text lost ---------------------------------------------------------------------

NOTE_TAGS = {"noot", "voetnoot"}
SKIP_TAGS = {"noot.nr", "metadata", "meta"}


def _text_without(el: etree._Element, skip: set[str]) -> str:
    """The text inside ``el`` in document order, without the subtrees named in ``skip``."""
    out: list[str] = []

    def visit(node: etree._Element) -> None:
        out.append(node.text or "") if isinstance(node.tag, str) else None
        for child in node:
            if isinstance(child.tag, str) and child.tag not in skip:
                visit(child)
            out.append(child.tail or "")

    visit(el)
    return "".join(out)


def _letter_text(letter_text: str) -> str:
    return " ".join(_SUPER.sub("", letter_text).split())


def assert_no_text_lost(xml: bytes, letter_text: str) -> None:
    root = etree.fromstring(xml)
    flat = _letter_text(letter_text)
    # 1. every al (notes taken out) is in the text, as often as it occurs in the source
    als = Counter(
        " ".join(_text_without(al, NOTE_TAGS | SKIP_TAGS).split())
        for al in root.iter("al", "noot.al")
    )
    for words, n in als.items():
        if words:
            assert flat.count(words) >= n, f"lost: {words[:80]!r}"
    # 2. no character lost or duplicated: the non-space characters of the source text
    #    are exactly those of Letter.text (superscript markers aside)
    source_chars = Counter("".join(_text_without(root, NOTE_TAGS | SKIP_TAGS).split()))
    for note in root.iter(*NOTE_TAGS):
        source_chars += Counter("".join(_text_without(note, SKIP_TAGS).split()))
    assert Counter(flat.replace(" ", "")) == source_chars


@pytest.mark.parametrize("kind", ["xml", "kamerwrk"])
def test_no_text_lost_seed(kind: str) -> None:
    data = SEED_RENDITIONS[kind].read_bytes()
    assert_no_text_lost(data, kamerparse.parse(data).text)


@pytest.mark.corpus
def test_no_text_lost_corpus(corpus_renditions: dict[str, dict[str, Path]]) -> None:
    for paths in corpus_renditions.values():
        for kind in ("xml", "kamerwrk"):
            data = paths[kind].read_bytes()
            assert_no_text_lost(data, kamerparse.parse(data).text)


def test_unknown_element_keeps_its_text_and_is_named() -> None:
    data = (
        b"<officiele-publicatie><kamerstuk><stuk><algemeen><vrije-tekst><tekst>"
        b"<al>Eerste <onbekend>bewaarde</onbekend> woorden.</al>"
        b"<raadsel><al>Ook dit blijft.</al></raadsel>"
        b"</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>"
    )
    letter = kamerparse.parse(data)
    assert "Eerste bewaarde woorden." in letter.text and "Ook dit blijft." in letter.text
    named = [d.message for d in letter.diagnostics if d.code == "markup-unknown-element"]
    assert any("<onbekend>" in m for m in named) and any("<raadsel>" in m for m in named)


def test_processing_instruction_does_not_split_a_word() -> None:
    data = (
        b"<kamerstuk><stuk><al>De ver<?xpp afbm?>lenging van het man<?xpp fl?>daat"
        b"<noot id='a'><noot.nr>1</noot.nr><noot.al>Zie bij<?xpp x?>lage.</noot.al></noot>"
        b" tot eind <nadruk type='vet'>2024</nadruk><nootref refid='a'/>.</al></stuk></kamerstuk>"
    )
    result = read_ob_xml(RawInput(data))
    assert "De verlenging van het mandaat¹ tot eind 2024¹." in result.text
    assert result.text.endswith("¹ Zie bijlage.")
    assert [m.number for m in result.markers] == ["1", "1"]


def test_lists_tables_and_legacy_headings() -> None:
    data = (
        b"<kamerstuk><stuk><titel>BRIEF VAN DE MINISTER VAN DEFENSIE</titel>"
        b"<lijst type='expliciet'><li><li.nr>a.</li.nr><al>eerste punt</al>"
        b"<lijst><li><li.nr>1\xc2\xb0</li.nr><al>genest</al></li></lijst></li></lijst>"
        b"<table><tgroup cols='2'><tbody><row><entry>cel een</entry><entry>cel twee</entry>"
        b"</row></tbody></tgroup></table>"
        b"<divisie><kop><label>Paragraaf</label><nr>2.3</nr><titel>Kosten</titel></kop></divisie>"
        b"</stuk></kamerstuk>"
    )
    result = read_ob_xml(RawInput(data))
    kinds = [(b.kind, b.span.of(result.text)) for b in result.blocks]
    assert (BlockKind.LIST_ITEM, "a. eerste punt") in kinds
    assert (BlockKind.LIST_ITEM, "1° genest") in kinds
    assert any(t == "cel een\ncel twee" for _, t in kinds)
    head = next(b for b in result.blocks if b.kind is BlockKind.HEADING)
    assert (head.number, head.level) == ("2.3", 2)


# --- hypothesis: random trees from the vocabulary ---------------------------------------

_WORDS = st.sampled_from(
    [m[0] for m in lx.MONTHS]
    + list(lx.WEEKDAYS)
    + ["kabinet", "Kamer", "missie", "2024", "MINUSMA"]
)


@st.composite
def _word(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A word, and its pieces when PIs are put inside it."""
    w = draw(_WORDS)
    cuts = sorted(set(draw(st.lists(st.integers(1, max(1, len(w) - 1)), max_size=2))))
    cuts = [c for c in cuts if 0 < c < len(w)]
    pieces = [w[a:b] for a, b in zip([0, *cuts], [*cuts, len(w)], strict=True)]
    return w, pieces


@st.composite
def _al(draw: st.DrawFn, notes: list[str], tag: str = "al") -> tuple[etree._Element, list[str]]:
    el = etree.Element(tag)
    words: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        w, pieces = draw(_word())
        words.append(w)
        wrap = draw(st.sampled_from(["", "", "nadruk", "extref", "onbekend"]))
        target = etree.SubElement(el, wrap, type="cur") if wrap else el
        for i, piece in enumerate(pieces):
            if i:
                target.append(etree.ProcessingInstruction("xpp", "afbm"))
            _append(target, piece)
        if draw(st.integers(0, 4)) == 0:
            if notes and draw(st.integers(0, 1)) == 1:
                etree.SubElement(el, "nootref", refid=draw(st.sampled_from(notes)))
            else:
                nid = f"n{len(notes) + 1}"
                notes.append(nid)
                note = etree.SubElement(el, "noot", id=nid)
                etree.SubElement(note, "noot.nr").text = str(len(notes))
                w2 = draw(_WORDS)
                etree.SubElement(note, "noot.al").text = w2
                words.append(w2)
        _append(el, " ")
    return el, words


def _append(el: etree._Element, text: str) -> None:
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


@st.composite
def _tree(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    notes: list[str] = []
    words: list[str] = []
    root = etree.Element("officiele-publicatie")
    tekst = etree.SubElement(
        etree.SubElement(etree.SubElement(etree.SubElement(root, "kamerstuk"), "stuk"),
                         "vrije-tekst"), "tekst")
    parents = [tekst]
    for _ in range(draw(st.integers(1, 8))):
        parent = draw(st.sampled_from(parents))
        kind = draw(st.sampled_from(["al", "al", "divisie", "lijst", "tussenkop", "al-groep",
                                     "ondertekening"]))
        if kind == "divisie":
            div = etree.SubElement(parent, "divisie")
            kop = etree.SubElement(div, "kop")
            nr = str(draw(st.integers(1, 9)))
            etree.SubElement(kop, "nr").text = nr
            kop[-1].tail = " "
            words.append(nr)
            title, w = draw(_al(notes, "titel"))
            kop.append(title)
            words += w
            parents.append(div)
        elif kind == "lijst":
            lijst = etree.SubElement(parent, "lijst")
            li = etree.SubElement(lijst, "li")
            al, w = draw(_al(notes))
            li.append(al)
            words += w
        elif kind == "al-groep":
            parents.append(etree.SubElement(parent, "al-groep"))
        elif kind == "ondertekening":
            o = etree.SubElement(etree.SubElement(parent, "tekst-sluiting"), "ondertekening")
            f, w = draw(_al(notes, "functie"))
            o.append(f)
            n, w2 = draw(_al(notes, "naam"))
            o.append(n)
            words += w + w2
        else:
            al, w = draw(_al(notes, "al" if kind == "al" else "tussenkop"))
            parent.append(al)
            words += w
    return bytes(etree.tostring(root)), words


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tree())
def test_random_trees_never_crash_and_never_lose_a_word(tree: tuple[bytes, list[str]]) -> None:
    data, words = tree
    result = read_ob_xml(RawInput(data))
    tokens = Counter(t for t in (_SUPER.sub("", w) for w in result.text.split()) if t)
    assert tokens == Counter(words)
    assert_no_text_lost(data, result.text)
    letter = kamerparse.parse(data)  # the whole pipeline takes it too
    assert letter.source.format == "ob-xml"
    for m in result.markers:
        assert _SUPER.fullmatch(m.span.of(result.text))


def test_renderers_are_listed() -> None:
    assert set(RENDERERS) == set(SEED_RENDITIONS)


# --- a made-up letter using the whole vocabulary -----------------------------------------


def test_vocabulary_fixture() -> None:
    """tests/fixtures/vocabulary.xml: multi-dossier header, label/nr/titel headings,
    al-groep, nested lists, a CALS table with a table note, nootref, extref, dossierref,
    intref, tussenkop, a PI inside a word, free text after a functie, voorvoegsels."""
    path = FIXTURES / "vocabulary.xml"
    letter = kamerparse.parse_file(path)
    assert letter.source.format == "ob-xml"
    assert [(d.number, d.title) for d in letter.dossiers] == [
        ("36180", "Voorbeelddossier over oefenmissies"),
        ("36200-X", "Vaststelling van de begrotingsstaat van het Ministerie van Defensie (X) "
                    "voor het jaar 2025"),
    ]
    assert letter.vergaderjaar == "2024-2025" and letter.stuk is not None
    assert letter.stuk.number == "12"
    assert [s.role for s in letter.senders] == [
        "Minister van Defensie", "Staatssecretaris van Defensie"
    ]
    assert letter.date is not None and letter.date.isoformat() == "2025-03-14"
    assert [(s.number, s.title, s.level, s.parent) for s in letter.sections] == [
        ("1", "Achtergrond", 1, None), ("1.1", "Kosten", 2, "1"),
        (None, "Tot slot", 3, "1.1"),  # an unnumbered tussenkop: a section without number
    ]
    assert [(f.number, f.text, len(f.refs)) for f in letter.footnotes] == [
        ("1", "Zie ook Kamerstuk 36 180, nr. 11.", 2),
        ("2", "Samengesteld uit twee eenheden. De samenstelling kan wisselen.", 1),
        ("3", "Raming.", 1),
    ]
    assert [(s.role, s.name) for s in letter.signatories] == [
        ("Minister van Defensie", "A.B. Voorbeeld"),
        ("Staatssecretaris van Defensie", "C. van der Proef"),
    ]
    assert "informeren wij uw Kamer over een oefenmissie¹ en" in letter.text
    assert "2025\n3,5 miljoen euro³" in letter.text
    assert not [d for d in letter.diagnostics if d.code.startswith(("markup-", "metadata-"))]
    assert_no_text_lost(path.read_bytes(), letter.text)


def test_shared_metadata_xml_must_name_the_file(tmp_path: Path) -> None:
    spec = spec_from_text(SEED_PATH)
    write_renditions(spec, tmp_path)
    meta = tmp_path / f"{spec.name}.metadata.xml"
    wrong = meta.read_bytes().replace(b'content="29521"', b'content="1"')
    meta.unlink()
    (tmp_path / "metadata.xml").write_bytes(wrong)
    html = tmp_path / f"{spec.name}.html"
    codes = [d.code for d in kamerparse.parse_file(html).diagnostics]
    assert "metadata-mismatch" in codes  # metadata.xml names this document: it is used
    (tmp_path / "metadata.xml").write_bytes(wrong.replace(b"kst-29521-AZ", b"kst-1-2"))
    codes = [d.code for d in kamerparse.parse_file(html).diagnostics]
    assert "metadata-mismatch" not in codes  # it names another document: not used


def test_every_record_gives_its_xpath() -> None:
    result = _read(SEED_RENDITIONS["xml"])
    letter = kamerparse.parse(SEED_RENDITIONS["xml"].read_bytes())
    assert letter.text == result.text
    for fn in letter.footnotes:
        assert str(xpath_at(result, fn.span)).endswith("/noot")
    for sig in letter.signatories:
        assert str(xpath_at(result, sig.span)).endswith(("/ondertekening", "ondertekening[1]",
                                                         "ondertekening[2]", "ondertekening[3]",
                                                         "ondertekening[4]"))
    for sec in letter.sections:
        where = str(xpath_at(result, sec.span))
        assert where.endswith("/kop") if sec.number else "/tussenkop" in where
    assert letter.title_span is not None
    assert xpath_at(result, letter.title_span) == "/officiele-publicatie/kamerstuk/stuk/titel"


REAL_SHAPE = (
    "\ufeff<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<officiele-publicatie><metadata><meta name=\"DC.type\" content=\"Kamerstuk\"/></metadata>\n"
    "<kamerstuk>\n"
    " <kamerstukkop><tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2017-2018</tekstregel>"
    "</kamerstukkop>\n"
    " <dossier><dossiernummer><dossiernr>34 851</dossiernr></dossiernummer>"
    "<titel>Een voorbeeldwet</titel></dossier>\n"
    " <stuk><stuknr>Nr. <ondernummer>4</ondernummer></stuknr>"
    "<titel>BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING<noot id=\"t\" type=\"voet\">"
    "<noot.nr>1</noot.nr><noot.al>Een noot bij de titel.</noot.al></noot></titel>\n"
    "  <datumtekst>Ontvangen <datum isodatum=\"2017-12-01\">1 december 2017</datum></datumtekst>\n"
    "  <algemeen><vrije-tekst><tekst>\n"
    "   <al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>\n"
    "   <al>Den Haag, 28 november 2017</al>\n"
    "   <divisie><kop><nr>1.</nr><titel>Inleiding</titel></kop>\n"
    "    <al>De server<?xpp afbm?>certificaten zijn <nadruk type=\"cur\">nodig</nadruk>."
    "<noot id=\"a\" type=\"voet\"><noot.nr>2</noot.nr><noot.al>Zie de toelichting.</noot.al>"
    "</noot></al>\n"
    "    <divisie><kop><nr>a.</nr><titel>Onderdeel</titel></kop><al>Zie <extref soort=\"URL\" "
    "doc=\"http://example.invalid\">de website</extref>.</al></divisie>\n"
    "   </divisie>\n"
    "  </tekst></vrije-tekst></algemeen>\n"
    "  <tekst-sluiting><ondertekening><functie>De Minister</functie> voor Rechtsbescherming,"
    "<naam><voornaam>A.</voornaam><achternaam>Jurist</achternaam></naam></ondertekening>"
    "</tekst-sluiting>\n"
    "  <bijlage status=\"goed\"><kop><titel>Bijlage bij punt 1</titel></kop>\n"
    "   <table><title>Overzicht</title><tgroup cols=\"2\"><colspec colnum=\"1\"/>"
    "<colspec colnum=\"2\"/>\n"
    "    <thead><row><entry><al>Regel</al></entry><entry><al>Geldt<noot id=\"c\" "
    "type=\"tabel\"><noot.nr>1</noot.nr><noot.al>Rechtstreeks.</noot.al></noot></al>"
    "</entry></row></thead>\n"
    "    <tbody><row><entry><al>Artikel 9</al></entry><entry><al>ja</al></entry></row>"
    "</tbody></tgroup></table>\n"
    "  </bijlage>\n"
    " </stuk>\n"
    "</kamerstuk></officiele-publicatie>\n"
).replace("\n", "\r\n").encode("utf-8")


def test_real_shape_bom_crlf_appendix_and_table_note() -> None:
    """The shape of a real publication XML: BOM and CRLF, tekst-sluiting beside
    algemeen, an appendix (bijlage) with a table whose note is numbered apart from the
    footnotes, a received date (datumtekst) that is not the letter's date."""
    result = read_ob_xml(RawInput(REAL_SHAPE))
    letter = kamerparse.parse(REAL_SHAPE)
    assert letter.date is not None and letter.date.isoformat() == "2017-11-28"
    assert [(f.number, f.text, len(f.refs)) for f in letter.footnotes] == [
        ("1", "Een noot bij de titel.", 1),
        ("2", "Zie de toelichting.", 1),
    ]
    assert [(s.role, s.name) for s in letter.signatories] == [
        ("Minister voor Rechtsbescherming", "A. Jurist")
    ]
    assert "De servercertificaten zijn nodig.²" in letter.text
    assert "Regel\nGeldt¹\n\nArtikel 9\nja\n\n¹ Rechtstreeks." in letter.text
    assert [m.number for m in result.markers] == ["1", "2"]
    assert not [d for d in letter.diagnostics if d.code == "markup-unknown-element"]
    assert_no_text_lost(REAL_SHAPE, letter.text)
    # the received date is kept as text but is not compared as the letter's date
    meta = b'<m><metadata name="OVERHEIDop.datumBrief" content="2017-11-28"/></m>'
    assert not [
        d for d in kamerparse.parse(REAL_SHAPE, metadata=meta).diagnostics
        if d.code == "metadata-mismatch"
    ]


PLAIN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kamerstuk</title>
<meta name="OVERHEIDop.dossiernummer" content="36999"></head>
<body><header><a href="/">Officiele bekendmakingen</a></header>
<article><div id="broodtekst">
<p>Tweede Kamer der Staten-Generaal</p>
<p>Vergaderjaar 2024–2025</p>
<p>36 999 Een verzonnen dossier</p>
<p>Nr. 3</p>
<h1>BRIEF VAN DE MINISTER VAN DEFENSIE</h1>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</p>
<p>Den Haag, 2 april 2025</p>
<h2>1. Aanleiding</h2>
<p>Hierbij bericht ik u over de oefening<sup><a href="#ID-1-a">1</a></sup>.</p>
<h3>1.1 Planning</h3>
<p>De oefening begint in <em>mei</em>.</p>
<p>De Minister van Defensie,<br>P. Verzonnen</p>
<div class="voet noot snp-mouseoffset" id="supernote-note-ID-1-a"><h4>Noot</h4>
<p><span class="nootnum">1</span> Een verzonnen noot.</p></div>
<p><a href="#top">Naar boven</a></p>
</div></article><footer>Colofon</footer></body></html>
"""


@pytest.mark.parametrize("title_tag", ["h1", "p"])
def test_plain_publication_page(title_tag: str) -> None:
    """A newer page (article div#broodtekst) without vocabulary classes: tags decide,
    the segmenter finds the signature written as a plain paragraph (and the title, when
    it is no h1), the marker links to its note by the end of the note's id."""
    page = PLAIN_PAGE.replace("<h1>", f"<{title_tag}>").replace("</h1>", f"</{title_tag}>")
    letter = kamerparse.parse(page.encode())
    assert letter.source.format == "ob-html"
    assert [(d.number, d.title) for d in letter.dossiers] == [("36999", "Een verzonnen dossier")]
    assert letter.stuk is not None and letter.stuk.number == "3"
    assert letter.title == "BRIEF VAN DE MINISTER VAN DEFENSIE"
    assert letter.date is not None and letter.date.isoformat() == "2025-04-02"
    assert [(s.number, s.title) for s in letter.sections] == [
        ("1", "Aanleiding"), ("1.1", "Planning")
    ]
    assert [(f.number, f.text, len(f.refs)) for f in letter.footnotes] == [
        ("1", "Een verzonnen noot.", 1)
    ]
    assert [(s.role, s.name) for s in letter.signatories] == [
        ("Minister van Defensie", "P. Verzonnen")
    ]
    assert "Officiele" not in letter.text and "Colofon" not in letter.text
    assert lx.OB_BACK_TO_TOP[0] not in letter.text


@pytest.mark.parametrize("kind", ["xml", "kamerwrk", "html", "vocabulary", "real-shape"])
def test_offset_pieces_are_true_to_the_input(kind: str) -> None:
    """Every verbatim piece of the offset map is exactly the input text it points to,
    and nearly all of the letter's text maps character by character."""
    data = (
        REAL_SHAPE if kind == "real-shape"
        else (FIXTURES / "vocabulary.xml").read_bytes() if kind == "vocabulary"
        else SEED_RENDITIONS[kind].read_bytes()
    )
    raw = RawInput(data)
    result = read_ob_html(raw) if kind == "html" else read_ob_xml(raw)
    pieces = result.offsets.pieces
    for p in pieces:
        if p.verbatim:
            assert result.text[p.norm_start : p.norm_end] == raw.text[p.src_start : p.src_end]
    verbatim = sum(p.norm_end - p.norm_start for p in pieces if p.verbatim)
    assert verbatim >= 0.85 * len(result.text)


def test_cli_takes_every_structured_format(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from kamerparse._cli import main

    for kind, path in sorted(SEED_RENDITIONS.items()):
        assert main([str(path)]) == 0
        out = json.loads(capsys.readouterr().out)
        assert out["source"]["format"] == EXPECTED_FORMAT[kind]
        assert out["stuk"]["number"] == "AZ" and len(out["signatories"]) == 4
    assert main(["--format", "ob-xml", str(SEED_RENDITIONS["kamerwrk"])]) == 0
    assert json.loads(capsys.readouterr().out)["source"]["format"] == "ob-xml"


def _docx(document: bytes, footnotes: bytes | None = None) -> bytes:
    members = {"word/document.xml": document}
    if footnotes is not None:
        members["word/footnotes.xml"] = footnotes
    return _zip(members)


_W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_docx_parts_are_parsed_safely() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<w:document " + _W_NS + b"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>"
        b"</w:document>"
    )
    with pytest.raises(InvalidInput, match="unsafe XML"):
        kamerparse.parse(_docx(evil))
    plain = (
        b"<w:document " + _W_NS + b"><w:body><w:p><w:r><w:t>ok</w:t></w:r></w:p></w:body>"
        b"</w:document>"
    )
    with pytest.raises(InvalidInput, match="unsafe XML"):
        kamerparse.parse(_docx(plain, footnotes=evil.replace(b"w:document", b"w:footnotes")))


def test_docx_second_reference_and_custom_mark() -> None:
    document = (
        b"<w:document " + _W_NS + b"><w:body>"
        b"<w:p><w:r><w:t>Eerste zin</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/></w:r>"
        b"<w:r><w:t xml:space=\"preserve\"> en verder</w:t></w:r>"
        b"<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>1</w:t></w:r>"
        b"<w:r><w:t>.</w:t></w:r></w:p>"
        b"<w:p><w:r><w:t>Met ster</w:t></w:r><w:r><w:footnoteReference "
        b"w:customMarkFollows=\"1\" w:id=\"6\"/><w:t>*</w:t></w:r></w:p>"
        b"<w:p/></w:body></w:document>"
    )
    footnotes = (
        b"<w:footnotes " + _W_NS + b">"
        b"<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
        b"</w:footnote>"
        b"<w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\">"
        b" Een noot.</w:t></w:r></w:p></w:footnote>"
        b"<w:footnote w:id=\"6\"><w:p><w:r><w:t>Sternoot.</w:t></w:r></w:p></w:footnote>"
        b"</w:footnotes>"
    )
    result = read_docx(RawInput(_docx(document, footnotes)))
    assert result.text.startswith("Eerste zin¹ en verder¹.\n\nMet ster")
    assert [m.number for m in result.markers][:2] == ["1", "1"]
    notes = [(b.number, dict(b.parts)["text"].of(result.text)) for b in result.blocks
             if b.zone is Zone.FOOTNOTE]
    assert notes == [("1", "Een noot."), ("*", "Sternoot.")]


def test_docx_automatic_heading_numbers() -> None:
    """Headings numbered by Word (numbering.xml through the heading styles) get their
    number in the text and as parts, so the section tree is read as from print."""
    def para(style: str, text: str, num: bytes = b"") -> bytes:
        return (
            b'<w:p><w:pPr><w:pStyle w:val="' + style.encode() + b'"/>' + num + b"</w:pPr>"
            b"<w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"
        )

    list_item = b'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
    document = (
        b"<w:document " + _W_NS + b"><w:body>"
        + para("Kop1", "Aanleiding") + para("Normal", "Tekst.")
        + para("Kop2", "Achtergrond") + para("Kop2", "Planning")
        + para("Kop1", "Kosten") + para("Kop2", "Raming")
        + para("Normal", "Eerste punt", list_item) + para("Normal", "Tweede punt", list_item)
        + b"</w:body></w:document>"
    )
    styles = (
        b"<w:styles " + _W_NS + b">"
        b'<w:style w:styleId="Kop1"><w:name w:val="heading 1"/><w:pPr><w:numPr>'
        b'<w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
        b'<w:style w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Kop1"/>'
        b'<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
        b"</w:styles>"
    )
    numbering = (
        b"<w:numbering " + _W_NS + b">"
        b'<w:abstractNum w:abstractNumId="7">'
        b'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        b'<w:lvlText w:val="%1."/></w:lvl>'
        b'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        b'<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
        b'<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        b'<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        b'<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'
        b'<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>'
        b"</w:numbering>"
    )
    data = _zip({"word/document.xml": document, "word/styles.xml": styles,
                 "word/numbering.xml": numbering})
    result = read_docx(RawInput(data))
    heads = [(b.number, b.level, b.span.of(result.text))
             for b in result.blocks if b.kind is BlockKind.HEADING]
    assert heads == [
        ("1", 1, "1. Aanleiding"), ("1.1", 2, "1.1 Achtergrond"), ("1.2", 2, "1.2 Planning"),
        ("2", 1, "2. Kosten"), ("2.1", 2, "2.1 Raming"),
    ]
    assert "a. Eerste punt\n\nb. Tweede punt" in result.text
    letter = kamerparse.parse(data)
    assert [(s.number, s.title, s.parent) for s in letter.sections] == [
        ("1", "Aanleiding", None), ("1.1", "Achtergrond", "1"), ("1.2", "Planning", "1"),
        ("2", "Kosten", None), ("2.1", "Raming", "2"),
    ]


def test_docx_text_boxes_are_read_once() -> None:
    box = (
        b"<w:txbxContent><w:p><w:r><w:t>Datum 3 mei 2024</w:t></w:r></w:p></w:txbxContent>"
    )
    document = (
        b"<w:document " + _W_NS + b' xmlns:mc="http://schemas.openxmlformats.org/'
        b'markup-compatibility/2006"><w:body>'
        b"<w:p><w:r><w:t>Voor de kader</w:t></w:r><w:r><mc:AlternateContent>"
        b"<mc:Choice><w:drawing>" + box + b"</w:drawing></mc:Choice>"
        b"<mc:Fallback><w:pict>" + box + b"</w:pict></mc:Fallback>"
        b"</mc:AlternateContent></w:r></w:p>"
        b"<w:p><w:r><w:t>Daarna</w:t></w:r></w:p></w:body></w:document>"
    )
    result = read_docx(RawInput(_docx(document)))
    assert result.text == "Voor de kader\n\nDatum 3 mei 2024\n\nDaarna"


_HTML_TAGS = {"al": "p", "tussenkop": "p", "titel": "span", "functie": "span", "naam": "span",
              "nadruk": "i", "extref": "a", "onbekend": "blink", "lijst": "ul", "li": "li",
              "divisie": "div", "al-groep": "div", "tekst-sluiting": "div",
              "ondertekening": "p", "kop": "h2", "nr": "span"}


def _to_html(tree: bytes) -> bytes:
    """The random XML tree as a publication page: notes become links and note divs."""
    root = etree.fromstring(tree)
    notes: list[tuple[str, str, str]] = []
    numbers = {n.get("id"): str(i) for i, n in enumerate(root.iter("noot"), start=1)}

    def convert(el: etree._Element) -> etree._Element:
        out = etree.Element(_HTML_TAGS.get(str(el.tag), "div"))
        if el.tag in ("functie", "naam", "tussenkop", "ondertekening"):
            out.set("class", str(el.tag))
        out.text = el.text
        for child in el:
            if not isinstance(child.tag, str):
                made: etree._Element = etree.Comment("pi")
            elif child.tag in ("noot", "nootref"):
                nid = str(child.get("id") or child.get("refid"))
                made = etree.Element("sup")
                link = etree.SubElement(made, "a", {"class": "nootnum", "href": f"#{nid}"})
                link.text = numbers[nid]
                if child.tag == "noot":
                    notes.append((nid, numbers[nid], _text_without(child, {"noot.nr"})))
            else:
                made = convert(child)
            made.tail = child.tail
            out.append(made)
        return out

    body = convert(root)
    for nid, number, text in notes:
        div = etree.SubElement(body, "div", {"class": "voet noot", "id": nid})
        p = etree.SubElement(div, "p")
        etree.SubElement(p, "span", {"class": "nootnum"}).text = number
        p[-1].tail = " " + text
    html = etree.Element("html")
    etree.SubElement(html, "body").append(body)
    body.set("class", "stuk")
    return bytes(etree.tostring(html, method="html", encoding="UTF-8"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_tree())
def test_random_pages_never_crash_and_never_lose_a_word(tree: tuple[bytes, list[str]]) -> None:
    data, words = tree
    page = _to_html(data)
    result = read_ob_html(RawInput(page))
    tokens = Counter(t for t in (_SUPER.sub("", w) for w in result.text.split()) if t)
    assert tokens == Counter(words)
    assert kamerparse.parse(page).source.format == "ob-html"


def _motie(closing: str, names: str, dated: str) -> bytes:
    return (
        "<officiele-publicatie><kamerstuk><kamerstukkop>"
        "<tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2030-2031</tekstregel>"
        "<tekstregel inhoud=\"kameraanduiding\">Eerste Kamer der Staten-Generaal</tekstregel>"
        "<tekstregel inhoud=\"kamernummer\">1</tekstregel>"
        "<tekstregel inhoud=\"documenttype\">Kamerstukken</tekstregel></kamerstukkop>"
        "<dossier><dossiernummer><dossiernr>21 501</dossiernr>-<raadnr>07</raadnr>"
        "</dossiernummer><titel>Een verzonnen raad</titel></dossier>"
        "<stuk><stuknr>Nr. <ondernummer>9</ondernummer></stuknr>"
        "<titel>MOTIE VAN HET LID VERZONNEN</titel>"
        f"<datumtekst>{dated}</datumtekst>"
        "<algemeen><vrije-tekst><tekst><al>De Kamer,</al><al>verzoekt de regering iets,</al>"
        f"<al>{closing}</al>{names}</tekst></vrije-tekst></algemeen></stuk>"
        "</kamerstuk></officiele-publicatie>"
    ).encode()


@pytest.mark.parametrize(
    ("names", "want"),
    [
        ("<al>Verzonnen</al>", ["Verzonnen"]),
        ("<al>Verzonnen.</al>", ["Verzonnen"]),
        ("<al-groep><al>Verzonnen</al><al>Van der Bedacht</al></al-groep>",
         ["Verzonnen", "Van der Bedacht"]),
    ],
)
@pytest.mark.parametrize(
    "dated",
    [
        "Voorgesteld <datum isodatum=\"2031-02-03\">3 februari 2031</datum>",
        "Voorgesteld tijdens het Notaoverleg van <datum isodatum=\"2031-02-03\">3 februari "
        "2031</datum>",
        "Voorgesteld tijdens het wetgevingsoverleg  <datum isodatum=\"2031-02-03\">3 februari "
        "2031</datum>",
    ],
)
def test_motie_shape_of_the_real_files(names: str, want: list[str], dated: str) -> None:
    """A motie as the publication XML has it: chamber from ``kameraanduiding`` (for a
    motion too), ``kamernummer``/``documenttype`` lines of the chamber's block, ``raadnr``
    in the dossier number, the date of any ``Voorgesteld …`` phrase, the submitters after
    the closing phrase (bare or in an ``al-groep``) as signatories."""
    letter = kamerparse.parse(_motie("en gaat over tot de orde van de dag.", names, dated))
    assert letter.document_type == "motion"
    assert str(letter.chamber) == "Eerste Kamer"
    assert [d.number for d in letter.dossiers] == ["21501-07"]
    assert letter.date is not None and letter.date.isoformat() == "2031-02-03"
    assert [s.name for s in letter.signatories] == want
    assert "\n1\nKamerstukken" in letter.text
    assert not [d for d in letter.diagnostics if d.code == "markup-unknown-element"]


def test_motie_received_date_and_no_closing() -> None:
    """``Ontvangen <datum>`` is no date; names without the closing phrase are body."""
    data = _motie("Zo gezegd.", "<al>Verzonnen</al>",
                  "Ontvangen <datum isodatum=\"2031-02-03\">3 februari 2031</datum>")
    letter = kamerparse.parse(data)
    assert letter.date is None
    assert [s.name for s in letter.signatories] == []


def test_ondertekening_deze_is_a_name() -> None:
    data = REAL_SHAPE.replace(
        b"<naam><voornaam>A.</voornaam><achternaam>Jurist</achternaam></naam>",
        b"<deze>A. Jurist</deze>",
    )
    letter = kamerparse.parse(data)
    assert [(s.role, s.name) for s in letter.signatories] == [
        ("Minister voor Rechtsbescherming", "A. Jurist")
    ]

"""Build XML, legacy XML, HTML and DOCX renditions of a letter from its text form.

How a rendition is made, so anyone can check it:

1. The text form (the seed's Markdown, a corpus page text) is read with kamerparse's
   own text reader and segmenter, and parsed into a ``Letter``. From the zoned blocks
   and the records a :class:`Spec` is taken: header values (chamber, vergaderjaar,
   dossiers as printed, stuk, reprint), the title, the opening lines, the body as
   paragraphs and numbered headings, the closing, the signatories (role line and name
   as printed) and the footnotes with every marker at its place.
2. The spec is written out in each vocabulary with lxml / zipfile:
   ``officiele-publicatie`` XML (with processing instructions inside some words and
   some ``nadruk`` emphasis, as the typesetting leaves them), legacy ``kamerwrk`` XML,
   a publication-site HTML page (with site chrome around ``div.stuk``), and a ``.docx``
   (paragraph styles, ``word/footnotes.xml`` linked by ``w:footnoteReference``).

The seed's renditions are committed under ``tests/fixtures`` (``python
tests/make_fixtures.py`` rewrites them). Corpus letters are rendered at test time into
a temporary folder and never committed.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from kamerparse import lexicon as lx
from kamerparse._pipeline import build_letter
from kamerparse.patterns import FULL_DATE
from kamerparse.readers import RawInput, detect_format, get_reader
from kamerparse.readers.base import BlockKind, Zone
from kamerparse.records import Letter, Source
from kamerparse.segment import segment_blocks

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"
#: Every how many-th long word gets a typesetting PI in its middle, and emphasis.
PI_EVERY = 37
EMPHASIS_EVERY = 29


@dataclass(frozen=True)
class Note:
    """A footnote marker in running text."""

    number: str


Run = str | Note
Para = tuple[Run, ...]


@dataclass
class BodyItem:
    kind: str  # "p" paragraph, "h" numbered heading, "sub" unnumbered heading
    para: Para = ()
    number: str | None = None  # as printed (``1.``)
    title: str | None = None
    level: int = 1


@dataclass
class Spec:
    name: str
    chamber: str | None = None
    vergaderjaar: str | None = None
    dossiers: list[tuple[str, str | None]] = field(default_factory=list)
    stuk: str | None = None
    stuk_numeric: bool = True
    reprint: bool = False
    stuk_notes: list[Note] = field(default_factory=list)
    title: Para = ()
    opening: list[tuple[str, Para]] = field(default_factory=list)
    date_iso: str | None = None
    body: list[BodyItem] = field(default_factory=list)
    closing: Para | None = None
    signatures: list[tuple[str | None, str | None]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    def marked_notes(self) -> set[str]:
        paras = [self.title, *(p for _, p in self.opening), *(b.para for b in self.body)]
        found = {n.number for n in self.stuk_notes}
        for para in paras:
            found |= {r.number for r in para if isinstance(r, Note)}
        return found


# --- 1. the spec, from the text form ----------------------------------------------------


def text_letter(path: Path) -> Letter:
    """The Letter of a text form, parsed exactly as ``kamerparse.parse_file`` does."""
    raw = RawInput(path.read_bytes(), str(path))
    result = get_reader(detect_format(raw))(raw)
    return build_letter(result, source=Source(name=str(path), format=result.format, sha256=""))


def spec_from_text(path: Path) -> Spec:
    raw = RawInput(path.read_bytes(), str(path))
    result = get_reader(detect_format(raw))(raw)
    text = result.text
    letter = build_letter(result, source=Source(name=str(path), format=result.format, sha256=""))
    notes = {f.number: f.text for f in letter.footnotes}
    markers = sorted((m.span.start, m.span.end, m.number) for m in result.markers)
    spec = Spec(name=path.stem, notes=notes)

    def para(start: int, end: int) -> Para:
        out: list[Run] = []
        pos = start
        for m_start, m_end, number in markers:
            if m_start < start or m_end > end:
                continue
            out.append(_squash(text[pos:m_start]))
            if number in notes:
                out.append(Note(number))
            pos = m_end
        out.append(_squash(text[pos:end]))
        merged: list[Run] = []
        for r in out:
            if isinstance(r, str) and not r:
                continue
            merged.append(r)
        return _trim(tuple(merged))

    spec.chamber = letter.chamber.value if letter.chamber else None
    spec.vergaderjaar = letter.vergaderjaar
    for d in letter.dossiers:
        printed = d.span.of(text)
        if d.title and d.title in printed:
            printed = printed[: printed.index(d.title)]
        spec.dossiers.append((" ".join(printed.split()), d.title))
    if letter.stuk is not None:
        spec.stuk = letter.stuk.number
        spec.stuk_numeric = letter.stuk.number.isdigit()
        spec.reprint = letter.stuk.reprint
    if letter.date is not None:
        spec.date_iso = letter.date.isoformat()

    sig_spans = [s.span for s in letter.signatories]
    # numbered sections are rendered as numbered headings; unnumbered ones as sub-headings
    sections = {s.span.start: s for s in letter.sections if s.number is not None}
    for block, zone in segment_blocks(text, result.blocks):
        span = block.span
        if zone is Zone.HEADER:
            spec.stuk_notes += [
                Note(n) for s, e, n in markers if span.start <= s < span.end and n in notes
            ]
        elif zone is Zone.TITLE and letter.title_span is not None:
            spec.title = para(letter.title_span.start, span.end)
            before = [n for s, e, n in markers if span.start <= s < letter.title_span.start]
            spec.stuk_notes += [Note(n) for n in before if n in notes]
        elif zone is Zone.OPENING:
            if letter.addressee and span.contains(letter.addressee.span):
                a = letter.addressee.span
                spec.opening.append(("addressee", para(a.start, a.end)))
            elif letter.dateline and span.contains(letter.dateline.span):
                ds = letter.dateline.span
                spec.opening.append(("dateline", para(ds.start, ds.end)))
            elif letter.title_span is None or span.start > letter.title_span.start:
                spec.opening.append(("other", para(span.start, span.end)))
        elif zone is Zone.BODY:
            sec = next(
                (sections[k] for k in sections if span.start <= k < span.end), None
            )
            if sec is not None:
                head = text[sec.span.start : sec.span.end]
                number = sec.number or ""
                printed = head[: head.find(sec.title)].strip() if sec.title in head else number
                spec.body.append(
                    BodyItem("h", number=printed or sec.number, title=sec.title, level=sec.level)
                )
            elif block.kind is BlockKind.HEADING:
                spec.body.append(BodyItem("sub", para(span.start, span.end)))
            else:
                spec.body.append(BodyItem("p", para(span.start, span.end)))
        elif zone is Zone.CLOSING:
            spec.closing = para(span.start, span.end)
        elif zone is Zone.SIGNATURE and not any(span.overlaps(s) for s in sig_spans):
            spec.body.append(BodyItem("p", para(span.start, span.end)))
    for sig in letter.signatories:
        raw_text = " ".join(sig.span.of(text).split())
        role_raw: str | None = raw_text
        if sig.name and raw_text.endswith(sig.name):
            role_raw = raw_text[: len(raw_text) - len(sig.name)].strip() or None
        if sig.role is None:
            role_raw = None
        spec.signatures.append((role_raw, sig.name))
    return spec


def _squash(s: str) -> str:
    return " ".join(s.split()) if s.strip() else (" " if s else "")


def _trim(p: Para) -> Para:
    out = list(p)
    while out and isinstance(out[0], str) and not out[0].strip():
        out.pop(0)
    while out and isinstance(out[-1], str) and not out[-1].strip():
        out.pop()
    if out and isinstance(out[0], str):
        out[0] = out[0].lstrip()
    if out and isinstance(out[-1], str):
        out[-1] = out[-1].rstrip()
    return tuple(out)


def plain(p: Para) -> str:
    return "".join(r for r in p if isinstance(r, str))


# --- 2a. officiele-publicatie XML ---------------------------------------------------------


class _Words:
    """Deterministic typesetting noise: a PI in the middle of some long words and
    emphasis around some others."""

    def __init__(self) -> None:
        self.count = 0

    def fill(self, parent: etree._Element, text: str) -> None:
        """Append ``text`` to ``parent`` with PIs and ``nadruk`` sprinkled in."""
        for piece in _split_keep(text):
            self.count += 1
            if len(piece) > 9 and piece.isalpha() and self.count % PI_EVERY == 0:
                half = len(piece) // 2
                _add_text(parent, piece[:half])
                pi = etree.ProcessingInstruction("xpp", "afbm")
                parent.append(pi)
                _add_text(parent, piece[half:])
            elif len(piece) > 3 and piece.isalpha() and self.count % EMPHASIS_EVERY == 0:
                em = etree.SubElement(parent, "nadruk", type="cur")
                em.text = piece
            else:
                _add_text(parent, piece)


def _split_keep(text: str) -> Iterator[str]:
    word = ""
    for ch in text:
        if ch.isspace():
            if word:
                yield word
                word = ""
            yield ch
        else:
            word += ch
    if word:
        yield word


def _add_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class _XmlNotes:
    def __init__(self, spec: Spec, prefix: str, legacy: bool = False) -> None:
        self.spec = spec
        self.done: set[str] = set()
        self.prefix = prefix
        self.legacy = legacy

    def add(self, parent: etree._Element, number: str, words: _Words) -> None:
        nid = f"{self.prefix}{number}"
        if number in self.done:
            etree.SubElement(parent, "nootref", refid=nid)
            return
        self.done.add(number)
        if self.legacy:
            note = etree.SubElement(parent, "voetnoot", id=nid, nr=number)
            al = etree.SubElement(note, "al")
        else:
            note = etree.SubElement(parent, "noot", id=nid, type="voet")
            etree.SubElement(note, "noot.nr").text = number
            al = etree.SubElement(note, "noot.al")
        words.fill(al, self.spec.notes[number])


def _fill_para(
    parent: etree._Element, p: Para, notes: _XmlNotes, words: _Words
) -> etree._Element:
    for run in p:
        if isinstance(run, Note):
            notes.add(parent, run.number, words)
        else:
            words.fill(parent, run)
    return parent


def render_xml(spec: Spec) -> bytes:
    words = _Words()
    notes = _XmlNotes(spec, "n")
    root = etree.Element("officiele-publicatie")
    meta = etree.SubElement(root, "metadata")
    for name, value in _meta(spec):
        etree.SubElement(meta, "meta", name=name, content=value)
    ks = etree.SubElement(root, "kamerstuk")
    kop = etree.SubElement(ks, "kamerstukkop")
    if spec.chamber:
        etree.SubElement(kop, "tekstregel", inhoud="kameraanduiding").text = (
            f"{spec.chamber} der Staten-Generaal"
        )
    if spec.vergaderjaar:
        etree.SubElement(kop, "tekstregel", inhoud="vergaderjaar").text = (
            f"{lx.VERGADERJAAR_WORDS[0]} {spec.vergaderjaar}"
        )
    for number, title in spec.dossiers:
        d = etree.SubElement(ks, "dossier")
        etree.SubElement(etree.SubElement(d, "dossiernummer"), "dossiernr").text = number
        if title:
            etree.SubElement(d, "titel").text = title
    stuk = etree.SubElement(ks, "stuk")
    if spec.stuk:
        nr = etree.SubElement(stuk, "stuknr")
        if spec.stuk_numeric:
            nr.text = f"{lx.STUK_NUMBER_WORDS[0]} "
        kamer = "1" if spec.chamber == "Eerste Kamer" else "2"
        etree.SubElement(nr, "ondernummer", kamer=kamer).text = spec.stuk
        if spec.reprint:
            nr[-1].tail = " "
            etree.SubElement(nr, "herdruk").text = lx.REPRINT_WORDS[0]
        for n in spec.stuk_notes:
            notes.add(nr, n.number, words)
    _fill_para(etree.SubElement(stuk, "titel"), spec.title, notes, words)
    tekst = etree.SubElement(
        etree.SubElement(etree.SubElement(stuk, "algemeen"), "vrije-tekst"), "tekst", status="goed"
    )
    for kind, p in spec.opening:
        dated = FULL_DATE.search(plain(p)) if kind == "dateline" and spec.date_iso else None
        if dated is not None and "," not in plain(p):
            # a motion's ``Voorgesteld (tijdens het Notaoverleg van) <datum>``, as real
            # files have it: a datumtekst whose datum follows the phrase
            dt = etree.SubElement(tekst, "datumtekst")
            dt.text = plain(p)[: dated.start()]
            etree.SubElement(dt, "datum", isodatum=spec.date_iso or "").text = dated.group()
            continue
        al = etree.SubElement(tekst, "al")
        if kind == "dateline" and spec.date_iso and "," in plain(p):
            place, _, date = plain(p).partition(",")
            al.text = f"{place}, "
            etree.SubElement(al, "datum", isodatum=spec.date_iso).text = date.strip()
        else:
            _fill_para(al, p, notes, words)
    stack: list[tuple[int, etree._Element]] = [(0, tekst)]
    for item in spec.body:
        if item.kind == "h":
            while stack[-1][0] >= item.level:
                stack.pop()
            div = etree.SubElement(stack[-1][1], "divisie")
            kop_el = etree.SubElement(div, "kop")
            if item.number:
                etree.SubElement(kop_el, "nr").text = item.number
                kop_el[-1].tail = " "
            etree.SubElement(kop_el, "titel").text = item.title
            stack.append((item.level, div))
        elif item.kind == "sub":
            _fill_para(etree.SubElement(stack[-1][1], "tussenkop", kopopmaak="cur"), item.para,
                       notes, words)
        else:
            _fill_para(etree.SubElement(stack[-1][1], "al"), item.para, notes, words)
    sluiting = etree.SubElement(tekst, "tekst-sluiting")
    if spec.closing:
        _fill_para(etree.SubElement(sluiting, "al"), spec.closing, notes, words)
    for role, signer in spec.signatures:
        o = etree.SubElement(sluiting, "ondertekening")
        if role:
            first, _, rest = role.partition(" ")
            second, _, rest = rest.partition(" ")
            f = etree.SubElement(o, "functie")
            f.text = f"{first} {second}".strip()  # free text after the function
            f.tail = f" {rest}" if rest else None
        if signer:
            naam = etree.SubElement(o, "naam")
            initials, _, surname = signer.rpartition(" ")
            if initials:
                etree.SubElement(naam, "voornaam").text = initials
            etree.SubElement(naam, "achternaam").text = surname
    for number in sorted(set(spec.notes) - spec.marked_notes()):
        notes.add(tekst, number, words)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _meta(spec: Spec) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if spec.dossiers and spec.stuk:
        first = spec.dossiers[0][0].replace(" ", "")
        out.append(("DC.identifier", f"kst-{first}-{spec.stuk}"))
    for number, _ in spec.dossiers:
        out.append(("OVERHEIDop.dossiernummer", number.replace(" ", "")))
    if spec.stuk:
        out.append(("OVERHEIDop.ondernummer", spec.stuk))
    if spec.vergaderjaar:
        out.append(("OVERHEIDop.vergaderjaar", spec.vergaderjaar))
    if spec.date_iso:
        out.append(("OVERHEIDop.datumBrief", spec.date_iso))
    return out


def render_metadata(spec: Spec) -> bytes:
    """A companion ``metadata.xml`` as the publication site serves it."""
    root = etree.Element("metadata_gegevens")
    for name, value in _meta(spec):
        etree.SubElement(root, "metadata", name=name, content=value)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


# --- 2b. legacy kamerwrk ------------------------------------------------------------------


def render_kamerwrk(spec: Spec) -> bytes:
    words = _Words()
    notes = _XmlNotes(spec, "v", legacy=True)
    root = etree.Element("kamerwrk", kamer="sg", publtype="brief")
    # as in real files: a root kop (titel; real ones add subtitels), frontm/versie, the
    # bare years in vergjaar, and ``ltrlabel`` "Nr. " beside ``nummer``
    kop = etree.SubElement(root, "kop")
    etree.SubElement(kop, "titel").text = (
        f"{spec.chamber} der Staten-Generaal" if spec.chamber else "Staten-Generaal"
    )
    front = etree.SubElement(root, "frontm")
    etree.SubElement(front, "versie", dtd="0.10")
    if spec.vergaderjaar:  # the only place the years are given here
        etree.SubElement(front, "vergjaar").text = spec.vergaderjaar
    for number, title in spec.dossiers:
        o = etree.SubElement(front, "onderw")
        etree.SubElement(o, "nummer").text = number
        if title:
            etree.SubElement(o, "naam").text = title
    stuk = etree.SubElement(etree.SubElement(root, "body"), "stuk")
    if spec.stuk:
        if spec.stuk_numeric:
            etree.SubElement(stuk, "ltrlabel").text = f"{lx.STUK_NUMBER_WORDS[0]} "
        nummer = etree.SubElement(stuk, "nummer")
        nummer.text = spec.stuk
        if spec.reprint:
            nummer.text += f" {lx.REPRINT_WORDS[0]}"
        for n in spec.stuk_notes:
            notes.add(nummer, n.number, words)
    _fill_para(etree.SubElement(stuk, "titel"), spec.title, notes, words)
    for _, p in spec.opening:
        _fill_para(etree.SubElement(stuk, "al"), p, notes, words)
    for item in spec.body:
        if item.kind == "h":
            etree.SubElement(stuk, "tuskop").text = f"{item.number} {item.title}"
        elif item.kind == "sub":
            _fill_para(etree.SubElement(stuk, "tuskop"), item.para, notes, words)
        else:
            _fill_para(etree.SubElement(stuk, "al"), item.para, notes, words)
        etree.SubElement(stuk, "witreg")
    if spec.closing:
        _fill_para(etree.SubElement(stuk, "al"), spec.closing, notes, words)
    for role, name in spec.signatures:
        o = etree.SubElement(stuk, "ondtek")
        if role:
            etree.SubElement(o, "functie").text = role
        if name:
            etree.SubElement(o, "naam").text = name
    for number in sorted(set(spec.notes) - spec.marked_notes()):
        notes.add(stuk, number, words)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


# --- 2c. the publication site's HTML page -------------------------------------------------


def render_html(spec: Spec) -> bytes:
    html = etree.Element("html", lang="nl")
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    for name, value in _meta(spec):
        etree.SubElement(head, "meta", name=name, content=value)
    etree.SubElement(head, "title").text = spec.name
    body = etree.SubElement(html, "body")
    nav = etree.SubElement(body, "nav")
    etree.SubElement(nav, "a", href="/").text = "Zoeken"
    stuk = etree.SubElement(body, "div", {"class": "stuk", "id": "broodtekst"})
    seen: set[str] = set()

    def fill(parent: etree._Element, p: Para) -> etree._Element:
        for run in p:
            if isinstance(run, Note):
                sup = etree.SubElement(parent, "sup")
                a = etree.SubElement(
                    sup, "a", {"class": f"nootnum supernote-click-ID{run.number}",
                               "href": f"#ID{run.number}"}
                )
                a.text = run.number
                seen.add(run.number)
            else:
                _add_text(parent, run)
        return parent

    kop = etree.SubElement(stuk, "div", {"class": "kamerstukkop"})
    if spec.chamber:
        etree.SubElement(kop, "p", {"class": "kameraanduiding"}).text = (
            f"{spec.chamber} der Staten-Generaal"
        )
    if spec.vergaderjaar:
        etree.SubElement(kop, "p", {"class": "vergaderjaar"}).text = (
            f"{lx.VERGADERJAAR_WORDS[0]} {spec.vergaderjaar}"
        )
    for number, title in spec.dossiers:
        d = etree.SubElement(stuk, "div", {"class": "dossier"})
        etree.SubElement(d, "p", {"class": "dossiernummer"}).text = number
        if title:
            etree.SubElement(d, "p", {"class": "titel"}).text = title
    if spec.stuk:
        nr = etree.SubElement(stuk, "p", {"class": "stuknr"})
        if spec.stuk_numeric:
            nr.text = f"{lx.STUK_NUMBER_WORDS[0]} "
        etree.SubElement(nr, "span", {"class": "ondernummer"}).text = spec.stuk
        if spec.reprint:
            nr[-1].tail = " "
            etree.SubElement(nr, "span", {"class": "herdruk"}).text = lx.REPRINT_WORDS[0]
        fill(nr, tuple(spec.stuk_notes))
    fill(etree.SubElement(stuk, "h1", {"class": "titel"}), spec.title)
    for _, p in spec.opening:
        fill(etree.SubElement(stuk, "p"), p)
    for item in spec.body:
        if item.kind == "h":
            h = etree.SubElement(stuk, f"h{min(item.level + 1, 6)}", {"class": "kop"})
            if item.number:
                etree.SubElement(h, "span", {"class": "nr"}).text = item.number
                h[-1].tail = " "
            etree.SubElement(h, "span", {"class": "titel"}).text = item.title
        elif item.kind == "sub":
            fill(etree.SubElement(stuk, "p", {"class": "tussenkop"}), item.para)
        else:
            fill(etree.SubElement(stuk, "p"), item.para)
    if spec.closing:
        fill(etree.SubElement(stuk, "p"), spec.closing)
    for role, signer in spec.signatures:
        o = etree.SubElement(stuk, "p", {"class": "ondertekening"})
        if role:
            etree.SubElement(o, "span", {"class": "functie"}).text = role
        if role and signer:
            etree.SubElement(o, "br")
        if signer:
            etree.SubElement(o, "span", {"class": "naam"}).text = signer
    for number, note_text in spec.notes.items():
        div = etree.SubElement(
            stuk, "div", {"class": "voet noot snp-mouseoffset", "id": f"ID{number}"}
        )
        note_p = etree.SubElement(div, "p")
        etree.SubElement(note_p, "span", {"class": "nootnum"}).text = number
        note_p[-1].tail = f" {note_text}"
    back = etree.SubElement(etree.SubElement(body, "p"), "a", href="#top")
    back.text = lx.OB_BACK_TO_TOP[0]
    etree.SubElement(body, "footer").text = "Colofon"
    return b"<!DOCTYPE html>\n" + bytes(
        etree.tostring(html, method="html", encoding="UTF-8", pretty_print=True)
    )


# --- 2d. Word ---------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CONTENT_TYPES = (
    f'{_XML_DECL}<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{_WML}.footnotes+xml"/>'
    "</Types>"
)
_RELS = (
    f'{_XML_DECL}<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_OFFICE_REL}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
_DOC_RELS = (
    f'{_XML_DECL}<Relationships xmlns="{_PKG}/relationships">'
    f'<Relationship Id="rId1" Type="{_OFFICE_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_OFFICE_REL}/footnotes" Target="footnotes.xml"/>'
    "</Relationships>"
)
_STYLES = (("Normal", "Normal"), ("Kop1", "heading 1"), ("Kop2", "heading 2"),
           ("Kop3", "heading 3"), ("Kop4", "heading 4"), ("Voetnoottekst", "footnote text"),
           ("Voetnootmarkering", "footnote reference"))


def _w(parent: etree._Element, name: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _W + name)
    for k, v in attrs.items():
        el.set(_W + k, v)
    return el


def render_docx(spec: Spec) -> bytes:
    doc = etree.Element(_W + "document", nsmap={"w": W})
    body = _w(doc, "body")
    fns = etree.Element(_W + "footnotes", nsmap={"w": W})
    for fid, kind in (("-1", "separator"), ("0", "continuationSeparator")):
        sep = _w(fns, "footnote", id=fid, type=kind)
        _w(_w(_w(sep, "p"), "r"), "separator")
    ids: dict[str, str] = {}

    def text_run(p: etree._Element, text: str, sup: bool = False) -> None:
        r = _w(p, "r")
        if sup:
            _w(_w(r, "rPr"), "vertAlign", val="superscript")
        t = _w(r, "t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def para(p_runs: Para, style: str | None = None, lines: tuple[str, ...] = ()) -> None:
        p = _w(body, "p")
        if style:
            _w(_w(p, "pPr"), "pStyle", val=style)
        for i, line in enumerate(lines):
            if i:
                _w(_w(p, "r"), "br")
            text_run(p, line)
        for run in p_runs:
            if isinstance(run, Note):
                if run.number in ids:
                    text_run(p, run.number, sup=True)  # a second reference
                    continue
                fid = str(len(ids) + 1)
                ids[run.number] = fid
                r = _w(p, "r")
                _w(_w(r, "rPr"), "rStyle", val="Voetnootmarkering")
                _w(r, "footnoteReference", id=fid)
                fn = _w(fns, "footnote", id=fid)
                fp = _w(fn, "p")
                _w(_w(fp, "pPr"), "pStyle", val="Voetnoottekst")
                rr = _w(fp, "r")
                _w(_w(rr, "rPr"), "rStyle", val="Voetnootmarkering")
                _w(rr, "footnoteRef")
                text_run(fp, " " + spec.notes[run.number])
            else:
                text_run(p, run)

    if spec.chamber:
        para((f"{spec.chamber} der Staten-Generaal",))
    if spec.vergaderjaar:
        para((f"{lx.VERGADERJAAR_WORDS[0]} {spec.vergaderjaar}",))
    for number, title in spec.dossiers:
        para((), lines=(number, title) if title else (number,))
    if spec.stuk:
        head = f"{lx.STUK_NUMBER_WORDS[0]} {spec.stuk}" if spec.stuk_numeric else spec.stuk
        if spec.reprint:
            head += f" {lx.REPRINT_WORDS[0]}"
        para((head, *spec.stuk_notes))
    para(spec.title)
    for _, p in spec.opening:
        para(p)
    for item in spec.body:
        if item.kind == "h":
            para((f"{item.number} {item.title}",), style=f"Kop{min(item.level, 3)}")
        elif item.kind == "sub":
            para(item.para, style="Kop4")
        else:
            para(item.para)
    if spec.closing:
        para(spec.closing)
    for role, name in spec.signatures:
        para((), lines=tuple(x for x in (role, name) if x))
    styles = etree.Element(_W + "styles", nsmap={"w": W})
    for sid, name in _STYLES:
        st = _w(styles, "style", type="paragraph", styleId=sid)
        _w(st, "name", val=name)
    buf = io.BytesIO()
    parts: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", _CONTENT_TYPES.encode()),
        ("_rels/.rels", _RELS.encode()),
        ("word/_rels/document.xml.rels", _DOC_RELS.encode()),
    ]
    for name, root in (("word/document.xml", doc), ("word/footnotes.xml", fns),
                       ("word/styles.xml", styles)):
        parts.append(
            (name, etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
        )
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            # a fixed time stamp, so the same spec always gives the same bytes
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


RENDERERS = {
    "xml": (render_xml, ".xml"),
    "kamerwrk": (render_kamerwrk, ".kamerwrk.xml"),
    "html": (render_html, ".html"),
    "docx": (render_docx, ".docx"),
}


def write_renditions(spec: Spec, folder: Path) -> dict[str, Path]:
    """Write every rendition of ``spec`` (plus the XML's ``metadata.xml``) to ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    for kind, (render, suffix) in RENDERERS.items():
        path = folder / f"{spec.name}{suffix}"
        path.write_bytes(render(spec))
        out[kind] = path
    (folder / f"{spec.name}.metadata.xml").write_bytes(render_metadata(spec))
    return out


def main(argv: list[str]) -> int:
    seed = Path(__file__).resolve().parent.parent / "samples" / "kst-29521-AZ.md"
    paths = write_renditions(spec_from_text(seed), FIXTURES_DIR)
    for p in paths.values():
        print(p.relative_to(Path.cwd()) if p.is_relative_to(Path.cwd()) else p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

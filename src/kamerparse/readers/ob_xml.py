"""Reader for the publication site's XML (format ``"ob-xml"``).

Two vocabularies, one walker:

* ``officiele-publicatie`` / ``kamerstuk`` (2009 onwards): header
  ``kamerstukkop/tekstregel[@inhoud]``, ``dossier/{dossiernummer/dossiernr, titel}``
  (repeated for a multi-dossier document), ``stuk/{stuknr/ondernummer, titel,
  datumtekst/datum[@isodatum]}``, body ``algemeen/vrije-tekst/tekst/{al, al-groep,
  divisie/kop/{label, nr, titel}, tussenkop, lijst/li/{li.nr, al}, table}``, footnotes
  ``noot[@id]/{noot.nr, noot.al}`` inline at the marker plus ``nootref[@refid]``,
  closing ``tekst-sluiting/ondertekening/{functie, naam/{voornaam, voorvoegsels,
  achternaam}}``; optional ``metadata/meta[@name, @content]``.
* legacy ``kamerwrk`` (about 1995-2009): ``frontm/{vergjaar, ordernr, onderw/{nummer,
  naam}}``, ``body/stuk/{ltrlabel, nummer, titel, al, tuskop, ondtek/{functie, naam},
  witreg}``, footnotes ``voetnoot[@id, @nr]/al``.

Every block is zoned from the markup (see docs/architecture.md, "Zoned blocks from
structured readers"); the only text rules are for the opening and closing ``al``
paragraphs the markup does not label (``Aan de Voorzitter ...``, ``Den Haag, <datum>``,
``Hoogachtend,``). Emphasis (``nadruk``), references (``extref``, ``dossierref``,
``intref``) and processing instructions are dropped, their words kept; a processing
instruction inside a word does not split it. An element not listed here keeps its text
and adds a ``markup-unknown-element`` diagnostic naming it.

Offsets: ``OffsetMap`` maps into the decoded input (``RawInput.text``). A text node
found literally in the input maps character by character; one that held an entity
or character reference maps to where the reader's cursor stood (the start of its
element, give or take). Every block carries the XPath of its element.

A companion ``metadata.xml`` (``metadata[@name, @content]``, attached by
:func:`kamerparse.parse_file`) and the document's own ``metadata/meta`` fill
``ReadResult.metadata``; where they disagree with the document's markup the reader
adds a ``metadata-mismatch`` warning and keeps what the document says.

Private siblings: :mod:`._ob_vocabulary` (the element tables), :mod:`._ob_signature`
(signatories and a motion's submitters), :mod:`._ob_metadata` (reading and checking
the metadata).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from lxml import etree

from kamerparse.patterns import MOTION_END
from kamerparse.readers import RawInput
from kamerparse.readers._markup import (
    ADDRESSEE,
    CLOSING,
    DATED_BY,
    DATELINE,
    HEADING_NUMBER,
    SALUTATION,
    STUK_NUMBER,
    VERB_DATELINE,
    VERB_PHRASE_DATELINE,
    YEARS,
    Emitter,
    Inline,
    Seg,
    iso_date,
)
from kamerparse.readers._ob_metadata import metadata_mismatches, read_metadata
from kamerparse.readers._ob_signature import SignatureWriter, is_name_line
from kamerparse.readers._ob_vocabulary import (
    BREAKS,
    CONTAINERS,
    DOCUMENT_ROOTS,
    FORMAT,
    FREE_ATTR,
    GAP_OR_ENTITY,
    HEADER_LINE_PARTS,
    INLINE,
    NAME_PARTS,
    NOTE_REFS,
    NOTES,
    SKIPPED,
    TABLE_PARTS,
    XPATH_ATTR,
)
from kamerparse.readers._xml import (
    ElementPaths,
    Locator,
    attributes,
    companion_metadata,
    line_of,
    local_name,
    parse_xml,
    text_of,
)
from kamerparse.readers.base import Block, BlockKind, ReadResult, Zone
from kamerparse.records import Severity, Span


def read_ob_xml(raw: RawInput) -> ReadResult:
    """Read an ``officiele-publicatie``/``kamerstuk`` or legacy ``kamerwrk`` document."""
    root = parse_xml(raw.data)
    reader = VocabularyReader(root, raw.text)
    companion = companion_metadata(raw)
    if companion is not None:
        reader.read_metadata(parse_xml(companion, "metadata.xml"), "metadata.xml")
    return reader.run()


class VocabularyReader:
    """Walks a tree in the publication XML vocabulary and emits zoned blocks."""

    def __init__(self, root: etree._Element, source: str, fmt: str = FORMAT) -> None:
        self.root = root
        self.tree = root.getroottree()
        self._path = ElementPaths(self.tree)  # tree.getpath, linear over siblings
        self.loc = Locator(source)
        self.em = Emitter(source, fmt)
        self.phase = "header"  # header -> opening (after the title) -> body
        self.note_numbers: dict[str, str] = {}
        self.notes_by_element: dict[etree._Element, str] = {}
        self.doc: dict[str, tuple[str, Span | None]] = {}
        self.meta: dict[str, str] = {}
        self.meta_sources: list[tuple[str, dict[str, str]]] = []
        self.table_notes: list[tuple[Inline, str]] = []
        #: ``kopopmaak`` styles of unnumbered headings, ranked in order of appearance
        self.kop_styles: dict[str, int] = {}
        #: elements already read with an earlier sibling (a legacy ``nummer``)
        self.consumed: set[etree._Element] = set()
        self.handlers: dict[str, Callable[[etree._Element], None]] = {
            "kamerstukkop": self.header_lines,
            "tekstregel": self.header_line,
            "vergjaar": self.header_line,
            "ordernr": self.header_line,
            "dossier": self.dossier,
            "onderw": self.dossier,
            "stuknr": self.stuk_number,
            "nummer": self.stuk_number,
            "ltrlabel": self.stuk_number,
            "titel": self.title,
            "datumtekst": self.dateline,
            "al": self.paragraph,
            "kop": self.kop,
            "tussenkop": self.subheading,
            "tuskop": self.subheading,
            "lijst": self.list,
            "li": self.list_item,
            "table": self.table,
            "ondertekening": self.signature,
            "ondtek": self.signature,
            "metadata": self.embedded_metadata,
        }

    # -- driver ------------------------------------------------------------------------

    def run(self) -> ReadResult:
        self._number_notes()
        name = local_name(self.root)
        if name in self.handlers:
            self.handlers[name](self.root)
        else:
            if name not in CONTAINERS:
                self.em.unknown(name, self.xpath(self.root))
            self.walk(self.root)
        self.flush_table_notes()
        self._zone_page_header()
        self._compare_metadata()
        self.em.metadata.update(self.meta)
        return self.em.finish()

    def _zone_page_header(self) -> None:
        """Unzoned paragraphs before the title are header lines."""
        blocks = self.em.blocks
        title = next((i for i, b in enumerate(blocks) if b.zone is Zone.TITLE), None)
        if title is None:
            return
        for i in range(title):
            if blocks[i].zone is None:
                blocks[i] = attrs.evolve(blocks[i], zone=Zone.HEADER)

    def xpath(self, el: etree._Element) -> str:
        """The element's XPath (a translated tree keeps its source's in ``data-xpath``)."""
        return el.get(XPATH_ATTR) or self._path(el)

    def _number_notes(self) -> None:
        count = 0
        for el in self.root.iter():
            if local_name(el) not in NOTES:
                continue
            count += 1
            attrs = attributes(el)
            number = attrs.get("nr", "").strip()
            for child in el:
                if local_name(child) == "noot.nr":
                    number = text_of(child).strip() or number
            number = number.rstrip(").") or str(count)
            if "id" in attrs:
                self.note_numbers[attrs["id"]] = number
            self.notes_by_element[el] = number

    def walk(self, el: etree._Element) -> None:
        """Read the blocks inside container ``el``; stray text becomes a paragraph."""
        self._stray(el.text, el)
        for child in el:
            name = local_name(child)
            if name:
                handler = self.handlers.get(name)
                if handler is not None:
                    handler(child)
                elif name in CONTAINERS:
                    self.walk(child)
                elif name in NOTES:
                    ins = Inline()
                    self.note(child, ins)  # a note outside running text: body only
                elif name in BREAKS or name in SKIPPED:
                    pass
                elif name in INLINE or name in NOTE_REFS:
                    self.paragraph(child)
                else:
                    self.em.unknown(name, self.xpath(child))
                    names = {local_name(c) for c in child}
                    if names & (self.handlers.keys() | CONTAINERS):
                        self.walk(child)
                    else:
                        self.paragraph(child)
            self._stray(child.tail, el)

    def _stray(self, text: str | None, parent: etree._Element) -> None:
        if text and text.strip():
            ins = Inline()
            self.text(text, ins, None)
            self.write(ins, zone=self._body_zone(), xpath=self.xpath(parent))

    # -- inline text -------------------------------------------------------------------

    def text(self, text: str | None, ins: Inline, line: int | None) -> None:
        if not text:
            return
        if text.isspace():
            ins.text(text, self.loc.cursor, literal=False)
            return
        pos, literal = self.loc.locate(text, line)
        if literal or not GAP_OR_ENTITY.search(text):
            ins.text(text, pos, literal=literal)
            return
        # not found as a whole (CRLF line ends, an entity reference): find it run by run
        start = 0
        for m in GAP_OR_ENTITY.finditer(text):
            if m.start() > start:
                chunk = text[start : m.start()]
                pos, literal = self.loc.locate(chunk, line)
                ins.text(chunk, pos, literal=literal)
                line = None
            ins.text(m.group(), self.loc.cursor, literal=False)
            start = m.end()
        if start < len(text):
            chunk = text[start:]
            pos, literal = self.loc.locate(chunk, line)
            ins.text(chunk, pos, literal=literal)

    def inline(self, el: etree._Element, ins: Inline) -> None:
        """Append the running text inside ``el`` (not its tail) to ``ins``."""
        self.text(el.text, ins, line_of(el))
        for child in el:
            self.inline_child(child, ins)
            self.text(child.tail, ins, None)

    def inline_child(self, child: etree._Element, ins: Inline) -> None:
        name = local_name(child)
        if not name or name in SKIPPED:
            return
        if name in NOTES:
            self.note(child, ins)
        elif name in NOTE_REFS:
            self.note_ref(child, ins)
        elif name in BREAKS:
            ins.line_break(self.loc.cursor)
        elif name in INLINE:
            if name in NAME_PARTS:
                ins.text(" ", self.loc.cursor, literal=False)
            self.inline(child, ins)
        else:
            if name not in self.handlers and name not in CONTAINERS:
                self.em.unknown(name, self.xpath(child))
            # a block element inside running text (al inside li, lijst inside al)
            ins.text(" ", self.loc.cursor, literal=False)
            self.inline(child, ins)
            ins.text(" ", self.loc.cursor, literal=False)

    def note(self, el: etree._Element, ins: Inline) -> None:
        """A footnote: marker here, body at the end of the text. A table note
        (``type="tabel"``, numbered apart from the footnotes) keeps its superscript in
        the cell and its body as a paragraph after the table."""
        number = self.notes_by_element.get(el, "")
        src = self.loc.line_offset(line_of(el))
        src = max(src, self.loc.cursor)
        table_note = attributes(el).get("type") == "tabel"
        if table_note:
            ins.superscript(number, src)
        else:
            ins.marker(number, src)
        body = Inline()
        if table_note:
            body.superscript(number, src)
            body.text(" ", src, literal=False)
        self.text(el.text, body, line_of(el))
        for child in el:
            name = local_name(child)
            if name in ("noot.al", "al"):
                body.text(" ", self.loc.cursor, literal=False)
                self.inline(child, body)
            else:
                self.inline_child(child, body)
            self.text(child.tail, body, None)
        if table_note:
            self.table_notes.append((body, self.xpath(el)))
        else:
            self.em.add_note(number, body, self.xpath(el), src)

    def note_ref(self, el: etree._Element, ins: Inline) -> None:
        refid = attributes(el).get("refid", "")
        number = self.note_numbers.get(refid)
        if number is None:
            self.em.diagnose(
                "markup-dangling-noteref",
                f"<{local_name(el)} refid={refid!r}> at {self.xpath(el)} refers to no footnote",
            )
            self.text(el.text, ins, line_of(el))
            return
        ins.marker(number, self.loc.cursor)

    # -- writing -----------------------------------------------------------------------

    def write(
        self,
        ins: Inline,
        *,
        zone: Zone | None,
        kind: BlockKind = BlockKind.PARAGRAPH,
        xpath: str | None = None,
        number: str | None = None,
        level: int | None = None,
    ) -> Block | None:
        return self.em.block(ins, kind=kind, zone=zone, number=number, level=level, xpath=xpath)

    def _body_zone(self) -> Zone:
        if self.phase == "header":
            return Zone.HEADER
        return Zone.BODY

    def block_text(self, blk: Block) -> str:
        return self.em.text_so_far(blk.span)

    def part_by_regex(
        self, blk: Block, name: str, pattern: object, group: str | int = 0
    ) -> tuple[Block, Span | None]:
        text = self.block_text(blk)
        m = pattern.search(text)  # type: ignore[attr-defined]
        if not m or m.start(group) < 0:
            return blk, None
        span = Span(start=blk.span.start + m.start(group), end=blk.span.start + m.end(group))
        return self.em.add_part(blk, name, span), span

    # -- header ------------------------------------------------------------------------

    def header_lines(self, el: etree._Element) -> None:
        """The ``kamerstukkop``: one header block per ``tekstregel``, except that the
        chamber's number (``kamernummer``) and the series (``documenttype``) are lines
        of the block before them (parts ``chamber_number``, ``series``), not blocks."""
        pending: tuple[Inline, etree._Element] | None = None
        for child in el:
            name = local_name(child)
            role = attributes(child).get("inhoud", "") if name == "tekstregel" else ""
            if role in HEADER_LINE_PARTS and pending is not None:
                ins = pending[0]
                ins.line_break(self.loc.cursor)
                ins.open(HEADER_LINE_PARTS[role])
                self.inline(child, ins)
                ins.close(HEADER_LINE_PARTS[role])
                continue
            if pending is not None:
                self._write_header_line(*pending)
                pending = None
            if name == "tekstregel":
                ins = Inline()
                self.inline(child, ins)
                pending = (ins, child)
            elif name:
                self.walk_one(child)
        if pending is not None:
            self._write_header_line(*pending)

    def walk_one(self, el: etree._Element) -> None:
        handler = self.handlers.get(local_name(el))
        if handler is not None:
            handler(el)
        else:
            self.em.unknown(local_name(el), self.xpath(el))
            self.paragraph(el)

    def header_line(self, el: etree._Element) -> None:
        ins = Inline()
        self.inline(el, ins)
        self._write_header_line(ins, el)

    def _write_header_line(self, ins: Inline, el: etree._Element) -> None:
        role = attributes(el).get("inhoud", "")
        if role == "kameraanduiding":
            ins.segs.insert(0, Seg("open", "chamber"))
            # the chamber is the first line (a folded kamernummer line follows it)
            first_break = next(
                (i for i, s in enumerate(ins.segs) if s.kind == "break"), len(ins.segs)
            )
            ins.segs.insert(first_break, Seg("close", "chamber"))
        blk = self.write(ins, zone=Zone.HEADER, xpath=self.xpath(el))
        if blk is None:
            return
        name = local_name(el)
        if role == "vergaderjaar" or name == "vergjaar" or YEARS.search(self.block_text(blk)):
            blk, span = self.part_by_regex(blk, "vergaderjaar", YEARS)
            if span is not None:
                self.doc["vergaderjaar"] = (self._span_text(span), span)

    def _span_text(self, span: Span) -> str:
        return self.em.text_so_far(span)

    def dossier(self, el: etree._Element) -> None:
        ins = Inline()
        number_names = {"dossiernummer", "dossiernr", "nummer"}
        title_names = {"titel", "naam"}
        for child in el:
            name = local_name(child)
            if name in number_names:
                ins.open("dossier")
                self.inline(child, ins)
                ins.close("dossier")
            elif name in title_names:
                ins.line_break(self.loc.cursor)
                ins.open("dossier_title")
                self.inline(child, ins)
                ins.close("dossier_title")
            elif name:
                self.inline_child(child, ins)
            self.text(child.tail, ins, None)
        blk = self.write(ins, zone=Zone.HEADER, xpath=self.xpath(el))
        if blk is not None:
            for part, span in blk.parts:
                if part == "dossier":
                    self.doc.setdefault("dossier", (self._span_text(span), span))
                    prev = self.doc.get("dossiers")
                    joined = self._span_text(span)
                    self.doc["dossiers"] = (f"{prev[0]};{joined}" if prev else joined, span)

    def stuk_number(self, el: etree._Element) -> None:
        if el in self.consumed:
            return
        ins = Inline()
        has_number = False
        self.text(el.text, ins, line_of(el))
        el = self._join_legacy_number(el, ins)
        for child in el:
            name = local_name(child)
            if name == "ondernummer":
                has_number = True
                ins.open("stuk")
                self.inline(child, ins)
                ins.close("stuk")
            elif name == "herdruk":
                ins.open("reprint")
                self.inline(child, ins)
                ins.close("reprint")
            else:
                self.inline_child(child, ins)
            self.text(child.tail, ins, None)
        blk = self.write(ins, zone=Zone.HEADER, xpath=self.xpath(el))
        if blk is None:
            return
        if not has_number:
            blk, _ = self.part_by_regex(blk, "stuk", STUK_NUMBER, "stuk")
        for part, span in blk.parts:
            if part == "stuk":
                self.doc["stuk"] = (self._span_text(span), span)

    def _join_legacy_number(self, el: etree._Element, ins: Inline) -> etree._Element:
        """Legacy ``<ltrlabel>Nr. </ltrlabel><nummer>6</nummer>``: one line ``Nr. 6``.

        Reads the label's children into ``ins`` and returns the ``nummer`` (marked as
        read); any other element is returned as it is."""
        nxt = el.getnext()
        if local_name(el) != "ltrlabel" or nxt is None or local_name(nxt) != "nummer":
            return el
        for child in el:
            self.inline_child(child, ins)
            self.text(child.tail, ins, None)
        ins.text(" ", self.loc.cursor, literal=False)
        self.consumed.add(nxt)
        self.text(nxt.text, ins, line_of(nxt))
        return nxt

    def title(self, el: etree._Element) -> None:
        ins = Inline()
        self.inline(el, ins)
        zone = Zone.TITLE if self.phase == "header" else Zone.BODY
        if self.write(ins, zone=zone, xpath=self.xpath(el)) is not None and zone is Zone.TITLE:
            self.phase = "opening"

    def dateline(self, el: etree._Element) -> None:
        """``datumtekst``: its ``datum`` is the document's date when a dating verb
        leads, whatever words follow it (``Voorgesteld``, ``Voorgesteld tijdens het
        Notaoverleg van``); a received date (``Ontvangen``) is kept but is no date."""
        ins = Inline()
        self.text(el.text, ins, line_of(el))
        dated = False
        for child in el:
            if not dated and local_name(child) == "datum" and DATED_BY.match(ins.plain()):
                dated = True
                ins.open("date")
                self.inline(child, ins)
                ins.close("date")
            else:
                self.inline_child(child, ins)
            self.text(child.tail, ins, None)
        self._write_dateline(ins, el)

    def _write_dateline(self, ins: Inline, el: etree._Element) -> None:
        blk = self.write(ins, zone=Zone.OPENING, xpath=self.xpath(el))
        if blk is None:
            return
        blk, _ = self.part_by_regex(blk, "place", DATELINE, "place")
        date = next((span for name, span in blk.parts if name == "date"), None)
        if date is None:
            blk, date = self.part_by_regex(blk, "date", DATELINE, "date")
        iso = None
        for d in el.iter():
            if local_name(d) == "datum" and attributes(d).get("isodatum"):
                iso = attributes(d)["isodatum"][:10]
                break
        if iso is None and date is not None:
            iso = iso_date(self._span_text(date))
        if iso is not None and date is not None:  # ``Ontvangen <datum>`` is no letter date
            self.doc["date"] = (iso, date)

    # -- body --------------------------------------------------------------------------

    def paragraph(self, el: etree._Element) -> None:
        ins = Inline()
        self.inline(el, ins)
        text = ins.plain()
        xpath = self.xpath(el)
        if self.phase in ("header", "opening") and text and self._opening(el, ins, text, xpath):
            return
        if CLOSING.match(text):
            self.write(ins, zone=Zone.CLOSING, xpath=xpath)
            return
        if self.phase == "submitters" and is_name_line(text):
            # a motion's submitters: one ``al`` per member after the closing phrase
            # (bare, or in an ``al-groep``), each a signatory by name alone
            ins.segs.insert(0, Seg("open", "name"))
            ins.close("name")
            blk = self.write(ins, zone=Zone.SIGNATURE, xpath=xpath)
            if blk is not None and text.rstrip().endswith("."):  # ``Van Meijeren.``
                self.em.blocks[-1] = attrs.evolve(
                    blk, parts=(("name", Span(start=blk.span.start, end=blk.span.end - 1)),)
                )
            return
        self.phase = "submitters" if MOTION_END.search(text) else "body"
        free = el.get(FREE_ATTR) is not None
        self.write(ins, zone=None if free else Zone.BODY, xpath=xpath)

    def _opening(self, el: etree._Element, ins: Inline, text: str, xpath: str) -> bool:
        """Write paragraph ``el`` (read into ``ins``, its plain ``text``) if it is a line
        of the opening the markup does not label: the addressee, a date line, a
        salutation, or (before any title) a page's plain paragraph. True when written."""
        if ADDRESSEE.match(text):
            self.phase = "opening"
            ins.segs.insert(0, Seg("open", "addressee"))
            ins.close("addressee")
            self.write(ins, zone=Zone.OPENING, xpath=xpath)
            return True
        has_datum = any(local_name(d) == "datum" for d in el.iter())
        if DATELINE.match(text) or (has_datum and "," in text and len(text) < 80):
            self.phase = "opening"
            self._write_dateline(ins, el)
            return True
        if not VERB_DATELINE.match(text) and VERB_PHRASE_DATELINE.match(text):
            self.phase = "opening"
            blk = self.write(ins, zone=Zone.OPENING, xpath=xpath)
            if blk is not None:
                self.part_by_regex(blk, "date", VERB_PHRASE_DATELINE, "date")
            return True
        if SALUTATION.match(text) or VERB_DATELINE.match(text):
            # no parts: the opening parser reads the verb (type of document) itself
            self.phase = "opening"
            self.write(ins, zone=Zone.OPENING, xpath=xpath)
            return True
        if self.phase == "header" and el.get(FREE_ATTR) is not None:
            # a plain page paragraph before any title: a header line once a title
            # follows (see run), else the segmenter's to zone
            self.write(ins, zone=None, xpath=xpath)
            return True
        return False

    def kop(self, el: etree._Element) -> None:
        """A ``kop`` of the document itself (legacy ``kamerwrk/kop/{titel, subtitel}``,
        ``Staten-Generaal`` / ``Vergaderjaar 1995-1996``) is header lines, one per child;
        any other ``kop`` is a heading."""
        parent = el.getparent()
        if self.phase != "header" or parent is None or local_name(parent) not in DOCUMENT_ROOTS:
            self.heading(el)
            return
        for child in el:
            if local_name(child):
                self.header_line(child)

    def heading(self, el: etree._Element) -> None:
        self.phase = "body"
        ins = Inline()
        number: str | None = None
        self.text(el.text, ins, line_of(el))
        for child in el:
            name = local_name(child)
            if name == "nr":
                number = text_of(child).strip().rstrip(".") or None
                ins.open("number")
                self.inline(child, ins)
                ins.close("number")
                ins.text(" ", self.loc.cursor, literal=False)
            elif name == "titel":
                ins.open("title")
                self.inline(child, ins)
                ins.close("title")
            elif name == "label":
                self.inline(child, ins)
                ins.text(" ", self.loc.cursor, literal=False)
            else:
                self.inline_child(child, ins)
            self.text(child.tail, ins, None)
        depth = sum(1 for a in el.iterancestors() if local_name(a) == "divisie")
        level = depth or 1
        if number is not None and HEADING_NUMBER.match(number + " "):
            level = number.count(".") + 1
        self.write(
            ins,
            zone=Zone.BODY,
            kind=BlockKind.HEADING,
            xpath=self.xpath(el),
            number=number,
            level=level,
        )

    def subheading(self, el: etree._Element) -> None:
        """``tussenkop``/``tuskop``: a heading; a leading number (``2.1 Kosten``) gives
        number and level, else its ``kopopmaak`` (legacy ``letat``) style gives the level:
        the styles ranked in order of first appearance (the first is level 1)."""
        self.phase = "body"
        ins = Inline()
        self.inline(el, ins)
        style = attributes(el).get("kopopmaak") or attributes(el).get("letat")
        level = self.kop_styles.setdefault(style, len(self.kop_styles) + 1) if style else None
        blk = self.write(
            ins, zone=Zone.BODY, kind=BlockKind.HEADING, xpath=self.xpath(el), level=level
        )
        if blk is None:
            return
        m = HEADING_NUMBER.match(self.block_text(blk))
        if m and local_name(el) == "tuskop":
            number = m["number"]
            start = blk.span.start
            num_span = Span(start=start + m.start("number"), end=start + m.end())
            title_start = start + m.end() + 1
            new = Block(
                kind=blk.kind,
                span=blk.span,
                zone=blk.zone,
                number=number,
                level=number.count(".") + 1,
                parts=(
                    ("number", num_span),
                    ("title", Span(start=min(title_start, blk.span.end), end=blk.span.end)),
                ),
                xpath=blk.xpath,
            )
            self.em.blocks[-1] = new

    def list(self, el: etree._Element) -> None:
        self.phase = "body"
        self._stray(el.text, el)
        for child in el:
            name = local_name(child)
            if name == "li":
                self.list_item(child)
            elif name:
                self.walk_one(child)
            self._stray(child.tail, el)

    def list_item(self, el: etree._Element) -> None:
        ins = Inline()
        nested: list[etree._Element] = []
        self.text(el.text, ins, line_of(el))
        for child in el:
            name = local_name(child)
            if name == "lijst":
                nested.append(child)
                continue
            if name == "al":
                ins.text(" ", self.loc.cursor, literal=False)
                self.inline(child, ins)
            else:
                self.inline_child(child, ins)
            self.text(child.tail, ins, None)
        self.write(ins, zone=Zone.BODY, kind=BlockKind.LIST_ITEM, xpath=self.xpath(el))
        for sub in nested:
            self.list(sub)

    def table(self, el: etree._Element) -> None:
        self.phase = "body"
        for child in el.iter():
            name = local_name(child)
            if name in ("title", "row"):
                ins = Inline()
                if name == "title":
                    self.inline(child, ins)
                else:
                    for entry in child:
                        if local_name(entry) == "entry":
                            ins.line_break(self.loc.cursor)
                            self.inline(entry, ins)
                self.write(ins, zone=Zone.BODY, xpath=self.xpath(child))
            elif name not in TABLE_PARTS:
                parent = child.getparent()
                if parent is not None and local_name(parent) in ("table", "tgroup"):
                    self.em.unknown(name, self.xpath(child))
                    self.paragraph(child)
        self.flush_table_notes()

    def flush_table_notes(self) -> None:
        """Write the table notes seen so far as paragraphs (after their table)."""
        for body, xpath in self.table_notes:
            self.write(body, zone=Zone.BODY, xpath=xpath)
        self.table_notes.clear()

    # -- closing -----------------------------------------------------------------------

    def signature(self, el: etree._Element) -> None:
        """One signature block per signatory: role line(s), then the name."""
        self.phase = "body"
        SignatureWriter(self).read(el)

    # -- metadata ----------------------------------------------------------------------

    def embedded_metadata(self, el: etree._Element) -> None:
        self.read_metadata(el, "the document's metadata")

    def read_metadata(self, root: etree._Element, where: str) -> None:
        found = read_metadata(root)
        for key, value in found.items():
            self.meta.setdefault(key, value)
        if found:
            self.meta_sources.append((where, found))

    def _compare_metadata(self) -> None:
        """Each metadata source (the document's own, the page's, metadata.xml) against
        what the document's markup says; a disagreement is a warning, never an override."""
        for where, meta in self.meta_sources:
            for message, span in metadata_mismatches(where, meta, self.doc):
                self.em.diagnose("metadata-mismatch", message, Severity.WARNING, span)

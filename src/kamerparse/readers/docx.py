"""Reader for Word files (format ``"docx"``), with ``zipfile`` and lxml only.

The container is checked first (:func:`._xml.open_zip`: member count, uncompressed size,
compression ratio, path tricks); ``word/document.xml`` must be there. Then:

* every paragraph ``w:p`` of the body, in order (also inside tables and content
  controls), is one block; its text is the ``w:t`` runs (``w:tab`` is a space,
  ``w:br`` a line break inside the block; deleted text and field codes are skipped);
  an empty paragraph is no block;
* the paragraph style (``w:pStyle``, resolved to its name through
  ``word/styles.xml``) marks headings: ``heading N`` / ``Kop N`` / ``Title`` give a
  ``HEADING`` block of level N; a list style or ``w:numPr`` gives a ``LIST_ITEM``;
* ``w:footnoteReference`` is a footnote marker; Word numbers footnotes in order of
  reference, and so does the reader (a ``w:customMarkFollows`` mark keeps its own
  text). The note's text comes from ``word/footnotes.xml`` (separators skipped) and is
  written at the end as a ``FOOTNOTE`` block. A second reference to the same note, a
  superscript run of digits naming a note, is a second marker to it;
* header, title, opening, closing and signature zones are left to the segmenter: a
  Word letter is laid out like the printed Kamerstuk or a ministry letterhead, and
  :mod:`kamerparse.segment` applies the same layout rules as for text input.

Offsets: ``OffsetMap`` maps into ``word/document.xml`` as decoded text (not into the
zip bytes): a run's text maps character by character when it occurs literally there;
a footnote's text maps to its reference. Every block carries the XPath of its ``w:p``.
"""

from __future__ import annotations

import re

from lxml import etree

from kamerparse.errors import InvalidInput
from kamerparse.readers import RawInput, decode_text
from kamerparse.readers._markup import Emitter, Inline
from kamerparse.readers._xml import Locator, line_of, open_zip, parse_xml, read_member
from kamerparse.readers.base import BlockKind, ReadResult

FORMAT = "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
_HEADING_STYLE = re.compile(r"^(?:heading|kop)\s*(\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list|lijst", re.IGNORECASE)
_DIGITS = re.compile(r"^\d{1,3}$")
#: Containers whose paragraphs are read in order (tables, content controls, ins/moves).
_CONTAINERS = frozenset(
    {"tbl", "tr", "tc", "sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag",
     "txbxContent"}
)


def read_docx(raw: RawInput) -> ReadResult:
    """Read a ``.docx`` letter."""
    zf = open_zip(raw.data)
    with zf:
        document = read_member(zf, "word/document.xml")
        if document is None:
            raise InvalidInput("not a Word document: the zip has no word/document.xml")
        footnotes = read_member(zf, "word/footnotes.xml")
        styles = read_member(zf, "word/styles.xml")
    root = parse_xml(document, "word/document.xml")
    source = decode_text(document)
    reader = _DocxReader(root, source)
    if styles is not None:
        reader.read_styles(parse_xml(styles, "word/styles.xml"))
    if footnotes is not None:
        reader.read_footnotes(parse_xml(footnotes, "word/footnotes.xml"))
    return reader.run()


def _w(el: etree._Element, name: str) -> str | None:
    value = el.get(_W + name)
    return None if value is None else str(value)


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


class _DocxReader:
    def __init__(self, root: etree._Element, source: str) -> None:
        self.root = root
        self.tree = root.getroottree()
        self.loc = Locator(source)
        self.em = Emitter(source, FORMAT)
        self.style_names: dict[str, str] = {}
        self.note_texts: dict[str, etree._Element] = {}
        self.note_numbers: dict[str, str] = {}  # footnote id -> number shown
        self.known_numbers: set[str] = set()

    def read_styles(self, styles: etree._Element) -> None:
        for st in styles.iter(_W + "style"):
            sid = _w(st, "styleId")
            name_el = st.find(_W + "name")
            if sid is not None and name_el is not None:
                self.style_names[sid] = _w(name_el, "val") or sid

    def read_footnotes(self, notes: etree._Element) -> None:
        for fn in notes.iter(_W + "footnote"):
            kind = _w(fn, "type")
            fid = _w(fn, "id")
            if fid is None or kind in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            self.note_texts[fid] = fn

    def run(self) -> ReadResult:
        body = self.root.find(_W + "body")
        if body is None:
            raise InvalidInput("not a Word document: word/document.xml has no w:body")
        self._number_notes(body)
        self.walk(body)
        return self.em.finish()

    def _number_notes(self, body: etree._Element) -> None:
        count = 0
        for ref in body.iter(_W + "footnoteReference"):
            fid = _w(ref, "id")
            if fid is None or fid in self.note_numbers:
                continue
            run = ref.getparent()
            custom = _w(ref, "customMarkFollows") in ("1", "true", "on")
            if custom and run is not None:
                mark = "".join(t.text or "" for t in run.iter(_W + "t")).strip()
                if mark:
                    self.note_numbers[fid] = mark
                    self.known_numbers.add(mark)
                    continue
            count += 1
            self.note_numbers[fid] = str(count)
            self.known_numbers.add(str(count))

    def walk(self, el: etree._Element) -> None:
        for child in el:
            name = _local(child)
            if name == "p":
                self.paragraph(child)
            elif name in _CONTAINERS:
                self.walk(child)

    def paragraph(self, p: etree._Element) -> None:
        ins = Inline()
        self.runs(p, ins, in_note=False)
        kind = BlockKind.PARAGRAPH
        level: int | None = None
        ppr = p.find(_W + "pPr")
        if ppr is not None:
            style = ppr.find(_W + "pStyle")
            sid = _w(style, "val") if style is not None else None
            name = self.style_names.get(sid or "", sid or "")
            m = _HEADING_STYLE.match(name.strip()) or _HEADING_STYLE.match((sid or "").strip())
            if m:
                kind = BlockKind.HEADING
                level = int(m.group(1))
            elif name.strip().lower() == "title":
                kind = BlockKind.HEADING
                level = 0
            elif ppr.find(_W + "numPr") is not None or _LIST_STYLE.search(name):
                kind = BlockKind.LIST_ITEM
        if kind is BlockKind.HEADING and level == 0:
            kind, level = BlockKind.PARAGRAPH, None  # a Title style is the letter's title
        self.em.block(ins, kind=kind, zone=None, level=level, xpath=str(self.tree.getpath(p)))

    def runs(self, el: etree._Element, ins: Inline, *, in_note: bool) -> None:
        """Append the text of the runs under ``el`` (a paragraph or run container)."""
        for child in el:
            name = _local(child)
            if name == "r":
                self.run_content(child, ins, in_note=in_note)
            elif name in ("hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml",
                          "sdt", "sdtContent", "bdo", "dir"):
                self.runs(child, ins, in_note=in_note)

    def run_content(self, r: etree._Element, ins: Inline, *, in_note: bool) -> None:
        rpr = r.find(_W + "rPr")
        superscript = False
        if rpr is not None:
            va = rpr.find(_W + "vertAlign")
            superscript = va is not None and _w(va, "val") == "superscript"
        texts = [t.text or "" for t in r.iter(_W + "t")]
        joined = "".join(texts).strip()
        if (
            superscript
            and not in_note
            and _DIGITS.match(joined)
            and joined in self.known_numbers
            and r.find(_W + "footnoteReference") is None
        ):
            ins.marker(joined, self.loc.cursor)
            return
        skip_text = False
        for child in r:
            name = _local(child)
            if name == "t":
                if skip_text:
                    skip_text = False
                    continue
                text = child.text or ""
                if in_note:
                    ins.text(text, self.loc.cursor, literal=False)
                else:
                    pos, literal = self.loc.locate(text, line_of(child))
                    ins.text(text, pos, literal=literal)
            elif name in ("tab", "ptab"):
                ins.text(" ", self.loc.cursor, literal=False)
            elif name in ("br", "cr"):
                ins.line_break(self.loc.cursor)
            elif name == "noBreakHyphen":
                ins.text("-", self.loc.cursor, literal=False)
            elif name == "footnoteReference" and not in_note:
                fid = _w(child, "id") or ""
                number = self.note_numbers.get(fid)
                if number is None:
                    continue
                src = self.loc.cursor
                ins.marker(number, src)
                if _w(child, "customMarkFollows") in ("1", "true", "on"):
                    skip_text = True
                self.note(fid, number, src)

    def note(self, fid: str, number: str, src: int) -> None:
        if self.em.has_note(number):
            return
        fn = self.note_texts.get(fid)
        body = Inline()
        if fn is None:
            self.em.diagnose(
                "markup-dangling-noteref",
                f"w:footnoteReference w:id={fid!r} has no footnote in word/footnotes.xml",
            )
        else:
            first = True
            for p in fn.iter(_W + "p"):
                if not first:
                    body.text(" ", src, literal=False)
                first = False
                for r in p.iter(_W + "r"):
                    if r.find(_W + "footnoteRef") is not None:
                        continue
                    self.run_content(r, body, in_note=True)
            for seg in body.segs:
                seg.src = src
        self.em.add_note(number, body, f"/w:footnotes/w:footnote[@w:id='{fid}']", src)

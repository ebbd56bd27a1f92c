"""Reader for Word files (format ``"docx"``), with ``zipfile`` and lxml only.

The container is checked first (:func:`._zip.open_zip`: member count, uncompressed size,
compression ratio, path tricks, encryption; any damage is ``InvalidInput``);
``word/document.xml`` must be there. Then:

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
* the paragraphs of a text box (``w:txbxContent`` in a drawing; of
  ``mc:AlternateContent`` the first choice only) follow the paragraph it is anchored in;
* header, title, opening, closing and signature zones are left to the segmenter: a
  Word letter is laid out like the printed Kamerstuk or a ministry letterhead, and
  :mod:`kamerparse.segment` applies the same layout rules as for text input.

Offsets: ``OffsetMap`` maps into ``word/document.xml`` as decoded text (not into the
zip bytes): a run's text maps character by character when it occurs literally there;
a footnote's text maps to its reference. Every block carries the XPath of its ``w:p``.
"""

from __future__ import annotations

from lxml import etree

from kamerparse._rx import re
from kamerparse.errors import InvalidInput
from kamerparse.readers import RawInput, decode_text
from kamerparse.readers._markup import Emitter, Inline, Seg
from kamerparse.readers._xml import ElementPaths, Locator, line_of, parse_xml
from kamerparse.readers._zip import open_zip, read_member
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
        numbering = read_member(zf, "word/numbering.xml")
    root = parse_xml(document, "word/document.xml")
    source = decode_text(document)
    reader = _DocxReader(root, source)
    if styles is not None:
        reader.read_styles(parse_xml(styles, "word/styles.xml"))
    if numbering is not None:
        reader.numbering = _Numbering(parse_xml(numbering, "word/numbering.xml"))
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
        self.path = ElementPaths(self.tree)  # tree.getpath, linear over siblings
        self.loc = Locator(source)
        self.em = Emitter(source, FORMAT)
        self.style_names: dict[str, str] = {}
        self.style_num: dict[str, tuple[str | None, str | None]] = {}  # style -> numPr
        self.style_based: dict[str, str] = {}
        self.numbering: _Numbering | None = None
        self.boxes: list[etree._Element] = []
        self.note_texts: dict[str, etree._Element] = {}
        self.note_numbers: dict[str, str] = {}  # footnote id -> number shown
        self.known_numbers: set[str] = set()

    def read_styles(self, styles: etree._Element) -> None:
        for st in styles.iter(_W + "style"):
            sid = _w(st, "styleId")
            name_el = st.find(_W + "name")
            if sid is None:
                continue
            if name_el is not None:
                self.style_names[sid] = _w(name_el, "val") or sid
            based = st.find(_W + "basedOn")
            if based is not None and _w(based, "val"):
                self.style_based[sid] = str(_w(based, "val"))
            num_pr = st.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                self.style_num[sid] = _num_pr(num_pr)

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
        number: str | None = None
        label = self.label(ppr)
        if label is not None:
            # Word's automatic number is not in the text runs: write it in front
            src = next((seg.src for seg in ins.segs if seg.kind == "text"), self.loc.cursor)
            head = [Seg("open", "number"), Seg("text", label, src), Seg("close", "number"),
                    Seg("text", " ", src)]
            if kind is BlockKind.HEADING:
                number = label.rstrip(".")
                ins.segs[:0] = [*head, Seg("open", "title")]
                ins.close("title")
            else:
                ins.segs[:0] = head[1:2] + head[3:]
        self.em.block(
            ins, kind=kind, zone=None, level=level, number=number,
            xpath=self.path(p),
        )
        # text boxes anchored in this paragraph: their paragraphs follow it
        boxes, self.boxes = self.boxes, []
        for box_p in boxes:
            self.paragraph(box_p)

    def label(self, ppr: etree._Element | None) -> str | None:
        """The automatic number Word shows in front of a paragraph (None without one)."""
        if self.numbering is None:
            return None
        num_id: str | None = None
        ilvl: str | None = None
        if ppr is not None:
            num_pr = ppr.find(_W + "numPr")
            if num_pr is not None:
                num_id, ilvl = _num_pr(num_pr)
            style = ppr.find(_W + "pStyle")
            sid = _w(style, "val") if style is not None else None
            seen: set[str] = set()
            while sid is not None and sid not in seen and (num_id is None or ilvl is None):
                seen.add(sid)
                s_num, s_lvl = self.style_num.get(sid, (None, None))
                num_id = num_id or s_num
                ilvl = ilvl or s_lvl
                sid = self.style_based.get(sid)
        if num_id is None or num_id == "0":
            return None
        return self.numbering.label(num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0)

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
            elif name in ("drawing", "pict", "AlternateContent", "object") and not in_note:
                self.boxes.extend(_text_box_paragraphs(child))
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


def _text_box_paragraphs(el: etree._Element) -> list[etree._Element]:
    """The paragraphs of the text boxes in a drawing. Of ``mc:AlternateContent`` only
    the first choice is read (its fallback repeats the same box)."""
    if _local(el) == "AlternateContent":
        choices = [c for c in el if _local(c) in ("Choice", "Fallback")]
        if not choices:
            return []
        el = choices[0]
    out: list[etree._Element] = []
    for box in el.iter(_W + "txbxContent"):
        if any(_local(a) == "txbxContent" for a in box.iterancestors()):
            continue  # a box inside a box is read with its outer box's paragraph
        out.extend(p for p in box if _local(p) == "p")
    return out


def _num_pr(num_pr: etree._Element) -> tuple[str | None, str | None]:
    num = num_pr.find(_W + "numId")
    lvl = num_pr.find(_W + "ilvl")
    num_id = _w(num, "val") if num is not None else None
    return num_id, _w(lvl, "val") if lvl is not None else None


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        n = value
        for amount, numeral in _ROMAN:
            while n >= amount:
                out += numeral
                n -= amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


class _Numbering:
    """Word's automatic numbering (``word/numbering.xml``): ``w:num`` -> ``w:abstractNum``
    with per level ``w:start``, ``w:numFmt`` and ``w:lvlText`` (``%1.%2``). Counters run
    per abstract numbering; a level resets the levels below it. Bullets give no label."""

    def __init__(self, root: etree._Element) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.nums: dict[str, str] = {}
        self.counts: dict[str, list[int | None]] = {}
        for absn in root.iter(_W + "abstractNum"):
            aid = _w(absn, "abstractNumId")
            if aid is None:
                continue
            levels: dict[int, tuple[int, str, str]] = {}
            for lvl in absn.iter(_W + "lvl"):
                ilvl = _w(lvl, "ilvl") or "0"
                start_el = lvl.find(_W + "start")
                fmt_el = lvl.find(_W + "numFmt")
                text_el = lvl.find(_W + "lvlText")
                start = _w(start_el, "val") if start_el is not None else None
                levels[int(ilvl) if ilvl.isdigit() else 0] = (
                    int(start) if start and start.isdigit() else 1,
                    (_w(fmt_el, "val") if fmt_el is not None else None) or "decimal",
                    (_w(text_el, "val") if text_el is not None else None) or "",
                )
            self.levels[aid] = levels
        for num in root.iter(_W + "num"):
            nid = _w(num, "numId")
            ref = num.find(_W + "abstractNumId")
            aid = _w(ref, "val") if ref is not None else None
            if nid is not None and aid is not None:
                self.nums[nid] = aid

    def label(self, num_id: str, ilvl: int) -> str | None:
        aid = self.nums.get(num_id)
        levels = self.levels.get(aid or "")
        if aid is None or not levels or ilvl not in levels or not 0 <= ilvl < 9:
            return None
        counts = self.counts.setdefault(aid, [None] * 9)
        start, fmt, text = levels[ilvl]
        current = counts[ilvl]
        counts[ilvl] = start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None
        if fmt in ("bullet", "none") or not text:
            return None
        for k in range(9):
            if f"%{k + 1}" in text:
                k_start, k_fmt, _ = levels.get(k, (1, "decimal", ""))
                value = counts[k]
                shown = _format(k_start if value is None else value, k_fmt)
                text = text.replace(f"%{k + 1}", shown)
        return text

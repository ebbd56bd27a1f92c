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
  ``HEADING`` block of level N; a list style or ``w:numPr`` gives a ``LIST_ITEM``, and
  Word's automatic number (:mod:`._docx_numbering`) is written in front of it;
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

import zipfile

import attrs
from lxml import etree

from kamerparse import lexicon as lx
from kamerparse._rx import re
from kamerparse.errors import InvalidInput
from kamerparse.patterns import NAME, ROLE_HEAD, alternation
from kamerparse.readers import RawInput, decode_text
from kamerparse.readers._docx_numbering import Numbering, numbering_of
from kamerparse.readers._markup import (
    ADDRESSEE_ANY_CASE,
    DATE_LABEL,
    LETTERHEAD_LABEL,
    POSTAL_LINE,
    TYPED_MARKER,
    TYPED_NOTE,
    Emitter,
    Inline,
    Seg,
    typed_number,
)
from kamerparse.readers._xml import ElementPaths, Locator, line_of, parse_xml
from kamerparse.readers._zip import open_zip, read_member
from kamerparse.readers.base import Block, BlockKind, ReadResult, Zone
from kamerparse.records import Span

FORMAT = "docx"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"
#: ``heading N`` (Word's own name) or a Dutch name (``Kop N``): a heading of level N.
_HEADING_STYLE = re.compile(
    r"^" + alternation(("heading", *lx.DOCX_HEADING_STYLE_WORDS)) + r"\s*(\d)$", re.IGNORECASE
)
#: A name starting with Word's ``List``, or with a Dutch list word anywhere in it.
_LIST_STYLE = re.compile(r"^list|" + alternation(lx.DOCX_LIST_STYLE_WORDS), re.IGNORECASE)
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
        rels = read_member(zf, "word/_rels/document.xml.rels")
        root = parse_xml(document, "word/document.xml")
        header = _first_page_header(zf, root, rels)
    source = decode_text(document)
    reader = _DocxReader(root, source)
    reader.header = header
    if styles is not None:
        reader.read_styles(parse_xml(styles, "word/styles.xml"))
    if numbering is not None:
        reader.numbering = Numbering(parse_xml(numbering, "word/numbering.xml"))
    if footnotes is not None:
        reader.read_footnotes(parse_xml(footnotes, "word/footnotes.xml"))
    return reader.run()


_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: Most paragraphs a role may stand before its name (only empty paragraphs between).
_SIGNATURE_GAP = 10
#: The longest paragraph read as a signatory's role.
_MAX_ROLE = 150
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def _first_page_header(
    zf: zipfile.ZipFile, root: etree._Element, rels: bytes | None
) -> etree._Element | None:
    """The page header Word prints on the first page (``w:headerReference`` of the first
    section: ``first`` when the section has ``w:titlePg``, else ``default``), parsed;
    None when there is none. A ministry template may keep the whole letterhead there."""
    if rels is None:
        return None
    sect = next(root.iter(_W + "sectPr"), None)
    if sect is None:
        return None
    wanted = "first" if sect.find(_W + "titlePg") is not None else "default"
    rid = next(
        (
            ref.get(_REL + "id")
            for ref in sect.iter(_W + "headerReference")
            if _w(ref, "type") == wanted
        ),
        None,
    )
    if rid is None:
        return None
    target = None
    for rel in parse_xml(rels, "word/_rels/document.xml.rels").iter(_PKG_REL + "Relationship"):
        if rel.get("Id") == rid:
            target = rel.get("Target")
            break
    if not target:
        return None
    name = target.lstrip("/") if target.startswith("/") else "word/" + target
    data = read_member(zf, name)  # a name with path tricks is simply not a member
    return None if data is None else parse_xml(data, name)


class _Para:
    """A paragraph of the letter in reading order, with what the plan needs to know."""

    __slots__ = ("box", "el", "foreign", "style", "text")

    def __init__(
        self, el: etree._Element, *, foreign: bool, box: etree._Element | None, style: str
    ) -> None:
        self.el = el
        self.foreign = foreign  # read from a page header part, not word/document.xml
        self.box = box  # the text box it stands in
        self.style = style  # its style name, lower case
        self.text = _plain(el)


def _plain(p: etree._Element) -> str:
    """A paragraph's text as :meth:`_DocxReader.runs` reads it (text boxes anchored in
    it and field instructions not included), no-break spaces as spaces."""
    out: list[str] = []
    for r in _runs_of(p):
        for child in r:
            name = _local(child)
            if name == "t":
                out.append(child.text or "")
            elif name in ("tab", "ptab"):
                out.append(" ")
            elif name in ("br", "cr"):
                out.append("\n")
            elif name == "noBreakHyphen":
                out.append("-")
    return "".join(out).replace("\u00a0", " ")


def _signatures(body: list[_Para]) -> list[tuple[int, int]]:
    """``(role, name)`` paragraph indexes of signatures written as a role paragraph
    (``De minister van Justitie en Veiligheid``) and, after at most a few empty
    paragraphs, a name paragraph (``D. Yeşilgöz-Zegerius``)."""
    out: list[tuple[int, int]] = []
    n = len(body)
    i = 0
    while i < n:
        text = body[i].text.strip()
        if (
            text
            and len(text) <= _MAX_ROLE
            and "\n" not in text
            and not text.endswith((".", ";", ":"))
            and ROLE_HEAD.match(text)
        ):
            j = i + 1
            while j < n and j - i <= _SIGNATURE_GAP and not body[j].text.strip():
                j += 1
            if j < n and j - i <= _SIGNATURE_GAP and NAME.fullmatch(body[j].text.strip()):
                out.append((i, j))
                i = j + 1
                continue
        i += 1
    return out


def _split_typed(segs: list[Seg], numbers: set[str]) -> list[Seg]:
    """Text segments with the typed markers of ``numbers`` cut out as markers."""
    out: list[Seg] = []
    for seg in segs:
        if seg.kind != "text":
            out.append(seg)
            continue
        pos = 0
        for m in TYPED_MARKER.finditer(seg.text):
            number = typed_number(m)
            if number not in numbers:
                continue
            if m.start() > pos:
                out.append(Seg("text", seg.text[pos : m.start()], _at(seg, pos), seg.literal))
            out.append(Seg("marker", number, _at(seg, m.start())))
            pos = m.end()
        if pos == 0:
            out.append(seg)
        elif pos < len(seg.text):
            out.append(Seg("text", seg.text[pos:], _at(seg, pos), seg.literal))
    return out


def _at(seg: Seg, offset: int) -> int:
    return seg.src + offset if seg.literal else seg.src


def _drop_prefix(ins: Inline, k: int) -> None:
    """Remove the first ``k`` characters of text from ``ins`` (a typed note's number)."""
    for seg in ins.segs:
        if k <= 0:
            break
        if seg.kind != "text":
            continue
        cut = min(k, len(seg.text))
        seg.text = seg.text[cut:]
        if seg.literal:
            seg.src += cut
        k -= cut


def _trim_parts(em: Emitter, blk: Block) -> Block:
    """The signature block with its role and name parts trimmed of white space and a
    trailing comma."""
    parts = []
    for name, span in blk.parts:
        text = em.text_so_far(span)
        lead = len(text) - len(text.lstrip())
        body = text.strip().rstrip(",").rstrip()
        if body:
            start = span.start + lead
            parts.append((name, Span(start=start, end=start + len(body))))
    return attrs.evolve(blk, parts=tuple(parts))


def _runs_of(el: etree._Element) -> list[etree._Element]:
    """The runs :meth:`_DocxReader.runs` reads under ``el``, in order."""
    out: list[etree._Element] = []
    for child in el:
        name = _local(child)
        if name == "r":
            out.append(child)
        elif name in _RUN_CONTAINERS:
            out.extend(_runs_of(child))
    return out


def _boxes_of(p: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in paragraph ``p``."""
    out: list[etree._Element] = []
    for r in _runs_of(p):
        for child in r:
            if _local(child) in ("drawing", "pict", "AlternateContent", "object"):
                out.extend(_text_boxes(child))
    return out


_RUN_CONTAINERS = frozenset(
    {"hyperlink", "ins", "moveTo", "smartTag", "fldSimple", "customXml", "sdt", "sdtContent",
     "bdo", "dir"}
)


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
        self.numbering: Numbering | None = None
        self.note_texts: dict[str, etree._Element] = {}
        self.note_numbers: dict[str, str] = {}  # footnote id -> number shown
        self.known_numbers: set[str] = set()
        #: the first page's header part (its letterhead is read before the body)
        self.header: etree._Element | None = None
        #: typed note numbers (``1)``) whose markers are read in the text
        self.typed: set[str] = set()

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
                self.style_num[sid] = numbering_of(num_pr)

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
        paras: list[_Para] = []
        if self.header is not None:
            self.collect(self.header, paras, foreign=True, box=None)
        self.collect(body, paras, foreign=False, box=None)
        self.emit_planned(paras)
        return self.em.finish()

    # -- reading order and plan --------------------------------------------------------

    def style_of(self, p: etree._Element) -> str:
        style = p.find(f"{_W}pPr/{_W}pStyle")
        sid = _w(style, "val") if style is not None else None
        return self.style_names.get(sid or "", sid or "").strip().lower()

    def collect(
        self, el: etree._Element, out: list[_Para], *, foreign: bool, box: etree._Element | None
    ) -> None:
        """The paragraphs under ``el`` in reading order; the paragraphs of a text box
        follow the paragraph it is anchored in."""
        for child in el:
            name = _local(child)
            if name == "p":
                out.append(_Para(child, foreign=foreign, box=box, style=self.style_of(child)))
                for box_el in _boxes_of(child):  # its paragraphs, tables inside it too
                    self.collect(box_el, out, foreign=foreign, box=box_el)
            elif name in _CONTAINERS:
                self.collect(child, out, foreign=foreign, box=box)

    def emit_planned(self, paras: list[_Para]) -> None:
        """Write the paragraphs: a ministry letterhead as zoned opening blocks, a
        signature written as role and name paragraphs as one signature block, the text
        after it (answers to written questions) as body, typed notes as footnotes; every
        other paragraph as its own block for the segmenter to zone."""
        # the letterhead: the header part, and the body's paragraphs in letterhead styles
        # before the first paragraph of text in another style
        start = 0
        for i, para in enumerate(paras):
            if para.foreign or not para.text.strip():
                continue
            if para.style in lx.DOCX_LETTERHEAD_STYLES:
                start = i + 1
                continue
            break
        else:
            start = len(paras)
        if not any(p.style in lx.DOCX_LETTERHEAD_STYLES for p in paras[:start] if not p.foreign):
            # no letterhead in the body: only the header part's paragraphs are letterhead
            start = next((i for i, p in enumerate(paras) if not p.foreign), len(paras))
        self.letterhead(paras[:start])
        body = paras[start:]
        notes = self.typed_notes(body)
        body = body[: len(body) - len(notes)] if notes else body
        signatures = _signatures(body)
        after = signatures[-1][1] + 1 if signatures else len(body)
        sig_at = dict(signatures)
        skip: set[int] = {name for _, name in signatures}
        for i, para in enumerate(body):
            if i in skip:
                continue
            if i in sig_at:
                self.signature(para, body[sig_at[i]])
                continue
            self.paragraph(para.el, zone=Zone.BODY if i >= after else None, foreign=para.foreign)
        for para in notes:
            self.typed_note(para)

    def letterhead(self, paras: list[_Para]) -> None:
        """Letterhead paragraphs, one opening block per run of paragraphs in one style
        (or one text box): a label paragraph (``Datum``) and its value are one line;
        an addressee's lines up to its postal address are part ``addressee``, the value
        of a date label part ``date``."""
        i = 0
        n = len(paras)
        while i < n:
            para = paras[i]
            if not para.text.strip() or (para.foreign and _PAGE_NUMBER.match(para.text.strip())):
                i += 1
                continue
            i = self._letterhead_block(paras, i)

    def _letterhead_block(self, paras: list[_Para], i: int) -> int:
        """Write the run of letterhead paragraphs from ``paras[i]`` (in its style and
        text box) as one opening block; the index after the run."""
        n = len(paras)
        para = paras[i]
        ins = Inline()
        first = True
        in_addressee = bool(ADDRESSEE_ANY_CASE.match(para.text.strip()))
        if in_addressee:
            ins.open("addressee")
        key = (para.box, para.style)
        while i < n:
            para = paras[i]
            text = para.text.strip()
            if not text:
                i += 1
                continue
            if (para.box, para.style) != key and not first:
                break
            if in_addressee and POSTAL_LINE.match(text):
                ins.close("addressee")
                in_addressee = False
            if not first:
                ins.line_break(self.loc.cursor)
            first = False
            self.runs(para.el, ins, in_note=para.foreign)
            i += 1
            if LETTERHEAD_LABEL.match(text):
                i = self._label_value(paras, i, para, ins)
        if in_addressee:
            ins.close("addressee")
        self.em.block(
            ins, kind=BlockKind.PARAGRAPH, zone=Zone.OPENING, xpath=self.xpath(paras[i - 1].el)
        )
        return i

    def _label_value(self, paras: list[_Para], i: int, label: _Para, ins: Inline) -> int:
        """The value of letterhead ``label`` (``Datum``): the next paragraph with text,
        in the same text box and no label itself, read on the label's line (part
        ``date`` after a date label); the index after it (``i`` when there is none)."""
        n = len(paras)
        j = i
        while j < n and not paras[j].text.strip():
            j += 1
        if j >= n or paras[j].box is not label.box or LETTERHEAD_LABEL.match(paras[j].text.strip()):
            return i
        value = paras[j]
        ins.text(" ", self.loc.cursor, literal=False)
        dated = bool(DATE_LABEL.match(label.text.strip()))
        if dated:
            ins.open("date")
        self.runs(value.el, ins, in_note=value.foreign)
        if dated:
            ins.close("date")
        return j + 1

    def signature(self, role: _Para, name: _Para) -> None:
        """A role paragraph and the name paragraph after it: one signature block."""
        ins = Inline()
        ins.open("role")
        self.runs(role.el, ins, in_note=role.foreign)
        ins.close("role")
        ins.line_break(self.loc.cursor)
        ins.open("name")
        self.runs(name.el, ins, in_note=name.foreign)
        ins.close("name")
        blk = self.em.block(
            ins, kind=BlockKind.PARAGRAPH, zone=Zone.SIGNATURE, xpath=self.xpath(role.el)
        )
        if blk is not None:
            self.em.blocks[-1] = _trim_parts(self.em, blk)

    def typed_notes(self, body: list[_Para]) -> list[_Para]:
        """The notes typed at the end of the letter (``1) NOS, …``, ``[2] Zie …``):
        a trailing run of paragraphs numbered 1, 2, … in one typed form, each with a
        marker typed in the text before them. Their numbers are kept as typed."""
        end = len(body)
        while end > 0 and not body[end - 1].text.strip():
            end -= 1
        start = end
        while start > 0:
            text = body[start - 1].text
            if not text.strip():
                start -= 1
                continue
            if TYPED_NOTE.match(text) is None:
                break
            start -= 1
        found = [p for p in body[start:end] if p.text.strip()]
        numbers = [typed_number(m) for p in found if (m := TYPED_NOTE.match(p.text))]
        if not numbers:
            return []
        forms = {"".join(ch for ch in n if not ch.isdigit()) for n in numbers}
        digits = ["".join(ch for ch in n if ch.isdigit()) for n in numbers]
        if len(forms) != 1 or digits != [str(k) for k in range(1, len(digits) + 1)]:
            return []
        before = "\n".join(p.text for p in body[:start])
        marked = {typed_number(m) for m in TYPED_MARKER.finditer(before)}
        if not set(numbers) <= marked:
            return []
        self.typed = set(numbers)
        # the empty paragraphs before the notes stay in the body
        return body[body.index(found[0]):]

    def typed_note(self, para: _Para) -> None:
        if not para.text.strip():
            return
        ins = Inline()
        self.runs(para.el, ins, in_note=False, typed_markers=False)
        m = TYPED_NOTE.match(para.text)
        if m is None:
            return
        src = next((seg.src for seg in ins.segs if seg.kind == "text"), self.loc.cursor)
        _drop_prefix(ins, m.end())
        self.em.add_note(typed_number(m), ins, self.xpath(para.el), src)

    def xpath(self, el: etree._Element) -> str:
        """The element's path: the document's through :class:`ElementPaths` (linear over
        a long run of paragraphs), a header part's from lxml."""
        if el.getroottree().getroot() is self.root:
            return self.path(el)
        return str(el.getroottree().getpath(el))

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

    def paragraph(
        self, p: etree._Element, *, zone: Zone | None = None, foreign: bool = False
    ) -> None:
        ins = Inline()
        self.runs(p, ins, in_note=foreign)
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
            ins, kind=kind, zone=zone, level=level, number=number, xpath=self.xpath(p)
        )

    def label(self, ppr: etree._Element | None) -> str | None:
        """The automatic number Word shows in front of a paragraph (None without one)."""
        if self.numbering is None:
            return None
        num_id: str | None = None
        ilvl: str | None = None
        if ppr is not None:
            num_pr = ppr.find(_W + "numPr")
            if num_pr is not None:
                num_id, ilvl = numbering_of(num_pr)
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

    def runs(
        self, el: etree._Element, ins: Inline, *, in_note: bool, typed_markers: bool = True
    ) -> None:
        """Append the text of the runs under ``el`` (a paragraph or run container);
        typed note markers (``1)``) of the letter's typed notes become markers."""
        first = len(ins.segs)
        for r in _runs_of(el):
            self.run_content(r, ins, in_note=in_note)
        if self.typed and typed_markers and not in_note:
            ins.segs[first:] = _split_typed(ins.segs[first:], self.typed)

    def run_content(self, r: etree._Element, ins: Inline, *, in_note: bool) -> None:
        """Append the text of run ``r``: its ``w:t`` texts, tabs as spaces, breaks, and
        its footnote reference as a marker (a superscript number naming a note is one)."""
        if self._is_note_number(r, in_note=in_note):
            ins.marker("".join(t.text or "" for t in r.iter(_W + "t")).strip(), self.loc.cursor)
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
                skip_text = self._note_reference(child, ins) or skip_text

    def _is_note_number(self, r: etree._Element, *, in_note: bool) -> bool:
        """Run ``r`` is a superscript number of a known note typed as text (a second
        reference to the note), not a ``w:footnoteReference``."""
        rpr = r.find(_W + "rPr")
        if rpr is None or in_note:
            return False
        va = rpr.find(_W + "vertAlign")
        if va is None or _w(va, "val") != "superscript":
            return False
        joined = "".join(t.text or "" for t in r.iter(_W + "t")).strip()
        return (
            bool(_DIGITS.match(joined))
            and joined in self.known_numbers
            and r.find(_W + "footnoteReference") is None
        )

    def _note_reference(self, ref: etree._Element, ins: Inline) -> bool:
        """A ``w:footnoteReference``: its marker, and the note read (once). True when the
        run's next text is the custom mark (``w:customMarkFollows``), already written."""
        fid = _w(ref, "id") or ""
        number = self.note_numbers.get(fid)
        if number is None:
            return False
        src = self.loc.cursor
        ins.marker(number, src)
        custom = _w(ref, "customMarkFollows") in ("1", "true", "on")
        self.note(fid, number, src)
        return custom

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


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """The text boxes (``w:txbxContent``) of a drawing, outermost only (a box inside a
    box is read after the paragraph it is anchored in). Of ``mc:AlternateContent`` only
    the first choice is read (its fallback repeats the same box)."""
    if _local(el) == "AlternateContent":
        choices = [c for c in el if _local(c) in ("Choice", "Fallback")]
        if not choices:
            return []
        el = choices[0]
    return [
        box
        for box in el.iter(_W + "txbxContent")
        if not any(_local(a) == "txbxContent" for a in _ancestors_to(box, el))
    ]


def _ancestors_to(el: etree._Element, stop: etree._Element) -> list[etree._Element]:
    out = []
    for a in el.iterancestors():
        if a is stop:
            break
        out.append(a)
    return out

"""Shared machinery of the structured readers (XML, HTML, docx): zoned blocks from markup.

A structured reader walks its tree and, per block, collects an :class:`Inline` — the
block's text pieces in order, each with where it sits in the input, plus footnote
markers, line breaks and named part boundaries. :class:`Emitter` writes the inlines
with :class:`~kamerparse.offsets.TextBuilder` following the text conventions of
``readers/base.py``:

* runs of white space (indentation, newlines of pretty-printed markup) become one
  space; text pieces with no white space between them are joined (a processing
  instruction inside a word does not split it);
* a footnote marker becomes superscript digits glued to the word before it;
* blocks are separated by ``"\\n\\n"``, line breaks inside a block are ``"\\n"``;
* footnote bodies are written after everything else, one block per note:
  ``<superscript number> <text>``, with part ``text``.

Pieces found literally in the input are copied (they map character by character);
other pieces (text that held an entity reference, synthetic spaces, markers) are put
at the input offset of where they came from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Literal

from attrs import define, field

from kamerparse import lexicon as lx
from kamerparse._rx import re, regex
from kamerparse.offsets import TextBuilder
from kamerparse.patterns import FLAGS, FULL_DATE, MONTH_NUMBER, alternation
from kamerparse.readers.base import Block, BlockKind, Marker, ReadResult, Zone, to_superscript
from kamerparse.records import Diagnostic, Severity, Span

#: White space that is not one plain space (it becomes a synthetic separator).
_GAP = re.compile(r"\s{2,}|[^\S ]")

# --- text rules for blocks the markup does not label (built from the lexicon) -----------

#: ``Aan de Voorzitter van de Tweede Kamer ...``: an opening word, then ``Voorzitter``.
ADDRESSEE = regex.compile(
    rf"^{alternation(lx.ADDRESSEE_OPENERS)}\b[^\n]{{0,200}}?\b{alternation(lx.ADDRESSEE_HEADS)}\b",
    FLAGS,
)
#: ``Den Haag, 25 november 2022`` (any place before the comma; the date is what counts).
DATELINE = regex.compile(
    rf"^(?P<place>[^,\d\n]{{2,60}}+),\s*+(?P<date>{FULL_DATE.pattern})\.?$", FLAGS
)
#: ``Vastgesteld 23 oktober 2003`` / ``Voorgesteld 11 maart 2026`` (a report's, a motion's).
VERB_DATELINE = regex.compile(
    rf"^{alternation(lx.DATELINE_VERBS)}\s++(?:{FULL_DATE.pattern})\.?$", FLAGS
)
#: The words before a ``datum`` that make it the document's date: a dating verb
#: (``Voorgesteld tijdens het Notaoverleg van``) or nothing at all.
DATED_BY = regex.compile(rf"^\s*+(?:{alternation(lx.DATELINE_VERBS)}\b|$)", FLAGS)
#: An addressee line in any case (a letterhead box: ``De voorzitter van de Tweede Kamer``).
ADDRESSEE_ANY_CASE = regex.compile(
    rf"^(?:{alternation(lx.ADDRESSEE_TO)}[ \t]++)?(?:{alternation(lx.ADDRESSEE_ARTICLES)}[ \t]++)?"
    rf"{alternation(lx.ADDRESSEE_HEADS)}\b",
    FLAGS | regex.IGNORECASE,
)
#: A letterhead line that starts a postal address (``Postbus 20018``, ``2500 EA DEN HAAG``):
#: the end of an addressee.
POSTAL_LINE = regex.compile(
    rf"^(?:{alternation(lx.LETTERHEAD_POSTBOX)}\b|\d{{4}}[ \t\u00a0]*+\p{{Lu}}{{2}}\b)", FLAGS
)
#: A letterhead label standing alone on its paragraph (``Datum``, ``Onderwerp``), whose
#: value is the next paragraph.
LETTERHEAD_LABEL = regex.compile(
    "^(?:"
    + alternation(
        (*lx.LETTERHEAD_DATE_LABELS, *lx.LETTERHEAD_SUBJECT_LABELS, *lx.LETTERHEAD_SIDEBAR_LABELS)
    )
    + ")$",
    FLAGS,
)
#: A letterhead date label (``Datum``).
DATE_LABEL = regex.compile(rf"^(?:{alternation(lx.LETTERHEAD_DATE_LABELS)})$", FLAGS)
_NOTE_FORMS = "|".join(
    rf"{regex.escape(o)}(?P<n{i}>\d{{1,3}}+){regex.escape(c)}"
    for i, (o, c) in enumerate(lx.DOCX_TYPED_NOTE_BRACKETS)
)
#: A typed note at the start of its paragraph: ``1) NOS, 6 maart 2024``, ``[2] Zie``.
TYPED_NOTE = regex.compile(rf"^\s*+(?:{_NOTE_FORMS})[ \t\u00a0]++(?=\S)", FLAGS)
#: A typed note marker in running text: glued to what precedes it (``”1)?``) or one
#: space after a word (``Verhoudingen 2),``), and not followed by a letter or digit.
TYPED_MARKER = regex.compile(
    rf"(?:(?<=[^\s\d(\[])|(?<=\p{{L}}[ \t\u00a0]))(?:{_NOTE_FORMS})(?![\p{{L}}\d])", FLAGS
)


def typed_number(m: regex.Match[str]) -> str:
    """The note number of a :data:`TYPED_NOTE` / :data:`TYPED_MARKER` match, as typed
    (``1)``, ``[1]``)."""
    return m.group().strip().split()[0] if m.group().strip() else m.group()


#: A dating verb, a phrase, then the date: ``Voorgesteld tijdens het Notaoverleg van
#: 24 maart 2025`` written as a plain paragraph.
VERB_PHRASE_DATELINE = regex.compile(
    rf"^{alternation(lx.DATELINE_VERBS)}\b[^\n\d]{{0,80}}?(?P<date>{FULL_DATE.pattern})\.?$", FLAGS
)
SALUTATION = regex.compile(rf"^{alternation(lx.SALUTATIONS)}\b", FLAGS)
CLOSING = regex.compile(rf"^{alternation(lx.CLOSINGS)}[,.]?$", FLAGS)
#: The academic years of a ``Vergaderjaar 2022–2023`` line.
YEARS = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d\s*+[-–/]\s*+(?:(?:1[89]|20)?\d\d)(?!\d)", FLAGS)
#: A heading number (``2``, ``2.1``, ``2.1.3.``) at the start of a heading.
HEADING_NUMBER = regex.compile(r"^(?P<number>\d{1,3}+(?:\.\d{1,3}+)*+)\.?(?=\s)", FLAGS)
#: The stuk number of a ``Nr. 291`` / ``AZ HERDRUK`` line: the first token that is not
#: an abbreviation (``Nr.``).
STUK_NUMBER = regex.compile(r"^(?:[^\s.]{1,4}+\.\s*+)?(?P<stuk>[0-9A-Z]{1,6}+)(?![\w])", FLAGS)


def iso_date(text: str) -> str | None:
    """``25 november 2022`` -> ``2022-11-25`` (None when ``text`` holds no full date)."""
    m = FULL_DATE.search(text)
    if not m:
        return None
    month = MONTH_NUMBER.get(m["month"].lower())
    day, year = int(m["day"]), int(m["year"])
    if month is None or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"

SegKind = Literal["text", "marker", "sup", "break", "open", "close", "sep"]


@define
class Seg:
    kind: SegKind
    text: str = ""
    src: int = 0
    literal: bool = False


@define
class Inline:
    """The pieces of one block, in order."""

    segs: list[Seg] = field(factory=list)

    def text(self, text: str | None, src: int, *, literal: bool) -> None:
        if text:
            self.segs.append(Seg("text", text, src, literal))

    def marker(self, number: str, src: int) -> None:
        self.segs.append(Seg("marker", number, src))

    def superscript(self, number: str, src: int) -> None:
        """A superscript number that is not a footnote marker (a table note's)."""
        self.segs.append(Seg("sup", number, src))

    def line_break(self, src: int) -> None:
        self.segs.append(Seg("break", "", src))

    def open(self, name: str) -> None:
        self.segs.append(Seg("open", name))

    def close(self, name: str) -> None:
        self.segs.append(Seg("close", name))

    def extend(self, other: Inline) -> None:
        self.segs.extend(other.segs)

    def plain(self) -> str:
        """The block's text as it will be written, without offsets (for text rules)."""
        out: list[str] = []
        for op in ops(self.segs):
            if op.kind in ("marker", "sup"):
                out.append(to_superscript(op.text))
            elif op.kind in ("text", "sep"):
                out.append(op.text)
        return "".join(out)


def ops(segs: list[Seg]) -> Iterator[Seg]:
    """The write operations of ``segs``: text runs, separators (``" "``/``"\\n"``),
    markers, part boundaries. White space runs become one separator; none is written at
    the start or end; a space before a marker is dropped (the marker is glued to its
    word). A run of words separated by single plain spaces is one text operation, so
    it is copied from the input in one piece.
    """
    started = False
    pending = ""  # "", " " or "\n"
    for seg in segs:
        if seg.kind == "text":
            text = seg.text
            pos = 0
            n = len(text)
            while pos <= n:
                m = _GAP.search(text, pos)
                lo, hi = pos, m.start() if m else n
                if lo < hi and text[lo] == " ":
                    lo += 1
                    pending = pending or " "
                trailing = hi > lo and text[hi - 1] == " "
                hi -= trailing  # a trailing space is written as the separator after it
                if lo < hi:
                    if started and pending:
                        yield Seg("sep", pending, seg.src + lo if seg.literal else seg.src)
                    pending = ""
                    started = True
                    yield Seg("text", text[lo:hi], seg.src + lo if seg.literal else seg.src,
                              seg.literal)
                # a gap (or a trailing space) is one separator; no gap left: done
                pending = pending or (" " if trailing or m else "")
                pos = m.end() if m else n + 1
        elif seg.kind in ("marker", "sup"):
            if started and pending == "\n":
                yield Seg("sep", "\n", seg.src)
            pending = ""
            started = True
            yield seg
        elif seg.kind == "break":
            pending = "\n"
        else:
            yield seg


def _extend_parts(open_parts: dict[str, int | None], part_last: dict[str, int], span: Span) -> None:
    """The open parts reach to the end of ``span`` (a part opened just now starts there)."""
    for name, pstart in open_parts.items():
        if pstart is None:
            open_parts[name] = span.start
        part_last[name] = span.end


@define
class _Note:
    number: str
    body: Inline
    xpath: str | None
    src: int


class Emitter:
    """Writes zoned blocks and collects markers, footnotes and diagnostics."""

    def __init__(self, source: str, fmt: str) -> None:
        self.tb = TextBuilder(source)
        self.format = fmt
        self.blocks: list[Block] = []
        self.markers: list[Marker] = []
        self.diagnostics: list[Diagnostic] = []
        self.metadata: dict[str, str] = {}
        self._notes: dict[str, _Note] = {}
        self._unknown: Counter[str] = Counter()
        self._unknown_where: dict[str, str] = {}

    # -- footnotes -------------------------------------------------------------------

    def add_note(self, number: str, body: Inline, xpath: str | None, src: int) -> None:
        """Register a footnote body (written at the end, in order of registration)."""
        if number in self._notes:
            self._notes[number].body.extend(body)
            return
        self._notes[number] = _Note(number, body, xpath, src)

    def has_note(self, number: str) -> bool:
        return number in self._notes

    # -- diagnostics -----------------------------------------------------------------

    def unknown(self, name: str, xpath: str | None) -> None:
        """Note an element the reader does not know (its text is kept)."""
        self._unknown[name] += 1
        if xpath is not None:
            self._unknown_where.setdefault(name, xpath)

    def diagnose(
        self,
        code: str,
        message: str,
        severity: Severity = Severity.WARNING,
        span: Span | None = None,
    ) -> None:
        self.diagnostics.append(
            Diagnostic(code=code, severity=severity, message=message, span=span)
        )

    # -- blocks ----------------------------------------------------------------------

    def block(
        self,
        inline: Inline,
        *,
        kind: BlockKind = BlockKind.PARAGRAPH,
        zone: Zone | None,
        number: str | None = None,
        level: int | None = None,
        xpath: str | None = None,
    ) -> Block | None:
        """Write ``inline`` as one block; None when it holds no text."""
        segs = inline.segs
        if not any(
            s.kind in ("marker", "sup") or (s.kind == "text" and s.text.strip()) for s in segs
        ):
            return None
        tb = self.tb
        first_src = next((s.src for s in inline.segs if s.kind in ("text", "marker")), 0)
        if self.blocks:
            tb.put("\n\n", first_src)
        start = tb.pos
        parts = self._write(inline.segs)
        span = Span(start=start, end=tb.pos)
        blk = Block(
            kind=kind,
            span=span,
            zone=zone,
            number=number,
            level=level,
            parts=tuple(parts),
            xpath=xpath,
        )
        self.blocks.append(blk)
        return blk

    def _write(self, segs: list[Seg]) -> list[tuple[str, Span]]:
        """Write the operations of ``segs`` into the text; the parts they close, each
        from its first written character to its last."""
        tb = self.tb
        parts: list[tuple[str, Span]] = []
        open_parts: dict[str, int | None] = {}
        part_last: dict[str, int] = {}
        for op in ops(segs):
            kind = op.kind
            if kind == "text":
                src = op.src
                span = tb.copy(src, src + len(op.text)) if op.literal else tb.put(op.text, src)
            elif kind in ("marker", "sup"):
                span = self._put_marker(op)
            elif kind == "sep":
                tb.put(op.text, op.src)
                continue
            elif kind == "open":
                open_parts[op.text] = None
                continue
            elif kind == "close":
                pstart = open_parts.pop(op.text, None)
                if pstart is not None:
                    parts.append((op.text, Span(start=pstart, end=part_last[op.text])))
                continue
            else:
                continue
            if open_parts:
                _extend_parts(open_parts, part_last, span)
        return parts

    def _put_marker(self, op: Seg) -> Span:
        """Write a marker (kept in :attr:`markers`) or a superscript, in superscript."""
        span = self.tb.put(to_superscript(op.text), op.src)
        if op.kind == "marker":
            self.markers.append(Marker(number=op.text, span=span))
        return span

    def add_part(self, blk: Block, name: str, span: Span) -> Block:
        """Replace the last block ``blk`` with a copy that has one more part."""
        new = Block(
            kind=blk.kind,
            span=blk.span,
            zone=blk.zone,
            number=blk.number,
            level=blk.level,
            parts=(*blk.parts, (name, span)),
            xpath=blk.xpath,
        )
        # the block is (almost always) the last one: look for it from the end, by
        # identity, not with list.index's equality scan from the start
        blocks = self.blocks
        i = len(blocks) - 1
        while blocks[i] is not blk:
            i -= 1
            if i < 0:
                raise ValueError("add_part: the block was not written by this emitter")
        blocks[i] = new
        return new

    def text_so_far(self, span: Span) -> str:
        """The text written so far under ``span`` (spans of written blocks only)."""
        return self.tb.tail(self.tb.pos - span.start)[: span.end - span.start]

    # -- the result ------------------------------------------------------------------

    def finish(self) -> ReadResult:
        for note in self._notes.values():
            tb = self.tb
            if not any(s.kind == "text" and s.text.strip() for s in note.body.segs):
                self.diagnose(
                    "markup-empty-footnote",
                    f"footnote {note.number} has no text",
                    Severity.WARNING,
                )
            if self.blocks:
                tb.put("\n\n", note.src)
            start = tb.pos
            tb.put(to_superscript(note.number), note.src)
            tb.put(" ", note.src)
            text_start = tb.pos
            # write the body's tokens without a block separator
            self._write_tokens(note.body)
            end = tb.pos
            parts: tuple[tuple[str, Span], ...] = ()
            if end > text_start:
                parts = (("text", Span(start=text_start, end=end)),)
            self.blocks.append(
                Block(
                    kind=BlockKind.FOOTNOTE,
                    span=Span(start=start, end=end),
                    zone=Zone.FOOTNOTE,
                    number=note.number,
                    parts=parts,
                    xpath=note.xpath,
                )
            )
        for name, count in sorted(self._unknown.items()):
            where = self._unknown_where.get(name)
            self.diagnose(
                "markup-unknown-element",
                f"unknown element <{name}> ({count}x"
                + (f", first at {where}" if where else "")
                + "): its text is kept",
                Severity.INFO,
            )
        text, offsets = self.tb.build()
        return ReadResult(
            text=text,
            offsets=offsets,
            blocks=tuple(self.blocks),
            format=self.format,
            markers=tuple(self.markers),
            diagnostics=tuple(self.diagnostics),
            metadata=dict(self.metadata),
        )

    def _write_tokens(self, inline: Inline) -> None:
        tb = self.tb
        for op in ops(inline.segs):
            if op.kind == "sep":
                tb.put(" ", op.src)
            elif op.kind in ("marker", "sup"):
                # a marker inside a note (a note on a note) stays a superscript
                tb.put(to_superscript(op.text), op.src)
            elif op.kind == "text":
                if op.literal:
                    tb.copy(op.src, op.src + len(op.text))
                else:
                    tb.put(op.text, op.src)


def xpath_at(result: ReadResult, span: Span) -> str | None:
    """The XPath of the element a record at ``span`` came from: that of the block that
    contains it (None for text input, or when no block contains it)."""
    for block in result.blocks:
        if block.span.start <= span.start and span.end <= block.span.end:
            return block.xpath
    return None

"""Text layouts: the Kamerstuk print layout and the publication site's page text.

One reader serves both, with the format name telling which was detected:

* ``kamerstuk-text`` — the printed Kamerstuk as text or Markdown converted from its PDF
  (the seed letter): ``**29 521**`` header lines, ``# **1. Heading**``, ``<sup>2</sup>``
  markers, footnote paragraphs ``<sup>2</sup> text`` at page bottoms between body
  paragraphs, ``---`` separators, words and sentences broken across page breaks.
* ``ob-page-text`` — the text of a document's page on the publication site:
  ``X Noot``/``XNoot`` footnote blocks, ``1)`` notes, ``Noot 1:`` notes, markers glued to
  words (``aan1.``), ``Naar boven``, a flattened metadata table at the top. Hard-wrapped
  page text (no blank lines between paragraphs) is re-flowed.

Repairs, all through the offset map:

1. Paragraphs are the blank-line separated groups of lines (each line, in hard-wrapped
   text).
2. Footnote paragraphs are taken out of the flow and written after everything else;
   separators and ``Naar boven`` are dropped.
3. A flow paragraph that ends mid-sentence (a letter, digit, hyphen or bracket) followed
   by one that starts lower-case is the same paragraph broken by a page break (or a
   footnote block): they are joined with a space — or with nothing, dropping the hyphen,
   when the first ends in ``letter-`` (``samenwerkingsover-`` + ``eenkomst``).
4. Markup goes: ``#`` heading marks, ``*`` emphasis, tags, backslash escapes;
   ``<sup>N</sup>`` and glued markers become superscript digits.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import pairwise

import attrs
from attrs import frozen

from kamerparse import lexicon as lx
from kamerparse.offsets import TextBuilder
from kamerparse.patterns import (
    BACK_TO_TOP,
    DAY_MONTH_END,
    GLUED_MARKER,
    HYPHEN_END,
    INITIAL_END,
    INLINE_MARKUP,
    LABEL_NOTE_START,
    LOWER_START,
    MD_HEADING,
    MD_RULE,
    NUMBER_LINE,
    OB_NOTE_HEADING,
    OPEN_END,
    PAREN_MARKER,
    PAREN_NOTE_START,
    STUK_NUMBER,
    SUP_NOTE_START,
    TRAILER,
)
from kamerparse.readers import RawInput
from kamerparse.readers._text_lines import (
    LEAD_SPACE,
    TRAIL_SPACE,
    Line,
    lines_and_paragraphs,
    skip_space,
    trim_end,
)
from kamerparse.readers.base import (
    Block,
    BlockKind,
    Marker,
    ReadResult,
    Zone,
    to_superscript,
)
from kamerparse.records import Span


def read_kamerstuk_text(raw: RawInput) -> ReadResult:
    """Read the Kamerstuk print layout (text or Markdown converted from the PDF)."""
    return read_text(raw.text, "kamerstuk-text")


def read_ob_page_text(raw: RawInput) -> ReadResult:
    """Read the publication site's page text."""
    return read_text(raw.text, "ob-page-text")


@frozen(kw_only=True)
class _Para:
    lines: tuple[Line, ...]
    note: str | None = None  # footnote number, for a footnote paragraph
    body_start: int | None = None  # where a footnote's text starts in the input
    marker: Line | None = None  # the note number as written at the note
    heading: int = 0  # Markdown heading depth
    style: str = ""  # "sup", "ob", "paren", "label" for notes


#: A flow paragraph: its lines and its Markdown heading depth (0: not a heading).
_Flow = tuple[tuple[Line, ...], int]


def read_text(src: str, fmt: str) -> ReadResult:
    """Read ``src`` (either text layout, ``fmt`` its format name): paragraphs, the flow
    and the footnotes (:func:`_classify`), the joins across page breaks, then the text
    through one :class:`TextBuilder` — the flow's blocks first, the footnotes after."""
    wrapped, paras = lines_and_paragraphs(src)
    flow, notes = _classify(src, paras, wrapped)
    note_numbers = {p.note for p in notes if p.note}
    tb = TextBuilder(src)
    # glued and ``1)`` markers are looked for only in page text without ``<sup>`` markup
    glued = bool(note_numbers) and "<sup>" not in src
    lines = _LineWriter(
        src, tb, _markup_starts(src), note_numbers, paren=any(p.style == "paren" for p in notes)
    )
    blocks = _write_flow(
        src, flow, _join_flow(src, flow, wrapped), tb, lines.glued if glued else lines.marked
    )
    _write_notes(src, notes, tb, lines.starts, blocks)
    text, offsets = tb.build()
    return ReadResult(
        text=text,
        offsets=offsets,
        blocks=tuple(blocks),
        format=fmt,
        markers=tuple(lines.markers),
    )


# --- writing the text ------------------------------------------------------------------


def _write_flow(
    src: str,
    flow: list[_Flow],
    joins: list[str | None],
    tb: TextBuilder,
    write_line: Callable[[int, int], None],
) -> list[Block]:
    """Write the flow paragraphs, grouped into blocks by ``joins`` (:func:`_join_flow`:
    ``None`` starts a block, a string joins the paragraph to the one before), blocks
    separated by a blank line; return the blocks."""
    blocks: list[Block] = []
    start = 0  # where the current block starts in the text
    first: _Flow = ((), 0)  # the block's first paragraph
    for i, (para_lines, heading) in enumerate(flow):
        joiner = joins[i]
        if joiner is None:  # a new block
            if tb.pos:
                tb.insert("\n\n", para_lines[0][0])
            start = tb.pos
            first = (para_lines, heading)
        elif joiner:
            tb.insert(joiner, flow[i - 1][0][-1][1], para_lines[0][0])
        # the paragraph's last line loses its hyphen when the next part joins it
        # with nothing (``samenwerkingsover-`` + ``eenkomst``)
        _write_paragraph(src, para_lines, heading, tb, write_line, drop_hyphen=joins[i + 1] == "")
        if joins[i + 1] is None:  # the next paragraph does not continue the block
            blocks.append(
                Block(
                    kind=_block_kind(src, first),
                    span=Span(start=start, end=tb.pos),
                    level=first[1] or None,
                )
            )
    return blocks


def _write_paragraph(
    src: str,
    para_lines: tuple[Line, ...],
    heading: int,
    tb: TextBuilder,
    write_line: Callable[[int, int], None],
    *,
    drop_hyphen: bool,
) -> None:
    """Write one flow paragraph, its lines separated by line breaks: each line without
    its leading space, its ``#`` heading marks (the first line of a heading), its
    trailing space and, with ``drop_hyphen``, the last line's hyphen."""
    last_li = len(para_lines) - 1
    insert = tb.insert
    for li, (a, b) in enumerate(para_lines):
        if li:
            insert("\n", para_lines[li - 1][1], a)
        if src[a] in LEAD_SPACE:
            a = skip_space(src, a, b)
        if li == 0 and heading:
            m = MD_HEADING.match(src, a, b)
            if m:
                a = m.end()
        hyphen = drop_hyphen and li == last_li
        if b > a and (hyphen or src[b - 1] in TRAIL_SPACE):
            b = trim_end(src, a, b, hyphen=hyphen)
        write_line(a, b)


def _block_kind(src: str, first: _Flow) -> BlockKind:
    """A block's kind from its first paragraph: a heading, a list item (a bullet first)
    or a paragraph."""
    if first[1]:
        return BlockKind.HEADING
    lead, b = first[0][0]
    if src[lead] in LEAD_SPACE:
        lead = skip_space(src, lead, b)
    return BlockKind.LIST_ITEM if src[lead : lead + 1] in "•·▪" else BlockKind.PARAGRAPH


class _LineWriter:
    """Writes a flow line's content to ``tb`` without its markup, ``<sup>N</sup>`` (and,
    in page text, glued and ``1)``) markers as superscript digits, recorded in
    ``markers``. :meth:`marked` serves text with ``<sup>`` markup, :meth:`glued` page
    text whose notes are numbered without it."""

    __slots__ = ("markers", "note_numbers", "paren", "src", "starts", "tb")

    def __init__(
        self, src: str, tb: TextBuilder, starts: list[int], note_numbers: set[str], *, paren: bool
    ) -> None:
        self.src = src
        self.tb = tb
        self.starts = starts  # where markup can start (:func:`_markup_starts`)
        self.note_numbers = note_numbers
        self.paren = paren
        self.markers: list[Marker] = []

    def glued(self, a: int, b: int) -> None:
        """Write ``src[a:b]`` replacing what :func:`_inline_events` finds."""
        tb = self.tb
        for s, e, rep, num in _inline_events(self.src, a, b, self.note_numbers, self.paren):
            if s < a:
                continue  # overlaps what was written
            tb.extend(a, s)
            if rep:
                span = tb.put(rep, s, e)
                if num:
                    self.markers.append(Marker(number=num, span=span))
            a = e
        tb.extend(a, b)

    def marked(self, a: int, b: int) -> None:
        """Write ``src[a:b]`` without markup: ``INLINE_MARKUP.finditer(src, a, b)``,
        tried only where it can match, emphasis decided without the pattern where
        :func:`_ascii_emphasis` can."""
        src, starts = self.src, self.starts
        extend = self.tb.extend
        markup_match = INLINE_MARKUP.match
        si = bisect_left(starts, a)
        n_starts = len(starts)
        while si < n_starts:
            p = starts[si]
            if p >= b:
                break
            si += 1
            if p < a:
                continue  # inside the markup just dropped
            if src[p] == "*":
                q = _ascii_emphasis(src, p, b)
                if q == 0:
                    continue
                if q > 0:
                    extend(a, p)
                    a = q
                    continue
            m = markup_match(src, p, b)
            if m is None:
                continue
            extend(a, p)
            a = m.end()
            num = m.group("sup")
            if num:  # a <sup>N</sup> marker: superscript digits; other markup goes
                num = num.lstrip("0") or "0"
                span = self.tb.put(to_superscript(num), p, a)
                self.markers.append(Marker(number=num, span=span))
        extend(a, b)


def _ascii_emphasis(src: str, p: int, b: int) -> int:
    """Whether the ``*`` at ``p`` is emphasis, decided when the characters around it are
    ASCII (``(?<![\\s*])\\*{1,3}+`` or ``\\*{1,3}+(?=[^\\s*])``, within ``b``): the end
    of its run of stars when it is, 0 when it is not, -1 when the pattern decides."""
    q = p + 1
    lim = b if b < p + 3 else p + 3
    while q < lim and src[q] == "*":
        q += 1
    c = src[p - 1] if p else "!"
    if c in _SPACE_OR_STAR:
        if q >= b:
            return 0
        c = src[q]
        if c in _SPACE_OR_STAR:
            return 0
    if "!" <= c <= "~":
        return q
    return -1


def _write_notes(
    src: str, notes: list[_Para], tb: TextBuilder, starts: list[int], blocks: list[Block]
) -> None:
    """Write the footnotes after the flow, each its superscript number, a space and its
    text on one line; append their blocks to ``blocks``."""
    insert = tb.insert
    for note in notes:
        assert note.note is not None and note.body_start is not None
        if tb.pos:
            insert("\n\n", note.lines[0][0])
        start = tb.pos
        mk_src = note.marker or (note.lines[0][0], note.lines[0][0])
        insert(to_superscript(note.note), mk_src[0], mk_src[1])
        insert(" ", mk_src[1], note.body_start)
        text_start = tb.pos
        body_lines = [(max(a, note.body_start), b) for a, b in note.lines if b > note.body_start]
        for li, (a, b) in enumerate(body_lines):
            a = skip_space(src, a, b)
            b = trim_end(src, a, b, hyphen=False)
            if a >= b:
                continue
            if li and tb.pos > text_start:
                insert(" ", body_lines[li - 1][1], a)
            _emit_markup(src, a, b, tb, starts)
        blocks.append(
            Block(
                kind=BlockKind.FOOTNOTE,
                span=Span(start=start, end=tb.pos),
                zone=Zone.FOOTNOTE,
                number=note.note,
                parts=(("text", Span(start=text_start, end=tb.pos)),),
            )
        )


#: What the first character after spaces and tabs can be for a line to match (the
#: patterns start with ``[ \t]*+``): ``---``/``***``/``___`` rules, ``<sup>``/``**<sup>``
#: notes, ``Noot 1:`` (``(?i:noot)``: only ``n`` and ``N`` fold to ``n``), ``#`` headings.
_RULE_FIRST = frozenset("-*_")
_SUP_NOTE_FIRST = frozenset("*<")
_LABEL_NOTE_FIRST = frozenset("nN")


def _first_chars(words: tuple[str, ...]) -> frozenset[str] | None:
    """The first characters of case-sensitive ``words``; ``None`` when one is empty or
    starts with a space or tab (then any line may match)."""
    if any(not w or w[0] in " \t" for w in words):
        return None
    return frozenset(w[0] for w in words)


_BACK_TO_TOP_FIRST = _first_chars(lx.OB_BACK_TO_TOP)
_NOTE_HEADING_FIRST = _first_chars(lx.OB_FOOTNOTE_HEADINGS)


def _may_open(c: str, first: frozenset[str] | None) -> bool:
    return first is None or c in first


#: First characters (after spaces and tabs) of a paragraph that no note, rule, heading or
#: furniture pattern can start with: ASCII, not a digit and not in any ``*_FIRST`` set.
#: ``None`` when a pattern may start with any character.
_PLAIN_FIRST: frozenset[str] | None = (
    None
    if _BACK_TO_TOP_FIRST is None or _NOTE_HEADING_FIRST is None
    else frozenset(chr(i) for i in range(128))
    - _RULE_FIRST
    - _SUP_NOTE_FIRST
    - _LABEL_NOTE_FIRST
    - _BACK_TO_TOP_FIRST
    - _NOTE_HEADING_FIRST
    - frozenset("#0123456789")
)
#: Whether a paragraph opening with ``#`` can only be a Markdown heading (no other
#: pattern can start with ``#``).
_HASH_IS_HEADING = (
    _BACK_TO_TOP_FIRST is not None
    and _NOTE_HEADING_FIRST is not None
    and "#" not in _RULE_FIRST | _SUP_NOTE_FIRST | _LABEL_NOTE_FIRST
    and "#" not in _BACK_TO_TOP_FIRST | _NOTE_HEADING_FIRST
)


def _classify(
    src: str, paras: list[tuple[Line, ...]], wrapped: bool = False
) -> tuple[list[_Flow], list[_Para]]:
    """Split paragraphs into the flow and footnotes; drop separators and furniture.
    In hard-wrapped text a line after a note that has not ended (no full stop) is the
    note's next line."""
    sorter = _Sorter(src, wrapped)
    take = sorter.take
    for p in paras:
        take(p)
    return _paren_notes_at_end(src, sorter.flow, sorter.notes)


class _Sorter:
    """Sorts paragraphs, in input order, into the flow and the footnotes (:meth:`take`).
    Remembers the publication site's ``X Noot`` block it is in (``ob_number``: ``None``
    outside one, ``""`` before its first number, else the current note number) and the
    note just taken (``prev_note``, which a hard-wrapped line may go on with)."""

    __slots__ = ("flow", "notes", "ob_marker", "ob_number", "plain", "prev_note", "src", "wrapped")

    def __init__(self, src: str, wrapped: bool) -> None:
        self.src = src
        self.wrapped = wrapped
        self.flow: list[_Flow] = []
        self.notes: list[_Para] = []
        self.ob_number: str | None = None
        self.ob_marker: Line | None = None
        self.prev_note: _Para | None = None
        self.plain = _PLAIN_FIRST or frozenset()

    def take(self, p: tuple[Line, ...]) -> None:
        """Sort paragraph ``p``: a flow paragraph (the common case first), dropped
        furniture, a note heading or number in an ``X Noot`` block, or a note."""
        src = self.src
        a, b = p[0]
        if self.wrapped and self._continues_note(p):
            return
        self.prev_note = None
        # the first character after spaces and tabs rules most patterns out (cheap check)
        lead = a
        while lead < b and src[lead] in " \t":
            lead += 1
        c = src[lead] if lead < b else ""
        if self.ob_number is None:
            if c in self.plain:
                self.flow.append((p, 0))  # a paragraph of running text (the common case)
                return
            if c == "#" and _HASH_IS_HEADING:
                hm = MD_HEADING.match(src, a, b)
                self.flow.append((p, len(hm.group("hashes")) if hm else 0))
                return
        if self._separator_or_note_heading(p, a, b, c):
            return
        if self.ob_number is not None and self._in_note_block(p, a, b):
            return
        note = _note_start(src, p, a, b, c, lead)
        if note is not None:
            self.notes.append(note)
            self.prev_note = note
            return
        hm = MD_HEADING.match(src, a, b) if c == "#" else None
        self.flow.append((p, len(hm.group("hashes")) if hm else 0))

    def _continues_note(self, p: tuple[Line, ...]) -> bool:
        """In hard-wrapped text: add ``p`` to the note just taken when it goes on with it
        (:func:`_continues_note`)."""
        prev_note, notes = self.prev_note, self.notes
        if (
            prev_note is not None
            and notes
            and notes[-1] is prev_note
            and _continues_note(self.src, prev_note, p)
        ):
            notes[-1] = self.prev_note = attrs.evolve(prev_note, lines=prev_note.lines + p)
            return True
        return False

    def _separator_or_note_heading(self, p: tuple[Line, ...], a: int, b: int, c: str) -> bool:
        """Drop a ``---`` separator or ``Naar boven`` line (it ends an ``X Noot`` block),
        or take an ``X Noot`` heading, with the note number and text that may follow in
        the same paragraph."""
        src = self.src
        if len(p) == 1 and (
            (c in _RULE_FIRST and MD_RULE.fullmatch(src, a, b))
            or (_may_open(c, _BACK_TO_TOP_FIRST) and BACK_TO_TOP.fullmatch(src, a, b))
        ):
            self.ob_number = None
            return True
        if not (_may_open(c, _NOTE_HEADING_FIRST) and OB_NOTE_HEADING.fullmatch(src, a, b)):
            return False
        self.ob_number, self.ob_marker = None, None
        rest = p[1:]
        if rest and NUMBER_LINE.fullmatch(src, *rest[0]):
            self.ob_number, self.ob_marker = _number(src, rest[0]), rest[0]
            rest = rest[1:]
        if rest and self.ob_number:
            self.notes.append(_note(self.ob_number, rest, rest[0][0], self.ob_marker, "ob"))
            self.ob_number = None
        elif not self.ob_number:
            self.ob_number = ""
        return True

    def _in_note_block(self, p: tuple[Line, ...], a: int, b: int) -> bool:
        """Inside an ``X Noot`` block: take a note number line, or a paragraph of the
        current note (added to it when it has one already)."""
        src, notes, num = self.src, self.notes, self.ob_number
        if NUMBER_LINE.fullmatch(src, a, b) and len(p) == 1:
            self.ob_number, self.ob_marker = _number(src, p[0]), p[0]
            return True
        if not num:
            return False
        if notes and notes[-1].note == num and notes[-1].style == "ob":
            prev = notes.pop()
            notes.append(_note(num, prev.lines + p, prev.body_start or a, prev.marker, "ob"))
        else:
            notes.append(_note(num, p, a, self.ob_marker, "ob"))
        return True


def _note_start(
    src: str, p: tuple[Line, ...], a: int, b: int, c: str, lead: int
) -> _Para | None:
    """The note paragraph ``p`` opens with its number (``<sup>2</sup>``, ``Noot 2:``,
    ``2)``), or ``None``; ``c`` is its first character after spaces (at ``lead``)."""
    m = SUP_NOTE_START.match(src, a, b) if c in _SUP_NOTE_FIRST else None
    if m:
        return _note(m.group("num"), p, m.end(), m.span("num"), "sup")
    m = LABEL_NOTE_START.match(src, a, b) if c in _LABEL_NOTE_FIRST else None
    if m:
        return _note(m.group("num"), p, m.end(), m.span("num"), "label")
    m = PAREN_NOTE_START.match(src, a, b) if src.find(")", lead, b) >= 0 else None
    if m:
        return _note(m.group("num"), p, m.end(), m.span("num"), "paren")
    return None


def _paren_notes_at_end(
    src: str, flow: list[_Flow], notes: list[_Para]
) -> tuple[list[_Flow], list[_Para]]:
    """``1) ...`` paragraphs count as notes only at the end of the document, after the
    flow (site chrome after the notes, ``Copyright ...``, is not flow that follows
    them): the others go back into the flow, in input order."""
    last_flow = _last_flow_start(src, flow, notes)
    kept: list[_Para] = []
    moved = False
    for n in notes:
        if n.style == "paren" and n.lines[0][0] < last_flow:
            flow.append((n.lines, 0))
            moved = True
        else:
            kept.append(n)
    if moved:
        flow.sort(key=lambda f: f[0][0][0])
    return flow, kept


def _continues_note(src: str, note: _Para, para: tuple[Line, ...]) -> bool:
    """In hard-wrapped text: ``para`` (one line) goes on with ``note``, whose last line
    ends no sentence, and it opens no note, heading or furniture of its own."""
    a, b = note.lines[-1]
    tail = src[a:b].rstrip()
    if not tail or tail[-1] in ".!?:;" or len(para) != 1:
        return False
    pa, pb = para[0]
    lead = skip_space(src, pa, pb)
    return not (
        PAREN_NOTE_START.match(src, pa, pb)
        or SUP_NOTE_START.match(src, pa, pb)
        or LABEL_NOTE_START.match(src, pa, pb)
        or TRAILER.match(src, lead, pb)
        or BACK_TO_TOP.fullmatch(src, pa, pb)
        or src[lead : lead + 1] == "#"
    )


def _last_flow_start(src: str, flow: list[_Flow], notes: list[_Para]) -> int:
    """Where the last flow paragraph before any site chrome after the first ``1)`` note
    starts (-1: none)."""
    first_paren = next((n.lines[0][0] for n in notes if n.style == "paren"), None)
    last = -1
    for lines, _ in flow:
        a, b = lines[0]
        lead = skip_space(src, a, b)
        if first_paren is not None and a > first_paren and TRAILER.match(src, lead, b):
            break
        last = a
    return last


def _note(
    num: str, lines: tuple[Line, ...], body_start: int, marker: Line | None, style: str
) -> _Para:
    return _Para(
        lines=lines, note=num.lstrip("0") or "0", body_start=body_start, marker=marker, style=style
    )


def _number(src: str, line: Line) -> str:
    return src[line[0] : line[1]].strip().lstrip("0") or "0"


def _join_flow(src: str, flow: list[_Flow], wrapped: bool) -> list[str | None]:
    """How each flow paragraph continues the one before it, broken by a page break
    (:func:`_joiner`; ``None``: it starts a new block), and a last ``None`` after them."""
    joins: list[str | None] = [None]
    for prev, para in pairwise(flow):
        if para[1] or prev[1]:
            joins.append(None)  # headings neither continue nor are continued
        else:
            joins.append(_joiner(src, prev[0][-1], para[0][0], wrapped))
    joins.append(None)
    return joins


def _joiner(src: str, prev_line: Line, line: Line, wrapped: bool) -> str | None:
    """How ``line`` continues the paragraph that ends with ``prev_line`` (``None``: it
    does not)."""
    a, b = line
    head = skip_space(src, a, b)
    if head >= b:
        return None
    c = src[head]
    if (not "a" <= c <= "z") if c < "\x80" else not LOWER_START.match(src, head, b):
        # starts with no lower-case letter (``\p{Ll}`` in ASCII is a-z): a new paragraph,
        # but in hard-wrapped text a name wrapped after its initials (``... Zaken, M.`` /
        # ``Rutte``) continues its line
        if wrapped and (
            INITIAL_END.search(src, max(prev_line[0], prev_line[1] - 16), prev_line[1])
            or _ends_in_continuing_word(src, prev_line)
            or _splits_place(src, prev_line, head, b)
            or (
                "0" <= c <= "9"
                and DAY_MONTH_END.search(src, max(prev_line[0], prev_line[1] - 16), prev_line[1])
            )
        ):
            return " "
        return None
    if STUK_NUMBER.match(src, head, b):
        return None  # ``nr. 72`` on its own line opens the title, it continues nothing
    pa, pb = prev_line
    tail = src[pa:pb].rstrip()
    if tail.endswith(("</sup>", "*")):
        tail = tail.rstrip("*")
    # both patterns end at ``$`` (the line has no line break): search only the last
    # characters they can match rather than from every position of a long line
    if HYPHEN_END.search(tail[-2:]):
        return ""
    if OPEN_END.search(tail[-1:]) or (wrapped and tail.endswith(",")):
        return " "
    return None


_CONTINUING = frozenset(lx.LINE_CONTINUING_WORDS)
_LONGEST_CONTINUING = max(map(len, lx.LINE_CONTINUING_WORDS))


def _ends_in_continuing_word(src: str, line: Line) -> bool:
    """The line's last word is one no line of text ends with (``en``, ``der``)."""
    a, b = line
    tail = src[max(a, b - _LONGEST_CONTINUING - 1) : b].rstrip()
    word = tail.rsplit(" ", 1)[-1] if " " in tail or len(tail) >= b - a else ""
    return word in _CONTINUING


#: Multi-word place names (``Den Haag``) as (words before a line break, first word
#: after it), case-folded: a place broken over two lines.
_PLACE_SPLITS = frozenset(
    (" ".join(words[:k]).casefold(), words[k].casefold())
    for place in (*lx.PLACES, *lx.PLACE_VARIANTS)
    for words in [place.split()]
    for k in range(1, len(words))
)


def _splits_place(src: str, prev_line: Line, head: int, end: int) -> bool:
    """``prev_line`` ends in the first word(s) of a place and the next line (from
    ``head``) goes on with its next word (``... Den`` / ``Haag, 19 december 2011``)."""
    if not _PLACE_SPLITS:
        return False
    a, b = prev_line
    before = src[max(a, b - 24) : b].split()
    nxt = src[head : min(end, head + 24)].split(None, 1)
    if not before or not nxt:
        return False
    first = nxt[0].rstrip(",").casefold()
    return any((" ".join(before[-k:]).casefold(), first) in _PLACE_SPLITS for k in (1, 2))


#: ASCII characters ``[\s*]`` matches (``\v`` and ``\f`` are left to the pattern)
_SPACE_OR_STAR = frozenset(" \t\n\r*")


# --- inline markup ---------------------------------------------------------------------


def _markup_starts(src: str) -> list[int]:
    """Where :data:`INLINE_MARKUP` can match in ``src``: every ``<``, ``*`` and ``\\``
    (each of its alternatives starts with one), in order."""
    out: list[int] = []
    add = out.append
    find = src.find
    for c in "<*\\":
        i = find(c)
        while i >= 0:
            add(i)
            i = find(c, i + 1)
    out.sort()
    return out


def _emit_markup(src: str, a: int, b: int, tb: TextBuilder, starts: list[int]) -> None:
    """Write ``src[a:b]`` (a footnote's text) without markup, ``<sup>`` markers as
    superscript digits (not recorded as markers). ``INLINE_MARKUP`` is tried only where
    it can match (``starts``, from :func:`_markup_starts`), which finds what
    ``finditer(src, a, b)`` finds (its lookbehind sees before ``a`` either way)."""
    i = bisect_left(starts, a)
    n = len(starts)
    pos = a
    while i < n:
        p = starts[i]
        if p >= b:
            break
        i += 1
        if p < pos:
            continue
        m = INLINE_MARKUP.match(src, p, b)
        if m is None:
            continue
        tb.extend(pos, p)
        num = m.group("sup")
        if num:
            tb.insert(to_superscript(num.lstrip("0") or "0"), p, m.end())
        pos = m.end()
    tb.extend(pos, b)


def _inline_events(
    src: str, a: int, b: int, note_numbers: set[str], paren: bool
) -> list[tuple[int, int, str, str]]:
    """What to replace in ``src[a:b]`` of page text whose notes are numbered without
    ``<sup>`` markup: ``(start, end, replacement, marker number)`` in order, for markup
    (dropped), ``<sup>`` markers, markers glued to words and, with ``paren``, ``1)``
    markers (superscript digits)."""
    events: list[tuple[int, int, str, str]] = []
    line = src[a:b]
    if "<" in line or "*" in line or "\\" in line:
        for m in INLINE_MARKUP.finditer(src, a, b):
            if m.group("sup"):
                num = m.group("sup").lstrip("0") or "0"
                events.append((m.start(), m.end(), to_superscript(num), num))
            else:
                events.append((m.start(), m.end(), "", ""))
    for m in GLUED_MARKER.finditer(src, a, b):
        num = m.group("num")
        if num in note_numbers and _plausible_marker(src, a, m.start()):
            events.append((m.start(), m.end(), to_superscript(num), num))
    if paren:
        for m in PAREN_MARKER.finditer(src, a, b):
            num = m.group("num")
            if num in note_numbers:
                events.append((m.start(), m.end(), to_superscript(num), num))
    events.sort()
    return events


def _plausible_marker(src: str, floor: int, digit: int) -> bool:
    """A glued number is a marker when the word it is glued to has a lower-case letter
    (``aan1``, ``OvV1``) or it follows punctuation after a word (``Vraagstukken.1``)."""
    i = digit
    if i > floor and not src[i - 1].isalpha():
        return True  # ``.1``, ``»1``: punctuation checked by the pattern
    while i > floor and src[i - 1].isalpha():
        i -= 1
    word = src[i:digit]
    return any(c.islower() for c in word)

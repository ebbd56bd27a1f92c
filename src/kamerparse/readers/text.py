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

from attrs import frozen

from kamerparse import lexicon as lx
from kamerparse.offsets import TextBuilder
from kamerparse.patterns import (
    BACK_TO_TOP,
    FLAT_BREAK,
    FLAT_CUES,
    FLAT_LINE,
    GLUED_MARKER,
    HYPHEN_END,
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
)
from kamerparse.readers import RawInput
from kamerparse.readers.base import (
    Block,
    BlockKind,
    Marker,
    ReadResult,
    Zone,
    to_superscript,
)
from kamerparse.records import Span

Line = tuple[int, int]  # [start, end) of a line's content in the input, no line break


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


def read_text(src: str, fmt: str) -> ReadResult:
    lines = _split_lines(src)
    wrapped = _is_hard_wrapped(src, lines)
    paras = _paragraphs(src, lines, wrapped)
    flow, notes = _classify(src, paras)
    note_numbers = {p.note for p in notes if p.note}
    uses_sup = "<sup>" in src
    paren_notes = any(p.style == "paren" for p in notes)
    groups = _join_flow(src, flow, wrapped)

    tb = TextBuilder(src)
    blocks: list[Block] = []
    markers: list[Marker] = []
    for group in groups:
        if tb.pos:
            tb.insert("\n\n", group[0][0].lines[0][0])
        start = tb.pos
        first = group[0][0]
        for gi, (para, joiner) in enumerate(group):
            if gi:
                prev_end = group[gi - 1][0].lines[-1][1]
                tb.insert(joiner, prev_end, para.lines[0][0])
            for li, (a, b) in enumerate(para.lines):
                if li:
                    tb.insert("\n", para.lines[li - 1][1], a)
                a = _skip_space(src, a, b)
                if li == 0 and para.heading:
                    m = MD_HEADING.match(src, a, b)
                    if m:
                        a = m.end()
                last = li == len(para.lines) - 1
                drop_hyphen = last and gi + 1 < len(group) and group[gi + 1][1] == ""
                b = _trim_end(src, a, b, hyphen=drop_hyphen)
                _emit_inline(src, a, b, tb, markers, note_numbers, uses_sup, paren_notes)
        span = Span(start=start, end=tb.pos)
        kind = BlockKind.HEADING if first.heading else BlockKind.PARAGRAPH
        lead = _skip_space(src, *first.lines[0])
        if kind is BlockKind.PARAGRAPH and src[lead : lead + 1] in "•·▪":
            kind = BlockKind.LIST_ITEM
        blocks.append(Block(kind=kind, span=span, level=first.heading or None))

    for note in notes:
        assert note.note is not None and note.body_start is not None
        if tb.pos:
            tb.insert("\n\n", note.lines[0][0])
        start = tb.pos
        mk_src = note.marker or (note.lines[0][0], note.lines[0][0])
        tb.insert(to_superscript(note.note), mk_src[0], mk_src[1])
        tb.insert(" ", mk_src[1], note.body_start)
        text_start = tb.pos
        body_lines = [(max(a, note.body_start), b) for a, b in note.lines if b > note.body_start]
        for li, (a, b) in enumerate(body_lines):
            a = _skip_space(src, a, b)
            b = _trim_end(src, a, b, hyphen=False)
            if a >= b:
                continue
            if li and tb.pos > text_start:
                tb.insert(" ", body_lines[li - 1][1], a)
            _emit_inline(src, a, b, tb, [], set(), uses_sup=False, paren=False)
        blocks.append(
            Block(
                kind=BlockKind.FOOTNOTE,
                span=Span(start=start, end=tb.pos),
                zone=Zone.FOOTNOTE,
                number=note.note,
                parts=(("text", Span(start=text_start, end=tb.pos)),),
            )
        )
    text, offsets = tb.build()
    return ReadResult(
        text=text,
        offsets=offsets,
        blocks=tuple(blocks),
        format=fmt,
        markers=tuple(markers),
    )


# --- lines and paragraphs --------------------------------------------------------------


def _split_lines(src: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    n = len(src)
    while pos <= n:
        nl = src.find("\n", pos)
        end = n if nl < 0 else nl
        e = end
        while e > pos and src[e - 1] == "\r":
            e -= 1
        out.append((pos, e))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _is_blank(src: str, line: Line) -> bool:
    a, b = line
    return not src[a:b].strip()


def _is_hard_wrapped(src: str, lines: list[Line]) -> bool:
    """Text with (almost) no blank lines between many lines: each line is a paragraph
    that may need re-flowing."""
    flags = [_is_blank(src, ln) for ln in lines]
    nonblank = flags.count(False)
    # blank runs between non-blank lines (leading and trailing blank lines do not count)
    runs = sum(1 for i in range(1, len(flags)) if flags[i] and not flags[i - 1])
    if flags and flags[-1]:
        runs -= 1
    return nonblank >= 8 and runs * 10 < nonblank


def _paragraphs(src: str, lines: list[Line], wrapped: bool) -> list[tuple[Line, ...]]:
    out: list[tuple[Line, ...]] = []
    cur: list[Line] = []
    for ln in lines:
        if _is_blank(src, ln):
            if cur:
                out.append(tuple(cur))
                cur = []
        elif ln[1] - ln[0] >= FLAT_LINE and (pieces := _flat_pieces(src, ln)):
            if cur:
                out.append(tuple(cur))
                cur = []
            out.extend((p,) for p in pieces)
        elif wrapped:
            out.append((ln,))
        else:
            cur.append(ln)
    if cur:
        out.append(tuple(cur))
    return out


def _flat_pieces(src: str, line: Line) -> list[Line]:
    """Split a whole letter flattened onto one line (a PDF transcription) into blocks at
    its structural cues; ``[]`` when the line is just a long paragraph."""
    a, b = line
    if not any(src.find(cue, a, b) >= 0 for cue in FLAT_CUES):
        return []  # every flattened letter names its addressee: cheap literal check first
    cuts = [m.start() for m in FLAT_BREAK.finditer(src, a, b)]
    if len(cuts) < 3:
        return []
    out: list[Line] = []
    for s, e in zip([a, *cuts], [*cuts, b], strict=True):
        s = _skip_space(src, s, e)
        e = _trim_end(src, s, e, hyphen=False)
        if e > s:
            out.append((s, e))
    return out


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


def _classify(src: str, paras: list[tuple[Line, ...]]) -> tuple[list[_Para], list[_Para]]:
    """Split paragraphs into the flow and footnotes; drop separators and furniture."""
    flow: list[_Para] = []
    notes: list[_Para] = []
    ob_number: str | None = None  # inside an X Noot block: the current note number
    ob_marker: Line | None = None
    i = 0
    while i < len(paras):
        p = paras[i]
        a, b = p[0]
        i += 1
        # the first character after spaces and tabs rules most patterns out (cheap check)
        lead = a
        while lead < b and src[lead] in " \t":
            lead += 1
        c = src[lead] if lead < b else ""
        if len(p) == 1 and (
            (c in _RULE_FIRST and MD_RULE.fullmatch(src, a, b))
            or (_may_open(c, _BACK_TO_TOP_FIRST) and BACK_TO_TOP.fullmatch(src, a, b))
        ):
            ob_number = None
            continue
        if _may_open(c, _NOTE_HEADING_FIRST) and OB_NOTE_HEADING.fullmatch(src, a, b):
            ob_number, ob_marker = None, None
            rest = p[1:]
            if rest and NUMBER_LINE.fullmatch(src, *rest[0]):
                ob_number, ob_marker = _number(src, rest[0]), rest[0]
                rest = rest[1:]
            if rest and ob_number:
                notes.append(_note(ob_number, rest, rest[0][0], ob_marker, "ob"))
                ob_number = None
            elif not ob_number:
                ob_number = ""
            continue
        if ob_number is not None:
            if NUMBER_LINE.fullmatch(src, a, b) and len(p) == 1:
                ob_number, ob_marker = _number(src, p[0]), p[0]
                continue
            if ob_number:
                if notes and notes[-1].note == ob_number and notes[-1].style == "ob":
                    prev = notes.pop()
                    notes.append(
                        _note(ob_number, prev.lines + p, prev.body_start or a, prev.marker, "ob")
                    )
                else:
                    notes.append(_note(ob_number, p, a, ob_marker, "ob"))
                continue
        m = SUP_NOTE_START.match(src, a, b) if c in _SUP_NOTE_FIRST else None
        if m:
            notes.append(_note(m.group("num"), p, m.end(), m.span("num"), "sup"))
            continue
        m = LABEL_NOTE_START.match(src, a, b) if c in _LABEL_NOTE_FIRST else None
        if m:
            notes.append(_note(m.group("num"), p, m.end(), m.span("num"), "label"))
            continue
        m = PAREN_NOTE_START.match(src, a, b) if src.find(")", lead, b) >= 0 else None
        if m:
            notes.append(_note(m.group("num"), p, m.end(), m.span("num"), "paren"))
            continue
        heading = 0
        hm = MD_HEADING.match(src, a, b) if c == "#" else None
        if hm:
            heading = len(hm.group("hashes"))
        flow.append(_Para(lines=p, heading=heading))
    # "1) ..." paragraphs count as notes only at the end of the document, after the flow
    last_flow = flow[-1].lines[0][0] if flow else -1
    kept: list[_Para] = []
    for n in notes:
        if n.style == "paren" and n.lines[0][0] < last_flow:
            flow.append(_Para(lines=n.lines))
        else:
            kept.append(n)
    flow.sort(key=lambda p: p.lines[0][0])
    return flow, kept


def _note(
    num: str, lines: tuple[Line, ...], body_start: int, marker: Line | None, style: str
) -> _Para:
    return _Para(
        lines=lines, note=num.lstrip("0") or "0", body_start=body_start, marker=marker, style=style
    )


def _number(src: str, line: Line) -> str:
    return src[line[0] : line[1]].strip().lstrip("0") or "0"


def _join_flow(src: str, flow: list[_Para], wrapped: bool) -> list[list[tuple[_Para, str]]]:
    """Group flow paragraphs broken by page breaks; each item is (paragraph, joiner)."""
    groups: list[list[tuple[_Para, str]]] = []
    for para in flow:
        if groups and not para.heading:
            prev = groups[-1][-1][0]
            joiner = _joiner(src, prev, para, wrapped)
            if joiner is not None:
                groups[-1].append((para, joiner))
                continue
        groups.append([(para, "")])
    return groups


def _joiner(src: str, prev: _Para, para: _Para, wrapped: bool) -> str | None:
    if prev.heading:
        return None
    pa, pb = prev.lines[-1]
    tail = src[pa:pb].rstrip()
    if tail.endswith(("</sup>", "*")):
        tail = tail.rstrip("*")
    a, b = para.lines[0]
    head = src[_skip_space(src, a, b) : b]
    if not head or not LOWER_START.match(head) or STUK_NUMBER.match(head):
        return None  # ``nr. 72`` on its own line opens the title, it continues nothing
    if HYPHEN_END.search(tail):
        return ""
    if OPEN_END.search(tail) or (wrapped and tail.endswith(",")):
        return " "
    return None


def _skip_space(src: str, a: int, b: int) -> int:
    while a < b and src[a] in " \t\f\v\u00a0":
        a += 1
    return a


def _trim_end(src: str, a: int, b: int, *, hyphen: bool) -> int:
    while b > a and src[b - 1] in " \t\f\v\u00a0\r":
        b -= 1
    if hyphen and b > a and src[b - 1] == "-":
        b -= 1
    return b


# --- inline markup ---------------------------------------------------------------------


def _emit_inline(
    src: str,
    a: int,
    b: int,
    tb: TextBuilder,
    markers: list[Marker],
    note_numbers: set[str],
    uses_sup: bool,
    paren: bool,
) -> None:
    """Write ``src[a:b]`` without markup; markers become superscript digits."""
    events: list[tuple[int, int, str, str]] = []  # (start, end, replacement, marker number)
    line = src[a:b]
    if "<" in line or "*" in line or "\\" in line:
        for m in INLINE_MARKUP.finditer(src, a, b):
            if m.group("sup"):
                num = m.group("sup").lstrip("0") or "0"
                events.append((m.start(), m.end(), to_superscript(num), num))
            else:
                events.append((m.start(), m.end(), "", ""))
    if note_numbers and not uses_sup:
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
    pos = a
    for s, e, rep, num in events:
        if s < pos:
            continue
        tb.extend(pos, s)
        if num:
            markers.append(Marker(number=num, span=tb.put(rep, s, e)))
        else:
            tb.insert(rep, s, e)
        pos = e
    tb.extend(pos, b)


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

"""Zone every block: header, title, opening, body, closing, signature, footnote, trailer.

Blocks a reader zoned already keep their zone. For the rest, in one pass each way:

1. The *title* is the first block with an upper-case document type (``BRIEF VAN``,
   ``MOTIE``, ``VERSLAG``) on one of its lines; everything before it is *header*.
2. After it (or from the start, with no title) the *opening* is the run of blocks that
   are an addressee line, a place-and-date line, a ``Vastgesteld``/``Voorgesteld`` line,
   a salutation, or left-over header lines (``Vergaderjaar``, ``Nr. 52``).
3. From the end: site chrome is *trailer*; then the run of signature-like blocks
   (role line, name line, or both) is *signature*, preceded by an optional *closing*
   (``Hoogachtend,``).
4. What lies between is *body*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kamerparse.base import Block, BlockKind, Zone
from kamerparse.patterns import (
    ADDRESSEE,
    BARE_SURNAME,
    CLOSING,
    DOC_TYPE,
    LETTERHEAD_DATE,
    MOTION_END,
    NAME,
    PLACE_DATE,
    ROLE_HEAD,
    SALUTATION,
    STUK_NUMBER,
    TITLE,
    TRAILER,
    VERB_DATE,
    VERGADERJAAR,
)

MAX_SIGNATURE_LINE = 160
MAX_TRAILER_BLOCKS = 8


def segment_blocks(text: str, blocks: Sequence[Block]) -> tuple[tuple[Block, Zone], ...]:
    """Assign a zone to every block (keeping zones set by the reader)."""
    zones: list[Zone | None] = [b.zone for b in blocks]
    free = [i for i, z in enumerate(zones) if z is None]
    if not free:
        return tuple((b, z) for b, z in zip(blocks, zones, strict=True) if z is not None) or ()

    # 1. title and header
    title_at = None
    for i in free:
        if blocks[i].kind is BlockKind.HEADING:
            continue
        if _title_line(text, blocks[i]) is not None:
            title_at = i
            break
        if any(zones[j] in (Zone.OPENING, Zone.BODY) for j in range(i)):
            break
    cursor = 0
    end = len(blocks)
    if title_at is not None:
        # a second document after the letter (an attached NOTITIE, a transcribed
        # attachment) is kept as trailer, not parsed as part of the letter
        for i in free:
            if i <= title_at + 1:
                continue
            b = blocks[i]
            if b.kind is not BlockKind.HEADING and _first_line_is_title(text, b):
                for k in range(i, len(blocks)):
                    if zones[k] is None:
                        zones[k] = Zone.TRAILER
                end = i
                break
        for i in range(title_at):
            if zones[i] is None:
                zones[i] = Zone.HEADER
        zones[title_at] = Zone.TITLE
        cursor = title_at + 1

    # 2. opening
    while cursor < end:
        if zones[cursor] is not None:
            if zones[cursor] in (Zone.OPENING, Zone.HEADER, Zone.TITLE):
                cursor += 1
                continue
            break
        kind = _opening_kind(text, blocks[cursor])
        if kind is None:
            break
        zones[cursor] = kind
        cursor += 1

    # 3. trailer, signatures, closing from the end
    while end > cursor and zones[end - 1] in (Zone.FOOTNOTE, Zone.TRAILER):
        end -= 1
    for k in range(max(cursor + 1, end - MAX_TRAILER_BLOCKS), end):
        if zones[k] is None and _is_trailer(text, blocks[k]) and _is_signature(text, blocks[k - 1]):
            for t in range(k, end):
                if zones[t] is None:
                    zones[t] = Zone.TRAILER
            end = k
            break
    motion = False
    sig_start = end
    while sig_start > cursor and zones[sig_start - 1] in (None, Zone.SIGNATURE):
        b = blocks[sig_start - 1]
        if zones[sig_start - 1] is Zone.SIGNATURE or _is_signature(text, b):
            sig_start -= 1
            continue
        break
    if sig_start == end and end > cursor and zones[end - 1] is None:
        # a motion ends with the member's bare surname after its closing phrase
        prev = blocks[end - 2] if end - 2 >= cursor else None
        if (
            prev is not None
            and MOTION_END.search(prev.span.of(text))
            and BARE_SURNAME.fullmatch(blocks[end - 1].span.of(text).strip())
        ):
            sig_start = end - 1
            motion = True
    for k in range(sig_start, end):
        if zones[k] is None:
            zones[k] = Zone.SIGNATURE
    if (
        not motion
        and sig_start > cursor
        and zones[sig_start - 1] is None
        and CLOSING.fullmatch(blocks[sig_start - 1].span.of(text).strip())
    ):
        zones[sig_start - 1] = Zone.CLOSING

    # 4. body
    body = Zone.BODY
    return tuple(zip(blocks, [body if z is None else z for z in zones], strict=True))


def _lines(text: str, block: Block) -> list[str]:
    return block.span.of(text).split("\n")


def _title_line(text: str, block: Block) -> int | None:
    """Index of the block's line holding the document-type title, if any."""
    a = block.span.start
    stop = block.span.end
    n = 0
    while True:
        e = text.find("\n", a, stop)
        if e < 0:
            e = stop
        if _is_title(text, a, e):
            return n
        if e >= stop:
            return None
        a = e + 1
        n += 1


def _first_line_is_title(text: str, block: Block) -> bool:
    """``_title_line(text, block) == 0``: the block's first line holds the title."""
    span = block.span
    a = span.start
    e = text.find("\n", a, span.end)
    if e < 0:
        e = span.end
    # _is_title's cheap check, done here in one match for the many blocks of a letter's
    # body: a title start (the stripped line's start or the start of one of its first
    # three words) opens with the first two characters of a document type. The match
    # may read two characters past the line, as ``text[p : p + 2]`` does.
    if _TITLE_CUE is not None and not _TITLE_CUE.match(text, a, e + 2):
        return False
    return _is_title(text, a, e)


#: The first two characters of every document type (a title opens with one), or None
#: when a type is shorter than that.
_TITLE_HEADS: frozenset[str] | None = (
    frozenset(t[:2] for t in DOC_TYPE) if all(len(t) >= 2 for t in DOC_TYPE) else None
)
#: A line whose start, after white space (``\s`` is ``str.isspace`` in ``re``), or one
#: of its first three space-separated words' starts opens with a :data:`_TITLE_HEADS`
#: pair.
_TITLE_CUE: re.Pattern[str] | None = (
    None
    if _TITLE_HEADS is None
    else re.compile(
        r"\s*+(?:[^ ]*+ ){0,3}(?:" + "|".join(re.escape(h) for h in sorted(_TITLE_HEADS)) + ")"
    )
)


def _is_title(text: str, a: int, e: int) -> bool:
    """Does line ``text[a:e]`` hold the document-type title?"""
    heads = _TITLE_HEADS
    if heads is not None:
        # cheap check first: a title start (see _title_starts: the stripped line's start
        # and the starts of its first three space-separated words) opens with the first
        # two characters of a document type
        while a < e and text[a].isspace():
            a += 1
        while e > a and text[e - 1].isspace():
            e -= 1
        if text[a : a + 2] not in heads:
            p = a
            for _ in range(3):
                p = text.find(" ", p, e) + 1
                if not p:
                    return False
                if text[p : p + 2] in heads:
                    break
            else:
                return False
    s = text[a:e].strip()
    # the title may follow a stuk number or letter on the same line
    for start in _title_starts(s):
        m = TITLE.match(s, start)
        if m and _mostly_upper(s[start:]):
            return True
    return False


def _title_starts(line: str) -> list[int]:
    """Where a title may start on its line: at the start, or after up to three leading
    words (``Nr. 291 BRIEF``, ``E BRIEF``, ``34775 A 52 BRIEF``, ``2 NOTITIE``)."""
    starts = [0]
    pos = 0
    for word in line.split(" ", 3)[:3]:
        pos += len(word) + 1
        starts.append(pos)
    return starts


def _mostly_upper(s: str) -> bool:
    letters = list(filter(str.isalpha, s[:120]))
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def _opening_kind(text: str, block: Block) -> Zone | None:
    s = block.span.of(text).strip()
    first = s.split("\n", 1)[0].strip()
    if len(first) > 200:
        return None
    if (
        ADDRESSEE.fullmatch(first)
        or PLACE_DATE.fullmatch(first)
        or VERB_DATE.fullmatch(first)
        or LETTERHEAD_DATE.match(first)
        or SALUTATION.fullmatch(first)
    ):
        return Zone.OPENING
    if VERGADERJAAR.fullmatch(first) or STUK_NUMBER.fullmatch(first):
        return Zone.HEADER
    return None


def _is_trailer(text: str, block: Block) -> bool:
    s = block.span.of(text).strip()
    return bool(TRAILER.match(s)) or s in {"-", "–"}


def _is_signature(text: str, block: Block) -> bool:
    """Role line(s) and/or a name line: ``De Minister van Defensie,`` ``J.A. Hennis``."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    lines = [ln.strip() for ln in _lines(text, block) if ln.strip()]
    if not lines or len(lines) > 4:
        return False
    for ln in lines:
        if len(ln) > MAX_SIGNATURE_LINE:
            return False
        if ROLE_HEAD.match(ln) and not ln.rstrip().endswith("."):
            continue
        if NAME.fullmatch(ln):
            continue
        return False
    return True

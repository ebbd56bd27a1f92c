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

from collections.abc import Sequence

from kamerparse._rx import re, regex
from kamerparse.base import Block, BlockKind, Zone
from kamerparse.patterns import (
    ADDRESSEE,
    ATTACHMENT,
    BARE_SURNAME,
    CLOSING,
    DOC_TYPE,
    LETTERHEAD_DATE,
    LOWER_WORDS,
    MOTION_END,
    NAME,
    PLACE_DATE,
    PLACE_DATE_AT,
    ROLE_HEAD,
    SALUTATION,
    SIGNATORY_FUNCTION,
    SIGNING_FOR,
    STUK_NUMBER,
    TITLE,
    TITLE_SENTENCE,
    TRAILER,
    VERB_DATE,
    VERGADERJAAR,
)
from kamerparse.records import Span

MAX_SIGNATURE_LINE = 160
MAX_TRAILER_BLOCKS = 8


def segment_blocks(text: str, blocks: Sequence[Block]) -> tuple[tuple[Block, Zone], ...]:
    """Assign a zone to every block (keeping zones set by the reader).

    A title wrapped over several blocks comes back as one title block spanning them
    (the blocks it absorbed are left out)."""
    zones: list[Zone | None] = [b.zone for b in blocks]
    free = [i for i, z in enumerate(zones) if z is None]
    if not free:
        return tuple((b, z) for b, z in zip(blocks, zones, strict=True) if z is not None) or ()

    # 1. title and header
    title_at = _find_title(text, blocks, zones, free)
    cursor = 0
    end = len(blocks)
    title_last = -1 if title_at is None else title_at
    if title_at is not None:
        title_last = _title_end(text, blocks, zones, title_at)
        # a second document after the letter (an attached NOTITIE, a transcribed
        # attachment) is kept as trailer, not parsed as part of the letter
        for i in free:
            if i <= title_last + 1:
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
        for i in range(title_at, title_last + 1):
            zones[i] = Zone.TITLE
        cursor = title_last + 1

    # 2. opening
    cursor = _zone_opening(text, blocks, zones, cursor, end)

    # 3. trailer, signatures, closing from the end
    _zone_ending(text, blocks, zones, cursor, end)

    # 4. body
    out: list[tuple[Block, Zone]] = []
    for i, (b, z) in enumerate(zip(blocks, zones, strict=True)):
        if title_at is not None and title_at < i <= title_last:
            continue  # part of the merged title block
        if title_at is not None and i == title_at and title_last > title_at:
            b = Block(kind=b.kind, span=Span(start=b.span.start, end=blocks[title_last].span.end))
        out.append((b, Zone.BODY if z is None else z))
    return tuple(out)


def _find_title(
    text: str, blocks: Sequence[Block], zones: list[Zone | None], free: list[int]
) -> int | None:
    """The title block: the first with an upper-case title line; else the first with a
    sentence-case title (``Brief van de minister ...``) before any opening line."""
    # the first block a reader zoned opening or body: no title is looked for past it
    # (found once, not rescanned for every block)
    stop_at = next((j for j, z in enumerate(zones) if z in (Zone.OPENING, Zone.BODY)), len(zones))
    for i in free:
        if blocks[i].kind is BlockKind.HEADING:
            continue
        if _title_line(text, blocks[i]) is not None:
            return i
        if stop_at < i:
            break
    for i in free:
        b = blocks[i]
        if zones[i] is not None or _letter_opening(text, b):
            return None
        if b.kind is not BlockKind.HEADING and _sentence_title(text, b):
            return i
    return None


def _letter_opening(text: str, block: Block) -> bool:
    """The block opens the letter proper: an addressee, place-and-date or salutation."""
    first = block.span.of(text).strip().split("\n", 1)[0]
    return bool(
        ADDRESSEE.fullmatch(first)
        or PLACE_DATE_AT.match(first)
        or PLACE_DATE.fullmatch(first)
        or SALUTATION.fullmatch(first)
    )


def _sentence_title(text: str, block: Block) -> bool:
    """Does one of the block's lines hold a sentence-case title (after up to three
    words: ``nr. 63 Brief van de minister van ...``)? A line ending a sentence does not."""
    for raw in block.span.of(text).split("\n"):
        line = raw.strip()
        if len(line) > MAX_TITLE_LINE or line.endswith((".", ";", "?", "!")):
            continue
        if any(TITLE_SENTENCE.match(line, start) for start in title_starts(line)):
            return True
    return False


MAX_TITLE_LINE = 200
#: How many blocks a title may be wrapped over after its first.
MAX_TITLE_CONTINUATION = 3


def _title_end(text: str, blocks: Sequence[Block], zones: list[Zone | None], at: int) -> int:
    """The last block of a title wrapped over several blocks (hard-wrapped page text
    makes every line a block). A block continues the title when it is short, ends no
    sentence, is no opening or header line, and is upper case like the title, or is
    followed by an opening line (what lies between the title and the addressee is
    title)."""
    upper = _mostly_upper(blocks[at].span.of(text))
    last = at
    for k in range(at + 1, min(len(blocks), at + 1 + MAX_TITLE_CONTINUATION)):
        b = blocks[k]
        s = b.span.of(text).strip()
        if (
            zones[k] is not None
            or b.kind is not BlockKind.PARAGRAPH
            or not s
            or len(s) > MAX_TITLE_LINE
            or s.endswith((".", ";", ":", "?", "!"))
            or _opening_kind(text, b) is not None
        ):
            break
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if (upper and _mostly_upper(s)) or (
            nxt is not None and _opening_kind(text, nxt) is Zone.OPENING
        ):
            last = k
            continue
        break
    return last


def _zone_opening(
    text: str, blocks: Sequence[Block], zones: list[Zone | None], cursor: int, end: int
) -> int:
    """Zone the opening run from ``cursor``; where it ends. A short line after the
    addressee that continues it (``Staten-Generaal`` wrapped onto a block of its own) is
    opening too."""
    prev: Zone | None = None
    while cursor < end:
        if zones[cursor] is not None:
            if zones[cursor] in (Zone.OPENING, Zone.HEADER, Zone.TITLE):
                cursor += 1
                continue
            break
        b = blocks[cursor]
        kind = _opening_kind(text, b)
        if kind is None and prev is Zone.OPENING and _continues_addressee(text, blocks, cursor):
            kind = Zone.OPENING
        if kind is None:
            break
        zones[cursor] = kind
        prev = kind
        cursor += 1
    return cursor


def _continues_addressee(text: str, blocks: Sequence[Block], i: int) -> bool:
    """Block ``i`` continues a wrapped addressee line: the block before it is an
    addressee, it is one short line with no digit and no sentence end, and an opening
    line follows it."""
    before = blocks[i - 1].span.of(text).strip().split("\n")[-1]
    if not ADDRESSEE.fullmatch(before) and not continues_addressee_line(before):
        return False
    s = blocks[i].span.of(text).strip()
    if "\n" in s or not continues_addressee_line(s):
        return False
    return i + 1 < len(blocks) and _opening_kind(text, blocks[i + 1]) is Zone.OPENING


def continues_addressee_line(s: str) -> bool:
    """A line that may continue a wrapped addressee: short, no digit (an address line
    has one), no sentence end, not itself an opening line."""
    return (
        0 < len(s) <= MAX_ADDRESSEE_CONTINUATION
        and not any(c.isdigit() for c in s)
        and not s.endswith((".", ";", ":", "?", "!"))
        and not SALUTATION.fullmatch(s)
        and not ADDRESSEE.fullmatch(s)
    )


MAX_ADDRESSEE_CONTINUATION = 60


def _zone_ending(
    text: str, blocks: Sequence[Block], zones: list[Zone | None], cursor: int, end: int
) -> None:
    """Zone the trailer, the signatures and the closing, from the end."""
    while end > cursor and zones[end - 1] in (Zone.FOOTNOTE, Zone.TRAILER):
        end -= 1
    end = _attachment_start(text, blocks, zones, cursor, end)
    for k in range(max(cursor + 1, end - MAX_TRAILER_BLOCKS), end):
        if zones[k] is None and _is_trailer(text, blocks[k]) and _ends_letter(text, blocks[k - 1]):
            for t in range(k, end):
                if zones[t] is None:
                    zones[t] = Zone.TRAILER
            end = k
            break
    motion = False
    sig_start = end
    while sig_start > cursor and zones[sig_start - 1] in (None, Zone.SIGNATURE):
        b = blocks[sig_start - 1]
        if (
            zones[sig_start - 1] is Zone.SIGNATURE
            or _is_signature(text, b)
            or (sig_start - 2 >= cursor and _name_rest(text, blocks[sig_start - 2], b))
        ):
            sig_start -= 1
            continue
        break
    if end > cursor and zones[end - 1] is None:
        # a motion ends with its members' bare surnames after its closing phrase
        k = end
        while (
            k - 1 > cursor
            and zones[k - 1] is None
            and BARE_SURNAME.fullmatch(blocks[k - 1].span.of(text).strip().rstrip("."))
        ):
            k -= 1
        if k < end and MOTION_END.search(blocks[k - 1].span.of(text)):
            sig_start = k
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
    for start in title_starts(s):
        m = TITLE.match(s, start)
        if m and _mostly_upper(s[start:]):
            return True
    return False


def title_starts(line: str) -> list[int]:
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
        or _date_after_continuation(first)
        or VERB_DATE.fullmatch(first)
        or LETTERHEAD_DATE.match(first)
        or SALUTATION.fullmatch(first)
    ):
        return Zone.OPENING
    if VERGADERJAAR.fullmatch(first) or STUK_NUMBER.fullmatch(first):
        return Zone.HEADER
    return None


def _date_after_continuation(line: str) -> bool:
    """A place-and-date line, possibly after the rest of a wrapped addressee
    (``Staten-Generaal Den Haag, 19 december 2011``)."""
    m = PLACE_DATE_AT.search(line)
    if m is None:
        return False
    head = line[: m.start()].strip()
    return not head or continues_addressee_line(head)


def _is_trailer(text: str, block: Block) -> bool:
    s = block.span.of(text).strip()
    return bool(TRAILER.match(s)) or s in {"-", "–"}


def _attachment_start(
    text: str, blocks: Sequence[Block], zones: list[Zone | None], cursor: int, end: int
) -> int:
    """Where an attachment after the signature begins (a ``Bijlage`` heading right after
    a signature block; answers to questions, a list): it is trailer, kept in the text
    but not read as the letter, and the letter ends before it. ``end`` when none."""
    for k in range(cursor + 1, end):
        if zones[k] is not None:
            continue
        first = blocks[k].span.of(text).strip().split("\n", 1)[0]
        if ATTACHMENT.fullmatch(first) and _is_signature(text, blocks[k - 1]):
            for t in range(k, end):
                if zones[t] is None:
                    zones[t] = Zone.TRAILER
            return k
    return end


def _name_rest(text: str, before: Block, block: Block) -> bool:
    """``block`` is the rest of a name wrapped off a ``role, name`` line (hard-wrapped
    text: ``De minister van X, M. H. Schultz van`` / ``Haegen``): one line of capitalised
    words, after a block whose last line is a role with a name."""
    s = block.span.of(text).strip()
    if "\n" in s or not BARE_SURNAME.fullmatch(s) or ROLE_HEAD.match(s) or TRAILER.match(s):
        return False
    last = before.span.of(text).strip().rsplit("\n", 1)[-1]
    return split_signature_line(last) is not None


def _ends_letter(text: str, block: Block) -> bool:
    """A block that can end the letter proper: a signature, a member's bare surname,
    a footnote."""
    return (
        block.zone is Zone.FOOTNOTE
        or _is_signature(text, block)
        or BARE_SURNAME.fullmatch(block.span.of(text).strip()) is not None
    )


def _is_signature(text: str, block: Block) -> bool:
    """Role line(s) and/or a name line: ``De Minister van Defensie,`` ``J.A. Hennis``."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    lines = [ln.strip() for ln in _lines(text, block) if ln.strip()]
    if not lines or len(lines) > 4:
        return False
    open_role = False  # the line before is a role that has not ended (no comma yet)
    for ln in lines:
        if len(ln) > MAX_SIGNATURE_LINE:
            return False
        if ROLE_HEAD.match(ln) and not ln.rstrip().endswith("."):
            open_role = not ln.endswith(",")
            continue
        if NAME.fullmatch(ln):
            open_role = False
            continue
        if SIGNING_FOR.fullmatch(ln) or SIGNATORY_FUNCTION.fullmatch(ln):
            open_role = False
            continue
        if open_role and continues_role(ln):
            open_role = not ln.endswith(",")
            continue
        # one ``role, name`` line wrapped
        return len(lines) > 1 and split_signature_line(" ".join(lines)) is not None
    return True


#: A role line wrapped by a converter continues on a line of capitalised words
#: (``Koninkrijksrelaties,``; ``Welzijn en Sport,``) with no digit or sentence end.
_ROLE_TAIL = regex.compile(r"[\p{L}'’-]++(?:,?[ \t]++[\p{L}'’-]++){0,6},?", regex.V1)


def continues_role(line: str) -> bool:
    """``line`` may be the rest of a role wrapped onto it: its first word capitalised
    or a linking word, no digits, no sentence end."""
    return bool(
        _ROLE_TAIL.fullmatch(line)
        and (line[0].isupper() or line.split(maxsplit=1)[0] in LOWER_WORDS)
    )


def split_signature_line(line: str) -> tuple[int, int] | None:
    """``De Minister van Defensie, J.A. Hennis-Plasschaert``: where the role ends (the
    comma) and the name starts, or ``None`` when the line is not role then name."""
    if not ROLE_HEAD.match(line) and not SIGNATORY_FUNCTION.match(line):
        return None
    comma = len(line)
    while True:
        comma = line.rfind(",", 0, comma)
        if comma < 0:
            return None
        rest = line[comma + 1 :].strip()
        if rest and NAME.fullmatch(rest):
            return comma, line.index(rest, comma)

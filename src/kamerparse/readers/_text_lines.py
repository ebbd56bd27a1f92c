"""Lines and paragraphs of the text layouts (:mod:`kamerparse.readers.text`).

The text is cut at line feeds into lines (their content as ``[start, end)`` offsets in
the input, without the line break and a trailing carriage return); blank lines separate
paragraphs, page furniture lines (``Pagina 6 van 7``) are left out, hard-wrapped text
has a paragraph per line, and a whole letter flattened onto one line is cut into blocks
at its structural cues.
"""

from __future__ import annotations

from bisect import bisect_left

from kamerparse import lexicon as lx
from kamerparse.patterns import FLAT_BREAK, FLAT_CUES, FLAT_LINE, PAGE_FURNITURE

Line = tuple[int, int]  # [start, end) of a line's content in the input, no line break

LEAD_SPACE = " \t\f\v\u00a0"  # what skip_space skips
TRAIL_SPACE = " \t\f\v\u00a0\r"  # what trim_end trims


def skip_space(src: str, a: int, b: int) -> int:
    while a < b and src[a] in " \t\f\v\u00a0":
        a += 1
    return a


def trim_end(src: str, a: int, b: int, *, hyphen: bool) -> int:
    while b > a and src[b - 1] in " \t\f\v\u00a0\r":
        b -= 1
    if hyphen and b > a and src[b - 1] == "-":
        b -= 1
    return b


# --- lines and paragraphs --------------------------------------------------------------


def lines_and_paragraphs(src: str) -> tuple[bool, list[tuple[Line, ...]]]:
    """Whether the text is hard-wrapped, and its paragraphs (:func:`_paragraphs`).

    Hard-wrapped text has (almost) no blank lines between many lines (at least 8
    non-blank lines, fewer than one blank run, not counting leading and trailing ones,
    per 10 of them, or one paragraph holding 60% of them), or is short with no blank
    line at all (at least :data:`MIN_WRAPPED_LINES` lines): each line is a paragraph
    that may need re-flowing. One pass over the lines groups them as if the text were
    not hard-wrapped (the common case); :func:`_paragraphs` groups them again when it
    is."""
    paras: list[tuple[Line, ...]] = []
    add_para = paras.append
    cur: list[Line] = []
    cues = _flat_cue_spans(src)
    pos = 0
    cr = "\r" in src
    nonblank = 0
    runs = 0  # blank runs after a non-blank line
    prev_blank = True
    for s in src.split("\n"):
        n = len(s)
        if not s or s.isspace():
            if not prev_blank:
                runs += 1
                prev_blank = True
                if cur:
                    add_para(tuple(cur))
                    cur = []
        elif n <= _FURNITURE_MAX and _is_furniture(s):
            pass  # page furniture (``Pagina 6 van 7``) is not text, nor a paragraph break
        else:
            nonblank += 1
            prev_blank = False
            end = pos + (len(s.rstrip("\r")) if cr else n)  # without a trailing CR
            if cues and (pieces := _flat_line_pieces(src, cues, pos, end)):
                if cur:
                    add_para(tuple(cur))
                    cur = []
                paras.extend((p,) for p in pieces)
            else:
                cur.append((pos, end))
        pos += n + 1
    if cur:
        add_para(tuple(cur))
    runs -= prev_blank  # trailing blank lines
    wrapped = _is_wrapped(paras, nonblank, runs)
    if wrapped:
        paras = _paragraphs(src, cues)
    return wrapped, paras


def _is_wrapped(paras: list[tuple[Line, ...]], nonblank: int, runs: int) -> bool:
    """Hard-wrapped: few blank lines overall (``runs`` blank runs between ``nonblank``
    lines), or one run of lines holding most of the text (a hard-wrapped letter framed
    by site chrome in paragraphs of its own), or a short text with no blank line."""
    biggest = max((len(p) for p in paras), default=0)
    return (nonblank >= 8 and (runs * 10 < nonblank or biggest * 10 >= nonblank * 6)) or (
        nonblank >= MIN_WRAPPED_LINES and runs <= 0  # short text with no blank line at all
    )


def _flat_line_pieces(src: str, cues: tuple[list[int], list[int]], a: int, b: int) -> list[Line]:
    """The pieces of line ``src[a:b]`` when it is a flattened metadata table (long
    enough and holding a cue, :func:`_flat_pieces`), else none."""
    if b - a >= FLAT_LINE and _holds_cue(cues, a, b):
        return _flat_pieces(src, (a, b))
    return []


#: A text of this many lines or more with no blank line is hard-wrapped, however short.
MIN_WRAPPED_LINES = 3


def _paragraphs(src: str, cues: tuple[list[int], list[int]] | None) -> list[tuple[Line, ...]]:
    """The paragraphs of hard-wrapped text: each non-blank line, or the blocks of a
    flattened letter on one line. Lines are split at line feeds, trailing carriage
    returns dropped; a blank line is white space only."""
    out: list[tuple[Line, ...]] = []
    add = out.append
    pos = 0
    for s in src.split("\n"):
        n = len(s)
        if s and not s.isspace() and not (n <= _FURNITURE_MAX and _is_furniture(s)):
            ln = (pos, pos + len(s.rstrip("\r")))
            if (
                cues
                and ln[1] - ln[0] >= FLAT_LINE
                and _holds_cue(cues, *ln)
                and (pieces := _flat_pieces(src, ln))
            ):
                out.extend((p,) for p in pieces)
            else:
                add((ln,))
        pos += n + 1
    return out


#: Page furniture lines are short: longer lines are not tried.
_FURNITURE_MAX = 28
_FURNITURE_FIRST = frozenset("-–" + "".join(w[0] for w in lx.PAGE_FURNITURE_WORDS))


def _is_furniture(line: str) -> bool:
    """A line that is page furniture only (``Pagina 6 van 7``, ``P agina 6 van 7``,
    ``- 2 -``)."""
    s = line.strip()
    return bool(s) and s[0] in _FURNITURE_FIRST and PAGE_FURNITURE.fullmatch(s) is not None


def _flat_cue_spans(src: str) -> tuple[list[int], list[int]] | None:
    """Where the literal cues of a flattened letter occur in ``src`` (starts, and ends in
    the same order), or ``None`` when none does."""
    spans: list[tuple[int, int]] = []
    for cue in FLAT_CUES:
        i = src.find(cue)
        while i >= 0:
            spans.append((i, i + len(cue)))
            i = src.find(cue, i + 1)
    if not spans:
        return None
    spans.sort()
    return [a for a, _ in spans], [b for _, b in spans]


def _holds_cue(cues: tuple[list[int], list[int]], a: int, b: int) -> bool:
    """Does ``src[a:b]`` hold a cue (``any(src.find(cue, a, b) >= 0 ...)``)?"""
    starts, ends = cues
    i = bisect_left(starts, a)
    n = len(starts)
    while i < n and starts[i] < b:
        if ends[i] <= b:
            return True
        i += 1
    return False


def _flat_pieces(src: str, line: Line) -> list[Line]:
    """Split a whole letter flattened onto one line (a PDF transcription) into blocks at
    its structural cues; ``[]`` when the line is just a long paragraph. The caller has
    checked that the line holds one of :data:`FLAT_CUES` (every flattened letter names
    its addressee)."""
    a, b = line
    cuts = [m.start() for m in FLAT_BREAK.finditer(src, a, b)]
    if len(cuts) < 3:
        return []
    out: list[Line] = []
    for s, e in zip([a, *cuts], [*cuts, b], strict=True):
        s = skip_space(src, s, e)
        e = trim_end(src, s, e, hyphen=False)
        if e > s:
            out.append((s, e))
    return out

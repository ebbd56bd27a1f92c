"""The screen: where :data:`~kamerparse.extract.dates.grammar.ATOM` may match, found
cheaply, and which of the two engines may run there.

Everything here is derived from the grammar's table (its cues, opening words, leads and
the digit rule); nothing lists a word of its own. ``candidates`` is the plain way,
``candidates_fast`` one byte scan that stands in for it (``tests/test_fast_paths.py``
checks they agree).
"""

from __future__ import annotations

from kamerparse._rx import re
from kamerparse.extract._literals import trie
from kamerparse.extract.dates.grammar import (
    AFTER_NUMBER,
    ATOM,
    CHAIN,
    START_WORDS,
    TRIGGERS,
    number_may_open,
)
from kamerparse.extract.dates.patterns import compile_regex

__all__ = [
    "MAX_CHAIN",
    "candidates",
    "candidates_fast",
    "chain_starts",
    "lower",
    "may_start",
    "opening_word_before",
]

#: One scan for every trigger at once (stdlib ``re``: much faster than one ``str.find``
#: per trigger, or than ``regex``, on a literal trie). The scan matches the character
#: before the trigger too (a trigger after an ASCII letter or digit is no word start):
#: starting with a character class lets ``re`` skip ahead fast. A trigger with other
#: characters than letters could overlap another, so then every position is tried.
_ALPHA_TRIGGERS = all(w.isalpha() and w.isascii() for w in TRIGGERS)
_TRIGGER_AT = re.compile(trie(TRIGGERS))
_TRIGGER_SCAN = re.compile(
    r"[^a-z0-9]" + (trie(TRIGGERS) if _ALPHA_TRIGGERS else f"(?={trie(TRIGGERS)})")
)
#: At most this many opening words (:data:`CHAIN`) before a cue are tried as starts.
MAX_CHAIN = 6
_DIGITS = compile_regex(r"\d++")

#: The stretch as bytes for :func:`candidates_fast`: ASCII letters in lower case, ASCII
#: digits as they are, every other character a space. A cue word then starts after a space
#: (or at the start: the scan reads the stretch after one space), and so does a number
#: that is not glued to a letter or digit (one that is cannot start an expression).
_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)
#: A space, then a cue word or a digit run (group 1; it ends before the cue word's start
#: when a cue matched). ``None`` when a cue has other characters than ASCII letters.
_BYTE_SCAN = (
    re.compile(rb" (?:" + trie(TRIGGERS).encode() + rb"|([0-9]+))") if _ALPHA_TRIGGERS else None
)

_WIDE_IN_ATOM = "".join(sorted({c for c in ATOM.pattern if c > "\xff"}))
#: A wider character on which ``ATOM_LATIN`` may not match as :data:`ATOM` does.
_LATIN_BREAK = compile_regex(rf"[\p{{L}}\d\s]|(?i:[\x00-\xff{_WIDE_IN_ATOM}])")
_LATIN_BREAK_RE = re.compile(rf"(?i)[\x00-\xff{_WIDE_IN_ATOM}]")
_WORDLIKE = compile_regex(r"[\p{L}\d\s]")


def _breaks_latin(c: str) -> bool:
    if c in _WIDE_IN_ATOM:  # (``–``) the engines agree on its case (the engine tests)
        return bool(_WORDLIKE.match(c))
    return bool(_LATIN_BREAK.match(c) or _LATIN_BREAK_RE.match(c))


#: A wider character (beyond Latin-1) read as a space is right for the scan unless it is
#: a digit (it would be part of a number) or a letter the pattern, case-insensitive, takes
#: for a Latin-1 one (the Kelvin sign is a ``k``, ``ſ`` an ``s``): then :func:`candidates`
#: runs instead, and :func:`may_start` is not used. Characters known to be neither,
#: checked at import.
_UNSAFE_WIDE = compile_regex(r"[\d\u212a]|(?i:[\x00-\xff])")
_SAFE_WIDE = frozenset(c for c in map(chr, range(0x2000, 0x2C00)) if not _UNSAFE_WIDE.match(c))
#: Wide characters known not to stop ``ATOM_LATIN`` (punctuation, symbols, the
#: superscript digits of note markers), checked at import.
_LATIN_SAFE_WIDE = frozenset(c for c in _SAFE_WIDE if not _breaks_latin(c))


def _by_first_two(items: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for w in items:
        out[w[:2]] = (*out.get(w[:2], ()), w)
    return out


_START_BY_TWO = _by_first_two(START_WORDS)
_START_LEN = max(len(w) for w in START_WORDS)
_AFTER_LEN = max(len(w) for w in AFTER_NUMBER)


def lower(text: str) -> str:
    """``text`` in lower case, offset for offset (a character whose lower case is longer,
    like ``İ``, is kept as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def candidates(text: str, low: str, lo: int, hi: int) -> list[int]:
    """Positions of cue words (at a word start) and of numbers that may open an
    expression; ``low`` is :func:`lower` of ``text`` over ``lo:hi``."""
    found: set[int] = set()
    if _TRIGGER_AT.match(low, lo, hi):
        found.add(lo)  # the scan finds a trigger after a character, not at ``lo``
    for hit in _TRIGGER_SCAN.finditer(low, lo, hi):
        i = hit.start() + 1
        if i == lo or not text[i - 1].isalnum():
            found.add(i)
    for m in _DIGITS.finditer(text, lo, hi):
        if number_may_open(text, m.start(), m.end(), hi):
            found.add(m.start())
    return sorted(found)


def candidates_fast(text: str, lo: int, hi: int) -> tuple[list[int], list[int]] | None:
    """:func:`candidates` in one scan of the stretch as bytes (``None`` when that scan
    cannot tell, see :data:`_BYTE_SCAN`): the stretch in Latin-1 (a wider character
    becomes ``?``), folded by :data:`_FOLD` and read by :data:`_BYTE_SCAN`. With them,
    the positions of the wide characters that stop ``ATOM_LATIN``."""
    if _BYTE_SCAN is None:
        return None
    raw = text[lo:hi].encode("latin-1", "replace")
    breaks: list[int] = []
    before = text[lo - 1] if lo else ""  # the pattern looks one character back
    if before > "\xff" and before not in _LATIN_SAFE_WIDE and _breaks_latin(before):
        breaks.append(lo - 1)
    wide = raw.find(b"?")
    while wide >= 0:
        c = text[lo + wide]
        if c not in _LATIN_SAFE_WIDE and c != "?":
            if c not in _SAFE_WIDE and _UNSAFE_WIDE.match(c):
                return None
            if _breaks_latin(c):
                breaks.append(lo + wide)
        wide = raw.find(b"?", wide + 1)
    found: list[int] = []
    for m in _BYTE_SCAN.finditer(b" " + raw.translate(_FOLD)):
        i = lo + m.start()  # the scan matched the separator before: ``b" "`` shifts by 1
        end = m.end(1) - 1 + lo
        if end < lo:  # a cue word, at the stretch's start or after no letter or digit
            if i == lo or not text[i - 1].isalnum():
                found.append(i)
        elif number_may_open(text, i, end, hi):
            found.append(i)
    return found, breaks


def may_start(text: str, pos: int) -> bool:
    """Whether :data:`ATOM` may match at ``pos``: ``False`` when the text there starts
    with no branch's first word, or is a number of up to three digits followed by white
    space and no unit, month or connector. Exact only when the case-insensitive pattern
    and ``str.lower`` agree on every character and every digit is ASCII (what
    :func:`candidates_fast` checks)."""
    c = text[pos]
    if "0" <= c <= "9":
        end = pos + 1
        n = len(text)
        while end < n and end - pos < 4 and "0" <= text[end] <= "9":
            end += 1
        if end - pos == 4:
            return True  # a year, or four digits the pattern will turn down
        if end == n:
            return False
        if not text[end].isspace():
            return True  # ``3-5 oktober``, ``1e kwartaal``: let the pattern tell
        while end < n and text[end].isspace():
            end += 1
        return text[end : end + _AFTER_LEN].lower().startswith(AFTER_NUMBER)
    head = text[pos : pos + 2].lower()
    found = _START_BY_TWO.get(head) or _START_BY_TWO.get(head[:1])
    return found is not None and text[pos : pos + _START_LEN].lower().startswith(found)


def chain_starts(text: str, pos: int, floor: int, limit: int) -> list[int]:
    """``pos`` and the starts of the (at most ``limit``) opening words right before it,
    earliest first."""
    starts = [pos]
    j = pos
    for _ in range(limit):
        if j - 1 <= floor or text[j - 1] != " ":
            break
        ws = text.rfind(" ", floor, j - 1) + 1 or floor
        word = text[ws : j - 1].lower()
        if word not in CHAIN and not word.isdigit():
            break
        starts.append(ws)
        j = ws
    starts.reverse()
    return starts


def opening_word_before(text: str, pos: int, floor: int) -> int | None:
    """The start of the opening word (:data:`CHAIN`, or a number) right before ``pos``,
    if there is one after ``floor``."""
    if pos - 1 > floor and text[pos - 1] == " ":
        ws = text.rfind(" ", floor, pos - 1) + 1 or floor
        word = text[ws : pos - 1].lower()
        if word in CHAIN or word.isdigit():
            return ws
    return None


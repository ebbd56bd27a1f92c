"""Dated events: every temporal expression in the body and footnotes, normalised TIMEX3-style.

Conventions (values, ``mod``, relative resolution, what is not an event) are in
``docs/timex.md``. The extractor works in three steps per region:

1. *atoms*: one pass of :data:`_ATOM` (a single alternation of small named patterns:
   day-month, month, quarter, half, season, relative year/month/day, year, year range,
   duration, recurring) over the region, after a cheap literal prefilter;
2. *links*: neighbouring atoms joined by a connector become an interval
   (``30 september tot 2 oktober jl.``, ``van 2021 t/m 2027``) or share a year or
   ``jl.`` (``september en oktober jl.``); the outer modifier before an atom
   (``tot en met``, ``uiterlijk``, ``sinds``) sets its ``mod``;
3. *resolution*: the value is computed against ``ctx.reference_date``; without one,
   relative expressions get a partial value (``XXXX-11-03``) and a
   ``date-no-reference`` diagnostic. The clock is never read.

Every record names the rule that produced it in ``rule``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import operator
from collections.abc import Iterable
from typing import Any

from kamerparse import lexicon as lx
from kamerparse._rx import re, regex
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._literals import minimal_prefixes, trie
from kamerparse.patterns import MONTH_NUMBER, month_number
from kamerparse.records import DatedEvent, Diagnostic, Severity, Span, TimexMod, TimexType

__all__ = ["DIAGNOSTIC_CODES", "extract_events"]

#: Diagnostic codes this module emits (stable; documented in docs/timex.md).
DIAGNOSTIC_CODES = ("date-no-reference", "date-invalid")

# --- patterns, built once from the lexicon --------------------------------------------

_FULL_MONTHS = tuple(forms[0] for forms in lx.MONTHS)
_ORDINALS: dict[str, int] = {**lx.TIME_ORDINALS, **dict.fromkeys(lx.TIME_LAST_ORDINALS, 0)}
_WEEKDAY = {w: i for i, w in enumerate(lx.WEEKDAYS)}


_LISTS: dict[str, list[str]] = {}


def _words(words: Iterable[str]) -> str:
    """An alternation of ``words``: phrases (spaces match any white space) longest first,
    then one named list (``\\L<...>``, a hashed set) for the single words."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    parts = [regex.escape(w).replace(r"\ ", r"\s+") for w in unique if " " in w]
    singles = [w for w in unique if " " not in w]
    if singles:
        alternation = _trie(singles)
        if alternation is None:  # case variants: a list keeps the longest-first order
            name = f"w{len(_LISTS)}"
            _LISTS[name] = singles
            alternation = rf"\L<{name}>"
        parts.append(alternation)
    return "(?:" + "|".join(parts) + ")"


def _trie(words: Iterable[str]) -> str | None:
    """An alternation of ``words`` branching one character at a time (``j(?:an(?:uari)?|
    uni)``): each character is tested once, not once per word as in a ``\\L<...>`` list,
    and, like the list, it tries a longer word before a prefix of it. ``None`` when two
    branches differ only in case (a case-insensitive pattern would try them in turn)."""
    unique = sorted(set(words))
    heads: dict[str, list[str]] = {}
    for w in unique:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    if len({h.casefold() for h in heads}) < len(heads):
        return None
    alts: list[str] = []
    for head, tails in heads.items():
        tail = _trie(tails) if tails != [""] else ""
        if tail is None:
            return None
        alts.append(regex.escape(head) + tail)
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in unique:
        return "(?:" + body + ")?"
    return body


def _compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile with simple case folding (VERSION0) and the named word lists."""
    used: dict[str, Any] = {k: v for k, v in _LISTS.items() if f"\\L<{k}>" in pattern}
    return regex.compile(pattern, regex.VERSION0 | regex.UNICODE | flags, **used)


_L = r"(?<![\p{L}\d])"  # no letter or digit before
_R = r"(?![\p{L}\d])"  # no letter or digit after
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
# abbreviations end in '.', full names need a word boundary after them
_MONTH = (
    "(?:"
    + _words(_FULL_MONTHS)
    + _R
    + "|"
    + _words(f for forms in lx.MONTHS for f in forms[1:])
    + ")"
)
_INNER = _words(lx.INNER_MODIFIERS)
_SUFFIX = _words((*lx.PAST_SUFFIXES, *lx.FUTURE_SUFFIXES))
_REL_PREFIX = _words((*lx.PAST_PREFIXES, *lx.FUTURE_PREFIXES, *lx.THIS_PREFIXES))
_ORD = _words(_ORDINALS)
_ARTICLE = _words(lx.PERIOD_ARTICLES)
_OF = _words(lx.PERIOD_OF)
_REL_YEAR = _words(lx.RELATIVE_YEARS)
_YEAR_TAIL = rf"(?:\s+(?:{_OF}\s+)?(?:(?P<YG>{_YEAR}){_R}|(?P<RG>{_REL_YEAR}){_R}))?"
_NUMBER = _words(lx.TIMEX_NUMBER_WORDS)
_UNIT = _words(lx.TIMEX_DURATION_UNITS)
_RANGE_SEP = _words(lx.INTERVAL_CONNECTORS)  # ``30 september tot 2 oktober``

def _first(*lists: Iterable[str], digits: str = "") -> str:
    """A lookahead for the first character of any word in ``lists`` (or one of
    ``digits``): a cheap test that lets a branch of :data:`_ATOM` fail before it tries its
    word lists (the pattern is case-insensitive, so the class is too)."""
    chars = sorted({w[0] for words in lists for w in words} | set(digits))
    return "(?=[" + "".join(regex.escape(c) for c in chars) + "])"


_MONTH_WORDS = tuple(f for forms in lx.MONTHS for f in forms)
_REL_PREFIXES = (*lx.PAST_PREFIXES, *lx.FUTURE_PREFIXES, *lx.THIS_PREFIXES)
_ASCII_DIGITS = "0123456789"

_ATOM = _compile(
    rf"""
    {_L}
    (?:
      {_first(lx.RECURRING)}(?P<set>{_words(lx.RECURRING)}){_R}
    | {_first(lx.RECURRING_EACH)}
      (?P<each>{_words(lx.RECURRING_EACH)}\s+(?:(?P<each_ord>{_ORD})\s+)?
         (?P<each_wd>{_words(lx.WEEKDAYS)})(?:\s+{_words(lx.RECURRING_IN)}\s+(?P<each_m>{_MONTH}))?){_R}
    | (?P<dur>(?P<dur_n>{_NUMBER}|\d{{1,3}})\s+(?P<dur_u>{_UNIT})){_R}
    | (?:{_first(lx.INNER_MODIFIERS)}(?P<inner>{_INNER}\s+))?
      (?:
        {_first(lx.WEEKDAYS, digits=_ASCII_DIGITS)}
        (?P<dm>(?:(?P<wd>{_words(lx.WEEKDAYS)})\s+)?(?P<d>{_DAY})
           (?:\s*+(?:{_RANGE_SEP})\s*+(?P<d2>{_DAY}))?\s+(?P<dm_m>{_MONTH})
           (?:\s+(?P<dm_y>{_YEAR}){_R})?)
      | {_first(lx.PERIOD_ARTICLES, _ORDINALS)}
        (?P<q>(?:{_ARTICLE}\s+)?(?P<q_n>{_ORD})\s+{_words(lx.QUARTER_WORDS)}{_R}
           {_YEAR_TAIL.replace("YG", "q_y").replace("RG", "q_r")})
      | {_first(lx.PERIOD_ARTICLES, _ORDINALS)}
        (?P<h>(?:{_ARTICLE}\s+)?(?P<h_n>{_ORD})\s+{_words(lx.HALF_WORDS)}{_R}
           {_YEAR_TAIL.replace("YG", "h_y").replace("RG", "h_r")})
      | {_first(_REL_PREFIXES, lx.PERIOD_ARTICLES, lx.SEASONS)}
        (?P<s>(?:(?P<s_rel>{_REL_PREFIX})\s+|{_ARTICLE}\s+)?(?P<s_n>{_words(lx.SEASONS)}){_R}
           (?:\s+(?:{_OF}\s+)?(?P<s_y>{_YEAR}){_R})?)
      | {_first(_REL_PREFIXES, _MONTH_WORDS)}
        (?P<m>(?:(?P<m_rel>{_REL_PREFIX})\s+)?(?P<m_m>{_MONTH})(?:\s+(?P<m_y>{_YEAR}){_R})?)
      | {_first(lx.RELATIVE_YEARS)}(?P<ry>{_REL_YEAR}){_R}
      | {_first(lx.RELATIVE_MONTHS)}(?P<rm>{_words(lx.RELATIVE_MONTHS)}){_R}
      | {_first(lx.RELATIVE_DAYS)}(?P<rd>{_words(lx.RELATIVE_DAYS)}){_R}
      | {_first(lx.YEAR_NOUNS, digits=_ASCII_DIGITS)}
        (?P<y>(?:{_words(lx.YEAR_NOUNS)}\s+)?(?P<y1>{_YEAR})
           (?:\s*+[-–—]\s*+(?P<y2>{_YEAR}))?){_R}
      )
    )
    (?:\s+(?P<suffix>{_SUFFIX})(?(?<=\.)|{_R}))?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
#: ``m.groups()`` index of each named group of :data:`_ATOM` (a tuple index is much
#: cheaper than ``m.group(name)``)
_GROUP_INDEX = {name: i - 1 for name, i in _ATOM.groupindex.items()}
_G_D = _GROUP_INDEX["d"]
_G_D2 = _GROUP_INDEX["d2"]
_G_DM = _GROUP_INDEX["dm"]
_G_DM_M = _GROUP_INDEX["dm_m"]
_G_DM_Y = _GROUP_INDEX["dm_y"]
_G_DUR = _GROUP_INDEX["dur"]
_G_DUR_N = _GROUP_INDEX["dur_n"]
_G_DUR_U = _GROUP_INDEX["dur_u"]
_G_EACH = _GROUP_INDEX["each"]
_G_EACH_M = _GROUP_INDEX["each_m"]
_G_H = _GROUP_INDEX["h"]
_G_H_N = _GROUP_INDEX["h_n"]
_G_H_R = _GROUP_INDEX["h_r"]
_G_H_Y = _GROUP_INDEX["h_y"]
_G_INNER = _GROUP_INDEX["inner"]
_G_M = _GROUP_INDEX["m"]
_G_M_M = _GROUP_INDEX["m_m"]
_G_M_REL = _GROUP_INDEX["m_rel"]
_G_M_Y = _GROUP_INDEX["m_y"]
_G_Q = _GROUP_INDEX["q"]
_G_Q_N = _GROUP_INDEX["q_n"]
_G_Q_R = _GROUP_INDEX["q_r"]
_G_Q_Y = _GROUP_INDEX["q_y"]
_G_RD = _GROUP_INDEX["rd"]
_G_RM = _GROUP_INDEX["rm"]
_G_RY = _GROUP_INDEX["ry"]
_G_S = _GROUP_INDEX["s"]
_G_S_N = _GROUP_INDEX["s_n"]
_G_S_REL = _GROUP_INDEX["s_rel"]
_G_S_Y = _GROUP_INDEX["s_y"]
_G_SET = _GROUP_INDEX["set"]
_G_SUFFIX = _GROUP_INDEX["suffix"]
_G_Y1 = _GROUP_INDEX["y1"]
_G_Y2 = _GROUP_INDEX["y2"]


def _latin_class(pattern: str) -> str:
    """The Latin-1 characters ``pattern`` (a ``regex`` class) matches, as a class."""
    return "[" + "".join(f"\\x{c:02x}" for c in range(256) if regex.match(pattern, chr(c))) + "]"


def _latin(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` (:data:`_ATOM`'s) for stdlib :mod:`re`, about twice as fast: letters,
    digits and white space are the Latin-1 ones ``regex`` takes for them, so it matches
    as ``regex`` does on text whose wider characters are none of these and no case
    variant of a character the pattern or Latin-1 has (see :data:`_LATIN_BREAK`; the
    two engines agree on Latin-1 case, ``tests/test_dates_engines.py``). ``None`` if the
    pattern uses more of ``regex`` than that."""
    letters = _latin_class(r"[\p{L}\d]")
    for old, new in (
        (_L, f"(?<!{letters})"),
        (_R, f"(?!{letters})"),
        (r"(?(?<=\.)|", r"(?:(?<=\.)|"),  # no letter after it unless it ends in a full stop
        (r"\s", _latin_class(r"\s")),
        (r"\d", "[0-9]"),
    ):
        pattern = pattern.replace(old, new)
    if "\\p" in pattern or "\\L" in pattern or "(?(" in pattern:
        return None
    compiled = re.compile(pattern, re.IGNORECASE | re.VERBOSE)
    return compiled if compiled.groupindex == _ATOM.groupindex else None


_ATOM_LATIN = _latin(_ATOM.pattern)
_WIDE_IN_ATOM = "".join(sorted({c for c in _ATOM.pattern if c > "\xff"}))
#: A wider character on which :data:`_ATOM_LATIN` may not match as :data:`_ATOM` does.
_LATIN_BREAK = _compile(rf"[\p{{L}}\d\s]|(?i:[\x00-\xff{_WIDE_IN_ATOM}])")
_LATIN_BREAK_RE = re.compile(rf"(?i)[\x00-\xff{_WIDE_IN_ATOM}]")


_WORDLIKE = _compile(r"[\p{L}\d\s]")


def _breaks_latin(c: str) -> bool:
    if c in _WIDE_IN_ATOM:  # (``–``) the engines agree on its case (the engine tests)
        return bool(_WORDLIKE.match(c))
    return bool(_LATIN_BREAK.match(c) or _LATIN_BREAK_RE.match(c))



def _last_words(phrases: Iterable[str]) -> set[str]:
    return {p.split()[-1].lower() for p in phrases}


def _all_words(phrases: Iterable[str]) -> set[str]:
    return {w.lower() for p in phrases for w in p.split()}


def _minimal_prefixes(words: Iterable[str]) -> tuple[str, ...]:
    """:func:`minimal_prefixes` of the words without a final full stop (``jan`` covers
    ``jan.`` and ``januari``)."""
    return minimal_prefixes(w.rstrip(".") for w in words)


#: Literal cues: every expression but a bare number contains a word starting with one of
#: these; the full pattern is only tried where a cue (or a number that may be a day or
#: a year) is. Found by one scan of the stretch (:func:`_candidates_fast`).
_TRIGGERS: tuple[str, ...] = _minimal_prefixes(
    {
        *MONTH_NUMBER,
        *_all_words(lx.SEASONS),
        *_all_words(lx.QUARTER_WORDS),
        *_all_words(lx.HALF_WORDS),
        *_last_words(lx.RELATIVE_YEARS),
        *_last_words(lx.RELATIVE_MONTHS),
        *_last_words(lx.RELATIVE_DAYS),
        *_last_words(lx.RECURRING),
        *_all_words(lx.TIMEX_DURATION_UNITS),
        *_all_words(lx.RECURRING_EACH),  # ``iedere derde woensdag``; a dated weekday
    }  # (``woensdag 3 november``) is reached from its day number
)


#: One scan for every trigger at once (stdlib ``re``: much faster than one ``str.find``
#: per trigger, or than ``regex``, on a literal trie). The scan matches the character
#: before the trigger too (a trigger after an ASCII letter or digit is no word start):
#: starting with a character class lets ``re`` skip ahead fast. A trigger with other
#: characters than letters could overlap another, so then every position is tried.
_ALPHA_TRIGGERS = all(w.isalpha() and w.isascii() for w in _TRIGGERS)
_TRIGGER_AT = re.compile(trie(_TRIGGERS))
_TRIGGER_SCAN = re.compile(
    r"[^a-z0-9]" + (trie(_TRIGGERS) if _ALPHA_TRIGGERS else f"(?={trie(_TRIGGERS)})")
)
#: Words that may open an expression before its cue (``aan het begin van``, ``de
#: eerste``, ``afgelopen``, ``iedere derde``, ``achttien``): the pattern is also tried at
#: each of the (at most :data:`_MAX_CHAIN`) such words right before a cue.
_CHAIN = frozenset(
    {
        *_all_words(lx.INNER_MODIFIERS),
        *_all_words(lx.PERIOD_ARTICLES),
        *_all_words(lx.PERIOD_OF),
        *_all_words(_ORDINALS),
        *_all_words(lx.PAST_PREFIXES),
        *_all_words(lx.FUTURE_PREFIXES),
        *_all_words(lx.THIS_PREFIXES),
        *_all_words(lx.RELATIVE_YEARS),
        *_all_words(lx.RELATIVE_MONTHS),
        *_all_words(lx.YEAR_NOUNS),
        *_all_words(lx.WEEKDAYS),
        *_all_words(lx.RECURRING_EACH),
        *_all_words(lx.RECURRING),
        *_all_words(lx.TIMEX_NUMBER_WORDS),
    }
)
_MAX_CHAIN = 6
_DIGITS = _compile(r"\d++")
_CENTURIES = ("18", "19", "20")

#: The stretch as bytes for :func:`_candidates_fast`: ASCII letters in lower case, ASCII
#: digits as they are, every other character a space. A cue word then starts after a space
#: (or at the start: the scan reads the stretch after one space), and so does a number
#: that is not glued to a letter or digit (one that is cannot start an expression).
_FOLD = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256)
)
#: A space, then a cue word or a digit run (group 1; it ends before the cue word's start
#: when a cue matched). ``None`` when a cue has other characters than ASCII letters.
_BYTE_SCAN = (
    re.compile(rb" (?:" + trie(_TRIGGERS).encode() + rb"|([0-9]+))") if _ALPHA_TRIGGERS else None
)
#: A wider character (beyond Latin-1) read as a space is right for the scan unless it is
#: a digit (it would be part of a number) or a letter the pattern, case-insensitive, takes
#: for a Latin-1 one (the Kelvin sign is a ``k``, ``ſ`` an ``s``): then :func:`_candidates`
#: runs instead, and :func:`_may_start` is not used. Characters known to be neither,
#: checked at import.
_UNSAFE_WIDE = _compile(r"[\d\u212a]|(?i:[\x00-\xff])")
_SAFE_WIDE = frozenset(
    c for c in map(chr, range(0x2000, 0x2c00)) if not _UNSAFE_WIDE.match(c)
)
#: Wide characters known not to stop :data:`_ATOM_LATIN` (punctuation, symbols, the
#: superscript digits of note markers), checked at import.
_LATIN_SAFE_WIDE = frozenset(c for c in _SAFE_WIDE if not _breaks_latin(c))



def _first_words(*lists: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({w.split()[0].lower() for words in lists for w in words}))


def _by_first_two(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        out[w[:2]] = (*out.get(w[:2], ()), w)
    return out


#: The first word of every expression :data:`_ATOM` matches that does not start with a
#: digit (its branches' first words), by their first two letters.
_START_WORDS = _by_first_two(
    _first_words(
        lx.RECURRING,
        lx.RECURRING_EACH,
        lx.TIMEX_NUMBER_WORDS,
        lx.INNER_MODIFIERS,
        lx.WEEKDAYS,
        lx.PERIOD_ARTICLES,
        _ORDINALS,
        _REL_PREFIXES,
        lx.SEASONS,
        _MONTH_WORDS,
        lx.RELATIVE_YEARS,
        lx.RELATIVE_MONTHS,
        lx.RELATIVE_DAYS,
        lx.YEAR_NOUNS,
    )
)
_START_LEN = max(len(w) for words in _START_WORDS.values() for w in words)
#: What may follow a day or a number of up to three digits and white space: a unit
#: (``18 maanden``), a month (``3 november``) or a range's connector (``3 tot 5 mei``).
_AFTER_NUMBER = _first_words(lx.TIMEX_DURATION_UNITS, _MONTH_WORDS, lx.INTERVAL_CONNECTORS)
_AFTER_LEN = max(len(w) for w in _AFTER_NUMBER)

# backward patterns (anchored at the expression's start with ``$``) run in reverse, and with
# ``match``: a reverse match is anchored at the end of the window, where a search would
# find its only possible match too (after trying, and failing, every other position)
_OUTER = _compile(
    rf"(?<!\p{{L}})(?P<om>{_words(lx.OUTER_MODIFIERS)})\s+(?:{_words(lx.MODIFIER_LINKS)}\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_OUTER_MOD = {k.lower(): TimexMod(v) for k, v in lx.OUTER_MODIFIERS.items()}
_AMBIGUOUS = frozenset(w.lower() for w in lx.AMBIGUOUS_BEFORE)
_PAST_ANCHORS = frozenset(w.lower() for w in lx.PAST_ANCHORING_MODIFIERS)
_INNER_MOD = {" ".join(k.lower().split()): TimexMod(v) for k, v in lx.INNER_MODIFIERS.items()}
_LABEL = _compile(
    rf"(?<!\p{{L}})(?:{_words(lx.YEAR_BLOCKING_LABELS)})(?:\s*+[,:]?\s*+(?:I{{1,2}})?)\s*+$",
    regex.REVERSE,
)
_UNIT_AFTER = _compile(rf"\s*+(?:%|{_words(lx.YEAR_BLOCKING_UNITS)}{_R}|[.,]\d|\s*/\s*\d)")
#: What the text before a year must end with (white space stripped) for :data:`_LABEL`
#: to match, and what the text after it must start with for :data:`_UNIT_AFTER` to.
_LABEL_ENDS = (*lx.YEAR_BLOCKING_LABELS, ",", ":", "I")
_UNIT_FIRST = frozenset({*(w[0] for w in lx.YEAR_BLOCKING_UNITS), "%", ".", ",", "/"})
#: The outer modifiers' last words and the links after them (lower case), and the most
#: characters such a word has, for a cheap test before :data:`_OUTER` is tried.
_OUTER_ENDS = tuple(sorted({w.split()[-1].lower() for w in lx.OUTER_MODIFIERS}))
_OUTER_LINKS = tuple(sorted({w.lower() for w in lx.MODIFIER_LINKS}))
_OUTER_TAIL = max(len(w) for w in _OUTER_ENDS)
_CONNECTOR = _compile(rf"\s*+(?P<c>{_words(lx.INTERVAL_CONNECTORS)})\s*+")
_AND = _compile(rf"\s++(?:{_words(lx.INTERVAL_AND)})\s++")
_COORD = _compile(rf"\s*+(?:{_words(lx.COORDINATORS)})\s*+")
#: The first characters of the connectors and coordinators between two atoms.
_LINK_FIRST = frozenset(w[0] for w in (*lx.INTERVAL_CONNECTORS, *lx.INTERVAL_AND, *lx.COORDINATORS))
_OPENER = _compile(
    rf"(?<!\p{{L}})(?P<o>{_words(lx.INTERVAL_OPENERS)})\s+$", regex.IGNORECASE | regex.REVERSE
)
_INTERVAL_NOUN = _compile(
    rf"(?<!\p{{L}})(?P<n>{_words(lx.INTERVAL_NOUNS)})\s+$", regex.IGNORECASE | regex.REVERSE
)
_NOT_EVENT = _compile(_words(lx.NOT_EVENT_PHRASES), regex.IGNORECASE)
_FUTURE = _compile(rf"(?<!\p{{L}}){_words(lx.FUTURE_CUES)}(?!\p{{L}})", regex.IGNORECASE)
_PAST = _compile(rf"(?<!\p{{L}}){_words(lx.PAST_CUES)}(?!\p{{L}})", regex.IGNORECASE)
#: Strings every future or past cue contains, folded (see :func:`_cue`).
_FUTURE_HINTS = _minimal_prefixes(w.casefold() for w in lx.FUTURE_CUES)
_PAST_HINTS = _minimal_prefixes(w.casefold() for w in lx.PAST_CUES)
_PAST_WORDS = frozenset(w.lower() for w in (*lx.PAST_SUFFIXES, *lx.PAST_PREFIXES))
_FUTURE_WORDS = frozenset(w.lower() for w in (*lx.FUTURE_SUFFIXES, *lx.FUTURE_PREFIXES))
_THIS_WORDS = frozenset(w.lower() for w in lx.THIS_PREFIXES)
_REL_YEARS = {" ".join(k.split()): v for k, v in lx.RELATIVE_YEARS.items()}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_WINDOW = 40  # characters of left context read for modifiers and labels

# --- atoms ------------------------------------------------------------------------------


class _Atom:
    """A matched expression before resolution. ``year`` is an explicit year; ``rel`` is
    ``past``/``future``/``this``/``None``; ``offset`` a relative year/month/day offset.

    A plain slotted class (there are dozens of atoms per letter): made with its span, kind
    and rule, the other fields ``None`` until the atom's kind sets them."""

    __slots__ = (
        "day",
        "day2",
        "end",
        "inner",
        "inner_text",
        "kind",
        "month",
        "number",
        "offset",
        "outer",
        "rel",
        "rule",
        "season",
        "start",
        "value",
        "year",
        "year2",
    )
    start: int
    end: int
    kind: str  # day, month, year, quarter, half, season, range, rel-*, duration, set
    rule: str
    year: int | None
    year2: int | None
    month: int | None
    day: int | None
    day2: int | None
    number: int | None
    season: str | None
    rel: str | None
    offset: int | None
    value: str | None
    inner: TimexMod | None
    inner_text: str | None
    outer: TimexMod | None

    def __init__(self, start: int, end: int, kind: str, rule: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.rule = rule
        self.year = self.year2 = self.month = self.day = self.day2 = None
        self.number = self.offset = None
        self.season = self.rel = self.value = self.inner_text = None
        self.inner = self.outer = None


#: a resolved value: ``(value, earliest, latest, relative, partial)``
_Resolved = tuple[str, datetime.date | None, datetime.date | None, bool, bool]


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _atom_from(m: regex.Match[str] | re.Match[str], sentence_start: bool) -> _Atom | None:
    g = m.groups()
    start, end = m.span()
    if g[_G_Y1]:  # the commonest kinds first: a year, a day, a month
        return _year_atom(m, g, start, end)
    if g[_G_DM]:
        month = month_number(g[_G_DM_M])
        if month is None:
            return None
        atom = _Atom(start, end, "day", "day-month")
        atom.month = month
        atom.day = int(g[_G_D])
        if g[_G_DM_Y]:
            atom.year = int(g[_G_DM_Y])
            atom.rule = "day-month-year"
        if g[_G_D2]:
            atom.day2 = int(g[_G_D2])
        return _with_mods(atom, g, _rel_of(g[_G_SUFFIX]))
    if g[_G_M]:
        return _month_atom(g, start, end, sentence_start)
    if g[_G_SET]:
        atom = _Atom(start, end, "set", "recurring")
        atom.value = lx.RECURRING[_norm(g[_G_SET])]
        return atom
    if g[_G_EACH]:
        month = month_number(g[_G_EACH_M]) if g[_G_EACH_M] else None
        atom = _Atom(start, end, "set", "recurring-weekday")
        atom.value = f"XXXX-{month:02d}" if month else "P1W"
        return atom
    if g[_G_DUR]:
        return _duration(g, start, end)
    rel = _rel_of(g[_G_SUFFIX])
    if g[_G_Q]:
        n = _ORDINALS[_norm(g[_G_Q_N])]
        return _rel_year_atom(g, start, end, "quarter", _G_Q_Y, _G_Q_R, n or 4, rel)
    if g[_G_H]:
        n = _ORDINALS[_norm(g[_G_H_N])] or 2
        if n > 2:
            return None
        return _rel_year_atom(g, start, end, "half", _G_H_Y, _G_H_R, n, rel)
    if g[_G_S]:
        season = lx.SEASONS.get(g[_G_S_N].lower())
        if season is None:
            return None
        srel = _rel_of(g[_G_S_REL])
        atom = _Atom(start, end, "season", f"season-{srel}" if srel else "season")
        if g[_G_S_Y]:
            atom.year = int(g[_G_S_Y])
        atom.season = season
        return _with_mods(atom, g, srel or rel)
    if g[_G_RY]:
        atom = _Atom(start, end, "rel-year", "relative-year")
        atom.offset = _REL_YEARS[_norm(g[_G_RY])]
    elif g[_G_RM]:
        atom = _Atom(start, end, "rel-month", "relative-month")
        atom.offset = lx.RELATIVE_MONTHS[_norm(g[_G_RM])]
    else:
        atom = _Atom(start, end, "rel-day", "relative-day")
        atom.offset = lx.RELATIVE_DAYS[_norm(g[_G_RD])]
    return _with_mods(atom, g, None)


def _with_mods(atom: _Atom, g: tuple[Any, ...], rel: str | None) -> _Atom:
    """``atom`` with its relation (``jl.``, ``afgelopen``) and inner modifier (``begin``)."""
    atom.rel = rel
    if g[_G_INNER]:
        atom.inner = _INNER_MOD[_norm(g[_G_INNER])]
        atom.inner_text = g[_G_INNER].strip()
    return atom


def _year_atom(
    m: regex.Match[str] | re.Match[str], g: tuple[Any, ...], start: int, end: int
) -> _Atom | None:
    y1 = int(g[_G_Y1])
    if g[_G_Y2]:
        y2 = int(g[_G_Y2])
        if 0 < y2 - y1 <= 100:
            atom = _Atom(start, end, "range", "year-range")
            atom.year2 = y2
        else:  # the year alone: it ends where its digits do
            atom = _Atom(start, m.end(_G_Y1 + 1), "year", "year")
    elif g[_G_SUFFIX]:
        return None  # ``2022 a.s.`` is not a pattern we know
    else:
        atom = _Atom(start, end, "year", "year")
    atom.year = y1
    return _with_mods(atom, g, None)


def _month_atom(g: tuple[Any, ...], start: int, end: int, sentence_start: bool) -> _Atom | None:
    word = g[_G_M_M]
    year = int(g[_G_M_Y]) if g[_G_M_Y] else None
    suffix = g[_G_SUFFIX]
    mrel = _rel_of(g[_G_M_REL])
    if word[0].isupper() and not (year or mrel or suffix or g[_G_INNER] or sentence_start):
        return None  # ``Mei``/``Augustus`` inside a sentence is a name
    if "." in word and not year:
        return None  # ``jan.`` without a year is more likely a name
    month = month_number(word)
    if month is None:
        return None
    rel = mrel or _rel_of(suffix)
    rule = "month-year" if year else (f"month-{rel}" if rel else "month")
    atom = _Atom(start, end, "month", rule)
    atom.year = year
    atom.month = month
    return _with_mods(atom, g, rel)


def _rel_of(word: str | None) -> str | None:
    """``past``, ``future`` or ``this`` for a relative prefix or suffix (``None``: none)."""
    if not word:
        return None
    word = _norm(word)
    if word in _PAST_WORDS:
        return "past"
    if word in _FUTURE_WORDS:
        return "future"
    if word in _THIS_WORDS:
        return "this"
    return None


def _rel_year_atom(
    g: tuple[Any, ...],
    start: int,
    end: int,
    kind: str,
    ygroup: int,
    rgroup: int,
    n: int,
    rel: str | None,
) -> _Atom:
    if g[ygroup]:
        atom = _Atom(start, end, kind, kind + "-year")
        atom.year = int(g[ygroup])
        rel = None
    elif g[rgroup]:
        atom = _Atom(start, end, kind, kind + "-relative-year")
        atom.offset = _REL_YEARS[_norm(g[rgroup])]
        rel = None
    else:
        atom = _Atom(start, end, kind, kind)
    atom.number = n
    return _with_mods(atom, g, rel)


def _duration(g: tuple[Any, ...], start: int, end: int) -> _Atom:
    n_text = _norm(g[_G_DUR_N])
    amount = float(n_text) if n_text.isdigit() else float(lx.TIMEX_NUMBER_WORDS[n_text])
    designator, mult = lx.TIMEX_DURATION_UNITS[_norm(g[_G_DUR_U])]
    amount *= mult
    if amount != int(amount):
        # a fraction: one unit down (anderhalf jaar -> P18M, een halve dag -> PT12H)
        designator, amount = {"Y": ("M", amount * 12), "M": ("D", amount * 30)}.get(
            designator, ("H", amount * 24) if designator in "DW" else (designator, amount)
        )
        if designator == "H" and g[_G_DUR_U].lower().startswith("we"):
            designator, amount = "D", amount / 24 * 7
    value = f"PT{int(amount)}H" if designator == "H" else f"P{int(amount)}{designator}"
    atom = _Atom(start, end, "duration", "duration")
    atom.value = value
    return atom


# --- resolution -------------------------------------------------------------------------


#: days in each month of a common year (index 0 unused)
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


_TWO_DIGITS = tuple(f"{i:02d}" for i in range(13))


def _last_day(year: int, month: int) -> int:
    if month == 2 and calendar.isleap(year):
        return 29
    return _MONTH_DAYS[month]


def _bounds(atom: _Atom, year: int) -> tuple[datetime.date, datetime.date]:
    """The calendar period an atom denotes in ``year`` (raises ValueError if invalid)."""
    k = atom.kind
    if k == "day":
        assert atom.month is not None and atom.day is not None
        first = datetime.date(year, atom.month, atom.day)
        last = datetime.date(year, atom.month, atom.day2) if atom.day2 else first
        return first, last
    if k in ("month", "rel-month"):
        assert atom.month is not None
        return datetime.date(year, atom.month, 1), datetime.date(
            year, atom.month, _last_day(year, atom.month)
        )
    if k == "quarter":
        assert atom.number is not None
        m1 = 3 * atom.number - 2
        return datetime.date(year, m1, 1), datetime.date(year, m1 + 2, _last_day(year, m1 + 2))
    if k == "half":
        assert atom.number is not None
        m1 = 6 * atom.number - 5
        return datetime.date(year, m1, 1), datetime.date(year, m1 + 5, _last_day(year, m1 + 5))
    if k == "season":
        assert atom.season is not None
        a, b = _SEASON_MONTHS[atom.season]
        yb = year + 1 if b < a else year
        return datetime.date(year, a, 1), datetime.date(yb, b, _last_day(yb, b))
    if k == "range":
        assert atom.year2 is not None
        return datetime.date(year, 1, 1), datetime.date(atom.year2, 12, 31)
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def _format(atom: _Atom, year: int | None) -> str:
    y = "XXXX" if year is None else f"{year:04d}"
    k = atom.kind
    if k == "day":
        one = f"{y}-{atom.month:02d}-{atom.day:02d}"
        return f"{one}/{y}-{atom.month:02d}-{atom.day2:02d}" if atom.day2 else one
    if k == "month":
        return f"{y}-{atom.month:02d}"
    if k == "quarter":
        return f"{y}-Q{atom.number}"
    if k == "half":
        return f"{y}-H{atom.number}"
    if k == "season":
        return f"{y}-{atom.season}"
    if k == "range":
        return f"{y}/{atom.year2:04d}"
    return y


def _pick_year(atom: _Atom, ref: datetime.date, cue: str | None) -> int:
    """The year of a day/month/quarter/half/season written without one.

    ``jl.``/``afgelopen``/``sinds`` (or past-tense verbs): the most recent one on or
    before the letter's date; ``a.s.``/``komende`` (or future verbs): the next one after
    it; ``dit``/``deze``: the letter's year; otherwise the one nearest the letter's date.
    """
    year = ref.year
    if atom.rel == "this":
        return year
    past = atom.rel in ("past", "past-anchor") or (atom.rel is None and cue == "past")
    future = atom.rel == "future" or (atom.rel is None and cue == "future")
    if past:
        return year if _bounds(atom, year)[0] <= ref else year - 1
    if future:
        return year if _bounds(atom, year)[0] > ref else year + 1
    best, best_distance = year, None
    for y in (year - 1, year, year + 1):
        first, last = _bounds(atom, y)
        distance = abs((first - ref).days + (last - ref).days)
        if best_distance is None or distance < best_distance:
            best, best_distance = y, distance
    return best


def _dated(atom: _Atom, year: int) -> tuple[str, datetime.date, datetime.date]:
    """The value and the first and last day of ``atom`` in ``year`` (raises ValueError if
    invalid): :func:`_format` and :func:`_bounds` in one, the commonest kinds first."""
    k = atom.kind
    if k == "year":
        return f"{year:04d}", datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    if k == "day" and not atom.day2:
        assert atom.month is not None and atom.day is not None
        day = datetime.date(year, atom.month, atom.day)
        return day.isoformat(), day, day
    if k == "month":
        month = atom.month
        assert month is not None
        return (
            f"{year:04d}-{_TWO_DIGITS[month]}",
            datetime.date(year, month, 1),
            datetime.date(year, month, _last_day(year, month)),
        )
    first, last = _bounds(atom, year)
    return _format(atom, year), first, last


def _resolve(atom: _Atom, ref: datetime.date | None, cue: str | None) -> _Resolved:
    if atom.year is not None and atom.offset is None:  # a year written (or borrowed)
        value, first, last = _dated(atom, atom.year)
        return value, first, last, False, False
    k = atom.kind
    if k in ("duration", "set"):
        assert atom.value is not None
        return atom.value, None, None, False, False
    if atom.offset is not None:  # relative years, months, days; quarters and halves
        if ref is None:
            partial = {"rel-month": "XXXX-XX", "rel-day": "XXXX-XX-XX"}.get(k)
            return partial or _format(atom, None), None, None, True, True
        if k == "rel-day":
            day = ref + datetime.timedelta(days=atom.offset)
            return day.isoformat(), day, day, True, False
        if k == "rel-month":
            idx = ref.year * 12 + ref.month - 1 + atom.offset
            atom.month = idx % 12 + 1
            year = idx // 12
            first, last = _bounds(atom, year)
            return f"{year:04d}-{atom.month:02d}", first, last, True, False
        value, first, last = _dated(atom, ref.year + atom.offset)
        return value, first, last, True, False
    if ref is None:
        return _format(atom, None), None, None, True, True
    value, first, last = _dated(atom, _pick_year(atom, ref, cue))
    return value, first, last, True, False


# --- the extractor ----------------------------------------------------------------------

_SPAN_KEY = operator.attrgetter("span.start", "span.end")
_DATE = TimexType.DATE
_TYPE_OF_KIND = {"duration": TimexType.DURATION, "set": TimexType.SET}
_POINT_KINDS = frozenset({"day", "month", "season", "rel-month", "rel-day"})
_DATE_KINDS = frozenset(
    {"day", "month", "year", "quarter", "half", "season", "range", "rel-year", "rel-month"}
)


def extract_events(ctx: ExtractContext) -> Extracted[DatedEvent]:
    """Every temporal expression in ``ctx.regions``, in text order (see docs/timex.md)."""
    records: list[DatedEvent] = []
    diagnostics: list[Diagnostic] = []
    marker_starts = sorted(s.start for s in ctx.markers)
    if not ctx.regions:
        return Extracted()
    # only the stretch the regions cover is read (callers may pass one small region)
    lo = min(r.span.start for r in ctx.regions)
    hi = max(r.span.end for r in ctx.regions)
    text = ctx.text
    scan = _candidates_fast(text, lo, hi)
    fast = scan is not None
    if scan is None:
        candidates = _candidates(text, text[:lo] + _lower(text[lo:hi]) + text[hi:], lo, hi)
        breaks: list[int] = []
    else:
        candidates, breaks = scan
    for region in ctx.regions:
        first = bisect.bisect_left(candidates, region.span.start)
        last = bisect.bisect_left(candidates, region.span.end)
        if first == last:
            continue  # no cue word and no day or year number: nothing to do
        todo = candidates[first:last]
        atom_re: regex.Pattern[str] | re.Pattern[str] = _ATOM
        if fast and _ATOM_LATIN is not None:
            k = bisect.bisect_left(breaks, region.span.start - 1)
            if k == len(breaks) or breaks[k] >= region.span.end:
                atom_re = _ATOM_LATIN  # no wide letter, digit or space in reach
        _extract_region(ctx, region, todo, fast, atom_re, marker_starts, records, diagnostics)
    records.sort(key=_SPAN_KEY)
    return Extracted(records=tuple(records), diagnostics=tuple(diagnostics))


def _lower(text: str) -> str:
    """``text`` in lower case, offset for offset (a character whose lower case is longer,
    like ``İ``, is kept as it is)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _candidates(text: str, lower: str, lo: int, hi: int) -> list[int]:
    """Positions of cue words (at a word start) and of numbers that may be a day or year."""
    found: set[int] = set()
    if _TRIGGER_AT.match(lower, lo, hi):
        found.add(lo)  # the scan finds a trigger after a character, not at ``lo``
    for hit in _TRIGGER_SCAN.finditer(lower, lo, hi):
        i = hit.start() + 1
        if i == lo or not text[i - 1].isalnum():
            found.add(i)
    for m in _DIGITS.finditer(text, lo, hi):
        n, end = m.end() - m.start(), m.end()
        if n == 4 and text[m.start() : m.start() + 2] in _CENTURIES:
            found.add(m.start())
        elif n <= 3 and end < hi and text[end] in " -–—" and not (
            end + 1 < hi and text[end + 1].isdigit()
        ):
            found.add(m.start())  # ``3 november``, ``3-5 oktober``, ``18 maanden``
    return sorted(found)


def _candidates_fast(text: str, lo: int, hi: int) -> tuple[list[int], list[int]] | None:
    """:func:`_candidates` in one scan of the stretch as bytes (``None`` when that scan
    cannot tell, see :data:`_BYTE_SCAN`): the stretch in Latin-1 (a wider character
    becomes ``?``), folded by :data:`_FOLD` and read by :data:`_BYTE_SCAN`. With them,
    the positions of the wide characters that stop :data:`_ATOM_LATIN`."""
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
        elif end - i == 4:
            if text[i : i + 2] in _CENTURIES:
                found.append(i)
        elif end - i <= 3 and end < hi and text[end] in " -–—" and not (
            end + 1 < hi and text[end + 1].isdigit()
        ):
            found.append(i)  # ``3 november``, ``3-5 oktober``, ``18 maanden``
    return found, breaks


def _may_start(text: str, pos: int) -> bool:
    """Whether :data:`_ATOM` may match at ``pos``: ``False`` when the text there starts
    with no branch's first word, or is a number of up to three digits followed by white
    space and no unit, month or connector. Exact only when the case-insensitive pattern
    and ``str.lower`` agree on every character and every digit is ASCII (what
    :func:`_candidates_fast` checks)."""
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
        return text[end : end + _AFTER_LEN].lower().startswith(_AFTER_NUMBER)
    head = text[pos : pos + 2].lower()
    words = _START_WORDS.get(head) or _START_WORDS.get(head[:1])
    return words is not None and text[pos : pos + _START_LEN].lower().startswith(words)


def _chain_starts(text: str, pos: int, floor: int, limit: int) -> list[int]:
    """``pos`` and the starts of the (at most ``limit``) opening words right before it,
    earliest first."""
    starts = [pos]
    j = pos
    for _ in range(limit):
        if j - 1 <= floor or text[j - 1] != " ":
            break
        ws = text.rfind(" ", floor, j - 1) + 1 or floor
        word = text[ws : j - 1].lower()
        if word not in _CHAIN and not word.isdigit():
            break
        starts.append(ws)
        j = ws
    starts.reverse()
    return starts


def _extract_region(
    ctx: ExtractContext,
    region: Region,
    candidates: list[int],
    fast: bool,
    atom_re: regex.Pattern[str] | re.Pattern[str],
    marker_starts: list[int],
    records: list[DatedEvent],
    diagnostics: list[Diagnostic],
) -> None:
    text = ctx.text
    lo, hi = region.span.start, region.span.end
    sentences: tuple[Span, ...] | None = None
    atoms: list[_Atom] = []
    last_end = lo
    markers = marker_starts[
        bisect.bisect_left(marker_starts, lo) : bisect.bisect_left(marker_starts, hi)
    ]
    for pos in candidates:
        if pos < last_end:
            continue
        starts: Iterable[int] = (pos,)
        if pos - 1 > last_end and text[pos - 1] == " ":
            # an opening word right before the cue (``de eerste``, ``afgelopen``)?
            ws = text.rfind(" ", last_end, pos - 1) + 1 or last_end
            word = text[ws : pos - 1].lower()
            if word in _CHAIN or word.isdigit():
                starts = [*_chain_starts(text, ws, last_end, _MAX_CHAIN - 1), pos]
        for start in starts:
            if start < last_end or (fast and not _may_start(text, start)):
                continue
            m = atom_re.match(text, start, hi)
            if m is None:
                continue
            last_end = m.end()
            at_sentence_start = False
            if text[start].isupper():
                if sentences is None:
                    sentences = ctx.sentences_of(region)
                at_sentence_start = _starts_sentence(sentences, start)
            atom = _atom_from(m, at_sentence_start)
            if atom is not None and _keep(text, atom, lo, markers):
                atoms.append(atom)
            if last_end > pos:
                break
    if not atoms:
        return
    if sentences is None:
        sentences = ctx.sentences_of(region)
    _emit(ctx, region, sentences, _link(text, atoms, lo), records, diagnostics)


def _starts_sentence(sentences: tuple[Span, ...], pos: int) -> bool:
    """Whether a sentence starts at ``pos`` (sentences sorted, non-overlapping)."""
    i = bisect.bisect_left(sentences, pos, key=_start_of)
    return i < len(sentences) and sentences[i].start == pos


def _start_of(span: Span) -> int:
    return span.start


def _sentence_at(sentences: tuple[Span, ...], ends: list[int], pos: int) -> Span | None:
    """:func:`~kamerparse.extract.sentences.sentence_at` with the sentences' ends at hand:
    the first sentence ending after ``pos``, if it starts at or before it."""
    i = bisect.bisect_right(ends, pos)
    if i < len(sentences) and sentences[i].start <= pos:
        return sentences[i]
    return None


def _keep(text: str, atom: _Atom, lo: int, marker_starts: list[int]) -> bool:
    """Whether ``atom`` is an event, not an identifier, amount, URL, ``tot op heden`` or a
    span crossing a marker (``marker_starts``: the markers' starts in its region); if it
    is, with its outer modifier (``uiterlijk``, ``sinds``) set."""
    start, kind = atom.start, atom.kind
    if marker_starts:
        i = bisect.bisect_left(marker_starts, start)
        if i < len(marker_starts) and marker_starts[i] < atom.end:
            return False
    window = max(lo, start - _WINDOW)
    # the text before, white space stripped (as the patterns' ``\s`` would be): the
    # backward patterns are tried only where it may end as theirs do
    before = text[window:start].rstrip()
    if kind in ("year", "range"):
        if before.endswith(_LABEL_ENDS) and _LABEL.match(text, window, start):
            return False
        after = text[atom.end : atom.end + 8].lstrip()
        if (not after or after[0] in _UNIT_FIRST) and _UNIT_AFTER.match(text, atom.end):
            return False
        # inside a URL or path (``circulair-in-2050``)
        if start > window and text[start - 1] not in " \n":
            ws = max(text.rfind(" ", window, start), text.rfind("\n", window, start))
            token = text[max(ws + 1, window) : start]
            if "/" in token or "www." in token or "://" in token:
                return False
    elif kind == "rel-day":
        if _NOT_EVENT.search(text[max(lo, start - 12) : atom.end]):
            return False
    elif kind in ("duration", "set"):
        return True
    m = _OUTER.match(text, window, start) if _may_end_modifier(before) else None
    if m is None and atom.inner is not None:
        m = _split_inner(text, atom, lo)
    if m is not None:
        _set_outer(atom, _norm(m.group("om")))
    return True


def _may_end_modifier(before: str) -> bool:
    """Whether ``before`` (white space stripped) may end in an outer modifier, or in one
    and a link (``uiterlijk in``): its last word, or the one before a link, ends as a
    modifier does (exact only for ASCII: otherwise ``True``)."""
    tail = before[-_OUTER_TAIL:]
    if not tail.isascii():
        return True
    tail = tail.lower()
    if tail.endswith(_OUTER_ENDS):
        return True
    for link in _OUTER_LINKS:
        if tail.endswith(link):
            rest = before[: -len(link)].rstrip()[-_OUTER_TAIL:]
            if not rest.isascii() or rest.lower().endswith(_OUTER_ENDS):
                return True
    return False


def _set_outer(atom: _Atom, word: str) -> None:
    if word in _PAST_ANCHORS and atom.rel is None:
        atom.rel = "past-anchor"
    if word in _AMBIGUOUS and atom.kind not in _POINT_KINDS and atom.inner is None:
        return  # ``voor 2023``: "for 2023", no mod
    atom.outer = _OUTER_MOD[word]


def _split_inner(text: str, atom: _Atom, lo: int) -> regex.Match[str] | None:
    """``voorafgaand aan het begin van 1950``: the inner modifier matched ``aan het begin
    van``, but ``aan`` ends the outer modifier ``voorafgaand aan`` and ``het begin van``
    is an inner modifier too. Move the start past the outer modifier's last word."""
    assert atom.inner_text is not None
    words = atom.inner_text.split()
    pos = atom.start
    for k in range(1, len(words)):
        pos = text.index(words[k - 1], pos) + len(words[k - 1])
        rest = " ".join(words[k:]).lower()
        if rest not in _INNER_MOD:
            continue
        m = _OUTER.match(text, max(lo, atom.start - _WINDOW), text.index(words[k], pos))
        if m is not None and m.end("om") == pos:
            atom.start = text.index(words[k], pos)
            atom.inner = _INNER_MOD[rest]
            atom.inner_text = " ".join(words[k:])
            return m
    return None


def _link(text: str, atoms: list[_Atom], lo: int) -> list[list[_Atom]]:
    """Group atoms: intervals are groups of two, everything else a group of one. Atoms
    without a year borrow the year or ``jl.`` of the atom they are coordinated with."""
    groups: list[list[_Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.kind in _DATE_KINDS and b.kind in _DATE_KINDS and _may_link(
            text, a.end, b.start
        ):
            linked = _CONNECTOR.fullmatch(text, a.end, b.start) is not None
            if not linked and _AND.fullmatch(text, a.end, b.start):
                opener = _OPENER.match(text, max(lo, a.start - _WINDOW), a.start)
                linked = opener is not None and _norm(opener.group("o")) == "tussen"
            if linked and _compatible(a, b):
                _borrow(a, b)
                groups.append([a, b])
                i += 2
                continue
            if a.year is None and a.rel is None and _COORD.fullmatch(text, a.end, b.start):
                _borrow(a, b)
        groups.append([a])
        i += 1
    return groups


def _may_link(text: str, end: int, start: int) -> bool:
    """Whether the text between two atoms may be a connector or a coordinator: its first
    character after white space starts one."""
    head = text[end : min(start, end + 8)].lstrip()
    return head[0] in _LINK_FIRST if head else start > end + 8


def _compatible(a: _Atom, b: _Atom) -> bool:
    if a.kind == "range" or b.kind == "range":
        return False
    return not (a.kind == "day" and a.day2) and not (b.kind == "day" and b.day2)


def _borrow(a: _Atom, b: _Atom) -> None:
    if a.year is None and a.kind in ("day", "month", "season", "quarter", "half"):
        if b.year is not None:
            a.year = b.year
            later_day = a.kind == "day" == b.kind and (a.month, a.day) > (b.month, b.day)
            later_month = a.kind == "month" and (a.month or 0) > (b.month or 13)
            if later_day or later_month:
                a.year -= 1  # ``december en januari 2023``: the first is the year before
        elif a.rel is None and b.rel is not None:
            a.rel = b.rel


def _emit(
    ctx: ExtractContext,
    region: Region,
    sentences: tuple[Span, ...],
    groups: list[list[_Atom]],
    records: list[DatedEvent],
    diagnostics: list[Diagnostic],
) -> None:
    """The events of a region's linked atoms."""
    text = ctx.text
    ref = ctx.reference_date
    lo, section, footnote = region.span.start, region.section, region.footnote
    ends = [s.end for s in sentences]
    cues: dict[tuple[int, int], str | None] = {}  # the tense cue of each sentence
    for group in groups:
        first, last = group[0], group[-1]
        pair = first is not last
        start, end = first.start, last.end
        # the sentence around the expression (``_sentence_at``, inlined)
        i = bisect.bisect_right(ends, start)
        sentence = sentences[i] if i < len(ends) and sentences[i].start <= start else None
        if sentence is not None and end > sentence.end:
            tail = _sentence_at(sentences, ends, end - 1)
            if tail is not None and tail.end > sentence.end:
                # a full stop inside the expression (``1 jan. 2023``) split the sentence
                sentence = Span(start=sentence.start, end=tail.end)
        cue = None
        if (
            ref is not None
            and sentence is not None
            and (_needs_cue(first) or (pair and _needs_cue(last)))
        ):
            key = (sentence.start, sentence.end)
            if key not in cues:
                cues[key] = _cue(text, sentence)
            cue = cues[key]
        try:
            res_last = _resolve(last, ref, cue)
            if pair and first.year is None and last.year is None and res_last[2]:
                # ``30 september tot 2 oktober jl.``: the start takes the end's year
                first.year = res_last[2].year
                if res_last[1] and _bounds(first, first.year)[0] > res_last[1]:
                    first.year -= 1
            res_first = _resolve(first, ref, cue) if pair else res_last
        except ValueError:
            span = Span(start=start, end=end)
            diagnostics.append(
                Diagnostic(
                    code="date-invalid",
                    severity=Severity.WARNING,
                    message=f"not a calendar date: {span.of(text)!r}",
                    span=span,
                )
            )
            continue
        value, earliest, latest, relative, partial = res_last
        rule = first.rule
        if pair or first.kind == "range":
            noun = _INTERVAL_NOUN.match(text, max(lo, start - _WINDOW), start)
            if noun:
                start = noun.start()
            if pair:
                value = f"{res_first[0]}/{value}"
                rule = f"interval-{rule}-{last.rule}"
                earliest = res_first[1]
                relative = res_first[3] or relative
                partial = res_first[4] or partial
            ttype = TimexType.INTERVAL
            mod = first.outer
        else:
            ttype = _TYPE_OF_KIND.get(first.kind, _DATE)
            mod = first.outer or first.inner
        span = Span(start=start, end=end)
        span_text = text[start:end]
        if partial:
            diagnostics.append(
                Diagnostic(
                    code="date-no-reference",
                    severity=Severity.INFO,
                    message=f"no letter date to resolve {span_text!r}; partial value {value}",
                    span=span,
                )
            )
        records.append(
            DatedEvent(
                text=span_text,
                span=span,
                value=value,
                type=ttype,
                mod=mod,
                earliest=earliest,
                latest=latest,
                relative=relative,
                sentence=sentence,
                section=section,
                footnote=footnote,
                rule=rule,
            )
        )


def _needs_cue(atom: _Atom) -> bool:
    """Whether the tense of the sentence may pick the year of ``atom``."""
    return atom.year is None and atom.offset is None and atom.rel is None


def _cue(text: str, sentence: Span | None) -> str | None:
    """``future`` or ``past`` when the sentence's verbs say so, else ``None``."""
    if sentence is None:
        return None
    # the patterns are tried only if a cue word is in the sentence at all: folded as the
    # case-insensitive patterns fold (``İ`` folds to ``i`` and a combining dot)
    folded = text[sentence.start : sentence.end].casefold().replace("\u0307", "")
    fut = any(w in folded for w in _FUTURE_HINTS) and (
        _FUTURE.search(text, sentence.start, sentence.end) is not None
    )
    past = any(w in folded for w in _PAST_HINTS) and (
        _PAST.search(text, sentence.start, sentence.end) is not None
    )
    if fut and not past:
        return "future"
    if past and not fut:
        return "past"
    return None

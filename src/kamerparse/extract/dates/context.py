"""What the text around an atom says: whether it is an event at all (a label, a unit, a
URL, a footnote marker), its outer modifier (``uiterlijk``, ``sinds``), the atoms it is
linked with (``30 september tot 2 oktober``), and the tense of its sentence.

Backward patterns (anchored at the expression's start with ``$``) run in reverse, and
with ``match``: a reverse match is anchored at the end of the window, where a search
would find its only possible match too. Each is tried only where a cheap string test
says it may match (``tests/test_dates_engines.py`` checks the tests never say no where
the pattern matches).
"""

from __future__ import annotations

import bisect

from kamerparse import lexicon as lx
from kamerparse._rx import regex
from kamerparse.extract._literals import minimal_prefixes
from kamerparse.extract.dates.atoms import INNER_MOD, Atom, norm
from kamerparse.extract.dates.patterns import compile_regex, words
from kamerparse.records import Span, TimexBound, TimexMod

__all__ = ["WINDOW", "cue", "keep", "link"]

WINDOW = 40  # characters of left context read for modifiers and labels
_R = r"(?![\p{L}\d])"

OUTER = compile_regex(
    rf"(?<!\p{{L}})(?P<om>{words(lx.OUTER_MODIFIERS)})\s+(?:{words(lx.MODIFIER_LINKS)}\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
_OUTER_MOD = {k.lower(): TimexMod(v) for k, v in lx.OUTER_MODIFIERS.items()}
_OUTER_BOUND = {k.lower(): TimexBound(v) for k, v in lx.OUTER_MODIFIER_BOUNDS.items()}
_AMBIGUOUS = frozenset(w.lower() for w in lx.AMBIGUOUS_BEFORE)
_PAST_ANCHORS = frozenset(w.lower() for w in lx.PAST_ANCHORING_MODIFIERS)
LABEL = compile_regex(
    rf"(?<!\p{{L}})(?:{words(lx.YEAR_BLOCKING_LABELS)})(?:\s*+[,:]?\s*+(?:I{{1,2}})?)\s*+$",
    regex.REVERSE,
)
UNIT_AFTER = compile_regex(rf"\s*+(?:%|{words(lx.YEAR_BLOCKING_UNITS)}{_R}|[.,]\d|\s*/\s*\d)")
#: What the text before a year must end with (white space stripped) for :data:`LABEL`
#: to match, and what the text after it must start with for :data:`UNIT_AFTER` to.
LABEL_ENDS = (*lx.YEAR_BLOCKING_LABELS, ",", ":", "I")
UNIT_FIRST = frozenset({*(w[0] for w in lx.YEAR_BLOCKING_UNITS), "%", ".", ",", "/"})
#: The outer modifiers' last words and the links after them (lower case), and the most
#: characters such a word has, for a cheap test before :data:`OUTER` is tried.
_OUTER_ENDS = tuple(sorted({w.split()[-1].lower() for w in lx.OUTER_MODIFIERS}))
_OUTER_LINKS = tuple(sorted({w.lower() for w in lx.MODIFIER_LINKS}))
_OUTER_TAIL = max(len(w) for w in _OUTER_ENDS)
CONNECTOR = compile_regex(rf"\s*+(?P<c>{words(lx.INTERVAL_CONNECTORS)})\s*+")
AND = compile_regex(rf"\s++(?:{words(lx.INTERVAL_AND)})\s++")
COORD = compile_regex(rf"\s*+(?:{words(lx.COORDINATORS)})\s*+")
#: The first characters of the connectors and coordinators between two atoms.
_LINK_FIRST = frozenset(w[0] for w in (*lx.INTERVAL_CONNECTORS, *lx.INTERVAL_AND, *lx.COORDINATORS))
_OPENER = compile_regex(
    rf"(?<!\p{{L}})(?P<o>{words(lx.INTERVAL_OPENERS)})\s+$", regex.IGNORECASE | regex.REVERSE
)
_OPENERS_WITH_AND = frozenset(w.lower() for w in lx.INTERVAL_OPENERS_WITH_AND)
INTERVAL_NOUN = compile_regex(
    rf"(?<!\p{{L}})(?P<n>{words(lx.INTERVAL_NOUNS)})\s+$", regex.IGNORECASE | regex.REVERSE
)
_NOT_EVENT = compile_regex(words(lx.NOT_EVENT_PHRASES), regex.IGNORECASE)
FUTURE = compile_regex(rf"(?<!\p{{L}}){words(lx.FUTURE_CUES)}(?!\p{{L}})", regex.IGNORECASE)
PAST = compile_regex(rf"(?<!\p{{L}}){words(lx.PAST_CUES)}(?!\p{{L}})", regex.IGNORECASE)
#: Strings every future or past cue contains, folded (see :func:`cue`).
FUTURE_HINTS = minimal_prefixes(w.casefold() for w in lx.FUTURE_CUES)
PAST_HINTS = minimal_prefixes(w.casefold() for w in lx.PAST_CUES)

_POINT_KINDS = frozenset({"day", "month", "season", "rel-month", "rel-day"})
_DATE_KINDS = frozenset(
    {"day", "month", "year", "quarter", "half", "season", "range", "rel-year", "rel-month"}
)


def keep(text: str, atom: Atom, lo: int, marker_starts: list[int]) -> bool:
    """Whether ``atom`` is an event, not an identifier, amount, URL, ``tot op heden`` or a
    span crossing a marker (``marker_starts``: the markers' starts in its region); if it
    is, with its outer modifier (``uiterlijk``, ``sinds``) set."""
    start, kind = atom.start, atom.kind
    if marker_starts:
        i = bisect.bisect_left(marker_starts, start)
        if i < len(marker_starts) and marker_starts[i] < atom.end:
            return False
    window = max(lo, start - WINDOW)
    # the text before, white space stripped (as the patterns' ``\s`` would be): the
    # backward patterns are tried only where it may end as theirs do
    before = text[window:start].rstrip()
    if kind in ("year", "range"):
        if _is_identifier_or_amount(text, atom, window, before):
            return False
    elif kind == "rel-day":
        if _NOT_EVENT.search(text[max(lo, start - 12) : atom.end]):
            return False
    elif kind in ("duration", "set"):
        return True
    m = OUTER.match(text, window, start) if may_end_modifier(before) else None
    if m is None and atom.inner is not None:
        m = _split_inner(text, atom, lo)
    if m is not None:
        _set_outer(atom, norm(m.group("om")))
    return True


def _is_identifier_or_amount(text: str, atom: Atom, window: int, before: str) -> bool:
    """A year after a label (``nr. 2013``), before a unit (``2000 euro``) or in a URL."""
    start = atom.start
    if before.endswith(LABEL_ENDS) and LABEL.match(text, window, start):
        return True
    after = text[atom.end : atom.end + 8].lstrip()
    if (not after or after[0] in UNIT_FIRST) and UNIT_AFTER.match(text, atom.end):
        return True
    # inside a URL or path (``circulair-in-2050``)
    if start > window and text[start - 1] not in " \n":
        ws = max(text.rfind(" ", window, start), text.rfind("\n", window, start))
        token = text[max(ws + 1, window) : start]
        if "/" in token or "www." in token or "://" in token:
            return True
    return False


def may_end_modifier(before: str) -> bool:
    """Whether ``before`` (white space stripped) may end in an outer modifier, or in one
    and a link (``uiterlijk in``): its last word, or the one before a link, ends as a
    modifier does (exact only for ASCII: otherwise ``True``)."""
    tail = before[-_OUTER_TAIL:]
    if not tail.isascii():
        return True
    tail = tail.lower()
    if tail.endswith(_OUTER_ENDS):
        return True
    for link_word in _OUTER_LINKS:
        if tail.endswith(link_word):
            rest = before[: -len(link_word)].rstrip()[-_OUTER_TAIL:]
            if not rest.isascii() or rest.lower().endswith(_OUTER_ENDS):
                return True
    return False


def _set_outer(atom: Atom, word: str) -> None:
    if word in _PAST_ANCHORS and atom.rel is None:
        atom.rel = "past-anchor"
    if word in _AMBIGUOUS and atom.kind not in _POINT_KINDS and atom.inner is None:
        return  # ``voor 2023``: "for 2023", no mod
    atom.outer = _OUTER_MOD[word]
    atom.bound = _OUTER_BOUND.get(word)


def _split_inner(text: str, atom: Atom, lo: int) -> regex.Match[str] | None:
    """``voorafgaand aan het begin van 1950``: the inner modifier matched ``aan het begin
    van``, but ``aan`` ends the outer modifier ``voorafgaand aan`` and ``het begin van``
    is an inner modifier too. Move the start past the outer modifier's last word."""
    assert atom.inner_text is not None
    parts = atom.inner_text.split()
    pos = atom.start
    for k in range(1, len(parts)):
        pos = text.index(parts[k - 1], pos) + len(parts[k - 1])
        rest = " ".join(parts[k:]).lower()
        if rest not in INNER_MOD:
            continue
        m = OUTER.match(text, max(lo, atom.start - WINDOW), text.index(parts[k], pos))
        if m is not None and m.end("om") == pos:
            atom.start = text.index(parts[k], pos)
            atom.inner = INNER_MOD[rest]
            atom.inner_text = " ".join(parts[k:])
            return m
    return None


def link(text: str, atoms: list[Atom], lo: int) -> list[list[Atom]]:
    """Group atoms: intervals are groups of two, everything else a group of one. Atoms
    without a year borrow the year or ``jl.`` of the atom they are coordinated with."""
    groups: list[list[Atom]] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < len(atoms) else None
        if b is not None and a.kind in _DATE_KINDS and b.kind in _DATE_KINDS and may_link(
            text, a.end, b.start
        ):
            linked = CONNECTOR.fullmatch(text, a.end, b.start) is not None
            if not linked and AND.fullmatch(text, a.end, b.start):
                opener = _OPENER.match(text, max(lo, a.start - WINDOW), a.start)
                linked = opener is not None and norm(opener.group("o")) in _OPENERS_WITH_AND
            if linked and _compatible(a, b):
                _borrow(a, b)
                groups.append([a, b])
                i += 2
                continue
            if a.year is None and a.rel is None and COORD.fullmatch(text, a.end, b.start):
                _borrow(a, b)
        groups.append([a])
        i += 1
    return groups


def may_link(text: str, end: int, start: int) -> bool:
    """Whether the text between two atoms may be a connector or a coordinator: its first
    character after white space starts one."""
    head = text[end : min(start, end + 8)].lstrip()
    return head[0] in _LINK_FIRST if head else start > end + 8


def _compatible(a: Atom, b: Atom) -> bool:
    if a.kind == "range" or b.kind == "range":
        return False
    return not (a.kind == "day" and a.day2) and not (b.kind == "day" and b.day2)


def _borrow(a: Atom, b: Atom) -> None:
    if a.year is None and a.kind in ("day", "month", "season", "quarter", "half"):
        if b.year is not None:
            a.year = b.year
            later_day = a.kind == "day" == b.kind and (a.month, a.day) > (b.month, b.day)
            later_month = a.kind == "month" and (a.month or 0) > (b.month or 13)
            if later_day or later_month:
                a.year -= 1  # ``december en januari 2023``: the first is the year before
        elif a.rel is None and b.rel is not None:
            a.rel = b.rel


def cue(text: str, sentence: Span | None) -> str | None:
    """``future`` or ``past`` when the sentence's verbs say so, else ``None``."""
    if sentence is None:
        return None
    # the patterns are tried only if a cue word is in the sentence at all: folded as the
    # case-insensitive patterns fold (``İ`` folds to ``i`` and a combining dot)
    folded = text[sentence.start : sentence.end].casefold().replace("\u0307", "")
    fut = any(w in folded for w in FUTURE_HINTS) and (
        FUTURE.search(text, sentence.start, sentence.end) is not None
    )
    past = any(w in folded for w in PAST_HINTS) and (
        PAST.search(text, sentence.start, sentence.end) is not None
    )
    if fut and not past:
        return "future"
    if past and not fut:
        return "past"
    return None

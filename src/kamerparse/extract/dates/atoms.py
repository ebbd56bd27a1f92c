"""Atoms: what one match of the date pattern means, before linking and resolution.

Each handler reads the named groups of its grammar entry
(:data:`kamerparse.extract.dates.grammar.GRAMMAR`) from the match and makes an
:class:`Atom`, or ``None`` when the text is not an expression after all.
"""

from __future__ import annotations

from typing import TypeAlias

from kamerparse import lexicon as lx
from kamerparse._rx import re, regex
from kamerparse.patterns import month_number
from kamerparse.records import TimexBound, TimexMod

__all__ = ["Atom", "Match"]

Match: TypeAlias = "regex.Match[str] | re.Match[str]"

#: Ordinals for quarters, halves and weekdays; ``laatste`` is 0 (the last one).
ORDINALS: dict[str, int] = {**lx.TIME_ORDINALS, **dict.fromkeys(lx.TIME_LAST_ORDINALS, 0)}
INNER_MOD = {" ".join(k.lower().split()): TimexMod(v) for k, v in lx.INNER_MODIFIERS.items()}
REL_YEARS = {" ".join(k.split()): v for k, v in lx.RELATIVE_YEARS.items()}
_PAST_WORDS = frozenset(w.lower() for w in (*lx.PAST_SUFFIXES, *lx.PAST_PREFIXES))
_FUTURE_WORDS = frozenset(w.lower() for w in (*lx.FUTURE_SUFFIXES, *lx.FUTURE_PREFIXES))
_THIS_WORDS = frozenset(w.lower() for w in lx.THIS_PREFIXES)


class Atom:
    """A matched expression before resolution. ``year`` is an explicit year; ``rel`` is
    ``past``/``future``/``this``/``None``; ``offset`` a relative year/month/day offset.

    A plain slotted class (there are dozens of atoms per letter): made with its span, kind
    and rule, the other fields ``None`` until the atom's kind sets them."""

    __slots__ = (
        "bound",
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
    bound: TimexBound | None

    def __init__(self, start: int, end: int, kind: str, rule: str) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.rule = rule
        self.year = self.year2 = self.month = self.day = self.day2 = None
        self.number = self.offset = None
        self.season = self.rel = self.value = self.inner_text = None
        self.inner = self.outer = None
        self.bound = None


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def rel_of(word: str | None) -> str | None:
    """``past``, ``future`` or ``this`` for a relative prefix or suffix (``None``: none)."""
    if not word:
        return None
    word = norm(word)
    if word in _PAST_WORDS:
        return "past"
    if word in _FUTURE_WORDS:
        return "future"
    if word in _THIS_WORDS:
        return "this"
    return None


def with_mods(atom: Atom, m: Match, rel: str | None) -> Atom:
    """``atom`` with its relation (``jl.``, ``afgelopen``) and inner modifier (``begin``)."""
    atom.rel = rel
    inner = m["inner"]
    if inner:
        atom.inner = INNER_MOD[norm(inner)]
        atom.inner_text = inner.strip()
    return atom


# --- one handler per grammar entry ----------------------------------------------------


def recurring(m: Match, sentence_start: bool) -> Atom:
    atom = Atom(m.start(), m.end(), "set", "recurring")
    atom.value = lx.RECURRING[norm(m["set"])]
    return atom


def recurring_weekday(m: Match, sentence_start: bool) -> Atom:
    month = month_number(m["each_m"]) if m["each_m"] else None
    atom = Atom(m.start(), m.end(), "set", "recurring-weekday")
    atom.value = f"XXXX-{month:02d}" if month else "P1W"
    return atom


def duration(m: Match, sentence_start: bool) -> Atom:
    n_text = norm(m["dur_n"])
    amount = float(n_text) if n_text.isdigit() else float(lx.TIMEX_NUMBER_WORDS[n_text])
    unit = m["dur_u"]
    designator, mult = lx.TIMEX_DURATION_UNITS[norm(unit)]
    amount *= mult
    if amount != int(amount):
        # a fraction: one unit down (anderhalf jaar -> P18M, een halve dag -> PT12H)
        designator, amount = {"Y": ("M", amount * 12), "M": ("D", amount * 30)}.get(
            designator, ("H", amount * 24) if designator in "DW" else (designator, amount)
        )
        if designator == "H" and unit.lower().startswith("we"):
            designator, amount = "D", amount / 24 * 7
    value = f"PT{int(amount)}H" if designator == "H" else f"P{int(amount)}{designator}"
    atom = Atom(m.start(), m.end(), "duration", "duration")
    atom.value = value
    return atom


def day_month(m: Match, sentence_start: bool) -> Atom | None:
    month = month_number(m["dm_m"])
    if month is None:
        return None
    atom = Atom(m.start(), m.end(), "day", "day-month")
    atom.month = month
    atom.day = int(m["d"])
    year = m["dm_y"]
    if year:
        atom.year = int(year)
        atom.rule = "day-month-year"
    day2 = m["d2"]
    if day2:
        atom.day2 = int(day2)
    return with_mods(atom, m, rel_of(m["suffix"]))


def quarter(m: Match, sentence_start: bool) -> Atom:
    n = ORDINALS[norm(m["q_n"])]
    return _of_year(m, "quarter", m["q_y"], m["q_r"], n or 4)


def half(m: Match, sentence_start: bool) -> Atom | None:
    n = ORDINALS[norm(m["h_n"])] or 2
    if n > 2:
        return None
    return _of_year(m, "half", m["h_y"], m["h_r"], n)


def _of_year(m: Match, kind: str, year: str | None, rel_year: str | None, n: int) -> Atom:
    """A quarter or half, of a year written (``van 2023``), a relative year (``van
    volgend jaar``) or neither."""
    start, end = m.span()
    rel = rel_of(m["suffix"])
    if year:
        atom = Atom(start, end, kind, kind + "-year")
        atom.year = int(year)
        rel = None
    elif rel_year:
        atom = Atom(start, end, kind, kind + "-relative-year")
        atom.offset = REL_YEARS[norm(rel_year)]
        rel = None
    else:
        atom = Atom(start, end, kind, kind)
    atom.number = n
    return with_mods(atom, m, rel)


def season(m: Match, sentence_start: bool) -> Atom | None:
    code = lx.SEASONS.get(m["s_n"].lower())
    if code is None:
        return None
    srel = rel_of(m["s_rel"])
    atom = Atom(m.start(), m.end(), "season", f"season-{srel}" if srel else "season")
    year = m["s_y"]
    if year:
        atom.year = int(year)
    atom.season = code
    return with_mods(atom, m, srel or rel_of(m["suffix"]))


def month(m: Match, sentence_start: bool) -> Atom | None:
    word = m["m_m"]
    year_text = m["m_y"]
    year = int(year_text) if year_text else None
    suffix = m["suffix"]
    mrel = rel_of(m["m_rel"])
    if word[0].isupper() and not (year or mrel or suffix or m["inner"] or sentence_start):
        return None  # ``Mei``/``Augustus`` inside a sentence is a name
    if "." in word and not year:
        return None  # ``jan.`` without a year is more likely a name
    number = month_number(word)
    if number is None:
        return None
    rel = mrel or rel_of(suffix)
    rule = "month-year" if year else (f"month-{rel}" if rel else "month")
    atom = Atom(m.start(), m.end(), "month", rule)
    atom.year = year
    atom.month = number
    return with_mods(atom, m, rel)


def relative_year(m: Match, sentence_start: bool) -> Atom:
    atom = Atom(m.start(), m.end(), "rel-year", "relative-year")
    atom.offset = REL_YEARS[norm(m["ry"])]
    return with_mods(atom, m, None)


def relative_month(m: Match, sentence_start: bool) -> Atom:
    atom = Atom(m.start(), m.end(), "rel-month", "relative-month")
    atom.offset = lx.RELATIVE_MONTHS[norm(m["rm"])]
    return with_mods(atom, m, None)


def relative_week(m: Match, sentence_start: bool) -> Atom:
    atom = Atom(m.start(), m.end(), "rel-week", "relative-week")
    atom.offset = lx.RELATIVE_WEEKS[norm(m["rw"])]
    return with_mods(atom, m, None)


def relative_day(m: Match, sentence_start: bool) -> Atom:
    atom = Atom(m.start(), m.end(), "rel-day", "relative-day")
    atom.offset = lx.RELATIVE_DAYS[norm(m["rd"])]
    return with_mods(atom, m, None)


def year(m: Match, sentence_start: bool) -> Atom | None:
    start, end = m.span()
    y1 = int(m["y1"])
    y2 = m["y2"]
    if y2:
        if 0 < int(y2) - y1 <= 100:
            atom = Atom(start, end, "range", "year-range")
            atom.year2 = int(y2)
        else:  # the year alone: it ends where its digits do
            atom = Atom(start, m.end("y1"), "year", "year")
    elif m["suffix"]:
        return None  # ``2022 a.s.`` is not a pattern we know
    else:
        atom = Atom(start, end, "year", "year")
    atom.year = y1
    return with_mods(atom, m, None)

"""The date grammar: one table, from which the pattern, its stdlib-``re`` twin, the
literal screen and the dispatch to the handlers are all derived.

Each :class:`Entry` is one kind of expression: its name (the named group of its branch
of :data:`ATOM`), its fragment (a pattern in which ``{TABLE}`` stands for the
alternation of a lexicon table of :data:`TABLES`, ``{DAY}``/``{YEAR}`` for the digit
rules, ``{L}``/``{R}`` for "no letter or digit before/after"), its handler
(:mod:`~kamerparse.extract.dates.atoms`), and the roles its tables play for the screen:

* ``cues``: every expression of the entry contains a word of these tables (its last
  word, for a phrase); the screen (:data:`TRIGGERS`) looks for them in one scan;
* ``digits``: or it starts with a number (a day, a year, a count), which the screen
  finds as digits (:func:`number_may_open`);
* ``opens``: the tables whose first words may start it (its lookahead and
  :data:`START_WORDS`);
* ``leads``: the tables whose words may stand before its cue (``de eerste`` before
  ``kwartaal``): the pattern is also tried at them (:data:`CHAIN`);
* ``after_number``: the tables whose first words may follow its leading number
  (``18 maanden``; :data:`AFTER_NUMBER`);
* ``modified``: an inner modifier (``begin``, ``medio``, ``aan het eind van``) may
  open it.

Adding an expression: docs/timex.md, "Adding a temporal expression".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from attrs import field, frozen

from kamerparse import lexicon as lx
from kamerparse._rx import re, regex
from kamerparse.extract._literals import minimal_prefixes
from kamerparse.extract.dates import atoms
from kamerparse.extract.dates.atoms import ORDINALS, Atom, Match
from kamerparse.extract.dates.patterns import (
    LATIN,
    REGEX,
    compile_latin,
    compile_regex,
    first_chars,
    words,
)

__all__ = ["ATOM", "ATOM_LATIN", "GRAMMAR", "TABLES", "Entry", "atom_from"]

Handler = Callable[[Match, bool], Atom | None]

_FULL_MONTHS = tuple(forms[0] for forms in lx.MONTHS)
_MONTH_ABBREVIATIONS = tuple(f for forms in lx.MONTHS for f in forms[1:])

#: The lexicon tables the fragments name, each with its words.
TABLES: dict[str, tuple[str, ...]] = {
    "MONTH": (*_FULL_MONTHS, *_MONTH_ABBREVIATIONS),
    "WEEKDAY": lx.WEEKDAYS,
    "ORDINAL": tuple(ORDINALS),
    "ARTICLE": lx.PERIOD_ARTICLES,
    "OF": lx.PERIOD_OF,
    "QUARTER": lx.QUARTER_WORDS,
    "HALF": lx.HALF_WORDS,
    "SEASON": tuple(lx.SEASONS),
    "REL_PREFIX": (*lx.PAST_PREFIXES, *lx.FUTURE_PREFIXES, *lx.THIS_PREFIXES),
    "REL_YEAR": tuple(lx.RELATIVE_YEARS),
    "REL_MONTH": tuple(lx.RELATIVE_MONTHS),
    "REL_DAY": tuple(lx.RELATIVE_DAYS),
    "REL_WEEK": tuple(lx.RELATIVE_WEEKS),
    "YEAR_NOUN": lx.YEAR_NOUNS,
    "NUMBER": tuple(lx.TIMEX_NUMBER_WORDS),
    "UNIT": tuple(lx.TIMEX_DURATION_UNITS),
    "CONNECTOR": lx.INTERVAL_CONNECTORS,
    "RECURRING": tuple(lx.RECURRING),
    "EACH": lx.RECURRING_EACH,
    "IN": lx.RECURRING_IN,
    "INNER": tuple(lx.INNER_MODIFIERS),
    "SUFFIX": (*lx.PAST_SUFFIXES, *lx.FUTURE_SUFFIXES),
}

# --- the digit rules ------------------------------------------------------------------

#: A year's first two digits: ``1800``-``2099``.
CENTURIES = ("18", "19", "20")
#: The one-character connectors of a range (``2014–2019``, ``3-5 oktober``).
DASHES = "".join(c for c in lx.INTERVAL_CONNECTORS if len(c) == 1)
#: What may follow a day or count of up to three digits for it to open an expression.
NUMBER_FOLLOWERS = " " + DASHES


def number_may_open(text: str, start: int, end: int, hi: int) -> bool:
    """Whether the digit run ``text[start:end]`` (``end <= hi``) may open an
    expression: a year (four digits of :data:`CENTURIES`), or a day or count of up to
    three digits followed by a space or a dash and no digit (``3 november``,
    ``3-5 oktober``, ``18 maanden``)."""
    n = end - start
    if n == 4:
        return text[start : start + 2] in CENTURIES
    return (
        n <= 3
        and end < hi
        and text[end] in NUMBER_FOLLOWERS
        and not (end + 1 < hi and text[end + 1].isdigit())
    )


#: The patterns the fragments name besides the tables.
_NAMED: dict[str, str] = {
    "YEAR": "(?:" + "|".join(CENTURIES) + r")\d\d",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])",
    "DASH": "[" + "".join(regex.escape(c) for c in DASHES) + "]",
    # abbreviations end in '.', full names need a word boundary after them
    "MONTH": "(?:" + words(_FULL_MONTHS) + "{R}|" + words(_MONTH_ABBREVIATIONS) + ")",
    **{name: words(items) for name, items in TABLES.items() if name != "MONTH"},
}


def _year_tail(prefix: str) -> str:
    """``van 2023`` or ``van volgend jaar`` after a quarter or half (groups
    ``<prefix>_y``, ``<prefix>_r``)."""
    return (
        rf"(?:\s+(?:{{OF}}\s+)?(?:(?P<{prefix}_y>{{YEAR}}){{R}}|(?P<{prefix}_r>{{REL_YEAR}}){{R}}))?"
    )


@frozen(kw_only=True)
class Entry:
    """One kind of temporal expression (see the module's docstring)."""

    name: str
    fragment: str
    handler: Handler
    cues: tuple[str, ...] = ()
    digits: bool = False
    opens: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    after_number: tuple[str, ...] = ()
    modified: bool = False
    #: tables the fragment names (derived)
    tables: frozenset[str] = field(init=False)

    @tables.default
    def _tables(self) -> frozenset[str]:
        return frozenset(re.findall(r"\{([A-Z][A-Z_]*)\}", self.fragment)) & set(TABLES)


#: The grammar, in the order the pattern tries its branches.
GRAMMAR: tuple[Entry, ...] = (
    Entry(
        name="set",
        fragment="{RECURRING}{R}",
        handler=atoms.recurring,
        cues=("RECURRING",),
        opens=("RECURRING",),
        leads=("RECURRING",),
    ),
    Entry(
        name="each",
        fragment=r"{EACH}\s+(?:(?P<each_ord>{ORDINAL})\s+)?(?P<each_wd>{WEEKDAY})"
        r"(?:\s+{IN}\s+(?P<each_m>{MONTH}))?{R}",
        handler=atoms.recurring_weekday,
        cues=("EACH",),
        opens=("EACH",),
        leads=("EACH",),
    ),
    Entry(
        name="dur",
        fragment=r"(?P<dur_n>{NUMBER}|\d{1,3})\s+(?P<dur_u>{UNIT}){R}",
        handler=atoms.duration,
        cues=("UNIT",),
        digits=True,
        opens=("NUMBER",),
        leads=("NUMBER",),
        after_number=("UNIT",),
    ),
    Entry(
        name="dm",
        fragment=r"(?:(?P<wd>{WEEKDAY})\s+)?(?P<d>{DAY})"
        r"(?:\s*+(?:{CONNECTOR})\s*+(?P<d2>{DAY}))?\s+(?P<dm_m>{MONTH})"
        r"(?:\s+(?P<dm_y>{YEAR}){R})?",
        handler=atoms.day_month,
        cues=("MONTH",),
        digits=True,
        opens=("WEEKDAY",),
        leads=("WEEKDAY",),
        after_number=("CONNECTOR", "MONTH"),
        modified=True,
    ),
    Entry(
        name="q",
        fragment=r"(?:{ARTICLE}\s+)?(?P<q_n>{ORDINAL})\s+{QUARTER}{R}" + _year_tail("q"),
        handler=atoms.quarter,
        cues=("QUARTER",),
        opens=("ARTICLE", "ORDINAL"),
        leads=("ARTICLE", "ORDINAL", "OF"),
        modified=True,
    ),
    Entry(
        name="h",
        fragment=r"(?:{ARTICLE}\s+)?(?P<h_n>{ORDINAL})\s+{HALF}{R}" + _year_tail("h"),
        handler=atoms.half,
        cues=("HALF",),
        opens=("ARTICLE", "ORDINAL"),
        leads=("ARTICLE", "ORDINAL", "OF"),
        modified=True,
    ),
    Entry(
        name="s",
        fragment=r"(?:(?P<s_rel>{REL_PREFIX})\s+|{ARTICLE}\s+)?(?P<s_n>{SEASON}){R}"
        r"(?:\s+(?:{OF}\s+)?(?P<s_y>{YEAR}){R})?",
        handler=atoms.season,
        cues=("SEASON",),
        opens=("REL_PREFIX", "ARTICLE", "SEASON"),
        leads=("REL_PREFIX", "ARTICLE"),
        modified=True,
    ),
    Entry(
        name="m",
        fragment=r"(?:(?P<m_rel>{REL_PREFIX})\s+)?(?P<m_m>{MONTH})(?:\s+(?P<m_y>{YEAR}){R})?",
        handler=atoms.month,
        cues=("MONTH",),
        opens=("REL_PREFIX", "MONTH"),
        leads=("REL_PREFIX",),
        modified=True,
    ),
    Entry(
        name="ry",
        fragment="{REL_YEAR}{R}",
        handler=atoms.relative_year,
        cues=("REL_YEAR",),
        opens=("REL_YEAR",),
        leads=("REL_YEAR",),
        modified=True,
    ),
    Entry(
        name="rm",
        fragment="{REL_MONTH}{R}",
        handler=atoms.relative_month,
        cues=("REL_MONTH",),
        opens=("REL_MONTH",),
        leads=("REL_MONTH",),
        modified=True,
    ),
    Entry(
        name="rw",
        fragment="{REL_WEEK}{R}",
        handler=atoms.relative_week,
        cues=("REL_WEEK",),
        opens=("REL_WEEK",),
        leads=("REL_WEEK",),
        modified=True,
    ),
    Entry(
        name="rd",
        fragment="{REL_DAY}{R}",
        handler=atoms.relative_day,
        cues=("REL_DAY",),
        opens=("REL_DAY",),
        modified=True,
    ),
    Entry(
        name="y",
        fragment=r"(?:{YEAR_NOUN}\s+)?(?P<y1>{YEAR})(?:\s*+{DASH}\s*+(?P<y2>{YEAR}))?{R}",
        handler=atoms.year,
        digits=True,
        opens=("YEAR_NOUN",),
        leads=("YEAR_NOUN",),
        modified=True,
    ),
)

#: The inner modifier that may open a ``modified`` entry, and the relation suffix
#: (``jl.``, ``a.s.``) that may close any.
_MODIFIER = r"(?P<inner>{INNER}\s+)"
_SUFFIX = r"(?:\s+(?P<suffix>{SUFFIX}){AFTER_SUFFIX})?"


def _check(grammar: Iterable[Entry]) -> None:
    """Every role names a table; every entry is reachable by the screen."""
    for e in grammar:
        for table in (*e.cues, *e.opens, *e.leads, *e.after_number):
            if table not in TABLES:
                raise ValueError(f"date grammar entry {e.name!r}: no table {table!r}")
        if not e.cues and not e.digits:
            raise ValueError(f"date grammar entry {e.name!r}: no cue and no digits")


def _branch(e: Entry) -> str:
    lookahead = first_chars((TABLES[t] for t in e.opens), digits=e.digits)
    return f"{lookahead}(?P<{e.name}>{e.fragment})"


def _template(grammar: tuple[Entry, ...]) -> str:
    """The whole pattern: the entries' branches, the modified ones after an optional
    inner modifier, then an optional suffix."""
    plain = [_branch(e) for e in grammar if not e.modified]
    modified = [_branch(e) for e in grammar if e.modified]
    inner = first_chars([TABLES["INNER"]]) + _MODIFIER
    return (
        "{L}(?:"
        + "|".join([*plain, f"(?:{inner})?(?:" + "|".join(modified) + ")"])
        + ")"
        + _SUFFIX
    )


_check(GRAMMAR)
_TEMPLATE = _template(GRAMMAR)
#: Every expression of the grammar, for any text.
ATOM = compile_regex(REGEX.render(_TEMPLATE, _NAMED), regex.IGNORECASE)
#: :data:`ATOM` in stdlib ``re``, for stretches whose characters it reads as ``regex``
#: does (see :mod:`~kamerparse.extract.dates.scan`); ``None`` if it cannot be.
ATOM_LATIN = compile_latin(LATIN.render(_TEMPLATE, _NAMED), ATOM)

#: ``(index in m.groups(), handler)`` of each entry (an index is cheaper than a name).
_DISPATCH = tuple((ATOM.groupindex[e.name] - 1, e.handler) for e in GRAMMAR)


def atom_from(m: Match, sentence_start: bool) -> Atom | None:
    """The atom of a match of :data:`ATOM` (or :data:`ATOM_LATIN`)."""
    g = m.groups()
    for index, handler in _DISPATCH:
        if g[index]:
            return handler(m, sentence_start)
    return None


# --- the screen, derived from the grammar ---------------------------------------------


def _all_words(tables: Iterable[str]) -> set[str]:
    return {w.lower() for t in tables for p in TABLES[t] for w in p.split()}


def _first_words(tables: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({p.split()[0].lower() for t in tables for p in TABLES[t]}))


#: Literal cues: every expression but one opening with a number contains a word starting
#: with one of these (the last word of a cue table's phrase, without a final full stop:
#: ``jan`` covers ``jan.`` and ``januari``).
TRIGGERS: tuple[str, ...] = minimal_prefixes(
    p.split()[-1].lower().rstrip(".") for e in GRAMMAR for t in e.cues for p in TABLES[t]
)
#: Words that may open an expression before its cue (``aan het begin van``, ``de
#: eerste``, ``afgelopen``, ``iedere derde``, ``achttien``).
CHAIN = frozenset(_all_words(["INNER", *(t for e in GRAMMAR for t in e.leads)]))
#: The first words of every expression that does not open with a digit.
START_WORDS = _first_words(["INNER", *(t for e in GRAMMAR for t in e.opens)])
#: What may follow a leading number and white space: a unit (``18 maanden``), a month
#: (``3 november``) or a range's connector (``3 tot 5 mei``).
AFTER_NUMBER = _first_words(t for e in GRAMMAR for t in e.after_number)

"""The date pattern in stdlib ``re`` (``grammar.ATOM_LATIN``) matches as the ``regex`` one does;
the cheap screens before the context patterns never reject where a pattern matches.

``extract_events`` uses the ``re`` version on regions whose characters are Latin-1 or
wider ones that are no letter, digit, white space or case variant (but of themselves,
for the pattern's own wide characters, the dashes) (see ``LATIN`` in
``kamerparse.extract.dates.patterns``). That rests on the two engines agreeing on case in that
range, which these tests check, and on the translated classes, checked on samples.
"""

from __future__ import annotations

import re

import pytest
import regex

from kamerparse import lexicon as lx
from kamerparse.extract.dates import context, grammar, scan

LATIN = [chr(c) for c in range(256)]
WIDE_IN_PATTERN = list(scan._WIDE_IN_ATOM)


@pytest.mark.parametrize("pattern_char", LATIN + WIDE_IN_PATTERN)
def test_case_insensitive_latin_agrees(pattern_char: str) -> None:
    folded_regex = regex.compile("(?i)" + regex.escape(pattern_char), regex.VERSION0)
    folded_re = re.compile("(?i)" + re.escape(pattern_char))
    for c in LATIN + WIDE_IN_PATTERN:
        assert bool(folded_regex.match(c)) == bool(folded_re.match(c)), (pattern_char, c)


SAMPLES = [
    "30 juni 2022 is",
    "3 november jl. en",
    "september jl.",
    "Mei is",
    "eind december 2023,",
    "het eerste kwartaal van 2024",
    "de tweede helft van volgend jaar",
    "2014–2019 en",
    "2014 - 2019",
    "van 30 september tot 2 oktober jl.",
    "3-5 oktober",
    "3–5 oktober",
    "2014—2019",
    "van 1 tot 3 mei – en",
    "18 maanden",
    "anderhalf jaar",
    "iedere derde woensdag in maart",
    "jaarlijks",
    "aan het begin van 1950",
    "afgelopen voorjaar",
    "vandaag",
    "2022a",
    "2022\xa0a.s.",
    "1\x85mei",
    "12\x1cmei",
    "15 juniª",
    "jan. 2023",
    "jan.",
    "dit jaar²",
    "3 nov.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_latin_pattern_matches_as_regex(text: str) -> None:
    assert grammar.ATOM_LATIN is not None
    for start in range(len(text)):
        a = grammar.ATOM.match(text, start)
        b = grammar.ATOM_LATIN.match(text, start)
        assert (a is None) == (b is None), (text, start)
        if a is not None and b is not None:
            assert a.span() == b.span() and a.groups() == b.groups(), (text, start)


# --- the cheap screens before the context patterns ------------------------------------
# ``_keep``, ``_may_link`` and ``_cue`` try a pattern only where a cheap string test says it
# may match: the test must never say no where the pattern matches.

_SPACES = [" ", "  ", "\n", "\xa0", "\u2003 ", ""]


def _variants(word: str) -> list[str]:
    """``word`` as written, in upper case, capitalised, and with the wider characters the
    case-insensitive patterns take for ASCII letters (``ſ`` for ``s``, ``İ`` for ``i``,
    the Kelvin sign for ``k``)."""
    wide = word.replace("s", "ſ").replace("i", "İ").replace("k", "\u212a")
    return [word, word.upper(), word.capitalize(), wide]


def _before_texts(words: list[str]) -> list[str]:
    """Texts ending in one of ``words`` (and maybe a link), then white space."""
    out = []
    for w in words:
        for v in _variants(w):
            for sp in _SPACES:
                for link in ("", *lx.MODIFIER_LINKS):
                    tail = f"{v}{sp}{link} " if link else f"{v}{sp}"
                    out += [f"x {tail}", f"({tail}", tail]
    return out


def test_outer_screen_never_rejects_a_match() -> None:
    for before in _before_texts(list(lx.OUTER_MODIFIERS)):
        text = before + "2020"
        start = len(before)
        window = max(0, start - context.WINDOW)
        if context.OUTER.match(text, window, start):
            assert context.may_end_modifier(text[window:start].rstrip()), text


def test_label_and_unit_screens_never_reject_a_match() -> None:
    for before in _before_texts(list(lx.YEAR_BLOCKING_LABELS)):
        for extra in ("", ", ", ": I ", "II "):
            text = before + extra + "2020"
            start = len(text) - 4
            window = max(0, start - context.WINDOW)
            if context.LABEL.match(text, window, start):
                assert text[window:start].rstrip().endswith(context.LABEL_ENDS), text
    for unit in (*lx.YEAR_BLOCKING_UNITS, ".5", ",5", "/ 2", " / 2"):
        for v in _variants(unit):
            for sp in _SPACES:
                text = f"2020{sp}{v} x"
                after = text[4:12].lstrip()
                if context.UNIT_AFTER.match(text, 4):
                    assert not after or after[0] in context.UNIT_FIRST, text


def test_link_screen_never_rejects_a_match() -> None:
    words = (*lx.INTERVAL_CONNECTORS, *lx.INTERVAL_AND, *lx.COORDINATORS)
    for w in words:
        for v in _variants(w):
            for sp in [*_SPACES, " " * 12]:
                gap = f"{sp}{v}{sp}"
                text = "2020" + gap + "2021"
                end, start = 4, 4 + len(gap)
                if (
                    context.CONNECTOR.fullmatch(text, end, start)
                    or context.AND.fullmatch(text, end, start)
                    or context.COORD.fullmatch(text, end, start)
                ):
                    assert context.may_link(text, end, start), text


def test_cue_screen_never_rejects_a_match() -> None:
    for words, pattern, hints in (
        (lx.FUTURE_CUES, context.FUTURE, context.FUTURE_HINTS),
        (lx.PAST_CUES, context.PAST, context.PAST_HINTS),
    ):
        for w in words:
            for v in _variants(w):
                text = f"Het {v} in mei."
                if pattern.search(text):
                    folded = text.casefold().replace("\u0307", "")
                    assert any(h in folded for h in hints), text

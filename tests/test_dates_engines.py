"""The date pattern in stdlib ``re`` (``_ATOM_LATIN``) matches as the ``regex`` one does.

``extract_events`` uses the ``re`` version on regions whose characters are Latin-1 or
wider ones that are no letter, digit, white space or case variant (but of themselves,
for the pattern's own wide characters, the dashes) (see ``_latin`` in
``kamerparse.extract.dates``). That rests on the two engines agreeing on case in that
range, which these tests check, and on the translated classes, checked on samples.
"""

from __future__ import annotations

import re

import pytest
import regex

from kamerparse.extract import dates

LATIN = [chr(c) for c in range(256)]
WIDE_IN_PATTERN = list(dates._WIDE_IN_ATOM)


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
    assert dates._ATOM_LATIN is not None
    for start in range(len(text)):
        a = dates._ATOM.match(text, start)
        b = dates._ATOM_LATIN.match(text, start)
        assert (a is None) == (b is None), (text, start)
        if a is not None and b is not None:
            assert a.span() == b.span() and a.groups() == b.groups(), (text, start)

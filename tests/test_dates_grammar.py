"""The date grammar's screen never misses what its pattern matches.

The screen (``scan.TRIGGERS``, ``CHAIN``, ``START_WORDS``, the digit rule) is derived
from the grammar table; these tests compare it against the pattern tried at *every*
word start, on text made of every table's words. A branch whose cue was forgotten (or a
table left out of an entry's roles) is found by the exhaustive way and missed by the
screen, and the comparison fails.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerparse.extract import ExtractContext, Region
from kamerparse.extract._literals import trie
from kamerparse.extract.dates import extract_events, grammar, scan
from kamerparse.records import Span

REF = datetime.date(2022, 11, 25)


def every_word_start(text: str, low: str, lo: int, hi: int) -> list[int]:
    return [i for i in range(lo, hi) if i == lo or not text[i - 1].isalnum()]


@contextmanager
def exhaustive() -> Iterator[None]:
    """The pattern tried at every word start: no screen at all."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(scan, "candidates_fast", lambda *args: None)
        m.setattr(scan, "candidates", every_word_start)
        yield


def events(text: str) -> Any:
    ctx = ExtractContext(
        text=text, regions=(Region(span=Span(start=0, end=len(text))),), reference_date=REF
    )
    return extract_events(ctx)


def assert_screen_complete(text: str) -> None:
    screened = events(text)
    with exhaustive():
        assert events(text) == screened, text


_WORDS = sorted({w for items in grammar.TABLES.values() for w in items})


@pytest.mark.parametrize("entry", grammar.GRAMMAR, ids=lambda e: e.name)
def test_every_cue_word_is_found_by_the_screen(entry: grammar.Entry) -> None:
    """Each cue word of each entry, alone and after each opening word, is a candidate."""
    for table in entry.cues:
        for phrase in grammar.TABLES[table]:
            last = phrase.split()[-1]
            text = f"x {last} x"
            found = scan.candidates(text, text.lower(), 0, len(text))
            assert 2 in found, (entry.name, phrase)
            fast = scan.candidates_fast(text, 0, len(text))
            assert fast is not None and 2 in fast[0], (entry.name, phrase)


@pytest.mark.parametrize("entry", grammar.GRAMMAR, ids=lambda e: e.name)
def test_each_table_word_in_context(entry: grammar.Entry) -> None:
    """Every word of every table an entry names, between an opening and a closing word
    of the grammar: the screen finds what the exhaustive way finds."""
    for table in sorted(entry.tables):
        for w in grammar.TABLES[table]:
            for before, after in (("het eerste", "2023"), ("3", "2022"), ("eind", "jl.")):
                assert_screen_complete(f"Op {before} {w} {after} en {w} kwartaal.")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_WORDS)
        | st.sampled_from(["2022", "1999", "3", "30", "12", "2014–2019", "5", "x", "Mei"]),
        min_size=1,
        max_size=8,
    )
)
def test_random_phrases_of_grammar_words(parts: list[str]) -> None:
    assert_screen_complete(" ".join(parts) + ".")


def test_a_forgotten_cue_is_caught() -> None:
    """Without ``kwartaal`` among the triggers the screen misses the quarter, and the
    comparison above would fail."""
    text = "Op het eerste kwartaal."
    with exhaustive():
        full = events(text)
    assert [e.value for e in full.records] == ["2023-Q1"]
    with pytest.MonkeyPatch.context() as m:
        lower_trigger = [t for t in grammar.TRIGGERS if not "kwartaal".startswith(t)]
        assert lower_trigger != list(grammar.TRIGGERS)
        pattern = re.compile(rb" (?:" + trie(lower_trigger).encode() + rb"|([0-9]+))")
        m.setattr(scan, "_BYTE_SCAN", pattern)
        assert events(text) != full

"""Parsing recovers what was built: synthetic letters in each layout (tests/strategies.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import kamerparse
from kamerparse.readers.base import to_superscript
from kamerparse.records import Letter
from strategies import (
    LAYOUTS,
    SyntheticLetter,
    body_paragraphs,
    letter_specs,
    paragraph_text,
    random_letters,
    render_letter,
)

#: Layouts whose header names the dossier, stuk and senders (the letterhead does not:
#: there the senders are the signatories' roles).
_HEADER_LAYOUTS = ("kamerstuk-md", "ob-page-text")

#: No shrinking: a whole-letter parse costs milliseconds and shrinking a failing letter
#: runs thousands of them; the failing spec is printed as generated.
_SETTINGS = settings(
    max_examples=20,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow],
)


def expected_facts(spec: SyntheticLetter, layout: str) -> dict[str, Any]:
    """What parsing ``render_letter(spec, layout)`` must give."""
    facts: dict[str, Any] = {
        "document_type": "letter",
        "chamber": spec.chamber,
        "date": spec.date,
        "signatories": tuple((s.role.role, s.name) for s in spec.signatures),
        "sections": tuple((s.number, s.title, s.level, s.parent) for s in spec.sections),
        "footnotes": spec.footnotes,
        "markers": spec.marker_counts(layout),
    }
    if layout in _HEADER_LAYOUTS:
        facts |= {
            "dossiers": ((spec.dossier.number, spec.dossier.title),),
            "stuk": spec.stuk,
            "senders": tuple(s.role for s in spec.senders),
            "place": "Den Haag",
            "vergaderjaar": (
                spec.vergaderjaar
                if layout == "kamerstuk-md" or spec.metadata_table
                else None
            ),
        }
    else:
        # a letter as sent has no title: its senders are the roles that sign it
        senders = tuple(s.role.role for s in spec.signatures)
        facts |= {"dossiers": (), "stuk": None, "senders": senders, "place": None}
    return facts


def actual_facts(letter: Letter, keys: set[str]) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "document_type": letter.document_type.value,
        "chamber": letter.chamber.value if letter.chamber else None,
        "date": letter.date,
        "signatories": tuple((s.role, s.name) for s in letter.signatories),
        # the numbered ones: the spec's sub-headings are unnumbered sections (test_sections)
        "sections": tuple(
            (s.number, s.title, s.level, s.parent) for s in letter.sections if s.number
        ),
        "footnotes": tuple((f.number, f.text) for f in letter.footnotes),
        "markers": tuple((f.number, len(f.refs)) for f in letter.footnotes),
        "dossiers": tuple((d.number, d.title) for d in letter.dossiers),
        "stuk": letter.stuk.number if letter.stuk else None,
        "senders": tuple(s.role for s in letter.senders),
        "place": letter.place,
        "vergaderjaar": letter.vergaderjaar,
    }
    return {k: v for k, v in facts.items() if k in keys}


def _check(spec: SyntheticLetter, layout: str) -> None:
    text = render_letter(spec, layout)
    letter = kamerparse.parse(text)
    want = expected_facts(spec, layout)
    got = actual_facts(letter, set(want))
    # every paragraph is in the text whole: page breaks, footnote blocks and hard wraps
    # joined, markers as superscripts
    want["paragraphs missing"] = ()
    got["paragraphs missing"] = tuple(
        text[:60]
        for text in (paragraph_text(p, layout) for _, p in body_paragraphs(spec))
        if text not in letter.text
    )
    misses = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    assert not misses, "\n".join(f"{k}: expected {w!r}, got {g!r}" for k, (w, g) in misses.items())
    body_end = min((f.span.start for f in letter.footnotes), default=len(letter.text))
    for note in letter.footnotes:
        for ref in note.refs:
            assert ref.of(letter.text) == to_superscript(note.number)
            assert ref.end <= body_end, f"footnote {note.number}'s marker is not in the body"


@pytest.mark.parametrize("layout", LAYOUTS)
@_SETTINGS
@given(spec=letter_specs())
def test_parsing_recovers_what_was_built(layout: str, spec: SyntheticLetter) -> None:
    _check(spec, layout)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_fixed_batch(layout: str) -> None:
    """A fixed seeded batch (the one benchmarks build), so failures are reproducible."""
    for spec, lay, _ in random_letters(10, seed=7, layouts=(layout,)):
        _check(spec, lay)


def test_random_letters_is_reproducible() -> None:
    first = random_letters(6, seed=3)
    second = random_letters(6, seed=3)
    assert [t for *_, t in first] == [t for *_, t in second]
    assert {lay for _, lay, _ in first} == set(LAYOUTS)
    assert random_letters(3, seed=4) != random_letters(3, seed=5)


@_SETTINGS
@given(spec=letter_specs())
def test_spec_invariants(spec: SyntheticLetter) -> None:
    """The builder keeps its own promises (so a failure above is the parser's)."""
    assert 1 <= len(spec.senders) <= 4
    assert len(spec.signatures) == len(spec.senders)
    assert [n for n, _ in spec.footnotes] == [str(i) for i in range(1, len(spec.footnotes) + 1)]
    markdown = render_letter(spec, "kamerstuk-md")
    for number, refs in spec.marker_counts():
        assert markdown.count(f"<sup>{number}</sup>") == refs + 1
    assert spec.dossier.number.replace("-", "") == spec.dossier.printed.replace(" ", "").replace(
        "-", ""
    )

"""Every shortcut against the plain way it stands in for: the same records, exactly.

The extractors decide cheaply where a pattern can match before running it (see
docs/architecture.md, "How the extractors stay fast"), and each keeps the plain way for
input its shortcut cannot judge. Here the plain way is forced (the shortcut's entry
point replaced by "cannot judge") and must give what the shortcut gives: on the seed,
the corpus and random paragraphs rich in what each extractor looks for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kamerparse
from kamerparse import _pipeline
from kamerparse.extract import ExtractContext, Region, dates, money, references, sentences
from kamerparse.records import Span
from paths import corpus_paths

OPENING = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2023\n\n"
CLOSING = "\n\nDe Minister van Defensie,\nK.H. Ollongren\n"

#: extractor -> (its module, the shortcut's entry point, what returning it means)
SHORTCUTS: dict[str, tuple[Any, str, Callable[..., Any]]] = {
    "dates": (dates.scan, "candidates_fast", dates.extract_events),
    "references": (references, "_candidates_by_region", references.extract_references),
    "money": (money, "_runs", money.extract_contributions),
}


def context_of(data: str | bytes) -> ExtractContext:
    """The context the pipeline builds for ``data``."""
    seen: list[ExtractContext] = []

    def spy(ctx: ExtractContext) -> Any:
        seen.append(ctx)
        return references.extract_references(ctx)

    with pytest.MonkeyPatch.context() as m:
        m.setattr(_pipeline, "extract_references", spy)
        kamerparse.parse(data)
    return seen[0]


def fresh(ctx: ExtractContext) -> ExtractContext:
    return ExtractContext(
        text=ctx.text, regions=ctx.regions, reference_date=ctx.reference_date, markers=ctx.markers
    )


@contextmanager
def plain(name: str) -> Iterator[Callable[..., Any]]:
    """The extractor ``name`` with its shortcut off (its entry point answers ``None``)."""
    module, entry, extract = SHORTCUTS[name]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(module, entry, lambda *args, **kwargs: None)
        yield extract


def assert_same(ctx: ExtractContext) -> None:
    for name, (_, _, extract) in SHORTCUTS.items():
        fast = extract(fresh(ctx))
        with plain(name) as slow:
            assert slow(fresh(ctx)) == fast, name
    for region in ctx.regions:
        lo, hi = region.span.start, region.span.end
        if "!" in ctx.text[lo:hi] or "?" in ctx.text[lo:hi]:
            continue
        start = lo
        while start < hi and ctx.text[start].isspace():
            start += 1
        assert sentences._split_at_full_stops(
            ctx.text, lo, hi, start
        ) == sentences._split_by_pattern(ctx.text, lo, hi, start)


def test_seed_and_corpus(seed_path: Path) -> None:
    for path in [seed_path, *corpus_paths()]:
        assert_same(context_of(path.read_bytes()))


_PARTS = (
    "Op 3 november jl. heeft het kabinet besloten",
    "tot en met 30 juni 2024",
    "medio januari 2023",
    "in het eerste kwartaal van 2023",
    "dit najaar",
    "achttien maanden",
    "2014–2019",
    "het weekend van 30 september tot 2 oktober jl.",
    "(Kamerstuk 29 521, nr. 446)",
    "Kamerstukken II 2021/22, 29 521, nr. 446",
    "kst-29521-446",
    "Handelingen II 2022/23, nr. 12, item 4",
    "Aanhangsel Handelingen II 2022/23, nr. 880",
    "2022Z18320",
    "een bijdrage van 3,5 miljoen euro aan GPOI",
    "EUR 500 miljoen",
    "€ 1,2 mld",
    "$ 12.000",
    "350.000 Amerikaanse dollar",
    "uſd 5",
    "Europese",
    "J.A. Hennis-Plasschaert",
    "o.a.",
    "bijv. in",
    "nr.",
    "Pagina 1 van 8",
    "1,5",
    "²",
    "İ",
    "K",
    "٣",
    "\u00a0",
)


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(
        st.sampled_from(_PARTS) | st.text(alphabet="aZ9.,– \n-€$", max_size=6),
        min_size=1,
        max_size=10,
    ),
    joiners=st.lists(
        st.sampled_from((" ", ". ", ".\n\n", "\n\n", "", ", ", " – ", "! ")),
        min_size=10,
        max_size=10,
    ),
)
def test_random_paragraphs(parts: list[str], joiners: list[str]) -> None:
    body = "".join(p + j for p, j in zip(parts, joiners, strict=False))
    assert_same(context_of(OPENING + body + CLOSING))


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet="aB1. \n'“(”)¹", max_size=60))
def test_full_stop_shortcut_on_any_text(text: str) -> None:
    """The sentence splitter's two-character decisions, on text of the characters that
    matter to them."""
    ctx = ExtractContext(text=text, regions=(Region(span=Span(start=0, end=len(text))),))
    assert_same(ctx)

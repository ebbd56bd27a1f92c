"""The work of a parse grows linearly with the input (counted, not timed).

Each input of ``benchmarks/bench_linear.py`` (the line shapes of issue 14, XML, HTML and
Word runs) is parsed at three sizes under ``cProfile``, which counts every call of a
Python function, every resumption of a generator (a scan written as ``any(... for j in
range(i))`` is one per step) and every call of a C function such as a compiled
pattern's ``match``/``search``. Doubling the input may at most (about) double each
function's count and the total: a quadratic loop (a rescan per block, a list search
per element) makes some count grow fourfold. The timings are in docs/performance.md.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from collections.abc import Callable

import pytest

import kamerparse
from paths import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "benchmarks"))
import itertools

import bench_linear

#: Sizes (characters or bytes) of the three runs: small, so the test takes seconds.
SIZES = (3_000, 6_000, 12_000)
#: A doubling may multiply a count by at most this (2 is linear; the slack covers the
#: fixed part of a parse and the rounding of a repeated unit to the size).
MAX_GROWTH = 2.3
#: Counts below this at the largest size, or below this share of all calls, are not
#: looked at one by one: fixed costs, and content effects such as the footnote numbers
#: of the XML run getting wider (a quadratic loop soon holds most calls).
MIN_COUNT = 200
MIN_SHARE = 0.01

CASES: list[tuple[str, Callable[[int], str | bytes]]] = [
    (repr(s), bench_linear.repeated_lines(s)) for s in bench_linear.SHAPES
] + [
    ("xml: dated al", bench_linear.xml_dated_paragraphs),
    ("xml: noot", bench_linear.xml_notes),
    ("html: p", bench_linear.html_paragraphs),
    ("docx: w:p", bench_linear.docx_paragraphs),
]


def call_counts(data: str | bytes) -> dict[str, int]:
    """Calls per function (``file:line(name)``) in one parse of ``data``."""
    prof = cProfile.Profile()
    prof.enable()
    kamerparse.parse(data)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    counts: dict[str, int] = {}
    for (file, line, name), (_, ncalls, *_rest) in stats.items():
        counts[f"{file}:{line}({name})"] = ncalls
    return counts


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    kamerparse.parse("Den Haag, 3 maart 2023\n\nA\n")  # lazy imports, compiled patterns


@pytest.mark.parametrize(("name", "build"), CASES, ids=[c[0] for c in CASES])
def test_calls_grow_linearly(name: str, build: Callable[[int], str | bytes]) -> None:
    runs = [call_counts(build(n)) for n in SIZES]
    totals = [sum(r.values()) for r in runs]
    for small, large in itertools.pairwise(totals):
        assert large <= MAX_GROWTH * small, (name, totals)
    worst: list[tuple[float, str, list[int]]] = []
    for key, count in runs[-1].items():
        if count < MIN_COUNT or count < MIN_SHARE * totals[-1]:
            continue
        counts = [r.get(key, 0) for r in runs]
        for small, large in itertools.pairwise(counts):
            if large > MAX_GROWTH * max(small, 1):
                worst.append((large / max(small, 1), key, counts))
    assert not worst, (name, sorted(worst, reverse=True)[:5])


def test_a_quadratic_loop_is_caught() -> None:
    """The check itself: a rescan of all earlier items per item fails it."""

    def quadratic(n: int) -> None:
        items = list(range(n // 100))
        for i in range(len(items)):
            any(items[j] < 0 for j in range(i))

    counts = []
    for n in SIZES:
        prof = cProfile.Profile()
        prof.enable()
        quadratic(n)
        prof.disable()
        counts.append(sum(c[1] for c in pstats.Stats(prof).stats.values()))  # type: ignore[attr-defined]
    assert counts[2] > MAX_GROWTH * counts[1]

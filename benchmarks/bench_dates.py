"""Dated events: our extractor against ``dateparser.search_dates``, side by side.

    python benchmarks/bench_dates.py            # every gold letter whose source is present
    python benchmarks/bench_dates.py --runs 50  # more repetitions of our parse

For each letter with a gold file in ``tests/gold/events/`` (the seed always; corpus
letters when ``../shared/corpus`` is present) it prints, as a Markdown table:

* F1 against the hand-written gold (strict: same value and mod on an overlapping span;
  lenient: overlapping span) for our events and for dateparser's;
* wall-clock time per letter: our *whole* ``kamerparse.parse`` (read, segment, sections,
  all extractors) and our date extractor alone (``extract_events`` on the context the
  pipeline builds) versus ``dateparser.search_dates(text, languages=["nl"])`` alone
  (fastest of the runs, for both sides), and the ratios.

dateparser is an optional, benchmark-only dependency (``pip install -e '.[bench]'``); when
it is missing the script says so and prints our numbers only. It runs on ``Letter.text``
(the normalised text, so Markdown marks do not count against it) with
``RELATIVE_BASE`` set to the letter's date; it gives no positions, so each string it
returns is located in the text in order. Only its matches after the date line are
scored (the header and date line are not events). Its value is the ISO day of the
``datetime`` it returns; the *generous* column truncates that to the gold value's
granularity (``2024-06`` for a month) before comparing.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

import kamerparse  # noqa: E402
from dates_scoring import Gold, Item, Score, gold_files, items_of, load_gold, locate, score  # noqa: E402
from kamerparse import _pipeline  # noqa: E402
from kamerparse.extract import ExtractContext, Extracted  # noqa: E402
from kamerparse.extract.dates import extract_events  # noqa: E402
from kamerparse.records import DatedEvent, Letter  # noqa: E402

SearchDates = Callable[..., Any]


def _load_dateparser() -> SearchDates | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    return search_dates  # type: ignore[no-any-return]


def _ms(fn: Callable[[], object], runs: int) -> float:
    """The fastest of ``runs`` wall-clock runs, in ms (the least disturbed by other load
    on the machine; the same statistic for both sides)."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times)


def _context_of(raw: str) -> ExtractContext:
    """The ExtractContext the pipeline builds for ``raw`` (captured from one parse)."""
    seen: list[ExtractContext] = []

    def spy(ctx: ExtractContext) -> Extracted[DatedEvent]:
        seen.append(ctx)
        return extract_events(ctx)

    setattr(_pipeline, "extract_events", spy)  # noqa: B010 - benchmark-only spy
    try:
        kamerparse.parse(raw)
    finally:
        setattr(_pipeline, "extract_events", extract_events)  # noqa: B010
    return seen[0]


def _theirs(found: Sequence[tuple[str, datetime.datetime]] | None, letter: Letter) -> list[Item]:
    text = letter.text
    floor = letter.dateline.span.end if letter.dateline else 0
    items: list[Item] = []
    pos = 0
    for s, dt in found or ():
        i = text.find(s, pos)
        if i == -1:
            i = text.find(s)
        if i == -1:
            continue
        pos = i + len(s)
        if i < floor:
            continue
        items.append(Item(start=i, end=i + len(s), value=dt.date().isoformat(), mod=None))
    return items


def _generous(gold: list[Item], theirs: list[Item]) -> list[Item]:
    """Their values truncated to the granularity of an overlapping gold value."""
    out = []
    for p in theirs:
        value = p.value
        for g in gold:
            if p.start < g.end and g.start < p.end and g.value and len(g.value) in (4, 7, 10):
                value = (p.value or "")[: len(g.value)]
                break
        out.append(Item(start=p.start, end=p.end, value=value, mod=p.mod))
    return out


def _sum(scores: Sequence[Score]) -> Score:
    matched = sum(s.matched for s in scores)
    gold = sum(s.gold for s in scores)
    pred = sum(s.predicted for s in scores)
    p = matched / pred if pred else 1.0
    r = matched / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(precision=p, recall=r, f1=f, matched=matched, gold=gold, predicted=pred)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--runs", type=int, default=20, help="repetitions of our parse (median)")
    ap.add_argument("--their-runs", type=int, default=3, help="repetitions of dateparser")
    args = ap.parse_args(argv)

    search_dates = _load_dateparser()
    if search_dates is None:
        print(
            "dateparser is not installed (optional: pip install -e '.[bench]'); "
            "showing our numbers only.\n"
        )
    else:
        search_dates("op 3 november 2022", languages=["nl"])  # load its language data once

    golds: list[Gold] = [g for g in map(load_gold, gold_files()) if g.source.is_file()]
    header = (
        "| letter | gold | ours strict F1 | ours lenient F1 | ours: whole parse ms"
        " | ours: events only ms |"
    )
    rule = "|---|---:|---:|---:|---:|---:|"
    if search_dates is not None:
        header += (
            " dateparser strict F1 | generous F1 | lenient F1 | dateparser ms"
            " | ratio (parse) | ratio (events) |"
        )
        rule += "---:|---:|---:|---:|---:|---:|"
    print(header)
    print(rule)
    totals: dict[str, list[Score]] = {"os": [], "ol": [], "ts": [], "tg": [], "tl": []}
    seed_ratio: float | None = None
    seed_events_ratio: float | None = None
    for gold in golds:
        raw = gold.source.read_text(encoding="utf-8")
        letter = kamerparse.parse(raw, name=gold.source.name)
        items, missing = locate(gold, letter.text)
        ours = items_of(letter)
        os_, ol = score(items, ours, strict=True), score(items, ours, strict=False)
        totals["os"].append(os_)
        totals["ol"].append(ol)
        ours_ms = _ms(functools.partial(kamerparse.parse, raw), args.runs)
        events_ms = _ms(functools.partial(extract_events, _context_of(raw)), args.runs)
        row = (
            f"| {gold.name} | {len(items)} | {os_.f1:.3f} | {ol.f1:.3f} | {ours_ms:.2f}"
            f" | {events_ms:.2f} |"
        )
        if search_dates is not None:
            base = datetime.datetime.combine(letter.date, datetime.time()) if letter.date else None
            settings = {"RELATIVE_BASE": base} if base else {}

            def run_theirs(text: str = letter.text, st: dict[str, Any] = settings) -> Any:
                return search_dates(text, languages=["nl"], settings=st)

            found = run_theirs()
            theirs_ms = _ms(run_theirs, args.their_runs)
            theirs = _theirs(found, letter)
            ts = score(items, theirs, strict=True)
            tg = score(items, _generous(items, theirs), strict=True)
            tl = score(items, theirs, strict=False)
            totals["ts"].append(ts)
            totals["tg"].append(tg)
            totals["tl"].append(tl)
            ratio = theirs_ms / ours_ms
            if gold.name == "kst-29521-AZ":
                seed_ratio = ratio
                seed_events_ratio = theirs_ms / events_ms
            row += (
                f" {ts.f1:.3f} | {tg.f1:.3f} | {tl.f1:.3f} | {theirs_ms:.1f} | {ratio:.0f}×"
                f" | {theirs_ms / events_ms:.0f}× |"
            )
        if missing:
            row += f" (gold not found: {missing})"
        print(row)
    line = f"| **all (micro)** | {sum(s.gold for s in totals['os'])} | "
    line += f"{_sum(totals['os']).f1:.3f} | {_sum(totals['ol']).f1:.3f} | | |"
    if search_dates is not None:
        line += (
            f" {_sum(totals['ts']).f1:.3f} | {_sum(totals['tg']).f1:.3f} |"
            f" {_sum(totals['tl']).f1:.3f} | | | |"
        )
    print(line)
    if seed_ratio is not None:
        verdict = "meets" if seed_ratio >= 50 else "MISSES"
        print(
            f"\nseed letter: dateparser takes {seed_ratio:.0f}× as long as our whole parse "
            f"({verdict} the ≥50× goal) and {seed_events_ratio or 0:.0f}× as long as our "
            "date extractor alone."
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Dated events: every temporal expression in the body and footnotes, normalised TIMEX3-style.

Conventions (values, ``mod``, relative resolution, what is not an event) are in
``docs/timex.md``. The extractor works in three steps per region:

1. *atoms*: one pass of :data:`~kamerparse.extract.dates.grammar.ATOM` (built, with its
   screen, from the one table :data:`~kamerparse.extract.dates.grammar.GRAMMAR`) over
   the region, at the candidates the screen finds (:mod:`~.scan`);
2. *links*: neighbouring atoms joined by a connector become an interval
   (``30 september tot 2 oktober jl.``, ``van 2021 t/m 2027``) or share a year or
   ``jl.`` (``september en oktober jl.``); the outer modifier before an atom
   (``tot en met``, ``uiterlijk``, ``sinds``) sets its ``mod`` (:mod:`~.context`);
3. *resolution*: the value is computed against ``ctx.reference_date``; without one,
   relative expressions get a partial value (``XXXX-11-03``) and a
   ``date-no-reference`` diagnostic. The clock is never read (:mod:`~.resolve`).

Every record names the rule that produced it in ``rule``.
"""

from __future__ import annotations

import bisect
import datetime
import operator
from collections.abc import Iterable

from kamerparse._rx import re, regex
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract.dates import context, scan
from kamerparse.extract.dates.atoms import Atom
from kamerparse.extract.dates.grammar import ATOM, ATOM_LATIN, atom_from
from kamerparse.extract.dates.resolve import Resolved, bounds, resolve
from kamerparse.extract.sentences import sentence_at
from kamerparse.records import DatedEvent, Diagnostic, Severity, Span, TimexType

__all__ = ["DIAGNOSTIC_CODES", "extract_events"]

#: Diagnostic codes this module emits (stable; documented in docs/timex.md).
DIAGNOSTIC_CODES = ("date-no-reference", "date-invalid")

_SPAN_KEY = operator.attrgetter("span.start", "span.end")
_DATE = TimexType.DATE
_TYPE_OF_KIND = {"duration": TimexType.DURATION, "set": TimexType.SET}


def extract_events(ctx: ExtractContext) -> Extracted[DatedEvent]:
    """Every temporal expression in ``ctx.regions``, in text order (see docs/timex.md)."""
    records: list[DatedEvent] = []
    diagnostics: list[Diagnostic] = []
    marker_starts = sorted(s.start for s in ctx.markers)
    if not ctx.regions:
        return Extracted()
    # only the stretch the regions cover is read (callers may pass one small region)
    lo = min(r.span.start for r in ctx.regions)
    hi = max(r.span.end for r in ctx.regions)
    text = ctx.text
    found = scan.candidates_fast(text, lo, hi)
    fast = found is not None
    if found is None:
        candidates = scan.candidates(text, text[:lo] + scan.lower(text[lo:hi]) + text[hi:], lo, hi)
        breaks: list[int] = []
    else:
        candidates, breaks = found
    for region in ctx.regions:
        first = bisect.bisect_left(candidates, region.span.start)
        last = bisect.bisect_left(candidates, region.span.end)
        if first == last:
            continue  # no cue word and no day or year number: nothing to do
        todo = candidates[first:last]
        atom_re: regex.Pattern[str] | re.Pattern[str] = ATOM
        if fast and ATOM_LATIN is not None:
            k = bisect.bisect_left(breaks, region.span.start - 1)
            if k == len(breaks) or breaks[k] >= region.span.end:
                atom_re = ATOM_LATIN  # no wide letter, digit or space in reach
        atoms, sentences = _atoms(ctx, region, todo, fast, atom_re, marker_starts)
        if atoms:
            if sentences is None:
                sentences = ctx.sentences_of(region)
            groups = context.link(text, atoms, region.span.start)
            _emit(ctx, region, sentences, groups, records, diagnostics)
    records.sort(key=_SPAN_KEY)
    return Extracted(records=tuple(records), diagnostics=tuple(diagnostics))


def _atoms(
    ctx: ExtractContext,
    region: Region,
    candidates: list[int],
    fast: bool,
    atom_re: regex.Pattern[str] | re.Pattern[str],
    marker_starts: list[int],
) -> tuple[list[Atom], tuple[Span, ...] | None]:
    """The region's atoms, tried at ``candidates`` and the opening words before them; and
    its sentences if they were needed."""
    text = ctx.text
    lo, hi = region.span.start, region.span.end
    sentences: tuple[Span, ...] | None = None
    atoms: list[Atom] = []
    last_end = lo
    markers = marker_starts[
        bisect.bisect_left(marker_starts, lo) : bisect.bisect_left(marker_starts, hi)
    ]
    for pos in candidates:
        if pos < last_end:
            continue
        starts: Iterable[int] = (pos,)
        ws = scan.opening_word_before(text, pos, last_end)
        if ws is not None:  # an opening word right before the cue (``de eerste``)
            starts = [*scan.chain_starts(text, ws, last_end, scan.MAX_CHAIN - 1), pos]
        for start in starts:
            if start < last_end or (fast and not scan.may_start(text, start)):
                continue
            m = atom_re.match(text, start, hi)
            if m is None:
                continue
            last_end = m.end()
            at_sentence_start = False
            if text[start].isupper():
                if sentences is None:
                    sentences = ctx.sentences_of(region)
                at_sentence_start = _starts_sentence(sentences, start)
            atom = atom_from(m, at_sentence_start)
            if atom is not None and context.keep(text, atom, lo, markers):
                atoms.append(atom)
            if last_end > pos:
                break
    return atoms, sentences


def _starts_sentence(sentences: tuple[Span, ...], pos: int) -> bool:
    """Whether a sentence starts at ``pos`` (sentences sorted, non-overlapping)."""
    i = bisect.bisect_left(sentences, pos, key=_start_of)
    return i < len(sentences) and sentences[i].start == pos


def _start_of(span: Span) -> int:
    return span.start


def _sentence_of(sentences: tuple[Span, ...], start: int, end: int) -> Span | None:
    """The sentence around ``text[start:end]``: the one ``start`` is in, up to the end of
    the one ``end`` is in when a full stop inside the expression (``1 jan. 2023``) split
    it."""
    sentence = sentence_at(sentences, start)
    if sentence is not None and end > sentence.end:
        tail = sentence_at(sentences, end - 1)
        if tail is not None and tail.end > sentence.end:
            sentence = Span(start=sentence.start, end=tail.end)
    return sentence


def _needs_cue(atom: Atom) -> bool:
    """Whether the tense of the sentence may pick the year of ``atom``."""
    return atom.year is None and atom.offset is None and atom.rel is None


def _resolve_group(
    group: list[Atom], ref: datetime.date | None, cue: str | None
) -> tuple[Resolved, Resolved] | None:
    """The resolved first and last atom of a group (the same for a group of one); ``None``
    when a day is not in the calendar."""
    first, last = group[0], group[-1]
    try:
        res_last = resolve(last, ref, cue)
        if first is not last and first.year is None and last.year is None and res_last[2]:
            # ``30 september tot 2 oktober jl.``: the start takes the end's year
            first.year = res_last[2].year
            if res_last[1] and bounds(first, first.year)[0] > res_last[1]:
                first.year -= 1
        res_first = resolve(first, ref, cue) if first is not last else res_last
    except ValueError:
        return None
    return res_first, res_last


def _emit(
    ctx: ExtractContext,
    region: Region,
    sentences: tuple[Span, ...],
    groups: list[list[Atom]],
    records: list[DatedEvent],
    diagnostics: list[Diagnostic],
) -> None:
    """The events of a region's linked atoms."""
    text = ctx.text
    ref = ctx.reference_date
    cues: dict[tuple[int, int], str | None] = {}  # the tense cue of each sentence
    for group in groups:
        first, last = group[0], group[-1]
        start, end = first.start, last.end
        sentence = _sentence_of(sentences, start, end)
        cue = None
        if ref is not None and sentence is not None and any(map(_needs_cue, group)):
            key = (sentence.start, sentence.end)
            if key not in cues:
                cues[key] = context.cue(text, sentence)
            cue = cues[key]
        resolved = _resolve_group(group, ref, cue)
        if resolved is None:
            span = Span(start=start, end=end)
            diagnostics.append(
                Diagnostic(
                    code="date-invalid",
                    severity=Severity.WARNING,
                    message=f"not a calendar date: {span.of(text)!r}",
                    span=span,
                )
            )
            continue
        records.append(_event(ctx, region, group, resolved, sentence, diagnostics))


def _event(
    ctx: ExtractContext,
    region: Region,
    group: list[Atom],
    resolved: tuple[Resolved, Resolved],
    sentence: Span | None,
    diagnostics: list[Diagnostic],
) -> DatedEvent:
    """The event of one group of atoms (an interval when two, or a year range)."""
    text = ctx.text
    first, last = group[0], group[-1]
    pair = first is not last
    start, end = first.start, last.end
    res_first, res_last = resolved
    value, earliest, latest, relative, partial = res_last
    rule = first.rule
    if pair or first.kind == "range" or first.day2:  # ``3 tot 5 oktober`` too
        noun = context.INTERVAL_NOUN.match(
            text, max(region.span.start, start - context.WINDOW), start
        )
        if noun:
            start = noun.start()
        if pair:
            value = f"{res_first[0]}/{value}"
            rule = f"interval-{rule}-{last.rule}"
            earliest = res_first[1]
            relative = res_first[3] or relative
            partial = res_first[4] or partial
        ttype = TimexType.INTERVAL
        mod = first.outer
    else:
        ttype = _TYPE_OF_KIND.get(first.kind, _DATE)
        mod = first.inner or first.outer  # the expression's own modifier first
    span = Span(start=start, end=end)
    span_text = text[start:end]
    if partial:
        diagnostics.append(
            Diagnostic(
                code="date-no-reference",
                severity=Severity.INFO,
                message=f"no letter date to resolve {span_text!r}; partial value {value}",
                span=span,
            )
        )
    return DatedEvent(
        text=span_text,
        span=span,
        value=value,
        type=ttype,
        mod=mod,
        bound=first.bound,
        earliest=earliest,
        latest=latest,
        relative=relative,
        sentence=sentence,
        section=region.section,
        footnote=region.footnote,
        rule=rule,
    )

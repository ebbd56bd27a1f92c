"""Opening: the addressee (and the chamber it names), place and date.

``Aan de Voorzitter van de Tweede Kamer der Staten-Generaal``; ``Den Haag, 25 november
2022`` (also ``'s-Gravenhage,``, ``Rijswijk,``, PDF-spaced ``D en Haag,``); a
motion's ``Voorgesteld 11 maart 2026`` or a report's ``Vastgesteld 23 oktober 2003``
(a date, no place); a letterhead's ``Datum 30 mei 2023``.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from attrs import frozen

from kamerparse import lexicon as lx
from kamerparse._rx import regex
from kamerparse.base import Block
from kamerparse.patterns import (
    ADDRESSEE,
    CHAMBER_IN_TEXT,
    FULL_DATE,
    LETTERHEAD_DATE,
    PLACE_DATE,
    PLACE_DATE_AT,
    VERB_DATE,
    month_number,
)
from kamerparse.records import Addressee, DateLine, Diagnostic, Severity, Span
from kamerparse.sections._base import (
    SectionContext,
    SectionResult,
    block_lines,
    chamber_named,
    part,
    trimmed,
)
from kamerparse.segment import continues_addressee_line

_WHITE_SPACE = regex.compile(r"\s+")
_PLACES: dict[str, str] = {}
for _place in lx.PLACES:  # the first spelling listed is the canonical one
    _PLACES.setdefault("".join(_place.lower().split()).replace("’", "'"), _place)
for _variant, _place in lx.PLACE_VARIANTS.items():
    _PLACES.setdefault("".join(_variant.lower().split()), _place)


@frozen(kw_only=True)
class Opening:
    addressee: Addressee | None = None
    dateline: DateLine | None = None
    dateline_verb: str | None = None  # Vastgesteld / Voorgesteld


def parse(text: str, blocks: Sequence[Block], ctx: SectionContext) -> SectionResult[Opening]:
    """Addressee and date line, each from its own evidence in the opening's lines: an
    addressee line with the lines that continue it (a wrapped ``... Kamer der`` /
    ``Staten-Generaal``), a place-and-date line (also one run on after the addressee or
    with other text after the date), a ``Vastgesteld`` line or a ``Datum`` field."""
    addressee: Addressee | None = None
    dateline: DateLine | None = None
    verb: str | None = None
    diags: list[Diagnostic] = []
    lines: list[tuple[str, Span]] = []
    for b in blocks:
        a_part = part(b, "addressee")
        if a_part is not None and addressee is None:
            addressee = _addressee(text, a_part)
            continue
        d_part = part(b, "date")
        if d_part is not None and dateline is None:
            p_part = part(b, "place")
            dateline = _dateline(text, d_part, p_part, b.span, diags)
            continue
        lines.extend(block_lines(text, b))
    i = 0
    while i < len(lines):
        line, span = lines[i]
        i += 1
        if addressee is None and ADDRESSEE.fullmatch(line):
            addressee, rest, i = _addressee_run(text, lines, i - 1)
            if rest is None:
                continue
            span, line = rest, rest.of(text).replace("\n", " ")
        if dateline is None:
            dateline, verb = _date_of(text, line, span, diags)
    return SectionResult(
        records=Opening(addressee=addressee, dateline=dateline, dateline_verb=verb),
        diagnostics=tuple(diags),
    )


#: How many lines after the addressee line may continue it.
MAX_ADDRESSEE_LINES = 2


def _addressee_run(
    text: str, lines: list[tuple[str, Span]], i: int
) -> tuple[Addressee, Span | None, int]:
    """The addressee starting at ``lines[i]`` with the lines that continue it, the span
    of a date line run on after it (``... der`` / ``Staten-Generaal Den Haag, 19
    december 2011``, the place itself broken over the lines), and the next line's
    index. The lines are read joined, line breaks as spaces (same offsets)."""
    first, first_span = lines[i]
    start = first_span.start
    at = PLACE_DATE_AT.search(first, 1)
    if at is not None:
        end = trimmed(text, start, start + at.start(), " \t,").end
        date = Span(start=start + at.start(), end=first_span.end)
        return _addressee(text, Span(start=start, end=end)), date, i + 1
    last = i
    for k in range(i + 1, min(len(lines), i + 1 + MAX_ADDRESSEE_LINES)):
        flat = text[start : lines[k][1].end].replace("\n", " ")
        at = PLACE_DATE_AT.search(flat, 1)
        if at is not None:
            head = text[lines[k - 1][1].end : start + at.start()].strip()
            if not head or continues_addressee_line(head.replace("\n", " ")):
                end = trimmed(text, start, start + at.start(), " \t\n,").end
                addressee = _addressee(text, Span(start=start, end=end))
                return addressee, Span(start=start + at.start(), end=lines[k][1].end), k + 1
        if not continues_addressee_line(lines[k][0]):
            break
        last = k
    return _addressee(text, Span(start=start, end=lines[last][1].end)), None, last + 1


def _date_of(
    text: str, line: str, span: Span, diags: list[Diagnostic]
) -> tuple[DateLine | None, str | None]:
    """The date line ``line`` is, if any, and the verb that opens it."""
    m = PLACE_DATE.fullmatch(line) or PLACE_DATE_AT.match(line)
    if m:
        date = Span(start=span.start + m.start("date"), end=span.start + m.end("date"))
        place = Span(start=span.start + m.start("place"), end=span.start + m.end("place"))
        whole = Span(start=span.start, end=span.start + m.end())
        return _dateline(text, date, place, whole, diags), None
    m = VERB_DATE.fullmatch(line) or LETTERHEAD_DATE.match(line)
    if m:
        verb = m.group("verb") if "verb" in m.groupdict() else None
        date = Span(start=span.start + m.start("date"), end=span.start + m.end("date"))
        return _dateline(text, date, None, span, diags), verb
    return None, None


def _addressee(text: str, span: Span) -> Addressee:
    sp = trimmed(text, span.start, span.end, " \t\n,")
    raw = sp.of(text)
    m = CHAMBER_IN_TEXT.search(" ".join(raw.split()))
    chamber = None
    if m:
        chamber = chamber_named(m.group("chamber"))
    return Addressee(text=" ".join(raw.split()), chamber=chamber, span=sp)


def parse_dutch_date(s: str) -> datetime.date | None:
    """``25 november 2022`` -> ``date(2022, 11, 25)``; ``None`` when not a full valid date."""
    m = FULL_DATE.search(s)
    if m is None:
        return None
    month = month_number(m.group("month"))
    if month is None:
        return None
    try:
        return datetime.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


def _dateline(
    text: str, date_span: Span, place_span: Span | None, line: Span, diags: list[Diagnostic]
) -> DateLine:
    raw = date_span.of(text)
    value = parse_dutch_date(raw)
    if value is None:
        diags.append(
            Diagnostic(
                code="date-unparsed",
                severity=Severity.WARNING,
                message=f"date line found but its date {raw!r} is not a full date",
                span=date_span,
            )
        )
    place = None
    if place_span is not None:
        written = place_span.of(text)
        key = _WHITE_SPACE.sub("", written.lower()).replace("’", "'")
        place = _PLACES.get(key, written)
    return DateLine(place=place, date=value, span=trimmed(text, line.start, line.end, " \t."))

"""Opening: the addressee (and the chamber it names), place and date.

``Aan de Voorzitter van de Tweede Kamer der Staten-Generaal``; ``Den Haag, 25 november
2022`` (also ``'s-Gravenhage,``, ``Rijswijk,``, PDF-spaced ``D en Haag,``); a
motion's ``Voorgesteld 11 maart 2026`` or a report's ``Vastgesteld 23 oktober 2003``
(a date, no place); a letterhead's ``Datum 30 mei 2023``.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import regex
from attrs import frozen

from kamerparse import lexicon as lx
from kamerparse.base import Block
from kamerparse.patterns import (
    ADDRESSEE,
    CHAMBER_IN_TEXT,
    FULL_DATE,
    LETTERHEAD_DATE,
    PLACE_DATE,
    VERB_DATE,
    month_number,
)
from kamerparse.records import Addressee, Chamber, DateLine, Diagnostic, Severity, Span
from kamerparse.sections import block_lines, part, trimmed

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
    diagnostics: tuple[Diagnostic, ...] = ()


def parse_opening(text: str, blocks: Sequence[Block]) -> Opening:
    addressee: Addressee | None = None
    dateline: DateLine | None = None
    verb: str | None = None
    diags: list[Diagnostic] = []
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
        for line, span in block_lines(text, b):
            if addressee is None and ADDRESSEE.fullmatch(line):
                addressee = _addressee(text, span)
                break
            if dateline is not None:
                continue
            m = PLACE_DATE.fullmatch(line)
            if m:
                dateline = _dateline(
                    text,
                    Span(start=span.start + m.start("date"), end=span.start + m.end("date")),
                    Span(start=span.start + m.start("place"), end=span.start + m.end("place")),
                    span,
                    diags,
                )
                break
            m = VERB_DATE.fullmatch(line) or LETTERHEAD_DATE.match(line)
            if m:
                if "verb" in m.groupdict():
                    verb = m.group("verb")
                dateline = _dateline(
                    text,
                    Span(start=span.start + m.start("date"), end=span.start + m.end("date")),
                    None,
                    span,
                    diags,
                )
                break
    return Opening(
        addressee=addressee, dateline=dateline, dateline_verb=verb, diagnostics=tuple(diags)
    )


def _addressee(text: str, span: Span) -> Addressee:
    sp = trimmed(text, span.start, span.end, " \t\n,")
    raw = sp.of(text)
    m = CHAMBER_IN_TEXT.search(" ".join(raw.split()))
    chamber = None
    if m:
        chamber = (
            Chamber.EERSTE_KAMER
            if m.group("chamber").lower().startswith("eerste")
            else Chamber.TWEEDE_KAMER
        )
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

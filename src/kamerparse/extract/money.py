"""Financial contributions: money a letter commits or reports, with recipient and period.

An amount is a number in Dutch notation with a currency before or after it and an
optional magnitude word (:data:`kamerparse.lexicon.AMOUNT_MULTIPLIERS`)::

    amount   = CURRENCY? NUMBER MULTIPLIER? CURRENCY?       (at least one CURRENCY)
    NUMBER   = D{1,3} ("." DDD)+ ("," D+)? | D+ ("," D+)?   350.000 | 3,5 | 1.234,56

``3,5 miljoen euro`` -> 3500000, ``350.000 euro``, ``EUR 500 miljoen``, ``€ 1,2 mld``.
An amount is a contribution when its sentence holds a word starting with one of
:data:`kamerparse.lexicon.CONTRIBUTION_STEMS` (``bijdrage``, ``steun``, ``financi`` ...);
other amounts (damage, prices) are not recorded. Then, each rule named in
docs/decisions.md:

* ``recipient``: ``aan NAME`` after the amount in the sentence, else the nearest one
  before it in the sentence, else the last one earlier in the paragraph (``Nederland
  draagt bij aan GPOI. ... een jaarlijkse bijdrage van 3,5 miljoen euro``). ``NAME`` is a
  run of capitalised words; a ``(ACRONYM)`` right after it wins (``AILCT``).
* ``recurrence``: ``jaarlijks(e)``, ``per jaar``, ``structureel`` ... near the amount.
* ``period``: ``2019–2022`` -> ``2019/2022``, ``tot en met 2024`` -> ``../2024`` (ISO 8601
  intervals, ``..`` for an open start).
* ``decided``: true when the sentence announces this letter's decision (``heeft besloten``,
  ``zal``, ``stelt beschikbaar``) and does not report a past or standing one (``leverde``,
  ``besloot``, ``bestaat uit``, ``In 2021 ...``).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex

from kamerparse import lexicon as lx
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._numbers import dutch_decimal, scaled
from kamerparse.extract.sentences import sentence_at, split_sentences
from kamerparse.patterns import FLAGS, alternation
from kamerparse.records import Contribution, Recurrence, Span

_BOUND = r"(?![\p{L}\d])"
_CURRENCY_KEYS = {k.casefold(): v for k, v in lx.CURRENCIES.items()}
_CURRENCY = alternation(lx.CURRENCIES)
_MULTIPLIER_KEYS = {k.casefold(): v for k, v in lx.AMOUNT_MULTIPLIERS.items()}

_AMOUNT = regex.compile(
    r"(?<![\p{L}\d.,])"
    rf"(?:(?P<pre>(?i:{_CURRENCY}))[ \u00a0]*+)?"
    r"(?P<number>\d{1,3}(?:\.\d{3})++(?:,\d++)?|\d++(?:,\d++)?)(?![\d.,]\d)"
    rf"(?:[ \u00a0]++(?P<mult>(?i:{alternation(lx.AMOUNT_MULTIPLIERS)}))(?:(?<=\.)|{_BOUND}))?"
    rf"(?:[ \u00a0]++(?P<post>(?i:{_CURRENCY})){_BOUND})?",
    FLAGS,
)
#: Cheap prefilter: a region without a currency word or symbol has no amount.
_CURRENCY_ANYWHERE = regex.compile(rf"(?i:{_CURRENCY})", FLAGS)
_CONTRIBUTION = regex.compile(rf"(?<!\p{{L}})(?i:{alternation(lx.CONTRIBUTION_STEMS)})", FLAGS)

_NAME_WORD = r"\p{Lu}[\p{L}\d&'’-]*+"
_CONNECTOR = alternation(lx.NAME_CONNECTORS)
_RECIPIENT = regex.compile(
    rf"(?<!\p{{L}}){alternation(lx.RECIPIENT_CUES)}[ \u00a0]++"
    rf"(?:{alternation(lx.RECIPIENT_ARTICLES)}[ \u00a0]++)?"
    rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]++(?:{_NAME_WORD}|{_CONNECTOR}(?=[ \u00a0])))*+)"
    r"(?:[ \u00a0]*+\((?P<acronym>\p{Lu}[\p{Lu}\d&-]{1,15})\))?",
    FLAGS,
)
_TRAILING_CONNECTORS = regex.compile(rf"(?:[ \u00a0]++{_CONNECTOR})++$", FLAGS)

_RECURRENCE = regex.compile(rf"(?<!\p{{L}})(?i:{alternation(lx.RECURRENCE_WORDS)}){_BOUND}", FLAGS)
_RECURRENCE_KEYS = {k.casefold(): v for k, v in lx.RECURRENCE_WORDS.items()}

_YEAR = r"(?:19|20)\d\d"
_PERIOD = regex.compile(
    rf"(?:(?i:{alternation(lx.PERIOD_CUES)})[ \u00a0]++)?"
    rf"(?<![\d/])(?P<y1>{_YEAR})[ \u00a0]*+[–—-][ \u00a0]*+(?P<y2>{_YEAR})(?!\d)"
    rf"|(?<!\p{{L}})(?:{alternation(lx.PERIOD_UNTIL_CUES)})[ \u00a0]++(?P<until>{_YEAR})(?!\d)",
    FLAGS,
)
_DECISION = regex.compile(
    rf"(?<!\p{{L}})(?i:{alternation(lx.CONTRIBUTION_DECISION_MARKERS)}){_BOUND}", FLAGS
)
_PAST = regex.compile(
    rf"(?<!\p{{L}})(?i:{alternation(lx.CONTRIBUTION_PAST_MARKERS)}){_BOUND}", FLAGS
)
_PAST_YEAR = regex.compile(
    rf"(?<!\p{{L}}){alternation(lx.PAST_YEAR_PREPOSITIONS)}[ \u00a0]++(?P<year>{_YEAR})(?![\d/–-])",
    FLAGS,
)

#: How far before the amount a recurrence word may stand (``een jaarlijkse financiële
#: bijdrage van``) and after it (``per jaar``).
_RECURRENCE_BEFORE = 60
_RECURRENCE_AFTER = 25


def extract_contributions(ctx: ExtractContext) -> Extracted[Contribution]:
    """Every contribution in the body and footnote regions, in text order."""
    records: list[Contribution] = []
    for region in ctx.regions:
        if _CURRENCY_ANYWHERE.search(ctx.text, region.span.start, region.span.end) is None:
            continue
        amounts = [
            m
            for m in _AMOUNT.finditer(ctx.text, region.span.start, region.span.end)
            if _is_amount(m)
        ]
        if not amounts:
            continue
        sentences = split_sentences(ctx.text, region.span)
        for i, m in enumerate(amounts):
            sentence = sentence_at(sentences, m.start()) or region.span
            if _CONTRIBUTION.search(ctx.text, sentence.start, sentence.end) is None:
                continue
            next_start = amounts[i + 1].start() if i + 1 < len(amounts) else sentence.end
            records.append(_contribution(ctx, region, m, sentence, min(next_start, sentence.end)))
    records.sort(key=lambda r: r.span.start)
    return Extracted(records=tuple(records))


def parse_amount(text: str) -> tuple[str, Decimal] | None:
    """``(currency, amount)`` of an amount making up the whole of ``text``, else ``None``."""
    m = _AMOUNT.fullmatch(text)
    if m is None or not _is_amount(m):
        return None
    return _currency(m), _value(m)


def _is_amount(m: regex.Match[str]) -> bool:
    """A currency is named, and the magnitude word (if any) is one the lexicon knows."""
    mult = m.group("mult")
    known = mult is None or mult.casefold() in _MULTIPLIER_KEYS
    return known and bool(m.group("pre") or m.group("post"))


def _value(m: regex.Match[str]) -> Decimal:
    power = _MULTIPLIER_KEYS[m.group("mult").casefold()] if m.group("mult") else 0
    return scaled(dutch_decimal(m.group("number")), power)


def _currency(m: regex.Match[str]) -> str:
    word = m.group("pre") or m.group("post")
    return _CURRENCY_KEYS.get(word.casefold(), word)


def _contribution(
    ctx: ExtractContext, region: Region, m: regex.Match[str], sentence: Span, stop: int
) -> Contribution:
    text = ctx.text
    span = Span(start=m.start(), end=m.end())
    return Contribution(
        amount=_value(m),
        currency=_currency(m),
        amount_text=span.of(text),
        span=span,
        recipient=_recipient(text, region, sentence, span, stop),
        recurrence=_recurrence(text, sentence, span),
        period=_period(text, sentence),
        decided=_decided(ctx, sentence),
        sentence=sentence,
        footnote=region.footnote,
    )


def _name(m: regex.Match[str]) -> str:
    if m.group("acronym"):
        return m.group("acronym")
    return _TRAILING_CONNECTORS.sub("", m.group("name"))


def _recipient(text: str, region: Region, sentence: Span, span: Span, stop: int) -> str | None:
    after = _RECIPIENT.search(text, span.end, stop)
    if after is not None:
        return _name(after)
    before = _last(_RECIPIENT.finditer(text, sentence.start, span.start))
    if before is not None:
        return _name(before)
    earlier = _last(_RECIPIENT.finditer(text, region.span.start, sentence.start))
    return _name(earlier) if earlier is not None else None


def _last(matches: Iterator[regex.Match[str]]) -> regex.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - keeps the last match
        pass
    return last


def _recurrence(text: str, sentence: Span, span: Span) -> Recurrence:
    lo = max(sentence.start, span.start - _RECURRENCE_BEFORE)
    hi = min(sentence.end, span.end + _RECURRENCE_AFTER)
    best: tuple[int, str] | None = None
    for m in _RECURRENCE.finditer(text, lo, hi):
        distance = span.start - m.end() if m.end() <= span.start else m.start() - span.end
        if best is None or distance < best[0]:
            best = (distance, m.group(0).casefold())
    value = _RECURRENCE_KEYS.get(best[1]) if best else None
    return Recurrence(value) if value else Recurrence.ONCE


def _period(text: str, sentence: Span) -> str | None:
    m = _PERIOD.search(text, sentence.start, sentence.end)
    if m is None:
        return None
    if m.group("until"):
        return f"../{m.group('until')}"
    return f"{m.group('y1')}/{m.group('y2')}"


def _decided(ctx: ExtractContext, sentence: Span) -> bool:
    text = ctx.text
    if _PAST.search(text, sentence.start, sentence.end) is not None:
        return False
    if ctx.reference_date is not None:
        for m in _PAST_YEAR.finditer(text, sentence.start, sentence.end):
            if int(m.group("year")) < ctx.reference_date.year:
                return False
    return _DECISION.search(text, sentence.start, sentence.end) is not None

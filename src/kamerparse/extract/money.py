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

* ``recipient``: ``aan NAME`` after the amount in the sentence (before the next amount),
  else the nearest one before it in the paragraph (``Nederland draagt bij aan GPOI. ...
  een jaarlijkse bijdrage van 3,5 miljoen euro``). ``NAME`` is a
  run of capitalised words; a ``(ACRONYM)`` right after it wins (``AILCT``).
* ``recurrence``: ``jaarlijks(e)``, ``per jaar``, ``structureel`` ... near the amount.
* ``period``: ``2019–2022`` -> ``2019/2022``, ``tot en met 2024`` -> ``../2024`` (ISO 8601
  intervals, ``..`` for an open start); a sentence continuing the one before (``Deze
  steun bestaat uit ...``) without a period of its own takes that sentence's.
* ``decided``: true when the sentence announces this letter's decision (``heeft besloten``,
  ``zal``, ``stelt beschikbaar``) and does not report a past or standing one (``leverde``,
  ``besloot``, ``bestaat uit``, ``In 2021 ...``).
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Iterator
from decimal import Decimal
from operator import attrgetter

from attrs import frozen

from kamerparse import lexicon as lx
from kamerparse._rx import re, regex
from kamerparse.extract import ExtractContext, Extracted
from kamerparse.extract._literals import Cued
from kamerparse.extract._numbers import dutch_decimal, scaled
from kamerparse.extract.sentences import sentence_at
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
#: Where an amount can start: a run of digits (its number), or a currency word ending
#: right before the white space before that run (its ``pre``). Matched backwards from
#: the run, so only runs are tried instead of every position.
_DIGIT = regex.compile(r"\d", FLAGS)
_DIGIT_RUN = regex.compile(r"\d++", FLAGS)
_SPACE_BEFORE = regex.compile(r"[ \u00a0]*+", FLAGS | regex.REVERSE)
_CURRENCY_BEFORE = regex.compile(rf"(?i:{_CURRENCY})", FLAGS | regex.REVERSE)
_EACH_CURRENCY_BEFORE = tuple(
    regex.compile(rf"(?i:{regex.escape(w)})", FLAGS | regex.REVERSE) for w in lx.CURRENCIES
)

#: Currency *hints*: the case-folded currency words no other contains (``euro`` holds
#: ``eur``). Every currency an amount names holds one; the text is scanned once per hint.
_HINTS = tuple(
    w
    for w in sorted({k.casefold() for k in lx.CURRENCIES})
    if not any(v != w and v in w for v in (k.casefold() for k in lx.CURRENCIES))
)
#: Per hint, where it can stand in a currency word: (characters before, characters after).
_HINT_PLACES = {
    hint: tuple(
        sorted(
            {
                (at, len(word) - at - len(hint))
                for word in _CURRENCY_KEYS
                for at in range(len(word) - len(hint) + 1)
                if word.startswith(hint, at)
            }
        )
    )
    for hint in _HINTS
}
#: The hints in latin-1 are looked for in the text's latin-1 bytes (other characters
#: become ``?``) with ASCII letters lowered; the others (``€``) in the text itself.
_BYTE_HINTS = tuple(h for h in _HINTS if max(h) <= "\u00ff")
#: A word of several bytes is found faster by stdlib ``re``'s literal search than by
#: ``bytes.find``; a single byte faster by ``bytes.find``.
_BYTE_HINT_WORDS = tuple(
    (h, re.compile(re.escape(h.encode("latin-1")))) for h in _BYTE_HINTS if len(h) > 1
)
_BYTE_HINT_CHARS = tuple((h, h.encode("latin-1")) for h in _BYTE_HINTS if len(h) == 1)
_TEXT_HINTS = tuple(h for h in _HINTS if max(h) > "\u00ff")
#: Characters outside latin-1 that a case-insensitive pattern matches to a latin-1 hint's
#: letter (``uſd``): replaced by that letter before the text is encoded. (Checked against
#: every code point in tests/test_money.py.)
_FOLDED_TO_HINTS = {"\u017f": "s"}
#: Before a currency word: a digit block, white space, perhaps a magnitude word (a token
#: no longer than the longest, one character to spare) and white space.
_MULTIPLIER_CHARS = max(map(len, lx.AMOUNT_MULTIPLIERS)) + 1
_BLOCK_BEFORE = regex.compile(r"[\d.,]++", FLAGS | regex.REVERSE)
_WORD_THEN_GAP = regex.compile(
    rf"[ \u00a0]++[^ \u00a0]{{1,{_MULTIPLIER_CHARS}}}+", FLAGS | regex.REVERSE
)
_GAP_DIGIT = regex.compile(r"[ \u00a0]*+\d", FLAGS)
_SPACES = frozenset(" \u00a0")
_ASCII_LETTERS = frozenset(string.ascii_letters)

_CONTRIBUTION = Cued(
    regex.compile(rf"(?<!\p{{L}})(?i:{alternation(lx.CONTRIBUTION_STEMS)})", FLAGS),
    lx.CONTRIBUTION_STEMS,
    leading=True,
)

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

_RECURRENCE = Cued(
    regex.compile(rf"(?<!\p{{L}})(?i:{alternation(lx.RECURRENCE_WORDS)}){_BOUND}", FLAGS),
    lx.RECURRENCE_WORDS,
    leading=True,
)
_RECURRENCE_KEYS = {k.casefold(): v for k, v in lx.RECURRENCE_WORDS.items()}

_YEAR = r"(?:19|20)\d\d"
#: A period is a year range (``2019–2022``, perhaps after a cue such as ``in de periode``,
#: which names no year) or an open one (``tot en met 2024``). The two are searched apart:
#: one alternation with an optional case-insensitive cue in front is tried at every
#: position, and is several times slower.
_YEAR_RANGE = regex.compile(
    rf"(?<![\d/])(?P<y1>{_YEAR})[ \u00a0]*+[–—-][ \u00a0]*+(?P<y2>{_YEAR})(?!\d)", FLAGS
)
_UNTIL_YEAR = regex.compile(
    rf"(?<!\p{{L}})(?:{alternation(lx.PERIOD_UNTIL_CUES)})[ \u00a0]++(?P<until>{_YEAR})(?!\d)",
    FLAGS,
)
_BACK_REFERENCE = regex.compile(rf"{alternation(lx.BACK_REFERENCE_OPENERS)}{_BOUND}", FLAGS)
_DECISION = Cued(
    regex.compile(
        rf"(?<!\p{{L}})(?i:{alternation(lx.CONTRIBUTION_DECISION_MARKERS)}){_BOUND}", FLAGS
    ),
    lx.CONTRIBUTION_DECISION_MARKERS,
    leading=True,
)
_PAST = Cued(
    regex.compile(
        rf"(?<!\p{{L}})(?i:{alternation(lx.CONTRIBUTION_PAST_MARKERS)}){_BOUND}", FLAGS
    ),
    lx.CONTRIBUTION_PAST_MARKERS,
    leading=True,
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
    """Every contribution in the body and footnote regions, in text order.

    One pass per region: the amounts and the ``aan NAME`` phrases are found once, and
    each sentence's contribution word, period and decision are read once.
    """
    records: list[Contribution] = []
    text = ctx.text
    hints = _hints(text)
    if not hints:
        return Extracted(records=())
    where = [at for at, _ in hints]
    for region in ctx.regions:
        lo, hi = region.span.start, region.span.end
        k = bisect.bisect_left(where, lo)
        here = hints[k : bisect.bisect_left(where, hi, k)]
        if not here:
            continue
        amounts = [m for m in _amounts(text, lo, hi, _runs(text, lo, hi, here)) if _is_amount(m)]
        if not amounts:
            continue
        sentences = ctx.sentences_of(region)
        recipients = _Recipients(text, region.span)
        facts: dict[Span, _SentenceFacts | None] = {}
        for i, m in enumerate(amounts):
            sentence = sentence_at(sentences, m.start()) or region.span
            if sentence not in facts:
                facts[sentence] = _sentence_facts(ctx, sentence, _before(sentences, sentence))
            known = facts[sentence]
            if known is None:
                continue
            span = Span(start=m.start(), end=m.end())
            stop = (
                min(amounts[i + 1].start(), sentence.end) if i + 1 < len(amounts) else sentence.end
            )
            records.append(
                Contribution(
                    amount=_value(m),
                    currency=_currency(m),
                    amount_text=span.of(text),
                    span=span,
                    recipient=recipients.for_amount(span, stop),
                    recurrence=_recurrence(text, sentence, span),
                    period=known.period,
                    decided=known.decided,
                    sentence=sentence,
                    footnote=region.footnote,
                )
            )
    records.sort(key=lambda r: r.span.start)
    return Extracted(records=tuple(records))


#: More than one currency hint per this many characters: try every digit run; more than
#: one digit run per this many characters too: let the amount pattern scan.
_DENSE = 16


def _hints(text: str) -> list[tuple[int, str]]:
    """``(offset, hint)`` for every hint (:data:`_HINTS`) in the text, in text order.

    Found in the text's latin-1 bytes (one per character, ``?`` outside latin-1) with
    ASCII letters lowered. A currency word the amount pattern matches (ignoring case)
    holds a hint character for character, and a character it matches to a hint's letter
    is latin-1 (lowered to it here) or one of :data:`_FOLDED_TO_HINTS` (replaced by it):
    so no hint is missed. Some found are no currency (``Europese``): they cost a look.
    """
    plain = text
    for char, fold in _FOLDED_TO_HINTS.items():
        if char in plain:
            plain = plain.replace(char, fold)
    data = plain.encode("latin-1", "replace").lower()
    found: list[tuple[int, str]] = []
    for hint, pattern in _BYTE_HINT_WORDS:
        m = pattern.search(data)
        while m is not None:
            found.append((m.start(), hint))
            m = pattern.search(data, m.start() + 1)  # (a word may overlap itself)
    for hint, byte in _BYTE_HINT_CHARS:
        at = data.find(byte)
        while at >= 0:
            found.append((at, hint))
            at = data.find(byte, at + 1)
    for hint in _TEXT_HINTS:
        at = text.find(hint)
        while at >= 0:
            found.append((at, hint))
            at = text.find(hint, at + 1)
    found.sort()
    return found


def _number_starts(text: str, lo: int, hi: int, hints: list[tuple[int, str]]) -> list[int]:
    """Where an amount's number may start in ``text[lo:hi]``, from the hints there: after
    a currency word and white space (its ``pre``), or at the start of the digit block
    before white space (and a magnitude word and white space) before a currency word (its
    ``post``). An amount's number starts a block of digits, dots and commas: a digit after
    one of those or a letter starts none.

    A currency word followed by a letter is neither (``Europese``); nor is one after other
    than white space a ``post``.
    """
    starts: set[int] = set()
    for at, hint in hints:
        for before, after in _HINT_PLACES[hint]:
            first, last = at - before, at + len(hint) + after
            if first < lo or last > hi or (last < hi and text[last] in _ASCII_LETTERS):
                continue
            gap = _GAP_DIGIT.match(text, last, hi)
            if gap is not None:
                starts.add(gap.end() - 1)
            if first == lo or text[first - 1] not in _SPACES:
                continue
            gap = _SPACE_BEFORE.match(text, lo, first)
            end = first if gap is None else gap.start()
            block = _BLOCK_BEFORE.match(text, lo, end)
            if block is None or not _DIGIT.match(text, block.start(), hi):
                # a magnitude word between (``mld.``: its full stop is no number's)
                word = _WORD_THEN_GAP.match(text, lo, end)
                block = None if word is None else _BLOCK_BEFORE.match(text, lo, word.start())
            if block is not None and _DIGIT.match(text, block.start(), hi):
                starts.add(block.start())
    return sorted(starts)


def _runs(text: str, lo: int, hi: int, hints: list[tuple[int, str]]) -> list[int] | None:
    """The digit runs :func:`_amounts` is to try: next to the ``hints`` of the region, or
    all where these are dense; ``None`` where digit runs are dense as well."""
    if len(hints) * _DENSE <= hi - lo:
        return _number_starts(text, lo, hi, hints)
    runs: list[int] = []
    most = (hi - lo) // _DENSE
    for run in _DIGIT_RUN.finditer(text, lo, hi):
        if len(runs) >= most:
            return None
        runs.append(run.start())
    return runs


def _amounts(
    text: str, lo: int, hi: int, runs: list[int] | None
) -> Iterator[regex.Match[str]]:
    """``_AMOUNT.finditer(text, lo, hi)``, the amounts naming a currency at least, trying
    the pattern only where such a match can start: at ``runs`` (the digit runs it can
    start with, by :func:`_number_starts`) or at their ``pre`` currency, which ends where
    the white space before the run begins.

    (The other matches, a number without currency, end before any of these starts.)
    ``runs=None``: numbers everywhere, the pattern's own scan.
    """
    if runs is None:
        yield from _AMOUNT.finditer(text, lo, hi)
        return
    pos = lo
    for digit in runs:
        if digit < pos:
            continue
        starts = [digit]
        gap = _SPACE_BEFORE.match(text, lo, digit)
        edge = gap.start() if gap is not None else digit
        if _CURRENCY_BEFORE.match(text, 0, edge) is not None:
            for word in _EACH_CURRENCY_BEFORE:
                w = word.match(text, 0, edge)
                if w is not None and w.start() >= pos:
                    starts.append(w.start())
            starts.sort()
        for start in starts:
            if start < pos:
                continue
            m = _AMOUNT.match(text, start, hi)
            if m is not None:
                yield m
                pos = m.end()


@frozen(kw_only=True)
class _SentenceFacts:
    period: str | None
    decided: bool


def _sentence_facts(
    ctx: ExtractContext, sentence: Span, previous: Span | None
) -> _SentenceFacts | None:
    """``None`` when the sentence has no contribution word (its amounts are no contributions).

    A sentence continuing the one before (``Deze steun bestaat uit ...``) without a period
    of its own takes that sentence's period.
    """
    text = ctx.text
    if _CONTRIBUTION.search(text, sentence.start, sentence.end) is None:
        return None
    period = _period(text, sentence)
    if period is None and previous is not None and _BACK_REFERENCE.match(text, sentence.start):
        period = _period(text, previous)
    return _SentenceFacts(period=period, decided=_decided(ctx, sentence))


def _before(sentences: tuple[Span, ...], sentence: Span) -> Span | None:
    k = bisect.bisect_left(sentences, (sentence.start, sentence.end), key=_START_END)
    return sentences[k - 1] if 0 < k <= len(sentences) and sentences[k - 1] != sentence else None


_START_END = attrgetter("start", "end")


class _Recipients:
    """Every ``aan NAME`` of a region, found once, looked up by position."""

    def __init__(self, text: str, region: Span) -> None:
        self.matches = list(_RECIPIENT.finditer(text, region.start, region.end))
        self.starts = [m.start() for m in self.matches]
        self.ends = [m.end() for m in self.matches]

    def for_amount(self, span: Span, stop: int) -> str | None:
        """The first after the amount (before ``stop``), else the last before it."""
        k = bisect.bisect_left(self.starts, span.end)
        if k < len(self.matches) and self.starts[k] < stop:
            return _name(self.matches[k])
        k = bisect.bisect_right(self.ends, span.start) - 1
        if k >= 0:
            return _name(self.matches[k])
        return None


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


def _name(m: regex.Match[str]) -> str:
    if m.group("acronym"):
        return m.group("acronym")
    return _TRAILING_CONNECTORS.sub("", m.group("name"))


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
    """The sentence's first period: the first year range, unless an open one starts before.

    (A cue before the range would start the range's match earlier, but a cue is letters
    and white space right before the range, where no ``tot en met YEAR`` can start.)
    """
    span = _YEAR_RANGE.search(text, sentence.start, sentence.end)
    until = _UNTIL_YEAR.search(text, sentence.start, sentence.end)
    if until is not None and (span is None or until.start() < span.start()):
        return f"../{until.group('until')}"
    if span is not None:
        return f"{span.group('y1')}/{span.group('y2')}"
    return None


def _decided(ctx: ExtractContext, sentence: Span) -> bool:
    """A decision marker, and no past marker nor a past year (``In 2021``): the decision
    marker is looked for first, as most sentences have none."""
    text = ctx.text
    if _DECISION.search(text, sentence.start, sentence.end) is None:
        return False
    if _PAST.search(text, sentence.start, sentence.end) is not None:
        return False
    if ctx.reference_date is not None:
        for m in _PAST_YEAR.finditer(text, sentence.start, sentence.end):
            if int(m.group("year")) < ctx.reference_date.year:
                return False
    return True

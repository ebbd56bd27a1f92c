"""Mandate decisions: which national mission mandate a letter extends, ends or starts.

Detected by content, not by dossier. A sentence is a *decision* when it has all of

1. a mandate: the whole word ``mandaat``/``mandaten`` (not ``Mandaatregeling``, not
   ``missiemandaat``), not only owned by someone else (``het mandaat van de Raad``) —
   or a named mission with a personnel count (``de bijdrage aan Resolute Support met
   maximaal 160 militairen``);
2. an action verb (:data:`kamerparse.lexicon.MANDATE_ACTION_VERBS`: ``verlengen``,
   ``beëindigd`` ...), not used as a noun (``het verlengen van``), or a start phrase
   (``bij te dragen``, action ``start``); a negation turns ``extend`` into
   ``not_extend`` and ``end`` into ``continue``;
3. a national actor (``kabinet``, ``Nederland``, ``nationale`` ...), so the UN Security
   Council extending MINUSMA's own mandate is no decision of the letter;
4. a decision marker (``besluit``, ``heeft besloten``, ``zal``, ``wordt``) or a marker of
   a past decision (``besloot``, ``werd``, ``jl.``), and no hedge (``kan``, ``indien``).

``decided`` is false when a past-tense marker is present, or a past time (``jl.``, ``In
2021``) without a present-tense decision (``besluit``, ``zal``).

Then, rules tried in order for each value (the rule names are in docs/decisions.md):

* mission: the missions named in the sentence (:data:`kamerparse.lexicon.MISSION_NAMES`),
  except those after ``gecombineerd mandaat ... met`` (they are ``shared_with``); with
  none, the last mission named before it in the paragraph (or section).
* max_personnel: ``maximaal 16 personen``, ``(6 personen)``, ``twee personen``,
  ``ongeveer honderdtwintig militairen`` (``approximate``) — in the mission's own stretch
  of the sentence when several missions share it.
* until / start / duration: the dated events of the decision sentence (the events the
  pipeline already found, or the dates extractor passed in as ``dates`` (the pipeline's
  :func:`kamerparse.extract.dates.extract_events`; no extractor imports another) run over
  the sentence alone where its edges could make them differ); a date right after ``tot (en met)`` is
  ``until``, after ``per``/``vanaf``/``met ingang van`` it is ``start``, with its TIMEX
  value (``2024-06-30``, ``2025-01``), except that ``eind juni 2024`` gives the last day
  (``2024-06-30``); a duration after ``voor``/``van``/``gedurende`` is ``duration``
  (``voor de periode van achttien maanden`` -> ``P18M``).
* conditions: ``mits ...`` / ``onder voorwaarde dat ...`` to the end of the sentence.
* composition: ``bestaat uit maximaal drie stafofficieren, maximaal tien ...`` in the
  sentence or the next one; each part with its count, description and span.
* carried values: a statement earlier in the paragraph (``Nederland heeft tot eind
  december 2022 een mandaat voor twee personen in Taakgroep Takuba.``) gives a decision
  about the same mission (``Het nationale mandaat zal niet worden verlengd.``) the count
  and date it lacks; the record's span then runs from that statement to the decision.

The record's ``span`` and ``sentence`` are the decision sentence (``span`` reaches back to a
statement whose values it carries).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

import regex
from attrs import evolve, frozen

from kamerparse import lexicon as lx
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._literals import Cued, Leading, any_of
from kamerparse.extract._numbers import NUMBER_WORDS, count_value
from kamerparse.patterns import FLAGS, alternation
from kamerparse.records import (
    DatedEvent,
    Diagnostic,
    MandateAction,
    MandateDecision,
    PersonnelPart,
    Severity,
    Span,
    TimexType,
)

_WB = r"(?<![\p{L}\d])"
_WE = r"(?![\p{L}\d])"
_SP = r"[ \u00a0]++"
_YEAR = r"(?:19|20)\d\d"


def _whole(words: str) -> str:
    """The grammar fragment of a cue table: one of its words, as a whole word."""
    return rf"{_WB}(?i:{words}){_WE}"


def _abbreviated(words: str) -> str:
    """As :func:`_whole`, for words that may end in a full stop (``jl.``)."""
    return rf"{_WB}(?i:{words})(?:(?<=\.)|{_WE})"


def _words(words: Sequence[str]) -> str:
    return _whole(alternation(words))


_MISSION = Leading(
    regex.compile(rf"{_WB}(?P<name>{alternation(lx.MISSION_NAMES)}){_WE}", FLAGS),
    lx.MISSION_NAMES,
)
_MANDATE = regex.compile(_words(lx.MANDATE_NOUNS), FLAGS)
_FOREIGN_OWNER = regex.compile(rf"{_SP}(?i:{alternation(lx.FOREIGN_MANDATE_OWNERS)}){_WE}", FLAGS)
_OWNER = regex.compile(
    rf"{_SP}(?i:{alternation(lx.MANDATE_OWNER_LINKS)}){_SP}"
    rf"(?!(?i:{alternation(lx.NATIONAL_ACTORS)}){_WE})\p{{L}}",
    FLAGS,
)
_NOMINAL = regex.compile(rf"{_WB}(?i:{alternation(lx.NOMINALISERS)}){_SP}$", FLAGS)
_ACTION = Cued.rule(lx.MANDATE_ACTION_VERBS, _whole)
_ACTIONS = {k.casefold(): MandateAction(v) for k, v in lx.MANDATE_ACTION_VERBS.items()}
_START_PHRASE = Cued.rule(lx.MANDATE_START_PHRASES, _whole)
_NATIONAL = Cued.rule(lx.NATIONAL_ACTORS, _whole)
_DECISION = Cued.rule(lx.DECISION_MARKERS, _whole)
_PAST = Cued.rule(lx.PAST_DECISION_MARKERS, _abbreviated)
_PAST_TIME = Cued.rule(lx.PAST_TIME_MARKERS, _abbreviated)
_PRESENT = Cued.rule(lx.PRESENT_DECISION_MARKERS, _whole)
_PAST_YEAR = regex.compile(
    rf"{_WB}{alternation(lx.PAST_YEAR_PREPOSITIONS)}{_SP}(?P<year>{_YEAR})(?![\d/–-])",
    FLAGS,
)
_HEDGE = Cued.rule(lx.HEDGES, _whole)
_NEGATION = Cued.rule(lx.NEGATIONS, _whole)

_LIMIT = alternation(lx.MAXIMUM_WORDS)
_APPROX = alternation(lx.APPROXIMATE_WORDS)
_QUALIFIER = rf"(?:(?P<approx>(?i:{_APPROX}))|(?P<max>(?i:{_LIMIT}))){_SP}"
_COUNT_TOKEN = r"(?P<n>\d{1,3}(?:\.\d{3})*+|\p{L}++)"
#: A personnel count. Its matches do not start with a cue word but end with a personnel
#: noun: see :meth:`_Sentence.count_starts`.
_COUNT = Cued.rule(
    lx.PERSONNEL_NOUNS,
    lambda nouns: rf"{_WB}(?:{_QUALIFIER})?{_COUNT_TOKEN}{_SP}(?P<noun>(?i:{nouns})){_WE}",
    leading=False,
)
#: The white space of :data:`_SP`, and the qualifiers of :data:`_QUALIFIER` case-folded.
_SPACES = " \u00a0"
_LETTERS = regex.compile(r"\p{L}++", FLAGS)
_QUALIFIER_WORDS = tuple({w.casefold() for w in (*lx.MAXIMUM_WORDS, *lx.APPROXIMATE_WORDS)})
_PART_START = regex.compile(rf"{_WB}(?:{_QUALIFIER})?{_COUNT_TOKEN}{_SP}(?=\p{{L}})", FLAGS)
_COMPOSITION = Cued.rule(lx.COMPOSITION_CUES, _whole)
_PART_JOIN = regex.compile(
    r"(?:,|" + "|".join(regex.escape(w) for w in lx.LIST_JOINERS if w != ",") + rf"){_SP}$",
    FLAGS,
)
_PART_TRIM = regex.compile(
    r"(?:"
    + "|".join(rf"{_SP}{regex.escape(w)}" for w in lx.LIST_JOINERS if w != ",")
    + r"|[\s,;.:])++$",
    FLAGS,
)
#: Every number word begins with one of these (the number words no other one begins).
_NUMBER_HEADS = tuple(
    sorted(
        w
        for w in (v.casefold() for v in NUMBER_WORDS)
        if not any(w[:i] in NUMBER_WORDS for i in range(1, len(w)))
    )
)
#: What :data:`_PART_JOIN` looks for (case-sensitive), before its white space.
_JOINERS = (",", *(w for w in lx.LIST_JOINERS if w != ","))
#: The characters a :data:`_PART_TRIM` match may hold (besides white space).
_TRIMMED = frozenset(",;.:" + "".join(w for w in lx.LIST_JOINERS if w != ","))


def _trim(text: str, lo: int, hi: int) -> str:
    """``_PART_TRIM.sub("", text[lo:hi])``: the match can only lie in the stretch's tail of
    characters it may hold, so the pattern is run over that tail alone."""
    k = hi
    while k > lo and (text[k - 1].isspace() or text[k - 1] in _TRIMMED):
        k -= 1
    if k == hi:
        return text[lo:hi]
    return text[lo:k] + _PART_TRIM.sub("", text[k:hi])


_SHARED = Cued.rule(
    lx.SHARED_CUES,
    lambda cues: rf"(?i:{cues}){_WE}[^().;]*?{_WB}{alternation(lx.SHARED_WITH_JOINERS)}{_SP}",
)
#: Where a clause naming the other missions of a combined mandate stops.
_CLAUSE_END = regex.compile(r"[();]|$", FLAGS)
_CONDITION = Cued.rule(lx.CONDITION_CUES, _whole)

#: A date of the dates extractor is ``until`` / ``start`` when one of these ends the text
#: before it (``tot en met`` 30 juni 2024, ``per`` 1 januari 2024).
_UNTIL_BEFORE = regex.compile(rf"{_WB}(?i:{alternation(lx.UNTIL_CUES)}){_SP}$", FLAGS)
_START_BEFORE = regex.compile(rf"{_WB}(?i:{alternation(lx.START_CUES)}){_SP}$", FLAGS)
_DURATION_BEFORE = regex.compile(rf"{_WB}(?i:{alternation(lx.DURATION_CUES)}){_SP}$", FLAGS)
#: ``eind juni 2024``: the last day of the period is the value (``2024-06-30``).
_END_OF_PERIOD = regex.compile(rf"(?i:{alternation(lx.END_OF_PERIOD_WORDS)}){_WE}", FLAGS)
#: How far before a date its cue may start (``met ingang van`` is the longest).
_CUE_REACH = 24

#: Every decision has an action verb or a start phrase (in its case fold): a sentence
#: without one is read no further, nor a region, for the mission a later decision in it
#: may refer to.
_PREFILTER = any_of(w.casefold() for w in (*lx.MANDATE_ACTION_VERBS, *lx.MANDATE_START_PHRASES))

#: Cheap cues, each found by one scan of the whole text. A sentence can only hold a
#: mandate noun (a :data:`_MANDATE` match) where :data:`_MANDATE_CUE` matches, and only
#: name a mission (a :data:`_MISSION` match) where :data:`_MISSION_CUE` does; a sentence
#: with neither decides nothing and states nothing. The mission cue is each name from its
#: first capital (``Forward Presence`` of ``enhanced Forward Presence``): capitals are
#: rare, so the scan skips ahead fast.
_MANDATE_CUE = regex.compile(rf"(?i:{alternation(lx.MANDATE_NOUNS)})", FLAGS)
_MISSION_CUE = any_of(
    next((name[i:] for i, c in enumerate(name) if c.isupper()), name) for name in lx.MISSION_NAMES
)
#: The dates extractor lower-cases a capital sigma by its context (a final sigma), so
#: its result over a sentence may then depend on what surrounds it.
_CONTEXT_CASED = "Σ"
_DASHES = " -–—"


class _Hits:
    """Where a cue pattern matches the whole text (one scan; the matches do not overlap).

    Every occurrence of the words it stands for (see :data:`_MANDATE_CUE`) overlaps a hit:
    one starts there, or an earlier hit runs across it."""

    __slots__ = ("ends", "longest", "starts")

    def __init__(self, pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> None:
        spans = [m.span() for m in pattern.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.longest = max((b - a for a, b in spans), default=0)

    def first(self, lo: int) -> int:
        """The index of the first hit that ends after ``lo``."""
        i = bisect.bisect_left(self.starts, lo)
        return i - 1 if i > 0 and self.ends[i - 1] > lo else i

    def within(self, lo: int, hi: int) -> bool:
        """Whether a hit overlaps ``text[lo:hi]``."""
        i = self.first(lo)
        return i < len(self.starts) and self.starts[i] < hi

    def sentences(self, lo: int, hi: int, sentences: Sequence[Span]) -> list[int]:
        """The indices of ``sentences`` (sorted, inside ``lo:hi``) a hit overlaps."""
        starts, ends = self.starts, self.ends
        out: list[int] = []
        k, n = 0, len(sentences)
        i = self.first(lo)
        while i < len(starts) and starts[i] < hi:
            a, b = starts[i], ends[i]
            while k < n and sentences[k].end <= a:
                k += 1
            j = k  # the next hit may lie in the last sentence this one does
            while j < n and sentences[j].start < b:
                if not out or out[-1] != j:
                    out.append(j)
                j += 1
            i += 1
        return out


def _any_in(words: Sequence[str], text: str) -> bool:
    """``any(word in text for word in words)``, without a generator's cost."""
    for word in words:  # noqa: SIM110 (the loop takes half the time of any())
        if word in text:
            return True
    return False


def _aligned(fold: str, span: Span) -> bool:
    """Whether ``fold``, the span's case fold, keeps its offsets and has no dotless i:
    then a case-insensitive match of a word in the span is an occurrence of the word's
    case fold in ``fold`` at the same offset (see :func:`kamerparse.extract._literals.fold`)."""
    return len(fold) == span.end - span.start and "ı" not in fold


class _Sentence:
    """A sentence read for a decision, and its case fold. Where a cue's words start in the
    fold is looked up once per cue (:meth:`_starts`), and the cue's pattern is tried only
    there.

    When case folding moves the offsets or gives a dotless i (see :func:`_aligned`),
    ``fold`` is ``None`` and every pattern is run over the whole stretch."""

    __slots__ = ("_counts", "_starts_of", "end", "fold", "span", "start")

    def __init__(self, text: str, span: Span, fold: str | None = None) -> None:
        self.span = span
        self.start = span.start
        self.end = span.end
        if fold is None:
            fold = text[span.start : span.end].casefold()
        self.fold = fold if _aligned(fold, span) else None
        self._starts_of: dict[Cued, list[int]] = {}
        self._counts: list[int] | None = None

    def _starts(self, cue: Cued) -> list[int]:
        """Where (text offsets, in order) the cue's words start in the fold."""
        found = self._starts_of.get(cue)
        if found is None:
            assert self.fold is not None
            found = self._starts_of[cue] = cue.starts_in(self.fold, self.start)
        return found

    def has(self, cue: Cued) -> bool:
        """Whether the cue's pattern may match in the sentence."""
        return self.fold is None or bool(self._starts(cue))

    def search(self, text: str, cue: Cued, lo: int, hi: int) -> regex.Match[str] | None:
        """``cue.pattern.search(text, lo, hi)``: the first of :meth:`finditer`."""
        if self.fold is None:
            return cue.pattern.search(text, lo, hi)
        return next(self.finditer(text, cue, lo, hi), None)

    def finditer(self, text: str, cue: Cued, lo: int, hi: int) -> Iterator[regex.Match[str]]:
        """``cue.pattern.finditer(text, lo, hi)``."""
        if self.fold is None:
            yield from cue.pattern.finditer(text, lo, hi)
            return
        match = cue.pattern.match
        for at in self._starts(cue):
            if at >= hi:
                break
            if at >= lo:
                m = match(text, at, hi)
                if m is not None:
                    yield m
                    lo = max(m.end(), at + 1)

    def first_count(self, text: str, lo: int, hi: int) -> tuple[int, bool] | None:
        """The value of the first count in ``text[lo:hi]`` (of ``_COUNT.pattern.finditer``)
        that has one, and whether it is approximate."""
        if self.fold is None:
            matches: Iterator[regex.Match[str]] = _COUNT.pattern.finditer(text, lo, hi)
        else:
            matches = self._count_matches(text, lo, hi)
        for m in matches:
            value = count_value(m.group("n"))
            if value is not None:
                return value, m.group("approx") is not None
        return None

    def _count_matches(self, text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
        """``_COUNT.pattern.finditer(text, lo, hi)``, the pattern tried only where a
        match can start (:meth:`count_starts`, and ``lo``)."""
        starts = self.count_starts(text)
        k = bisect.bisect_left(starts, lo)
        match = _COUNT.pattern.match
        at = lo
        m = match(text, lo, hi) if lo < hi and text[lo].isalnum() else None
        if m is not None:  # (a match starts with a letter or a digit)
            yield m
            at = m.end()
        for start in starts[k:]:
            if start >= hi:
                return
            if start >= at and start != lo:
                m = match(text, start, hi)
                if m is not None:
                    yield m
                    at = m.end()

    def count_starts(self, text: str) -> list[int]:
        """Where in the sentence a count (a :data:`_COUNT` match) can start, sorted.

        A match ends with a personnel noun (a whole word) after white space, before it the number
        (a run of letters, or of digits and dots) and white space, and before that maybe
        a qualifier and white space: read backwards from each personnel noun, these give
        every start a match can have (and a match in a stretch of the sentence starts at
        one of them, or at the stretch's start, where a run of letters is cut)."""
        if self._counts is not None:
            return self._counts
        fold = self.fold
        assert fold is not None
        s = self.start
        starts: set[int] = set()
        for noun in self._starts(_COUNT):
            if noun == s or text[noun - 1] not in _SPACES:
                continue  # the noun follows white space
            word = _LETTERS.match(text, noun, self.end)
            if word is None or fold[noun - s : word.end() - s] not in _COUNT.words:
                continue  # ... and is a whole word (``mandaat`` is no ``man``)
            end = noun - 1
            while end > s and text[end - 1] in _SPACES:
                end -= 1
            first = end
            if text[end - 1].isalpha():
                while first > s and text[first - 1].isalpha():
                    first -= 1
                starts.add(first)
            else:
                while first > s and (text[first - 1].isdecimal() or text[first - 1] == "."):
                    first -= 1
                    starts.add(first)
                if first == end:
                    continue
            before = first
            while before > s and text[before - 1] in _SPACES:
                before -= 1
            if before == first or not fold.endswith(_QUALIFIER_WORDS, 0, before - s):
                continue
            for qualifier in _QUALIFIER_WORDS:
                at = before - len(qualifier)
                if at >= s and fold.startswith(qualifier, at - s):
                    starts.add(at)
        self._counts = sorted(starts)
        return self._counts


class _Events:
    """The letter's own dated events (``extract_events`` over the whole context), looked
    up by sentence instead of extracting a sentence's dates again."""

    __slots__ = ("events", "reach", "starts", "text")

    def __init__(self, text: str, events: Sequence[DatedEvent]) -> None:
        self.text = text
        self.events = events
        self.starts = [e.span.start for e in events]
        #: ``reach[i]``: the furthest end of ``events[: i + 1]``
        self.reach = list(itertools.accumulate((e.span.end for e in events), max))

    def within(self, sentence: Span) -> Sequence[DatedEvent] | None:
        """The events in ``sentence``; ``None`` when they might differ from the dates
        extractor's over that sentence alone: an event runs across the sentence's start
        or end, or the text next to its edges changes what the extractor reads there (a
        letter or digit right before it, a number at its end, a context-cased capital)."""
        text, s, e = self.text, sentence.start, sentence.end
        i = bisect.bisect_left(self.starts, s)
        if i > 0 and self.reach[i - 1] > s:
            return None
        j = bisect.bisect_left(self.starts, e, i)
        if j > 0 and self.reach[j - 1] > e:
            return None
        if s > 0 and text[s - 1].isalnum():
            return None
        last = text[e - 1]
        if last.isdecimal() or (last in _DASHES and e - 2 >= s and text[e - 2].isdecimal()):
            return None
        if _CONTEXT_CASED in text[s:e]:
            return None
        return self.events[i:j]


class _Reader:
    """What the sentence readers share: the context, the cues, the sentences read."""

    __slots__ = ("ctx", "cues", "dates", "events", "names", "nouns", "reach", "read", "text")

    def __init__(
        self,
        ctx: ExtractContext,
        events: Sequence[DatedEvent] | None,
        dates: Callable[[ExtractContext], Extracted[DatedEvent]],
    ) -> None:
        self.ctx = ctx
        self.dates = dates
        self.text = text = ctx.text
        self.nouns = _Hits(_MANDATE_CUE, text)
        self.names = _Hits(_MISSION_CUE, text)
        #: the starts of both, in order, and the longest of them
        self.cues = sorted(self.nouns.starts + self.names.starts)
        self.reach = max(self.nouns.longest, self.names.longest)
        self.events = _Events(text, events) if events is not None else None
        self.read: dict[tuple[int, int], _Sentence] = {}

    def sentence(self, span: Span, fold: str | None = None) -> _Sentence:
        key = (span.start, span.end)
        found = self.read.get(key)
        if found is None:
            found = self.read[key] = _Sentence(self.text, span, fold)
        return found

    def mentions(self, sentence: Span) -> list[regex.Match[str]]:
        """The missions named in the sentence."""
        if not self.names.within(sentence.start, sentence.end):
            return []
        return list(_MISSION.finditer(self.text, sentence.start, sentence.end))

    def dated(self, sentence: Span) -> Sequence[DatedEvent]:
        """The dates extractor's events over the sentence alone."""
        if self.events is not None:
            found = self.events.within(sentence)
            if found is not None:
                return found
        ctx = self.ctx
        return self.dates(
            ExtractContext(
                text=ctx.text,
                regions=(Region(span=sentence, sentences=(sentence,)),),
                reference_date=ctx.reference_date,
                markers=ctx.markers,
            )
        ).records


@frozen(kw_only=True)
class _Statement:
    """Values a non-decision sentence states about a mission's mandate."""

    span: Span
    max_personnel: int | None
    approximate: bool
    until: str | None


def extract_mandates(
    ctx: ExtractContext,
    events: Sequence[DatedEvent] | None = None,
    *,
    dates: Callable[[ExtractContext], Extracted[DatedEvent]],
) -> Extracted[MandateDecision]:
    """Every mandate decision in the body and footnote regions, in text order.

    ``dates`` is the dates extractor (``kamerparse.extract.dates.extract_events``), run
    over a decision sentence to read its dates. ``events`` are ``dates(ctx).records``
    when the caller has them (the pipeline): a decision's dates are then looked up
    there, not extracted again.
    """
    records: list[MandateDecision] = []
    diagnostics: list[Diagnostic] = []
    # the letter's events are only looked up by sentence when the sentences are the
    # splitter's (no region brings its own)
    own = events is not None and not any(region.sentences for region in ctx.regions)
    rd = _Reader(ctx, events if own else None, dates)
    starts, reach = rd.cues, rd.reach
    for n, region in enumerate(ctx.regions):
        span = region.span
        i = bisect.bisect_left(starts, span.start - reach)
        if i < len(starts) and starts[i] < span.end:  # a cue hit may overlap the region
            _read_region(rd, n, records, diagnostics)
    records.sort(key=lambda r: r.span.start)
    return Extracted(records=tuple(records), diagnostics=tuple(diagnostics))


def _last_mission_before(rd: _Reader, n: int) -> str | None:
    """The last mission named in the regions before ``regions[n]`` since its section (or
    footnote) started. Each is read as a region always was: sentence by sentence when it
    holds an action verb, else as a whole, or not at all for a footnote."""
    regions = rd.ctx.regions
    first = n  # where the section (or footnote) starts
    while (
        first > 0
        and regions[first].footnote is None
        and regions[first].section == regions[first - 1].section
    ):
        first -= 1
    text = rd.text
    for region in reversed(regions[first:n]):
        lo, hi = region.span.start, region.span.end
        if not rd.names.within(lo, hi):
            continue
        if _PREFILTER.search(text[lo:hi].casefold()):
            name = _last_named(rd, rd.ctx.sentences_of(region))
        elif region.footnote is None:
            last = None
            for last in _MISSION.finditer(text, lo, hi):  # noqa: B007
                pass
            name = last.group("name") if last is not None else None
        else:
            name = None
        if name is not None:
            return name
    return None


def _last_named(rd: _Reader, sentences: Sequence[Span]) -> str | None:
    """The last mission named in ``sentences`` (read from the end)."""
    for sentence in reversed(sentences):
        mentions = rd.mentions(sentence)
        if mentions:
            return mentions[-1].group("name")
    return None


def _read_region(
    rd: _Reader, n: int, records: list[MandateDecision], diagnostics: list[Diagnostic]
) -> None:
    """Read the sentences of ``regions[n]`` that may decide: with an action verb, and a
    mandate noun or a named mission and a personnel noun."""
    text = rd.text
    region = rd.ctx.regions[n]
    lo, hi = region.span.start, region.span.end
    sentences = rd.ctx.sentences_of(region)
    nouns = rd.nouns.sentences(lo, hi, sentences)
    names = rd.names.sentences(lo, hi, sentences)
    decided: set[int] = set()
    for i in sorted({*nouns, *names}) if names else nouns:
        sentence = sentences[i]
        fold = text[sentence.start : sentence.end].casefold()
        aligned = _aligned(fold, sentence)
        if aligned and not _any_in(_NATIONAL.prefixes, fold):
            continue  # no national actor: no decision (a test cheaper than the next)
        noun = i in nouns
        if not noun and aligned and not _any_in(_COUNT.prefixes, fold):
            # a named mission without a mandate noun decides only with a count, so a
            # personnel noun (with a dotless i or a longer case fold, a count may still match)
            continue
        if _PREFILTER.search(fold) is None:
            continue
        mentions = None  # (looked up when a decision needs them)
        if not noun:
            mentions = rd.mentions(sentence)
            if not mentions:
                continue

        def last_mission(i: int = i) -> str | None:
            return _last_named(rd, sentences[:i]) or _last_mission_before(rd, n)

        sent = rd.sentence(sentence, fold)
        decisions = _decide(rd, region, sent, mentions, last_mission, diagnostics)
        if not decisions:
            continue
        decided.add(i)

        def stated(mission: str, i: int = i) -> _Statement | None:
            return _stated(rd, sentences, i, nouns, decided, mission)

        following = sentences[i + 1] if i + 1 < len(sentences) else None
        records.extend(_finish(rd, decisions, stated, following, diagnostics))


def _stated(
    rd: _Reader,
    sentences: Sequence[Span],
    i: int,
    nouns: list[int],
    decided: set[int],
    mission: str,
) -> _Statement | None:
    """The values the newest sentence before ``sentences[i]`` that is about the mandate
    of ``mission`` (it names it last, and a mandate noun) and decides nothing states."""
    text = rd.text
    for j in reversed(nouns[: bisect.bisect_left(nouns, i)]):
        sentence = sentences[j]
        if j in decided or _MANDATE.search(text, sentence.start, sentence.end) is None:
            continue
        mentions = rd.mentions(sentence)
        if mentions and mentions[-1].group("name") == mission:
            stated = _statement(rd, sentence)
            if stated is not None:
                return stated
    return None


def _decide(
    rd: _Reader,
    region: Region,
    sent: _Sentence,
    mentions: list[regex.Match[str]] | None,
    last_mission: Callable[[], str | None],
    diagnostics: list[Diagnostic],
) -> list[MandateDecision]:
    """The decisions of a sentence (``mentions``: the missions it names, ``None`` when
    they are still to be looked up)."""
    text, ctx = rd.text, rd.ctx
    s, e = sent.start, sent.end
    # (the conditions of a decision, the cheapest first)
    if sent.search(text, _NATIONAL, s, e) is None or sent.search(text, _HEDGE, s, e) is not None:
        return []
    past_time = sent.search(text, _PAST_TIME, s, e) is not None or _past_year(ctx, sent)
    past = sent.search(text, _PAST, s, e) is not None or (
        past_time and sent.search(text, _PRESENT, s, e) is None
    )
    if not past and sent.search(text, _DECISION, s, e) is None:
        return []
    action = _action(text, sent)
    if action is None and sent.search(text, _START_PHRASE, s, e) is not None:
        # ``besloten met maximaal 150 militairen bij te dragen aan MISSION``
        action = MandateAction.START
    if action is None:
        return []
    if mentions is None:
        mentions = rd.mentions(sent.span)
    if not _national_mandate(text, sent.span) and not (
        mentions and sent.first_count(text, s, e) is not None
    ):
        return []

    shared_spans = _shared_clauses(text, sent)
    primaries = [
        m
        for m in mentions
        if not any(c.start <= m.start() < c.end for c in shared_spans)
        and not text.startswith("-", m.end())
    ]
    if not primaries:
        if _owned_by_another(text, sent.span):
            return []  # ``het mandaat van de onderzoekscommissie verlengen``
        mission = last_mission()
        if mission is None:
            diagnostics.append(
                Diagnostic(
                    code="mandate-no-mission",
                    severity=Severity.INFO,
                    message="a mandate decision names no mission and none precedes it",
                    span=sent.span,
                )
            )
            return []
        scopes = [(mission, s, e)]
    elif len(primaries) == 1:
        scopes = [(primaries[0].group("name"), s, e)]
    else:
        scopes = [
            (
                m.group("name"),
                m.end(),
                primaries[k + 1].start() if k + 1 < len(primaries) else e,
            )
            for k, m in enumerate(primaries)
        ]

    dates = _dates(rd, sent.span)
    until, start, duration = dates.until, dates.start, dates.duration
    conditions = _conditions(text, sent)
    out = []
    for mission, lo, hi in scopes:
        count = sent.first_count(text, lo, hi)
        shared = tuple(
            m.group("name")
            for c in shared_spans
            if lo <= c.start < hi
            for m in _MISSION.finditer(text, c.start, c.end)
            if m.group("name") != mission
        )
        out.append(
            MandateDecision(
                mission=mission,
                action=action,
                span=sent.span,
                max_personnel=count[0] if count else None,
                approximate=count[1] if count else False,
                until=until,
                duration=duration,
                start=start,
                shared_with=shared,
                conditions=conditions,
                decided=not past,
                sentence=sent.span,
                footnote=region.footnote,
            )
        )
    return out


def _finish(
    rd: _Reader,
    decisions: list[MandateDecision],
    stated: Callable[[str], _Statement | None],
    following: Span | None,
    diagnostics: list[Diagnostic],
) -> list[MandateDecision]:
    """Carry values from earlier statements; add the composition when there is one."""
    out = []
    for d in decisions:
        statement = None
        if d.max_personnel is None or d.until is None:
            statement = stated(d.mission)
        if statement is not None:
            d = evolve(
                d,
                span=Span(start=statement.span.start, end=d.span.end),
                max_personnel=d.max_personnel
                if d.max_personnel is not None
                else statement.max_personnel,
                approximate=d.approximate
                if d.max_personnel is not None
                else statement.approximate,
                until=d.until or statement.until,
            )
        out.append(d)
    if len(out) == 1:
        sentence = out[0].sentence or out[0].span
        parts = _composition(rd.text, rd.sentence(sentence))
        if not parts and following is not None:
            parts = _composition(rd.text, rd.sentence(following))
        if parts:
            d = evolve(out[0], composition=parts)
            total = sum(p.count for p in parts if p.count is not None)
            if d.max_personnel is not None and total != d.max_personnel:
                diagnostics.append(
                    Diagnostic(
                        code="mandate-composition-sum",
                        severity=Severity.INFO,
                        message=(
                            f"the parts of the {d.mission} mandate add up to {total}, "
                            f"not {d.max_personnel}"
                        ),
                        span=d.sentence,
                    )
                )
            out[0] = d
    return out


def _statement(rd: _Reader, sentence: Span) -> _Statement | None:
    sent = rd.sentence(sentence)
    count = sent.first_count(rd.text, sentence.start, sentence.end)
    until = _dates(rd, sentence).until
    if count is None and until is None:
        return None
    return _Statement(
        span=sentence,
        max_personnel=count[0] if count else None,
        approximate=count[1] if count else False,
        until=until,
    )


# --- pieces ----------------------------------------------------------------------------


def _action(text: str, sent: _Sentence) -> MandateAction | None:
    s, e = sent.start, sent.end
    for m in sent.finditer(text, _ACTION, s, e):
        if _NOMINAL.search(text[max(s, m.start() - 12) : m.start()]):
            continue
        action = _ACTIONS.get(m.group(0).casefold())
        if action is None:  # a case-insensitive match of another spelling (``İ``)
            continue
        if sent.search(text, _NEGATION, s, m.start()) or sent.search(
            text, _NEGATION, m.end(), e
        ):
            if action is MandateAction.EXTEND:
                return MandateAction.NOT_EXTEND
            if action is MandateAction.END:
                return MandateAction.CONTINUE
            return None
        return action
    return None


def _national_mandate(text: str, sentence: Span) -> bool:
    """A mandate noun in the sentence that is not owned by someone else."""
    for m in _MANDATE.finditer(text, sentence.start, sentence.end):
        if _FOREIGN_OWNER.match(text, m.end(), sentence.end) is None:
            return True
    return False


def _owned_by_another(text: str, sentence: Span) -> bool:
    """Every mandate noun is someone's (``mandaat van de commissie``), none national."""
    nouns = list(_MANDATE.finditer(text, sentence.start, sentence.end))
    return bool(nouns) and all(_OWNER.match(text, m.end(), sentence.end) is not None for m in nouns)


def _past_year(ctx: ExtractContext, sent: _Sentence) -> bool:
    if ctx.reference_date is None:
        return False
    return any(
        int(m.group("year")) < ctx.reference_date.year
        for m in _PAST_YEAR.finditer(ctx.text, sent.start, sent.end)
    )


def _shared_clauses(text: str, sent: _Sentence) -> list[Span]:
    """Stretches naming the other missions of a combined mandate (after ``... met``)."""
    out = []
    for m in sent.finditer(text, _SHARED, sent.start, sent.end):
        end = m.end()
        stop = _CLAUSE_END.search(text, end, sent.end)
        hi = stop.start() if stop else end
        out.append(Span(start=m.end(), end=hi))
    return out


@frozen(kw_only=True)
class _Dates:
    until: str | None = None
    start: str | None = None
    duration: str | None = None


def _dates(rd: _Reader, sentence: Span) -> _Dates:
    """``until``, ``start`` and ``duration`` of a sentence, from the dates extractor.

    A date counts when an until/start cue stands right before it, a duration when a
    duration cue does (``voor de periode van`` achttien maanden). The first of each wins.
    """
    text = rd.text
    events = rd.dated(sentence)
    until = start = duration = None
    for event in events:
        lo = max(sentence.start, event.span.start - _CUE_REACH)
        if event.type is TimexType.DURATION:
            if duration is None and _DURATION_BEFORE.search(text, lo, event.span.start):
                duration = event.value
            continue
        if event.type is not TimexType.DATE or event.relative:
            continue
        value = event.value
        if _END_OF_PERIOD.match(event.text) and event.latest is not None:
            value = event.latest.isoformat()
        if until is None and _UNTIL_BEFORE.search(text, lo, event.span.start):
            until = value
        elif start is None and _START_BEFORE.search(text, lo, event.span.start):
            start = value
    return _Dates(until=until, start=start, duration=duration)


def _conditions(text: str, sent: _Sentence) -> tuple[str, ...]:
    cues = list(sent.finditer(text, _CONDITION, sent.start, sent.end))
    out = []
    for k, m in enumerate(cues):
        hi = cues[k + 1].start() if k + 1 < len(cues) else sent.end
        out.append(_trim(text, m.start(), hi))
    return tuple(out)


def _part_starts(text: str, sent: _Sentence, lo: int) -> Iterator[regex.Match[str]]:
    """``_PART_START.finditer(text, lo, sent.end)``, but only the matches :func:`_composition`
    may keep: those right after ``lo`` (and white space) or after a list joiner and white
    space (``, `` ``en ``), with a count (digits or a number word).

    The pattern is tried only there and where a qualifier starts: a match consumes the
    count after its qualifier, otherwise only its own word and the white space after it,
    so the matches skipped (at other words) never run across one of these places."""
    hi = sent.end
    fold = sent.fold
    if fold is None:
        yield from _PART_START.finditer(text, lo, hi)
        return
    at = {lo}
    for joiner in _JOINERS:
        k = text.find(joiner, lo, hi)
        while k != -1:
            after = k + len(joiner)
            if after < hi and text[after] in _SPACES:
                at.add(after)
            k = text.find(joiner, k + 1, hi)
    s = sent.start
    qualified: set[int] = set()
    for qualifier in _QUALIFIER_WORDS:
        k = fold.find(qualifier, lo - s)
        while k != -1:
            qualified.add(s + k)
            k = fold.find(qualifier, k + 1)
    match = _PART_START.match
    pos = lo
    for k in sorted(at | qualified):
        while k < hi and text[k].isspace():
            k += 1
        if k < pos or k >= hi:
            continue
        if k not in qualified and not (
            text[k].isdecimal() or fold.startswith(_NUMBER_HEADS, k - s)
        ):
            continue  # no count starts here (a match would be a word's, and not kept)
        m = match(text, k, hi)
        if m is not None:
            yield m
            pos = m.end()


def _composition(text: str, sent: _Sentence) -> tuple[PersonnelPart, ...]:
    cue = sent.search(text, _COMPOSITION, sent.start, sent.end)
    if cue is None:
        return ()
    starts = []
    for m in _part_starts(text, sent, cue.end()):
        value = count_value(m.group("n"))
        if value is None:
            continue
        bare_article = m.group("max") is None and m.group("approx") is None and value == 1
        if bare_article and not m.group("n").isdigit():
            continue
        before = text[cue.end() : m.start()]
        if before.strip() and _PART_JOIN.search(before) is None:
            continue
        starts.append((m, value))
    parts = []
    for k, (m, value) in enumerate(starts):
        hi = starts[k + 1][0].start() if k + 1 < len(starts) else sent.end
        raw = _trim(text, m.start(), hi)
        span = Span(start=m.start(), end=m.start() + len(raw))
        description = text[m.end() : span.end]
        parts.append(PersonnelPart(count=value, description=description, span=span))
    return tuple(parts)

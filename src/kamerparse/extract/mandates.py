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
from collections.abc import Callable, Sequence

from attrs import evolve, frozen

from kamerparse import lexicon as lx
from kamerparse._rx import regex
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._literals import Cued, Leading, any_of
from kamerparse.extract._mandate_sentences import (
    COUNT,
    SP,
    WB,
    WE,
    Hits,
    Sentence,
    abbreviated,
    any_in,
    composition,
    is_aligned,
    trim,
    whole,
    words_of,
)
from kamerparse.patterns import FLAGS, alternation
from kamerparse.records import (
    DatedEvent,
    Diagnostic,
    MandateAction,
    MandateDecision,
    Severity,
    Span,
    TimexType,
)

_YEAR = r"(?:19|20)\d\d"


_MISSION = Leading(
    regex.compile(rf"{WB}(?P<name>{alternation(lx.MISSION_NAMES)}){WE}", FLAGS),
    lx.MISSION_NAMES,
)
_MANDATE = regex.compile(words_of(lx.MANDATE_NOUNS), FLAGS)
_FOREIGN_OWNER = regex.compile(rf"{SP}(?i:{alternation(lx.FOREIGN_MANDATE_OWNERS)}){WE}", FLAGS)
_OWNER = regex.compile(
    rf"{SP}(?i:{alternation(lx.MANDATE_OWNER_LINKS)}){SP}"
    rf"(?!(?i:{alternation(lx.NATIONAL_ACTORS)}){WE})\p{{L}}",
    FLAGS,
)
_NOMINAL = regex.compile(rf"{WB}(?i:{alternation(lx.NOMINALISERS)}){SP}$", FLAGS)
_ACTION = Cued.rule(lx.MANDATE_ACTION_VERBS, whole)
_ACTIONS = {k.casefold(): MandateAction(v) for k, v in lx.MANDATE_ACTION_VERBS.items()}
_START_PHRASE = Cued.rule(lx.MANDATE_START_PHRASES, whole)
_NATIONAL = Cued.rule(lx.NATIONAL_ACTORS, whole)
_DECISION = Cued.rule(lx.DECISION_MARKERS, whole)
_PAST = Cued.rule(lx.PAST_DECISION_MARKERS, abbreviated)
_PAST_TIME = Cued.rule(lx.PAST_TIME_MARKERS, abbreviated)
_PRESENT = Cued.rule(lx.PRESENT_DECISION_MARKERS, whole)
_PAST_YEAR = regex.compile(
    rf"{WB}{alternation(lx.PAST_YEAR_PREPOSITIONS)}{SP}(?P<year>{_YEAR})(?![\d/–-])",
    FLAGS,
)
_HEDGE = Cued.rule(lx.HEDGES, whole)
_NEGATION = Cued.rule(lx.NEGATIONS, whole)

_SHARED = Cued.rule(
    lx.SHARED_CUES,
    lambda cues: rf"(?i:{cues}){WE}[^().;]*?{WB}{alternation(lx.SHARED_WITH_JOINERS)}{SP}",
)
#: Where a clause naming the other missions of a combined mandate stops.
_CLAUSE_END = regex.compile(r"[();]|$", FLAGS)
_CONDITION = Cued.rule(lx.CONDITION_CUES, whole)

#: A date of the dates extractor is ``until`` / ``start`` when one of these ends the text
#: before it (``tot en met`` 30 juni 2024, ``per`` 1 januari 2024).
_UNTIL_BEFORE = regex.compile(rf"{WB}(?i:{alternation(lx.UNTIL_CUES)}){SP}$", FLAGS)
_START_BEFORE = regex.compile(rf"{WB}(?i:{alternation(lx.START_CUES)}){SP}$", FLAGS)
_DURATION_BEFORE = regex.compile(rf"{WB}(?i:{alternation(lx.DURATION_CUES)}){SP}$", FLAGS)
#: ``eind juni 2024``: the last day of the period is the value (``2024-06-30``).
_END_OF_PERIOD = regex.compile(rf"(?i:{alternation(lx.END_OF_PERIOD_WORDS)}){WE}", FLAGS)
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
        self.nouns = Hits(_MANDATE_CUE, text)
        self.names = Hits(_MISSION_CUE, text)
        #: the starts of both, in order, and the longest of them
        self.cues = sorted(self.nouns.starts + self.names.starts)
        self.reach = max(self.nouns.longest, self.names.longest)
        self.events = _Events(text, events) if events is not None else None
        self.read: dict[tuple[int, int], Sentence] = {}

    def sentence(self, span: Span, fold: str | None = None) -> Sentence:
        key = (span.start, span.end)
        found = self.read.get(key)
        if found is None:
            found = self.read[key] = Sentence(self.text, span, fold)
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
        aligned = is_aligned(fold, sentence)
        if aligned and not any_in(_NATIONAL.prefixes, fold):
            continue  # no national actor: no decision (a test cheaper than the next)
        noun = i in nouns
        if not noun and aligned and not any_in(COUNT.prefixes, fold):
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
    sent: Sentence,
    mentions: list[regex.Match[str]] | None,
    last_mission: Callable[[], str | None],
    diagnostics: list[Diagnostic],
) -> list[MandateDecision]:
    """The decisions of a sentence (``mentions``: the missions it names, ``None`` when
    they are still to be looked up)."""
    text = rd.text
    s, e = sent.start, sent.end
    decision = _decision(rd, sent)
    if decision is None:
        return []
    action, past = decision
    if mentions is None:
        mentions = rd.mentions(sent.span)
    if not _national_mandate(text, sent.span) and not (
        mentions and sent.first_count(text, s, e) is not None
    ):
        return []
    shared_spans = _shared_clauses(text, sent)
    scopes = _scopes(rd, sent, mentions, shared_spans, last_mission, diagnostics)
    if not scopes:
        return []
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


def _decision(rd: _Reader, sent: Sentence) -> tuple[MandateAction, bool] | None:
    """The action a sentence decides and whether it reports a past decision; ``None``
    when it decides nothing (the conditions of a decision, the cheapest first)."""
    text, ctx = rd.text, rd.ctx
    s, e = sent.start, sent.end
    if sent.search(text, _NATIONAL, s, e) is None or sent.search(text, _HEDGE, s, e) is not None:
        return None
    past_time = sent.search(text, _PAST_TIME, s, e) is not None or _past_year(ctx, sent)
    past = sent.search(text, _PAST, s, e) is not None or (
        past_time and sent.search(text, _PRESENT, s, e) is None
    )
    if not past and sent.search(text, _DECISION, s, e) is None:
        return None
    action = _action(text, sent)
    if action is None and sent.search(text, _START_PHRASE, s, e) is not None:
        # ``besloten met maximaal 150 militairen bij te dragen aan MISSION``
        action = MandateAction.START
    return None if action is None else (action, past)


def _scopes(
    rd: _Reader,
    sent: Sentence,
    mentions: list[regex.Match[str]],
    shared_spans: list[Span],
    last_mission: Callable[[], str | None],
    diagnostics: list[Diagnostic],
) -> list[tuple[str, int, int]]:
    """The missions a decision is about, each with the stretch of the sentence that is its
    own: those it names (not in a clause naming the others of a combined mandate), else
    the last one named before it."""
    text, s, e = rd.text, sent.start, sent.end
    primaries = [
        m
        for m in mentions
        if not any(c.start <= m.start() < c.end for c in shared_spans)
        and not text.startswith("-", m.end())
    ]
    if len(primaries) == 1:
        return [(primaries[0].group("name"), s, e)]
    if primaries:
        return [
            (
                m.group("name"),
                m.end(),
                primaries[k + 1].start() if k + 1 < len(primaries) else e,
            )
            for k, m in enumerate(primaries)
        ]
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
    return [(mission, s, e)]


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
                approximate=d.approximate if d.max_personnel is not None else statement.approximate,
                until=d.until or statement.until,
            )
        out.append(d)
    if len(out) == 1:
        sentence = out[0].sentence or out[0].span
        parts = composition(rd.text, rd.sentence(sentence))
        if not parts and following is not None:
            parts = composition(rd.text, rd.sentence(following))
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


def _action(text: str, sent: Sentence) -> MandateAction | None:
    s, e = sent.start, sent.end
    for m in sent.finditer(text, _ACTION, s, e):
        if _NOMINAL.search(text[max(s, m.start() - 12) : m.start()]):
            continue
        action = _ACTIONS.get(m.group(0).casefold())
        if action is None:  # a case-insensitive match of another spelling (``İ``)
            continue
        if sent.search(text, _NEGATION, s, m.start()) or sent.search(text, _NEGATION, m.end(), e):
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


def _past_year(ctx: ExtractContext, sent: Sentence) -> bool:
    if ctx.reference_date is None:
        return False
    return any(
        int(m.group("year")) < ctx.reference_date.year
        for m in _PAST_YEAR.finditer(ctx.text, sent.start, sent.end)
    )


def _shared_clauses(text: str, sent: Sentence) -> list[Span]:
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


def _conditions(text: str, sent: Sentence) -> tuple[str, ...]:
    cues = list(sent.finditer(text, _CONDITION, sent.start, sent.end))
    out = []
    for k, m in enumerate(cues):
        hi = cues[k + 1].start() if k + 1 < len(cues) else sent.end
        out.append(trim(text, m.start(), hi))
    return tuple(out)

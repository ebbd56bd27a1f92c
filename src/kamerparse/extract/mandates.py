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
* until / start / duration: the dates extractor (:func:`kamerparse.extract.dates.
  extract_events`) run over the decision sentence; a date right after ``tot (en met)`` is
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

from collections.abc import Iterator

import regex
from attrs import evolve, frozen

from kamerparse import lexicon as lx
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._literals import Cued, Leading, any_of
from kamerparse.extract._numbers import count_value
from kamerparse.extract.dates import extract_events
from kamerparse.patterns import FLAGS, alternation
from kamerparse.records import (
    Diagnostic,
    MandateAction,
    MandateDecision,
    PersonnelPart,
    Severity,
    Span,
    TimexType,
)

#: Patterns over a sentence are :class:`Cued`: tried only when one of their words occurs.
_WB = r"(?<![\p{L}\d])"
_WE = r"(?![\p{L}\d])"
_SP = r"[ \u00a0]++"
_YEAR = r"(?:19|20)\d\d"

_MISSION = Leading(
    regex.compile(rf"{_WB}(?P<name>{alternation(lx.MISSION_NAMES)}){_WE}", FLAGS),
    lx.MISSION_NAMES,
)
_MANDATE = regex.compile(rf"{_WB}(?i:{alternation(lx.MANDATE_NOUNS)}){_WE}", FLAGS)
_FOREIGN_OWNER = regex.compile(rf"{_SP}(?i:{alternation(lx.FOREIGN_MANDATE_OWNERS)}){_WE}", FLAGS)
_OWNER = regex.compile(
    rf"{_SP}(?i:{alternation(lx.MANDATE_OWNER_LINKS)}){_SP}"
    rf"(?!(?i:{alternation(lx.NATIONAL_ACTORS)}){_WE})\p{{L}}",
    FLAGS,
)
_NOMINAL = regex.compile(rf"{_WB}(?i:{alternation(lx.NOMINALISERS)}){_SP}$", FLAGS)
_ACTION = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.MANDATE_ACTION_VERBS)}){_WE}", FLAGS),
    lx.MANDATE_ACTION_VERBS,
    leading=True,
)
_ACTIONS = {k.casefold(): MandateAction(v) for k, v in lx.MANDATE_ACTION_VERBS.items()}
_START_PHRASE = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.MANDATE_START_PHRASES)}){_WE}", FLAGS),
    lx.MANDATE_START_PHRASES,
)
_NATIONAL = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.NATIONAL_ACTORS)}){_WE}", FLAGS),
    lx.NATIONAL_ACTORS,
)
_DECISION = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.DECISION_MARKERS)}){_WE}", FLAGS),
    lx.DECISION_MARKERS,
    leading=True,
)
_PAST = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.PAST_DECISION_MARKERS)})(?:(?<=\.)|{_WE})", FLAGS),
    lx.PAST_DECISION_MARKERS,
)
_PAST_TIME = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.PAST_TIME_MARKERS)})(?:(?<=\.)|{_WE})", FLAGS),
    lx.PAST_TIME_MARKERS,
)
_PRESENT = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.PRESENT_DECISION_MARKERS)}){_WE}", FLAGS),
    lx.PRESENT_DECISION_MARKERS,
    leading=True,
)
_PAST_YEAR = regex.compile(
    rf"{_WB}{alternation(lx.PAST_YEAR_PREPOSITIONS)}{_SP}(?P<year>{_YEAR})(?![\d/–-])",
    FLAGS,
)
_HEDGE = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.HEDGES)}){_WE}", FLAGS),
    lx.HEDGES,
)
_NEGATION = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.NEGATIONS)}){_WE}", FLAGS),
    lx.NEGATIONS,
)

_LIMIT = alternation(lx.MAXIMUM_WORDS)
_APPROX = alternation(lx.APPROXIMATE_WORDS)
_QUALIFIER = rf"(?:(?P<approx>(?i:{_APPROX}))|(?P<max>(?i:{_LIMIT}))){_SP}"
_COUNT_TOKEN = r"(?P<n>\d{1,3}(?:\.\d{3})*+|\p{L}++)"
_COUNT = Cued(
    regex.compile(
        rf"{_WB}(?:{_QUALIFIER})?{_COUNT_TOKEN}{_SP}"
        rf"(?P<noun>(?i:{alternation(lx.PERSONNEL_NOUNS)})){_WE}",
        FLAGS,
    ),
    lx.PERSONNEL_NOUNS,
)
_PART_START = regex.compile(rf"{_WB}(?:{_QUALIFIER})?{_COUNT_TOKEN}{_SP}(?=\p{{L}})", FLAGS)
_COMPOSITION = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.COMPOSITION_CUES)}){_WE}", FLAGS),
    lx.COMPOSITION_CUES,
)
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

_SHARED = regex.compile(
    rf"(?i:{alternation(lx.SHARED_CUES)}){_WE}[^().;]*?{_WB}"
    rf"{alternation(lx.SHARED_WITH_JOINERS)}{_SP}",
    FLAGS,
)
_CONDITION = Cued(
    regex.compile(rf"{_WB}(?i:{alternation(lx.CONDITION_CUES)}){_WE}", FLAGS),
    lx.CONDITION_CUES,
)

#: A date of the dates extractor is ``until`` / ``start`` when one of these ends the text
#: before it (``tot en met`` 30 juni 2024, ``per`` 1 januari 2024).
_UNTIL_BEFORE = regex.compile(rf"{_WB}(?i:{alternation(lx.UNTIL_CUES)}){_SP}$", FLAGS)
_START_BEFORE = regex.compile(rf"{_WB}(?i:{alternation(lx.START_CUES)}){_SP}$", FLAGS)
_DURATION_BEFORE = regex.compile(rf"{_WB}(?i:{alternation(lx.DURATION_CUES)}){_SP}$", FLAGS)
#: ``eind juni 2024``: the last day of the period is the value (``2024-06-30``).
_END_OF_PERIOD = regex.compile(rf"(?i:{alternation(lx.END_OF_PERIOD_WORDS)}){_WE}", FLAGS)
#: How far before a date its cue may start (``met ingang van`` is the longest).
_CUE_REACH = 24
#: Every decision has an action verb or a start phrase: a region without one is skipped.
_PREFILTER_WORDS = tuple(
    sorted({w.casefold() for w in (*lx.MANDATE_ACTION_VERBS, *lx.MANDATE_START_PHRASES)})
)


_PREFILTER = any_of(_PREFILTER_WORDS)


def _may_decide(text: str, span: Span, folded: str | None) -> bool:
    """Cheap literal prefilter: one scan for all the words (:func:`any_of`).

    ``folded`` is ``text.casefold()`` when that keeps the offsets (else ``None``)."""
    if folded is not None:
        return _PREFILTER.search(folded, span.start, span.end) is not None
    return _PREFILTER.search(span.of(text).casefold()) is not None


class _Reader:
    """What the sentence readers share: the context and its text case-folded once."""

    __slots__ = ("aligned", "ctx", "folded", "text")

    def __init__(self, ctx: ExtractContext, aligned: str | None, folded: str | None) -> None:
        self.ctx = ctx
        self.text = ctx.text
        #: ``text.casefold()`` when it keeps the offsets, else ``None``
        self.aligned = aligned
        #: the same when :class:`Cued` may use it (see :func:`fold`), else ``None``
        self.folded = folded


@frozen(kw_only=True)
class _Statement:
    """Values a non-decision sentence states about a mission's mandate."""

    span: Span
    max_personnel: int | None
    approximate: bool
    until: str | None


def extract_mandates(ctx: ExtractContext) -> Extracted[MandateDecision]:
    """Every mandate decision in the body and footnote regions, in text order."""
    records: list[MandateDecision] = []
    diagnostics: list[Diagnostic] = []
    last_mission: str | None = None
    section: str | None = None
    skipped: list[Region] = []  # body regions read since, not yet scanned for missions
    text = ctx.text
    lower = text.casefold()
    aligned = lower if len(lower) == len(text) else None  # case folding keeps the offsets
    # ... and no dotless i: then every stretch folds as :func:`fold` would fold it
    folded = aligned if aligned is not None and "ı" not in aligned else None
    for region in ctx.regions:
        if region.footnote is not None or region.section != section:
            last_mission = None
            skipped.clear()
        section = region.section
        if not _may_decide(text, region.span, aligned):
            if region.footnote is None:
                skipped.append(region)
            continue
        last_mission = _last_mission(ctx.text, skipped) or last_mission
        skipped.clear()
        last_mission = _read_region(
            _Reader(ctx, aligned, folded), region, last_mission, records, diagnostics
        )
    records.sort(key=lambda r: r.span.start)
    return Extracted(records=tuple(records), diagnostics=tuple(diagnostics))


def _last_mission(text: str, regions: list[Region]) -> str | None:
    """The last mission named in ``regions`` (scanned from the end, only when needed)."""
    for region in reversed(regions):
        last = None
        for last in _MISSION.finditer(text, region.span.start, region.span.end):  # noqa: B007
            pass
        if last is not None:
            return last.group("name")
    return None


def _read_region(
    rd: _Reader,
    region: Region,
    last_mission: str | None,
    records: list[MandateDecision],
    diagnostics: list[Diagnostic],
) -> str | None:
    text = rd.text
    sentences = rd.ctx.sentences_of(region)
    statements = _Statements(rd)
    for i, sentence in enumerate(sentences):
        mentions = list(_MISSION.finditer(text, sentence.start, sentence.end))
        decisions = (
            _decide(rd, region, sentence, mentions, last_mission, diagnostics)
            if _may_decide(text, sentence, rd.aligned)
            else []
        )
        if decisions:
            following = sentences[i + 1] if i + 1 < len(sentences) else None
            decisions = _finish(rd, decisions, statements, following, diagnostics)
            records.extend(decisions)
        elif mentions and _MANDATE.search(text, sentence.start, sentence.end):
            statements.add(mentions[-1].group("name"), sentence)
        if mentions:
            last_mission = mentions[-1].group("name")
    return last_mission


def _decide(
    rd: _Reader,
    region: Region,
    sentence: Span,
    mentions: list[regex.Match[str]],
    last_mission: str | None,
    diagnostics: list[Diagnostic],
) -> list[MandateDecision]:
    text, ctx, f = rd.text, rd.ctx, rd.folded
    s, e = sentence.start, sentence.end
    action = _action(text, sentence, f)
    if action is None and _START_PHRASE.search(text, s, e, f) is not None:
        # ``besloten met maximaal 150 militairen bij te dragen aan MISSION``
        action = MandateAction.START
    if action is None:
        return []
    if not _national_mandate(text, sentence) and not (
        mentions and _first_count(text, s, e, f) is not None
    ):
        return []
    if _NATIONAL.search(text, s, e, f) is None or _HEDGE.search(text, s, e, f) is not None:
        return []
    past_time = _PAST_TIME.search(text, s, e, f) is not None or _past_year(ctx, sentence)
    past = _PAST.search(text, s, e, f) is not None or (
        past_time and _PRESENT.search(text, s, e, f) is None
    )
    if not past and _DECISION.search(text, s, e, f) is None:
        return []

    shared_spans = _shared_clauses(text, sentence)
    primaries = [
        m
        for m in mentions
        if not any(c.start <= m.start() < c.end for c in shared_spans)
        and not text.startswith("-", m.end())
    ]
    if not primaries:
        if _owned_by_another(text, sentence):
            return []  # ``het mandaat van de onderzoekscommissie verlengen``
        if last_mission is None:
            diagnostics.append(
                Diagnostic(
                    code="mandate-no-mission",
                    severity=Severity.INFO,
                    message="a mandate decision names no mission and none precedes it",
                    span=sentence,
                )
            )
            return []
        scopes = [(last_mission, sentence.start, sentence.end)]
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

    dates = _dates(ctx, sentence)
    until, start, duration = dates.until, dates.start, dates.duration
    conditions = _conditions(text, sentence, f)
    out = []
    for mission, lo, hi in scopes:
        count = _first_count(text, lo, hi, f)
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
                span=sentence,
                max_personnel=count[0] if count else None,
                approximate=count[1] if count else False,
                until=until,
                duration=duration,
                start=start,
                shared_with=shared,
                conditions=conditions,
                decided=not past,
                sentence=sentence,
                footnote=region.footnote,
            )
        )
    return out


def _finish(
    rd: _Reader,
    decisions: list[MandateDecision],
    statements: _Statements,
    following: Span | None,
    diagnostics: list[Diagnostic],
) -> list[MandateDecision]:
    """Carry values from earlier statements; add the composition when there is one."""
    out = []
    for d in decisions:
        stated = None
        if d.max_personnel is None or d.until is None:
            stated = statements.latest(d.mission)
        if stated is not None:
            d = evolve(
                d,
                span=Span(start=stated.span.start, end=d.span.end),
                max_personnel=d.max_personnel
                if d.max_personnel is not None
                else stated.max_personnel,
                approximate=d.approximate if d.max_personnel is not None else stated.approximate,
                until=d.until or stated.until,
            )
        out.append(d)
    if len(out) == 1:
        parts = _composition(rd.text, out[0].sentence or out[0].span, rd.folded)
        if not parts and following is not None:
            parts = _composition(rd.text, following, rd.folded)
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


class _Statements:
    """A paragraph's sentences about a mission's mandate that may state its values.

    They are read (count, dates) only when a decision lacks a value, newest first, and
    each at most once: the newest that states something is the mission's statement.
    """

    __slots__ = ("_known", "_pending", "_rd")

    def __init__(self, rd: _Reader) -> None:
        self._rd = rd
        self._pending: dict[str, list[Span]] = {}  # not read yet, in text order
        self._known: dict[str, _Statement] = {}  # the newest statement among those read

    def add(self, mission: str, sentence: Span) -> None:
        self._pending.setdefault(mission, []).append(sentence)

    def latest(self, mission: str) -> _Statement | None:
        """The newest sentence so far stating a count or an until date for ``mission``."""
        for sentence in reversed(self._pending.pop(mission, [])):
            stated = _statement(self._rd, sentence)
            if stated is not None:
                self._known[mission] = stated  # older pending ones can no longer count
                break
        return self._known.get(mission)


def _statement(rd: _Reader, sentence: Span) -> _Statement | None:
    count = _first_count(rd.text, sentence.start, sentence.end, rd.folded)
    until = _dates(rd.ctx, sentence).until
    if count is None and until is None:
        return None
    return _Statement(
        span=sentence,
        max_personnel=count[0] if count else None,
        approximate=count[1] if count else False,
        until=until,
    )


# --- pieces ----------------------------------------------------------------------------


def _action(text: str, sentence: Span, folded: str | None) -> MandateAction | None:
    for m in _ACTION.finditer(text, sentence.start, sentence.end, folded):
        if _NOMINAL.search(text[max(sentence.start, m.start() - 12) : m.start()]):
            continue
        action = _ACTIONS.get(m.group(0).casefold())
        if action is None:  # a case-insensitive match of another spelling (``İ``)
            continue
        if _NEGATION.search(text, sentence.start, m.start(), folded) or _NEGATION.search(
            text, m.end(), sentence.end, folded
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


def _past_year(ctx: ExtractContext, sentence: Span) -> bool:
    if ctx.reference_date is None:
        return False
    return any(
        int(m.group("year")) < ctx.reference_date.year
        for m in _PAST_YEAR.finditer(ctx.text, sentence.start, sentence.end)
    )


def _counts(
    text: str, lo: int, hi: int, folded: str | None
) -> Iterator[tuple[int, bool, regex.Match[str]]]:
    for m in _COUNT.finditer(text, lo, hi, folded):
        value = count_value(m.group("n"))
        if value is not None:
            yield value, m.group("approx") is not None, m


def _first_count(text: str, lo: int, hi: int, folded: str | None) -> tuple[int, bool] | None:
    for value, approx, _ in _counts(text, lo, hi, folded):
        return value, approx
    return None


def _shared_clauses(text: str, sentence: Span) -> list[Span]:
    """Stretches naming the other missions of a combined mandate (after ``... met``)."""
    out = []
    for m in _SHARED.finditer(text, sentence.start, sentence.end):
        end = m.end()
        stop = regex.search(r"[();]|$", text[end : sentence.end])
        hi = end + (stop.start() if stop else 0)
        out.append(Span(start=m.end(), end=hi))
    return out


@frozen(kw_only=True)
class _Dates:
    until: str | None = None
    start: str | None = None
    duration: str | None = None


def _dates(ctx: ExtractContext, sentence: Span) -> _Dates:
    """``until``, ``start`` and ``duration`` of a sentence, from the dates extractor.

    A date counts when an until/start cue stands right before it, a duration when a
    duration cue does (``voor de periode van`` achttien maanden). The first of each wins.
    """
    text = ctx.text
    events = extract_events(
        ExtractContext(
            text=text,
            regions=(Region(span=sentence, sentences=(sentence,)),),
            reference_date=ctx.reference_date,
            markers=ctx.markers,
        )
    ).records
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


def _conditions(text: str, sentence: Span, folded: str | None) -> tuple[str, ...]:
    cues = list(_CONDITION.finditer(text, sentence.start, sentence.end, folded))
    out = []
    for k, m in enumerate(cues):
        hi = cues[k + 1].start() if k + 1 < len(cues) else sentence.end
        out.append(_PART_TRIM.sub("", text[m.start() : hi]))
    return tuple(out)


def _composition(text: str, sentence: Span, folded: str | None) -> tuple[PersonnelPart, ...]:
    cue = _COMPOSITION.search(text, sentence.start, sentence.end, folded)
    if cue is None:
        return ()
    starts = []
    for m in _PART_START.finditer(text, cue.end(), sentence.end):
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
        hi = starts[k + 1][0].start() if k + 1 < len(starts) else sentence.end
        raw = text[m.start() : hi]
        raw = _PART_TRIM.sub("", raw)
        span = Span(start=m.start(), end=m.start() + len(raw))
        description = text[m.end() : span.end]
        parts.append(PersonnelPart(count=value, description=description, span=span))
    return tuple(parts)

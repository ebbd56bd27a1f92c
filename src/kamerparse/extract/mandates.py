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

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence

import regex
from attrs import evolve, frozen

from kamerparse import lexicon as lx
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._literals import Cued, Leading, any_of
from kamerparse.extract._numbers import count_value
from kamerparse.extract.dates import extract_events
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
#: The white space of :data:`_SP`, and the qualifiers of :data:`_QUALIFIER` case-folded
#: (see :func:`_count_matches`).
_SPACES = " \u00a0"
_QUALIFIER_WORDS = tuple({w.casefold() for w in (*lx.MAXIMUM_WORDS, *lx.APPROXIMATE_WORDS)})
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

_SHARED = Cued(
    regex.compile(
        rf"(?i:{alternation(lx.SHARED_CUES)}){_WE}[^().;]*?{_WB}"
        rf"{alternation(lx.SHARED_WITH_JOINERS)}{_SP}",
        FLAGS,
    ),
    lx.SHARED_CUES,
    leading=True,
)
#: Where a clause naming the other missions of a combined mandate stops.
_CLAUSE_END = regex.compile(r"[();]|$", FLAGS)
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
def _minimal(words: set[str]) -> tuple[str, ...]:
    """The words containing none of the others (``any(w in text for w in ...)`` is the
    same over these as over all ``words``)."""
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


#: Every decision has an action verb or a start phrase: a sentence whose case fold holds
#: none of these is read no further (and a region is only "read", for the mission a
#: later decision may refer to, when it holds one).
_PREFILTER_WORDS = _minimal(
    {w.casefold() for w in (*lx.MANDATE_ACTION_VERBS, *lx.MANDATE_START_PHRASES)}
)
#: Every count (:data:`_COUNT`) holds one of these in its case fold.
_PERSONNEL_WORDS = _minimal({w.casefold() for w in lx.PERSONNEL_NOUNS})

#: Cheap cues, each found by one scan of the whole text. A sentence can only hold a
#: mandate noun (a :data:`_MANDATE` match) where :data:`_MANDATE_CUE` matches, and only
#: name a mission (a :data:`_MISSION` match) where :data:`_MISSION_CUE` does; a sentence
#: with neither decides nothing and states nothing (a decision needs a mandate noun, or a
#: mission with a count). The mission cue is each name from its first capital
#: (``Forward Presence`` of ``enhanced Forward Presence``): capitals are rare, so the scan
#: skips ahead fast.
_MANDATE_CUE = regex.compile(rf"(?i:{alternation(lx.MANDATE_NOUNS)})", FLAGS)
_MISSION_CUES = {
    name: next((name[i:] for i, c in enumerate(name) if c.isupper()), name)
    for name in lx.MISSION_NAMES
}
_MISSION_CUE = any_of(_MISSION_CUES.values())
#: How far before a cue found by the scan a mission name may start (``enhanced `` of
#: ``enhanced Forward Presence``): the offsets of the names whose cue starts where it does
#: (the cue, or one it is a prefix of or that is a prefix of it).
_CUE_OFFSETS = {
    c1: tuple(
        sorted(
            {
                len(n) - len(c2)
                for n, c2 in _MISSION_CUES.items()
                if c1.startswith(c2) or c2.startswith(c1)
            }
        )
    )
    for c1 in set(_MISSION_CUES.values())
}
#: Where, inside a cue found by the scan, another cue may start (``Takuba`` in
#: ``Taakgroep Takuba``, ``A...`` after the ``A`` ending ``MINUSMA``): the scan resumes
#: after the cue it found, so these are tried one by one.
_INNER_CUES = {
    c1: ds
    for c1 in set(_MISSION_CUES.values())
    if (
        ds := tuple(
            d
            for d in range(1, len(c1))
            if any(c2.startswith(c1[d:]) or c1.startswith(c2, d) for c2 in _MISSION_CUES.values())
        )
    )
}
#: The dates extractor lower-cases a capital sigma by its context (a final sigma), so
#: its result over a sentence may then depend on what surrounds it.
_CONTEXT_CASED = "Σ"
_DASHES = " -–—"


#: Every word a case fold is searched for (the :class:`Cued` patterns', the prefilters').
_CUE_WORDS = frozenset(
    w.casefold()
    for words in (
        lx.MANDATE_ACTION_VERBS,
        lx.MANDATE_START_PHRASES,
        lx.NATIONAL_ACTORS,
        lx.HEDGES,
        lx.NEGATIONS,
        lx.DECISION_MARKERS,
        lx.PAST_DECISION_MARKERS,
        lx.PAST_TIME_MARKERS,
        lx.PRESENT_DECISION_MARKERS,
        lx.PERSONNEL_NOUNS,
        lx.MAXIMUM_WORDS,
        lx.APPROXIMATE_WORDS,
        lx.COMPOSITION_CUES,
        lx.CONDITION_CUES,
        lx.SHARED_CUES,
    )
    for w in words
)
#: Whether they are all Latin-1 without ``?``: then :func:`_latin` may replace the other
#: characters of a case fold by ``?``.
_LATIN_CUES = all(w.isascii() or max(w) <= "\xff" for w in _CUE_WORDS) and not any(
    "?" in w for w in _CUE_WORDS
)


def _latin(folded: str) -> str:
    """``folded`` with every character outside Latin-1 replaced by ``?`` (when no cue word
    has one): the same length and the same cue words in it, and a Latin-1 string, which
    ``str.find`` searches for a Latin-1 word without converting the word first."""
    if not _LATIN_CUES or folded.isascii():
        return folded
    return folded.encode("latin-1", "replace").decode("latin-1")


def _any_in(words: tuple[str, ...], folded: str) -> bool:
    """``any(word in folded for word in words)``, without the generator's cost."""
    for word in words:  # noqa: SIM110
        if word in folded:
            return True
    return False


class _Hits:
    """Where a cue pattern matches the whole text: one scan, the matches in order (they
    do not overlap)."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def within(self, lo: int, hi: int) -> bool:
        """Whether an occurrence may lie in ``text[lo:hi]``: a hit starts there, or one
        runs across ``lo`` (and may hide an occurrence overlapping it)."""
        starts = self.starts
        i = bisect.bisect_left(starts, lo)
        return (i < len(starts) and starts[i] < hi) or (i > 0 and self.ends[i - 1] > lo)

    def mark(self, lo: int, hi: int, starts: list[int], ends: list[int], marks: list[bool]) -> None:
        """Set ``marks[k]`` for each span ``starts[k]:ends[k]`` (sorted, not overlapping,
        inside ``lo:hi``) for which :meth:`within` holds."""
        i = bisect.bisect_left(self.starts, lo)
        if i > 0 and self.ends[i - 1] > lo:
            i -= 1
        j = bisect.bisect_left(self.starts, hi, i)
        for a, b in zip(self.starts[i:j], self.ends[i:j], strict=True):
            k = bisect.bisect_right(starts, a) - 1
            if k < 0 or a >= ends[k]:
                k += 1  # between two spans: it may only run across the next one's start
            while k < len(starts) and starts[k] < b:
                marks[k] = True
                k += 1


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
    """What the sentence readers share: the context, the cues and the case folds."""

    __slots__ = (
        "aligned",
        "ctx",
        "events",
        "folded",
        "folds",
        "mandates",
        "missions",
        "text",
        "unaligned",
    )

    def __init__(self, ctx: ExtractContext, events: Sequence[DatedEvent] | None) -> None:
        self.ctx = ctx
        self.text = text = ctx.text
        self.mandates = _Hits([m.span() for m in _MANDATE_CUE.finditer(text)])
        self.missions = _Hits([m.span() for m in _MISSION_CUE.finditer(text)])
        self.events = _Events(text, events) if events is not None else None
        #: case folds of sentences (:meth:`fold`), by span
        self.folds: dict[tuple[int, int], str] = {}
        #: the sentences whose case fold does not keep the offsets or has a dotless i
        #: (see :func:`kamerparse.extract._literals.fold`)
        self.unaligned: set[tuple[int, int]] = set()
        #: the case fold (:meth:`fold`) of the sentences :meth:`fold_all` was given,
        #: offset for offset, where it keeps the offsets and has no dotless i, and filler
        #: elsewhere: what :class:`Cued` may search for the text of those sentences
        self.folded = ""
        #: the sentences :attr:`folded` holds
        self.aligned: set[tuple[int, int]] = set()

    def fold(self, sentence: Span) -> str:
        """The sentence's case fold, Latin-1 only (see :func:`_latin`)."""
        key = (sentence.start, sentence.end)
        folded = self.folds.get(key)
        if folded is None:
            folded = sentence.of(self.text).casefold()
            if len(folded) != sentence.end - sentence.start or "ı" in folded:
                self.unaligned.add(key)
            folded = self.folds[key] = _latin(folded)
        return folded

    def fold_all(self, sentences: list[Span]) -> None:
        """Make :attr:`folded` hold the case fold of ``sentences`` (in text order)."""
        pieces, at = [], 0
        for sentence in sentences:
            s, e = sentence.start, sentence.end
            if s < at:
                continue  # overlapping regions: this one is folded already
            folded = self.fold(sentence)
            if (s, e) not in self.unaligned:
                pieces.append(" " * (s - at))
                pieces.append(folded)
                self.aligned.add((s, e))
                at = e
        self.folded = "".join(pieces)

    def folded_for(self, sentence: Span) -> str | None:
        """:attr:`folded` when it holds the sentence's case fold, else ``None`` (then
        :class:`Cued` case-folds the stretches it reads itself)."""
        return self.folded if (sentence.start, sentence.end) in self.aligned else None

    def mentions(self, sentence: Span) -> list[regex.Match[str]]:
        """The missions named in the sentence: ``_MISSION.finditer`` over it, the
        pattern tried only where a name can start (its cue's start, less the offsets of
        :data:`_CUE_OFFSETS`)."""
        s, e = sentence.start, sentence.end
        hits = self.missions
        i = bisect.bisect_left(hits.starts, s)
        if i > 0 and hits.ends[i - 1] > s:
            i -= 1
        j = bisect.bisect_left(hits.starts, e, i)
        if i == j:
            return []
        text = self.text
        tries = set()
        todo = list(zip(hits.starts[i:j], hits.ends[i:j], strict=True))
        while todo:
            a, b = todo.pop()
            cue = text[a:b]
            for k in _CUE_OFFSETS[cue]:
                if s <= a - k < e:
                    tries.add(a - k)
            for d in _INNER_CUES.get(cue, ()):
                inner = _MISSION_CUE.match(text, a + d)
                if inner is not None:
                    todo.append(inner.span())
        out = []
        at = s
        match = _MISSION.pattern.match
        for p in sorted(tries):
            if p >= at:
                m = match(text, p, e)
                if m is not None:
                    out.append(m)
                    at = m.end()
        return out

    def may_decide(self, span: Span) -> bool:
        """Whether the span's case fold holds an action verb or a start phrase."""
        return _any_in(_PREFILTER_WORDS, span.of(self.text).casefold())

    def dated(self, sentence: Span) -> Sequence[DatedEvent]:
        """The dates extractor's events over the sentence alone."""
        if self.events is not None:
            found = self.events.within(sentence)
            if found is not None:
                return found
        ctx = self.ctx
        return extract_events(
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


#: What a sentence with a cue may be: (index in its region, span, has a mandate-noun cue,
#: may be a decision: it has an action verb and a mandate noun or a personnel count)
_Cue = tuple[int, Span, bool, bool]


def extract_mandates(
    ctx: ExtractContext, events: Sequence[DatedEvent] | None = None
) -> Extracted[MandateDecision]:
    """Every mandate decision in the body and footnote regions, in text order.

    ``events`` are ``extract_events(ctx).records`` when the caller has them (the
    pipeline): a decision's dates are then looked up there, not extracted again.
    """
    records: list[MandateDecision] = []
    diagnostics: list[Diagnostic] = []
    rd = _Reader(ctx, events if events is not None and _splits_on_demand(ctx) else None)
    # first the sentences with a cue, and which of them may be a decision
    cued: dict[int, list[_Cue]] = {}
    deciding: list[Span] = []
    for n, region in enumerate(ctx.regions):
        lo, hi = region.span.start, region.span.end
        if rd.missions.within(lo, hi) or rd.mandates.within(lo, hi):
            cues = cued[n] = _cued(rd, region)
            deciding.extend(sentence for _, sentence, _, decide in cues if decide)
    deciding.sort(key=_start_of)
    rd.fold_all(deciding)
    history = _History(rd)
    section: str | None = None
    for n, region in enumerate(ctx.regions):
        if region.footnote is not None or region.section != section:
            history.clear()
        section = region.section
        sentences = cued.get(n)
        if sentences is None:
            continue  # no mandate noun and no mission named: no decision, nothing stated
        read = _read_region(rd, region, sentences, history, records, diagnostics)
        if read or rd.missions.within(region.span.start, region.span.end):
            history.add(region, read)
    records.sort(key=lambda r: r.span.start)
    return Extracted(records=tuple(records), diagnostics=tuple(diagnostics))


def _start_of(span: Span) -> int:
    return span.start


def _splits_on_demand(ctx: ExtractContext) -> bool:
    """Whether the context's sentences are the sentence splitter's (no region brings its
    own): the letter's events are only looked up by sentence then."""
    return not any(region.sentences for region in ctx.regions)


def _cued(rd: _Reader, region: Region) -> list[_Cue]:
    """The region's sentences with a cue."""
    sentences = rd.ctx.sentences_of(region)
    starts = [sentence.start for sentence in sentences]
    ends = [sentence.end for sentence in sentences]
    lo, hi = region.span.start, region.span.end
    mandate = [False] * len(sentences)
    mission = [False] * len(sentences)
    rd.mandates.mark(lo, hi, starts, ends, mandate)
    rd.missions.mark(lo, hi, starts, ends, mission)
    out = []
    for i, sentence in enumerate(sentences):
        if mandate[i]:
            # a decision needs an action verb ...
            out.append((i, sentence, True, _any_in(_PREFILTER_WORDS, rd.fold(sentence))))
        elif mission[i]:
            # ... and, without a mandate noun, a count
            folded = rd.fold(sentence)
            decide = _any_in(_PERSONNEL_WORDS, folded) and _any_in(_PREFILTER_WORDS, folded)
            out.append((i, sentence, False, decide))
    return out


class _History:
    """The regions naming a mission since the section (or footnote) started, newest last:
    where a decision naming no mission finds the last one named before it. Looked up
    only then, each region read as :func:`extract_mandates` always read it: sentence by
    sentence when it holds an action verb (it was *read*), else as a whole, or not at
    all for a footnote (it was *skipped*)."""

    __slots__ = ("_rd", "_regions")

    def __init__(self, rd: _Reader) -> None:
        self._rd = rd
        self._regions: list[tuple[Region, bool]] = []

    def clear(self) -> None:
        self._regions.clear()

    def add(self, region: Region, read: bool) -> None:
        """``read``: a decision was found in the region (so it holds an action verb)."""
        self._regions.append((region, read))

    def last_mission(self) -> str | None:
        rd = self._rd
        for region, read in reversed(self._regions):
            if read or rd.may_decide(region.span):
                name = _last_named(rd, rd.ctx.sentences_of(region))
            elif region.footnote is None:
                last = None
                for last in _MISSION.finditer(rd.text, region.span.start, region.span.end):  # noqa: B007
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
    rd: _Reader,
    region: Region,
    cues: list[_Cue],
    history: _History,
    records: list[MandateDecision],
    diagnostics: list[Diagnostic],
) -> bool:
    """Read the region's sentences with a cue; whether a decision was found."""
    text = rd.text
    sentences = rd.ctx.sentences_of(region)
    statements = _Statements(rd)
    found = False
    for i, sentence, mandate, decide in cues:
        mentions = None
        decisions: list[MandateDecision] = []
        if decide:
            mentions = rd.mentions(sentence)
            if mandate or mentions:

                def last_mission(i: int = i) -> str | None:
                    return _last_named(rd, sentences[:i]) or history.last_mission()

                decisions = _decide(rd, region, sentence, mentions, last_mission, diagnostics)
        if decisions:
            following = sentences[i + 1] if i + 1 < len(sentences) else None
            records.extend(_finish(rd, decisions, statements, following, diagnostics))
            found = True
        elif mandate and _MANDATE.search(text, sentence.start, sentence.end):
            if mentions is None:
                mentions = rd.mentions(sentence)
            if mentions:
                statements.add(mentions[-1].group("name"), sentence)
    return found


def _decide(
    rd: _Reader,
    region: Region,
    sentence: Span,
    mentions: list[regex.Match[str]],
    last_mission: Callable[[], str | None],
    diagnostics: list[Diagnostic],
) -> list[MandateDecision]:
    text, ctx, f = rd.text, rd.ctx, rd.folded_for(sentence)
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

    shared_spans = _shared_clauses(text, sentence, f)
    primaries = [
        m
        for m in mentions
        if not any(c.start <= m.start() < c.end for c in shared_spans)
        and not text.startswith("-", m.end())
    ]
    if not primaries:
        if _owned_by_another(text, sentence):
            return []  # ``het mandaat van de onderzoekscommissie verlengen``
        mission = last_mission()
        if mission is None:
            diagnostics.append(
                Diagnostic(
                    code="mandate-no-mission",
                    severity=Severity.INFO,
                    message="a mandate decision names no mission and none precedes it",
                    span=sentence,
                )
            )
            return []
        scopes = [(mission, sentence.start, sentence.end)]
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

    dates = _dates(rd, sentence)
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
        sentence = out[0].sentence or out[0].span
        parts = _composition(rd.text, sentence, rd.folded_for(sentence))
        if not parts and following is not None:
            parts = _composition(rd.text, following, rd.folded_for(following))
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
    count = _first_count(rd.text, sentence.start, sentence.end, rd.folded_for(sentence))
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
    """The counts in ``text[lo:hi]`` (``_COUNT.finditer``), with their values; with the
    case fold at hand (``folded``) the pattern is only tried where a match can start."""
    if folded is None:
        matches: Iterable[regex.Match[str]] = _COUNT.finditer(text, lo, hi, None)
    else:
        matches = _count_matches(text, lo, hi, folded)
    for m in matches:
        value = count_value(m.group("n"))
        if value is not None:
            yield value, m.group("approx") is not None, m


def _count_matches(text: str, lo: int, hi: int, folded: str) -> Iterator[regex.Match[str]]:
    """``_COUNT.finditer(text, lo, hi)``, the pattern tried only where a match can start.

    A match ends with a personnel noun right after white space (:data:`_SP`), before it
    the number (a run of letters, or of digits and dots) and white space, and before
    that maybe a qualifier and white space: read backwards from each noun in the case
    fold, these give every start a match can have. Tried in text order, each after the
    end of the match before, they give the matches ``finditer`` gives."""
    starts: set[int] = set()
    for word in _PERSONNEL_WORDS:
        k = folded.find(word, lo, hi)
        while k >= 0:
            _count_starts(text, folded, lo, k, starts)
            k = folded.find(word, k + 1, hi)
    at = lo
    match = _COUNT.pattern.match
    for start in sorted(starts):
        if start >= at:
            m = match(text, start, hi)
            if m is not None:
                yield m
                at = m.end()


def _count_starts(text: str, folded: str, lo: int, noun: int, starts: set[int]) -> None:
    """Add the starts a count ending with the personnel noun at ``noun`` may have."""
    while noun > lo and text[noun - 1] not in _SPACES:
        noun -= 1  # the noun starts after white space (a longer noun holding this one)
    end = noun
    while end > lo and text[end - 1] in _SPACES:
        end -= 1
    if end == noun:
        return
    first = end
    if text[end - 1].isalpha():
        while first > lo and text[first - 1].isalpha():
            first -= 1
        starts.add(first)
    else:
        while first > lo and (text[first - 1].isdecimal() or text[first - 1] == "."):
            first -= 1
            starts.add(first)
        if first == end:
            return
    before = first
    while before > lo and text[before - 1] in _SPACES:
        before -= 1
    if before == first:
        return
    for qualifier in _QUALIFIER_WORDS:
        if before - len(qualifier) >= lo and folded.startswith(qualifier, before - len(qualifier)):
            starts.add(before - len(qualifier))


def _first_count(text: str, lo: int, hi: int, folded: str | None) -> tuple[int, bool] | None:
    for value, approx, _ in _counts(text, lo, hi, folded):
        return value, approx
    return None


def _shared_clauses(text: str, sentence: Span, folded: str | None) -> list[Span]:
    """Stretches naming the other missions of a combined mandate (after ``... met``)."""
    out = []
    for m in _SHARED.finditer(text, sentence.start, sentence.end, folded):
        end = m.end()
        stop = _CLAUSE_END.search(text, end, sentence.end)
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

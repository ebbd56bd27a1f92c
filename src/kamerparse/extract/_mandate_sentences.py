"""The mandate extractor's sentence reader and its personnel-count grammar.

:class:`Sentence` is a sentence read for a decision with its case fold: each cue (a
:class:`~kamerparse.extract._literals.Cued` grammar entry) is looked up in the fold once
and its pattern tried only where its words start. :class:`Hits` is a cue's matches over
the whole text (one scan). The count grammar (``maximaal 16 personen``, ``ongeveer
honderdtwintig militairen``) and the composition of a mandate (``bestaat uit maximaal
drie stafofficieren, ...``) live here too; :mod:`kamerparse.extract.mandates` uses them.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from kamerparse import lexicon as lx
from kamerparse._rx import re, regex
from kamerparse.extract._literals import Cued
from kamerparse.extract._numbers import NUMBER_WORDS, count_value
from kamerparse.patterns import FLAGS, alternation
from kamerparse.records import PersonnelPart, Span

WB = r"(?<![\p{L}\d])"
WE = r"(?![\p{L}\d])"
SP = r"[ \u00a0]++"


def whole(words: str) -> str:
    """The grammar fragment of a cue table: one of its words, as a whole word."""
    return rf"{WB}(?i:{words}){WE}"


def abbreviated(words: str) -> str:
    """As :func:`whole`, for words that may end in a full stop (``jl.``)."""
    return rf"{WB}(?i:{words})(?:(?<=\.)|{WE})"


def words_of(words: Sequence[str]) -> str:
    return whole(alternation(words))


_LIMIT = alternation(lx.MAXIMUM_WORDS)
_APPROX = alternation(lx.APPROXIMATE_WORDS)
_QUALIFIER = rf"(?:(?P<approx>(?i:{_APPROX}))|(?P<max>(?i:{_LIMIT}))){SP}"
_COUNT_TOKEN = r"(?P<n>\d{1,3}(?:\.\d{3})*+|\p{L}++)"
#: A personnel count. Its matches do not start with a cue word but end with a personnel
#: noun: see :meth:`Sentence.count_starts`.
COUNT = Cued.rule(
    lx.PERSONNEL_NOUNS,
    lambda nouns: rf"{WB}(?:{_QUALIFIER})?{_COUNT_TOKEN}{SP}(?P<noun>(?i:{nouns})){WE}",
    leading=False,
)
#: The white space of :data:`SP`, and the qualifiers of :data:`_QUALIFIER` case-folded.
_SPACES = " \u00a0"
_LETTERS = regex.compile(r"\p{L}++", FLAGS)
_QUALIFIER_WORDS = tuple({w.casefold() for w in (*lx.MAXIMUM_WORDS, *lx.APPROXIMATE_WORDS)})
_PART_START = regex.compile(rf"{WB}(?:{_QUALIFIER})?{_COUNT_TOKEN}{SP}(?=\p{{L}})", FLAGS)
_COMPOSITION = Cued.rule(lx.COMPOSITION_CUES, whole)
_PART_JOIN = regex.compile(
    r"(?:,|" + "|".join(regex.escape(w) for w in lx.LIST_JOINERS if w != ",") + rf"){SP}$",
    FLAGS,
)
_PART_TRIM = regex.compile(
    r"(?:"
    + "|".join(rf"{SP}{regex.escape(w)}" for w in lx.LIST_JOINERS if w != ",")
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


def trim(text: str, lo: int, hi: int) -> str:
    """``_PART_TRIM.sub("", text[lo:hi])``: the match can only lie in the stretch's tail of
    characters it may hold, so the pattern is run over that tail alone."""
    k = hi
    while k > lo and (text[k - 1].isspace() or text[k - 1] in _TRIMMED):
        k -= 1
    if k == hi:
        return text[lo:hi]
    return text[lo:k] + _PART_TRIM.sub("", text[k:hi])


class Hits:
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


def any_in(words: Sequence[str], text: str) -> bool:
    """``any(word in text for word in words)``, without a generator's cost."""
    for word in words:  # noqa: SIM110 (the loop takes half the time of any())
        if word in text:
            return True
    return False


def is_aligned(fold: str, span: Span) -> bool:
    """Whether ``fold``, the span's case fold, keeps its offsets and has no dotless i:
    then a case-insensitive match of a word in the span is an occurrence of the word's
    case fold in ``fold`` at the same offset (see :func:`kamerparse.extract._literals.fold`)."""
    return len(fold) == span.end - span.start and "ı" not in fold


class Sentence:
    """A sentence read for a decision, and its case fold. Where a cue's words start in the
    fold is looked up once per cue (:meth:`_starts`), and the cue's pattern is tried only
    there.

    When case folding moves the offsets or gives a dotless i (see :func:`is_aligned`),
    ``fold`` is ``None`` and every pattern is run over the whole stretch."""

    __slots__ = ("_counts", "_starts_of", "end", "fold", "span", "start")

    def __init__(self, text: str, span: Span, fold: str | None = None) -> None:
        self.span = span
        self.start = span.start
        self.end = span.end
        if fold is None:
            fold = text[span.start : span.end].casefold()
        self.fold = fold if is_aligned(fold, span) else None
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
        """The value of the first count in ``text[lo:hi]`` (of ``COUNT.pattern.finditer``)
        that has one, and whether it is approximate."""
        if self.fold is None:
            matches: Iterator[regex.Match[str]] = COUNT.pattern.finditer(text, lo, hi)
        else:
            matches = self._count_matches(text, lo, hi)
        for m in matches:
            value = count_value(m.group("n"))
            if value is not None:
                return value, m.group("approx") is not None
        return None

    def _count_matches(self, text: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
        """``COUNT.pattern.finditer(text, lo, hi)``, the pattern tried only where a
        match can start (:meth:`count_starts`, and ``lo``)."""
        starts = self.count_starts(text)
        k = bisect.bisect_left(starts, lo)
        match = COUNT.pattern.match
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
        """Where in the sentence a count (a :data:`COUNT` match) can start, sorted.

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
        for noun in self._starts(COUNT):
            if noun == s or text[noun - 1] not in _SPACES:
                continue  # the noun follows white space
            word = _LETTERS.match(text, noun, self.end)
            if word is None or fold[noun - s : word.end() - s] not in COUNT.words:
                continue  # ... and is a whole word (``mandaat`` is no ``man``)
            first = _number_starts(text, s, noun, starts)
            if first is not None:
                _qualifier_starts(text, fold, s, first, starts)
        self._counts = sorted(starts)
        return self._counts


def _number_starts(text: str, s: int, noun: int, starts: set[int]) -> int | None:
    """Add to ``starts`` where the number before the personnel noun at ``noun`` may start
    (a run of letters from its first one; a run of digits and dots from any of them);
    return where the run starts, ``None`` when there is no number (the sentence starts at
    ``s``)."""
    end = noun - 1
    while end > s and text[end - 1] in _SPACES:
        end -= 1
    first = end
    if text[end - 1].isalpha():
        while first > s and text[first - 1].isalpha():
            first -= 1
        starts.add(first)
        return first
    while first > s and (text[first - 1].isdecimal() or text[first - 1] == "."):
        first -= 1
        starts.add(first)
    return None if first == end else first


def _qualifier_starts(text: str, fold: str, s: int, first: int, starts: set[int]) -> None:
    """Add to ``starts`` where a qualifier (``maximaal``, ``ongeveer``) ends before the
    white space before the number at ``first`` (``fold`` is the sentence's case fold)."""
    before = first
    while before > s and text[before - 1] in _SPACES:
        before -= 1
    if before == first or not fold.endswith(_QUALIFIER_WORDS, 0, before - s):
        return
    for qualifier in _QUALIFIER_WORDS:
        at = before - len(qualifier)
        if at >= s and fold.startswith(qualifier, at - s):
            starts.add(at)


def _after_joiners(text: str, lo: int, hi: int) -> set[int]:
    """``lo`` and every place in ``text[lo:hi]`` right after a list joiner and white space."""
    at = {lo}
    for joiner in _JOINERS:
        k = text.find(joiner, lo, hi)
        while k != -1:
            after = k + len(joiner)
            if after < hi and text[after] in _SPACES:
                at.add(after)
            k = text.find(joiner, k + 1, hi)
    return at


def _part_starts(text: str, sent: Sentence, lo: int) -> Iterator[regex.Match[str]]:
    """``_PART_START.finditer(text, lo, sent.end)``, but only the matches :func:`composition`
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
    at = _after_joiners(text, lo, hi)
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


def composition(text: str, sent: Sentence) -> tuple[PersonnelPart, ...]:
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
        raw = trim(text, m.start(), hi)
        span = Span(start=m.start(), end=m.start() + len(raw))
        description = text[m.end() : span.end]
        parts.append(PersonnelPart(count=value, description=description, span=span))
    return tuple(parts)

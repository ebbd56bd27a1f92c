"""Literal prefilters: one stdlib :mod:`re` scan for many words at once.

``any(word in text for word in WORDS)`` scans the text once per word; the trie pattern
below scans it once, testing each character against the words' next letters only. On
plain literals stdlib ``re`` is several times faster than ``regex`` (which the real
patterns need for ``\\p{..}``, possessive quantifiers and reverse matching).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from kamerparse._rx import re, regex
from kamerparse.patterns import FLAGS, alternation


def trie(words: Iterable[str]) -> str:
    """A ``re`` pattern matching any of ``words``, branching one character at a time
    (``a(?:pr|ug)|d(?:ag|ec)``): each character is tested once, not once per word."""
    unique = sorted(set(words))
    if unique == [""]:
        return ""
    heads: dict[str, list[str]] = {}
    for w in unique:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(head) + trie(tails) for head, tails in heads.items()]
    optional = "" in unique
    if len(alts) == 1 and not optional:
        return alts[0]
    return "(?:" + "|".join(alts) + ")" + ("?" if optional else "")


def minimal_prefixes(words: Iterable[str]) -> tuple[str, ...]:
    """The words no other word is a prefix of, sorted: a word starts wherever one of
    them does (``jaar`` covers ``jaarlijks`` and ``jaarhelft``)."""
    out: list[str] = []
    for w in sorted(set(words), key=len):
        if not any(w.startswith(p) for p in out):
            out.append(w)
    return tuple(sorted(out))


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """``any_of(WORDS).search(text) is not None`` == ``any(w in text for w in WORDS)``."""
    unique = set(words)
    if "" in unique:
        return re.compile("")  # the empty word is in every text
    if not unique:
        return re.compile(r"(?!)")
    return re.compile(trie(unique))


def fold(text: str, pos: int, endpos: int) -> str | None:
    """``text[pos:endpos].casefold()`` when every character folds to exactly one (offsets
    line up), else ``None``.

    Then a case-insensitive ``regex`` match of a word in that stretch is an occurrence of
    the word's case fold in the result. The exceptions are the Turkish i's: ``regex``
    matches ``İ`` to ``i`` (it folds to two characters, so the lengths differ) and ``ı``
    to ``I`` (it folds to itself), so a stretch with ``ı`` gives ``None`` too. (Checked
    for every character of the lexicon against every code point.)
    """
    segment = text[pos:endpos]
    folded = segment.casefold()
    return folded if len(folded) == len(segment) and "ı" not in folded else None


class Cued:
    """The screening helper of every extractor: a ``regex`` pattern every match of which
    contains one of ``words`` (in any case), looked for in the case-folded stretch first
    (stdlib ``re``, one scan).

    When none occurs, :meth:`search` and :meth:`finditer` return nothing without running
    the pattern. With ``leading=True`` (every match *starts* with one of the words, as in
    ``(?<!\\p{L})(?i:WORDS)...``) the pattern is only tried where a word starts. The
    results are the pattern's own, in the same order.

    Make one from an extractor's grammar entry with :meth:`rule`: the lexicon table gives
    both the pattern (through the entry's fragment) and the screen, so the two cannot
    disagree. :meth:`starts_in` gives where the words start in a case fold the caller
    already has (a sentence read several times).
    """

    __slots__ = ("_cue", "leading", "pattern", "prefixes", "words")

    def __init__(
        self, pattern: regex.Pattern[str], words: Iterable[str], *, leading: bool = False
    ) -> None:
        self.pattern = pattern
        folded = {w.casefold() for w in words}
        self._cue = any_of(folded)
        self.leading = leading and bool(folded) and "" not in folded
        #: the words, case-folded
        self.words = frozenset(folded)
        #: where one of these starts in a case fold, one of the words may
        self.prefixes = minimal_prefixes(folded)

    @classmethod
    def rule(
        cls,
        words: Iterable[str],
        fragment: Callable[[str], str],
        *,
        leading: bool = True,
        flags: int = FLAGS,
    ) -> Cued:
        """The screened pattern of a grammar entry: ``fragment`` of the words' alternation
        (longest first, as :func:`kamerparse.patterns.alternation` makes it), screened by
        the same words. ``leading``: every match starts with one of them."""
        table = tuple(words)
        return cls(regex.compile(fragment(alternation(table)), flags), table, leading=leading)

    def starts_in(self, fold: str, base: int = 0) -> list[int]:
        """Where one of the words starts in ``fold`` (a case fold standing for the text
        from offset ``base``), as text offsets in order."""
        at: list[int] = []
        for word in self.prefixes:
            if word in fold:  # (most are not: a test is cheaper than a search)
                k = fold.find(word)
                while k != -1:
                    at.append(base + k)
                    k = fold.find(word, k + 1)
        at.sort()
        return at

    def absent(self, text: str, pos: int, endpos: int, folded: str | None = None) -> bool:
        """Whether no match can lie in ``text[pos:endpos]``."""
        if folded is not None:
            return self._cue.search(folded, pos, endpos) is None
        seg = fold(text, pos, endpos)
        return seg is not None and self._cue.search(seg) is None

    def search(
        self, text: str, pos: int, endpos: int, folded: str | None = None
    ) -> regex.Match[str] | None:
        return next(self.finditer(text, pos, endpos, folded), None)

    def finditer(
        self, text: str, pos: int, endpos: int, folded: str | None = None
    ) -> Iterator[regex.Match[str]]:
        """``folded``, when given, is ``text.casefold()`` and :func:`fold` of the whole
        ``text`` is not ``None`` (so it folds each stretch as :func:`fold` would): the
        stretch is not case-folded again."""
        if folded is None:
            seg = fold(text, pos, endpos)
            if seg is None:
                return self.pattern.finditer(text, pos, endpos)
            base, lo, hi = pos, 0, len(seg)
        else:
            seg, base, lo, hi = folded, 0, pos, endpos
        if self.leading:
            return _starting(self._cue, self.pattern, text, endpos, seg, base, lo, hi)
        if self._cue.search(seg, lo, hi) is None:
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


class Leading:
    """A ``regex`` pattern every match of which starts with one of ``words``, exactly as
    written (case-sensitive): tried only where a word starts, found with one stdlib
    :mod:`re` scan. :meth:`finditer` gives the pattern's own matches, in the same order."""

    __slots__ = ("_word", "pattern")

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str]) -> None:
        unique = set(words)
        if not unique or "" in unique:
            raise ValueError("Leading needs non-empty words")
        self.pattern = pattern
        self._word = any_of(unique)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[regex.Match[str]]:
        return _starting(self._word, self.pattern, text, endpos, text, 0, pos, endpos)


def _starting(
    word: re.Pattern[str],
    pattern: regex.Pattern[str],
    text: str,
    endpos: int,
    seg: str,
    base: int,
    lo: int,
    hi: int,
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, base + lo, endpos)`` when every match starts where ``word``
    matches ``seg`` (``seg[i]`` stands for ``text[base + i]``): the pattern is tried only
    there. ``word`` matches at every position where one of its words starts, so searching
    again one past each hit visits them all; after a match, the next is looked for from
    its end, as ``finditer`` does."""
    at = lo
    while True:
        hit = word.search(seg, at, hi)
        if hit is None:
            return
        start = base + hit.start()
        m = pattern.match(text, start, endpos)
        if m is None:
            at = hit.start() + 1
        else:
            yield m
            at = max(m.end(), start + 1) - base

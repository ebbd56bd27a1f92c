"""Literal prefilters: one stdlib :mod:`re` scan for many words at once.

``any(word in text for word in WORDS)`` scans the text once per word; the trie pattern
below scans it once, testing each character against the words' next letters only. On
plain literals stdlib ``re`` is several times faster than ``regex`` (which the real
patterns need for ``\\p{..}``, possessive quantifiers and reverse matching).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import regex


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
    """A ``regex`` pattern every match of which contains one of ``words`` (in any case),
    looked for in the case-folded stretch first (stdlib ``re``, one scan).

    When none occurs, :meth:`search` and :meth:`finditer` return nothing without running
    the pattern. With ``leading=True`` (every match *starts* with one of the words, as in
    ``(?<!\\p{L})(?i:WORDS)...``) the pattern is only tried where a word starts. The
    results are the pattern's own, in the same order.
    """

    __slots__ = ("_at", "_cue", "leading", "pattern")

    def __init__(
        self, pattern: regex.Pattern[str], words: Iterable[str], *, leading: bool = False
    ) -> None:
        self.pattern = pattern
        self.leading = leading
        folded = {w.casefold() for w in words}
        self._cue = any_of(folded)
        self._at = re.compile(f"(?={trie(folded)})") if folded and "" not in folded else None

    def absent(self, text: str, pos: int, endpos: int) -> bool:
        """Whether no match can lie in ``text[pos:endpos]``."""
        folded = fold(text, pos, endpos)
        return folded is not None and self._cue.search(folded) is None

    def search(self, text: str, pos: int, endpos: int) -> regex.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[regex.Match[str]]:
        folded = fold(text, pos, endpos)
        if folded is None:
            return self.pattern.finditer(text, pos, endpos)
        if self.leading and self._at is not None:
            return self._starting(text, pos, endpos, folded)
        if self._cue.search(folded) is None:
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def _starting(
        self, text: str, pos: int, endpos: int, folded: str
    ) -> Iterator[regex.Match[str]]:
        """``finditer``, trying the pattern only where a word starts (a match cannot
        start anywhere else; after a match, the next is looked for from its end)."""
        assert self._at is not None
        resume = pos
        for hit in self._at.finditer(folded):
            start = pos + hit.start()
            if start < resume:
                continue
            m = self.pattern.match(text, start, endpos)
            if m is not None:
                yield m
                resume = max(m.end(), start + 1)

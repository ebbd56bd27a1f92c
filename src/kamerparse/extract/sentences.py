"""Sentence spans inside a region, for the ``sentence`` field of extracted records.

Rule: a sentence ends at ``.``, ``?`` or ``!`` (optionally followed by a closing quote,
bracket or footnote marker) followed by white space and an upper-case letter, digit or
opening quote — unless the word ending in ``.`` is a known abbreviation
(:data:`kamerparse.lexicon.ABBREVIATIONS`) or an initial (``J.A.``).
"""

from __future__ import annotations

import regex

from kamerparse.patterns import (
    ABBREVIATIONS_LOWER,
    FLAGS,
    INITIALS,
    SENTENCE_END,
    SENTENCE_END_DOT,
)
from kamerparse.records import Span

#: The word before a full stop, matched backwards: it starts after white space (exactly
#: ``str.isspace``: ``\s`` plus U+001C..U+001F) or an opening bracket or quote.
_WORD_BEFORE = regex.compile(r"[^\s\x1c-\x1f(«“]*+", FLAGS | regex.REVERSE)
#: The abbreviations without their final full stop.
_ABBREVIATION_WORDS = frozenset(a[:-1] for a in ABBREVIATIONS_LOWER if a.endswith("."))


def split_sentences(text: str, span: Span) -> tuple[Span, ...]:
    """Split ``text[span]`` into sentence spans (leading/trailing white space trimmed)."""
    lo, hi = span.start, span.end
    ends = SENTENCE_END_DOT
    if text.find("!", lo, hi) != -1 or text.find("?", lo, hi) != -1:
        ends = SENTENCE_END
    out: list[Span] = []
    start = lo
    while start < hi and text[start].isspace():
        start += 1
    for m in ends.finditer(text, lo, hi):
        stop, end = m.span()  # the sentence's last characters; white space follows
        if text[stop] == "." and _is_abbreviation(text, lo, stop):
            continue
        out.append(Span(start=start, end=end))
        start = end
        while text[start].isspace():  # up to the next sentence's first character
            start += 1
    end = hi
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start=start, end=end))
    return tuple(out)


def sentence_at(sentences: tuple[Span, ...], pos: int) -> Span | None:
    """The sentence containing offset ``pos`` (sentences sorted, non-overlapping)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].end <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(sentences) and sentences[lo].start <= pos:
        return sentences[lo]
    return None


def _is_abbreviation(text: str, floor: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation or initials, not a sentence."""
    if text[stop] != ".":
        return False
    # most often a plain word after a space: then it is the whole token, and no initial
    after = max(text.rfind(" ", floor, stop) + 1, floor)
    if stop - after > 1 and text[after:stop].isalpha():
        return text[after:stop].lower() in _ABBREVIATION_WORDS
    word = _WORD_BEFORE.match(text, floor, stop)
    token = text[word.start() if word is not None else stop : stop + 1]
    return token.lower() in ABBREVIATIONS_LOWER or INITIALS.fullmatch(token) is not None

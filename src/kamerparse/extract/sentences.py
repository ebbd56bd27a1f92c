"""Sentence spans inside a region, for the ``sentence`` field of extracted records.

Rule: a sentence ends at ``.``, ``?`` or ``!`` (optionally followed by a closing quote,
bracket or footnote marker) followed by white space and an upper-case letter, digit or
opening quote — unless the word ending in ``.`` is a known abbreviation
(:data:`kamerparse.lexicon.ABBREVIATIONS`) or an initial (``J.A.``).
"""

from __future__ import annotations

from kamerparse._rx import regex
from kamerparse.patterns import (
    ABBREVIATIONS_LOWER,
    FLAGS,
    INITIALS,
    SENTENCE_CLOSERS,
    SENTENCE_END,
    SENTENCE_END_DOT,
    SENTENCE_OPENERS,
    SUPERSCRIPTS,
)
from kamerparse.records import Span

#: The word before a full stop, matched backwards: it starts after white space (exactly
#: ``str.isspace``: ``\s`` plus U+001C..U+001F) or an opening bracket or quote.
_WORD_BEFORE = regex.compile(r"[^\s\x1c-\x1f(«“]*+", FLAGS | regex.REVERSE)
#: The abbreviations without their final full stop.
_ABBREVIATION_WORDS = frozenset(a[:-1] for a in ABBREVIATIONS_LOWER if a.endswith("."))
_LONGEST = max(map(len, _ABBREVIATION_WORDS), default=0)

# Where :data:`SENTENCE_END_DOT` can be decided without running it: visible ASCII (``!`` to
# ``~``; none of it is white space) sorted by the pattern's own classes.
_VISIBLE = frozenset(chr(c) for c in range(0x21, 0x7F))
#: ... that may begin the next sentence
_OPENS = frozenset(c for c in _VISIBLE if regex.fullmatch(SENTENCE_OPENERS, c, FLAGS))
#: ... that may not stand right after the full stop that ends a sentence
_NOT_AFTER_STOP = frozenset(
    c for c in _VISIBLE if not regex.fullmatch(rf"{SENTENCE_CLOSERS}|[{SUPERSCRIPTS}]", c, FLAGS)
)


def split_sentences(text: str, span: Span, *, only_full_stops: bool = False) -> tuple[Span, ...]:
    """Split ``text[span]`` into sentence spans (leading/trailing white space trimmed).

    ``only_full_stops``: the caller knows ``text`` has no ``!`` or ``?`` (else the span
    is looked at)."""
    lo, hi = span.start, span.end
    start = lo
    while start < hi and text[start].isspace():
        start += 1
    if not only_full_stops and (text.find("!", lo, hi) != -1 or text.find("?", lo, hi) != -1):
        out, start = _split_by_pattern(text, lo, hi, start)
    else:
        out, start = _split_at_full_stops(text, lo, hi, start)
    end = hi
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:  # the last sentence; the whole span's own when it is all one
        out.append(span if start == lo and end == hi else Span(start=start, end=end))
    return tuple(out)


def _split_by_pattern(text: str, lo: int, hi: int, start: int) -> tuple[list[Span], int]:
    """The sentences ended in ``text[lo:hi]`` by :data:`SENTENCE_END`, the first starting
    at ``start``; and where the last, unended one starts."""
    out: list[Span] = []
    for m in SENTENCE_END.finditer(text, lo, hi):
        stop, end = m.span()  # the sentence's last characters; white space follows
        if text[stop] == "." and _is_abbreviation(text, lo, stop):
            continue
        out.append(Span(start=start, end=end))
        start = end
        while text[start].isspace():  # up to the next sentence's first character
            start += 1
    return out, start


def _split_at_full_stops(text: str, lo: int, hi: int, start: int) -> tuple[list[Span], int]:
    """:func:`_split_by_pattern` for a stretch without ``!`` and ``?``: the matches of
    SENTENCE_END_DOT, each at a full stop. Most are decided by the two characters after
    it: a space and the next sentence's first letter (an end), or a letter, digit or the
    like (none); the pattern decides the others."""
    out: list[Span] = []
    find, opens, visible, not_after = text.find, _OPENS, _VISIBLE, _NOT_AFTER_STOP
    stop = find(".", lo, hi)
    while stop != -1:
        after = stop + 1
        end = -1
        if after < hi:
            c = text[after]
            if c == " ":  # white space, no closer: what follows it decides
                if after + 1 < hi:
                    d = text[after + 1]
                    if d in opens:
                        end = after
                    elif d not in visible:
                        end = _end_at(text, stop, hi)
            elif c not in not_after:
                end = _end_at(text, stop, hi)
        if end != -1 and not _is_abbreviation(text, lo, stop):
            out.append(Span(start=start, end=end))
            start = end
            while text[start].isspace():  # up to the next sentence's first character
                start += 1
        stop = find(".", after, hi)
    return out, start


def _end_at(text: str, stop: int, hi: int) -> int:
    """Where the sentence ending at the full stop ``stop`` ends, ``-1`` if it does not."""
    m = SENTENCE_END_DOT.match(text, stop, hi)
    return -1 if m is None else m.end()


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
    # Most often a plain word after a space: then that is the whole token, and no initial.
    # Only the last characters matter: letters all the way back past the longest
    # abbreviation are a longer word.
    lo = max(floor, stop - _LONGEST - 1)
    after = text.rfind(" ", lo, stop) + 1
    word_before = text[after if after > lo else lo : stop]
    if len(word_before) > 1 and word_before.isalpha():
        return word_before.lower() in _ABBREVIATION_WORDS
    word = _WORD_BEFORE.match(text, floor, stop)
    token = text[word.start() if word is not None else stop : stop + 1]
    return token.lower() in ABBREVIATIONS_LOWER or INITIALS.fullmatch(token) is not None

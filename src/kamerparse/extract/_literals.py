"""Literal prefilters: one stdlib :mod:`re` scan for many words at once.

``any(word in text for word in WORDS)`` scans the text once per word; the trie pattern
below scans it once, testing each character against the words' next letters only. On
plain literals stdlib ``re`` is several times faster than ``regex`` (which the real
patterns need for ``\\p{..}``, possessive quantifiers and reverse matching).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


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

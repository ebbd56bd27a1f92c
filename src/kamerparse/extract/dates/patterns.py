"""Pattern building for the date grammar: word alternations, and the two dialects the
one grammar is rendered in (``regex`` for any text, stdlib ``re`` for Latin-1 text).

Nothing here knows a Dutch word: :mod:`~kamerparse.extract.dates.grammar` passes the
lexicon's tables in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs import frozen

from kamerparse._rx import re, regex
from kamerparse.patterns import longest_first

__all__ = ["LATIN", "REGEX", "Dialect", "compile_regex", "first_chars", "words"]

#: Named word lists (``\L<name>``) used by the alternations built so far.
_LISTS: dict[str, list[str]] = {}


def words(items: Iterable[str]) -> str:
    """An alternation of ``items``: phrases (spaces match any white space) longest first,
    then the single words as a trie, or as one named list (``\\L<...>``, a hashed set)
    when two differ only in case."""
    unique = longest_first(items)
    parts = [regex.escape(w).replace(r"\ ", r"\s+") for w in unique if " " in w]
    singles = [w for w in unique if " " not in w]
    if singles:
        alternation = _trie(singles)
        if alternation is None:  # case variants: a list keeps the longest-first order
            name = f"w{len(_LISTS)}"
            _LISTS[name] = singles
            alternation = rf"\L<{name}>"
        parts.append(alternation)
    return "(?:" + "|".join(parts) + ")"


def _trie(items: Iterable[str]) -> str | None:
    """An alternation of ``items`` branching one character at a time (``j(?:an(?:uari)?|
    uni)``): each character is tested once, not once per word as in a ``\\L<...>`` list,
    and, like the list, it tries a longer word before a prefix of it. ``None`` when two
    branches differ only in case (a case-insensitive pattern would try them in turn)."""
    unique = sorted(set(items))
    heads: dict[str, list[str]] = {}
    for w in unique:
        if w:
            heads.setdefault(w[0], []).append(w[1:])
    if len({h.casefold() for h in heads}) < len(heads):
        return None
    alts: list[str] = []
    for head, tails in heads.items():
        tail = _trie(tails) if tails != [""] else ""
        if tail is None:
            return None
        alts.append(regex.escape(head) + tail)
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in unique:
        return "(?:" + body + ")?"
    return body


def first_chars(lists: Iterable[Iterable[str]], digits: bool = False) -> str:
    """A lookahead for the first character of any word in ``lists`` (or an ASCII digit):
    a cheap test that lets a branch fail before it tries its word lists (the pattern is
    case-insensitive, so the class is too)."""
    chars = sorted({w[0] for items in lists for w in items} | set("0123456789" if digits else ""))
    return "(?=[" + "".join(regex.escape(c) for c in chars) + "])"


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """Compile with simple case folding (VERSION0) and the named word lists."""
    used: dict[str, Any] = {k: v for k, v in _LISTS.items() if f"\\L<{k}>" in pattern}
    return regex.compile(pattern, regex.VERSION0 | regex.UNICODE | flags, **used)


def _latin_class(pattern: str) -> str:
    """The Latin-1 characters ``pattern`` (a ``regex`` class) matches, as a class."""
    return "[" + "".join(f"\\x{c:02x}" for c in range(256) if regex.match(pattern, chr(c))) + "]"


@frozen
class Dialect:
    """How the grammar spells what the engines spell differently: no letter or digit
    before (``left``) or after (``right``), "a word boundary unless the text so far
    ends in a full stop" (``after_suffix``), and the white space and digit classes."""

    left: str
    right: str
    after_suffix: str
    space: str
    digit: str

    def render(self, template: str, names: dict[str, str]) -> str:
        """``template`` in this dialect: each ``{NAME}`` replaced by ``names[NAME]`` (the
        replacement may hold placeholders too) or by the dialect's own ``{L}``, ``{R}``,
        ``{AFTER_SUFFIX}``; then ``\\s`` and ``\\d`` spelt as the engine needs."""
        own = {"L": self.left, "R": self.right, "AFTER_SUFFIX": self.after_suffix}
        out, before = template, ""
        while out != before:
            before = out
            out = _PLACEHOLDER.sub(lambda m: own.get(m[1]) or names[m[1]], out)
        return out.replace(r"\s", self.space).replace(r"\d", self.digit)


#: ``{NAME}`` in a grammar fragment (``{1,3}``, a quantifier, and ``\\p{L}`` are no name).
_PLACEHOLDER = re.compile(r"(?<!\\[pP])\{([A-Z][A-Z_0-9]*)\}")
_RIGHT = r"(?![\p{L}\d])"
#: ``regex``: the pattern for any text.
REGEX = Dialect(
    left=r"(?<![\p{L}\d])",
    right=_RIGHT,
    after_suffix=r"(?(?<=\.)|" + _RIGHT + ")",
    space=r"\s",
    digit=r"\d",
)
_LETTER_OR_DIGIT = _latin_class(r"[\p{L}\d]")
#: stdlib ``re``, about twice as fast: letters, digits and white space are the Latin-1
#: ones ``regex`` takes for them, so it matches as ``regex`` does on text whose wider
#: characters are none of these (``tests/test_dates_engines.py``).
LATIN = Dialect(
    left=f"(?<!{_LETTER_OR_DIGIT})",
    right=f"(?!{_LETTER_OR_DIGIT})",
    after_suffix=f"(?:(?<=\\.)|(?!{_LETTER_OR_DIGIT}))",
    space=_latin_class(r"\s"),
    digit="[0-9]",
)


def compile_latin(pattern: str, like: regex.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (rendered in :data:`LATIN`) for stdlib :mod:`re`, or ``None`` when it
    uses more of ``regex`` than ``re`` has, or its groups are not ``like``'s."""
    if "\\p" in pattern or "\\L" in pattern or "(?(" in pattern:
        return None
    compiled = re.compile(pattern, re.IGNORECASE | re.VERBOSE)
    return compiled if compiled.groupindex == like.groupindex else None

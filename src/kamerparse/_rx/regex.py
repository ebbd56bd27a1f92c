"""The :mod:`regex` module, with ``compile`` lazy and cached (see :mod:`kamerparse._rx`).

``from kamerparse._rx import regex`` in place of ``import regex``: ``regex.compile``
returns a :class:`~kamerparse._rx.Lazy` pattern typed as ``regex.Pattern``; the
module-level ``match``/``search``/... compile through the same cache; every other name is
the library's own.
"""

from __future__ import annotations

from typing import Any, AnyStr

import regex as _regex
from regex import (
    ASCII,
    BESTMATCH,
    DOTALL,
    ENHANCEMATCH,
    FULLCASE,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    POSIX,
    REVERSE,
    UNICODE,
    V0,
    V1,
    VERBOSE,
    VERSION0,
    VERSION1,
    WORD,
    A,
    B,
    D,
    E,
    F,
    I,
    L,
    M,
    Match,
    P,
    Pattern,
    R,
    S,
    U,
    W,
    X,
    error,
    escape,
)

from kamerparse._rx import Lazy, compiled_regex

__all__ = [
    "ASCII",
    "BESTMATCH",
    "DOTALL",
    "ENHANCEMATCH",
    "FULLCASE",
    "IGNORECASE",
    "LOCALE",
    "MULTILINE",
    "POSIX",
    "REVERSE",
    "UNICODE",
    "V0",
    "V1",
    "VERBOSE",
    "VERSION0",
    "VERSION1",
    "WORD",
    "A",
    "B",
    "D",
    "E",
    "F",
    "I",
    "L",
    "M",
    "Match",
    "P",
    "Pattern",
    "R",
    "S",
    "U",
    "W",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]

del _regex


def compile(
    pattern: AnyStr, flags: int = 0, ignore_unused: bool = False, **kwargs: Any
) -> Pattern[AnyStr]:
    """``regex.compile``, lazily: compiled (or taken from the cache) on first use."""
    lists = dict(kwargs)
    lazy: Any = Lazy(pattern, flags, lambda: compiled_regex(pattern, flags, ignore_unused, lists))
    return lazy  # type: ignore[no-any-return]


_NOW: dict[tuple[str | bytes, int], Any] = {}


def _now(pattern: AnyStr, flags: int) -> Pattern[AnyStr]:
    """The compiled pattern for a module-level call (``regex.match(text, s)`` in a loop
    looks it up here, not in the cache with its fuller key)."""
    real: Pattern[AnyStr] | None = _NOW.get((pattern, flags))
    if real is None:
        real = _NOW[(pattern, flags)] = compiled_regex(pattern, flags, False, {})
    return real


def match(pattern: AnyStr, string: AnyStr, flags: int = 0) -> Match[AnyStr] | None:
    """``regex.match`` through the cache."""
    return _now(pattern, flags).match(string)


def fullmatch(pattern: AnyStr, string: AnyStr, flags: int = 0) -> Match[AnyStr] | None:
    """``regex.fullmatch`` through the cache."""
    return _now(pattern, flags).fullmatch(string)


def search(pattern: AnyStr, string: AnyStr, flags: int = 0) -> Match[AnyStr] | None:
    """``regex.search`` through the cache."""
    return _now(pattern, flags).search(string)


def findall(pattern: AnyStr, string: AnyStr, flags: int = 0) -> list[Any]:
    """``regex.findall`` through the cache."""
    return _now(pattern, flags).findall(string)


def finditer(pattern: AnyStr, string: AnyStr, flags: int = 0) -> Any:
    """``regex.finditer`` through the cache."""
    return _now(pattern, flags).finditer(string)


def split(pattern: AnyStr, string: AnyStr, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    """``regex.split`` through the cache."""
    return _now(pattern, flags).split(string, maxsplit)


def sub(pattern: AnyStr, repl: Any, string: AnyStr, count: int = 0, flags: int = 0) -> AnyStr:
    """``regex.sub`` through the cache."""
    return _now(pattern, flags).sub(repl, string, count)

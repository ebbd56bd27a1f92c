"""The stdlib :mod:`re` module, with ``compile`` lazy (see :mod:`kamerparse._rx`).

``from kamerparse._rx import re`` in place of ``import re``: ``re.compile`` returns a
:class:`~kamerparse._rx.Lazy` pattern typed as ``re.Pattern``, compiled on first use (not
cached in a file: a stdlib pattern pickles as its text); every other name is stdlib's.
"""

from __future__ import annotations

from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
)
from typing import Any, AnyStr

from kamerparse._rx import Lazy, compiled_re

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "S",
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


def compile(pattern: AnyStr, flags: int = 0) -> Pattern[AnyStr]:
    """``re.compile``, lazily: compiled on first use."""
    lazy: Any = Lazy(pattern, int(flags), lambda: compiled_re(pattern, flags))
    return lazy  # type: ignore[no-any-return]

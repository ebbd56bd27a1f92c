"""Patterns compiled lazily, and ``regex`` patterns kept compiled in a file between runs.

A module compiles its patterns through the shims :mod:`kamerparse._rx.regex` and
:mod:`kamerparse._rx.re`, imported in place of the libraries themselves::

    from kamerparse._rx import regex   # instead of: import regex
    from kamerparse._rx import re      # instead of: import re

Their ``compile`` returns a :class:`Lazy` pattern: the source text and flags, compiled on
the first use of any other attribute, after which the real pattern's methods and
attributes sit in the proxy's own ``__dict__`` (a call costs what it costs on the real
pattern). Everything else the shims export is the library's own.

The ``regex`` module pickles a compiled pattern as its compiled code, and unpickling is
about a hundred times cheaper than compiling. So the ``regex`` patterns a process compiled
are written, at its exit, to ``__pycache__/patterns.<regex version>.<python tag>.pickle``
beside this file, keyed by the pattern text, the flags, the named lists and
``regex.DEFAULT_VERSION``; the file name carries the ``regex`` and Python versions, and
the file repeats them with the full ``sys.version`` inside. The file is:

* read once, on the first pattern used; a pattern is unpickled only when it is used;
* validated: a file of another format, ``regex`` or Python version is ignored, so is any
  file that does not unpickle, and so is an entry that does not unpickle to a ``regex``
  pattern of the same text (the pattern is then compiled from its text);
* written atomically (a temporary file in the same folder, then :func:`os.replace`), and
  only when the process compiled a pattern the file lacked; a folder that cannot be
  written (a read-only install) means no file, and patterns are compiled in every process;
* never anywhere but inside the package: no user or global cache directory is read.

It holds nothing but compiled patterns, which are a function of their text and the
library versions, so it cannot change any output. ``KAMERPARSE_PATTERN_CACHE=0`` in the
environment turns it off (nothing read or written); ``python -m kamerparse._rx`` fills it
with every pattern of the package (for a read-only install, run it once at install time).
Stdlib :mod:`re` patterns pickle as their text, so for them the file keeps what ``re``
hands ``_sre.compile`` (the compiled code; the header carries ``_sre.MAGIC``), kept only
when the pattern rebuilt from it equals (``==`` compares the code) the one ``re.compile``
made.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import os
import pickle
import re as _re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import regex as _regex

_sre: Any = importlib.import_module("_sre")  # no stub: the engine of stdlib re

__all__ = ["CACHE_FILE", "Lazy", "cache_enabled", "compiled_re", "compiled_regex", "registry"]

_FORMAT = 2
#: The cache file: its name carries the ``regex`` version and the Python cache tag.
CACHE_FILE = (
    Path(__file__).parent
    / "__pycache__"
    / f"patterns.regex-{_regex.__version__}.{sys.implementation.cache_tag}.pickle"
)
_HEADER = (_FORMAT, _regex.__version__, sys.implementation.name, sys.version, _sre.MAGIC)

#: Every lazy pattern the package made, in the order made (for tests and the cache build).
_REGISTRY: list[Lazy] = []

#: (library, pattern text, flags, ``regex.DEFAULT_VERSION``, named lists)
Key = tuple[str, str | bytes, int, int, tuple[tuple[str, tuple[str, ...]], ...]]


def cache_enabled() -> bool:
    """Whether the pattern file is read and written (``KAMERPARSE_PATTERN_CACHE`` not 0)."""
    return os.environ.get("KAMERPARSE_PATTERN_CACHE", "1").strip().lower() not in {
        "0",
        "off",
        "no",
        "false",
    }


class _Cache:
    """The patterns of the file (pickled, unpickled on use) and those compiled here."""

    def __init__(self) -> None:
        self.stored: dict[Key, bytes] | None = None  # None: file not read yet
        self.added: dict[Key, bytes] = {}
        self.live: dict[Key, Any] = {}  # compiled in this process
        self.enabled = cache_enabled()
        self.registered = False

    def _load(self) -> dict[Key, bytes]:
        stored: dict[Key, bytes] = {}
        if self.enabled:
            try:
                with open(CACHE_FILE, "rb") as f:
                    data = pickle.load(f)
                if (
                    isinstance(data, tuple)
                    and len(data) == 2
                    and data[0] == _HEADER
                    and isinstance(data[1], dict)
                ):
                    stored = data[1]
            except Exception:  # absent, unreadable or corrupt: compile instead
                stored = {}
        self.stored = stored
        return stored

    def get(
        self,
        key: Key,
        compile_: Callable[[], Any],
        dump: Callable[[Any], bytes | None],
        load: Callable[[bytes], Any],
    ) -> Any:
        """The pattern of ``key``: compiled already, or from the file (``load``; ``None``
        or an exception when the entry is not right), or ``compile_()`` (then ``dump``,
        or ``None`` if it cannot be kept)."""
        live = self.live.get(key)
        if live is not None:
            return live
        stored = self.stored if self.stored is not None else self._load()
        blob = stored.get(key)
        pattern = None
        if blob is not None:
            try:
                pattern = load(blob)
            except Exception:  # a damaged entry: compile instead
                pattern = None
        if pattern is None:
            pattern = compile_()
            kept = dump(pattern) if self.enabled else None
            if kept is not None:
                self.added[key] = kept
                if not self.registered:
                    self.registered = True
                    atexit.register(self.save)
        self.live[key] = pattern
        return pattern

    def save(self) -> None:
        """Write the file's patterns and the new ones, atomically; silently not at all
        when the folder cannot be written."""
        if not self.added or not self.enabled:
            return
        import tempfile  # only here: most processes never write

        entries = {**(self.stored or {}), **self.added}
        try:
            CACHE_FILE.parent.mkdir(exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=CACHE_FILE.parent)
        except OSError:  # a read-only install: no cache
            return
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump((_HEADER, entries), f, pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide it from other users
            os.replace(tmp, CACHE_FILE)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            return
        self.stored = entries
        self.added = {}


_CACHE = _Cache()


def _lists_key(named_lists: Mapping[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(sorted((k, tuple(sorted(v))) for k, v in named_lists.items()))


def compiled_regex(
    pattern: str | bytes, flags: int, ignore_unused: bool, named_lists: Mapping[str, Any]
) -> Any:
    """The compiled ``regex`` pattern: from the cache file, or compiled (and added to it).
    ``regex`` pickles a pattern as its compiled code."""
    lists = _lists_key(named_lists) if named_lists else ()
    key: Key = ("regex", pattern, int(flags), _regex.DEFAULT_VERSION, lists)
    live = _CACHE.live.get(key)
    if live is not None:  # regex.match(text, ...) called again with the same pattern
        return live

    def dump(real: Any) -> bytes | None:
        if real.flags & _regex.LOCALE:  # depends on the locale of the process
            return None
        return pickle.dumps(real, pickle.HIGHEST_PROTOCOL)

    def load(blob: bytes) -> Any:
        real = pickle.loads(blob)
        ok = isinstance(real, _regex.Pattern) and real.pattern == pattern
        return real if ok else None

    return _CACHE.get(
        key,
        lambda: _regex.compile(pattern, flags, ignore_unused=ignore_unused, **dict(named_lists)),
        dump,
        load,
    )


def _sre_args(pattern: str | bytes, flags: int) -> tuple[Any, ...]:
    """What ``re`` hands ``_sre.compile`` for ``pattern`` (as ``re._compiler.compile``
    does): final flags, code, group count, group index, index group."""
    parser: Any = importlib.import_module("re._parser")
    compiler: Any = importlib.import_module("re._compiler")
    p = parser.parse(pattern, flags)
    code = [int(c) for c in compiler._code(p, flags)]  # opcodes are int subclasses
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return (flags | p.state.flags, code, p.state.groups - 1, groupindex, tuple(indexgroup))


def compiled_re(pattern: str | bytes, flags: int) -> Any:
    """The compiled stdlib ``re`` pattern: rebuilt from its code in the cache file, or
    compiled. An entry is kept only when the pattern rebuilt from it equals (``==``
    compares pattern, flags and code) the one ``re.compile`` made."""
    flags = int(flags)
    key: Key = ("re", pattern, flags, 0, ())

    def dump(real: Any) -> bytes | None:
        if real.flags & _re.LOCALE or flags & _re.DEBUG:
            return None
        try:
            args = _sre_args(pattern, flags)
            if _sre.compile(pattern, *args) != real:
                return None
        except Exception:  # another Python's internals: no cache for these
            return None
        return pickle.dumps(args, pickle.HIGHEST_PROTOCOL)

    def load(blob: bytes) -> Any:
        return _sre.compile(pattern, *pickle.loads(blob))

    return _CACHE.get(key, lambda: _re.compile(pattern, flags), dump, load)


class Lazy:
    """A pattern compiled on first use; then the real pattern's attributes are its own.

    ``pattern`` (the source text) is there from the start, so building a pattern from
    another one's text compiles nothing.
    """

    def __init__(self, pattern: str | bytes, flags: int, build: Callable[[], Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._build = build
        _REGISTRY.append(self)

    def compiled(self) -> Any:
        """The real pattern (compiled, or taken from the cache, now if not yet)."""
        real = self.__dict__.get("_real")
        if real is None:
            real = self._build()
            d = self.__dict__
            for name in dir(real):
                if not name.startswith("_"):
                    d[name] = getattr(real, name)
            d["_real"] = real
        return real

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in {"_real", "_flags", "_build"}:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"Lazy({self.pattern!r}, {self._flags})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_unpickle, (self.compiled(),))


def _unpickle(real: Any) -> Any:
    return real


def registry() -> tuple[Lazy, ...]:
    """Every lazy pattern made so far (importing a module makes its patterns)."""
    return tuple(_REGISTRY)

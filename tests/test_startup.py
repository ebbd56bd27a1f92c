"""Start-up: pattern text the same in every process, lazy patterns, the compiled-pattern
cache (kamerparse._rx) and imports that load only when used."""

from __future__ import annotations

import json
import os
import pickle
import re as std_re
import subprocess
import sys
from pathlib import Path

import pytest
import regex as real_regex

import kamerparse._rx as rx
from kamerparse._rx import re as lazy_re
from kamerparse._rx import regex as lazy_regex

SRC = Path(__file__).resolve().parent.parent / "src"
SHORT = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
    "Den Haag, 3 maart 2023\n\nHierbij bied ik u de nota aan.\n\n"
    "De Minister van Defensie,\nK.H. Ollongren\n"
)

#: Imports every module of the package, prints every pattern it made through kamerparse._rx.
ALL_PATTERNS = """
import importlib, json, pkgutil, kamerparse, kamerparse._rx as rx
for m in pkgutil.walk_packages(kamerparse.__path__, "kamerparse."):
    if m.name != "kamerparse.__main__":
        try:
            importlib.import_module(m.name)
        except ImportError:  # an optional extra (dask) that is not installed
            pass
print(json.dumps([[repr(p.pattern), p._flags] for p in rx.registry()]))
"""


def _run(code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "PYTHONPATH": str(SRC), "KAMERPARSE_PATTERN_CACHE": "0", **env}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=full,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )


def test_pattern_text_is_the_same_whatever_the_hash_seed() -> None:
    one = json.loads(_run(ALL_PATTERNS, PYTHONHASHSEED="1").stdout)
    two = json.loads(_run(ALL_PATTERNS, PYTHONHASHSEED="2").stdout)
    assert len(one) > 150  # every module's patterns, not a handful
    assert one == two


def test_alternations_break_length_ties_in_code_point_order() -> None:
    from kamerparse.patterns import alternation, longest_first

    assert longest_first({"bb", "a", "ab", "ccc", "ba"}) == ["ccc", "ab", "ba", "bb", "a"]
    assert alternation(["nr", "Nr.", "Nr", "nr."]) == r"(?:Nr\.|nr\.|Nr|nr)"


def test_a_text_letter_loads_no_heavy_module() -> None:
    heavy = ["lxml", "multiprocessing", "concurrent.futures", "kamerparse.batch", "dask"]
    code = (
        "import sys, json, kamerparse\n"
        "kamerparse.parse(sys.argv[1])\n"
        "print(json.dumps([m for m in sys.argv[2:] if m in sys.modules]))\n"
    )
    assert json.loads(_run(code, SHORT, *heavy).stdout) == []


def test_the_cli_on_one_text_letter_loads_no_lxml_nor_process_pool(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(SHORT, encoding="utf-8")
    code = (
        "import sys, json, runpy\n"
        "mods = sys.argv[2:]; sys.argv = ['kamerparse', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('kamerparse', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write('LOADED ' + json.dumps([m for m in mods if m in sys.modules]))\n"
    )
    out = _run(code, str(letter), "lxml", "multiprocessing", "concurrent.futures", "dask")
    assert '"Ollongren"' in out.stdout or "Ollongren" in out.stdout
    assert out.stderr.rsplit("LOADED ", 1)[1] == "[]"


def test_patterns_a_letter_does_not_need_stay_uncompiled() -> None:
    code = (
        "import sys, kamerparse, kamerparse._rx as rx\n"
        "kamerparse.parse(sys.argv[1])\n"
        "made = rx.registry()\n"
        "print(len(made), sum('_real' in p.__dict__ for p in made))\n"
    )
    made, compiled = map(int, _run(code, SHORT).stdout.split())
    assert 0 < compiled < made


def test_a_lazy_pattern_is_the_real_one_once_used() -> None:
    lazy = lazy_regex.compile(r"(?P<n>\d+)", lazy_regex.VERSION1)
    assert lazy.pattern == r"(?P<n>\d+)"
    assert "_real" not in lazy.__dict__  # the text alone compiles nothing
    m = lazy.search("ab 12")
    assert m is not None
    assert (m.group("n"), m.span()) == ("12", (3, 5))
    real = real_regex.compile(r"(?P<n>\d+)", real_regex.VERSION1)
    assert lazy.groupindex == real.groupindex
    assert lazy.flags == real.flags
    assert lazy.search is not None and "search" in lazy.__dict__  # now its own attribute
    copy = pickle.loads(pickle.dumps(lazy))
    assert isinstance(copy, real_regex.Pattern)
    assert copy.pattern == lazy.pattern
    std = lazy_re.compile(rb"<!x", lazy_re.IGNORECASE)
    assert std.search(b"..<!X") is not None
    assert lazy_regex.fullmatch(r"\p{L}", "é") is not None


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "__pycache__" / "patterns.pickle"
    monkeypatch.setattr(rx, "CACHE_FILE", path)
    monkeypatch.delenv("KAMERPARSE_PATTERN_CACHE", raising=False)
    return path


def _fresh(monkeypatch: pytest.MonkeyPatch) -> rx._Cache:
    cache = rx._Cache()
    monkeypatch.setattr(rx, "_CACHE", cache)
    return cache


PATTERNS = [r"(?i:jan(?:uari)?|feb)\s++(?P<y>\d{4})", r"\L<words>\b", r"[\p{Lu}]{2,}"]


def _compile_all() -> list[object]:
    out: list[object] = [
        rx.compiled_regex(PATTERNS[0], real_regex.V1, False, {}),
        rx.compiled_regex(PATTERNS[1], real_regex.V1, False, {"words": {"aa", "b", "cc"}}),
        rx.compiled_regex(PATTERNS[2], 0, False, {}),
        rx.compiled_re(r"(?P<a>x)[^\s]+|y", std_re.IGNORECASE),
    ]
    return out


def _same(got: list[object]) -> None:
    texts = ["januari 2023", "aa b", "EU", "XYZ abc y"]
    want = [
        real_regex.compile(PATTERNS[0], real_regex.V1),
        real_regex.compile(PATTERNS[1], real_regex.V1, words={"aa", "b", "cc"}),
        real_regex.compile(PATTERNS[2]),
        std_re.compile(r"(?P<a>x)[^\s]+|y", std_re.IGNORECASE),
    ]
    for g, w, text in zip(got, want, texts, strict=True):
        assert type(g) is type(w)
        assert g.pattern == w.pattern  # type: ignore[attr-defined]
        assert [m.span() for m in g.finditer(text)] == [m.span() for m in w.finditer(text)]  # type: ignore[attr-defined]
    assert got[3] == want[3]  # a stdlib pattern rebuilt from the file: the same code


def test_the_cache_keeps_compiled_patterns_between_processes(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh(monkeypatch)
    _same(_compile_all())
    assert len(first.added) == 4
    first.save()
    assert cache_file.is_file()
    second = _fresh(monkeypatch)
    _same(_compile_all())
    assert second.added == {}  # all four from the file
    assert second.stored is not None and len(second.stored) == 4
    second.save()  # nothing new: the file is not rewritten
    assert not [p for p in cache_file.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(
    "content",
    [
        b"not a pickle at all",
        b"",
        pickle.dumps(("another header", {})),
        pickle.dumps([1, 2, 3]),
    ],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    cache_file.parent.mkdir()
    cache_file.write_bytes(content)
    cache = _fresh(monkeypatch)
    _same(_compile_all())
    assert len(cache.added) == 4
    cache.save()  # replaced by a good one
    again = _fresh(monkeypatch)
    _same(_compile_all())
    assert again.added == {}


def test_a_damaged_entry_is_compiled_again(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _fresh(monkeypatch)
    _compile_all()
    cache.save()
    header, entries = pickle.loads(cache_file.read_bytes())
    wrong = pickle.dumps(real_regex.compile("something else"))
    entries = {k: (b"\x80garbage" if k[0] == "re" else wrong) for k in entries}
    cache_file.write_bytes(pickle.dumps((header, entries)))
    again = _fresh(monkeypatch)
    _same(_compile_all())
    assert len(again.added) == 4


def test_a_folder_that_cannot_be_written_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setattr(rx, "CACHE_FILE", blocked / "__pycache__" / "patterns.pickle")
    monkeypatch.delenv("KAMERPARSE_PATTERN_CACHE", raising=False)
    cache = _fresh(monkeypatch)
    _same(_compile_all())
    cache.save()  # no exception, no file
    assert list(tmp_path.iterdir()) == [blocked]


def test_the_cache_can_be_turned_off(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAMERPARSE_PATTERN_CACHE", "0")
    cache = _fresh(monkeypatch)
    _same(_compile_all())
    cache.save()
    assert cache.added == {}
    assert not cache_file.exists()


def test_every_module_compiles_through_rx() -> None:
    """The recipe of docs/performance.md: no module but ``kamerparse._rx`` imports
    ``regex`` or ``re`` itself (its patterns would be neither lazy, nor cached, nor
    checked for a deterministic text by the hash-seed test above)."""
    direct = std_re.compile(
        r"^\s*(?:import\s+(?:regex|re)\b|from\s+(?:regex|re)\s+import\b)", std_re.M
    )
    offenders = [
        str(path.relative_to(SRC))
        for path in sorted((SRC / "kamerparse").rglob("*.py"))
        if "_rx" not in path.parts and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "use `from kamerparse._rx import regex` / `... import re`"

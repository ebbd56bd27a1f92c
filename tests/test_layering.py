"""The package's layers, read from the source with :mod:`ast` (nothing is imported).

* ``kamerparse.base`` (the types the stages pass on) imports nothing of the package.
* The segmenter and the section parsers import no reader: they see blocks
  (``kamerparse.base``), never a format.
* No extractor imports another. The extractors are the public modules of
  ``kamerparse.extract``; what they share is allowed: the package itself
  (``ExtractContext``, ``Region``, ``Extracted``), its private helper modules
  (``_literals``, ``_numbers``) and the sentence splitter (``sentences``).
  An extractor may be a package (``kamerparse.extract.dates``): its modules are that
  extractor.
* No private name crosses packages: a module imports a ``_name`` (a private module or
  a private attribute) only from its own package or a package enclosing it (private to
  ``kamerparse`` is private to the whole library: ``kamerparse._rx``, the compile layer
  every module uses in place of ``re``/``regex``; private to ``kamerparse.extract`` is
  shared by the extractor packages inside it).

Imports inside functions count as well as those at the top.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "kamerparse"

#: modules of ``kamerparse.extract`` every extractor may import
SHARED_EXTRACT = frozenset({"kamerparse.extract.sentences"})


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _package_of(module: str) -> str:
    """The package a module belongs to (a package's ``__init__`` belongs to itself)."""
    if (PACKAGE.parent / module.replace(".", "/") / "__init__.py").exists():
        return module
    return module.rpartition(".")[0]


def _imports(module: str, source: str | None = None) -> Iterator[tuple[str, str | None, int]]:
    """``(imported module, imported name or None, line)`` for every import in ``module``
    (or in ``source`` read as that module) of something in the package
    (``from m import a`` gives ``(m, "a")``)."""
    if source is None:
        source = MODULES[module].read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "kamerparse":
                    yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom):
            yield from _from_import(module, node)


def _from_import(module: str, node: ast.ImportFrom) -> Iterator[tuple[str, str | None, int]]:
    target = node.module or ""
    if node.level:  # a relative import, read from the module's package
        base = _package_of(module).split(".")
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, target] if target else base)
    if target.split(".")[0] != "kamerparse":
        return
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        if sub in MODULES:  # ``from kamerparse import lexicon``: a module
            yield sub, None, node.lineno
        else:
            yield target, alias.name, node.lineno


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _extractor_of(module: str) -> str | None:
    """The extractor ``module`` is (or is part of): a public module or package directly
    inside ``kamerparse.extract``, but the shared ones."""
    parts = module.split(".")
    if len(parts) < 3 or parts[:2] != ["kamerparse", "extract"] or _private(parts[2]):
        return None
    name = ".".join(parts[:3])
    return None if name in SHARED_EXTRACT else name


def _extractors() -> set[str]:
    return {e for m in MODULES if (e := _extractor_of(m)) is not None}


def test_the_modules_are_found() -> None:
    assert {"kamerparse.base", "kamerparse.segment", "kamerparse.extract.money"} <= set(MODULES)
    assert {"kamerparse.extract.dates", "kamerparse.extract.references"} <= _extractors()


def test_base_imports_nothing_of_the_package() -> None:
    assert list(_imports("kamerparse.base")) == []


@pytest.mark.parametrize(
    "module",
    sorted(m for m in MODULES if m == "kamerparse.segment" or m.startswith("kamerparse.sections")),
)
def test_sections_and_segment_import_no_reader(module: str) -> None:
    bad = [
        (target, line)
        for target, _, line in _imports(module)
        if target == "kamerparse.readers" or target.startswith("kamerparse.readers.")
    ]
    assert bad == []


def _crossing(module: str, source: str | None = None) -> list[tuple[str, str | None, int]]:
    """The imports in ``module`` of a private module or name of another package."""
    own = _package_of(module)
    return [
        (target, name, line)
        for target, name, line in _imports(module, source)
        if (scope := _private_scope(target, name)) is not None and not _encloses(scope, own)
    ]


def _private_scope(target: str, name: str | None) -> str | None:
    """The package a private import is private to (None for a public one): the package
    holding its first ``_part`` (``kamerparse._rx.re``: ``kamerparse``), or, for a
    private name, the package that is or holds ``target``."""
    parts = target.split(".")
    for i, part in enumerate(parts):
        if _private(part):
            return ".".join(parts[:i])
    if name and _private(name):
        return _package_of(target)
    return None


def _encloses(package: str, own: str) -> bool:
    """Is ``package`` the package ``own`` or one that encloses it?"""
    return own == package or own.startswith(package + ".")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _extractor_of(m)))
def test_no_extractor_imports_another(module: str) -> None:
    own = _extractor_of(module)
    bad = [
        (target, line)
        for target, _, line in _imports(module)
        if _extractor_of(target) not in (None, own)
    ]
    assert bad == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_name_crosses_packages(module: str) -> None:
    assert _crossing(module) == []


def test_the_checks_see_violations() -> None:
    """What each check looks for is found where it is (the checks can fail)."""
    assert list(_imports("kamerparse.base", "from kamerparse.records import Span\n"))
    dates = "from kamerparse.extract.dates import extract_events\n"
    assert [t for t, _, _ in _imports("kamerparse.extract.money", dates)] == [
        "kamerparse.extract.dates"
    ]
    assert _crossing("kamerparse._api", "from kamerparse.readers._xml import parse_xml\n")
    assert _crossing("kamerparse._api", "from kamerparse.readers import _check_text\n")
    assert _crossing("kamerparse.segment", "def f():\n    from kamerparse.extract import _x\n")
    assert not _crossing("kamerparse.readers.docx", "from kamerparse.readers._xml import x\n")
    assert not _crossing("kamerparse", "from kamerparse._api import parse\n")
    helper = "from kamerparse.extract._literals import trie\n"
    assert not _crossing("kamerparse.extract.dates.scan", helper)
    assert not _crossing("kamerparse.readers.docx", "from kamerparse._rx import re\n")
    assert _crossing("kamerparse.readers.docx", helper)
    within = "from kamerparse.extract.dates.atoms import Atom\n"
    assert [t for t, _, _ in _imports("kamerparse.extract.dates.scan", within)] == [
        "kamerparse.extract.dates.atoms"
    ]
    assert _extractor_of("kamerparse.extract.dates.atoms") == "kamerparse.extract.dates"
    assert _extractor_of("kamerparse.extract._literals") is None

"""What every section parser shares: its signature, its result, and the line helpers.

A section parser is ``parse(text, blocks, ctx) -> SectionResult[T]``: the normalised
text, the blocks segmentation gave its zone, and a :class:`SectionContext` with the little
it may know of other zones. It returns its records (``T``) and its diagnostics.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from attrs import frozen

from kamerparse.base import Block, Zone
from kamerparse.lexicon import FIRST_CHAMBER_WORD
from kamerparse.records import Chamber, Diagnostic, Span

T = TypeVar("T")


@frozen(kw_only=True)
class SectionContext:
    """What a section parser may know beyond its own blocks."""

    #: The title block (the header reads a stuk number written in front of the title).
    title: Block | None = None


@frozen(kw_only=True)
class SectionResult(Generic[T]):
    """A section parser's records and the diagnostics it raised."""

    records: T
    diagnostics: tuple[Diagnostic, ...] = ()


#: The one signature of a section parser.
SectionParser = Callable[[str, Sequence[Block], SectionContext], SectionResult[T]]


@frozen(kw_only=True)
class SectionType(Generic[T]):
    """A registry entry: a section's name, the zone whose blocks it reads, its parser."""

    name: str
    zone: Zone
    parse: SectionParser[T]


class SectionResults:
    """Every registered section's result, looked up (typed) by its registry entry."""

    def __init__(self, results: Mapping[str, SectionResult[Any]]) -> None:
        self._results = results

    def __getitem__(self, kind: SectionType[T]) -> SectionResult[T]:
        result: SectionResult[T] = self._results[kind.name]
        return result

    def diagnostics(self) -> list[Diagnostic]:
        """All sections' diagnostics, in registry order."""
        return [d for r in self._results.values() for d in r.diagnostics]


def chamber_named(name: str) -> Chamber:
    """The chamber a matched chamber name (``Eerste Kamer``, ``TWEEDE KAMER``) names."""
    if name.lower().startswith(FIRST_CHAMBER_WORD):
        return Chamber.EERSTE_KAMER
    return Chamber.TWEEDE_KAMER


def block_lines(text: str, block: Block) -> Iterator[tuple[str, Span]]:
    """The non-blank lines of a block, stripped, with their spans."""
    pos = block.span.start
    for raw in block.span.of(text).split("\n"):
        start = pos + (len(raw) - len(raw.lstrip()))
        end = pos + len(raw.rstrip())
        if end > start:
            yield text[start:end], Span(start=start, end=end)
        pos += len(raw) + 1


def part(block: Block, name: str) -> Span | None:
    """The span of a named part a structured reader gave the block, if any."""
    for key, span in block.parts:
        if key == name:
            return span
    return None


def trimmed(text: str, start: int, end: int, chars: str = " \t\n,.;:") -> Span:
    """``[start, end)`` with ``chars`` trimmed from both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return Span(start=start, end=end)

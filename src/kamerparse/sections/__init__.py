"""One parser per section type. Each takes the normalised text and its zoned blocks and
returns records plus diagnostics; none looks at another section's blocks."""

from __future__ import annotations

from collections.abc import Iterator

from kamerparse.base import Block
from kamerparse.records import Span


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

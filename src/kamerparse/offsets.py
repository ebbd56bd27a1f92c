"""Offset map from the normalised text (``Letter.text``) back to the original input.

Readers build ``Letter.text`` piece by piece with :class:`TextBuilder`; each piece is
either copied verbatim from the input or synthetic (a joining space, a superscript
marker standing for ``<sup>2</sup>``, a paragraph break). The map records, for each
piece, the input range it stands for, so any span of ``Letter.text`` maps back to the
input (``OffsetMap.to_source``).
"""

from __future__ import annotations

import bisect
from functools import cached_property

from attrs import frozen

from kamerparse.records import Span


@frozen(kw_only=True)
class Piece:
    """``text[norm_start:norm_end]`` stands for ``input[src_start:src_end]``.

    ``verbatim`` pieces have equal lengths and map character by character.
    """

    norm_start: int
    norm_end: int
    src_start: int
    src_end: int
    verbatim: bool


#: One piece as a plain tuple ``(norm_start, norm_end, src_start, src_end, verbatim)``
#: (``verbatim`` is 1 or 0): what the map keeps; :class:`Piece` records are made on demand.
Row = tuple[int, int, int, int, int]


@frozen(kw_only=True)
class OffsetMap:
    """The pieces of the normalised text in order, each with the input range it stands for.

    The map keeps its pieces as plain tuples (``rows``); :attr:`pieces` gives them as
    :class:`Piece` records, built on first use.
    """

    rows: tuple[Row, ...]

    @classmethod
    def from_pieces(cls, pieces: tuple[Piece, ...]) -> OffsetMap:
        return cls(
            rows=tuple(
                (p.norm_start, p.norm_end, p.src_start, p.src_end, int(p.verbatim))
                for p in pieces
            )
        )

    @cached_property
    def pieces(self) -> tuple[Piece, ...]:
        return tuple(
            Piece(norm_start=a, norm_end=b, src_start=c, src_end=d, verbatim=v == 1)
            for a, b, c, d, v in self.rows
        )

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        return tuple(r[0] for r in self.rows)

    def to_source(self, pos: int) -> int:
        """The input offset of normalised offset ``pos`` (a position between characters)."""
        rows = self.rows
        if not rows:
            return 0
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return rows[0][2]
        norm_start, norm_end, src_start, src_end, verbatim = rows[i]
        if pos >= norm_end:
            return src_end
        if verbatim:
            return src_start + (pos - norm_start)
        return src_start

    def span_to_source(self, span: Span) -> tuple[int, int]:
        """The input range ``[start, end)`` that ``span`` of the normalised text came from."""
        start = self.to_source(span.start)
        if span.end == span.start:
            return start, start
        # map the last character, not the position after it, so a span ending at a
        # piece boundary does not swallow the next piece's source
        i = bisect.bisect_right(self._starts, span.end - 1) - 1
        norm_start, _, src_start, src_end, verbatim = self.rows[max(i, 0)]
        end = src_start + (span.end - norm_start) if verbatim else src_end
        return start, max(start, end)


class TextBuilder:
    """Builds normalised text from an input string, recording where each piece came from."""

    __slots__ = ("_chunks", "_pieces", "_pos", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._chunks: list[str] = []
        # the offset map's rows (the last one is replaced by a longer one when verbatim
        # copies are contiguous)
        self._pieces: list[Row] = []
        self._pos = 0

    @classmethod
    def resume(cls, source: str, chunks: list[str], pieces: list[Row], pos: int) -> TextBuilder:
        """A builder that goes on after text written without one: ``chunks`` (of total
        length ``pos``) and the offset map ``pieces`` for them (taken over, not copied).
        For readers that write their hot loops with plain list appends."""
        tb = cls(source)
        tb._chunks = chunks
        tb._pieces = pieces
        tb._pos = pos
        return tb

    @property
    def pos(self) -> int:
        """Current length of the normalised text."""
        return self._pos

    def tail(self, n: int = 1) -> str:
        """The last ``n`` characters written (fewer at the start)."""
        out = ""
        for chunk in reversed(self._chunks):
            out = chunk + out
            if len(out) >= n:
                break
        return out[-n:] if n else ""

    def copy(self, start: int, end: int) -> Span:
        """Append ``source[start:end]`` verbatim; return its span in the normalised text."""
        begin = self._pos
        self.extend(start, end)
        return Span(start=begin, end=self._pos)

    def extend(self, start: int, end: int) -> None:
        """:meth:`copy` without building the span (for callers that do not need it)."""
        if end <= start:
            return
        self._chunks.append(self.source[start:end])
        begin = self._pos
        self._pos = pos = begin + (end - start)
        pieces = self._pieces
        if pieces:
            prev = pieces[-1]
            if prev[4] and prev[1] == begin and prev[3] == start:
                pieces[-1] = (prev[0], pos, prev[2], end, 1)
                return
        pieces.append((begin, pos, start, end, 1))

    def put(self, text: str, src_start: int, src_end: int | None = None) -> Span:
        """Append synthetic ``text`` standing for ``source[src_start:src_end]``."""
        begin = self._pos
        self.insert(text, src_start, src_end)
        return Span(start=begin, end=self._pos)

    def insert(self, text: str, src_start: int, src_end: int | None = None) -> None:
        """:meth:`put` without building the span (for callers that do not need it)."""
        if not text:
            return
        begin = self._pos
        self._chunks.append(text)
        self._pos += len(text)
        end = src_start if src_end is None else src_end
        self._pieces.append((begin, self._pos, src_start, end, 0))

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._chunks), OffsetMap(rows=tuple(self._pieces))

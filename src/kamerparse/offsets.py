"""Offset map from the normalised text (``Letter.text``) back to the original input.

Readers build ``Letter.text`` piece by piece with :class:`TextBuilder`; each piece is
either copied verbatim from the input or synthetic (a joining space, a superscript
marker standing for ``<sup>2</sup>``, a paragraph break). The map records, for each
piece, the input range it stands for, so any span of ``Letter.text`` maps back to the
input (``OffsetMap.to_source``).
"""

from __future__ import annotations

import bisect

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


@frozen(kw_only=True)
class OffsetMap:
    pieces: tuple[Piece, ...]
    _starts: tuple[int, ...]

    @classmethod
    def from_pieces(cls, pieces: tuple[Piece, ...]) -> OffsetMap:
        return cls(pieces=pieces, starts=tuple(p.norm_start for p in pieces))

    def to_source(self, pos: int) -> int:
        """The input offset of normalised offset ``pos`` (a position between characters)."""
        if not self.pieces:
            return 0
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return self.pieces[0].src_start
        p = self.pieces[i]
        if pos >= p.norm_end:
            return p.src_end
        if p.verbatim:
            return p.src_start + (pos - p.norm_start)
        return p.src_start

    def span_to_source(self, span: Span) -> tuple[int, int]:
        """The input range ``[start, end)`` that ``span`` of the normalised text came from."""
        start = self.to_source(span.start)
        if span.end == span.start:
            return start, start
        # map the last character, not the position after it, so a span ending at a
        # piece boundary does not swallow the next piece's source
        i = bisect.bisect_right(self._starts, span.end - 1) - 1
        p = self.pieces[max(i, 0)]
        end = p.src_start + (span.end - p.norm_start) if p.verbatim else p.src_end
        return start, max(start, end)


class TextBuilder:
    """Builds normalised text from an input string, recording where each piece came from."""

    __slots__ = ("_chunks", "_pieces", "_pos", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._chunks: list[str] = []
        # pieces as plain lists [norm_start, norm_end, src_start, src_end, verbatim (0/1)]
        # (the last one grows in place when verbatim copies are contiguous); they become
        # :class:`Piece` records once, in :meth:`build`
        self._pieces: list[list[int]] = []
        self._pos = 0

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
                prev[1] = pos
                prev[3] = end
                return
        pieces.append([begin, pos, start, end, 1])

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
        self._pieces.append([begin, self._pos, src_start, end, 0])

    def build(self) -> tuple[str, OffsetMap]:
        pieces = tuple(
            Piece(norm_start=a, norm_end=b, src_start=c, src_end=d, verbatim=v == 1)
            for a, b, c, d, v in self._pieces
        )
        return "".join(self._chunks), OffsetMap.from_pieces(pieces)

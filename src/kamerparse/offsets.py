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
        self._pieces: list[Piece] = []
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
        if end <= start:
            return Span(start=self._pos, end=self._pos)
        return self._add(self.source[start:end], start, end, verbatim=True)

    def put(self, text: str, src_start: int, src_end: int | None = None) -> Span:
        """Append synthetic ``text`` standing for ``source[src_start:src_end]``."""
        if not text:
            return Span(start=self._pos, end=self._pos)
        return self._add(text, src_start, src_start if src_end is None else src_end, verbatim=False)

    def _add(self, text: str, src_start: int, src_end: int, *, verbatim: bool) -> Span:
        start = self._pos
        self._chunks.append(text)
        self._pos += len(text)
        prev = self._pieces[-1] if self._pieces else None
        if (
            verbatim
            and prev is not None
            and prev.verbatim
            and prev.norm_end == start
            and prev.src_end == src_start
        ):
            self._pieces[-1] = Piece(
                norm_start=prev.norm_start,
                norm_end=self._pos,
                src_start=prev.src_start,
                src_end=src_end,
                verbatim=True,
            )
        else:
            self._pieces.append(
                Piece(
                    norm_start=start,
                    norm_end=self._pos,
                    src_start=src_start,
                    src_end=src_end,
                    verbatim=verbatim,
                )
            )
        return Span(start=start, end=self._pos)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._chunks), OffsetMap.from_pieces(tuple(self._pieces))

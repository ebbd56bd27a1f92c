"""The types the pipeline's stages pass on, in one module that imports nothing of the
package: :class:`Span` and :class:`Diagnostic` (every record and stage), the offset map
and its :class:`TextBuilder` (readers), and what a reader hands the segmenter and the
section parsers (:class:`Block`, :class:`Zone`, :class:`Marker`, :class:`ReadResult`).

Every other module may import this one; it imports none of them (``tests/test_layering.py``
checks it). ``records``, ``offsets`` and ``readers.base`` re-export these names.

Offset map: readers build ``Letter.text`` piece by piece with :class:`TextBuilder`; each
piece is either copied verbatim from the input or synthetic (a joining space, a
superscript marker standing for ``<sup>2</sup>``, a paragraph break). The map records,
for each piece, the input range it stands for, so any span of ``Letter.text`` maps back
to the input (:meth:`OffsetMap.to_source`).

What a reader produces (:class:`ReadResult`):

* ``text`` — the normalised letter text. Blocks are separated by a blank line
  (``"\\n\\n"``); lines inside a block that carry meaning (a signature's role and name,
  header lines) are separated by ``"\\n"``. Footnote markers are written as Unicode
  superscript digits (``²``) whatever the input used (``<sup>2</sup>``, ``aan2.``,
  ``1)``), so no extractor mistakes a marker for a number. Footnote bodies are moved
  out of the body flow to the end of the text, each as its own block starting with
  its superscript number.
* ``offsets`` — maps every span of ``text`` back to the input.
* ``blocks`` — the text's blocks in order. Text readers set ``zone`` only where the
  layout says it for sure (footnotes, letterhead fields); the segmenter zones the
  rest. Structured readers (XML, HTML, docx) zone every block from the markup.
* ``markers`` — every footnote marker in the text, as ``(number, span)``.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Callable, Mapping
from functools import cached_property

from attrs import field, frozen

# --- spans and diagnostics -------------------------------------------------------------


@frozen(kw_only=True, order=True, init=False)
class Span:
    """Half-open code-point offsets ``[start, end)`` into ``Letter.text``."""

    start: int
    end: int

    def __init__(self, *, start: int, end: int) -> None:
        # written out (not attrs-generated) because spans are made by the hundred per
        # letter: the slots are set through their descriptors, the frozen class's fast path
        if start < 0 or end < start:
            raise ValueError(f"invalid span [{start}, {end})")
        _SET_START(self, start)
        _SET_END(self, end)

    def of(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


_SET_START: Callable[[Span, int], None] = Span.__dict__["start"].__set__
_SET_END: Callable[[Span, int], None] = Span.__dict__["end"].__set__


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@frozen(kw_only=True)
class Diagnostic:
    """A problem found inside a letter. ``code`` is stable (see docs/diagnostics.md)."""

    code: str
    severity: Severity
    message: str
    span: Span | None = None


# --- the offset map -------------------------------------------------------------------


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
                (p.norm_start, p.norm_end, p.src_start, p.src_end, int(p.verbatim)) for p in pieces
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


# --- what a reader produces ------------------------------------------------------------

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPER = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_FROM_SUPER = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def to_superscript(digits: str) -> str:
    """``"12"`` -> ``"¹²"``."""
    return digits.translate(_TO_SUPER)


def from_superscript(marker: str) -> str:
    """``"¹²"`` -> ``"12"``."""
    return marker.translate(_FROM_SUPER)


class Zone(enum.StrEnum):
    """Which part of the letter a block belongs to."""

    HEADER = "header"  # Vergaderjaar, dossier number and title, stuk number
    TITLE = "title"  # BRIEF VAN DE MINISTER ...
    OPENING = "opening"  # addressee, place and date, Betreft, Geachte Voorzitter
    BODY = "body"
    CLOSING = "closing"  # Hoogachtend,
    SIGNATURE = "signature"  # role and name of a signatory
    FOOTNOTE = "footnote"
    TRAILER = "trailer"  # site chrome after the letter (kept, never parsed as letter)


class BlockKind(enum.StrEnum):
    PARAGRAPH = "paragraph"
    HEADING = "heading"  # marked as a heading by the layout (Markdown #, XML kop)
    LIST_ITEM = "list_item"
    FOOTNOTE = "footnote"


@frozen(kw_only=True, init=False)
class Block:
    """A block of the normalised text.

    ``number`` is the footnote number of a footnote block, or the heading number given by
    markup. ``level`` is the markup's heading depth (Markdown ``##`` -> 2), a hint only.
    ``parts`` names sub-spans a structured reader knows (``("role", span)``,
    ``("name", span)``, ``("dossier", span)``...). ``xpath`` is the XPath of the element
    a structured reader (XML, HTML, docx) read the block from; None for text input.
    """

    kind: BlockKind
    span: Span
    zone: Zone | None = None
    number: str | None = None
    level: int | None = None
    parts: tuple[tuple[str, Span], ...] = ()
    xpath: str | None = None

    def __init__(
        self,
        *,
        kind: BlockKind,
        span: Span,
        zone: Zone | None = None,
        number: str | None = None,
        level: int | None = None,
        parts: tuple[tuple[str, Span], ...] = (),
        xpath: str | None = None,
    ) -> None:
        # written out (not attrs-generated) because a reader makes a block per paragraph:
        # the slots are set through their descriptors, the frozen class's fast path
        _SET_KIND(self, kind)
        _SET_SPAN(self, span)
        _SET_ZONE(self, zone)
        _SET_NUMBER(self, number)
        _SET_LEVEL(self, level)
        _SET_PARTS(self, parts)
        _SET_XPATH(self, xpath)


_SET_KIND: Callable[[Block, BlockKind], None] = Block.__dict__["kind"].__set__
_SET_SPAN: Callable[[Block, Span], None] = Block.__dict__["span"].__set__
_SET_ZONE: Callable[[Block, Zone | None], None] = Block.__dict__["zone"].__set__
_SET_NUMBER: Callable[[Block, str | None], None] = Block.__dict__["number"].__set__
_SET_LEVEL: Callable[[Block, int | None], None] = Block.__dict__["level"].__set__
_SET_PARTS: Callable[[Block, tuple[tuple[str, Span], ...]], None] = Block.__dict__["parts"].__set__
_SET_XPATH: Callable[[Block, str | None], None] = Block.__dict__["xpath"].__set__


@frozen(kw_only=True)
class Marker:
    """A footnote marker in the text (``²``), referring to footnote ``number``."""

    number: str
    span: Span


@frozen(kw_only=True)
class ReadResult:
    text: str
    offsets: OffsetMap
    blocks: tuple[Block, ...]
    format: str
    markers: tuple[Marker, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    metadata: Mapping[str, str] = field(factory=dict)

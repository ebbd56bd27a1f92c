"""What every reader produces: normalised text, an offset map back to the input, and blocks.

A reader turns one input (a text layout, XML, HTML, docx) into a :class:`ReadResult`:

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

import enum
from collections.abc import Callable, Mapping

from attrs import field, frozen

from kamerparse.offsets import OffsetMap
from kamerparse.records import Diagnostic, Span

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

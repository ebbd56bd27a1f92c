"""Readers: one module per input format, each ``(RawInput) -> ReadResult``.

The registry :data:`READERS` maps a format name to its reader; :func:`detect_format`
picks one from the content (never from the file name alone). A new format is one new
module plus one entry here.
"""

from __future__ import annotations

import codecs
import importlib
from collections.abc import Callable
from pathlib import Path

from kamerparse._rx import re
from kamerparse.errors import InvalidInput, UnknownFormat
from kamerparse.readers.base import ReadResult


class RawInput:
    """One input document as bytes, with its text decoded on demand.

    Decoding: a UTF-8 (or UTF-16) byte-order mark is honoured; otherwise UTF-8, then
    cp1252 as the one legacy fallback. Input with NUL bytes or other control bytes
    that no text has is binary and raises :class:`InvalidInput`.

    ``text``, when given, is the input's text already decoded (``parse`` of a ``str``):
    it is checked as decoded text is (:func:`check_text`) and not decoded again.
    ``metadata`` is the bytes of the publication site's companion ``metadata.xml`` of an
    XML or HTML input, when the caller has it.
    """

    __slots__ = ("_text", "data", "metadata", "name")

    def __init__(
        self,
        data: bytes,
        name: str | None = None,
        *,
        text: str | None = None,
        metadata: bytes | None = None,
    ) -> None:
        self.data = data
        self.name = name
        self.metadata = metadata
        self._text = None if text is None else check_text(text)

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = decode_text(self.data)
        return self._text


def decode_text(data: bytes) -> str:
    """Decode ``data`` as text or raise :class:`InvalidInput` saying why not."""
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        encoding = "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InvalidInput(f"undecodable UTF-16 input at byte {e.start}") from None
        return check_text(text)
    else:
        body = data
        encoding = "utf-8"
    nul = body.find(b"\x00")
    if nul >= 0:
        raise InvalidInput(f"binary input: NUL byte at offset {nul}")
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as e:
        try:
            text = body.decode("cp1252")
        except UnicodeDecodeError:
            raise InvalidInput(
                f"undecodable input: not UTF-8 (byte {e.start}: {body[e.start : e.start + 1]!r}) "
                "and not cp1252"
            ) from None
    return check_text(text, nul_free=True)


#: Control characters no text has (tab, line feed, form feed and carriage return are fine).
_CONTROL_CHARS = re.compile(r"[\x01-\x08\x0b\x0e-\x1f]")


def check_text(text: str, *, nul_free: bool = False) -> str:
    """``text``, or :class:`InvalidInput` for binary or empty text. ``nul_free``: the
    input bytes had no NUL byte (then the text has no NUL character either)."""
    if not nul_free and "\x00" in text:
        raise InvalidInput(f"binary input: NUL character at offset {text.index(chr(0))}")
    sample = text[:4096]
    controls = len(_CONTROL_CHARS.findall(sample))
    if controls > max(8, len(sample) // 100):
        raise InvalidInput(f"binary input: {controls} control characters in the first 4 kB")
    if not text or text.isspace():  # ``not text.strip()`` without the copy
        raise InvalidInput("empty input: no text")
    return text


def sibling_metadata(path: Path, data: bytes, max_bytes: int) -> bytes | None:
    """The companion ``metadata.xml`` lying beside XML or HTML file ``path`` (see
    :func:`kamerparse.readers._xml.sibling_metadata`), for :class:`RawInput`'s
    ``metadata``. A text letter has none, and lxml is imported only for XML or HTML."""
    if data.lstrip()[:1] != b"<":
        return None
    from kamerparse.readers._xml import sibling_metadata as find

    return find(path, data, max_bytes)


Reader = Callable[[RawInput], ReadResult]

#: format name -> "module:function" (imported on first use).
_REGISTRY: dict[str, str] = {
    "kamerstuk-text": "kamerparse.readers.text:read_kamerstuk_text",
    "ob-xml": "kamerparse.readers.ob_xml:read_ob_xml",
    "ob-html": "kamerparse.readers.ob_html:read_ob_html",
    "docx": "kamerparse.readers.docx:read_docx",
    "ob-page-text": "kamerparse.readers.text:read_ob_page_text",
    "letterhead-text": "kamerparse.readers.letterhead:read_letterhead_text",
}

FORMATS: tuple[str, ...] = tuple(_REGISTRY)


def register(name: str, target: str) -> None:
    """Register a reader ``"package.module:function"`` under format ``name``."""
    _REGISTRY[name] = target


def get_reader(name: str) -> Reader:
    try:
        target = _REGISTRY[name]
    except KeyError:
        raise UnknownFormat(
            f"unknown format {name!r}; known formats: {', '.join(sorted(_REGISTRY))}"
        ) from None
    module, _, func = target.partition(":")
    reader: Reader = getattr(importlib.import_module(module), func)
    return reader


def detect_format(raw: RawInput) -> str:
    """Pick the format of ``raw`` from its content."""
    from kamerparse.readers.detect import detect

    return detect(raw, frozenset(_REGISTRY))

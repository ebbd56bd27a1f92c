"""The public entry points: :func:`parse` and :func:`parse_file`."""

from __future__ import annotations

import datetime
import hashlib
import os
from pathlib import Path

from kamerparse.errors import InvalidInput, LetterDiagnosticsError
from kamerparse.readers import FORMATS, RawInput, detect_format, get_reader, sibling_metadata
from kamerparse.records import Letter, Severity, Source

#: Inputs larger than this many bytes raise InvalidInput before any work (8 MiB).
DEFAULT_MAX_BYTES = 8 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "parse", "parse_file"]


def parse(
    data: str | bytes,
    *,
    format: str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    metadata: bytes | None = None,
) -> Letter:
    """Parse one letter.

    ``data`` is the letter as text or bytes (any supported format; see
    :data:`FORMATS`). ``format`` overrides detection. ``reference_date`` resolves
    relative dates when the letter has no date of its own (the letter's date wins when
    present... unless given: see docs/timex.md). ``strict=True`` raises
    :class:`LetterDiagnosticsError` when any error or warning diagnostic is found;
    otherwise they are in ``Letter.diagnostics``. ``metadata`` is the publication
    site's ``metadata.xml`` belonging to an ``ob-xml`` input (``parse_file`` finds it
    beside the file); a disagreement with the document is a diagnostic.

    Raises :class:`InvalidInput` for empty, binary, undecodable or oversized input and
    for malformed or unsafe structured input; :class:`UnknownFormat` for an unknown
    ``format``.
    """
    text: str | None = None
    if isinstance(data, str):
        raw_bytes = _encode_str(data, max_bytes)
        text = data
    elif isinstance(data, bytes | bytearray | memoryview):
        raw_bytes = bytes(data)
        if len(raw_bytes) > max_bytes:
            raise InvalidInput(
                f"input too large: {len(raw_bytes)} bytes, the limit is {max_bytes} (max_bytes)"
            )
        if not raw_bytes.strip():
            raise InvalidInput(
                "empty input: no bytes" if not raw_bytes else "empty input: only white space"
            )
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    companion = None if metadata is None else bytes(metadata[: max_bytes + 1])
    raw = RawInput(raw_bytes, name, text=text, metadata=companion)
    fmt = format or detect_format(raw)
    reader = get_reader(fmt)
    result = reader(raw)
    source = Source(name=name, format=result.format, sha256=hashlib.sha256(raw_bytes).hexdigest())

    from kamerparse._pipeline import build_letter

    letter = build_letter(result, source=source, reference_date=reference_date)
    if strict:
        bad = [d for d in letter.diagnostics if d.severity in (Severity.ERROR, Severity.WARNING)]
        if bad:
            raise LetterDiagnosticsError(f"{len(bad)} problem(s) in {name or 'the letter'}", bad)
    return letter


def parse_file(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    strict: bool = False,
    reference_date: datetime.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Letter:
    """Parse the letter in file ``path`` (see :func:`parse`). The size limit is checked
    before the file is read."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        raise InvalidInput(f"cannot read {p}: {e.strerror}") from None
    if size > max_bytes:
        raise InvalidInput(f"input too large: {p} has {size} bytes, the limit is {max_bytes}")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InvalidInput(f"cannot read {p}: {e.strerror}") from None
    return parse(
        data,
        format=format,
        strict=strict,
        reference_date=reference_date,
        name=str(path),
        max_bytes=max_bytes,
        metadata=sibling_metadata(p, data, max_bytes),
    )


def _encode_str(text: str, max_bytes: int) -> bytes:
    """``text`` as UTF-8, checked for size first and for lone surrogates (which no
    decoded text holds) after."""
    too_large = InvalidInput(f"input too large: more than {max_bytes} bytes (max_bytes)")
    if len(text) > max_bytes:
        raise too_large
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
            raise too_large from None
        raise InvalidInput("undecodable input: the string holds lone surrogates") from None
    if len(data) > max_bytes:
        raise too_large
    return data

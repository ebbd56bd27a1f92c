"""The public entry points: :func:`parse` and :func:`parse_file`."""

from __future__ import annotations

import datetime
import hashlib
import os
from pathlib import Path

from kamerparse._gc import paused as paused_gc
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
    reference_date: datetime.date | str | None = None,
    name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    metadata: bytes | None = None,
) -> Letter:
    """Parse one letter.

    ``data`` is the letter as text or bytes (any supported format; see
    :data:`FORMATS`). ``format`` overrides detection. ``reference_date`` resolves
    relative dates when the letter has no date of its own (the letter's date wins when
    present... unless given: see docs/timex.md); a ``datetime.date`` or an ISO string
    ``"2022-12-01"`` (anything else raises ``TypeError``, a bad string ``ValueError``).
    ``strict=True`` raises
    :class:`LetterDiagnosticsError` when any error or warning diagnostic is found;
    otherwise they are in ``Letter.diagnostics``. ``metadata`` is the publication
    site's ``metadata.xml`` belonging to an ``ob-xml`` input (``parse_file`` finds it
    beside the file); a disagreement with the document is a diagnostic.

    Raises :class:`InvalidInput` for empty, binary, undecodable or oversized input, for
    PDF (with how to get its text), and for malformed or unsafe structured input;
    :class:`UnknownFormat` for an unknown ``format``.
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
    _refuse_pdf(raw_bytes)
    reference_date = _reference_date(reference_date)
    companion = None if metadata is None else bytes(metadata[: max_bytes + 1])
    raw = RawInput(raw_bytes, name, text=text, metadata=companion)
    fmt = format or detect_format(raw)
    reader = get_reader(fmt)
    from kamerparse._pipeline import build_letter

    with paused_gc():  # no cycles are made: see kamerparse._gc
        result = reader(raw)
        source = Source(
            name=name, format=result.format, sha256=hashlib.sha256(raw_bytes).hexdigest()
        )
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
    reference_date: datetime.date | str | None = None,
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


#: What to do with a PDF (kamerparse reads text, XML, HTML and Word, not PDF).
PDF_HINT = (
    "PDF input: kamerparse reads text, XML, HTML and Word files, not PDF. Extract the "
    "text keeping its layout, `pdftotext -layout letter.pdf letter.txt` (poppler-utils), "
    "and parse the .txt (the kamerstuk-text and letterhead-text layouts, docs/layouts.md); "
    "for a Kamerstuk the publication site's XML or HTML is better still (docs/formats.md)"
)


def _refuse_pdf(data: bytes) -> None:
    if data[:1024].lstrip().startswith(b"%PDF-"):
        raise InvalidInput(PDF_HINT)


def _reference_date(value: object) -> datetime.date | None:
    """``reference_date`` as a date: a ``date`` as is (a ``datetime``'s date), an ISO string
    parsed; anything else is a ``TypeError``, a string that is no date a ``ValueError``."""
    if value is None or type(value) is datetime.date:
        return value
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"reference_date: not an ISO date YYYY-MM-DD: {value!r}") from None
    raise TypeError(
        "reference_date must be a datetime.date or an ISO date string 'YYYY-MM-DD', "
        f"not {type(value).__name__}"
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

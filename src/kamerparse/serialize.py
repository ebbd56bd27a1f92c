"""Letter -> JSON-able dict, and JSON text. Kept apart from the records on purpose.

Conventions: spans as ``[start, end]``; dates as ISO ``YYYY-MM-DD``; enums as their
values; ``Decimal`` amounts as strings (``"3500000"``) so no precision is lost; absent
values as ``null``; nothing found as ``[]``. Keys are sorted when dumped.
"""

from __future__ import annotations

import datetime
import enum
import json
from decimal import Decimal
from typing import Any

import attrs

from kamerparse import records
from kamerparse.records import Letter, Span

#: Bumped when the JSON shape changes incompatibly (major) or gains keys (minor).
SCHEMA_VERSION = "1.0"

#: Record fields not written to JSON.
_SKIP = frozenset({"offsets", "blocks", "dateline", "title_span"})


def to_jsonable(letter: Letter) -> dict[str, Any]:
    """The letter as a dict of JSON types, in the shape of schemas/letter.schema.json."""
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for f in attrs.fields(Letter):
        if f.name in _SKIP:
            continue
        out[f.name] = _value(getattr(letter, f.name))
    dl = letter.dateline
    out["place"] = dl.place if dl else None
    out["date"] = dl.date.isoformat() if dl and dl.date else None
    out["dateline"] = _value(dl)
    out["title_span"] = _value(letter.title_span)
    return out


#: Characters ``str.splitlines`` (and some JSON Lines readers) treat as line breaks; JSON
#: allows them raw inside strings, but we escape them so one letter stays one line.
_LINE_BREAKS = (("\u0085", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def to_json(letter: Letter, *, indent: int | None = None) -> str:
    """The letter as JSON text: :func:`dumps` of :func:`to_jsonable`."""
    return dumps(to_jsonable(letter), indent=indent)


def dumps(record: Any, *, indent: int | None = None) -> str:
    """JSON text of a JSON-able value the way kamerparse writes it: keys sorted, UTF-8
    characters kept as they are, except U+0085, U+2028 and U+2029, which are escaped so
    that a JSON line never splits."""
    text = json.dumps(record, ensure_ascii=False, indent=indent, sort_keys=True)
    for char, escaped in _LINE_BREAKS:
        if char in text:  # rare: a C-speed scan, not a per-character translate
            text = text.replace(char, escaped)
    return text


def _record_fields() -> dict[type, tuple[str, ...]]:
    """Each record class of :mod:`kamerparse.records` and the names of its fields that
    are written, in declaration order (a table built once at import)."""
    table: dict[type, tuple[str, ...]] = {}
    for cls in vars(records).values():
        if isinstance(cls, type) and attrs.has(cls):
            table[cls] = tuple(a.name for a in attrs.fields(cls) if a.name not in _SKIP)
    return table


_FIELDS = _record_fields()
_PLAIN = frozenset({str, int, bool, type(None)})


def _value(v: object) -> Any:
    t = type(v)
    if t in _PLAIN:
        return v
    if t is Span:
        return [v.start, v.end]  # type: ignore[attr-defined]
    if t is tuple:
        return [_value(x) for x in v]  # type: ignore[attr-defined]
    names = _FIELDS.get(t)
    if names is not None:
        return {n: _value(getattr(v, n)) for n in names}
    return _other(v)


def _other(v: object) -> Any:
    """The rarer values: enums, dates, decimals, subclasses and records from elsewhere."""
    if isinstance(v, enum.Enum):
        return v.value
    if v is None or isinstance(v, bool | int | str):
        return v
    if isinstance(v, Span):
        return [v.start, v.end]
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return _decimal(v)
    if isinstance(v, tuple):
        return [_value(x) for x in v]
    if attrs.has(type(v)):
        return {
            a.name: _value(getattr(v, a.name))
            for a in attrs.fields(type(v))  # type: ignore[arg-type]
            if a.name not in _SKIP
        }
    raise TypeError(f"cannot serialise {type(v).__name__}")


def _decimal(d: Decimal) -> str:
    """``Decimal('3.5E+6')`` -> ``"3500000"``; ``Decimal('0.50')`` -> ``"0.5"``."""
    text = format(d.normalize(), "f")
    return text

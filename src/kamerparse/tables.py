"""Letters as tables: one row per record, for pandas, spreadsheets and Parquet.

Six tables (:data:`TABLES`), each one row per record of a letter:

========================  =============================================================
``letters``               one row per letter
``events``                ``Letter.events`` (:class:`~kamerparse.records.DatedEvent`)
``references``            ``Letter.references``
``mandates``              ``Letter.mandates``
``contributions``         ``Letter.contributions``
``signatories``           ``Letter.signatories``
========================  =============================================================

Every row starts with the letter's columns ``source`` (``source.name``), ``dossier``
(the first dossier's number), ``stuk`` (the stuk number) and ``date`` (the letter's
date), then the record's own fields in declaration order, then ``span_start``,
``span_end`` and ``span_text`` (``Letter.text[span_start:span_end]``). The columns are
derived from the record classes, so a field added to a record is a column of its table:

* a span field other than ``span`` (``sentence``) gives ``<name>_start`` and ``<name>_end``;
* enums are their values, dates ISO dates, amounts exact decimals;
* tuples (``conditions``, ``composition``, ...) are JSON text (``[]`` when empty);
* a field named like a letter column is prefixed with the record's name
  (references' own ``dossier`` is ``reference_dossier``).

The ``letters`` table has the letter's scalar fields and the number of records of each
kind (``n_events``, ...); its span is the whole text.

Rows are made from a letter's JSON-able dict (:func:`kamerparse.to_jsonable`, a JSON
Lines line, a Dask bag element), so the tables of a parsed archive need no re-parse.
:func:`to_frames` (pandas, ``pip install 'kamerparse[tables]'``) and :func:`write_parquet`
(pyarrow) give typed columns; :func:`write_csv` needs nothing but the standard library.
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import IO, Any, Literal

import attrs

from kamerparse import records
from kamerparse.records import Letter, Span
from kamerparse.serialize import dumps, to_jsonable

__all__ = ["TABLES", "Column", "columns", "rows", "to_frames", "write_csv", "write_parquet"]

Kind = Literal["str", "int", "bool", "date", "decimal", "json"]

#: The letter's columns that begin every row.
LETTER_COLUMNS = ("source", "dossier", "stuk", "date")

#: Each record table: the letter field it lists and the record class of its rows.
_RECORD_TABLES: dict[str, tuple[str, type]] = {
    "events": ("events", records.DatedEvent),
    "references": ("references", records.Reference),
    "mandates": ("mandates", records.MandateDecision),
    "contributions": ("contributions", records.Contribution),
    "signatories": ("signatories", records.Signatory),
}

#: The table names, ``letters`` first.
TABLES = ("letters", *_RECORD_TABLES)


@attrs.frozen(kw_only=True)
class Column:
    """One column: its ``name``, its ``kind`` and where its value is in the record dict
    (``key``; ``part`` 0/1 for the start/end of a span field)."""

    name: str
    kind: Kind
    key: str
    part: int | None = None


def _kind(tp: Any) -> Kind | Literal["span"]:
    """The column kind of a record field's (resolved) type."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        return _kind(args[0]) if len(args) == 1 else "json"
    if typing.get_origin(tp) is tuple:
        return "json"
    if tp is Span:
        return "span"
    if isinstance(tp, type):
        if issubclass(tp, bool):
            return "bool"
        if issubclass(tp, enum.Enum | str):
            return "str"
        if issubclass(tp, int):
            return "int"
        if issubclass(tp, datetime.date):
            return "date"
        if issubclass(tp, Decimal):
            return "decimal"
    return "json"


def _letter_columns() -> tuple[Column, ...]:
    return tuple(
        Column(name=n, kind="date" if n == "date" else "str", key=n) for n in LETTER_COLUMNS
    )


def _record_columns(table: str, cls: type) -> tuple[Column, ...]:
    attrs.resolve_types(cls)
    singular = table[:-3] + "y" if table.endswith("ies") else table.rstrip("s")
    out = list(_letter_columns())
    span_seen = False
    for f in attrs.fields(cls):
        kind = _kind(f.type)
        if kind == "span":
            if f.name == "span":
                span_seen = True
                continue
            out.append(Column(name=f"{f.name}_start", kind="int", key=f.name, part=0))
            out.append(Column(name=f"{f.name}_end", kind="int", key=f.name, part=1))
            continue
        name = f"{singular}_{f.name}" if f.name in LETTER_COLUMNS else f.name
        out.append(Column(name=name, kind=kind, key=f.name))
    if span_seen:
        out.append(Column(name="span_start", kind="int", key="span", part=0))
        out.append(Column(name="span_end", kind="int", key="span", part=1))
        out.append(Column(name="span_text", kind="str", key="span_text"))
    return tuple(out)


_LETTERS_EXTRA: tuple[tuple[str, Kind], ...] = (
    ("format", "str"),
    ("sha256", "str"),
    ("document_type", "str"),
    ("vergaderjaar", "str"),
    ("chamber", "str"),
    ("dossiers", "json"),
    ("reprint", "bool"),
    ("title", "str"),
    ("place", "str"),
    ("addressee", "str"),
    ("senders", "json"),
    *((f"n_{name}", "int") for name in ("sections", "footnotes", *_RECORD_TABLES)),
    ("n_diagnostics", "int"),
    ("span_start", "int"),
    ("span_end", "int"),
)


@functools.cache
def _all_columns() -> dict[str, tuple[Column, ...]]:
    """Every table's columns, derived from the record classes once, on first use."""
    return {
        "letters": _letter_columns()
        + tuple(Column(name=n, kind=k, key=n) for n, k in _LETTERS_EXTRA),
        **{t: _record_columns(t, cls) for t, (_, cls) in _RECORD_TABLES.items()},
    }


def columns(table: str) -> tuple[Column, ...]:
    """The columns of ``table`` (one of :data:`TABLES`), in order."""
    try:
        return _all_columns()[table]
    except KeyError:
        raise ValueError(f"no table {table!r}: one of {', '.join(TABLES)}") from None


def rows(letter: Letter | Mapping[str, Any], table: str) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` for one letter (a :class:`Letter` or its JSON-able dict), as
    dicts of JSON values (ISO dates and decimal amounts as strings, tuples as JSON text).
    An error record (an input that failed) has no rows."""
    cols = columns(table)
    record = to_jsonable(letter) if isinstance(letter, Letter) else letter
    if "error" in record and "text" not in record:
        return
    head = _head(record)
    text = record.get("text")
    if table == "letters":
        yield {c.name: _letter_value(record, c.name, head, text) for c in cols}
        return
    for item in record.get(_RECORD_TABLES[table][0]) or ():
        row: dict[str, Any] = dict(head)
        for c in cols[len(LETTER_COLUMNS) :]:
            if c.key == "span_text":
                span = item.get("span")
                row[c.name] = text[span[0] : span[1]] if span and text is not None else None
            elif c.part is not None:
                span = item.get(c.key)
                row[c.name] = span[c.part] if span else None
            else:
                row[c.name] = _cell(item.get(c.key), c.kind)
        yield row


def _head(record: Mapping[str, Any]) -> dict[str, Any]:
    dossiers = record.get("dossiers") or ()
    stuk = record.get("stuk")
    return {
        "source": (record.get("source") or {}).get("name"),
        "dossier": dossiers[0]["number"] if dossiers else None,
        "stuk": stuk["number"] if stuk else None,
        "date": record.get("date"),
    }


def _letter_value(
    record: Mapping[str, Any], name: str, head: Mapping[str, Any], text: str | None
) -> Any:
    if name in head:
        return head[name]
    if name in ("format", "sha256"):
        return (record.get("source") or {}).get(name)
    if name == "dossiers":
        return _cell([d["number"] for d in record.get("dossiers") or ()], "json")
    if name == "senders":
        return _cell([s["role"] for s in record.get("senders") or ()], "json")
    if name == "reprint":
        stuk = record.get("stuk")
        return stuk["reprint"] if stuk else None
    if name == "addressee":
        addressee = record.get("addressee")
        return addressee["text"] if addressee else None
    if name.startswith("n_"):
        return len(record.get(name[2:]) or ())
    if name == "span_start":
        return 0 if text is not None else None
    if name == "span_end":
        return len(text) if text is not None else None
    return record.get(name)


def _cell(value: Any, kind: Kind) -> Any:
    if kind == "json":
        if value is None:
            return None
        return dumps(value)
    return value


# --- output ------------------------------------------------------------------------------


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def write_csv(
    stream: IO[str], table: str, row_iter: Iterable[Mapping[str, Any]], *, header: bool = True
) -> int:
    """Write rows of ``table`` as CSV (a header line first unless ``header=False``):
    empty for null, ``true``/``false``, ISO dates. Returns the number of rows."""
    import csv

    writer = csv.writer(stream, lineterminator="\n")
    names = [c.name for c in columns(table)]
    if header:
        writer.writerow(names)
    n = 0
    for row in row_iter:
        writer.writerow([_csv_text(row.get(name)) for name in names])
        n += 1
    return n


def _typed(value: Any, kind: Kind) -> Any:
    """A JSON row value as the Python value of its kind (``date``, ``Decimal``)."""
    if value is None:
        return None
    if kind == "date":
        return datetime.date.fromisoformat(value)
    if kind == "decimal":
        return Decimal(value)
    return value


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types_ = {
        "str": pa.string(),
        "json": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "decimal": pa.decimal128(38, 6),
    }
    return pa.schema([(c.name, types_[c.kind]) for c in columns(table)])


def write_parquet(
    target: Any, table: str, row_iter: Iterable[Mapping[str, Any]], *, batch_rows: int = 10_000
) -> int:
    """Write rows of ``table`` as Parquet to ``target`` (a path or binary file), in row
    groups of ``batch_rows``; needs pyarrow. Returns the number of rows."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError(
            "Parquet output needs pyarrow: pip install 'kamerparse[tables]' (or pyarrow)"
        ) from None
    schema = _arrow_schema(table)
    cols = columns(table)
    n = 0
    with pq.ParquetWriter(target, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in row_iter:
            batch.append({c.name: _typed(row.get(c.name), c.kind) for c in cols})
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


def to_frames(letters: Iterable[Letter | Mapping[str, Any]]) -> dict[str, Any]:
    """Every table of ``letters`` (:class:`Letter` objects or their JSON-able dicts) as a
    pandas ``DataFrame``, keyed by table name (:data:`TABLES`, all present even when
    empty). Dates are ``datetime64`` columns, counts and offsets nullable ``Int64``,
    flags nullable ``boolean``, amounts ``float64`` (the exact amount is ``amount_text``
    and, in CSV and Parquet, a decimal). Needs pandas: ``pip install 'kamerparse[tables]'``.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_frames needs pandas: pip install 'kamerparse[tables]'") from None
    collected: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for letter in letters:
        record = to_jsonable(letter) if isinstance(letter, Letter) else letter
        for table in TABLES:
            collected[table].extend(rows(record, table))
    dtypes = {"int": "Int64", "bool": "boolean", "decimal": "float64"}
    frames: dict[str, Any] = {}
    for table, table_rows in collected.items():
        cols = columns(table)
        frame = pd.DataFrame.from_records(table_rows, columns=[c.name for c in cols])
        for c in cols:
            if c.kind == "date":
                frame[c.name] = pd.to_datetime(frame[c.name], format="ISO8601")
            elif c.kind in dtypes:
                frame[c.name] = frame[c.name].astype(dtypes[c.kind])
        frames[table] = frame
    return frames

"""kamerparse.tables: one row per record, as CSV (stdlib), pandas frames and Parquet.

Checked on the seed and, when present, on every corpus letter: each table has one row
per record, every row's ``span_text`` is the record's text, and the row's fields are the
record's values.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import kamerparse
from kamerparse import records, tables
from kamerparse._cli import main
from paths import REPO_ROOT, corpus_paths

RECORD_TABLES = {
    "events": records.DatedEvent,
    "references": records.Reference,
    "mandates": records.MandateDecision,
    "contributions": records.Contribution,
    "signatories": records.Signatory,
}


def _letters(seed_path: Path) -> list[kamerparse.Letter]:
    return [kamerparse.parse_file(p) for p in [seed_path, *corpus_paths()]]


def test_every_record_field_is_a_column() -> None:
    for table, cls in RECORD_TABLES.items():
        names = [c.name for c in tables.columns(table)]
        assert names[:4] == ["source", "dossier", "stuk", "date"]
        assert names[-3:] == ["span_start", "span_end", "span_text"]
        assert len(names) == len(set(names)), table
        for f in attrs.fields(cls):
            if f.name == "span":
                continue
            assert (
                f.name in names
                or f"{f.name}_start" in names
                or any(n.endswith("_" + f.name) for n in names)
            ), (table, f.name)
    assert "reference_dossier" in [c.name for c in tables.columns("references")]


def test_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no table 'nope'"):
        tables.columns("nope")


def test_rows_are_the_records(seed_path: Path) -> None:
    for letter in _letters(seed_path):
        data = kamerparse.to_jsonable(letter)
        head = {
            "source": letter.source.name,
            "dossier": letter.dossiers[0].number if letter.dossiers else None,
            "stuk": letter.stuk.number if letter.stuk else None,
            "date": letter.date.isoformat() if letter.date else None,
        }
        for table in RECORD_TABLES:
            got = list(tables.rows(letter, table))
            items = getattr(letter, table)
            assert len(got) == len(items), (letter.source.name, table)
            for row, item, item_json in zip(got, items, data[table], strict=True):
                assert {k: row[k] for k in head} == head
                assert (row["span_start"], row["span_end"]) == (item.span.start, item.span.end)
                assert row["span_text"] == item.span.of(letter.text)
                for c in tables.columns(table)[4:]:
                    if c.key == "span_text":
                        continue
                    value = item_json[c.key]
                    if c.part is not None:
                        assert row[c.name] == (value[c.part] if value else None)
                    elif c.kind == "json":
                        assert json.loads(row[c.name]) == value
                    else:
                        assert row[c.name] == value, (table, c.name)
        (row,) = tables.rows(letter, "letters")
        assert {k: row[k] for k in head} == head
        assert (row["span_start"], row["span_end"]) == (0, len(letter.text))
        assert row["document_type"] == letter.document_type.value
        for table in RECORD_TABLES:
            assert row[f"n_{table}"] == len(getattr(letter, table))


def test_rows_from_a_json_line_equal_rows_from_the_letter(seed_path: Path) -> None:
    letter = kamerparse.parse_file(seed_path)
    line = json.loads(kamerparse.to_json(letter))
    for table in tables.TABLES:
        assert list(tables.rows(line, table)) == list(tables.rows(letter, table))


def test_an_error_record_has_no_rows() -> None:
    error = {"source": {"name": "x"}, "error": {"type": "InvalidInput", "message": "m"}}
    assert all(list(tables.rows(error, t)) == [] for t in tables.TABLES)


def test_csv_reads_back_as_the_rows(seed_path: Path) -> None:
    letter = kamerparse.parse_file(seed_path)
    for table in tables.TABLES:
        expected = list(tables.rows(letter, table))
        out = io.StringIO()
        assert tables.write_csv(out, table, expected) == len(expected)
        back = list(csv.DictReader(io.StringIO(out.getvalue())))
        assert [list(r) for r in back[:1]] == [[c.name for c in tables.columns(table)]][
            : len(back[:1])
        ]
        assert len(back) == len(expected)
        for got, row in zip(back, expected, strict=True):
            want = {
                k: "" if v is None else ("true" if v is True else "false" if v is False else str(v))
                for k, v in row.items()
            }
            assert got == want


def test_cli_table_csv_over_several_inputs(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    files = [str(seed_path), str(bad), *map(str, corpus_paths())]
    code = main(["--table", "events", "--csv", "--jobs", "1", *files])
    out, err = capsys.readouterr()
    assert code == 1  # the bad input; the others are in the table
    assert "bad.txt: InvalidInput error" in err
    back = list(csv.DictReader(io.StringIO(out)))
    letters = [kamerparse.parse_file(f) for f in files if f != str(bad)]
    assert len(back) == sum(len(letter.events) for letter in letters)
    assert {r["source"] for r in back} <= set(files) - {str(bad)}
    first = letters[0].events[0]
    assert back[0]["value"] == first.value
    assert back[0]["span_text"] == first.span.of(letters[0].text)


@pytest.mark.parametrize(
    "argv",
    [
        ["--csv"],
        ["--table", "events", "--no-text"],
        ["--table", "events", "--fields", "date"],
        ["--table", "events", "--jsonl"],
        ["--table", "events", "--html"],
        ["--table", "nope"],
    ],
)
def test_table_usage_errors(
    argv: list[str], seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, str(seed_path)]) == 2
    assert "error:" in capsys.readouterr().err


def test_to_frames_types_and_shapes(seed_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    letters = _letters(seed_path)
    frames = kamerparse.to_frames(letters)
    assert set(frames) == set(tables.TABLES)
    assert len(frames["letters"]) == len(letters)
    for table in RECORD_TABLES:
        frame = frames[table]
        assert list(frame.columns) == [c.name for c in tables.columns(table)]
        assert len(frame) == sum(len(getattr(letter, table)) for letter in letters)
        assert str(frame["span_start"].dtype) == "Int64"
        assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    events = frames["events"]
    assert pd.api.types.is_datetime64_any_dtype(events["earliest"])
    money = frames["contributions"]
    assert money["amount"].dtype == "float64"
    assert float(letters[0].contributions[0].amount) == money["amount"].iloc[0]
    # a letter without records still gives every table, with its columns
    empty = kamerparse.to_frames([kamerparse.parse("Hierbij bied ik u de nota aan.\n")])
    assert len(empty["letters"]) == 1
    assert len(empty["mandates"]) == 0
    assert list(empty["mandates"].columns) == [c.name for c in tables.columns("mandates")]


def test_parquet_round_trip_keeps_types(seed_path: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    letter = kamerparse.parse_file(seed_path)
    target = tmp_path / "c.parquet"
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT / "src"))
    with target.open("wb") as f:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kamerparse",
                "--table",
                "contributions",
                "--parquet",
                str(seed_path),
            ],
            stdout=f,
            env=env,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0
    back: list[dict[str, Any]] = pq.read_table(target).to_pylist()
    assert len(back) == len(letter.contributions)
    assert [r["amount"] for r in back] == [c.amount for c in letter.contributions]
    assert back[0]["date"] == letter.date
    assert back[0]["span_text"] == letter.contributions[0].span.of(letter.text)


def test_parquet_without_pyarrow_is_a_clear_usage_error(
    seed_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a)
    )
    assert main(["--table", "events", "--parquet", str(seed_path)]) == 2
    assert "--parquet needs pyarrow" in capsys.readouterr().err


@pytest.mark.corpus
@pytest.mark.parametrize("table", tables.TABLES)
def test_cli_table_of_the_corpus_has_a_row_per_record(
    table: str, corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--table", table, "--jobs", "2", "--glob", "*.txt", str(corpus_dir)])
    out, _ = capsys.readouterr()
    assert code == 0
    back = list(csv.DictReader(io.StringIO(out)))
    paths = [p for p in corpus_paths() if p.suffix == ".txt"]
    letters = [kamerparse.parse_file(p) for p in paths]
    if table == "letters":
        assert [r["source"] for r in back] == [str(p) for p in paths]
        assert {r["document_type"] for r in back} >= {"letter"}
        return
    assert len(back) == sum(len(getattr(letter, table)) for letter in letters)
    by_source = {letter.source.name: letter for letter in letters}
    for row in back:
        letter = by_source[row["source"]]
        start, end = int(row["span_start"]), int(row["span_end"])
        assert row["span_text"] == letter.text[start:end]

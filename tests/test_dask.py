"""The optional Dask extra: paths and fsspec URLs -> a dask.bag of letter dicts.

Runs on dask's local process scheduler; skipped when dask is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import kamerparse
from kamerparse.batch import parse_paths

pytest.importorskip("dask.bag")
pytest.importorskip("fsspec")

from kamerparse.contrib.dask import to_bag


@pytest.fixture
def inputs(tmp_path: Path, seed_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    shutil.copy(seed_path, d / "b.md")
    shutil.copy(seed_path, d / "sub" / "a.md")
    (d / "broken.md").write_bytes(b"\x00\x01binary")
    (d / "skipped.txt").write_text("not matched by the glob")
    return d


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_bag_on_process_scheduler_matches_the_cli_records(inputs: Path) -> None:
    bag: Any = to_bag([inputs, inputs / "missing.md"], glob="*.md", partition_size=1)
    assert bag.npartitions == 4
    records = bag.compute(scheduler="processes", num_workers=2)
    names = [r["source"]["name"] for r in records]
    expected_names = [
        str(inputs / "b.md"),
        str(inputs / "broken.md"),
        str(inputs / "sub" / "a.md"),
        str(inputs / "missing.md"),
    ]
    assert names == expected_names
    assert [("error" in r) for r in records] == [False, True, False, True]
    assert records[1]["error"]["type"] == "InvalidInput"
    # the same records as the batch engine (and so the CLI) gives
    batch = [r.record for r in parse_paths(expected_names)]
    assert json.dumps(records, sort_keys=True) == json.dumps(batch, sort_keys=True)
    letter = kamerparse.parse_file(inputs / "b.md")
    assert records[0] == kamerparse.to_jsonable(letter)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_fsspec_urls_are_read_on_the_workers(inputs: Path) -> None:
    url = f"file://{inputs}/sub/*.md"  # a glob URL: expanded by fsspec on the client
    memory = "memory://kst/letter.md"
    import fsspec

    with fsspec.open(memory, "wb") as f:
        f.write((inputs / "b.md").read_bytes())
    bag: Any = to_bag([url, memory])
    records = bag.compute(scheduler="sync")
    assert [("error" in r) for r in records] == [False, False]
    assert records[0]["source"]["name"] == f"file://{inputs}/sub/a.md"
    assert records[1]["source"]["name"] in (memory, "memory:///kst/letter.md")
    assert records[1]["text"] == kamerparse.parse_file(inputs / "b.md").text


def test_oversized_url_is_an_error_record() -> None:
    import fsspec

    with fsspec.open("memory://kst/big.txt", "wb") as f:
        f.write(b"Den Haag, 3 maart 2023\n\n" + b"tekst " * 1000)
    bag: Any = to_bag("memory://kst/big.txt", max_bytes=100)
    (record,) = bag.compute(scheduler="sync")
    assert record["error"]["type"] == "InvalidInput"
    assert "too large" in record["error"]["message"]


def test_core_library_does_not_import_dask() -> None:
    code = (
        "import sys, kamerparse, kamerparse.batch, kamerparse._cli; "
        "kamerparse.parse('Den Haag, 3 maart 2023\\n\\nHierbij.'); "
        "assert 'dask' not in sys.modules and 'fsspec' not in sys.modules"
    )
    src = str(Path(__file__).resolve().parent.parent / "src")
    subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {src!r}); {code}"], check=True
    )


def test_local_globs_are_expanded_without_file_url(inputs: Path) -> None:
    bag: Any = to_bag(str(inputs / "**" / "*.md"))
    records = bag.compute(scheduler="sync")
    names = [r["source"]["name"] for r in records]
    assert names == sorted(str(p) for p in inputs.rglob("*.md"))
    nothing: Any = to_bag(str(inputs / "*.nothing"))
    (missing,) = nothing.compute(scheduler="sync")
    assert missing["error"]["type"] == "InvalidInput"

"""The command line (``python -m kamerparse``) and the batch engine behind it.

Most tests run :func:`kamerparse._cli.main` in-process; stdin and the real exit status
go through a subprocess. Runs with ``--jobs 2`` start worker processes.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamerparse
from kamerparse import _cli, batch
from kamerparse._cli import main
from paths import CORPUS_DIR, REPO_ROOT

# Forking a process that runs threads warns on Python >= 3.12; the workers here are short.
fork_ok = pytest.mark.filterwarnings("ignore:.*fork.*:DeprecationWarning")

DIAG_LINE = re.compile(r"^(?P<name>.+): (?P<code>\S+) (?P<severity>error|warning|info) .*$")
ERROR_LINE = re.compile(r"^(?P<name>.+): (?P<type>\w+) error \S.*$")
SUMMARY = re.compile(
    r"^kamerparse: (?P<files>\d+) files: (?P<kinds>0 parsed|\d+ \w+(, \d+ \w+)*);"
    r" (?P<errors>\d+) errors(, (?P<skipped>\d+) skipped)?, [\d.]+ s, [\d.]+ files/s$"
)


def kinds_of(m: re.Match[str]) -> dict[str, int]:
    """The summary's parsed inputs by document type: ``{"letters": 2, "report": 1}``
    (plural unless one)."""
    if m["kinds"] == "0 parsed":
        return {}
    return {kind: int(n) for n, kind in (part.split(" ") for part in m["kinds"].split(", "))}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def run_process(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ)
    src = str(REPO_ROOT / "src")
    env["PYTHONPATH"] = src + os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else src
    return subprocess.run(
        [sys.executable, "-m", "kamerparse", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )


def lines_of(out: str) -> list[dict[str, Any]]:
    """The JSON Lines of ``out``, split on ``\\n`` only (what JSON Lines readers do)."""
    return [json.loads(line) for line in out.split("\n") if line]


def name_of(record: dict[str, Any]) -> str:
    name: str = record["source"]["name"]
    return name


@pytest.fixture
def letters_dir(tmp_path: Path, seed_path: Path) -> Path:
    """A folder of real letters (the seed in each format, plus the corpus when present),
    copied at run time, so a batch has several letters even without the corpus."""
    d = tmp_path / "letters"
    d.mkdir()
    shutil.copy(seed_path, d / "seed.md")
    fixtures = Path(__file__).resolve().parent / "fixtures"
    for suffix in (".xml", ".html", ".docx"):
        shutil.copy(fixtures / f"kst-29521-AZ{suffix}", d / f"seed{suffix}")
    if CORPUS_DIR.is_dir():
        for layout in sorted(CORPUS_DIR.iterdir()):
            if layout.is_dir():
                shutil.copytree(layout, d / layout.name)
    return d


# --- one file --------------------------------------------------------------------------


def test_one_file_prints_the_letter_as_one_json_object(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(seed_path)], capsys)
    assert code == 0
    expected = kamerparse.to_json(kamerparse.parse_file(seed_path))
    assert out == expected + "\n"
    assert json.loads(out)["source"]["name"] == str(seed_path)
    assert "kamerparse:" not in err  # no summary line for a single file


def test_indent_pretty_prints(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--indent", "2", str(seed_path)], capsys)
    assert code == 0
    assert out == kamerparse.to_json(kamerparse.parse_file(seed_path), indent=2) + "\n"
    assert out.startswith('{\n  "')


def test_diagnostics_go_to_stderr_one_line_each(
    letters_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--jobs", "1", str(letters_dir)], capsys)
    records = lines_of(out)
    expected = [
        f"{name_of(r)}: {d['code']} {d['severity']} {' '.join(d['message'].split())}"
        for r in records
        if "error" not in r
        for d in r["diagnostics"]
    ]
    err_lines = err.splitlines()
    diag_lines = [line for line in err_lines if DIAG_LINE.match(line)]
    assert diag_lines == expected
    assert code == (1 if any("error" in r for r in records) else 0)


def test_format_override(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--format", "ob-page-text", str(seed_path)], capsys)
    assert code == 0
    assert json.loads(out)["source"]["format"] == "ob-page-text"


def test_max_bytes_refuses_large_input(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["--max-bytes", "1000", str(seed_path)], capsys)
    assert code == 1
    (record,) = lines_of(out)
    assert record["error"]["type"] == "InvalidInput"
    assert "1000" in record["error"]["message"]
    assert ERROR_LINE.match(err.strip())


def test_strict_turns_warnings_into_a_failed_input(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_letter = tmp_path / "shopping.txt"
    not_a_letter.write_text("Melk, brood en kaas.\n\nNiet vergeten: de fiets.\n", "utf-8")
    lenient = kamerparse.parse_file(not_a_letter)
    warnings = [d for d in lenient.diagnostics if d.severity in ("error", "warning")]
    assert warnings  # text that is no parliamentary document says so
    code, out, err = run(["--jobs", "1", str(not_a_letter)], capsys)
    assert code == 0
    code, out, err = run(["--strict", "--jobs", "1", str(not_a_letter)], capsys)
    assert code == 1
    (record,) = lines_of(out)
    assert record["error"]["type"] == "LetterDiagnosticsError"
    assert warnings[0].code in record["error"]["message"]
    assert ERROR_LINE.match(err.strip())


# --- several files: order, errors, exit codes ------------------------------------------


def test_several_files_give_json_lines_in_input_order(
    letters_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in letters_dir.rglob("*") if p.is_file())
    files.reverse()  # any order given is the order printed
    code, out, err = run(["--jobs", "1", *files], capsys)
    records = lines_of(out)
    assert [name_of(r) for r in records] == files
    assert len(out.splitlines()) == len(files)
    m = SUMMARY.match(err.splitlines()[-1])
    assert m is not None
    assert int(m["files"]) == len(files)
    assert sum(kinds_of(m).values()) + int(m["errors"]) == len(files)
    assert code == (1 if int(m["errors"]) else 0)
    by_type: dict[str, int] = {}
    for r in records:
        if "error" not in r:
            by_type[r["document_type"]] = by_type.get(r["document_type"], 0) + 1
    assert kinds_of(m) == {
        kind if kind == "other" or n == 1 else kind + "s": n for kind, n in by_type.items()
    }


def test_a_bad_file_gives_an_error_line_and_the_run_goes_on(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    args = [str(missing), str(seed_path), str(binary), str(empty)]
    code, out, err = run(["--jobs", "1", *args], capsys)
    assert code == 1
    records = lines_of(out)
    assert [name_of(r) for r in records] == args
    for r in (records[0], records[2], records[3]):
        assert set(r) == {"source", "error"}
        assert r["error"]["type"] == "InvalidInput"
        assert r["error"]["message"]
    assert "error" not in records[1]
    assert records[1]["schema_version"] == kamerparse.SCHEMA_VERSION
    error_lines = [line for line in err.splitlines() if ERROR_LINE.match(line)]
    assert [ERROR_LINE.match(line)["name"] for line in error_lines] == [  # type: ignore[index]
        args[0],
        args[2],
        args[3],
    ]
    assert SUMMARY.match(err.splitlines()[-1])


def test_unicode_line_separators_keep_one_letter_on_one_line(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = seed_path.read_text("utf-8").replace(" Sahel", "\u2028Sahel", 3)
    odd = tmp_path / "odd.md"
    odd.write_text(text.replace("Den Haag,", "Den\u0085Haag,", 1), "utf-8")
    code, out, _ = run(["--jsonl", str(odd), str(seed_path)], capsys)
    assert code == 0
    assert out.count("\n") == 2
    assert all(ch not in out for ch in "\u0085\u2028\u2029")
    assert len(out.splitlines()) == 2  # even for readers that split on every line break
    assert "\u2028" in lines_of(out)[0]["text"]


def test_all_good_exits_zero(seed_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--jsonl", str(seed_path), str(seed_path)], capsys)
    assert code == 0
    assert len(lines_of(out)) == 2
    m = SUMMARY.match(err.splitlines()[-1])
    assert m is not None
    assert (m["files"], kinds_of(m), m["errors"]) == ("2", {"letters": 2}, "0")


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--format", "no-such-format", "x.txt"],
        ["--reference-date", "25-11-2022", "x.txt"],
        ["--max-bytes", "0", "x.txt"],
        ["--jobs", "0", "x.txt"],
        ["--jsonl", "--indent", "2", "x.txt"],
        ["--resume", "x.txt"],
        ["-", "--files-from", "-"],
        ["--files-from", "/no/such/list.txt"],
        ["--no-such-option", "x.txt"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert "usage:" in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert "--jobs" in out


def test_quiet_silences_diagnostics_and_summary_but_not_errors(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["-q", str(seed_path), str(tmp_path / "missing.txt")], capsys)
    assert code == 1
    (line,) = err.splitlines()
    assert ERROR_LINE.match(line)


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    letters_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(_cli, "PROGRESS_EVERY", 0.0)
    _, _, err = run(["--jobs", "1", str(letters_dir)], capsys)
    assert "\r" not in err


def test_progress_bar_on_a_terminal(
    letters_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli, "PROGRESS_AFTER", 0.0)
    monkeypatch.setattr(_cli, "PROGRESS_EVERY", 0.0)
    monkeypatch.setattr(_cli, "_isatty", lambda stream: True)
    _, out, err = run(["--jobs", "1", str(letters_dir)], capsys)
    assert "\r[#" in err  # the bar, on stderr
    assert "\r" not in out  # nothing but JSON on stdout
    assert all(json.loads(line) for line in out.splitlines())


def test_no_progress_bar_for_a_short_run_even_on_a_terminal(
    letters_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cli, "PROGRESS_AFTER", 3600.0)
    monkeypatch.setattr(_cli, "_isatty", lambda stream: True)
    _, _, err = run(["--jobs", "1", str(letters_dir)], capsys)
    assert "\r" not in err
    _, _, err = run(["--quiet", "--jobs", "1", str(letters_dir)], capsys)
    assert "\r" not in err


# --- directories -----------------------------------------------------------------------


def test_directories_are_walked_sorted_with_glob(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    for rel in ("b.md", "a.md", "sub/c.md", "sub/notes.txt", ".hidden.md", ".git/x.md"):
        shutil.copy(seed_path, d / rel)
    code, out, _ = run(["--jobs", "1", "--glob", "*.md", str(d)], capsys)
    assert code == 0
    names = [name_of(r) for r in lines_of(out)]
    assert names == [str(d / "a.md"), str(d / "b.md"), str(d / "sub" / "c.md")]
    _, out, _ = run(["--jobs", "1", str(d)], capsys)  # default: every (visible) file
    assert len(lines_of(out)) == 4


def test_iter_inputs_keeps_missing_paths_in_place(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("x")
    items = list(batch.iter_inputs([tmp_path / "nope.txt", tmp_path]))
    assert [i.name for i in items] == [str(tmp_path / "nope.txt"), str(tmp_path / "x.txt")]
    assert items[1].relpath == "x.txt"


# --- determinism and parallelism -------------------------------------------------------


def test_output_is_byte_identical_across_runs_and_jobs(letters_dir: Path) -> None:
    one = run_process(["--jsonl", "--jobs", "1", str(letters_dir)])
    again = run_process(["--jsonl", "--jobs", "1", str(letters_dir)])
    two = run_process(["--jsonl", "--jobs", "2", str(letters_dir)])
    assert one.stdout, one.stderr.decode()
    assert one.stdout == again.stdout == two.stdout
    assert one.returncode == two.returncode
    # and the same bytes the library gives for each file
    for line in one.stdout.decode("utf-8").split("\n")[:-1]:
        record = json.loads(line)
        if "error" not in record:
            letter = kamerparse.parse_file(name_of(record))
            assert line == kamerparse.to_json(letter)


@fork_ok
def test_parse_paths_keeps_input_order_with_workers(letters_dir: Path, tmp_path: Path) -> None:
    files: list[str | os.PathLike[str]] = [
        p for p in sorted(letters_dir.rglob("*")) if p.is_file()
    ]
    files.insert(1, tmp_path / "missing.txt")
    serial = list(batch.parse_paths(files, jobs=1))
    parallel = list(batch.parse_paths(files, jobs=2, chunksize=1, window=2))
    assert [r.name for r in parallel] == [os.fspath(p) for p in files]
    assert [json.dumps(r.record, sort_keys=True) for r in parallel] == [
        json.dumps(r.record, sort_keys=True) for r in serial
    ]
    assert not parallel[1].ok
    assert parallel[1].error is not None
    assert parallel[1].error["type"] == "InvalidInput"


@fork_ok
def test_parse_paths_reads_inputs_lazily_within_a_window(seed_path: Path) -> None:
    """Memory stays flat: only a bounded number of inputs is taken ahead of the output."""
    pulled = 0

    def endless() -> Iterator[Path]:
        nonlocal pulled
        while True:
            pulled += 1
            yield seed_path

    results = batch.parse_paths(endless(), jobs=2, chunksize=1, window=3)
    assert isinstance(results, Generator)
    for n, result in enumerate(results, start=1):
        assert result.ok
        assert pulled <= n + 3 + 2  # the window, plus the two looked at before starting
        if n == 8:
            break
    results.close()


def test_parse_paths_rejects_no_workers() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(batch.parse_paths(["x"], jobs=0))


# --- stdin and --files-from ------------------------------------------------------------


def test_dash_reads_one_document_from_stdin(seed_path: Path) -> None:
    proc = run_process(["-"], stdin=seed_path.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout)
    assert record["source"]["name"] == "-"
    expected = kamerparse.to_jsonable(kamerparse.parse(seed_path.read_bytes(), name="-"))
    assert record == expected


def test_unreadable_stdin_exits_1_with_one_line(tmp_path: Path) -> None:
    proc = run_process(["-"], stdin=b"\x00\x01\x02binary")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["error"]["type"] == "InvalidInput"
    (line,) = proc.stderr.decode().splitlines()
    assert line.startswith("-: InvalidInput error ")


def test_usage_error_exit_status_is_2() -> None:
    proc = run_process(["--jobs", "x"])
    assert proc.returncode == 2
    assert proc.stdout == b""


def test_files_from_a_list(
    letters_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in letters_dir.rglob("*") if p.is_file())[:5]
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(files[:3]) + "\n\n" + "\n".join(files[3:]) + "\n")
    code, out, _ = run(["--jobs", "1", "--files-from", str(listing)], capsys)
    assert [name_of(r) for r in lines_of(out)] == files
    assert code in (0, 1)


def test_files_from_stdin_with_xargs_style_input(letters_dir: Path, seed_path: Path) -> None:
    listing = f"{seed_path}\n{letters_dir / 'seed.md'}\n".encode()
    proc = run_process(["--jobs", "2", "--files-from", "-"], stdin=listing)
    assert proc.returncode == 0, proc.stderr.decode()
    names = [name_of(r) for r in lines_of(proc.stdout.decode())]
    assert names == [str(seed_path), str(letters_dir / "seed.md")]


# --- --output and --resume -------------------------------------------------------------


def test_output_dir_writes_one_json_per_input(
    letters_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    (letters_dir / "broken.txt").write_bytes(b"\x00" * 10)
    code, out, err = run(["--jobs", "1", "--output", str(out_dir), str(letters_dir)], capsys)
    assert out == ""  # nothing on stdout
    assert code == 1  # broken.txt
    inputs = sorted(p.relative_to(letters_dir) for p in letters_dir.rglob("*") if p.is_file())
    written = sorted(p.relative_to(out_dir) for p in out_dir.rglob("*") if p.is_file())
    assert written == sorted(
        Path(str(rel) + ".json") for rel in inputs if rel.name != "broken.txt"
    )
    seed_json = json.loads((out_dir / "seed.md.json").read_text("utf-8"))
    assert seed_json == kamerparse.to_jsonable(kamerparse.parse_file(letters_dir / "seed.md"))
    assert any(
        line.startswith(f"{letters_dir / 'broken.txt'}: InvalidInput error")
        for line in err.splitlines()
    )
    assert not list(out_dir.rglob("*.tmp"))


def test_resume_skips_done_inputs_and_redoes_newer_ones(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.md", "b.md", "c.md"):
        shutil.copy(seed_path, src / name)
    out_dir = tmp_path / "out"
    code, _, _ = run(["--jobs", "1", "-o", str(out_dir), str(src)], capsys)
    assert code == 0
    # a.md's output is stale (input newer); b.md's output is missing; c.md is done
    os.utime(src / "a.md", ns=(2**62, 2**62))
    (out_dir / "b.md.json").unlink()
    c_before = (out_dir / "c.md.json").stat().st_mtime_ns
    os.utime(out_dir / "c.md.json", ns=(c_before, c_before))
    code, _, err = run(["--jobs", "1", "-o", str(out_dir), "--resume", str(src)], capsys)
    assert code == 0
    m = SUMMARY.match(err.splitlines()[-1])
    assert m is not None
    assert (m["files"], m["skipped"]) == ("2", "1")
    assert (out_dir / "b.md.json").is_file()
    assert (out_dir / "c.md.json").stat().st_mtime_ns == c_before


def test_output_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.json"
    target.write_text("old")

    def failing_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        _cli._write_atomic(target, "new")
    assert target.read_text() == "old"  # never half-written
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]  # no temp left
    monkeypatch.undo()
    _cli._write_atomic(target, "new")
    assert target.read_text() == "new"


@fork_ok
@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the crash is injected by patching the parent, which only forked workers inherit",
)
def test_a_worker_that_dies_costs_only_its_own_input(
    seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch.parse_input

    def crash_on_poison(item: batch.Input, options: batch.Options) -> batch.BatchResult:
        if item.name.endswith("poison.md"):
            os._exit(3)  # the worker process dies, as when killed for memory
        return real(item, options)

    monkeypatch.setattr(batch, "parse_input", crash_on_poison)
    poison = tmp_path / "poison.md"
    shutil.copy(seed_path, poison)
    files = [seed_path, seed_path, poison, seed_path, seed_path, seed_path]
    results = list(batch.parse_paths(files, jobs=2, chunksize=3, window=2))
    assert [r.name for r in results] == [str(p) for p in files]
    assert [r.ok for r in results] == [True, True, False, True, True, True]
    assert results[2].error is not None
    assert results[2].error["type"] == "WorkerCrashed"


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.binary(max_size=3_000) | st.text(max_size=3_000).map(str.encode))
def test_any_file_gives_one_json_line_and_exit_0_or_1(
    data: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "input.txt"
    target.write_bytes(data)
    code = main(["--jsonl", str(target)])
    out, err = capsys.readouterr()
    (record,) = lines_of(out)
    assert name_of(record) == str(target)
    assert code == (1 if "error" in record else 0)
    for line in err.splitlines():
        assert DIAG_LINE.match(line) or ERROR_LINE.match(line), line


def test_output_dir_inside_the_input_folder_is_not_parsed(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(seed_path, src / "a.md")
    (src / "zz-out").mkdir()
    (src / "zz-out" / "old.json").write_text("{}")
    code, _, err = run(["--jobs", "1", "-o", str(src / "zz-out"), str(src)], capsys)
    assert code == 0
    m = SUMMARY.match(err.splitlines()[-1])
    assert m is not None
    assert m["files"] == "1"
    assert sorted(p.name for p in (src / "zz-out").iterdir()) == ["a.md.json", "old.json"]


def test_stdin_with_output_dir(
    tmp_path: Path,
    seed_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed_path.read_bytes())))
    code, out, _ = run(["-o", str(tmp_path / "out"), "-"], capsys)
    assert code == 0
    assert out == ""
    written = json.loads((tmp_path / "out" / "stdin.json").read_text("utf-8"))
    assert written["source"]["name"] == "-"
    assert written["text"] == kamerparse.parse_file(seed_path).text

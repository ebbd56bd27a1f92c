"""Command-line options for trimming the JSON and for stderr, ``--version``, and the
failures of the output itself (a directory that cannot be made, a full disk)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kamerparse
from kamerparse._cli import main
from paths import REPO_ROOT


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def run_process(args: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT / "src"))
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "kamerparse", *args],
        capture_output="stdout" not in kw,
        env=env,
        timeout=300,
        check=False,
        **kw,
    )


def test_no_text_leaves_out_the_text_only(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, full, _ = run([str(seed_path)], capsys)
    code, out, _ = run(["--no-text", str(seed_path)], capsys)
    assert code == 0
    whole, trimmed = json.loads(full), json.loads(out)
    assert "text" not in trimmed
    del whole["text"]
    assert trimmed == whole
    assert len(out) < len(full) * 0.75


def test_fields_keeps_only_the_named_keys(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00")
    code, out, _ = run(["--fields", "source, date,events", str(seed_path), str(bad)], capsys)
    assert code == 1
    first, second = (json.loads(line) for line in out.splitlines())
    assert sorted(first) == ["date", "events", "source"]
    letter = kamerparse.to_jsonable(kamerparse.parse_file(seed_path))
    assert first["events"] == letter["events"]
    assert sorted(second) == ["error", "source"]  # error records are kept whole
    code, out, _ = run(["--fields", "text,date", "--no-text", str(seed_path)], capsys)
    assert list(json.loads(out)) == ["date"]


def test_fields_with_an_unknown_name_lists_the_names(
    seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--fields", "date,nope", str(seed_path)], capsys)
    assert code == 2
    assert "unknown field 'nope'" in err
    assert "vergaderjaar" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0
    assert out.strip() == f"kamerparse {kamerparse.__version__}"
    from importlib import metadata

    try:
        assert kamerparse.__version__ == metadata.version("kamerparse")
    except metadata.PackageNotFoundError:
        assert kamerparse.__version__ == "0+unknown"


def _letter_with_diagnostics(tmp_path: Path) -> Path:
    """A letter whose parse has info and warning diagnostics (no addressee, no signature)."""
    path = tmp_path / "letter.txt"
    path.write_text(
        "BRIEF VAN DE MINISTER VAN DEFENSIE\n\nDen Haag, 3 maart 2023\n\n"
        "Hierbij bied ik u de nota aan.\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("level", "shown"),
    [
        ("info", {"error", "warning", "info"}),
        ("warning", {"error", "warning"}),
        ("error", {"error"}),
        ("none", set()),
    ],
)
def test_diagnostics_threshold(
    level: str, shown: set[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _letter_with_diagnostics(tmp_path)
    severities = {d.severity.value for d in kamerparse.parse_file(path).diagnostics}
    assert len(severities) >= 2  # the test means something
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    code, out, err = run(["--diagnostics", level, str(path), str(bad)], capsys)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith(str(path) + ":")]
    assert {line.split(" ")[2] for line in lines} == severities & shown
    assert f"{bad}: InvalidInput error" in err  # failed inputs are always reported
    assert err.splitlines()[-1].startswith("kamerparse: 2 files")
    # the JSON keeps every diagnostic whatever the threshold
    assert len(json.loads(out.splitlines()[0])["diagnostics"]) == len(
        kamerparse.parse_file(path).diagnostics
    )


def test_dash_twice_names_the_real_problem(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["-", "-"], capsys)
    assert code == 2
    assert "- given more than once" in err
    assert "--files-from" not in err.splitlines()[-1]
    code, _, err = run(["-", "--files-from", "-"], capsys)
    assert code == 2
    assert "- and --files-from - given together" in err


def test_output_dir_that_cannot_be_made_is_a_clear_error(seed_path: Path) -> None:
    done = run_process(["-o", "/proc/nope", str(seed_path)])
    assert done.returncode == 3
    assert b"Traceback" not in done.stderr
    assert (
        done.stderr.decode()
        .strip()
        .splitlines()[-1]
        .startswith("kamerparse: --output: cannot create /proc/nope:")
    )


def test_output_file_that_cannot_be_written_is_a_clear_error(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (out / f"{seed_path.name}.json").mkdir(parents=True)  # a directory where the file goes
    code, _, err = run(["-o", str(out), str(seed_path)], capsys)
    assert code == 3
    assert "kamerparse: cannot write" in err


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("extra", [[], ["--table", "events"], ["--html"]])
def test_full_disk_is_a_clear_error(seed_path: Path, extra: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = run_process([*extra, str(seed_path)], stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 3
    err = done.stderr.decode()
    assert "Traceback" not in err
    assert err.strip().splitlines() == [
        "kamerparse: cannot write to stdout: No space left on device"
    ]

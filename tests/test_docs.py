"""The docs' examples work: docs/layouts.md's letters parse as the docs say, the Dask
example in docs/cli.md runs as pasted, README's commands are the ones CI runs."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kamerparse

LAYOUTS = Path(__file__).resolve().parent.parent / "docs" / "layouts.md"


def _examples() -> list[tuple[str, str]]:
    """(layout heading's format name, example text) for each ```text block."""
    doc = LAYOUTS.read_text(encoding="utf-8")
    out = []
    for section in re.split(r"^## ", doc, flags=re.M)[1:]:
        m = re.match(r"[^\n]*\((?P<fmt>[a-z-]+)\)", section)
        for block in re.findall(r"```text\n(.*?)```", section, flags=re.S):
            out.append((m.group("fmt") if m else "", block))
    return out


EXAMPLES = _examples()


def test_every_layout_has_an_example() -> None:
    assert {fmt for fmt, _ in EXAMPLES} >= {"kamerstuk-text", "ob-page-text", "letterhead-text"}


@pytest.mark.parametrize(("fmt", "text"), EXAMPLES, ids=[f for f, _ in EXAMPLES])
def test_layout_example_parses(fmt: str, text: str) -> None:
    letter = kamerparse.parse(text)
    assert letter.source.format == fmt
    assert letter.document_type is kamerparse.records.DocumentType.LETTER
    assert letter.date is not None
    assert letter.signatories and letter.signatories[0].name == "A.B. de Vries"
    assert [f.number for f in letter.footnotes] == ["1"]
    assert all(f.refs for f in letter.footnotes)
    assert "samenwerkingsover-" not in letter.text


# --- docs/cli.md and README.md -------------------------------------------------------------

ROOT = LAYOUTS.parent.parent
CLI_DOC = ROOT / "docs" / "cli.md"


def _python_block(doc: Path, heading: str) -> str:
    """The first ```python block after ``heading`` in ``doc``."""
    text = doc.read_text(encoding="utf-8")
    after = text[text.index(heading) :]
    m = re.search(r"```python\n(.*?)```", after, flags=re.S)
    assert m is not None
    return m.group(1)


def test_the_dask_example_runs_as_pasted(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("fsspec")
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    script = tmp_path / "count.py"
    script.write_text(_python_block(CLI_DOC, "### Dask"), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seed = kamerparse.parse_file(ROOT / "samples" / "kst-29521-AZ.md")
    assert done.stdout.strip() == repr([(seed.vergaderjaar, 1)])
    lines = [
        json.loads(line)
        for part in sorted((tmp_path / "parsed").glob("*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert [r["source"]["name"] for r in lines] == ["samples/kst-29521-AZ.md"]
    assert "error" not in lines[0]


def _commands(doc: Path) -> list[str]:
    return [
        line.strip()
        for block in re.findall(r"```sh\n(.*?)```", doc.read_text(encoding="utf-8"), flags=re.S)
        for line in block.splitlines()
        if line.strip()
    ]


def test_readme_set_up_commands_and_ci_install_line() -> None:
    commands = _commands(ROOT / "README.md")
    assert "python3 -m venv .venv && . .venv/bin/activate" in commands
    assert (
        "python3 -m pip install -e . && python3 -m kamerparse samples/kst-29521-AZ.md --indent 2"
        in commands
    )
    test_command = "python3 -m pip install -e '.[test,dask,tables]' && python3 -m pytest -q"
    assert test_command in commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    install = test_command.split(" && ", maxsplit=1)[0]
    assert [line for line in ci if "pip install" in line] == [install]
    assert "python3 -m pytest -q || status=$?" in ci

"""Golden files: each sample's JSON output against ``samples/<name>.expected.json``.

Run ``pytest --update-golden`` to rewrite them, then review the diff before committing.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

import kamerparse
from paths import SAMPLES_DIR, sample_paths

SAMPLES = sample_paths()


def _golden_path(sample: Path) -> Path:
    return sample.with_name(sample.name + ".expected.json")


def _golden_text(sample: Path) -> str:
    """The sample's output as the golden file holds it.

    ``parse`` with the name relative to the repository (``samples/<name>``) rather than
    ``parse_file``, whose ``source.name`` is the path as given (absolute here), so the
    golden file is the same on every machine; test_properties checks that ``parse_file``
    gives the same output as ``parse`` of the file's bytes.
    """
    letter = kamerparse.parse(
        sample.read_bytes(), name=f"samples/{sample.name}"
    )
    return kamerparse.to_json(letter, indent=2) + "\n"


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_golden(sample: Path, update_golden: bool) -> None:
    golden = _golden_path(sample)
    actual = _golden_text(sample)
    if update_golden:
        golden.write_text(actual, encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(f"{golden.name} is missing: run pytest --update-golden and review it")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=golden.name,
                tofile="actual",
                n=2,
            )
        )
        pytest.fail(f"output differs from {golden.name}:\n{diff[:6000]}")


def test_samples_exist() -> None:
    assert SAMPLES, "samples/ holds no sample letter"


def test_every_golden_has_its_sample() -> None:
    names = {p.name for p in SAMPLES}
    orphans = [
        g.name
        for g in SAMPLES_DIR.glob("*.expected.json")
        if g.name.removesuffix(".expected.json") not in names
    ]
    assert not orphans, f"golden files without a sample: {orphans}"

"""Shared fixtures and options for the kamerparse test suite.

* ``--update-golden`` rewrites ``samples/<name>.expected.json`` from the current output
  (review the diff before committing it).
* ``corpus_dir``: the real letters in ``../shared/corpus`` (relative to the repository
  root); tests that use it are skipped when the folder is absent.
* ``seed_path``: the seed letter, ``samples/kst-29521-AZ.md``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from paths import CORPUS_DIR, SEED_PATH


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite samples/*.expected.json from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"corpus folder {CORPUS_DIR} is absent")
    return CORPUS_DIR


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED_PATH.is_file():
        pytest.skip(f"seed letter {SEED_PATH} is absent")
    return SEED_PATH

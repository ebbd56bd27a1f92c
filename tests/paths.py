"""Where the test data lives (importable by test modules via ``pythonpath = ["tests"]``)."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"
SEED_PATH = SAMPLES_DIR / "kst-29521-AZ.md"
SCHEMA_PATH = REPO_ROOT / "schemas" / "letter.schema.json"


def sample_paths() -> list[Path]:
    """Every sample letter: any file in samples/ but golden files and READMEs."""
    if not SAMPLES_DIR.is_dir():
        return []
    return sorted(
        p
        for p in SAMPLES_DIR.iterdir()
        if p.is_file()
        and not p.name.endswith(".expected.json")
        and p.name.upper() not in ("README.MD", "README.TXT", "README")
        and not p.name.startswith(".")
    )


def corpus_paths() -> list[Path]:
    """Every letter in the corpus (README.md excluded), or [] when it is absent."""
    if not CORPUS_DIR.is_dir():
        return []
    return sorted(p for p in CORPUS_DIR.rglob("*") if p.is_file() and p.name != "README.md")


FIXTURES_DIR = REPO_ROOT / "tests" / "fixtures"


def fixture_paths() -> list[Path]:
    """The structured-format fixtures (XML, HTML, docx) other tests build, or []."""
    if not FIXTURES_DIR.is_dir():
        return []
    return sorted(p for p in FIXTURES_DIR.iterdir() if p.is_file() and not p.name.startswith("."))


#: The real publisher-made files (``../shared/real``: moties XML with gold, Word letters...).
REAL_DIR = REPO_ROOT.parent / "shared" / "real"

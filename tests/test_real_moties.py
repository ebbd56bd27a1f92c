"""All real OB XML moties in ``../shared/real/moties-xml`` against their ``gold.jsonl``.

The gold gives, per file, the fields taken from the file's own id and kop lines: type,
dossier, stuk, vergaderjaar, chamber, the ``Voorgesteld`` date and the first submitter's
surname (upper case, as the title prints it). The test prints a table of the fields
right and asserts the issue's floors: no error diagnostic in any file, type, dossier,
stuk, vergaderjaar, chamber and date right in at least 99% and the first submitter
among the signatories in at least 97%. It skips when the folder is absent.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import kamerparse
from kamerparse.records import Letter, Severity
from paths import REAL_DIR

MOTIES_DIR = REAL_DIR / "moties-xml"
FIELD_FLOOR = 0.99
SUBMITTER_FLOOR = 0.97
FIELDS = ("document_type", "dossier", "stuk", "vergaderjaar", "chamber", "date")


def fold(name: str) -> str:
    """Letters only, accents and case dropped (``Daniëlle`` == ``DANIELLE``,
    ``Martens-America`` == ``MARTENS – AMERICA``)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed.lower() if ch.isalpha())


def facts(letter: Letter) -> dict[str, Any]:
    return {
        "document_type": str(letter.document_type),
        "dossier": letter.dossiers[0].number if letter.dossiers else None,
        "stuk": letter.stuk.number if letter.stuk else None,
        "vergaderjaar": letter.vergaderjaar,
        "chamber": str(letter.chamber) if letter.chamber else None,
        "date": letter.date.isoformat() if letter.date else None,
    }


def has_submitter(letter: Letter, surname: str) -> bool:
    want = fold(surname)
    return any(s.name is not None and want in fold(s.name) for s in letter.signatories)


def _gold() -> list[dict[str, Any]]:
    path = MOTIES_DIR / "gold.jsonl"
    if not path.is_file():
        pytest.skip(f"real moties folder {MOTIES_DIR} is absent")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_real_moties_against_gold() -> None:
    gold = _gold()
    right: Counter[str] = Counter()
    wrong: dict[str, list[str]] = {}
    errors: list[str] = []
    for g in gold:
        letter = kamerparse.parse_file(Path(MOTIES_DIR, g["file"]))
        errors += [
            f"{g['file']}: {d.code}" for d in letter.diagnostics if d.severity is Severity.ERROR
        ]
        got = facts(letter)
        for field in FIELDS:
            if got[field] == g[field]:
                right[field] += 1
            else:
                wrong.setdefault(field, []).append(f"{g['file']}: {got[field]!r} != {g[field]!r}")
        if has_submitter(letter, g["first_submitter"]):
            right["first submitter"] += 1
        else:
            wrong.setdefault("first submitter", []).append(
                f"{g['file']}: {g['first_submitter']!r} not in "
                f"{[s.name for s in letter.signatories]!r}"
            )
    n = len(gold)
    print(f"\nreal moties: {n} files, {len(errors)} with errors")
    print(f"{'field':<17} {'right':>5} {'share':>7}")
    for field in (*FIELDS, "first submitter"):
        print(f"{field:<17} {right[field]:>5} {right[field] / n:>7.1%}")
        for line in wrong.get(field, [])[:5]:
            print(f"    {line}")
    assert not errors, errors[:10]
    for field in FIELDS:
        assert right[field] >= FIELD_FLOOR * n, (field, wrong.get(field, [])[:10])
    assert right["first submitter"] >= SUBMITTER_FLOOR * n, wrong.get("first submitter", [])[:10]

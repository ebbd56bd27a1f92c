"""The same letter gives the same fields from every format it exists in.

Real files (``../shared/real``): the real Word motie and a sample of the real XML
moties are read, their text written to a temporary text file and rendered again into
every structured format by ``tests/make_fixtures.py`` (publication XML, legacy
``kamerwrk``, the site's HTML, Word); every rendition must give the fields the real file
gave. (The real Word motie is not among the 400 XML moties, so XML and Word of one real
motie cannot be compared directly.) The corpus renditions are compared with their text
form in ``tests/test_structured.py``. Skips when the folders are absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kamerparse
from kamerparse.records import Letter
from make_fixtures import RENDERERS, spec_from_text, write_renditions
from paths import REAL_DIR

MOTIES = REAL_DIR / "moties-xml"
#: Every n-th real XML motie (sorted by name) is rendered again.
SAMPLE_EVERY = 40


def fields(letter: Letter) -> dict[str, Any]:
    return {
        "document_type": letter.document_type,
        "vergaderjaar": letter.vergaderjaar,
        "chamber": letter.chamber,
        "dossiers": [d.number for d in letter.dossiers],
        "stuk": letter.stuk.number if letter.stuk else None,
        "title": letter.title,
        "date": letter.date,
        "signatories": [(s.role, s.name) for s in letter.signatories],
        "addressee": letter.addressee.text if letter.addressee else None,
    }


def _real_files() -> list[Path]:
    out = []
    word = REAL_DIR / "formats" / "kst-36278-32.docx"
    if word.is_file():
        out.append(word)
    if MOTIES.is_dir():
        out += sorted(MOTIES.glob("*.xml"))[::SAMPLE_EVERY]
    return out


@pytest.mark.parametrize("path", _real_files(), ids=lambda p: p.name)
def test_real_file_and_its_renditions_agree(path: Path, tmp_path: Path) -> None:
    real = kamerparse.parse_file(path)
    want = fields(real)
    assert want["signatories"], "the real file gives its submitters"
    text = tmp_path / f"{path.stem}.txt"
    text.write_text(real.text, encoding="utf-8")
    assert fields(kamerparse.parse_file(text)) == want, "text form"
    spec = spec_from_text(text)
    renditions = write_renditions(spec, tmp_path / "out")
    assert set(renditions) == set(RENDERERS)
    for kind, rendered in renditions.items():
        got = fields(kamerparse.parse_file(rendered))
        bad = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
        assert not bad, f"{kind}: {bad}"

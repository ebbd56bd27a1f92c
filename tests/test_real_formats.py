"""Real publisher-made files in ``../shared/real/formats`` (skipped when absent).

Facts only (numbers, dates, names, roles), never text copied from the files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kamerparse
from kamerparse.records import DocumentType
from paths import REAL_DIR

FORMATS_DIR = REAL_DIR / "formats"


def real(name: str) -> Path:
    path = FORMATS_DIR / name
    if not path.is_file():
        pytest.skip(f"real file {path} is absent")
    return path


def test_legacy_kamerwrk() -> None:
    """Root ``kop/subtitel``, ``frontm/versie``, bare ``vergjaar``, ``ltrlabel`` beside
    ``nummer`` and hard newlines inside ``al``/``naam``/``titel``."""
    letter = kamerparse.parse_file(real("kst-24447-6.xml"))
    assert letter.source.format == "ob-xml"
    assert letter.vergaderjaar == "1995-1996"
    assert letter.stuk is not None and letter.stuk.number == "6"
    assert [d.number for d in letter.dossiers] == ["24447"]
    assert letter.title is not None and letter.title.startswith("MEMORIE VAN TOELICHTING")
    assert "\n" not in letter.title and letter.title.endswith("RAAD VAN STATE")
    assert letter.dossiers[0].title is not None and "\n" not in letter.dossiers[0].title
    assert letter.document_type is not DocumentType.LETTER
    assert not [d for d in letter.diagnostics if d.code == "markup-unknown-element"]
    # the nine numbered paragraphs are the section tree
    assert [s.number for s in letter.sections if s.number][:9] == [str(i) for i in range(1, 10)]


def test_staatsblad_page() -> None:
    """An XHTML page with an ``<?xml ...?>`` declaration and DOCTYPE, text in
    ``div#broodtekst`` without ``div.stuk``, a table of contents before it: parsed, and
    typed ``other`` (a decree, not a letter, not a Kamerstuk)."""
    path = real("ob-page-stb.html")
    letter = kamerparse.parse_file(path)
    assert letter.source.format == "ob-html"
    assert letter.document_type is DocumentType.OTHER
    assert letter.addressee is None and not letter.dossiers and letter.stuk is None
    assert letter.date is not None and letter.date.isoformat() == "2014-07-14"
    assert letter.dateline is not None and letter.dateline.place == "Wassenaar"
    assert [s.name for s in letter.signatories][:2] == ["R.H.A. Plasterk", "F. Teeven"]
    assert letter.signatories[0].role is not None
    assert letter.signatories[0].role.startswith("Minister van Binnenlandse Zaken")
    # the table of contents (links to the headings) is not read: each heading once
    assert letter.text.count("ARTIKEL II") == 1
    assert not [d for d in letter.diagnostics if d.severity == "error"]

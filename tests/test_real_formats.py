"""Real publisher-made files in ``../shared/real/formats`` (skipped when absent).

Facts only (numbers, dates, names, roles), never text copied from the files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


WORD_LETTERS = (
    "jenv-2024-05-16-brief-kamervragen-lahlah-chakor",
    "jenv-2024-07-25-brief-kamervragen-wolvega",
)


def _gold(stem: str) -> dict[str, Any]:
    path = FORMATS_DIR / "gold" / f"{stem}.json"
    if not path.is_file():
        pytest.skip(f"gold {path} is absent")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


#: References of the form ``Kamerstuk 35925-VI-56`` (dossier and number joined by
#: hyphens) are added to extract/references.py by helper h12b, not here.
def _hyphen_form(dossier: str) -> bool:
    return dossier.count("-") >= 1 and any(ch.isalpha() for ch in dossier)


@pytest.mark.parametrize("stem", WORD_LETTERS)
def test_word_letter_as_sent(stem: str) -> None:
    """A ministry letter as sent in Word against its gold: letterhead styles or the
    first-page header part, Datum and its value in separate paragraphs, the addressee
    over two paragraphs, role and name paragraphs as one signatory, answers after the
    signature not signatories, typed notes beside Word's own footnotes."""
    gold = _gold(stem)
    letter = kamerparse.parse_file(real(gold["file"]))
    assert letter.source.format == "docx"
    assert letter.document_type is DocumentType.LETTER
    assert letter.addressee is not None
    # the gold leaves out a leading ``Aan de``/``De``; the rest is the same
    assert _squash(letter.addressee.text).endswith(_squash(gold["addressee"]))
    assert letter.date is not None and letter.date.isoformat() == gold["date"]
    assert letter.chamber is not None and str(letter.chamber) == gold["chamber"]
    assert (letter.dateline.place if letter.dateline else None) == gold["place"]
    assert [(s.role, s.name) for s in letter.signatories] == [
        (s["role"], s["name"]) for s in gold["signatories"]
    ]
    assert [(f.number, f.text[: len(g["starts"])]) for f, g in zip(
        letter.footnotes, gold["footnotes"], strict=False
    )] == [(g["number"], g["starts"]) for g in gold["footnotes"]]
    assert len(letter.footnotes) == len(gold["footnotes"])
    assert sum(len(f.refs) for f in letter.footnotes) == gold["footnote_refs"]
    assert all(f.refs for f in letter.footnotes)
    assert not letter.dossiers and letter.stuk is None and letter.vergaderjaar is None
    got = {(r.dossier, r.number) for r in letter.references}
    want = {(g["dossier"], g["number"]) for g in gold["references"]}
    assert {w for w in want if not _hyphen_form(w[0])} <= got
    codes = {d.code for d in letter.diagnostics}
    assert not codes & {"no-date", "no-addressee", "no-signatories", "footnote-no-marker"}


def test_word_letter_hyphen_references() -> None:
    gold = _gold(WORD_LETTERS[0])
    letter = kamerparse.parse_file(real(gold["file"]))
    got = {(r.dossier, r.number) for r in letter.references}
    want = {(g["dossier"], g["number"]) for g in gold["references"]}
    assert want <= got


def test_word_letter_reads_field_results_not_instructions() -> None:
    """DOCPROPERTY/DOCVARIABLE fields: their result is text, their instruction is not."""
    letter = kamerparse.parse_file(real(f"{WORD_LETTERS[0]}.docx"))
    assert "DOCPROPERTY" not in letter.text and "DOCVARIABLE" not in letter.text
    assert "MERGEFORMAT" not in letter.text


def test_word_letter_answers_after_the_signature_are_body() -> None:
    """The attached answers to written questions follow the signature: their text is
    the letter's body (searched by the extractors), never a signature."""
    letter = kamerparse.parse_file(real(f"{WORD_LETTERS[1]}.docx"))
    sig = letter.signatories[0].span
    after = [b for b in letter.blocks if b.span.start > sig.end and b.zone is not None]
    assert after and all(b.zone in ("body", "footnote") for b in after)

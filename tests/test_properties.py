"""Properties every output must have, on every sample, corpus letter and format fixture.

* span integrity: every span of every record lies inside ``Letter.text``, and the record's
  value can be read back from the text its span covers;
* offsets: every span maps back into the input (``OffsetMap.span_to_source``), in order;
* determinism: two parses give byte-identical JSON;
* the JSON validates against ``schemas/letter.schema.json``;
* totality: any ``str`` or ``bytes`` gives a ``Letter`` or ``InvalidInput``, nothing else.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import kamerparse
from kamerparse import lexicon
from kamerparse.offsets import OffsetMap
from kamerparse.readers import decode_text
from kamerparse.records import (
    Addressee,
    Contribution,
    DatedEvent,
    DateLine,
    Diagnostic,
    Dossier,
    Footnote,
    Letter,
    PersonnelPart,
    Reference,
    Section,
    Sender,
    Signatory,
    Span,
    Stuk,
)
from paths import (
    CORPUS_DIR,
    FIXTURES_DIR,
    SCHEMA_PATH,
    corpus_paths,
    fixture_paths,
    sample_paths,
)

#: Every sample, every corpus letter, and the structured-format fixtures.
LETTERS = sample_paths() + corpus_paths() + fixture_paths()
IDS = [
    p.relative_to(CORPUS_DIR).as_posix()
    if p.is_relative_to(CORPUS_DIR)
    else f"fixtures/{p.name}"
    if p.is_relative_to(FIXTURES_DIR)
    else p.name
    for p in LETTERS
]

_SPACES = regex.compile(r"\s++")
_LEADING_ARTICLE = regex.compile(r"^(?:de|het)\s++", regex.IGNORECASE)
_NOT_ALNUM = regex.compile(r"[^\p{L}\p{N}]++")
_TAG = regex.compile(r"<[^<>]*+>")
#: the link between a role's title and its portfolio (``van``/``voor``), from the lexicon
_ROLE_LINK = regex.compile(
    r"\s(?:" + "|".join(regex.escape(w) for w in lexicon.ROLE_LINKS) + r")\s", regex.IGNORECASE
)


@cache
def _parse(path: Path) -> Letter:
    return kamerparse.parse_file(path)


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _norm(text: str) -> str:
    """Case-folded, whitespace collapsed, no leading article or trailing comma/colon."""
    text = _SPACES.sub(" ", text.replace("\u00ad", "")).strip().casefold()
    return _LEADING_ARTICLE.sub("", text).rstrip(",:; ")


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: ``29 521`` -> ``29521``, ``33 000 X`` -> ``33000x``."""
    return _NOT_ALNUM.sub("", text).casefold()


def _spans(obj: object, path: str = "letter") -> Iterator[tuple[str, object, str, Span]]:
    """Every span in ``obj``: (path, owning record, field name, span), recursively."""
    if not attrs.has(type(obj)):
        return
    for f in attrs.fields(cast(Any, type(obj))):
        if f.name == "offsets":
            continue
        value = getattr(obj, f.name)
        here = f"{path}.{f.name}"
        if isinstance(value, Span):
            yield here, obj, f.name, value
        elif isinstance(value, tuple):
            for i, item in enumerate(value):
                if isinstance(item, Span):
                    yield f"{here}[{i}]", obj, f.name, item
                else:
                    yield from _spans(item, f"{here}[{i}]")
        elif attrs.has(type(value)):
            yield from _spans(value, here)


def _value_checks(rec: object, covered: str) -> Iterator[tuple[str, bool]]:
    """(what, holds) for the value a record was read from and the text its span covers."""
    have = _norm(covered)
    if isinstance(rec, Section):
        if rec.number is not None:
            yield f"section number {rec.number!r}", rec.number.rstrip(".") in covered
        yield f"section title {rec.title!r}", _norm(rec.title) in have
    elif isinstance(rec, Signatory):
        if rec.name is not None:
            yield f"signatory name {rec.name!r}", _squash(rec.name) in _squash(covered)
        if rec.role is not None:
            yield f"signatory role {rec.role!r}", _squash(rec.role) in _squash(covered)
    elif isinstance(rec, Sender):
        # "DE MINISTER EN DE STAATSSECRETARIS VAN VWS": a sender's span may hold only its
        # title while the portfolio it shares is further on; "DE MINISTERS VAN DEFENSIE EN
        # VAN BUITENLANDSE ZAKEN": only its portfolio while the title is shared
        role = _norm(rec.role)
        title = role.split(" ", 1)[0].split(",", 1)[0]
        portfolio = _ROLE_LINK.split(role, maxsplit=1)[-1]
        yield f"sender role {rec.role!r}", title in have or portfolio in have
    elif isinstance(rec, Dossier):
        yield f"dossier {rec.number!r}", _squash(rec.number) in _squash(covered)
    elif isinstance(rec, Stuk):
        yield f"stuk {rec.number!r}", rec.number.casefold() in covered.casefold()
    elif isinstance(rec, Addressee):
        yield f"addressee {rec.text!r}", _norm(rec.text) in have
    elif isinstance(rec, DateLine):
        if rec.place is not None:
            yield f"place {rec.place!r}", _squash(rec.place) in _squash(covered)
    elif isinstance(rec, Footnote):
        yield f"footnote {rec.number} text", _norm(rec.text) in have
    elif isinstance(rec, DatedEvent):
        yield f"event text {rec.text!r}", _norm(rec.text) in have
    elif isinstance(rec, Reference):
        for part in (rec.dossier, rec.number):
            if part is not None:
                yield f"reference {rec.id} part {part!r}", _squash(part) in _squash(covered)
    elif isinstance(rec, Contribution):
        yield f"amount text {rec.amount_text!r}", _norm(rec.amount_text) in have
    elif isinstance(rec, PersonnelPart):
        yield f"personnel {rec.description!r}", _squash(rec.description) in _squash(covered)


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_span_integrity(path: Path) -> None:
    letter = _parse(path)
    n = len(letter.text)
    problems: list[str] = []
    for where, rec, name, span in _spans(letter):
        if not (0 <= span.start <= span.end <= n):
            problems.append(f"{where}: [{span.start}, {span.end}) outside text of length {n}")
            continue
        covered = span.of(letter.text)
        if isinstance(rec, Diagnostic):
            continue
        if not covered.strip():
            problems.append(f"{where}: covers only white space {covered!r}")
            continue
        if name == "span":
            for what, ok in _value_checks(rec, covered):
                if not ok:
                    problems.append(f"{where}: {what} not in {covered[:120]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_footnote_refs_are_markers(path: Path) -> None:
    from kamerparse.readers.base import to_superscript

    letter = _parse(path)
    for note in letter.footnotes:
        for ref in note.refs:
            assert ref.of(letter.text) == to_superscript(note.number), (note.number, ref)


def _source_text(path: Path) -> str:
    """The input as the text readers map offsets into (skips binary containers: docx)."""
    try:
        return decode_text(path.read_bytes())
    except kamerparse.InvalidInput:
        pytest.skip(f"{path.name} is not text: its offsets map into the extracted document")


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_offsets_map_into_input(path: Path) -> None:
    letter = _parse(path)
    offsets = letter.offsets
    assert isinstance(offsets, OffsetMap)
    source = _source_text(path)
    for where, _, _, span in _spans(letter):
        start, end = offsets.span_to_source(span)
        assert 0 <= start <= end <= len(source), (where, span, (start, end), len(source))
    whole = Span(start=0, end=len(letter.text))
    start, end = offsets.span_to_source(whole)
    assert 0 <= start <= end <= len(source)
    # records of one kind come in input order
    for kind in (letter.sections, letter.signatories, letter.footnotes, letter.senders):
        starts = [offsets.span_to_source(r.span)[0] for r in kind]
        assert starts == sorted(starts), (type(kind[0]).__name__, starts)


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_names_and_titles_map_back_to_input(path: Path) -> None:
    """A signatory's name and a section's title are in the input text their span maps to
    (markup tags aside, for the XML and HTML formats)."""
    letter = _parse(path)
    offsets = letter.offsets
    assert isinstance(offsets, OffsetMap)
    source = _source_text(path)
    for sig in letter.signatories:
        if sig.name is None:
            continue
        start, end = offsets.span_to_source(sig.span)
        raw = _TAG.sub("", source[start:end])
        assert _squash(sig.name) in _squash(raw), (sig, source[start:end])
    for sec in letter.sections:
        start, end = offsets.span_to_source(sec.span)
        raw = _TAG.sub("", source[start:end])
        assert _squash(sec.title) in _squash(raw), (sec, source[start:end])


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_deterministic(path: Path) -> None:
    data = path.read_bytes()
    first = kamerparse.to_json(kamerparse.parse(data, name=path.name))
    second = kamerparse.to_json(kamerparse.parse(data, name=path.name))
    assert first == second


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_json_validates_against_schema(path: Path) -> None:
    doc: Any = json.loads(kamerparse.to_json(_parse(path)))
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:20])


@pytest.mark.parametrize("path", LETTERS, ids=IDS)
def test_parse_file_equals_parse(path: Path) -> None:
    via_file = kamerparse.to_jsonable(kamerparse.parse_file(path))
    via_bytes = kamerparse.to_jsonable(kamerparse.parse(path.read_bytes(), name=str(path)))
    assert via_file == via_bytes


def _outcome(data: str | bytes) -> Letter | kamerparse.InvalidInput:
    try:
        return kamerparse.parse(data)
    except kamerparse.InvalidInput as e:
        return e


def _parse_total(data: str | bytes) -> None:
    letter = _outcome(data)
    if isinstance(letter, kamerparse.InvalidInput):
        assert str(letter), "InvalidInput without a message"
        return
    doc = json.loads(kamerparse.to_json(letter))
    errors = list(_validator().iter_errors(doc))
    assert not errors, [e.message for e in errors[:5]]
    for where, _, _, span in _spans(letter):
        assert 0 <= span.start <= span.end <= len(letter.text), where


_TOTALITY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

#: Text made of pieces letters are made of, so the parser's rules actually fire.
_LETTERISH = st.lists(
    st.sampled_from(
        [
            "Vergaderjaar 2022–2023",
            "**29 521**",
            "29 521 Nederlandse deelname",
            "Nr. 12",
            "AZ HERDRUK<sup>1</sup>",
            "BRIEF VAN DE MINISTER VAN DEFENSIE",
            "BRIEF VAN DE MINISTERS VAN",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Den Haag, 25 november 2022",
            "Den Haag, 31 februari 2022",
            "# **1. Inleiding**",
            "## 1.1",
            "1.",
            "<sup>2</sup>",
            "<sup></sup>",
            "X Noot",
            "XNoot",
            "1)",
            "aan1.",
            "---",
            "Naar boven",
            "Retouradres",
            "Datum 3 maart 2023",
            "Betreft",
            "Geachte Voorzitter,",
            "Hoogachtend,",
            "De Minister van Defensie,",
            "K.H. Ollongren",
            "Mede namens",
            "Pagina 1 van 8",
            "samenwerkingsover-",
            "",
            " ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "*",
            "²",
            "\u00ad",
        ]
    )
    | st.text(max_size=12),
    max_size=40,
).map("\n".join)


@_TOTALITY
@given(st.text(max_size=2000))
@example("<html><body><p>a</p><k§>x</body></html>")  # a tag name lxml refuses
@example("<html")
@example("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>")
@example("PK\x03\x04")
def test_total_on_any_text(data: str) -> None:
    _parse_total(data)


@_TOTALITY
@given(_LETTERISH)
def test_total_on_letter_like_text(data: str) -> None:
    _parse_total(data)


@_TOTALITY
@given(st.binary(max_size=2000))
def test_total_on_any_bytes(data: bytes) -> None:
    _parse_total(data)


@_TOTALITY
@given(_LETTERISH)
def test_strict_raises_only_documented_errors(data: str) -> None:
    """``strict=True`` raises InvalidInput or LetterDiagnosticsError, nothing else."""
    with contextlib.suppress(kamerparse.InvalidInput, kamerparse.LetterDiagnosticsError):
        kamerparse.parse(data, strict=True)


@pytest.mark.parametrize("fmt", kamerparse.FORMATS)
@_TOTALITY
@given(data=_LETTERISH)
def test_total_with_each_format(fmt: str, data: str) -> None:
    try:
        letter = kamerparse.parse(data, format=fmt)
    except kamerparse.InvalidInput:
        return
    assert isinstance(letter, Letter)

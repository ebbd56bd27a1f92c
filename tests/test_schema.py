"""The JSON Schema follows the records: same fields, same enum values, shipped copy identical."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator

from kamerparse import records
from kamerparse.serialize import SCHEMA_VERSION, to_jsonable
from paths import REPO_ROOT, SCHEMA_PATH

PACKAGED = REPO_ROOT / "src" / "kamerparse" / "letter.schema.json"

#: schema $defs name -> the record it describes
RECORDS: dict[str, type] = {
    "source": records.Source,
    "dossier": records.Dossier,
    "stuk": records.Stuk,
    "sender": records.Sender,
    "addressee": records.Addressee,
    "dateline": records.DateLine,
    "section": records.Section,
    "footnote": records.Footnote,
    "signatory": records.Signatory,
    "diagnostic": records.Diagnostic,
    "event": records.DatedEvent,
    "reference": records.Reference,
    "personnel_part": records.PersonnelPart,
    "mandate": records.MandateDecision,
    "contribution": records.Contribution,
}

#: (record, field) -> the enum its values come from
ENUM_FIELDS: dict[tuple[str, str], type[enum.Enum]] = {
    ("letter", "document_type"): records.DocumentType,
    ("diagnostic", "severity"): records.Severity,
    ("event", "type"): records.TimexType,
    ("event", "mod"): records.TimexMod,
    ("reference", "kind"): records.ReferenceKind,
    ("mandate", "action"): records.MandateAction,
    ("contribution", "recurrence"): records.Recurrence,
}

#: Top-level keys issue 2 promises to users.
TOP_LEVEL_KEYS = {
    "schema_version", "source", "text", "document_type", "vergaderjaar", "chamber",
    "dossiers", "stuk", "title", "title_span", "senders", "addressee", "place", "date",
    "dateline", "sections", "footnotes", "signatories", "events", "references", "mandates",
    "contributions", "diagnostics",
}  # fmt: skip


def _load(path: Path) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return _load(SCHEMA_PATH)


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_packaged_copy_is_identical() -> None:
    assert PACKAGED.read_bytes() == SCHEMA_PATH.read_bytes(), (
        "src/kamerparse/letter.schema.json differs from schemas/letter.schema.json"
    )


#: Letter fields that are not written to JSON (Python-only: the offset map, the blocks).
NOT_SERIALISED = {"offsets", "blocks"}


def test_top_level_keys(schema: dict[str, Any]) -> None:
    assert set(schema["properties"]) == TOP_LEVEL_KEYS
    assert set(schema["required"]) == TOP_LEVEL_KEYS
    assert schema["additionalProperties"] is False
    letter_fields = {f.name for f in attrs.fields(records.Letter)} - NOT_SERIALISED
    assert letter_fields | {"schema_version", "place", "date"} == TOP_LEVEL_KEYS


def test_serialised_keys_are_the_schema_keys() -> None:
    letter = records.Letter(
        text="x", source=records.Source(name=None, format="kamerstuk-text", sha256="0" * 64)
    )
    doc = to_jsonable(letter)
    assert set(doc) == TOP_LEVEL_KEYS
    Draft202012Validator(_load(SCHEMA_PATH)).validate(doc)


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_record_definition_follows_record(schema: dict[str, Any], name: str) -> None:
    definition = schema["$defs"][name]
    fields = {f.name for f in attrs.fields(RECORDS[name])}
    assert set(definition["properties"]) == fields, (
        f"$defs/{name} and records.{RECORDS[name].__name__} disagree: "
        f"only in schema {sorted(set(definition['properties']) - fields)}, "
        f"only in record {sorted(fields - set(definition['properties']))}"
    )
    assert set(definition["required"]) == fields
    assert definition["additionalProperties"] is False


def test_every_record_has_a_definition() -> None:
    described = set(RECORDS.values()) | {records.Letter, records.Span}
    all_records = {
        obj
        for obj in vars(records).values()
        if isinstance(obj, type) and attrs.has(obj) and obj.__module__ == records.__name__
    }
    assert all_records <= described, sorted(c.__name__ for c in all_records - described)


@pytest.mark.parametrize(("owner", "field"), sorted(ENUM_FIELDS))
def test_enum_values(schema: dict[str, Any], owner: str, field: str) -> None:
    props = schema["properties"] if owner == "letter" else schema["$defs"][owner]["properties"]
    node = props[field]
    allowed = {v for v in node["enum"] if v is not None}
    assert allowed == {m.value for m in ENUM_FIELDS[owner, field]}


def test_chamber_values(schema: dict[str, Any]) -> None:
    assert set(schema["$defs"]["chamber"]["enum"]) == {c.value for c in records.Chamber}


def test_schema_version_format() -> None:
    major, minor = SCHEMA_VERSION.split(".")
    assert major.isdigit() and minor.isdigit()

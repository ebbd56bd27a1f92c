"""The lexicon's integrity: immutable data only, twelve months, no duplicates, and its
cue lists are used by real letters."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

import pytest

from kamerparse import lexicon as lx
from paths import CORPUS_DIR, SEED_PATH

PUBLIC = {name: value for name, value in vars(lx).items() if name.isupper()}


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | frozenset):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, MappingProxyType):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)


def test_only_immutable_data() -> None:
    allowed = (str, int, tuple, frozenset, MappingProxyType)
    for name, value in PUBLIC.items():
        assert isinstance(value, allowed), f"lexicon.{name} is a {type(value).__name__}"


def test_twelve_months_with_unique_forms() -> None:
    assert len(lx.MONTHS) == 12
    forms = [f.lower() for month in lx.MONTHS for f in month]
    assert len(forms) == len(set(forms))
    assert [m[0] for m in lx.MONTHS][:3] == ["januari", "februari", "maart"]
    assert len(lx.WEEKDAYS) == 7


@pytest.mark.parametrize("name", sorted(n for n, v in PUBLIC.items() if isinstance(v, tuple)))
def test_no_duplicate_entries(name: str) -> None:
    value = PUBLIC[name]
    flat = [v for v in value if isinstance(v, str)]
    assert len(flat) == len(set(flat)), f"lexicon.{name} lists an entry twice"


def _real_letters() -> str:
    texts = [SEED_PATH.read_text(encoding="utf-8")]
    if CORPUS_DIR.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.rglob("*.txt"))]
    return "\n".join(texts)


@pytest.mark.parametrize(
    "name",
    [
        "MONTHS",
        "VERGADERJAAR_WORDS",
        "STUK_NUMBER_WORDS",
        "REPRINT_WORDS",
        "DOCUMENT_TYPES",
        "ROLE_TITLES",
        "PLACES",
        "ADDRESSEE_HEADS",
        "CHAMBER_NAMES",
    ],
)
def test_cue_lists_occur_in_real_letters(name: str) -> None:
    """Each structural cue list has words that real letters actually use."""
    text = _real_letters()
    assert any(s in text for s in _strings(PUBLIC[name])), f"no entry of lexicon.{name} occurs"


def test_corpus_cues_occur_when_corpus_present() -> None:
    if not CORPUS_DIR.is_dir():
        pytest.skip("../shared/corpus is absent")
    text = _real_letters()
    for name in (
        "OB_FOOTNOTE_HEADINGS",
        "OB_BACK_TO_TOP",
        "SALUTATIONS",
        "LETTERHEAD_DATE_LABELS",
        "LETTERHEAD_SUBJECT_LABELS",
        "ON_BEHALF_OF",
        "MOTION_CLOSING",
        "SIGNATURE_TRAILERS",
        "NOTE_LABELS",
    ):
        value = PUBLIC[name]
        assert any(s in text for s in _strings(value)), f"no entry of lexicon.{name} occurs"

"""Dated events against hand-written gold annotations of real letters.

The seed letter is in ``samples/``; the corpus letters are read from
``../shared/corpus`` at run time (skipped when absent). Scores are printed (``pytest -s``)
and strict F1 must be at least 0.95 on each letter. See tests/dates_scoring.py.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import kamerparse
from dates_scoring import gold_files, items_of, load_gold, locate, score

STRICT_F1_FLOOR = 0.95


def _params() -> list[object]:
    out: list[object] = []
    for path in gold_files():
        gold = load_gold(path)
        marks = [pytest.mark.corpus] if "corpus" in gold.source.parts else []
        out.append(pytest.param(path, id=path.stem, marks=marks))
    return out


def test_gold_files_exist() -> None:
    names = {p.stem for p in gold_files()}
    assert "kst-29521-AZ" in names
    assert "pdftextsplitter-Kamerbrief_innovatie_missie" in names
    assert len(names) >= 6


@pytest.mark.parametrize("path", _params())
def test_gold_scores(path: Path) -> None:
    gold = load_gold(path)
    if not gold.source.is_file():
        pytest.skip(f"{gold.source} is absent")
    letter = kamerparse.parse(gold.source.read_text(encoding="utf-8"), name=gold.source.name)
    assert letter.date == datetime.date.fromisoformat(gold.reference_date)
    items, missing = locate(gold, letter.text)
    assert not missing, f"gold expressions not found in Letter.text: {missing}"
    predicted = items_of(letter)
    strict = score(items, predicted, strict=True)
    lenient = score(items, predicted, strict=False)
    print(f"\n[dates gold] {gold.name}: strict {strict}; lenient {lenient}")
    assert strict.f1 >= STRICT_F1_FLOOR, f"{gold.name}: strict {strict}"
    # the type must agree too wherever value and mod do
    by_span = {(i.start, i.end): i for i in items}
    for p in predicted:
        g = by_span.get((p.start, p.end))
        if g is not None and g.value == p.value:
            assert g.type == p.type, (g, p)

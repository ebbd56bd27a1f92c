"""Gold annotations of dated events and the scorer (shared by tests and benchmarks).

A gold file (``tests/gold/events/<letter>.json``) holds ``source`` (``samples/...`` or
``corpus:<path inside ../shared/corpus>``), ``reference_date`` (the letter's own date)
and ``events``: ``{text, occurrence, value, mod, type}``, where ``occurrence`` is the
index of that occurrence of ``text`` among all occurrences of ``text`` in
``Letter.text`` (overlapping occurrences counted). The annotations were written by hand
from reading the letters, following docs/timex.md.

Scores: *strict* — a prediction matches a gold event when their spans overlap and
value and mod are equal; *lenient* — when their spans overlap. Each gold event and each
prediction is matched at most once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from attrs import frozen

from kamerparse.records import Letter
from paths import CORPUS_DIR, REPO_ROOT

GOLD_DIR = REPO_ROOT / "tests" / "gold" / "events"


@frozen(kw_only=True)
class Item:
    """A gold or predicted expression: ``[start, end)`` in ``Letter.text``."""

    start: int
    end: int
    value: str | None
    mod: str | None
    type: str | None = None


@frozen(kw_only=True)
class Gold:
    name: str
    source: Path
    reference_date: str
    events: tuple[tuple[str, int, Item | None], ...] = ()
    raw: tuple[dict[str, object], ...] = ()


@frozen(kw_only=True)
class Score:
    precision: float
    recall: float
    f1: float
    matched: int
    gold: int
    predicted: int

    def __str__(self) -> str:
        return (
            f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
            f"({self.matched}/{self.gold} gold, {self.predicted} predicted)"
        )


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.json"))


def load_gold(path: Path) -> Gold:
    doc = json.loads(path.read_text(encoding="utf-8"))
    source = str(doc["source"])
    if source.startswith("corpus:"):
        src = CORPUS_DIR / source.removeprefix("corpus:")
    else:
        src = REPO_ROOT / source
    return Gold(
        name=path.stem,
        source=src,
        reference_date=str(doc["reference_date"]),
        raw=tuple(doc["events"]),
    )


def items_of(letter: Letter) -> list[Item]:
    """A parsed letter's events as scorable items."""
    return [
        Item(
            start=e.span.start,
            end=e.span.end,
            value=e.value,
            mod=None if e.mod is None else e.mod.value,
            type=e.type.value,
        )
        for e in letter.events
    ]


def locate(gold: Gold, text: str) -> tuple[list[Item], list[str]]:
    """Gold items with spans in ``text`` (the parsed Letter.text), and the gold
    entries that could not be found (a changed reader would show up here)."""
    items: list[Item] = []
    missing: list[str] = []
    for ev in gold.raw:
        needle = str(ev["text"])
        occurrence = int(str(ev["occurrence"]))
        pos = -1
        for _ in range(occurrence + 1):
            pos = text.find(needle, pos + 1)
            if pos == -1:
                break
        if pos == -1:
            missing.append(f"{needle!r} #{occurrence}")
            continue
        items.append(
            Item(
                start=pos,
                end=pos + len(needle),
                value=str(ev["value"]),
                mod=None if ev["mod"] is None else str(ev["mod"]),
                type=str(ev["type"]),
            )
        )
    return items, missing


def score(gold: Iterable[Item], predicted: Iterable[Item], *, strict: bool) -> Score:
    golds = sorted(gold, key=lambda i: (i.start, i.end))
    preds = sorted(predicted, key=lambda i: (i.start, i.end))
    used: set[int] = set()
    matched = 0
    for g in golds:
        for j, p in enumerate(preds):
            if j in used or not (p.start < g.end and g.start < p.end):
                continue
            if strict and (p.value != g.value or p.mod != g.mod):
                continue
            used.add(j)
            matched += 1
            break
    precision = matched / len(preds) if preds else 1.0
    recall = matched / len(golds) if golds else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(
        precision=precision,
        recall=recall,
        f1=f1,
        matched=matched,
        gold=len(golds),
        predicted=len(preds),
    )

"""The corpus score table: per scored field and per layout (``ob-page-text`` vs
``text``), how many of the facts in ``test_corpus.EXPECTED`` the pipeline matches.

``pytest -s tests/test_corpus_scores.py`` prints the table. ``FLOOR`` holds the counts
measured before the layout-robustness work of issue #10 (every fact matched): no cell
may fall below it. Raise it when a field gets better; add a cell for a new field.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from test_corpus import EXPECTED, _parse, check

pytestmark = pytest.mark.corpus

LAYOUTS = ("ob-page-text", "text")
#: (field, layout) -> facts matched, measured at the start of issue #10 (of as many).
FLOOR: dict[tuple[str, str], int] = {
    ("document_type", "ob-page-text"): 15, ("document_type", "text"): 6,
    ("vergaderjaar", "ob-page-text"): 15, ("vergaderjaar", "text"): 6,
    ("chamber", "ob-page-text"): 15, ("chamber", "text"): 6,
    ("dossiers", "ob-page-text"): 15, ("dossiers", "text"): 6,
    ("stuk", "ob-page-text"): 15, ("stuk", "text"): 6,
    ("date", "ob-page-text"): 15, ("date", "text"): 6,
    ("place", "ob-page-text"): 15, ("place", "text"): 6,
    ("senders", "ob-page-text"): 15, ("senders", "text"): 6,
    ("signatories", "ob-page-text"): 15, ("signatories", "text"): 6,
    ("footnotes", "ob-page-text"): 15, ("footnotes", "text"): 6,
    ("markers", "ob-page-text"): 8, ("markers", "text"): 16,
    ("not-a-letter", "ob-page-text"): 6, ("not-a-letter", "text"): 0,
}  # fmt: skip


def score_table(corpus_dir: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(field, layout) -> (matched, checked) over the corpus."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for exp in EXPECTED:
        if not (corpus_dir / exp.path).exists():
            continue
        layout = exp.path.split("/", 1)[0]
        for name, ok, _ in check(exp, _parse(corpus_dir, exp)):
            if name.startswith("footnote "):
                name = "markers"
            elif name.startswith("no "):
                name = "not-a-letter"
            cell = table[(name, layout)]
            cell[0] += ok
            cell[1] += 1
    return {k: (v[0], v[1]) for k, v in table.items()}


def format_table(table: dict[tuple[str, str], tuple[int, int]]) -> str:
    fields = sorted({f for f, _ in table} | {f for f, _ in FLOOR})
    rows = [f"{'field':16}" + "".join(f"{lay:>16}" for lay in LAYOUTS)]
    for f in fields:
        cells = []
        for lay in LAYOUTS:
            m, n = table.get((f, lay), (0, 0))
            cells.append(f"{m}/{n}".rjust(16))
        rows.append(f"{f:16}" + "".join(cells))
    return "\n".join(rows)


def test_corpus_score_table(corpus_dir: Path) -> None:
    table = score_table(corpus_dir)
    print("\ncorpus score table (matched/checked)\n" + format_table(table))
    low = {
        k: (table.get(k, (0, 0))[0], floor)
        for k, floor in FLOOR.items()
        if table.get(k, (0, 0))[0] < floor
    }
    assert not low, f"corpus scores fell below the floor (got, floor): {low}"

"""The JSON of every letter at hand, one line each: compare two of these before and after
a change that must not change the output (a speed-up, a refactoring).

    python benchmarks/snapshot.py /tmp/before.jsonl     # at the base commit
    python benchmarks/snapshot.py /tmp/after.jsonl      # with the change
    cmp /tmp/before.jsonl /tmp/after.jsonl && echo identical

It parses the samples, the seed's committed renditions (``tests/fixtures``), every
letter of ``../shared/corpus`` (when present) in its own layout and rendered as XML,
kamerwrk, HTML and docx (``tests/make_fixtures.py``), each file once more with a fixed
``reference_date``, and a seeded batch of synthetic letters in every layout
(``tests/strategies.py``). Each line is ``NAME<TAB>JSON``; an input that raises gives
``NAME<TAB>ERROR type: message``.

The output holds the corpus letters' text: write it outside the repository, never commit
it.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TextIO

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))

import make_fixtures  # noqa: E402
from kamerparse import parse, parse_file  # noqa: E402
from kamerparse.errors import KamerparseError  # noqa: E402
from kamerparse.records import Letter  # noqa: E402
from kamerparse.serialize import to_json  # noqa: E402
from strategies import random_letters  # noqa: E402

#: A reference date no letter has, so relative dates resolve differently from the
#: letters' own dates.
OTHER_DATE = datetime.date(2020, 2, 29)


def _files() -> Iterator[Path]:
    """The files, relative to the repository (so the lines of two checkouts compare)."""
    yield from sorted(Path("samples").glob("*.md"))
    fixtures = sorted(Path("tests", "fixtures").glob("kst-*"))
    yield from (p for p in fixtures if not p.name.endswith(".metadata.xml"))
    if CORPUS.is_dir():
        yield from sorted(Path("..", "shared", "corpus").rglob("*.txt"))


def _write(out: TextIO, name: str, parse_one: Callable[[], Letter], folder: str = "") -> None:
    try:
        line = to_json(parse_one())
    except KamerparseError as e:
        line = f"ERROR {type(e).__name__}: {e}"
    if folder:  # renditions live in a temporary folder: keep the lines comparable
        line = line.replace(folder, "RENDITIONS")
    out.write(f"{name}\t{line}\n")


def snapshot(out: TextIO, *, synthetic: int = 600, seed: int = 7) -> None:
    os.chdir(REPO)
    for path in _files():
        name = str(path)
        _write(out, name, partial(parse_file, path))
        _write(out, f"{name}#reference", partial(parse_file, path, reference_date=OTHER_DATE))
    if CORPUS.is_dir():
        with tempfile.TemporaryDirectory() as tmp:
            for path in sorted(CORPUS.rglob("*.txt")):
                spec = make_fixtures.spec_from_text(path)
                renditions = make_fixtures.write_renditions(spec, Path(tmp) / path.stem)
                for kind, file in sorted(renditions.items()):
                    _write(out, f"{path.name}:{kind}", partial(parse_file, file), tmp)
    for i, (_, layout, text) in enumerate(random_letters(synthetic, seed=seed)):
        _write(out, f"synthetic-{i}:{layout}", partial(parse, text, name=f"syn{i}"))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("output", type=Path, help="the JSON lines file to write")
    ap.add_argument("--synthetic", type=int, default=600, help="synthetic letters (600)")
    args = ap.parse_args(argv)
    with args.output.open("w", encoding="utf-8") as out:
        snapshot(out, synthetic=args.synthetic)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

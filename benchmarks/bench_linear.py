"""Does parse time grow linearly with the input? One line shape repeated, at four sizes.

    python benchmarks/bench_linear.py                  # 128 kB .. 1 MB, every shape
    python benchmarks/bench_linear.py --quick          # 32 kB .. 256 kB, fewer corpus lines
    python benchmarks/bench_linear.py --src ../main/src --budget 20   # another checkout
    python benchmarks/bench_linear.py --json out.json  # also keep the numbers

Each input is one unit repeated up to the size (in characters for text, bytes for the
structured formats):

* the line shapes of issue 14, each followed by a line break (``A``, ``Nr. 1``,
  ``- item``, ``> quote``, a footnote line, ``Betreft x``, ``Pagina 1 van 8``, a name,
  a ``Datum`` line, numbered headings, a table row, a role line, ``Hoogachtend,``, a
  dateline, ``Vergaderjaar``, a dossier line, the addressee, a note line);
* lines drawn at random (seeded) from the letters of ``../shared/corpus`` (when
  present);
* structured input: OB XML with many dated ``al`` paragraphs and with many ``noot``
  elements, an OB HTML page of many paragraphs, a Word file of many ``w:p``.

Times are CPU seconds of this process (``time.process_time``; the machine is shared),
the best of a few runs at the smaller sizes. The *growth* is the time ratio per doubling
of the input: about 2 is linear, 4 quadratic. The targets (issue 14): every growth at
most 2.3, and every 1 MB input parsed in under 2 s. A shape that passes ``--budget``
seconds at one size is not run at the larger ones (``>`` in the table), so a quadratic
checkout can be measured too. ``--check`` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import importlib
import io
import itertools
import json
import os
import platform
import random
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"

#: The line shapes of issue 14.
SHAPES: tuple[str, ...] = (
    "A",
    "Nr. 1",
    "- item",
    "> quote",
    "¹ noot",
    "Betreft x",
    "Pagina 1 van 8",
    "K.H. Ollongren",
    "Datum 3 maart 2023",
    "1.1 Titel",
    "2. Beleid",
    "| a | b |",
    "De Minister van Defensie,",
    "Hoogachtend,",
    "Den Haag, 3 maart 2023",
    "Vergaderjaar 2022–2023",
    "29 521 Nederlandse deelname",
    "Aan de Voorzitter van de Tweede Kamer",
    "1 Noot tekst",
)

SIZES = (131_072, 262_144, 524_288, 1_048_576)
QUICK_SIZES = (32_768, 65_536, 131_072, 262_144)
MAX_GROWTH = 2.3
MAX_SECONDS_1MB = 2.0

_XML_HEAD = (
    b"<?xml version='1.0' encoding='UTF-8'?>\n<officiele-publicatie><kamerstuk><stuk>"
    b"<titel>BRIEF VAN DE MINISTER VAN DEFENSIE</titel><algemeen><vrije-tekst>"
    b'<tekst status="goed">\n'
)
_XML_TAIL = b"</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>\n"
_HTML_HEAD = (
    b'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"></head><body>'
    b'<div class="stuk" id="broodtekst">\n'
    b'<h1 class="titel">BRIEF VAN DE MINISTER VAN DEFENSIE</h1>\n'
)
_HTML_TAIL = b"</div></body></html>\n"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def repeated_lines(line: str) -> Callable[[int], str]:
    def build(n: int) -> str:
        return (line + "\n") * max(1, n // (len(line) + 1))

    return build


def _repeat(head: bytes, unit: Callable[[int], bytes], tail: bytes, n: int) -> bytes:
    parts = [head]
    size = len(head) + len(tail)
    i = 1
    while size < n:
        u = unit(i)
        parts.append(u)
        size += len(u)
        i += 1
    parts.append(tail)
    return b"".join(parts)


def xml_dated_paragraphs(n: int) -> bytes:
    unit = b'<al>Den Haag, <datum isodatum="2022-11-25">25 november 2022</datum></al>\n'
    return _repeat(_XML_HEAD, lambda i: unit, _XML_TAIL, n)


def xml_notes(n: int) -> bytes:
    def unit(i: int) -> bytes:
        return (
            f'<al>Tekst.<noot id="n{i}" type="voet"><noot.nr>{i}</noot.nr>'
            f"<noot.al>Noot {i}.</noot.al></noot></al>\n"
        ).encode()

    return _repeat(_XML_HEAD, unit, _XML_TAIL, n)


def html_paragraphs(n: int) -> bytes:
    return _repeat(_HTML_HEAD, lambda i: b"<p>A</p>\n", _HTML_TAIL, n)


def docx_paragraphs(n: int) -> bytes:
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
    doc = _repeat(
        head.encode(),
        lambda i: b"<w:p><w:r><w:t>A</w:t></w:r></w:p>",
        b"</w:body></w:document>",
        n,
    )
    buf = io.BytesIO()
    # stored, not deflated: a repeated unit compresses past the zip-bomb ratio
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", doc)
    return buf.getvalue()


def corpus_lines(count: int, seed: int) -> list[str]:
    """``count`` distinct non-blank lines drawn from the corpus letters, or []."""
    if not CORPUS.is_dir():
        return []
    lines: set[str] = set()
    for p in sorted(CORPUS.rglob("*")):
        if p.is_file() and p.name != "README.md":
            text = p.read_text(encoding="utf-8", errors="replace")
            lines.update(ln.strip()[:300] for ln in text.splitlines() if ln.strip())
    pool = sorted(lines)
    return random.Random(seed).sample(pool, min(count, len(pool)))


def inputs(n_corpus: int, seed: int) -> list[tuple[str, Callable[[int], str | bytes]]]:
    out: list[tuple[str, Callable[[int], str | bytes]]] = [
        (repr(s), repeated_lines(s)) for s in SHAPES
    ]
    out += [
        ("xml: dated al", xml_dated_paragraphs),
        ("xml: noot", xml_notes),
        ("html: p", html_paragraphs),
        ("docx: w:p", docx_paragraphs),
    ]
    for i, line in enumerate(corpus_lines(n_corpus, seed)):
        short = line if len(line) <= 28 else line[:25] + "..."
        out.append((f"corpus {i}: {short!r}", repeated_lines(line)))
    return out


def cpu_time(parse: Callable[[str | bytes], object], data: str | bytes, budget: float) -> float:
    """The best CPU time of up to 3 parses, fewer when one takes long."""
    best = float("inf")
    spent = 0.0
    for _ in range(3):
        t0 = time.process_time()
        parse(data)
        t = time.process_time() - t0
        best = min(best, t)
        spent += t
        if spent > min(budget, 0.5):
            break
    return best


def run(
    parse: Callable[[str | bytes], object],
    cases: list[tuple[str, Callable[[int], str | bytes]]],
    sizes: tuple[int, ...],
    budget: float,
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name, build in cases:
        times: list[float | None] = []
        over = False
        for n in sizes:
            if over:
                times.append(None)
                continue
            t = cpu_time(parse, build(n), budget)
            times.append(t)
            over = t > budget
        growth = [
            b / a if a is not None and b is not None and a > 0 else None
            for a, b in itertools.pairwise(times)
        ]
        rows.append({"name": name, "times": times, "growth": growth})
        print(_row(name, times, growth), flush=True)
    return rows


def _row(name: str, times: list[float | None], growth: list[float | None]) -> str:
    ts = " ".join(f"{t:8.3f}" if t is not None else "       >" for t in times)
    gs = " ".join(f"{g:5.2f}" if g is not None else "    -" for g in growth)
    known = [g for g in growth if g is not None]
    worst = max(known) if known else float("nan")
    return f"{name[:44]:44} {ts} | {gs} | {worst:5.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--quick", action="store_true", help="sizes 32 kB .. 256 kB, 4 corpus lines")
    ap.add_argument("--src", type=Path, default=REPO / "src", help="the source tree to time")
    ap.add_argument("--budget", type=float, default=30.0, help="seconds before a shape stops")
    ap.add_argument("--corpus-lines", type=int, default=None, help="random corpus lines")
    ap.add_argument("--seed", type=int, default=0, help="seed of the corpus line draw")
    ap.add_argument("--only", default="", help="run only inputs whose name holds this")
    ap.add_argument("--json", type=Path, help="also write the numbers here")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(args.src.resolve()))
    kamerparse = importlib.import_module("kamerparse")
    sizes = QUICK_SIZES if args.quick else SIZES
    n_corpus = args.corpus_lines if args.corpus_lines is not None else (4 if args.quick else 12)
    cases = [c for c in inputs(n_corpus, args.seed) if args.only in c[0]]

    def parse(data: str | bytes) -> object:
        return kamerparse.parse(data)

    parse("Den Haag, 3 maart 2023\n\nA\n")  # warm-up: lazy imports and compiled patterns
    load = os.getloadavg()
    where = Path(str(kamerparse.__file__)).parent
    print(f"kamerparse from {where}; Python {platform.python_version()}")
    print(f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs")
    sizes_head = " ".join(f"{n // 1024:>7}k" for n in sizes)
    print(f"{'input (CPU seconds per size, growth per doubling, worst)':44} {sizes_head}")
    rows = run(parse, cases, sizes, args.budget)

    worst = max((g for r in rows for g in r["growth"] if g is not None), default=0.0)
    last = [r["times"][-1] for r in rows]
    slowest = max((t for t in last if t is not None), default=0.0)
    unfinished = [r["name"] for r in rows if r["times"][-1] is None]
    print(f"worst growth per doubling: {worst:.2f} (target <= {MAX_GROWTH})")
    print(
        f"slowest at {sizes[-1] // 1024} kB: {slowest:.3f} s"
        + (f" (target < {MAX_SECONDS_1MB} s at 1 MB)" if sizes[-1] == SIZES[-1] else "")
        + (f"; over the budget: {', '.join(unfinished)}" if unfinished else "")
    )
    if args.json:
        args.json.write_text(
            json.dumps({"sizes": sizes, "load": load, "rows": rows}, indent=1) + "\n",
            encoding="utf-8",
        )
    missed = worst > MAX_GROWTH or bool(unfinished)
    if sizes[-1] == SIZES[-1]:
        missed = missed or slowest >= MAX_SECONDS_1MB
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Footnotes: number, text and span of each note (moved to the end of the text by the
reader). Markers are linked to them in :mod:`kamerparse.resolve`."""

from __future__ import annotations

from collections.abc import Sequence

from kamerparse.base import Block
from kamerparse.records import Footnote
from kamerparse.sections._base import SectionContext, SectionResult, part, trimmed


def parse(
    text: str, blocks: Sequence[Block], ctx: SectionContext
) -> SectionResult[tuple[Footnote, ...]]:
    out: list[Footnote] = []
    for b in blocks:
        if b.number is None:
            continue
        tp = part(b, "text")
        if tp is None:
            raw = b.span.of(text)
            skip = len(raw) - len(raw.lstrip("⁰¹²³⁴⁵⁶⁷⁸⁹ "))
            tp = trimmed(text, b.span.start + skip, b.span.end, " \t\n")
        out.append(Footnote(number=b.number, text=" ".join(tp.of(text).split()), span=b.span))
    return SectionResult(records=tuple(out))

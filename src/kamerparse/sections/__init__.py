"""One parser per section type, all with one signature (:mod:`kamerparse.sections._base`):
``parse(text, blocks, ctx) -> SectionResult[T]`` over the blocks segmentation gave the
section's zone; none looks at another section's blocks except through ``ctx``.

:data:`REGISTRY` lists them in the order the pipeline runs them. A new section type is one
new module with a ``parse`` and one entry here.
"""

from __future__ import annotations

from typing import Any

from kamerparse.base import Zone
from kamerparse.records import Footnote, Signatory
from kamerparse.sections import body, footnotes, header, opening, signatures, title
from kamerparse.sections._base import (
    SectionContext,
    SectionParser,
    SectionResult,
    SectionResults,
    SectionType,
    block_lines,
    part,
    trimmed,
)

HEADER: SectionType[header.Header] = SectionType(
    name="header", zone=Zone.HEADER, parse=header.parse
)
TITLE: SectionType[title.Title] = SectionType(name="title", zone=Zone.TITLE, parse=title.parse)
OPENING: SectionType[opening.Opening] = SectionType(
    name="opening", zone=Zone.OPENING, parse=opening.parse
)
BODY: SectionType[body.Body] = SectionType(name="body", zone=Zone.BODY, parse=body.parse)
FOOTNOTES: SectionType[tuple[Footnote, ...]] = SectionType(
    name="footnotes", zone=Zone.FOOTNOTE, parse=footnotes.parse
)
SIGNATURES: SectionType[tuple[Signatory, ...]] = SectionType(
    name="signatures", zone=Zone.SIGNATURE, parse=signatures.parse
)

#: Every section type, in the order the pipeline parses them (their diagnostics in order).
REGISTRY: tuple[SectionType[Any], ...] = (HEADER, TITLE, OPENING, BODY, FOOTNOTES, SIGNATURES)

__all__ = [
    "BODY",
    "FOOTNOTES",
    "HEADER",
    "OPENING",
    "REGISTRY",
    "SIGNATURES",
    "TITLE",
    "SectionContext",
    "SectionParser",
    "SectionResult",
    "SectionResults",
    "SectionType",
    "block_lines",
    "part",
    "trimmed",
]

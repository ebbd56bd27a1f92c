"""Body: the section tree.

A numbered section heading is a heading block (Markdown ``#``, XML ``kop``) or a
one-line paragraph, starting with a number ``1``, ``1.1``, ``2.3.1`` (optionally
followed by a full stop) and a title that does not end like a sentence. The number
decides the level (``2.1`` -> 2), not the markup depth, which is not consistent in
converted PDFs. The parent is the nearest earlier section whose number is a prefix of
this one's.

An unnumbered heading block (XML ``tussenkop``, Markdown ``### Politiek``, a Word
heading style) is a section with ``number = None``: inside a numbered section its level
is that section's plus one and its parent that section's number; before any numbered
section its level is the rank of its markup level (``kopopmaak``, heading depth) among
the unnumbered headings' levels in order of first appearance, and it has no parent.
A body block's section (``block_sections``) stays the number of the numbered section
it stands in.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from kamerparse.base import Block, BlockKind
from kamerparse.patterns import NUMBERED_HEADING
from kamerparse.records import Section, Span
from kamerparse.sections._base import SectionContext, SectionResult, part, trimmed

MAX_HEADING = 200


@frozen(kw_only=True)
class Body:
    sections: tuple[Section, ...] = ()
    #: for each body block, the number of the section it stands in (or None)
    block_sections: tuple[str | None, ...] = ()


def parse(text: str, blocks: Sequence[Block], ctx: SectionContext) -> SectionResult[Body]:
    sections: list[Section] = []
    numbers: set[str] = set()
    current: str | None = None
    where: list[str | None] = []
    current_level = 0
    ranks: dict[int | None, int] = {}  # markup level of unnumbered headings -> level
    for b in blocks:
        sec = _section(text, b, numbers)
        if sec is not None and sec.number is not None:
            sections.append(sec)
            numbers.add(sec.number)
            current = sec.number
            current_level = sec.level
        elif b.kind is BlockKind.HEADING:
            un = _unnumbered(text, b)
            if un is not None:
                title, span = un
                if current is not None:
                    level, parent = current_level + 1, current
                else:
                    level, parent = ranks.setdefault(b.level, len(ranks) + 1), None
                sections.append(
                    Section(number=None, title=title, level=level, parent=parent, span=span)
                )
        where.append(current)
    return SectionResult(records=Body(sections=tuple(sections), block_sections=tuple(where)))


def _unnumbered(text: str, b: Block) -> tuple[str, Span] | None:
    """The title and span of an unnumbered heading block (None when it is too long to
    be a heading or holds no text)."""
    if b.span.end - b.span.start > MAX_HEADING:
        return None
    title_part = part(b, "title")
    span = title_part if title_part is not None else b.span
    span = trimmed(text, span.start, span.end, " \t\n")
    title = " ".join(span.of(text).split())
    if not title or part(b, "number") is not None or NUMBERED_HEADING.fullmatch(title):
        return None  # a number that made no section (``2.5 miljoen``) is no heading either
    return title, trimmed(text, b.span.start, b.span.end, " \t\n")


def _section(text: str, b: Block, known: set[str]) -> Section | None:
    if b.parts and b.kind is BlockKind.HEADING:
        num_part, title_part = part(b, "number"), part(b, "title")
        if num_part is not None and title_part is not None:
            number = num_part.of(text).strip().rstrip(".")
            return _make(number, title_part.of(text), b.span, known)
    if b.span.end - b.span.start > MAX_HEADING:
        return None
    raw = b.span.of(text)
    if "\n" in raw:
        return None
    raw = raw.strip()
    if not raw or not "1" <= raw[0] <= "9":
        return None  # the heading pattern starts with a number 1-99
    m = NUMBERED_HEADING.fullmatch(raw)
    if m is None:
        return None
    title = m.group("title").strip()
    if b.kind is not BlockKind.HEADING and (title[-1] in ".;:," or title[0].islower()):
        return None
    span = trimmed(text, b.span.start, b.span.end, " \t")
    return _make(m.group("number"), title, span, known)


def _make(number: str, title: str, span: Span, known: set[str]) -> Section | None:
    comps = number.split(".")
    level = len(comps)
    parent = None
    for k in range(level - 1, 0, -1):
        candidate = ".".join(comps[:k])
        if candidate in known:
            parent = candidate
            break
    if level > 1 and parent is None and not known:
        return None  # "2.5 miljoen" style false headings before any section
    return Section(
        number=number, title=" ".join(title.split()), level=level, parent=parent, span=span
    )

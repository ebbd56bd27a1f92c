"""Signatures: role and name of each signatory, in order.

Accepted shapes (one signatory each): ``De Minister van Defensie,`` / ``J.A. Hennis-
Plasschaert`` on two lines or in two blocks; ``De Minister van Defensie, J.A.
Hennis-Plasschaert`` on one line; name above function (letterhead); ``De minister-
president, minister van Algemene Zaken,`` / ``M. Rutte``; a function with no name; a
motion's bare surname. Roles are normalised: no article, no trailing comma, titles of
office capitalised (``Minister van Defensie``).
"""

from __future__ import annotations

from collections.abc import Sequence

from kamerparse.base import Block
from kamerparse.patterns import BARE_SURNAME, NAME, ROLE_HEAD
from kamerparse.records import Signatory, Span
from kamerparse.sections import block_lines, part, trimmed


def parse_signatures(text: str, blocks: Sequence[Block]) -> tuple[Signatory, ...]:
    out: list[Signatory] = []
    role: tuple[str, Span] | None = None
    name: tuple[str, Span] | None = None

    def flush() -> None:
        nonlocal role, name
        if role is None and name is None:
            return
        spans = [s for s in (role[1] if role else None, name[1] if name else None) if s]
        out.append(
            Signatory(
                role=role[0] if role else None,
                name=name[0] if name else None,
                span=Span(start=min(s.start for s in spans), end=max(s.end for s in spans)),
            )
        )
        role, name = None, None

    for b in blocks:
        r_part, n_part = part(b, "role"), part(b, "name")
        if r_part is not None or n_part is not None:
            flush()
            role = (normalise_role(r_part.of(text)), r_part) if r_part else None
            name = (" ".join(n_part.of(text).split()), n_part) if n_part else None
            flush()
            continue
        for line, span in block_lines(text, b):
            one = _split_one_line(text, line, span)
            if one is not None:
                flush()
                role, name = one
                flush()
            elif ROLE_HEAD.match(line):
                r = (normalise_role(line), trimmed(text, span.start, span.end, " \t,"))
                if name is not None and role is None:
                    role = r
                    flush()
                else:
                    flush()
                    role = r
            elif NAME.fullmatch(line) or BARE_SURNAME.fullmatch(line):
                n = (" ".join(line.split()), span)
                if role is not None and name is None:
                    name = n
                    flush()
                else:
                    flush()
                    name = n
    flush()
    return tuple(out)


def _split_one_line(
    text: str, line: str, span: Span
) -> tuple[tuple[str, Span], tuple[str, Span]] | None:
    """``De Minister van Defensie, J.A. Hennis-Plasschaert`` -> role and name."""
    if not ROLE_HEAD.match(line):
        return None
    comma = len(line)
    while True:
        comma = line.rfind(",", 0, comma)
        if comma < 0:
            return None
        rest = line[comma + 1 :].strip()
        if rest and NAME.fullmatch(rest):
            role_span = trimmed(text, span.start, span.start + comma, " \t,")
            name_start = span.start + line.index(rest, comma)
            return (
                (normalise_role(line[:comma]), role_span),
                (" ".join(rest.split()), Span(start=name_start, end=name_start + len(rest))),
            )


def normalise_role(raw: str) -> str:
    """``De minister-president, minister van Algemene Zaken,`` ->
    ``Minister-President, Minister van Algemene Zaken``."""
    s = " ".join(raw.split()).strip(" ,")
    m = ROLE_HEAD.match(s)
    if m is not None:
        s = s[m.start("title") :]
    out = []
    for piece in s.split(", "):
        hm = ROLE_HEAD.match(piece)
        if hm is not None:
            title = "-".join(p[:1].upper() + p[1:].lower() for p in hm.group("title").split("-"))
            rest = piece[hm.end() :]
            piece = title + rest
        out.append(piece)
    return ", ".join(out)

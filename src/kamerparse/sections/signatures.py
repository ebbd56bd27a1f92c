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
from kamerparse.patterns import (
    BARE_SURNAME,
    NAME,
    ROLE_HEAD,
    SIGNATORY_FUNCTION,
    SIGNING_FOR,
)
from kamerparse.records import Signatory, Span
from kamerparse.sections._base import (
    SectionContext,
    SectionResult,
    block_lines,
    part,
    trimmed,
)
from kamerparse.sections.title import role_case
from kamerparse.segment import continues_role, split_signature_line


def parse(
    text: str, blocks: Sequence[Block], ctx: SectionContext
) -> SectionResult[tuple[Signatory, ...]]:
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
        if out and role is None and name is None and _wrapped_surname(text, b, out[-1]):
            out[-1] = _with_surname(text, b, out[-1])
            continue
        r_part, n_part = part(b, "role"), part(b, "name")
        if r_part is not None or n_part is not None:
            flush()
            role = (normalise_role(r_part.of(text)), r_part) if r_part else None
            name = (" ".join(n_part.of(text).split()), n_part) if n_part else None
            flush()
            continue
        for line, span in _signature_lines(text, b):
            one = _split_one_line(text, line, span)
            if one is not None:
                flush()
                role, name = one
                flush()
            elif SIGNING_FOR.fullmatch(line):
                continue  # ``Namens de Algemene Rekenkamer,``: whom the signatory signs for
            elif ROLE_HEAD.match(line) or SIGNATORY_FUNCTION.fullmatch(line):
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
    return SectionResult(records=tuple(out))


def _with_surname(text: str, block: Block, last: Signatory) -> Signatory:
    """``last`` with the rest of its name, wrapped onto ``block``, appended."""
    assert last.name is not None
    rest = block.span.of(text).strip()
    return Signatory(
        role=last.role,
        name=f"{last.name} {rest}",
        span=Span(start=last.span.start, end=block.span.end),
    )


def _signature_lines(text: str, block: Block) -> list[tuple[str, Span]]:
    """The block's lines, reflowed when they are not one role or name per line."""
    lines = list(block_lines(text, block))
    roles = sum(1 for ln, _ in lines if ROLE_HEAD.match(ln))
    if len(lines) > 1 and (
        roles == 1 or not all(ROLE_HEAD.match(ln) or NAME.fullmatch(ln) for ln, _ in lines)
    ):
        lines = _reflowed(text, lines)
    return lines


def _wrapped_surname(text: str, block: Block, last: Signatory) -> bool:
    """``block`` is the end of the name of ``last`` wrapped onto a block of its own: a
    bare capitalised word run after a signatory read from one ``role, name`` line."""
    s = block.span.of(text).strip()
    return (
        last.role is not None
        and last.name is not None
        and "\n" not in s
        and BARE_SURNAME.fullmatch(s) is not None
        and not ROLE_HEAD.match(s)
        and split_signature_line(last.span.of(text).replace("\n", " ")) is not None
    )


def _reflowed(text: str, lines: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """A signature block wrapped by a converter, as the lines it was: one ``role, name``
    line when the lines joined read so, else each role line with the lines that
    continue it (``De minister van Binnenlandse Zaken en`` / ``Koninkrijksrelaties,``).
    A joined line reads the text with its line breaks as spaces (same offsets)."""
    whole = Span(start=lines[0][1].start, end=lines[-1][1].end)
    flat = whole.of(text).replace("\n", " ")
    if split_signature_line(flat) is not None:
        return [(flat, whole)]
    out: list[tuple[str, Span]] = []
    for line, span in lines:
        prev = out[-1][0] if out else ""
        if (
            out
            and ROLE_HEAD.match(prev)
            and not prev.endswith(",")
            and not ROLE_HEAD.match(line)
            and not NAME.fullmatch(line)
            and continues_role(line)
        ):
            joined = Span(start=out[-1][1].start, end=span.end)
            out[-1] = (joined.of(text).replace("\n", " "), joined)
        else:
            out.append((line, span))
    return out


def _split_one_line(
    text: str, line: str, span: Span
) -> tuple[tuple[str, Span], tuple[str, Span]] | None:
    """``De Minister van Defensie, J.A. Hennis-Plasschaert`` -> role and name."""
    cut = split_signature_line(line)
    if cut is None:
        return None
    comma, at = cut
    rest = line[at:].strip()
    role_span = trimmed(text, span.start, span.start + comma, " \t\n,")
    name_start = span.start + at
    return (
        (normalise_role(line[:comma]), role_span),
        (" ".join(rest.split()), Span(start=name_start, end=name_start + len(rest))),
    )


def normalise_role(raw: str) -> str:
    """``De minister-president, minister van Algemene Zaken,`` ->
    ``Minister-President, Minister van Algemene Zaken``."""
    s = " ".join(raw.split()).strip(" ,")
    if s.isupper():  # a function in capitals (``DE MINISTER VAN BUITENLANDSE ZAKEN``)
        s = role_case(s)
    m = ROLE_HEAD.match(s) or SIGNATORY_FUNCTION.match(s)
    if m is not None:
        s = s[m.start("title") :]
        if not ROLE_HEAD.match(s):
            return s[:1].upper() + s[1:]
    out = []
    for piece in s.split(", "):
        hm = ROLE_HEAD.match(piece)
        if hm is not None:
            title = "-".join(p[:1].upper() + p[1:].lower() for p in hm.group("title").split("-"))
            rest = piece[hm.end() :]
            piece = title + rest
        out.append(piece)
    return ", ".join(out)

"""Header: vergaderjaar, dossier numbers with titles, stuk number or letter, reprint.

Header lines, in the layouts seen: ``Vergaderjaar 2022–2023``; ``29 521`` then the title
on the next line or block, or ``29 521 Nederlandse deelname aan vredesmissies`` on one
line; several dossier lines for a multi-dossier document; ``Nr. 291`` / ``nr. 72`` /
``AZ HERDRUK`` (an Eerste Kamer letter); the publication site's metadata table row
(``Tweede Kamer der Staten-Generaal2011-201231568 nr. 100``); and a stuk number or
letter in front of the title (``Nr. 291 BRIEF VAN ...``, ``E BRIEF VAN ...``,
``34775 A 52 BRIEF VAN ...``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from attrs import frozen

from kamerparse._rx import regex
from kamerparse.base import Block
from kamerparse.patterns import (
    CHAMBER_IN_TEXT,
    DOSSIER,
    DOSSIER_SUFFIX_LINE,
    KST_ID,
    OB_TABLE_ROW,
    REPRINT,
    STUK_LETTER,
    STUK_NUMBER,
    TITLE,
    TITLE_SENTENCE,
    VERGADERJAAR,
)
from kamerparse.records import Chamber, Diagnostic, Dossier, Span, Stuk
from kamerparse.sections import block_lines, part, trimmed
from kamerparse.segment import title_starts


@frozen(kw_only=True)
class Header:
    vergaderjaar: str | None = None
    dossiers: tuple[Dossier, ...] = ()
    stuk: Stuk | None = None
    chamber: Chamber | None = None  # the chamber the header or table names
    diagnostics: tuple[Diagnostic, ...] = ()


#: The longest header line read as naming the document's chamber.
MAX_CHAMBER_LINE = 60


def normalise_dossier(num: str, sub: str | None = None, suffix: str | None = None) -> str:
    """``29 521`` -> ``29521``; with ``-02`` -> ``21501-02``; with ``X`` -> ``33000-X``."""
    out = "".join(num.split()).replace("\u00a0", "")
    if sub:
        out += "-" + sub
    if suffix:
        out += "-" + suffix
    return out


def parse_header(text: str, header: Sequence[Block], title: Block | None) -> Header:
    vergaderjaar: str | None = None
    chamber: Chamber | None = None
    dossiers: list[Dossier] = []
    stuk: Stuk | None = None
    reprint = False
    diags: list[Diagnostic] = []
    pending: tuple[str, Span] | None = None  # dossier number waiting for its title

    lines: list[tuple[str, Span]] = []
    for b in header:
        lines.extend(block_lines(text, b))
        y_part = part(b, "vergaderjaar")  # a structured reader's years (legacy vergjaar)
        if y_part is not None and vergaderjaar is None:
            m_y = _PART_YEARS.fullmatch(y_part.of(text).strip())
            vergaderjaar = _years(m_y.group(1), m_y.group(2)) if m_y else None
        c_part = part(b, "chamber")  # a structured reader's kameraanduiding line
        if c_part is not None and chamber is None:
            m_c = CHAMBER_IN_TEXT.search(c_part.of(text))
            chamber = _chamber(m_c.group("chamber")) if m_c else None
    # the flattened metadata table row, wrapped by a converter, read as one line
    row = _wrapped_table_row(lines)
    if row is not None:
        vergaderjaar = vergaderjaar or _years(row.group("y1"), row.group("y2"))
        chamber = chamber or _chamber(row["chamber"])
    title_line: int | None = None  # index in ``lines`` of the title line
    if title is not None:
        # lines of the title block up to and including the title line (stuk in front)
        for line, span in block_lines(text, title):
            lines.append((line, span))
            if _title_at(line) is not None:
                title_line = len(lines) - 1
                break

    for n, (line, span) in enumerate(lines):
        if chamber is None and len(line) <= MAX_CHAMBER_LINE and not any(map(str.isdigit, line)):
            m_c = CHAMBER_IN_TEXT.match(line.strip())  # ``TWEEDE KAMER DER STATEN-GENERAAL``
            if m_c is not None:
                chamber = _chamber(m_c.group("chamber"))
                continue
        if VERGADERJAAR.search(line) and vergaderjaar is None:
            m = VERGADERJAAR.search(line)
            assert m is not None
            vergaderjaar = _years(m.group("y1"), m.group("y2"))
            continue
        m = OB_TABLE_ROW.search(line)
        if m:
            vergaderjaar = vergaderjaar or _years(m.group("y1"), m.group("y2"))
            chamber = chamber or _chamber(m.group("chamber"))
            continue
        if REPRINT.search(line):
            reprint = True
        title_at = _title_at(line) if n == title_line else None
        if title_at is None and n != title_line and (tm := TITLE.search(line)):
            title_at = tm.start()
        before = line[:title_at] if title_at is not None else line
        base = span.start
        # the title line: stuk (and possibly a compact dossier) in front of the title
        if title_at is not None:
            if pending is not None:
                dossiers.append(_dossier(pending, None))
                pending = None
            in_title = _stuk_in(before, base, reprint, dossiers)
            stuk = stuk or in_title
            continue
        m_stuk = STUK_NUMBER.match(line)
        if m_stuk:
            if pending is not None:
                dossiers.append(_dossier(pending, None))
                pending = None
            s = Span(start=base + m_stuk.start("n"), end=base + m_stuk.end("n"))
            stuk = Stuk(number=m_stuk.group("n"), reprint=reprint, span=s)
            continue
        m_d = DOSSIER.match(line)
        if m_d and dossiers and dossiers[-1].title and _year_alone(line, m_d):
            # a dossier title wrapped before its year (``... voor het jaar`` / ``2012``)
            last = dossiers[-1]
            dossiers[-1] = Dossier(
                number=last.number,
                title=f"{last.title} {line}",
                span=Span(start=last.span.start, end=span.end),
            )
            continue
        if m_d and not (stuk is not None) and _dossier_line(line, m_d.end()):
            if pending is not None:
                dossiers.append(_dossier(pending, None))
            number = _normalised(m_d)
            rest = trimmed(text, base + m_d.end(), span.end, " \t")
            pending = (number, Span(start=base, end=base + m_d.end()))
            if rest.end > rest.start:
                dossiers.append(_dossier(pending, rest, text))
                pending = None
            continue
        if pending is not None:
            m_suf = DOSSIER_SUFFIX_LINE.match(line)
            if m_suf:  # the suffix wrapped onto the title's line (``36 600`` / ``C Title``)
                number = f"{pending[0]}-{m_suf.group('suffix')}"
                pending = (number, Span(start=pending[1].start, end=base + m_suf.end("suffix")))
                span = Span(start=base + m_suf.end(), end=span.end)
            dossiers.append(_dossier(pending, trimmed(text, span.start, span.end, " \t"), text))
            pending = None
            continue
        m_l = STUK_LETTER.match(line)
        if m_l and stuk is None and dossiers:
            s = Span(start=base + m_l.start("l"), end=base + m_l.end("l"))
            stuk = Stuk(
                number=m_l.group("l"), reprint=reprint or bool(REPRINT.search(line)), span=s
            )
            continue
    if pending is not None:
        dossiers.append(_dossier(pending, None))
    if not dossiers:
        # a re-post names the document only by its publication id (``.../kst-31953-34.html``)
        for line, span in lines:
            m_id = KST_ID.search(line)
            if m_id:
                d_span = Span(
                    start=span.start + m_id.start("dossier"), end=span.start + m_id.end("dossier")
                )
                dossiers.append(Dossier(number=m_id.group("dossier"), title=None, span=d_span))
                if stuk is None:
                    s_span = Span(
                        start=span.start + m_id.start("stuk"), end=span.start + m_id.end("stuk")
                    )
                    stuk = Stuk(number=m_id.group("stuk"), reprint=reprint, span=s_span)
                break
    if stuk is not None and reprint and not stuk.reprint:
        stuk = Stuk(number=stuk.number, reprint=True, span=stuk.span)

    return Header(
        vergaderjaar=vergaderjaar,
        dossiers=tuple(dossiers),
        stuk=stuk,
        chamber=chamber,
        diagnostics=tuple(diags),
    )


def _wrapped_table_row(lines: list[tuple[str, Span]]) -> regex.Match[str] | None:
    """The metadata table row broken over two lines (``...35000-X nr.`` / ``100``)."""
    for (a, _), (b, _) in itertools.pairwise(lines):
        if OB_TABLE_ROW.search(a) is None and len(b) <= MAX_ROW_TAIL:
            m = OB_TABLE_ROW.search(f"{a} {b}")
            if m is not None:
                return m
    return None


#: How long the wrapped-off end of a metadata table row may be.
MAX_ROW_TAIL = 24


def _year_alone(line: str, m: regex.Match[str]) -> bool:
    """A line that is only a year (``2012``), which a dossier number cannot be after a
    dossier title."""
    num = m.group("num") or ""
    return (
        line.strip() == m.group().strip()
        and len(num) == 4
        and num[:2] in ("18", "19", "20")
        and not m.group("sub")
        and not m.group("suffix")
    )


def _title_at(line: str) -> int | None:
    """Where the title starts on the title block's line: upper case anywhere, or in
    sentence case after at most three words (a stuk, a compact dossier)."""
    m = TITLE.search(line)
    if m is not None:
        return m.start()
    for start in title_starts(line):
        if TITLE_SENTENCE.match(line, start):
            return start
    return None


#: The years of a ``vergaderjaar`` part: ``1995-1996``, ``2022–2023``, ``1995/96``.
_PART_YEARS = regex.compile(r"((?:19|20)\d\d)\s*+[-–/]\s*+((?:19|20)?\d\d)")


def _years(y1: str, y2: str) -> str:
    if len(y2) == 2:
        y2 = y1[:2] + y2
    return f"{y1}-{y2}"


def _chamber(name: str) -> Chamber:
    return Chamber.EERSTE_KAMER if name.lower().startswith("eerste") else Chamber.TWEEDE_KAMER


def _normalised(m: regex.Match[str]) -> str:
    if m.group("roman"):
        return str(m.group("roman"))
    return normalise_dossier(m.group("num"), m.group("sub"), m.group("suffix"))


def _dossier_line(line: str, end: int) -> bool:
    """A dossier line is the number alone or followed by a capitalised title."""
    rest = line[end:].strip()
    return not rest or rest[0].isupper() or rest[0] in "«\"'(‘“"


def _dossier(pending: tuple[str, Span], title: Span | None, text: str = "") -> Dossier:
    number, span = pending
    if title is None or title.end <= title.start:
        return Dossier(number=number, title=None, span=span)
    return Dossier(
        number=number,
        title=title.of(text),
        span=Span(start=span.start, end=title.end),
    )


def _stuk_in(before: str, base: int, reprint: bool, dossiers: list[Dossier]) -> Stuk | None:
    """A stuk number or letter written in front of the title on its line."""
    m = STUK_NUMBER.search(before)
    if m:
        return Stuk(
            number=m.group("n"),
            reprint=reprint,
            span=Span(start=base + m.start("n"), end=base + m.end("n")),
        )
    words = before.split()
    if not words:
        return None
    # compact ``34775 A 52``: dossier then stuk
    m_d = DOSSIER.match(before)
    if m_d and not dossiers:
        rest = before[m_d.end() :].split()
        if len(rest) == 1 and rest[0].isdigit():
            at = before.rindex(rest[0])
            dossiers.append(
                Dossier(
                    number=_normalised(m_d), title=None, span=Span(start=base, end=base + m_d.end())
                )
            )
            return Stuk(
                number=rest[0],
                reprint=reprint,
                span=Span(start=base + at, end=base + at + len(rest[0])),
            )
    m_l = STUK_LETTER.match(before)
    if m_l:
        return Stuk(
            number=m_l.group("l"),
            reprint=reprint,
            span=Span(start=base + m_l.start("l"), end=base + m_l.end("l")),
        )
    return None

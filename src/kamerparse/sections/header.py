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
from kamerparse.records import Chamber, Dossier, Span, Stuk
from kamerparse.sections._base import (
    SectionContext,
    SectionResult,
    block_lines,
    chamber_named,
    part,
    trimmed,
)
from kamerparse.segment import title_starts


@frozen(kw_only=True)
class Header:
    vergaderjaar: str | None = None
    dossiers: tuple[Dossier, ...] = ()
    stuk: Stuk | None = None
    chamber: Chamber | None = None  # the chamber the header or table names


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


def parse(text: str, blocks: Sequence[Block], ctx: SectionContext) -> SectionResult[Header]:
    """Vergaderjaar, chamber, dossiers and stuk from the header's lines and the title
    block's lines up to its title line (a stuk number or letter is written before it)."""
    lines, vergaderjaar, chamber = _structured(text, blocks)
    # the flattened metadata table row, wrapped by a converter, read as one line
    row = _wrapped_table_row(lines)
    if row is not None:
        vergaderjaar = vergaderjaar or _years(row.group("y1"), row.group("y2"))
        chamber = chamber or chamber_named(row["chamber"])
    title_line = _add_title_lines(text, ctx.title, lines)
    reader = _HeaderLines(text, title_line, vergaderjaar, chamber)
    for n, (line, span) in enumerate(lines):
        reader.read(n, line, span)
    reader.flush()
    if not reader.dossiers:
        reader.publication_id(lines)
    stuk = reader.stuk
    if stuk is not None and reader.reprint and not stuk.reprint:
        stuk = Stuk(number=stuk.number, reprint=True, span=stuk.span)
    return SectionResult(
        records=Header(
            vergaderjaar=reader.vergaderjaar,
            dossiers=tuple(reader.dossiers),
            stuk=stuk,
            chamber=reader.chamber,
        )
    )


def _structured(
    text: str, blocks: Sequence[Block]
) -> tuple[list[tuple[str, Span]], str | None, Chamber | None]:
    """The header blocks' lines, and the vergaderjaar and chamber a structured reader gave
    as parts (legacy ``vergjaar``, a kameraanduiding line)."""
    vergaderjaar: str | None = None
    chamber: Chamber | None = None
    lines: list[tuple[str, Span]] = []
    for b in blocks:
        lines.extend(block_lines(text, b))
        y_part = part(b, "vergaderjaar")
        if y_part is not None and vergaderjaar is None:
            m_y = _PART_YEARS.fullmatch(y_part.of(text).strip())
            vergaderjaar = _years(m_y.group(1), m_y.group(2)) if m_y else None
        c_part = part(b, "chamber")
        if c_part is not None and chamber is None:
            m_c = CHAMBER_IN_TEXT.search(c_part.of(text))
            chamber = chamber_named(m_c.group("chamber")) if m_c else None
    return lines, vergaderjaar, chamber


def _add_title_lines(text: str, title: Block | None, lines: list[tuple[str, Span]]) -> int | None:
    """Append the title block's lines up to and including the title line (a stuk stands in
    front of the title); return that line's index in ``lines``."""
    if title is None:
        return None
    for line, span in block_lines(text, title):
        lines.append((line, span))
        if _title_at(line) is not None:
            return len(lines) - 1
    return None


class _HeaderLines:
    """The header read line by line: each line is the chamber, the years, the title line
    (with a stuk before it), a stuk number, a dossier number (its title on the same or the
    next line) or a stuk letter. A dossier number waits in ``pending`` for its title."""

    def __init__(
        self, text: str, title_line: int | None, vergaderjaar: str | None, chamber: Chamber | None
    ) -> None:
        self.text = text
        self.title_line = title_line
        self.vergaderjaar = vergaderjaar
        self.chamber = chamber
        self.dossiers: list[Dossier] = []
        self.stuk: Stuk | None = None
        self.reprint = False
        self.pending: tuple[str, Span] | None = None  # dossier number waiting for its title

    def read(self, n: int, line: str, span: Span) -> None:
        """Read one line (``n``: its index, to know the title line)."""
        if self._chamber_line(line) or self._years_line(line):
            return
        if REPRINT.search(line):
            self.reprint = True
        title_at = _title_at(line) if n == self.title_line else None
        if title_at is None and n != self.title_line and (tm := TITLE.search(line)):
            title_at = tm.start()
        if title_at is not None:
            # the title line: stuk (and possibly a compact dossier) in front of the title
            self.flush()
            in_title = _stuk_in(line[:title_at], span.start, self.reprint, self.dossiers)
            self.stuk = self.stuk or in_title
            return
        if self._stuk_number(line, span):
            return
        m_d = DOSSIER.match(line)
        if m_d and self._dossier_number(line, span, m_d):
            return
        if self.pending is not None:
            self._pending_title(line, span, self.pending)
            return
        self._stuk_letter(line, span)

    def flush(self) -> None:
        """A dossier number still waiting for a title has none."""
        if self.pending is not None:
            self.dossiers.append(_dossier(self.pending, None))
            self.pending = None

    def _chamber_line(self, line: str) -> bool:
        """``TWEEDE KAMER DER STATEN-GENERAAL`` (a short line without digits)."""
        if self.chamber is None and len(line) <= MAX_CHAMBER_LINE and not any(
            map(str.isdigit, line)
        ):
            m_c = CHAMBER_IN_TEXT.match(line.strip())
            if m_c is not None:
                self.chamber = chamber_named(m_c.group("chamber"))
                return True
        return False

    def _years_line(self, line: str) -> bool:
        """``Vergaderjaar 2022-2023``, or the publication site's metadata table row."""
        if VERGADERJAAR.search(line) and self.vergaderjaar is None:
            m = VERGADERJAAR.search(line)
            assert m is not None
            self.vergaderjaar = _years(m.group("y1"), m.group("y2"))
            return True
        m = OB_TABLE_ROW.search(line)
        if m:
            self.vergaderjaar = self.vergaderjaar or _years(m.group("y1"), m.group("y2"))
            self.chamber = self.chamber or chamber_named(m.group("chamber"))
            return True
        return False

    def _stuk_number(self, line: str, span: Span) -> bool:
        """``Nr. 291``."""
        m_stuk = STUK_NUMBER.match(line)
        if not m_stuk:
            return False
        self.flush()
        base = span.start
        s = Span(start=base + m_stuk.start("n"), end=base + m_stuk.end("n"))
        self.stuk = Stuk(number=m_stuk.group("n"), reprint=self.reprint, span=s)
        return True

    def _dossier_number(self, line: str, span: Span, m_d: regex.Match[str]) -> bool:
        """``29 521`` (its title after it or on the next line), or the year of the last
        dossier's title wrapped onto a line of its own."""
        dossiers = self.dossiers
        if dossiers and dossiers[-1].title and _year_alone(line, m_d):
            # a dossier title wrapped before its year (``... voor het jaar`` / ``2012``)
            last = dossiers[-1]
            dossiers[-1] = Dossier(
                number=last.number,
                title=f"{last.title} {line}",
                span=Span(start=last.span.start, end=span.end),
            )
            return True
        if self.stuk is not None or not _dossier_line(line, m_d.end()):
            return False
        self.flush()
        base = span.start
        rest = trimmed(self.text, base + m_d.end(), span.end, " \t")
        self.pending = (_normalised(m_d), Span(start=base, end=base + m_d.end()))
        if rest.end > rest.start:
            dossiers.append(_dossier(self.pending, rest, self.text))
            self.pending = None
        return True

    def _pending_title(self, line: str, span: Span, pending: tuple[str, Span]) -> None:
        """The title of the dossier number on the line before."""
        base = span.start
        m_suf = DOSSIER_SUFFIX_LINE.match(line)
        if m_suf:  # the suffix wrapped onto the title's line (``36 600`` / ``C Title``)
            number = f"{pending[0]}-{m_suf.group('suffix')}"
            pending = (number, Span(start=pending[1].start, end=base + m_suf.end("suffix")))
            span = Span(start=base + m_suf.end(), end=span.end)
        title = trimmed(self.text, span.start, span.end, " \t")
        self.dossiers.append(_dossier(pending, title, self.text))
        self.pending = None

    def _stuk_letter(self, line: str, span: Span) -> None:
        """``E`` (an Eerste Kamer stuk letter) after the dossiers."""
        m_l = STUK_LETTER.match(line)
        if m_l and self.stuk is None and self.dossiers:
            base = span.start
            s = Span(start=base + m_l.start("l"), end=base + m_l.end("l"))
            self.stuk = Stuk(
                number=m_l.group("l"), reprint=self.reprint or bool(REPRINT.search(line)), span=s
            )

    def publication_id(self, lines: list[tuple[str, Span]]) -> None:
        """A re-post names the document only by its publication id (``.../kst-31953-34.html``)."""
        for line, span in lines:
            m_id = KST_ID.search(line)
            if m_id:
                d_span = Span(
                    start=span.start + m_id.start("dossier"), end=span.start + m_id.end("dossier")
                )
                self.dossiers.append(Dossier(number=m_id.group("dossier"), title=None, span=d_span))
                if self.stuk is None:
                    s_span = Span(
                        start=span.start + m_id.start("stuk"), end=span.start + m_id.end("stuk")
                    )
                    self.stuk = Stuk(number=m_id.group("stuk"), reprint=self.reprint, span=s_span)
                break


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

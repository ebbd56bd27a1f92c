"""References to other parliamentary documents, each with a canonical ``id``.

A small recursive-descent parser over the normalised text (in the manner of
``packaging._parser``): :data:`_START` finds where a citation may begin, and the
parser reads tokens from there. White space (including no-break space) between tokens
is free. The cue words come from :mod:`kamerparse.lexicon`::

    reference   = kst_id | zaak | handelingen | kamerstuk | bare
    kst_id      = patterns.KST_ID                       kst-21501-02-1581, kst-CII-B
    zaak        = YEAR ("Z" | "D") DIGITS{4,6}          2022Z18320 (zaak), 2019D37354 (document)
    handelingen = AANHANGSEL? HANDELINGEN chamber? session ","? NR number ("," ITEM number)?
    kamerstuk   = KAMERSTUK chamber? (session ","?)? dossier "-" number  Kamerstuk 35925-VI-56
                | KAMERSTUK chamber? (session ","?)? dossiers ","? stuks
                | KAMERSTUK chamber? (session ","?)? DIGITS "-" number   Kamerstuk 29521-493
                | KAMERSTUK chamber? (session ","?)? dossiers            Kamerstuk 30 804
    bare        = dossiers ","  NR-stuks                                (29 521, nr. 167)
                | SPACED_DIGITS "," LETTER                              31 953, I
    dossiers    = dossier (JOINER dossier)*             30 306/30 307, 36 600 B en 36 600 C
    stuks       = NR (number | LETTER) | NRS number (("," | "en") number)* | LETTER_CUE LETTER
                | LETTER
    chamber     = "I" | "II"                                            Eerste | Tweede Kamer
    session     = YEAR ("/" | "-" | "–") (YEAR | YY)    consecutive years: 2021/22, 2012–2013
    dossier     = DIGITS ("-" SUB)? ((" " | "-") SUFFIX)? | ROMAN
    DIGITS, SUB, SUFFIX, ROMAN = patterns.DOSSIER_DIGITS, DOSSIER_SUB, DOSSIER_SUFFIX,
                  DOSSIER_ROMAN (the identifier grammar the header reads too)
    NR, NRS     = lexicon.NUMBER_CUES, NUMBER_CUES_PLURAL; after a full stop no space is
                  needed (nr.19);  JOINER = lexicon.DOSSIER_JOINERS;  LETTER_CUE = "letter"

Normalised values: ``dossier`` as in the header (``29521``, ``21501-02``, ``33000-X``,
``CII``); ``vergaderjaar`` as ``2021-2022``; ``chamber`` from ``I``/``II``. Canonical ids:

* kamerstuk: ``kst-{dossier}-{number}`` (``kst-29521-446``, ``kst-33000-X-30``, ``kst-CII-B``)
* dossier (a dossier cited without a stuk): ``kst-{dossier}`` (``kst-30804``), ``number`` None
* handelingen: ``h-{tk|ek}-{YYYYYYYY}-{nr}[-{item}]`` (``h-tk-20192020-4-12``); without a
  chamber ``h-{YYYYYYYY}-{nr}[-{item}]``
* aanhangsel: ``ah-{tk|ek}-{YYYYYYYY}-{nr}`` (``ah-tk-20212022-1234``), same rule
* zaak / document: the number itself (``2022Z18320``, ``2019D37354``)

A list sharing one dossier (``Kamerstuk 29 521, nrs. 434 en 440``) gives one record per
number: the first spans the citation up to its number, each further one spans only its
own number, so the spans never overlap. Joint dossiers give one record per dossier and
stuk: each spans its dossier, the last one's up to the stuk (docs/decisions.md).
``Kamerstuk 29521-493`` (no ``nr.``) reads the last part as the stuk number; a last part
with a leading zero (``21 501-02``) is a sub-dossier, and without a stuk it is a
``dossier`` reference.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Mapping

from kamerparse import lexicon as lx
from kamerparse._rx import regex
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract.sentences import sentence_at
from kamerparse.patterns import (
    DOSSIER_DIGITS,
    DOSSIER_ROMAN,
    DOSSIER_SUB,
    DOSSIER_SUFFIX,
    FLAGS,
    KST_ID,
    STUK_DIGITS,
    alternation,
)
from kamerparse.records import Chamber, Diagnostic, Reference, ReferenceKind, Severity, Span

_NB = r"[ \u00a0]"
_BOUND = r"(?![\p{L}\d])"
#: a cue word ending in a full stop may be written against what follows (``nr.19``)
_CUE_END = rf"(?:(?<=\.)|{_BOUND})"
_ZAAK = regex.compile(r"(?P<year>(?:19|20)\d\d)(?P<kind>[ZD])\d{4,6}(?![\p{L}\d])", FLAGS)

_KAMERSTUK_CUE = alternation(lx.KAMERSTUK_CUES)
_HANDELINGEN_CUE = alternation(lx.HANDELINGEN_CUES)
_AANHANGSEL_CUE = alternation(lx.AANHANGSEL_CUES)

#: Where a citation may begin; the group that matched says which rule to try.
_START = regex.compile(
    r"(?<![\p{L}\d-])(?:"
    r"(?P<kst>kst-)"
    r"|(?P<zaak>(?:19|20)\d\d[ZD]\d)"
    rf"|(?P<ah>(?i:{_AANHANGSEL_CUE}){_NB}++(?i:{_HANDELINGEN_CUE}){_BOUND})"
    rf"|(?P<hand>(?i:{_HANDELINGEN_CUE}){_BOUND})"
    rf"|(?P<cue>(?i:{_KAMERSTUK_CUE})(?:(?<=\.)|{_BOUND}))"
    rf"|(?P<bare>\d\d{_NB}?\d\d\d(?!\d))"
    r")",
    FLAGS,
)

_WS = regex.compile(r"\s*+", FLAGS)
_CHAMBER = regex.compile(rf"(?P<numeral>II|I){_BOUND}", FLAGS)
_SESSION = regex.compile(
    r"(?P<y1>(?:19|20)\d\d)\s*+[/–—-]\s*+(?P<y2>(?:19|20)\d\d|\d\d)(?!\d)", FLAGS
)
_COMMA = regex.compile(r",", FLAGS)
#: A dossier as cited (the grammar is patterns' identifier grammar): ``29 521``,
#: ``21 501-02``, ``33 000 X``, ``33000-X``.
_DOSSIER = regex.compile(
    rf"(?P<digits>{DOSSIER_DIGITS})(?:-(?P<sub>{DOSSIER_SUB}))?"
    rf"(?:[ \u00a0-](?P<suffix>{DOSSIER_SUFFIX}){_BOUND})?",
    FLAGS,
)
_ROMAN_DOSSIER = regex.compile(rf"(?P<roman>{DOSSIER_ROMAN}){_BOUND}", FLAGS)
#: where the next dossier of a joint citation starts
_DOSSIER_START = regex.compile(r"\d", FLAGS)
#: A stuk number joined to its dossier by a hyphen (``Kamerstuk 35925-VI-56``).
_HYPHEN_NUMBER = regex.compile(rf"-(?P<n>{STUK_DIGITS})(?![\p{{L}}\d-])", FLAGS)
_NR = regex.compile(rf"(?i:{alternation(lx.NUMBER_CUES)}){_CUE_END}", FLAGS)
_NRS = regex.compile(rf"(?i:{alternation(lx.NUMBER_CUES_PLURAL)}){_CUE_END}", FLAGS)
_LETTER_CUE = regex.compile(rf"(?i:{alternation(lx.STUK_LETTER_CUES)}){_BOUND}", FLAGS)
_NUMBER = regex.compile(r"\d{1,6}(?![\p{L}\d])", FLAGS)
_LETTER = regex.compile(rf"[A-Z]{{1,3}}{_BOUND}", FLAGS)
_JOIN = regex.compile(
    "(?:" + "|".join(rf"{regex.escape(w)}(?!\p{{L}})" for w in lx.LIST_JOINERS) + ")", FLAGS
)
_DOSSIER_JOIN = regex.compile(
    "(?:" + "|".join(rf"{regex.escape(w)}(?!\p{{L}})" for w in lx.DOSSIER_JOINERS) + ")", FLAGS
)
_ITEM = regex.compile(rf"(?i:{alternation(lx.ITEM_CUES)}){_BOUND}", FLAGS)

_CHAMBERS = {numeral: Chamber(name) for numeral, name in lx.CHAMBER_NUMERALS.items()}
_CHAMBER_CODES = {Chamber.TWEEDE_KAMER: "tk", Chamber.EERSTE_KAMER: "ek"}


def extract_references(ctx: ExtractContext) -> Extracted[Reference]:
    """Every reference in the body and footnote regions, in text order."""
    records: list[Reference] = []
    diagnostics: list[Diagnostic] = []
    text = ctx.text
    regions = ctx.regions
    per_region: Mapping[int, list[int] | None] | None = _candidates_by_region(text, regions)
    if per_region is None:  # the plain way: :data:`_START` searches each region
        per_region = dict.fromkeys(range(len(regions)))
    for i in sorted(per_region):  # in the regions' order, as the diagnostics are
        records.extend(_scan(ctx, regions[i], diagnostics, per_region[i]))
    records.sort(key=lambda r: (r.span.start, r.span.end))
    return Extracted(records=tuple(records), diagnostics=tuple(diagnostics))


def parse_reference(text: str) -> Reference | None:
    """Parse one citation that makes up the whole of ``text`` (the first record of a list).

    ``None`` when ``text`` is not exactly one citation. Spans point into ``text``.
    """
    parser = _Parser(text, 0, len(text), [])
    m = _START.match(text)
    if m is None:
        return None
    refs = parser.parse_at(m)
    if not refs or parser.pos != len(text):
        return None
    return refs[0]


# --- scanning --------------------------------------------------------------------------


#: More than one candidate per this many characters: let the regex scan instead.
_DENSE = 16
_ZAAK_LETTERS = "ZD"
_NB_CHARS = " \u00a0"


# Whole-text prefilter for :data:`_START` (see :func:`_candidates_by_region`). Each is a
# separate scan: ``regex`` finds a single literal (even case-insensitively) or a pattern
# opening with a small ASCII set far faster than an alternation of them.

#: Digits (ASCII; :data:`_OTHER_DIGIT` checks there are no others) where a ``zaak``
#: (``2022Z1``) or a ``bare`` dossier (``29 521``, ``29521``) can begin: what
#: :data:`_START` needs of them, without its look-arounds (they may read past a region's
#: end). Found with ``overlapped=True``: every such position, also those a match at an
#: earlier one covers.
_DIGIT_START = regex.compile(
    rf"[0-9][0-9](?:[{_NB_CHARS}]?[0-9]{{3}}|[0-9][0-9][{_ZAAK_LETTERS}][0-9])", FLAGS
)
#: A decimal digit other than ``0-9`` (Latin-1 has none): then the scan above is not enough.
_OTHER_DIGIT = regex.compile(r"[^\x00-\xff](?<=\d)", FLAGS)
#: ``kst-`` is matched as written.
_KST = regex.compile("kst-", FLAGS)


def _common_prefixes(words: set[str]) -> tuple[str, ...]:
    """The longest prefix shared by the words with the same first letter (``kamer`` for
    ``kamerstuk`` and ``kamerbrief``).

    A case-insensitive match of a word is one of its prefix at the same place unless a
    character of the text folds to several that straddle the prefix's end; the characters
    that fold to several (``ß`` to ``ss``, ``ﬆ`` to ``st``, ...) never fold to the ``r``
    that ends ``kamer`` and a letter after it."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words):
        groups.setdefault(w[:1], []).append(w)
    out: list[str] = []
    for g in groups.values():
        first, last = g[0], g[-1]
        n = 0
        while n < min(len(first), len(last)) and first[n] == last[n]:
            n += 1
        out.append(first[:n])  # sorted: what the first and last share, all share
    return tuple(out)


def _cue_scans(words: tuple[str, ...]) -> tuple[regex.Pattern[str], ...]:
    """Case-insensitive scans (as :data:`_START` matches the cues) for ``words``."""
    return tuple(
        regex.compile(regex.escape(w), FLAGS | regex.IGNORECASE)
        for w in _common_prefixes({w.casefold() for w in words})
    )


_KAMERSTUK_SCANS = _cue_scans(lx.KAMERSTUK_CUES)
_HANDELINGEN_SCANS = _cue_scans(lx.HANDELINGEN_CUES)
#: looked for only when a Handelingen cue occurs: an Aanhangsel cue begins a citation only
#: before one
_AANHANGSEL_SCANS = _cue_scans(lx.AANHANGSEL_CUES)


def _candidates_by_region(text: str, regions: tuple[Region, ...]) -> dict[int, list[int]] | None:
    """Per region (by index), the sorted positions in it where :data:`_START` may match,
    found with one scan of the whole text per cue; regions without any are left out.
    ``None`` when the regions overlap, the text has other decimal digits than ``0-9`` or
    candidates are so dense that per-region searching is cheaper."""
    if not regions:
        return None
    found = _candidates(text)
    return None if found is None else _by_region(found, regions)


def _candidates(text: str) -> list[int] | None:
    """The positions in ``text`` where :data:`_START` may match, sorted (see
    :func:`_candidates_by_region`)."""
    if _OTHER_DIGIT.search(text) is not None:
        return None
    found = [m.start() for m in _DIGIT_START.finditer(text, overlapped=True)]
    found.extend(m.start() for m in _KST.finditer(text, overlapped=True))
    cues = len(found)
    for scan in _HANDELINGEN_SCANS:
        found.extend(m.start() for m in scan.finditer(text, overlapped=True))
    if len(found) > cues:
        for scan in _AANHANGSEL_SCANS:
            found.extend(m.start() for m in scan.finditer(text, overlapped=True))
    for scan in _KAMERSTUK_SCANS:
        found.extend(m.start() for m in scan.finditer(text, overlapped=True))
    if len(found) * _DENSE > len(text):
        return None
    found.sort()
    return found


def _by_region(found: list[int], regions: tuple[Region, ...]) -> dict[int, list[int]] | None:
    """The sorted positions ``found`` per region they lie in (by index); ``None`` when the
    regions overlap."""
    starts = [r.span.start for r in regions]
    ends = [r.span.end for r in regions]
    order: list[int] | None = None
    if not all(map(operator.le, ends, starts[1:])):
        order = sorted(range(len(regions)), key=starts.__getitem__)
        starts = [starts[k] for k in order]
        ends = [ends[k] for k in order]
        if not all(map(operator.le, ends, starts[1:])):
            return None  # overlapping regions
    out: dict[int, list[int]] = {}
    for pos in found:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and pos < ends[k]:
            out.setdefault(k if order is None else order[k], []).append(pos)
    return out


def _scan(
    ctx: ExtractContext,
    region: Region,
    diagnostics: list[Diagnostic],
    candidates: list[int] | None,
) -> list[Reference]:
    """The citations in ``region``; ``candidates`` are the (sorted) positions where
    :data:`_START` may match, ``None`` to let it search."""
    out: list[Reference] = []
    text = ctx.text
    pos, end = region.span.start, region.span.end
    parser = _Parser(text, pos, end, diagnostics, (ctx, region))
    while pos < end:
        if candidates is None:
            m = _START.search(text, pos, end)
        else:  # the same match as the search: the first candidate from ``pos`` that matches
            k = bisect.bisect_left(candidates, pos)
            m = None
            while k < len(candidates) and m is None:
                m = _START.match(text, candidates[k], end)
                k += 1
        if m is None:
            break
        refs = parser.parse_at(m)
        if refs:
            out.extend(refs)
            pos = parser.pos
        else:
            pos = m.end()
    return out


class _Parser:
    """Reads one citation from a start match; ``pos`` is where the citation ended."""

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        diagnostics: list[Diagnostic],
        where: tuple[ExtractContext, Region] | None = None,
    ) -> None:
        self.text = text
        self.end = end
        self.pos = start
        self.diagnostics = diagnostics
        #: the region read, for the records' ``sentence`` and ``footnote`` (none without)
        self.where = where
        self._sentences: tuple[Span, ...] | None = None

    # records

    def _ref(
        self,
        kind: ReferenceKind,
        ident: str,
        start: int,
        end: int,
        *,
        chamber: Chamber | None = None,
        vergaderjaar: str | None = None,
        dossier: str | None = None,
        number: str | None = None,
        item: str | None = None,
    ) -> Reference:
        sentence: Span | None = None
        footnote: str | None = None
        if self.where is not None:
            ctx, region = self.where
            if self._sentences is None:
                self._sentences = ctx.sentences_of(region)
            sentence = sentence_at(self._sentences, start)
            footnote = region.footnote
        return Reference(
            kind=kind,
            id=ident,
            span=Span(start=start, end=end),
            chamber=chamber,
            vergaderjaar=vergaderjaar,
            dossier=dossier,
            number=number,
            item=item,
            sentence=sentence,
            footnote=footnote,
        )

    def _kamerstuk_ref(
        self,
        start: int,
        end: int,
        dossier: str,
        number: str,
        cite: tuple[Chamber | None, str | None],
    ) -> Reference:
        chamber, session = cite
        return self._ref(
            ReferenceKind.KAMERSTUK,
            f"kst-{dossier}-{number}",
            start,
            end,
            chamber=chamber,
            vergaderjaar=session,
            dossier=dossier,
            number=number,
        )

    # token helpers

    def _take(self, pattern: regex.Pattern[str]) -> regex.Match[str] | None:
        """Match ``pattern`` after optional white space; advance past it on success."""
        text, at, end = self.text, self.pos, self.end
        # the white space: most often none or one space; :data:`_WS` reads any more (what
        # ``str.isspace`` rejects, ``\s`` does not match)
        if at < end:
            c = text[at]
            if c == " ":
                at += 1
                c = text[at] if at < end else ""
            if c.isspace():
                ws = _WS.match(text, at, end)
                at = ws.end() if ws else at
        m = pattern.match(text, at, end)
        if m is not None:
            self.pos = m.end()
        return m

    # rules

    def parse_at(self, m: regex.Match[str]) -> list[Reference]:
        self.pos = m.end()
        start = m.start()
        if m.group("kst") is not None:
            return self._kst_id(start)
        if m.group("zaak") is not None:
            return self._zaak(start)
        if m.group("ah") is not None:
            return self._handelingen(start, aanhangsel=True)
        if m.group("hand") is not None:
            return self._handelingen(start, aanhangsel=False)
        if m.group("cue") is not None:
            return self._kamerstuk(start)
        self.pos = start
        return self._bare(start)

    def _kst_id(self, start: int) -> list[Reference]:
        m = KST_ID.match(self.text, start, self.end)
        if m is None:
            return []
        self.pos = m.end()
        dossier, number = m.group("dossier"), m.group("stuk")
        return [self._kamerstuk_ref(start, m.end(), dossier, number, (None, None))]

    def _zaak(self, start: int) -> list[Reference]:
        m = _ZAAK.match(self.text, start, self.end)
        if m is None:
            return []
        self.pos = m.end()
        kind = ReferenceKind.ZAAK if m.group("kind") == "Z" else ReferenceKind.DOCUMENT
        number = m.group(0)
        return [self._ref(kind, number, start, m.end(), number=number)]

    def _chamber(self) -> Chamber | None:
        save = self.pos
        m = self._take(_CHAMBER)
        if m is None:
            return None
        # ``Kamerstuk I 2012/13``: a numeral is a chamber only before a session or comma
        after = self.pos
        if self._take(_SESSION) is not None or self._take(_COMMA) is not None:
            self.pos = after
            return _CHAMBERS[m.group("numeral")]
        self.pos = save
        return None

    def _session(self) -> str | None:
        save = self.pos
        m = self._take(_SESSION)
        if m is None:
            return None
        y1 = int(m.group("y1"))
        y2_text = m.group("y2")
        y2 = int(y2_text) if len(y2_text) == 4 else (y1 // 100) * 100 + int(y2_text)
        if y2 != y1 + 1:
            if y2_text == "00" and y1 % 100 == 99:
                y2 = y1 + 1
            else:
                self.diagnostics.append(
                    Diagnostic(
                        code="reference-vergaderjaar-invalid",
                        severity=Severity.WARNING,
                        message=f"vergaderjaar {m.group(0)!r} is not two consecutive years",
                        span=Span(start=m.start(), end=m.end()),
                    )
                )
                self.pos = save
                return None
        return f"{y1}-{y2}"

    def _handelingen(self, start: int, *, aanhangsel: bool) -> list[Reference]:
        chamber = self._chamber()
        session = self._session()
        if session is None:
            return []
        self._take(_COMMA)
        if self._take(_NR) is None:
            return []
        nr = self._take(_NUMBER)
        if nr is None:
            return []
        end = self.pos
        item: str | None = None
        if not aanhangsel:
            after = self.pos
            if self._take(_COMMA) is not None and self._take(_ITEM) is not None:
                it = self._take(_NUMBER)
                if it is not None:
                    item, end = it.group(0), it.end()
            if item is None:
                self.pos = after
        self.pos = end
        year = session.replace("-", "")
        code = _CHAMBER_CODES[chamber] + "-" if chamber else ""
        prefix = "ah" if aanhangsel else "h"
        ident = f"{prefix}-{code}{year}-{nr.group(0)}" + (f"-{item}" if item else "")
        kind = ReferenceKind.AANHANGSEL if aanhangsel else ReferenceKind.HANDELINGEN
        return [
            self._ref(
                kind,
                ident,
                start,
                end,
                chamber=chamber,
                vergaderjaar=session,
                number=nr.group(0),
                item=item,
            )
        ]

    def _kamerstuk(self, start: int) -> list[Reference]:
        chamber = self._chamber()
        session = self._session()
        if session is not None:
            self._take(_COMMA)
        cite = (chamber, session)
        m = self._take(_DOSSIER)
        if m is None:
            r = self._take(_ROMAN_DOSSIER)
            if r is None:
                return []
            refs = self._cited(start, [(r.group(0), r.end())], cite, letters=True)
            return refs or self._dossier_refs(start, [(r.group(0), r.end())], cite)
        # ``Kamerstuk 35925-VI-56``, ``Kamerstuk 21501-02-1581``: the stuk joined by a hyphen
        n = _HYPHEN_NUMBER.match(self.text, m.end(), self.end)
        if n is not None:
            self.pos = n.end()
            return [self._kamerstuk_ref(start, n.end(), _dossier_of(m), n.group("n"), cite)]
        dossiers = self._joint([(_dossier_of(m), m.end())])
        refs = self._cited(start, dossiers, cite, letters=True)
        if refs:
            return refs
        sub = m.group("sub")
        # ``Kamerstuk 29521-493``: the last part is the stuk (``21 501-02`` is a sub-dossier)
        if len(dossiers) == 1 and sub and not sub.startswith("0") and not m.group("suffix"):
            self.pos = m.end()
            base = _digits(m.group("digits"))
            return [self._kamerstuk_ref(start, m.end(), base, sub, cite)]
        return self._dossier_refs(start, dossiers, cite)

    def _bare(self, start: int) -> list[Reference]:
        m = self._take(_DOSSIER)
        if m is None:
            return []
        dossiers = self._joint([(_dossier_of(m), m.end())])
        # a bare stuk letter only after a grouped number (``31 953, I``), never ``31953, I``
        grouped = not m.group("digits").isdigit()
        after = self.pos
        if self._take(_COMMA) is None:
            return []
        letters = grouped and m.group("sub") is None and len(dossiers) == 1
        refs = self._cited(start, dossiers, (None, None), letters=letters)
        if not refs:
            self.pos = after
        return refs

    def _joint(self, dossiers: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """``dossiers`` (one read so far, as ``(dossier, end)``) with the dossiers joined to
        it (``30 306/30 307``, ``36 600 B en 36 600 C``)."""
        while True:
            before = self.pos
            if self._take(_DOSSIER_JOIN) is None:
                return dossiers
            m = self._take(_DOSSIER)
            if m is None:
                self.pos = before
                return dossiers
            dossiers.append((_dossier_of(m), m.end()))

    def _cited(
        self,
        start: int,
        dossiers: list[tuple[str, int]],
        cite: tuple[Chamber | None, str | None],
        *,
        letters: bool,
    ) -> list[Reference]:
        """The records for the stuks cited after ``dossiers``: one per dossier and stuk.

        The last dossier's first record spans from its dossier (from ``start`` for the
        first) to its stuk; each earlier dossier's records span that dossier; a further
        stuk of a list spans its own number."""
        stuks = self._stuks(letters=letters)
        out: list[Reference] = []
        last = len(dossiers) - 1
        at = start
        for i, (dossier, end) in enumerate(dossiers):
            for k, (number, lo, hi) in enumerate(stuks):
                if k > 0:
                    out.append(self._kamerstuk_ref(lo, hi, dossier, number, cite))
                else:
                    out.append(
                        self._kamerstuk_ref(at, hi if i == last else end, dossier, number, cite)
                    )
            at = self._next_start(end)
        out.sort(key=lambda r: (r.span.start, r.span.end))
        return out

    def _next_start(self, end: int) -> int:
        """Where the dossier after the one ending at ``end`` starts (past its joiner)."""
        m = _DOSSIER_START.search(self.text, end, self.end)
        return m.start() if m is not None else end

    def _dossier_refs(
        self, start: int, dossiers: list[tuple[str, int]], cite: tuple[Chamber | None, str | None]
    ) -> list[Reference]:
        """A citation of dossiers without a stuk (``Kamerstuk 30 804``): one record per
        dossier, the first from ``start``, each further one spanning its dossier."""
        chamber, session = cite
        out: list[Reference] = []
        at = start
        for dossier, end in dossiers:
            out.append(
                self._ref(
                    ReferenceKind.DOSSIER,
                    f"kst-{dossier}",
                    at,
                    end,
                    chamber=chamber,
                    vergaderjaar=session,
                    dossier=dossier,
                )
            )
            at = self._next_start(end)
        self.pos = dossiers[-1][1]
        return out

    def _stuks(self, *, letters: bool) -> list[tuple[str, int, int]]:
        """The stuks cited from ``pos`` (``, nr. 446``, ``nrs. 434 en 440``, ``, B``,
        ``letter D``), each as ``(number, start, end)``; ``[]`` (and ``pos`` unchanged)
        when none is. ``letters``: a bare capital counts as a stuk letter."""
        save = self.pos
        self._take(_COMMA)
        if self._take(_NRS) is not None:
            first = self._take(_NUMBER)
            if first is None:
                self.pos = save
                return []
            out = [(first.group(0), first.start(), first.end())]
            while True:
                before = self.pos
                if self._take(_JOIN) is None:
                    break
                nxt = self._take(_NUMBER)
                if nxt is None:
                    self.pos = before
                    break
                out.append((nxt.group(0), nxt.start(), nxt.end()))
            return out
        if self._take(_NR) is not None:
            nr = self._take(_NUMBER) or (self._take(_LETTER) if letters else None)
        elif self._take(_LETTER_CUE) is not None:
            nr = self._take(_LETTER)
        else:
            nr = self._take(_LETTER) if letters else None
        if nr is None:
            self.pos = save
            return []
        return [(nr.group(0), nr.start(), nr.end())]


def _digits(raw: str) -> str:
    return "".join(c for c in raw if c.isdigit())


def _dossier_of(m: regex.Match[str]) -> str:
    out = _digits(m.group("digits"))
    if m.group("sub") is not None:
        out += "-" + m.group("sub")
    if m.group("suffix") is not None:
        out += "-" + m.group("suffix")
    return out

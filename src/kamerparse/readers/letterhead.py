"""The ministry letterhead: a letter as sent, as text extracted from its PDF.

The layout (a made-up example; the real ones interleave more furniture)::

    Retouradres Postbus 20401 2500 EK Den Haag
    De Voorzitter van de Tweede Kamer
    der Staten-Generaal
    Prinses Irenestraat 6
    2595 BD DEN HAAG
    Datum 30 mei 2023
    Betreft Voortgang van het beleid
    Geachte Voorzitter,
    Hier begint de brief, met regels die hard zijn afgebroken en een voet-
    noot1. Een alinea eindigt met een korte regel.
    Ons kenmerk
    ABC / 123
    Pagina 1 van 2
    ...
    A.B. Jansen
    Minister van Voorbeeldzaken
    1 Kamerstuk 12345, nr. 6.

What the reader does, all through :class:`~kamerparse.offsets.TextBuilder`:

1. **Opening** (everything before the salutation): the ``Retouradres`` line, the address
   block (from an addressee opener such as ``De Voorzitter`` to its postcode or
   upper-case city line; the name lines are joined with a space), ``Datum <date>``
   (anything after the date on that line, ``Behandeld ...``, is sidebar), ``Betreft``,
   and the salutation become zoned blocks. Every other line there (the ministry's name,
   sidebar labels and values, ``Kenmerk``, ``Blad``) is letterhead furniture and goes.
2. **Furniture** in the body: a line that is exactly a sidebar label
   (:data:`~kamerparse.lexicon.LETTERHEAD_SIDEBAR_LABELS`) takes at most its label's
   number of short value lines with it, so a sidebar never swallows the body text that
   resumes after it; ``Pagina 1 van 8``, telephone lines (``T 070 ...``), ``www.``
   lines and one-line labelled values (``Ons kenmerk ABC``, ``Datum 30 mei 2023``)
   go as well.
3. **Footnotes**: a line ``N text`` where ``N`` is the next expected footnote number
   (starting at 1) opens a note when the run of notes it starts (each note at most four
   lines) ends at page furniture, site chrome or the end of the input. Each note's
   marker is searched in the body between the previous note's marker and the note
   itself: digits glued to a word (``jl.1,``, ``Europe3.``, ``NPCE)8``), preferring
   one after a lower-case letter or punctuation over one after a capital (``CO2``),
   then a spaced one before a bracket (``ABOARD 11)``); superscript digits in the input
   (``jl.¹``, ``¹Kamerstuk``) count too. Markers are written as superscript digits; the
   notes move to the end, after the signature.
4. **Closing and signature**: ``Hoogachtend,`` (or another closing) and the lines after
   it; without a closing, the trailing lines of the body that read as a role
   (``Minister van ...``, ``De Staatssecretaris ...``) or a name with initials
   (``M.A.M. Adriaansens``), in either order, or a role alone. Signatories split at
   blank lines, and a line joins the current signatory when that one lacks its kind
   (role or name), so name-above and role-above signatories can follow each other; a
   line after a role without a comma that is no name continues a wrapped role; ``De
   Minister van Defensie, J.A. Hennis-Plasschaert`` on one line is both. Site chrome
   after the letter (``Deel:``, ``Lees ook``) is the trailer.
5. **Re-flow**: body lines join into paragraphs with a space. A block ends before a
   bullet line (``•``, ``-``, ``–``), at a blank line, around a heading, and after a line
   that ends a sentence (``.``, ``:``, ``;``, ``?``, ``!``) when the next line's first
   word would have fitted on it (so the break was the writer's, not the wrap's) and the
   next line starts with a capital or digit. A heading is a line that follows a
   sentence end, does not end in ``.``, ``,`` or ``;`` (``:`` only for at most three
   words), has at most twelve words, is short in the same sense and is followed by a
   capitalised line.
6. **Hyphens at line ends** (``letter-`` then the next line): before ``en``/``of``
   (``kennis- en``) the hyphen stays and a space follows; inside a URL, or before a
   capital, it stays with no space. Before a lower-case letter the letter itself
   decides when it can: the hyphenated compound written elsewhere in the letter keeps
   the hyphen (``publiek-private``), the closed form written elsewhere drops it; else a
   capital or digit before the hyphen (``CE-transitie``, ``CO2-vrij``) or two vowels
   meeting (``innovatie-ecosystemen``) keep it, and anything else is a soft line-end
   hyphen and goes (``samenwerkingsover-eenkomst`` -> ``samenwerkingsovereenkomst``).
7. PDF spacing artefacts in place names (``D en Haag``) are repaired in the opening
   fields (return address, address block, date, subject).
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from kamerparse import lexicon as lx
from kamerparse.offsets import TextBuilder
from kamerparse.patterns import FULL_DATE
from kamerparse.readers import RawInput
from kamerparse.readers._letterhead_lines import (
    _ADDRESSEE_OPENER,
    _BULLET,
    _CLOSING,
    _CUE_DATE,
    _CUE_PAGE,
    _CUE_REFERENCE,
    _CUE_RETURN,
    _CUE_SUBJECT,
    _DATE_FIELD,
    _FURNITURE_INITIALS,
    _GLUED_MARKER,
    _LABEL_LINE,
    _MAX_HEADING_WORDS,
    _MAX_NOTE_LINES,
    _MAX_VALUE_LEN,
    _MIN_WIDTH,
    _NOTE_START,
    _NUMBERED_HEADING,
    _PAGE,
    _POSTCODE,
    _RETURN_ADDRESS,
    _SALUTATION,
    _SENTENCE_END,
    _SPACED_MARKER,
    _SPACED_PLACE,
    _STREET,
    _SUBJECT_FIELD,
    _SUSPENDED,
    _TRAILER,
    _UPPER_LINE,
    _VOWELS,
    _WORD,
    _comma_trimmed_end,
    _ends_with,
    _fits,
    _is_address_line,
    _is_furniture_line,
    _is_name,
    _is_role,
    _is_role_rest,
    _Line,
    _number,
    _role_name_split,
    _role_start,
    _split_lines,
)
from kamerparse.readers.base import (
    Block,
    BlockKind,
    Marker,
    ReadResult,
    Zone,
    to_superscript,
)
from kamerparse.records import Span

FORMAT = "letterhead-text"

# --- public -----------------------------------------------------------------------------


def looks_like_letterhead(text: str) -> bool:
    """Cheap check: does ``text`` look like a letter as sent on ministry letterhead?

    True when a line starts with ``Retouradres``, or lines start with both ``Datum`` and
    ``Betreft``, or a ``Pagina N van M`` line and an ``Ons kenmerk`` line both occur
    (in the first 20,000 characters). Literal checks come first; a line-start pattern
    confirms each cue.
    """
    head = text[:20000]
    if any(w in head for w in lx.LETTERHEAD_RETURN_ADDRESS) and _CUE_RETURN.search(head):
        return True
    if (
        any(w in head for w in lx.LETTERHEAD_DATE_LABELS)
        and any(w in head for w in lx.LETTERHEAD_SUBJECT_LABELS)
        and _CUE_DATE.search(head)
        and _CUE_SUBJECT.search(head)
    ):
        return True
    return (
        lx.LETTERHEAD_PAGE_WORDS[0] in head
        and bool(_CUE_PAGE.search(head))
        and bool(_CUE_REFERENCE.search(head))
    )


def read_letterhead_text(raw: RawInput) -> ReadResult:
    """Read a ministry letter as sent (letterhead PDF text); see the module docstring."""
    return _Reader(raw.text).read()


# --- the reader -------------------------------------------------------------------------

_BLANK, _FURNITURE, _TRAILER_LINE, _NOTE, _BODY = range(5)


class _Note(NamedTuple):
    number: int
    lines: tuple[int, ...]  # line indices; the first starts with the number
    text_start: int  # input offset where the note's text starts
    num_span: tuple[int, int]


class _Signatory(NamedTuple):
    # (line index, kind) with kind "role" or "name"; a role may have a continuation line
    lines: tuple[tuple[int, str], ...]


class _Reader:
    def __init__(self, src: str) -> None:
        self.src = src
        self.lines = _split_lines(src)
        self.kind = [_BODY] * len(self.lines)
        self.subs: list[tuple[int, int, str, int | None]] = []  # start, end, text, marker
        self._lower: str | None = None

    # -- driver --------------------------------------------------------------------------

    def read(self) -> ReadResult:
        lines = self.lines
        for i, line in enumerate(lines):
            if not line.text:
                self.kind[i] = _BLANK
        body_from = self._opening_end()
        opening = self._opening(body_from)
        for i in range(body_from):
            if self.kind[i] != _BLANK:
                self.kind[i] = _FURNITURE
        self._mark_furniture(body_from)
        notes = self._mark_notes(body_from)
        body = [i for i in range(body_from, len(lines)) if self.kind[i] == _BODY]
        closing, signatories, body = self._signature(body)
        self._find_markers(body, notes)
        for _, idx, _ in opening:
            for k in idx:
                line = self.lines[k]
                for m in _SPACED_PLACE.finditer(self.src, line.start, line.end):
                    self.subs.append((m.start(), m.end(), m.group().replace(" ", "", 1), None))
        self.subs.sort()
        return self._emit(opening, body, closing, signatories, notes)

    # -- opening -------------------------------------------------------------------------

    def _opening_end(self) -> int:
        """Index of the first body line: after the salutation, else after the subject."""
        last_field = -1
        for i, line in enumerate(self.lines):
            if not line.text:
                continue
            if _SALUTATION.match(line.text) and len(line.text) < 60:
                return i + 1
            if _SUBJECT_FIELD.match(line.text) or _DATE_FIELD.match(line.text):
                last_field = i
            if i - last_field > 40 and last_field >= 0:
                break
        return last_field + 1

    def _opening(self, end: int) -> list[tuple[str, list[int], int | None]]:
        """Opening fields before line ``end``: (field, line indices, value offset)."""
        out: list[tuple[str, list[int], int | None]] = []
        lines = self.lines
        i = 0
        seen: set[str] = set()  # each field once; a repeat is sidebar
        while i < end:
            line = lines[i]
            t = line.text
            if not t:
                i += 1
                continue
            if "return_address" not in seen and (m := _RETURN_ADDRESS.match(t)):
                seen.add("return_address")
                out.append(("return_address", [i], line.start + m.end()))
            elif "date" not in seen and (m := _DATE_FIELD.match(t)):
                # a field whose value is not a full date (``Datum nieuwsfeit: ...`` of
                # site chrome) gives way to a later one whose value is
                if FULL_DATE.fullmatch(m.group("date").strip()):
                    seen.add("date")
                    out = [f for f in out if f[0] != "date"]
                elif any(f[0] == "date" for f in out):
                    i += 1
                    continue
                out.append(("date", [i], line.start + m.start("date")))
            elif "subject" not in seen and (m := _SUBJECT_FIELD.match(t)):
                seen.add("subject")
                group = [i]
                while (
                    i + 1 < end
                    and lines[i + 1].text[:1].islower()
                    and not _SALUTATION.match(lines[i + 1].text)
                ):
                    i += 1
                    group.append(i)
                out.append(("subject", group, line.start + m.end()))
            elif _SALUTATION.match(t):
                out.append(("salutation", [i], None))
            elif "addressee" not in seen and _ADDRESSEE_OPENER.match(t):
                group = self._address_block(i, end)
                seen.add("addressee")
                out.append(("addressee", group, None))
                i = group[-1]
            i += 1
        return out

    def _address_block(self, i: int, end: int) -> list[int]:
        """Lines of the address block opening at line ``i`` (blank lines skipped)."""
        lines = self.lines
        group = [i]
        j = i + 1
        blanks = 0
        while j < end and len(group) < 7:
            t = lines[j].text
            if not t:
                blanks += 1
                if blanks > 2:
                    break
                j += 1
                continue
            blanks = 0
            if _DATE_FIELD.match(t) or _SUBJECT_FIELD.match(t) or _SALUTATION.match(t):
                break
            if _LABEL_LINE.match(t) or _RETURN_ADDRESS.match(t):
                break
            group.append(j)
            if _POSTCODE.match(t) or _UPPER_LINE.match(t):
                break
            j += 1
        else:
            # no postcode or city line closed it: keep only the opener and name lines
            group = [k for k in group if not _STREET.match(lines[k].text)] or [i]
        return group

    # -- furniture, trailer, notes -------------------------------------------------------

    def _mark_furniture(self, start: int) -> None:
        """Mark sidebar runs, page furniture and the trailer from line ``start`` on.

        A run is a stretch of sidebar lines (blank lines inside it allowed). A run that is
        one label standing alone with its values (``Bijlagen`` as a heading) is body text;
        a run with two labels, or with a page, telephone, web or labelled-value line, is
        furniture.
        """
        lines = self.lines
        kind = self.kind
        i = start
        n = len(lines)
        while i < n:
            if kind[i] == _BLANK:
                i += 1
                continue
            if _TRAILER.match(lines[i].text):
                for k in range(i, n):
                    if kind[k] != _BLANK:
                        kind[k] = _TRAILER_LINE
                return
            run: list[int] = []
            labels = strong = 0
            j = i
            while j < n:
                t = lines[j].text
                if kind[j] == _BLANK:
                    j += 1
                elif t[0] in _FURNITURE_INITIALS and (m := _LABEL_LINE.match(t)):
                    run.append(j)
                    labels += 1
                    take = lx.LETTERHEAD_SIDEBAR_LABELS[m["label"]]
                    j += 1
                    while take and j < n and self._is_value(lines[j].text):
                        run.append(j)
                        take -= 1
                        j += 1
                elif _is_furniture_line(t):
                    run.append(j)
                    strong += 1
                    j += 1
                else:
                    break
            if run and (strong or labels >= 2):
                for k in run:
                    kind[k] = _FURNITURE
                i = run[-1] + 1
            else:
                i += 1

    @staticmethod
    def _is_value(t: str) -> bool:
        return (
            bool(t)
            and len(t) <= _MAX_VALUE_LEN
            and not _ends_with(t, ".,;:")
            and not _LABEL_LINE.match(t)
            and not _PAGE.match(t)
            and not _BULLET.match(t)
        )

    def _mark_notes(self, start: int) -> list[_Note]:
        """Footnote lines by number sequence; each run must end at furniture or the end."""
        lines = self.lines
        kind = self.kind
        notes: list[_Note] = []
        expected = 1
        i = start
        n = len(lines)
        while i < n:
            if kind[i] != _BODY:
                i += 1
                continue
            m = _NOTE_START.match(lines[i].text)
            if not m or _number(m) != expected:
                i += 1
                continue
            run = self._note_run(i, expected)
            if run is None:
                i += 1
                continue
            for note in run:
                for k in note.lines:
                    kind[k] = _NOTE
            notes.extend(run)
            expected = run[-1].number + 1
            i = run[-1].lines[-1] + 1
        return notes

    def _note_run(self, i: int, number: int) -> list[_Note] | None:
        lines = self.lines
        kind = self.kind
        run: list[_Note] = []
        current: list[int] = []
        n = len(lines)
        j = i
        while j < n:
            k = kind[j]
            if k == _BLANK:
                j += 1
                continue
            if k != _BODY:
                break
            m = _NOTE_START.match(lines[j].text)
            if m and _number(m) == number:
                if current:
                    run.append(self._note(current))
                current = [j]
                number += 1
            else:
                current.append(j)
                if len(current) > _MAX_NOTE_LINES:
                    return None
            j += 1
        if current:
            run.append(self._note(current))
        return run

    def _note(self, idx: list[int]) -> _Note:
        first = self.lines[idx[0]]
        m = _NOTE_START.match(first.text)
        assert m is not None
        return _Note(
            number=_number(m),
            lines=tuple(idx),
            text_start=first.start + m.end(),
            num_span=(first.start, first.start + m.end("num")),
        )

    # -- closing and signature -----------------------------------------------------------

    def _signature(self, body: list[int]) -> tuple[int | None, list[_Signatory], list[int]]:
        """Split the body line indices into (closing line, signatories, body)."""
        lines = self.lines
        closing = None
        for pos in range(len(body) - 1, max(-1, len(body) - 12), -1):
            if _CLOSING.match(lines[body[pos]].text):
                closing = pos
                break
        if closing is not None:
            tail = body[closing + 1 :]
            sigs = self._group(tail, after_closing=True)
            return body[closing], sigs, body[:closing]
        # no closing: the trailing role / name lines
        take = 0
        pos = len(body) - 1
        while pos >= 0 and take < 8:
            t = lines[body[pos]].text
            if _is_role(t) or _is_name(t):
                take += 1
                pos -= 1
            elif pos > 0 and _is_role(lines[body[pos - 1]].text) and _is_role_rest(t):
                take += 2
                pos -= 2
            else:
                break
        if not take or not any(_is_role(lines[k].text) for k in body[len(body) - take :]):
            return None, [], body
        tail = body[len(body) - take :]
        return None, self._group(tail, after_closing=False), body[: len(body) - take]

    def _group(self, tail: list[int], *, after_closing: bool) -> list[_Signatory]:
        """Pair role and name lines into signatories, name above or below the role.

        A blank line always separates two signatories; otherwise a line joins the
        current signatory when that one lacks its kind (role or name), else starts the
        next one. A line after a role that is neither a role nor a name continues a
        wrapped role.
        """
        lines = self.lines
        sigs: list[list[tuple[int, str]]] = []
        prev: int | None = None
        for k in tail:
            t = lines[k].text
            if _role_name_split(t) is not None:
                what = "both"
            elif _is_role(t):
                what = "role"
            elif sigs and sigs[-1][-1][1] in ("role", "role+") and _is_role_rest(t):
                what = (
                    "role+"
                    if not _is_name(t) and not lines[sigs[-1][-1][0]].text.endswith(",")
                    else "name"
                )
            elif _is_name(t) or after_closing:
                what = "name"
            else:
                continue
            cur = sigs[-1] if sigs else None
            blank = prev is not None and self._blank_gap(prev, k)
            prev = k
            if what == "role+" and cur is not None and not blank:
                cur.append((k, what))
            elif (
                cur is None
                or blank
                or what == "both"
                or any(w.startswith(what) or w == "both" for _, w in cur)
            ):
                sigs.append([(k, "role" if what == "role+" else what)])
            else:
                cur.append((k, what))
        return [_Signatory(tuple(s)) for s in sigs]

    # -- markers -------------------------------------------------------------------------

    def _find_markers(self, body: list[int], notes: list[_Note]) -> None:
        lines = self.lines
        starts = [lines[k].start for k in body]
        floor = 0  # input offset after the previous marker
        for note in notes:
            limit = lines[note.lines[0]].start
            digits = str(note.number)
            sup = to_superscript(digits)
            best: tuple[int, int] | None = None
            fallback: tuple[int, int] | None = None
            for pos in range(max(0, bisect.bisect_right(starts, floor) - 1), len(body)):
                line = lines[body[pos]]
                if line.start >= limit:
                    break
                if digits not in line.text and sup not in line.text:
                    continue
                a = max(line.start, floor)
                for m in _GLUED_MARKER.finditer(self.src, a, line.end):
                    if _number(m) != note.number:
                        continue
                    if self.src[m.start() - 1].isupper():
                        fallback = fallback or (m.start(), m.end())
                        continue
                    best = (m.start(), m.end())
                    break
                if best:
                    break
                if fallback is None:
                    for m in _SPACED_MARKER.finditer(self.src, a, line.end):
                        if _number(m) == note.number:
                            fallback = (m.start(), m.end())
                            break
            found = best or fallback
            if found:
                self.subs.append(
                    (found[0], found[1], to_superscript(str(note.number)), note.number)
                )
                floor = found[1]

    # -- joining -------------------------------------------------------------------------

    def _written(self, word: str) -> bool:
        """Does ``word`` (lower case) occur anywhere in the input?"""
        if self._lower is None:
            self._lower = self.src.lower()
        return word in self._lower

    def _join(self, prev: _Line, nxt: _Line) -> tuple[int, str]:
        """How line ``nxt`` continues ``prev``: (where ``prev``'s text ends, joiner)."""
        p = prev.text
        if len(p) < 2 or p[-1] not in "-‐" or not p[-2].isalnum():
            return prev.end, " "
        if _SUSPENDED.match(nxt.text):
            return prev.end, " "
        last_token = p[p.rfind(" ") + 1 :]
        if "://" in last_token or "www." in last_token or "/" in last_token:
            return prev.end, ""
        head = nxt.text[:1]
        if not head.islower():
            return prev.end, ""
        before = _WORD.findall(last_token)
        after = _WORD.match(nxt.text)
        if before and after:
            left = before[-1].lower()
            right = after.group().lower()
            if self._written(f"{left}-{right}"):
                return prev.end, ""
            if self._written(left + right):
                return prev.end - 1, ""
        if p[-2].isupper() or p[-2].isdigit():
            return prev.end, ""
        if p[-2] in _VOWELS and head in _VOWELS:
            return prev.end, ""
        return prev.end - 1, ""

    # -- emitting ------------------------------------------------------------------------

    def _emit(
        self,
        opening: list[tuple[str, list[int], int | None]],
        body: list[int],
        closing: int | None,
        signatories: list[_Signatory],
        notes: list[_Note],
    ) -> ReadResult:
        src = self.src
        lines = self.lines
        w = _Writer(self)
        blocks: list[Block] = []

        # opening
        for what, idx, value_at in opening:
            first = lines[idx[0]]
            w.sep(first.start)
            start = w.tb.pos
            parts: tuple[tuple[str, Span], ...]
            if what == "addressee":
                names = [k for k in idx if not _is_address_line(lines[k].text)] or idx[:1]
                span = w.flow(names)
                for k in idx:
                    if k not in names:
                        w.tb.put("\n", lines[k].start, lines[k].start)
                        w.emit(lines[k].start, lines[k].end)
                parts = (("addressee", span),)
            elif what == "date":
                m = _DATE_FIELD.match(src, first.start, first.end)
                assert m is not None
                w.emit(first.start, m.start("date"))
                parts = (("date", w.emit(m.start("date"), m.end("date"))),)
            elif what in ("subject", "return_address"):
                assert value_at is not None
                w.emit(first.start, value_at)
                parts = ((what, w.flow(idx, value_at)),)
            else:
                w.emit(first.start, first.end)
                parts = ()
            blocks.append(
                Block(
                    kind=BlockKind.PARAGRAPH,
                    span=Span(start=start, end=w.tb.pos),
                    zone=Zone.OPENING,
                    parts=parts,
                )
            )

        # body
        for kind, idx in self._paragraphs(body):
            first = lines[idx[0]]
            w.sep(first.start)
            span = w.flow(idx)
            number: str | None = None
            parts = ()
            if kind is BlockKind.HEADING:
                m = _NUMBERED_HEADING.match(first.text)
                if m:
                    number = m["num"]
                    parts = (
                        ("number", Span(start=span.start, end=span.start + m.end("num"))),
                        ("title", Span(start=span.start + m.end(), end=span.end)),
                    )
                else:
                    parts = (("title", span),)
            blocks.append(Block(kind=kind, span=span, zone=Zone.BODY, number=number, parts=parts))

        # closing and signatures
        if closing is not None:
            line = lines[closing]
            w.sep(line.start)
            span = w.emit(line.start, line.end)
            blocks.append(Block(kind=BlockKind.PARAGRAPH, span=span, zone=Zone.CLOSING))
        for sig in signatories:
            blocks.append(self._emit_signatory(w, sig))

        # footnotes
        for note in notes:
            w.sep(note.num_span[0])
            start = w.tb.pos
            w.tb.put(to_superscript(str(note.number)), *note.num_span)
            w.tb.put(" ", note.num_span[1], note.text_start)
            span = w.flow(list(note.lines), note.text_start)
            blocks.append(
                Block(
                    kind=BlockKind.FOOTNOTE,
                    span=Span(start=start, end=w.tb.pos),
                    zone=Zone.FOOTNOTE,
                    number=str(note.number),
                    parts=(("text", span),),
                )
            )

        # trailer
        for k, line in enumerate(lines):
            if self.kind[k] == _TRAILER_LINE:
                w.sep(line.start)
                span = w.emit(line.start, line.end)
                blocks.append(Block(kind=BlockKind.PARAGRAPH, span=span, zone=Zone.TRAILER))

        text, offsets = w.tb.build()
        markers = sorted(w.markers, key=lambda m: m.span.start)
        return ReadResult(
            text=text, offsets=offsets, blocks=tuple(blocks), format=FORMAT, markers=tuple(markers)
        )

    def _emit_signatory(self, w: _Writer, sig: _Signatory) -> Block:
        """One signature block: its lines joined by ``\\n``, parts ``role`` and ``name``."""
        src = self.src
        lines = self.lines
        w.sep(lines[sig.lines[0][0]].start)
        start = w.tb.pos
        parts: list[tuple[str, Span]] = []
        n = 0
        while n < len(sig.lines):
            k, what = sig.lines[n]
            if n:
                w.tb.put("\n", lines[k].start, lines[k].start)
            if what == "both":
                line = lines[k]
                comma = line.start + (_role_name_split(line.text) or 0)
                a = _role_start(src, line)
                w.emit(line.start, a)
                parts.append(("role", w.emit(a, comma)))
                name_at = comma + 1
                while src[name_at] in " \t":
                    name_at += 1
                w.emit(comma, name_at)
                b = _comma_trimmed_end(src, line)
                parts.append(("name", w.emit(name_at, b)))
                w.emit(b, line.end)
            elif what == "role":
                group = [k]
                while n + 1 < len(sig.lines) and sig.lines[n + 1][1] == "role+":
                    n += 1
                    group.append(sig.lines[n][0])
                a = _role_start(src, lines[k])
                last = lines[group[-1]]
                b = _comma_trimmed_end(src, last)
                w.emit(lines[k].start, a)
                parts.append(("role", w.flow(group, a, b)))
                w.emit(b, last.end)
            else:
                b = _comma_trimmed_end(src, lines[k])
                parts.append(("name", w.emit(lines[k].start, b)))
                w.emit(b, lines[k].end)
            n += 1
        return Block(
            kind=BlockKind.PARAGRAPH,
            span=Span(start=start, end=w.tb.pos),
            zone=Zone.SIGNATURE,
            parts=tuple(parts),
        )

    # -- paragraphs ----------------------------------------------------------------------

    def _paragraphs(self, body: list[int]) -> list[tuple[BlockKind, list[int]]]:
        """Group body line indices into blocks (see rule 5 of the module docstring)."""
        lines = self.lines
        if not body:
            return []
        lengths = sorted(len(lines[k].text) for k in body)
        width = max(_MIN_WIDTH, lengths[min(len(lengths) - 1, (len(lengths) * 9) // 10)])
        out: list[tuple[BlockKind, list[int]]] = []
        prev: int | None = None
        prev_heading = False
        for n, k in enumerate(body):
            t = lines[k].text
            nxt = body[n + 1] if n + 1 < len(body) else None
            gap_blank = prev is not None and self._blank_gap(prev, k)
            bullet = bool(_BULLET.match(t))
            heading = not bullet and self._is_heading(prev, k, nxt, width)
            new = (
                prev is None
                or bullet
                or heading
                or prev_heading
                or gap_blank
                or self._ends_paragraph(prev, k, width)
            )
            if new:
                kind = (
                    BlockKind.LIST_ITEM
                    if bullet
                    else BlockKind.HEADING
                    if heading
                    else BlockKind.PARAGRAPH
                )
                out.append((kind, [k]))
            else:
                out[-1][1].append(k)
            prev = k
            prev_heading = heading
        return out

    def _blank_gap(self, a: int, b: int) -> bool:
        """A blank line, and nothing but blank lines, between lines ``a`` and ``b``."""
        between = self.kind[a + 1 : b]
        return bool(between) and all(k == _BLANK for k in between)

    def _ends_paragraph(self, prev: int, cur: int, width: int) -> bool:
        p = self.lines[prev].text
        t = self.lines[cur].text
        if not _SENTENCE_END.search(p):
            return False
        if not (t[:1].isupper() or t[:1].isdigit() or t[:1] in "‘'\"“("):
            return False
        return _fits(p, t, width)

    def _is_heading(self, prev: int | None, cur: int, nxt: int | None, width: int) -> bool:
        lines = self.lines
        t = lines[cur].text
        if not (t[:1].isupper() or _NUMBERED_HEADING.match(t)):
            return False
        if _ends_with(t, ".,;!?"):
            return False
        words = t.split()
        if len(words) > _MAX_HEADING_WORDS:
            return False
        if t.endswith(":") and len(words) > 3:
            return False
        if _GLUED_MARKER.search(t) and not _NUMBERED_HEADING.match(t):
            # a marker glued to a word: a sentence, not a heading
            return False
        if prev is not None and not (
            _SENTENCE_END.search(lines[prev].text) or self._blank_gap(prev, cur)
        ):
            return False
        if nxt is None:
            return False
        n = lines[nxt].text
        if self._blank_gap(cur, nxt):
            return True
        if _BULLET.match(n):
            return not t.endswith(":")
        return (n[:1].isupper() or n[:1].isdigit()) and _fits(t, n, width)


class _Writer:
    """Writes the normalised text: verbatim copies with substitutions, joins, separators."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.tb = TextBuilder(reader.src)
        self.markers: list[Marker] = []
        self.subs = reader.subs
        self.sub_starts = [s[0] for s in reader.subs]

    def emit(self, a: int, b: int) -> Span:
        """Copy ``src[a:b]``, writing markers and repairs over their input."""
        tb = self.tb
        start = tb.pos
        i = bisect.bisect_left(self.sub_starts, a)
        pos = a
        while i < len(self.subs) and self.subs[i][0] < b:
            s, e, text, number = self.subs[i]
            i += 1
            if s < pos or e > b:
                continue
            tb.copy(pos, s)
            span = tb.put(text, s, e)
            if number is not None:
                self.markers.append(Marker(number=str(number), span=span))
            pos = e
        tb.copy(pos, b)
        return Span(start=start, end=tb.pos)

    def sep(self, at: int) -> None:
        """The blank line between blocks."""
        if self.tb.pos:
            self.tb.put("\n\n", at, at)

    def flow(
        self, idx: list[int], first_start: int | None = None, last_end: int | None = None
    ) -> Span:
        """Emit lines ``idx`` re-flowed into one run of text (rule 6 for hyphens)."""
        lines = self.reader.lines
        start = self.tb.pos
        for n, k in enumerate(idx):
            line = lines[k]
            a = first_start if n == 0 and first_start is not None else line.start
            if n + 1 < len(idx):
                end, joiner = self.reader._join(line, lines[idx[n + 1]])
                self.emit(a, end)
                self.tb.put(joiner, end, line.brk)
            else:
                self.emit(a, line.end if last_end is None else last_end)
        return Span(start=start, end=self.tb.pos)

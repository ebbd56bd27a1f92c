"""The data model: every record kamerparse produces, in one place.

All records are ``attrs`` frozen, keyword-only, slotted classes. Collections are
tuples; "nothing found" is ``()``; an absent scalar is ``None``. Every record read
from the letter carries a :class:`Span` into ``Letter.text`` such that
``letter.text[span.start:span.end]`` (or ``span.of(letter.text)``) is exactly the text
the record was read from.

Serialisation lives in :mod:`kamerparse.serialize`, not here.
"""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal

from attrs import field, frozen

# the shared types live in kamerparse.base (which imports nothing of the package); they
# are re-exported here, where the data model is read
from kamerparse.base import Block, Diagnostic, OffsetMap, Severity, Span

__all__ = [
    "Addressee",
    "Chamber",
    "Contribution",
    "DateLine",
    "DatedEvent",
    "Diagnostic",
    "DocumentType",
    "Dossier",
    "Footnote",
    "Letter",
    "MandateAction",
    "MandateDecision",
    "PersonnelPart",
    "Recurrence",
    "Reference",
    "ReferenceKind",
    "Section",
    "Sender",
    "Severity",
    "Signatory",
    "Source",
    "Span",
    "Stuk",
    "TimexMod",
    "TimexType",
]


class DocumentType(enum.StrEnum):
    LETTER = "letter"
    MOTION = "motion"
    REPORT = "report"
    OTHER = "other"


class Chamber(enum.StrEnum):
    TWEEDE_KAMER = "Tweede Kamer"
    EERSTE_KAMER = "Eerste Kamer"


@frozen(kw_only=True)
class Source:
    """Where the letter came from: file name (or ``-``), detected format, sha256 of the input."""

    name: str | None
    format: str
    sha256: str


@frozen(kw_only=True)
class Dossier:
    """A dossier (Kamerstukdossier) named in the header, e.g. ``29521`` or ``33000-X``."""

    number: str
    title: str | None
    span: Span


@frozen(kw_only=True)
class Stuk:
    """The document's number within its dossier: ``291`` (Tweede Kamer) or ``AZ`` (Eerste Kamer)."""

    number: str
    reprint: bool
    span: Span


@frozen(kw_only=True)
class Sender:
    """One sender named in the title (``BRIEF VAN DE MINISTER VAN DEFENSIE``)."""

    role: str
    span: Span


@frozen(kw_only=True)
class Addressee:
    text: str
    chamber: Chamber | None
    span: Span


@frozen(kw_only=True)
class DateLine:
    """The place-and-date line (``Den Haag, 25 november 2022``) or ``Datum`` field."""

    place: str | None
    date: datetime.date | None
    span: Span


@frozen(kw_only=True)
class Section:
    """A heading of the body. ``number`` is None for an unnumbered heading (``Politiek``);
    ``parent`` is the number of the enclosing numbered section."""

    number: str | None
    title: str
    level: int
    parent: str | None
    span: Span


@frozen(kw_only=True)
class Footnote:
    """A footnote: its number, its text, the span of the note and the spans of its markers."""

    number: str
    text: str
    span: Span
    refs: tuple[Span, ...] = ()


@frozen(kw_only=True)
class Signatory:
    """A signatory of the letter: ``role`` as ``Minister van Defensie`` and a name."""

    role: str | None
    name: str | None
    span: Span


# --- extractor records ---------------------------------------------------------------


class TimexType(enum.StrEnum):
    DATE = "date"
    DURATION = "duration"
    SET = "set"
    INTERVAL = "interval"


class TimexMod(enum.StrEnum):
    START = "START"
    MID = "MID"
    END = "END"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"


class TimexBound(enum.StrEnum):
    """The relation the preposition before an expression gives it (docs/timex.md)."""

    UNTIL = "until"
    UNTIL_INCLUSIVE = "until-inclusive"
    BEFORE = "before"
    AFTER = "after"
    SINCE = "since"
    FROM = "from"


@frozen(kw_only=True)
class DatedEvent:
    """A temporal expression, normalised TIMEX3-style (see docs/timex.md)."""

    text: str
    span: Span
    value: str
    type: TimexType
    mod: TimexMod | None = None
    bound: TimexBound | None = None
    earliest: datetime.date | None = None
    latest: datetime.date | None = None
    relative: bool = False
    sentence: Span | None = None
    section: str | None = None
    footnote: str | None = None
    rule: str | None = None


class ReferenceKind(enum.StrEnum):
    KAMERSTUK = "kamerstuk"
    #: a dossier cited without a stuk (``Kamerstuk 30 804``): ``number`` is None
    DOSSIER = "dossier"
    HANDELINGEN = "handelingen"
    AANHANGSEL = "aanhangsel"
    ZAAK = "zaak"
    DOCUMENT = "document"


@frozen(kw_only=True)
class Reference:
    """A reference to another parliamentary document, with a canonical ``id``."""

    kind: ReferenceKind
    id: str
    span: Span
    chamber: Chamber | None = None
    vergaderjaar: str | None = None
    dossier: str | None = None
    number: str | None = None
    item: str | None = None
    sentence: Span | None = None
    footnote: str | None = None


class MandateAction(enum.StrEnum):
    EXTEND = "extend"
    START = "start"
    END = "end"
    NOT_EXTEND = "not_extend"
    CHANGE = "change"
    CONTINUE = "continue"
    OTHER = "other"


@frozen(kw_only=True)
class PersonnelPart:
    """One listed part of a mandate's personnel (``maximaal drie stafofficieren``)."""

    count: int | None
    description: str
    span: Span


@frozen(kw_only=True)
class MandateDecision:
    mission: str
    action: MandateAction
    span: Span
    max_personnel: int | None = None
    approximate: bool = False
    until: str | None = None
    duration: str | None = None
    start: str | None = None
    composition: tuple[PersonnelPart, ...] = ()
    shared_with: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    decided: bool = True
    sentence: Span | None = None
    footnote: str | None = None


class Recurrence(enum.StrEnum):
    ONCE = "once"
    YEARLY = "yearly"
    MONTHLY = "monthly"
    OTHER = "other"


@frozen(kw_only=True)
class Contribution:
    amount: Decimal
    currency: str
    amount_text: str
    span: Span
    recipient: str | None = None
    recurrence: Recurrence = Recurrence.ONCE
    period: str | None = None
    decided: bool = True
    sentence: Span | None = None
    footnote: str | None = None


# --- the letter ------------------------------------------------------------------------


@frozen(kw_only=True)
class Letter:
    """A parsed letter. ``text`` is the normalised text every span points into.

    ``offsets`` maps positions in ``text`` back to positions in the original input
    (see :meth:`kamerparse.base.OffsetMap.to_source`).
    """

    text: str
    source: Source
    document_type: DocumentType = DocumentType.OTHER
    vergaderjaar: str | None = None
    chamber: Chamber | None = None
    dossiers: tuple[Dossier, ...] = ()
    stuk: Stuk | None = None
    title: str | None = None
    title_span: Span | None = None
    senders: tuple[Sender, ...] = ()
    addressee: Addressee | None = None
    dateline: DateLine | None = None
    sections: tuple[Section, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    events: tuple[DatedEvent, ...] = ()
    references: tuple[Reference, ...] = ()
    mandates: tuple[MandateDecision, ...] = ()
    contributions: tuple[Contribution, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    offsets: OffsetMap | None = field(default=None, eq=False, repr=False)
    #: the reader's blocks (not serialised): where each stretch of text came from
    blocks: tuple[Block, ...] = field(default=(), eq=False, repr=False)

    def xpath_of(self, span: Span) -> str | None:
        """The XPath of the element a record at ``span`` was read from (structured input:
        XML, HTML, docx); ``None`` for text input or text outside any block."""
        for block in self.blocks:
            if block.span.start <= span.start and span.end <= block.span.end:
                return block.xpath
        return None

    @property
    def date(self) -> datetime.date | None:
        """The letter's own date (from the date line), the reference for relative dates."""
        return self.dateline.date if self.dateline else None

    @property
    def place(self) -> str | None:
        return self.dateline.place if self.dateline else None

    def __repr__(self) -> str:
        """A short summary, not the whole text (``print(letter)``): source, type, dossier,
        stuk, date, the text's length and how many records of each kind."""
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in _REPR_COUNTS)
        return (
            f"Letter(source={self.source.name!r}, format={self.source.format!r}, "
            f"document_type={self.document_type.value!r}, "
            f"dossiers={[d.number for d in self.dossiers]!r}, "
            f"stuk={self.stuk.number if self.stuk else None!r}, "
            f"date={self.date.isoformat() if self.date else None!r}, "
            f"title={_short(self.title)!r}, text=<{len(self.text)} characters>, {counts})"
        )


#: The record tuples whose lengths :meth:`Letter.__repr__` shows.
_REPR_COUNTS = (
    "sections",
    "footnotes",
    "signatories",
    "events",
    "references",
    "mandates",
    "contributions",
    "diagnostics",
)


def _short(text: str | None, limit: int = 60) -> str | None:
    """``text`` cut to ``limit`` characters with an ellipsis (for :meth:`Letter.__repr__`)."""
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"

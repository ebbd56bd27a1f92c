"""The stages after reading: segment -> section parsers -> extractors -> resolve -> Letter."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from kamerparse.base import Block, ReadResult, Zone
from kamerparse.extract import ExtractContext, Region
from kamerparse.extract.dates import extract_events
from kamerparse.extract.mandates import extract_mandates
from kamerparse.extract.money import extract_contributions
from kamerparse.extract.references import extract_references
from kamerparse.records import (
    Chamber,
    Diagnostic,
    DocumentType,
    Letter,
    Severity,
    Signatory,
    Source,
)
from kamerparse.resolve import (
    resolve_footnotes,
    resolve_signatories,
    senders_from_signatories,
)
from kamerparse.sections import (
    BODY,
    FOOTNOTES,
    HEADER,
    OPENING,
    REGISTRY,
    SIGNATURES,
    TITLE,
    SectionContext,
    SectionResults,
)
from kamerparse.sections.body import Body
from kamerparse.sections.header import Header
from kamerparse.sections.opening import Opening
from kamerparse.sections.title import Title
from kamerparse.segment import segment_blocks


def build_letter(
    result: ReadResult, *, source: Source, reference_date: datetime.date | None = None
) -> Letter:
    text = result.text
    by_zone = _by_zone(text, result.blocks)
    parsed = parse_sections(text, by_zone)
    diags: list[Diagnostic] = list(result.diagnostics)
    diags += parsed.diagnostics()
    header, title, opening = parsed[HEADER].records, parsed[TITLE].records, parsed[OPENING].records
    body, signatories = parsed[BODY].records, parsed[SIGNATURES].records
    has_title = bool(by_zone[Zone.TITLE])

    doc_type = _document_type(title, opening, signatories, has_title=has_title)
    chamber: Chamber | None = opening.addressee.chamber if opening.addressee else None
    if chamber is None:
        # a letter's addressee names the chamber; else the header (kameraanduiding)
        chamber = header.chamber

    senders = title.senders
    if not has_title and doc_type is DocumentType.LETTER:
        # a letter as sent has no title: its senders are the offices that sign it
        senders = senders_from_signatories(text, signatories)

    footnotes, fn_diags = resolve_footnotes(parsed[FOOTNOTES].records, result.markers)
    diags += fn_diags
    diags += resolve_signatories(doc_type, senders, signatories)
    diags += _kind_diagnostics(doc_type, header, opening, signatories, has_title=has_title)

    dateline = opening.dateline
    ctx = _extract_context(
        result, by_zone, body, reference_date or (dateline.date if dateline else None)
    )
    events = extract_events(ctx)
    references = extract_references(ctx)
    mandates = extract_mandates(ctx, events.records, dates=extract_events)
    contributions = extract_contributions(ctx)
    diags += events.diagnostics + references.diagnostics
    diags += mandates.diagnostics + contributions.diagnostics

    is_letter = doc_type is DocumentType.LETTER
    return Letter(
        text=text,
        source=source,
        document_type=doc_type,
        vergaderjaar=header.vergaderjaar,
        chamber=chamber,
        dossiers=header.dossiers,
        stuk=header.stuk,
        title=title.title,
        title_span=title.span,
        senders=senders,
        addressee=opening.addressee if is_letter else None,
        dateline=dateline,
        sections=body.sections,
        footnotes=footnotes,
        signatories=signatories,
        events=events.records,
        references=references.records,
        mandates=mandates.records,
        contributions=contributions.records,
        diagnostics=tuple(sorted(diags, key=_diag_key)),
        offsets=result.offsets,
        blocks=result.blocks,
    )


def _by_zone(text: str, blocks: Sequence[Block]) -> dict[Zone, list[Block]]:
    """Segment the blocks and group them by zone (every zone present, maybe empty)."""
    by_zone: dict[Zone, list[Block]] = {z: [] for z in Zone}
    for block, zone in segment_blocks(text, blocks):
        by_zone[zone].append(block)
    return by_zone


def parse_sections(text: str, by_zone: dict[Zone, list[Block]]) -> SectionResults:
    """Run every registered section parser over its zone's blocks."""
    titles = by_zone[Zone.TITLE]
    ctx = SectionContext(title=titles[0] if titles else None)
    return SectionResults({s.name: s.parse(text, by_zone[s.zone], ctx) for s in REGISTRY})


def _document_type(
    title: Title, opening: Opening, signatories: Sequence[Signatory], *, has_title: bool
) -> DocumentType:
    """The title's document type; a document without a title that has an addressee or a
    signature is a letter; a ``Vastgesteld``/``Voorgesteld`` line names the type otherwise."""
    doc_type = title.document_type
    if not has_title and (opening.addressee or signatories):
        doc_type = DocumentType.LETTER
    if doc_type is DocumentType.OTHER and opening.dateline_verb:
        doc_type = DocumentType(_verb_type(opening.dateline_verb))
    return doc_type


def _kind_diagnostics(
    doc_type: DocumentType,
    header: Header,
    opening: Opening,
    signatories: Sequence[Signatory],
    *,
    has_title: bool,
) -> list[Diagnostic]:
    """What a letter lacks (date, addressee, signature), or what kind of document it is."""
    diags: list[Diagnostic] = []
    if doc_type is DocumentType.LETTER:
        if opening.dateline is None:
            diags.append(
                Diagnostic(
                    code="no-date",
                    severity=Severity.WARNING,
                    message="no place-and-date line or Datum field found",
                )
            )
        if opening.addressee is None:
            diags.append(
                Diagnostic(
                    code="no-addressee", severity=Severity.INFO, message="no addressee line found"
                )
            )
        if not signatories:
            diags.append(
                Diagnostic(
                    code="no-signatories",
                    severity=Severity.WARNING,
                    message="no signature found at the end of the letter",
                )
            )
    elif doc_type is DocumentType.OTHER and not has_title and not header.dossiers:
        diags.append(
            Diagnostic(
                code="not-a-parliamentary-document",
                severity=Severity.WARNING,
                message="no header, title, addressee or signature of a parliamentary document",
            )
        )
    else:
        diags.append(
            Diagnostic(
                code="not-a-letter",
                severity=Severity.INFO,
                message=f"the document is a {doc_type.value}, not a letter",
            )
        )
    return diags


def _extract_context(
    result: ReadResult,
    by_zone: dict[Zone, list[Block]],
    body: Body,
    reference_date: datetime.date | None,
) -> ExtractContext:
    """The extractors' input: the body's blocks (with their section) and the footnotes'
    texts as regions, the reference date for relative dates, the marker spans."""
    regions: list[Region] = []
    for block, section in zip(by_zone[Zone.BODY], body.block_sections, strict=True):
        regions.append(Region(span=block.span, section=section))
    for block in by_zone[Zone.FOOTNOTE]:
        tp = next((s for k, s in block.parts if k == "text"), block.span)
        regions.append(Region(span=tp, footnote=block.number))
    return ExtractContext(
        text=result.text,
        regions=tuple(regions),
        reference_date=reference_date,
        markers=tuple(m.span for m in result.markers),
    )


def _verb_type(verb: str) -> str:
    from kamerparse.lexicon import DATELINE_VERBS

    return DATELINE_VERBS.get(verb, "other")


def _diag_key(d: Diagnostic) -> tuple[int, str]:
    return (d.span.start if d.span else -1, d.code)


"""The stages after reading: segment -> section parsers -> extractors -> resolve -> Letter."""

from __future__ import annotations

import datetime

from kamerparse.extract import ExtractContext, Region
from kamerparse.extract.dates import extract_events
from kamerparse.extract.mandates import extract_mandates
from kamerparse.extract.money import extract_contributions
from kamerparse.extract.references import extract_references
from kamerparse.readers.base import Block, ReadResult, Zone
from kamerparse.records import (
    Chamber,
    Diagnostic,
    DocumentType,
    Letter,
    Severity,
    Source,
)
from kamerparse.resolve import (
    resolve_footnotes,
    resolve_signatories,
    senders_from_signatories,
)
from kamerparse.sections.body import parse_body
from kamerparse.sections.footnotes import parse_footnotes
from kamerparse.sections.header import parse_header
from kamerparse.sections.opening import parse_opening
from kamerparse.sections.signatures import parse_signatures
from kamerparse.sections.title import parse_title
from kamerparse.segment import segment_blocks


def build_letter(
    result: ReadResult, *, source: Source, reference_date: datetime.date | None = None
) -> Letter:
    text = result.text
    zoned = segment_blocks(text, result.blocks)
    by_zone: dict[Zone, list[Block]] = {z: [] for z in Zone}
    for block, zone in zoned:
        by_zone[zone].append(block)
    diags: list[Diagnostic] = list(result.diagnostics)

    title_block = by_zone[Zone.TITLE][0] if by_zone[Zone.TITLE] else None
    header = parse_header(text, by_zone[Zone.HEADER], title_block)
    title = parse_title(text, title_block)
    opening = parse_opening(text, by_zone[Zone.OPENING])
    body = parse_body(text, by_zone[Zone.BODY])
    footnotes = parse_footnotes(text, by_zone[Zone.FOOTNOTE])
    signatories = parse_signatures(text, by_zone[Zone.SIGNATURE])
    diags += header.diagnostics + opening.diagnostics

    doc_type = title.document_type
    if title_block is None and (opening.addressee or signatories):
        doc_type = DocumentType.LETTER
    if doc_type is DocumentType.OTHER and opening.dateline_verb:
        doc_type = DocumentType(_verb_type(opening.dateline_verb))

    chamber: Chamber | None = opening.addressee.chamber if opening.addressee else None
    if chamber is None:
        # a letter's addressee names the chamber; else the header (kameraanduiding)
        chamber = header.chamber

    senders = title.senders
    if title_block is None and doc_type is DocumentType.LETTER:
        # a letter as sent has no title: its senders are the offices that sign it
        senders = senders_from_signatories(text, signatories)

    footnotes, fn_diags = resolve_footnotes(footnotes, result.markers)
    diags += fn_diags
    diags += resolve_signatories(doc_type, senders, signatories)

    dateline = opening.dateline
    if doc_type is DocumentType.LETTER:
        if dateline is None:
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
    elif doc_type is DocumentType.OTHER and title_block is None and not header.dossiers:
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

    # extractors over body regions and footnote texts
    regions: list[Region] = []
    for block, section in zip(by_zone[Zone.BODY], body.block_sections, strict=True):
        regions.append(Region(span=block.span, section=section))
    for block in by_zone[Zone.FOOTNOTE]:
        tp = next((s for k, s in block.parts if k == "text"), block.span)
        regions.append(Region(span=tp, footnote=block.number))
    ref_date = reference_date or (dateline.date if dateline else None)
    ctx = ExtractContext(
        text=text,
        regions=tuple(regions),
        reference_date=ref_date,
        markers=tuple(m.span for m in result.markers),
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


def _verb_type(verb: str) -> str:
    from kamerparse.lexicon import DATELINE_VERBS

    return DATELINE_VERBS.get(verb, "other")


def _diag_key(d: Diagnostic) -> tuple[int, str]:
    return (d.span.start if d.span else -1, d.code)


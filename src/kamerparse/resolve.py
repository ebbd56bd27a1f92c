"""Cross-section links: footnote markers <-> footnote bodies, senders <-> signatories."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kamerparse.readers.base import Marker
from kamerparse.records import (
    Diagnostic,
    DocumentType,
    Footnote,
    Sender,
    Severity,
    Signatory,
    Span,
)
from kamerparse.sections.signatures import normalise_role


def resolve_footnotes(
    footnotes: Sequence[Footnote], markers: Sequence[Marker]
) -> tuple[tuple[Footnote, ...], tuple[Diagnostic, ...]]:
    """Give each footnote the spans of its markers; report markers without a note and
    notes without a marker."""
    by_number: dict[str, list[Marker]] = defaultdict(list)
    for m in markers:
        by_number[m.number].append(m)
    diags: list[Diagnostic] = []
    known = {f.number for f in footnotes}
    for number, ms in sorted(by_number.items(), key=lambda kv: kv[1][0].span.start):
        if number not in known:
            for m in ms:
                diags.append(
                    Diagnostic(
                        code="footnote-marker-without-body",
                        severity=Severity.WARNING,
                        message=f"footnote marker {number} has no footnote text",
                        span=m.span,
                    )
                )
    out: list[Footnote] = []
    for f in footnotes:
        refs = tuple(m.span for m in by_number.get(f.number, ()))
        if not refs:
            diags.append(
                Diagnostic(
                    code="footnote-without-marker",
                    severity=Severity.WARNING,
                    message=f"footnote {f.number} has no marker in the text",
                    span=f.span,
                )
            )
        out.append(Footnote(number=f.number, text=f.text, span=f.span, refs=refs))
    return tuple(out), tuple(diags)


def resolve_signatories(
    document_type: DocumentType, senders: Sequence[Sender], signatories: Sequence[Signatory]
) -> tuple[Diagnostic, ...]:
    """Check senders named in the title against the signatories' roles."""
    diags: list[Diagnostic] = []
    for s in signatories:
        if s.role is None and document_type is DocumentType.LETTER:
            diags.append(
                Diagnostic(
                    code="signatory-without-role",
                    severity=Severity.INFO,
                    message=f"signatory {s.name} has no role",
                    span=s.span,
                )
            )
        if s.name is None:
            diags.append(
                Diagnostic(
                    code="signatory-without-name",
                    severity=Severity.INFO,
                    message=f"signatory {s.role} has no name",
                    span=s.span,
                )
            )
    if document_type is not DocumentType.LETTER:
        return tuple(diags)
    signed = {_key(s.role) for s in signatories if s.role}
    for sender in senders:
        if _key(sender.role) not in signed:
            diags.append(
                Diagnostic(
                    code="sender-without-signatory",
                    severity=Severity.WARNING,
                    message=f"sender {sender.role!r} in the title has no matching signatory",
                    span=sender.span,
                )
            )
    return tuple(diags)


def _key(role: str) -> str:
    return " ".join(normalise_role(role).lower().replace(",", " ").split())


def senders_from_signatories(text: str, signatories: Sequence[Signatory]) -> tuple[Sender, ...]:
    """The senders of a letter without a title (a letter as sent): each signatory's role,
    with the span of the role as written in the signature (``de minister van X`` is
    matched case-insensitively inside the signatory's span)."""
    out: list[Sender] = []
    for s in signatories:
        if s.role is None:
            continue
        raw = s.span.of(text).lower()
        at = raw.find(s.role.lower())
        if at < 0:
            continue
        start = s.span.start + at
        out.append(Sender(role=s.role, span=Span(start=start, end=start + len(s.role))))
    return tuple(out)

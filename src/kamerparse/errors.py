"""Exceptions. Everything kamerparse raises on purpose derives from :class:`KamerparseError`.

Problems *inside* a letter are not exceptions but :class:`~kamerparse.records.Diagnostic`
records (see docs/diagnostics.md); ``strict=True`` turns those into a
:class:`LetterDiagnosticsError`.
"""

from __future__ import annotations

from collections.abc import Sequence

from kamerparse.records import Diagnostic


class KamerparseError(Exception):
    """Base class of every exception kamerparse raises on purpose."""


class InvalidInput(KamerparseError, ValueError):
    """The input cannot be read as a letter at all: empty, binary, undecodable,
    oversized, or malformed/unsafe structured input (XML, HTML, docx)."""


class UnknownFormat(KamerparseError, ValueError):
    """The caller asked for a format kamerparse does not know."""


class DiagnosticError(KamerparseError):
    """One diagnostic raised as an exception (used inside :class:`LetterDiagnosticsError`)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(f"{diagnostic.code}: {diagnostic.message}")
        self.diagnostic = diagnostic


class LetterDiagnosticsError(KamerparseError, ExceptionGroup[DiagnosticError]):
    """Raised by ``parse(..., strict=True)`` when the letter has error or warning diagnostics.

    ``diagnostics`` holds them as records; ``exceptions`` as :class:`DiagnosticError`.
    """

    diagnostics: tuple[Diagnostic, ...]

    def __new__(cls, message: str, diagnostics: Sequence[Diagnostic]) -> LetterDiagnosticsError:
        self = super().__new__(cls, message, [DiagnosticError(d) for d in diagnostics])
        self.diagnostics = tuple(diagnostics)
        return self

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic]) -> None:
        super().__init__(message, [DiagnosticError(d) for d in diagnostics])

    def derive(self, excs: Sequence[DiagnosticError]) -> LetterDiagnosticsError:  # type: ignore[override]
        return LetterDiagnosticsError(self.message, [e.diagnostic for e in excs])

"""Extractors over the letter's body and footnotes.

Each extractor is a pure function ``extract_X(ctx: ExtractContext) -> Extracted[T]``
over the normalised text: it reads only ``ctx`` (never the clock, the network or a
global cache) and returns its records in text order plus diagnostics.
"""

from __future__ import annotations

import datetime
from typing import Generic, TypeVar

from attrs import field, frozen

from kamerparse.extract.sentences import split_sentences
from kamerparse.records import Diagnostic, Span

T = TypeVar("T")


@frozen(kw_only=True)
class Region:
    """A stretch of text an extractor reads: one body paragraph (or heading), or one
    footnote's text. ``section`` is the number of the section it stands in; ``footnote``
    the footnote's number when the region is a footnote's text."""

    span: Span
    section: str | None = None
    footnote: str | None = None
    #: the region's sentence spans when the caller has them already; ``()`` means
    #: "split on demand" (use :meth:`ExtractContext.sentences_of`)
    sentences: tuple[Span, ...] = ()


@frozen(kw_only=True)
class ExtractContext:
    """What extractors see. ``markers`` are footnote-marker spans (superscript digits):
    never part of an extracted expression. ``reference_date`` is the letter's own date
    (or the caller's ``reference_date=``), ``None`` when unknown."""

    text: str
    regions: tuple[Region, ...]
    reference_date: datetime.date | None = None
    markers: tuple[Span, ...] = ()
    #: sentences split so far, per region span (as ``(start, end)``): filled on first use
    #: by :meth:`sentences_of` and shared by every extractor of this one parse
    _sentences: dict[tuple[int, int], tuple[Span, ...]] = field(
        factory=dict, eq=False, repr=False
    )
    #: no ``!`` or ``?`` in the text: then no region need look for them
    _only_full_stops: bool = field(init=False, eq=False, repr=False)

    @_only_full_stops.default
    def _no_other_stops(self) -> bool:
        return "!" not in self.text and "?" not in self.text

    def sentences_of(self, region: Region) -> tuple[Span, ...]:
        """The region's sentences, split once per parse however many extractors ask
        (regions no extractor asks about are never split)."""
        if region.sentences:
            return region.sentences
        span = region.span
        key = (span.start, span.end)
        found = self._sentences.get(key)
        if found is None:
            found = self._sentences[key] = split_sentences(
                self.text, span, only_full_stops=self._only_full_stops
            )
        return found


@frozen(kw_only=True)
class Extracted(Generic[T]):
    records: tuple[T, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


"""Format detection from content (never from the file name alone).

Order: structured formats by their magic bytes or root element, then the text
layouts by cheap literal cues.
"""

from __future__ import annotations

from kamerparse.patterns import OB_PAGE_CUE_LINES
from kamerparse.readers import RawInput
from kamerparse.readers.letterhead import looks_like_letterhead


def detect(raw: RawInput, known: frozenset[str]) -> str:
    head = raw.data[:2048].lstrip()
    if head.startswith(b"PK\x03\x04") and "docx" in known:
        return "docx"
    low = head[:512].lower()
    if "ob-html" in known and (low.startswith((b"<!doctype html", b"<html")) or b"<html" in low):
        return "ob-html"
    if "ob-xml" in known and (
        low.startswith((b"<?xml", b"<!doctype", b"<officiele-publicatie", b"<kamerwrk",
                        b"<kamerstuk"))
        or b"<officiele-publicatie" in low
        or b"<kamerwrk" in low
    ):
        return "ob-xml"
    text = raw.text
    if "letterhead-text" in known and looks_like_letterhead(text):
        return "letterhead-text"
    if has_ob_page_cue(text):
        return "ob-page-text"
    return "kamerstuk-text"


#: Each cue line with its characters (upper case first: the rarer ones in text).
_CUE_CHARS: tuple[tuple[str, str], ...] = tuple(
    (cue, "".join(sorted(set(cue), key=lambda c: (not c.isupper(), c))))
    for cue in OB_PAGE_CUE_LINES
)


def has_ob_page_cue(text: str) -> bool:
    """``OB_PAGE_CUE.search(text)`` as a literal scan: one of :data:`OB_PAGE_CUE_LINES`
    at a line start, followed by nothing but spaces and tabs up to the line end."""
    n = len(text)
    for cue, chars in _CUE_CHARS:
        # a character the text lacks rules the cue out: a one-character search is much
        # faster than a search for the cue (``X Noot`` in a text without an ``X``)
        if not all(c in text for c in chars):
            continue
        i = text.find(cue)
        while i >= 0:
            if i == 0 or text[i - 1] == "\n":
                j = i + len(cue)
                while j < n and text[j] in " \t":
                    j += 1
                if j == n or text[j] == "\n":
                    return True
            i = text.find(cue, i + 1)
    return False

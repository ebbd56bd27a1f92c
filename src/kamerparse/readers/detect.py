"""Format detection from content (never from the file name alone).

Order: structured formats by their magic bytes or root element, then the text
layouts by cheap literal cues.
"""

from __future__ import annotations

from kamerparse.patterns import OB_PAGE_CUE
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
    if OB_PAGE_CUE.search(text):
        return "ob-page-text"
    return "kamerstuk-text"

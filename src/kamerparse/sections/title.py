"""Title: the document type and the senders.

``BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN`` -> letter, senders
``Minister van Defensie`` and ``Minister van Buitenlandse Zaken``;
``BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT``
-> two senders sharing the portfolio; ``BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN
ALGEMENE ZAKEN`` -> one sender. Only letters have senders.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from kamerparse import lexicon as lx
from kamerparse._rx import regex
from kamerparse.base import Block
from kamerparse.patterns import (
    DOC_TYPE,
    LOWER_WORDS,
    PLURAL_TO_SINGULAR,
    PORTFOLIO_SPLIT,
    ROLE_HEAD,
    ROLE_SPACED,
    SENDER_SPLIT,
    TITLE,
    TITLE_SENTENCE,
)
from kamerparse.records import DocumentType, Sender, Span
from kamerparse.sections._base import SectionContext, SectionResult, block_lines, trimmed
from kamerparse.segment import title_starts as _title_starts


@frozen(kw_only=True)
class Title:
    document_type: DocumentType
    title: str | None = None
    span: Span | None = None
    senders: tuple[Sender, ...] = ()




def parse(text: str, blocks: Sequence[Block], ctx: SectionContext) -> SectionResult[Title]:
    """The document type, title and senders from the first title block."""
    return SectionResult(records=_title(text, blocks[0] if blocks else None))


def _title(text: str, block: Block | None) -> Title:
    if block is None:
        return Title(document_type=DocumentType.OTHER)
    lines = list(block_lines(text, block))
    for n, (line, span) in enumerate(lines):
        m = _title_match(line)
        if m is None:
            continue
        start = span.start + m.start()
        sentence = not m.group("type").isupper()
        end = span.end
        if n < len(lines) - 1 and _continues(lines, n, sentence):
            end = lines[-1][1].end
        title_span = trimmed(text, start, end, " \t")
        title_text = " ".join(title_span.of(text).split())
        title_text = title_text.rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹ ")
        doc_type = DocumentType(DOC_TYPE[m.group("type").upper()])
        senders: tuple[Sender, ...] = ()
        if doc_type is DocumentType.LETTER:
            senders = _senders(text, span.start + m.end("type"), title_span.end)
        return Title(document_type=doc_type, title=title_text, span=title_span, senders=senders)
    return Title(document_type=DocumentType.OTHER)


def _title_match(line: str) -> regex.Match[str] | None:
    """The title on ``line``: upper case (``BRIEF VAN ...``) at a word start, else in
    sentence case (``Brief van de minister ...``) after at most three words."""
    for start in range(len(line)):
        if start and line[start - 1] != " ":
            continue
        m = TITLE.match(line, start)
        if m:
            return m
    for start in _title_starts(line):
        m = TITLE_SENTENCE.match(line, start)
        if m:
            return m
    return None


def _continues(lines: list[tuple[str, Span]], n: int, sentence: bool) -> bool:
    """Upper-case lines after the title line continue it (a wrapped title); after a
    sentence-case title, any lines the segmenter kept in the title block do."""
    rest = [ln for ln, _ in lines[n + 1 :]]
    return sentence or all(ln.upper() == ln for ln in rest)


def _senders(text: str, start: int, end: int) -> tuple[Sender, ...]:
    """Split ``VAN DE MINISTER VAN X, DE MINISTER VAN Y EN DE ...`` into senders."""
    # a title wrapped over lines reads as one line (same length: spans stay valid)
    s = text[start:end].replace("\n", " ")
    s = ROLE_SPACED.sub(_hyphenated, s)
    words = s.split()
    if words and words[0].lower() in _TO_WORDS:
        return ()  # ``BRIEF AAN ...``: addressed to the office it names, not sent by it
    m = ROLE_HEAD.search(s)
    if m is None:
        return _institution(text, start, end, s)
    out: list[tuple[str, Span, str | None]] = []  # (title, span, portfolio)
    for a, b in _pieces(s, m.start(), start):
        sp = trimmed(text, a, b, " \t\n,⁰¹²³⁴⁵⁶⁷⁸⁹")
        piece = s[sp.start - start : sp.end - start]
        hm = ROLE_HEAD.match(piece)
        if hm is None:
            continue
        title_word = hm.group("title")
        portfolio = piece[hm.end() :].strip() or None
        plural = title_word.upper() in PLURAL_TO_SINGULAR
        if plural and portfolio:
            singular = PLURAL_TO_SINGULAR[title_word.upper()]
            rel = 0
            for part in PORTFOLIO_SPLIT.split(portfolio):
                idx = piece.find(part, rel)
                rel = idx + len(part)
                psp = Span(start=sp.start + idx, end=sp.start + idx + len(part))
                out.append((singular, psp if idx >= 0 else sp, part))
        else:
            out.append((title_word, sp, portfolio))
    return _shared_portfolios(out)


def _pieces(s: str, first: int, start: int) -> list[tuple[int, int]]:
    """One piece of ``s`` (the title from ``start`` in the text) per sender, from the
    first role at ``first``: (span start, span end) in the text."""
    cuts = [first]
    cuts += [sm.end() for sm in SENDER_SPLIT.finditer(s, first)]
    pieces: list[tuple[int, int]] = []
    for i, c in enumerate(cuts):
        stop = len(s)
        if i + 1 < len(cuts):
            nxt = SENDER_SPLIT.search(s, c)
            stop = nxt.start() if nxt else len(s)
        pieces.append((start + c, start + stop))
    return pieces


def _shared_portfolios(out: list[tuple[str, Span, str | None]]) -> tuple[Sender, ...]:
    """Senders from (title, span, portfolio); a title without a portfolio shares the
    next one's (``DE MINISTER EN DE STAATSSECRETARIS VAN ...``)."""
    senders: list[Sender] = []
    for i, (title_word, sp, portfolio) in enumerate(out):
        if portfolio is None:
            portfolio = next((p for _, _, p in out[i + 1 :] if p), None)
        if portfolio is None:
            role = role_case(title_word)
        else:
            sep = "" if portfolio.startswith(",") else " "
            role = role_case(f"{title_word}{sep}{portfolio}")
        senders.append(Sender(role=role, span=sp))
    return tuple(senders)


_TO_WORDS = frozenset(w.lower() for w in lx.ADDRESSEE_TO)
_FROM_WORDS = frozenset(lx.ROLE_LINKS[:1])
_ARTICLES = frozenset(lx.ROLE_ARTICLES)


def _institution(text: str, start: int, end: int, s: str) -> tuple[Sender, ...]:
    """A sender that is no minister (``VAN DE ALGEMENE REKENKAMER``, ``VAN DE VOORZITTER
    VAN DE TWEEDE KAMER``): one sender, the words after ``VAN`` and the article."""
    words = s.split()
    k = 0
    if k < len(words) and words[k].lower() in _FROM_WORDS:
        k += 1
    if k < len(words) and words[k].lower() in _ARTICLES:
        k += 1
    if k == 0 or k >= len(words):
        return ()
    at = s.index(words[k], len(" ".join(words[:k])))
    sp = trimmed(text, start + at, end, " \t\n,⁰¹²³⁴⁵⁶⁷⁸⁹")
    return (Sender(role=role_case(s[sp.start - start : sp.end - start]), span=sp),)


def _hyphenated(m: regex.Match[str]) -> str:
    """``MINISTER PRESIDENT`` -> ``MINISTER-PRESIDENT`` (same length)."""
    return m.group().replace(" ", "-")


def role_case(s: str) -> str:
    """``MINISTER VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING`` ->
    ``Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking``."""
    words = s.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i and lw.strip(",") in LOWER_WORDS:
            out.append(lw)
        elif w.isupper() or w.islower():
            if "-" in w:
                out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
            else:
                out.append(w[:1].upper() + w[1:].lower())
        else:
            out.append(w)
    return " ".join(out)

"""Regular expressions built from :mod:`kamerparse.lexicon`, compiled once at import.

Patterns use the ``regex`` module; quantifiers that could backtrack over long runs are
possessive (``++``, ``*+``) or atomic.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from kamerparse import lexicon as lx
from kamerparse._rx import regex

FLAGS = regex.VERSION1 | regex.UNICODE


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of literal ``words``, longest first (ties in code point
    order, so the pattern text is the same in every process, whatever the set order)."""
    return "(?:" + "|".join(regex.escape(w) for w in longest_first(words)) + ")"


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct ``words``, longest first and equal lengths in code point order: the
    order an alternation of literals tries them in (a longer word before a prefix of it)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


# --- calendar --------------------------------------------------------------------------

MONTH_NUMBER: dict[str, int] = {
    form.lower(): i + 1 for i, forms in enumerate(lx.MONTHS) for form in forms
}
MONTH_NAME = alternation(form for forms in lx.MONTHS for form in forms)


def month_number(word: str) -> int | None:
    """The month a month word names (``"november"``, ``"NOV."``, ``"JUNİ"``), or None.

    Patterns match month words case-insensitively with full case folding, so a match can
    be a spelling (``JUNİ``) whose ``lower()`` is not a key: fold and drop combining marks.
    """
    key = word.lower()
    if key in MONTH_NUMBER:
        return MONTH_NUMBER[key]
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )
    return MONTH_NUMBER.get(folded)


#: ``25 november 2022`` (day month year), case-insensitive month.
FULL_DATE = regex.compile(
    rf"(?<![\p{{L}}\d])(?P<day>[0-3]?\d)\s++(?P<month>(?i:{MONTH_NAME}))(?!\p{{L}})\s++(?P<year>(?:1[89]|20)\d\d)(?!\d)",
    FLAGS,
)

# --- sentences -------------------------------------------------------------------------

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: What ends a sentence: ``.``, ``!`` or ``?``, then closing quotes or brackets and footnote
#: markers (the sentence's last characters), when white space and the start of the next
#: sentence follow; ``SENTENCE_END_DOT`` is the rule for a full stop alone.
SENTENCE_CLOSERS = r"[»”\"')\]]"
SENTENCE_OPENERS = r"[\p{Lu}\d«“\"'(‘]"
_SENTENCE_STOP_TAIL = rf"{SENTENCE_CLOSERS}*+[{SUPERSCRIPTS}]*+(?=\s++{SENTENCE_OPENERS})"
SENTENCE_END = regex.compile(rf"[.!?]{_SENTENCE_STOP_TAIL}", FLAGS)
SENTENCE_END_DOT = regex.compile(rf"\.{_SENTENCE_STOP_TAIL}", FLAGS)
#: Abbreviations (and abbreviated month names, ``1 jan. 2023``) that do not end a sentence.
ABBREVIATIONS_LOWER = frozenset(a.lower() for a in lx.ABBREVIATIONS) | frozenset(
    form for forms in lx.MONTHS for form in forms if form.endswith(".")
)
INITIALS = regex.compile(r"(?:\p{Lu}\.)++", FLAGS)

# --- text readers ----------------------------------------------------------------------

#: Inline markup in text/Markdown converted from PDF: ``<sup>2</sup>``, other tags,
#: emphasis runs, Markdown backslash escapes.
INLINE_MARKUP = regex.compile(
    r"<sup>\s*+(?P<sup>\d{1,4})\s*+</sup>"
    r"|</?(?P<tag>[a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^<>]{0,200})?/?>"
    r"|(?P<emph>(?<![\s*])\*{1,3}+|\*{1,3}+(?=[^\s*]))"
    r"|(?P<esc>\\)(?=[\\`*_{}\[\]()#+\-.!<>])",
    FLAGS,
)
MD_HEADING = regex.compile(r"[ \t]{0,3}+(?P<hashes>#{1,6}+)[ \t]++", FLAGS)
MD_RULE = regex.compile(r"[ \t]*+(?:(?:-[ \t]*+){3,}|(?:\*[ \t]*+){3,}|(?:_[ \t]*+){3,})", FLAGS)
#: A footnote body paragraph of the print layout: ``<sup>2</sup> text``.
SUP_NOTE_START = regex.compile(
    r"[ \t]*+(?:\*\*)?<sup>\s*+(?P<num>\d{1,4})\s*+</sup>(?:\*\*)?[ \t]++", FLAGS
)
#: Publication-site footnote heading ``X Noot`` / ``XNoot`` (alone on its line).
OB_NOTE_HEADING = regex.compile(
    r"[ \t]*+" + alternation(lx.OB_FOOTNOTE_HEADINGS) + r"[ \t]*+", FLAGS
)
#: A line holding only a footnote number.
NUMBER_LINE = regex.compile(r"[ \t]*+(?P<num>\d{1,4})[ \t]*+", FLAGS)
#: ``1) text`` notes (2012 pages) and ``Noot 1: text`` (rijksbegroting.nl).
PAREN_NOTE_START = regex.compile(r"[ \t]*+(?P<num>\d{1,3})\)[ \t]++", FLAGS)
LABEL_NOTE_START = regex.compile(
    r"[ \t]*+(?i:" + alternation(lx.NOTE_LABELS) + r")[ \t]++(?P<num>\d{1,3})[ \t]*+:[ \t]*+", FLAGS
)
BACK_TO_TOP = regex.compile(r"[ \t]*+" + alternation(lx.OB_BACK_TO_TOP) + r"[ \t]*+", FLAGS)
#: A footnote marker glued to a word or punctuation: ``aan1.``, ``Vraagstukken.1``.
GLUED_MARKER = regex.compile(r"(?<=[\p{L}»”)]|\p{L}[.,;:])(?P<num>\d{1,3})(?=[\s.,;:)]|$)", FLAGS)
#: A ``1)`` marker after a space, for pages that use ``1)`` notes.
PAREN_MARKER = regex.compile(r"(?<=\S[ \t])(?P<num>\d{1,3})\)(?=[\s.,;:]|$)", FLAGS)
#: A paragraph line that ends mid-sentence (a page or line break, not a paragraph end).
#: OPEN_END and HYPHEN_END match one and two characters before the end: the text reader
#: searches only a line's last one or two characters with them.
OPEN_END = regex.compile(r"(?:\p{L}|\d|[)\-–])$", FLAGS)
HYPHEN_END = regex.compile(r"\p{Ll}-$", FLAGS)
LOWER_START = regex.compile(r"\p{Ll}", FLAGS)

#: Lines that cue the publication site's page text (alone on a line, trailing spaces and
#: tabs allowed): :data:`OB_PAGE_CUE` as literals, for a ``str.find`` scan.
OB_PAGE_CUE_LINES: tuple[str, ...] = (
    *lx.OB_FOOTNOTE_HEADINGS[:2],
    *lx.OB_BACK_TO_TOP,
    lx.OB_TABLE_HEADINGS[0],
)
#: Cues that text is the publication site's page text.
OB_PAGE_CUE = regex.compile(
    r"^" + alternation(OB_PAGE_CUE_LINES) + r"[ \t]*+$", FLAGS | regex.MULTILINE
)

# --- header ----------------------------------------------------------------------------

_DASH = r"[-–—/]"
#: ``Vergaderjaar 2022–2023`` / ``vergaderjaar 2022-2023`` / metadata table ``...2011-2012``.
VERGADERJAAR = regex.compile(
    r"(?i:"
    + alternation(lx.VERGADERJAAR_WORDS)
    + r")[ \t]*+(?P<y1>(?:19|20)\d\d)[ \t]*+"
    + _DASH
    + r"[ \t]*+(?P<y2>(?:19|20)?\d\d)(?!\d)",
    FLAGS,
)
#: The flattened metadata table row: ``Tweede Kamer der Staten-Generaal2011-201231568 nr. 100``.
OB_TABLE_ROW = regex.compile(
    r"(?P<chamber>"
    + alternation(lx.CHAMBER_NAMES)
    + r")[^\n\d]*?(?P<y1>(?:19|20)\d\d)-(?P<y2>(?:19|20)\d\d)"
    r"(?P<dossier>[0-9A-Z][^\n]*?)[ \t]++(?:"
    + alternation(lx.STUK_NUMBER_WORDS)
    + r")[ \t]*+(?P<stuk>[0-9A-Z]{1,5})[ \t]*+$",
    FLAGS | regex.MULTILINE,
)

# Identifiers: one grammar for a dossier and a stuk number, wherever they are read (a
# header line, a citation in running text, a ``kst-`` identifier). :data:`DOSSIER`,
# :data:`KST_ID` and the citations of ``extract/references.py`` are built from these.

#: A dossier's number: five digits, grouped or not (``29 521``, ``29521``).
DOSSIER_DIGITS = r"[1-9]\d[ \u00a0]?\d{3}(?!\d)"
#: A sub-dossier's number after a hyphen (``21 501-02``, ``21 501-18``).
DOSSIER_SUB = r"\d{1,3}(?!\d)"
#: A dossier's suffix: a Roman numeral (a budget chapter, ``33 000 X``) or capitals
#: (``34 775 A``).
DOSSIER_SUFFIX = r"[IVXLC]{1,6}|[A-Z]{1,2}"
#: An Eerste Kamer dossier named by a Roman numeral alone (``CII``).
DOSSIER_ROMAN = r"[CLXVI]{2,8}"
#: A stuk's number (``446``) or an Eerste Kamer stuk's letters (``B``, ``AZ``).
STUK_DIGITS = r"\d{1,5}"
STUK_LETTERS = r"[A-Z]{1,3}"

#: Dossier number as printed on a header line: ``29 521``, ``21 501-02``, ``33 000 X``,
#: ``34775 A``, ``CII``; a header line also carries old four-digit dossiers (``8000``),
#: and may space the sub-number's hyphen.
DOSSIER = regex.compile(
    rf"(?P<num>{DOSSIER_DIGITS}|[1-9]\d{{3}}(?!\d))"
    rf"(?:[ \u00a0]?-[ \u00a0]?(?P<sub>{DOSSIER_SUB}))?"
    rf"(?:[ \u00a0]++(?P<suffix>{DOSSIER_SUFFIX})(?=[ \t\n]|$))?"
    rf"|(?P<roman>{DOSSIER_ROMAN})(?=[ \t\n]|$)",
    FLAGS,
)
#: ``Nr. 291`` / ``nr. 72`` at a line start.
STUK_NUMBER = regex.compile(
    r"(?:" + alternation(lx.STUK_NUMBER_WORDS) + r")[ \t]*+(?P<n>\d{1,5})(?!\d)", FLAGS
)
#: An Eerste Kamer stuk letter alone at a line start (``AZ``, ``E``) before HERDRUK, a
#: marker, the title or the line end.
STUK_LETTER = regex.compile(
    r"(?P<l>[A-Z]{1,3})(?=[ \t]++(?:"
    + alternation(lx.REPRINT_WORDS)
    + r")|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[ \t]*+$|[ \t]++\p{Lu}{3,}|[ \t]++"
    + alternation(t.capitalize() for t, _ in lx.DOCUMENT_TYPES)
    + r"[ \t]++"
    + alternation(lx.TITLE_LINKS)
    + r"[ \t])",
    FLAGS,
)
#: A publication-site identifier (a URL, an ID line, a citation): ``kst-31953-34``,
#: ``kst-33000-X-60``, ``kst-21501-02-1581``, ``kst-CII-B``.
KST_ID = regex.compile(
    r"(?<![\w-])kst-(?P<dossier>[1-9]\d{4}"
    rf"(?:-{DOSSIER_SUB}(?=-))?(?:-(?:{DOSSIER_SUFFIX})(?=-))?|{DOSSIER_ROMAN})"
    rf"-(?P<stuk>{STUK_DIGITS}(?!\d)|{STUK_LETTERS})(?![\w-])",
    FLAGS,
)
REPRINT = regex.compile(r"\b" + alternation(lx.REPRINT_WORDS) + r"\b", FLAGS)

# --- title -----------------------------------------------------------------------------

DOC_TYPE = dict(lx.DOCUMENT_TYPES)
#: A title line: an upper-case document type opening the line (after an optional stuk).
TITLE = regex.compile(
    r"(?P<type>" + alternation(DOC_TYPE) + r")(?=[ \t]|$)(?P<rest>[^\n]*+)", FLAGS
)
_ROLE_WORDS = [w for pair in lx.ROLE_TITLES for w in pair]
ROLE_WORD = alternation(_ROLE_WORDS)
#: Splits a title's senders: ``, DE MINISTER ...`` / `` EN DE STAATSSECRETARIS ...``.
#: Case-insensitive for sentence-case titles; after ``EN`` the article may be missing
#: (``DE MINISTER EN STAATSSECRETARIS VAN ...``), after a comma it may not
#: (``MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN`` is one sender).
SENDER_SPLIT = regex.compile(
    r"[ \t]*+(?:,[ \t]++(?=(?i:"
    + alternation(lx.ROLE_ARTICLES)
    + r")[ \t]++(?i:"
    + ROLE_WORD
    + r")\b)|\b(?i:"
    + alternation(w for w in lx.SENDER_JOINERS if w.isalpha())
    + r")\b[ \t]++(?=(?:(?i:"
    + alternation(lx.ROLE_ARTICLES)
    + r")[ \t]++)?(?i:"
    + ROLE_WORD
    + r")\b))",
    FLAGS,
)
#: The article and title of office opening a sender or signature line.
ROLE_HEAD = regex.compile(
    r"(?:(?i:"
    + alternation(lx.ROLE_ARTICLES)
    + r")[ \t]++)?(?P<title>(?i:"
    + ROLE_WORD
    + r"))(?![\p{L}-])",
    FLAGS,
)
#: ``VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN``: portfolios of a plural title.
PORTFOLIO_SPLIT = regex.compile(
    r"(?:,|[ \t]++(?i:EN))[ \t]++(?=(?i:" + alternation(lx.ROLE_LINKS) + r")[ \t])",
    FLAGS,
)
ROLE_LINK_WORDS = frozenset(lx.ROLE_LINKS)
#: ``MINISTERS`` -> ``Minister``: plural titles of office in a title, to the singular.
PLURAL_TO_SINGULAR = {plural.upper(): singular for singular, plural in lx.ROLE_TITLES}
LOWER_WORDS = frozenset(lx.ROLE_LOWERCASE_WORDS)

# --- opening ---------------------------------------------------------------------------

ADDRESSEE = regex.compile(
    r"(?:"
    + alternation(lx.ADDRESSEE_TO)
    + r"[ \t]++)?"
    + alternation(lx.ADDRESSEE_ARTICLES)
    + r"[ \t]++(?:"
    + alternation((*lx.ADDRESSEE_HEADS, *(h.lower() for h in lx.ADDRESSEE_HEADS)))
    + r"|(?<="
    + alternation(lx.ADDRESSEE_TO)
    + r"[ \t]++"
    + alternation(lx.ADDRESSEE_ARTICLES)
    + r"[ \t]++)"
    + alternation(lx.ADDRESSEE_MEMBERS)
    + r")\b[^\n]*+",
    FLAGS,
)
CHAMBER_IN_TEXT = regex.compile(
    r"(?P<chamber>" + alternation(lx.CHAMBER_NAMES) + r")", FLAGS | regex.IGNORECASE
)
PLACE_DATE = regex.compile(
    r"(?P<place>(?i:"
    + alternation(lx.PLACES)
    + r")|"
    + alternation(lx.PLACE_VARIANTS)
    + r")[ \t]*+,[ \t]*+(?P<date>[^\n]{6,40}?)[ \t.]*+$",
    FLAGS,
)
VERB_DATE = regex.compile(
    r"(?P<verb>"
    + alternation(lx.DATELINE_VERBS)
    + r")[ \t]*+:?[ \t]*+(?P<date>[^\n]{6,40}?)[ \t.]*+$",
    FLAGS,
)
LETTERHEAD_DATE = regex.compile(
    r"(?:"
    + alternation(lx.LETTERHEAD_DATE_LABELS)
    + r")[ \t]++(?P<date>[0-3]?\d[ \t]++\p{L}+\.?[ \t]++\d{4})",
    FLAGS,
)
SALUTATION = regex.compile(alternation(lx.SALUTATIONS) + r"[ \t]*+,?", FLAGS)

# --- closing and signatures ------------------------------------------------------------

CLOSING = regex.compile(alternation(lx.CLOSINGS) + r"[ \t]*+,?[ \t]*+", FLAGS)
TRAILER = regex.compile(
    alternation((*lx.SIGNATURE_TRAILERS, *lx.SITE_CHROME_TRAILERS))
    + r"|(?:"
    + alternation(lx.PRINT_FOOTER_CUES)
    + r")(?:\d++)?(?=\s|$)",
    FLAGS,
)
#: A person's name as signed: initials then words (``J.A. Hennis-Plasschaert``,
#: ``M. (Mark) Rutte``, ``E. G. Terpstra``, ``C. van Nieuwenhuizen Wijbenga``).
NAME = regex.compile(
    r"(?:\p{Lu}\p{Ll}{0,2}\.[ \t]?){1,6}+(?:\([^()\n]{1,40}\)[ \t]++)?"
    r"(?:[\p{L}'’-]++[ \t]?){1,6}+",
    FLAGS,
)
BARE_SURNAME = regex.compile(
    r"\p{Lu}[\p{L}'’-]{1,40}(?:[ \t]++\p{Lu}[\p{L}'’-]{1,40}){0,2}"
    # a member's name with particles (``Van der Werf``, ``Diederik van Dijk``), issue #11
    r"|\p{Lu}[\p{L}'’-]{1,40}(?:[ \t]++(?:"
    + alternation(lx.LETTERHEAD_NAME_PARTICLES)
    + r"))++(?:[ \t]++\p{Lu}[\p{L}'’-]{1,40}){1,2}",
    FLAGS,
)
MOTION_END = regex.compile(alternation(lx.MOTION_CLOSING), FLAGS | regex.IGNORECASE)
ON_BEHALF = regex.compile(alternation(lx.ON_BEHALF_OF), FLAGS)

# --- body ------------------------------------------------------------------------------

#: A numbered heading: ``1.``, ``1.1``, ``2.3.1`` then a title.
NUMBERED_HEADING = regex.compile(
    r"(?P<number>[1-9]\d?(?:\.[1-9]\d?){0,4}+)\.?[ \t]++(?P<title>\S[^\n]{0,200}+)", FLAGS
)

# --- flattened transcriptions ----------------------------------------------------------

_PLACE_DATE_INLINE = (
    r"(?:"
    + alternation(lx.PLACES)
    + r")[ \t]*+,[ \t]*+[0-3]?\d[ \t]++(?i:"
    + MONTH_NAME
    + r")[ \t]++\d{4}"
)
#: Where a whole letter flattened onto one line (a PDF transcription) breaks into blocks:
#: before ``Nr. 41 BRIEF``, before the addressee, around the place-and-date, before a
#: signature ``De minister van X, M. Name``, and before the print footer (``KST``).
FLAT_BREAK = regex.compile(
    r"(?<=\s)(?="
    r"(?:" + alternation(lx.STUK_NUMBER_WORDS) + r")[ \t]*+\d{1,5}[ \t]++\p{Lu}{4,}"
    r"|"
    + alternation(f"{o} {h}" for o in lx.ADDRESSEE_OPENERS[:1] for h in lx.ADDRESSEE_HEADS)
    + r"\b"
    r"|" + _PLACE_DATE_INLINE + r"(?!\d)"
    r"|(?:"
    + alternation(w.capitalize() for w in lx.ROLE_ARTICLES)
    + r")[ \t]++(?i:"
    + ROLE_WORD
    + r")\b[^.,\n]{0,80}+,[ \t]++\p{Lu}\."
    r"|(?:" + alternation(lx.PRINT_FOOTER_CUES) + r")\d*+\s"
    r")"
    r"|(?<=" + _PLACE_DATE_INLINE + r")(?=[ \t])",
    FLAGS,
)
#: Literal cues one of which a flattened letter line must hold before FLAT_BREAK runs.
FLAT_CUES = tuple(lx.ADDRESSEE_HEADS)
#: A line at least this long is a flattened transcription when FLAT_BREAK finds breaks.
FLAT_LINE = 300

# --- layout robustness (issue #10) -----------------------------------------------------

_DATE_WORDS = r"[0-3]?\d[ \t]++(?i:" + MONTH_NAME + r")(?!\p{L})[ \t]++(?:1[89]|20)\d\d(?!\d)"
#: A place-and-date anywhere on a line (``... der Staten-Generaal Den Haag, 19 december
#: 2011``; ``Den Haag, 19 december 2011 Kenmerk ...``): the place, a comma, a full date.
PLACE_DATE_AT = regex.compile(
    r"(?<![\p{L}'’-])(?P<place>(?i:"
    + alternation(lx.PLACES)
    + r")|"
    + alternation(lx.PLACE_VARIANTS)
    + r")[ \t]*+,[ \t]*+(?P<date>"
    + _DATE_WORDS
    + r")",
    FLAGS,
)
#: A sentence-case title: the document type capitalised, then ``van`` / ``aan``
#: (``Brief van de minister van Defensie``), as opposed to a sentence of the body.
TITLE_SENTENCE = regex.compile(
    r"(?P<type>"
    + alternation(t.capitalize() for t in DOC_TYPE)
    + r")(?=[ \t]++"
    + alternation(lx.TITLE_LINKS)
    + r"[ \t])(?P<rest>[^\n]*+)",
    FLAGS,
)


def _spaced(word: str) -> str:
    """``Pagina`` -> a pattern that also matches the letter-spaced ``P agina``."""
    return "[ ]?".join(regex.escape(c) for c in word)


#: A page-furniture line: ``Pagina 6 van 7``, ``P agina 6 van 7``, ``Blz. 2``, ``- 2 -``.
PAGE_FURNITURE = regex.compile(
    r"[ \t]*+(?:(?:"
    + "|".join(_spaced(w) for w in lx.PAGE_FURNITURE_WORDS)
    + r")[ \t]*+\d{1,4}(?:[ \t]++(?:"
    + alternation(lx.LETTERHEAD_PAGE_WORDS[1:])
    + r")[ \t]++\d{1,4})?|[-–][ \t]*+\d{1,4}[ \t]*+[-–])[ \t]*+",
    FLAGS,
)
#: Spaced two-word titles of office (``MINISTER PRESIDENT``), case-insensitive.
ROLE_SPACED = regex.compile(
    r"(?i:" + alternation(lx.ROLE_TITLE_SPACED) + r")(?![\p{L}-])", FLAGS
)
#: A line ending in an initial (``..., M.``, ``J.A.``): in hard-wrapped text the name
#: continues on the next line.
INITIAL_END = regex.compile(r"(?<!\p{L})(?:\p{Lu}\.[ \t]?)++[ \t]*+$", FLAGS)
#: A line ending in a day and month whose year is on the next line (``19 december`` /
#: ``2011``).
DAY_MONTH_END = regex.compile(
    r"(?<![\p{L}\d])[0-3]?\d[ \t]++(?i:" + MONTH_NAME + r")[ \t]*+$", FLAGS
)
#: A signature line naming a function that is not a title of office (``De voorzitter,``).
SIGNATORY_FUNCTION = regex.compile(
    r"(?:(?i:"
    + alternation(lx.ROLE_ARTICLES)
    + r")[ \t]++)?(?P<title>(?i:"
    + alternation(lx.SIGNATORY_FUNCTIONS)
    + r"))(?![\p{L}-])[^\n.]{0,120}+",
    FLAGS,
)
#: ``Namens de Algemene Rekenkamer,`` above a signature.
SIGNING_FOR = regex.compile(
    alternation(lx.SIGNING_ON_BEHALF) + r"[ \t]++[^\n.]{2,120}+,[ \t]*+", FLAGS
)
#: The heading of an attachment after the signature (``Bijlage``, ``Bijlage 1: ...``).
ATTACHMENT = regex.compile(
    alternation(lx.ATTACHMENT_HEADINGS) + r"(?![\p{L}])(?:[ \t]*+[\d:.][^\n]*+)?", FLAGS
)
#: A dossier suffix wrapped onto the line after the number: ``C Vaststelling ...``.
DOSSIER_SUFFIX_LINE = regex.compile(
    r"(?P<suffix>[IVXLC]{1,6}|[A-Z]{1,2})[ \t]++(?=\p{Lu}\p{Ll})", FLAGS
)

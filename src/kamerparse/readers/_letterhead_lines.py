"""Lines and line patterns of the ministry letterhead (:mod:`kamerparse.readers.letterhead`).

The patterns are built once from the lexicon; the predicates here look at one line's
text (a role, a name, a sidebar line, an address line) without the rest of the letter.
"""

from __future__ import annotations

from typing import NamedTuple

from kamerparse import lexicon as lx
from kamerparse._rx import regex
from kamerparse.patterns import FLAGS, FULL_DATE, alternation
from kamerparse.readers.base import SUPERSCRIPT_DIGITS, from_superscript

# --- patterns, built once from the lexicon ----------------------------------------------

_LABELS = alternation(lx.LETTERHEAD_SIDEBAR_LABELS)
_RETURN_ADDRESS = regex.compile(
    r"(?:" + alternation(lx.LETTERHEAD_RETURN_ADDRESS) + r")(?![\p{L}])[ \t:]*+", FLAGS
)
_DATE_FIELD = regex.compile(
    r"(?:" + alternation(lx.LETTERHEAD_DATE_LABELS) + r")[ \t:]++"
    r"(?P<date>" + FULL_DATE.pattern + r"|\S[^\n]*+)",
    FLAGS,
)
_SUBJECT_FIELD = regex.compile(
    r"(?:" + alternation(lx.LETTERHEAD_SUBJECT_LABELS) + r")[ \t:]++(?=\S)", FLAGS
)
_SALUTATION = regex.compile(r"(?:" + alternation(lx.SALUTATIONS) + r")(?![\p{L}])", FLAGS)
_CLOSING = regex.compile(
    r"(?:" + alternation(lx.CLOSINGS) + r")[ \t]*+,?[ \t]*+$", FLAGS | regex.IGNORECASE
)
_ADDRESSEE_OPENER = regex.compile(
    r"(?:" + alternation(lx.ADDRESSEE_OPENERS) + r")(?![\p{L}])", FLAGS
)
_POSTCODE = regex.compile(r"\d{4}[ \t]?+\p{Lu}{2}(?![\p{L}])", FLAGS)
_POSTBOX = regex.compile(r"(?:" + alternation(lx.LETTERHEAD_POSTBOX) + r")[ \t]", FLAGS)
_STREET = regex.compile(r"\p{L}[^\n]*?[ \t]\d++[ \t]?+\p{L}?$", FLAGS)
_UPPER_LINE = regex.compile(r"[\p{Lu}'’][\p{Lu}'’ .-]{2,}+$", FLAGS)
#: A line that is exactly a sidebar label, or a label with a short value after it.
_LABEL_LINE = regex.compile(r"(?P<label>" + _LABELS + r")[ \t:]*+$", FLAGS)
_LABEL_VALUE = regex.compile(
    r"(?P<label>" + _LABELS + r")[ \t:]++(?P<value>[^\p{Ll}\s]\S*+)", FLAGS
)
#: A repeated date field in a later page's sidebar (``Datum 30 mei 2023``).
_DATED_LINE = regex.compile(
    r"(?:"
    + alternation(lx.LETTERHEAD_DATE_LABELS)
    + r")[ \t:]++"
    + FULL_DATE.pattern
    + r"[ \t]*+$",
    FLAGS,
)
#: A lower-case word: a labelled line holding one is body text, not a sidebar value.
_LOWER_WORD = regex.compile(r"(?<![\p{L}])\p{Ll}{2,}+", FLAGS)
#: ``Pagina 1 van 8``, also letter-spaced by the PDF text (``P agina 1 van 8``).
_PAGE = regex.compile(
    "[ ]?".join(regex.escape(c) for c in lx.LETTERHEAD_PAGE_WORDS[0])
    + r"[ \t]++\d++[ \t]++"
    + regex.escape(lx.LETTERHEAD_PAGE_WORDS[1])
    + r"[ \t]++\d++[ \t]*+$",
    FLAGS,
)
_PHONE = regex.compile(
    r"(?:" + alternation(lx.LETTERHEAD_PHONE_LABELS) + r")[ \t]++\+?+\(?+\d[\d \t()+-]{5,}+", FLAGS
)
_WEB = regex.compile(r"www\.\S++$", FLAGS)
_TRAILER = regex.compile(
    r"(?:" + alternation((*lx.SIGNATURE_TRAILERS, *lx.SITE_CHROME_TRAILERS)) + r")(?![\p{L}])",
    FLAGS,
)
#: A footnote line's number: ``1 Kamerstuk ...`` (or ``¹ Kamerstuk``, ``¹Kamerstuk``).
_NOTE_START = regex.compile(
    r"(?:(?P<num>\d{1,3})[ \t]++|(?P<num>[" + SUPERSCRIPT_DIGITS + r"]{1,3}+)[ \t]*+)(?=\S)",
    FLAGS,
)
_BULLET = regex.compile(r"[•·▪◦*\-–](?:[ \t]|$)", FLAGS)
_NUMBERED_HEADING = regex.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2})*+)\.?+[ \t]++(?=\p{Lu})", FLAGS)
#: A footnote marker glued to the word before it (``jl.1,``, ``Europe3.``, ``NPCE)8``).
_GLUED_MARKER = regex.compile(
    r"(?<=[\p{L}.,;:)\]’'\"”])(?<!\d[.,])(?P<num>\d{1,3})(?![\d\p{L}\-])"
    r"|(?P<num>[" + SUPERSCRIPT_DIGITS + r"]{1,3}+)",
    FLAGS,
)
#: A footnote marker after a space, before a closing bracket (``ABOARD 11)``).
#: Also one set apart after a word's punctuation, before a capitalised word or the line
#: end (``jl. 1 De ...``): PDF text often spaces a superscript out.
_SPACED_MARKER = regex.compile(
    r"(?<=\p{L}) (?P<num>\d{1,3})(?=[)\]])"
    r"|(?<=\p{L}\p{Ll}[.,;:]) (?P<num>\d{1,3})(?=[ \t]++\p{Lu}\p{Ll}|[ \t]*+$)",
    FLAGS,
)
_WORD = regex.compile(r"[\p{L}\d]++(?:-[\p{L}\d]++)*+", FLAGS)
_FIRST_WORD = regex.compile(r"\S++", FLAGS)
_SENTENCE_END = regex.compile(r"[.!?:;][’'\"”)\]]*+\d{0,3}$", FLAGS)
_SUSPENDED = regex.compile(
    r"(?:" + alternation(lx.LETTERHEAD_SUSPENDED_JOINERS) + r")(?=[ \t])", FLAGS
)

_ARTICLES = alternation(lx.ROLE_ARTICLES)
_TITLES = alternation(t for pair in lx.ROLE_TITLES for t in pair)
_ROLE = regex.compile(
    r"(?:(?i:" + _ARTICLES + r")[ \t]++)?+(?P<role>(?i:" + _TITLES + r")(?![\p{L}])[^\n]*?)"
    r"[ \t]*+,?+[ \t]*+$",
    FLAGS,
)
_NAME = regex.compile(
    r"(?:(?i:" + alternation(lx.LETTERHEAD_NAME_TITLES) + r")[ \t]*+)*+"
    r"(?:\p{Lu}\.(?:[ \t]?+\p{Lu}{1,2}\.)*+|\p{Lu}\p{Ll}++)[ \t]*+"
    r"(?:\([\p{L} .-]++\)[ \t]++)?+"
    r"(?:(?:" + alternation(lx.LETTERHEAD_NAME_PARTICLES) + r")[ \t]++){0,3}+"
    r"\p{Lu}[\p{L}'’.-]*+(?:[ \t]++\p{Lu}[\p{L}'’.-]*+)?+[ \t]*+,?+[ \t]*+$",
    FLAGS,
)


def _place_variants() -> str:
    """``Den Haag`` -> ``D en Haag``, ``De n Haag``: one spurious space in the first word."""
    alts: list[str] = []
    for place in lx.PLACES:
        first, _, rest = place.partition(" ")
        tail = (r"[ \t]++" + r"[ \t]++".join(regex.escape(w) for w in rest.split())) if rest else ""
        for i in range(1, len(first)):
            alts.append(regex.escape(first[:i]) + " " + regex.escape(first[i:]) + tail)
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


_SPACED_PLACE = regex.compile(
    r"(?<![\p{L}])" + _place_variants() + r"(?![\p{L}])", FLAGS | regex.IGNORECASE
)

_LINE_START = r"^[> \t]*+"
_CUE_RETURN = regex.compile(_LINE_START + _RETURN_ADDRESS.pattern, FLAGS | regex.MULTILINE)
_CUE_DATE = regex.compile(
    _LINE_START + "(?:" + alternation(lx.LETTERHEAD_DATE_LABELS) + r")[ \t:]++\S",
    FLAGS | regex.MULTILINE,
)
_CUE_SUBJECT = regex.compile(_LINE_START + _SUBJECT_FIELD.pattern, FLAGS | regex.MULTILINE)
_CUE_PAGE = regex.compile(_LINE_START + _PAGE.pattern, FLAGS | regex.MULTILINE)
_CUE_REFERENCE = regex.compile(
    _LINE_START
    + "(?:"
    + alternation(k for k in lx.LETTERHEAD_SIDEBAR_LABELS if " " in k)
    + r")(?![\p{L}])",
    FLAGS | regex.MULTILINE,
)

#: First characters of every sidebar line form: a cheap check before the patterns.
_FURNITURE_INITIALS = frozenset(
    [k[0] for k in lx.LETTERHEAD_SIDEBAR_LABELS]
    + [w[0] for w in lx.LETTERHEAD_DATE_LABELS + lx.LETTERHEAD_PHONE_LABELS]
    + [lx.LETTERHEAD_PAGE_WORDS[0][0], "w"]
)
_VOWELS = frozenset("aeiouyAEIOUYëïéèêöüáó")
_MAX_NOTE_LINES = 4
_MAX_VALUE_LEN = 60
_MAX_HEADING_WORDS = 12
#: The narrowest line width assumed for a letter (a PDF letter's lines hold ~80 characters).
_MIN_WIDTH = 60


# --- lines ------------------------------------------------------------------------------


class _Line(NamedTuple):
    start: int  # content start (quote marks and indentation skipped)
    end: int  # content end (trailing white space dropped)
    brk: int  # end of the line including its line break
    text: str  # src[start:end]


_LEAD = " \t\f\r>\u00a0"  # indentation and Markdown quote marks before a line
_TRAIL = " \t\f\r\u00a0"


def _split_lines(src: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    n = len(src)
    while pos < n:
        nl = src.find("\n", pos)
        brk = n if nl < 0 else nl + 1
        end = n if nl < 0 else nl
        raw = src[pos:end]
        text = raw.lstrip(_LEAD).rstrip(_TRAIL)
        a = pos + len(raw) - len(raw.lstrip(_LEAD))
        out.append(_Line(a, a + len(text), brk, text))
        pos = brk
    return out


# --- one line's text ---------------------------------------------------------------------


def _number(m: regex.Match[str]) -> int:
    """The footnote number a match's ``num`` group holds (ASCII or superscript digits)."""
    return int(from_superscript(m["num"]))


def _fits(prev: str, nxt: str, width: int) -> bool:
    """Would ``nxt``'s first word have fitted on line ``prev``? (Then the break was meant.)"""
    m = _FIRST_WORD.match(nxt)
    first = len(m.group()) if m else 0
    return len(prev) + 1 + first <= width


def _ends_with(t: str, chars: str) -> bool:
    return bool(t) and t[-1] in chars


def _is_role(t: str) -> bool:
    return len(t) <= 120 and not t.endswith(".") and bool(_ROLE.match(t))


def _role_name_split(t: str) -> int | None:
    """``De Minister van Defensie, J.A. Hennis-Plasschaert``: the offset of the comma
    between the role and the name on one line, or ``None``."""
    comma = t.rfind(", ", 0, len(t) - 2)
    while comma > 0:
        if _is_role(t[:comma]) and _is_name(t[comma + 2 :].strip()):
            return comma
        comma = t.rfind(", ", 0, comma)
    return None


def _is_furniture_line(t: str) -> bool:
    """A page, telephone, web, repeated date or labelled-value line of the sidebar."""
    if t[:1] not in _FURNITURE_INITIALS:
        return False
    if _PAGE.match(t) or _PHONE.match(t) or _WEB.match(t) or _DATED_LINE.match(t):
        return True
    if len(t) > 50 or _ends_with(t, ".,;:"):
        return False
    m = _LABEL_VALUE.match(t)
    return m is not None and not _LOWER_WORD.search(t, m.end("label"))


def _is_role_rest(t: str) -> bool:
    """A line that can continue a wrapped role (``Koninkrijksrelaties,``)."""
    return 0 < len(t) <= 60 and not t.endswith(".")


def _is_name(t: str) -> bool:
    return len(t) <= 60 and bool(_NAME.match(t))


def _is_address_line(t: str) -> bool:
    return bool(_POSTCODE.match(t) or _POSTBOX.match(t) or _STREET.match(t) or _UPPER_LINE.match(t))


def _comma_trimmed_end(src: str, line: _Line) -> int:
    b = line.end
    while b > line.start and src[b - 1] in ", \t":
        b -= 1
    return b


def _role_start(src: str, line: _Line) -> int:
    """Where the role starts on its line, after any article (``De Minister ...``)."""
    m = _ROLE.match(src, line.start, line.end)
    return m.start("role") if m else line.start

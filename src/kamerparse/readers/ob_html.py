"""Reader for the publication site's HTML pages (format ``"ob-html"``).

The page is parsed with lxml's HTML parser (network off; see :mod:`._xml`). The
letter is the page's ``div.stuk`` (newer pages: ``article div#broodtekst``; failing
both, ``body``); everything outside it — menus, search forms, ``Naar boven`` links —
is site chrome and not read. The HTML is translated element by element into the
publication XML vocabulary and read by the same walker as ``ob-xml``
(:class:`~kamerparse.readers.ob_xml.VocabularyReader`):

* an element whose ``class`` names a vocabulary element (``kamerstukkop``,
  ``tekstregel``, ``dossier``, ``dossiernummer``, ``titel``, ``stuknr``,
  ``ondernummer``, ``herdruk``, ``datumtekst``, ``al``, ``kop``, ``nr``,
  ``tussenkop``, ``tekst-sluiting``, ``ondertekening``, ``functie``, ``naam``...)
  becomes that element (``span.functie`` -> ``functie``);
* a ``p`` holding a ``span.functie`` -> ``ondertekening`` (role, then after a ``br`` or
  in ``span.naam`` the name); any other ``p`` -> ``al``, left unzoned in the body so
  the segmenter's layout rules find a closing or signature written as plain
  paragraphs; ``h1`` (the first, with no ``titel`` class seen) -> the title;
  ``h2``-``h6`` -> ``kop``; ``ul``/``ol``/``li`` -> ``lijst``/``li``; ``table``/``tr``/
  ``td`` -> ``table``/``row``/``entry``; ``br`` -> ``br``; ``b``, ``i``, ``em``,
  ``strong``, ``span``, ``a``... -> running text;
* footnote bodies are ``div`` elements whose class contains ``voet`` and ``noot``,
  numbered by their ``span.nootnum``; a marker is an ``a`` or ``sup`` with class
  ``nootnum`` (or a ``sup`` holding a link to a note) outside them, linked to its note
  by the ``href`` target (``#ID`` -> the note whose ``id`` is or ends with ``ID``) or,
  failing that, by number;
* ``<meta name="OVERHEIDop.…" content="…">`` and ``DC.…`` in the head fill
  ``ReadResult.metadata``.

Each block's ``xpath`` is the XPath of the HTML element it came from.
"""

from __future__ import annotations

from lxml import etree

from kamerparse import lexicon as lx
from kamerparse._rx import re
from kamerparse.readers import RawInput
from kamerparse.readers._ob_vocabulary import FREE_ATTR, XPATH_ATTR
from kamerparse.readers._xml import (
    ElementPaths,
    companion_metadata,
    parse_html,
    parse_xml,
    text_of,
)
from kamerparse.readers.base import ReadResult
from kamerparse.readers.ob_xml import VocabularyReader

FORMAT = "ob-html"

#: Class names that are element names of the XML vocabulary.
VOCABULARY_CLASSES = frozenset(
    {
        "kamerstukkop",
        "tekstregel",
        "dossier",
        "dossiernummer",
        "dossiernr",
        "titel",
        "stuknr",
        "ondernummer",
        "herdruk",
        "datumtekst",
        "al",
        "al-groep",
        "kop",
        "nr",
        "label",
        "tussenkop",
        "tekst-sluiting",
        "ondertekening",
        "functie",
        "naam",
        "voornaam",
        "voorvoegsels",
        "achternaam",
        "li.nr",
        "datum",
        "divisie",
    }
)
#: ``inhoud`` of a header line, from its class (``p.vergaderjaar``).
HEADER_LINE_CLASSES = frozenset({"vergaderjaar", "kameraanduiding"})
TAGS: dict[str, str] = {
    "p": "al",
    "h2": "kop",
    "h3": "kop",
    "h4": "kop",
    "h5": "kop",
    "h6": "kop",
    "ul": "lijst",
    "ol": "lijst",
    "li": "li",
    "table": "table",
    "tr": "row",
    "td": "entry",
    "th": "entry",
    "thead": "thead",
    "tbody": "tbody",
    "tfoot": "tbody",
    "br": "br",
    "div": "al-groep",
    "section": "al-groep",
    "article": "al-groep",
    "main": "al-groep",
    "blockquote": "al-groep",
    "dl": "al-groep",
    "dt": "al",
    "dd": "al",
    "caption": "title",
    "figure": "al-groep",
    "figcaption": "al",
    "address": "al",
    "center": "al-groep",
    "details": "al-groep",
    "summary": "al",
    "h1": "titel",
}
INLINE_TAGS = frozenset(
    {"b", "i", "em", "strong", "u", "span", "a", "sup", "sub", "small", "abbr", "cite", "q",
     "mark", "s", "del", "ins", "code", "font", "time", "big", "tt", "var", "dfn", "bdi", "bdo"}
)
CHROME_TAGS = frozenset(
    {"script", "style", "nav", "header", "footer", "form", "button", "noscript", "iframe",
     "svg", "img", "input", "select", "textarea", "template", "link", "meta", "head", "hr",
     "wbr", "aside", "menu", "dialog", "canvas", "video", "audio", "map"}
)
_BACK_TO_TOP = frozenset(lx.OB_BACK_TO_TOP)
_NOTE_HEADINGS = frozenset(lx.OB_FOOTNOTE_HEADINGS)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span"})
_DIGITS = re.compile(r"\d+")
_XML_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_NOT_NAME = re.compile(r"[^A-Za-z0-9_.-]")
#: Characters an XML tree cannot hold (the HTML parser lets them through).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_STUK_XPATH = etree.XPath(
    "//div[contains(concat(' ', normalize-space(@class), ' '), ' stuk ')]"
)
_BROODTEKST_XPATH = etree.XPath("//div[@id='broodtekst']")
#: ``id``/``class`` of a page's table of contents (links to the headings): not read.
TOC_NAMES = frozenset({"inhoudsopgave", "toc"})
#: Classes of the XHTML pages that name a vocabulary element by another name.
CLASS_ALIASES: dict[str, str] = {"dagtekening": "datumtekst"}


def read_ob_html(raw: RawInput) -> ReadResult:
    """Read a letter's page of the publication site."""
    html = parse_html(raw.data, raw.text)
    tree = html.getroottree()
    content = _content(html)
    notes = _notes(content)
    out = etree.Element("officiele-publicatie")
    translator = _Translator(tree, notes)
    translator.children(content, out)
    reader = VocabularyReader(out, raw.text, FORMAT)
    reader.read_metadata(html, "the page's meta tags")
    companion = companion_metadata(raw)
    if companion is not None:
        reader.read_metadata(parse_xml(companion, "metadata.xml"), "metadata.xml")
    return reader.run()


def _content(html: etree._Element) -> etree._Element:
    found = _STUK_XPATH(html)
    if isinstance(found, list) and found:
        outer = found[0]
        if isinstance(outer, etree._Element):
            return outer
    found = _BROODTEKST_XPATH(html)
    if isinstance(found, list) and found and isinstance(found[0], etree._Element):
        return found[0]
    body = html.find("body")
    return body if body is not None else html


def _classes(el: etree._Element) -> list[str]:
    return (el.get("class") or "").split()


def _is_note(el: etree._Element) -> bool:
    classes = _classes(el)
    return el.tag == "div" and "voet" in classes and "noot" in classes


def _notes(content: etree._Element) -> dict[etree._Element, tuple[str, str]]:
    """Footnote divs -> (id, number); a div without an id gets ``note-<n>``."""
    out: dict[etree._Element, tuple[str, str]] = {}
    for i, el in enumerate(content.iter("div"), start=1):
        if not _is_note(el):
            continue
        number = ""
        for span in el.iter("span"):
            if "nootnum" in _classes(span):
                number = text_of(span).strip().rstrip(").")
                break
        if not number:
            m = _DIGITS.search(text_of(el))
            number = m.group() if m else str(i)
        key = el.get("id") or f"note-{len(out) + 1}"
        out[el] = (key, number)
    return out


class _Translator:
    """Copies the HTML content into the XML vocabulary, keeping text nodes unchanged."""

    def __init__(
        self, tree: etree._ElementTree, notes: dict[etree._Element, tuple[str, str]]
    ) -> None:
        self.tree = tree
        self.path = ElementPaths(tree)  # tree.getpath, linear over siblings
        self.note_keys = notes
        self.notes = dict(notes.values())  # id -> number
        self.by_number = {number: key for key, number in notes.values()}
        self.in_note = False

    def children(self, src: etree._Element, dst: etree._Element) -> None:
        dst.text = _xml_safe(src.text)
        for child in src:
            if not isinstance(child.tag, str):  # comment or PI: keep its tail
                _append_text(dst, child.tail)
                continue
            made = self.element(child)
            if made is None:
                _append_text(dst, child.tail)
                continue
            made.tail = _xml_safe(child.tail)
            dst.append(made)

    def element(self, el: etree._Element) -> etree._Element | None:
        """The publication-XML element for page element ``el`` (its children translated
        too); None for what is no letter text (page chrome, a contents list, a note's
        number and label)."""
        tag = str(el.tag).lower()
        classes = _classes(el)
        if self._dropped(el, tag, classes):
            return None
        if _is_note(el):
            return self.note(el)
        if self.is_marker(el, tag, classes):
            return self.marker(el)
        inhoud = next((c for c in classes if c in HEADER_LINE_CLASSES), None)
        name = _class_name(classes, tag, header_line=inhoud is not None)
        free = False
        if name is None:
            name, free = _tag_name(el, tag)
        out = etree.Element(name)
        out.set(XPATH_ATTR, _xml_safe(self.path(el)) or "")
        if inhoud is not None:
            out.set("inhoud", inhoud)
        if free:
            out.set(FREE_ATTR, "1")
        self.children(el, out)
        return out

    def _dropped(self, el: etree._Element, tag: str, classes: list[str]) -> bool:
        """Page chrome, a back-to-top link, a table of contents, and inside a note its
        number (written by the reader) and its label: not read."""
        text = text_of(el).strip()
        if tag in CHROME_TAGS or text in _BACK_TO_TOP or "naar-boven" in classes:
            return True
        if el.get("id") in TOC_NAMES or TOC_NAMES.intersection(classes):
            return True
        return self.in_note and (
            "nootnum" in classes or (tag in _HEADINGS and text in _NOTE_HEADINGS)
        )

    def is_marker(self, el: etree._Element, tag: str, classes: list[str]) -> bool:
        if tag not in ("a", "sup"):
            return False
        if "nootnum" in classes or "noot" in classes:
            return True
        if tag == "sup":
            links = [a for a in el.iter("a") if (a.get("href") or "").startswith("#")]
            return bool(links) and self.target(links[0]) is not None
        return False

    def target(self, el: etree._Element) -> str | None:
        href = el.get("href") or ""
        if not href.startswith("#"):
            for a in el.iter("a"):
                href = a.get("href") or ""
                if href.startswith("#"):
                    break
        frag = href[1:] if href.startswith("#") else ""
        if frag and frag in self.notes:
            return frag
        if frag:
            for key in self.notes:
                if key.endswith(frag):
                    return key
        digits = _DIGITS.search(text_of(el))
        if digits and digits.group() in self.by_number:
            return self.by_number[digits.group()]
        return None

    def marker(self, el: etree._Element) -> etree._Element:
        ref = etree.Element("nootref")
        ref.set(XPATH_ATTR, _xml_safe(self.path(el)) or "")
        ref.set("refid", self.target(el) or "")
        return ref

    def note(self, el: etree._Element) -> etree._Element:
        key, number = self.note_keys[el]
        note = etree.Element("noot")
        note.set("id", key)
        note.set(XPATH_ATTR, _xml_safe(self.path(el)) or "")
        nr = etree.SubElement(note, "noot.nr")
        nr.text = number
        body = etree.SubElement(note, "noot.al")
        self.in_note = True
        try:
            self.children(el, body)
        finally:
            self.in_note = False
        return note


def _xml_safe(text: str | None) -> str | None:
    """``text`` with characters an XML tree cannot hold replaced by spaces."""
    if text and _NOT_XML.search(text):
        return _NOT_XML.sub(" ", text)
    return text


def _append_text(el: etree._Element, text: str | None) -> None:
    text = _xml_safe(text)
    if not text:
        return
    if len(el):
        last = el[-1]
        last.tail = (last.tail or "") + text
    else:
        el.text = (el.text or "") + text


def _class_name(classes: list[str], tag: str, *, header_line: bool) -> str | None:
    """The vocabulary element a page element's classes (or an ``h1``) name: a class of
    the vocabulary, an alias of one, ``tekstregel`` for a header line; None otherwise."""
    name = next((c for c in classes if c in VOCABULARY_CLASSES), None)
    if name is None:
        name = next((CLASS_ALIASES[c] for c in classes if c in CLASS_ALIASES), None)
    if name is None and header_line:
        name = "tekstregel"
    if name is None and tag == "h1":
        name = "titel"
    return name


def _tag_name(el: etree._Element, tag: str) -> tuple[str, bool]:
    """The vocabulary element for a page element without a known class, by its tag, and
    whether it is a free paragraph (one the segmenter zones)."""
    free = False
    if tag == "p":
        # a paragraph holding a span.functie is a signature; any other plain
        # paragraph is zoned by the segmenter's layout rules (body, closing, signature)
        if any("functie" in _classes(d) for d in el.iterdescendants()):
            return "ondertekening", False
        free = True
    if tag in TAGS:
        return TAGS[tag], free
    if tag in INLINE_TAGS:
        return "nadruk", free
    # unknown: the reader keeps its text and says so (a tag that is no XML
    # name is spelled safely)
    return (tag if _XML_NAME.fullmatch(tag) else "x-" + _NOT_NAME.sub("_", tag)), free

"""The publication XML's vocabulary: which element is read how (see :mod:`.ob_xml`).

Element names and attribute values of the ``officiele-publicatie``/``kamerstuk`` and
legacy ``kamerwrk`` schemas; they are markup, not letter text.
"""

from __future__ import annotations

from collections.abc import Mapping

from kamerparse._rx import re

FORMAT = "ob-xml"
#: Attribute in which a translated tree (HTML) keeps the XPath of its source element.
XPATH_ATTR = "data-xpath"
#: Attribute marking a translated paragraph whose body zone the segmenter decides.
FREE_ATTR = "data-free"

#: Elements whose content is read as running text (their markup is dropped).
INLINE = frozenset(
    {
        "nadruk",
        "extref",
        "dossierref",
        "intref",
        "sup",
        "sub",
        "inf",
        "datum",
        "naam",
        "deze",
        "voornaam",
        "voorvoegsels",
        "achternaam",
        "functie",
        "label",
        "nr",
        "titel",
        "li.nr",
        "ondernummer",
        "dossiernr",
        "dossiernummer",
        "raadnr",
        "begrotingshoofdstuk",
        "herdruk",
        "plaats",
        "ltrlabel",
        "nummer",
        "vergjaar",
        "ordernr",
        "onderw",
    }
)
#: Elements that only hold blocks.
CONTAINERS = frozenset(
    {
        "officiele-publicatie",
        "kamerstuk",
        "kamerwrk",
        "frontm",
        "body",
        "stuk",
        "algemeen",
        "vrije-tekst",
        "tekst",
        "al-groep",
        "divisie",
        "tekst-sluiting",
        "bijlage",
        "tbody",
        "thead",
        "tgroup",
    }
)
NOTES = frozenset({"noot", "voetnoot"})
NOTE_REFS = frozenset({"nootref", "voetnootref"})
BREAKS = frozenset({"br", "witreg"})
#: Elements whose text is not letter text (the note number is written by the reader).
SKIPPED = frozenset({"noot.nr", "colspec", "spanspec", "metadata", "meta", "versie"})
#: Where a text node that is not in the input as a whole is cut to find its runs:
#: white space other than one space (a CRLF line end), and characters that an entity
#: or character reference may have stood for.
GAP_OR_ENTITY = re.compile(r"\s{2,}|[^\S ]|[&<>\"'\u00a0]")
TABLE_PARTS = frozenset(
    {"table", "tgroup", "thead", "tbody", "tfoot", "row", "entry", "colspec", "spanspec", ""}
)
NAME_PARTS = frozenset({"voornaam", "voorvoegsels", "achternaam", "initialen"})
#: Elements of an ``ondertekening`` that hold a signer's name (``deze``: a name
#: written outside ``naam``).
SIGNER_NAMES = frozenset({"naam", "deze"})
#: Root elements whose own ``kop`` is the document's header, not a heading.
DOCUMENT_ROOTS = frozenset({"kamerwrk"})
#: ``kamerstukkop`` lines that belong to the line before them, and their part names.
HEADER_LINE_PARTS: Mapping[str, str] = {"kamernummer": "chamber_number", "documenttype": "series"}
META_KEYS: Mapping[str, str] = {
    "DC.identifier": "identifier",
    "OVERHEIDop.dossiernummer": "dossier",
    "OVERHEIDop.ondernummer": "stuk",
    "OVERHEIDop.vergaderjaar": "vergaderjaar",
    "OVERHEIDop.datumBrief": "date",
    "OVERHEIDop.indiener": "sender",
    "OVERHEIDop.ontvanger": "addressee",
}

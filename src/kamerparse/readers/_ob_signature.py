"""Signatures of a publication XML document (see :mod:`.ob_xml`).

An ``ondertekening`` (legacy ``ondtek``) holds one or more signatories, each a role
(``functie`` and the free text after it) followed by a name (``naam``, or without one
the line after a ``br`` or the next ``al``); a ``functie`` after a name starts the next
signatory. A motion's submitters are plain ``al`` lines after its closing phrase, each
a signatory by name alone (:func:`is_name_line`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from kamerparse.readers._markup import Inline
from kamerparse.readers._ob_vocabulary import BREAKS, SIGNER_NAMES
from kamerparse.readers._xml import line_of, local_name
from kamerparse.readers.base import Block, Zone
from kamerparse.records import Span

if TYPE_CHECKING:
    from kamerparse.readers.ob_xml import VocabularyReader

#: The longest line read as a submitter's name after a motion's closing phrase.
MAX_NAME_LINE = 60


def is_name_line(text: str) -> bool:
    """A submitter's line: short, one line, not ending with a clause's comma or colon
    (a full stop after the name, ``Van Meijeren.``, is a typing slip)."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_NAME_LINE
        and "\n" not in stripped
        and stripped[-1] not in ",;:"
        and not stripped[:-1].rstrip().endswith(".")
        and stripped[0].isupper()
    )


class SignatureWriter:
    """Writes one signature block per signatory of an ``ondertekening``: role line(s),
    then the name (parts ``role`` and ``name``)."""

    __slots__ = ("ins", "name_open", "name_seen", "reader", "role_open")

    def __init__(self, reader: VocabularyReader) -> None:
        self.reader = reader
        self.ins = Inline()
        self.role_open = False
        self.name_open = False
        self.name_seen = False

    def read(self, el: etree._Element) -> None:
        """Write the signatories of ``el``."""
        self.content(el)
        self.flush(el)

    def content(self, el: etree._Element) -> None:
        """Role, then name, for the children of ``el`` (an ``al`` inside is read the same)."""
        self.text(el.text, line_of(el))
        for child in el:
            name = local_name(child)
            if name == "functie":
                self._role(child, el)
            elif name in SIGNER_NAMES:
                self._name(child)
            elif name in BREAKS or name == "al":
                self._line_end(child, name)
            else:
                self._other(child)
            self.text(child.tail, None)

    def _role(self, child: etree._Element, el: etree._Element) -> None:
        """A ``functie``: a role line (after a name: the next signatory's)."""
        if self.name_seen or self.name_open:
            self.flush(el)
        self._open_role()
        self.reader.inline(child, self.ins)

    def _name(self, child: etree._Element) -> None:
        """A ``naam`` (or ``deze``): the signatory's name on a line of its own."""
        self.close_parts()
        self.ins.line_break(self.reader.loc.cursor)
        self.ins.open("name")
        self.reader.inline(child, self.ins)
        self.ins.close("name")
        self.name_seen = True

    def _line_end(self, child: etree._Element, name: str) -> None:
        """A ``br`` or an ``al``: after a role, the name follows on the next line."""
        if self.role_open:
            self.close_parts()
            self.ins.line_break(self.reader.loc.cursor)
            self.ins.open("name")
            self.name_open = True
        elif name in BREAKS:
            self.ins.line_break(self.reader.loc.cursor)
        if name == "al":
            self.content(child)

    def _other(self, child: etree._Element) -> None:
        """Any other element: its words, a role when nothing came before them."""
        if not (self.role_open or self.name_open or self.name_seen):
            self._open_role()
        self.reader.inline_child(child, self.ins)

    def _open_role(self) -> None:
        if not self.role_open:
            self.ins.open("role")
            self.role_open = True

    def text(self, text: str | None, line: int | None) -> None:
        """Free text: a role when nothing came before it."""
        if text and text.strip() and not (self.role_open or self.name_open or self.name_seen):
            self._open_role()
        self.reader.text(text, self.ins, line)

    def close_parts(self) -> None:
        """Close the open role or name part."""
        if self.role_open:
            self.ins.close("role")
            self.role_open = False
        if self.name_open:
            self.ins.close("name")
            self.name_open = False
            self.name_seen = True

    def flush(self, el: etree._Element) -> None:
        """Write the signatory read so far and start the next one."""
        self.close_parts()
        blk = self.reader.write(self.ins, zone=Zone.SIGNATURE, xpath=self.reader.xpath(el))
        if blk is not None:
            self._trim_role(blk)
        self.ins = Inline()
        self.role_open = False
        self.name_open = False
        self.name_seen = False

    def _trim_role(self, blk: Block) -> None:
        """The role part without the comma or spaces that end it (an empty one dropped)."""
        em = self.reader.em
        parts = []
        for name, span in blk.parts:
            if name == "role":
                text = em.text_so_far(span)
                trimmed = text.rstrip().rstrip(",").rstrip()
                if trimmed:
                    span = Span(start=span.start, end=span.start + len(trimmed))
                else:
                    continue
            parts.append((name, span))
        em.blocks[-1] = Block(
            kind=blk.kind,
            span=blk.span,
            zone=blk.zone,
            number=blk.number,
            level=blk.level,
            parts=tuple(parts),
            xpath=blk.xpath,
        )

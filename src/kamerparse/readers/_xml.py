"""Safe parsing of structured input: XML and HTML (zip containers: :mod:`._zip`).

Every structured reader parses through this module and nothing else:

* :func:`parse_xml` — lxml with entity resolution, DTD loading, DTD validation, network
  access and ``huge_tree`` off. A DOCTYPE that declares entities (the billion laughs,
  an external entity pointing at ``file:///etc/passwd``) is refused before parsing,
  and any entity reference that survives parsing is refused too: both raise
  :class:`~kamerparse.errors.InvalidInput`. Malformed XML raises ``InvalidInput`` with
  the line and column of the first error.
* :func:`parse_html` — lxml's HTML parser with the network off and the same DOCTYPE check.
* :class:`ElementPaths` — the XPath of an element, computed once per parent.
* :func:`line_starts` / :func:`Locator` — best-effort source offsets of element text.
* :func:`companion_metadata` / :func:`sibling_metadata` — the ``metadata.xml`` beside a file.

Zip containers (docx) are opened and checked by :mod:`._zip`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from lxml import etree

from kamerparse._rx import re
from kamerparse.errors import InvalidInput

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ENTITY_DECL_TEXT = re.compile(r"<!ENTITY", re.IGNORECASE)


def _refuse_entity_declarations(data: bytes) -> None:
    """Refuse a DOCTYPE that declares entities, in any ASCII-compatible or UTF-16 input."""
    probe = data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        probe = data.decode("utf-16", "replace").encode("utf-8", "replace")
    elif b"\x00" in data[:200]:  # UTF-16 without a byte-order mark
        try:
            probe = data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be").encode()
        except UnicodeDecodeError:
            raise InvalidInput("unsafe XML: undecodable UTF-16 input") from None
    doctype = _DOCTYPE.search(probe)
    if doctype and _ENTITY_DECL.search(probe, doctype.start()):
        raise InvalidInput(
            f"unsafe XML: the DOCTYPE at byte {doctype.start()} declares entities "
            "(entity expansion and external entities are refused)"
        )


def _xml_parser() -> etree.XMLParser:
    """A fresh parser: no entity resolution, no DTD, no network, no huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
        dtd_validation=False,
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=False,
    )


def _check_no_entities(root: etree._Element) -> None:
    docinfo = root.getroottree().docinfo
    dtd = docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):  # type: ignore[attr-defined]
        raise InvalidInput("unsafe XML: the DOCTYPE declares entities")
    for node in root.iter(etree.Entity):
        raise InvalidInput(
            f"unsafe XML: unresolved entity reference {node.text!s} on line {line_of(node)}"
        )


def parse_xml(data: bytes, what: str = "XML") -> etree._Element:
    """Parse ``data`` safely and return the root element, or raise InvalidInput."""
    _refuse_entity_declarations(data)
    try:
        root = etree.fromstring(data, _xml_parser())
    except etree.XMLSyntaxError as e:
        line, col = e.position if e.position else (0, 0)
        raise InvalidInput(f"malformed {what} at line {line}, column {col}: {e.msg}") from None
    if root is None:
        raise InvalidInput(f"malformed {what}: no root element")
    _check_no_entities(root)
    return root


def parse_html(data: bytes, text: str) -> etree._Element:
    """Parse an HTML page safely (lxml's HTML parser, network off).

    ``text`` is the page decoded by :class:`~kamerparse.readers.RawInput` (UTF-8, cp1252
    fallback); it is what is parsed, so offsets agree with ``RawInput.text``. It is
    parsed as its UTF-8 bytes with that encoding given, so a page that starts with an
    ``<?xml ... encoding="..."?>`` declaration (XHTML pages of the publication site) is
    read like any other; entities are not resolved and no DTD is loaded.
    """
    _refuse_entity_declarations(data)
    parser = etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
    )
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except (etree.XMLSyntaxError, ValueError) as e:
        raise InvalidInput(f"malformed HTML: {e}") from None
    if root is None:
        raise InvalidInput("malformed HTML: no document element")
    return root


class ElementPaths:
    """``tree.getpath(el)`` for the elements of one tree, without libxml2's scan of all
    the element's siblings on every call (quadratic on a long run of paragraphs).

    The path steps of a parent's element children are worked out together, once, the
    way libxml2's ``xmlGetNodePath`` writes them: ``name``, ``prefix:name`` for a
    prefixed namespace, ``*`` for the default namespace (which counts every element
    sibling); with ``[k]`` when a sibling has the same name and namespace prefix, the
    element being the k-th of them. The root, comments and processing instructions, and
    (very) long prefixed names, which libxml2 truncates, ask lxml. The tree must not
    change while paths are asked for."""

    __slots__ = ("_paths", "tree")

    #: libxml2 writes ``prefix:name`` into a 100-byte buffer; longer ones ask lxml.
    _LONG = 90

    def __init__(self, tree: etree._ElementTree) -> None:
        self.tree = tree
        self._paths: dict[etree._Element, str] = {}

    def __call__(self, el: etree._Element) -> str:
        cache = self._paths
        path = cache.get(el)
        if path is not None:
            return path
        parent = el.getparent()
        if parent is not None and isinstance(el.tag, str):
            self._fill(parent)
            path = cache.get(el)
        if path is None:
            path = cache[el] = str(self.tree.getpath(el))
        return path

    def _fill(self, parent: etree._Element) -> None:
        """The paths of all of ``parent``'s element children."""
        # (child, its step name, its sibling key, its position among element children);
        # the key None is the generic step ``*``, whose siblings are all elements
        steps: list[tuple[etree._Element, str, object, int]] = []
        counts: dict[object, int] = {}
        n_elements = 0
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            n_elements += 1
            key: object
            if tag[:1] == "{":
                local = tag[tag.index("}") + 1 :]
                prefix = child.prefix
                if prefix is None:
                    steps.append((child, "*", None, n_elements))
                    continue
                if len(prefix) + len(local) >= self._LONG:
                    continue
                key = (local, prefix)
                name = f"{prefix}:{local}"
            else:
                key = name = tag
            steps.append((child, name, key, n_elements))
            counts[key] = counts.get(key, 0) + 1
        if not steps:
            return
        base = self(parent)
        cache = self._paths
        seen: dict[object, int] = {}
        for child, name, key, position in steps:
            if key is None:
                total, k = n_elements, position
            else:
                total = counts[key]
                k = seen[key] = seen.get(key, 0) + 1
            cache[child] = f"{base}/{name}[{k}]" if total > 1 else f"{base}/{name}"


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets where each line of ``text`` starts (index 0 is line 1)."""
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos >= 0:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return tuple(starts)


class Locator:
    """Finds where text nodes of a parsed document sit in the decoded input.

    Text nodes come in document order, which is source order, so a cursor moves
    forward through the input: each node's text is searched from the cursor (or the
    start of its element's line, if later) within a bounded window. Text that does
    not occur literally (it held ``&amp;`` or a character reference) is not found;
    its pieces are then mapped to the cursor, i.e. to where the element starts.
    """

    __slots__ = ("_lines", "cursor", "source")

    #: How far past the cursor a text node is searched for.
    WINDOW = 4096

    def __init__(self, source: str) -> None:
        self.source = source
        self._lines = line_starts(source)
        self.cursor = 0

    def line_offset(self, line: int | None) -> int:
        if not line or line < 1:
            return self.cursor
        return self._lines[min(line, len(self._lines)) - 1]

    def locate(self, text: str, line: int | None = None) -> tuple[int, bool]:
        """``(offset, literal)``: where ``text`` starts in the source, and whether it
        was found there literally (so its characters map one to one)."""
        start = max(self.cursor, self.line_offset(line)) if line else self.cursor
        if not text:
            return start, False
        pos = self.source.find(text, start, start + self.WINDOW + 2 * len(text))
        if pos < 0:
            return start, False
        self.cursor = pos + len(text)
        return pos, True


def local_name(el: etree._Element) -> str:
    """The element's name without namespace (``{ns}p`` -> ``p``); ``""`` for comments/PIs."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def attributes(el: etree._Element) -> Mapping[str, str]:
    """The element's attributes by local name."""
    return {str(k).rpartition("}")[2]: str(v) for k, v in el.attrib.items()}


def companion_metadata(raw: object) -> bytes | None:
    """The companion ``metadata.xml`` bytes given with ``raw`` (``RawInput.metadata``),
    if any."""
    value = getattr(raw, "metadata", None)
    return value if isinstance(value, bytes) else None


def sibling_metadata(path: Path, data: bytes, max_bytes: int) -> bytes | None:
    """The ``<name>.metadata.xml`` or ``metadata.xml`` lying beside XML file ``path``.

    Only for XML or HTML input (the data starts with ``<``) that is not itself a
    metadata file; a companion larger than ``max_bytes`` or unreadable is ignored, and a
    shared ``metadata.xml`` whose ``DC.identifier`` names another document is not used.
    """
    if data.lstrip()[:1] != b"<" or path.name.endswith("metadata.xml"):
        return None
    for candidate in (path.with_name(f"{path.stem}.metadata.xml"), path.with_name("metadata.xml")):
        try:
            if not candidate.is_file() or candidate.stat().st_size > max_bytes:
                continue
            meta = candidate.read_bytes()
        except OSError:
            continue
        if candidate.name == "metadata.xml":
            # a folder's shared metadata.xml belongs to this file only if it names it
            ident = _IDENTIFIER.search(meta)
            if ident is not None and ident.group(1).decode("utf-8", "replace") != path.stem:
                continue
        return meta
    return None


_IDENTIFIER = re.compile(rb'name="DC\.identifier"[^>]*?content="([^"]*)"')


def line_of(el: etree._Element) -> int | None:
    """The element's line in the input (None when lxml does not know it)."""
    line = el.sourceline
    return line if isinstance(line, int) else None


def text_of(el: etree._Element) -> str:
    """All text inside ``el``, in document order."""
    return "".join(str(t) for t in el.itertext())

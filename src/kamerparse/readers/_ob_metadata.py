"""Metadata of a publication XML document, and its check against the document's markup.

The ``meta[@name, @content]`` elements (the document's own ``metadata``, the page's, a
companion ``metadata.xml``) are read into the keys of :data:`._ob_vocabulary.META_KEYS`;
:func:`metadata_mismatches` names each value that disagrees with what the markup says
(the reader warns and keeps the document's value).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from lxml import etree

from kamerparse.readers._ob_vocabulary import META_KEYS
from kamerparse.readers._xml import attributes
from kamerparse.records import Span

#: What the reader found in the document's markup: key -> (text, where it stands).
DocumentValues = Mapping[str, tuple[str, Span | None]]


def read_metadata(root: etree._Element) -> dict[str, str]:
    """The known ``meta`` values under ``root``, repeated values joined with ``;``."""
    values: dict[str, list[str]] = {}
    for el in root.iter():
        attrs = attributes(el)
        name, content = attrs.get("name"), attrs.get("content")
        if name is not None and name in META_KEYS and content is not None and content.strip():
            values.setdefault(META_KEYS[name], []).append(content.strip())
    return {key: ";".join(contents) for key, contents in values.items()}


def metadata_mismatches(
    where: str, meta: Mapping[str, str], doc: DocumentValues
) -> Iterator[tuple[str, Span | None]]:
    """A message and the document's span for each value of ``meta`` (from ``where``)
    that the document contradicts: dossier, stuk, vergaderjaar, date, identifier."""
    checks: tuple[tuple[str, str, Callable[[str], str]], ...] = (
        ("dossier", "dossiers", _norm_dossier),
        ("stuk", "stuk", _norm_plain),
        ("vergaderjaar", "vergaderjaar", _norm_digits),
        ("date", "date", _norm_plain),
    )
    for meta_key, doc_key, norm in checks:
        if meta_key not in meta or doc_key not in doc:
            continue
        meta_values = {norm(v) for v in meta[meta_key].split(";")}
        doc_text, span = doc[doc_key]
        doc_values = {norm(v) for v in doc_text.split(";")}
        if meta_values != doc_values:
            yield (
                f"{where}: {meta_key} = {meta[meta_key]!r}, "
                f"the document says {doc_text!r} (the document's value is kept)",
                span,
            )
    ident = meta.get("identifier")
    if ident and "dossiers" in doc and "stuk" in doc:
        first = doc["dossiers"][0].split(";")[0]
        expected = _norm_dossier(f"{first}{doc['stuk'][0]}")
        got = _norm_dossier(ident.partition("-")[2])
        if expected != got:
            yield (
                f"{where}: identifier = {ident!r}, the document is dossier {first!r} "
                f"stuk {doc['stuk'][0]!r}",
                doc["stuk"][1],
            )


def _norm_dossier(value: str) -> str:
    return "".join(ch for ch in value.upper() if ch.isalnum())


def _norm_digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _norm_plain(value: str) -> str:
    return value.strip().upper()

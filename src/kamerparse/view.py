"""A page to verify a parse by eye: the letter's text with every record highlighted.

:func:`render` gives one self-contained HTML page (no scripts, no external resources):
the normalised text (``Letter.text``) with each record's span marked, a legend, and a
side table listing the records with links to their place in the text. Each marked span
is a ``<mark class="k k-KIND" data-kind="KIND" data-id="ID" title="...">`` element
whose ``title`` (the tooltip) holds the record's values; ``KIND`` is one of
:data:`KINDS`. Where spans overlap without nesting (a mandate's sentence and a date
inside it are fine; two spans that cross are not) a span is cut into several elements
with the same ``data-id``; the first carries ``id="ID"``. Everything from the letter is
HTML-escaped.

``python -m kamerparse --html FILE > view.html`` writes it from the command line.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from attrs import frozen

from kamerparse.records import Letter
from kamerparse.serialize import dumps, to_jsonable

__all__ = ["COLOURS", "KINDS", "Mark", "marks", "render"]

#: The kinds of marks, in the order of the legend and the side table, and the letter
#: field each comes from.
_SOURCES = (
    ("event", "events"),
    ("reference", "references"),
    ("mandate", "mandates"),
    ("money", "contributions"),
    ("footnote", "footnotes"),
    ("signatory", "signatories"),
)
KINDS = tuple(kind for kind, _ in _SOURCES)

#: Background colour of each kind (``#rrggbb``).
COLOURS = {
    "event": "#ffe066",
    "reference": "#8ecae6",
    "mandate": "#b7e4c7",
    "money": "#ff8fab",
    "footnote": "#ffb703",
    "signatory": "#cdb4db",
}

#: Fields not shown in a tooltip (the span is the mark itself).
_HIDDEN = frozenset({"span", "sentence", "refs"})


@frozen(kw_only=True)
class Mark:
    """One highlighted span: its ``kind``, page-unique ``id``, offsets and the record's
    values as ``(name, text)`` pairs (the tooltip and the side table)."""

    kind: str
    id: str
    start: int
    end: int
    values: tuple[tuple[str, str], ...]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    return dumps(value)


def _values(record: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (name, _text(v))
        for name, v in record.items()
        if name not in _HIDDEN and v is not None and v != []
    )


def marks(letter: Letter | Mapping[str, Any]) -> list[Mark]:
    """Every mark of ``letter`` (a :class:`Letter` or its JSON-able dict), in the order
    of :data:`KINDS` then of the records. Footnotes are marked at their markers in the
    text (``refs``), one mark per marker."""
    data = to_jsonable(letter) if isinstance(letter, Letter) else letter
    out: list[Mark] = []
    for kind, field in _SOURCES:
        for i, record in enumerate(data.get(field) or (), start=1):
            values = _values(record)
            if kind == "footnote":
                for j, (start, end) in enumerate(record.get("refs") or (), start=1):
                    out.append(
                        Mark(kind=kind, id=f"footnote-{i}-{j}", start=start, end=end, values=values)
                    )
                continue
            start, end = record["span"]
            out.append(Mark(kind=kind, id=f"{kind}-{i}", start=start, end=end, values=values))
    return out


def _tooltip(mark: Mark) -> str:
    return "\n".join([mark.kind, *(f"{name}: {value}" for name, value in mark.values)])


def _open(mark: Mark, first: bool) -> str:
    ident = f' id="{html.escape(mark.id)}"' if first else ""
    return (
        f'<mark class="k k-{mark.kind}" data-kind="{mark.kind}" '
        f'data-id="{html.escape(mark.id)}"{ident} title="{html.escape(_tooltip(mark))}">'
    )


def _marked_text(text: str, all_marks: Sequence[Mark]) -> Iterator[str]:
    """``text`` escaped, with every mark's span wrapped in properly nested elements."""
    opens = sorted(
        (m for m in all_marks if m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end),
    )
    points = sorted({p for m in opens for p in (m.start, m.end)})
    stack: list[Mark] = []
    pos = 0
    i = 0
    for p in points:
        yield html.escape(text[pos:p])
        pos = p
        if any(m.end == p for m in stack):
            reopen: list[Mark] = []
            while any(m.end == p for m in stack):
                m = stack.pop()
                yield "</mark>"
                if m.end != p:
                    reopen.append(m)
            for m in reversed(reopen):
                yield _open(m, first=False)
                stack.append(m)
        while i < len(opens) and opens[i].start == p:
            yield _open(opens[i], first=True)
            stack.append(opens[i])
            i += 1
    yield html.escape(text[pos:])


_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0; color: #111; background: #fff; }
header { padding: 8px 16px; border-bottom: 1px solid #ccc; }
header h1 { font-size: 16px; margin: 0 0 4px; }
.legend mark { margin-right: 6px; padding: 0 4px; }
main { display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
#text { flex: 3; white-space: pre-wrap; font: 13px/1.5 ui-monospace, monospace; margin: 0; }
aside { flex: 2; font-size: 12px; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
aside table { border-collapse: collapse; width: 100%; margin-bottom: 12px; }
aside th, aside td { border: 1px solid #ddd; padding: 2px 4px; vertical-align: top;
  text-align: left; }
mark.k { color: inherit; padding: 0; }
""" + "".join(
    f"mark.k-{kind}, tr.k-{kind} td.swatch {{ background: {colour}; }}\n"
    for kind, colour in COLOURS.items()
)


def _side_table(all_marks: Sequence[Mark], text: str) -> Iterator[str]:
    for kind in KINDS:
        mine = [m for m in all_marks if m.kind == kind]
        yield f'<table class="records" data-kind="{kind}">'
        yield f"<caption>{kind}: {len(mine)}</caption>"
        yield "<tr><th></th><th>text</th><th>values</th></tr>"
        for m in mine:
            values = "<br>".join(f"<b>{html.escape(n)}</b>: {html.escape(v)}" for n, v in m.values)
            yield (
                f'<tr class="k-{kind}"><td class="swatch"></td>'
                f'<td><a href="#{html.escape(m.id)}">{html.escape(text[m.start : m.end])}</a>'
                f"</td><td>{values}</td></tr>"
            )
        yield "</table>"


def render(letter: Letter | Mapping[str, Any]) -> str:
    """The letter (a :class:`Letter` or its JSON-able dict, e.g. a ``--jsonl`` line) as
    one HTML page with every record highlighted (see the module doc)."""
    data = to_jsonable(letter) if isinstance(letter, Letter) else letter
    all_marks = marks(data)
    text: str = data["text"]
    source = data.get("source") or {}
    name = source.get("name") or "(no name)"
    stuk = data.get("stuk")
    facts = [
        ("source", name),
        ("format", source.get("format") or ""),
        ("type", data.get("document_type") or ""),
        ("dossier", ", ".join(d["number"] for d in data.get("dossiers") or ())),
        ("stuk", stuk["number"] if stuk else ""),
        ("date", data.get("date") or ""),
        ("diagnostics", str(len(data.get("diagnostics") or ()))),
    ]
    legend = " ".join(
        f'<mark class="k-{kind}">{kind} ({sum(m.kind == kind for m in all_marks)})</mark>'
        for kind in KINDS
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>kamerparse: {html.escape(name)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<header><h1>{html.escape(data.get('title') or name)}</h1>",
        "<div>" + " · ".join(f"{k}: <b>{html.escape(v)}</b>" for k, v in facts if v) + "</div>",
        f'<div class="legend">{legend}</div></header>',
        '<main><pre id="text">',
        *_marked_text(text, all_marks),
        "</pre><aside>",
        *_side_table(all_marks, text),
        "</aside></main></body></html>",
    ]
    return "".join(parts) + "\n"

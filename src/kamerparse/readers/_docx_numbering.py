"""Word's automatic numbering (``word/numbering.xml``), for :mod:`.docx`.

A paragraph's ``w:numPr`` (or its style's) names a numbering and a level;
:class:`Numbering` counts them in reading order and gives the label Word shows in front
of the paragraph (``2.``, ``b)``, ``iv.``), which is not in the text runs.
"""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"


def _w(el: etree._Element, name: str) -> str | None:
    value = el.get(_W + name)
    return None if value is None else str(value)


def numbering_of(num_pr: etree._Element) -> tuple[str | None, str | None]:
    """The numbering id and level (``w:numId``, ``w:ilvl``) a ``w:numPr`` names."""
    num = num_pr.find(_W + "numId")
    lvl = num_pr.find(_W + "ilvl")
    num_id = _w(num, "val") if num is not None else None
    return num_id, _w(lvl, "val") if lvl is not None else None


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        n = value
        for amount, numeral in _ROMAN:
            while n >= amount:
                out += numeral
                n -= amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


class Numbering:
    """Word's automatic numbering (``word/numbering.xml``): ``w:num`` -> ``w:abstractNum``
    with per level ``w:start``, ``w:numFmt`` and ``w:lvlText`` (``%1.%2``). Counters run
    per abstract numbering; a level resets the levels below it. Bullets give no label."""

    def __init__(self, root: etree._Element) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.nums: dict[str, str] = {}
        self.counts: dict[str, list[int | None]] = {}
        for absn in root.iter(_W + "abstractNum"):
            aid = _w(absn, "abstractNumId")
            if aid is None:
                continue
            levels: dict[int, tuple[int, str, str]] = {}
            for lvl in absn.iter(_W + "lvl"):
                ilvl = _w(lvl, "ilvl") or "0"
                start_el = lvl.find(_W + "start")
                fmt_el = lvl.find(_W + "numFmt")
                text_el = lvl.find(_W + "lvlText")
                start = _w(start_el, "val") if start_el is not None else None
                levels[int(ilvl) if ilvl.isdigit() else 0] = (
                    int(start) if start and start.isdigit() else 1,
                    (_w(fmt_el, "val") if fmt_el is not None else None) or "decimal",
                    (_w(text_el, "val") if text_el is not None else None) or "",
                )
            self.levels[aid] = levels
        for num in root.iter(_W + "num"):
            nid = _w(num, "numId")
            ref = num.find(_W + "abstractNumId")
            aid = _w(ref, "val") if ref is not None else None
            if nid is not None and aid is not None:
                self.nums[nid] = aid

    def label(self, num_id: str, ilvl: int) -> str | None:
        aid = self.nums.get(num_id)
        levels = self.levels.get(aid or "")
        if aid is None or not levels or ilvl not in levels or not 0 <= ilvl < 9:
            return None
        counts = self.counts.setdefault(aid, [None] * 9)
        start, fmt, text = levels[ilvl]
        current = counts[ilvl]
        counts[ilvl] = start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None
        if fmt in ("bullet", "none") or not text:
            return None
        for k in range(9):
            if f"%{k + 1}" in text:
                k_start, k_fmt, _ = levels.get(k, (1, "decimal", ""))
                value = counts[k]
                shown = _format(k_start if value is None else value, k_fmt)
                text = text.replace(f"%{k + 1}", shown)
        return text

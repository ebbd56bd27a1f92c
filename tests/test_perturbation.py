"""Layout perturbation (metamorphic) tests: a letter rendered again the way re-post sites
and converters do is still the same letter.

For every letter in ``../shared/corpus`` each example applies a few of the renderings
below to the file's text and checks that the structural fields (document type, chamber,
vergaderjaar, dossiers, stuk, date, place, addressee, senders, signatories) are exactly
those of the unperturbed parse. A field that changes is a defect of a general rule.

Renderings (each a pure function of the text and a few drawn numbers):

* ``rewrap``: every line longer than a drawn width wrapped at that width (not a whole
  page flattened onto one line, :data:`~kamerparse.patterns.FLAT_LINE` or longer: that is
  a transcription, not a paragraph a converter re-flows);
* ``drop_blank``: all blank lines removed (hard-wrapped page text);
* ``chrome_before`` / ``chrome_after``: site lines before the header (site name,
  ``Gemaakt: ... tijd: ...``, a page number, ``Datum nieuwsfeit: ...``) and after the
  letter (``Copyright ...``, ``Deel: ...``, ``Lees ook``);
* ``split_title``: the title line broken over two lines or two paragraphs;
* ``sentence_case``: the title written in sentence case (``Brief van de minister van
  Defensie``);
* ``join_opening``: the addressee and the place-and-date line on one line;
* ``furniture``: a page-furniture line (``Pagina 2 van 3``, ``P agina 2 van 3``, ``- 2 -``)
  put between two paragraphs.

The made-up chrome is built here from neutral words; no corpus text is copied.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, find, given, settings
from hypothesis import strategies as st

import kamerparse
from kamerparse import lexicon as lx
from kamerparse.patterns import FLAT_LINE
from kamerparse.records import Letter
from paths import corpus_paths

pytestmark = pytest.mark.corpus

Draw = Callable[[st.SearchStrategy[Any]], Any]

_TITLE_LINE = regex.compile(
    r"^(?P<pre>(?:[^\n ]++ ){0,3}?)(?P<title>BRIEF VAN [^\n]++)$", regex.MULTILINE
)
_ADDRESSEE_THEN_DATE = regex.compile(
    r"^(?P<a>Aan de Voorzitter[^\n]*+)\n(?:[ \t]*+\n)*+(?P<d>(?:"
    + "|".join(regex.escape(p) for p in lx.PLACES)
    + r"),[^\n]++)$",
    regex.MULTILINE,
)

CHROME_BEFORE = (
    "Nieuwsarchief Voorbeeldsite\nGemaakt: 26-4-2000 tijd: 16:23\n1\n",
    "Voorbeeldsite | Archief\n\nDatum nieuwsfeit: 26-04-1999\n\n",
    "Home > Documenten > Brieven\n\nGemaakt: 3-1-2001 tijd: 09:05\n\n2\n\n",
)
CHROME_AFTER = (
    "\nCopyright 2000 Voorbeeldsite\nDeel: Facebook | Twitter | E-mail\nLees ook\n",
    "\n\nDeel:\n\nLees ook\n\nEen ander bericht over iets\n",
    "\n\nCopyright (c) Voorbeeld Uitgevers\n",
)
FURNITURE = ("Pagina 2 van 3", "P agina 2 van 3", "- 2 -")


def _rewrap(text: str, draw: Draw) -> str:
    width = draw(st.integers(min_value=55, max_value=100))
    out = []
    for line in text.split("\n"):
        if width < len(line) < FLAT_LINE:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


def _drop_blank(text: str, draw: Draw) -> str:
    return "\n".join(ln for ln in text.split("\n") if ln.strip())


def _chrome_before(text: str, draw: Draw) -> str:
    return str(draw(st.sampled_from(CHROME_BEFORE))) + text


def _chrome_after(text: str, draw: Draw) -> str:
    return text.rstrip("\n") + "\n" + str(draw(st.sampled_from(CHROME_AFTER)))


def _split_title(text: str, draw: Draw) -> str:
    m = _TITLE_LINE.search(text)
    if m is None:
        return text
    title = m.group("title")
    cuts = [i for i, c in enumerate(title) if c == " " and i > len("BRIEF VAN DE")]
    if not cuts:
        return text
    cut = int(draw(st.sampled_from(cuts)))
    sep = str(draw(st.sampled_from(("\n", "\n\n"))))
    new = title[:cut] + sep + title[cut + 1 :]
    return text[: m.start("title")] + new + text[m.end("title") :]


_LOWER = frozenset(lx.ROLE_LOWERCASE_WORDS)
_ROLE = frozenset(w.lower() for pair in lx.ROLE_TITLES for w in pair)


def _sentence_word(word: str, first: bool) -> str:
    core = word.rstrip(",")
    low = core.lower()
    if first:
        out = core[:1] + low[1:]
    elif low in _LOWER or low in _ROLE or all(p in _ROLE for p in low.split("-")):
        out = low
    else:
        out = core[:1] + low[1:]
    return out + word[len(core) :]


def _sentence_case(text: str, draw: Draw) -> str:
    m = _TITLE_LINE.search(text)
    if m is None:
        return text
    words = m.group("title").split(" ")
    new = " ".join(_sentence_word(w, i == 0) for i, w in enumerate(words))
    pre = m.group("pre").replace("Nr.", "nr.")
    return text[: m.start()] + pre + new + text[m.end() :]


def _join_opening(text: str, draw: Draw) -> str:
    m = _ADDRESSEE_THEN_DATE.search(text)
    if m is None:
        return text
    return text[: m.start()] + m.group("a").rstrip() + " " + m.group("d") + text[m.end() :]


def _furniture(text: str, draw: Draw) -> str:
    paras = text.split("\n\n")
    if len(paras) < 3:
        lines = text.split("\n")
        at = draw(st.integers(min_value=1, max_value=max(1, len(lines) - 1)))
        return "\n".join([*lines[:at], str(draw(st.sampled_from(FURNITURE))), *lines[at:]])
    at = draw(st.integers(min_value=1, max_value=len(paras) - 1))
    return "\n\n".join([*paras[:at], str(draw(st.sampled_from(FURNITURE))), *paras[at:]])


RENDERINGS: dict[str, Callable[[str, Draw], str]] = {
    "rewrap": _rewrap,
    "drop_blank": _drop_blank,
    "chrome_before": _chrome_before,
    "chrome_after": _chrome_after,
    "split_title": _split_title,
    "sentence_case": _sentence_case,
    "join_opening": _join_opening,
    "furniture": _furniture,
}
#: Order in which drawn renderings are applied (a re-post site first re-flows, then
#: frames the text in its chrome).
_ORDER = (
    "sentence_case",
    "split_title",
    "join_opening",
    "furniture",
    "rewrap",
    "drop_blank",
    "chrome_before",
    "chrome_after",
)
#: A ministry letter as sent (letterhead PDF text) is hard-wrapped already and has no
#: title or place-and-date line: only framing and furniture apply to it.
_LETTERHEAD_RENDERINGS = ("chrome_before", "chrome_after", "furniture")


def structural(letter: Letter) -> dict[str, Any]:
    """The fields a rendering must not change."""
    return {
        "document_type": letter.document_type.value,
        "chamber": letter.chamber.value if letter.chamber else None,
        "vergaderjaar": letter.vergaderjaar,
        "dossiers": tuple(d.number for d in letter.dossiers),
        "stuk": (letter.stuk.number, letter.stuk.reprint) if letter.stuk else None,
        "date": letter.dateline.date if letter.dateline else None,
        "place": letter.dateline.place if letter.dateline else None,
        "addressee": letter.addressee.text if letter.addressee else None,
        "senders": tuple(s.role for s in letter.senders),
        "signatories": tuple(
            (s.role, " ".join(s.name.split()) if s.name else None) for s in letter.signatories
        ),
    }


@functools.cache
def _baseline(path: Path) -> tuple[str, str, dict[str, Any]]:
    text = path.read_text(encoding="utf-8")
    letter = kamerparse.parse(text, name=path.name)
    return text, letter.source.format, structural(letter)


def render(text: str, fmt: str, names: set[str], draw: Draw) -> str:
    for name in _ORDER:
        if name in names and (fmt != "letterhead-text" or name in _LETTERHEAD_RENDERINGS):
            text = RENDERINGS[name](text, draw)
    return text


_PATHS = corpus_paths()


@pytest.mark.skipif(not _PATHS, reason="corpus folder is absent")
@pytest.mark.parametrize("path", _PATHS, ids=[f"{p.parent.name}/{p.name}" for p in _PATHS])
@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_rendering_keeps_structure(path: Path, data: st.DataObject) -> None:
    text, fmt, want = _baseline(path)
    names = data.draw(st.sets(st.sampled_from(sorted(RENDERINGS)), min_size=1, max_size=4))
    rendered = render(text, fmt, names, data.draw)
    got = structural(kamerparse.parse(rendered, name=path.name))
    diff = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
    assert not diff, f"{sorted(names)} changed {diff}"


@pytest.mark.skipif(not _PATHS, reason="corpus folder is absent")
@pytest.mark.parametrize("name", sorted(RENDERINGS))
def test_each_rendering_alone(name: str) -> None:
    """Every rendering on its own, over the whole corpus, with its first drawn values
    (a fast, readable failure per rendering)."""
    failures = []
    for path in _PATHS:
        text, fmt, want = _baseline(path)
        rendered = render(text, fmt, {name}, _first_draw)
        got = structural(kamerparse.parse(rendered, name=path.name))
        diff = {k: (want[k], got[k]) for k in want if want[k] != got[k]}
        if diff:
            failures.append(f"{path.name}: {diff}")
    assert not failures, "\n".join(failures)


def _first_draw(strategy: st.SearchStrategy[Any]) -> Any:
    """A deterministic stand-in for ``data.draw``: the strategy's simplest value."""
    return find(strategy, lambda _: True)

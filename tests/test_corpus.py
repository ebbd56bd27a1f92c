"""The real letters in ../shared/corpus against facts written down by reading each one.

The table holds facts only (numbers, dates, names, roles), never text from the letters.
``UNCHECKED`` marks a field the letter leaves open (an excerpt cut short, a number the
rendition dropped); ``None`` / ``()`` mean the letter states no such thing and the parser
must not invent one. Roles are written the way kamerparse normalises them (no article, no
trailing comma, ``Minister``/``Staatssecretaris`` capitalised); names as printed, compared
with the spaces between initials removed (``J. W. E. Spies`` == ``J.W.E. Spies``).

``test_corpus_score_floor`` pins the fraction of expected fields the pipeline matches,
so quality can only go up: raise ``SCORE_FLOOR`` when the pipeline gets better.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import regex

import kamerparse
from kamerparse.records import Letter
from paths import CORPUS_DIR

pytestmark = pytest.mark.corpus


class _Unchecked(enum.Enum):
    UNCHECKED = "unchecked"


UNCHECKED = _Unchecked.UNCHECKED

D = datetime.date
TK = "Tweede Kamer"
EK = "Eerste Kamer"
BUZA = "Minister van Buitenlandse Zaken"
DEF = "Minister van Defensie"
BZK = "Minister van Binnenlandse Zaken en Koninkrijksrelaties"
IM = "Minister van Infrastructuur en Milieu"
MP = "Minister-President, Minister van Algemene Zaken"
VWS = "Volksgezondheid, Welzijn en Sport"


@attrs.frozen(kw_only=True)
class Expected:
    """What one corpus file states. Every field but ``path`` is one scored fact."""

    path: str
    document_type: str = "letter"
    vergaderjaar: str | _Unchecked | None = None
    chamber: str | _Unchecked | None = TK
    dossiers: tuple[str, ...] | _Unchecked = ()
    stuk: tuple[str, bool] | _Unchecked | None = None
    date: datetime.date | _Unchecked | None = None
    place: str | _Unchecked | None = None
    senders: tuple[str, ...] | _Unchecked = ()
    signatories: tuple[tuple[str | None, str | None], ...] | _Unchecked = ()
    footnotes: tuple[str, ...] | _Unchecked = ()
    #: footnote number -> how many markers refer to it (default: at least one each)
    marker_counts: tuple[tuple[str, int], ...] = ()
    #: not a letter (motie, verslag): no addressee, no senders, no signatory roles
    not_a_letter: bool = False
    xfail: str | None = None


def _notes(n: int) -> tuple[str, ...]:
    return tuple(str(i) for i in range(1, n + 1))


EXPECTED: tuple[Expected, ...] = (
    Expected(
        path="ob-page-text/kst-21501-02-1581.txt",
        dossiers=("21501-02",),
        stuk=("1581", False),
        date=D(2016, 1, 29),
        place="Den Haag",
        senders=(BUZA,),
        signatories=((BUZA, "A.G. Koenders"),),
        footnotes=_notes(1),
    ),
    Expected(
        path="ob-page-text/kst-24126-1.txt",
        dossiers=("24126",),
        stuk=("1", False),
        date=D(1995, 3, 21),
        place="Rijswijk",
        senders=(f"Minister van {VWS}", f"Staatssecretaris van {VWS}"),
        signatories=(
            (f"Minister van {VWS}", "E. Borst-Eilers"),
            (f"Staatssecretaris van {VWS}", "E. G. Terpstra"),
        ),
    ),
    Expected(
        path="ob-page-text/kst-26488-72.txt",
        dossiers=("26488",),
        stuk=("72", False),
        date=D(2008, 5, 22),
        place="Den Haag",
        senders=("Staatssecretaris van Defensie",),
        signatories=(("Staatssecretaris van Defensie", "J. G. de Vries"),),
        footnotes=_notes(1),
    ),
    Expected(
        path="ob-page-text/kst-27925-566.txt",
        dossiers=("27925",),
        stuk=("566", False),
        date=D(2015, 12, 11),
        place="Den Haag",
        senders=(BUZA, DEF),
        signatories=((BUZA, "A.G. Koenders"), (DEF, "J.A. Hennis-Plasschaert")),
    ),
    Expected(
        # a committee report, cut short: its one note's body is not in the excerpt
        path="ob-page-text/kst-28985-5.txt",
        document_type="report",
        chamber=None,
        dossiers=("28985",),
        stuk=("5", False),
        date=D(2003, 10, 23),
        not_a_letter=True,
    ),
    Expected(
        path="ob-page-text/kst-29521-291.txt",
        dossiers=("29521",),
        stuk=("291", False),
        date=D(2015, 5, 20),
        place="Den Haag",
        senders=(DEF, BUZA),
        signatories=((DEF, "J.A. Hennis-Plasschaert"), (BUZA, "A.G. Koenders")),
        footnotes=_notes(1),
    ),
    Expected(
        # a motie: signed by a member (surname only), no role
        path="ob-page-text/kst-29521-509.txt",
        document_type="motion",
        chamber=None,
        dossiers=("29521",),
        stuk=("509", False),
        date=D(2026, 3, 11),
        not_a_letter=True,
        signatories=((None, "Dobbe"),),
    ),
    Expected(
        path="ob-page-text/kst-31568-100.txt",
        vergaderjaar="2011-2012",
        dossiers=("31568",),
        stuk=("100", False),
        date=D(2012, 4, 25),
        place="Den Haag",
        senders=(BZK,),
        signatories=((BZK, "J. W. E. Spies"),),
        footnotes=_notes(1),
        marker_counts=(("1", 2),),
    ),
    Expected(
        path="ob-page-text/kst-32598-11.txt",
        dossiers=("32598",),
        stuk=("11", False),
        date=D(2012, 4, 23),
        place="Den Haag",
        senders=(IM,),
        signatories=((IM, "M. H. Schultz van Haegen-Maas Geesteranus"),),
        footnotes=_notes(1),
    ),
    Expected(
        path="ob-page-text/kst-33000-IV-15.txt",
        dossiers=("33000-IV",),
        stuk=("15", False),
        date=D(2011, 10, 11),
        place="Den Haag",
        senders=(MP,),
        signatories=((MP, "M. Rutte"),),
    ),
    Expected(
        path="ob-page-text/kst-33000-X-60.txt",
        dossiers=("33000-X",),
        stuk=("60", False),
        date=D(2011, 12, 19),
        place="Den Haag",
        senders=(DEF,),
        signatories=((DEF, "J. S. J. Hillen"),),
    ),
    Expected(
        path="ob-page-text/kst-33410-30.txt",
        dossiers=("33410",),
        stuk=("30", False),
        date=D(2012, 11, 9),
        place="Den Haag",
        senders=(IM,),
        signatories=((IM, "M. H. Schultz van Haegen-Maas Geesteranus"),),
        footnotes=_notes(1),
    ),
    Expected(
        # the "mede namens" list in the body names seven other ministers: no signatories
        path="ob-page-text/kst-34682-6.txt",
        dossiers=("34682",),
        stuk=("6", False),
        date=D(2018, 10, 5),
        place="Den Haag",
        senders=(BZK,),
        signatories=((BZK, "K.H. Ollongren"),),
        footnotes=_notes(1),
    ),
    Expected(
        path="ob-page-text/kst-35000-X-100.txt",
        vergaderjaar="2018-2019",
        dossiers=("35000-X",),
        stuk=("100", False),
        date=D(2019, 2, 21),
        place="Den Haag",
        senders=("Staatssecretaris van Defensie",),
        signatories=(("Staatssecretaris van Defensie", "B. Visser"),),
        footnotes=_notes(1),
    ),
    Expected(
        path="ob-page-text/kst-CII-E.txt",
        vergaderjaar="2012-2013",
        chamber=EK,
        dossiers=("CII",),
        stuk=("E", False),
        date=D(2013, 7, 4),
        place="Den Haag",
        senders=(BZK,),
        signatories=((BZK, "R.H.A. Plasterk"),),
    ),
    Expected(
        # the transcription dropped the digits of the dossier number and vergaderjaar
        path="text/docplayer-kst-29521-41.txt",
        stuk=("41", False),
        date=D(2007, 6, 22),
        place="Den Haag",
        senders=(BUZA, DEF),
        signatories=((BUZA, "M. J. M. Verhagen"), (DEF, "E. van Middelkoop")),
    ),
    Expected(
        # ministry letterhead: "Datum" names no place; signed by function only
        path="text/nieuwsbank-1496382-buza-19990129.txt",
        date=D(1999, 1, 29),
        senders=(BUZA,),  # a letter as sent: the signing office
        signatories=((BUZA, None),),
    ),
    Expected(
        # no dossier header line: the dossier is in the site's "ID" line; the body of
        # footnote 1 is absent from the excerpt, so there is no note to count
        path="text/openkamer-kst-31953-34.txt",
        dossiers=("31953",),
        stuk=("34", False),
        date=D(2010, 4, 20),
        place="Den Haag",
        senders=("Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",),
        signatories=(
            (
                "Minister van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
                "J. C. Huizinga-Heringa",
            ),
        ),
    ),
    Expected(
        # ministry letterhead, not yet numbered as a Kamerstuk; name above function
        path="text/pdftextsplitter-Kamerbrief_innovatie_missie.txt",
        date=D(2023, 5, 30),
        senders=("Minister van Economische Zaken en Klimaat",),
        signatories=(("Minister van Economische Zaken en Klimaat", "M.A.M. Adriaansens"),),
        footnotes=_notes(15),
    ),
    Expected(
        path="text/rijksbegroting-kst-34775-A-52.txt",
        vergaderjaar="2017-2018",
        dossiers=("34775-A",),
        stuk=("52", False),
        date=D(2017, 12, 20),
        place="Den Haag",
        senders=("Minister van Infrastructuur en Waterstaat",),
        signatories=(
            ("Minister van Infrastructuur en Waterstaat", "C. van Nieuwenhuizen Wijbenga"),
        ),
        footnotes=_notes(1),
    ),
    Expected(
        # the site's "Ondertekenaars" trailer repeats the signatory: not a second one
        path="text/tweedekamer-2019D37354-kst-34700-65.txt",
        dossiers=("34700",),
        stuk=("65", False),
        date=D(2019, 9, 25),
        place="Den Haag",
        senders=(MP,),
        signatories=((MP, "M. Rutte"),),
    ),
)

#: Fraction of expected facts the pipeline matches over the whole corpus (pinned).
SCORE_FLOOR = 1.0

_INITIAL_GAP = regex.compile(r"(?<=\b\w\.)\s++(?=\w\.)")
_SPACES = regex.compile(r"\s++")


def _name_key(name: str | None) -> str | None:
    if name is None:
        return None
    return _INITIAL_GAP.sub("", _SPACES.sub(" ", name.strip()))


def _actual(letter: Letter, field: str) -> Any:
    if field == "document_type":
        return letter.document_type.value
    if field == "chamber":
        return letter.chamber.value if letter.chamber else None
    if field == "dossiers":
        return tuple(d.number for d in letter.dossiers)
    if field == "stuk":
        return (letter.stuk.number, letter.stuk.reprint) if letter.stuk else None
    if field == "senders":
        return tuple(s.role for s in letter.senders)
    if field == "signatories":
        return tuple((s.role, _name_key(s.name)) for s in letter.signatories)
    if field == "footnotes":
        return tuple(f.number for f in letter.footnotes)
    return getattr(letter, field)


_FACT_FIELDS = (
    "document_type",
    "vergaderjaar",
    "chamber",
    "dossiers",
    "stuk",
    "date",
    "place",
    "senders",
    "signatories",
    "footnotes",
)


def check(exp: Expected, letter: Letter) -> Iterator[tuple[str, bool, str]]:
    """Each scored fact of ``exp``: (fact, matched, explanation)."""
    for name in _FACT_FIELDS:
        want = getattr(exp, name)
        if want is UNCHECKED:
            continue
        if name == "signatories":
            want = tuple((role, _name_key(n)) for role, n in want)
        got = _actual(letter, name)
        yield name, got == want, f"{name}: expected {want!r}, got {got!r}"
    if exp.footnotes is not UNCHECKED:
        counts = dict(exp.marker_counts)
        for note in letter.footnotes:
            need = counts.get(note.number, 1)
            ok = len(note.refs) >= need if note.number not in counts else len(note.refs) == need
            yield (
                f"footnote {note.number} markers",
                ok,
                f"footnote {note.number}: expected {need} marker(s), got {len(note.refs)}",
            )
    if exp.not_a_letter:
        yield "no addressee", letter.addressee is None, f"addressee: {letter.addressee!r}"
        yield "no senders", not letter.senders, f"senders: {letter.senders!r}"
        roles = [s.role for s in letter.signatories if s.role is not None]
        yield "no signatory roles", not roles, f"signatory roles: {roles!r}"


def _params() -> list[Any]:
    return [
        pytest.param(
            e,
            id=e.path,
            marks=[pytest.mark.xfail(reason=e.xfail, strict=True)] if e.xfail else [],
        )
        for e in EXPECTED
    ]


def _parse(corpus_dir: Path, exp: Expected) -> Letter:
    return kamerparse.parse_file(corpus_dir / exp.path)


@pytest.mark.parametrize("exp", _params())
def test_corpus_letter(corpus_dir: Path, exp: Expected) -> None:
    letter = _parse(corpus_dir, exp)
    misses = [why for _, ok, why in check(exp, letter) if not ok]
    assert not misses, f"{exp.path}:\n  " + "\n  ".join(misses)


def test_table_covers_corpus(corpus_dir: Path) -> None:
    on_disk = {
        p.relative_to(corpus_dir).as_posix()
        for p in corpus_dir.rglob("*")
        if p.is_file() and p.name != "README.md"
    }
    in_table = {e.path for e in EXPECTED}
    assert on_disk == in_table, (
        f"files without expectations: {sorted(on_disk - in_table)}; "
        f"expectations without files: {sorted(in_table - on_disk)}"
    )


def corpus_score(corpus_dir: Path) -> tuple[int, int, list[str]]:
    """(facts matched, facts checked, misses) over the whole corpus."""
    matched = total = 0
    misses: list[str] = []
    for exp in EXPECTED:
        path = corpus_dir / exp.path
        if not path.exists():
            continue
        letter = _parse(corpus_dir, exp)
        for _, ok, why in check(exp, letter):
            total += 1
            matched += ok
            if not ok:
                misses.append(f"{exp.path}: {why}")
    return matched, total, misses


def test_corpus_score_floor(corpus_dir: Path) -> None:
    matched, total, misses = corpus_score(corpus_dir)
    assert total > 0
    score = matched / total
    assert score >= SCORE_FLOOR, (
        f"corpus score {score:.3f} ({matched}/{total}) fell below the floor {SCORE_FLOOR}:\n"
        + "\n".join(misses)
    )


def test_corpus_files_exist() -> None:
    if not CORPUS_DIR.is_dir():
        pytest.skip("corpus folder is absent")
    missing = [e.path for e in EXPECTED if not (CORPUS_DIR / e.path).is_file()]
    assert not missing, missing

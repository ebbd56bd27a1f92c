"""References to other parliamentary documents (issue 4, part 1).

Every written form the issue lists goes through :func:`kamerparse.parse` inside a small
letter; the seed and the corpus letters are checked against references read from them;
Hypothesis renders references from random parts and checks the canonical id comes back.
"""

from __future__ import annotations

import datetime
import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kamerparse
from kamerparse import lexicon
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract._numbers import NUMBER_WORDS
from kamerparse.extract.dates import extract_events
from kamerparse.extract.mandates import extract_mandates
from kamerparse.extract.money import extract_contributions
from kamerparse.extract.references import extract_references
from kamerparse.records import Chamber, Letter, ReferenceKind, Span

OPENING = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2023\n\n"
CLOSING = "\n\nDe Minister van Defensie,\nK.H. Ollongren\n"


def letter_with(sentence: str) -> Letter:
    return kamerparse.parse(OPENING + sentence + CLOSING)


def found(letter: Letter) -> list[tuple[str, str]]:
    return [(r.id, r.span.of(letter.text)) for r in letter.references]


#: (written form, [(id, text the record spans)])
FORMS = [
    ("Kamerstuk 29 521, nr. 446", [("kst-29521-446", "Kamerstuk 29 521, nr. 446")]),
    ("Kamerstukken 29 521, nr. 446", [("kst-29521-446", "Kamerstukken 29 521, nr. 446")]),
    (
        "Kamerstukken II 2021/22, 29 521, nr. 446",
        [("kst-29521-446", "Kamerstukken II 2021/22, 29 521, nr. 446")],
    ),
    ("(29 521, nr. 167)", [("kst-29521-167", "29 521, nr. 167")]),
    ("Kamerstuk 33 000 X, nr. 30", [("kst-33000-X-30", "Kamerstuk 33 000 X, nr. 30")]),
    ("kamerstuk 21 501-18, nr. 72", [("kst-21501-18-72", "kamerstuk 21 501-18, nr. 72")]),
    ("Kamerstuk 21 501-02, nr. 2480", [("kst-21501-02-2480", "Kamerstuk 21 501-02, nr. 2480")]),
    ("Kamerstukken I 2012/13, CII, B", [("kst-CII-B", "Kamerstukken I 2012/13, CII, B")]),
    ("Kamerstuknr. 2012–2013, CII, B", [("kst-CII-B", "Kamerstuknr. 2012–2013, CII, B")]),
    (
        "Kamerstukken I 2012/13, 33 400, nr. A",
        [("kst-33400-A", "Kamerstukken I 2012/13, 33 400, nr. A")],
    ),
    ("de motie 31 953, I", [("kst-31953-I", "31 953, I")]),
    ("Kamerstuk 33009, nr. 117", [("kst-33009-117", "Kamerstuk 33009, nr. 117")]),
    ("(Kamerstuk 29521-493)", [("kst-29521-493", "Kamerstuk 29521-493")]),
    ("kst-36180-133", [("kst-36180-133", "kst-36180-133")]),
    ("kst-21501-02-1581", [("kst-21501-02-1581", "kst-21501-02-1581")]),
    (
        "Kamerstuk 29 521, nrs. 434 en 440",
        [("kst-29521-434", "Kamerstuk 29 521, nrs. 434"), ("kst-29521-440", "440")],
    ),
    (
        "Handelingen II 2019/20, nr. 4, item 12",
        [("h-tk-20192020-4-12", "Handelingen II 2019/20, nr. 4, item 12")],
    ),
    (
        "Handelingen II 2015/16, nr. 43; VSO",
        [("h-tk-20152016-43", "Handelingen II 2015/16, nr. 43")],
    ),
    (
        "Aanhangsel Handelingen II 2021/22, nr. 1234",
        [("ah-tk-20212022-1234", "Aanhangsel Handelingen II 2021/22, nr. 1234")],
    ),
    ("zaak 2022Z18320", [("2022Z18320", "2022Z18320")]),
    ("document 2019D37354", [("2019D37354", "2019D37354")]),
    ("Kamerstuk, nr. 2022Z18320", [("2022Z18320", "2022Z18320")]),
    # issue 10: the forms real letters use
    ("Kamerstuk 29 521, nr.19", [("kst-29521-19", "Kamerstuk 29 521, nr.19")]),
    ("(29 521, nr.167)", [("kst-29521-167", "29 521, nr.167")]),
    ("(Kamerstuk 30 804)", [("kst-30804", "Kamerstuk 30 804")]),
    ("Kamerstuk 21 501-02 bevat", [("kst-21501-02", "Kamerstuk 21 501-02")]),
    (
        "Kamerstukken I 2006/07, 30 306/30 307, letter D",
        [("kst-30306-D", "Kamerstukken I 2006/07, 30 306"), ("kst-30307-D", "30 307, letter D")],
    ),
    ("(30 306/30 307, letter D)", [("kst-30306-D", "30 306"), ("kst-30307-D", "30 307, letter D")]),
    (
        "Kamerstuk 36 600 B en 36 600 C, nr. 6",
        [("kst-36600-B-6", "Kamerstuk 36 600 B"), ("kst-36600-C-6", "36 600 C, nr. 6")],
    ),
    (
        "(36 600 B en 36 600 C, nr. 6)",
        [("kst-36600-B-6", "36 600 B"), ("kst-36600-C-6", "36 600 C, nr. 6")],
    ),
    ("Kamerstuk 35925-VI-56", [("kst-35925-VI-56", "Kamerstuk 35925-VI-56")]),
    ("Kamerstuk 21501-02-1581", [("kst-21501-02-1581", "Kamerstuk 21501-02-1581")]),
    (
        "Kamerstukken 30 804 en 30 805 over",
        [("kst-30804", "Kamerstukken 30 804"), ("kst-30805", "30 805")],
    ),
]


@pytest.mark.parametrize(("form", "expected"), FORMS, ids=[f for f, _ in FORMS])
def test_written_form(form: str, expected: list[tuple[str, str]]) -> None:
    letter = letter_with(f"Ik verwijs naar {form} over dit onderwerp.")
    assert found(letter) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2021 kostte dit 12 500 euro, nr. 3 van de lijst.",
        "Dossier 21 501-02 bevat de verslagen.",  # no cue, no stuk: a number, no citation
        "Er zijn 30 306/30 307 stemmen, letter voor letter geteld.",  # no letter after the cue
        "In 35925-VI-56 stond het.",  # a hyphenated stuk only after a Kamerstuk cue
        "Er waren 29 521 deelnemers, bijna 30 000.",
        "Zie artikel 42.7 van het Verdrag, nr. onbekend.",
    ],
)
def test_no_reference(sentence: str) -> None:
    assert letter_with(sentence).references == ()


def test_fields() -> None:
    letter = letter_with(
        "Zie Kamerstukken II 2021/22, 33 000 X, nr. 30 en Handelingen I 2019/20, nr. 4."
    )
    kst, hand = letter.references
    assert (kst.kind, kst.chamber, kst.vergaderjaar, kst.dossier, kst.number) == (
        ReferenceKind.KAMERSTUK,
        Chamber.TWEEDE_KAMER,
        "2021-2022",
        "33000-X",
        "30",
    )
    assert (hand.kind, hand.id, hand.chamber, hand.number, hand.item) == (
        ReferenceKind.HANDELINGEN,
        "h-ek-20192020-4",
        Chamber.EERSTE_KAMER,
        "4",
        None,
    )
    for ref in letter.references:
        assert ref.sentence is not None
        assert ref.sentence.contains(ref.span)


def test_invalid_vergaderjaar_is_reported() -> None:
    letter = letter_with("Zie Handelingen II 2019/23, nr. 4 hierover.")
    assert letter.references == ()
    assert "reference-vergaderjaar-invalid" in {d.code for d in letter.diagnostics}


# --- real letters ----------------------------------------------------------------------

SEED_REFERENCES = [
    ("kst-29237-178", "Kamerstuk 29 237, nr. 178"),
    ("kst-29521-446", "Kamerstuk 29 521, nr. 446"),
    ("2022Z18320", "2022Z18320"),
    ("kst-29237-178", "Kamerbrief 29 237, nr. 178"),
    ("kst-29521-434", "Kamerstuk 29 521, nr. 434"),
    ("kst-21501-02-2480", "Kamerstuk 21 501-02, nr. 2480"),
    ("kst-29521-440", "Kamerstuk 29 521, nr. 440"),
]


def test_seed(seed_path: Path) -> None:
    letter = kamerparse.parse_file(seed_path)
    assert found(letter) == SEED_REFERENCES
    for ref in letter.references:
        assert ref.sentence is not None and ref.sentence.contains(ref.span)
        assert ref.footnote is None


#: file (relative to the corpus) -> [(id, footnote)] read from the letter.
CORPUS_REFERENCES: dict[str, list[tuple[str, str | None]]] = {
    "ob-page-text/kst-21501-02-1581.txt": [("h-tk-20152016-43", None)],
    "ob-page-text/kst-29521-291.txt": [("kst-29521-282", None)],
    "ob-page-text/kst-33000-X-60.txt": [("kst-33000-X-30", None), ("kst-33000-X-20", None)],
    "ob-page-text/kst-35000-X-100.txt": [("kst-34775-X-140", None)],
    "ob-page-text/kst-CII-E.txt": [("kst-CII-B", None)],
    "text/openkamer-kst-31953-34.txt": [("kst-31953-I", None)],
    "text/tweedekamer-2019D37354-kst-34700-65.txt": [("h-tk-20192020-4", None)],
    "text/pdftextsplitter-Kamerbrief_innovatie_missie.txt": [
        ("kst-33009-117", "1"),
        ("kst-33009-63", "2"),
        ("kst-33009-117", "5"),
        ("kst-22112-3157", "7"),
        ("kst-32852-225", "8"),
        ("kst-33009-117", "15"),
    ],
}


@pytest.mark.corpus
def test_corpus(corpus_dir: Path) -> None:
    files = sorted(p for p in corpus_dir.rglob("*.txt"))
    assert files
    for path in files:
        letter = kamerparse.parse_file(path)
        name = path.relative_to(corpus_dir).as_posix()
        got = [(r.id, r.footnote) for r in letter.references]
        assert got == CORPUS_REFERENCES.get(name, []), name
        for ref in letter.references:
            assert ref.span.of(letter.text).strip() == ref.span.of(letter.text), name


# --- property: rendered references come back ------------------------------------------

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XV", "XVI")
_CUES = ("Kamerstuk", "Kamerstukken", "kamerstuk")


@st.composite
def dossiers(draw: st.DrawFn) -> tuple[str, str]:
    """(printed, canonical) dossier numbers: ``29 521``, ``21 501-02``, ``33 000 X``."""
    number = draw(st.integers(10000, 39999))
    digits = str(number)
    printed = draw(st.sampled_from((f"{digits[:2]} {digits[2:]}", digits)))
    kind = draw(st.sampled_from(("plain", "sub", "suffix")))
    if kind == "sub":
        sub = f"{draw(st.integers(1, 40)):02d}"
        return f"{printed}-{sub}", f"{digits}-{sub}"
    if kind == "suffix":
        suffix = draw(st.sampled_from((*_ROMAN, "A", "B")))
        sep = draw(st.sampled_from((" ", "-")))
        return f"{printed}{sep}{suffix}", f"{digits}-{suffix}"
    return printed, digits


@st.composite
def sessions(draw: st.DrawFn) -> tuple[str, str]:
    """(printed, canonical) vergaderjaren: ``2021/22``, ``2012–2013``."""
    year = draw(st.integers(1995, 2030))
    form = draw(st.sampled_from(("{a}/{b2}", "{a}/{b}", "{a}–{b}", "{a}-{b}")))
    printed = form.format(a=year, b=year + 1, b2=f"{(year + 1) % 100:02d}")
    return printed, f"{year}-{year + 1}"


@st.composite
def references(draw: st.DrawFn) -> tuple[str, list[str]]:
    """(a citation as letters write it, the canonical ids it stands for)."""
    form = draw(st.sampled_from(("kamerstuk", "bare", "kst", "list", "ek", "h", "ah")))
    numerals = {v: k for k, v in lexicon.CHAMBER_NUMERALS.items()}
    chamber = draw(st.sampled_from(("", numerals["Tweede Kamer"], numerals["Eerste Kamer"])))
    session, year = draw(sessions())
    nr = draw(st.integers(1, 3999))
    if form in ("h", "ah"):
        code = {"": "", "I": "ek-", "II": "tk-"}[chamber]
        head = "Handelingen" if form == "h" else "Aanhangsel Handelingen"
        words = " ".join(w for w in (head, chamber, session) if w)
        compact = year.replace("-", "")
        if form == "h" and draw(st.booleans()):
            item = draw(st.integers(1, 40))
            return f"{words}, nr. {nr}, item {item}", [f"h-{code}{compact}-{nr}-{item}"]
        return f"{words}, nr. {nr}", [f"{form}-{code}{compact}-{nr}"]
    if form == "ek":
        roman = draw(st.sampled_from(("CII", "CIII", "CX", "XCIX")))
        letter = draw(st.sampled_from(("A", "B", "E", "AZ")))
        return f"Kamerstukken I {session}, {roman}, {letter}", [f"kst-{roman}-{letter}"]
    printed, canonical = draw(dossiers())
    if form == "kst":
        return f"kst-{canonical}-{nr}", [f"kst-{canonical}-{nr}"]
    if form == "bare":
        return f"({printed}, nr. {nr})", [f"kst-{canonical}-{nr}"]
    cue = draw(st.sampled_from(_CUES))
    prefix = " ".join(w for w in (cue, chamber) if w)
    if chamber or draw(st.booleans()):
        prefix += f" {session},"
    if form == "list":
        nrs = draw(st.lists(st.integers(1, 3999), min_size=2, max_size=4))
        listed = ", ".join(map(str, nrs[:-1])) + f" en {nrs[-1]}"
        return f"{prefix} {printed}, nrs. {listed}", [f"kst-{canonical}-{n}" for n in nrs]
    return f"{prefix} {printed}, nr. {nr}", [f"kst-{canonical}-{nr}"]


@settings(max_examples=80, deadline=None)
@given(references())
def test_rendered_reference_comes_back(case: tuple[str, list[str]]) -> None:
    citation, ids = case
    letter = letter_with(f"Zoals gemeld in {citation} blijft dit zo.")
    assert [r.id for r in letter.references] == ids
    first = letter.references[0].span.of(letter.text)
    assert citation.strip("()").startswith(first)


# --- issue 10's forms, perturbed: other numbers, suffixes, spacing -------------------


@st.composite
def joint_citations(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """(a citation of several dossiers, the ids, the kinds): ``30 306/30 307, letter D``,
    ``36 600 B en 36 600 C, nr. 6``, ``Kamerstukken 30 804 en 30 805``."""
    parts = draw(st.lists(dossiers(), min_size=2, max_size=3, unique_by=lambda d: d[1]))
    joiner = draw(st.sampled_from(lexicon.DOSSIER_JOINERS))
    sep = {"/": draw(st.sampled_from(("/", " / "))), "en": " en "}[joiner]
    cue = draw(st.sampled_from(("", *_CUES)))
    head = (cue + " " if cue else "") + sep.join(p for p, _ in parts)
    stuk = draw(st.sampled_from(("nr", "letter", "none") if cue else ("nr", "letter")))
    if stuk == "nr":
        nr = str(draw(st.integers(1, 3999)))
        nr_word = draw(st.sampled_from(("nr. ", "nr.", "nummer ")))
        return (
            f"{head}, {nr_word}{nr}",
            [f"kst-{c}-{nr}" for _, c in parts],
            ["kamerstuk"] * len(parts),
        )
    if stuk == "letter":
        letter = draw(st.sampled_from(("A", "D", "AZ")))
        return (
            f"{head}, letter {letter}",
            [f"kst-{c}-{letter}" for _, c in parts],
            ["kamerstuk"] * len(parts),
        )
    return head, [f"kst-{c}" for _, c in parts], ["dossier"] * len(parts)


@settings(max_examples=80, deadline=None)
@given(joint_citations())
def test_joint_citation_gives_one_reference_per_dossier(
    case: tuple[str, list[str], list[str]],
) -> None:
    citation, ids, kinds = case
    letter = letter_with(f"Zoals gemeld in ({citation}) blijft dit zo.")
    refs = letter.references
    assert [r.id for r in refs] == ids
    assert [r.kind.value for r in refs] == kinds
    spans = [r.span for r in refs]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))  # no overlap
    assert all(s.of(letter.text) in citation for s in spans)
    # the dossier of each record is in its span (the shared stuk in the last one's)
    assert all(r.dossier and r.dossier[:2] in r.span.of(letter.text) for r in refs)


@settings(max_examples=60, deadline=None)
@given(dossiers(), st.integers(1, 3999), st.sampled_from(("", " ", "\u00a0")))
def test_number_cue_spacing(dossier: tuple[str, str], nr: int, space: str) -> None:
    printed, canonical = dossier
    letter = letter_with(f"Zie Kamerstuk {printed}, nr.{space}{nr} hierover.")
    assert [r.id for r in letter.references] == [f"kst-{canonical}-{nr}"]


@settings(max_examples=60, deadline=None)
@given(st.integers(10000, 39999), st.sampled_from((*_ROMAN, "A", "B", "")), st.integers(1, 3999))
def test_hyphenated_stuk_after_a_cue(number: int, suffix: str, nr: int) -> None:
    dossier = f"{number}-{suffix}" if suffix else str(number)
    letter = letter_with(f"Zie Kamerstuk {dossier}-{nr} hierover.")
    assert [r.id for r in letter.references] == [f"kst-{dossier}-{nr}"]
    assert letter.references[0].number == str(nr)


@settings(max_examples=60, deadline=None)
@given(dossiers(), st.sampled_from(_CUES))
def test_bare_dossier_after_a_cue(dossier: tuple[str, str], cue: str) -> None:
    printed, canonical = dossier
    # ``Kamerstuk 29521-493``: a last part without a leading zero is the stuk (see above)
    assume(not re.fullmatch(r"\d{5}-[1-9]\d*", canonical))
    letter = letter_with(f"Dit staat in ({cue} {printed}) beschreven.")
    (ref,) = letter.references
    assert (ref.kind, ref.id, ref.dossier, ref.number) == (
        ReferenceKind.DOSSIER,
        f"kst-{canonical}",
        canonical,
        None,
    )
    assert ref.span.of(letter.text) == f"{cue} {printed}"


# --- property: the three extractors are total and keep their spans in the region --------

_FRAGMENTS = (
    "Kamerstuk", "Kamerstukken II", "Handelingen", "Aanhangsel Handelingen", "kst-",
    "nr.", "nrs.", "item", "en", ",", "(", ")", ".", " ", "  ", "-", "–", "/", "²",
    "29 521", "21501-02", "33 000 X", "CII", "B", "I", "2021/22", "2022Z18320", "446",
    "het kabinet", "besluit", "heeft besloten", "niet", "mandaat", "nationale",
    "verlengen", "tot en met", "eind", "30 juni 2024", "maximaal", "twee", "personen",
    "MINUSMA", "EUCAP Sahel Niger", "gecombineerd mandaat van 15 personen met", "mits",
    "bestaat uit", "€", "EUR", "euro", "3,5", "350.000", "miljoen", "mld.", "aan",
    "bijdrage", "jaarlijkse", "2019–2022", "İ", "ſ", "\u00a0", "\n",
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map(" ".join), st.booleans())
def test_extractors_are_total(text: str, in_footnote: bool) -> None:
    region = Region(span=Span(start=0, end=len(text)), footnote="1" if in_footnote else None)
    ctx = ExtractContext(text=text, regions=(region,), reference_date=datetime.date(2023, 1, 1))
    results: list[Extracted[Any]] = [
        extract_references(ctx),
        extract_mandates(ctx, dates=extract_events),
        extract_contributions(ctx),
    ]
    for extracted in results:
        starts = [r.span.start for r in extracted.records]
        assert starts == sorted(starts)
        for record in extracted.records:
            assert region.span.contains(record.span)
            assert record.sentence is not None and record.sentence.overlaps(record.span)
            assert record.footnote == region.footnote


# --- the lexicon part of references, mandates and contributions ------------------------


def test_lexicon_part_is_clean() -> None:
    for name in (
        "KAMERSTUK_CUES", "HANDELINGEN_CUES", "AANHANGSEL_CUES", "MISSION_NAMES",
        "MANDATE_NOUNS", "NATIONAL_ACTORS", "DECISION_MARKERS", "PAST_DECISION_MARKERS",
        "HEDGES", "PERSONNEL_NOUNS", "CONDITION_CUES", "UNTIL_CUES", "START_CUES",
        "CONTRIBUTION_STEMS", "NAME_CONNECTORS", "MANDATE_START_PHRASES",
    ):  # fmt: skip
        words = getattr(lexicon, name)
        assert len(set(words)) == len(words), name
        assert all(w == w.strip() and w for w in words), name
    assert set(lexicon.MANDATE_ACTION_VERBS.values()) <= {
        "extend", "end", "start", "continue", "change"
    }  # fmt: skip
    # every value from 1 to 999 has a word, and the lexicon's examples compose
    assert set(NUMBER_WORDS.values()) == set(range(1, 1000)) | {1000}
    for word, value in (("twee", 2), ("achttien", 18), ("tweeëntwintig", 22),
                        ("eenendertig", 31), ("honderdtwintig", 120),
                        ("negenhonderdnegenennegentig", 999)):  # fmt: skip
        assert NUMBER_WORDS[word] == value

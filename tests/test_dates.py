"""Dated events: table tests per kind of expression and trap, and a hypothesis round-trip.

Conventions: docs/timex.md. The round-trip renders random dates, months, quarters,
halves, seasons, intervals, durations and relative forms in Dutch from the lexicon's
data, with random modifiers, around a random letter date, and checks the extractor
returns exactly the rendered value and mod.
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerparse import lexicon as lx
from kamerparse.extract import ExtractContext, Extracted, Region
from kamerparse.extract.dates import DIAGNOSTIC_CODES, extract_events
from kamerparse.readers.base import SUPERSCRIPT_DIGITS
from kamerparse.records import DatedEvent, Span

NOV = datetime.date(2022, 11, 25)


def run(
    text: str,
    ref: datetime.date | None = NOV,
    *,
    section: str | None = None,
    footnote: str | None = None,
) -> Extracted[DatedEvent]:
    markers = tuple(
        Span(start=i, end=i + 1) for i, ch in enumerate(text) if ch in SUPERSCRIPT_DIGITS
    )
    region = Region(span=Span(start=0, end=len(text)), section=section, footnote=footnote)
    ctx = ExtractContext(text=text, regions=(region,), reference_date=ref, markers=markers)
    out = extract_events(ctx)
    for ev in out.records:
        assert ev.span.of(text) == ev.text
        assert ev.sentence is not None and ev.sentence.contains(ev.span)
    return out


def triples(text: str, ref: datetime.date | None = NOV) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.value, e.mod) for e in run(text, ref).records]


# --- each kind of expression ------------------------------------------------------------

TABLE: list[tuple[str, datetime.date, list[tuple[str, str, str | None]]]] = [
    ("Tijdens het debat op 3 november jl. is dit besproken.", NOV,
     [("3 november jl.", "2022-11-03", None)]),
    ("De mandaten lopen tot en met eind juni 2024.", NOV,
     [("eind juni 2024", "2024-06", "END")]),
    ("Dit wordt in het eerste kwartaal van 2023 afgerond.", NOV,
     [("het eerste kwartaal van 2023", "2023-Q1", None)]),
    ("Het laatste kwartaal van 2022 was druk.", NOV,
     [("Het laatste kwartaal van 2022", "2022-Q4", None)]),
    ("De commandovoering duurt tot medio januari 2023.", NOV,
     [("medio januari 2023", "2023-01", "MID")]),
    ("Medio januari 2023 vertrekt hij.", NOV, [("Medio januari 2023", "2023-01", "MID")]),
    ("De opschorting is dit najaar uitgebreid.", NOV, [("dit najaar", "2022-FA", None)]),
    ("Een verlenging van achttien maanden.", NOV, [("achttien maanden", "P18M", None)]),
    ("De bijdrage tussen 2014–2019 wordt geëvalueerd.", NOV,
     [("2014–2019", "2014/2019", None)]),
    ("In het weekend van 30 september tot 2 oktober jl. vond een machtsgreep plaats.", NOV,
     [("het weekend van 30 september tot 2 oktober jl.", "2022-09-30/2022-10-02", None)]),
    ("De autoriteiten hebben afgelopen juli een akkoord gesloten.", NOV,
     [("afgelopen juli", "2022-07", None)]),
    ("De resultaten worden begin 2023 verwacht.", NOV, [("begin 2023", "2023", "START")]),
    ("Het convenant wordt eind dit jaar gepresenteerd.", NOV,
     [("eind dit jaar", "2022", "END")]),
    ("Uw Kamer ontvangt jaarlijks een evaluatie.", NOV, [("jaarlijks", "P1Y", None)]),
    ("Dat gebeurt in de eerste helft van 2023.", NOV,
     [("de eerste helft van 2023", "2023-H1", None)]),
    ("Nederland leverde in de periode 2019–2022 een bijdrage.", NOV,
     [("de periode 2019–2022", "2019/2022", None)]),
    ("In oktober is de stafofficier teruggetrokken.", NOV, [("oktober", "2022-10", None)]),
    ("Het rapport wordt in maart verwacht.", NOV, [("maart", "2023-03", None)]),
    ("De brief kunt u in januari tegemoet zien.", datetime.date(2011, 12, 19),
     [("januari", "2012-01", None)]),
    ("Damiba pleegde in januari jl. een staatsgreep.", NOV, [("januari jl.", "2022-01", None)]),
    ("De situatie is sinds januari verslechterd.", NOV, [("januari", "2022-01", "AFTER")]),
    ("De behandeling staat op 10 februari a.s. geagendeerd.", datetime.date(1999, 1, 29),
     [("10 februari a.s.", "1999-02-10", None)]),
    ("Op 10 februari aanstaande staat de behandeling geagendeerd.", NOV,
     [("10 februari aanstaande", "2023-02-10", None)]),
    ("Nederland draagt sinds 2007 bij.", NOV, [("2007", "2007", "AFTER")]),
    ("De regeling geldt vanaf 1 januari 2023.", NOV, [("1 januari 2023", "2023-01-01", "AFTER")]),
    ("Dit moet uiterlijk in februari 2024 zijn afgerond.", NOV,
     [("februari 2024", "2024-02", "ON_OR_BEFORE")]),
    ("De steun loopt t/m 2027.", NOV, [("2027", "2027", "ON_OR_BEFORE")]),
    ("Een convenant voor de periode 2024-2027.", NOV,
     [("de periode 2024-2027", "2024/2027", None)]),
    ("Het programma loopt van 2021 t/m 2027.", NOV, [("2021 t/m 2027", "2021/2027", None)]),
    ("De missie liep tussen 2014 en 2019 door.", NOV, [("2014 en 2019", "2014/2019", None)]),
    ("Van januari tot juni 2023 is er geoefend.", NOV,
     [("januari tot juni 2023", "2023-01/2023-06", None)]),
    ("De staatsgreep van 2 oktober 2022 en de missie na 2022.", NOV,
     [("2 oktober 2022", "2022-10-02", None), ("2022", "2022", "AFTER")]),
    ("Er is overleg geweest in september en oktober jl.", NOV,
     [("september", "2022-09", None), ("oktober jl.", "2022-10", None)]),
    ("De conferentie op 31 maart en 1 april in Zeist.", datetime.date(2010, 4, 20),
     [("31 maart", "2010-03-31", None), ("1 april", "2010-04-01", None)]),
    ("Dit jaar en vorig jaar, en volgend jaar ook.", NOV,
     [("Dit jaar", "2022", None), ("vorig jaar", "2021", None), ("volgend jaar", "2023", None)]),
    ("Een afschrift is heden verzonden.", NOV, [("heden", "2022-11-25", None)]),
    ("Een evaluatie over het jaar 2014 volgt.", NOV, [("het jaar 2014", "2014", None)]),
    ("Het mandaat werd begin september verlengd.", NOV,
     [("begin september", "2022-09", "START")]),
    ("Medio augustus vertrokken de troepen.", NOV, [("Medio augustus", "2022-08", "MID")]),
    ("Verkiezingen voor juli 2024.", NOV, [("juli 2024", "2024-07", "BEFORE")]),
    ("Dit moet vóór 2025 klaar zijn.", NOV, [("2025", "2025", "BEFORE")]),
    ("Op woensdag 3 november 2021 is gestemd.", NOV,
     [("woensdag 3 november 2021", "2021-11-03", None)]),
    ("De tweede jaarhelft van 2023.", NOV, [("De tweede jaarhelft van 2023", "2023-H2", None)]),
    ("Het voorjaar van 2024 en de zomer van 2021.", NOV,
     [("Het voorjaar van 2024", "2024-SP", None), ("de zomer van 2021", "2021-SU", None)]),
    ("De winter 2022 was zacht.", NOV, [("De winter 2022", "2022-WI", None)]),
    ("Dat duurt twee jaar, drie weken, 48 uur of anderhalf jaar.", NOV,
     [("twee jaar", "P2Y", None), ("drie weken", "P3W", None), ("48 uur", "PT48H", None),
      ("anderhalf jaar", "P18M", None)]),
    ("Uw Kamer beschikt jaarlijks iedere derde woensdag in mei over de evaluatie.", NOV,
     [("jaarlijks", "P1Y", None), ("iedere derde woensdag in mei", "XXXX-05", None)]),
    ("Aanslagen worden dagelijks gepleegd, met een jaarlijkse bijdrage.", NOV,
     [("dagelijks", "P1D", None), ("jaarlijkse", "P1Y", None)]),
    ("Het debat van 3 en 4 oktober 2022.", NOV, [("4 oktober 2022", "2022-10-04", None)]),
    ("Van 3 tot 5 oktober 2022 was er een top.", NOV,
     [("3 tot 5 oktober 2022", "2022-10-03/2022-10-05", None)]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), TABLE, ids=[t[0][:40] for t in TABLE])
def test_table(text: str, ref: datetime.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(text, ref) == expected


# --- traps ------------------------------------------------------------------------------

TRAPS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # ``voor`` meaning "for": no mod before a year (docs/timex.md)
    ("Voor 2023 heeft Nederland het voornemen bij te dragen.", [("2023", "2023", None)]),
    ("Een doelstelling voor 2030 hanteren we.", [("2030", "2030", None)]),
    # ``mei`` at the start of a sentence is the month; ``Mei`` inside one is a name
    ("Het is gebeurd. Mei 2023 was een drukke maand.", [("Mei 2023", "2023-05", None)]),
    ("Mei bracht veel regen.", [("Mei", "2023-05", None)]),
    ("De minister sprak met Mei Li en Augustus de Vries.", []),
    # a year range next to a phone number
    ("Een convenant voor 2024-2027. T 070 379 8911 (algemeen) F 070 378 6100", [
        ("2024-2027", "2024/2027", None)]),
    ("Circa 1,5 miljoen burgers zijn op de vlucht; 2000 euro per persoon.", []),
    ("Zie Kamerstuk 21 501-02, nr. 2480, d.d. 11 april 2022.", [
        ("11 april 2022", "2022-04-11", None)]),
    ("Zie Kamerstuk 29 521, nr. 2022Z18320 en nr. 2013.", []),
    ("Kamerstukken II 2022/23, 36 200 VII, nr. 2; Kamerstuk 33 000 IV, nr. 15.", []),
    ("Kamerstuknr. 2012–2013, CII, B en Handelingen II 2019/20, nr. 4.", []),
    ("Pagina 1 van 8. Postbus 20401 2500 EK Den Haag. Dossier 29 521.", []),
    ("De afgelopen jaren en de komende jaren; binnenkort, onlangs, tot op heden.", []),
    ("Het is het afgelopen jaar verslechterd; de afgelopen maanden ook.", []),
    ("Zie https://www.rijksoverheid.nl/nederland-circulair-in-2050 voor meer.", []),
    ("Een militair in 49 Ivoriaanse militairen, 16 personen, 3,5 miljoen euro.", []),
    ("Een voetnoot bij 3 november jl.² en 2023³.", [
        ("3 november jl.", "2022-11-03", None), ("2023", "2023", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TRAPS, ids=[t[0][:40] for t in TRAPS])
def test_traps(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    ref = datetime.date(2023, 5, 30) if text.startswith("Mei bracht") else NOV
    assert triples(text, ref) == expected


def test_vague_phrases_from_lexicon_are_not_events() -> None:
    for phrase in lx.VAGUE_TIME_PHRASES:
        assert run(f"Dit gebeurt {phrase} in ieder geval.").records == (), phrase


# --- records, regions, diagnostics ------------------------------------------------------


def test_record_fields() -> None:
    text = "Op 3 november jl. sprak de Kamer. Tot en met 30 juni 2024 loopt het."
    out = run(text, section="2.1", footnote="3")
    first, second = out.records
    assert first.type.value == "date"
    assert first.relative is True
    assert first.earliest == first.latest == datetime.date(2022, 11, 3)
    assert first.section == "2.1" and first.footnote == "3"
    assert first.sentence is not None and first.sentence.of(text).startswith("Op 3 november")
    assert first.rule == "day-month"
    assert second.relative is False
    assert second.mod is not None and second.mod.value == "ON_OR_BEFORE"
    assert second.sentence is not None and second.sentence.of(text).startswith("Tot en met")


def test_bounds_of_periods() -> None:
    (q,) = run("In het derde kwartaal van 2023 volgt het.").records
    assert (q.earliest, q.latest) == (datetime.date(2023, 7, 1), datetime.date(2023, 9, 30))
    (w,) = run("De winter van 2023 was koud.").records
    assert (w.earliest, w.latest) == (datetime.date(2023, 12, 1), datetime.date(2024, 2, 29))
    (i,) = run("In de periode 2019–2022 gebeurde het.").records
    assert (i.earliest, i.latest) == (datetime.date(2019, 1, 1), datetime.date(2022, 12, 31))
    (d,) = run("Het duurt achttien maanden.").records
    assert (d.earliest, d.latest, d.type.value) == (None, None, "duration")


def test_without_reference_date_partial_values_and_diagnostic() -> None:
    out = run("Op 3 november jl. en in oktober, dit jaar, op 1 mei 2023.", ref=None)
    assert [(e.text, e.value) for e in out.records] == [
        ("3 november jl.", "XXXX-11-03"),
        ("oktober", "XXXX-10"),
        ("dit jaar", "XXXX"),
        ("1 mei 2023", "2023-05-01"),
    ]
    codes = [d.code for d in out.diagnostics]
    assert codes == ["date-no-reference"] * 3
    assert all(d.span is not None for d in out.diagnostics)
    assert set(codes) <= set(DIAGNOSTIC_CODES)


def test_invalid_calendar_date() -> None:
    out = run("Op 31 februari 2023 gebeurde niets.")
    assert out.records == ()
    assert [d.code for d in out.diagnostics] == ["date-invalid"]


def test_only_inside_regions() -> None:
    text = "Den Haag, 25 november 2022\n\nOp 3 november jl. sprak de Kamer."
    start = text.index("Op")
    ctx = ExtractContext(
        text=text,
        regions=(Region(span=Span(start=start, end=len(text))),),
        reference_date=NOV,
    )
    assert [e.text for e in extract_events(ctx).records] == ["3 november jl."]


def test_seed_letter_events_via_parse() -> None:
    import kamerparse
    from paths import SEED_PATH

    letter = kamerparse.parse(SEED_PATH.read_text(encoding="utf-8"))
    assert letter.date == datetime.date(2022, 11, 25)
    texts = [e.text for e in letter.events]
    assert "3 november jl." in texts
    assert "25 november 2022" not in texts  # the date line is Letter.date, not an event
    for ev in letter.events:
        assert ev.span.of(letter.text) == ev.text
    assert [e.span.start for e in letter.events] == sorted(e.span.start for e in letter.events)


# --- hypothesis round-trip --------------------------------------------------------------

_MONTH_FORMS = list(lx.MONTHS)
_ORD_BY_N: dict[int, list[str]] = {}
for _w, _n in lx.TIME_ORDINALS.items():
    _ORD_BY_N.setdefault(_n, []).append(_w)
_SEASON_WORDS = sorted(lx.SEASONS)
_INNER = sorted(lx.INNER_MODIFIERS)
_OUTER = sorted(lx.OUTER_MODIFIERS)
_INT_NUMBER_WORDS = sorted(
    (w, int(n)) for w, n in lx.TIMEX_NUMBER_WORDS.items() if n == int(n) and " " not in w
)
_UNITS = sorted(lx.TIMEX_DURATION_UNITS)

refs = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2040, 12, 31))
years = st.integers(min_value=1950, max_value=2060)


def _month_word(draw: st.DrawFn, full_only: bool = False) -> tuple[str, int]:
    m = draw(st.integers(min_value=1, max_value=12))
    forms = _MONTH_FORMS[m - 1]
    word = forms[0] if full_only else draw(st.sampled_from(forms))
    return word, m


def _most_recent(ref: datetime.date, month: int, day: int | None) -> int:
    first = datetime.date(ref.year, month, day or 1)
    return ref.year if first <= ref else ref.year - 1


def _next(ref: datetime.date, month: int, day: int | None) -> int:
    first = datetime.date(ref.year, month, day or 1)
    return ref.year if first > ref else ref.year + 1


@st.composite
def expressions(draw: st.DrawFn) -> tuple[datetime.date, str, str, str, str | None]:
    """(reference date, outer modifier text, expression text, value, mod)."""
    ref = draw(refs)
    kind = draw(
        st.sampled_from(
            ["day", "month", "quarter", "half", "season", "year", "range", "interval",
             "duration", "past-day", "future-day", "past-month", "this-year", "this-season"]
        )
    )
    inner_ok = kind in ("month", "year", "this-year")
    point = kind in ("day", "month", "season", "past-day", "future-day", "past-month",
                     "this-season")
    if kind == "day":
        y = draw(years)
        word, m = _month_word(draw)
        d = draw(st.integers(min_value=1, max_value=calendar.monthrange(y, m)[1]))
        text, value = f"{d} {word} {y}", f"{y:04d}-{m:02d}-{d:02d}"
    elif kind == "month":
        y = draw(years)
        word, m = _month_word(draw)
        text, value = f"{word} {y}", f"{y:04d}-{m:02d}"
    elif kind in ("quarter", "half"):
        y = draw(years)
        n = draw(st.integers(min_value=1, max_value=4 if kind == "quarter" else 2))
        ordinal = draw(st.sampled_from(_ORD_BY_N[n]))
        noun = draw(st.sampled_from(lx.QUARTER_WORDS if kind == "quarter" else lx.HALF_WORDS))
        article = draw(st.sampled_from(lx.PERIOD_ARTICLES))
        text = f"{article} {ordinal} {noun} van {y}"
        value = f"{y:04d}-{'Q' if kind == 'quarter' else 'H'}{n}"
    elif kind == "season":
        y = draw(years)
        s = draw(st.sampled_from(_SEASON_WORDS))
        text, value = f"{s} {y}", f"{y:04d}-{lx.SEASONS[s]}"
    elif kind == "year":
        y = draw(years)
        text, value = f"{y}", f"{y:04d}"
    elif kind == "range":
        y = draw(years)
        y2 = y + draw(st.integers(min_value=1, max_value=20))
        dash = draw(st.sampled_from(["-", "–"]))
        text, value = f"{y}{dash}{y2}", f"{y:04d}/{y2:04d}"
    elif kind == "interval":
        a = draw(st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2059, 1, 1)))
        b = a + datetime.timedelta(days=draw(st.integers(min_value=1, max_value=900)))
        conn = draw(st.sampled_from(lx.INTERVAL_CONNECTORS[:3]))
        ma, mb = lx.MONTHS[a.month - 1][0], lx.MONTHS[b.month - 1][0]
        text = f"{a.day} {ma} {a.year} {conn} {b.day} {mb} {b.year}"
        value = f"{a.isoformat()}/{b.isoformat()}"
    elif kind == "duration":
        unit = draw(st.sampled_from(_UNITS))
        if draw(st.booleans()):
            number, n = draw(st.sampled_from(_INT_NUMBER_WORDS))
        else:
            n = draw(st.integers(min_value=1, max_value=999))
            number = str(n)
        designator, mult = lx.TIMEX_DURATION_UNITS[unit]
        text = f"{number} {unit}"
        value = f"PT{n * mult}H" if designator == "H" else f"P{n * mult}{designator}"
    elif kind in ("past-day", "future-day"):
        word, m = _month_word(draw, full_only=True)
        d = draw(st.integers(min_value=1, max_value=28))
        suffixes = lx.PAST_SUFFIXES if kind == "past-day" else lx.FUTURE_SUFFIXES
        text = f"{d} {word} {draw(st.sampled_from(suffixes))}"
        y = _most_recent(ref, m, d) if kind == "past-day" else _next(ref, m, d)
        value = f"{y:04d}-{m:02d}-{d:02d}"
    elif kind == "past-month":
        word, m = _month_word(draw, full_only=True)
        if draw(st.booleans()):
            text = f"{draw(st.sampled_from(lx.PAST_PREFIXES))} {word}"
        else:
            text = f"{word} {draw(st.sampled_from(lx.PAST_SUFFIXES))}"
        value = f"{_most_recent(ref, m, None):04d}-{m:02d}"
    elif kind == "this-year":
        phrase = draw(st.sampled_from(sorted(lx.RELATIVE_YEARS)))
        text, value = phrase, f"{ref.year + lx.RELATIVE_YEARS[phrase]:04d}"
    else:  # this-season
        s = draw(st.sampled_from(_SEASON_WORDS))
        text = f"{draw(st.sampled_from(lx.THIS_PREFIXES))} {s}"
        value = f"{ref.year:04d}-{lx.SEASONS[s]}"
    mod: str | None = None
    if inner_ok and draw(st.booleans()):
        inner = draw(st.sampled_from(_INNER))
        text = f"{inner} {text}"
        mod = lx.INNER_MODIFIERS[inner]
    outer = ""
    if kind not in ("range", "interval", "duration") and draw(st.booleans()):
        outer = draw(st.sampled_from(_OUTER))
        if outer.lower() in lx.AMBIGUOUS_BEFORE and not point and mod is None:
            pass  # ``voor 2023``: "for", no mod
        else:  # the expression's own (inner) modifier is kept; the outer one is its bound
            mod = mod or lx.OUTER_MODIFIERS[outer]
    return ref, outer, text, value, mod


@settings(max_examples=300, deadline=None)
@given(expressions())
def test_round_trip(case: tuple[datetime.date, str, str, str, str | None]) -> None:
    ref, outer, expr, value, mod = case
    lead = "Zoals afgesproken wordt het verslag " + (f"{outer} " if outer else "")
    text = f"{lead}{expr} besproken met de Kamer."
    out = run(text, ref)
    got = [(e.text, e.value, e.mod.value if e.mod else None) for e in out.records]
    assert got == [(expr, value, mod)], text


# --- lexicon-driven and totality ----------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    sorted({*lx.RECURRING, *lx.RELATIVE_YEARS, *lx.RELATIVE_MONTHS, *lx.RELATIVE_DAYS}),
)
def test_every_relative_and_recurring_phrase_is_an_event(phrase: str) -> None:
    (event,) = run(f"Het overleg vindt {phrase} plaats.").records
    assert event.text == phrase
    if phrase in lx.RECURRING:
        assert (event.type.value, event.value) == ("set", lx.RECURRING[phrase])


@pytest.mark.parametrize("season", sorted(lx.SEASONS))
def test_every_season_word(season: str) -> None:
    (event,) = run(f"Het besluit volgt in het {season} van 2024.").records
    assert event.value == f"2024-{lx.SEASONS[season]}"


def test_every_month_form() -> None:
    for number, forms in enumerate(lx.MONTHS, start=1):
        for form in forms:
            (event,) = run(f"Het besluit van 7 {form} 2021 is bekend.").records
            assert event.value == f"2021-{number:02d}-07", form


_PIECES = st.sampled_from(
    [" ", ".", ",", "-", "–", "/", "²", "jl.", "a.s.", "tot", "en", "met", "van", "voor",
     "eind", "begin", "het", "de", "eerste", "kwartaal", "helft", "najaar", "dit", "jaar",
     "maanden", "nr.", "Kamerstuk", "II", "\n\n", *(f[0] for f in lx.MONTHS)]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.integers(0, 3000).map(str), st.text(max_size=3)), max_size=40),
    st.one_of(st.none(), refs),
)
def test_total_on_arbitrary_text(parts: list[str], ref: datetime.date | None) -> None:
    """Any text: no exception, spans inside the text, records in text order."""
    text = " ".join(parts)
    out = run(text, ref)
    starts = [e.span.start for e in out.records]
    assert starts == sorted(starts)
    for ev in out.records:
        assert 0 <= ev.span.start < ev.span.end <= len(text)
    assert {d.code for d in out.diagnostics} <= set(DIAGNOSTIC_CODES)

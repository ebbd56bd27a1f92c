"""The relation a preposition gives an expression (``bound``) is kept apart from the
expression's own modifier (``mod``); relative weeks; day ranges are intervals.

Table tests for each bound, and perturbations: the same preposition before other
dates, months, years and inner modifiers gives the same bound.
"""

from __future__ import annotations

import datetime

import pytest

from kamerparse import lexicon as lx
from kamerparse.extract import ExtractContext, Region
from kamerparse.extract.dates import extract_events
from kamerparse.records import DatedEvent, Span

NOV = datetime.date(2022, 11, 25)


def events(text: str, ref: datetime.date | None = NOV) -> tuple[DatedEvent, ...]:
    ctx = ExtractContext(
        text=text, regions=(Region(span=Span(start=0, end=len(text))),), reference_date=ref
    )
    return extract_events(ctx).records


BOUNDS = [
    ("tot", "until"),
    ("tot en met", "until-inclusive"),
    ("t/m", "until-inclusive"),
    ("uiterlijk", "until-inclusive"),
    ("vóór", "before"),
    ("voorafgaand aan", "before"),
    ("na", "after"),
    ("sinds", "since"),
    ("vanaf", "from"),
    ("met ingang van", "from"),
    ("per", "from"),
]
EXPRESSIONS = [
    ("eind juni 2024", "2024-06", "END"),
    ("medio januari 2023", "2023-01", "MID"),
    ("begin 2025", "2025", "START"),
    ("30 juni 2024", "2024-06-30", None),
    ("maart 2021", "2021-03", None),
    ("2019", "2019", None),
    ("het eerste kwartaal van 2023", "2023-Q1", None),
]


@pytest.mark.parametrize(("preposition", "bound"), BOUNDS)
@pytest.mark.parametrize(("expr", "value", "inner"), EXPRESSIONS)
def test_bound_and_mod_apart(
    preposition: str, bound: str, expr: str, value: str, inner: str | None
) -> None:
    for lead in ("Het loopt", "Het  loopt"):
        (e,) = events(f"{lead} {preposition} {expr} door.")
        assert e.text == expr and e.value == value
        assert e.bound is not None and e.bound.value == bound
        expected_mod = inner or lx.OUTER_MODIFIERS[preposition]
        assert e.mod is not None and e.mod.value == expected_mod


def test_every_outer_modifier_has_a_bound() -> None:
    assert set(lx.OUTER_MODIFIER_BOUNDS) == set(lx.OUTER_MODIFIERS)


def test_voor_meaning_for_has_no_bound() -> None:
    (e,) = events("Voor 2023 heeft Nederland het voornemen.")
    assert e.bound is None and e.mod is None
    (e,) = events("De verkiezingen zijn voor juli 2024.")
    assert e.bound is not None and e.bound.value == "before"


def test_no_preposition_no_bound() -> None:
    (e,) = events("Eind juni 2024 is het klaar.")
    assert e.bound is None and e.mod is not None and e.mod.value == "END"


@pytest.mark.parametrize(
    ("text", "ref", "value", "earliest", "latest"),
    [
        ("volgende week", NOV, "2022-W48", "2022-11-28", "2022-12-04"),
        ("vorige week", NOV, "2022-W46", "2022-11-14", "2022-11-20"),
        ("deze week", NOV, "2022-W47", "2022-11-21", "2022-11-27"),
        ("komende week", datetime.date(2022, 12, 30), "2023-W01", "2023-01-02", "2023-01-08"),
        ("afgelopen week", datetime.date(2021, 1, 4), "2020-W53", "2020-12-28", "2021-01-03"),
    ],
)
def test_relative_weeks(
    text: str, ref: datetime.date, value: str, earliest: str, latest: str
) -> None:
    (e,) = events(f"Het overleg is {text} gepland.", ref)
    assert (e.text, e.value, str(e.earliest), str(e.latest)) == (text, value, earliest, latest)
    assert e.relative and e.rule == "relative-week"


def test_relative_week_without_reference() -> None:
    (e,) = events("Het overleg is volgende week.", None)
    assert e.value == "XXXX-WXX" and e.earliest is None


@pytest.mark.parametrize("month", [forms[0] for forms in lx.MONTHS])
@pytest.mark.parametrize(("d1", "d2"), [(3, 5), (1, 2), (10, 28)])
def test_day_range_is_an_interval(month: str, d1: int, d2: int) -> None:
    (e,) = events(f"Het bezoek is van {d1} tot {d2} {month} 2022.")
    m = [forms[0] for forms in lx.MONTHS].index(month) + 1
    assert e.type.value == "interval"
    assert e.value == f"2022-{m:02d}-{d1:02d}/2022-{m:02d}-{d2:02d}"


@pytest.mark.parametrize("year", [1999, 2022, 2031])
def test_na_year(year: int) -> None:
    for text in (f"Na {year} stopt het.", f"Het stopt na {year}."):
        (e,) = events(text)
        assert e.value == str(year) and e.bound is not None and e.bound.value == "after"

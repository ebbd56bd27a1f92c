"""Resolution: an atom's value and calendar bounds, against the letter's date.

``(value, earliest, latest, relative, partial)``; a day not in the calendar raises
``ValueError``. Month arithmetic (relative months, quarters, halves, seasons across the
year's end) is python-dateutil's ``relativedelta``.
"""

from __future__ import annotations

import calendar
import datetime

from kamerparse.extract.dates.atoms import Atom

__all__ = ["Resolved", "bounds", "resolve"]

#: a resolved value: ``(value, earliest, latest, relative, partial)``
Resolved = tuple[str, datetime.date | None, datetime.date | None, bool, bool]

#: the first month and the number of months of each period kind's ``number`` (quarters,
#: halves) and of each season (``WI`` runs into the next year)
_PERIOD_MONTHS = {"quarter": 3, "half": 6}
_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: the value of a relative month, day or week without a reference date
_PARTIAL = {"rel-month": "XXXX-XX", "rel-day": "XXXX-XX-XX", "rel-week": "XXXX-WXX"}
_TWO_DIGITS = tuple(f"{i:02d}" for i in range(13))


def _plus_months(day: datetime.date, n: int, days: int = 0) -> datetime.date:
    """``day`` ``n`` months (and ``days`` days) on."""
    # imported when first needed: most letters have no quarter, season or relative month
    from dateutil.relativedelta import relativedelta

    return day + relativedelta(months=n, days=days)


def _months(year: int, month: int, n: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day of the ``n`` months from ``month`` of ``year`` on."""
    first = datetime.date(year, month, 1)
    return first, _plus_months(first, n, days=-1)


def _month(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(
        year, month, calendar.monthrange(year, month)[1]
    )


def bounds(atom: Atom, year: int) -> tuple[datetime.date, datetime.date]:
    """The calendar period an atom denotes in ``year`` (raises ValueError if invalid)."""
    k = atom.kind
    if k == "day":
        assert atom.month is not None and atom.day is not None
        first = datetime.date(year, atom.month, atom.day)
        last = datetime.date(year, atom.month, atom.day2) if atom.day2 else first
        return first, last
    if k in ("month", "rel-month"):
        assert atom.month is not None
        return _month(year, atom.month)
    if k in _PERIOD_MONTHS:
        assert atom.number is not None
        n = _PERIOD_MONTHS[k]
        return _months(year, n * (atom.number - 1) + 1, n)
    if k == "season":
        assert atom.season is not None
        return _months(year, _SEASONS[atom.season], 3)
    if k == "range":
        assert atom.year2 is not None
        return datetime.date(year, 1, 1), datetime.date(atom.year2, 12, 31)
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


def format_value(atom: Atom, year: int | None) -> str:
    """The TIMEX3 value of ``atom`` in ``year`` (``XXXX`` when unknown)."""
    y = "XXXX" if year is None else f"{year:04d}"
    k = atom.kind
    if k == "day":
        one = f"{y}-{atom.month:02d}-{atom.day:02d}"
        return f"{one}/{y}-{atom.month:02d}-{atom.day2:02d}" if atom.day2 else one
    if k == "month":
        assert atom.month is not None
        return f"{y}-{_TWO_DIGITS[atom.month]}"
    if k == "quarter":
        return f"{y}-Q{atom.number}"
    if k == "half":
        return f"{y}-H{atom.number}"
    if k == "season":
        return f"{y}-{atom.season}"
    if k == "range":
        return f"{y}/{atom.year2:04d}"
    return y


def _dated(atom: Atom, year: int) -> tuple[str, datetime.date, datetime.date]:
    """The value and the first and last day of ``atom`` in ``year`` (raises ValueError if
    invalid)."""
    first, last = bounds(atom, year)
    return format_value(atom, year), first, last


def pick_year(atom: Atom, ref: datetime.date, cue: str | None) -> int:
    """The year of a day/month/quarter/half/season written without one.

    ``jl.``/``afgelopen``/``sinds`` (or past-tense verbs): the most recent one on or
    before the letter's date; ``a.s.``/``komende`` (or future verbs): the next one after
    it; ``dit``/``deze``: the letter's year; otherwise the one nearest the letter's date.
    """
    year = ref.year
    if atom.rel == "this":
        return year
    past = atom.rel in ("past", "past-anchor") or (atom.rel is None and cue == "past")
    future = atom.rel == "future" or (atom.rel is None and cue == "future")
    if past:
        return year if bounds(atom, year)[0] <= ref else year - 1
    if future:
        return year if bounds(atom, year)[0] > ref else year + 1
    best, best_distance = year, None
    for y in (year - 1, year, year + 1):
        first, last = bounds(atom, y)
        distance = abs((first - ref).days + (last - ref).days)
        if best_distance is None or distance < best_distance:
            best, best_distance = y, distance
    return best


def resolve(atom: Atom, ref: datetime.date | None, cue: str | None) -> Resolved:
    """The atom's value against the reference date ``ref`` (``cue``: the tense of its
    sentence, for an atom without a year)."""
    if atom.year is not None and atom.offset is None:  # a year written (or borrowed)
        value, first, last = _dated(atom, atom.year)
        return value, first, last, False, False
    k = atom.kind
    if k in ("duration", "set"):
        assert atom.value is not None
        return atom.value, None, None, False, False
    if atom.offset is not None:  # relative years, months, days; quarters and halves
        if ref is None:
            partial = _PARTIAL.get(k)
            return partial or format_value(atom, None), None, None, True, True
        if k == "rel-day":
            day = ref + datetime.timedelta(days=atom.offset)
            return day.isoformat(), day, day, True, False
        if k == "rel-week":  # the ISO week, Monday to Sunday
            day = ref + datetime.timedelta(weeks=atom.offset)
            iso = day.isocalendar()
            monday = day - datetime.timedelta(days=iso.weekday - 1)
            sunday = monday + datetime.timedelta(days=6)
            return f"{iso.year:04d}-W{iso.week:02d}", monday, sunday, True, False
        if k == "rel-month":
            shifted = _plus_months(datetime.date(ref.year, ref.month, 1), atom.offset)
            atom.month = shifted.month
            first, last = _month(shifted.year, shifted.month)
            return f"{shifted.year:04d}-{atom.month:02d}", first, last, True, False
        value, first, last = _dated(atom, ref.year + atom.offset)
        return value, first, last, True, False
    if ref is None:
        return format_value(atom, None), None, None, True, True
    value, first, last = _dated(atom, pick_year(atom, ref, cue))
    return value, first, last, True, False

"""TIMEX3 values: the one place that reads a value back, gives the days it covers, and does quarter arithmetic.

The date stage writes values (``2012-03-10``, ``2012-W11``, ``2013-Q1``, ``199``, ``2012-07-09TNI``...); the
graph, the timeline and every export read them here, so that one value means the same days everywhere.
Quarters are counted as one index (year * 4 + quarter - 1) so that "a year earlier" is four quarters back.
"""
from __future__ import annotations

import calendar
import functools
import datetime
import re
from dataclasses import dataclass

# season -> (first month, last month counted from its year's January: winter runs into the next year)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# a TIMEX3 value kind -> its pattern (full match; the time of day after a day is kept apart)
VALUE_PATTERNS = [
    ("day", re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?P<time>T.*)?")),
    ("week", re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)(?P<we>-WE)?")),
    ("season", re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")),
    ("quarter", re.compile(r"(?P<y>\d{4})-Q(?P<n>[1-4])")),
    ("half", re.compile(r"(?P<y>\d{4})-H(?P<n>[12])")),
    ("month", re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)")),
    ("year", re.compile(r"(?P<y>\d{4})")),
    ("decade", re.compile(r"(?P<c>\d{3})X?")),
    ("century", re.compile(r"(?P<c>\d\d)")),
]


@dataclass(frozen=True)
class Span:
    """The days a calendar value covers, both ends included."""

    kind: str  # day, week, weekend, season, quarter, half, month, year, decade, century
    first: datetime.date
    last: datetime.date


def _month_end(year: int, month: int) -> datetime.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=1 << 14)   # a corpus holds few distinct values, each asked for many times
def span(value: str | None) -> Span | None:
    """The days a TIMEX3 value covers; None for no value, a duration, a reference or an impossible date."""
    for kind, pattern in VALUE_PATTERNS:
        m = pattern.fullmatch(value or "")
        if m is None:
            continue
        try:
            return _span(kind, m)
        except ValueError:  # month 13, 31 April, week 54, year 0
            return None
    return None


def _span(kind: str, m: re.Match) -> Span:
    if kind == "day":
        day = datetime.date(int(m["y"]), int(m["m"]), int(m["d"]))
        return Span(kind, day, day)
    if kind == "week":
        monday = datetime.date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        if m["we"]:
            return Span("weekend", monday + datetime.timedelta(days=5), monday + datetime.timedelta(days=6))
        return Span(kind, monday, monday + datetime.timedelta(days=6))
    if kind in ("quarter", "half"):
        months = 3 if kind == "quarter" else 6
        y, n = int(m["y"]), int(m["n"])
        return Span(kind, datetime.date(y, (n - 1) * months + 1, 1), _month_end(y, n * months))
    if kind == "season":
        y = int(m["y"])
        first, last = SEASON_MONTHS[m["s"]]
        return Span(kind, datetime.date(y, first, 1), _month_end(y, last))
    if kind == "month":
        y, mo = int(m["y"]), int(m["m"])
        return Span(kind, datetime.date(y, mo, 1), _month_end(y, mo))
    if kind == "year":
        y = int(m["y"])
        return Span(kind, datetime.date(y, 1, 1), datetime.date(y, 12, 31))
    size = 10 if kind == "decade" else 100
    start = int(m["c"]) * size
    return Span(kind, datetime.date(max(start, 1), 1, 1), datetime.date(start + size - 1, 12, 31))


CALENDAR_PARTS = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)")


def calendar_parts(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a year, month or day value, a time of day after a day left out; the parts a
    value does not name are None (``2012-03`` -> (2012, 3, None)); None for other values."""
    m = CALENDAR_PARTS.match(value or "")
    return tuple(int(g) if g else None for g in m.groups()) if m else None


def day_of(value: str | None) -> datetime.date | None:
    """The calendar day a value names, with or without a time of day (``2012-07-09TNI``); else None."""
    parts = calendar_parts(value)
    if parts is None or None in parts:
        return None
    try:
        return datetime.date(*parts)
    except ValueError:  # 30 February
        return None


def day_part(value: str) -> str:
    """A value with its time of day dropped: ``2012-07-09TNI`` -> ``2012-07-09``; others unchanged."""
    return value[:10] if day_of(value) is not None else value


# the values "the same day" can be read in: a day is in its month, ISO week and year
HOLDING_KINDS = ("year", "month", "week")


@functools.lru_cache(maxsize=1 << 16)   # asked of the same few pairs of values over and over by the merge
def may_be_same_day(a: str | None, b: str | None) -> bool:
    """Can two values name the same day: equal, or one a year, month or ISO week holding the other?"""
    if a is None or b is None:
        return False
    if a == b:
        return True
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return False
    return any(outer.kind in HOLDING_KINDS and outer.first <= inner.first and inner.last <= outer.last
               and (outer.first, outer.last) != (inner.first, inner.last) for outer, inner in ((sa, sb), (sb, sa)))


# ------------------------------------------------------------------------------- quarter arithmetic


def quarter_index(day: datetime.date) -> int:
    """Quarters counted from year 0: year * 4 + (quarter - 1)."""
    return day.year * 4 + (day.month - 1) // 3


def quarter_value(index: int) -> str:
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def parse_quarter(value: str | None) -> int | None:
    """The quarter index of a ``YYYY-Qn`` value, else None."""
    m = dict(VALUE_PATTERNS)["quarter"].fullmatch(value or "")
    return int(m["y"]) * 4 + int(m["n"]) - 1 if m else None


def quarter_near(q: int, today: datetime.date, direction: str | None) -> int:
    """The index of quarter q (1-4) named without a year. Results are told after a quarter ends, so a
    quarter looked back on or left open is the latest one begun by today; one looked forward to ("will
    report fourth-quarter results") may also be the one that has just ended."""
    now = quarter_index(today)
    lowest = now - 1 if direction in ("future", "present") else now - 3
    return lowest + (q - 1 - lowest) % 4


def last_completed_quarter(today: datetime.date) -> int:
    return quarter_index(today) - 1

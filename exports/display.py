"""How a date and an event are named for people: the page's timeline headings and labels, the
TimelineJS headlines and the CSV rows say them the same way. Spans come from `loaders.timex_values`.
"""
from __future__ import annotations

import functools
import re

from dateline.graph.schema import LABEL, NAME, event_kinds
from dateline.loaders.timex_values import Span, span

# a span kind -> its name said in full (a timeline heading) and short (a label); `{d}` is the first day
SEASON_NAMES = {3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"}
FULL = {"day": "{d:%A} {d.day} {d:%B %Y}", "month": "{d:%B %Y}", "year": "{d.year}"}
SHORT = {"day": "{d.day} {d:%b %Y}", "month": "{d:%b %Y}", "year": "{d.year}"}


def span_name(days: Span, short: bool = False) -> str:
    """ "Saturday 10 March 2012" (short "10 Mar 2012"), "Week 11, 2013", "Summer 2012", "Q2 2012"."""
    first = days.first
    if days.kind in FULL:
        return (SHORT if short else FULL)[days.kind].format(d=first)
    if days.kind in ("week", "weekend"):
        year, week, _ = first.isocalendar()
        return f"{'Weekend' if days.kind == 'weekend' else 'Week'} {week}, {year}"
    if days.kind == "season":
        return f"{SEASON_NAMES[first.month]} {first.year}"
    if days.kind in ("quarter", "half"):
        months = 3 if days.kind == "quarter" else 6
        return f"{days.kind[0].upper()}{(first.month - 1) // months + 1} {first.year}"
    if days.kind == "decade":
        return f"{first.year // 10 * 10}s"
    return f"{first.year}\u2013{days.last.year}"   # a century


@functools.lru_cache(maxsize=1 << 14)
def date_name(value: str | None, short: bool = False) -> str:
    """A TIMEX3 value as people say it; "undated" for none, the value itself when it has no span."""
    days = span(value)
    if days is None:
        return value or "undated"
    return span_name(days, short)


def kind_name(attrs: dict) -> str:
    """An event's kind as a reader says it: "Meeting", "Sanction", "Statement"."""
    kinds = {k.label: k for k in event_kinds()}
    label = attrs.get(LABEL) or ""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", kinds[label].label if label in kinds else label or "Event")


def event_title(attrs: dict) -> str:
    """An event's short title: its kind and date ("Meeting, 10 Mar 2012"), or its name when undated."""
    value = attrs.get("date")
    if span(value) is None:
        return attrs.get(NAME) or f"{kind_name(attrs)}, undated"
    return f"{kind_name(attrs)}, {date_name(value, short=True)}"

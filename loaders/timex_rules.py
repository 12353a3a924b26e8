"""The rule tables of the date stage: words, patterns, and how each pattern resolves.

A rule is a regular expression over the article text (written with <MACRO> placeholders for the word
lists below) and a resolver that turns a match into a TIMEX3 value. Relative expressions are resolved
against the publication date; underspecified ones ("Monday", "in December", "April 7") also take the
direction of time from the tense of the clause that governs them (``Context.tense``).

Rules only scan the text around trigger words (a month, a unit, a four-digit number...; see TRIGGER_WORDS),
and only the rules that need a trigger kind found there. Where candidates overlap, the longest wins, then
the earlier rule. A resolver returns None to turn its candidate down (then a shorter candidate may take
the place). A pattern with a group named ``t`` claims only that group as the expression; the rest is
context.
"""
from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span, Token

from dateline.nlp import sentence

from .timex_values import last_completed_quarter, quarter_index, quarter_near, quarter_value

# ---------------------------------------------------------------------------------------------- words

MONTHS = {
    "january": 1, "jan.": 1, "february": 2, "feb.": 2, "march": 3, "mar.": 3, "april": 4, "apr.": 4,
    "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7, "august": 8, "aug.": 8, "september": 9,
    "sept.": 9, "sep.": 9, "sept": 9, "october": 10, "oct.": 10, "november": 11, "nov.": 11,
    "december": 12, "dec.": 12,
}
ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                 "oct": 10, "nov": 11, "dec": 12}  # written without a dot: only before a day or a year
MONTHS |= ABBREVIATIONS
MONTH_WORDS = {name.rstrip(".") for name in MONTHS}
WEEKDAY_ABBREVIATIONS = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_ORDER = ["SP", "SU", "FA", "WI"]  # winter last: it starts in December
# unit -> (how many of the TIMEX3 designator, the designator, whether it is a time unit: PT..)
UNITS = {
    "second": (1, "S", True), "minute": (1, "M", True), "hour": (1, "H", True), "day": (1, "D", False),
    "night": (1, "D", False), "week": (1, "W", False), "fortnight": (2, "W", False),
    # TIMEX3 writes quarters with their own designator: "the past two quarters" P2Q, "every quarter" P1Q
    "month": (1, "M", False), "quarter": (1, "Q", False), "year": (1, "Y", False),
    "decade": (10, "Y", False), "century": (100, "Y", False), "millennium": (1000, "Y", False),
}
UNIT_PLURALS = {"centuries": "century", "millennia": "millennium"}
LONG_UNIT_DESIGNATORS = {"decade": "DE", "century": "CE", "millennium": "ML"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100, "a dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "half an": 0.5,
}
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
VAGUE_NUMBERS = ["a few", "few", "several", "many", "some", "numerous", "dozens of", "hundreds of",
                 "a number of", "a matter of"]
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}
QUARTER_WORDS = {"1": 1, "2": 2, "3": 3, "4": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "first": 1,
                 "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
AGE_WORDS = {"age", "ages", "aged"}  # before a length that is someone's age
# words of a sentence about the weather, where "the 70s" (with no apostrophe) are degrees, not a decade
TEMPERATURE_WORDS = {"temperature", "high", "low", "degree", "fahrenheit", "celsius", "thermometer", "forecast"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}
# a span modifier -> the part of the period it points at (0 start, 0.5 middle, 1 end); TIMEX3 keeps
# the period itself as the value
PART_MODIFIERS = {
    "early": 0.0, "earlier": 0.0, "the beginning of": 0.0, "the start of": 0.0, "beginning of": 0.0,
    "start of": 0.0, "mid": 0.5, "the middle of": 0.5, "middle of": 0.5, "late": 1.0, "later": 1.0,
    "the end of": 1.0, "end of": 1.0, "the close of": 1.0, "end": 1.0,
}
# words that, right before a month or a season, show it is a date ("in May", not "Theresa May")
DATE_PREPOSITIONS = {"in", "by", "until", "till", "since", "from", "through", "throughout", "during", "of",
                     "before", "after", "to", "between", "and", "or", "last", "next", "this", "early",
                     "late", "mid", "around", "for", "over", "into", "on", "that", "every", "each",
                     "following", "previous", "coming"}
QUALIFIERS = ["about", "around", "almost", "nearly", "roughly", "approximately", "some", "under",
              "more than", "less than", "fewer than", "at least", "at most", "up to", "just over",
              "just under", "a mere", "another"]
# results stories (earnings news): words that place a period against the one the article reports on
YEAR_BACK_WORDS = ["year-ago", "year-earlier", "prior-year", "year-before"]  # "the year-ago quarter": a year back
LATEST_WORDS = ["latest", "most recent"]  # "the latest period": the quarter just told, never a year
# "the comparable period" says only that it matches another: it needs "a year ago" or "last year" after it
COMPARISON_WORDS = ["comparable", "corresponding", "same"]
WHOLE_YEAR_WORDS = ["full", "fiscal", "entire", "whole"]  # "the full year": the year reported on
# words between a number and its unit that leave the length as it is: "20 more years", "eight trading days"
LENGTH_MODIFIERS = ["more", "additional", "further", "trading", "business", "working"]
# "for a while", "for a fairly lengthy period": lengths with neither number nor unit (PXX)
VAGUE_LENGTHS = ["a while", "some time"]
VAGUE_LENGTH_ADJECTIVES = ["long", "lengthy", "short", "brief"]
DEGREE_WORDS = ["fairly", "very", "rather"]
# TIMEX3 values of references to the present, the past and the future
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "at the time": "PAST_REF",
    "at that time": "PAST_REF", "recent years": "PAST_REF", "recent decades": "PAST_REF",
    "the future": "FUTURE_REF", "in future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "more recently": "PAST_REF",
}
# adverbs of a calendar unit recur at each one of it and take its calendar pattern ("annually": XXXX, as in
# TimeML); the others recur at a stretch of time
SET_ADVERBS = {"hourly": "PT1H", "daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "weekly": "XXXX-WXX",
               "fortnightly": "P2W", "monthly": "XXXX-XX", "quarterly": "P3M", "annually": "XXXX", "yearly": "XXXX",
               "biannually": "P6M", "biennially": "P2Y"}
TIME_ZONES = ["GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT",
              "PST", "PDT", "PT", "local time"]
# words before a plain clock reading ("at 9:30") that make it a time of day
CLOCK_PREPOSITIONS = {"at", "by", "until", "till", "from", "before", "after", "around", "about", "since",
                      "to", "and"}
DAY_WORDS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "the day before yesterday": -2,
             "the day after tomorrow": 2, "last night": -1, "this": 0}
REL_SHIFT = {"last": -1, "past": -1, "this past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
             "coming": 1}
BACKWARD = ("last", "past", "this past", "previous")
FORWARD = ("next", "coming")

# ----------------------------------------------------------------------------------- pattern macros


def capitalised(words: list[str]) -> list[str]:
    """The forms news text writes names in: "Monday", "MONDAY"."""
    return [form for w in words for form in (w.title(), w.upper())]


def alternation(words) -> str:
    """A regex alternation of phrases, longest first (so "a few" wins over "a"), any apostrophe."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
               for w in sorted(words, key=len, reverse=True))
    return "|".join(escaped)


MACROS = {
    "MONTH": rf"(?P<month>{alternation(MONTHS)})(?!\w)",
    "WEEKDAY": rf"(?P<weekday>{alternation(WEEKDAYS)})",
    # a weekday before a written-out date, abbreviated as in datelines: "Fri, 22 Mar 2013"
    "DATEWEEKDAY": rf"(?:(?P<weekday>{alternation(WEEKDAYS)})"
                   rf"|(?-i:{alternation(capitalised(WEEKDAY_ABBREVIATIONS))})\.?)",
    "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)",
    "YEAR": r"(?P<year>1[5-9]\d\d|20\d\d|<SPELLEDYEAR>)(?![\d%]|\.\d)",  # not an index: "closed at 1987.4"
    # years read aloud in broadcast transcripts: "nineteen ninety-eight", "the year two thousand"
    "SPELLEDYEAR": rf"(?:nineteen[\s-]+(?:hundred|(?:{alternation(TENS)})(?:[\s-]+(?:{alternation(ONES)}))?|"
                   rf"{alternation(TEENS)})|two\s+thousand(?:(?:\s+and)?\s+(?:{alternation(TEENS + ONES)}))?)(?![\w-])",
    "PART": rf"(?P<part>{alternation(PARTS_OF_DAY)})",
    "SEASON": rf"(?P<season>{alternation(SEASONS)})",
    "NUM": rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:[\s-]1/2|\.\d+)?|"
           rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s]"
           rf"(?:one|two|three|four|five|six|seven|eight|nine)|{alternation(list(NUMBER_WORDS) + VAGUE_NUMBERS)})",
    "UNIT": rf"(?P<unit>(?:{alternation(list(UNIT_PLURALS) + list(UNITS))})s?)",
    "QUAL": rf"(?:(?P<qual>{alternation(QUALIFIERS)}|(?:(?<=for\s)|(?<=in\s))over)\s+)?",
    "PARTMOD": r"(?:(?P<mod>early|earlier|late|later|mid|the\s+(?:beginning|start|end|middle|close)\s+of|"
               r"(?:beginning|start|end|middle)\s+of)(?:\s+|-))?",
    "REL": r"(?P<rel>this\s+past|last|next|this|past|coming|previous|current)",
    "QORD": r"(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)",
    "YEARAGO": rf"(?P<yago>(?:(?:{alternation(COMPARISON_WORDS)})\s+)?(?:{alternation(YEAR_BACK_WORDS)}))",
    "CLOCK": r"(?P<hour>[01]?\d|2[0-3])(?:(?P<sep>[:.])(?P<minute>[0-5]\d))?\s*"
             r"(?P<ampm>[ap]\.m\.|[ap]m\b|[ap]\.m\b)?"
             r"(?:\s*<ZONE>)?",
    # the day a clock time is given with: "5 p.m. EST Nov. 9", "noon Thursday", "9 a.m. today"
    "DAYAFTER": r"(?:on\s+)?(?:<WEEKDAY>|(?P<word>today|tomorrow|yesterday)|<MONTH>\s+<DAY>)",
    "ZONE": rf"(?P<zone>{alternation(TIME_ZONES)})\b",
}
B = r"(?<![\w'\u2019$\u00a3\u20ac#.,-])"  # a word start that is not the tail of a number, name or word
BN = r"(?<![\w'\u2019$\u00a3\u20ac#.,])"  # a number start; may follow a hyphen ("12-13 April", "2009-2010")
E = r"(?!\w)"  # a word end


def compile_pattern(pattern: str) -> re.Pattern:
    expanded = re.sub(r"<([A-Z]+)>", lambda m: MACROS[m.group(1)], pattern)
    while re.search(r"<[A-Z]+>", expanded):  # macros made of macros ("<DAYAFTER>")
        expanded = re.sub(r"<([A-Z]+)>", lambda m: MACROS[m.group(1)], expanded)
    return re.compile(expanded, re.IGNORECASE)


# --------------------------------------------------------------------------------- resolution types


@dataclass(frozen=True)
class Tense:
    """Which way the clause governing an expression points in time, and the words that show it."""

    # "past", "future", "present" (a present-tense event: scheduled, so not yet past unless within days),
    # or None (no cue: take the nearest reading)
    direction: str | None
    evidence: str
    # with no direction: True where nothing points ahead either (no verb, a verb that says nothing of when,
    # a past report of a noun's date), so a weekday a few days back is likelier: news tells what happened
    leans_back: bool = False


@dataclass(frozen=True)
class Resolution:
    value: str | None
    granularity: str
    reason: str
    type: str = "DATE"
    # for "the next day", "that month": (unit, shift) from the latest date named before it in the text
    refer: tuple[str, int] | None = None
    # for "the quarter", "a year earlier" in a results story: read from the period the article reports on
    # instead of the value above, when the article names one
    frame: FrameRef | None = None
    # "quarter" or "year": the expression names a period results are told for ("the third quarter",
    # "the first nine months", "for the year")
    reporting: str | None = None


@dataclass(frozen=True)
class FrameRef:
    """A value counted from the article's reporting period: the one named nearest before (else first after)
    in the text. Results stories compare a period with the same period a year back."""

    shift: int = 0  # quarters from the reporting period: "the year-ago quarter" is -4
    year: int | None = None  # "the 1988 period": the reporting period's place, in this year
    quarter_only: bool = False  # "the quarter" needs a reporting quarter; "a year earlier" takes any period


class Unanchored(Exception):
    """A relative expression met an article with no publication date."""

    def __init__(self, granularity: str):
        super().__init__(granularity)
        self.granularity = granularity


@dataclass
class Context:
    """What a resolver may look at besides its match."""

    published: datetime.date | None
    tense: Callable[[], Tense]  # tense of the clause governing the expression
    tokens: Callable[[], Span]  # the spaCy tokens under the expression
    before: str  # up to 60 characters of text before the expression
    anchored: bool = False  # set once the resolver has used the publication date

    def anchor(self, granularity: str) -> datetime.date:
        if self.published is None:
            raise Unanchored(granularity)
        self.anchored = True
        return self.published

    def word_before(self) -> str:
        m = re.search(r"([\w-]+)\W*$", self.before)
        return m.group(1).lower() if m else ""


def spelled_number(words: list[str]) -> int:
    """"ninety eight" -> 98, "hundred" -> 0 (as in "nineteen hundred"), [] -> 0."""
    return sum(NUMBER_WORDS.get(w, 0) for w in words if w not in ("hundred", "and"))


def year_of(m: re.Match) -> int:
    """The year of the match's <YEAR>, in digits or read aloud ("nineteen ninety-eight", "two thousand")."""
    text = m["year"].lower()
    if text.isdigit():
        return int(text)
    words = re.split(r"[\s-]+", text)
    if words[0] == "nineteen":
        return 1900 + spelled_number(words[1:])
    return 2000 + spelled_number(words[2:])


def group(m: re.Match, name: str) -> str | None:
    return m.groupdict().get(name)


def lower(m: re.Match, name: str) -> str | None:
    g = group(m, name)
    return re.sub(r"\s+", " ", g.lower()) if g else None


# ------------------------------------------------------------------------------ calendar arithmetic


def place(target: int, period: int, now: int, direction: str | None) -> int:
    """The index congruent to target (mod period) on the given side of now (inclusive), or the nearest."""
    back = now - (now - target) % period
    ahead = now + (target - now) % period
    if direction == "past":
        return back
    if direction in ("future", "present"):
        return ahead
    return back if now - back <= ahead - now else ahead


def pick_date(candidates: list[datetime.date], today: datetime.date, direction: str | None) -> datetime.date:
    """Among candidate dates, the latest on or before today (past), the earliest on or after (future),
    or the nearest (no cue; the earlier on a tie)."""
    if direction == "past" and any(d <= today for d in candidates):
        return max(d for d in candidates if d <= today)
    if direction in ("future", "present") and any(d >= today for d in candidates):
        return min(d for d in candidates if d >= today)
    return min(candidates, key=lambda d: (abs((d - today).days), d > today))


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def week_value(d: datetime.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def season_index(d: datetime.date) -> int:
    """Seasons numbered year*4 + (SP, SU, FA, WI); January and February belong to last year's winter."""
    if d.month <= 2:
        return (d.year - 1) * 4 + 3
    return d.year * 4 + (d.month - 3) // 3


def season_value(index: int) -> str:
    return f"{index // 4:04d}-{SEASON_ORDER[index % 4]}"


def number(text: str | None) -> float | None:
    """The value of a number written in digits or words; None for vague ones ("several")."""
    t = re.sub(r"\s+", " ", text.lower())
    if re.fullmatch(r"[\d,]+(\.\d+)?", t):
        return float(t.replace(",", ""))
    if t.endswith("1/2"):  # "2 1/2"
        return int(t[:-3].strip(" -")) + 0.5
    tens_ones = re.fullmatch(r"(\w+)[- ](\w+)", t)
    if tens_ones and tens_ones[1] in TENS and tens_ones[2] in ONES:  # "twenty-four", "twenty four"
        return NUMBER_WORDS[tens_ones[1]] + NUMBER_WORDS[tens_ones[2]]
    return NUMBER_WORDS.get(t)


def unit_of(m: re.Match) -> str:
    u = m["unit"].lower()
    u = UNIT_PLURALS.get(u, u)
    return u[:-1] if u.endswith("s") and u[:-1] in UNITS else u


def duration_value(n: float | None, unit: str) -> str:
    count, designator, is_time = UNITS[unit]
    if n is None and count > 1 and unit in LONG_UNIT_DESIGNATORS:
        return f"PX{LONG_UNIT_DESIGNATORS[unit]}"  # "for decades": PXDE, as X tens of years cannot be written
    if n is None:
        amount = "X"
    else:
        total = n * count
        if total != int(total) and (total * 2) == int(total * 2) and designator in HALF_UNITS:
            smaller, size = HALF_UNITS[designator]
            return duration_value(int(total), unit) + f"{size // 2}{smaller}"
        amount = str(int(total)) if total == int(total) else f"{total:g}"
    return f"PT{amount}{designator}" if is_time else f"P{amount}{designator}"


# a designator -> the next smaller one and how many of it make one: half a year is 6 months (P2Y6M)
HALF_UNITS = {"Y": ("M", 12), "H": ("M", 60), "M": ("S", 60)}


def part_reason(m: re.Match) -> str:
    mod = lower(m, "mod")
    return f" ({mod.removesuffix(' of')})" if mod else ""


def direction_words(tense: Tense) -> str:
    return {"past": "on or before", "future": "on or after", "present": "on or after", None: "nearest to"}[
        tense.direction]


# ------------------------------------------------------------------------------ absolute resolvers


def resolve_iso_date(m: re.Match, ctx: Context) -> Resolution | None:
    d = safe_date(int(m["year"]), int(m["mo"]), int(m["day"]))
    return Resolution(d.isoformat(), "day", "ISO date written out") if d else None


def resolve_numeric_date(m: re.Match, ctx: Context) -> Resolution | None:
    """"22/03/2013", "3/22/13": the day-month order follows from a number over 12, else from the reading
    nearer the publication date."""
    a, b = int(m["a"]), int(m["b"])
    year = int(m["year"]) if len(m["year"]) == 4 else 2000 + int(m["year"])
    readings = {d for d in (safe_date(year, b, a), safe_date(year, a, b)) if d}
    if not readings:
        return None
    if len(readings) == 1:
        return Resolution(readings.pop().isoformat(), "day", "numeric date; only one day-month order is a date")
    if ctx.published is None:
        return Resolution(None, "day", "numeric date; day-month order unclear and no publication date")
    d = min(readings, key=lambda d: abs((d - ctx.published).days))
    return Resolution(d.isoformat(), "day", f"numeric date; the day-month order nearer {ctx.published}")


def resolve_full_date(m: re.Match, ctx: Context) -> Resolution | None:
    """ "Saturday March 10, 2012", "the 10th of March, 2012", "June 18-19, 2013": day, month and year
    written out; an impossible date ("February 30, 2012") is none."""
    try:
        d = datetime.date(year_of(m), MONTHS[m["month"].lower()], int(m["day"]))
    except ValueError:
        return None
    reason = "day, month and year written out"
    if group(m, "weekday") and WEEKDAYS[m["weekday"].lower()] != d.weekday():
        reason += f" (the weekday given, {m['weekday']}, does not match)"
    return Resolution(d.isoformat(), "day", reason)


def resolve_month_year(m: re.Match, ctx: Context) -> Resolution:
    """"May 2010", "January nineteen ninety-seven", "June last year"."""
    month = MONTHS[m["month"].lower()]
    if group(m, "yrel"):
        today = ctx.anchor("month")
        year = today.year + REL_SHIFT[lower(m, "yrel")]
        return Resolution(f"{year:04d}-{month:02d}", "month", f"{m['month']} of {lower(m, 'yrel')} year from "
                                                              f"{today}" + part_reason(m))
    return Resolution(f"{year_of(m):04d}-{month:02d}", "month", "month and year written out" + part_reason(m))


COUNT_HEADS = {"million", "billion", "trillion", "thousand", "hundred"}


def resolve_year(m: re.Match, ctx: Context) -> Resolution | None:
    if not m["year"][0].isdigit():  # read aloud: "nineteen ninety-eight"; "two thousand" only as "the year ..."
        if m["year"].lower().startswith("two") and not group(m, "yearword"):
            return None
        return Resolution(f"{year_of(m):04d}", "year", "year read aloud" + part_reason(m))
    determined = group(m, "fiscal") or re.search(r"(?:\b(?:the|its|their|his|her|our)|['\u2019]s?)\s*$", ctx.before,
                                                 re.IGNORECASE)
    for t in ctx.tokens():
        # "1500 troops", "2000 million": a count, not a year; "the company's 1989 results" is a year
        if t.like_num and t.dep_ == "nummod" and (t.head.tag_ in ("NNS", "NNPS") and not determined
                                                  or t.head.lower_ in COUNT_HEADS):
            return None
    if re.search(r"\b(?:No|Nos|Number|Article|Section|Flight|Route|Highway|Room|Suite|Resolution|Rule|"
                 r"Chapter|Page|Paragraph|Bill|Act|Item|Model|(?-i:HR|H\.R|S))\.?\s*$", ctx.before, re.IGNORECASE):
        return None
    return Resolution(f"{year_of(m):04d}", "year", "year written out" + part_reason(m))


def resolve_year_range_end(m: re.Match, ctx: Context) -> Resolution | None:
    """The "58" of "1957-58": the century of the first year carries over."""
    first = re.search(r"(?<!\d)(1[5-9]\d\d|20\d\d)[-\u2013/]$", ctx.before)
    if not first:
        return None
    start = int(first.group(1))
    end = start // 100 * 100 + int(m["yy"])
    if end <= start:
        end += 100
    if end - start > 20:
        return None
    return Resolution(str(end), "year", f"second year of the range {start}-{m['yy']}")


def resolve_decade(m: re.Match, ctx: Context) -> Resolution:
    if group(m, "word"):
        start = 1900 + DECADE_WORDS[m["word"].lower()] * 10
    elif m["digits"].isdigit() and len(m["digits"]) == 2 and len(ctx.tokens()) and any(
            t.lemma_.lower() in TEMPERATURE_WORDS for t in sentence(ctx.tokens()[0])):
        return None  # "highs in the 70s": degrees
    elif m["digits"].isdigit() and len(m["digits"]) == 2 and not m[0].lower().startswith("the") and not re.search(
            r"\bthe\s+['\u2019]?\d0s(?:,?\s+\d0s)*,?\s+(?:and|or|to)\s+$", ctx.before, re.IGNORECASE):
        return None  # "the 70s and 80s" is a pair of decades; "in their 30s, 40s and 50s" are ages
    elif len(m["digits"].lstrip("'\u2019")) == 2:  # "the '90s": the latest such decade; unanchored without a date
        year = int(m["digits"][-2:])
        this_year = ctx.anchor("decade").year
        start = this_year // 100 * 100 + year
        if start > this_year:
            start -= 100
    else:
        start = int(m["digits"])
    if start % 100 == 0 and start <= 1900:  # "the 1800s" names a century
        return Resolution(f"{start // 100:02d}", "century", f"the {start}s, a century" + part_reason(m))
    return Resolution(f"{start // 10:03d}", "decade", f"the decade of the {start}s" + part_reason(m))


def resolve_century(m: re.Match, ctx: Context) -> Resolution | None:
    word = m["ord"].lower()
    n = int(re.match(r"\d+", word).group()) if word[0].isdigit() else ORDINALS.get(word)
    if not n or n > 22:
        return None
    return Resolution(f"{n - 1:02d}", "century", f"the {word} century" + part_reason(m))


def resolve_quarter(m: re.Match, ctx: Context) -> Resolution:
    """"the third quarter", "third-quarter", "the 1988 second quarter", "next year's first quarter",
    "the year-ago third quarter" (four quarters before the one named)."""
    q = QUARTER_WORDS[m["ord"].lower()]
    back = -4 if group(m, "yago") else 0
    year = year_of(m) if group(m, "year") else group(m, "yearfirst")
    yrel = lower(m, "yrel") or lower(m, "yrelfirst")
    if year:
        index, why = int(year) * 4 + q - 1, "quarter and year written out"
    else:
        today = ctx.anchor("quarter")
        if yrel:
            index, why = (today.year + REL_SHIFT[yrel]) * 4 + q - 1, f"quarter {q} of {yrel} year from {today}"
        else:
            tense = ctx.tense()
            index = quarter_near(q, today, tense.direction)
            why = f"Q{q} {direction_words(tense)} {today} ({tense.evidence}): results follow a quarter's end"
    if back:
        why += ", a year back"
    return Resolution(quarter_value(index + back), "quarter", why, reporting=None if back else "quarter")


# "the quarter", "the latest period": the reporting quarter; the modifier -> quarters from it
PERIOD_SHIFTS = {"this": 0, "last": -4, "next": 4, **{w: 0 for w in LATEST_WORDS}, **{w: -4 for w in YEAR_BACK_WORDS}}


def resolve_reporting_period(m: re.Match, ctx: Context) -> Resolution | None:
    """"the quarter", "the latest period", "the year-ago quarter", "last year's quarter", "the 1988
    period", "the quarter a year ago", "year-earlier" (as in "the year-earlier $4.5 million"): the quarter
    the article reports on, or the same quarter a year back. With no quarter named in the article, the
    last quarter completed before publication (results are told after a quarter ends)."""
    yago = lower(m, "yago")
    modifier = yago.split()[-1] if yago else lower(m, "latest") or lower(m, "yrel")
    year = year_of(m) if group(m, "year") else None
    back = bool(group(m, "back"))
    if modifier in COMPARISON_WORDS and not back:
        return None
    if lower(m, "what") == "period" and modifier is None and year is None and not back:
        return None  # "the period" alone is any stretch of time
    shift = PERIOD_SHIFTS.get(modifier, 0) - 4 * back
    today = ctx.anchor("quarter")
    fallback = last_completed_quarter(today) + shift
    if year is not None:
        fallback = year * 4 + fallback % 4
    return Resolution(quarter_value(fallback), "quarter",
                      f"{m[0].strip()}: the reporting quarter" + (f" shifted {shift} quarters" if shift else ""),
                      frame=FrameRef(shift, year,
                                     quarter_only=lower(m, "what") == "quarter" or modifier in LATEST_WORDS))


def resolve_half(m: re.Match, ctx: Context) -> Resolution:
    h = 1 if m["ord"].lower() == "first" else 2
    if group(m, "year"):
        return Resolution(f"{year_of(m):04d}-H{h}", "half", "half year and year written out")
    today = ctx.anchor("half")
    yrel = lower(m, "yrel")
    year = today.year + REL_SHIFT.get(yrel, 0)
    return Resolution(f"{year}-H{h}", "half", f"half {h} of {yrel} year from {today}")


# ------------------------------------------------------------------ month, day and weekday resolvers

NAME_ENTITIES = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "NORP", "GPE", "LAW", "EVENT"}


def joined_to_a_name(t: Token) -> bool:
    """A capitalised proper noun (not a date word or title) joined to the token in the parse, as in
    "Theresa May", "April Ryan", "Tuesday Weld"."""
    neighbours = [t.nbor(-1)] if t.i > sentence(t).start else []
    neighbours += [t.nbor(1)] if t.i + 1 < sentence(t).end else []
    return any(n.is_title and n.tag_ == "NNP" and n.lower_ not in WEEKDAYS and n.lower_ not in MONTH_WORDS
               and n.lower_ not in DATE_PREPOSITIONS and n.lower_ not in ("mr", "mrs", "ms", "dr")
               and (n.head == t or t.head == n) for n in neighbours)


def month_is_a_name(ctx: Context) -> bool:
    """"Theresa May", "Jo March said", "April Ryan": a month word used as a name."""
    t = next((t for t in ctx.tokens() if t.lower_.rstrip(".") in MONTH_WORDS), None)
    if t is None:
        return False
    if t.ent_type_ == "DATE" and t.dep_ == "poss":
        return False  # "December's figures": the parse sees a date that owns something
    return t.ent_type_ in NAME_ENTITIES or t.dep_ in ("nsubj", "nsubjpass", "poss") or joined_to_a_name(t)


def resolve_month(m: re.Match, ctx: Context) -> Resolution | None:
    month = MONTHS[m["month"].lower()]
    rel = lower(m, "rel")
    if m["month"].lower() in ABBREVIATIONS:
        return None  # "Jan", "Mar" alone are names or words; abbreviations only go with a day or year
    if not rel and not group(m, "mod"):
        if month_is_a_name(ctx):
            return None
        # "May" is also a verb and a name: only take it after a word that introduces a date
        if month == 5 and ctx.word_before() not in DATE_PREPOSITIONS:
            return None
    today = ctx.anchor("month")
    now = today.year * 12 + today.month - 1
    if rel in BACKWARD:
        index = place(month - 1, 12, now - 1, "past")
        why = f"the last {m['month']} before {today:%Y-%m}"
    elif rel in FORWARD:
        index = place(month - 1, 12, now + 1, "future")
        why = f"the next {m['month']} after {today:%Y-%m}"
    elif rel in ("this", "current"):
        index = today.year * 12 + month - 1
        why = f"{m['month']} of {today.year}"
    else:
        tense = ctx.tense()
        index = place(month - 1, 12, now, tense.direction)
        why = f"{m['month']} {direction_words(tense)} {today:%Y-%m} ({tense.evidence})"
    return Resolution(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", why + part_reason(m))


def month_day_candidates(month: int, day: int, today: datetime.date) -> list[datetime.date]:
    return [d for y in (today.year - 1, today.year, today.year + 1) if (d := safe_date(y, month, day))]


def month_day_date(month: int, day: int, today: datetime.date, tense: Tense) -> datetime.date | None:
    candidates = month_day_candidates(month, day, today)
    return pick_date(candidates, today, tense.direction) if candidates else None


def resolve_month_day(m: re.Match, ctx: Context) -> Resolution | None:
    if group(m, "year"):
        return resolve_full_date(m, ctx)
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    today = ctx.anchor("day")
    candidates = month_day_candidates(month, day, today)
    if not candidates:
        return None
    if group(m, "weekday"):  # "Saturday, March 10": the year in which that date falls on that weekday
        wd = WEEKDAYS[m["weekday"].lower()]
        fitting = [d for d in candidates if d.weekday() == wd]
        if fitting:
            d = pick_date(fitting, today, None)
            return Resolution(d.isoformat(), "day",
                              f"the year near {today} in which {m['month']} {day} is a {m['weekday']}")
    tense = ctx.tense()
    d = month_day_date(month, day, today, tense)
    return Resolution(d.isoformat(), "day",
                      f"{m['month']} {day} {direction_words(tense)} {today} ({tense.evidence})")


NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": -1,
       "final": -1}


def resolve_nth_weekday(m: re.Match, ctx: Context) -> Resolution | None:
    """"the first Saturday in August", "the last Monday of May 2014"."""
    month, weekday, n = MONTHS[m["month"].lower()], WEEKDAYS[m["weekday"].lower()], NTH[m["nth"].lower()]
    if group(m, "year"):
        d = nth_weekday(year_of(m), month, weekday, n)
        return Resolution(d.isoformat(), "day", f"the {m['nth']} {m['weekday']} of {m['month']} {m['year']}")
    today = ctx.anchor("day")
    tense = ctx.tense()
    d = pick_date([nth_weekday(y, month, weekday, n) for y in (today.year - 1, today.year, today.year + 1)],
                  today, tense.direction)
    return Resolution(d.isoformat(), "day", f"the {m['nth']} {m['weekday']} of {m['month']} "
                                            f"{direction_words(tense)} {today} ({tense.evidence})")


def resolve_ordinal_day(m: re.Match, ctx: Context) -> Resolution | None:
    """"on the 10th": a day of the current, previous or next month."""
    day = int(m["day"])
    today = ctx.anchor("day")
    candidates = [d for n in (-1, 0, 1) if (d := safe_date(*add_months(today.year, today.month, n), day))]
    if not candidates:
        return None
    tense = ctx.tense()
    d = pick_date(candidates, today, tense.direction)
    return Resolution(d.isoformat(), "day", f"day {day} of a month, {direction_words(tense)} {today} "
                                            f"({tense.evidence})")


def weekday_date(weekday: int, rel: str | None, today: datetime.date, tense: Callable[[], Tense]
                 ) -> tuple[datetime.date, str]:
    now = today.toordinal()
    target = weekday + 1  # date.fromordinal(1) is a Monday
    if rel in BACKWARD:
        return datetime.date.fromordinal(place(target, 7, now - 1, "past")), f"the last one before {today}"
    if rel == "next":
        return datetime.date.fromordinal(place(target, 7, now + 1, "future")), f"the next one after {today}"
    if rel in ("this", "coming"):
        return datetime.date.fromordinal(place(target, 7, now, "future")), f"the coming one from {today}"
    t = tense()
    if t.leans_back and now - place(target, 7, now, "past") <= 4:
        # "Thursday's closing price" on a Monday: four days back wins over three days ahead
        return (datetime.date.fromordinal(place(target, 7, now, "past")),
                f"the last one, within four days of {today} ({t.evidence})")
    if t.direction == "present":  # "Obama travels to Israel on Wednesday", "Annan meets Assad Saturday"
        t = Tense(None, t.evidence)
    return (datetime.date.fromordinal(place(target, 7, now, t.direction)),
            f"the one {direction_words(t)} {today} ({t.evidence})")


def resolve_weekday(m: re.Match, ctx: Context) -> Resolution | None:
    if any(t.ent_type_ in NAME_ENTITIES - {"EVENT"} for t in ctx.tokens()):
        return None  # "Friday Night Lights"; a capitalised neighbour alone proves nothing: "met Assad Sunday"
    part = lower(m, "part")
    today = ctx.anchor("time" if part else "day")
    d, why = weekday_date(WEEKDAYS[m["weekday"].lower()], lower(m, "rel"), today, ctx.tense)
    if part:
        return Resolution(f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "time", f"{m['weekday']} {part}: {why}",
                          "TIME")
    return Resolution(d.isoformat(), "day", f"{m['weekday']}: {why}" + part_reason(m))


def resolve_day_word(m: re.Match, ctx: Context) -> Resolution:
    word = lower(m, "word")
    part = lower(m, "part") or lower(m, "partfirst") or ("night" if word in ("tonight", "last night") else None)
    today = ctx.anchor("time" if part else "day")
    d = today + datetime.timedelta(days=DAY_WORDS[word])
    why = (f"{word} from {today}" if word != "this" else f"this {part} of {today}") + part_reason(m)
    if part:
        return Resolution(f"{d.isoformat()}T{PARTS_OF_DAY[part]}", "time", why, "TIME")
    return Resolution(d.isoformat(), "day", why)


def resolve_weekend(m: re.Match, ctx: Context) -> Resolution:
    today = ctx.anchor("week")
    rel = lower(m, "rel")
    saturday = 6  # ordinal residue of Saturdays (date.fromordinal(1) is a Monday)
    now = today.toordinal() - (today.weekday() == 6)  # a Sunday still belongs to its Saturday's weekend
    if rel in BACKWARD:
        d, why = place(saturday, 7, now - 1, "past"), f"the last weekend before {today}"
    elif rel == "next":
        d, why = place(saturday, 7, now + 1, "future"), f"the next weekend after {today}"
    elif rel in ("this", "coming"):
        d, why = place(saturday, 7, now, "future"), f"the weekend of the week of {today}"
    else:
        tense = ctx.tense()
        d = place(saturday, 7, now, tense.direction)
        why = f"the weekend {direction_words(tense)} {today} ({tense.evidence})"
    return Resolution(f"{week_value(datetime.date.fromordinal(d))}-WE", "week", why)


def resolve_season(m: re.Match, ctx: Context) -> Resolution | None:
    season = SEASON_ORDER.index(SEASONS[m["season"].lower()])
    rel = lower(m, "rel")
    if group(m, "year"):
        return Resolution(f"{year_of(m):04d}-{SEASON_ORDER[season]}", "season", "season and year written out")
    if rel in (None, "the") and not group(m, "mod") and ctx.word_before() not in DATE_PREPOSITIONS:
        return None  # "summer holidays", "The summer was hot", "a winter storm"
    if not rel and any(t.dep_ in ("compound", "amod") for t in ctx.tokens()):
        return None  # "in winter months"
    if m["season"].lower() == "fall" and rel in (None, "the"):
        return None  # "the fall of the city"
    today = ctx.anchor("season")
    now = season_index(today)
    if rel in BACKWARD:
        index, why = place(season, 4, now - 1, "past"), f"the last {m['season']} before {today}"
    elif rel in FORWARD:
        index, why = place(season, 4, now + 1, "future"), f"the next {m['season']} after {today}"
    elif rel in ("this", "current"):
        index, why = today.year * 4 + season, f"{m['season']} of {today.year}"
        if season == 3 and today.month <= 2:
            index -= 4
    else:
        tense = ctx.tense()
        index = place(season, 4, now, tense.direction)
        why = f"{m['season']} {direction_words(tense)} {season_value(now)} ({tense.evidence})"
    return Resolution(season_value(index), "season", why + part_reason(m))


# --------------------------------------------------------------------------- relative-unit resolvers


def shift_unit(today: datetime.date, unit: str, n: int) -> tuple[str, str]:
    """(TIMEX3 value, granularity) of the calendar unit n units from the one holding today."""
    if unit == "day":
        return (today + datetime.timedelta(days=n)).isoformat(), "day"
    if unit in ("week", "fortnight"):
        return week_value(today + datetime.timedelta(weeks=n)), "week"
    if unit == "month":
        y, mo = add_months(today.year, today.month, n)
        return f"{y:04d}-{mo:02d}", "month"
    if unit == "quarter":
        return quarter_value(quarter_index(today) + n), "quarter"
    if unit == "year":
        return f"{today.year + n:04d}", "year"
    if unit == "decade":
        return f"{today.year // 10 + n:03d}", "decade"
    if unit == "century":
        return f"{today.year // 100 + n:02d}", "century"
    return f"{today.year // 1000 + n}", "millennium"


def part_date(today: datetime.date, unit: str, n: int, part: float) -> datetime.date:
    """The date at a part (0 start, 0.5 middle, 1 end) of the calendar unit n units from today's."""
    if unit in ("week", "fortnight", "day"):
        monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(weeks=n)
        return monday + datetime.timedelta(days=round(6 * part))
    if unit == "month":
        y, mo = add_months(today.year, today.month, n)
        return datetime.date(y, mo, 1 + round((calendar.monthrange(y, mo)[1] - 1) * part))
    if unit == "quarter":
        q = quarter_index(today) + n
        y, mo = add_months(q // 4, (q % 4) * 3 + 1, round(2 * part))
        return datetime.date(y, mo, 1 + round(27 * part))
    span = {"year": 1, "decade": 10, "century": 100, "millennium": 1000}[unit]
    start = today.year // span * span + n * span
    return datetime.date(start, 1, 1) + datetime.timedelta(days=round(365 * span * part) - (part == 1))


def resolve_relative_unit(m: re.Match, ctx: Context) -> Resolution | None:
    """"last week", "this year", "next month", "earlier this month", "the end of last year"."""
    unit = unit_of(m)
    rel = lower(m, "rel")
    if unit in ("second", "minute", "hour", "night") or m["unit"].lower().endswith("s"):
        return None
    today = ctx.anchor(unit)
    value, granularity = shift_unit(today, unit, REL_SHIFT[rel])
    return Resolution(value, granularity, f"{rel} {unit} from {today}" + part_reason(m))


def resolve_part_of_the_unit(m: re.Match, ctx: Context) -> Resolution:
    """"the end of the year": the year whose end lies on the clause's side of the publication date."""
    unit = unit_of(m)
    today = ctx.anchor(unit)
    part = PART_MODIFIERS[lower(m, "mod")]
    tense = ctx.tense()
    points = {n: part_date(today, unit, n, part) for n in (-1, 0, 1)}
    point = pick_date(list(points.values()), today, tense.direction)
    n = next(n for n, d in points.items() if d == point)
    value, granularity = shift_unit(today, unit, n)
    return Resolution(value, granularity,
                      f"the {unit} whose {lower(m, 'mod').removeprefix('the ').removesuffix(' of')} lies "
                      f"{direction_words(tense)} "
                      f"{today} ({tense.evidence})")


def resolve_the_year(m: re.Match, ctx: Context) -> Resolution:
    """"for the year", "the full year": the year the article reports on, that of publication; "the year
    ended Sept. 30" is a twelve-month stretch told by its last day."""
    if group(m, "ended"):
        return Resolution("P1Y", "duration", "a year told by the day it ends", "DURATION", reporting="year")
    today = ctx.anchor("year")
    return Resolution(f"{today.year:04d}", "year", f"{m['t']}: the year of publication", reporting="year")


AGO_GRANULARITY = {  # (unit, just one of it) -> granularity of "N units ago"
    ("day", True): "day", ("day", False): "day", ("week", True): "day", ("week", False): "week",
    ("fortnight", True): "day", ("fortnight", False): "week", ("month", True): "month",
    ("month", False): "month",
    # "a year ago" points at the month a year back; "six years ago" only at a year
    ("year", True): "month", ("year", False): "year", ("decade", True): "year", ("decade", False): "year",
    ("century", True): "decade", ("century", False): "decade",
}


def resolve_ago(m: re.Match, ctx: Context) -> Resolution | None:
    if group(m, "dir"):
        return resolve_offset(m, ctx)
    unit = unit_of(m)
    n = number(m["num"])
    if unit in ("second", "minute", "hour", "night"):
        today = ctx.anchor("day")
        return Resolution(today.isoformat(), "day", f"{m[0]}: earlier on the day of publication")
    if n is None:
        return Resolution("PAST_REF", "reference", f"{m[0]}: an unspecified time back")
    if n != int(n):
        return None
    n = int(n)
    granularity = AGO_GRANULARITY[(unit, n == 1)]
    today = ctx.anchor(granularity)
    count, designator, _ = UNITS[unit]
    total = n * count
    days = total * {"D": 1, "W": 7}.get(designator, 0)
    y, mo = add_months(today.year, today.month, -total * {"Y": 12, "Q": 3, "M": 1}.get(designator, 0))
    if today.toordinal() <= days or y < 1:
        return Resolution("PAST_REF", "reference", f"{m[0]}: before the years TIMEX3 writes")
    if days:
        d = today - datetime.timedelta(days=days)
    else:
        d = datetime.date(y, mo, min(today.day, calendar.monthrange(y, mo)[1]))
    value = {"day": d.isoformat(), "week": week_value(d), "month": f"{d:%Y-%m}", "year": f"{d.year:04d}",
             "decade": f"{d.year // 10:03d}"}[granularity]
    return Resolution(value, granularity, f"{today} minus {n} {unit}{'s' * (n > 1)}, to the {granularity}",
                      frame=YEAR_BACK if (unit, n) == ("year", 1) else None)


YEAR_BACK = FrameRef(-4)  # "a year ago", "a year earlier" in a results story: the same quarter a year back
OFFSET_SIGNS = {"earlier": -1, "before": -1, "later": 1, "after": 1}


def resolve_offset(m: re.Match, ctx: Context) -> Resolution | None:
    """"a year earlier", "two days later", "a week before": counted from the latest date named before it
    (in a results story, "a year earlier" is the reporting quarter a year back)."""
    n = number(m["num"])
    unit = unit_of(m)
    if n is None or n != int(n) or unit not in ("day", "week", "month", "year"):
        return None  # "a few years earlier", "an hour later": lengths of time
    shift = OFFSET_SIGNS[lower(m, "dir")] * int(n)
    value, _ = shift_unit(ctx.anchor(unit), unit, shift)  # kept when no date is named before it
    return Resolution(value, unit, f"{m[0].strip()}: counted from the latest date named before it",
                      refer=(unit, shift), frame=YEAR_BACK if (unit, shift) == ("year", -1) else None)


def resolve_duration(m: re.Match, ctx: Context) -> Resolution | None:
    unit = unit_of(m)
    num = lower(m, "num")
    if num == "one" and unit == "day" and not group(m, "qual") and ctx.word_before() not in (
            "for", "in", "within", "after", "over", "than", "just", "only"):
        return None  # "one day he will..." is not a length of time
    if unit == "second" and num in ("a", "an"):
        return None  # "a second round"
    if ctx.word_before() in AGE_WORDS:
        return None  # "children aged 6 months and older": an age, not a length of time in the story
    if num in ("a", "an") and after_an_amount(ctx):
        return None  # "saves $500 million a year", "four flights a week": a rate
    if unit == "quarter" and (followed_by(ctx, "of") or "-" in (num or "")
                              or num in ("a", "an") and before_a_noun(ctx)):
        return None  # "a quarter of its stores", "three-quarters", "a quarter mile": fractions
    n = number(num) if num else 1
    if (group(m, "half") or group(m, "halfafter")) and n is not None:
        n += 0.5
    return Resolution(duration_value(n, unit), "duration", f"a length of time: {m[0].strip()}", "DURATION",
                      reporting=results_period(m, unit))


def results_period(m: re.Match, unit: str) -> str | None:
    """"the nine months", "the first six months": months counted in the year results are told for."""
    return "year" if unit == "month" and m[0].lower().startswith("the") else None


def after_an_amount(ctx: Context) -> bool:
    tokens = ctx.tokens()
    before = tokens.doc[tokens.start - 1] if len(tokens) and tokens.start > 0 else None
    return before is not None and (before.like_num or before.lower_ in COUNT_HEADS or before.tag_ == "NNS")


def before_a_noun(ctx: Context) -> bool:
    tokens = ctx.tokens()
    return len(tokens) > 0 and tokens.end < len(tokens.doc) and tokens.doc[tokens.end].pos_ in ("NOUN", "PROPN")


def followed_by(ctx: Context, word: str) -> bool:
    tokens = ctx.tokens()
    return len(tokens) > 0 and tokens.end < len(tokens.doc) and tokens.doc[tokens.end].lower_ == word


def resolve_bare_units(m: re.Match, ctx: Context) -> Resolution | None:
    """"for years", "days before": a plural unit with no number is an unspecified length."""
    t = next(iter(ctx.tokens()), None)
    if t is None or t.dep_ == "compound" or t.is_title or any(
            c.dep_ in ("det", "nummod", "amod", "poss", "compound", "quantmod") for c in t.children):
        return None
    return Resolution(duration_value(None, unit_of(m)), "duration", f"an unspecified number of {m['unit']}",
                      "DURATION")


def resolve_span_of_time(m: re.Match, ctx: Context) -> Resolution | None:
    """"the past two years", "the next few months", "the past year": a stretch up to or from now."""
    rel = lower(m, "rel")
    num = lower(m, "num")
    plural = m["unit"].lower().endswith("s")
    if rel == "last" and not num and not plural:
        return None  # "the last week" names the previous calendar week (relative_unit)
    if rel in ("first", "final") and not num:
        return None  # "the first day of school" is no stretch of time
    n = number(num) if num else None if plural else 1
    side = "before" if rel in ("past", "last", "previous") else "from"
    return Resolution(duration_value(n, unit_of(m)), "duration", f"the stretch of time {side} the time "
                                                                 f"of writing", "DURATION",
                      reporting=results_period(m, unit_of(m)) if rel == "first" else None)


def resolve_vague_duration(m: re.Match, ctx: Context) -> Resolution:
    return Resolution("PXX", "duration", f"{m['t']}: a length of time with no number or unit", "DURATION")


def resolve_recent_units(m: re.Match, ctx: Context) -> Resolution:
    return Resolution(duration_value(None, unit_of(m)), "duration", f"{m[0]}: a stretch of time of no said length",
                      "DURATION")


ANAPHORIC_SHIFT = {"that": 0, "the same": 0, "the next": 1, "the following": 1, "after": 1, "later": 1,
                   "the previous": -1, "the preceding": -1, "before": -1, "earlier": -1}


def resolve_anaphoric(m: re.Match, ctx: Context) -> Resolution | None:
    """"the next day", "that month", "the day before": counted from the latest date named before it."""
    rel = lower(m, "rel")
    unit = lower(m, "unit")
    if rel == "the next" and unit in ("week", "month", "year"):
        return None  # "the next year" reads as the year ahead (span_of_time)
    base = "day" if unit in PARTS_OF_DAY else unit
    granularity = "time" if unit in PARTS_OF_DAY else base
    shift = 0 if group(m, "within") else ANAPHORIC_SHIFT[rel]  # "later in the day" is within that day
    return Resolution(None, granularity, f"{m[0].strip()}: counted from the latest date named before it",
                      "TIME" if granularity == "time" else "DATE", refer=(unit, shift))


def resolve_reference(m: re.Match, ctx: Context) -> Resolution:
    phrase = lower(m, "ref")
    value = REFERENCES[phrase]
    return Resolution(value, "reference", f"{phrase}: a reference to the {value.split('_')[0].lower()}")


def resolve_set(m: re.Match, ctx: Context) -> Resolution | None:
    what = lower(m, "what")
    if what in SET_ADVERBS and any(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in ctx.tokens()):
        return None  # "a quarterly dividend", "declared its initial quarterly": a kind of thing, not a time
    if what in SET_ADVERBS:
        value = SET_ADVERBS[what]
    elif group(m, "weekday"):
        value = f"XXXX-WXX-{WEEKDAYS[m['weekday'].lower()] + 1}"
        if group(m, "part"):  # "on Tuesday nights"
            value += f"T{PARTS_OF_DAY[lower(m, 'part')]}"
    elif group(m, "month"):
        value = f"XXXX-{MONTHS[m['month'].lower()]:02d}"
    elif group(m, "part"):
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[lower(m, 'part')]}"
    elif group(m, "season"):
        value = f"XXXX-{SEASONS[lower(m, 'season')]}"
    elif what == "season":
        value = "P3M"
    elif what == "weekend":
        value = "XXXX-WXX-WE"
    else:
        n = number(m["num"]) if group(m, "num") else 1
        value = duration_value(None if n is None else n * (2 if group(m, "other") else 1), unit_of(m))
    return Resolution(value, "set", f"recurring: {m[0].strip()}", "SET")


def resolve_rate(m: re.Match, ctx: Context) -> Resolution:
    """"twice a year", "per month": a frequency."""
    return Resolution(duration_value(1, unit_of(m)), "set", f"a rate: {m[0].strip()}", "SET")


def resolve_clock(m: re.Match, ctx: Context) -> Resolution | None:
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    # a bare "9:30" is a time only after "at", "by"...; "1.25" is a number
    plain = not ampm and not (m["zone"] and m["minute"])
    if plain and not (m["sep"] == ":" and ctx.word_before() in CLOCK_PREPOSITIONS):
        return None
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    day, why = day_of_clock(m, ctx)
    return Resolution(f"{day.isoformat()}T{hour:02d}:{minute:02d}", "time", why, "TIME")


def day_of_clock(m: re.Match, ctx: Context) -> tuple[datetime.date, str]:
    """The day a clock time is given with ("Thursday", "tomorrow", "Nov. 9"), else the day of publication."""
    today = ctx.anchor("time")
    if group(m, "weekday"):
        day, why = weekday_date(WEEKDAYS[m["weekday"].lower()], None, today, ctx.tense)
        return day, f"{m['weekday']}: {why}"
    if group(m, "word"):
        return today + datetime.timedelta(days=DAY_WORDS[lower(m, "word")]), f"{lower(m, 'word')} from {today}"
    if group(m, "month"):
        day = month_day_date(MONTHS[m["month"].lower()], int(m["day"]), today, ctx.tense())
        if day is not None:
            return day, f"{m['month']} {m['day']} nearest the clause's direction from {today}"
    return today, f"clock time on the day of publication {today}"


NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def resolve_named_time(m: re.Match, ctx: Context) -> Resolution:
    named = lower(m, "named")
    day, why = day_of_clock(m, ctx)
    return Resolution(f"{day.isoformat()}T{NAMED_TIMES[named]}", "time", f"{named}: {why}", "TIME")


def resolve_elapsed(m: re.Match, ctx: Context) -> Resolution:
    """"finishing in 3:07:35": a clock reading with seconds is a measured time."""
    h, mi, s = int(m["h"]), int(m["mi"]), int(m["s"])
    value = "PT" + (f"{h}H" if h else "") + (f"{mi}M" if mi else "") + (f"{s}S" if s else "")
    return Resolution(value, "duration", "an elapsed time h:mm:ss", "DURATION")


# ------------------------------------------------------------------------------------------ holidays


def easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return datetime.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date:
    """The n-th weekday of a month (n = -1: the last)."""
    if n > 0:
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)


HOLIDAYS: dict[str, Callable[[int], datetime.date]] = {
    "new year's day": lambda y: datetime.date(y, 1, 1),
    "new year's eve": lambda y: datetime.date(y, 12, 31),
    "valentine's day": lambda y: datetime.date(y, 2, 14),
    "halloween": lambda y: datetime.date(y, 10, 31),
    "christmas eve": lambda y: datetime.date(y, 12, 24),
    "christmas day": lambda y: datetime.date(y, 12, 25),
    "christmas": lambda y: datetime.date(y, 12, 25),
    "boxing day": lambda y: datetime.date(y, 12, 26),
    "good friday": lambda y: easter(y) - datetime.timedelta(days=2),
    "easter sunday": easter,
    "easter": easter,
    "easter monday": lambda y: easter(y) + datetime.timedelta(days=1),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + datetime.timedelta(days=1),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
}


def resolve_holiday(m: re.Match, ctx: Context) -> Resolution:
    name = lower(m, "holiday").replace("\u2019", "'")
    rule_of_year = HOLIDAYS[name]
    if group(m, "year"):
        return Resolution(rule_of_year(year_of(m)).isoformat(), "day", f"{name} of {m['year']}")
    today = ctx.anchor("day")
    rel = lower(m, "rel")
    dates = [rule_of_year(today.year + n) for n in (-1, 0, 1)]
    if rel in BACKWARD:
        d, why = max(d for d in dates if d < today), f"the last one before {today}"
    elif rel in FORWARD:
        d, why = min(d for d in dates if d > today), f"the next one after {today}"
    elif rel == "this":
        d, why = dates[1], f"the one of {today.year}"
    else:
        tense = ctx.tense()
        d = pick_date(dates, today, tense.direction)
        why = f"the one {direction_words(tense)} {today} ({tense.evidence})"
    return Resolution(d.isoformat(), "day", f"{name}: {why}")


# --------------------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Rule:
    name: str
    needs: frozenset[str]  # trigger kinds (see TRIGGER_WORDS) of which the text around a match holds one
    pattern: re.Pattern
    resolve: Callable[[re.Match, Context], Resolution | None]


def rule(name: str, needs: str, pattern: str, resolve: Callable[[re.Match, Context], Resolution | None]) -> Rule:
    return Rule(name, frozenset(needs.split()), compile_pattern(pattern), resolve)


RULES: list[Rule] = [
    rule("iso_date", "year", rf"{B}(?P<year>\d{{4}})-(?P<mo>\d\d)-(?P<day>\d\d){E}", resolve_iso_date),
    rule("month_day_year", "month", rf"{B}(?:<DATEWEEKDAY>,?\s+)?(?:the\s+)?<MONTH>\s+<DAY>,?\s+<YEAR>{E}",
         resolve_full_date),
    rule("day_month_year", "month", rf"{BN}(?:<DATEWEEKDAY>,?\s+)?(?:the\s+)?<DAY>\s+(?:of\s+)?<MONTH>,?\s+<YEAR>{E}",
         resolve_full_date),
    rule("numeric_date", "year numeric", r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
         r"(?P<year>\d{4}|\d\d)(?![\w/-]|\.\d)", resolve_numeric_date),
    rule("year_month_day", "year", r"(?<![\w/.-])(?P<year>\d{4})/(?P<mo>\d\d)/(?P<day>\d\d)(?![\w/])",
         resolve_iso_date),
    # "June 18-19", "12-13 April": each end of a range of days
    rule("month_day_range", "month", rf"{B}(?P<t>(?:<DATEWEEKDAY>,?\s+)?<MONTH>\s+<DAY>)\s*(?:-|\u2013|to|and)\s*"
         rf"[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+<YEAR>)?{E}", resolve_month_day),
    rule("month_day_range_end", "month", rf"{B}<MONTH>\s+[0-3]?\d(?:st|nd|rd|th)?\s*(?:-|\u2013|to|and)\s*"
         rf"(?P<t><DAY>(?:,?\s+<YEAR>)?){E}", resolve_month_day),
    rule("day_month_range", "month", rf"{B}(?P<t><DAY>)\s*(?:-|\u2013|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?\s+"
         rf"(?:of\s+)?<MONTH>(?:,?\s+<YEAR>)?{E}", resolve_month_day),
    rule("month_year", "month", rf"{B}<PARTMOD><MONTH>,?\s+(?:of\s+)?<YEAR>{E}", resolve_month_year),
    rule("month_rel_year", "month", rf"{B}<PARTMOD><MONTH>\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year{E}",
         resolve_month_year),
    rule("month_day", "month", rf"{B}(?:<WEEKDAY>,?\s+)?<MONTH>\s+<DAY>{E}(?!,?\s+\d|:\d)", resolve_month_day),
    rule("day_month", "month", rf"{BN}(?:<WEEKDAY>,?\s+)?(?:the\s+)?<DAY>\s+(?:of\s+)?<MONTH>{E}", resolve_month_day),
    rule("month", "month", rf"{B}<PARTMOD>(?:<REL>\s+)?<MONTH>{E}", resolve_month),
    rule("ordinal_day", "ordinal", r"\b(?:on|by|until|since|before|after)\s+(?P<t>the\s+(?P<day>[1-9]|[12]\d|3[01])"
         r"(?:st|nd|rd|th))(?=\s*(?:[,.;:)]|and\b|at\b|when\b|$))", resolve_ordinal_day),
    rule("year", "year", rf"{BN}(?P<yearword>the\s+year\s+)?<PARTMOD>"
         rf"(?P<fiscal>fiscal\s+(?:year\s+)?|FY\s?)?<YEAR>{E}", resolve_year),
    rule("year_range_end", "year", r"(?<=\d\d[-\u2013/])(?P<yy>\d\d)(?![\w%])", resolve_year_range_end),
    rule("decade", "year decade",
         rf"{B}(?:the\s+)?<PARTMOD>(?P<digits>1[5-9]\d0|20\d0|['\u2019]\d0|"
         # "the 70s and 80s": two digits with no apostrophe only after "the" or another decade (not "in their 70s")
         rf"(?:(?<=the\s)|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s))\d0)'?s{E}", resolve_decade),
    rule("decade_word", "decade", rf"{B}the\s+<PARTMOD>(?P<word>{alternation(DECADE_WORDS)}){E}", resolve_decade),
    rule("century", "unit", rf"{B}(?:the\s+)?<PARTMOD>(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINALS)})"
         rf"[-\s]+century{E}", resolve_century),
    # "the third quarter", "the 1988 second quarter", "next year's first quarter", "the fiscal first quarter";
    # a hyphenated quarter before a noun is a modifier and leaves "the" to the noun (quarter_modifier)
    rule("quarter", "quarterword", rf"{B}(?:the\s+|(?P<yrelfirst>this|last|next)\s+year['\u2019]s\s+)?"
         rf"(?:(?P<yearfirst>1[5-9]\d\d|20\d\d)\s+|<YEARAGO>\s+)?(?:fiscal[-\s]+)?<QORD>"
         rf"(?:\s+|-(?!quarter\s+(?!of\b)(?-i:[a-z])))quarter"
         rf"(?:(?:\s+of)?\s+(?:<YEAR>|(?:the\s+)?(?:fiscal\s+)?(?P<yrel>last|this|next|current)\s+year))?{E}",
         resolve_quarter),
    rule("quarter_modifier", "quarterword", rf"{B}(?:(?P<yearfirst>1[5-9]\d\d|20\d\d)\s+|<YEARAGO>\s+)?"
         rf"(?:fiscal[-\s]+)?<QORD>-quarter(?=\s+(?!of\b)(?-i:[a-z])){E}", resolve_quarter),
    rule("reporting_period", "quarterword period",
         rf"{B}(?:the\s+(?:<YEARAGO>\s+|(?P<latest>{alternation(LATEST_WORDS + COMPARISON_WORDS)})\s+|<YEAR>\s+)?"
         rf"|(?P<yrel>this|last|next)\s+year['\u2019]s\s+|that\s+)(?:fiscal\s+)?(?P<what>(?-i:quarter|period))"
         rf"(?P<back>\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year))?(?!\s+of\b|-){E}",
         resolve_reporting_period),
    rule("year_ago_modifier", "yearword", rf"{B}<YEARAGO>(?![\w-])", resolve_reporting_period),
    rule("quarter_short", "quarter", rf"{B}Q(?P<ord>[1-4])(?:\s+<YEAR>)?{E}", resolve_quarter),
    rule("half", "year yearword", rf"{B}(?:the\s+)?(?P<ord>first|second|last|latter)[-\s]+half\s+of\s+"
         rf"(?:<YEAR>|(?P<yrel>the|this|last|next)"
         rf"\s+year){E}", resolve_half),
    rule("season", "season",
         rf"{B}<PARTMOD>(?:(?P<rel>this\s+past|last|next|this|past|coming|previous|current|the)\s+)?"
         rf"<SEASON>(?:,?\s+(?:of\s+)?<YEAR>)?{E}", resolve_season),
    rule("holiday", "holiday weekday unit", rf"{B}(?:(?P<rel>last|next|this|past|previous|coming)\s+)?"
         rf"(?P<holiday>{alternation(HOLIDAYS)})(?:\s+<YEAR>)?{E}", resolve_holiday),
    rule("day_word", "day part",
         r"(?<![\w-])(?:(?P<mod>early|earlier|late|later)\s+|(?:mid-?)?(?P<partfirst>morning|afternoon|evening)\s+)?"
         r"(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
         r"tonight|tomorrow|yesterday|last\s+night|this(?=\s+(?:morning|afternoon|evening)))"
         rf"(?:\s+<PART>)?{E}", resolve_day_word),
    rule("nth_weekday", "weekday", rf"{B}(?:the\s+)?(?P<nth>{alternation(NTH)})\s+<WEEKDAY>\s+(?:in|of)\s+<MONTH>"
         rf"(?:,?\s+<YEAR>)?{E}", resolve_nth_weekday),
    rule("weekday", "weekday", rf"{B}(?:<REL>\s+)?<PARTMOD><WEEKDAY>(?:,?\s+<PART>)?{E}", resolve_weekday),
    rule("weekend", "weekend",
         rf"{B}(?P<rel>this\s+past|last|next|this|past|coming|previous|the)\s+weekend{E}(?!\s+of\b)",
         resolve_weekend),
    rule("anaphoric", "unit part", rf"{B}(?:(?:later|earlier)\s+)?(?P<rel>that|the\s+same|the\s+next|the\s+following|"
         rf"the\s+previous|the\s+preceding)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)"
         rf"(?!\s+(?:of|when|that|before|after|in|on|as)\b|['\u2019]s){E}", resolve_anaphoric),
    # "later in the day": the day (week, month) of the latest date named before
    rule("anaphoric_within", "unit",
         rf"{B}(?P<within>later|earlier)\s+in\s+the\s+(?P<unit>day|week|month){E}(?!\s+of\b)",
         resolve_anaphoric),
    rule("anaphoric_around", "unit",
         rf"{B}the\s+(?P<unit>day|night|week|month|year)\s+(?P<rel>before|after|earlier|later)"
         rf"(?=\s*[,.;:)]|\s+(?:and|but)\b)", resolve_anaphoric),
    rule("span_of_time", "unit", rf"{B}(?:the\s+|(?=past\s|coming\s))"
         rf"(?P<rel>past|next|coming|previous|following|last|first|final)\s+"
         rf"(?:<NUM>\s+)?<UNIT>(?:\s+or\s+so)?{E}", resolve_span_of_time),
    rule("relative_unit", "unit", rf"{B}<PARTMOD>(?:the\s+)?<REL>\s+(?:fiscal\s+)?<UNIT>{E}", resolve_relative_unit),
    rule("part_of_the_unit", "unit", rf"{B}(?P<mod>the\s+(?:beginning|start|end|middle|close)\s+of)\s+(?:the\s+)?"
         rf"(?P<unit>year|month|week|quarter|decade|century){E}", resolve_part_of_the_unit),
    # "by year-end", "around year end", "by year's end"
    rule("unit_end", "yearword quarterword",
         rf"{B}(?:around\s+)?(?P<unit>year|quarter)(?:['\u2019]s\s+|[-\s])(?P<mod>end){E}",
         resolve_part_of_the_unit),
    # "for the year", "the full year", "the year ended Sept. 30" (a fiscal year told by its end: a length)
    # (lower-case "year": "Player of the Year" is a title)
    rule("the_year", "yearword",
         rf"{B}(?P<t>(?:(?:earlier|later)\s+in\s+)?the\s+(?:(?P<whole>{alternation(WHOLE_YEAR_WORDS)})\s+)?"
         rf"(?-i:year))(?P<ended>\s+(?:ended|ending))?(?![\w-])"
         rf"(?!['\u2019]s|\s+(?:before|after|earlier|later|ago|of|that|when|in\s+which|two|nineteen|\d))",
         resolve_the_year),
    # "two weeks ago", "a year earlier" (not "earlier than usual"), "two days before," (not "before the vote")
    rule("ago", "unit", rf"{B}<QUAL><NUM>[\s-]+<UNIT>(?:(?:\s+or\s+so)?\s+ago{E}|\s+(?P<dir>earlier|later"
         rf"|(?:before|after)(?=\s*[,.;:)])){E}(?!\s+than\b))", resolve_ago),
    rule("recent_units", "unit", rf"{B}(?:the\s+)?recent\s+(?P<unit>days|weeks|months|quarters){E}",
         resolve_recent_units),
    # "the weeks ahead", "the coming days ahead": a stretch from now of no said length
    rule("units_ahead", "unit", rf"{B}the\s+(?:coming\s+)?(?P<unit>days|weeks|months|quarters|years)\s+ahead{E}",
         resolve_recent_units),
    # "for a while", "for some time", "for a fairly lengthy period": a length of no said unit
    rule("vague_duration", "unit reference period", rf"(?<=\bfor\s)(?P<t>{alternation(VAGUE_LENGTHS)}|a\s+"
         rf"(?:(?:{alternation(DEGREE_WORDS)})\s+)?(?:{alternation(VAGUE_LENGTH_ADJECTIVES)})\s+"
         rf"(?:time|period|while)){E}",
         resolve_vague_duration),
    # a hyphenated length before a noun is a modifier and leaves "the" to the noun: "the two-week strike"
    rule("duration", "unit", rf"{B}(?:the\s+(?:(?:{alternation(LATEST_WORDS + YEAR_BACK_WORDS)})\s+)?(?![\w.,]+-\w))?"
         rf"<QUAL><NUM>(?P<half>\s+and\s+a\s+half)?[\s-]+(?:(?:{alternation(LENGTH_MODIFIERS)})\s+)?<UNIT>"
         rf"(?P<halfafter>\s+and\s+a\s+half)?(?:-long)?(?![\w-])(?!\s+old\b)",
         resolve_duration),
    # "between 12 and 18 months": the first number shares the unit of the second
    rule("range_start", "unit", rf"{B}(?P<t><NUM>)\s*(?:-|\u2013|to|and|or)\s*(?:\d+|{alternation(NUMBER_WORDS)})[\s-]+"
         rf"<UNIT>{E}", resolve_duration),
    rule("unit_long", "unit", rf"{B}<UNIT>-long{E}", resolve_duration),
    rule("bare_units", "unit", rf"{B}(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries){E}",
         resolve_bare_units),
    rule("reference", "reference unit", rf"{B}(?P<ref>{alternation(REFERENCES)})(?![\w-])", resolve_reference),
    rule("set", "unit weekday month part season weekend",
         rf"{B}(?:every|each)\s+(?P<other>other\s+)?(?:<WEEKDAY>|<MONTH>|<PART>|<SEASON>|"
         rf"(?P<what>season|weekend)|(?:<NUM>\s+)?<UNIT>){E}", resolve_set),
    rule("set_plural_weekday", "weekday", rf"{B}(?:on\s+)?<WEEKDAY>(?:s|\s+<PART>s){E}", resolve_set),
    # not a title word: "the Daily Mail", "Weekly Standard"
    rule("set_adverb", "set", rf"(?<![\w-])(?P<what>{alternation(SET_ADVERBS)}){E}(?!\s+(?-i:[A-Z]))", resolve_set),
    rule("rate", "unit", rf"{B}(?:once|twice|thrice|\w+\s+times)\s+(?:a|an|per|each)\s+<UNIT>{E}", resolve_rate),
    rule("per_unit", "unit", rf"{B}per\s+<UNIT>{E}", resolve_rate),
    rule("clock_day", "clock", rf"{B}<CLOCK>,?\s+<DAYAFTER>{E}", resolve_clock),
    rule("clock", "clock", rf"{B}<CLOCK>{E}", resolve_clock),
    rule("named_time", "clock", rf"(?<![\w-])(?P<named>noon|midday|midnight)(?:\s+<ZONE>)?(?:,?\s+<DAYAFTER>)?{E}",
         resolve_named_time),
    rule("elapsed", "clock", r"(?<![\w:.])(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![\w:])", resolve_elapsed),
]

# Every rule's match holds a trigger: a word or number of one of these kinds. The rules only scan the text
# around triggers, and only the rules that need a kind found there.
TRIGGER_WORDS: dict[str, str] = {
    **{w.rstrip("."): "month" for w in MONTHS},
    **{w: "weekday" for w in WEEKDAYS},
    **{w: "holiday" for w in ("christmas", "easter", "halloween", "thanksgiving", "valentine")},
    **{w: "unit" for w in list(UNITS) + list(UNIT_PLURALS)},
    **{w: "part" for w in PARTS_OF_DAY},
    **{w: "season" for w in [*SEASONS, "season"]},
    **{w: "day" for w in ("today", "tonight", "tomorrow", "yesterday")},
    **{w: "decade" for w in DECADE_WORDS},
    **{w: "clock" for w in NAMED_TIMES},
    **{w: "set" for w in SET_ADVERBS},
    "while": "period",
    **{w: "reference" for w in ("now", "currently", "present", "nowadays", "moment", "recently", "lately",
                                "past", "time", "recent", "future", "soon", "term", "date")},
    "weekend": "weekend", "fiscal": "year", "fy": "year", "period": "period", "nineteen": "year",
    "thousand": "year",
}
NAME_KINDS = {"month", "weekday", "holiday"}  # triggers only when capitalised ("May", not "may")
TRIGGER_TOKENS = re.compile(r"(?P<quarter>\bQ[1-4]\b)|(?P<word>[A-Za-z]+)|(?P<year>\d{4})"
                            r"|(?P<clock>\d[:.]\d\d|\d\s*[aApP]\.?[mM]\b)|(?P<ordinal>\d(?:st|nd|rd|th)\b)"
                            r"|(?P<decade>['\u2019]?\d0s\b)|(?P<numeric>\d[/.]\d{1,2}[/.]\d)")
TRIGGER_MARGIN = 45  # characters scanned on each side of a trigger: the longest modifiers (~35) fit in it


# words that also mark a kind of their own, for rules that need that very word (fewer scans of the text)
NARROW_TRIGGERS = {"year": "yearword", "years": "yearword", "quarter": "quarterword", "quarters": "quarterword"}


@functools.lru_cache(maxsize=8192)
def trigger_kinds(group: str, token: str) -> frozenset[str]:
    """The trigger kinds of a token that TRIGGER_TOKENS matched in `group` (none for words that
    trigger nothing, or names written in lower case); cached, as news repeats its words."""
    if group != "word":
        return frozenset({group})
    lowered = token.lower()
    kind = TRIGGER_WORDS.get(lowered) or TRIGGER_WORDS.get(lowered[:-1] if lowered.endswith("s") else "")
    if kind is None or kind in NAME_KINDS and not token[0].isupper():
        return frozenset()
    return frozenset({kind, NARROW_TRIGGERS[lowered]} if lowered in NARROW_TRIGGERS else {kind})


# spans that look like dates but are names or idioms: a candidate overlapping one is dropped. Each
# holds a trigger and reaches less than TRIGGER_MARGIN from it: they are looked for in the windows only.
FALSE_FRIENDS = [re.compile(p) for p in [
    # newspapers and programmes named after a weekday
    r"\b(?:Sunday|Saturday|Monday|Friday)\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|People|Sport|"
    r"Star|Independent|Observer|Tribune|Review|Night\s+Live|Night\s+Football|Business\s+Post|World)\b",
    r"\b(?:Mail|Independent|Scotland|Sun)\s+on\s+Sunday\b",
    r"\bFox\s+News\s+Sunday\b",
    # named days that are not the weekday they contain
    r"\b(?:Bloody|Palm|Ash|Super|Cyber|Holy|Maundy|Shrove)\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Saturday)\b",
    r"\bGood\s+Friday\s+(?:Agreement|agreement|Accord|accord|deal)\b",
    r"\b(?:This|Next|Last)\s+(?:Week|Month|Year)\b",  # programme and book titles: ABC's "This Week"
    r"\b(?:USA|BBC|Russia)\s+Today\b", r"\bToday\s+(?:programme|show|Show)\b",
    r"\b(?:Arab|Prague|Beijing)\s+Spring\b", r"\b(?:Black|Bloody)\s+September\b",
    r"\bthe\s+March\s+(?:on|for|against|to)\b", r"\bMarch\s+Madness\b",
    r"(?i:\bas\s+soon\s+as\b|\bsoon\s+after(?:wards)?\b|\bthe\s+past\s+(?:tense|participle)\b)",
]]

"""Temporal expressions: find them in an article and normalise them to TIMEX3 values.

Candidates come from the regex tables in ``timex_rules`` (fast, over the raw text around trigger words).
Relative values are anchored on the publication date; where an expression leaves the direction open ("on Monday", "in
December", "April 7"), the tense and aspect of the clause that governs it, read from the spaCy parse,
decide between the past and the coming occurrence. Every value carries its provenance: the rule that
matched, the anchor used and a one-line reason.
"""
from __future__ import annotations

import dataclasses
import datetime
import functools
import re
from dataclasses import dataclass
from typing import Callable
from xml.sax.saxutils import escape, quoteattr

from spacy.tokens import Doc, Span, Token

from .timex_rules import (FALSE_FRIENDS, PARTS_OF_DAY, RULES, TRIGGER_MARGIN, TRIGGER_TOKENS, Context, FrameRef,
                          Resolution, Rule, Tense, Unanchored, add_months, trigger_kinds, week_value)
from .timex_values import calendar_parts, day_of, parse_quarter, quarter_index, quarter_value
from dateline.nlp import doc_text, governing_verb, sentence


@dataclass(frozen=True)
class Timex:
    start: int  # character offsets into doc.text
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value, None when it cannot be anchored
    granularity: str  # day, week, month, quarter, season, year, decade, century, time, duration, set, reference
    anchor: str | None  # ISO date it was resolved against (None for absolute values)
    rule: str  # name of the table entry that matched
    reason: str  # one line a user can read: why this value


# --------------------------------------------------------------------------------- tense and aspect

VERBAL = ("VERB", "AUX")
FUTURE_AUXILIARIES = {"will", "'ll", "ll", "shall", "wo", "sha"}
# modals that put an event after the time they are said ("could visit on Monday")
FORWARD_MODALS = {"would", "could", "might", "may", "should", "must"}
HAVE = {"have", "has", "had", "having", "'ve", "'d"}  # "'d" before a participle is "had"
PRESENT_HAVE = {"have", "has", "'ve"}
PRESENT_BE = {"is", "are", "am", "'s", "'re", "'m"}
# verbs whose infinitive happens at their own time: "appeared to be holding on Monday", "tried to meet"
SAME_TIME_GOVERNORS = {"appear", "seem", "continue", "happen", "begin", "start", "stop", "try", "fail",
                       "manage", "refuse", "decline", "attempt", "cease", "use"}
# present simple of these verbs says nothing of when: "says", "is", "has"
STATIVE_OR_REPORTING = {"be", "have", "say", "tell", "report", "announce", "claim", "insist", "add", "note",
                        "write", "believe", "think", "know", "want", "need", "remain", "seem", "appear", "mean"}
# words that put their event ahead: "scheduled for Monday", "due on Friday", "set for June"
SCHEDULING = {"due", "scheduled", "slated", "set", "expected", "planned", "poised"}
# verbs that move an event to the time they name: "postponed until Saturday", "delayed to June"
RESCHEDULING = {"postpone", "delay", "adjourn", "reschedule", "defer", "suspend", "extend", "push", "move",
                "put"}
FORWARD_PREPOSITIONS = {"until", "till", "to", "for", "into"}
# prepositions that end a stretch begun by the event: "gave them until mid-November" may reach past today
END_PREPOSITIONS = {"until", "till", "through"}
NOMINAL = ("NOUN", "PROPN", "ADJ", "NUM")  # parts of speech of the words a date may modify instead of a verb


def auxiliaries(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def past_auxiliary(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


# (name, test on the verb and the words of its auxiliaries, direction), tried in order
TENSE_CUES: list[tuple[str, Callable[[Token, set[str]], bool], str | None]] = [
    ("modal perfect", lambda v, aux: bool(aux & (FORWARD_MODALS | FUTURE_AUXILIARIES) and aux & HAVE), "past"),
    ("future auxiliary", lambda v, aux: bool(aux & FUTURE_AUXILIARIES), "future"),
    ("modal", lambda v, aux: bool(aux & FORWARD_MODALS) or ("'d" in aux and v.tag_ == "VB"), "future"),
    # "has set Nov. 10 as the deadline", "a vote has been scheduled for April 20": a plan made points ahead
    ("present perfect of a scheduling verb", lambda v, aux: v.lower_ in SCHEDULING and v.tag_ == "VBN"
     and bool(aux & PRESENT_HAVE), "future"),
    ("perfect", lambda v, aux: bool(aux & HAVE) and v.tag_ in ("VBN", "VBG"), "past"),
    ("past auxiliary", lambda v, aux: past_auxiliary(v), "past"),
    ("present progressive", lambda v, aux: v.tag_ == "VBG" and bool(aux & PRESENT_BE), "future"),
    # "due on Friday", "is set for June", "scheduled for Thursday"; a bare participle with no "for" or "to"
    # is an event told: "the record high set on Aug. 6"
    ("scheduling word", lambda v, aux: v.lower_ in SCHEDULING and v.tag_ != "VBD" and (
        bool(aux) or v.pos_ != "VERB" or any(c.lower_ in ("for", "to") for c in v.children)), "future"),
    ("past tense", lambda v, aux: v.tag_ == "VBD", "past"),
    ("past participle", lambda v, aux: v.tag_ == "VBN" and not aux, "past"),
    ("imperative", lambda v, aux: v.tag_ == "VB" and not aux and v.dep_ == "ROOT" and not has_subject(v), "future"),
    # "Voters go to the polls on Nov. 6", "The law takes effect in January": a scheduled event
    ("present simple", lambda v, aux: v.tag_ in ("VBZ", "VBP") and not aux and v.lemma_ not in STATIVE_OR_REPORTING,
     "present"),
]


def verb_tense(verb: Token, depth: int = 0) -> Tense:
    aux = auxiliaries(verb)
    if depth < 4:
        # a conjunct with no auxiliary of its own shares its head's: "will fly to Doha and meet him on Monday"
        if not aux and verb.dep_ == "conj" and verb.head.pos_ in VERBAL and verb.tag_ in ("VB", "VBG", "VBN"):
            return verb_tense(verb.head, depth + 1)
        governor = governing_verb(verb.head, SCHEDULING) if verb.head.i != verb.i else None
        if "to" in aux:
            # an infinitive happens after its governor: "going to visit", "plans to meet"; after a past
            # governor ("was supposed to begin", "agreed to meet") it may lie on either side of today
            words = f"to {verb.text}" if len(aux) == 1 else f"to ... {verb.text}"
            if governor is None:
                return Tense("future", f"'{words}'")
            if governor.lemma_ == "go" and governor.tag_ == "VBG":
                return Tense("future", f"'going {words}'")
            if governor.lemma_ in SAME_TIME_GOVERNORS:
                return verb_tense(governor, depth + 1)
            if verb_tense(governor, depth + 1).direction == "past":
                return Tense(None, f"'{words}' after past '{governor.text}'")
            return Tense("future", f"'{governor.text} ... {words}'")
        if verb.tag_ == "VBG" and not aux and governor is not None:
            # a participial clause takes the tense of the clause it hangs on: "Arriving on Monday, he said"
            return verb_tense(governor, depth + 1)
    for name, test, direction in TENSE_CUES:
        if test(verb, aux):
            words = " ".join(t.text for t in verb.subtree if t.i == verb.i or (
                t.head == verb and t.dep_ in ("aux", "auxpass")))
            return Tense(direction, f"{name} '{words}'")
    return Tense(None, f"'{verb.text}' gives no direction", leans_back=True)


def in_subject(token: Token, verb: Token) -> bool:
    """Is the token inside the subject of the verb?"""
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i == verb.i:
            return True
        token = token.head
    return False


def clause_tense(span: Span) -> Tense:
    if not len(span):
        return Tense(None, "no parse")
    verb = governing_verb(span.root, SCHEDULING)
    if verb is None:
        return Tense(None, "no verb governs it", leans_back=True)
    head = span.root.head
    if verb.lemma_ in RESCHEDULING and head.lower_ in FORWARD_PREPOSITIONS and head.head == verb:
        return Tense("future", f"'{verb.text} {head.text}'")
    tense = verb_tense(verb)
    if tense.direction != "past":
        return tense
    holder = head.head if head.pos_ == "ADP" and head.i != head.head.i else head
    if (holder.pos_ in NOMINAL and holder.i != verb.i and holder.lower_ not in SCHEDULING
            and not in_subject(holder, verb)):
        # "declared a dividend payable Dec. 7": a past report of a thing dated by the noun it modifies (but
        # "the attack in March killed five": the subject's event is the verb's)
        return Tense(None, f"it dates '{holder.text}', not the past '{verb.text}'", leans_back=True)
    if head.lower_ in END_PREPOSITIONS:
        # "gave them until mid-November", "extended loans through January": the end of a stretch that
        # starts with the past event may lie ahead
        return Tense(None, f"'{head.text}' ends a stretch begun by the past '{verb.text}'")
    return tense


# ------------------------------------------------------------------------------------- the finder


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    order: int  # position of the rule in the table: the earlier wins a tie
    rule: Rule
    match: re.Match


NAME_GROUPS = ("month", "weekday", "holiday")


def names_capitalised(m: re.Match) -> bool:
    """Month, weekday and holiday names are capitalised in news text ("may", "march" are verbs)."""
    return all(m.group(g)[0].isupper() for g in NAME_GROUPS if m.groupdict().get(g))


SPACE = re.compile(r"\s")


def windows(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """The stretches of text around triggers, merged, with the trigger kinds in each; a stretch ends at
    a space so that no word is cut."""
    merged: list[tuple[int, int, frozenset[str]]] = []
    for m in TRIGGER_TOKENS.finditer(text):
        kinds = trigger_kinds(m.lastgroup, m.group())
        if not kinds:
            continue
        start = max(0, m.start() - TRIGGER_MARGIN)
        space = SPACE.search(text, m.end() + TRIGGER_MARGIN)
        end = space.start() if space else len(text)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), merged[-1][2] | kinds)
        else:
            merged.append((start, end, kinds))
    return merged


QUOTES = "\"'\u2018\u2019\u201c\u201d"


def quoted_title(text: str, start: int, end: int) -> bool:
    """A capitalised expression that is all of a quotation is a title: she sang "Yesterday"."""
    return (0 < start and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES
            and text[start].isupper())


@functools.lru_cache(maxsize=None)
def rules_for(kinds: frozenset[str]) -> list[tuple[int, Rule]]:
    """The rules (with their order) that need one of the trigger kinds a window holds."""
    return [(order, rule) for order, rule in enumerate(RULES) if rule.needs & kinds]


def candidates_in(text: str) -> list[Candidate]:
    found = []
    for window_start, window_end, kinds in windows(text):
        here = []
        for order, rule in rules_for(kinds):
            for m in rule.pattern.finditer(text, window_start, window_end):
                start, end = m.span("t") if "t" in rule.pattern.groupindex else m.span()
                if start < end and names_capitalised(m) and not quoted_title(text, start, end):
                    here.append(Candidate(start, end, order, rule, m))
        if here:   # false friends lie inside the window of their trigger (see FALSE_FRIENDS)
            blocked = [m.span() for p in FALSE_FRIENDS for m in p.finditer(text, window_start, window_end)]
            found += [c for c in here if not any(s < c.end and c.start < e for s, e in blocked)]
    return found


def find_timexes(doc: Doc, published: datetime.date | None) -> list[Timex]:
    """The temporal expressions of an article, sorted by start and non-overlapping."""
    text = doc_text(doc)
    chosen: list[tuple[Timex, Resolution]] = []
    for c in sorted(candidates_in(text), key=lambda c: (c.start - c.end, c.order, c.start)):
        if any(t.start < c.end and c.start < t.end for t, _ in chosen):
            continue
        resolved = resolve(c, doc, text, published)
        if resolved is not None:
            chosen.append(resolved)
    chosen.sort(key=lambda pair: pair[0].start)
    return attach_clock_times(count_from_earlier_dates(from_reporting_period(chosen, published)), doc)


def resolve(c: Candidate, doc: Doc, text: str, published: datetime.date | None) -> tuple[Timex, Resolution] | None:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    tokens = span if span is not None else doc[0:0]
    ctx = Context(published, tense=lambda: clause_tense(tokens), tokens=lambda: tokens,
                  before=text[max(0, c.start - 60):c.start])
    try:
        r = c.rule.resolve(c.match, ctx)
        anchored = ctx.anchored
    except Unanchored as u:
        r = Resolution(None, u.granularity, "relative expression, and the article has no publication date",
                       "TIME" if u.granularity == "time" else "DATE")
        anchored = False
    except (OverflowError, ValueError):   # date arithmetic past year 9999 or before year 1
        r = Resolution(None, "day", OUTSIDE_CALENDAR)
        anchored = False
    if r is None:
        return None
    if r.value and YEAR_OUTSIDE_CALENDAR.match(r.value):
        r = dataclasses.replace(r, value=None, reason=OUTSIDE_CALENDAR)
    return (Timex(c.start, c.end, text[c.start:c.end], r.type, r.value, r.granularity,
                  published.isoformat() if anchored else None, c.rule.name, r.reason), r)


OUTSIDE_CALENDAR = "falls outside the calendar of years 1-9999; left unresolved"
YEAR_OUTSIDE_CALENDAR = re.compile(r"\d{5}|0000|-")   # year 10000 on, year 0, BC


def from_reporting_period(resolved: list[tuple[Timex, Resolution]], published: datetime.date | None
                          ) -> list[tuple[Timex, Resolution]]:
    """Values of "the quarter", "a year earlier": counted from the reporting period named nearest before
    them (else first after), when the article names one; otherwise each keeps its own reading. Only a
    quarter over by publication is reported on ("expects a loss in the fourth quarter" is not); months
    and years told for results ("the first nine months") are of the year of publication."""
    if published is None:
        return resolved
    sources = [(t.start, "quarter", q) for t, r in resolved if r.reporting == "quarter"
               and (q := parse_quarter(t.value)) is not None and q < quarter_index(published)]
    sources += [(t.start, "year", published.year * 4) for t, r in resolved if r.reporting == "year"]
    if not sources:  # "sold $30 billion in the quarter, up 31% from a year earlier": "the quarter" is the one
        sources = [(t.start, "quarter", parse_quarter(t.value)) for t, r in resolved
                   if r.frame and r.frame.quarter_only and r.frame.shift == 0 and r.frame.year is None and t.value]
    sources.sort()
    out = []
    for t, r in resolved:
        fitting = [s for s in sources if s[1] == "quarter" or not (r.frame and r.frame.quarter_only)]
        if r.frame is not None and fitting:
            start, kind, index = max((s for s in fitting if s[0] < t.start), default=fitting[0])
            value = period_value(kind, index, r.frame)
            t = dataclasses.replace(t, value=value, granularity=kind, anchor=published.isoformat(),
                                    reason=f"{t.text}: from the reporting {kind} "
                                           f"{period_value(kind, index, FrameRef())}"
                                           + (f", {r.frame.shift} quarters on" if r.frame.shift else ""))
            r = dataclasses.replace(r, refer=None)
        out.append((t, r))
    return out


def period_value(kind: str, index: int, frame: FrameRef) -> str:
    """The value of a reporting period (a quarter index; a year as its first quarter) moved by a frame."""
    index += frame.shift
    if frame.year is not None:
        index = frame.year * 4 + index % 4
    return quarter_value(index) if kind == "quarter" else f"{index // 4:04d}"


NEEDED_PARTS = {"year": 1, "month": 2, "week": 3, "day": 3}  # how much of YYYY-MM-DD a unit counts from


def count_from_earlier_dates(resolved: list[tuple[Timex, Resolution]]) -> list[Timex]:
    """Values of "the next day", "that month": shifted from the latest date named before them."""
    out: list[Timex] = []
    for t, r in resolved:
        if r.refer is not None:
            unit, shift = r.refer
            base = "day" if unit in PARTS_OF_DAY else unit
            for earlier in reversed(out):
                parts = calendar_parts(earlier.value)
                if parts and all(parts[:NEEDED_PARTS[base]]):
                    try:
                        value = shifted(parts, base, shift) + (f"T{PARTS_OF_DAY[unit]}" if unit in PARTS_OF_DAY else "")
                    except (OverflowError, ValueError):
                        t = dataclasses.replace(t, reason=f"{t.text}: {OUTSIDE_CALENDAR}")
                        break
                    if YEAR_OUTSIDE_CALENDAR.match(value):
                        t = dataclasses.replace(t, reason=f"{t.text}: {OUTSIDE_CALENDAR}")
                        break
                    t = dataclasses.replace(t, value=value, anchor=earlier.value[:10],
                                            reason=f"{t.text}: counted from '{earlier.text}' ({earlier.value})")
                    break
            else:
                t = dataclasses.replace(t, reason=f"{t.text}: no earlier date in the text to count from" + (
                    f"; counted from the publication date ({t.value})" if t.value else ""))
        out.append(t)
    return out


def shifted(parts: tuple[int, int | None, int | None], unit: str, shift: int) -> str:
    year, month, day_of_month = parts
    if unit == "year":
        return f"{year + shift:04d}"
    if unit == "month":
        y, mo = add_months(year, month, shift)
        return f"{y:04d}-{mo:02d}"
    day = datetime.date(year, month, day_of_month)
    if unit == "week":
        return week_value(day + datetime.timedelta(weeks=shift))
    return (day + datetime.timedelta(days=shift)).isoformat()


def attach_clock_times(timexes: list[Timex], doc: Doc) -> list[Timex]:
    """A clock time with no day of its own takes the day named in its sentence ("Sunday night at 8 PM")."""
    def sentence_chars(t: Timex) -> tuple[int, int]:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        sent = sentence(span[0]) if span is not None and len(span) else None
        return (sent.start_char, sent.end_char) if sent is not None else (t.start, t.end)

    out = []
    for t in timexes:
        if t.rule in ("clock", "named_time") and t.value:
            s, e = sentence_chars(t)
            days = [d for d in timexes if d.start != t.start and s <= d.start < e and d.value
                    and day_of(d.value) is not None and d.rule not in ("clock", "named_time")]
            if days:
                day = min(days, key=lambda d: abs(d.start - t.start))
                t = dataclasses.replace(t, value=day.value[:10] + t.value[10:], anchor=day.value[:10],
                                        reason=f"clock time on the day of '{day.text}' in the same sentence")
        out.append(t)
    return out


# ------------------------------------------------------------------------------------------ output


def timex_record(t: Timex) -> dict:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "granularity": t.granularity, "anchor": t.anchor, "rule": t.rule, "reason": t.reason}


def to_timeml(text: str, timexes: list[Timex], published: datetime.date | None) -> str:
    """A TimeML document: the publication date as DCT and the text with its TIMEX3 tags."""
    dct = ""
    if published is not None:
        dct = (f'<TIMEX3 tid="t0" type="DATE" value="{published.isoformat()}" temporalFunction="false" '
               f'functionInDocument="CREATION_TIME">{published.isoformat()}</TIMEX3>')
    parts, pos = [], 0
    for i, t in enumerate(timexes, start=1):
        attrs = f'tid="t{i}" type="{t.type}"'
        if t.value is not None:
            attrs += f" value={quoteattr(t.value)}"
        if t.anchor is not None:
            attrs += ' temporalFunction="true"' + (' anchorTimeID="t0"' if published and
                                                   t.anchor == published.isoformat() else "")
        parts.append(escape(text[pos:t.start]))
        parts.append(f"<TIMEX3 {attrs}>{escape(t.text)}</TIMEX3>")
        pos = t.end
    parts.append(escape(text[pos:]))
    return ('<?xml version="1.0" ?>\n<TimeML>\n'
            f"<DCT>{dct}</DCT>\n<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n")

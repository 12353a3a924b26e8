"""When an event happened: a date in its own clause, else in the sentence before about the same
actors and the same kind of event, else the publication date (values are read in loaders/timex_values)."""
from __future__ import annotations

from dataclasses import dataclass

from dateline.graph.article import ParsedArticle
from dateline.graph.coref import PERSON_PRONOUNS, focus_before
from dateline.graph.schema import HELD
from dateline.graph.syntax import NOUN_MODIFIER_DEPS, attached, clause_tokens, modifies_other_noun, opens_coordination
from dateline.loaders.timex_values import day_of, day_part
from dateline.nlp import sentence, sentence_bounds, sentence_number, sentence_span

DATE_TYPES = {"DATE", "TIME"}


@dataclass
class EventDate:
    value: str | None
    granularity: str | None
    basis: str


def clause_date(art: ParsedArticle, path: set[int], exclude: set[int] = frozenset()) -> EventDate | None:
    """The first date of the sentence that belongs to the clause made of `path` (tokens in `exclude`,
    such as a quotation, do not count); a date that names another thing of the clause ("the 2010
    conference") only when the clause has no date of its own."""
    sent = sentence(art.doc[min(path)])
    naming: EventDate | None = None
    for tx in art.timexes:
        if tx.type not in DATE_TYPES or tx.value is None or not (sent.start_char <= tx.start < sent.end_char):
            continue
        if tx.value == "PRESENT_REF":   # "on sale now": no day of its own, the story's is better
            continue
        span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if (span is None or any(t.i in exclude for t in span)
                or not (attached(span.root, path) or opens_coordination(span.root, path))):
            continue
        date = EventDate(day_part(tx.value), tx.granularity, f'"{tx.text}" in the same clause: {tx.reason}')
        if not modifies_other_noun(span.root, path):
            return date
        naming = naming or date
    return naming


def previous_sentence_date(art: ParsedArticle, sent_start: int, actors: set[int], event_words: set[str]) -> EventDate | None:
    """The date of the sentence before, when that sentence tells the same kind of event (its date
    hangs off one of `event_words`: "in an interview ... on Sunday") about one of the same actors."""
    idx = sentence_number(art.doc, sent_start)
    if not idx:
        return None
    prev = sentence_span(art.doc, idx - 1)
    if not any(art.token_actor.get(t.i) in actors for t in prev) and not any(
            t.lower_ in PERSON_PRONOUNS and focus_before(art, t.idx) in actors for t in prev):
        return None
    for tx in art.timexes:
        if tx.type in DATE_TYPES and tx.value and prev.start_char <= tx.start < prev.end_char:
            span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and any(t.lemma_ in event_words or t.lower_ in event_words
                                        for t in clause_tokens(span.root)):
                return EventDate(day_part(tx.value), tx.granularity, f'"{tx.text}" in the sentence before: {tx.reason}')
    return None


NO_DATE = "no date in the text"
LEAD_SENTENCES = 3   # the title, a date line, the lead: where news tells its occasion and its date


def lead_dates(art: ParsedArticle, mentions: list, actors_of) -> None:
    """News tells the date of its occasion once, in the lead ("Yesterday, at WWDC, Jobs unveiled
    iPhone 4"); what the same actors are told to do or say later with no date of their own happened
    then, and so did what anyone else does or says undated, when the lead's day is the story's (at
    most OCCASION_DAYS before publication: "Apple announced Friday ... Jobs said") and the text tells
    nothing of the publication day itself. `mentions` (statements and events) in text order, `actors_of(m)` the actors of one.
    Dates in place; only a date the lead's text gives is carried, and only to held events."""
    lead_end = sentence_span(art.doc, min(LEAD_SENTENCES, len(sentence_bounds(art.doc)[0])) - 1).end_char
    occasion: dict[int, EventDate] = {}
    story: EventDate | None = None   # the story's own day: what anyone says or does later, undated, was then
    tells_today = tells_publication_day(art, lead_end)
    for m in mentions:
        if m.evidence.start < lead_end:
            if not m.date.basis.startswith(NO_DATE) and m.date.value is not None:
                for a in actors_of(m):
                    occasion.setdefault(a, m.date)
                if story is None and not tells_today and days_before_publication(art, m.date) in range(OCCASION_DAYS + 1):
                    story = m.date
        elif m.date.basis.startswith(NO_DATE) and getattr(m, "status", HELD) == HELD:
            dated = [occasion[a] for a in actors_of(m) if a in occasion] or ([story] if story else [])
            if dated:
                m.date = EventDate(dated[0].value, dated[0].granularity, f"the occasion the lead dates: {dated[0].basis}")


def occasion_dates(art: ParsedArticle, mentions: list) -> None:
    """An occasion dated once ("a Wednesday media event", "the summit on Monday") dates what a later
    sentence places at it ("Jobs unveiled the products at the event"): an undated held mention
    whose sentence, outside what was said, has that noun with a definite article or a possessive
    and no adjective of its own ("the next event" is another) as the object of at, during or in.
    Only days: a year or a month names a period, not an occasion. Dates in place."""
    occasions: list[tuple[int, str, EventDate]] = []   # (offset, noun lemma, date), in text order
    for tx in art.timexes:
        if tx.type in DATE_TYPES and tx.value and tx.granularity == "day":
            span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            noun = span and occasion_noun(span.root)
            if noun is not None:
                date = EventDate(day_part(tx.value), tx.granularity, f'"{tx.text}" of the {noun.text} told before: {tx.reason}')
                occasions.append((tx.start, noun.lemma_.lower(), date))
    if not occasions:
        return
    for m in mentions:
        if not m.date.basis.startswith(NO_DATE) or getattr(m, "status", HELD) != HELD:
            continue
        said = range(getattr(m, "start", 0), getattr(m, "end", 0))
        sent = art.doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand") or ()
        places = {t.lemma_.lower() for t in sent if t.idx not in said and placed_at(t)}
        dated = [date for start, lemma, date in occasions if start < m.evidence.start and lemma in places]
        if dated:
            m.date = dated[-1]


def occasion_noun(date_root):
    """The noun a date says the day of: "a Wednesday media event", "Monday's summit", "the talks on Friday"."""
    head = date_root.head
    if date_root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif date_root.dep_ not in NOUN_MODIFIER_DEPS | {"npadvmod"}:
        return None
    return head if head.pos_ == "NOUN" and head.i != date_root.i else None


def placed_at(tok) -> bool:
    """Is `tok` the occasion a clause is placed at: "at / during / in the event", "at his keynote"?"""
    return (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in OCCASION_PREPOSITIONS
            and any(c.dep_ == "poss" or c.lower_ == "the" for c in tok.children)
            and not any(c.dep_ == "amod" for c in tok.children))


OCCASION_PREPOSITIONS = {"at", "during", "in"}
OCCASION_DAYS = 7   # a lead's day this close before publication is the story's occasion ("announced Friday")


def tells_publication_day(art: ParsedArticle, after: int) -> bool:
    """Does the text after the lead tell something of the publication day itself ("on Sunday", "today")?
    Then the story runs over several days, and an undated report is of the day it was published."""
    return any(tx.start >= after and tx.type in DATE_TYPES and tx.value and day_part(tx.value) == art.published
               for tx in art.timexes)


def days_before_publication(art: ParsedArticle, date: EventDate) -> int | None:
    day = day_of(date.value)
    published = day_of(art.published) if art.published else None
    return (published - day).days if day is not None and published is not None else None


def publication_date(art: ParsedArticle) -> EventDate:
    if art.published:
        return EventDate(art.published, "day", f"{NO_DATE}: the publication date")
    return EventDate(None, None, f"{NO_DATE} and no publication date")


def after_publication(art: ParsedArticle, date: EventDate | None) -> bool:
    """A day later than the article's own: what is told of it can only be planned."""
    day = day_of(date.value) if date is not None else None
    return day is not None and art.published is not None and day.isoformat() > art.published

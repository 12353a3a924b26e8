"""One event per real event in an article: mentions of the same event within one article merged,
and mentions with no date of their own dated from the one they belong to."""
from __future__ import annotations

from dateline.graph.article import ParsedArticle
from dateline.graph.dating import EventDate, previous_sentence_date, publication_date
from dateline.graph.events import EventMention
from dateline.graph.schema import PARTICIPANT
from dateline.loaders.timex_values import may_be_same_day
from dateline.nlp import sentence


def merge_meetings(art: ParsedArticle, found: list[EventMention], meeting_words: set[str]) -> list[EventMention]:
    """One meeting per real meeting in the article.

    Mentions with the same date whose participants contain one another are one meeting; a
    mention with no date of its own takes the date of the one dated meeting it fits, else of the
    sentence before when that is about the same people, else the publication date. A mention
    with a single participant only adds to a meeting it fits on its own date.
    """
    found = [m for m in found if m.date is not None or len(m.participants) >= 2]
    dated = [m for m in found if m.date is not None and len(m.participants) >= 2]
    for m in found:
        if m.date is not None:
            continue
        fits_dates = {d.date.value for d in dated if _fits(m, d)}
        if len(fits_dates) == 1:
            d = next(d for d in dated if _fits(m, d))
            m.date = EventDate(d.date.value, d.date.granularity, f"the same meeting told earlier in the article: {d.date.basis}")
        else:
            sent = art.doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
            prev = (previous_sentence_date(art, sentence(sent[0]).start, set(m.participants), meeting_words)
                    if sent is not None else None)
            m.date = prev or publication_date(art)
    merged: list[EventMention] = []
    for m in sorted(found, key=lambda m: -len(m.participants)):
        targets = [t for t in merged if may_be_same_day(t.date.value, m.date.value) and _fits(m, t)]
        if len(targets) != 1:
            if len(m.participants) >= 2 and not targets:
                merged.append(m)
            continue
        target = targets[0]
        if len(m.date.value or "") > len(target.date.value or ""):
            target.date = m.date   # the more precise date of the two
        for p in m.participants:
            if p not in target.participants:
                target.actors[PARTICIPANT].append(p)
        target.place = target.place or m.place
        target.told.extend([m.evidence, *m.told])
        if m.evidence.start < target.evidence.start and len(m.participants) >= 2:
            target.told.append(target.evidence)
            target.evidence, target.trigger, target.word = m.evidence, m.trigger, m.word
        target.told = sorted({e.start: e for e in target.told if e.start != target.evidence.start}.values(),
                             key=lambda e: e.start)
    return sorted(merged, key=lambda m: m.evidence.start)


def _fits(small: EventMention, big: EventMention) -> bool:
    a, b = set(small.participants), set(big.participants)
    if len(a) == 1 or len(b) == 1:
        return a <= b or b <= a
    return len(a & b) >= 2 and (a <= b or b <= a)


def merge_same_sentence(found: list[EventMention]) -> list[EventMention]:
    """Mentions of one kind in one sentence with the same date and status are one event ("the
    attack ... killed 12"): their actors, place, count and reporters are joined on the first."""
    merged: list[EventMention] = []
    for m in sorted(found, key=lambda m: m.trigger):
        target = next((t for t in merged if t.kind == m.kind and t.evidence.start == m.evidence.start
                       and t.date.value == m.date.value and t.status == m.status), None)
        if target is None:
            merged.append(m)
            continue
        for role, actors in m.actors.items():
            target.actors.setdefault(role, []).extend(a for a in actors if a not in target.actors[role])
        target.place = target.place or m.place
        target.count = target.count if target.count is not None else m.count
        target.counted = target.counted or m.counted
        target.reporters.extend(r for r in m.reporters if r not in target.reporters)
    return merged

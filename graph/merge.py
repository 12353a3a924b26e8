"""Across articles: one node per event, with an edge to every article that reports it.

Each kind merges its mentions by its registry rule (``schema.MERGE_RULES``): meetings by their
participants, statements by their words, every other kind by its actors or place.
"""
from __future__ import annotations

import datetime
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
from spacy.lang.en.stop_words import STOP_WORDS

from dateline.graph.attribution_tables import NEGATIONS
from dateline.graph.dating import NO_DATE
from dateline.graph.events import EventMention
from dateline.graph.extract import ArticleFacts
from dateline.graph.finders.statement import UnnamedSource
from dateline.graph.ids import article_id, digest, place_id
from dateline.graph.schema import (
    ACTOR, ADDRESSED_TO, ARTICLE_KEY, BY_ACTORS_OR_PLACE, BY_PARTICIPANTS, BY_WORDS, DENIED, END, HELD, HELD_IN,
    HYPOTHETICAL, KIND, LOCATION, MENTIONED_IN, PARTICIPANT, PARTICIPATED_IN, PLANNED, REPORTED_BY, REPORTED_IN,
    ROLE_ATTRIBUTE, ROLES, SAID, SENTENCE, SENTENCE_STARTS, SENTENCES, SOURCE, SPEAKS_FOR, START, TARGET, EventKind,
    event_kinds, plover_of)
from dateline.loaders.timex_values import may_be_same_day, span
from dateline.nlp import QUOTE_CHARACTERS

# A report of a planned event and one of it held are the same event; other statuses merge only alike.
STATUS_ORDER = (HELD, PLANNED, HYPOTHETICAL, DENIED)


def add_events(g: nx.MultiDiGraph, facts: list[ArticleFacts], actor_of: dict) -> None:
    """Every kind's mentions, merged by the kind's rule, as event nodes with their edges."""
    for kind in event_kinds():
        reports = [(f, m) for f in facts for m in f.events.get(kind.name, [])]
        MERGERS[kind.merge](g, kind, reports, actor_of)


def _evidence(m) -> dict:
    e = m.evidence
    ev = {ARTICLE_KEY: e.article, SENTENCE: e.sentence, START: e.start, END: e.end}
    if getattr(m, "trigger", None) is not None:
        ev["trigger_start"], ev["trigger_end"] = m.trigger
    return ev


def _report_edges(g: nx.MultiDiGraph, node: str, reports: list) -> None:
    """One REPORTED_IN edge per article, with the evidence of its first report, and, when the article
    tells the event in several sentences, every one of them."""
    told: dict[str, dict[int, str]] = defaultdict(dict)
    for f, m in reports:
        for e in (m.evidence, *getattr(m, "told", ())):
            told[f.key][e.start] = e.sentence
        if not g.has_edge(node, article_id(f.key), key=REPORTED_IN):
            g.add_edge(node, article_id(f.key), key=REPORTED_IN, type=REPORTED_IN, **_evidence(m))
    for key, sentences in told.items():
        if len(sentences) > 1:
            g.edges[node, article_id(key), REPORTED_IN].update(
                {SENTENCES: [sentences[s] for s in sorted(sentences)], SENTENCE_STARTS: sorted(sentences)})


def _place_edge(g: nx.MultiDiGraph, node: str, place: str | None) -> None:
    if place:
        place_node = place_id(g, place)   # the location actor's node when there is one
        if place_node not in g:
            g.add_node(place_node, id=place_node, label=ACTOR, name=place, **{KIND: LOCATION}, aliases=[place])
        g.add_edge(node, place_node, key=HELD_IN, type=HELD_IN)


# ---------------------------------------------------------------- meetings

def add_meetings(g: nx.MultiDiGraph, kind: EventKind, reports: list, actor_of: dict) -> None:
    """A meeting told by several articles (same date, one's participants within the other's) is one node."""
    mentions = []
    for f, m in reports:
        people = sorted({actor_of[(f.key, p)] for p in m.participants})
        mentions.append((f, m, people))
    mentions.sort(key=lambda x: (x[1].date.value or "", -len(x[2]), x[0].key, x[1].evidence.start))
    meetings: list[dict] = []
    # (year, actor, actor) -> meetings: two meetings can be one only if they share a pair of people
    by_pair: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for f, m, people in mentions:
        target = None
        if m.date.value is not None:
            a = set(people)
            target = next((cand for x, y in combinations(people, 2) for cand in by_pair[(m.date.value[:4], x, y)]
                           if may_be_same_day(cand["date"], m.date.value) and (a <= cand["people"] or cand["people"] <= a)
                           and statuses_agree(cand["statuses"] | {m.status}) and told_in_time(cand, f, m)), None)
        if target is None and is_fallback(m.date):
            target = fallback_target(m.date.value, set(people), m.status, by_pair)
        if target is None:
            target = {"date": m.date.value, "people": set(), "reports": [], "count": Counter(), "statuses": set(),
                      "told_by": None}
            meetings.append(target)
        elif refines(m.date, target):
            target["date"] = m.date.value
        note_told_by(target, f, m)
        if m.date.value is not None:
            for x, y in combinations(sorted(target["people"] | set(people)), 2):
                if not (x in target["people"] and y in target["people"]):
                    by_pair[(m.date.value[:4], x, y)].append(target)
        target["people"].update(people)
        target["statuses"].add(m.status)
        target["count"].update(people)
        target["reports"].append((f, m, set(people)))
    for mt in meetings:
        add_meeting_node(g, kind, mt)


FALLBACK_DAYS = 7   # a report dated only by its publication day can tell a meeting held up to a week before


def is_fallback(date) -> bool:
    """Is an event's date only its article's publication day (no date in the text)?"""
    return date.basis.startswith(NO_DATE)


def refines(date, group: dict) -> bool:
    """Does a report's date make its group's more precise: a date the text gives, finer than the
    group's or the first the text gives? A publication day never does: it bounds the day, it does
    not tell it (one report dated by it, one by "2010", stays "2010")."""
    return not is_fallback(date) and date.value is not None and (
        len(date.value) > len(group["date"] or "") or all(is_fallback(r[1].date) for r in group["reports"]))


def fallback_target(published: str | None, people: set[str], status: str, by_pair: dict) -> dict | None:
    """ "Annan met Assad" in an article of Monday, beside "Annan met Assad on Saturday" elsewhere:
    the one meeting of the same people dated in the week before the publication day, if there is
    exactly one (two candidates, and the report joins neither: a false merge is worse than none)."""
    day = _day(published)
    if day is None:
        return None
    found = {id(c): c for x, y in combinations(sorted(people), 2) for c in by_pair[(published[:4], x, y)]
             if (people <= c["people"] or c["people"] <= people) and _day(c["date"]) is not None
             and 0 <= (day - _day(c["date"])).days <= FALLBACK_DAYS and statuses_agree(c["statuses"] | {status})
             and not all(is_fallback(r[1].date) for r in c["reports"])}
    return next(iter(found.values())) if len(found) == 1 else None


def _day(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def add_meeting_node(g: nx.MultiDiGraph, kind: EventKind, mt: dict) -> None:
    first_f, first_m, _ = next(r for r in mt["reports"] if r[1].date.value == mt["date"])
    principals = sorted(mt["people"], key=lambda p: (-mt["count"][p], p))[:2]
    status = merged_status(m.status for _, m, _ in mt["reports"])
    # a meeting denied or only supposed is another node than the one held (or planned) that day
    scope = [mt["date"] or f"undated:{first_f.key}", *([status] if status in (DENIED, HYPOTHETICAL) else [])]
    node = f"meeting:{mt['date'] or 'undated'}:{digest(*scope, *sorted(principals))}"
    if node in g:   # the same people again that day, in reports no merge joined: told apart by the first
        node = f"meeting:{mt['date'] or 'undated'}:{digest(*scope, first_f.key, str(first_m.evidence.start))}"
    names = sorted(g.nodes[p]["name"] for p in mt["people"])
    place = next((m.place for _, m, _ in mt["reports"] if m.place), None)
    g.add_node(node, id=node, label=kind.label, kind=kind.name, plover=plover_of(kind.plover, status),
               name="Meeting: " + ", ".join(names), date=mt["date"],
               granularity=first_m.date.granularity, date_basis=first_m.date.basis,
               status=status, place=place, participants=names)
    _report_edges(g, node, [(f, m) for f, m, _ in mt["reports"]])
    for p in sorted(mt["people"]):
        m = next(m for _, m, people in mt["reports"] if p in people)
        g.add_edge(p, node, key=PARTICIPATED_IN, type=PARTICIPATED_IN, role=PARTICIPANT, **_evidence(m))
    _place_edge(g, node, place)


def statuses_agree(statuses: set[str]) -> bool:
    """Reports can be of one event when told alike, or planned in one and held in another; never a
    denial beside a report of it held."""
    return len(statuses) == 1 or statuses == {HELD, PLANNED}


def merged_status(statuses) -> str:
    """Held if any report tells it held, else planned, hypothetical, denied in that order."""
    found = set(statuses)
    return next(s for s in STATUS_ORDER if s in found)


# ---------------------------------------------------------------- statements

def norm_text(text: str) -> str:
    text = re.sub(f"[{re.escape(QUOTE_CHARACTERS)}]+", " ", text).lower()
    return re.sub(r"\s+", " ", text.replace(" n't", "n't").replace(" 's", "'s")).strip(" .,;:")


def add_statements(g: nx.MultiDiGraph, kind: EventKind, reports: list, actor_of: dict) -> None:
    """The same words from the same speaker, in one article or several, are one statement; so are
    paraphrases of one speaker on one day in different articles (``Gist.same_as``)."""
    groups: list[dict] = []
    index = StatementIndex()
    paraphrases: dict[str, list[tuple[dict, Gist]]] = defaultdict(list)   # speaker -> groups and their gists
    for f, s in reports:
        speaker = actor_of[(f.key, s.speaker)] if s.speaker is not None else unnamed_node(g, f, s.source, actor_of)
        text = norm_text(s.text)
        gist = Gist.of(text, s.date)
        target = index.find(speaker, text)
        if target is None:
            target = next((gr for gr, seen in paraphrases[speaker]
                           if f.key not in gr["articles"] and gist.same_as(seen)), None)
            if target is None:
                target = {"speaker": speaker, "norm": text, "reports": [], "articles": set()}
                groups.append(target)
        elif len(text) < len(target["norm"]):
            target["norm"] = text
        index.add(speaker, text, target)
        paraphrases[speaker].append((target, gist))
        target["reports"].append((f, s))
        target["articles"].add(f.key)
    for gr in groups:
        f0, s0 = max(gr["reports"], key=lambda r: (len(r[1].text), r[0].key))
        dated = min(gr["reports"], key=lambda r: statement_date_rank(r[1]))[1].date
        node = f"statement:{digest(gr['speaker'], gr['norm'])}"
        addressee = next((actor_of[(f.key, s.addressee)] for f, s in gr["reports"] if s.addressee is not None), None)
        g.add_node(node, id=node, label=kind.label, kind=kind.name, name=_short(s0.text), text=s0.text, quote=s0.quote,
                   speaker=g.nodes[gr["speaker"]]["name"],
                   addressee=g.nodes[addressee]["name"] if addressee else None,
                   date=dated.value, granularity=dated.granularity, date_basis=dated.basis)
        g.add_edge(gr["speaker"], node, key=SAID, type=SAID, **_evidence(s0))
        if addressee:
            g.add_edge(node, addressee, key=ADDRESSED_TO, type=ADDRESSED_TO)
        _report_edges(g, node, gr["reports"])


def unnamed_node(g: nx.MultiDiGraph, f: ArticleFacts, source: UnnamedSource, actor_of: dict) -> str:
    """An unnamed source is one node per article and description ("a spokesman" in two articles
    need not be one person), linked to the organisation it speaks for when the text names it."""
    node = f"actor:unnamed-{digest(f.key, source.description.lower())}"
    if node not in g:
        g.add_node(node, id=node, label=ACTOR, name=source.description, kind=source.kind, unnamed=True,
                   aliases=sorted({source.description, source.head}), roles=[],
                   identity=[f"an unnamed source of article {f.key}: one node per article and description"],
                   mentions=1)
        g.add_edge(node, article_id(f.key), key=MENTIONED_IN, type=MENTIONED_IN, count=1)
        organisation = actor_of.get((f.key, source.speaks_for)) if source.speaks_for is not None else None
        if organisation is not None:
            g.add_edge(node, organisation, key=SPEAKS_FOR, type=SPEAKS_FOR)
    return node


def statement_date_rank(s) -> tuple:
    """Which report dates a statement: one that says when it was said, else the earliest."""
    return (is_fallback(s.date), s.date.value is None, s.date.value or "")


PARAPHRASE_DICE = 0.6    # content words two reports of one statement share, as a Dice coefficient
PARAPHRASE_SHARED = 2    # and at least this many: "talks" alone makes no statement the same


@dataclass(frozen=True)
class Gist:
    """What a statement says, for telling paraphrases of it apart: its content words (stemmed),
    whether it is negated, and its date."""
    words: frozenset[str]
    negated: bool
    date: str | None
    fallback: bool

    @classmethod
    def of(cls, text: str, date) -> "Gist":
        tokens = re.findall(r"[a-z][a-z'-]+", text)
        words = frozenset(_stem(t) for t in tokens if t not in STOP_WORDS and t not in NEGATIONS and len(t) > 2)
        return cls(words, any(t in NEGATIONS or t.endswith("n't") for t in tokens), date.value, is_fallback(date))

    def same_as(self, other: "Gist") -> bool:
        """Said by one speaker (the caller's), on one day, with the same polarity, in content words
        that agree: "said the talks were constructive" / "called the talks constructive and good"."""
        shared = len(self.words & other.words)
        if shared < PARAPHRASE_SHARED or self.negated != other.negated:
            return False
        return 2 * shared / (len(self.words) + len(other.words)) >= PARAPHRASE_DICE and self.same_day(other)

    def same_day(self, other: "Gist") -> bool:
        """Dates that can be one day; a report dated only by its publication day can tell words said
        up to FALLBACK_DAYS before it."""
        if may_be_same_day(self.date, other.date):
            return True
        for late, early in ((self, other), (other, self)):
            a, b = _day(late.date), _day(early.date)
            if late.fallback and a is not None and b is not None and 0 <= (a - b).days <= FALLBACK_DAYS:
                return True
        return False


@functools.lru_cache(maxsize=1 << 16)   # a corpus's statements share most of their words
def _stem(word: str) -> str:
    """A crude stem, enough to meet "talks"/"talk", "constructive"/"constructively", "said"/"says"."""
    for suffix in ("ingly", "edly", "ing", "ly", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


QUOTED_WORDS = 6   # the fewest words that, found inside a longer text of the same speaker, make one statement


class StatementIndex:
    """Texts already seen per speaker, found by exact text or by runs of QUOTED_WORDS words, so that
    "the same words" (one text equal to or inside the other) is found without comparing all pairs."""

    def __init__(self):
        self.exact: dict[tuple[str, str], dict] = {}
        self.starts: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)   # first run of words
        self.runs: dict[tuple, list[tuple[dict, str]]] = defaultdict(list)     # every run of words

    def find(self, speaker: str, text: str) -> dict | None:
        if (speaker, text) in self.exact:
            return self.exact[(speaker, text)]
        words = text.split()
        if len(words) < QUOTED_WORDS:
            return None
        candidates = list(self.runs.get((speaker, *words[:QUOTED_WORDS]), ()))   # texts that hold this one
        for run in _runs(words):
            candidates.extend(self.starts.get((speaker, *run), ()))               # texts this one holds
        return next((group for group, seen in candidates if _same_words(text, seen)), None)

    def add(self, speaker: str, text: str, group: dict) -> None:
        if (speaker, text) in self.exact:
            return
        self.exact[(speaker, text)] = group
        words = text.split()
        if len(words) >= QUOTED_WORDS:
            self.starts[(speaker, *words[:QUOTED_WORDS])].append((group, text))
            for run in _runs(words):
                self.runs[(speaker, *run)].append((group, text))


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + QUOTED_WORDS]) for i in range(len(words) - QUOTED_WORDS + 1)]


def _same_words(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= QUOTED_WORDS and short in long_


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + "…"


# ---------------------------------------------------------------- every other kind

def add_actions(g: nx.MultiDiGraph, kind: EventKind, reports: list, actor_of: dict) -> None:
    """The same event told by several articles is one node: same kind, dates that can be one day,
    statuses alike (or planned and then held), no two places named, and a shared actor (the same
    place when neither names actors). Mentions of one article in different sentences stay apart:
    the in-article merge has joined those that are one."""
    mentions = []
    for f, m in reports:
        roles = {role: [actor_of[(f.key, a)] for a in m.actors.get(role, [])] for role in ROLES}
        roles[REPORTED_BY] = [actor_of[(f.key, a)] for a in m.reporters]
        mentions.append((f, m, roles))
    mentions.sort(key=lambda x: (x[1].date.value or "", x[0].key, x[1].trigger))
    groups: list[dict] = []
    by_key: dict[tuple[str, str], list[dict]] = defaultdict(list)   # (year, actor or place) -> groups
    for f, m, roles in mentions:
        people = {a for role in ROLES for a in roles[role]}
        keys = sorted(people) if people else ([f"place:{m.place}"] if m.place else [])
        year = (m.date.value or "")[:4]
        target = next((gr for k in keys for gr in by_key[(year, k)] if _joins(gr, f, m, roles)), None)
        if target is None:
            target = {"date": m.date.value, "place": m.place, "statuses": set(), "reports": [], "articles": set(),
                      "roles": defaultdict(list), "told_by": None}
            groups.append(target)
        elif refines(m.date, target):
            target["date"] = m.date.value
        note_told_by(target, f, m)
        target["place"] = target["place"] or m.place
        target["statuses"].add(m.status)
        target["articles"].add(f.key)
        target["reports"].append((f, m, roles))
        for role, actors in roles.items():   # and who reported it
            target["roles"][role].extend(a for a in actors if a not in target["roles"][role])
        if m.date.value is not None:
            for k in keys:
                by_key[(year, k)].append(target)
    taken: set[str] = set()
    for gr in groups:
        add_action_node(g, kind, gr, taken)


def told_in_time(group: dict, f: ArticleFacts, m) -> bool:
    """An event told as held by an article happened by the day it was published, whatever date the
    article gives it: can a mention's date and the group's both be on or before every such day? (A
    publication day standing for a date is such a bound itself, not a day.)"""
    return ((is_fallback(m.date) or may_be_by(m.date.value, group["told_by"]))
            and (m.status != HELD or may_be_by(group["date"], f.meta.get("published"))))


def note_told_by(group: dict, f: ArticleFacts, m) -> None:
    if m.status == HELD and f.meta.get("published"):
        group["told_by"] = min(filter(None, (group["told_by"], f.meta["published"])))


def may_be_by(value: str | None, day: str | None) -> bool:
    """Can a date's first day be on or before `day`?"""
    first = span(value)
    return day is None or first is None or first.first.isoformat() <= day


def _joins(group: dict, f: ArticleFacts, m: EventMention, roles: dict[str, list[str]]) -> bool:
    """Can a mention be the event of a group: another article, a date that can be the same day and
    is no later than the day any article told it held, a status alike (or planned, then held), no
    other place, and no side that has other actors only
    (the US rejecting a plan is not the US offer another rejected)."""
    statuses = group["statuses"] | {m.status}
    return (f.key not in group["articles"] and may_be_same_day(group["date"], m.date.value)
            and told_in_time(group, f, m)
            and statuses_agree(statuses)
            and not (group["place"] and m.place and group["place"] != m.place)
            and all(not (group["roles"][side] and roles[side]) or set(group["roles"][side]) & set(roles[side])
                    for side in (SOURCE, TARGET)))


def add_action_node(g: nx.MultiDiGraph, kind: EventKind, gr: dict, taken: set[str]) -> None:
    f0, m0, _ = next(r for r in gr["reports"] if r[1].date.value == gr["date"])
    roles = {role: [a for a in gr["roles"][role]] for role in ROLES}
    everyone = list(dict.fromkeys(a for role in ROLES for a in roles[role]))
    principals = sorted(everyone)[:3] or [gr["place"] or f"{f0.key}:{m0.trigger[0]}"]
    node = f"{kind.name}:{gr['date'] or 'undated'}:{digest(gr['date'] or f0.key, *principals)}"
    if node in taken:   # the same actors again, told in another sentence: told apart by where
        node = f"{kind.name}:{gr['date'] or 'undated'}:{digest(gr['date'] or '', f0.key, str(m0.trigger[0]))}"
    taken.add(node)
    status = merged_status(gr["statuses"])
    names = {role: sorted(g.nodes[a]["name"] for a in roles[role]) for role in ROLES}
    count = next((m.count for _, m, _ in gr["reports"] if m.count is not None), None)
    counted = next((m.counted for _, m, _ in gr["reports"] if m.count is not None), None)
    who = ", ".join(names["source"] or names["participant"]) or gr["place"] or m0.word
    g.add_node(node, id=node, label=kind.label, kind=kind.name, plover=plover_of(kind.plover, status),
               name=f"{kind.label}: {who}", date=gr["date"], granularity=m0.date.granularity,
               date_basis=m0.date.basis, status=status, place=gr["place"],
               **{ROLE_ATTRIBUTE[role]: names[role] for role in ROLES},
               reporters=sorted(g.nodes[a]["name"] for a in gr["roles"][REPORTED_BY]),
               count=count, counted=counted)
    _report_edges(g, node, [(f, m) for f, m, _ in gr["reports"]])
    for role in ROLES:
        for a in roles[role]:
            if g.has_edge(a, node, key=PARTICIPATED_IN):
                continue   # one edge per actor: its first role
            m = next(m for _, m, r in gr["reports"] if a in r[role])
            g.add_edge(a, node, key=PARTICIPATED_IN, type=PARTICIPATED_IN, role=role, **_evidence(m))
    for _, m, r in gr["reports"]:
        for a in r[REPORTED_BY]:
            if not g.has_edge(node, a, key=REPORTED_BY):
                g.add_edge(node, a, key=REPORTED_BY, type=REPORTED_BY, **_evidence(m))
    _place_edge(g, node, gr["place"])


MERGERS = {BY_PARTICIPANTS: add_meetings, BY_WORDS: add_statements, BY_ACTORS_OR_PLACE: add_actions}

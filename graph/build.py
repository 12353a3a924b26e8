"""Across articles: one node per actor, meeting and statement, with an edge to every reporting article.

Ids are derived from content (names, dates, words said), never from the order articles come
in, so the same corpus always gives the same ids and adding an article keeps the old ones.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from itertools import combinations
from dataclasses import asdict

import networkx as nx

from dateline.graph.actors import LocalActor, initials, is_acronym, org_key, person_tokens, persons_compatible
from dateline.graph.events import Evidence, same_time
from dateline.graph.extract import ArticleFacts

KIND_PRECEDENCE = ["person", "organization", "location", "group"]


def slug(text: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]


def norm_text(text: str) -> str:
    text = re.sub(r"[`'\"\u2018\u2019\u201c\u201d]+", " ", text).lower()
    return re.sub(r"\s+", " ", text.replace(" n't", "n't").replace(" 's", "'s")).strip(" .,;:")


# ---------------------------------------------------------------- actors

class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def corpus_actors(facts: list[ArticleFacts]) -> dict[tuple[str, int], str]:
    """Map (article key, local actor index) -> corpus actor group name, by names alone.

    People with full names are one person when their names are compatible (never when the first
    names differ); a surname alone joins the one full name it fits in the corpus. Others are one
    actor when they share a name form, or one is the acronym of the other.
    """
    uf = _UnionFind()
    full_names: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)   # surname -> (tokens, group)
    singles: list[tuple[str, tuple[str, ...]]] = []
    for f in facts:
        for i, a in enumerate(f.actors):
            ref = f"a:{f.key}:{i}"
            if a.kind == "person":
                toks = person_tokens(a.name)
                if len(toks) >= 2:
                    match = next((g for t, g in full_names[toks[-1]] if persons_compatible(toks, t)), None)
                    if match is None:
                        match = "p:" + " ".join(toks)
                        full_names[toks[-1]].append((toks, match))
                    uf.union(ref, match)
                else:
                    singles.append((ref, toks))
            else:
                for alias in sorted(a.aliases | {a.name}):
                    uf.union(ref, "o:" + org_key(alias))
    for ref, toks in singles:
        fits = {uf.find(g) for t, g in full_names[toks[-1]] if persons_compatible(toks, t)} if toks else set()
        uf.union(ref, fits.pop() if len(fits) == 1 else "p:" + " ".join(toks))
    org_keys = [k for k in list(uf.parent) if k.startswith("o:")]
    by_initials = defaultdict(set)
    for k in org_keys:
        ini = initials(k[2:])
        if ini:
            by_initials[ini].add(uf.find(k))
    for k in org_keys:
        full = by_initials.get(k[2:], set()) - {uf.find(k)}
        if is_acronym(k[2:].upper()) and len(full) == 1:
            uf.union(k, full.pop())
    return {(f.key, i): uf.find(f"a:{f.key}:{i}") for f in facts for i in range(len(f.actors))}


def canonical_name(kind: str, names: set[str]) -> str:
    if kind == "person":
        return max(names, key=lambda n: (len(person_tokens(n)), len(n), n))
    plain = [n for n in names if not is_acronym(n)] or list(names)
    return max(plain, key=lambda n: (len(n), n))


# ---------------------------------------------------------------- the graph

def build_graph(facts: list[ArticleFacts]) -> nx.MultiDiGraph:
    facts = sorted(facts, key=lambda f: f.key)
    g = nx.MultiDiGraph(name="dateline")
    for f in facts:
        g.add_node(article_id(f.key), id=article_id(f.key), label="Article", **f.meta)
    actor_of = add_actors(g, facts)
    add_meetings(g, facts, actor_of)
    add_statements(g, facts, actor_of)
    return g


def article_id(key: str) -> str:
    return f"article:{key}"


def add_actors(g: nx.MultiDiGraph, facts: list[ArticleFacts]) -> dict[tuple[str, int], str]:
    group_of = corpus_actors(facts)
    members: dict[str, list[tuple[ArticleFacts, int]]] = defaultdict(list)
    for f in facts:
        for i in range(len(f.actors)):
            members[group_of[(f.key, i)]].append((f, i))
    actor_of: dict[tuple[str, int], str] = {}
    taken: set[str] = set()
    for group in sorted(members, key=str):
        local: list[LocalActor] = [f.actors[i] for f, i in members[group]]
        votes = Counter()
        for f, i in members[group]:
            votes[f.actors[i].kind] += f.mention_counts[i]
        kind = min(votes, key=lambda k: (-votes[k], KIND_PRECEDENCE.index(k)))
        names = {a.name for a in local if a.kind == kind} or {a.name for a in local}
        name = canonical_name(kind, names)
        node = f"actor:{slug(name)}"
        if node in taken:
            node = f"actor:{slug(name)}-{kind}"
        taken.add(node)
        aliases = sorted(set().union(*(a.aliases for a in local)) | {name})
        g.add_node(node, id=node, label="Actor", name=name, kind=kind, aliases=aliases,
                   roles=sorted(set().union(*(a.roles for a in local))),
                   mentions=sum(f.mention_counts[i] for f, i in members[group]))
        for f, i in members[group]:
            actor_of[(f.key, i)] = node
            g.add_edge(node, article_id(f.key), key="MENTIONED_IN", type="MENTIONED_IN", count=f.mention_counts[i])
    return actor_of


def _evidence_attrs(ev: Evidence) -> dict:
    return asdict(ev)


def add_meetings(g: nx.MultiDiGraph, facts: list[ArticleFacts], actor_of: dict) -> None:
    """A meeting told by several articles (same date, one's participants within the other's) is one node."""
    mentions = []
    for f in facts:
        for m in f.meetings:
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
                           if same_time(cand["date"], m.date.value) and (a <= cand["people"] or cand["people"] <= a)),
                          None)
        if target is None:
            target = {"date": m.date.value, "people": set(), "reports": [], "count": Counter()}
            meetings.append(target)
        elif len(m.date.value) > len(target["date"]):
            target["date"] = m.date.value   # the more precise date of the two
        if m.date.value is not None:
            for x, y in combinations(sorted(target["people"] | set(people)), 2):
                if not (x in target["people"] and y in target["people"]):
                    by_pair[(m.date.value[:4], x, y)].append(target)
        target["people"].update(people)
        target["count"].update(people)
        target["reports"].append((f, m, set(people)))
    for mt in meetings:
        add_meeting_node(g, mt)


def add_meeting_node(g: nx.MultiDiGraph, mt: dict) -> None:
    first_f, first_m, _ = next(r for r in mt["reports"] if r[1].date.value == mt["date"])
    principals = sorted(mt["people"], key=lambda p: (-mt["count"][p], p))[:2]
    scope = mt["date"] or f"undated:{first_f.key}"
    node = f"meeting:{mt['date'] or 'undated'}:{digest(scope, *sorted(principals))}"
    names = sorted(g.nodes[p]["name"] for p in mt["people"])
    place = next((m.place for _, m, _ in mt["reports"] if m.place), None)
    g.add_node(node, id=node, label="Meeting", name="Meeting: " + ", ".join(names), date=mt["date"],
               granularity=first_m.date.granularity, date_basis=first_m.date.basis,
               status="held" if any(m.status == "held" for _, m, _ in mt["reports"]) else "planned",
               place=place, participants=names)
    for f, m, _ in mt["reports"]:
        ev = _evidence_attrs(m.evidence)
        if not g.has_edge(node, article_id(f.key), key="REPORTED_IN"):
            g.add_edge(node, article_id(f.key), key="REPORTED_IN", type="REPORTED_IN", **ev)
    for p in sorted(mt["people"]):
        m = next(m for _, m, people in mt["reports"] if p in people)
        g.add_edge(p, node, key="PARTICIPATED_IN", type="PARTICIPATED_IN", **_evidence_attrs(m.evidence))
    if place:
        place_node = f"place:{slug(place)}"
        if place_node not in g:
            g.add_node(place_node, id=place_node, label="Place", name=place, aliases=[place])
        g.add_edge(node, place_node, key="HELD_IN", type="HELD_IN")


def add_statements(g: nx.MultiDiGraph, facts: list[ArticleFacts], actor_of: dict) -> None:
    """The same words from the same speaker, in one article or several, are one statement."""
    groups: list[dict] = []
    index = StatementIndex()
    for f in facts:
        for s in f.statements:
            speaker = actor_of[(f.key, s.speaker)]
            text = norm_text(s.text)
            target = index.find(speaker, text)
            if target is None:
                target = {"speaker": speaker, "norm": text, "reports": []}
                groups.append(target)
            elif len(text) < len(target["norm"]):
                target["norm"] = text
            index.add(speaker, text, target)
            target["reports"].append((f, s))
    for gr in groups:
        f0, s0 = max(gr["reports"], key=lambda r: (len(r[1].text), r[0].key))
        dated = min(gr["reports"], key=lambda r: statement_date_rank(r[1]))[1].date
        node = f"statement:{digest(gr['speaker'], gr['norm'])}"
        addressee = next((actor_of[(f.key, s.addressee)] for f, s in gr["reports"] if s.addressee is not None), None)
        g.add_node(node, id=node, label="Statement", name=_short(s0.text), text=s0.text, quote=s0.quote,
                   speaker=g.nodes[gr["speaker"]]["name"],
                   addressee=g.nodes[addressee]["name"] if addressee else None,
                   date=dated.value, granularity=dated.granularity, date_basis=dated.basis)
        g.add_edge(gr["speaker"], node, key="SAID", type="SAID", **_evidence_attrs(s0.evidence))
        if addressee:
            g.add_edge(node, addressee, key="ADDRESSED_TO", type="ADDRESSED_TO")
        for f, s in gr["reports"]:
            if not g.has_edge(node, article_id(f.key), key="REPORTED_IN"):
                g.add_edge(node, article_id(f.key), key="REPORTED_IN", type="REPORTED_IN", **_evidence_attrs(s.evidence))


def statement_date_rank(s) -> tuple:
    """Which report dates a statement: one that says when it was said, else the earliest."""
    return (s.date.basis.startswith("no date in the text"), s.date.value is None, s.date.value or "")


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
        candidates = list(self.runs[(speaker, *words[:QUOTED_WORDS])])     # texts that hold this one
        for run in _runs(words):
            candidates.extend(self.starts[(speaker, *run)])                   # texts this one holds
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

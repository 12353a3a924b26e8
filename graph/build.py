"""Across articles: one node per actor and per event (``merge``), with an edge to every reporting article.

Ids are derived from content (names, dates, words said), never from the order articles come
in, so the same corpus always gives the same ids and adding an article keeps the old ones.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx

from dateline.graph.actors import LocalActor, initials, is_acronym, org_key, person_tokens, persons_compatible
from dateline.graph.extract import ArticleFacts
from dateline.graph.ids import article_id, slug
from dateline.graph.merge import add_events

KIND_PRECEDENCE = ["person", "organization", "location", "group"]


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
    add_events(g, facts, actor_of)
    return g


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

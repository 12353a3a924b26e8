"""Across articles: one node per actor, place and outlet, then one node per event (``merge``).

The actors of every article are grouped by the same identity rules as the mentions inside one
article (``identity.cluster``, without the "nearest name before" of an article: across the
corpus a short form two actors fit stays apart). Then each group becomes one node:

- a location is an ``Actor`` of kind ``location`` (id ``place:<slug>``), whether a meeting was held there
  or it acts in a sentence (one node per place: states and cities are actors in political event
  data, as PLOVER's sources and targets);
- the article's own outlet and the agencies credited in captions and bylines are ``Outlet``
  nodes, each article ``PUBLISHED_BY`` its outlet and the agencies it credits; an outlet is an
  ``Actor`` as well only when it speaks or acts in an event;
- a product is an ``Actor`` (kind ``product``) only when an event involves it or it is named in
  an event's sentence;
- every other group is an ``Actor``.

Ids come from content and do not move when later articles add longer names: a person's from the
surname ("Annan" and later "Kofi Annan" are both ``actor:annan``), the most mentioned of the
people of one surname keeping it bare and the others qualified by their first name
(``actor:bush-laura``); anything else from its shortest name
without legal suffixes ("Toyota", later "Toyota Motor Corp.": ``actor:toyota``). Letters of every script are kept, and ids that would still clash take a digest of the
actor's names, so distinct entities never share a node.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import networkx as nx

from dateline.graph.alias_file import AliasEntry, AliasFile
from dateline.graph.extract import ArticleFacts
from dateline.graph.finders.statement import StatementMention
from dateline.graph.frames import UNNAMED_WHY
from dateline.graph.identity import (
    LABEL, Group, Item, canonical_name, cluster, decide_kind, explain, fold, is_acronym, kind_evidence, name_words,
    pairs_of_people)
from dateline.graph.ids import article_id, digest, slug
from dateline.graph.merge import add_events
from dateline.graph.schema import (
    ACTOR, MENTIONED_IN, OUTLET, PUBLISHED_BY, ROLE_ATTRIBUTE, SAID, STATEMENT)


def build_graph(facts: list[ArticleFacts], aliases: AliasFile | None = None) -> nx.MultiDiGraph:
    facts = sorted(facts, key=lambda f: f.key)
    g = nx.MultiDiGraph(name="dateline")
    for f in facts:
        g.add_node(article_id(f.key), id=article_id(f.key), label="Article", **f.meta)
    actor_of, dropped = add_actors(g, facts, aliases or AliasFile([]))
    add_events(g, facts, actor_of)
    hide(g, dropped)
    return g


# ---------------------------------------------------------------- corpus actors

@dataclass
class CorpusActor:
    """One group of article actors: what it is called, what it is, and where it was seen."""
    members: list[tuple[ArticleFacts, int]]
    group: Group
    entry: AliasEntry | None
    pair: bool = False   # two people's surnames joined by a hyphen (``identity.pairs_of_people``)

    @cached_property   # a group is made whole, then read many times
    def names(self) -> Counter:
        out = Counter()
        for f, i in self.members:
            out.update(f.actors[i].names or {f.actors[i].name: f.mention_counts[i]})
        return out

    @cached_property
    def kind(self) -> str:
        return (self.entry and self.entry.kind) or decide_kind(self.group.evidence)

    @cached_property
    def name(self) -> str:
        return self.entry.name if self.entry else canonical_name(self.names, self.kind)


def corpus_actors(facts: list[ArticleFacts], aliases: AliasFile) -> list[CorpusActor]:
    """Group the actors of all articles (``identity.cluster``); the alias file's entries pin the
    actors they list, which then never join another entry's."""
    refs = [(f, i) for f in facts for i in range(len(f.actors))]
    items, entries = [], {}
    for f, i in refs:
        a = f.actors[i]
        entry = aliases.entry_for(a.name)
        if entry is not None:
            entries[entry.name] = entry
        pin = entry.name if entry else (unnamed_pin(f.key, a.name) if UNNAMED_WHY in a.why else None)
        items.append(Item(a.name, f.mention_counts[i], evidence=Counter(a.evidence) or kind_evidence(a.kind, LABEL),
                          genders=a.genders, pin=pin))
    groups, owner = cluster(items, nearest=False)
    pairs = pairs_of_people(groups)
    out = []
    for g, group in enumerate(groups):
        if group.items:
            out.append(CorpusActor([refs[k] for k in sorted(group.items)], group, entries.get(group.pin), g in pairs))
    return out


def unnamed_pin(key: str, description: str) -> str:
    """An actor described, not named ("the rebels", "troops"), is its article's own: the same words
    in another article need not be the same people."""
    return f"{UNNAMED_PIN}{key}\x1f{description.lower()}"


UNNAMED_PIN = "unnamed\x1f"


def acting(m) -> set[int]:
    """The article actors that speak or act in an event mention: a statement's speaker and
    addressee, or the actors of an event's roles (not the sources it is reported by)."""
    if isinstance(m, StatementMention):
        return {m.speaker} | ({m.addressee} if m.addressee is not None else set())
    return {a for actors in m.actors.values() for a in actors}


@dataclass
class Use:
    acts: bool       # speaks or acts in an event
    cited: bool      # an event is reported on its word
    named: bool      # named in an event's sentence


def uses_in_events(f: ArticleFacts) -> list[Use]:
    """How each actor of an article takes part in its events."""
    mentions = [m for found in f.events.values() for m in found]
    acts = set().union(*(acting(m) for m in mentions)) if mentions else set()
    cited = {r for m in mentions for r in getattr(m, "reporters", ())}
    sentences = sorted({(m.evidence.start, m.evidence.end) for m in mentions})
    return [Use(i in acts, i in cited, any(start <= s < end for start, end in sentences for s, _ in a.spans))
            for i, a in enumerate(f.actors)]


def outlet_names(facts: list[ArticleFacts]) -> dict[str, str]:
    """Folded outlet name -> its name: every article's source and every agency credited."""
    out = {}
    for f in facts:
        if f.meta.get("source"):
            out.setdefault(fold(f.meta["source"]), f.meta["source"])
    for f in facts:
        for a in f.actors:
            if a.credit:
                out.setdefault(fold(a.name), a.name)
    return out


def add_actors(g: nx.MultiDiGraph, facts: list[ArticleFacts], aliases: AliasFile) -> tuple[dict, set[str]]:
    """Actor and Outlet nodes; return (article key, actor index) -> node, and the nodes the
    alias file drops (removed once the events are in, see ``hide``)."""
    groups = corpus_actors(facts, aliases)
    outlets = outlet_names(facts)
    ids = node_ids(groups)
    actor_of: dict[tuple[str, int], str] = {}
    dropped: set[str] = set()
    article_uses = {f.key: uses_in_events(f) for f in facts}
    for ca, node in zip(groups, ids):
        uses = [article_uses[f.key][i] for f, i in ca.members]
        outlet = next((outlets[fold(n)] for n in sorted(ca.names) if fold(n) in outlets), None)
        if outlet is not None:
            add_outlet(g, outlet)
            for f, i in ca.members:
                if f.actors[i].credit:
                    g.add_edge(article_id(f.key), outlet_id(outlet), key=PUBLISHED_BY, type=PUBLISHED_BY)
            if not any(u.acts for u in uses):
                for f, i in ca.members:   # no actor: an event reported on its word links to the outlet
                    actor_of[(f.key, i)] = outlet_id(outlet)
                continue
        if ca.kind == "product" and not any(u.acts or u.cited or u.named for u in uses) and ca.entry is None:
            continue
        if ca.entry is None and (ca.group.pin or ca.pair) and not any(u.acts or u.cited for u in uses):
            continue   # described, not named, or a pair of people, and in no event: no actor of the story
        add_actor_node(g, node, ca)
        if ca.entry is not None and ca.entry.drop:
            dropped.add(node)
        for f, i in ca.members:
            actor_of[(f.key, i)] = node
            g.add_edge(node, article_id(f.key), key=MENTIONED_IN, type=MENTIONED_IN, count=f.mention_counts[i])
    for f in facts:
        if f.meta.get("source"):
            add_outlet(g, f.meta["source"])
            g.add_edge(article_id(f.key), outlet_id(f.meta["source"]), key=PUBLISHED_BY, type=PUBLISHED_BY)
    return actor_of, dropped


def add_actor_node(g: nx.MultiDiGraph, node: str, ca: CorpusActor) -> None:
    local = [f.actors[i] for f, i in ca.members]
    name = ca.name
    if ca.entry is None and ca.group.pin:
        g.add_node(node, unnamed=True)
    g.add_node(node, id=node, label=ACTOR, name=name, kind=ca.kind,
               aliases=sorted(set().union(*(a.aliases for a in local)) | {name}),
               roles=sorted(set().union(*(a.roles for a in local))),
               identity=sorted(set().union(*(a.why for a in local)) | set(explain(ca.group))),
               mentions=sum(f.mention_counts[i] for f, i in ca.members))


def outlet_id(name: str) -> str:
    return f"outlet:{slug(name)}"


def add_outlet(g: nx.MultiDiGraph, name: str) -> None:
    node = outlet_id(name)
    if node not in g:
        g.add_node(node, id=node, label=OUTLET, name=name)


def node_ids(groups: list[CorpusActor]) -> list[str]:
    """One id per group, from content; see the module docstring. Of the people sharing a surname,
    the most mentioned keeps the bare surname, so a namesake found later does not move it; the
    others take their first name (or, with none, a digest of their names)."""
    keys = [id_key(ca) for ca in groups]
    unnamed = [ca.group.pin.removeprefix(UNNAMED_PIN).split("\x1f") if ca.entry is None and ca.group.pin else None
               for ca in groups]
    mentions = [sum(f.mention_counts[i] for f, i in ca.members) for ca in groups]
    top: dict[str, int] = {}
    for k, (key, first) in enumerate(keys):
        if first is not None and (key not in top or (mentions[k], groups[k].name) > (mentions[top[key]], groups[top[key]].name)):
            top[key] = k
    base = [f"{'place' if ca.kind == 'location' else 'actor'}:"
            + slug(key if first is None or top[key] == k or not first else f"{key} {first}")
            for k, (ca, (key, first)) in enumerate(zip(groups, keys))]
    base = [f"actor:unnamed-{digest(*u)}" if u else b for b, u in zip(base, unnamed)]   # as merge.unnamed_node
    clashes = Counter(base)
    return [b if clashes[b] == 1 else f"{b}-{digest(*sorted(ca.names))}" for b, ca in zip(base, groups)]


def id_key(ca: CorpusActor) -> tuple[str, str | None]:
    """(surname, first name or "") for a person; (shortest name, None) for anything else, so that
    a longer name found later ("Toyota Motor Corp." after "Toyota") keeps the id."""
    if ca.entry is not None:
        return ca.entry.name, None
    if ca.kind != "person":
        names = [n for n in ca.names if not is_acronym(n)] or list(ca.names)
        shortest = min(names, key=lambda n: (len(name_words(n)), len(n), n))
        return " ".join(name_words(shortest)) or shortest, None
    toks = name_words(ca.name)
    return toks[-1], toks[0] if len(toks) > 1 else ""


def hide(g: nx.MultiDiGraph, dropped: set[str]) -> None:
    """Remove the actors the alias file drops, the statements they said, and their names from events."""
    for node in sorted(dropped):
        name = g.nodes[node]["name"]
        said = [v for _, v, k in g.out_edges(node, keys=True) if k == SAID and g.nodes[v]["label"] == STATEMENT]
        g.remove_nodes_from([node, *said])
        for _, data in g.nodes(data=True):
            for attr in ROLE_ATTRIBUTE.values():
                if isinstance(data.get(attr), list) and name in data[attr]:
                    data[attr] = [n for n in data[attr] if n != name]

"""A synthetic graph with the attributes of `dateline.graph`, of any size, for benchmarks and tests (it lives in the package so that both import it the same way).

Names are drawn from a fixed vocabulary with a seeded generator, so a size always gives the
same graph.
"""
from __future__ import annotations

import datetime as dt
import random

import networkx as nx

FIRST = ["Kofi", "Bashar", "Jihad", "Burhan", "Hassan", "Louay", "Riad", "Zaka", "Jim", "Bassma",
         "Maria", "Chen", "Ahmed", "Olga", "Pierre", "Ana", "Yusuf", "Lena", "Tomas", "Ines"]
LAST = ["Annan", "Assad", "Makdisi", "Ghalioun", "Azim", "Hussein", "Seif", "Iwas", "Muir",
        "Kodmani", "Lopez", "Wang", "Karimi", "Ivanova", "Dubois", "Silva", "Demir", "Berg"]
ORGS = ["United Nations", "Arab League", "Syrian National Council", "Red Crescent", "NATO",
        "European Union", "Action Group", "World Bank", "Amnesty International"]
PLACES = ["Damascus", "Geneva", "Doha", "Cairo", "Tehran", "Beirut", "Ankara", "Moscow"]
OUTLETS = ["BBC News", "CBS News", "Reuters", "AP", "Al Jazeera", "Le Monde"]


def make_graph(n_actors: int, n_events: int, n_articles: int, seed: int = 0) -> nx.MultiDiGraph:
    """Actors, meetings (2-4 participants) and statements, each reported in 1-2 articles."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(name="dateline synthetic")
    start = dt.date(2012, 1, 1)
    for i in range(n_articles):
        published = (start + dt.timedelta(days=rng.randrange(365))).isoformat()
        key = f"synthetic_{i:06d}"
        g.add_node(f"article:{key}", id=f"article:{key}", label="Article", name=f"Report {i}",
                   key=key, published=published, published_basis="manifest",
                   source=rng.choice(OUTLETS), title=f"Report {i}", url=None, path=f"{key}.txt")
    for p in PLACES:
        g.add_node(f"place:{p.lower()}", id=f"place:{p.lower()}", label="Actor", kind="location", name=p, aliases=[p])
    actors = []
    for i in range(n_actors):
        if i % 5 == 4:
            name, kind = f"{rng.choice(ORGS)} {i}", "organization"
        else:
            name, kind = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}", "person"
        node = f"actor:a{i:06d}"
        g.add_node(node, id=node, label="Actor", name=name, kind=kind,
                   aliases=sorted({name, name.split()[-2]}), roles=[], mentions=1)
        actors.append(node)
    articles = [n for n, d in g.nodes(data=True) if d["label"] == "Article"]
    for i in range(n_events):
        day = (start + dt.timedelta(days=rng.randrange(365))).isoformat()
        art = rng.choice(articles)
        evidence = {"article": g.nodes[art]["key"], "sentence": f"Sentence {i}.", "start": 0, "end": 12}
        if i % 2:
            node = f"meeting:{day}:{i:08x}"
            people = rng.sample(actors, rng.randint(2, 4))
            place = rng.choice(PLACES)
            g.add_node(node, id=node, label="Meeting", name=f"Meeting {i}", date=day,
                       granularity="day", date_basis="synthetic", status="held", place=place,
                       participants=sorted(g.nodes[a]["name"] for a in people))
            for a in people:
                g.add_edge(a, node, key="PARTICIPATED_IN", type="PARTICIPATED_IN", **evidence)
            g.add_edge(node, f"place:{place.lower()}", key="HELD_IN", type="HELD_IN")
        else:
            node = f"statement:{i:08x}"
            speaker = rng.choice(actors)
            g.add_node(node, id=node, label="Statement", name=f"Statement {i}",
                       text=f"Statement number {i} about the talks.", quote=True,
                       speaker=g.nodes[speaker]["name"], addressee=None, date=day,
                       granularity="day", date_basis="synthetic")
            g.add_edge(speaker, node, key="SAID", type="SAID", **evidence)
        for a in {art, rng.choice(articles)}:
            g.add_edge(node, a, key="REPORTED_IN", type="REPORTED_IN", **evidence)
    return g

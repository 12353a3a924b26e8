"""The graph as files: node-link JSON, GraphML, a timeline, and per-article dates. All written atomically."""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from dateline.graph.schema import (DATE, DATE_BASIS, GRANULARITY, ID, KIND, LABEL, NAME, PARTICIPANT,
                                   PARTICIPATED_IN, PLOVER, REPORTED_IN, ROLE, SAID, SOURCE, STATUS, event_kinds)
from dateline.loaders.timex_values import span

# The edges that join an actor to an event, and the role an edge of each type gives it when it says none.
ACTOR_ROLE_OF_EDGE = {PARTICIPATED_IN: PARTICIPANT, SAID: SOURCE}
# A spreadsheet runs a cell that starts with one of these as a formula (OWASP's CSV injection list);
# every CSV written (events.csv, the Neo4j import files) writes such a cell as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
UMASK = os.umask(0)
os.umask(UMASK)


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o666 & ~UMASK)   # mkstemp makes the file private; outputs are for sharing
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    return path


def graph_json(g: nx.MultiDiGraph) -> str:
    """Node-link JSON with nodes and edges in a fixed order, so the same graph gives the same bytes."""
    data = nx.node_link_data(g, edges="edges")
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    data["edges"] = sorted(data["edges"], key=lambda e: (e["source"], e["target"], e["key"]))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def read_graph_json(path: Path) -> nx.MultiDiGraph:
    """The graph a build wrote; ValueError saying what is wrong for any other file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not (isinstance(data, dict) and isinstance(data.get("nodes"), list) and isinstance(data.get("edges"), list)
            and all(isinstance(n, dict) and "id" in n and "label" in n for n in data["nodes"])
            and all(isinstance(e, dict) and {"source", "target", "key"} <= e.keys() for e in data["edges"])):
        raise ValueError("it is not node-link JSON with labelled nodes and keyed edges")
    try:
        return nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise ValueError(f"its nodes or edges are not a graph's ({exc})") from None


# GraphML readers show the `label` attribute as a node's name (Gephi) and take `id` for the node's own
# id (igraph warns of the clash): there the name is the label and the graph's label is `labels`.
GRAPHML_LABELS = "labels"


def graphml_ready(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML holds scalars only: lists joined with " | ", None left out; the name as the label."""
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        node = {k: v for k, v in d.items() if k not in (ID, LABEL)}
        out.add_node(n, **_scalars({**node, LABEL: d.get(NAME) or str(n), GRAPHML_LABELS: d.get(LABEL)}))
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **_scalars(d))
    return out


def _scalars(d: dict) -> dict:
    return {k: (" | ".join(map(str, v)) if isinstance(v, list) else v) for k, v in d.items() if v is not None}


def graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML by networkx's lxml writer (twice as fast as its ElementTree one)."""
    out = io.BytesIO()
    nx.write_graphml_lxml(graphml_ready(g), out)
    return out.getvalue()


def date_order(value: str | None) -> tuple:
    """Sort key of a TIMEX3 value: by the first then the last day of its span (a week among the days
    it holds, a season at its first day), values without a span last, by their text."""
    days = span(value)
    return (0, days.first, days.last, value) if days else (1, value or "")


def article_source(article: dict) -> dict:
    """Who reported something: an article's outlet, title, address and publication date."""
    return {"outlet": article.get("source") or "", "title": article.get("title") or article.get(NAME) or "",
            "url": article.get("url") or "", "published": article.get("published") or ""}


def reporting_articles(g: nx.MultiDiGraph, node: str) -> list[dict]:
    """The articles an event was reported in, as sources, in publication order."""
    found = [article_source(g.nodes[a]) for _, a, k in g.out_edges(node, keys=True) if k == REPORTED_IN]
    return sorted(found, key=lambda s: (s["published"], s["outlet"], s["title"], s["url"]))


def timeline(g: nx.MultiDiGraph) -> list[dict]:
    """Every event of every registered kind in date order (undated last): its date, status, kind and
    PLOVER category, its one-line summary, the fields its kind's card shows, its actors by role and
    the articles that report it (outlet, title, address, date)."""
    kinds = {k.label: k for k in event_kinds()}
    rows = []
    for n, d in g.nodes(data=True):
        kind = kinds.get(d[LABEL])
        if kind is None:
            continue
        sources = reporting_articles(g, n)
        actors = sorted({(g.nodes[a][NAME], e.get(ROLE) or ACTOR_ROLE_OF_EDGE[k])
                         for a, _, k, e in g.in_edges(n, keys=True, data=True) if k in ACTOR_ROLE_OF_EDGE})
        row = {"id": n, "type": d[LABEL], KIND: kind.name, PLOVER: d.get(PLOVER), DATE: d.get(DATE),
               GRANULARITY: d.get(GRANULARITY), DATE_BASIS: d.get(DATE_BASIS), STATUS: d.get(STATUS),
               NAME: d[NAME], "summary": kind.summary(d), "sources": sources,
               "actors": [{"name": a, ROLE: r} for a, r in actors]}
        row.update({f.attribute: d.get(f.attribute) for f in kind.card})
        rows.append(row)
    return sorted(rows, key=lambda r: (date_order(r[DATE]), r["type"], r["id"]))


def timeline_by_actor(rows: list[dict]) -> dict[str, list[dict]]:
    """Each actor's own timeline: the events it takes part in, in the timeline's order."""
    out: dict[str, list[dict]] = {}
    for row in rows:
        for actor in row["actors"]:
            out.setdefault(actor["name"], []).append(
                {"id": row["id"], DATE: row[DATE], KIND: row[KIND], STATUS: row[STATUS], ROLE: actor[ROLE],
                 "summary": row["summary"]})
    return dict(sorted(out.items()))


def write_graph_files(g: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    rows = timeline(g)
    return [write_atomic(out_dir / "graph.json", graph_json(g)),
            write_atomic(out_dir / "graph.graphml", graphml(g)),
            write_atomic(out_dir / "timeline.json", json.dumps(rows, ensure_ascii=False, indent=1) + "\n"),
            write_atomic(out_dir / "timeline_by_actor.json",
                         json.dumps(timeline_by_actor(rows), ensure_ascii=False, indent=1) + "\n")]


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

"""The graph as files: node-link JSON, GraphML, a timeline, and per-article dates. All written atomically."""
from __future__ import annotations

import functools
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    return indented_json(data, sort_keys=True)


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


def indented_json(value, sort_keys: bool = False) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=1, sort_keys=sort_keys)` and a newline, the same
    bytes made several times faster: the standard library writes indented JSON in pure Python, value
    by value, where here a container of plain values is joined at once."""
    parts: list[str] = []
    _indented(value, 0, sort_keys, parts)
    parts.append("\n")
    return "".join(parts)


JSON_STRING = json.encoder.encode_basestring   # the C encoder of a str, as ensure_ascii=False writes it
PLAIN_TYPES = {str, int, float, bool, type(None)}


def _json_scalar(value) -> str:
    if isinstance(value, str):
        return JSON_STRING(value)
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)   # its repr, or NaN and Infinity as json writes them
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


@functools.lru_cache(maxsize=None)
def _flat_encoder(level: int, sort_keys: bool) -> Callable[[Any], str]:
    """The C encoder writing a container of plain values at `level`, its items one a line: all but
    the line breaks after the opening bracket and before the closing one."""
    return json.JSONEncoder(ensure_ascii=False, sort_keys=sort_keys, separators=(",\n" + " " * (level + 1), ": ")).encode


def _indented(value, level: int, sort_keys: bool, parts: list[str]) -> None:
    if isinstance(value, (dict, list, tuple)):
        if not value:
            parts.append("{}" if isinstance(value, dict) else "[]")
            return
        if all(type(item) in PLAIN_TYPES for item in (value.values() if isinstance(value, dict) else value)):
            text = _flat_encoder(level, sort_keys)(value)   # most of them: nodes, edges, lists of names
            parts += (text[0], "\n", " " * (level + 1), text[1:-1], "\n", " " * level, text[-1])
            return
    if isinstance(value, dict):
        entries = [(_json_key(key) + ": ", item) for key, item in (sorted(value.items()) if sort_keys else value.items())]
        opening, closing = "{", "}"
    elif isinstance(value, (list, tuple)):
        entries = [("", item) for item in value]
        opening, closing = "[", "]"
    else:
        parts.append(_json_scalar(value))
        return
    newline = "\n" + " " * (level + 1)
    parts.append(opening)
    for number, (prefix, item) in enumerate(entries):
        parts += ("," + newline if number else newline, prefix)
        if type(item) in PLAIN_TYPES:
            parts.append(_json_scalar(item))
        else:
            _indented(item, level + 1, sort_keys, parts)
    parts.append("\n" + " " * level + closing)


def _json_key(key) -> str:
    """A key as json writes it: a string, or a number, true, false or null as its text."""
    if isinstance(key, str):
        return JSON_STRING(key)
    if isinstance(key, (int, float)) or key is None:
        return JSON_STRING(_json_scalar(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


# GraphML readers show the `label` attribute as a node's name (Gephi) and take `id` for the node's own
# id (igraph warns of the clash): there the name is the label and the graph's label is `labels`.
GRAPHML_LABELS = "labels"


def scalar_node_data(node: str, d: dict) -> dict:
    """A node's attributes as GraphML and GEXF hold them: scalars only (lists joined with " | ", None
    left out), the name as the label and the graph's label as `labels`."""
    kept = {k: v for k, v in d.items() if k not in (ID, LABEL)}
    return scalars({**kept, LABEL: d.get(NAME) or str(node), GRAPHML_LABELS: d.get(LABEL)})


def scalars(d: dict) -> dict:
    return {k: (" | ".join(map(str, v)) if isinstance(v, list) else v) for k, v in d.items() if v is not None}


# XML's type names of attribute values (GraphML's and GEXF's alike)
XML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def xml_type(value) -> str:
    try:
        return XML_TYPES[type(value)]
    except KeyError:
        raise TypeError(f"an XML attribute cannot hold a {type(value).__name__}: {value!r}") from None


def xml_text(text: str) -> str:
    """Element text escaped as libxml2 writes it (a carriage return as a reference, so it survives)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def xml_attribute(text: str, tab: str = "&#9;") -> str:
    """An attribute value escaped: markup, quotes, and the white space a parser would fold (`tab`
    as GraphML's writer spells a tab; GEXF's writes "&#09;")."""
    text = xml_text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", tab)
    return text


GRAPHML_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/"
                "xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">")


def graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML, written directly, in the layout of networkx's lxml writer: one key per attribute name,
    type and scope (numbered in order of first use, declared last first), the nodes, then the edges."""
    nodes = [(n, scalar_node_data(n, d)) for n, d in g.nodes(data=True)]
    edges = [(u, v, k, scalars(d)) for u, v, k, d in g.edges(keys=True, data=True)]
    keys: dict[tuple[str, str, str], str] = {}
    for scope, records in (("node", [d for _, d in nodes]), ("edge", [e[3] for e in edges])):
        for d in records:
            for name, value in d.items():
                keys.setdefault((name, xml_type(value), scope), f"d{len(keys)}")
    parts = [GRAPHML_HEAD]
    parts += [f'<key id="{key}" for="{scope}" attr.name="{xml_attribute(name)}" attr.type="{kind}"/>\n'
              for (name, kind, scope), key in reversed(keys.items())]
    parts.append('<graph edgedefault="directed">')
    for n, d in nodes:
        parts.append(_graphml_element(f'node id="{xml_attribute(str(n))}"', "node", d, keys))
    for u, v, k, d in edges:
        parts.append(_graphml_element(f'edge source="{xml_attribute(str(u))}" target="{xml_attribute(str(v))}" '
                                      f'id="{xml_attribute(str(k))}"', "edge", d, keys))
    parts.append("</graph></graphml>")
    return "".join(parts).encode("utf-8")


def _graphml_element(opening: str, scope: str, data: dict, keys: dict) -> str:
    values = "".join(f'  <data key="{keys[name, xml_type(value), scope]}">{xml_text(str(value))}</data>\n'
                     for name, value in data.items())
    return xml_element("", opening, values, "/>")


def xml_element(indent: str, opening: str, content: str, self_closing: str) -> str:
    """An element on lines of its own: its content (lines) inside, or, with none, closed at once."""
    if not content:
        return f"{indent}<{opening}{self_closing}\n"
    return f"{indent}<{opening}>\n{content}{indent}</{opening.partition(' ')[0]}>\n"


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
            write_atomic(out_dir / "timeline.json", indented_json(rows)),
            write_atomic(out_dir / "timeline_by_actor.json", indented_json(timeline_by_actor(rows)))]


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

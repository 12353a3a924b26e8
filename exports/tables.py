"""The files a newsroom opens: ``events.csv`` for a spreadsheet, ``timelinejs.json`` for Knight Lab's
TimelineJS, ``graph.gexf`` for Gephi's timeline.

- ``events.csv``: one row per event and report, in the spirit of GDELT's event tables (date, kind,
  PLOVER category, source and target actors, place, status, outlet, address, sentence). UTF-8 with a
  byte order mark, so that Excel reads it as UTF-8; a cell that a spreadsheet would run as a formula is
  written as text.
- ``timelinejs.json``: TimelineJS's JSON (``events`` with ``start_date``, ``text``, ``group``), one
  slide per dated event, grouped by kind, its first report's outlet as the credit and link.
- ``graph.gexf``: GEXF 1.3, dynamic: each event and its edges carry the ``start`` and ``end`` days of
  its date, so Gephi's timeline plays the story; every node's label is its name.
"""
from __future__ import annotations

import csv
import html
import io
import itertools
from pathlib import Path

import networkx as nx

from dateline.exports.display import date_name, event_title, kind_name
from dateline.exports.files import (ACTOR_ROLE_OF_EDGE, FORMULA_START, article_source, date_order, indented_json,
                                    reporting_articles, scalar_node_data, scalars, write_atomic, xml_attribute, xml_element,
                                    xml_type)
from dateline.graph.schema import (ADDRESSED_TO, ARTICLE_KEY, DATE, END, KIND, LABEL, NAME, PARTICIPANT, PLACE_NAME,
                                   PLOVER, REPORTED_IN, ROLE, SENTENCE, SOURCE, START, STATUS, TARGET, event_kinds,
                                   is_event)
from dateline.loaders.timex_values import span

# ------------------------------------------------------------------------------------------ events.csv

CSV_COLUMNS = ("date", "start", "end", "kind", "plover", "status", "source_actors", "target_actors", "place",
               "outlet", "title", "published", "url", "sentence", "event_id")
LIST_SEPARATOR = "; "
# A cell that would run as a formula is written after an apostrophe, which a spreadsheet reads as "text".
# An actor's role in an event -> the CSV column it is listed in: who acts (or met, or spoke), at whom.
ACTOR_SIDE = {SOURCE: "source_actors", PARTICIPANT: "source_actors", TARGET: "target_actors"}


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def event_actors(g: nx.MultiDiGraph, node: str) -> dict[str, list[str]]:
    """The names of an event's actors by CSV column: doers, speakers and participants; targets and addressees."""
    sides: dict[str, set[str]] = {"source_actors": set(), "target_actors": set()}
    for actor, _, key, data in g.in_edges(node, keys=True, data=True):
        if key in ACTOR_ROLE_OF_EDGE:
            sides[ACTOR_SIDE[data.get(ROLE) or ACTOR_ROLE_OF_EDGE[key]]].add(g.nodes[actor][NAME])
    for _, actor, key in g.out_edges(node, keys=True):
        if key == ADDRESSED_TO:
            sides["target_actors"].add(g.nodes[actor][NAME])
    return {side: sorted(found) for side, found in sides.items()}


def event_sentences(g: nx.MultiDiGraph, node: str) -> dict[str, str]:
    """Article key -> the first (by position) sentence an edge of the event was read from in it."""
    found: dict[str, tuple[int, str]] = {}
    for _, _, data in itertools.chain(g.in_edges(node, data=True), g.out_edges(node, data=True)):
        if data.get(SENTENCE) and data.get(ARTICLE_KEY):
            best = found.get(data[ARTICLE_KEY])
            here = (data.get(START) or 0, data[SENTENCE])
            if best is None or here < best:
                found[data[ARTICLE_KEY]] = here
    return {key: sentence for key, (_, sentence) in found.items()}


def event_nodes(g: nx.MultiDiGraph) -> list[str]:
    """Every event, by date (span start), kind and id."""
    return sorted((n for n, d in g.nodes(data=True) if is_event(d)),
                  key=lambda n: (date_order(g.nodes[n].get(DATE)), g.nodes[n][LABEL], n))


def event_rows(g: nx.MultiDiGraph) -> list[dict[str, str]]:
    """One row per event and article reporting it (one row with no outlet for an event no article reports)."""
    rows = []
    for node in event_nodes(g):
        d = g.nodes[node]
        days = span(d.get(DATE))
        event = {"date": d.get(DATE) or "", "start": days.first.isoformat() if days else "",
                 "end": days.last.isoformat() if days else "", "kind": d.get(KIND) or kind_name(d).lower(),
                 "plover": d.get(PLOVER) or "", "status": d.get(STATUS) or "", "place": d.get(PLACE_NAME) or "",
                 "event_id": node,
                 **{side: LIST_SEPARATOR.join(names) for side, names in event_actors(g, node).items()}}
        sentences = event_sentences(g, node)
        articles = [a for _, a, k in g.out_edges(node, keys=True) if k == REPORTED_IN]
        reports = sorted(((article_source(g.nodes[a]), sentences.get(g.nodes[a].get("key"), "")) for a in articles),
                         key=lambda r: (r[0]["published"], r[0]["outlet"], r[0]["title"], r[0]["url"]))
        for source, sentence in reports or [(article_source({}), next(iter(sorted(sentences.values())), ""))]:
            rows.append({**event, **source, "sentence": sentence})
    return rows


def events_csv(g: nx.MultiDiGraph) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows([spreadsheet_safe(" ".join(str(row[column]).split())) for column in CSV_COLUMNS]
                     for row in event_rows(g))
    return "\ufeff" + out.getvalue()


# ------------------------------------------------------------------------------------ timelinejs.json

def timeline_date(day) -> dict[str, int]:
    return {"year": day.year, "month": day.month, "day": day.day}


def source_html(source: dict[str, str]) -> str:
    """One report as TimelineJS text (which is HTML): outlet, title and date, linked when it has a web address."""
    words = html.escape(" \u2014 ".join(x for x in (source["outlet"], source["title"]) if x) or "Unknown outlet")
    if source["url"].startswith(("http://", "https://")):
        words = f'<a href="{html.escape(source["url"], quote=True)}">{words}</a>'
    return words + (f" ({html.escape(source['published'])})" if source["published"] else "")


def timelinejs(g: nx.MultiDiGraph, title: str) -> dict:
    """TimelineJS's JSON: a title slide and one slide per dated event (TimelineJS needs a start date)."""
    kinds = {k.label: k for k in event_kinds()}
    events = []
    for node in event_nodes(g):
        d = g.nodes[node]
        days = span(d.get(DATE))
        if days is None:
            continue
        sources = reporting_articles(g, node)
        summary = kinds[d[LABEL]].summary(d) if d[LABEL] in kinds else d.get(NAME) or ""
        text = f"<p>{html.escape(summary)}</p>"
        if sources:
            text += "<p>Reported by: " + "; ".join(source_html(s) for s in sources) + "</p>"
        slide = {"unique_id": node, "start_date": timeline_date(days.first),
                 "text": {"headline": html.escape(event_title(d)), "text": text}, "group": kind_name(d)}
        if days.last != days.first:
            slide["end_date"] = timeline_date(days.last)
            slide["display_date"] = date_name(d.get(DATE))
        first = next((s for s in sources if s["url"].startswith(("http://", "https://"))), None)
        if first is not None:
            slide["media"] = {"url": first["url"], "credit": html.escape(first["outlet"]),
                              "caption": html.escape(first["title"])}
        events.append(slide)
    return {"title": {"text": {"headline": html.escape(title),
                               "text": f"<p>{len(events)} dated events, from the articles read</p>"}},
            "events": events}


# ----------------------------------------------------------------------------------------- graph.gexf

# GEXF gives `start`, `end` and `type` (directed or not) of an edge a meaning of its own, and a
# multigraph's edge key is written as `networkx_key`: the graph's evidence offsets, relationship type
# and article key take other names there.
GEXF_EDGE_NAMES = {START: "sentence_start", END: "sentence_end", "type": "relationship"}
GEXF_NODE_NAMES = {"key": "article_key"}
# The layout networkx's GEXF writer gives (so files compare with earlier builds), less its day of
# writing (the same graph must give the same bytes), with the XML Schema instance namespace spelled
# right (a validator finds the schema) and dateline, which writes it, as its creator.
GEXF_HEAD = ('<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
             "  <meta>\n    <creator>dateline</creator>\n  </meta>\n")


def _renamed(data: dict, names: dict[str, str]) -> dict:
    return {names.get(a, a): value for a, value in data.items()}


def gexf(g: nx.MultiDiGraph) -> str:
    """GEXF 1.3, dynamic, written directly: names as labels, lists joined, and events and their edges
    from the first to the last day of the event's date (`start`, `end`); attributes are numbered in
    order of first use, nodes' first, and every non-ASCII character is a character reference."""
    when: dict = {}   # node or edge -> its days
    for node, data in g.nodes(data=True):
        days = span(data.get(DATE)) if is_event(data) else None
        if days is not None:
            when[node] = (days.first.isoformat(), days.last.isoformat())
            for u, v, k in itertools.chain(g.in_edges(node, keys=True), g.out_edges(node, keys=True)):
                when[u, v, k] = when[node]
    nodes = [(n, _renamed(scalar_node_data(n, d), GEXF_NODE_NAMES)) for n, d in g.nodes(data=True)]
    edges = [(u, v, k, {**_renamed(scalars(d), GEXF_EDGE_NAMES), "networkx_key": k})
             for u, v, k, d in g.edges(keys=True, data=True)]
    attributes: dict[str, dict[str, tuple[str, str]]] = {"node": {}, "edge": {}}   # title -> (id, type)
    count = 0
    for scope, records in (("node", [d for _, d in nodes]), ("edge", [e[3] for e in edges])):
        found = attributes[scope]
        for d in records:
            for title, value in d.items():
                if title not in found and (scope, title) != ("node", "label"):   # a node's label is its own
                    found[title] = (str(count), xml_type(value))
                    count += 1
    parts = [GEXF_HEAD, '  <graph defaultedgetype="directed" mode="dynamic" name=""'
             + (' timeformat="date">\n' if when else ">\n")]
    for scope in ("edge", "node"):   # networkx puts each class's block first as it opens
        if attributes[scope]:
            parts.append(f'    <attributes mode="static" class="{scope}">\n')
            parts += [f'      <attribute id="{i}" title="{_gexf_attribute(title)}" type="{kind}" />\n'
                      for title, (i, kind) in attributes[scope].items()]
            parts.append("    </attributes>\n")
    parts.append("    <nodes>\n" if nodes else "    <nodes />\n")
    for n, d in nodes:
        opening = f'node id="{_gexf_attribute(str(n))}" label="{_gexf_attribute(str(d.pop("label", n)))}"'
        parts.append(_gexf_element(opening + _gexf_days(when.get(n)), d, attributes["node"]))
    if nodes:
        parts.append("    </nodes>\n")
    parts.append("    <edges>\n" if edges else "    <edges />\n")
    for number, (u, v, k, d) in enumerate(edges):
        opening = f'edge source="{_gexf_attribute(str(u))}" target="{_gexf_attribute(str(v))}" id="{number}"'
        parts.append(_gexf_element(opening + _gexf_days(when.get((u, v, k))), d, attributes["edge"]))
    if edges:
        parts.append("    </edges>\n")
    parts.append("  </graph>\n</gexf>")
    return "".join(parts).encode("ascii", "xmlcharrefreplace").decode("ascii") + "\n"


def _gexf_attribute(text: str) -> str:
    return xml_attribute(text, tab="&#09;")


def _gexf_days(days: tuple[str, str] | None) -> str:
    return f' start="{days[0]}" end="{days[1]}"' if days else ""


def _gexf_element(opening: str, data: dict, attributes: dict) -> str:
    values = "".join(f'          <attvalue for="{attributes[title][0]}" value="{_gexf_attribute(_gexf_value(value))}" />\n'
                     for title, value in data.items())
    return xml_element("      ", opening, values and f"        <attvalues>\n{values}        </attvalues>\n", " />")


def _gexf_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return {"inf": "INF", "-inf": "-INF", "nan": "NaN"}.get(text, text) if isinstance(value, float) else text


def write_tables(g: nx.MultiDiGraph, out_dir: Path, title: str) -> list[Path]:
    """events.csv and timelinejs.json in out_dir."""
    out_dir = Path(out_dir)
    return [write_atomic(out_dir / "events.csv", events_csv(g)),
            write_atomic(out_dir / "timelinejs.json", indented_json(timelinejs(g, title)))]


def write_gexf(g: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """graph.gexf in out_dir (a writer of its own: as long as the other two tables together)."""
    return [write_atomic(Path(out_dir) / "graph.gexf", gexf(g))]

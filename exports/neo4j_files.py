"""Neo4j files written by every build under ``DIR/neo4j/``; no server is needed to write them.

- ``schema.cypher``: the uniqueness constraints and indexes (run it after a bulk import).
- ``load.cypher``: the schema, then the driver load's own MERGE statements with their rows
  written as Cypher literals; it runs as-is on Neo4j 5.26+:
  ``cypher-shell -u neo4j -p PASSWORD -f load.cypher``, or pasted into Neo4j Browser.
- ``nodes_<Label>.csv``, ``relationships.csv`` and ``import.args``: a new database in one pass,
  ``cd DIR/neo4j && neo4j-admin database import full @import.args neo4j`` (server stopped,
  database absent or empty), then start the server and run ``schema.cypher``.
- ``style.grass``: Neo4j Browser style, a colour per event kind; type ``:style`` in Browser and drop the file on it.
- ``queries.cypher``: worked questions (the timeline of one actor, who met whom between two dates,
  everything an actor said, what one actor said about another, which outlets reported an event,
  every event of a PLOVER category in a date range with who reported it, events reported by more
  than one outlet, the shortest path between two actors) with example parameters taken from the
  graph. Dates sort and filter by ``dateStart``/``dateEnd``, so a week sits among its days.

All three routes store the same graph (see ``neo4j_load`` for how attributes become data).
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import networkx as nx

from dateline.exports.neo4j_load import (
    SCHEMA, NodeRow, RelationshipRow, day, load_batches, node_rows, relationship_rows)
from dateline.exports.files import FORMULA_START, write_atomic
from dateline.exports.neo4j_server import Neo4jExportError
from dateline.graph.schema import MEETING, PARTICIPATED_IN, REPORTED_IN, SAID, STATEMENT, TEXT, event_kinds, is_event

FILE_BATCH_SIZE = 1000  # rows per statement in load.cypher: small enough for Browser
# Lists in the CSV files are joined with the unit separator, a character news text never holds.
ARRAY_DELIMITER = "\x1f"
# A cell a spreadsheet would run as a formula (files.FORMULA_START) is
# written as a space and then the quoted text: to a spreadsheet the cell starts with a space (text,
# never a formula); neo4j-admin, told to trim strings, skips a space outside quotes and reads the
# quoted text exactly (inside quotes nothing is trimmed, and our unquoted cells hold no spaces).
IMPORT_OPTIONS = ["--array-delimiter=U+001F", "--multiline-fields=true", "--trim-strings=true"]
STYLE = Path(__file__).parent / "assets" / "neo4j-style.grass"

# Python type of a column's values -> neo4j-admin import header type ("" is string)
CSV_TYPES = {str: "", bool: "boolean", int: "long", float: "double", dt.date: "date"}
SIMPLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# How Cypher string literals write a quote, a backslash and the control characters; found by one
# regular expression (str.translate with this table is six times slower on a sentence, which has none)
CYPHER_ESCAPES = {**{chr(code): f"\\u{code:04x}" for code in range(32)},
                  "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
CYPHER_ESCAPED = re.compile("[" + re.escape("".join(CYPHER_ESCAPES)) + "]")
PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")  # not $( ... ), the dynamic labels


@dataclass
class WorkedQuery:
    title: str
    cypher: str
    parameters: dict


def write_neo4j_files(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """Write the Neo4j files of ``graph`` into ``out_dir``; the paths written, sorted.

    Each file is written to a temporary name in ``out_dir`` and renamed into place.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nodes, relationships = node_rows(graph), relationship_rows(graph)
    files = {
        "schema.cypher": "".join(f"{statement};\n" for statement in SCHEMA),
        "load.cypher": load_cypher(nodes, relationships),
        "style.grass": style_grass(),
        "queries.cypher": queries_cypher(worked_queries(graph)),
        **csv_files(nodes, relationships),
    }
    for name, text in files.items():
        write_atomic(out_dir / name, text)
    return sorted(out_dir / name for name in files)


# Captions that are not the event's name: a statement reads as what was said (its speaker is the
# actor at the other end of SAID).
CAPTIONS = {STATEMENT: "{" + TEXT + "}"}


def style_grass() -> str:
    """The Browser style: the fixed styles of entities and events, then one per registered kind."""
    parts = [STYLE.read_text(encoding="utf-8")]
    for kind in event_kinds():
        caption = f'  caption: "{CAPTIONS[kind.label]}";\n' if kind.label in CAPTIONS else ""
        parts.append(f"node.{kind.label} {{\n  color: {kind.colour};\n  border-color: {_darker(kind.colour)};\n"
                     f"{caption}}}\n")
    return "".join(parts)


def _darker(colour: str) -> str:
    """The border of a node: its colour at two thirds of the brightness."""
    rgb = [int(colour[i:i + 2], 16) * 2 // 3 for i in (1, 3, 5)]
    return "#" + "".join(f"{c:02X}" for c in rgb)


def load_cypher(nodes: list[NodeRow], relationships: list[RelationshipRow]) -> str:
    parts = ["// dateline graph for Neo4j 5.26+: run with cypher-shell -f, or in Neo4j Browser.\n"
             "// Every statement merges by id, so running the file again changes nothing.\n"]
    parts += [f"{statement};\n" for statement in SCHEMA]
    parts += [f"{inline(batch.statement, batch.parameters)};\n"
              for batch in load_batches(nodes, relationships, FILE_BATCH_SIZE)]
    return "".join(parts)


def inline(statement: str, parameters: dict) -> str:
    """``statement`` with each ``$name`` replaced by the Cypher literal of its parameter."""
    return PARAMETER.sub(lambda match: cypher_literal(parameters[match.group(1)]), statement)


def cypher_literal(value: object) -> str:
    if isinstance(value, str):   # the most common first
        return "'" + CYPHER_ESCAPED.sub(_cypher_escape, value) + "'"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_name(key)}: {cypher_literal(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(item) for item in value) + "]"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise Neo4jExportError(f"{value} cannot be written as a Cypher literal")
        return repr(value)
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    raise Neo4jExportError(f"{value!r} ({type(value).__name__}) cannot be written as a Cypher literal")


def _cypher_escape(match: re.Match) -> str:
    return CYPHER_ESCAPES[match.group()]


def csv_files(nodes: list[NodeRow], relationships: list[RelationshipRow]) -> dict[str, str]:
    """File name -> text of the CSV files for ``neo4j-admin database import full``, and ``import.args``."""
    files = {}
    for label, group in groupby(nodes, key=lambda row: row.label):
        files[f"nodes_{label}.csv"] = _nodes_csv(list(group))
    files["relationships.csv"] = _relationships_csv(relationships)
    arguments = [f"--nodes={name}" for name in files if name.startswith("nodes_")]
    arguments += ["--relationships=relationships.csv", *IMPORT_OPTIONS]  # options with one value last:
    files["import.args"] = "".join(f"{argument}\n" for argument in arguments)  # --nodes takes several
    return files


def worked_queries(graph: nx.MultiDiGraph) -> list[WorkedQuery]:
    """The worked questions, with example parameters from ``graph``: its most active actor, the actor
    it met most (also the one asked about), the month of its first meeting, the most told PLOVER
    category, and the event reported by the most articles."""
    nodes = graph.nodes
    active = Counter()
    meetings = defaultdict(set)
    for source, target, data in graph.edges(data=True):
        if data.get("type") in (PARTICIPATED_IN, SAID):
            active[source] += 1
        if data.get("type") == PARTICIPATED_IN and nodes[target].get("label") == MEETING:
            meetings[source].add(target)
    ranked = sorted(active, key=lambda actor: (-active[actor], nodes[actor].get("name", "")))
    actor = ranked[0] if ranked else None
    met = Counter({other: len(meetings[actor] & meetings[other]) for other in ranked if other != actor})
    others = sorted(met, key=lambda other: (-met[other], nodes[other].get("name", "")))
    days = sorted(filter(None, (day(nodes[meeting].get("date")) for meeting in meetings[actor])))
    first = days[0] if days else dt.date(2000, 1, 1)
    categories = Counter(d["plover"] for _, d in graph.nodes(data=True) if d.get("plover"))
    category = min(categories, key=lambda c: (-categories[c], c), default="ASSAULT")   # the most told
    event_days = sorted(filter(None, (day(d.get("date")) for _, d in graph.nodes(data=True)
                                      if d.get("plover") == category)))
    first_event, last_event = (event_days[0], event_days[-1]) if event_days else (first, first)
    month_end = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    name = nodes[actor]["name"] if actor else ""
    other = nodes[others[0]]["name"] if others else ""
    reports = Counter({e: sum(1 for _, _, k in graph.out_edges(e, keys=True) if k == REPORTED_IN)
                       for e, d in graph.nodes(data=True) if is_event(d)})
    reported = min(reports, key=lambda e: (-reports[e], str(e)), default="")
    who = "WHERE a.name = $actor OR $actor IN a.aliases"
    outlets = ("COLLECT { MATCH (e)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet) "
               "RETURN DISTINCT o.name AS outlet ORDER BY outlet }")
    kind = "[label IN labels(e) WHERE label <> 'Event' AND label <> toUpper(label)][0]"   # not the PLOVER label
    by_date = "e.dateStart, e.dateEnd"   # a week or a month at its first day, among the days
    return [
        WorkedQuery(
            "The timeline of one actor: every event they took part in or spoke at, by date, "
            "with who else took part and who reported it",
            f"MATCH (a:Actor) {who}\n"
            "MATCH (a)-[:PARTICIPATED_IN|SAID]->(e:Event)\n"
            "WITH DISTINCT a, e\n"
            f"RETURN e.timex AS date, {kind} AS kind, e.name AS event, e.place AS place,\n"
            "       COLLECT { MATCH (e)<-[:PARTICIPATED_IN|SAID]-(o:Actor) WHERE o <> a "
            "RETURN DISTINCT o.name AS name ORDER BY name } AS with,\n"
            f"       {outlets} AS outlets\n"
            f"ORDER BY {by_date}, event",
            {"actor": name}),
        WorkedQuery(
            "Who met whom between two dates",
            "MATCH (a:Actor)-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(b:Actor)\n"
            "WHERE a.name < b.name AND date($since) <= m.dateStart AND m.dateEnd <= date($until)\n"
            "RETURN m.timex AS date, a.name AS actor, b.name AS met, m.place AS place, m.status AS status\n"
            "ORDER BY m.dateStart, m.dateEnd, actor, met",
            {"since": first.replace(day=1).isoformat(), "until": month_end.isoformat()}),
        WorkedQuery(
            "Everything an actor said, by date",
            f"MATCH (a:Actor)-[:SAID]->(e:Statement) {who}\n"
            "RETURN e.timex AS date, e.text AS said, e.quote AS quoted,\n"
            "       COLLECT { MATCH (e)-[:ADDRESSED_TO]->(to:Actor) RETURN to.name AS name ORDER BY name } AS to,\n"
            f"       {outlets} AS outlets\n"
            f"ORDER BY {by_date}, said",
            {"actor": name}),
        WorkedQuery(
            "What did one actor say about another: statements addressed to them or naming them",
            f"MATCH (a:Actor)-[:SAID]->(e:Statement) {who}\n"
            "MATCH (b:Actor) WHERE b.name = $about OR $about IN b.aliases\n"
            "WITH e, b WHERE (e)-[:ADDRESSED_TO]->(b)\n"
            "             OR any(alias IN coalesce(b.aliases, []) + b.name WHERE e.text CONTAINS alias)\n"
            f"RETURN e.timex AS date, e.text AS said, {outlets} AS outlets\n"
            f"ORDER BY {by_date}, said",
            {"actor": name, "about": other}),
        WorkedQuery(
            "Which outlets reported an event: each article with its outlet, title, date and address",
            "MATCH (e:Event {id: $event})-[:REPORTED_IN]->(article:Article)\n"
            "RETURN COLLECT { MATCH (article)-[:PUBLISHED_BY]->(o:Outlet) RETURN o.name AS name ORDER BY name }"
            " AS outlets,\n"
            "       article.title AS title, article.published AS published, article.url AS url\n"
            "ORDER BY published, title",
            {"event": reported}),
        WorkedQuery(
            "Every event of a PLOVER category (ASSAULT, CONSULT, ...) in a date range, with who reported it",
            "MATCH (e:Event) WHERE e.plover = $category AND date($since) <= e.dateStart AND e.dateEnd <= date($until)\n"
            "RETURN e.timex AS date, e.name AS event, e.status AS status, e.place AS place, e.count AS count,\n"
            "       COLLECT { MATCH (e)-[:REPORTED_BY]->(r:Actor) RETURN r.name AS name ORDER BY name } AS reportedBy,\n"
            f"       {outlets} AS outlets\n"
            f"ORDER BY {by_date}, event",
            {"category": category, "since": first_event.replace(day=1).isoformat(),
             "until": last_event.isoformat()}),
        WorkedQuery(
            "Events reported by more than one outlet",
            "MATCH (e:Event)\n"
            f"WITH e, {outlets} AS outlets\n"
            "WHERE size(outlets) > 1\n"
            f"RETURN e.timex AS date, {kind} AS kind, e.name AS event, outlets\n"
            f"ORDER BY {by_date}, event",
            {}),
        WorkedQuery(
            "The shortest path between two actors through meetings and statements",
            f"MATCH (a:Actor) {who}\n"
            "MATCH (b:Actor) WHERE b <> a AND (b.name = $other OR $other IN b.aliases)\n"
            "MATCH path = shortestPath((a)-[:PARTICIPATED_IN|SAID|ADDRESSED_TO*..12]-(b))\n"
            "RETURN [node IN nodes(path) | node.name] AS steps, path",
            {"actor": name, "other": other}),
    ]


def queries_cypher(queries: list[WorkedQuery]) -> str:
    parts = ["// Worked questions for the dateline graph. Change the :param lines to ask about others.\n"]
    for query in queries:
        parts.append(f"\n// {query.title}\n")
        if query.parameters:
            parts.append(f":param {cypher_literal(query.parameters)}\n")
        parts.append(f"{query.cypher};\n")
    return "".join(parts)


def _nodes_csv(rows: list[NodeRow]) -> str:
    values = [{**row.properties, **row.lists} for row in rows]
    columns = _columns(values, "nodes")
    position = {key: i for i, (key, _) in enumerate(columns)}
    lines = [",".join(["id:ID", *(header for _, header in columns), ":LABEL"])]
    for row, held in zip(rows, values):
        lines.append(",".join([_csv_field(row.id), *_fields(held, position), _csv_field([row.label, *row.labels])]))
    return "\n".join(lines) + "\n"


def _relationships_csv(rows: list[RelationshipRow]) -> str:
    columns = _columns([row.properties for row in rows], "relationships")
    position = {key: i for i, (key, _) in enumerate(columns)}
    lines = [",".join([":START_ID", ":END_ID", ":TYPE", *(header for _, header in columns)])]
    for row in rows:
        lines.append(",".join([_csv_field(row.source), _csv_field(row.target), _csv_field(row.type),
                               *_fields(row.properties, position)]))
    return "\n".join(lines) + "\n"


def _fields(values: dict, position: dict[str, int]) -> list[str]:
    """A row's fields under the columns (key -> position): the properties it has written, the others empty."""
    fields = [""] * len(position)
    for key, value in values.items():
        fields[position[key]] = _csv_field(value)
    return fields


def _columns(records: list[dict], where: str) -> list[tuple[str, str]]:
    """(key, header) for every key of ``records``, sorted, typed from the values it holds."""
    kinds = defaultdict(set)
    for record in records:
        for key, value in record.items():
            kinds[key].add((type(value[0]), "[]") if isinstance(value, list) else (type(value), ""))
    columns = []
    for key in sorted(kinds):
        if not SIMPLE_NAME.match(key):
            raise Neo4jExportError(f"{where}: property {key!r} cannot be a neo4j-admin import column")
        found = kinds[key]
        if found == {(int, ""), (float, "")}:
            found = {(float, "")}
        if len(found) != 1 or next(iter(found))[0] not in CSV_TYPES:
            raise Neo4jExportError(f"{where}: property {key!r} holds values of several types: {sorted(map(str, found))}")
        kind, array = next(iter(found))
        csv_type = CSV_TYPES[kind] or ("string" if array else "")
        columns.append((key, f"{key}:{csv_type}{array}" if csv_type else key))
    return columns


def _csv_field(value: object) -> str:
    """One field; strings quoted so that an empty string stays one (an empty field is no value)."""
    if isinstance(value, str):   # the most common first
        return _csv_text(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        items = [str(item) if not isinstance(item, dt.date) else item.isoformat() for item in value]
        if any(ARRAY_DELIMITER in item for item in items):
            raise Neo4jExportError(f"list item holds the CSV array delimiter U+001F: {value!r}")
        return _csv_text(ARRAY_DELIMITER.join(items))
    return _csv_text(str(value))


def _csv_text(value: str) -> str:
    quoted = '"' + value.replace('"', '""') + '"'
    return " " + quoted if value.startswith(FORMULA_START) else quoted


@functools.lru_cache(maxsize=1024)   # the few property names of a graph, met on every row
def _name(key: str) -> str:
    return key if SIMPLE_NAME.match(key) else "`" + key.replace("`", "``") + "`"

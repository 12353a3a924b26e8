"""Load the graph into Neo4j through the driver: idempotent, in batches, by the graph's stable ids.

Schema first (a uniqueness constraint per merge label, indexes for the worked queries), then
nodes and relationships with ``UNWIND $rows AS row MERGE ...``. Loading the same graph twice
changes nothing; loading a later graph merges into what is there: a known meeting gains a
REPORTED_IN instead of a twin, an actor's aliases and roles become the union of both. Values
always travel as parameters; the only words put into Cypher text are the labels of the tables
below and relationship types (backquoted).

How graph attributes become Neo4j data (the same for the driver load, ``load.cypher`` and
the CSV import, see ``neo4j_files``):

- labels: ``:Article``, ``:Actor`` (plus ``:Person``/``:Organization``/``:Location``/... from
  ``kind``), ``:Outlet``, and ``:Event`` plus its kind's labels from the registry (``schema.EventKind``): the
  graph label and the PLOVER category (``:Meeting:CONSULT``, ``:Assault:ASSAULT``, ``:Statement``);
- property keys are camelCase, the Cypher manual's convention (``date_basis`` -> ``dateBasis``);
  the graph itself keeps its snake_case attribute names;
- ``date`` and ``published`` become Neo4j ``date`` values when the day is known, and their
  text (the TIMEX3 value) is kept in ``timex`` and ``publishedTimex``; an event's ``dateStart``
  and ``dateEnd`` are the first and last day its value covers (a week, a month, a quarter), so
  that events sort and filter by date whatever the value's size (``loaders.timex_values``);
- an event's actors are its relationships only: the name lists the graph keeps beside them
  (``participants``, ``sources``, ``targets``, ``reporters``) are not stored twice;
- outlets are ``(:Outlet)`` nodes, ``(:Article)-[:PUBLISHED_BY]->(:Outlet)``, as in the graph;
- ``None`` and empty lists are not stored (Neo4j has no null properties and its bulk import
  cannot write an empty list); scalars are overwritten by the latest load, lists are unioned;
- ``Actor.mentions`` is the sum of its ``MENTIONED_IN.count`` when it has such relationships,
  so that it stays a count over everything loaded.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

import networkx as nx

from dateline.exports.neo4j_ledger import graph_digests, last_load, record_load, split_key
from dateline.exports.neo4j_server import USER, Neo4jExportError
from dateline.graph import schema
from dateline.graph.schema import (ACTOR, DATE, ENTITY_LABELS, EVENT, PARTICIPANTS, PLOVER_CATEGORIES, REPORTERS,
                                   SOURCES, TARGETS, event_kinds)
from dateline.loaders.timex_values import day_of, span

KIND_LABELS = {"person": "Person", "organization": "Organization", "location": "Location", "group": "Group",
               "product": "Product"}
# Labels a later load may take away: an actor's kind, an event's PLOVER category (planned, then held).
CHANGING_LABELS = sorted({*KIND_LABELS.values(), *PLOVER_CATEGORIES})
# graph attribute holding a TIMEX3/ISO value -> property that keeps the text beside the Neo4j date
DATE_PROPERTIES = {DATE: "timex", "published": "publishedTimex"}
# the first and last day an event's date covers
SPAN_PROPERTIES = ("dateStart", "dateEnd")
# Lists of actor names that repeat an event's relationships (PARTICIPATED_IN with its role, REPORTED_BY).
RELATIONSHIP_LISTS = (PARTICIPANTS, SOURCES, TARGETS, REPORTERS)

SCHEMA = [
    *(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
      for label in (*ENTITY_LABELS, EVENT)),
    "CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
    "CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart)",
]
BATCH_SIZE = 5000
# how graph data becomes rows: a change here or in the schema sends every row again after it
ROW_FORMAT = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (sys.modules[__name__], schema))
OLDEST_SERVER = (5, 26)  # dynamic labels and types, CALL (n, row) { ... }
RETRY_SECONDS = 10.0

MENTIONS_STATEMENT = """UNWIND $ids AS id
MATCH (a:Actor {id: id})
CALL (a) { MATCH (a)-[m:MENTIONED_IN]->(:Article) RETURN sum(m.count) AS mentions }
SET a.mentions = mentions"""


def node_statement(label: str) -> str:
    """MERGE nodes on ``label``; params ``rows`` (id, properties, lists, labels) and ``changing_labels``."""
    return f"""UNWIND $rows AS row
MERGE (n:{label} {{id: row.id}})
SET n += row.properties
WITH n, row
CALL (n, row) {{
  UNWIND keys(row.lists) AS key
  SET n[key] = COLLECT {{ UNWIND coalesce(n[key], []) + row.lists[key] AS item RETURN DISTINCT item ORDER BY item }}
}}
REMOVE n:$([kind IN labels(n) WHERE kind IN $changing_labels AND NOT kind IN row.labels])
SET n:$(row.labels)"""


def relationship_statement(kind: str, source_label: str, target_label: str) -> str:
    """MERGE relationships of type ``kind`` between nodes found by id; param ``rows``.

    The type is written into the text: with a dynamic type (``$($type)``) Neo4j 5.26 plans
    MERGE as a scan of all relationships per row.
    """
    return f"""UNWIND $rows AS row
MATCH (a:{source_label} {{id: row.source}})
MATCH (b:{target_label} {{id: row.target}})
MERGE (a)-[r:{identifier(kind)}]->(b)
SET r += row.properties"""


def identifier(name: str) -> str:
    """``name`` as a Cypher identifier, backquoted (a backquote inside is doubled)."""
    return "`" + name.replace("`", "``") + "`"


@dataclass
class NodeRow:
    id: str
    label: str  # the label it is merged on: Article, Actor, Outlet or Event
    labels: list[str]  # further labels: the actor's kind, the event's kind
    properties: dict  # scalars and dates, never None
    lists: dict[str, list]  # unioned with what is stored, never empty

    def parameters(self) -> dict:
        return {"id": self.id, "labels": self.labels, "properties": self.properties, "lists": self.lists}



@dataclass
class RelationshipRow:
    type: str
    source: str
    target: str
    source_label: str
    target_label: str
    properties: dict

    def parameters(self) -> dict:
        return {"source": self.source, "target": self.target, "properties": self.properties}



@dataclass
class Batch:
    """One statement with its parameters: one transaction in the driver load, one statement in load.cypher."""

    statement: str
    parameters: dict


@dataclass
class LoadReport:
    uri: str
    nodes: int
    relationships: int
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    seconds: float = 0.0
    batches: int = 0
    unchanged: int = 0   # rows the ledger showed were already there as they are, not sent

    @property
    def relationships_per_second(self) -> float:
        return self.relationships / self.seconds if self.seconds else 0.0

    def __str__(self) -> str:
        return (f"{self.nodes:,} nodes and {self.relationships:,} relationships merged into {self.uri} "
                f"in {self.seconds:.1f} s ({self.nodes_created:,} nodes and {self.relationships_created:,} "
                "relationships new" + (f"; {self.unchanged:,} unchanged rows not sent again)" if self.unchanged else ")"))


def node_rows(graph: nx.MultiDiGraph, only: set | None = None) -> list[NodeRow]:
    """Every node (or those in `only`) as a row, sorted by merge label and id."""
    kinds = {k.label: k for k in event_kinds()}
    rows = []
    for node, data in graph.nodes(data=True):
        if only is not None and node not in only:
            continue
        label = data.get("label", EVENT)
        merge_label = merge_label_of(label)
        if merge_label == ACTOR:
            labels = [KIND_LABELS[data["kind"]]] if data.get("kind") in KIND_LABELS else []
        elif merge_label == EVENT:
            labels = list(kinds[label].neo4j_labels(data)) if label in kinds else [label]
        else:
            labels = []
        properties, lists = _split_values(data, skip=("id", "label"), where=f"node {node!r}")
        rows.append(NodeRow(str(data.get("id", node)), merge_label, labels, properties, lists))
    return sorted(rows, key=lambda row: (row.label, row.id))


def merge_label_of(label: str | None) -> str:
    """The label a node is merged on: its own for an entity, ``Event`` for every event."""
    return label if label in ENTITY_LABELS else EVENT


def relationship_rows(graph: nx.MultiDiGraph, only: set | None = None) -> list[RelationshipRow]:
    """Every edge (or those (source, target, key) in `only`) as a row, sorted by type, end labels,
    source and target."""
    merge_label = {node: merge_label_of(data.get("label")) for node, data in graph.nodes(data=True)}
    node_id = {node: str(data.get("id", node)) for node, data in graph.nodes(data=True)}
    rows = []
    for source, target, key, data in graph.edges(keys=True, data=True):
        if only is not None and (source, target, key) not in only:
            continue
        properties, lists = _split_values(data, skip=("type",), where=f"edge {source!r} -> {target!r}")
        rows.append(RelationshipRow(str(data.get("type", key)), node_id[source], node_id[target],
                                    merge_label[source], merge_label[target], {**properties, **lists}))
    return sorted(rows, key=lambda row: (row.type, row.source_label, row.target_label, row.source, row.target))


def load_batches(nodes: list[NodeRow], relationships: list[RelationshipRow],
                 batch_size: int = BATCH_SIZE) -> Iterator[Batch]:
    """The statements of a load in order: nodes by merge label, relationships by type and end labels,
    then the actors' mention counts. The schema (``SCHEMA``) goes before them."""
    for label, group in groupby(nodes, key=lambda row: row.label):
        for chunk in _chunks([row.parameters() for row in group], batch_size):
            yield Batch(node_statement(label), {"rows": chunk, "changing_labels": CHANGING_LABELS})
    for (kind, source_label, target_label), group in groupby(
            relationships, key=lambda row: (row.type, row.source_label, row.target_label)):
        for chunk in _chunks([row.parameters() for row in group], batch_size):
            yield Batch(relationship_statement(kind, source_label, target_label), {"rows": chunk})
    mentioned = sorted({row.source for row in relationships if row.type == "MENTIONED_IN"})
    for chunk in _chunks(mentioned, batch_size):
        yield Batch(MENTIONS_STATEMENT, {"ids": chunk})


def load_graph(graph: nx.MultiDiGraph, uri: str, user: str | None = USER, password: str | None = None,
               batch_size: int = BATCH_SIZE, progress: Callable[[int, int], None] | None = None,
               ledger: Path | None = None) -> LoadReport:
    """Write ``graph`` into the Neo4j at ``uri`` (auth off when ``password`` is None).

    Each batch is its own transaction, so a load cut off midway leaves whole batches behind,
    and running it again finishes it without duplicates. ``progress(batches_done, batches)``
    is called after each committed batch. With a ``ledger`` (``neo4j_ledger``) only the rows that
    changed since the last load into ``uri`` are written, while the server is as that load left it.
    Raises Neo4jExportError with a message for people.
    """
    from neo4j import GraphDatabase   # the driver (half a second to import) only where a load needs it
    from neo4j.exceptions import DriverError, Neo4jError

    digests = graph_digests(graph, ROW_FORMAT)
    report = LoadReport(uri, graph.number_of_nodes(), graph.number_of_edges())
    auth = (user or USER, password) if password is not None else None
    started = time.perf_counter()
    done, total = 0, 0
    try:
        with GraphDatabase.driver(uri, auth=auth, max_transaction_retry_time=RETRY_SECONDS) as driver:
            driver.verify_connectivity()
            _check_version(driver, uri)
            before = last_load(ledger, uri) if ledger is not None else None
            changed = None   # everything
            if before is not None and (before.nodes, before.relationships) == _server_counts(driver):
                changed = {key for key, d in digests.items() if before.digests.get(key) != d}
                report.unchanged = len(digests) - len(changed)
            nodes = node_rows(graph, None if changed is None else {k[1] for k in map(split_key, changed) if k[0] == "n"})
            relationships = relationship_rows(
                graph, None if changed is None else {tuple(k[1:]) for k in map(split_key, changed) if k[0] == "r"})
            batches = list(load_batches(nodes, relationships, batch_size))
            report.batches = total = len(batches)
            for statement in SCHEMA:
                driver.execute_query(statement)
            for batch in batches:
                counters = driver.execute_query(batch.statement, batch.parameters).summary.counters
                report.nodes_created += counters.nodes_created
                report.relationships_created += counters.relationships_created
                report.properties_set += counters.properties_set
                done += 1
                if progress is not None:
                    progress(done, len(batches))
            if ledger is not None:
                record_load(ledger, uri, digests, *_server_counts(driver), before)
    except (Neo4jError, DriverError, OSError) as error:
        raise _explain(error, uri, user, done, total) from error
    except sqlite3.Error as error:
        raise Neo4jExportError(f"{ledger}: the record of earlier loads cannot be used ({error}); "
                               "remove it and the next load writes everything") from error
    report.seconds = time.perf_counter() - started
    return report


def _server_counts(driver) -> tuple[int, int]:
    """The server's node and relationship counts (Neo4j answers both from its count store)."""
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    relationships = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    return nodes, relationships


def day(value: object) -> dt.date | None:
    """The calendar day of a TIMEX3/ISO value when it names one (``2012-07-09TNI`` -> 2012-07-09)."""
    return day_of(value) if isinstance(value, str) else None


@functools.lru_cache(maxsize=None)   # a graph has few attribute names, each met on every node
def camel_case(key: str) -> str:
    """A graph attribute name as a Neo4j property key: ``published_basis`` -> ``publishedBasis``."""
    head, *rest = key.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


def _split_values(data: dict, skip: tuple[str, ...], where: str) -> tuple[dict, dict]:
    """(scalar properties, list properties) of a node's or edge's attributes, in sorted key order."""
    properties, lists = {}, {}
    for key in sorted(data):
        value = data[key]
        if key in skip or key in RELATIONSHIP_LISTS or value is None:
            continue
        days = span(value) if key == DATE else None
        if days is not None:
            properties.update(zip(SPAN_PROPERTIES, (days.first, days.last)))
        if key in DATE_PROPERTIES:
            properties[DATE_PROPERTIES[key]] = value
            value = day(value)
            if value is None:
                continue
        key = camel_case(key)
        if isinstance(value, (list, tuple)):
            if value:
                if len({type(item) for item in value}) != 1 or isinstance(value[0], (list, tuple, dict)):
                    raise Neo4jExportError(f"{where}: {key} must be a list of one kind of plain value, not {value!r}")
                lists[key] = list(value)
        elif isinstance(value, (str, bool, int, float, dt.date)):
            properties[key] = value
        else:
            raise Neo4jExportError(f"{where}: {key} holds {type(value).__name__}, which Neo4j cannot store")
    return properties, lists


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _check_version(driver, uri: str) -> None:
    agent = driver.get_server_info().agent  # "Neo4j/5.26.30"
    version = re.search(r"/(\d+)\.(\d+)", agent)
    if version is not None and tuple(map(int, version.groups())) < OLDEST_SERVER:
        raise Neo4jExportError(f"{uri} runs {agent}; dateline needs Neo4j 5.26 or later.")


def _explain(error: Exception, uri: str, user: str | None, done: int, total: int) -> Neo4jExportError:
    from neo4j.exceptions import AuthError, ClientError, ServiceUnavailable, SessionExpired

    reason = " ".join(str(getattr(error, "message", None) or error).split())  # the driver's text spans lines
    if isinstance(error, AuthError):
        return Neo4jExportError(
            f"Neo4j at {uri} refused the credentials of user {user!r} ({reason}). "
            "Check --user/--password (NEO4J_USER/NEO4J_PASSWORD).")
    if isinstance(error, (ServiceUnavailable, SessionExpired, OSError)):
        if done == 0:
            return Neo4jExportError(
                f"No Neo4j answers at {uri} ({reason}). Start one with `dateline neo4j start`, "
                "or point --uri (NEO4J_URI) at yours.")
        return Neo4jExportError(
            f"Neo4j at {uri} went away during the load after {done} of {total} batches ({reason}). "
            "Run the load again once it is back: it merges by id, so it finishes with no duplicates.")
    code = getattr(error, "code", None) or type(error).__name__
    if isinstance(error, ClientError) and ("ReadOnly" in code or "Forbidden" in code or "AccessMode" in code):
        return Neo4jExportError(f"Neo4j at {uri} refused to write ({code}: {reason}).")
    return Neo4jExportError(f"Neo4j at {uri} failed after {done} of {total} batches ({code}: {reason}).")

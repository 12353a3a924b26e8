"""Neo4j: the files (no server), and the load, the Cypher file and the CSV import against real servers.

The servers are Neo4j 5.26 Community run from Maven Central jars (``neo4j_server``), started
on free ports with auth on and a generated password. When NEO4J_URI is set (with NEO4J_USER,
NEO4J_PASSWORD), the load tests use that server instead; they clear it, so it must start empty.
The tests that cut a server off or bulk-import always start their own. A server that cannot
start fails the tests with its reason (Java 17+ and Maven must be installed).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import signal
import subprocess
import tempfile
import urllib.request
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from neo4j import GraphDatabase
from neo4j.time import Date

import dateline
from dateline.exports.neo4j_files import (
    csv_files, cypher_literal, inline, worked_queries, write_neo4j_files, _csv_field)
from dateline.exports.neo4j_load import day, load_graph, node_rows, relationship_rows
from dateline.exports.neo4j_server import (
    Neo4jExportError, cypher_shell_command, free_ports, import_files, server_status, start_server, stop_server)

ROOT = Path(__file__).resolve().parents[1]
from dateline.graph.synthetic import make_graph

# Names that break Cypher built by string pasting, and text that breaks CSV written carelessly.
HOSTILE_NAMES = [
    "Mu'ammar \"the Colonel\" al-Qaddafi",
    "`Backtick` Brigade``",
    "MATCH (n) DETACH DELETE n",
    "'}) WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "$rows {id: 1}",
    "Back\\slash \\' \\n, comma; semicolon",
    "Ünïcødé 名前 ☃",
    "RETURN",
    "=HYPERLINK(\"http://example.invalid\")",
]
HOSTILE_SENTENCE = 'He said: "We\'ll see", then\nwalked out; `quietly`, \\ slowly.'


# --- graphs ----------------------------------------------------------------------------------

def add_article(g, key, source, published, title=None):
    """An article and, as a build makes them, its outlet's node and PUBLISHED_BY."""
    g.add_node(f"article:{key}", id=f"article:{key}", label="Article", name=title or key, key=key,
               published=published, published_basis="manifest", source=source, title=title, url=None,
               path=f"{key}.txt")
    if source:
        outlet = f"outlet:{source.lower().replace(' ', '-')}"
        g.add_node(outlet, id=outlet, label="Outlet", name=source)
        g.add_edge(f"article:{key}", outlet, key="PUBLISHED_BY", type="PUBLISHED_BY")


def add_actor(g, slug, name, aliases, roles=(), kind="person", mentions=1):
    g.add_node(f"actor:{slug}", id=f"actor:{slug}", label="Actor", name=name, kind=kind,
               aliases=sorted(aliases), roles=sorted(roles), mentions=mentions)


def add_mention(g, actor, article, count):
    g.add_edge(f"actor:{actor}", f"article:{article}", key="MENTIONED_IN", type="MENTIONED_IN", count=count)


def add_meeting(g, node, date, granularity, actors, articles, place=None, sentence="They met."):
    g.add_node(node, id=node, label="Meeting", name=f"Meeting {node}", date=date, granularity=granularity,
               date_basis="test", status="held", place=place,
               participants=sorted(g.nodes[f"actor:{a}"]["name"] for a in actors))
    evidence = {"article": articles[0], "sentence": sentence, "start": 0, "end": len(sentence)}
    for actor in actors:
        g.add_edge(f"actor:{actor}", node, key="PARTICIPATED_IN", type="PARTICIPATED_IN", **evidence)
    for article in articles:
        g.add_edge(node, f"article:{article}", key="REPORTED_IN", type="REPORTED_IN", **{**evidence, "article": article})
    if place:
        g.add_node(f"place:{place.lower()}", id=f"place:{place.lower()}", label="Actor", kind="location", name=place, aliases=[place])
        g.add_edge(node, f"place:{place.lower()}", key="HELD_IN", type="HELD_IN")


def add_statement(g, node, speaker, text, date, granularity, article, addressee=None):
    g.add_node(node, id=node, label="Statement", name=f"Statement {node}", text=text, quote=True,
               speaker=g.nodes[f"actor:{speaker}"]["name"], addressee=addressee, date=date,
               granularity=granularity, date_basis="test")
    evidence = {"article": article, "sentence": text, "start": 3, "end": 3 + len(text)}
    g.add_edge(f"actor:{speaker}", node, key="SAID", type="SAID", **evidence)
    g.add_edge(node, f"article:{article}", key="REPORTED_IN", type="REPORTED_IN", **evidence)
    if addressee:
        g.add_edge(node, f"actor:{addressee}", key="ADDRESSED_TO", type="ADDRESSED_TO", **evidence)


def hostile_graph() -> nx.MultiDiGraph:
    """Every kind of node and edge, with names and text that must arrive verbatim."""
    g = nx.MultiDiGraph()
    add_article(g, "a1", "BBC News", "2012-03-11")
    add_article(g, "a2", "CBS News", "2012-03-11", title='Annan "optimistic", \'hopeful\'')
    add_article(g, "a3", "", None, title="")
    for i, name in enumerate(HOSTILE_NAMES):
        add_actor(g, f"h{i}", name, {name, name.upper()}, roles=["envoy"] if i % 2 else [],
                  kind=["person", "organization", "group", "location"][i % 4], mentions=i + 1)
        add_mention(g, f"h{i}", "a1", i + 1)
    add_meeting(g, "meeting:2012-03-10:h", "2012-03-10", "day", ["h0", "h1", "h2"], ["a1", "a2"],
                place="Damascus", sentence=HOSTILE_SENTENCE)
    add_meeting(g, "meeting:undated:h", None, None, ["h3", "h4"], ["a3"])
    add_statement(g, "statement:h1", "h5", HOSTILE_SENTENCE, "2012-03", "month", "a2", addressee="h6")
    add_statement(g, "statement:h2", "h7", "Monday night.", "2012-07-09TNI", "day", "a1")
    return g


def sample_graph() -> nx.MultiDiGraph:
    """A small synthetic corpus plus the hostile graph."""
    return nx.compose(make_graph(40, 120, 15, seed=3), hostile_graph())


def merge_graphs() -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
    """Two builds: the second reports the first's meeting again and knows more about its actors."""
    first = nx.MultiDiGraph()
    add_article(first, "bbc", "BBC News", "2012-03-11")
    add_actor(first, "annan", "Kofi Annan", ["Annan", "Kofi Annan"], roles=["envoy"], mentions=2)
    add_actor(first, "assad", "Bashar al-Assad", ["Assad"], mentions=1)
    add_actor(first, "group", "Action Group", ["Action Group"], kind="group")
    add_mention(first, "annan", "bbc", 2)
    add_mention(first, "assad", "bbc", 1)
    add_meeting(first, "meeting:2012-03-10:m", "2012-03-10", "day", ["annan", "assad"], ["bbc"], place="Damascus")
    second = nx.MultiDiGraph()
    add_article(second, "cbs", "CBS News", "2012-03-11")
    add_actor(second, "annan", "Kofi Annan", ["Kofi Annan", "Mr Annan"], roles=["U.N. envoy"], mentions=1)
    add_actor(second, "assad", "Bashar al-Assad", ["Bashar al-Assad"], mentions=1)
    add_actor(second, "group", "Action Group", ["the Action Group"], kind="organization")
    add_mention(second, "annan", "cbs", 1)
    add_mention(second, "assad", "cbs", 1)
    add_meeting(second, "meeting:2012-03-10:m", "2012-03-10", "day", ["annan", "assad"], ["cbs"], place="Damascus")
    return first, second


# --- servers ---------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def local_server():
    # Not under pytest's basetemp: another pytest run on the machine may prune that while this one runs.
    with tempfile.TemporaryDirectory(prefix="dateline-neo4j-") as home:
        server = start_server(Path(home), *free_ports(2))
        yield server
        stop_server(Path(home))


@pytest.fixture(scope="session")
def neo4j(request) -> dict:
    """Connection (uri, user, password) to an empty server: NEO4J_URI's, else a local one."""
    if os.environ.get("NEO4J_URI"):
        connection = {"uri": os.environ["NEO4J_URI"], "user": os.environ.get("NEO4J_USER", "neo4j"),
                      "password": os.environ.get("NEO4J_PASSWORD")}
        held = query(connection, "MATCH (n) RETURN count(n) AS n")[0]["n"]
        assert held == 0, f"NEO4J_URI={connection['uri']} holds {held} nodes; the tests clear it: give an empty one"
        return connection
    server = request.getfixturevalue("local_server")
    return {"uri": server.uri, "user": server.user, "password": server.password}


@pytest.fixture
def empty(neo4j) -> dict:
    wipe(neo4j)
    return neo4j


def query(connection: dict, cypher: str, **parameters) -> list[dict]:
    auth = (connection["user"], connection["password"]) if connection["password"] is not None else None
    with GraphDatabase.driver(connection["uri"], auth=auth) as driver:
        return [record.data() for record in driver.execute_query(cypher, parameters).records]


def wipe(connection: dict) -> None:
    auth = (connection["user"], connection["password"]) if connection["password"] is not None else None
    with GraphDatabase.driver(connection["uri"], auth=auth) as driver, driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def native(value):
    if isinstance(value, Date):
        return value.to_native()
    if isinstance(value, list):
        return [native(item) for item in value]
    return value


def snapshot(connection: dict) -> tuple[dict, list]:
    """Everything stored: nodes by id (labels, properties) and relationships, comparable with ==."""
    nodes = {row["id"]: (sorted(row["labels"]), {key: native(value) for key, value in row["properties"].items()})
             for row in query(connection, "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties")}
    relationships = sorted(
        (row["type"], row["source"], row["target"], sorted((key, native(value)) for key, value in row["properties"].items()))
        for row in query(connection, "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS source, b.id AS target, "
                                     "properties(r) AS properties"))
    return nodes, relationships


def counts(connection: dict) -> tuple[Counter, Counter]:
    labels = Counter({row["label"]: row["n"] for row in query(
        connection, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")})
    types = Counter({row["type"]: row["n"] for row in query(
        connection, "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")})
    return labels, types


def cypher_shell(connection: dict, path: Path) -> str:
    done = subprocess.run([*cypher_shell_command(connection["uri"], connection["user"], connection["password"]),
                           "--format", "plain", "-f", str(path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- without a server --------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2012-03-10", dt.date(2012, 3, 10)),
    ("2012-07-09TNI", dt.date(2012, 7, 9)),
    ("2012-03-10T14:30", dt.date(2012, 3, 10)),
    ("2012-03", None),
    ("2012-W11", None),
    ("2012", None),
    ("PRESENT_REF", None),
    ("2012-02-30", None),
    (None, None),
])
def test_day_of_a_timex_value(value, expected):
    assert day(value) == expected


@pytest.mark.parametrize("value, literal", [
    ("O'Brien", r"'O\'Brien'"),
    ('say "no"', "'say \"no\"'"),
    ("`tick`", "'`tick`'"),
    ("back\\slash", r"'back\\slash'"),
    ("two\nlines\ttab", r"'two\nlines\ttab'"),
    ("bell\x07", r"'bell\u0007'"),
    ("名前 ☃", "'名前 ☃'"),
    (True, "true"),
    (None, "null"),
    (12, "12"),
    (1.5, "1.5"),
    (dt.date(2012, 3, 10), "date('2012-03-10')"),
    (["a", "b'"], r"['a', 'b\'']"),
    ({"name": "x", "odd key": 1, "end": 2}, "{name: 'x', `odd key`: 1, end: 2}"),
])
def test_cypher_literal(value, literal):
    assert cypher_literal(value) == literal


def test_inline_replaces_parameters_but_not_dynamic_labels():
    statement = "UNWIND $rows AS row MERGE (n:Actor {id: row.id}) SET n:$(row.labels)"
    assert inline(statement, {"rows": [{"id": "a'b"}]}) == \
        r"UNWIND [{id: 'a\'b'}] AS row MERGE (n:Actor {id: row.id}) SET n:$(row.labels)"


@pytest.mark.parametrize("value, field", [
    (None, ""),
    ("", '""'),
    ('O"Brien, Jr', '"O""Brien, Jr"'),
    ("two\nlines", '"two\nlines"'),
    (True, "true"),
    (7, "7"),
    (dt.date(2012, 3, 10), "2012-03-10"),
    (["Annan", "Kofi Annan"], '"Annan\x1fKofi Annan"'),
    ("=HYPERLINK(1)", ' "=HYPERLINK(1)"'),   # never a spreadsheet formula; neo4j-admin skips the space
    ("-5 dead", ' "-5 dead"'),
    ("@outlet", ' "@outlet"'),
    (["+1", "x"], ' "+1\x1fx"'),
])
def test_csv_field(value, field):
    assert _csv_field(value) == field


def test_rows_carry_labels_dates_and_lists_but_no_nulls():
    g = hostile_graph()
    rows = {row.id: row for row in node_rows(g)}
    meeting = rows["meeting:2012-03-10:h"]
    assert (meeting.label, meeting.labels) == ("Event", ["Meeting"])
    assert meeting.properties["date"] == dt.date(2012, 3, 10)
    assert meeting.properties["timex"] == "2012-03-10"
    assert (meeting.properties["dateStart"], meeting.properties["dateEnd"]) == (dt.date(2012, 3, 10),) * 2
    assert meeting.properties["dateBasis"] == "test" and "date_basis" not in meeting.properties
    assert "participants" not in meeting.lists   # its PARTICIPATED_IN relationships say who took part
    month = rows["statement:h1"]
    assert "date" not in month.properties and month.properties["timex"] == "2012-03"
    assert (month.properties["dateStart"], month.properties["dateEnd"]) == (dt.date(2012, 3, 1), dt.date(2012, 3, 31))
    assert "addressee" in month.properties and "addressee" not in rows["statement:h2"].properties
    assert rows["statement:h2"].properties["date"] == dt.date(2012, 7, 9)
    undated = rows["meeting:undated:h"]
    assert "date" not in undated.properties and "timex" not in undated.properties and "place" not in undated.properties
    assert [(rows[f"actor:h{i}"].label, rows[f"actor:h{i}"].labels) for i in range(4)] == [
        ("Actor", ["Person"]), ("Actor", ["Organization"]), ("Actor", ["Group"]), ("Actor", ["Location"])]
    assert "roles" not in rows["actor:h0"].lists and rows["actor:h1"].lists["roles"] == ["envoy"]
    article = rows["article:a3"]
    assert article.properties["title"] == "" and "published" not in article.properties
    assert rows["article:a1"].properties["publishedBasis"] == "manifest"
    assert (rows["outlet:bbc-news"].label, rows["outlet:bbc-news"].properties) == ("Outlet", {"name": "BBC News"})
    relationships = relationship_rows(g)
    assert len(relationships) == g.number_of_edges()
    held_in = [row for row in relationships if row.type == "HELD_IN"]
    assert [(row.source_label, row.target_label, row.properties) for row in held_in] == [("Event", "Actor", {})]


def test_csv_headers_are_typed_for_neo4j_admin():
    g = hostile_graph()
    files = csv_files(node_rows(g), relationship_rows(g))
    headers = {name: text.splitlines()[0] for name, text in files.items() if name.endswith(".csv")}
    assert headers == {
        "nodes_Actor.csv": "id:ID,aliases:string[],kind,mentions:long,name,roles:string[],:LABEL",
        "nodes_Article.csv": "id:ID,key,name,path,published:date,publishedBasis,publishedTimex,source,title,:LABEL",
        "nodes_Event.csv": "id:ID,addressee,date:date,dateBasis,dateEnd:date,dateStart:date,granularity,name,place,"
                           "quote:boolean,speaker,status,text,timex,:LABEL",
        "nodes_Outlet.csv": "id:ID,name,:LABEL",
        "relationships.csv": ":START_ID,:END_ID,:TYPE,article,count:long,end:long,sentence,start:long",
    }
    assert files["import.args"].splitlines() == [
        "--nodes=nodes_Actor.csv", "--nodes=nodes_Article.csv", "--nodes=nodes_Event.csv", "--nodes=nodes_Outlet.csv",
        "--relationships=relationships.csv", "--array-delimiter=U+001F", "--multiline-fields=true",
        "--trim-strings=true"]


def test_files_are_written_whole_and_the_same_every_time(tmp_path):
    g = sample_graph()
    first = {path.name: path.read_bytes() for path in write_neo4j_files(g, tmp_path / "one")}
    second = {path.name: path.read_bytes() for path in write_neo4j_files(g, tmp_path / "two")}
    assert sorted(first) == ["import.args", "load.cypher", "nodes_Actor.csv", "nodes_Article.csv", "nodes_Event.csv",
                             "nodes_Outlet.csv", "queries.cypher", "relationships.csv",
                             "schema.cypher", "style.grass"]
    assert first == second
    assert not [path for path in (tmp_path / "one").iterdir() if path.name.startswith(".")]
    assert b"node.Meeting {" in first["style.grass"] and b'caption: "{name}";' in first["style.grass"]
    statement = re.search(rb"node\.Statement \{\n[^\n]*\n[^\n]*\n[^\n]*\n", first["style.grass"]).group()
    assert b'caption: "{text}";' in statement   # a statement reads as what was said, not as its speaker
    assert b"node.Outlet {" in first["style.grass"]


def test_worked_queries_take_their_examples_from_the_graph():
    first, second = merge_graphs()
    queries = worked_queries(nx.compose(first, second))
    assert [query.parameters for query in queries] == [
        {"actor": "Bashar al-Assad"}, {"since": "2012-03-01", "until": "2012-03-31"}, {"actor": "Bashar al-Assad"},
        {"actor": "Bashar al-Assad", "about": "Kofi Annan"}, {"event": "meeting:2012-03-10:m"},
        {"category": "ASSAULT", "since": "2012-03-01", "until": "2012-03-10"},   # no category coded: ASSAULT
        {}, {"actor": "Bashar al-Assad", "other": "Kofi Annan"}]


# --- against a server ------------------------------------------------------------------------

def test_a_second_load_changes_nothing(empty):
    g = sample_graph()
    first = load_graph(g, **empty, batch_size=50)
    assert (first.nodes_created, first.relationships_created) == (g.number_of_nodes(), g.number_of_edges())
    before = snapshot(empty)
    second = load_graph(g, **empty, batch_size=50)
    assert (second.nodes_created, second.relationships_created) == (0, 0)
    assert snapshot(empty) == before
    labels, types = counts(empty)
    graph_labels = Counter(data["label"] for _, data in g.nodes(data=True))
    assert labels["Meeting"] == graph_labels["Meeting"] and labels["Statement"] == graph_labels["Statement"]
    assert labels["Event"] == graph_labels["Meeting"] + graph_labels["Statement"]
    assert labels["Actor"] == labels["Person"] + labels["Organization"] + labels["Group"] + labels["Location"]
    assert types == Counter(data["type"] for _, _, data in g.edges(data=True))


def test_constraints_and_indexes_come_first(empty):
    load_graph(hostile_graph(), **empty)
    constraints = {(row["labelsOrTypes"][0], row["properties"][0]) for row in query(
        empty, "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
               "RETURN labelsOrTypes, properties")}
    assert constraints >= {("Article", "id"), ("Actor", "id"), ("Event", "id")}


def test_names_and_text_are_stored_verbatim(empty):
    load_graph(hostile_graph(), **empty)
    stored = {row["id"]: row for row in query(empty, "MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases")}
    for i, name in enumerate(HOSTILE_NAMES):
        assert stored[f"actor:h{i}"]["name"] == name
        assert stored[f"actor:h{i}"]["aliases"] == sorted({name, name.upper()})
    [row] = query(empty, "MATCH (:Actor)-[r:SAID]->(s:Statement {id: 'statement:h1'}) RETURN s.text AS text, r.sentence AS sentence")
    assert row == {"text": HOSTILE_SENTENCE, "sentence": HOSTILE_SENTENCE}
    [row] = query(empty, "MATCH (a:Article {id: 'article:a2'}) RETURN a.title AS title")
    assert row["title"] == 'Annan "optimistic", \'hopeful\''


def test_dates_are_neo4j_dates_beside_their_timex(empty):
    load_graph(hostile_graph(), **empty)
    rows = query(empty, "MATCH (e:Event) WHERE e.date >= date('2012-03-01') "
                        "RETURN e.id AS id, e.date AS date, e.timex AS timex, e.granularity AS granularity ORDER BY id")
    assert [(row["id"], row["date"].to_native(), row["timex"], row["granularity"]) for row in rows] == [
        ("meeting:2012-03-10:h", dt.date(2012, 3, 10), "2012-03-10", "day"),
        ("statement:h2", dt.date(2012, 7, 9), "2012-07-09TNI", "day")]
    [month] = query(empty, "MATCH (s:Statement {id: 'statement:h1'}) RETURN s.date AS date, s.timex AS timex, "
                           "s.granularity AS granularity")
    assert month == {"date": None, "timex": "2012-03", "granularity": "month"}
    [week] = query(empty, "MATCH (e:Event) WHERE e.dateStart <= date('2012-03-15') <= e.dateEnd RETURN e.id AS id")
    assert week == {"id": "statement:h1"}   # the month holds the day
    [article] = query(empty, "MATCH (a:Article {id: 'article:a1'}) RETURN a.published AS published")
    assert article["published"].to_native() == dt.date(2012, 3, 11)


def test_a_later_build_merges_into_what_is_there(empty):
    first, second = merge_graphs()
    load_graph(first, **empty)
    load_graph(second, **empty)
    merged = snapshot(empty)
    [meeting] = query(empty, "MATCH (m:Meeting) RETURN m.id AS id, "
                             "COLLECT { MATCH (m)-[:REPORTED_IN]->(a:Article) RETURN a.source AS s ORDER BY s } AS outlets, "
                             "COUNT { (m)<-[:PARTICIPATED_IN]-() } AS participants")
    assert meeting == {"id": "meeting:2012-03-10:m", "outlets": ["BBC News", "CBS News"], "participants": 2}
    actors = {row["id"]: row for row in query(
        empty, "MATCH (a:Actor) RETURN a.id AS id, a.aliases AS aliases, a.roles AS roles, a.mentions AS mentions, "
               "labels(a) AS labels")}
    assert actors["actor:annan"]["aliases"] == ["Annan", "Kofi Annan", "Mr Annan"]
    assert actors["actor:annan"]["roles"] == ["U.N. envoy", "envoy"]
    assert actors["actor:annan"]["mentions"] == 3
    assert actors["actor:assad"]["aliases"] == ["Assad", "Bashar al-Assad"]
    assert sorted(actors["actor:group"]["labels"]) == ["Actor", "Organization"]
    load_graph(first, **empty)
    load_graph(second, **empty)
    assert snapshot(empty) == merged


def test_with_a_ledger_a_later_load_sends_only_what_changed_and_leaves_what_a_full_load_leaves(empty, tmp_path):
    ledger = tmp_path / "neo4j-loaded.sqlite"
    first, second = merge_graphs()
    load_graph(first, **empty)
    load_graph(second, **empty)
    full = snapshot(empty)
    wipe(empty)
    one = load_graph(first, **empty, ledger=ledger)
    assert one.unchanged == 0   # no record yet: everything is sent
    again = load_graph(first, **empty, ledger=ledger)
    assert (again.unchanged, again.batches) == (first.number_of_nodes() + first.number_of_edges(), 0)
    two = load_graph(second, **empty, ledger=ledger)
    same = {n for n in second if n in first and first.nodes[n] == second.nodes[n]}
    assert 0 < two.unchanged and two.batches > 0 and len(same) <= two.unchanged
    assert snapshot(empty) == full


def test_a_ledger_does_not_trust_a_database_changed_since(empty, tmp_path):
    ledger = tmp_path / "neo4j-loaded.sqlite"
    g = sample_graph()
    load_graph(g, **empty, ledger=ledger)
    loaded = snapshot(empty)
    wipe(empty)   # or anything else written there: the counts no longer match the record
    report = load_graph(g, **empty, ledger=ledger)
    assert report.unchanged == 0 and snapshot(empty) == loaded
    ledger.write_bytes(b"not a database")
    with pytest.raises(Neo4jExportError, match="neo4j-loaded.sqlite: the record of earlier loads cannot be used"):
        load_graph(g, **empty, ledger=ledger)


def test_a_load_cut_off_midway_and_run_again_matches_a_clean_load(local_server):
    connection = {"uri": local_server.uri, "user": local_server.user, "password": local_server.password}
    g = make_graph(150, 900, 30, seed=7)
    wipe(connection)
    load_graph(g, **connection, batch_size=100)
    clean = snapshot(connection)
    wipe(connection)

    def crash_after_three_batches(done, total):
        if done == 3:
            os.kill(server_status(local_server.home).pid, signal.SIGKILL)

    try:
        with pytest.raises(Neo4jExportError, match=r"went away during the load after 3 of \d+ batches.*Run the load again"):
            load_graph(g, **connection, batch_size=100, progress=crash_after_three_batches)
    finally:
        restarted = start_server(local_server.home)  # on the same ports, with the same password
    assert (restarted.uri, restarted.password) == (local_server.uri, local_server.password)
    nodes, relationships = snapshot(connection)
    assert 0 < len(nodes) + len(relationships) < len(clean[0]) + len(clean[1])
    load_graph(g, **connection, batch_size=100)
    assert snapshot(connection) == clean


def test_wrong_password_is_refused_with_a_clear_message(neo4j):
    with pytest.raises(Neo4jExportError, match="refused the credentials of user 'neo4j'.*--password"):
        load_graph(hostile_graph(), neo4j["uri"], neo4j["user"], "not-the-password")


def test_no_server_is_a_clear_message():
    [port] = free_ports(1)
    with pytest.raises(Neo4jExportError, match=f"No Neo4j answers at bolt://127.0.0.1:{port}.*dateline neo4j start"):
        load_graph(hostile_graph(), f"bolt://127.0.0.1:{port}", "neo4j", "whatever")


def test_the_local_server_answers_on_bolt_and_serves_browser(local_server):
    assert server_status(local_server.home) == start_server(local_server.home)  # running: start is a no-op
    with urllib.request.urlopen(local_server.browser_url, timeout=10) as page:
        assert page.status == 200 and b"<title>Neo4j Browser</title>" in page.read()
    [row] = query({"uri": local_server.uri, "user": local_server.user, "password": local_server.password},
                  "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition")
    assert row == {"name": "Neo4j Kernel", "versions": ["5.26.30"], "edition": "community"}


def test_load_cypher_in_cypher_shell_gives_the_driver_graph(empty, tmp_path):
    g = sample_graph()
    write_neo4j_files(g, tmp_path)
    load_graph(g, **empty)
    by_driver = snapshot(empty)
    wipe(empty)
    cypher_shell(empty, tmp_path / "load.cypher")
    assert snapshot(empty) == by_driver
    cypher_shell(empty, tmp_path / "load.cypher")
    assert snapshot(empty) == by_driver


def test_worked_queries_run_as_is_in_cypher_shell(empty, tmp_path):
    first, second = merge_graphs()
    g = nx.compose(first, second)
    write_neo4j_files(g, tmp_path)
    load_graph(g, **empty)
    output = cypher_shell(empty, tmp_path / "queries.cypher")
    assert ('"2012-03-10", "Meeting", "Meeting meeting:2012-03-10:m", "Damascus", ["Kofi Annan"], '
            '["BBC News", "CBS News"]') in output
    assert '"2012-03-10", "Bashar al-Assad", "Kofi Annan", "Damascus", "held"' in output
    assert '["BBC News"], NULL, 2012-03-11, NULL' in output and '["CBS News"], NULL, 2012-03-11, NULL' in output
    assert '["Bashar al-Assad", "Meeting meeting:2012-03-10:m", "Kofi Annan"]' in output


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """A server on a store made by neo4j-admin import from the CSV files: auth off, read-only."""
    files = tmp_path_factory.mktemp("neo4j-files")
    write_neo4j_files(sample_graph(), files)
    with tempfile.TemporaryDirectory(prefix="dateline-neo4j-") as home:
        import_files(files, Path(home))
        server = start_server(Path(home), *free_ports(2), auth=False, read_only=True)
        yield {"uri": server.uri, "user": server.user, "password": server.password}
        stop_server(Path(home))


def test_csv_import_gives_the_driver_graph(imported, empty):
    load_graph(sample_graph(), **empty)
    assert snapshot(imported) == snapshot(empty)


def test_a_database_that_refuses_writes_is_a_clear_message(imported):
    with pytest.raises(Neo4jExportError, match=f"Neo4j at {imported['uri']} refused to write"):
        load_graph(hostile_graph(), **imported)


# --- the seed articles ---------------------------------------------------------------------------

def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"'`“”‘’]", "", text.lower())).strip()


@pytest.fixture(scope="module")
def seeds():
    return dateline.build([ROOT / "seeds"])


@pytest.fixture
def seeds_loaded(seeds, empty):
    load_graph(seeds, **empty)
    return empty


def test_seeds_load_with_the_graph_counts_twice(seeds, seeds_loaded):
    labels, types = counts(seeds_loaded)
    graph_labels = Counter(data["label"] for _, data in seeds.nodes(data=True))
    assert {label: labels[label] for label in graph_labels} == graph_labels
    assert labels["Article"] == 3 and labels["Meeting"] >= 5
    assert types == Counter(data["type"] for _, _, data in seeds.edges(data=True))
    before = snapshot(seeds_loaded)
    again = load_graph(seeds, **seeds_loaded)
    assert (again.nodes_created, again.relationships_created) == (0, 0)
    assert snapshot(seeds_loaded) == before


def test_seeds_annan_meetings_in_march_2012(seeds, seeds_loaded):
    [met] = [q for q in worked_queries(seeds) if q.title == "Who met whom between two dates"]
    rows = query(seeds_loaded, met.cypher, since="2012-03-01", until="2012-03-31")
    annan = {(row["date"], row["met"] if row["actor"] == "Kofi Annan" else row["actor"])
             for row in rows if "Kofi Annan" in (row["actor"], row["met"])}
    assert {("2012-03-10", "Bashar al-Assad"), ("2012-03-11", "Bashar al-Assad"),
            ("2012-03-10", "Hassan Abdul Azim")} <= annan
    assert {date for date, other in annan if other == "Bader El-Deen Hassoun"} & {"2012-03-10", "2012-03-11"}
    assert all(date.startswith("2012-03") for date, _ in annan)


def test_seeds_assad_statements(seeds, seeds_loaded):
    [said] = [q for q in worked_queries(seeds) if q.title == "Everything an actor said, by date"]
    texts = [normalise(row["said"]) for row in query(seeds_loaded, said.cypher, actor="Assad")]
    for phrase in ["No political dialogue or political activity can succeed", "run away from challenge",
                   "many countries do not even want this plan to succeed"]:
        assert any(normalise(phrase) in text for text in texts), phrase


def test_seeds_talks_reported_by_two_outlets(seeds, seeds_loaded):
    [reported] = [q for q in worked_queries(seeds) if q.title == "Events reported by more than one outlet"]
    rows = query(seeds_loaded, reported.cypher)
    [talks] = [row for row in rows if row["kind"] == "Meeting" and row["date"] == "2012-03-10"
               and "Bashar al-Assad" in row["event"]]
    # the two publishers, and the agencies their articles credit (AP, SANA): each an (:Outlet) node
    assert talks["outlets"] == ["AP", "BBC News", "CBS News", "SANA"]
    [meeting] = query(seeds_loaded, "MATCH (m:Meeting {date: date('2012-03-10')})<-[:PARTICIPATED_IN]-(:Actor {name: 'Bashar al-Assad'}) "
                                    "RETURN m.id AS id, COUNT { (m)-[:REPORTED_IN]->(:Article) } AS articles")
    assert meeting["articles"] == 2
    [which] = [q for q in worked_queries(seeds) if q.title.startswith("Which outlets reported an event")]
    reports = query(seeds_loaded, which.cypher, event=meeting["id"])
    assert [(r["published"].to_native().isoformat(), "BBC News" in r["outlets"] or "CBS News" in r["outlets"])
            for r in reports] == [("2012-03-11", True), ("2012-03-11", True)]


def test_seeds_outlets_are_nodes_and_keys_camel_case(seeds, seeds_loaded):
    outlets = query(seeds_loaded, "MATCH (a:Article)-[:PUBLISHED_BY]->(o:Outlet) "
                                  "RETURN o.name AS outlet, count(a) AS articles ORDER BY outlet")
    assert {row["outlet"] for row in outlets} >= {"BBC News", "CBS News"}
    keys = {row["key"] for row in query(seeds_loaded, "MATCH (n) UNWIND keys(n) AS key RETURN DISTINCT key")}
    assert {"dateBasis", "publishedBasis", "publishedTimex", "dateStart", "dateEnd"} <= keys
    assert not {key for key in keys if "_" in key} and "participants" not in keys


def test_seeds_what_assad_said_about_annan(seeds, seeds_loaded):
    [about] = [q for q in worked_queries(seeds) if q.title.startswith("What did one actor say about another")]
    rows = query(seeds_loaded, about.cypher, actor="Bashar al-Assad", about="Kofi Annan")
    assert rows and all(row["outlets"] for row in rows)
    starts = [row["date"] for row in rows]
    assert starts == sorted(starts)


def test_seeds_timeline_and_shortest_path(seeds, seeds_loaded):
    queries = {q.title.split(":")[0]: q for q in worked_queries(seeds)}
    timeline = query(seeds_loaded, queries["The timeline of one actor"].cypher, actor="Kofi Annan")
    meetings = [row["date"] for row in timeline if row["kind"] == "Meeting"]
    assert {"2012-03-10", "2012-03-11", "2012-07-09"} <= set(meetings) and meetings == sorted(meetings)
    path = query(seeds_loaded, queries["The shortest path between two actors through meetings and statements"].cypher,
                 actor="Kofi Annan", other="Bashar al-Assad")
    assert path and len(path[0]["steps"]) == 3


def test_dateline_load_twice_sends_nothing_the_second_time(empty, tmp_path, capsys):
    from dateline.cli import main
    from dateline.exports.files import write_graph_files

    write_graph_files(sample_graph(), tmp_path)
    connection = ["--uri", empty["uri"], "--user", empty["user"], "--password", empty["password"]]
    assert main(["load", str(tmp_path / "graph.json"), *connection]) == 0
    assert "unchanged" not in capsys.readouterr().err
    assert (tmp_path / "neo4j-loaded.sqlite").is_file()
    assert main(["load", str(tmp_path / "graph.json"), *connection]) == 0
    g = sample_graph()
    assert f"{g.number_of_nodes() + g.number_of_edges():,} unchanged rows not sent again" in capsys.readouterr().err

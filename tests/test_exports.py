"""The files people open: events.csv, timelinejs.json, graph.gexf, GraphML and timeline.json, each read
back by the tools that open them (csv, pandas, networkx, igraph) on a small graph with hostile text."""
from __future__ import annotations

import csv
import io
import json
import warnings

import igraph
import networkx as nx
import pandas
import pytest

from dateline.exports.files import graphml, timeline
from dateline.exports.tables import CSV_COLUMNS, events_csv, gexf, timelinejs

FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")"
MARKUP = "<script>alert(1)</script>"


def small_graph() -> nx.MultiDiGraph:
    """Two outlets' reports of a meeting, a week-dated and a month-dated statement, a hostile speaker."""
    g = nx.MultiDiGraph()
    for key, outlet, published, url in (("bbc", "BBC News", "2022-07-31", "https://www.bbc.co.uk/news/1"),
                                        ("cbs", "CBS News", "2022-08-02", "javascript:alert(1)")):
        g.add_node(f"article:{key}", id=f"article:{key}", label="Article", name=f"{outlet} report", key=key,
                   source=outlet, title=f"{outlet} report {MARKUP}", published=published, url=url)
        g.add_node(f"outlet:{key}", id=f"outlet:{key}", label="Outlet", name=outlet)
        g.add_edge(f"article:{key}", f"outlet:{key}", key="PUBLISHED_BY", type="PUBLISHED_BY")
    for slug, name in (("annan", "Kofi Annan"), ("assad", "Bashar al-Assad"), ("evil", FORMULA)):
        g.add_node(f"actor:{slug}", id=f"actor:{slug}", label="Actor", name=name, kind="person",
                   aliases=[name], roles=[], mentions=3)
        g.add_edge(f"actor:{slug}", "article:bbc", key="MENTIONED_IN", type="MENTIONED_IN", count=2)
    g.add_node("meeting:m", id="meeting:m", label="Meeting", kind="meeting", plover="CONSULT", name="Meeting",
               date="2022-08-01", granularity="day", date_basis="publication date", status="held",
               place="Geneva", participants=["Bashar al-Assad", "Kofi Annan"])
    for actor in ("actor:annan", "actor:assad"):
        g.add_edge(actor, "meeting:m", key="PARTICIPATED_IN", type="PARTICIPATED_IN", role="participant",
                   article="bbc", sentence="Annan met Assad in Geneva.", start=0, end=26)
    for key, sentence in (("bbc", "Annan met Assad in Geneva."), ("cbs", "The two men met on Monday.")):
        g.add_edge("meeting:m", f"article:{key}", key="REPORTED_IN", type="REPORTED_IN", article=key,
                   sentence=sentence, start=0, end=len(sentence))
    for node, speaker, date, text in (("statement:week", "actor:evil", "2022-W30", "We will see " + MARKUP),
                                      ("statement:month", "actor:annan", "2022-08", "It is going to be tough")):
        g.add_node(node, id=node, label="Statement", kind="statement", name=text[:20], text=text, quote=True,
                   speaker=g.nodes[speaker]["name"], date=date, granularity="week", date_basis="publication date")
        g.add_edge(speaker, node, key="SAID", type="SAID", article="bbc", sentence=f"{text}, he said.",
                   start=0, end=len(text))
        g.add_edge(node, "article:bbc", key="REPORTED_IN", type="REPORTED_IN", article="bbc",
                   sentence=f"{text}, he said.", start=0, end=len(text))
    g.add_edge("statement:month", "actor:assad", key="ADDRESSED_TO", type="ADDRESSED_TO")
    return g


# --- events.csv -----------------------------------------------------------------------------

def test_events_csv_reads_the_same_in_csv_and_pandas():
    text = events_csv(small_graph())
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    frame = pandas.read_csv(io.StringIO(text), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert frame.to_dict("records") == rows


def test_events_csv_has_a_row_per_event_and_report_in_date_order():
    rows = list(csv.DictReader(io.StringIO(events_csv(small_graph()).removeprefix("\ufeff"))))
    assert [(r["date"], r["kind"], r["outlet"], r["start"], r["end"]) for r in rows] == [
        ("2022-W30", "statement", "BBC News", "2022-07-25", "2022-07-31"),
        ("2022-08-01", "meeting", "BBC News", "2022-08-01", "2022-08-01"),
        ("2022-08-01", "meeting", "CBS News", "2022-08-01", "2022-08-01"),
        ("2022-08", "statement", "BBC News", "2022-08-01", "2022-08-31"),   # a day before the month it starts
    ]
    bbc, cbs, month = rows[1], rows[2], rows[3]
    assert (month["source_actors"], month["target_actors"]) == ("Kofi Annan", "Bashar al-Assad")
    assert (bbc["source_actors"], bbc["plover"], bbc["place"], bbc["status"]) == (
        "Bashar al-Assad; Kofi Annan", "CONSULT", "Geneva", "held")
    assert (bbc["sentence"], bbc["url"]) == ("Annan met Assad in Geneva.", "https://www.bbc.co.uk/news/1")
    assert cbs["sentence"] == "The two men met on Monday."


@pytest.mark.parametrize("cell, written", [
    (FORMULA, "'" + FORMULA), ("+1 555", "'+1 555"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("Kofi Annan", "Kofi Annan"), ("a = b", "a = b"),
])
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(cell, written):
    g = small_graph()
    g.nodes["actor:evil"]["name"] = cell
    rows = list(csv.DictReader(io.StringIO(events_csv(g).removeprefix("\ufeff"))))
    assert rows[0]["source_actors"] == written


# --- timelinejs.json ------------------------------------------------------------------------

def test_timelinejs_has_the_shape_timelinejs_reads():
    """TimelineJS's JSON: `events`, each with a `start_date` holding a numeric `year` (required), month
    and day in range; `text` with `headline`/`text`; `media` with its required `url`; optional `title`."""
    data = json.loads(json.dumps(timelinejs(small_graph(), "Talks " + MARKUP)))
    assert set(data) == {"title", "events"} and set(data["title"]["text"]) == {"headline", "text"}
    for event in data["events"]:
        for field in ("start_date", *(["end_date"] if "end_date" in event else [])):
            date = event[field]
            assert isinstance(date["year"], int) and 1 <= date["month"] <= 12 and 1 <= date["day"] <= 31
        assert set(event["text"]) == {"headline", "text"} and isinstance(event["group"], str)
        assert "media" not in event or event["media"]["url"].startswith("https://")
    assert [(e["unique_id"], e["group"], e.get("display_date")) for e in data["events"]] == [
        ("statement:week", "Statement", "Week 30, 2022"),
        ("meeting:m", "Meeting", None),
        ("statement:month", "Statement", "August 2022"),
    ]
    meeting = data["events"][1]
    assert meeting["text"]["headline"] == "Meeting, 1 Aug 2022"
    assert meeting["media"] == {"url": "https://www.bbc.co.uk/news/1", "credit": "BBC News",
                                "caption": "BBC News report &lt;script&gt;alert(1)&lt;/script&gt;"}
    # TimelineJS shows text as HTML: markup from articles arrives escaped, a javascript: address unlinked
    whole = json.dumps(data)
    assert "<script" not in whole and 'href=\\"javascript' not in whole


# --- graph.gexf -----------------------------------------------------------------------------

def test_gexf_reads_back_in_networkx_with_dynamic_dates_and_names_as_labels(tmp_path):
    path = tmp_path / "graph.gexf"
    path.write_text(gexf(small_graph()), encoding="utf-8")
    assert 'version="1.3"' in path.read_text(encoding="utf-8").splitlines()[0]
    g = nx.read_gexf(path, version="1.3")
    assert g.graph["mode"] == "dynamic"
    assert {n: (d.get("start"), d.get("end")) for n, d in g.nodes(data=True) if d["labels"] == "Statement"} == {
        "statement:week": ("2022-07-25", "2022-07-31"), "statement:month": ("2022-08-01", "2022-08-31")}
    assert g.nodes["actor:annan"]["label"] == "Kofi Annan" and "start" not in g.nodes["actor:annan"]
    said = [d for u, v, d in g.edges(data=True) if d["relationship"] == "PARTICIPATED_IN"]
    assert [(d["start"], d["end"], d["sentence_start"]) for d in said] == [("2022-08-01", "2022-08-01", 0)] * 2
    assert gexf(small_graph()) == gexf(small_graph())


# --- GraphML --------------------------------------------------------------------------------

def test_graphml_reads_in_networkx_and_igraph_with_names_and_integers(tmp_path):
    path = tmp_path / "graph.graphml"
    path.write_bytes(graphml(small_graph()))
    g = nx.read_graphml(path)
    assert (g.nodes["actor:annan"]["label"], g.nodes["actor:annan"]["labels"]) == ("Kofi Annan", "Actor")
    assert type(g.nodes["actor:annan"]["mentions"]) is int
    assert {type(d["end"]) for _, _, d in g.edges(data=True) if "end" in d} == {int}
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # igraph warns of an `id` attribute beside the node ids
        ig = igraph.Graph.Read_GraphML(str(path))
    annan = ig.vs.find(id="actor:annan")
    assert (annan["label"], annan["labels"], annan["kind"]) == ("Kofi Annan", "Actor", "person")
    # igraph keeps every number as a double: the counts arrive whole, none is lost or rounded
    assert annan["mentions"] == 3 and float(annan["mentions"]).is_integer()
    assert sorted(e["end"] for e in ig.es if e["type"] == "SAID") == [23, 37]


# --- GEXF and GraphML written by hand: every text comes back as it went in ------------------------

@pytest.mark.parametrize("text", [
    'He said "yes" & <b>left</b>',            # markup and quotes
    "two\tcolumns\r\nand a line",              # white space a parser folds unless written as a reference
    "Zoë in Pécs, 北京, \U0001F600",             # non-ASCII (GEXF writes references) and beyond the BMP
    "  spaced  ",
    "",
])
def test_gexf_and_graphml_give_back_every_name_and_attribute_as_written(tmp_path, text):
    g = nx.MultiDiGraph()
    g.add_node(f"actor:{text}", id=f"actor:{text}", label="Actor", name=text or "x", aliases=[text, "b"], note=text,
               mentions=2, share=0.5, named=True)
    g.add_edge(f"actor:{text}", f"actor:{text}", key="SAID", type="SAID", sentence=text, start=3)
    (tmp_path / "g.gexf").write_text(gexf(g), encoding="utf-8")
    (tmp_path / "g.graphml").write_bytes(graphml(g))
    for read in (nx.read_gexf(tmp_path / "g.gexf", version="1.3"), nx.read_graphml(tmp_path / "g.graphml")):
        ((node, data),) = read.nodes(data=True)
        ((_, _, edge),) = read.edges(data=True)
        assert node == f"actor:{text}" and data["label"] == (text or "x")
        assert (data["note"], data["aliases"], data["mentions"], data["share"], data["named"]) == (
            text, f"{text} | b", 2, 0.5, True)
        assert edge["sentence"] == text


# --- timeline.json --------------------------------------------------------------------------

def test_timeline_sorts_by_span_start_and_names_each_source():
    rows = timeline(small_graph())
    assert [r["date"] for r in rows] == ["2022-W30", "2022-08-01", "2022-08"]
    assert rows[1]["sources"] == [
        {"outlet": "BBC News", "title": "BBC News report " + MARKUP, "url": "https://www.bbc.co.uk/news/1",
         "published": "2022-07-31"},
        {"outlet": "CBS News", "title": "CBS News report " + MARKUP, "url": "javascript:alert(1)",
         "published": "2022-08-02"}]

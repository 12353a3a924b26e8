"""Loading a generated graph into Neo4j: the driver load (relationships per second) against
neo4j-admin's CSV bulk import of the same graph, in one run on a fresh local server.

1. start a Neo4j 5.26 server in a temporary home (heap 1g, page cache 512m) on free ports;
2. load the graph through the driver into the empty database (the first load creates
   everything, on a server that has just started), load it again (every row merges into
   what is there), then load a copy of it under new ids (all new, on a warmed-up server);
3. incremental: load it with a ledger (``neo4j_ledger``), then load a copy in which 1% of the events
   changed and 1% are new, with the ledger (only those rows are sent), against loading that copy
   without it (every row merged again), as a ratio;
4. write the Neo4j files and bulk-import the CSV files into a new database of another home,
   start a server on it and check that it holds as many nodes and relationships.

    python benchmarks/bench_neo4j.py [--actors 5000 --events 25000 --articles 2500] [--batch-size 5000]

Prints a table and writes benchmarks/results/neo4j.json.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import tempfile
import time
from collections import Counter
from pathlib import Path

import networkx as nx
from neo4j import GraphDatabase

from dateline.graph.synthetic import make_graph
from dateline.exports.neo4j_files import write_neo4j_files
from dateline.exports.neo4j_load import BATCH_SIZE, load_graph, node_rows
from dateline.exports.neo4j_server import free_ports, import_files, start_server, stop_server

RESULTS = Path(__file__).resolve().parent / "results"


def stored_counts(server) -> tuple[int, int]:
    auth = (server.user, server.password) if server.password is not None else None
    with GraphDatabase.driver(server.uri, auth=auth) as driver:
        nodes = driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
        relationships = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    return nodes, relationships


def renamed(graph: nx.MultiDiGraph, prefix: str) -> nx.MultiDiGraph:
    """The same graph under new ids: loading it creates everything again."""
    copy = nx.relabel_nodes(graph, {node: f"{prefix}{node}" for node in graph})
    for node, data in copy.nodes(data=True):
        data["id"] = node
    return copy


def daily_update(graph: nx.MultiDiGraph, share: float = 0.01) -> nx.MultiDiGraph:
    """A copy in which `share` of the events changed (a new status) and as many are new (a copy of an
    event under a new id, with its relationships): a day's new articles on a large graph."""
    copy = graph.copy()
    events = sorted(n for n, d in graph.nodes(data=True) if d.get("label") not in ("Actor", "Article", "Outlet"))
    step = max(1, round(1 / share))
    for node in events[::step]:
        copy.nodes[node]["status"] = "planned" if copy.nodes[node].get("status") != "planned" else "held"
    for node in events[step // 2::step]:
        new = f"{node}-update"
        copy.add_node(new, **{**graph.nodes[node], "id": new})
        for u, v, k, d in [*graph.in_edges(node, keys=True, data=True), *graph.out_edges(node, keys=True, data=True)]:
            copy.add_edge(new if u == node else u, new if v == node else v, key=k, **d)
    return copy


def seconds_of(load) -> float:
    started = time.perf_counter()
    load()
    return time.perf_counter() - started


def timed_load(graph, server, batch_size: int) -> dict:
    """Load once; the seconds of the node batches and of the relationship batches come from
    the progress calls (the first relationship batch follows the last node batch)."""
    labels = Counter(row.label for row in node_rows(graph))
    node_batches = sum(-(-count // batch_size) for count in labels.values())
    marks = {}

    def progress(done: int, total: int) -> None:
        marks[done] = time.perf_counter()

    report = load_graph(graph, server.uri, server.user, server.password, batch_size=batch_size, progress=progress)
    relationship_seconds = marks[report.batches] - marks[node_batches]
    return {
        "seconds": round(report.seconds, 2),
        "relationship_batches_seconds": round(relationship_seconds, 2),
        "relationships_per_second": round(report.relationships / report.seconds),
        "relationships_per_second_in_relationship_batches": round(report.relationships / relationship_seconds),
        "nodes_created": report.nodes_created,
        "relationships_created": report.relationships_created,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--events", type=int, default=25000)
    parser.add_argument("--articles", type=int, default=2500)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    args = parser.parse_args()

    graph = make_graph(args.actors, args.events, args.articles)
    result = {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges(),
              "batch_size": args.batch_size,
              "driver_rust_extension": importlib.util.find_spec("neo4j._rust") is not None}
    with tempfile.TemporaryDirectory(prefix="dateline-bench-neo4j-") as work:
        work = Path(work)
        started = time.perf_counter()
        server = start_server(work / "driver", *free_ports(2))
        result["server_start_seconds"] = round(time.perf_counter() - started, 1)
        try:
            result["first_load"] = timed_load(graph, server, args.batch_size)
            result["second_load"] = timed_load(graph, server, args.batch_size)
            result["new_ids_load"] = timed_load(renamed(graph, "copy-"), server, args.batch_size)
            result["stored_after_driver_load"] = stored_counts(server)
            update, ledger = daily_update(graph), work / "neo4j-loaded.sqlite"
            load_graph(graph, server.uri, server.user, server.password, batch_size=args.batch_size, ledger=ledger)
            result["update_with_ledger_seconds"] = round(seconds_of(lambda: load_graph(
                update, server.uri, server.user, server.password, batch_size=args.batch_size, ledger=ledger)), 2)
            result["update_without_ledger_seconds"] = round(seconds_of(lambda: load_graph(
                update, server.uri, server.user, server.password, batch_size=args.batch_size)), 2)
        finally:
            stop_server(server.home)

        started = time.perf_counter()
        write_neo4j_files(graph, work / "files")
        result["write_files_seconds"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        import_files(work / "files", work / "imported")
        result["csv_import_seconds"] = round(time.perf_counter() - started, 2)
        imported = start_server(work / "imported", *free_ports(2))
        try:
            result["stored_after_csv_import"] = stored_counts(imported)
        finally:
            stop_server(imported.home)

    first = result["first_load"]
    result["driver_over_csv_import"] = round(first["seconds"] / result["csv_import_seconds"], 2)
    result["update_with_over_without_ledger"] = round(
        result["update_with_ledger_seconds"] / result["update_without_ledger_seconds"], 3)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "neo4j.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"graph: {result['nodes']:,} nodes, {result['relationships']:,} relationships; batch {args.batch_size}; "
          f"driver Rust extension: {'yes' if result['driver_rust_extension'] else 'no'}")
    print(f"server start                         {result['server_start_seconds']:>8.1f} s")
    for name in ("first_load", "second_load", "new_ids_load"):
        load = result[name]
        print(f"driver {name.replace('_', ' '):<29} {load['seconds']:>8.2f} s  {load['relationships_per_second']:>8,} rel/s "
              f"overall, {load['relationships_per_second_in_relationship_batches']:>8,} rel/s in relationship batches")
    print(f"write Neo4j files                    {result['write_files_seconds']:>8.2f} s")
    print(f"neo4j-admin CSV import               {result['csv_import_seconds']:>8.2f} s  "
          f"(driver first load / CSV import: {result['driver_over_csv_import']}x)")
    print(f"daily update (1% events changed, 1% new): with the ledger {result['update_with_ledger_seconds']:.2f} s, "
          f"every row again {result['update_without_ledger_seconds']:.2f} s: "
          f"{result['update_with_over_without_ledger']}x")
    print(f"stored (nodes, relationships): driver {result['stored_after_driver_load']}, "
          f"CSV import {result['stored_after_csv_import']}")


if __name__ == "__main__":
    main()

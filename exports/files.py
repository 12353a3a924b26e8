"""The graph as files: node-link JSON, GraphML, a timeline, and per-article dates. All written atomically."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

EVENT_LABELS = {"Meeting", "Statement"}
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
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return nx.node_link_graph(data, edges="edges", multigraph=True, directed=True)


def graphml_ready(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML holds scalars only: lists joined with " | ", None left out."""
    out = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        out.add_node(n, **_scalars(d))
    for u, v, k, d in g.edges(keys=True, data=True):
        out.add_edge(u, v, key=k, **_scalars(d))
    return out


def _scalars(d: dict) -> dict:
    return {k: (" | ".join(map(str, v)) if isinstance(v, list) else v) for k, v in d.items() if v is not None}


def graphml(g: nx.MultiDiGraph) -> str:
    return "\n".join(nx.generate_graphml(graphml_ready(g))) + "\n"


def timeline(g: nx.MultiDiGraph) -> list[dict]:
    """Every event in date order (undated last), with its people and the articles that report it."""
    rows = []
    for n, d in g.nodes(data=True):
        if d["label"] not in EVENT_LABELS:
            continue
        sources = sorted(g.nodes[a]["key"] for _, a, k in g.out_edges(n, keys=True) if k == "REPORTED_IN")
        row = {"id": n, "type": d["label"], "date": d.get("date"), "granularity": d.get("granularity"),
               "date_basis": d.get("date_basis"), "name": d["name"], "sources": sources}
        if d["label"] == "Meeting":
            row.update(participants=d["participants"], place=d.get("place"), status=d.get("status"))
        else:
            row.update(speaker=d["speaker"], text=d["text"], addressee=d.get("addressee"))
        rows.append(row)
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["type"], r["id"]))


def write_graph_files(g: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    out_dir = Path(out_dir)
    return [write_atomic(out_dir / "graph.json", graph_json(g)),
            write_atomic(out_dir / "graph.graphml", graphml(g)),
            write_atomic(out_dir / "timeline.json", json.dumps(timeline(g), ensure_ascii=False, indent=1) + "\n")]


def jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)

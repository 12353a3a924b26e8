"""The graph and its timeline as one interactive, offline HTML page.

The page draws the graph with vis-network (inlined from the installed pyvis package) at positions
computed here, so it is drawn at once and never runs a physics simulation. The page script draws
the labels itself, most important node first, at a size that stays readable at any zoom, and
leaves out a label that would overlap one already drawn. Beside the graph a timeline lists the
events by date; selecting an actor turns it into that actor's timeline. Every piece of article
text travels as JSON in a non-executed ``<script type="application/json">`` block and is put on
the page with ``textContent``; a Content-Security-Policy allows only the page's own two scripts (by
hash) and no network access at all.
"""
from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Callable

import networkx as nx
import numpy as np

from dateline.exports.display import date_name, event_title, kind_name
from dateline.exports.files import reporting_articles, write_atomic
from dateline.graph.schema import (ACTOR, ARTICLE, ARTICLE_KEY, DATE, DATE_BASIS, HELD, OUTLET,
                                   SAID, SENTENCE, SENTENCES, START, STATEMENT, STATUS, TEXT, TRIGGER_END,
                                   TRIGGER_START, event_kinds, is_event)
from dateline.loaders.timex_values import span

ASSETS = resources.files("dateline.exports") / "assets"
# pyvis's copy of vis-network, found without importing pyvis (which imports IPython: half a second)
VIS_LIB = Path(importlib.util.find_spec("pyvis").submodule_search_locations[0]) / "lib" / "vis-9.1.2"


# --- what a node is and how it looks -------------------------------------------------------

@dataclass(frozen=True)
class KindStyle:
    label: str
    shape: str  # a vis-network shape that puts the label below the node
    color: str


# Entities first, then one style per registered event kind, in the registry's order: the legend's order.
ENTITY_STYLES: dict[str, KindStyle] = {
    "person": KindStyle("Person", "dot", "#4e79a7"),
    "organisation": KindStyle("Organisation", "hexagon", "#f28e2b"),
    "group": KindStyle("Group", "triangleDown", "#b6992d"),
    "product": KindStyle("Product", "square", "#76b7b2"),
    "place": KindStyle("Place", "triangle", "#59a14f"),
    "outlet": KindStyle("Outlet", "square", "#5f5f5f"),
    "article": KindStyle("Article", "square", "#8c8c8c"),
}
EVENT_SHAPES = {STATEMENT: "star"}   # events are diamonds; statements, the many, stars
OTHER_EVENT = KindStyle("Other event", "diamond", "#ff9da7")   # a label no registered kind has
KIND_STYLES: dict[str, KindStyle] = {
    **ENTITY_STYLES,
    **{k.name: KindStyle(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", k.label), EVENT_SHAPES.get(k.label, "diamond"), k.colour)
       for k in event_kinds()},
    "event": OTHER_EVENT,
}
KIND_OF_LABEL = {ARTICLE: "article", OUTLET: "outlet", **{k.label: k.name for k in event_kinds()}}
KIND_BY_LABEL = {k.label: k for k in event_kinds()}
KIND_OF_ACTOR = {"person": "person", "organization": "organisation", "group": "group", "location": "place",
                 "product": "product"}

# Links to articles are many and say little on their own: drawn fainter than the others.
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "PARTICIPATED_IN": {"color": "#c0504d", "dashes": False},
    "SAID": {"color": "#8e6c8a", "dashes": False},
    "ADDRESSED_TO": {"color": "#8e6c8a", "dashes": True},
    "HELD_IN": {"color": "#59a14f", "dashes": False},
    "PUBLISHED_BY": {"color": "#d8d8d8", "dashes": True},
    "REPORTED_IN": {"color": "#c8c8c8", "dashes": True},
    "MENTIONED_IN": {"color": "#e0e0e0", "dashes": True},
}
OTHER_EDGE = {"color": "#b0b0b0", "dashes": False}

LABEL_CHARS = 40
SUMMARY_CHARS = 160


def node_kind(attrs: dict[str, Any]) -> str:
    """The display kind of a node: a key of KIND_STYLES."""
    label = attrs.get("label")
    if label == "Actor":
        return KIND_OF_ACTOR.get(attrs.get("kind"), "group")
    return KIND_OF_LABEL.get(label, "event")


def shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


# --- dates: a TIMEX3 value as a heading and a span of days ------------------------------------

@dataclass(frozen=True)
class When:
    heading: str  # the timeline group: a day, a month, a year, ...
    start: str  # first and last ISO day the value covers, for the date filter
    end: str


def timex_when(value: str | None) -> When | None:
    """The heading and days of a TIMEX3 date value; None for no date or a value with no fixed span."""
    days = span(value)
    return When(date_name(value), days.first.isoformat(), days.last.isoformat()) if days else None


# --- what the page says about each node ---------------------------------------------------

def _article_nodes(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Article attributes by article key, which is how evidence names its article."""
    return {d.get("key"): d for _, d in graph.nodes(data=True) if d.get("label") == ARTICLE}


def _highlight(data: dict[str, Any]) -> list[int] | None:
    """Where the event's own words sit in the evidence sentence: [start, end) in the sentence's text."""
    if data.get(TRIGGER_START) is None or data.get(START) is None:
        return None
    start, end = data[TRIGGER_START] - data[START], data[TRIGGER_END] - data[START]
    return [start, end] if 0 <= start < end <= len(data[SENTENCE]) else None


def _edge_evidence(data: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    article = articles.get(data.get(ARTICLE_KEY), {})
    source = ", ".join(x for x in (article.get("source"), article.get("title") or None,
                                   article.get("published") and date_name(article["published"])) if x)
    return {"sentence": data[SENTENCE], "source": source or data.get(ARTICLE_KEY) or "",
            "mark": _highlight(data)}


def evidence(graph: nx.MultiDiGraph, node: str, articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Each distinct sentence an edge of the node was read from, with its article's outlet, title and
    date, and where the event's words are in it; in article order."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for _, _, d in itertools.chain(graph.in_edges(node, data=True), graph.out_edges(node, data=True)):
        if d.get(SENTENCE):
            key = (d.get(ARTICLE_KEY) or "", d[SENTENCE])
            if key not in found or (found[key]["mark"] is None and _highlight(d)):
                found[key] = _edge_evidence(d, articles)
            for sentence in d.get(SENTENCES) or ():   # the article's other sentences that tell it
                found.setdefault((key[0], sentence), {**found[key], "sentence": sentence, "mark": None})
    return [found[key] for key in sorted(found)]


ISO_DAY = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def date_explained(attrs: dict[str, Any], sources: list[dict[str, Any]]) -> str:
    """How an event's date was worked out, in words: the date stage's reason with its days said as
    people say them, and the report it was read in ("... in the BBC News report of Sunday 11 March 2012")."""
    basis = attrs.get(DATE_BASIS)
    if not basis:
        return ""
    text = ISO_DAY.sub(lambda m: date_name(m.group()), str(basis))
    text = text[:1].upper() + text[1:]
    first = sources[0] if sources else None
    if first and first["published"]:
        text += f" \u2014 read in the {first['outlet'] or 'unnamed outlet'} report of {date_name(first['published'])}"
    return shorten(text, CARD_NAME_CHARS * 2)


def _date_text(attrs: dict[str, Any]) -> str:
    value = attrs.get(DATE)
    return date_name(value) if value else "undated"


# A name is a few words; a longer one is junk in the input, and a browser laying out a card with a
# 100,000-character word takes minutes: names and list items are cut to this on cards.
CARD_NAME_CHARS = 200
# Card fields the card shows in its own sections (evidence, sources, date worked out).
OWN_SECTIONS = {DATE_BASIS}


def _listed(value: Any) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else ([value] if value else [])
    return [shorten(v, CARD_NAME_CHARS) for v in items]


def _field_reader(attribute: str) -> Callable[[dict[str, Any]], Any]:
    """A card value from an attribute: lists as lists, True as "yes", other values as text."""
    def read(attrs: dict[str, Any]) -> Any:
        value = attrs.get(attribute)
        if isinstance(value, (list, tuple)):
            return _listed(value)
        if isinstance(value, bool):
            return "yes" if value else None
        if value is None:
            return None
        return str(value) if attribute == TEXT else shorten(value, CARD_NAME_CHARS)   # what was said stays whole
    return read


# Card fields per node label: (field heading, attrs -> str or list of str). Empty values are left out.
# An event's fields are its kind's (the registry's), after its date.
CARD_FIELDS: dict[str, list[tuple[str, Callable[[dict[str, Any]], Any]]]] = {
    **{k.label: [("Date", _date_text), *((f.heading, _field_reader(f.attribute)) for f in k.card
                                         if f.attribute not in OWN_SECTIONS)]
       for k in event_kinds()},
    "Actor": [
        ("Kind", lambda a: a.get("kind")),
        ("Aliases", lambda a: _listed(a.get("aliases"))),
        ("Roles", lambda a: _listed(a.get("roles"))),
        ("Mentions", lambda a: str(a["mentions"]) if a.get("mentions") is not None else None),
    ],
    "Article": [
        ("Outlet", lambda a: a.get("source")),
        ("Title", lambda a: a.get("title")),
        ("Published", lambda a: " ".join(x for x in (a.get("published") and date_name(a["published"]),
                                                      a.get("published_basis") and f"({a['published_basis']})") if x)),
        ("File", lambda a: a.get("path") or a.get("key")),
    ],
}
# An event of a label no registered kind has shows what events share.
EVENT_FIELDS = [
    ("Date", _date_text),
    ("Participants", lambda a: _listed(a.get("participants"))),
    ("Text", lambda a: a.get("text")),
]


def node_cards(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """What hovering or clicking each node shows, by node id."""
    articles = _article_nodes(graph)
    return {str(n): node_card(graph, n, articles) for n in sorted(graph, key=str)}


def node_card(graph: nx.MultiDiGraph, node: str, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What hovering or clicking a node shows, as plain strings for the page to set as text: for an
    event, the evidence first, then who reported it, then how its date was worked out, then its fields."""
    attrs = graph.nodes[node]
    kind = node_kind(attrs)
    fields = []
    for heading, read in CARD_FIELDS.get(attrs.get("label"), EVENT_FIELDS):
        value = read(attrs)
        if value:
            fields.append([heading, value])
    card: dict[str, Any] = {"kind": KIND_STYLES[kind].label, "name": shorten(attrs.get("name") or node, CARD_NAME_CHARS),
                            "fields": fields}
    if attrs.get("label") == ARTICLE:
        card["url"] = attrs.get("url") or ""
    if is_event(attrs):
        card["name"] = shorten(event_title(attrs), CARD_NAME_CHARS)
        card["evidence"] = evidence(graph, node, articles)
        card["sources"] = reporting_articles(graph, node)
        card["dated"] = date_explained(attrs, card["sources"])
    return card


def edge_cards(graph: nx.MultiDiGraph, edges: list[tuple[Any, Any, Any, dict]]) -> list[dict[str, Any]]:
    """What clicking each edge shows, in the page's edge order: what joins what, and the sentence read."""
    articles = _article_nodes(graph)
    names = {n: shorten(d.get("name") or n, CARD_NAME_CHARS) for n, d in graph.nodes(data=True)}
    return [{"kind": "Link", "name": f"{names[u]} \u2014 {str(d.get('type') or k).replace('_', ' ').lower()} \u2192 {names[v]}",
             "fields": [[h, x] for h, x in (("Role", d.get("role")), ("Count", d.get("count") and str(d["count"]))) if x],
             "evidence": [_edge_evidence(d, articles)] if d.get(SENTENCE) else []}
            for u, v, k, d in edges]


def event_summary(attrs: dict[str, Any]) -> str:
    """One line for the timeline: its kind's summary (who met where, who said what, who did what to
    whom), marked when it is not told as held."""
    kind = KIND_BY_LABEL.get(attrs.get("label"))
    text = kind.summary(attrs) if kind else (", ".join(_listed(attrs.get("participants"))) or str(attrs.get("name") or ""))
    if attrs.get(STATUS) and attrs[STATUS] != HELD:
        text = f"({attrs[STATUS]}) " + text
    return shorten(text, SUMMARY_CHARS)


def timeline_entries(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Events in date order (undated last), each with its group heading, day span, status and outlets."""
    entries = []
    for node, attrs in graph.nodes(data=True):
        if not is_event(attrs):
            continue
        when = timex_when(attrs.get(DATE))
        sources = reporting_articles(graph, node)
        entries.append({
            "id": node,
            "type": kind_name(attrs),
            "date": attrs.get(DATE) or "",
            "heading": when.heading if when else "Undated",
            "start": when.start if when else "",
            "end": when.end if when else "",
            "status": attrs.get(STATUS) or HELD,
            "text": event_summary(attrs),
            "sources": sorted({s["outlet"] for s in sources if s["outlet"]}),
        })
    entries.sort(key=lambda e: (e["start"] == "", e["start"], e["end"], e["type"], e["text"], e["id"]))
    return entries


# --- layout: positions computed here so the page never simulates ---------------------------

EDGE_LENGTH = 100.0  # pixels between two linked nodes in a small graph
LAYOUT_ITERATIONS = 100
GRAVITY = 1.0
NEAREST_SPACING = 90.0  # the layout is scaled so that a node's nearest neighbour is this far, typically
SIZE_MIN, SIZE_MAX = 10, 32  # drawn node radius in pixels, by degree
LABEL_ROOM = 36.0  # the least gap between two nodes' rims: room for a label between them


def node_sizes(graph: nx.Graph) -> dict[Any, float]:
    """Each node's drawn radius: bigger the more links it has."""
    degree = dict(graph.degree())
    low, high = min(degree.values(), default=0), max(degree.values(), default=0)
    return {v: SIZE_MIN + (SIZE_MAX - SIZE_MIN) * ((d - low) / (high - low) if high > low else 0.5)
            for v, d in degree.items()}


def layout_positions(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Positions in pixels, the same for the same graph: linked nodes force-directed and then
    pushed apart until no two touch, lone nodes on a shelf below them."""
    nodes = sorted(graph, key=str)
    linked = [v for v in nodes if any(u != v for u in nx.all_neighbors(graph, v))]
    linked_set = set(linked)
    lone = [v for v in nodes if v not in linked_set]
    positions = _force_directed(graph, linked)
    if positions:
        sizes = node_sizes(graph)
        separated = _separate(np.array([positions[v] for v in linked]), np.array([sizes[v] for v in linked]))
        positions = {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(linked, separated)}
    bottom = max((y for _, y in positions.values()), default=0.0) + 2 * NEAREST_SPACING
    left = min((x for x, _ in positions.values()), default=0.0)
    per_row = max(1, int(np.ceil(np.sqrt(len(lone) * 4))))  # a shelf four times wider than high
    for i, v in enumerate(lone):
        row, col = divmod(i, per_row)
        positions[v] = (round(left + 2 * col * NEAREST_SPACING, 1), round(bottom + row * NEAREST_SPACING, 1))
    return positions


def _force_directed(graph: nx.Graph, nodes: list) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold with degree-weighted repulsion and a pull to the centre.

    Repulsion between all nodes is computed on a grid by FFT (particle-mesh), plus exactly between
    nodes closer than one edge length, so one iteration costs about O(n + m) rather than O(n^2):
    5,000 nodes lay out in about two seconds. Heavier nodes (more links) push harder, which
    spreads the many events around a busy actor or article.
    """
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array(sorted({(min(index[u], index[v]), max(index[u], index[v]))
                             for u, v in graph.edges(nodes) if u != v}), dtype=np.int64).reshape(-1, 2)
    src, dst = pairs[:, 0], pairs[:, 1]
    charge = np.sqrt(1.0 + np.bincount(pairs.ravel(), minlength=n))
    k = EDGE_LENGTH
    side = k * np.sqrt(n)
    pos = np.random.default_rng(0).uniform(-side / 2, side / 2, size=(n, 2))
    hot, cold = side / 10, k / 20
    grid = int(np.clip(2 * np.sqrt(n), 16, 128))
    kernels = _force_kernels(grid)
    for step in range(LAYOUT_ITERATIONS):
        temperature = hot * (cold / hot) ** (step / max(1, LAYOUT_ITERATIONS - 1))
        move = _far_repulsion(pos, charge, k, kernels) + _near_repulsion(pos, charge, k)
        delta = pos[src] - pos[dst]
        pull = delta * (np.sqrt((delta ** 2).sum(1)) / k)[:, None]
        for axis in (0, 1):
            move[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
            move[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
        # A pull to the centre, which balances the repulsion at the rim of the drawing, keeps
        # separate components together and the drawing round.
        move -= GRAVITY * charge[:, None] * (pos - pos.mean(0))
        length = np.sqrt((move ** 2).sum(1)) + 1e-9
        pos += move * (np.minimum(length, temperature) / length)[:, None]
    pos = (pos - pos.mean(0)) * (NEAREST_SPACING / max(_median_nearest(pos), 1e-9))
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, pos)}


def _separate(pos: np.ndarray, radii: np.ndarray, rounds: int = 50) -> np.ndarray:
    """Push apart every pair of nodes closer than their radii plus room for a label."""
    pos = pos.copy()
    for _ in range(rounds):
        i, j = _pairs_within(pos, 2 * SIZE_MAX + LABEL_ROOM)
        delta = pos[i] - pos[j]
        dist = np.sqrt((delta ** 2).sum(1))
        short = radii[i] + radii[j] + LABEL_ROOM - dist
        over = short > 0
        if not over.any():
            break
        i, j, delta, dist, short = i[over], j[over], delta[over], dist[over], short[over]
        # Nodes on the very same spot part along a direction fixed by their index.
        same = dist < 1e-6
        angle = i[same] * 2.399963  # the golden angle spreads directions evenly
        delta[same] = np.stack([np.cos(angle), np.sin(angle)], 1)
        dist[same] = 1.0
        push = delta / dist[:, None] * (short / 2)[:, None]
        for axis in (0, 1):
            pos[:, axis] += np.bincount(i, weights=push[:, axis], minlength=len(pos))
            pos[:, axis] -= np.bincount(j, weights=push[:, axis], minlength=len(pos))
    return pos


def _force_kernels(grid: int) -> list[np.ndarray]:
    """Spectra of the x and y components of offset / distance^2, in grid cells, zero padded so the
    convolution does not wrap around."""
    offset = np.fft.fftfreq(2 * grid, 1 / (2 * grid))
    ox, oy = np.meshgrid(offset, offset, indexing="ij")
    r2 = ox * ox + oy * oy
    r2[0, 0] = 1.0
    spectra = []
    for component in (ox, oy):
        kernel = component / r2
        kernel[0, 0] = 0.0
        spectra.append(np.fft.rfft2(kernel))
    return spectra


def _far_repulsion(pos: np.ndarray, charge: np.ndarray, k: float, kernels: list[np.ndarray]) -> np.ndarray:
    """k^2 q_i q_j / d between all pairs, by binning charges on a grid and convolving with 1/d."""
    grid = kernels[0].shape[0] // 2
    low = pos.min(0)
    h = max(float((pos.max(0) - low).max()) / (grid - 1), 1e-9)
    cell = np.rint((pos - low) / h).astype(np.int64)
    charges = np.bincount(cell[:, 0] * grid + cell[:, 1], weights=charge,
                          minlength=grid * grid).reshape(grid, grid)
    size = (2 * grid, 2 * grid)
    spectrum = np.fft.rfft2(charges, s=size)
    force = [np.fft.irfft2(spectrum * kernel, s=size)[:grid, :grid][cell[:, 0], cell[:, 1]] / h
             for kernel in kernels]
    return (k * k) * charge[:, None] * np.stack(force, 1)


def _pairs_within(pos: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i, j), each unordered pair once, of points closer than radius (cell lists)."""
    cell = ((pos - pos.min(0)) // radius).astype(np.int64)
    width = int(cell.max()) + 1
    key = cell[:, 0] * width + cell[:, 1]
    order = np.argsort(key, kind="stable")
    starts = np.searchsorted(key[order], np.arange(width * width))
    counts = np.bincount(key, minlength=width * width)
    found_i, found_j = [], []
    # The own cell and four of the eight neighbours: every pair of cells is visited once.
    for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):
        other = cell + (dx, dy)
        inside = ((other >= 0) & (other < width)).all(1)
        i = np.nonzero(inside)[0]
        keys = other[inside, 0] * width + other[inside, 1]
        many = counts[keys]
        within = np.arange(many.sum()) - np.repeat(np.cumsum(many) - many, many)
        i, j = np.repeat(i, many), order[np.repeat(starts[keys], many) + within]
        if (dx, dy) == (0, 0):
            i, j = i[i < j], j[i < j]
        found_i.append(i)
        found_j.append(j)
    i, j = np.concatenate(found_i), np.concatenate(found_j)
    close = ((pos[i] - pos[j]) ** 2).sum(1) < radius * radius
    return i[close], j[close]


def _near_repulsion(pos: np.ndarray, charge: np.ndarray, k: float) -> np.ndarray:
    """Exact repulsion between close pairs, which the grid blurs."""
    i, j = _pairs_within(pos, k)
    delta = pos[i] - pos[j]
    push = delta * (k * k * charge[i] * charge[j] / np.maximum((delta ** 2).sum(1), 1.0))[:, None]
    move = np.zeros_like(pos)
    for axis in (0, 1):
        move[:, axis] += np.bincount(i, weights=push[:, axis], minlength=len(pos))
        move[:, axis] -= np.bincount(j, weights=push[:, axis], minlength=len(pos))
    return move


def _median_nearest(pos: np.ndarray) -> float:
    """The median distance from a node to its nearest neighbour."""
    if len(pos) < 2:
        return NEAREST_SPACING
    span = float((pos.max(0) - pos.min(0)).max()) or 1.0
    nearest = np.full(len(pos), np.inf)
    radius = span / np.sqrt(len(pos))
    # Once more than half the nodes have found a neighbour, the median is among them.
    while np.isfinite(nearest).sum() * 2 <= len(pos):
        i, j = _pairs_within(pos, radius)
        d = np.sqrt(((pos[i] - pos[j]) ** 2).sum(1))
        np.minimum.at(nearest, i, d)
        np.minimum.at(nearest, j, d)
        radius *= 2
    return float(np.median(nearest))


# --- the page -------------------------------------------------------------------------------

VIS_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "hideEdgesOnDrag": False, "navigationButtons": False, "dragNodes": False,
                    "keyboard": False, "multiselect": False, "tooltipDelay": 150, "selectConnectedEdges": False},
    # The page script draws the labels (see LABELS); vis-network draws shapes only.
    "nodes": {"borderWidth": 1},
    "edges": {"smooth": False, "width": 1, "selectionWidth": 2, "hoverWidth": 0.5,
              "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
}
# Labels as the page script draws them: screen pixels whatever the zoom, bigger for the most
# important nodes; a label is left out where it would overlap one drawn before it.
LABELS = {"font": "DejaVu Sans, Liberation Sans, Arial, sans-serif", "px": 12, "top_px": 13, "top": 10,
          "color": "#1f1f1f", "halo": "#ffffff"}
# Above this many edges, edges are hidden while dragging or zooming so the view keeps up.
LARGE_EDGE_COUNT = 3000
ARTICLE_TITLE_CHARS = 24


def node_caption(attrs: dict[str, Any]) -> str:
    """The label drawn under a node: an actor's name, an event's kind and date ("Meeting, 10 Mar 2012"),
    an article's outlet and title (or date when it has no title)."""
    if is_event(attrs):
        return shorten(event_title(attrs), LABEL_CHARS)
    if attrs.get("label") == ARTICLE:
        about = attrs.get("title") and shorten(attrs["title"], ARTICLE_TITLE_CHARS)
        when = attrs.get("published") and date_name(attrs["published"], short=True)
        return shorten(": ".join(x for x in (attrs.get("source") or "Article", about or when) if x), LABEL_CHARS)
    return shorten(attrs.get("name") or "", LABEL_CHARS)


def speakers(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Statement -> the actor who said it: a statement is drawn inside its speaker until it is opened."""
    return {str(v): str(u) for u, v, k in graph.edges(keys=True)
            if k == SAID and graph.nodes[v].get("label") == STATEMENT}


def vis_nodes(graph: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]]) -> list[dict[str, Any]]:
    """The vis-network nodes: shape and colour by kind, size by degree, fixed positions, the caption
    the page draws, its importance rank (by degree: 0 is the most linked) and its speaker."""
    degree = dict(graph.degree())
    sizes = node_sizes(graph)
    rank = {n: i for i, n in enumerate(sorted(graph, key=lambda n: (-degree[n], str(n))))}
    said_by = speakers(graph)
    nodes = []
    for node in sorted(graph, key=str):
        attrs = graph.nodes[node]
        kind = node_kind(attrs)
        style = KIND_STYLES[kind]
        x, y = positions[node]
        nodes.append({"id": str(node), "caption": node_caption(attrs), "shape": style.shape, "color": style.color,
                      "size": round(sizes[node], 1), "x": x, "y": y, "kind": kind, "rank": rank[node],
                      **({"speaker": said_by[str(node)]} if str(node) in said_by else {})})
    return nodes


def page_data(graph: nx.MultiDiGraph, title: str) -> dict[str, Any]:
    """Everything the page script reads."""
    nodes = vis_nodes(graph, layout_positions(graph))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    options = json.loads(json.dumps(VIS_OPTIONS))
    if graph.number_of_edges() > LARGE_EDGE_COUNT:
        options["interaction"]["hideEdgesOnDrag"] = True
        options["interaction"]["hideEdgesOnZoom"] = True
    counts = Counter(n["kind"] for n in nodes)
    timeline = timeline_entries(graph)
    days = [e["start"] for e in timeline if e["start"]] + [e["end"] for e in timeline if e["end"]]
    return {
        "title": title,
        "options": options,
        "labels": LABELS,
        "nodes": nodes,
        "edges": [{"id": i, "from": str(u), "to": str(v), "type": d.get("type") or str(k),
                   **EDGE_STYLES.get(d.get("type") or str(k), OTHER_EDGE)}
                  for i, (u, v, k, d) in enumerate(edges)],
        "edgeCards": edge_cards(graph, edges),
        "kinds": [{"kind": k, "label": s.label, "shape": s.shape, "color": s.color, "count": counts[k]}
                  for k, s in KIND_STYLES.items() if k in counts],
        "cards": node_cards(graph),
        "timeline": timeline,
        "outlets": sorted({o for e in timeline for o in e["sources"]}),
        "statuses": sorted({e["status"] for e in timeline}),
        "dates": {"min": min(days, default=""), "max": max(days, default="")},
        "search": search_entries(graph),
    }


def search_entries(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """What search finds: actors and places by name and alias, events by their summary and the words said."""
    found = []
    for n, d in sorted(graph.nodes(data=True), key=lambda x: str(x[0])):
        if d.get("label") == ACTOR:
            terms = {str(d.get("name") or n), *_listed(d.get("aliases"))}
        elif is_event(d):
            terms = {event_summary(d), *([shorten(d[TEXT], CARD_NAME_CHARS * 2)] if d.get(TEXT) else [])}
        else:
            continue
        name = str(d.get("name") or n) if not is_event(d) else event_title(d)
        found.append({"id": str(n), "name": shorten(name, CARD_NAME_CHARS), "terms": sorted(terms)})
    return found


def script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no '<', '>' or '&' that HTML could read."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_html(graph: nx.MultiDiGraph, title: str = "dateline") -> str:
    """The whole page as one string: no file or network request is needed to show it."""
    vis_js = (VIS_LIB / "vis-network.min.js").read_text(encoding="utf-8")
    page_js = (ASSETS / "html_page.js").read_text(encoding="utf-8")
    parts = {
        "title": html.escape(title),
        "csp": f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}; "
               "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
        "vis_css": (VIS_LIB / "vis-network.css").read_text(encoding="utf-8"),
        "page_css": (ASSETS / "html_page.css").read_text(encoding="utf-8"),
        "vis_js": vis_js,
        "page_js": page_js,
        "data": script_json(page_data(graph, title)),
    }
    template = (ASSETS / "html_page.html").read_text(encoding="utf-8")
    # One pass, so text put in for one marker is never read as another marker.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], template)


def write_html(graph: nx.MultiDiGraph, path: Path, title: str = "dateline") -> Path:
    """Write the page to path atomically."""
    return write_atomic(path, render_html(graph, title))

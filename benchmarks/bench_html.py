"""The page's cost: build time at three sizes with its fitted exponent, and time to an interactive
drawing of a 5,000-node graph against a plain pyvis page.

Build: the page of a synthetic graph (``dateline.graph.synthetic``) is written at three sizes, each
twice the one before, timed in CPU seconds as a whole and stage by stage (layout, nodes, cards, link
cards, timeline, search, JSON); the exponent is the slope of log time over log size (1 is linear).

Interactive: both pages are opened from file:// in the same headless Chromium, one after the other, in
one run. dateline's page is drawn at positions computed when it is written, so it is interactive once
it has drawn; the pyvis page (default settings: physics on, dynamic smooth edges; inlined so that it
can load at all offline) is interactive once its physics has come to rest ("stabilized").

    python benchmarks/bench_html.py [--actors 2400 --events 2200 --articles 392] [--pyvis-timeout 900]
                                    [--sizes 0.5 1 2] [--no-browser]

Prints a table and writes benchmarks/results/html.json.
"""
from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from pathlib import Path

import networkx as nx

from pyvis.network import Network
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from dateline.exports.html import (edge_cards, layout_positions, node_cards, page_data, script_json, search_entries,
                                   timeline_entries, vis_nodes, write_html)
from dateline.graph.synthetic import make_graph

RESULTS = Path(__file__).resolve().parent / "results"

# Records, in the pyvis page, when physics has finished its fixed iterations and when it has come to rest.
PYVIS_PROBE = """<script>
window.__bench = {};
network.once("afterDrawing", function () { __bench.firstDraw = performance.now(); });
network.once("stabilizationIterationsDone", function () { __bench.iterationsDone = performance.now(); });
network.once("stabilized", function () { __bench.stabilized = performance.now(); });
</script>
</body>"""

REDRAW_COST = """
const net = arguments[0] === 'pyvis' ? window.network : window.dateline.network;
const t = performance.now();
for (let i = 0; i < 10; i++) { net.moveTo({scale: 0.2 + 0.05 * i}); net.redraw(); }
return (performance.now() - t) / 10;
"""


def chromium() -> webdriver.Chrome:
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    # The pyvis page keeps the browser busy for minutes: navigation must not wait for its load event.
    options.page_load_strategy = "none"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1600,1000", f"--user-data-dir={tempfile.mkdtemp(prefix='dateline-bench-')}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for(driver, script: str, timeout: float) -> bool:
    """Poll until script is true; a page too busy to answer within the script timeout is not ready."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if driver.execute_script(script):
                return True
        except TimeoutException:
            continue
        time.sleep(0.2)
    return False


def time_dateline_page(driver, path: Path) -> dict:
    driver.set_script_timeout(30)
    driver.get(path.as_uri())
    wait_for(driver, "return !!(window.dateline && window.dateline.ready)", 120)
    return {"interactive_s": driver.execute_script("return window.dateline.drawnAt") / 1000,
            "redraw_ms": driver.execute_script(REDRAW_COST, "dateline")}


def time_pyvis_page(driver, path: Path, timeout: float) -> dict:
    driver.set_script_timeout(10)
    driver.get(path.as_uri())
    rested = wait_for(driver, "return !!(window.__bench && window.__bench.stabilized)", timeout)
    driver.set_script_timeout(600)
    bench = driver.execute_script("return window.__bench || {}")
    result = {"first_draw_s": bench.get("firstDraw", 0) / 1000 or None,
              "iterations_done_s": bench.get("iterationsDone", 0) / 1000 or None,
              "interactive_s": bench["stabilized"] / 1000 if rested else None,
              "waited_s": timeout}
    result["redraw_ms"] = driver.execute_script(REDRAW_COST, "pyvis")
    return result


def cpu(work) -> tuple[float, object]:
    started = time.process_time()
    result = work()
    return time.process_time() - started, result


def build_costs(graph: nx.MultiDiGraph, out: Path) -> dict:
    """CPU seconds of writing the page, whole and by stage (each stage run on its own)."""
    stages = {}
    stages["layout"], positions = cpu(lambda: layout_positions(graph))
    stages["nodes"], _ = cpu(lambda: vis_nodes(graph, positions))
    stages["cards"], _ = cpu(lambda: node_cards(graph))
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    stages["link_cards"], _ = cpu(lambda: edge_cards(graph, edges))
    stages["timeline"], _ = cpu(lambda: timeline_entries(graph))
    stages["search"], _ = cpu(lambda: search_entries(graph))
    data = page_data(graph, "synthetic")
    stages["json"], _ = cpu(lambda: script_json(data))
    whole, _ = cpu(lambda: write_html(graph, out, title="synthetic"))
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "write_s": round(whole, 2),
            **{f"{k}_s": round(v, 2) for k, v in stages.items()}}


def exponent(sizes: list[float], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) over log(size)."""
    xs, ys = [math.log(x) for x in sizes], [math.log(y) for y in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2400)
    parser.add_argument("--events", type=int, default=2200)
    parser.add_argument("--articles", type=int, default=392)
    parser.add_argument("--pyvis-timeout", type=float, default=900.0, help="seconds to wait for pyvis to rest")
    parser.add_argument("--sizes", type=float, nargs=3, default=[0.5, 1.0, 2.0],
                        help="the three build sizes, as multiples of --actors/--events/--articles")
    parser.add_argument("--no-browser", action="store_true", help="time the page build only")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="dateline-bench-html-"))
    builds = [build_costs(make_graph(round(args.actors * f), round(args.events * f), round(args.articles * f)),
                          work / f"build-{f}.html") for f in args.sizes]
    fitted = round(exponent([b["nodes"] for b in builds], [b["write_s"] for b in builds]), 2)
    print("page build (CPU s):")
    for b in builds:
        print("  " + ", ".join(f"{k}={v}" for k, v in b.items()))
    print(f"  fitted exponent of build time over nodes: {fitted}")
    report = {"build": builds, "build_exponent": fitted}
    RESULTS.mkdir(exist_ok=True)
    if args.no_browser:
        (RESULTS / "html.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        return

    graph = make_graph(args.actors, args.events, args.articles)
    started = time.perf_counter()
    ours = write_html(graph, work / "dateline.html", title="synthetic")
    write_s = time.perf_counter() - started

    started = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        net.add_node(node, label=attrs["name"])
    for u, v in graph.edges():
        net.add_edge(u, v)
    theirs = work / "pyvis.html"
    theirs.write_text(net.generate_html().replace("</body>", PYVIS_PROBE, 1), encoding="utf-8")
    pyvis_write_s = time.perf_counter() - started

    driver = chromium()
    # A page whose script runs for minutes holds every command that long; keep the connection open.
    driver.command_executor._client_config.timeout = args.pyvis_timeout + 900
    try:
        dateline_result = time_dateline_page(driver, ours)
        pyvis_result = time_pyvis_page(driver, theirs, args.pyvis_timeout)
    finally:
        driver.quit()

    report |= {
        "graph": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()},
        "dateline": {"write_s": round(write_s, 2), "page_mb": round(ours.stat().st_size / 1e6, 2),
                     **{k: round(v, 2) for k, v in dateline_result.items()}},
        "pyvis_default": {"write_s": round(pyvis_write_s, 2), "page_mb": round(theirs.stat().st_size / 1e6, 2),
                          **{k: (round(v, 2) if v is not None else None) for k, v in pyvis_result.items()}},
    }
    theirs_s = pyvis_result["interactive_s"]
    report["interactive_ratio_pyvis_over_dateline"] = (
        round(theirs_s / dateline_result["interactive_s"], 1) if theirs_s else
        f"> {args.pyvis_timeout / dateline_result['interactive_s']:.0f} (pyvis not at rest after {args.pyvis_timeout:.0f} s)")
    (RESULTS / "html.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"graph: {report['graph']['nodes']} nodes, {report['graph']['edges']} edges")
    for name in ("dateline", "pyvis_default"):
        print(f"{name:14s} " + ", ".join(f"{k}={v}" for k, v in report[name].items()))
    print("time to interactive, pyvis / dateline:", report["interactive_ratio_pyvis_over_dateline"])


if __name__ == "__main__":
    main()

"""Time to an interactive drawing of a 5,000-node graph: dateline's page against a plain pyvis page.

Both pages are opened from file:// in the same headless Chromium, one after the other, in one run.
dateline's page is drawn at positions computed when it is written, so it is interactive once it
has drawn; the pyvis page (default settings: physics on, dynamic smooth edges; inlined so that it
can load at all offline) is interactive once its physics has come to rest ("stabilized").

    python benchmarks/bench_html.py [--actors 2400 --events 2200 --articles 392] [--pyvis-timeout 900]

Prints a table and writes benchmarks/results/html.json.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from pyvis.network import Network
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from dateline.graph.synthetic import make_graph
from dateline.exports.html import write_html

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=2400)
    parser.add_argument("--events", type=int, default=2200)
    parser.add_argument("--articles", type=int, default=392)
    parser.add_argument("--pyvis-timeout", type=float, default=900.0, help="seconds to wait for pyvis to rest")
    args = parser.parse_args()

    graph = make_graph(args.actors, args.events, args.articles)
    work = Path(tempfile.mkdtemp(prefix="dateline-bench-html-"))
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

    report = {
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
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "html.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"graph: {report['graph']['nodes']} nodes, {report['graph']['edges']} edges")
    for name in ("dateline", "pyvis_default"):
        print(f"{name:14s} " + ", ".join(f"{k}={v}" for k, v in report[name].items()))
    print("time to interactive, pyvis / dateline:", report["interactive_ratio_pyvis_over_dateline"])


if __name__ == "__main__":
    main()

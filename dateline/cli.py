"""The `dateline` command."""
from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2

DESCRIPTION = """\
Turn a pile of news articles into a dated knowledge graph and a timeline: who met whom, who
said what, when, where, and which outlets reported it.

Relative dates ("on Saturday", "last week", "in mid-April") are resolved against each
article's publication date, which comes from a manifest or record, front matter, the file or
folder name, or HTML metadata, never from a date printed in the text.
"""

INPUTS_HELP = """\
inputs: folders (read recursively) and files of these kinds, mixed freely:
  .txt .md        article text, optionally with YAML front matter (published, source, title, url)
  .html .htm      a web page; its main text and metadata are extracted
  .jsonl .csv     one article per row: text, published, and optionally source, title, url, id;
                  a row with `file` instead of `text` gives the metadata of that file (a manifest)
"""

BUILD_EPILOG = INPUTS_HELP + """
writes into --out:
  graph.json          the graph as networkx node-link JSON
  graph.graphml       the same for Gephi, igraph, yEd (list attributes joined with " | ")
  graph.html          an interactive page: graph, timeline, date range, search (works offline)
  timeline.json       every event in date order (timeline_by_actor.json: per actor)
  events.csv          a row per event and report, for spreadsheets
  timelinejs.json     the timeline for Knight Lab TimelineJS
  graph.gexf          GEXF 1.3 with dates, for Gephi's timeline
  dates/<key>.jsonl   the temporal expressions of each article, with how each was resolved
  neo4j/              load.cypher, CSV files for neo4j-admin import, style.grass, queries.cypher
  annotations.sqlite  each article's analysis, kept so the next build parses only what changed

exit status: 0 when every input loaded, 1 when some were skipped (unless --keep-going), 2 on errors.

examples:
  dateline build seeds --out out
  dateline build news/ --out out --neo4j --uri bolt://localhost:7687 --password secret
"""


def parse_date(value: str) -> datetime.date:
    from dateline.loaders.articles import BadInput, parse_date as loader_parse_date

    try:
        return loader_parse_date(value)
    except BadInput as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_neo4j_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("Neo4j connection (default: the server `dateline neo4j start` runs)")
    g.add_argument("--uri", default=os.environ.get("NEO4J_URI"), help="Bolt URI; env NEO4J_URI")
    g.add_argument("--user", default=os.environ.get("NEO4J_USER"), help="user name; env NEO4J_USER")
    g.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD"), help="password; env NEO4J_PASSWORD")


def make_parser() -> argparse.ArgumentParser:
    from dateline import __version__

    parser = argparse.ArgumentParser(prog="dateline", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"dateline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="build the graph, timeline, HTML page and Neo4j files from articles",
                       description="Load articles, resolve their dates, extract actors and events (meetings, "
                                   "statements, and every other kind: attacks, agreements, travel, launches, ...), "
                                   "merge them across articles and write the outputs.",
                       epilog=BUILD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="folders and files to read")
    b.add_argument("--out", type=Path, default=Path("out"), help="output folder (default: out)")
    b.add_argument("--published", type=parse_date, metavar="YYYY-MM-DD",
                   help="publication date of a single input file")
    b.add_argument("--keep-going", action="store_true", help="exit 0 even when some inputs were skipped")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes for the language analysis (default: the number of cores, up to 4)")
    b.add_argument("--html", action=argparse.BooleanOptionalAction, default=True, help="write graph.html (default: yes)")
    b.add_argument("--title", help="the page's title (default: dateline: <the inputs' names>)")
    b.add_argument("--follow-links", action="store_true",
                   help="read symbolic links and manifest rows that lead outside the inputs (default: no)")
    b.add_argument("--neo4j", action="store_true", help="also load the graph into a running Neo4j")
    b.add_argument("--aliases", type=Path, metavar="FILE",
                   help="who is who, by hand (YAML or CSV): canonical name, kind, aliases, or drop; see the README")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="annotate on a Dask cluster: tcp://HOST:8786, or local:N for N local workers "
                        "(needs dateline[dask]; default: local worker processes, see --jobs)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    add_neo4j_options(b)

    d = sub.add_parser("dates", help="print the temporal expressions of articles",
                       description="Find temporal expressions in every article of the inputs and resolve "
                                   "them against each article's publication date (--published for a "
                                   "single file, else the article's own metadata).",
                       epilog=INPUTS_HELP + "\noutput fields (jsonl): article (its key), start, end (character "
                              "offsets), text, type (DATE, TIME, DURATION, SET), value (TIMEX3), granularity, "
                              "anchor, rule, reason",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    d.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="folders and files to read")
    d.add_argument("--published", type=parse_date, metavar="YYYY-MM-DD", help="publication date of a single file")
    d.add_argument("--follow-links", action="store_true", help="read links that lead outside the inputs")
    d.add_argument("--format", choices=["jsonl", "timeml"], default="jsonl", help="output format (default: jsonl)")

    lo = sub.add_parser("load", help="load a built graph.json into Neo4j",
                        description="Merge DIR/graph.json into Neo4j by the graph's stable ids: loading "
                                    "twice changes nothing, a later build adds to what is there. The folder of GRAPH_JSON keeps "
                                    "a record of what was loaded (neo4j-loaded.sqlite): a later load sends only "
                                    "the nodes and relationships that are new or changed.")
    lo.add_argument("graph", type=Path, metavar="GRAPH_JSON")
    add_neo4j_options(lo)

    n = sub.add_parser("neo4j", help="run a local Neo4j server (fetched from Maven Central on first use)",
                       description="Start, stop or inspect a local Neo4j 5.26 Community server on "
                                   "127.0.0.1 (Bolt 7687, Browser at http://127.0.0.1:7474/browser/).")
    n.add_argument("action", choices=["start", "stop", "status"])
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return {"build": cmd_build, "dates": cmd_dates, "load": cmd_load, "neo4j": cmd_neo4j}[args.command](args)
    except KeyboardInterrupt:
        print("dateline: interrupted", file=sys.stderr)
        return EXIT_ERROR


def error(message: str) -> int:
    print(f"dateline: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def cmd_dates(args) -> int:
    from dateline.exports.files import jsonl
    from dateline.loaders.articles import Skipped, iter_corpus
    from dateline.loaders.timex import find_timexes, timex_record, to_timeml
    from dateline.nlp import load_model

    try:
        items = list(iter_corpus(args.inputs, published=args.published, follow_links=args.follow_links))
    except ValueError as exc:
        return error(str(exc))
    articles = [a for a in items if not isinstance(a, Skipped)]
    for item in items:
        if isinstance(item, Skipped):
            print(f"dateline: skipped {item}", file=sys.stderr)
    if args.format == "timeml" and len(articles) > 1:
        return error(f"--format timeml writes one document; the inputs hold {len(articles)} articles (use jsonl)")
    for article in articles:
        if article.published is None:
            print(f"dateline: warning: {article.path}: no publication date; relative dates stay unresolved "
                  "(give one with --published)", file=sys.stderr)
    docs = load_model().pipe(a.text for a in articles)
    for article, doc in zip(articles, docs):
        timexes = find_timexes(doc, article.published)
        if args.format == "jsonl":
            sys.stdout.write(jsonl([{**timex_record(t), "article": article.key} for t in timexes]))
        else:
            sys.stdout.write(to_timeml(article.text, timexes, article.published))
    if not articles:
        return error("no article found in the inputs")
    return EXIT_SKIPPED if len(articles) < len(items) else EXIT_OK


def cmd_build(args) -> int:
    import sqlite3

    from dateline.exports.output_folder import OutputError
    from dateline.loaders.articles import Skipped
    from dateline.pipeline import BuildReport, build, default_jobs

    missing = [p for p in args.inputs if not p.exists()]
    if missing and len(missing) == len(args.inputs):
        return error(f"no such file or folder: {', '.join(map(str, missing))}")
    report = BuildReport()
    with terminal_progress("articles", enabled=not args.quiet and sys.stderr.isatty()) as progress:
        def on_article(item) -> None:
            if isinstance(item, Skipped):
                print(f"dateline: skipped {item}", file=sys.stderr)
            else:
                progress.advance()
        try:
            graph = build(args.inputs, out_dir=args.out, published=args.published, jobs=args.jobs or default_jobs(),
                          html=args.html, on_article=on_article, report=report, title=args.title,
                          follow_links=args.follow_links, aliases=args.aliases, scheduler=args.scheduler)
        except (ValueError, OutputError) as exc:
            return error(str(exc))
        except OSError as exc:   # a full disk while writing: the folder keeps its previous build
            return error(f"cannot write the output into {args.out}: {exc.strerror or exc} ({exc.filename or ''})")
        except sqlite3.Error as exc:
            return error(f"cannot write the annotation store in {args.out}: {exc} (is the disk full?)")
    for path in report.undated:
        print(f"dateline: warning: {path}: no publication date; its relative dates stay unresolved", file=sys.stderr)
    for path in report.not_english:
        print(f"dateline: warning: {path}: does not read as English; dateline reads English only, so its "
              "actors and dates may be wrong", file=sys.stderr)
    counts = graph_counts(graph)
    print(f"dateline: {report.articles} articles loaded ({report.parsed} parsed, {report.reused} reused), "
          f"{len(report.skipped)} skipped; "
          f"{counts.pop('Actor')} actors ({actor_breakdown(graph)}), {counts.pop('Meeting')} meetings, "
          f"{counts.pop('Statement')} statements"
          + "".join(f", {n} {kind}" for kind, n in counts.items()) + f" -> {args.out}/",
          file=sys.stderr)
    if args.neo4j:
        status = load_into_neo4j(graph, args, args.out)
        if status != EXIT_OK:
            return status
    if report.skipped and not args.keep_going:
        print(f"dateline: {len(report.skipped)} input(s) skipped (see above); --keep-going to exit 0",
              file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def graph_counts(graph) -> dict[str, int]:
    """Actors, meetings and statements, then the events of every other registered kind found (by kind name)."""
    from collections import Counter

    from dateline.graph.schema import ACTOR, MEETING, STATEMENT, event_kinds

    found = Counter(label for _, label in graph.nodes(data="label"))
    others = {k.name.replace("_", " "): found[k.label] for k in event_kinds()
              if k.label not in (MEETING, STATEMENT) and found[k.label]}
    return {ACTOR: found[ACTOR], MEETING: found[MEETING], STATEMENT: found[STATEMENT], **others}


def actor_breakdown(graph) -> str:
    """ "24 places, 38 described, not named": what the actor count holds besides named people and bodies."""
    from dateline.graph.schema import ACTOR, LOCATION

    actors = [d for _, d in graph.nodes(data=True) if d.get("label") == ACTOR]
    places = sum(d.get("kind") == LOCATION for d in actors)
    unnamed = sum(bool(d.get("unnamed")) for d in actors)
    return f"{places} places, {unnamed} described, not named"


class terminal_progress:
    """A progress bar on a terminal (articles done, batches written); its calls do nothing elsewhere."""

    def __init__(self, label: str, enabled: bool):
        self.label, self.enabled = label, enabled
        self.progress = self.task = None

    def __enter__(self) -> "terminal_progress":
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(TextColumn(self.label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                     transient=True)
            self.progress.start()
            self.task = self.progress.add_task(self.label, total=None)
        return self

    def advance(self) -> None:
        if self.progress is not None:
            self.progress.advance(self.task)

    def update(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.update(self.task, completed=done, total=total)

    def __exit__(self, *exc) -> bool:
        if self.progress is not None:
            self.progress.stop()
        return False


URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")   # what the neo4j driver accepts


def neo4j_connection(args) -> dict:
    from dateline.exports.neo4j_server import Neo4jExportError, default_connection

    if args.uri is not None and args.uri.partition("://")[0] not in URI_SCHEMES:
        raise Neo4jExportError(f"--uri {args.uri!r} is not a Neo4j URI: write SCHEME://HOST:PORT with SCHEME one of "
                               f"{', '.join(URI_SCHEMES)} (e.g. bolt://localhost:7687)")
    return default_connection(uri=args.uri, user=args.user, password=args.password)


def load_into_neo4j(graph, args, folder: Path) -> int:
    """Load the graph built in `folder`; the folder's ledger keeps what was loaded, so that the
    next load sends only what changed."""
    from dateline.exports.neo4j_ledger import LEDGER_FILE
    from dateline.exports.neo4j_load import load_graph
    from dateline.exports.neo4j_server import Neo4jExportError

    try:
        connection = neo4j_connection(args)
        with terminal_progress("neo4j batches", enabled=sys.stderr.isatty()) as progress:
            result = load_graph(graph, progress=progress.update, ledger=folder / LEDGER_FILE, **connection)
    except Neo4jExportError as exc:
        return error(str(exc))
    print(f"dateline: neo4j: {result}", file=sys.stderr)
    return EXIT_OK


def cmd_load(args) -> int:
    from dateline.exports.files import read_graph_json

    if not args.graph.is_file():
        return error(f"{args.graph}: no such file (give the graph.json a build wrote)")
    try:
        graph = read_graph_json(args.graph)
    except ValueError as exc:
        return error(f"{args.graph} is not a dateline graph.json ({exc})")
    return load_into_neo4j(graph, args, args.graph.parent)


def cmd_neo4j(args) -> int:
    from dateline.exports import neo4j_server

    try:
        print(getattr(neo4j_server, f"cli_{args.action}")())
    except neo4j_server.Neo4jExportError as exc:
        return error(str(exc))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

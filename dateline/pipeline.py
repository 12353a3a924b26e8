"""The stages of a build, composed in one place. Data flows one way:

    files --load--> articles --annotate--> annotated articles --graph--> graph --export--> files
                                  (store: annotated articles kept between builds)

`annotate_article` is the per-article work (dates, actors and events from the parse): a pure
function of its input; `annotate_batch` parses a batch with spaCy and runs it on each article, in
worker processes when the corpus is large enough to repay starting them, or on a Dask cluster.
A build into an output folder keeps every annotated article in the folder's store
(`dateline.store`) and parses only the articles whose text, metadata, model or rules changed.
"""
from __future__ import annotations

import collections
import ctypes
import datetime
import gc
import hashlib
import itertools
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from dateline.exports.files import jsonl, write_graph_files
from dateline.exports.output_folder import commit_output, open_output, write_staged
from dateline.graph.alias_file import read_alias_file
from dateline.graph.build import build_graph
from dateline.graph.extract import ArticleFacts, extract_article
from dateline.loaders.articles import Article, Skipped, iter_corpus
from dateline.loaders.language import looks_english
from dateline.loaders.timex import Timex, find_timexes, timex_record
from dateline.nlp import load_model, model_version
from dateline.store import STORE_FILE, AnnotationStore, fingerprint, rules_version

BATCH_SIZE = 4           # articles per task: parsing gains nothing from larger nlp.pipe batches, and
                         # small tasks leave no worker idle long while another ends the corpus
BATCHES_IN_FLIGHT = 3    # per worker: enough to keep it busy, few enough that memory stays flat
FORKS = "fork" in multiprocessing.get_all_start_methods()   # workers can start as copies of this process
CONNECT_SECONDS = 10     # a Dask scheduler that does not answer by then is not there


@dataclass
class AnnotatedArticle:
    key: str
    timexes: list[Timex]
    facts: ArticleFacts


@dataclass
class BuildReport:
    """What a build did, for the summary line and the exit status."""
    articles: int = 0
    parsed: int = 0                                       # articles annotated by this build
    reused: int = 0                                       # articles whose stored annotation still held
    skipped: list[Skipped] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)     # paths of articles with no publication date
    not_english: list[str] = field(default_factory=list)  # paths of articles that do not read as English
    files: list[Path] = field(default_factory=list)


def article_meta(a: Article) -> dict:
    return {"name": a.title or a.key, "key": a.key, "published": a.published.isoformat() if a.published else None,
            "published_basis": a.published_basis, "source": a.source, "title": a.title, "url": a.url, "path": a.path}


def annotate_article(article: Article, doc) -> AnnotatedArticle:
    """One article's parse -> its temporal expressions and its actors, meetings and statements."""
    timexes = find_timexes(doc, article.published)
    published = article.published.isoformat() if article.published else None
    facts = extract_article(article.key, doc, published, timexes, article_meta(article))
    return AnnotatedArticle(article.key, timexes, facts)


@dataclass
class NotAnnotated:
    """An article the rules failed on: skipped, and said why, instead of ending the build."""
    key: str
    skipped: Skipped


def annotate_batch(articles: list[Article]) -> list[AnnotatedArticle | NotAnnotated]:
    nlp = load_model()
    docs = nlp.pipe([a.text for a in articles], batch_size=BATCH_SIZE)
    return [annotate_or_skip(a, doc) for a, doc in zip(articles, docs)]


def annotate_or_skip(article: Article, doc) -> AnnotatedArticle | NotAnnotated:
    """`annotate_article`, or, when a rule fails on an unusual text, the article skipped with the
    error: one article's failure loses that article, not the corpus."""
    try:
        return annotate_article(article, doc)
    except Exception as exc:   # a rule's bug, not the input's: every other article is still worth its graph
        where = traceback.extract_tb(exc.__traceback__)[-1]
        problem = (f"not annotated: dateline's rules failed on it ({type(exc).__name__}: {exc}, at "
                   f"{Path(where.filename).name}:{where.lineno}); please report it with this article")
        return NotAnnotated(article.key, Skipped(article.path, article.line, problem))


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


PR_SET_PDEATHSIG = 1   # prctl(2): the signal Linux sends a process when its parent ends


def _die_with_parent() -> None:
    """In a worker: end when the build's process ends, even by kill -9, which tells the workers
    nothing. Linux kills it at once (an export writer must not write on into a staging folder the
    next build clears); elsewhere an orphan is handed to another parent, so a change of parent is
    the sign, looked for twice a second."""
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:   # it ended before that took hold
            os._exit(1)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def annotate_corpus(articles: Iterable[Article], jobs: int, start_method: str | None = None,
                    scheduler: str | None = None) -> Iterator[AnnotatedArticle | NotAnnotated]:
    """Annotate every article: in order here or in local worker processes (jobs > 1, a bounded
    number of batches at a time; workers start the platform's way unless `start_method` says),
    or, with `scheduler`, on a Dask cluster, in the order batches finish."""
    if scheduler is not None:
        yield from annotate_on_cluster(articles, scheduler)
        return
    chunks = batches(articles, BATCH_SIZE)
    head = list(itertools.islice(chunks, 2))   # a corpus of one batch is not worth starting workers for
    if jobs <= 1 or len(head) < 2:
        for chunk in itertools.chain(head, chunks):
            yield from annotate_batch(chunk)
        return
    context = multiprocessing.get_context(start_method)
    if context.get_start_method() == "fork":
        load_model()   # loaded once here; forked workers share it
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_die_with_parent) as pool:
        pending: collections.deque = collections.deque()
        for chunk in itertools.chain(head, chunks):
            pending.append(pool.submit(annotate_batch, chunk))
            if len(pending) >= jobs * BATCHES_IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def annotate_on_cluster(articles: Iterable[Article], scheduler: str) -> Iterator[AnnotatedArticle | NotAnnotated]:
    """Batches on a Dask cluster: `local:N` starts a LocalCluster of N worker processes, anything
    else is a scheduler's address (tcp://host:8786). The client reads the inputs and sends the
    articles to the workers, so workers need no access to the files; each worker loads the model
    once (`load_model` is cached per process)."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise ValueError("--scheduler needs Dask: pip install 'dateline[dask]'") from None
    if scheduler.startswith("local:"):
        count = scheduler.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--scheduler {scheduler}: write local:N with N workers, e.g. local:4")
        cluster = local_cluster(int(count))
    else:
        cluster = None
    try:
        try:
            client = Client(cluster if cluster is not None else scheduler, timeout=CONNECT_SECONDS)
        except OSError as exc:   # no scheduler at that address
            raise ValueError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc})") from None
        with client:
            in_flight = max(1, sum(client.nthreads().values())) * BATCHES_IN_FLIGHT
            chunks = batches(articles, BATCH_SIZE)
            running = as_completed([client.submit(annotate_batch, c, pure=False)
                                    for c in itertools.islice(chunks, in_flight)])
            for done in running:
                yield from done.result()
                for chunk in itertools.islice(chunks, 1):
                    running.add(client.submit(annotate_batch, chunk, pure=False))
    finally:
        if cluster is not None:
            cluster.close()


def local_cluster(workers: int):
    """A LocalCluster of `workers` processes. Where the platform forks, they are forked from this
    process once it holds the model, as the local pool's are: each starts with the model loaded
    instead of importing spaCy and loading it anew (seconds per worker)."""
    import dask
    from distributed import LocalCluster

    if FORKS:
        load_model()
    with dask.config.set({"distributed.worker.multiprocessing-method": "fork" if FORKS else "spawn"}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


def build(paths: Sequence[str | Path], out_dir: Path | None = None, published: datetime.date | None = None,
          jobs: int = 1, html: bool = True, on_article: Callable[[AnnotatedArticle | Skipped], None] | None = None,
          report: BuildReport | None = None, title: str | None = None, follow_links: bool = False,
          aliases: Path | None = None, scheduler: str | None = None) -> nx.MultiDiGraph:
    """Load, annotate and merge a corpus into the graph; with `out_dir`, also write every output
    (dates/<key>.jsonl as articles are done, then the graph files, the Neo4j files and the page),
    as one set that replaces the folder's previous build (see `dateline.exports.output_folder`),
    and reuse the folder's stored annotations (see `dateline.store`).
    `aliases` is a user's alias file (`dateline.graph.alias_file`); `scheduler` a Dask cluster."""
    report = report if report is not None else BuildReport()
    alias_file = read_alias_file(aliases) if aliases is not None else None   # a bad file fails before any work
    staging = open_output(Path(out_dir)) if out_dir is not None else None   # before any costly work
    store = AnnotationStore(Path(out_dir) / STORE_FILE) if out_dir is not None else None
    stored = store.fingerprints() if store is not None else {}
    model, rules = model_version(), rules_version()
    metas: dict[str, dict] = {}           # the corpus, in reading order: each article's node attributes
    new_prints: dict[str, str] = {}       # fingerprints of the articles sent to be annotated
    annotated_here: dict[str, ArticleFacts] = {}   # without a store, the facts stay in memory

    def done(annotated: AnnotatedArticle) -> None:
        report.articles += 1
        if staging is not None:
            records = [timex_record(t) for t in annotated.timexes]
            write_staged(staging, f"dates/{dates_file_name(annotated.key)}", jsonl(records))
        if on_article:
            on_article(annotated)

    def to_annotate() -> Iterator[Article]:
        for item in iter_corpus(paths, published=published, follow_links=follow_links):
            if isinstance(item, Skipped):
                report.skipped.append(item)
                if on_article:
                    on_article(item)
                continue
            if item.published is None:
                report.undated.append(item.path)
            if not looks_english(item.text):
                report.not_english.append(item.path if item.line is None else f"{item.path}:{item.line}")
            metas[item.key] = article_meta(item)
            # The analysis reads the text, the key (evidence names it) and the publication date; the
            # rest of the metadata (path, outlet, title) is the merge's, taken afresh below.
            print_ = fingerprint(item.text, {"key": item.key, "published": metas[item.key]["published"]},
                                 model, rules)
            if stored.get(item.key) == print_:   # read once, in the merge pass below
                report.reused += 1
                continue
            new_prints[item.key] = print_
            yield item

    # Every article's facts, then the graph, are long-lived objects by the hundred thousand: out of
    # the collector's walks as they come and while the merge and the exports make more (a third of
    # the merge's time), and not copied page by page into the forked writers by its bookkeeping.
    try:
        try:
            for chunk in batches(annotate_corpus(to_annotate(), jobs, scheduler=scheduler), BATCH_SIZE):
                for failed in [a for a in chunk if isinstance(a, NotAnnotated)]:
                    del metas[failed.key]
                    report.skipped.append(failed.skipped)
                    if on_article:
                        on_article(failed.skipped)
                chunk = [a for a in chunk if not isinstance(a, NotAnnotated)]
                if store is not None:   # stored as they come: a build killed later loses none of them
                    store.put((a.key, new_prints[a.key], a) for a in chunk)
                for annotated in chunk:
                    report.parsed += 1
                    if store is None:
                        annotated_here[annotated.key] = annotated.facts
                    done(annotated)
                gc.freeze()
            if store is not None:
                store.keep_only(set(metas))
                facts = []
                for key in metas:   # as stored, so a reused article merges alike
                    annotated = store.get(key)
                    if key not in new_prints:
                        done(annotated)
                    annotated.facts.meta = metas[key]
                    facts.append(annotated.facts)
                    gc.freeze()   # as they come, like the parsed ones (the read takes a third less)
            else:
                facts = [annotated_here[key] for key in metas]
        finally:
            if store is not None:
                store.close()
        gc.freeze()
        graph = build_graph(facts, alias_file)
        if staging is not None:
            export(graph, staging, html=html, title=title or corpus_title(paths), jobs=jobs)
            report.files.extend(commit_output(Path(out_dir)))
    finally:
        gc.unfreeze()
    return graph


def export(graph: nx.MultiDiGraph, out_dir: Path, html: bool = True, title: str = "dateline",
           jobs: int = 1) -> list[Path]:
    """The graph files, the newsroom's files (events.csv, timelinejs.json, graph.gexf), the Neo4j load
    files, and the HTML page unless told not to. With jobs > 1 the writers run side by side in
    forked processes (they share the graph unpickled; each writes its own files)."""
    from dateline.exports.html import write_html
    from dateline.exports.neo4j_files import write_neo4j_files
    from dateline.exports.tables import write_gexf, write_tables

    # longest first, so that side by side they end together: the page, the graph files, the Neo4j
    # files, the GEXF, the other tables
    writers: list[Callable[[], list[Path]]] = []
    if html:
        writers.append(lambda: [write_html(graph, Path(out_dir) / "graph.html", title=title)])
    writers += [lambda: write_graph_files(graph, out_dir),
                lambda: write_neo4j_files(graph, out_dir / "neo4j"),
                lambda: write_gexf(graph, out_dir),
                lambda: write_tables(graph, Path(out_dir), title)]
    if jobs <= 1 or not FORKS:
        return [path for write in writers for path in write()]
    global _WRITERS
    _WRITERS = writers   # read by the forked workers, never pickled
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(writers)), mp_context=multiprocessing.get_context("fork"),
                                 initializer=_die_with_parent) as pool:
            done = [pool.submit(_run_writer, i) for i in range(len(writers))]
            return [path for future in done for path in future.result()]
    finally:
        _WRITERS = []


_WRITERS: list[Callable[[], list[Path]]] = []


def _run_writer(index: int) -> list[Path]:
    return _WRITERS[index]()


def corpus_title(paths: Sequence[str | Path]) -> str:
    """The page's title from what was read: "dateline: syria-talks" for a folder of that name."""
    names = [Path(p).resolve().stem or str(p) for p in paths]
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"dateline: {shown}"


# A safe name is kept as it is (the name a reader, and the scorers, expect: `dates/<key>.jsonl`);
# any other key gets a readable part and a digest of the whole key. "~" never stands in a safe
# name, so the two kinds cannot meet, and distinct keys ("a/b", "a_b", "a b") keep distinct files.
SAFE_FILE_NAME = re.compile(r"[\w-][\w.-]*")
FILE_NAME_BYTES = 120   # well under every file system's 255
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def dates_file_name(key: str) -> str:
    """A file name for an article's dates: safe on every system, unique per key, stable across runs."""
    if (SAFE_FILE_NAME.fullmatch(key) and len(key.encode("utf-8")) <= FILE_NAME_BYTES
            and key.split(".")[0].lower() not in RESERVED_NAMES):
        return key + ".jsonl"
    readable = re.sub(r"[^\w.-]+", "_", key).strip("._")[:40] or "article"
    return f"{readable}~{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.jsonl"


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))

"""Large corpora, measured as ratios in one run (these machines are noisy, ratios carry over):

1. incremental rebuild with 1% new articles / full build of the same folder (target <= 0.05);
2. a Dask LocalCluster of W workers / the local process pool with W workers, throughput (>= 0.9);
3. merge peak memory (Python allocations, tracemalloc) at A and 8A articles: the same stored
   articles copied under new keys, so the distinct actors stay the same and only articles grow;
4. the whole build / bare spaCy `nlp.pipe` on the same texts, throughput (>= 0.9);
and the measured per-article and merge costs, for the README's table of what a corpus costs.

    python benchmarks/bench_scale.py                 # 400 articles, 2 workers
    python benchmarks/bench_scale.py --articles 1000 --workers 2

The corpus is bench_build.py's: real news text (TE3-Platinum and the seeds) recombined and re-dated.
"""
from __future__ import annotations

import argparse
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench_build import make_corpus

from dateline.store import STORE_FILE, AnnotationStore


def timed_build(corpus: Path, out: Path, *options: str) -> tuple[float, str]:
    """Wall time of one `dateline build` (its own process, as a user runs it) and its summary line."""
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "dateline", "build", str(corpus), "--out", str(out), "--quiet",
                             "--keep-going", *options], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, result.stderr.strip().splitlines()[-1]


def bare_spacy(corpus: Path, workers: int) -> float:
    code = ("import json, sys, time\nfrom dateline.nlp import load_model\nnlp = load_model()\n"
            "texts = [json.loads(l)['text'] for l in open(sys.argv[1], encoding='utf-8')]\n"
            "start = time.perf_counter()\n"
            "n = sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=int(sys.argv[2])))\n"
            "print(time.perf_counter() - start)\n")
    result = subprocess.run([sys.executable, "-c", code, str(corpus), str(workers)], capture_output=True, text=True,
                            check=True)
    return float(result.stdout.strip().splitlines()[-1])


def copied_store(source: Path, target: Path, copies: int) -> Path:
    """A store holding every row of `source` `copies` times, under new keys."""
    target.mkdir(parents=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target / STORE_FILE) as dst:
        dst.execute("CREATE TABLE annotations (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, result TEXT NOT NULL)")
        for key, fp, result in src.execute("SELECT key, fingerprint, result FROM annotations ORDER BY key"):
            dst.executemany("INSERT INTO annotations VALUES (?, ?, ?)",
                            ((f"{key}-copy{n}", fp, result.replace(f'"{key}"', f'"{key}-copy{n}"'))
                             for n in range(copies)))
    return target / STORE_FILE


def merge_peak_mb(store_path: Path) -> tuple[float, float, int]:
    """Peak Python memory and seconds of reading every stored article and merging them."""
    from dateline.graph.build import build_graph

    with AnnotationStore(store_path) as store:
        keys = sorted(store.fingerprints())
        tracemalloc.start()
        start = time.perf_counter()
        graph = build_graph([store.get(k).facts for k in keys])
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / 2**20, seconds, graph.number_of_nodes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    n, w = args.articles, args.workers
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = make_corpus(tmp / "corpus.jsonl", n)
        grown = tmp / "grown.jsonl"
        new = make_corpus(tmp / "new.jsonl", max(1, n // 100), seed=1)
        grown.write_text(corpus.read_text() + new.read_text().replace('"bench-', '"new-'))
        print(f"corpus: {n} articles; workers: {w}")

        full, line = timed_build(corpus, tmp / "out", "--jobs", str(w), "--no-html")
        print(f"full build:            {full:7.1f} s   {line}")
        incremental, line = timed_build(grown, tmp / "out", "--jobs", str(w), "--no-html")
        print(f"incremental (+1%):     {incremental:7.1f} s   {line}")
        dask, line = timed_build(corpus, tmp / "dask", "--scheduler", f"local:{w}", "--no-html")
        print(f"Dask LocalCluster:     {dask:7.1f} s   {line}")
        bare = bare_spacy(corpus, w)
        print(f"bare nlp.pipe:         {bare:7.1f} s")

        small_mb, small_s, small_nodes = merge_peak_mb(tmp / "out" / STORE_FILE)
        eight = copied_store(tmp / "out" / STORE_FILE, tmp / "eight", 8)
        big_mb, big_s, big_nodes = merge_peak_mb(eight)
        shutil.rmtree(tmp / "eight")

    print()
    print(f"incremental rebuild (+1%) / full build:              {incremental / full:.3f}  (target <= 0.05)")
    print(f"Dask LocalCluster {w} workers / local pool {w} workers:  {full / dask:.2f}  throughput (target >= 0.9)")
    print(f"whole build / bare nlp.pipe:                          {bare / full:.2f}  throughput (target >= 0.9)")
    print(f"merge peak memory, {n} articles: {small_mb:.0f} MB ({small_s:.1f} s, {small_nodes} nodes); "
          f"{8 * n} articles (same actors): {big_mb:.0f} MB ({big_s:.1f} s, {big_nodes} nodes); "
          f"ratio {big_mb / small_mb:.1f}")
    print(f"per article: build {full / n * w:.3f} core-s, merge {small_s / n * 1000:.1f} ms, "
          f"merge memory {small_mb / n * 1024:.0f} KB")


if __name__ == "__main__":
    main()

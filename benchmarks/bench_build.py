"""Throughput and peak memory of a whole build, next to bare spaCy over the same texts, in one run.

The corpus is made from real news text: the TempEval-3 Platinum documents (../shared/eval) and
the seed articles, recombined (paragraphs of two documents joined) and re-dated (each copy gets
its own publication date), written as one JSONL file of records.

    python benchmarks/bench_build.py                     # 2,000 articles, as many workers as cores
    python benchmarks/bench_build.py --articles 500 --jobs 1

Each measurement runs in its own process; peak memory is the largest sum of resident memory over
that process and its workers, sampled every 50 ms.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def source_texts() -> list[str]:
    sys.path.insert(0, str(SHARED / "eval"))
    from score_timeml import parse

    texts = [parse(p)[0].strip() for p in sorted((SHARED / "eval" / "te3-platinum").glob("*.tml"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return texts


def make_corpus(path: Path, n: int, seed: int = 0) -> Path:
    rng = random.Random(seed)
    texts = source_texts()
    paragraphs = [[p for p in t.split("\n") if p.strip()] for t in texts]
    start = datetime.date(2012, 1, 1)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a, b = rng.sample(range(len(texts)), 2)
            body = paragraphs[a] + paragraphs[b][: max(1, len(paragraphs[b]) // 2)]
            record = {"id": f"bench-{i:05d}", "text": "\n".join(body),
                      "published": (start + datetime.timedelta(days=rng.randrange(700))).isoformat(),
                      "source": rng.choice(["BBC News", "CBS News", "AP", "Reuters"])}
            fh.write(json.dumps(record) + "\n")
    return path


def run_bare(corpus: Path, jobs: int) -> int:
    from dateline.nlp import load_model

    texts = (json.loads(line)["text"] for line in corpus.open(encoding="utf-8"))
    return sum(1 for _ in load_model().pipe(texts, batch_size=16, n_process=jobs))


def run_build(corpus: Path, jobs: int) -> int:
    import networkx  # noqa: F401  (imported before timing, like spaCy in run_bare)
    from dateline.pipeline import BuildReport, build

    report = BuildReport()
    build([corpus], jobs=jobs, report=report)
    return report.articles


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next(int(l.split()[1]) * 1024 for l in fh if l.startswith("VmRSS:"))
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, StopIteration, ProcessLookupError):
            continue
    return total


def measure(mode: str, corpus: Path, jobs: int) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--corpus", str(corpus), "--jobs", str(jobs)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = 0

    def sample():
        nonlocal peak
        while proc.poll() is None:
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    out, _ = proc.communicate()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{mode} run failed")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak / 2**20
    return result


def child(mode: str, corpus: Path, jobs: int) -> None:
    from dateline.nlp import load_model

    load_model()   # model loading is not what is measured
    start = time.perf_counter()
    n = run_bare(corpus, jobs) if mode == "bare" else run_build(corpus, jobs)
    seconds = time.perf_counter() - start
    print(json.dumps({"mode": mode, "articles": n, "seconds": seconds, "per_second": n / seconds}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--child", choices=["bare", "build"], help=argparse.SUPPRESS)
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.corpus, args.jobs)
    with tempfile.TemporaryDirectory() as tmp:
        small = make_corpus(Path(tmp) / "small.jsonl", args.articles // 4)
        corpus = make_corpus(Path(tmp) / "corpus.jsonl", args.articles)
        words = sum(len(json.loads(l)["text"].split()) for l in corpus.open())
        print(f"corpus: {args.articles} articles, {words / args.articles:.0f} words each on average; jobs={args.jobs}")
        rows = [measure("bare", corpus, args.jobs), measure("build", corpus, args.jobs),
                measure("build", small, args.jobs)]
    print(f"{'run':<28}{'articles':>9}{'seconds':>9}{'art/s':>8}{'peak MB':>9}")
    for r, name in zip(rows, ["bare nlp.pipe", "dateline build", "dateline build (1/4 corpus)"]):
        print(f"{name:<28}{r['articles']:>9}{r['seconds']:>9.1f}{r['per_second']:>8.1f}{r['peak_mb']:>9.0f}")
    bare, full, quarter = rows
    print(f"build throughput / bare spaCy throughput: {full['per_second'] / bare['per_second']:.2f}")
    print(f"build peak memory, full corpus / quarter corpus: {full['peak_mb'] / quarter['peak_mb']:.2f}")


if __name__ == "__main__":
    main()

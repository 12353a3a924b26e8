"""Cost of the date stage beside the spaCy parse it sits on, over the TE3-Platinum texts.

Run from the repository root:  python benchmarks/bench_dates.py [--rounds N]

Both stages run over the same 20 news texts in one process; the figures are throughputs (documents
and words per second) and the ratio of date-stage time to parse time, in wall-clock time and in the
process's CPU time (the steadier of the two on a machine whose cores are shared).
"""
from __future__ import annotations

import argparse
import datetime
import importlib.util
import time
from pathlib import Path

from dateline.loaders.timex import find_timexes
from dateline.nlp import load_model

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def te3_documents() -> list[tuple[str, datetime.date]]:
    """(text, creation date) of each TE3-Platinum document, extracted as the scorer extracts them."""
    spec = importlib.util.spec_from_file_location("score_timeml", EVAL / "score_timeml.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    docs = []
    for path in sorted((EVAL / "te3-platinum").glob("*.tml")):
        text, dct, _ = scorer.parse(path)
        docs.append((text, datetime.date.fromisoformat(dct)))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="passes over the corpus for each stage")
    rounds = ap.parse_args().rounds

    documents = te3_documents()
    texts = [text for text, _ in documents]
    words = sum(len(text.split()) for text in texts)
    nlp = load_model()
    find_timexes(nlp(texts[0]), documents[0][1])  # warm both stages up

    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        parsed = list(nlp.pipe(texts))
    parse_time, parse_cpu = time.perf_counter() - start, time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        found = [find_timexes(doc, published) for doc, (_, published) in zip(parsed, documents)]
    date_time, date_cpu = time.perf_counter() - start, time.process_time() - cpu

    n_docs = len(texts) * rounds
    print(f"corpus: {len(texts)} documents, {words} words, {sum(map(len, found))} temporal expressions; "
          f"{rounds} rounds")
    for name, seconds in (("spaCy parse (nlp.pipe)", parse_time), ("date stage (find_timexes)", date_time)):
        print(f"{name:26s} {seconds:7.3f} s  {n_docs / seconds:9.1f} docs/s  {words * rounds / seconds:10.0f} words/s")
    print(f"date stage / parse time: {date_time / parse_time:.3f} (CPU time: {date_cpu / parse_cpu:.3f})")


if __name__ == "__main__":
    main()

"""dateline: news articles -> a dated knowledge graph and a timeline.

    import dateline
    graph = dateline.build(["seeds"])                 # networkx.MultiDiGraph
    for t in dateline.dates("Talks resumed on Monday.", "2012-03-11"):
        print(t.text, t.value, t.reason)

The graph's node and edge attributes are documented in `dateline.graph`.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from pathlib import Path

import networkx as nx

from dateline.loaders.articles import Article, Skipped, iter_corpus
from dateline.loaders.timex import Timex, find_timexes

__all__ = ["Article", "Skipped", "Timex", "build", "dates", "load"]


def load(paths: Sequence[str | Path], published: datetime.date | None = None) -> Iterator[Article | Skipped]:
    """Read a corpus: articles, and a `Skipped` for each input that could not be read."""
    return iter_corpus(paths, published=published)


def dates(text: str, published: datetime.date | str | None) -> list[Timex]:
    """Temporal expressions in `text`, resolved against its publication date."""
    from dateline.nlp import load_model

    if isinstance(published, str):
        published = datetime.date.fromisoformat(published)
    return find_timexes(load_model()(text), published)


def build(paths: Sequence[str | Path], out_dir: str | Path | None = None, jobs: int = 1) -> nx.MultiDiGraph:
    """Load, annotate and merge a corpus into one graph; with `out_dir`, write the output files too."""
    from dateline.pipeline import build as run

    return run([Path(p) for p in paths], out_dir=Path(out_dir) if out_dir else None, jobs=jobs)

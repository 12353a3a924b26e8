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
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # the loaders and the date stage import trafilatura and spaCy: only when used
    import networkx as nx

    from dateline.loaders.articles import Article, Skipped
    from dateline.loaders.timex import Timex

__all__ = ["Article", "Skipped", "Timex", "__version__", "build", "dates", "load"]

try:
    __version__ = version("dateline")
except PackageNotFoundError:   # run from a source tree that was never installed
    __version__ = "0+unknown"

_LAZY = {"Article": "dateline.loaders.articles", "Skipped": "dateline.loaders.articles",
         "Timex": "dateline.loaders.timex"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")


def load(paths: Sequence[str | Path], published: datetime.date | None = None) -> Iterator[Article | Skipped]:
    """Read a corpus: articles, and a `Skipped` for each input that could not be read."""
    from dateline.loaders.articles import iter_corpus

    return iter_corpus(paths, published=published)


def dates(text: str, published: datetime.date | str | None) -> list[Timex]:
    """Temporal expressions in `text`, resolved against its publication date."""
    from dateline.loaders.timex import find_timexes
    from dateline.nlp import load_model

    if isinstance(published, str):
        published = datetime.date.fromisoformat(published)
    return find_timexes(load_model()(text), published)


def build(paths: Sequence[str | Path], out_dir: str | Path | None = None, jobs: int = 1) -> nx.MultiDiGraph:
    """Load, annotate and merge a corpus into one graph; with `out_dir`, write the output files too."""
    from dateline.pipeline import build as run

    return run([Path(p) for p in paths], out_dir=Path(out_dir) if out_dir else None, jobs=jobs)

"""The annotation store: each article's per-article result (its temporal expressions and its facts),
kept between builds so that a build parses only new or changed articles.

It is one SQLite file in the output folder, `annotations.sqlite`, with one row per article:

    CREATE TABLE annotations (key TEXT PRIMARY KEY, fingerprint TEXT, result TEXT)

`fingerprint` is a digest of everything the result depends on: the article's text, key and
publication date, the language model and its version, and the version of dateline's extraction rules (a
digest of their source files, so any change to a rule or a table invalidates, and a change to the
merge or the exports does not). `result` is JSON: `{"timexes": [...], "facts": {...}}`, where a
record (a dataclass) is an object whose `"@"` names its type, and a tuple or a set is
`{"@": "tuple", "items": [...]}`; so other tools read it (`sqlite3`, pandas, DuckDB: `json_extract`).

Why SQLite, not Parquet: a build writes rows one batch at a time as workers finish, replaces a
changed article's row, and may be killed at any moment; SQLite commits each batch atomically (a
killed build loses nothing it stored) and updates in place, where Parquet files are written whole
and would have to be rewritten or multiplied for each change. It needs no dependency.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

STORE_FILE = "annotations.sqlite"
SCHEMA = "CREATE TABLE IF NOT EXISTS annotations (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, result TEXT NOT NULL)"
# The source files whose rules make a per-article result: the date stage, the loaders' text
# handling, the sentence breaks, and every per-article module of the graph stage. The corpus-level
# merge and its inputs are left out: changing them needs no new parse.
RULE_SOURCES = ("loaders/*.py", "graph/*.py", "graph/finders/*.py", "dateline/nlp.py")
CORPUS_LEVEL = {"graph/build.py", "graph/merge.py", "graph/alias_file.py", "graph/synthetic.py", "graph/__init__.py"}
TYPE_TAG = "@"
ALLOWED_MODULES = ("dateline.",)   # records are rebuilt only from dateline's own modules


@functools.lru_cache(maxsize=None)
def rules_version() -> str:
    """A digest of the extraction rules' source files (names and bytes, in a fixed order)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for pattern in RULE_SOURCES:
        for path in sorted(root.glob(pattern)):
            relative = path.relative_to(root).as_posix()
            if relative not in CORPUS_LEVEL:
                digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def fingerprint(text: str, reads: dict, model: str, rules: str) -> str:
    """What a stored result must match to be reused: the text, what else of the article the analysis
    `reads` (its key and publication date), the model and the rules."""
    payload = json.dumps([text, reads, model, rules], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- records as JSON and back ---------------------------------------------------------------

def to_json(value: Any) -> Any:
    """A JSON value that `loads` turns back into an equal value (records, tuples and sets kept)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        fields = {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {TYPE_TAG: f"{cls.__module__}.{cls.__qualname__}", **fields}
    if isinstance(value, (tuple, set, frozenset)):
        items = list(value) if isinstance(value, tuple) else sorted(value, key=repr)
        return {TYPE_TAG: type(value).__name__, "items": [to_json(v) for v in items]}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and TYPE_TAG not in value:
            return {k: to_json(v) for k, v in value.items()}
        return {TYPE_TAG: "dict", "items": [[to_json(k), to_json(v)] for k, v in value.items()]}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"the store cannot keep a {type(value).__name__}")


COLLECTIONS = {"tuple": tuple, "set": set, "frozenset": frozenset}


def dumps(value: Any) -> str:
    """`value` as the store keeps it: JSON text, records tagged with their type (see `to_json`)."""
    return json.dumps(to_json(value), ensure_ascii=False, sort_keys=True)


def loads(text: str) -> Any:
    """The value `dumps` wrote, equal to the one it was given: each tagged object is rebuilt as the
    JSON parser meets it, innermost first, so the parser's own walk is the only one."""
    return json.loads(text, object_hook=_rebuilt)


def _rebuilt(value: dict) -> Any:
    tag = value.pop(TYPE_TAG, None)
    if tag is None:
        return value
    if tag in COLLECTIONS:
        return COLLECTIONS[tag](value["items"])
    if tag == "dict":
        return {k: v for k, v in value["items"]}
    cls = _record_type(tag)
    record = object.__new__(cls)          # as stored, without running __init__ or __post_init__ again
    for field_name, item in value.items():
        object.__setattr__(record, field_name, item)   # frozen and slotted records too
    return record


@functools.lru_cache(maxsize=None)
def _record_type(name: str) -> type:
    module, _, qualname = name.rpartition(".")
    if not module.startswith(ALLOWED_MODULES):
        raise ValueError(f"the store names a type outside dateline: {name}")
    cls = importlib.import_module(module)
    for part in qualname.split("."):
        cls = getattr(cls, part)
    return cls


# --- the store ------------------------------------------------------------------------------

class AnnotationStore:
    """Stored per-article results of one output folder."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.db = sqlite3.connect(self.path)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")   # a reader (another tool) never blocks a build
            self.db.execute(SCHEMA)
            self.db.commit()
        except sqlite3.Error:
            self.db.close()
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "AnnotationStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def fingerprints(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, fingerprint FROM annotations"))

    def put(self, rows: Iterable[tuple[str, str, Any]]) -> None:
        """Store (key, fingerprint, result) rows in one transaction, replacing earlier rows of those keys."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO annotations VALUES (?, ?, ?)",
                                ((key, fp, dumps(result)) for key, fp, result in rows))

    def get(self, key: str) -> Any:
        (text,) = self.db.execute("SELECT result FROM annotations WHERE key = ?", (key,)).fetchone()
        return loads(text)

    def results(self, keys: Iterable[str]) -> Iterator[Any]:
        """The stored results of `keys`, in that order, one at a time."""
        for key in keys:
            yield self.get(key)

    def keep_only(self, keys: set[str]) -> int:
        """Forget articles no longer in the corpus; returns how many were dropped."""
        stored = [k for (k,) in self.db.execute("SELECT key FROM annotations")]
        gone = [(k,) for k in stored if k not in keys]
        with self.db:
            self.db.executemany("DELETE FROM annotations WHERE key = ?", gone)
        return len(gone)

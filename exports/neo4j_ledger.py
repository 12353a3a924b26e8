"""What the last load from an output folder wrote into each Neo4j server, so that the next load
writes only the rows that are new or changed.

A row (a node or a relationship) is known by its key (the node; the edge's source, target and key)
and a digest of its graph attributes and of how rows are made of them (``neo4j_load.ROW_FORMAT``).
The ids are content-derived, so after an incremental build most rows come out the same and are
skipped, without being made into rows at all.

The ledger trusts itself only while the server is as the load left it: it keeps the server's
node and relationship counts taken right after the load, and a later load that finds other
counts (the database was wiped, another corpus or a person wrote to it, a load was cut off)
writes every row, as a first load does. Loads merge, so writing a row again is always safe.

The ledger is an SQLite file beside the graph (``neo4j-loaded.sqlite`` in the output folder),
one set of rows per server address.
"""
from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

LEDGER_FILE = "neo4j-loaded.sqlite"
SCHEMA = ("CREATE TABLE IF NOT EXISTS loads (uri TEXT PRIMARY KEY, nodes INTEGER, relationships INTEGER)",
          "CREATE TABLE IF NOT EXISTS rows (uri TEXT, key TEXT, digest TEXT, PRIMARY KEY (uri, key)) WITHOUT ROWID")


@dataclass
class LastLoad:
    nodes: int            # the server's counts right after that load
    relationships: int
    digests: dict[str, str]   # row key -> digest of what was sent


def graph_digests(graph: nx.MultiDiGraph, row_format: str) -> dict[str, str]:
    """Row key -> digest, for every node ("n", node) and edge ("r", source, target, key)."""
    salt = hashlib.blake2b(row_format.encode(), digest_size=8).digest()
    out = {}
    for node, data in graph.nodes(data=True):
        out[_key("n", node)] = _digest(salt, data)
    for source, target, key, data in graph.edges(keys=True, data=True):
        out[_key("r", source, target, key)] = _digest(salt, data)
    return out


def split_key(key: str) -> list[str]:
    return key.split(SEPARATOR)


SEPARATOR = "\x1f"


def _key(*parts: str) -> str:
    return SEPARATOR.join(map(str, parts))


def _digest(salt: bytes, data: dict) -> str:
    # repr of the sorted attributes: graph values are str, int, float, bool, None and lists of them
    return hashlib.blake2b(repr(sorted(data.items())).encode(), digest_size=12, key=salt).hexdigest()


def last_load(path: Path, uri: str) -> LastLoad | None:
    """The record of the last load into ``uri`` from this ledger, or None (no ledger, no such load)."""
    if not path.is_file():
        return None
    with closing(_connect(path)) as db:
        head = db.execute("SELECT nodes, relationships FROM loads WHERE uri = ?", (uri,)).fetchone()
        if head is None:
            return None
        digests = dict(db.execute("SELECT key, digest FROM rows WHERE uri = ?", (uri,)))
    return LastLoad(head[0], head[1], digests)


def record_load(path: Path, uri: str, digests: dict[str, str], nodes: int, relationships: int,
                before: LastLoad | None) -> None:
    """Keep what this load sent and the server's counts after it, in one transaction."""
    old = before.digests if before is not None else {}
    with closing(_connect(path)) as db, db:
        db.executemany("DELETE FROM rows WHERE uri = ? AND key = ?", ((uri, k) for k in old.keys() - digests.keys()))
        db.executemany("INSERT OR REPLACE INTO rows VALUES (?, ?, ?)",
                       ((uri, k, d) for k, d in sorted(digests.items()) if old.get(k) != d))
        db.execute("INSERT OR REPLACE INTO loads VALUES (?, ?, ?)", (uri, nodes, relationships))


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    for statement in SCHEMA:
        db.execute(statement)
    return db

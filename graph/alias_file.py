"""A user's alias file (``dateline build ... --aliases FILE``): who is who, by hand.

Each entry names one actor: its canonical ``name``, optionally its ``kind`` and its ``aliases``,
or ``drop`` to hide it. An article's actor whose name is the entry's name or one of its aliases
(compared as ``identity.fold`` compares names) is that entry's actor: entries merge what the rules
keep apart, split what they join (two entries never share an actor) and hide what is no actor.

YAML, a list of mappings::

    - name: Donald Trump
      kind: person
      aliases: [Trump, Donald J. Trump]
    - name: Associated Press
      drop: true

CSV, with the columns ``name,kind,aliases,drop`` (aliases separated by ``|``, drop ``yes``)::

    name,kind,aliases,drop
    Donald Trump,person,Trump|Donald J. Trump,
    Associated Press,,,yes
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import yaml

from dateline.graph.identity import fold
from dateline.graph.identity_tables import KIND_PRECEDENCE

TRUE_WORDS = {"yes", "true", "1", "drop", "y"}


class AliasFileError(ValueError):
    """An alias file that cannot be read; the message names the file and the entry."""


@dataclass(frozen=True)
class AliasEntry:
    name: str
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    drop: bool = False


@dataclass
class AliasFile:
    entries: list[AliasEntry]

    def entry_for(self, name: str) -> AliasEntry | None:
        """The first entry listing `name` as its name or an alias."""
        key = fold(name)
        return next((e for e in self.entries if key in {fold(n) for n in (e.name, *e.aliases)}), None)


def read_alias_file(path: Path) -> AliasFile:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise AliasFileError(f"{path}: cannot read the alias file: {e}") from None
    rows = _csv_rows(text) if Path(path).suffix.lower() == ".csv" else _yaml_rows(text, path)
    return AliasFile([_entry(row, path, k) for k, row in enumerate(rows, 1)])


def _yaml_rows(text: str, path: Path) -> list[dict]:
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as e:
        raise AliasFileError(f"{path}: not YAML: {e}") from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise AliasFileError(f"{path}: expected a list of entries (name, kind, aliases, drop)")
    return data


def _csv_rows(text: str) -> list[dict]:
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
        rows.append({"name": row.get("name"), "kind": row.get("kind") or None, "aliases": aliases,
                     "drop": (row.get("drop") or "").strip().lower() in TRUE_WORDS})
    return rows


def _entry(row: dict, path: Path, k: int) -> AliasEntry:
    name = str(row.get("name") or "").strip()
    kind = row.get("kind") or None
    aliases = row.get("aliases") or []
    if not name:
        raise AliasFileError(f"{path}: entry {k} has no name")
    if kind is not None and kind not in KIND_PRECEDENCE:
        raise AliasFileError(f"{path}: entry {k} ({name}): kind must be one of {', '.join(KIND_PRECEDENCE)}")
    if isinstance(aliases, str):
        aliases = [aliases]
    drop = row.get("drop") is True or str(row.get("drop") or "").strip().lower() in TRUE_WORDS
    return AliasEntry(name, kind, tuple(str(a) for a in aliases), drop)

"""The output folder of a build: written as one set, so that it holds either the old set of files
or the new one, never a mix.

A build writes every file into a staging folder inside the output folder (same file system, so a
rename moves a file in place). When all are written, a journal naming the files to move in and the
old ones to remove is written atomically; then the files are moved and the journal removed. A run
killed before the journal leaves the old set untouched (the staging folder is cleared by the next
build); one killed after it is finished by the next `dateline` command that opens the folder.

A file the folder already holds with the very bytes a build would write (an article's dates on a
rebuild) is not written again: it is hard-linked into the staging folder, and moving it in changes
nothing, so an incremental build writes only what changed.

A build owns only the files it wrote: the list of them is kept in the folder (`MANIFEST`), and a
later build removes those it no longer writes (the dates file of an article no longer in the
corpus), never a file it did not write.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from dateline.exports.files import write_atomic

STAGING = ".dateline-staging"
JOURNAL = ".dateline-journal.json"
MANIFEST = ".dateline-files.json"


class OutputError(Exception):
    """The output folder cannot be used: named in words a user can act on."""


def _relative_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _finish(out_dir: Path) -> None:
    """Carry out a journal left by an earlier build: move its staged files in, remove its stale ones."""
    journal = out_dir / JOURNAL
    if not journal.exists():
        return
    plan = json.loads(journal.read_text(encoding="utf-8"))
    staging = out_dir / STAGING
    folders = set()
    for name in plan["write"]:
        staged = staging / name
        if staged.exists():
            if staged.parent not in folders:
                (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
                folders.add(staged.parent)
            os.replace(staged, out_dir / name)   # a link to the file already there: nothing to do
    for name in plan["remove"]:
        if not (Path(name).is_absolute() or ".." in Path(name).parts):   # only inside the folder
            (out_dir / name).unlink(missing_ok=True)
    write_atomic(out_dir / MANIFEST, json.dumps(plan["write"], indent=0) + "\n")
    journal.unlink()
    shutil.rmtree(staging, ignore_errors=True)


def open_output(out_dir: Path) -> Path:
    """Check that `out_dir` can take a build (before any costly work), finish an interrupted one,
    and return an empty staging folder to write the new set into."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is a file, not a folder")
    staging = out_dir / STAGING
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        _finish(out_dir)
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        write_atomic(staging / ".probe", b"")   # a read-only folder or a full disk says so now
        (staging / ".probe").unlink()
    except OSError as error:
        raise OutputError(f"cannot write into {out_dir}: {error.strerror}") from None
    except (ValueError, KeyError) as error:
        raise OutputError(f"{out_dir / JOURNAL} is damaged ({error}); remove it and build again") from None
    return staging


def write_staged(staging: Path, name: str, data: str | bytes) -> Path:
    """Write `name` of the new set into the staging folder, or link the folder's own file there when
    it holds these very bytes already (a rename onto the same file leaves it as it is)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    current, staged = staging.parent / name, staging / name
    try:
        if current.stat().st_size == len(raw) and current.read_bytes() == raw:
            staged.parent.mkdir(parents=True, exist_ok=True)
            os.link(current, staged)
            return staged
    except OSError:   # no such file, or no hard links on this file system: written as any other
        pass
    return write_atomic(staged, raw)


def commit_output(out_dir: Path) -> list[Path]:
    """Move the staged set into `out_dir` in place of the old one; returns the files written."""
    out_dir = Path(out_dir)
    staging = out_dir / STAGING
    written = _relative_files(staging)
    try:
        before = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = []
    stale = sorted(set(before) - set(written))
    write_atomic(out_dir / JOURNAL, json.dumps({"write": written, "remove": stale}, indent=0) + "\n")
    _finish(out_dir)
    return [out_dir / name for name in written]

"""The annotation store: incremental builds parse only what changed and give the same graph as a
clean build; a rule or model change re-parses; a killed build loses nothing it stored; a Dask
LocalCluster gives the same graph as the local process pool."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from dateline.cli import EXIT_OK, main
from dateline.store import STORE_FILE, AnnotationStore, dumps, loads, to_json

PEOPLE = ["Kofi Annan", "Bashar al-Assad", "Ban Ki-moon", "Sergei Lavrov", "Hillary Clinton", "Ahmet Davutoglu",
          "Nabil Elaraby", "Walid Muallem", "Hamad bin Jassim", "Lakhdar Brahimi", "Ali Akbar Salehi", "John Kerry"]
PLACES = ["Damascus", "Geneva", "Doha", "Cairo", "Ankara", "Moscow", "Tehran", "Beirut"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def story(n: int, variant: str = "") -> str:
    a, b = PEOPLE[n % len(PEOPLE)], PEOPLE[(3 * n + 1) % len(PEOPLE)]
    place, day = PLACES[n % len(PLACES)], DAYS[n % len(DAYS)]
    return (f"{a} met {b} in {place} on {day}. \"The talks were useful,\" {a.split()[-1]} said after the meeting. "
            f"{b} will travel to {PLACES[(n + 3) % len(PLACES)]} next week.{variant}\n")


def write_records(path: Path, ids: list[int], changed: set[int] = frozenset()) -> Path:
    path.write_text("".join(json.dumps({"id": f"a{n:03d}", "text": story(n, " He left." if n in changed else ""),
                                        "published": f"2012-03-{10 + n % 15:02d}", "source": "Wire"}) + "\n"
                            for n in ids))
    return path


def summary(capsys) -> str:
    return [line for line in capsys.readouterr().err.splitlines() if "articles loaded" in line][-1]


@pytest.mark.parametrize("value", [
    None, 3, 2.5, "text", [1, (2, 3)], {"a": (1,)}, {1: "one", (2, 3): {4}}, frozenset({"x", "y"}), {"@": "not a tag"},
])
def test_values_round_trip_exactly_through_json(value):
    back = loads(dumps(value))
    assert back == value and type(back) is type(value)


def test_an_annotated_article_round_trips_exactly_through_json():
    from dateline.loaders.articles import iter_corpus
    from dateline.pipeline import annotate_batch

    (annotated,) = annotate_batch(list(iter_corpus([write_records(Path(tempfile.mkdtemp()) / "a.jsonl", [4])])))
    back = loads(dumps(annotated))
    assert back == annotated
    assert to_json(back) == to_json(annotated)


def test_the_store_rebuilds_only_dateline_records():
    with pytest.raises(ValueError, match="outside dateline"):
        loads('{"@": "os.system", "x": 1}')


def test_a_second_build_parses_only_new_and_changed_articles_and_matches_a_clean_build(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    out = tmp_path / "out"
    assert main(["build", str(write_records(corpus, list(range(8)))), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "8 articles loaded (8 parsed, 0 reused)" in summary(capsys)
    write_records(corpus, list(range(11)), changed={2})       # 3 added, 1 changed
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "11 articles loaded (4 parsed, 7 reused)" in summary(capsys)
    clean = tmp_path / "clean"
    assert main(["build", str(corpus), "--out", str(clean), "--quiet"]) == EXIT_OK
    for name in ("graph.json", "timeline.json", "graph.graphml", "dates/a002.jsonl", "dates/a010.jsonl"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    write_records(corpus, [0, 1, 2])                           # removed articles leave the store too
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "3 articles loaded (1 parsed, 2 reused)" in summary(capsys)   # a002 changed back
    with AnnotationStore(out / STORE_FILE) as store:
        assert sorted(store.fingerprints()) == ["a000", "a001", "a002"]


def test_moved_or_retitled_articles_are_reused_with_their_new_metadata(tmp_path, capsys):
    out = tmp_path / "out"
    first = write_records(tmp_path / "first.jsonl", list(range(4)))
    assert main(["build", str(first), "--out", str(out), "--quiet"]) == EXIT_OK
    moved = tmp_path / "moved.jsonl"
    moved.write_text(first.read_text().replace('"source": "Wire"', '"source": "Other Wire"'))
    first.unlink()
    assert main(["build", str(moved), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "4 articles loaded (0 parsed, 4 reused)" in summary(capsys)
    articles = [n for n in json.loads((out / "graph.json").read_text())["nodes"] if n["label"] == "Article"]
    assert {(a["path"], a["source"]) for a in articles} == {(str(moved), "Other Wire")}


def test_a_new_rule_version_or_model_parses_everything_again(tmp_path, capsys, monkeypatch):
    corpus = write_records(tmp_path / "corpus.jsonl", list(range(5)))
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    monkeypatch.setattr("dateline.pipeline.rules_version", lambda: "another rule version")
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "5 articles loaded (5 parsed, 0 reused)" in summary(capsys)
    monkeypatch.setattr("dateline.pipeline.model_version", lambda: "another model 9.9")
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "5 articles loaded (5 parsed, 0 reused)" in summary(capsys)
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    assert "5 articles loaded (0 parsed, 5 reused)" in summary(capsys)


def stored_rows(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_build_killed_midway_loses_nothing_it_stored(tmp_path, capsys):
    total = 160   # ten batches: the build cannot end between the check and the kill
    corpus = write_records(tmp_path / "corpus.jsonl", list(range(total)))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "build", str(corpus), "--out", str(out), "--quiet",
                             "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while stored_rows(out / STORE_FILE) < 16 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    kept = stored_rows(out / STORE_FILE)
    assert 16 <= kept < total
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    assert f"{total} articles loaded ({total - kept} parsed, {kept} reused)" in summary(capsys)


def test_a_dask_local_cluster_gives_the_same_graph_as_the_local_pool(tmp_path, capsys):
    corpus = write_records(tmp_path / "corpus.jsonl", list(range(40)))
    assert main(["build", str(corpus), "--out", str(tmp_path / "pool"), "--quiet", "--jobs", "2"]) == EXIT_OK
    assert main(["build", str(corpus), "--out", str(tmp_path / "dask"), "--quiet", "--scheduler", "local:2"]) == EXIT_OK
    assert "40 articles loaded (40 parsed, 0 reused)" in summary(capsys)
    assert (tmp_path / "dask" / "graph.json").read_bytes() == (tmp_path / "pool" / "graph.json").read_bytes()


@pytest.mark.parametrize("scheduler, problem", [
    ("local:0", "--scheduler local:0: write local:N with N workers, e.g. local:4"),
    ("local:many", "--scheduler local:many: write local:N with N workers"),
    ("tcp://127.0.0.1:9", "--scheduler tcp://127.0.0.1:9: cannot reach the Dask scheduler"),
])
def test_a_bad_scheduler_is_a_clear_error(tmp_path, capsys, scheduler, problem):
    corpus = write_records(tmp_path / "corpus.jsonl", [0])
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--scheduler", scheduler]) == 2
    assert problem in capsys.readouterr().err

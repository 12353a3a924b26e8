"""The output folder is one set (old or new, never a mix), owned file by file; the command line
checks it before any costly work; workers end with their build; start-up is cheap."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.cli import EXIT_ERROR, EXIT_OK, main
from dateline.exports.output_folder import JOURNAL, MANIFEST, STAGING, OutputError, commit_output, open_output
from dateline.store import STORE_FILE

GOOD = "Kofi Annan met President Bashar al-Assad in Damascus on Saturday.\n"


def story(n: int) -> str:
    return f"Kofi Annan met Bashar al-Assad in Damascus on Saturday. Report {n} said the talks went on.\n"


def files_in(folder: Path) -> dict[str, bytes]:
    """The output set: every file but the annotation store, which is kept between builds, not swapped."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(STORE_FILE)}


def records(path: Path, ids: list[str]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": story(n), "published": "2012-03-11"}) + "\n"
                            for n, i in enumerate(ids)))
    return path


# --- one set, owned file by file ----------------------------------------------------------------

def test_a_rebuild_removes_what_it_no_longer_writes_and_keeps_what_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    (out / "dates").mkdir()
    (out / "dates" / "hand-made.jsonl").write_text("mine too")
    assert main(["build", str(records(tmp_path / "a.jsonl", ["one", "two"])), "--out", str(out), "--quiet"]) == EXIT_OK
    assert {"dates/one.jsonl", "dates/two.jsonl", "graph.html"} <= set(files_in(out))
    assert main(["build", str(records(tmp_path / "a.jsonl", ["two"])), "--out", str(out), "--quiet", "--no-html"]) == EXIT_OK
    left = set(files_in(out))
    assert "dates/one.jsonl" not in left and "graph.html" not in left
    assert {"dates/two.jsonl", "graph.json", "notes.txt", "dates/hand-made.jsonl", MANIFEST} <= left
    assert (out / STORE_FILE).is_file()
    assert not (out / STAGING).exists() and not (out / JOURNAL).exists()


def test_a_rebuild_leaves_a_file_whose_bytes_did_not_change_as_it_is(tmp_path):
    out = tmp_path / "out"
    corpus = records(tmp_path / "a.jsonl", ["one", "two"])
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--no-html"]) == EXIT_OK
    before = {name: (out / name).stat().st_ino for name in ("dates/one.jsonl", "graph.json")}
    corpus.write_text(corpus.read_text().replace("Report 1 said", "Report 1 told how"))   # "two" changes
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--no-html"]) == EXIT_OK
    assert (out / "dates" / "one.jsonl").stat().st_ino == before["dates/one.jsonl"]   # not written again
    assert (out / "graph.json").stat().st_ino != before["graph.json"]
    assert set(json.loads((out / MANIFEST).read_text())) >= {"dates/one.jsonl", "dates/two.jsonl"}
    assert not (out / STAGING).exists()


def test_a_build_cut_off_before_its_commit_leaves_the_old_set(tmp_path):
    out = tmp_path / "out"
    staging = open_output(out)
    (staging / "graph.json").write_text("old")
    commit_output(out)
    staging = open_output(out)                         # the next build starts ...
    (staging / "graph.json").write_text("new")
    (staging / "graph.html").write_text("new")         # ... and is killed here
    assert files_in(out)["graph.json"] == b"old" and "graph.html" not in files_in(out)
    open_output(out)                                   # the build after it starts clean
    assert not any((out / STAGING).iterdir())


def test_a_build_cut_off_during_its_commit_is_finished_by_the_next_command(tmp_path):
    out = tmp_path / "out"
    staging = open_output(out)
    for name in ("graph.json", "graph.html", "dates/a.jsonl"):
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_text("old")
    commit_output(out)
    staging = open_output(out)
    for name in ("graph.json", "graph.html"):
        (staging / name).write_text("new")
    (out / JOURNAL).write_text(json.dumps({"write": ["graph.html", "graph.json"], "remove": ["dates/a.jsonl"]}))
    os.replace(staging / "graph.html", out / "graph.html")   # killed after the first move
    open_output(out)
    assert files_in(out) == {"graph.html": b"new", "graph.json": b"new", MANIFEST: (out / MANIFEST).read_bytes()}


def test_sigkill_during_a_build_leaves_the_old_set_or_the_new_one(tmp_path):
    corpus = records(tmp_path / "corpus.jsonl", [f"a{n}" for n in range(6)])
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--quiet"]) == EXIT_OK
    old = files_in(out)
    records(corpus, [f"b{n}" for n in range(6)])
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "build", str(corpus), "--out", str(out), "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (out / STAGING / "graph.json").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    open_output(out)   # what the next command does first
    now = {k: v for k, v in files_in(out).items() if not k.startswith(STAGING)}
    assert {k for k in now if k != MANIFEST} in ({k for k in old if k != MANIFEST},
                                                 {k.replace("/a", "/b") for k in old if k != MANIFEST})
    if "dates/a0.jsonl" in now:
        assert now == old


def test_workers_end_when_the_build_is_killed(tmp_path):
    corpus = records(tmp_path / "corpus.jsonl", [f"a{n}" for n in range(80)])
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "build", str(corpus), "--out", str(tmp_path / "out"),
                             "--quiet", "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: set[int] = set()
    deadline = time.monotonic() + 120
    while len(children) < 2 and proc.poll() is None and time.monotonic() < deadline:
        children = {int(c) for t in Path(f"/proc/{proc.pid}/task").iterdir()
                    for c in (t / "children").read_text().split()}
        time.sleep(0.05)
    assert len(children) >= 2, "no workers started"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(Path(f"/proc/{c}").exists() and "Z" not in Path(f"/proc/{c}/stat").read_text().split()[2]
              for c in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = [c for c in children if Path(f"/proc/{c}").exists() and Path(f"/proc/{c}/stat").read_text().split()[2] != "Z"]
    assert alive == []


# --- the output folder is checked before the model loads ----------------------------------------

@pytest.fixture
def no_model(monkeypatch):
    def refuse():
        raise AssertionError("the model was loaded before the output folder was checked")
    monkeypatch.setattr("dateline.pipeline.load_model", refuse)


def mounted_tmpfs(path: Path, options: str) -> None:
    path.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], check=True)


def test_out_naming_a_file_is_an_error_before_any_work(tmp_path, no_model, capsys):
    (tmp_path / "out").write_text("a file")
    assert main(["build", str(records(tmp_path / "a.jsonl", ["one"])), "--out", str(tmp_path / "out")]) == EXIT_ERROR
    assert f"dateline: error: --out {tmp_path}/out is a file, not a folder" in capsys.readouterr().err


def test_a_read_only_out_is_an_error_before_any_work(tmp_path, no_model, capsys):
    mounted_tmpfs(tmp_path / "ro", "ro,size=1m")
    try:
        assert main(["build", str(records(tmp_path / "a.jsonl", ["one"])), "--out", str(tmp_path / "ro" / "out")]) == EXIT_ERROR
        assert f"dateline: error: cannot write into {tmp_path}/ro/out: Read-only file system" in capsys.readouterr().err
    finally:
        subprocess.run(["umount", str(tmp_path / "ro")], check=True)


def test_a_full_disk_is_an_error_and_keeps_the_old_set(tmp_path, capsys):
    mounted_tmpfs(tmp_path / "small", "size=400k")
    out = tmp_path / "small" / "out"
    try:
        assert main(["build", str(records(tmp_path / "a.jsonl", ["one"])), "--out", str(out), "--quiet",
                     "--no-html"]) == EXIT_OK
        old = files_in(out)
        big = tmp_path / "big.jsonl"
        big.write_text("".join(json.dumps({"id": f"b{n}", "text": story(n) * 40, "published": "2012-03-11"}) + "\n"
                               for n in range(12)))
        free = os.statvfs(tmp_path / "small")
        (tmp_path / "small" / "filler").write_bytes(b"x" * (free.f_bavail * free.f_frsize - 60_000))
        assert main(["build", str(big), "--out", str(out), "--quiet"]) == EXIT_ERROR
        err = capsys.readouterr().err
        assert "No space left on device" in err or "is the disk full?" in err, err
        assert {k: v for k, v in files_in(out).items() if not k.startswith(STAGING)} == old
    finally:
        subprocess.run(["umount", str(tmp_path / "small")], check=True)


def test_open_output_names_the_problem(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="cannot write into .*/file/out: Not a directory"):
        open_output(tmp_path / "file" / "out")


# --- the command line ---------------------------------------------------------------------------

def test_dates_reads_every_record_and_every_file(tmp_path, capsys):
    corpus = records(tmp_path / "corpus.jsonl", ["one", "two", "three"])
    (tmp_path / "four.txt").write_text("---\npublished: 2012-03-11\n---\n" + GOOD)
    assert main(["dates", str(corpus), str(tmp_path / "four.txt")]) == EXIT_OK
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["article"], r["text"], r["value"]) for r in lines] == [
        ("one", "Saturday", "2012-03-10"), ("two", "Saturday", "2012-03-10"), ("three", "Saturday", "2012-03-10"),
        ("four", "Saturday", "2012-03-10")]


def test_dates_in_timeml_takes_one_article(tmp_path, capsys):
    corpus = records(tmp_path / "corpus.jsonl", ["one", "two"])
    assert main(["dates", str(corpus), "--format", "timeml"]) == EXIT_ERROR
    assert "--format timeml writes one document; the inputs hold 2 articles" in capsys.readouterr().err


@pytest.mark.parametrize("content", ['[{"id": 1}]', '{"nodes": [], "links": []}', "not json", '{"nodes": [1], "edges": []}'])
def test_load_of_a_file_that_is_not_a_graph_says_so(tmp_path, capsys, content):
    (tmp_path / "timeline.json").write_text(content)
    assert main(["load", str(tmp_path / "timeline.json")]) == EXIT_ERROR
    assert f"dateline: error: {tmp_path}/timeline.json is not a dateline graph.json" in capsys.readouterr().err


@pytest.mark.parametrize("uri", ["http://localhost:7474", "not a uri", "localhost:7687"])
def test_load_names_the_accepted_uri_schemes(tmp_path, capsys, uri):
    (tmp_path / "graph.json").write_text('{"nodes": [], "edges": [], "directed": true, "multigraph": true, "graph": {}}')
    assert main(["load", str(tmp_path / "graph.json"), "--uri", uri]) == EXIT_ERROR
    assert f"--uri {uri!r} is not a Neo4j URI: write SCHEME://HOST:PORT with SCHEME one of bolt, bolt+s" in \
        capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("dateline ")


def test_the_page_title_names_the_corpus(tmp_path):
    corpus = tmp_path / "syria-talks"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD)
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_OK
    assert "<title>dateline: syria-talks</title>" in (tmp_path / "out" / "graph.html").read_text()
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--title", "Talks & <b>"]) == EXIT_OK
    assert "<title>Talks &amp; &lt;b&gt;</title>" in (tmp_path / "out" / "graph.html").read_text()


def test_importing_dateline_and_asking_for_help_load_no_language_model():
    probe = ("import sys, dateline, dateline.cli\n"
             "heavy = {'spacy', 'trafilatura', 'networkx'} & {m.split('.')[0] for m in sys.modules}\n"
             "print(sorted(heavy))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr
    result = subprocess.run([sys.executable, "-m", "dateline", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "build" in result.stdout


def test_a_worker_pool_started_by_spawn_gives_the_same_articles(tmp_path):
    from dateline.loaders.articles import iter_corpus
    from dateline.pipeline import BATCH_SIZE, annotate_corpus

    corpus = records(tmp_path / "corpus.jsonl", [f"a{n}" for n in range(2 * BATCH_SIZE + 1)])
    articles = list(iter_corpus([corpus]))
    alone = list(annotate_corpus(articles, jobs=1))
    spawned = list(annotate_corpus(articles, jobs=2, start_method="spawn"))
    assert [a.key for a in spawned] == [a.key for a in alone]
    assert [a.facts for a in spawned] == [a.facts for a in alone]
    assert [a.timexes for a in spawned] == [a.timexes for a in alone]


def test_the_export_writers_side_by_side_write_the_same_files_as_one_after_another(tmp_path):
    from dateline.exports.files import read_graph_json
    from dateline.pipeline import export

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1"]) == EXIT_OK
    graph = read_graph_json(tmp_path / "out" / "graph.json")
    written = {}
    for jobs in (1, 2):
        folder = tmp_path / f"jobs{jobs}"
        folder.mkdir()
        paths = export(graph, folder, title="seeds", jobs=jobs)
        written[jobs] = {p.relative_to(folder).as_posix(): p.read_bytes() for p in paths}
    assert sorted(written[1]) == sorted(written[2]) and written[1] == written[2]
    assert {"graph.html", "graph.gexf", "neo4j/load.cypher"} <= written[2].keys()

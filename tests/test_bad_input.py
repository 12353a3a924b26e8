"""Hostile and broken input: every case ends in a message naming the file (and line) and the
problem, the rest of the corpus is still built, and the exit status is 1 (0 with --keep-going).
No case crashes, hangs, or reads beyond what the user named."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dateline.loaders.articles import BadInput, read_limited
from dateline.pipeline import dates_file_name

GOOD = "Kofi Annan met President Bashar al-Assad in Damascus on Saturday.\n"
RUN_TIMEOUT = 300   # seconds; a build of this corpus takes a few: past this, something hangs

# Records with hostile ids: each must be its own article, under its own key, with its own dates file.
HOSTILE_IDS = ["x" * 250, "../../x", "/etc/passwd", "con", "a/b", "a_b", "a b", ".", "..", "Кофи Аннан"]


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "calendar_start.md").write_text("---\npublished: 0001-01-01\n---\nAnnan spoke last year in Geneva.\n")
    (corpus / "calendar_end.md").write_text("---\npublished: 9999-12-31\n---\nAnnan will speak next year and on Monday.\n")
    records = [
        {"id": "surrogate-text", "text": "Annan \ud800 spoke.", "published": "2012-03-11"},
        {"id": "surrogate-title", "text": GOOD, "title": "Bad \udfff title", "published": "2012-03-11"},
        {"id": "surrogate-\ud800-id", "text": GOOD, "published": "2012-03-11"},
        {"id": "controls", "text": "Kofi\x1fAnnan met Bashar\x01al-Assad\x1b in Damascus on Saturday.\x0b\x0c\x1c\x1d\x1e",
         "title": "=HYPERLINK(\"http://example.invalid\")", "source": "@outlet\x1f", "published": "2012-03-11"},
        *({"id": key, "text": f"Kofi Annan met Assad in Damascus on Saturday ({n}).", "published": "2012-03-11"}
          for n, key in enumerate(HOSTILE_IDS)),
    ]
    with open(corpus / "records.jsonl", "w", encoding="utf-8") as fh:   # legal JSON: surrogates as \u escapes
        fh.writelines(json.dumps(r) + "\n" for r in records)
    (corpus / "unclosed.csv").write_text(
        'text,title,published\n'
        'Annan met Assad on Saturday.,"Unclosed title,2012-03-11\n'
        'Annan spoke on Monday.,Fine,2012-03-11\n'
        'Annan left on Tuesday.,"Closed",2012-03-11\n')
    outside = root / "outside.txt"
    outside.write_text("A file outside the corpus, which no build may read.\n")
    (corpus / "manifest.csv").write_text("file,published\n../outside.txt,2012-03-11\n")
    os.mkfifo(corpus / "pipe.txt")
    (corpus / "loop.txt").symlink_to("loop.txt")
    (corpus / "passwd.txt").symlink_to("/etc/passwd")
    (corpus / "outside-link.txt").symlink_to(outside)
    (corpus / "zero.txt").symlink_to("/dev/zero")
    (corpus / "etc").symlink_to("/etc")
    (corpus / "..txt").write_text(GOOD)
    (corpus / "deep.html").write_text("<html><body>" + "<div>" * 3000 + "<p>" + GOOD * 5 + "</p>" + "</div>" * 3000
                                      + "</body></html>")
    return corpus


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True, text=True,
                          timeout=RUN_TIMEOUT, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = write_corpus(root)
    result = run("build", str(corpus), "--out", str(root / "out"), "--quiet", "--jobs", "1")
    graph = json.loads((root / "out" / "graph.json").read_text(encoding="utf-8"))
    return root, corpus, result, graph


# (file, line or None, the problem as told)
SKIPPED = [
    ("records.jsonl", 1, "'text' holds a lone surrogate (U+D800) at character 6: not Unicode text"),
    ("records.jsonl", 2, "'title' holds a lone surrogate (U+DFFF) at character 4: not Unicode text"),
    ("records.jsonl", 3, "'id' holds a lone surrogate (U+D800) at character 10: not Unicode text"),
    ("unclosed.csv", 2, "'title' runs over several lines; is a quote left open (it took the rows after it)?"),
    ("manifest.csv", 2, "the manifest names ../outside.txt: leads outside the input folders (to {root}/outside.txt); "
                        "not read (--follow-links reads it)"),
    ("pipe.txt", None, "a named pipe, not a regular file; not read"),
    ("loop.txt", None, "a symbolic link loop; not read"),
    ("passwd.txt", None, "leads outside the input folders (to /etc/passwd); not read (--follow-links reads it)"),
    ("outside-link.txt", None, "leads outside the input folders (to {root}/outside.txt); not read (--follow-links reads it)"),
    ("zero.txt", None, "leads outside the input folders (to /dev/zero); not read (--follow-links reads it)"),
    ("etc", None, "a link to a folder; not followed (--follow-links reads it)"),
    ("..txt", None, "a hidden file (its name starts with '.'); not read"),
    ("deep.html", None, "no article text found in the HTML page (its markup is nested 2048 levels deep, past what "
                        "the text extractor reads)"),
]


@pytest.mark.parametrize("file, line, problem", SKIPPED, ids=[f"{f}:{n}" for f, n, _ in SKIPPED])
def test_each_bad_input_is_named_with_its_problem(hostile, file, line, problem):
    root, corpus, result, _ = hostile
    where = f"{corpus}/{file}" + (f":{line}" if line else "")
    assert f"dateline: skipped {where}: {problem.format(root=root.resolve())}\n" in result.stderr


def test_the_run_says_how_many_were_skipped_and_exits_1(hostile):
    _, _, result, _ = hostile
    assert result.returncode == 1, result.stderr
    assert f"{len(SKIPPED)} skipped" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_rest_of_the_corpus_is_in_the_graph(hostile):
    _, _, _, graph = hostile
    keys = {n["key"] for n in graph["nodes"] if n["label"] == "Article"}
    assert keys == {"good", "calendar_start", "calendar_end", "controls", *HOSTILE_IDS}


def test_nothing_outside_the_corpus_was_read(hostile):
    _, _, _, graph = hostile
    text = json.dumps(graph)
    assert "root:x:0:0" not in text and "no build may read" not in text


def test_keep_going_exits_0_with_the_same_messages(hostile, tmp_path):
    _, corpus, first, _ = hostile
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1", "--keep-going")
    assert result.returncode == 0
    assert sorted(line for line in result.stderr.splitlines() if "skipped /" in line) == \
        sorted(line for line in first.stderr.splitlines() if "skipped /" in line)


def test_hostile_ids_keep_their_keys_and_get_safe_unique_dates_files(hostile):
    root, _, _, _ = hostile
    dates = root / "out" / "dates"
    names = {dates_file_name(key) for key in HOSTILE_IDS}
    assert len(names) == len(HOSTILE_IDS)
    for name in names:
        assert "/" not in name and not name.startswith(".") and len(name.encode()) <= 200
        assert (dates / name).is_file()
        assert (dates / name).resolve().parent == dates.resolve()


@pytest.mark.parametrize("key, name", [
    ("wsj_0006", "wsj_0006.jsonl"),                  # a safe key is the file name readers expect
    ("000_fd69c3a52dad46a4", "000_fd69c3a52dad46a4.jsonl"),
    ("APW19980227.0487", "APW19980227.0487.jsonl"),
    ("a/b", "a_b~"), ("a b", "a_b~"), ("..", "article~"), (".", "article~"), ("con", "con~"), ("CON.txt", "CON.txt~"),
])
def test_dates_file_names(key, name):
    got = dates_file_name(key)
    assert got.startswith(name) and got.endswith(".jsonl")
    assert got == dates_file_name(key)   # stable


def test_edge_of_calendar_dates_stay_unresolved_with_a_reason(hostile):
    root, _, _, _ = hostile
    for key, phrase in (("calendar_start", "last year"), ("calendar_end", "next year"), ("calendar_end", "Monday")):
        records = [json.loads(line) for line in (root / "out" / "dates" / f"{key}.jsonl").read_text().splitlines()]
        (found,) = [r for r in records if r["text"] == phrase]
        assert found["value"] is None and "outside the calendar" in found["reason"]


def test_control_characters_reach_no_output(hostile):
    root, _, _, graph = hostile
    out = root / "out"
    (controls,) = [n for n in graph["nodes"] if n.get("key") == "controls"]
    assert controls["source"] == "@outlet"
    names = [n["name"] for n in graph["nodes"] if n["label"] == "Actor"]
    assert "Kofi Annan" in names
    for path in [out / "graph.json", out / "graph.graphml", out / "graph.html", *(out / "neo4j").iterdir()]:
        text = path.read_text(encoding="utf-8")
        assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text.replace("\x1f", "")), path
    ET.parse(out / "graph.graphml")   # well-formed XML


def test_neo4j_csv_cells_are_never_spreadsheet_formulas(hostile):
    root, _, _, _ = hostile
    for path in (root / "out" / "neo4j").glob("*.csv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            for cell in line.split(","):
                assert not cell.lstrip('"').startswith(("=", "+", "@")), (path, cell)


def test_an_endless_stream_costs_at_most_the_limit():
    """A file that never ends (a device, a generator behind a pipe) is cut at the limit while reading."""
    read_end, write_end = os.pipe()
    stop = threading.Event()

    def endless() -> None:
        with os.fdopen(write_end, "wb") as fh:
            try:
                while not stop.is_set():
                    fh.write(b"x" * 65536)
            except BrokenPipeError:
                pass

    writer = threading.Thread(target=endless, daemon=True)
    writer.start()
    try:
        with pytest.raises(BadInput, match="over the 1,000,000-byte limit"):
            read_limited(read_end, 1_000_000)
    finally:
        stop.set()
        os.close(read_end)
        writer.join(timeout=5)


def test_a_character_device_is_refused_even_when_links_are_followed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "zero.txt").symlink_to("/dev/zero")
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1", "--follow-links")
    assert result.returncode == 1
    assert f"skipped {corpus}/zero.txt: a character device, not a regular file; not read" in result.stderr


def test_a_named_pipe_given_by_name_is_refused_not_waited_on(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    result = run("dates", str(tmp_path / "pipe.jsonl"))
    assert result.returncode == 2
    assert f"skipped {tmp_path}/pipe.jsonl: a named pipe, not a regular file; not read" in result.stderr


def test_a_non_english_article_is_told(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "fr.txt").write_text(
        "Le président a rencontré samedi à Damas le secrétaire général des Nations unies pour discuter de la "
        "situation en Syrie. Les deux hommes ont évoqué un cessez-le-feu et la reprise des négociations dans les "
        "prochains jours, selon un communiqué publié dimanche par la présidence.\n")
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), "--quiet", "--jobs", "1")
    assert result.returncode == 0
    assert f"warning: {corpus}/fr.txt: does not read as English" in result.stderr
    assert "good.txt: does not read as English" not in result.stderr


def test_an_article_the_rules_fail_on_is_skipped_with_the_error_and_the_rest_built(tmp_path, monkeypatch, capsys):
    """A bug in a rule, met on one unusual text, costs that article and says so; the next build
    tries it again (it was not stored), and the others are reused."""
    from dateline import pipeline
    from dateline.cli import EXIT_OK, EXIT_SKIPPED, main
    from dateline.exports.files import read_graph_json

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": key, "text": GOOD, "published": "2012-03-11"}) + "\n"
                              for key in ("a", "b", "c")))
    annotate = pipeline.annotate_article

    def fails_on_b(article, doc):
        if article.key == "b":
            raise KeyError("no such rule row")
        return annotate(article, doc)

    monkeypatch.setattr(pipeline, "annotate_article", fails_on_b)
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1"]) == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert (f"dateline: skipped {corpus}:2: not annotated: dateline's rules failed on it "
            f"(KeyError: 'no such rule row', at test_bad_input.py:") in err
    assert "please report it with this article" in err and "2 articles loaded" in err and "1 skipped" in err
    graph = read_graph_json(out / "graph.json")
    assert sorted(d["key"] for _, d in graph.nodes(data=True) if d["label"] == "Article") == ["a", "c"]

    monkeypatch.setattr(pipeline, "annotate_article", annotate)   # the rule fixed
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1"]) == EXIT_OK
    assert "3 articles loaded (1 parsed, 2 reused), 0 skipped" in capsys.readouterr().err

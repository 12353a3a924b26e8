"""The `dateline` command: outputs, summary, warnings and exit status."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dateline.cli import EXIT_ERROR, EXIT_OK, EXIT_SKIPPED, main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Two good articles (one undated) beside four bad inputs."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2012-03-11-annan.txt").write_text("Kofi Annan met Bashar al-Assad on Saturday.\n")
    (folder / "undated.txt").write_text("Kofi Annan said on Friday that talks would resume.\n")
    (folder / "empty.txt").write_text("   \n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "records.jsonl").write_text('{"text": "Annan spoke on Friday.", "published": "2012-03-11"}\n{broken\n')
    (folder / "manifest.csv").write_text("file,published\nmissing.txt,2012-03-11\n")
    return folder


def test_build_writes_every_output(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEEDS), "--out", str(out), "--quiet"]) == EXIT_OK
    for name in ["graph.json", "graph.graphml", "graph.html", "timeline.json",
                 "neo4j/load.cypher", "neo4j/queries.cypher", "neo4j/style.grass"]:
        assert (out / name).is_file(), name
    assert len(list((out / "dates").glob("*.jsonl"))) == 3
    timeline = json.loads((out / "timeline.json").read_text())
    dates = [e["date"] for e in timeline if e["date"]]
    assert dates == sorted(dates)
    assert not list(out.rglob("*.tmp")), "no temporary file is left behind"


def test_no_html(tmp_path):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--quiet", "--no-html"]) == EXIT_OK
    assert not (tmp_path / "graph.html").exists()


def test_skipped_inputs_are_reported_and_make_the_exit_status_non_zero(mixed_folder, tmp_path, capsys):
    status = main(["build", str(mixed_folder), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert status == EXIT_SKIPPED
    for problem in ["empty.txt: file holds only whitespace", "binary.txt: binary file", "records.jsonl:2: malformed JSON",
                    "manifest.csv:2:"]:
        assert problem in err, problem
    assert "undated.txt: no publication date" in err
    assert "3 articles loaded (3 parsed, 0 reused), 4 skipped" in err
    assert sorted(p.name for p in (tmp_path / "out" / "dates").iterdir()) == [
        "2012-03-11-annan.jsonl", "records-1.jsonl", "undated.jsonl"]


def test_keep_going_exits_zero(mixed_folder, tmp_path):
    assert main(["build", str(mixed_folder), "--out", str(tmp_path), "--quiet", "--keep-going"]) == EXIT_OK


def test_published_is_for_a_single_file(mixed_folder, tmp_path, capsys):
    assert main(["build", str(mixed_folder), "--published", "2012-03-11", "--out", str(tmp_path)]) == EXIT_ERROR
    assert "single" in capsys.readouterr().err


def test_missing_input_is_an_error(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path)]) == EXIT_ERROR
    assert "nowhere" in capsys.readouterr().err


def test_dates_prints_the_scorers_contract(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Mr Annan has flown on to Qatar and will visit Turkey on Monday.\n")
    assert main(["dates", str(article), "--published", "2012-03-11"]) == EXIT_OK
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert list(record)[:5] == ["start", "end", "text", "type", "value"]
    assert (record["text"], record["type"], record["value"]) == ("Monday", "DATE", "2012-03-12")
    assert record["anchor"] == "2012-03-11" and record["reason"]


def test_dates_without_a_publication_date_leaves_relative_values_null(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Talks began on Saturday, March 10, 2012 and resumed on Monday.\n")
    assert main(["dates", str(article)]) == EXIT_OK
    captured = capsys.readouterr()
    values = {r["text"]: r["value"] for r in map(json.loads, captured.out.splitlines())}
    assert values["Monday"] is None
    assert "2012-03-10" in values.values()
    assert "no publication date" in captured.err


def test_dates_as_timeml(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed on Monday.\n")
    assert main(["dates", str(article), "--published", "2012-03-11", "--format", "timeml"]) == EXIT_OK
    out = capsys.readouterr().out
    assert 'value="2012-03-05"' in out and "<TIMEX3" in out   # past tense: the Monday before


def test_impossible_published_date_is_refused(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Talks resumed on Monday.\n")
    with pytest.raises(SystemExit):
        main(["dates", str(article), "--published", "2012-02-30"])
    assert "impossible date" in capsys.readouterr().err


def test_help_explains_inputs_and_outputs(capsys):
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = capsys.readouterr().out
    for word in [".jsonl", "manifest", "graph.html", "--keep-going", "neo4j/"]:
        assert word in out


def test_the_summary_says_how_many_actors_are_places_and_how_many_are_described(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--quiet", "--no-html"]) == EXIT_OK
    summary = [line for line in capsys.readouterr().err.splitlines() if "articles loaded" in line][-1]
    assert re.search(r"\d+ actors \(\d+ places, \d+ described, not named\), \d+ meetings, \d+ statements", summary)

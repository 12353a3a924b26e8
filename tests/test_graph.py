"""The graph stage: actors, meetings and statements from short texts, and the merge across articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import dateline
from dateline.exports.files import graph_json

SUNDAY = "2012-03-11"


def build(tmp_path: Path, *articles: tuple[str, str, str]) -> "dateline.nx.MultiDiGraph":
    """Build a graph from (name, published, text) articles written as front-matter files."""
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for name, published, text in articles:
        (folder / f"{name}.txt").write_text(f"---\npublished: {published}\nsource: {name.upper()} News\n---\n{text}\n")
    return dateline.build([folder])


def nodes(g, label: str) -> list[dict]:
    return [d for _, d in g.nodes(data=True) if d["label"] == label]


def meetings(g) -> list[tuple[tuple[str, ...], str | None, str, str | None]]:
    return sorted((tuple(d["participants"]), d["date"], d["status"], d["place"]) for d in nodes(g, "Meeting"))


def statements(g) -> list[tuple[str, str, str | None]]:
    return sorted((d["speaker"], d["text"], d["date"]) for d in nodes(g, "Statement"))


def actor(g, name: str) -> dict:
    found = [d for d in nodes(g, "Actor") if d["name"] == name]
    assert len(found) == 1, [d["name"] for d in nodes(g, "Actor")]
    return found[0]


# ---------------------------------------------------------------- actors

ONE_ACTOR = [
    ("Kofi Annan arrived in Damascus. Mr Annan said the talks were useful. Annan then left.",
     "Kofi Annan", {"Kofi Annan", "Mr Annan", "Annan"}),
    ("Bashar al-Assad spoke first. Later Bashar Assad said he would stay. President Assad then left the room.",
     "Bashar al-Assad", {"Bashar al-Assad", "Bashar Assad", "Assad"}),
    ("The United Nations said aid was blocked. The UN has asked for access. A U.N. team waits in Beirut.",
     "United Nations", {"United Nations", "UN", "U.N."}),
    ("The Syrian Observatory for Human Rights counted the dead. The Observatory said 17 civilians died.",
     "Syrian Observatory for Human Rights", {"Syrian Observatory for Human Rights", "Observatory"}),
]


@pytest.mark.parametrize("text, name, aliases", ONE_ACTOR)
def test_mentions_of_one_entity_are_one_actor(tmp_path, text, name, aliases):
    g = build(tmp_path, ("bbc", SUNDAY, text))
    assert aliases <= set(actor(g, name)["aliases"])


def test_people_sharing_a_surname_are_not_merged(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY, "Bashar al-Assad met his brother Maher al-Assad in Damascus. "
                                        "Hafez al-Assad was not there."))
    names = {d["name"] for d in nodes(g, "Actor") if d["kind"] == "person"}
    assert {"Bashar al-Assad", "Maher al-Assad", "Hafez al-Assad"} <= names


def test_roles_are_kept_as_attributes(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY,
                         "UN-Arab League envoy Kofi Annan arrived on Saturday. A Syrian foreign ministry "
                         "spokesman, Jihad al-Makdisi, said the talks were good. President Bashar al-Assad "
                         "did not comment."))
    assert "UN-Arab League envoy" in actor(g, "Kofi Annan")["roles"]
    assert "Syrian foreign ministry spokesman" in actor(g, "Jihad al-Makdisi")["roles"]
    assert "President" in actor(g, "Bashar al-Assad")["roles"]


def test_an_actor_is_one_node_across_articles(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY, "Mr Annan said the plan had failed. Kofi Annan then flew to Qatar."),
              ("cbs", SUNDAY, "U.N. envoy Annan said he was hopeful. The United Nations said aid was blocked."),
              ("ap", SUNDAY, "The UN said 7,500 people had died. Annan declined to comment."))
    assert [d["name"] for d in nodes(g, "Actor") if "Annan" in d["name"]] == ["Kofi Annan"]
    assert {"UN", "U.N.", "United Nations"} <= set(actor(g, "United Nations")["aliases"])


# ---------------------------------------------------------------- meetings

MEETINGS = [
    ("Kofi Annan met Bashar al-Assad in Damascus on Saturday.",
     [(("Bashar al-Assad", "Kofi Annan"), "2012-03-10", "held", "Damascus")]),
    ("Kofi Annan held talks with Bashar al-Assad on Sunday.",
     [(("Bashar al-Assad", "Kofi Annan"), "2012-03-11", "held", None)]),
    ("Kofi Annan will meet Bashar al-Assad in Damascus on Monday.",
     [(("Bashar al-Assad", "Kofi Annan"), "2012-03-12", "planned", "Damascus")]),
    ("John Kerry meets with Sergei Lavrov in Geneva.",   # no date in the text: the publication date
     [(("John Kerry", "Sergei Lavrov"), SUNDAY, "held", "Geneva")]),
    ("On Saturday, Kofi Annan met leaders of opposition groups, including Hassan Abdul Azim and Louay Hussein.",
     [(("Hassan Abdul Azim", "Kofi Annan", "Louay Hussein"), "2012-03-10", "held", None)]),
    ("DAMASCUS, Syria - Kofi Annan held a second round of talks with Bashar al-Assad on Sunday.",
     [(("Bashar al-Assad", "Kofi Annan"), "2012-03-11", "held", "Damascus")]),
    ("Vladimir Putin and Xi Jinping met in Moscow on Tuesday.",
     [(("Vladimir Putin", "Xi Jinping"), "2012-03-06", "held", "Moscow")]),
    ("Angela Merkel and Emmanuel Macron held talks in Berlin on Friday.",
     [(("Angela Merkel", "Emmanuel Macron"), "2012-03-09", "held", "Berlin")]),
    # denied: kept with that status, never as held
    ("Kofi Annan did not meet Bashar al-Assad.", [(("Bashar al-Assad", "Kofi Annan"), "2012-03-11", "denied", None)]),
    ("Kofi Annan did not hold talks with Bashar al-Assad on Saturday.",
     [(("Bashar al-Assad", "Kofi Annan"), "2012-03-10", "denied", None)]),
    ("Kofi Annan will fly to Cairo and meet Nabil Elaraby on Monday.",
     [(("Kofi Annan", "Nabil Elaraby"), "2012-03-12", "planned", None)]),
    ("Kofi Annan visited Turkey on Friday.", []),       # a visit to a place is travel, not a meeting
    ("Opposition leaders said any negotiations with Bashar al-Assad would fail.", []),
    # the meeting's date comes from where the same meeting is told with one
    ("Kofi Annan met Bashar al-Assad on Saturday. After his meeting with Mr Assad, Mr Annan flew to Qatar.",
     [(("Bashar al-Assad", "Kofi Annan"), "2012-03-10", "held", None)]),
]


@pytest.mark.parametrize("text, expected", MEETINGS)
def test_meetings(tmp_path, text, expected):
    assert meetings(build(tmp_path, ("bbc", SUNDAY, text))) == expected


def test_a_meeting_keeps_how_its_date_was_worked_out(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY, "Kofi Annan met Bashar al-Assad on Saturday."))
    (m,) = nodes(g, "Meeting")
    assert "Saturday" in m["date_basis"] and "2012-03-11" in m["date_basis"]


# ---------------------------------------------------------------- statements

STATEMENTS = [
    (SUNDAY, '"We will not give up on peace," Kofi Annan said on Saturday.',
     [("Kofi Annan", "We will not give up on peace", "2012-03-10")]),
    (SUNDAY, "Kofi Annan said the talks were constructive and useful.",
     [("Kofi Annan", "the talks were constructive and useful", SUNDAY)]),
    (SUNDAY, "On Saturday, Kofi Annan told Le Monde that the plan had not succeeded.",
     [("Kofi Annan", "the plan had not succeeded", "2012-03-10")]),
    (SUNDAY, "Kofi Annan : \u201cWe discussed the need to end the violence\u201d",
     [("Kofi Annan", "We discussed the need to end the violence", SUNDAY)]),
    (SUNDAY, "Kofi Annan arrived in Damascus. `` It is going to be tough , '' he said .",
     [("Kofi Annan", "It is going to be tough", SUNDAY)]),
    # a quote that runs over two sentences, then "he went on"
    (SUNDAY, 'Kofi Annan spoke to reporters. "First of all, I have been here a short time. '
     'They want peace," he went on.',
     [("Kofi Annan", "First of all, I have been here a short time. They want peace", SUNDAY)]),
    (SUNDAY, "Kofi Annan told The Associated Press that talks would resume.",   # no sentence break before "The"
     [("Kofi Annan", "talks would resume", SUNDAY)]),
    (SUNDAY, "Ten people died in Idlib, according to the Syrian Observatory for Human Rights.",
     [("Syrian Observatory for Human Rights", "Ten people died in Idlib", SUNDAY)]),
    (SUNDAY, "Kofi Annan urged Bashar al-Assad to embrace change.",
     [("Kofi Annan", "Bashar al-Assad to embrace change", SUNDAY)]),
    (SUNDAY, "Microsoft said it had chosen three companies. It added that the program would run through June.",
     [("Microsoft", "it had chosen three companies", SUNDAY),
      ("Microsoft", "the program would run through June", SUNDAY)]),
    # an unnamed source is kept as one (see tests/test_statements.py)
    (SUNDAY, "It is not clear who fired first, witnesses said.",
     [("witnesses", "It is not clear who fired first", SUNDAY)]),
    (SUNDAY, 'The army fought "terrorist" groups in Homs.', []),    # a scare quote is nobody's statement
    (SUNDAY, 'Burhan Ghalioun said Friday that calls for dialogue were "naive."',
     [("Burhan Ghalioun", 'calls for dialogue were "naive"', "2012-03-09")]),
    # dated by the interview told just before
    ("2012-07-09", "Bashar al-Assad ruled out leaving in an interview with German television on Sunday. "
                   '"The president should not run away from challenge," Mr Assad told ARD.',
     [("Bashar al-Assad", "The president should not run away from challenge", "2012-07-08")]),
    # "he" does not name himself in what he says
    ("2013-03-22", "Stephen Venables wrote a book about the expedition. George Lowe died on Wednesday. "
                   'He said: "Lowe was a brilliant, kind fellow who never sought the limelight."',
     [("Stephen Venables", "Lowe was a brilliant, kind fellow who never sought the limelight", "2013-03-22")]),
    # a participle speech verb takes the date of the clause it hangs off
    ("2013-03-21", "In 2011, the China Electricity Council pushed back hard, saying that the costs "
                   "of upgrading the plants would be too high.",
     [("China Electricity Council", "the costs of upgrading the plants would be too high", "2011")]),
]


@pytest.mark.parametrize("published, text, expected", STATEMENTS)
def test_statements(tmp_path, published, text, expected):
    assert statements(build(tmp_path, ("bbc", published, text))) == expected


def test_he_after_a_caption_naming_someone_else_is_the_person_in_focus(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY,
                         "Kofi Annan told reporters the talks had gone well.\n"
                         "Bashar al-Assad : \"We will fight terrorism\" \"We agreed an approach with the president,\" he added."))
    said = {text: speaker for speaker, text, _ in statements(g)}
    assert said["We agreed an approach with the president"] == "Kofi Annan"
    assert said["We will fight terrorism"] == "Bashar al-Assad"


def test_a_description_stands_for_the_one_actor_it_fits(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY, "President Bashar al-Assad met Kofi Annan on Saturday. "
                                        "The Syrian president said the talks were useful."))
    assert ("Bashar al-Assad", "the talks were useful", SUNDAY) in statements(g)


def test_addressee_is_recorded(tmp_path):
    g = build(tmp_path, ("bbc", SUNDAY, "Bashar al-Assad told Kofi Annan that dialogue could not succeed."))
    (s,) = nodes(g, "Statement")
    assert s["addressee"] == "Kofi Annan"
    assert [v for _, v, k in g.out_edges(s["id"], keys=True) if k == "ADDRESSED_TO"] == ["actor:annan"]   # a person's id is the surname


def test_every_event_keeps_its_evidence(tmp_path):
    text = "Kofi Annan met Bashar al-Assad on Saturday. Kofi Annan said the talks were useful."
    g = build(tmp_path, ("bbc", SUNDAY, text))
    for node in nodes(g, "Meeting") + nodes(g, "Statement"):
        (_, article, ev), = [(u, v, d) for u, v, k, d in g.out_edges(node["id"], keys=True, data=True) if k == "REPORTED_IN"]
        assert article == "article:bbc"
        assert text[ev["start"]:ev["end"]].strip() == ev["sentence"]


# ---------------------------------------------------------------- across articles

BBC = ("bbc", SUNDAY, "Kofi Annan met Bashar al-Assad on Saturday. Mr Annan said the talks had been very frank and useful.")
CBS = ("cbs", SUNDAY, "On Saturday, Annan held talks with Assad in Damascus. "
                      "Annan said the talks had been very frank and useful.")
AP = ("ap", "2012-03-12", "Kofi Annan met Recep Tayyip Erdogan in Ankara on Monday.")


def test_the_same_meeting_from_two_outlets_is_one_meeting_with_two_sources(tmp_path):
    g = build(tmp_path, BBC, CBS)
    (m,) = nodes(g, "Meeting")
    sources = sorted(v for _, v, k in g.out_edges(m["id"], keys=True) if k == "REPORTED_IN")
    assert sources == ["article:bbc", "article:cbs"]
    assert m["date"] == "2012-03-10" and m["place"] == "Damascus"


def test_the_same_quote_in_two_articles_is_one_statement(tmp_path):
    g = build(tmp_path, BBC, CBS)
    (s,) = nodes(g, "Statement")
    assert sorted(v for _, v, k in g.out_edges(s["id"], keys=True) if k == "REPORTED_IN") == ["article:bbc", "article:cbs"]


def test_same_input_gives_byte_identical_graph_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = graph_json(build(Path("."), BBC, CBS, AP))
    second = graph_json(build(Path("."), AP, CBS, BBC))
    assert first == second


def test_adding_an_article_keeps_existing_ids(tmp_path):
    before = set(build(tmp_path / "a", BBC, CBS).nodes)
    after = set(build(tmp_path / "b", BBC, CBS, AP).nodes)
    assert before <= after


def test_seeds_end_to_end(tmp_path):
    """The seeds give the gold's meetings, with the cross-source merge, and its dated statements."""
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    g = dateline.build([seeds], out_dir=tmp_path)
    found = {(tuple(d["participants"]), d["date"]) for d in nodes(g, "Meeting")}
    assert (("Bashar al-Assad", "Kofi Annan"), "2012-03-10") in found
    assert (("Bashar al-Assad", "Kofi Annan"), "2012-03-11") in found
    assert (("Bashar al-Assad", "Kofi Annan"), "2012-07-09") in found
    talks = next(n for n, d in g.nodes(data=True) if d["label"] == "Meeting" and d["date"] == "2012-03-10"
                 and d["participants"] == ["Bashar al-Assad", "Kofi Annan"])
    assert {g.nodes[v]["source"] for _, v, k in g.out_edges(talks, keys=True) if k == "REPORTED_IN"} == {"BBC News", "CBS News"}
    written = json.loads((tmp_path / "graph.json").read_text())
    assert {n["label"] for n in written["nodes"]} >= {"Article", "Actor", "Meeting", "Statement"}
    assert sorted(p.name for p in (tmp_path / "dates").iterdir()) == [
        "000_fd69c3a52dad46a4.jsonl", "001_25476cec1dd6f72e.jsonl", "002_ef4b1155a347a3d0.jsonl"]


def test_a_meeting_dated_by_week_in_one_outlet_and_by_day_in_another_is_one_meeting(tmp_path):
    g = build(tmp_path, ("bbc", "2013-03-22", "Barack Obama met Benjamin Netanyahu in Jerusalem this week."),
              ("cbs", "2013-03-22", "Barack Obama met Benjamin Netanyahu in Jerusalem on Wednesday."))
    assert meetings(g) == [(("Barack Obama", "Benjamin Netanyahu"), "2013-03-20", "held", "Jerusalem")]


def test_a_description_naming_its_own_country_is_not_the_person_in_focus(tmp_path):
    g = build(tmp_path, ("bbc", "2013-03-22",
                         "Jeroen Dijsselbloem, the president of the euro group, spoke on Monday. "
                         "The president of Cyprus admitted that his country did not have the money."))
    assert [s[0] for s in statements(g) if "money" in s[1]] == ["president of Cyprus"]


def test_a_statement_repeated_months_later_keeps_its_first_date(tmp_path):
    line = "Hopes for a negotiated settlement in Syria remain alive, says Jim Muir."
    g = build(tmp_path, ("march", "2012-03-11", line), ("july", "2012-07-09", line))
    (s,) = nodes(g, "Statement")
    assert s["date"] == "2012-03-11"


def test_worker_processes_give_the_same_graph(tmp_path):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    rows = []
    for i in range(40):   # more than two batches, so the build starts worker processes
        text = (seeds / sorted(p.name for p in seeds.glob("*.txt"))[i % 3]).read_text()
        rows.append(json.dumps({"id": f"copy-{i:02d}", "text": text, "published": f"2012-03-{1 + i % 28:02d}"}))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(rows) + "\n")
    assert graph_json(dateline.build([corpus], jobs=2)) == graph_json(dateline.build([corpus], jobs=1))

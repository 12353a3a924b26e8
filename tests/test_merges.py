"""Across outlets: one meeting and three statements, each told by four outlets in their own words
and dates (a fifth tells the meeting ahead as planned), are one node each; two meetings of the
same people a day apart stay two."""
from __future__ import annotations

from pathlib import Path

import dateline

# (outlet, published, text). Saturday is 2016-03-05.
FOUR_OUTLETS = [
    ("ap", "2016-03-07",    # "on Saturday" told on Monday
     "Kofi Annan met Bashar al-Assad in Damascus on Saturday. "
     'Annan said the talks were "very constructive and useful." '
     "Assad said no political dialogue could succeed while terrorist groups spread chaos. "
     "Annan said he remained hopeful about a political solution."),
    ("bbc", "2016-03-06",   # a calendar date, the host as subject
     "President Bashar al-Assad received UN envoy Kofi Annan in Damascus on March 5. "
     "Kofi Annan called the talks constructive and useful. "
     "Bashar al-Assad told Annan that political dialogue cannot succeed while terrorist groups spread chaos. "
     "Annan told reporters he was still hopeful about a political solution."),
    ("cbs", "2016-03-07",   # no date in the text: dated by the publication day only
     "Annan held talks with Assad in Damascus. "
     "Annan described his talks with Assad as constructive and useful. "
     "Assad insisted that no dialogue would succeed as long as terrorist groups spread chaos. "
     '"I remain hopeful about a political solution," Annan said.'),
    ("afp", "2016-03-20",   # a month, not a day; the words dated by the day they were said
     "Kofi Annan met Bashar al-Assad in Damascus earlier this month. "
     "On March 5, Annan said the meeting had been constructive and useful. "
     "Assad said on March 5 that political dialogue cannot succeed while terrorist groups spread chaos. "
     "Annan said on March 5 that he was hopeful about a political solution."),
    ("reuters", "2016-03-04",   # told before it happened: planned, then held
     "Kofi Annan will meet Bashar al-Assad in Damascus on Saturday."),
]

DAY_APART = [
    ("ap", "2016-03-08", "Kofi Annan met Bashar al-Assad in Damascus on Saturday. "
                         "Annan met Assad again on Sunday to discuss a ceasefire."),
    ("bbc", "2016-03-07", "Annan and Assad met for a second time on Sunday, March 6."),
]


def build(tmp_path: Path, articles) -> "dateline.nx.MultiDiGraph":
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for name, published, text in articles:
        (folder / f"{name}.txt").write_text(f"---\npublished: {published}\nsource: {name.upper()}\n---\n{text}\n")
    return dateline.build([folder])


def events(g, label: str) -> list[tuple[dict, list[str]]]:
    return [(d, sorted(v.split(":", 1)[1] for _, v, k in g.out_edges(n, keys=True) if k == "REPORTED_IN"))
            for n, d in g.nodes(data=True) if d["label"] == label]


def test_one_meeting_told_four_ways_is_one_node(tmp_path):
    g = build(tmp_path, FOUR_OUTLETS)
    ((meeting, outlets),) = events(g, "Meeting")
    assert outlets == ["afp", "ap", "bbc", "cbs", "reuters"]
    assert (meeting["participants"], meeting["date"], meeting["status"], meeting["place"]) == (
        ["Bashar al-Assad", "Kofi Annan"], "2016-03-05", "held", "Damascus")


def test_three_statements_told_four_ways_are_three_nodes(tmp_path):
    g = build(tmp_path, FOUR_OUTLETS)
    said = sorted((d["speaker"], outlets) for d, outlets in events(g, "Statement"))
    assert said == [("Bashar al-Assad", ["afp", "ap", "bbc", "cbs"]),
                    ("Kofi Annan", ["afp", "ap", "bbc", "cbs"]),
                    ("Kofi Annan", ["afp", "ap", "bbc", "cbs"])]


def test_two_meetings_of_the_same_people_a_day_apart_stay_apart(tmp_path):
    g = build(tmp_path, DAY_APART)
    met = sorted((d["date"], outlets) for d, outlets in events(g, "Meeting"))
    assert met == [("2016-03-05", ["ap"]), ("2016-03-06", ["ap", "bbc"])]


def test_a_meeting_told_held_and_one_told_denied_stay_apart(tmp_path):
    g = build(tmp_path, [("ap", "2016-03-07", "Kofi Annan met Bashar al-Assad in Damascus on Saturday."),
                         ("bbc", "2016-03-07", "Kofi Annan did not meet Bashar al-Assad on Saturday.")])
    met = sorted((d["status"], outlets) for d, outlets in events(g, "Meeting"))
    assert met == [("denied", ["bbc"]), ("held", ["ap"])]


def test_every_sentence_that_tells_a_meeting_is_evidence_on_its_report(tmp_path):
    g = build(tmp_path, [("ap", "2016-03-07", "Kofi Annan met Bashar al-Assad in Damascus on Saturday. "
                                               "The weather was cold. Annan's meeting with Assad lasted two hours.")])
    [(meeting, _)] = events(g, "Meeting")
    [report] = [d for _, _, k, d in g.out_edges(meeting["id"], keys=True, data=True) if k == "REPORTED_IN"]
    assert report["sentences"] == ["Kofi Annan met Bashar al-Assad in Damascus on Saturday.",
                                   "Annan's meeting with Assad lasted two hours."]
    assert report["sentence_starts"] == [0, 78] and report["sentence"] == report["sentences"][0]

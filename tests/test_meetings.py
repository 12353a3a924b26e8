"""Meetings (PLOVER CONSULT): (sentence, [(participants, date, status, place)]), published on a Tuesday.

Every trigger of graph/meeting_tables.py, passives and nominalisations, parties named by
organisation and by metonymy ("the White House"), statuses (held, planned, denied,
hypothetical) and what is no meeting at all.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import dateline

PUBLISHED = "2016-03-01"   # a Tuesday: "on Saturday" is 2016-02-27, "on Monday" 2016-03-07 (ahead, planned)


def build(tmp_path: Path, text: str) -> "dateline.nx.MultiDiGraph":
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ap.txt").write_text(f"---\npublished: {PUBLISHED}\nsource: AP\n---\n{text}\n")
    return dateline.build([folder])


def meetings(g) -> list[tuple[tuple[str, ...], str | None, str, str | None]]:
    return sorted((tuple(d["participants"]), d["date"], d["status"], d["place"])
                  for _, d in g.nodes(data=True) if d["label"] == "Meeting")


MEETINGS = [
    ('Kofi Annan met Bashar al-Assad in Damascus on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Damascus')]),
    ('Kofi Annan met with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan and Bashar al-Assad met in Damascus on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Damascus')]),
    ('Annan held talks with Assad in Damascus on Saturday.',
     [(('Annan', 'Assad'), '2016-02-27', 'held', 'Damascus')]),
    ('Kofi Annan sat down with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Bashar al-Assad received Kofi Annan in Damascus on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Damascus')]),
    ('Kofi Annan was received by Bashar al-Assad in Damascus on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Damascus')]),
    ('Bashar al-Assad welcomed Kofi Annan to Damascus on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Bashar al-Assad greeted Kofi Annan at the airport on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan shook hands with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan spoke by phone with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Obama and Merkel spoke by phone on Saturday.',
     [(('Merkel', 'Obama'), '2016-02-27', 'held', None)]),
    ('Kofi Annan had a phone call with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan held a video call with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan talked with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    # unnamed participants: a description, whom a collective gathers, the country a body leads
    ('Kofi Annan met opposition leaders in Damascus on Saturday.',
     [(('Kofi Annan', 'opposition leaders'), '2016-02-27', 'held', 'Damascus')]),
    ('Angela Merkel and a group of deputies held talks with leaders of Poland\'s new government on Saturday.',
     [(('Angela Merkel', 'Poland', 'deputies'), '2016-02-27', 'held', None)]),
    ('Kofi Annan conferred with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan negotiated with Bashar al-Assad in Geneva on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Geneva')]),
    ('Bashar al-Assad hosted Kofi Annan on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan visited Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan paid a state visit to Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan attended a summit with Bashar al-Assad in Geneva on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Geneva')]),
    ('Kofi Annan held a news conference with Bashar al-Assad on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('The meeting between Kofi Annan and Bashar al-Assad took place in Damascus on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', 'Damascus')]),
    ("Kofi Annan's meeting with Bashar al-Assad lasted two hours on Saturday.",
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan will meet Bashar al-Assad on Monday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-07', 'planned', None)]),
    ('Kofi Annan is expected to meet Bashar al-Assad on Monday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-07', 'planned', None)]),
    ('Kofi Annan plans to meet Bashar al-Assad next week.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-W10', 'planned', None)]),
    ('The upcoming summit between Kofi Annan and Bashar al-Assad is scheduled for Monday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-07', 'planned', None)]),
    ('Talks between Kofi Annan and Bashar al-Assad are scheduled for Monday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-07', 'planned', None)]),
    ('Kofi Annan refused to meet Bashar al-Assad.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'denied', None)]),
    ('Kofi Annan did not meet Bashar al-Assad.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'denied', None)]),
    ('Any talks between Kofi Annan and Bashar al-Assad would take place in Geneva.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'hypothetical', 'Geneva')]),
    ('Bashar al-Assad boycotted the summit with Kofi Annan.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'denied', None)]),
    ('Bashar al-Assad cancelled his meeting with Kofi Annan.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'denied', None)]),
    ('Kofi Annan could meet Bashar al-Assad if the fighting stops.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'hypothetical', None)]),
    ('Kofi Annan held no talks with Bashar al-Assad.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'denied', None)]),
    ('Kofi Annan will hold talks with Bashar al-Assad in the future.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-03-01', 'planned', None)]),
    ('The White House hosted Angela Merkel on Saturday.',
     [(('Angela Merkel', 'White House'), '2016-02-27', 'held', None)]),
    ('Kofi Annan met the Arab League in Cairo on Saturday.',
     [(('Arab League', 'Kofi Annan'), '2016-02-27', 'held', 'Cairo')]),
    ('Kofi Annan met leaders of opposition groups, including Hassan Abdul Azim, on Saturday.',
     [(('Hassan Abdul Azim', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Speaking after his meeting with Bashar al-Assad on Saturday, Kofi Annan said he was hopeful.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    # "their meeting": the conjoined subject, or subject and object, of the sentence before
    ('Kofi Annan and Bashar al-Assad spoke in Damascus on Saturday. Their meeting lasted two hours.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan and Bashar al-Assad held their meeting on Saturday.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    # a subject introduced by "ahead of meeting X"
    ('Ahead of meeting Bashar al-Assad on Saturday, Kofi Annan said he was hopeful.',
     [(('Bashar al-Assad', 'Kofi Annan'), '2016-02-27', 'held', None)]),
    ('Kofi Annan talked about the economy on Saturday.',
     []),
    ('Bashar al-Assad welcomed the move on Saturday.',
     []),
    ('Kofi Annan called for a ceasefire on Saturday.',
     []),
    ('Kofi Annan sat in the front row on Saturday.',
     []),
    ('Kofi Annan shook the foundations of the regime on Saturday.',
     []),
]


@pytest.mark.parametrize("text, expected", MEETINGS)
def test_meetings(tmp_path, text, expected):
    assert meetings(build(tmp_path, text)) == expected

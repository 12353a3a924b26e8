"""Event kinds: one row per sentence of our own, read by the whole pipeline; the registry; the exports."""
from __future__ import annotations

import json

import pytest

import dateline
from dateline.exports.files import timeline, timeline_by_actor
from dateline.exports.html import KIND_STYLES, node_kind
from dateline.exports.neo4j_files import style_grass
from dateline.exports.neo4j_load import node_rows
from dateline.graph.schema import ENTITY_LABELS, PLOVER_CATEGORIES, event_kinds, plover_of

PUBLISHED = "2012-03-11"   # a Sunday

# (sentence, kind, PLOVER category, status, date, sources, targets, place, count)
EVENTS = [
    ("Rebels shelled the town of Idlib on Monday.", "assault", "ASSAULT", "held", "2012-03-05", [], ["Idlib"], None, None),
    # an actor named by a common noun is an unnamed actor of its article
    ("Police arrested 40 protesters in Cairo on Friday.", "coerce", "COERCE", "held", "2012-03-09",
     ["Police"], ["protesters"], "Cairo", 40),
    ("Burmese troops shelled three villages on Tuesday.", "assault", "ASSAULT", "held", "2012-03-06",
     ["Burmese troops"], [], None, 3),
    ("Ukrainian-led forces launched rocket fire against the insurgents.", "assault", "ASSAULT", "held", PUBLISHED,
     ["Ukrainian-led forces"], ["insurgents"], None, None),
    ("Kenyan soldiers confiscated weapons from the militants.", "coerce", "COERCE", "held", PUBLISHED,
     ["Kenyan soldiers"], ["militants"], None, None),
    # a bare singular ("by force") names no one (test_a_bare_singular_is_no_actor)
    ("Mexico's navy confiscated the cargo by force.", "coerce", "COERCE", "held", PUBLISHED, ["Mexico"], [], None, None),
    # "they" stands for the group that is the subject of the clause holding it
    ("The striking miners said they would block the highway to the capital.", "protest", "THREATEN", "planned",
     PUBLISHED, ["striking miners"], [], None, None),
    # a demonym on a thing names its people: the author of a proposal
    ("Chile rejected a Peruvian proposal.", "reject", "REJECT", "held", PUBLISHED, ["Chile"], ["Peruvian"], None, None),
    # whom a thing is aimed at: an appeal from X, the deployment of a force
    ("The judge dismissed an appeal from Alberto Fujimori.", "reject", "REJECT", "held", PUBLISHED,
     ["judge"], ["Alberto Fujimori"], None, None),
    ("Argentina opposed the deployment of a Bolivian force.", "reject", "REJECT", "held", PUBLISHED,
     ["Argentina"], ["Bolivian force"], None, None),
    # the threatened or refused act: whom it is aimed at is the target
    ("Venezuela threatened to cut ties with Colombia.", "threaten", "THREATEN", "held", PUBLISHED,
     ["Venezuela"], ["Colombia"], None, None),
    ("Ecuador refused to send observers to Bolivia.", "reject", "REJECT", "held", PUBLISHED,
     ["Ecuador"], ["Bolivia"], None, None),
    # the subject of "is ready to lift" is the one who lifts; the envoy withdrawn is the source's own
    ("Daniel Ortega said he is ready to lift the curfew on Managua.", "retreat", "AGREE", "planned", PUBLISHED,
     ["Daniel Ortega"], ["Managua"], None, None),
    ("Peru will withdraw its ambassador from Bolivia.", "sanction", "THREATEN", "planned", PUBLISHED,
     ["Peru"], ["Bolivia"], None, None),
    # business and civic acts: a company started, a product shown, a death, a keynote
    ("Ingvar Kamprad founded IKEA in 1943.", "founding", None, "held", "1943", ["Ingvar Kamprad"], ["IKEA"], None, None),
    ("Satya Nadella demoed the HoloLens headset on Tuesday.", "launch", None, "held", "2012-03-06",
     ["Satya Nadella"], [], None, None),
    ("Tim Cook showed off the Apple Watch.", "launch", None, "held", PUBLISHED, ["Tim Cook"], [], None, None),
    ("Nelson Mandela died on Thursday in Johannesburg.", "death", None, "held", "2012-03-08",
     ["Nelson Mandela"], [], "Johannesburg", None),
    ("Greta Thunberg, born in Stockholm on January 3, 2003, spoke first.", "birth", None, "held", "2003-01-03",
     ["Greta Thunberg"], [], "Stockholm", None),
    ("Sundar Pichai gave the opening keynote in San Francisco.", "announce", None, "held", PUBLISHED,
     ["Sundar Pichai"], [], "San Francisco", None),
    # "now" names no day: the event takes the publication date, not an unknown one
    ("Samsung announced a new tablet, on sale now.", "announce", None, "held", PUBLISHED, ["Samsung"], [], None, None),
    ("Gunmen killed 12 villagers on Saturday.", "assault", "ASSAULT", "held", "2012-03-10", [], [], None, 12),
    ("The European Union imposed sanctions on Russia.", "sanction", "SANCTION", "held", PUBLISHED,
     ["European Union"], ["Russia"], None, None),
    # a cooperative act told as to come is PLOVER's AGREE
    ("Germany will send aid to Ukraine.", "aid", "AGREE", "planned", PUBLISHED, ["Germany"], ["Ukraine"], None, None),
    ("Japan did not attack the ships.", "assault", "ASSAULT", "denied", PUBLISHED, ["Japan"], [], None, None),
    ("Japan will not attack the ships on Monday.", "assault", "ASSAULT", "denied", "2012-03-12", ["Japan"], [], None, None),
    ("Japan could attack the ships.", "assault", "ASSAULT", "hypothetical", PUBLISHED, ["Japan"], [], None, None),
    ("Japan denied that its navy attacked the ships.", "assault", "ASSAULT", "denied", PUBLISHED, [], [], None, None),
    ("If Iran attacks Israel, the region would burn.", "assault", "ASSAULT", "hypothetical", PUBLISHED,
     ["Iran"], ["Israel"], None, None),
    ("Microsoft bought LinkedIn for 26 billion dollars.", "deal", None, "held", PUBLISHED,
     ["Microsoft"], ["LinkedIn"], None, None),
    ("Nokia will cut 1,000 jobs in Finland.", "job_cuts", None, "planned", PUBLISHED, ["Nokia"], [], "Finland", 1000),
    ("Samsung sued Apple on Friday.", "lawsuit", "ACCUSE", "held", "2012-03-09", ["Samsung"], ["Apple"], None, None),
    ("Toyota appointed Koji Sato as chief executive.", "appoint", None, "held", PUBLISHED,
     ["Toyota"], ["Koji Sato"], None, None),
    ("Kofi Annan flew to Tehran on Monday.", "travel", None, "held", "2012-03-05", ["Kofi Annan"], [], "Tehran", None),
    ("China threatened Taiwan with military action.", "threaten", "THREATEN", "held", PUBLISHED,
     ["China"], ["Taiwan"], None, None),
    ("Brazil rejected the proposal from Argentina.", "reject", "REJECT", "held", PUBLISHED,
     ["Brazil"], ["Argentina"], None, None),
    ("Serbia praised the decision of Hungary.", "support", "SUPPORT", "held", PUBLISHED, ["Serbia"], ["Hungary"], None, None),
    ("India deployed troops to the border.", "mobilize", "MOBILIZE", "held", PUBLISHED, ["India"], [], None, None),
    ("Israel released 20 prisoners.", "retreat", "RETREAT", "held", PUBLISHED, ["Israel"], [], None, 20),
    ("Turkey expelled the Syrian ambassador.", "sanction", "SANCTION", "held", PUBLISHED, ["Turkey"], [], None, None),
    ("The prime minister visited Poland in May.", "visit", "CONSULT", "held", "2011-05", [], ["Poland"], None, None),
    # "lodge a protest" is an accusation, not a demonstration: the verb's row claims its object
    ("Serbia lodged an official protest with Albania.", "accuse", "ACCUSE", "held", PUBLISHED,
     ["Serbia"], ["Albania"], None, None),
    # a support verb leaves the event to its noun, and gives it its slots
    ("Finland will give Tanzania a grant.", "aid", "AGREE", "planned", PUBLISHED, ["Finland"], ["Tanzania"], None, None),
    ("The PRC demanded that the US cancel the sale.", "request", "REQUEST", "held", PUBLISHED, ["PRC"], ["US"], None, None),
    # a content verb with an event noun as object is an event of its own
    ("France condemned the attack.", "accuse", "ACCUSE", "held", PUBLISHED, ["France"], [], None, None),
    ("The ceasefire was supposed to begin in mid-April.", "retreat", "AGREE", "planned", "2012-04", [], [], None, None),
    ("Apple launched the iPad in January.", "launch", None, "held", "2012-01", ["Apple"], [], None, None),
    # a date that opens coordinated clauses, before the first one's subject, dates each of them
    ("On Tuesday police closed the road and soldiers shelled Idlib.", "assault", "ASSAULT", "held", "2012-03-06",
     ["soldiers"], ["Idlib"], None, None),
    ("Ingvar Kamprad left Sweden in 1973 and founded IKEA.", "founding", None, "held", PUBLISHED,
     ["Ingvar Kamprad"], ["IKEA"], None, None),
    # a year that names the occasion ("the 2012 fair") gives way to the clause's own day
    ("Nokia unveiled the tablet at the 2012 trade fair on Tuesday.", "launch", None, "held", "2012-03-06",
     ["Nokia"], [], None, None),
    ("The European Parliament voted against the treaty on Thursday.", "vote", None, "held", "2012-03-08",
     ["European Parliament"], [], None, None),
    ("Scotland will hold a referendum in September.", "vote", None, "planned", "2012-09", ["Scotland"], [], None, None),
]


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("events")
    for i, row in enumerate(EVENTS):
        (folder / f"e{i:02d}.txt").write_text(f"---\npublished: {PUBLISHED}\nsource: Wire {i}\n---\n{row[0]}\n")
    return dateline.build([folder], jobs=1)


def events_of(g, key: str) -> list[dict]:
    return [g.nodes[n] for n, a, k in g.in_edges(f"article:{key}", keys=True) if k == "REPORTED_IN"]


def actors_in(g, node: str, role: str) -> list[str]:
    return sorted(g.nodes[a]["name"] for a, _, k, d in g.in_edges(node, keys=True, data=True)
                  if k == "PARTICIPATED_IN" and d.get("role") == role)


@pytest.mark.parametrize("i", range(len(EVENTS)), ids=[r[0][:40] for r in EVENTS])
def test_event_kind_status_date_actors(graph, i):
    text, kind, plover, status, date, sources, targets, place, count = EVENTS[i]
    found = [e for e in events_of(graph, f"e{i:02d}") if e.get("kind") == kind]
    assert found, [e.get("kind") for e in events_of(graph, f"e{i:02d}")]
    e = found[0]
    assert (e["plover"], e["status"], e["date"]) == (plover, status, date)
    assert set(sources) <= set(actors_in(graph, e["id"], "source"))
    assert set(targets) <= set(actors_in(graph, e["id"], "target"))
    assert (e["place"], e["count"]) == (place, count)
    reported = [d for _, a, k, d in graph.out_edges(e["id"], keys=True, data=True) if k == "REPORTED_IN"]
    start, end = reported[0]["trigger_start"] - reported[0]["start"], reported[0]["trigger_end"] - reported[0]["start"]
    assert reported[0]["sentence"][start:end].lower().startswith(text[start:end].lower()[:3])


REPORTED = [
    # (sentence, kind, the source cited for it)
    ("Sixteen soldiers were killed in Homs, the Syrian Observatory for Human Rights said.", "assault",
     "Syrian Observatory for Human Rights"),
    ("According to Amnesty International, police arrested 200 people.", "coerce", "Amnesty International"),
]


@pytest.mark.parametrize("text, kind, reporter", REPORTED)
def test_an_event_told_on_someones_word_is_reported_by_them(tmp_path, text, kind, reporter):
    (tmp_path / "a.txt").write_text(f"---\npublished: {PUBLISHED}\n---\n{text}\n")
    g = dateline.build([tmp_path], jobs=1)
    (e,) = [d for d in events_of(g, "a") if d.get("kind") == kind]
    assert e["reporters"] == [reporter]
    assert [g.nodes[a]["name"] for _, a, k in g.out_edges(e["id"], keys=True) if k == "REPORTED_BY"] == [reporter]


def test_the_same_event_told_by_two_outlets_is_one_node_planned_then_held(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2012-03-10\n---\nGermany will send aid to Ukraine on Monday.\n")
    (tmp_path / "b.txt").write_text("---\npublished: 2012-03-12\n---\nGermany sent aid to Ukraine on Monday.\n")
    g = dateline.build([tmp_path], jobs=1)
    (aid,) = [d for _, d in g.nodes(data=True) if d.get("kind") == "aid"]
    assert (aid["status"], aid["plover"], aid["date"]) == ("held", "AID", "2012-03-12")
    assert sorted(a for _, a, k in g.out_edges(aid["id"], keys=True) if k == "REPORTED_IN") == ["article:a", "article:b"]


def test_a_publication_day_never_makes_a_written_date_more_precise(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2012-03-10\n---\nApple launched the iPad in 2012.\n")
    (tmp_path / "b.txt").write_text("---\npublished: 2012-05-20\n---\nApple launched the iPad.\n")
    g = dateline.build([tmp_path], jobs=1)
    (launch,) = [d for _, d in g.nodes(data=True) if d.get("kind") == "launch"]
    assert (launch["date"], launch["date_basis"]) == ("2012", '"2012" in the same clause: year written out')


def test_events_of_one_actor_on_one_day_with_other_sides_stay_apart(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\npublished: {PUBLISHED}\n---\nBrazil rejected the proposal from Argentina.\n")
    (tmp_path / "b.txt").write_text(f"---\npublished: {PUBLISHED}\n---\nBrazil rejected the proposal from Chile.\n")
    g = dateline.build([tmp_path], jobs=1)
    assert len([d for _, d in g.nodes(data=True) if d.get("kind") == "reject"]) == 2


# ---------------------------------------------------------------- the registry and the exports

def test_every_kind_has_its_own_label_and_a_known_category():
    kinds = event_kinds()
    labels = [k.label for k in kinds]
    assert len(set(labels)) == len(labels) and not set(labels) & set(ENTITY_LABELS)
    assert all(k.plover is None or k.plover in PLOVER_CATEGORIES for k in kinds)
    assert {"meeting", "statement", "assault", "travel"} <= {k.name for k in kinds}


@pytest.mark.parametrize("category, status, coded", [
    ("AID", "held", "AID"), ("AID", "planned", "AGREE"), ("RETREAT", "planned", "AGREE"),
    ("ASSAULT", "planned", "THREATEN"), ("SANCTION", "planned", "THREATEN"), ("ASSAULT", "denied", "ASSAULT"),
    ("CONSULT", "planned", "CONSULT"), (None, "planned", None),
])
def test_a_planned_act_is_coded_as_the_intention_it_states(category, status, coded):
    assert plover_of(category, status) == coded


def test_every_kind_reaches_the_timeline_the_page_and_neo4j(graph):
    rows = timeline(graph)
    kinds_found = {d["kind"] for _, d in graph.nodes(data=True) if d["label"] not in ENTITY_LABELS}
    assert {r["kind"] for r in rows} == kinds_found
    by_actor = timeline_by_actor(rows)
    assert [r["kind"] for r in by_actor["Microsoft"]] == ["deal"]
    grass = style_grass()
    for k in event_kinds():
        assert f"node.{k.label} {{" in grass and k.name in KIND_STYLES
        assert node_kind({"label": k.label}) == k.name
    labels = {tuple(r.labels) for r in node_rows(graph) if r.label == "Event"}
    assert ("Assault", "ASSAULT") in labels and ("Travel",) in labels and ("Aid", "AGREE") in labels
    json.dumps(rows)   # plain data


LEAD = ("Apple shows a phone\n\nOn Monday, at a fair in Paris, Steve Jobs unveiled the phone. "
        "The phone was long awaited. Critics had seen a copy in April. Analysts expect strong sales. "
        "Steve Jobs said the phone was the thinnest ever made.")


def test_what_the_leads_actors_say_later_with_no_date_happened_on_its_date(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\npublished: 2012-03-07\n---\n{LEAD}\n")
    g = dateline.build([tmp_path], jobs=1)
    (said,) = [d for _, d in g.nodes(data=True) if d["label"] == "Statement" and "thinnest" in d["text"]]
    assert said["date"] == "2012-03-05" and said["date_basis"].startswith("the occasion the lead dates")


STORY = ("Nokia cuts prices\n\nNokia announced on Friday that it will cut the price of its phones. "
         "The move surprised analysts. Stephen Elop said the phones had sold poorly.")


def test_what_anyone_says_later_with_no_date_happened_on_the_leads_day(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\npublished: 2012-03-10\n---\n{STORY}\n")
    g = dateline.build([tmp_path], jobs=1)
    (said,) = [d for _, d in g.nodes(data=True) if d["label"] == "Statement" and "sold poorly" in d["text"]]
    assert said["date"] == "2012-03-09" and said["date_basis"].startswith("the occasion the lead dates")


OCCASIONS = [
    # (text, published, the launch's date): an occasion dated once dates what is placed at it later,
    # even far from the lead and the publication day; "a later conference" is another occasion
    ("Toyota's March 1 press conference in Tokyo was crowded.\nAt the press conference, Akio Toyoda unveiled a car.",
     "2012-03-20", "2012-03-01"),
    ("Toyota's March 1 press conference in Tokyo was crowded.\nAt a later conference, Akio Toyoda unveiled a car.",
     "2012-03-20", "2012-03-20"),
    ("Toyota's March 1 press conference in Tokyo was crowded.\nAt the next conference, Akio Toyoda unveiled a car.",
     "2012-03-20", "2012-03-20"),
]


@pytest.mark.parametrize("text, published, date", OCCASIONS)
def test_an_occasion_dated_once_dates_what_is_placed_at_it(tmp_path, text, published, date):
    (tmp_path / "a.txt").write_text(f"---\npublished: {published}\n---\n{text}\n")
    g = dateline.build([tmp_path], jobs=1)
    (launch,) = [d for _, d in g.nodes(data=True) if d.get("kind") == "launch"]
    assert launch["date"] == date


def test_an_event_told_held_by_an_article_happened_by_its_publication_day(tmp_path):
    # a report dated only by a year, one told undated in August, one dated in October: the October
    # event cannot be the one an August article told as done
    (tmp_path / "a.txt").write_text("---\npublished: 2010-06-08\n---\nApple unveiled the iPhone 4 in 2010.\n")
    (tmp_path / "b.txt").write_text("---\npublished: 2010-08-09\n---\nWhen Apple first unveiled the iPhone 4, "
                                    "it praised the antenna.\n")
    (tmp_path / "c.txt").write_text("---\npublished: 2010-10-23\n---\nAt its Cupertino event on Wednesday, Apple unveiled new products.\n")
    g = dateline.build([tmp_path], jobs=1)
    launches = sorted((d["date"], sorted(a for _, a, k in g.out_edges(n, keys=True) if k == "REPORTED_IN"))
                      for n, d in g.nodes(data=True) if d.get("kind") == "launch")
    assert launches == [("2010", ["article:a", "article:b"]), ("2010-10-20", ["article:c"])]


def test_a_story_that_tells_of_its_publication_day_keeps_that_day_for_what_is_undated(tmp_path):
    text = STORY + " On Saturday, shares fell. Analysts said the cut came too late."
    (tmp_path / "a.txt").write_text(f"---\npublished: 2012-03-10\n---\n{text}\n")
    g = dateline.build([tmp_path], jobs=1)
    (said,) = [d for _, d in g.nodes(data=True) if d["label"] == "Statement" and "sold poorly" in d["text"]]
    assert said["date"] == "2012-03-10"


def test_a_bare_singular_is_no_actor(graph):
    assert not [d for _, d in graph.nodes(data=True) if d.get("label") == "Actor" and d.get("name") == "force"]


def test_a_bare_singular_before_a_group_pronoun_describes_no_one_and_every_described_actor_acts(tmp_path):
    (tmp_path / "a.txt").write_text(f"---\npublished: {PUBLISHED}\n---\nLeader said they would attack the town. "
                                    "Troops shelled the town of Hama on Monday, killing 20 people.\n")
    g = dateline.build([tmp_path], jobs=1)
    described = [n for n, d in g.nodes(data=True) if d.get("unnamed")]
    assert described and all(any(k in ("PARTICIPATED_IN", "SAID", "REPORTED_BY") for _, _, k in
                                 [*g.in_edges(n, keys=True), *g.out_edges(n, keys=True)]) for n in described)

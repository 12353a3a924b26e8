"""Actor identity: which names are one actor, what a name is cleaned to, what is no actor, and
ids that neither collide nor move. Sentences are made up for these tests, in the shapes real
news takes (wire datelines, captions, headlines, round-ups, several people of one surname)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from dateline.graph.actors import cluster_mentions, find_mentions
from dateline.graph.alias_file import AliasFileError, read_alias_file
from dateline.graph.identity import (
    ACRONYM, END_OF_NAME, FIRST_WORDS, FULL_NAME_LABEL, HEAD_WORDS, LABEL, SAME_FIRST_AND_LAST, SAME_NAME, Item,
    acronym_of, canonical_name, cluster, kind_evidence, pairs_of_people, same_name, short_form)
from dateline.graph.ids import slug
from dateline.nlp import load_model

DAY = "2016-03-01"


# ---------------------------------------------------------------- the rules, name against name

P, O, PR = "person", "organization", "product"

# (name, its kind, name, its kind, the rule that makes them one actor)
SAME_NAMES = [
    ("Recep Erdoğan", P, "Recep Erdogan", P, SAME_NAME),
    ("Park Ji-hoon", P, "Park Ji Hoon", P, SAME_NAME),
    ("Halvard Motor Corp.", O, "Halvard Motor Corporation", O, SAME_NAME),
    ("Omar al-Rashid", P, "Omar Rashid", P, SAME_NAME),
    ("Marianne Fillon", P, "Mariane Fillon", P, SAME_NAME),
    ("the Orrin Group", O, "Orrin", O, SAME_NAME),
    ("Orrin Plc", O, "Orrin", PR, SAME_NAME),
    ("Дмитрий Соколов", P, "дмитрий соколов", O, SAME_NAME),    # the NER label never splits a name
    ("Walter K. Brand", P, "Walter Brand", P, SAME_FIRST_AND_LAST),
    ("Walter Kenneth Brand", P, "Walter K. Brand", P, SAME_FIRST_AND_LAST),
    ("Lakeland Music Store", O, "Lakeland Store", O, SAME_FIRST_AND_LAST),
]

# (name, its kind, name, its kind): never one actor by a full-name rule
DIFFERENT_NAMES = [
    ("Laura Brand", P, "Walter Brand", P),
    ("Osprey Motors", O, "Kestrel Motors", O),
    ("University of Eastern Lakeland", O, "University of Lakeland", O),
    ("Zenith Pad Mini", PR, "Zenith Pad Pro Mini", PR),   # middle words are skipped between people only
    ("Pike Holdings", O, "Pike", P),                      # a legal suffix is a difference to a person
    ("Дмитрий Соколов", P, "Dmitry Sokolov", P),          # another script is another name (an alias file joins them)
]

# (short, full, kind of the short, kind of the full, rule or None)
SHORT_FORMS = [
    ("Brand", "Walter K. Brand", "person", "person", END_OF_NAME),
    ("Abdel Karim", "Youssef Abdel Karim", "person", "person", END_OF_NAME),
    ("Park", "Park Ji-hoon", "person", "person", FIRST_WORDS),
    ("Halvard", "Halvard Motor Corp.", "organization", "organization", FIRST_WORDS),
    ("Walter K. Brand", "Walter K. Brand Foundation", "organization", "organization", None),
    ("Observatory", "Lakeland Observatory for Civil Rights", "organization", "organization", HEAD_WORDS),
    ("Zenith", "Zenith Pad", "organization", "product", None),          # a maker is not its product
    ("Brand", "Brand Tower", "person", "location", None),              # a person is not the building named after him
    ("Brand", "Walter Brand", "person", "organization", END_OF_NAME),  # the tagger's ORG for a person's name
    ("Brand", "Walter Brand", "organization", "organization", HEAD_WORDS),
    ("Martin", "Orrin Martin Council", "person", "organization", None),
    ("Motors", "Osprey Motors", "organization", "organization", HEAD_WORDS),
    ("Lakeland", "University of Lakeland", "location", "organization", None),
]

# (acronym, full name, rule or None)
ACRONYMS = [
    ("ULC", "Union of Lakeland Cities", ACRONYM),
    ("U.L.C.", "Union of Lakeland Cities", ACRONYM),
    ("ULC", "Ulster Lakes", None),
]


@pytest.mark.parametrize("a, kind_a, b, kind_b, rule", SAME_NAMES)
def test_names_that_are_one_actor(a, kind_a, b, kind_b, rule):
    assert same_name(a, b, kind_a, kind_b) == rule
    assert same_name(b, a, kind_b, kind_a) == rule


@pytest.mark.parametrize("a, kind_a, b, kind_b", DIFFERENT_NAMES)
def test_names_that_stay_two_actors(a, kind_a, b, kind_b):
    assert same_name(a, b, kind_a, kind_b) is None


@pytest.mark.parametrize("short, full, short_kind, full_kind, rule", SHORT_FORMS)
def test_short_forms(short, full, short_kind, full_kind, rule):
    assert short_form(short, full, short_kind, full_kind) == rule


@pytest.mark.parametrize("short, full, rule", ACRONYMS)
def test_acronyms(short, full, rule):
    assert acronym_of(short, full) == rule


# ---------------------------------------------------------------- clustering, one set of rules

def person(name: str, position: int = 0, genders: frozenset = frozenset(), weight: int = 1, label: str = "person") -> Item:
    return Item(name, weight, position, kind_evidence(label, FULL_NAME_LABEL if " " in name else LABEL), genders)


# (items, nearest, expected groups as sorted name tuples)
CLUSTERS = [
    # the NER label never splits an actor; the kind comes from the evidence of all mentions
    ([person("Oksana Hrytsenko"), person("Hrytsenko", 1, label="organization")], True,
     [("Hrytsenko", "Oksana Hrytsenko")]),
    # an honorific's gender keeps "Mr." away from the woman
    ([person("Laura Brand"), person("Walter Brand", 1), person("Brand", 2, frozenset("m"))], True,
     [("Brand", "Walter Brand"), ("Laura Brand",)]),
    ([person("Walter Brand"), person("Laura Brand", 1), person("Brand", 2, frozenset("f"))], True,
     [("Brand", "Laura Brand"), ("Walter Brand",)]),
    # in an article a surname goes to the nearest person before it; across the corpus two fit, so it stays apart
    ([person("Laura Brand"), person("Walter Brand", 5), person("Brand", 6)], True,
     [("Brand", "Walter Brand"), ("Laura Brand",)]),
    ([person("Laura Brand"), person("Walter Brand"), person("Brand")], False,
     [("Brand",), ("Laura Brand",), ("Walter Brand",)]),
    ([person("Walter K. Brand"), person("Brand")], False, [("Brand", "Walter K. Brand")]),
    # ... unless one of them is mentioned far more than all the others together (the story's Brand)
    ([person("Laura Brand", weight=3), person("Walter Brand", weight=60), person("Brand")], False,
     [("Brand", "Walter Brand"), ("Laura Brand",)]),
    ([person("Laura Brand", weight=20), person("Walter Brand", weight=60), person("Brand")], False,
     [("Brand",), ("Laura Brand",), ("Walter Brand",)]),
    ([person("Osprey Motors", label="organization", weight=60), person("Kestrel Motors", label="organization"),
      person("Motors", label="organization")], False,
     [("Kestrel Motors",), ("Motors",), ("Osprey Motors",)]),   # not an organisation's generic word
    # a full name is one actor whatever gender a wrong short form gave it
    ([person("Walter Brand", 0, frozenset("f")), person("Walter Brand", 1, frozenset("m"))], False,
     [("Walter Brand", "Walter Brand")]),
    # ... and then a surname with either honorific may still join it (the corpus's far more mentioned Brand)
    ([person("Walter Brand", 0, frozenset("f"), weight=50), person("Walter Brand", 1, frozenset("m"), weight=50),
      person("Laura Brand", 2, frozenset("f")), person("Brand", 3, frozenset("m"))], False,
     [("Brand", "Walter Brand", "Walter Brand"), ("Laura Brand",)]),
    # two organisations sharing a generic word never merge on it
    ([person("Osprey Motors", label="organization"), person("Kestrel Motors", label="organization"),
      person("Motors", label="organization")], False,
     [("Kestrel Motors",), ("Motors",), ("Osprey Motors",)]),
    ([person("Halvard Motor Corporation", label="organization"), person("Halvard", label="organization"),
      person("Halvard Motor Corp.", label="organization")], False,
     [("Halvard", "Halvard Motor Corp.", "Halvard Motor Corporation")]),
    ([person("Union of Lakeland Cities", label="organization"), person("ULC", label="organization")], False,
     [("ULC", "Union of Lakeland Cities")]),
    # a full name after a word that is no part of it is the far more mentioned person of that name,
    # even where the name itself went to another form of that person ("Walter K. Brand")
    ([person("Walter Brand", weight=60), person("Walter K. Brand", weight=5), person("Tycoon Walter Brand")], False,
     [("Tycoon Walter Brand", "Walter Brand", "Walter K. Brand")]),
    ([person("Walter Brand", weight=60), person("Walter K. Brand", weight=5), person("Walter Brand Wins", weight=2)],
     False, [("Walter Brand", "Walter Brand Wins", "Walter K. Brand")]),   # words after it: a Title Case line
    # ... never a son, whose name says so, however far his father outnumbers him
    ([person("Walter Brand", weight=60), person("Walter K. Brand", weight=5), person("Walter Brand Jr.", weight=2)],
     False, [("Walter Brand", "Walter K. Brand"), ("Walter Brand Jr.",)]),
    # ... never a person of comparable weight: two people, one with a second first name
    ([person("Ann B. Vance", weight=5), person("Ann Vance", weight=5), person("Mary Ann Vance", weight=2)], False,
     [("Ann B. Vance", "Ann Vance"), ("Mary Ann Vance",)]),
]


@pytest.mark.parametrize("items, nearest, expected", CLUSTERS)
def test_clusters(items, nearest, expected):
    groups, owner = cluster(items, nearest)
    found = sorted(tuple(sorted(items[i].name for i in g.items)) for g in groups if g.items)
    assert found == expected


@pytest.mark.parametrize("evidence, kind", [
    # the full name is labelled PERSON once, the surname ORG twice: one-word labels yield to it
    ([("person", FULL_NAME_LABEL), ("organization", LABEL), ("organization", LABEL)], "person"),
    ([("person", FULL_NAME_LABEL), ("organization", FULL_NAME_LABEL), ("organization", FULL_NAME_LABEL)],
     "organization"),
    ([("organization", FULL_NAME_LABEL), ("organization", LABEL), ("person", "title")], "person"),
    ([("person", FULL_NAME_LABEL), ("location", FULL_NAME_LABEL)], "person"),   # a tie goes by KIND_PRECEDENCE
])
def test_the_kind_is_decided_by_the_weight_of_evidence(evidence, kind):
    items = [Item("Oksana Hrytsenko" if source == FULL_NAME_LABEL else "Hrytsenko", 1, k, kind_evidence(label, source))
             for k, (label, source) in enumerate(evidence)]
    groups, _ = cluster(items, True)
    assert [g.kind for g in groups] == [kind]


@pytest.mark.parametrize("names, kind, expected", [
    (Counter({"Walter Brand": 5, "Walter K. Brand": 2, "Brand": 40}), "person", "Walter Brand"),
    (Counter({"ULC": 9, "Union of Lakeland Cities": 1}), "organization", "Union of Lakeland Cities"),
    (Counter({"Halvard": 9, "Halvard Motor Corp.": 1}), "organization", "Halvard Motor Corp."),
    # a longer name written once, its first word no part of the name, never renames the person
    (Counter({"Walter Brand": 60, "Tycoon Walter Brand": 1, "Brand": 30}), "person", "Walter Brand"),
    (Counter({"Youssef Abdel Karim": 2, "Abdel Karim": 3}), "person", "Youssef Abdel Karim"),
    (Counter({"Walter Brand": 40, "Walter Brand Responds To Critics": 1}), "person", "Walter Brand"),
])
def test_the_canonical_name_is_the_most_frequent_full_form(names, kind, expected):
    assert canonical_name(names, kind) == expected


# (names of the corpus's actors as (name, kind), the ones that are pairs of people and no actor)
PAIRS = [
    ([("Nora Vance", P), ("Harold Pike", P), ("Vance-Pike", O)], ["Vance-Pike"]),
    ([("Nora Vance", P), ("Vance-Pike", O)], []),                             # no person called Pike
    ([("Halvard Motors", O), ("Nora Vance", P), ("Halvard-Vance", O)], []),   # Halvard names no person
    ([("Nora Lloyd-Varga", P), ("Tomas Varga", P), ("Ann Lloyd", P), ("Lloyd-Varga", P)], []),   # her own name
]


@pytest.mark.parametrize("names, pairs", PAIRS)
def test_two_people_s_surnames_joined_by_a_hyphen_are_no_actor(names, pairs):
    groups, _ = cluster([person(n, label=kind) for n, kind in names], False)
    assert sorted(n for g in pairs_of_people(groups) for n in groups[g].names) == pairs


@pytest.mark.parametrize("text, slug_", [
    ("Дмитрий Соколов", "дмитрий-соколов"),
    ("Recep Erdoğan", "recep-erdogan"),
    ("李明", "李明"),
    ("محمد علي", "محمد-علي"),
    ("U.N.", "un"),
])
def test_slugs_keep_every_script(text, slug_):
    assert slug(text) == slug_


# ---------------------------------------------------------------- names from the parse

@pytest.fixture(scope="module")
def nlp():
    return load_model()


def names_in(nlp, text: str) -> list[str]:
    return [m.name for m in find_mentions(nlp(text)) if not m.credit]


# (text, a name that must be found, words the found names must not hold)
CLEANED = [
    ("LISBON - Renata Alves said on Monday that the port would reopen.", "Renata Alves", "LISBON"),
    ("FILE - Renata Alves speaks to reporters in Porto.", "Renata Alves", "FILE"),
    ("Praising Tomas Varga once more, the mayor said the bridge would open.", "Tomas Varga", "Praising"),
    ("The tycoon said little. Tycoon Harold Pike told reporters he would buy the club.", "Harold Pike", "Tycoon"),
    ("Ken Ober, The Lakeland Herald: \"He is wrong about the vote.\"", "Ken Ober", "Herald"),
    ("Renata Alves’s plan was rejected by the council on Monday.", "Renata Alves", "’s"),
    ("Mr. Harold Pike said on Monday that he would stay.", "Harold Pike", "Mr."),
    ("Voters Tell Tomas Varga He Must Go Now.\nTomas Varga said he would stay on.", "Tomas Varga", "Tell"),
    ("Tycoon Harold Pike said he would buy the club, the tycoon told reporters.", "Harold Pike", "Tycoon"),
    ("Hotel magnate Harold Pike said he would stay.", "Harold Pike", "magnate"),
    ("\"We will win,\" said Army Capt. Harold Pike, who served twice.", "Harold Pike", "."),
    # a hyphenated name before a noun, its parts naming no one alone, is a name
    ("Nora Lloyd-Varga spoke on Monday. The Lloyd-Varga plan was rejected by the council.", "Lloyd-Varga", "The"),
    ("The mayor, Harold  Pike, said the port would reopen.", "Harold Pike", "mayor"),   # a double space is one
    # what the tokenizer glued to the last word: a possessive with a left quote, a figure after an em dash
    ("The mayor said Tomas Varga‘s plan would fail.", "Tomas Varga", "Varga‘s"),
    ("Tomas Varga beat Renata Alves—52 to 48 percent—in the vote.", "Renata Alves", "Alves—52"),
]


@pytest.mark.parametrize("text, name, not_in_names", CLEANED)
def test_names_are_cleaned_of_what_the_entity_swallowed(nlp, text, name, not_in_names):
    found = names_in(nlp, text)
    assert name in found
    assert not any(not_in_names in n.split() for n in found), found


# (text, a word that is no actor's name)
NOT_ACTORS = [
    ("The Defence ministry said on Monday that defence spending would rise.", "Defence"),
    ("The West must act, he said, as fighting spread west of the river.", "West"),
    ("Rescuers searched the rubble in Aleppo. (Reuters Photo/NNA)", "NNA"),
    ("Crowds refuse to let the rain spoil the parade in Lisbon.", "Crowds"),   # a common noun opening a sentence
    ("Renata Alves and Tomas Varga met. The Alves-Varga race tightened on Monday.", "Alves-Varga"),   # a pair
    # a pair before a noun, one of them not named alone
    ("Tomas Varga spoke. It is the latest example of the failed Alves-Varga foreign policy, he said.", "Alves-Varga"),
    ("Tomas Varga spoke on Monday. He cited the Kessler-Varga policies, which he said had harmed the economy.",
     "Kessler-Varga"),
]


@pytest.mark.parametrize("text, word", NOT_ACTORS)
def test_words_that_are_no_actors(nlp, text, word):
    assert word not in names_in(nlp, text)


def test_credits_are_outlets_not_names(nlp):
    credits = [m.name for m in find_mentions(nlp("Rescuers searched the rubble in Aleppo. (Reuters Photo/NNA)")) if m.credit]
    assert credits == ["Reuters", "NNA"]


@pytest.mark.parametrize("text, roles_must_not_hold", [
    ("Mr. Harold Pike said on Monday that he would stay.", "Mr"),
    ("LISBON (Reuters) - Portuguese President Renata Alves said the port would reopen.", "(Reuters)"),
])
def test_roles_hold_no_honorifics_or_furniture(nlp, text, roles_must_not_hold):
    actors, _ = cluster_mentions(find_mentions(nlp(text)))
    assert all(roles_must_not_hold not in r for a in actors for r in a.roles)


@pytest.mark.parametrize("text, name", [
    ("Harold Pike spoke at Pike Tower on Monday.", "Pike Tower"),   # a building, whoever it is named after
    ("Protesters gathered in Tahrir Square on Friday.", "Tahrir Square"),
])
def test_a_name_headed_by_a_building_or_place_noun_is_a_location(nlp, text, name):
    actors, _ = cluster_mentions(find_mentions(nlp(text)))
    assert {a.name: a.kind for a in actors}[name] == "location"


@pytest.mark.parametrize("text, name, alias", [
    ("The Pike Brothers' Lakeland Records has sued the studio.", "Lakeland Records", "Pike Brothers' Lakeland Records"),
    ("Zenith's Kite Pad sold out on Monday.", "Kite Pad", "Zenith's Kite Pad"),
    ("Mr Varga met Renata Alves. Alves's Tomas Varga spoke later.", "Tomas Varga", None),   # a person is no one's
])
def test_a_company_or_product_written_with_its_owner_keeps_that_form_as_an_alias(nlp, text, name, alias):
    actors, _ = cluster_mentions(find_mentions(nlp(text)))
    [actor] = [a for a in actors if a.name == name]
    owned = sorted(x for x in actor.aliases if "'" in x or "’" in x)
    assert owned == ([alias] if alias else [])


@pytest.mark.parametrize("text, products", [
    ("Zenith launched the Zenith Pad 3 on Monday and the new Kite 7G on Friday.", ["Kite 7G", "Zenith Pad 3"]),
    ("Polls put Tomas Varga 52, Renata Alves 48.", []),
])
def test_a_name_with_a_model_number_is_a_product(nlp, text, products):
    actors, _ = cluster_mentions(find_mentions(nlp(text)))
    assert sorted(a.name for a in actors if a.kind == "product") == products


def test_a_capital_inside_a_sentence_is_a_name_whatever_the_common_word(nlp):
    text = "The bill passed on Monday. Later Bill Vance said the bill was fair."
    assert "Bill Vance" in names_in(nlp, text)


def test_mr_and_mrs_go_to_the_pike_a_pronoun_was_said_of(nlp):
    text = ("Harold Pike said he was tired after the flight. Nora Pike said she was not. "
            "Mr. Pike left early. Mrs. Pike stayed for the dinner.")
    actors, _ = cluster_mentions(find_mentions(nlp(text)))
    aliases = {a.name: a.aliases for a in actors}
    assert "Mr. Pike" in aliases["Harold Pike"] and "Mrs. Pike" in aliases["Nora Pike"]


# ---------------------------------------------------------------- across articles

def build(tmp_path: Path, articles: list[tuple[str, str]], aliases: Path | None = None, source: str = "Lakeland Post"):
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles:
        (folder / f"{name}.txt").write_text(f"---\npublished: {DAY}\nsource: {source}\n---\n{text}\n")
    from dateline.pipeline import build as run
    return run([folder], aliases=aliases)


def nodes(g, label: str) -> dict[str, dict]:
    return {n: d for n, d in g.nodes(data=True) if d["label"] == label}


CYRILLIC = ["Игорь Савин", "Сергей Волков", "Наталья Козлова", "Елена Соколова"]
LATIN = ["Harold Pike", "Nora Pike", "Pike Holdings"]


def test_names_in_any_script_and_clashing_slugs_keep_their_own_nodes_and_statements(tmp_path):
    said = {name: f"the {word} plan has failed" for name, word in
            zip(CYRILLIC + LATIN + ["Pike"], ["river", "harbour", "tunnel", "bridge", "rail", "canal", "airport", "school"])}
    texts = [(f"c{k}", f"{name} said on Monday that {said[name]}.") for k, name in enumerate(CYRILLIC)]
    texts += [("l0", f"Harold Pike said on Monday that {said['Harold Pike']}."),
              ("l1", f"Nora Pike said on Monday that {said['Nora Pike']}."),
              ("l2", f"Pike Holdings said on Monday that {said['Pike Holdings']}."),
              ("l3", f"Mr. Pike said on Monday that {said['Pike']}.")]
    g = build(tmp_path, texts)
    statements = nodes(g, "Statement")
    by_speaker = {}
    for s, d in statements.items():
        [speaker] = [u for u, _, k in g.in_edges(s, keys=True) if k == "SAID"]
        by_speaker.setdefault(speaker, []).append(d["text"])
    assert len(by_speaker) == 8, by_speaker
    for name, words in said.items():
        [node] = [n for n, d in g.nodes(data=True) if d.get("name") == name]
        assert [t for t in by_speaker[node]] == [words]


def test_a_pair_of_people_the_corpus_names_apart_is_no_actor(tmp_path):
    g = build(tmp_path, [("a1", "Nora Vance said on Monday that the plan had failed."),
                         ("a2", "Harold Pike said on Tuesday that the vote was lost."),
                         ("a3", "Critics recalled the Vance-Pike years on Monday.")])
    names = {d["name"] for d in nodes(g, "Actor").values()}
    assert {"Nora Vance", "Harold Pike"} <= names and "Vance-Pike" not in names


def test_an_id_does_not_move_when_a_later_article_adds_the_full_name(tmp_path):
    first = [("a1", "Annor met Kessler in Lisbon on Monday. Annor said the talks were useful for both sides.")]
    later = first + [("a2", "Kwame Annor, the envoy, arrived in Lisbon on Sunday for the talks.")]
    g1 = build(tmp_path / "1", first)
    g2 = build(tmp_path / "2", later)
    assert set(g1.nodes) - {n for n in g1 if n.startswith("article:")} <= set(g2.nodes)
    assert g2.nodes["actor:annor"]["name"] == "Kwame Annor"


ALIAS_YAML = """\
- name: Walter Brand
  kind: person
  aliases: [Brand]
- name: Laura Brand
- name: Lakeland Post
  drop: true
"""


def test_an_alias_file_merges_splits_and_drops(tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(ALIAS_YAML)
    texts = [("a1", "Walter Brand said on Monday that the vote was lost."),
             ("a2", "Brand said on Tuesday that the count was wrong."),
             ("a3", "Laura Brand said on Monday that the vote was close."),
             ("a4", "The Lakeland Post said on Monday that the result was late.")]
    g = build(tmp_path, texts, aliases)
    names = {d["name"]: d for d in nodes(g, "Actor").values()}
    assert {"Brand", "Walter Brand"} <= set(names["Walter Brand"]["aliases"])
    assert "Brand" not in names["Laura Brand"]["aliases"]
    assert "Lakeland Post" not in names
    assert not any(d["speaker"] == "Lakeland Post" for d in nodes(g, "Statement").values())


@pytest.mark.parametrize("suffix, text", [
    (".csv", "name,kind,aliases,drop\nWalter Brand,person,Brand|W. Brand,\nLakeland Post,,,yes\n"),
    (".yaml", "- name: Walter Brand\n  kind: person\n  aliases: [Brand, W. Brand]\n- name: Lakeland Post\n  drop: yes\n"),
])
def test_alias_files_in_csv_and_yaml_read_alike(tmp_path, suffix, text):
    path = tmp_path / f"aliases{suffix}"
    path.write_text(text)
    entries = read_alias_file(path).entries
    assert [(e.name, e.kind, e.aliases, e.drop) for e in entries] == [
        ("Walter Brand", "person", ("Brand", "W. Brand"), False), ("Lakeland Post", None, (), True)]


@pytest.mark.parametrize("text", ["- name: X\n  kind: planet\n", "name: X\n", "- kind: person\n"])
def test_a_bad_alias_file_is_a_clear_error(tmp_path, text):
    path = tmp_path / "aliases.yaml"
    path.write_text(text)
    with pytest.raises(AliasFileError, match="aliases.yaml"):
        read_alias_file(path)


def test_places_and_outlets(tmp_path):
    texts = [("a1", "LISBON (Reuters) - Maria Costa met Tomas Varga in Porto on Monday. "
                    "Costa said Porto would host the next round."),
             ("a2", "Tomas Varga flew to Porto on Sunday. (AP Photo/Lusa)")]
    g = build(tmp_path, texts)
    names = [d["name"] for d in nodes(g, "Actor").values()]
    assert names.count("Porto") == 1 and g.nodes["place:porto"]["kind"] == "location"   # one node, held-in and actor
    outlets = sorted(d["name"] for d in nodes(g, "Outlet").values())
    assert outlets == ["AP", "Lakeland Post", "Lusa", "Reuters"]
    published = sorted((u, v) for u, v, k in g.edges(keys=True) if k == "PUBLISHED_BY")
    assert ("article:a1", "outlet:reuters") in published and ("article:a2", "outlet:lusa") in published
    assert not {"Reuters", "AP", "Lusa"} & {d["name"] for d in nodes(g, "Actor").values()}


# ---------------------------------------------------------------- Neo4j: a later build leaves no duplicates

from test_neo4j import empty, local_server, neo4j, snapshot  # noqa: E402,F401  (the real server of test_neo4j)


def test_a_build_then_a_build_with_one_more_article_leave_exactly_the_second_graph_in_neo4j(empty, tmp_path):
    from dateline.exports.neo4j_load import load_graph

    first = [("a1", "Annor met Kessler in Lisbon on Monday. Annor said the talks were useful for both sides.")]
    later = first + [("a2", "Kwame Annor, the envoy, met Kessler in Lisbon on Monday for the talks. "
                            "Annor said the talks were useful for both sides.")]
    load_graph(build(tmp_path / "1", first), **empty)
    g2 = build(tmp_path / "2", later)
    load_graph(g2, **empty)
    nodes, relationships = snapshot(empty)
    assert set(nodes) == set(g2.nodes)
    assert sorted((t, s, d) for t, s, d, _ in relationships) == sorted((k, u, v) for u, v, k in g2.edges(keys=True))
    assert nodes["actor:annor"][1]["name"] == "Kwame Annor"


def test_a_meeting_place_is_the_location_actor_of_that_name(tmp_path):
    texts = [("a1", "DEIR AL-ZOUR -- Maria Costa met Tomas Varga in Deir al-Zour on Monday. "
                    "Costa said Deir al-Zour was calm.")]
    g = build(tmp_path, texts)
    places = {n: d for n, d in g.nodes(data=True) if d["label"] == "Actor" and d["kind"] == "location"}
    held = {v for u, v, k in g.edges(keys=True) if k == "HELD_IN"}
    assert held and held <= set(places)
    assert len([d for d in places.values() if "Deir" in d["name"]]) == 1


def test_a_namesake_found_later_does_not_move_the_id(tmp_path):
    first = [("a1", "Walter Hughes said on Monday that the vote was lost. Hughes said he would appeal.")]
    later = first + [("a2", "Laura Hughes said on Tuesday that the count was fair.")]
    g1, g2 = build(tmp_path / "1", first), build(tmp_path / "2", later)
    assert g1.nodes["actor:hughes"]["name"] == g2.nodes["actor:hughes"]["name"] == "Walter Hughes"
    assert g2.nodes["actor:hughes-laura"]["name"] == "Laura Hughes"


def test_actors_described_not_named_are_their_articles_own(tmp_path):
    g = build(tmp_path, [("a1", "Troops shelled the town of Varna on Monday, killing 20 people."),
                         ("a2", "Troops shelled the port of Burgas on Tuesday.")])
    troops = [n for n, d in nodes(g, "Actor").items() if d["name"] == "Troops"]
    assert len(troops) == 2 and all(g.nodes[n]["unnamed"] and n.startswith("actor:unnamed-") for n in troops)

"""Statements: the attribution shapes of news (tables of text -> (speaker, what was said))."""
from __future__ import annotations

from pathlib import Path

import pytest

import dateline

PUBLISHED = "2016-03-01"


def build(tmp_path: Path, text: str) -> "dateline.nx.MultiDiGraph":
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ap.txt").write_text(f"---\npublished: {PUBLISHED}\nsource: AP\n---\n{text}\n")
    return dateline.build([folder])


def said(g) -> list[tuple[str, str]]:
    return sorted((d["speaker"], d["text"]) for _, d in g.nodes(data=True) if d["label"] == "Statement")


ATTRIBUTIONS = [
    # verbs of saying whose object is what was said
    ("Donald Trump says outrageous things about rivals.", [("Donald Trump", "outrageous things about rivals")]),
    ("Donald Trump described the deal as a disaster.", [("Donald Trump", "the deal as a disaster")]),
    ("Hillary Clinton pledged a tougher line on trade.", [("Hillary Clinton", "a tougher line on trade")]),
    ("Donald Trump accused Hillary Clinton of lying about the emails.",
     [("Donald Trump", "Hillary Clinton of lying about the emails")]),
    ("Grandi welcomed the EU's financial contribution to support Turkey.",
     [("Grandi", "the EU's financial contribution to support Turkey")]),
    # a naming verb is a statement only with what it calls its object
    ("Donald Trump called the deal a disaster. Later Trump called a meeting.",
     [("Donald Trump", "the deal a disaster")]),
    # the object of a verb's preposition; an infinitive
    ("Bernie Sanders referred to the deal as a mistake.", [("Bernie Sanders", "the deal as a mistake")]),
    ("Donald Trump has vowed to build a wall.", [("Donald Trump", "to build a wall")]),
    # a quoted clause the parser took for a subject of the cue is what was said, never who said it
    ("Donald Trump spoke in Miami on Friday. “Happy Cinco de Mayo!,” he tweeted later.",
     [("Donald Trump", "Happy Cinco de Mayo!")]),
    # beliefs and findings (README, Statements)
    ("Officials believe the attack was planned.", [("Officials", "the attack was planned")]),
    # a document speaks for the publisher it names; else it is an unnamed source
    ("A new Quinnipiac poll showed that Clinton leads by five points.",
     [("Quinnipiac", "Clinton leads by five points")]),
    ("A new poll showed that Clinton leads by five points.", [("new poll", "Clinton leads by five points")]),
    ("Clinton leads by five points, according to recent polls.", [("recent polls", "Clinton leads by five points")]),
    # descriptions and groups are sources; "it" and "they" stand for the source before
    ("A spokesman for the State Department said the talks would resume.",
     [("spokesman for the State Department", "the talks would resume")]),
    ("The Clinton campaign said it would appeal. It said the ruling was wrong.",
     [("Clinton campaign", "it would appeal"), ("Clinton campaign", "the ruling was wrong")]),
    ("Critics said he was playing a spoiler. They say the party needs a new leader.",
     [("Critics", "he was playing a spoiler"), ("Critics", "the party needs a new leader")]),
    # headlines and transcript lines
    ("Bernie Sanders spoke in Iowa.\n\nSanders: The system is rigged", [("Bernie Sanders", "The system is rigged")]),
    ("Tim Kaine debated Mike Pence.\n\nMR. KAINE: Well, I think we should talk about the economy.",
     [("Tim Kaine", "Well, I think we should talk about the economy")]),
    ("Note: This story has been updated.", []),
    ("Ted Cruz: \u2018Assaulting A Reporter Is A Fireable Offense.\u2019\n\nTed Cruz spoke on Tuesday.",
     [("Ted Cruz", "Assaulting A Reporter Is A Fireable Offense")]),
    # a scare quote inside a longer attribution is not the whole content
    ('Her talk of "fair trade" won them over, Bernie Sanders said.',
     [("Bernie Sanders", 'Her talk of "fair trade" won them over')]),
    # a quote after the cue is said by the same speaker; not across a speaker introduced in between
    ('"We will win in Indiana," Ted Cruz said, adding: "I would enthusiastically welcome his support."',
     [("Ted Cruz", "I would enthusiastically welcome his support"), ("Ted Cruz", "We will win in Indiana")]),
    ('"We will win," Donald Trump said. Ted Cruz disagreed. "This is not going to happen in Iowa."',
     [("Donald Trump", "We will win")]),
    # a quotation carries on the last quoted words, not a statement told in between
    ('"We are going to win so much," Donald Trump said, after the networks declared him the winner. '
     '"You will be so happy."', [("Donald Trump", "We are going to win so much"), ("Donald Trump", "You will be so happy"),
                                 ("networks", "him the winner")]),
    # a quotation opening the paragraph after a quoted statement runs on in the same voice
    ('"We will win this state in the fall," Jane Roe said.\n\n"Nobody can stop us now, not even the party."',
     [("Jane Roe", "Nobody can stop us now, not even the party"), ("Jane Roe", "We will win this state in the fall")]),
    # ... not one with a cue of its own after it, even one whose speaker is not found
    ("Brad Thor countered that he would run as a third-party candidate.\n\n"
     "“Imagine a third candidate on the same stage,” mused the evening.",
     [("Brad Thor", "he would run as a third-party candidate")]),
    # a quoted sentence before a cue whose colon introduces a quotation is not what it says
    ("''We are refugees,'' Breshna Alawee said. ''We are not terrorists.'' Abdullah Zahed said: ''The fire that "
     "broke out today is the work of arsonists.''",
     [("Abdullah Zahed", "The fire that broke out today is the work of arsonists"),
      ("Breshna Alawee", "We are not terrorists"), ("Breshna Alawee", "We are refugees")]),
    # a quotation carries on the statement just before it in the text, a carried quotation included
    ('"We will win this state," Jane Roe said. "They told me we had no chance." Her manager, John Doe, was upbeat. '
     '"This is a big night for us," Doe said. "It is a three-person race now."',
     [("Jane Roe", "They told me we had no chance"), ("Jane Roe", "We will win this state"),
      ("John Doe", "It is a three-person race now"), ("John Doe", "This is a big night for us")]),
    # a cue with a clause of its own after it does not say the quotation ending the sentence before
    ('"It is a very bad day," Ted Cruz told reporters. "This is the result of the habits of the '
     'party." Ohio Gov. John Kasich said he would have sacked the chairman.',
     [("John Kasich", "he would have sacked the chairman"), ("Ted Cruz", "It is a very bad day"),
      ("Ted Cruz", "This is the result of the habits of the party")]),
    # a verb carrying on says more of the cue it is joined to, not of another cue in its sentence
    ("Nancy Pelosi dismissed Mitch McConnell's claims that the bill wasted money, saying the "
     "McConnell office chose not to read the same report.",
     [("Mitch McConnell", "the bill wasted money"),
      ("Nancy Pelosi", "the McConnell office chose not to read the same report")]),
    # any cue verb carrying on after another says a statement of its own, cut from the first
    ("Paul Ryan said the party must be a party of ideas, and has championed an agenda of cuts in Medicare.",
     [("Paul Ryan", "an agenda of cuts in Medicare"), ("Paul Ryan", "the party must be a party of ideas")]),
    # ... or by a preposition ("while praising")
    ('Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary Clinton as a "work horse."',
     [("Gwen Graham", "Donald Trump as divisive"), ("Gwen Graham", 'Hillary Clinton as a "work horse"')]),
    # what the writer adds after an object is not what was said: a relative clause set off by punctuation,
    # a clause joined on with a subject of its own
    ("Donald Trump identified the judge as “Spanish,” which is what some erroneously call people who speak Spanish.",
     [("Donald Trump", "the judge as “Spanish”")]),
    ("Boos rained down when Donald Trump mentioned the former secretary of state, and at one point the crowd "
     "loudly reprised the chant.", [("Donald Trump", "the former secretary of state")]),
    # dismissing someone as something describes them; dismissing a thing is a rejection, an event
    ("Ted Cruz keeps dismissing them as part of the “Washington cartel.”",
     [("Ted Cruz", "them as part of the “Washington cartel”")]),
    ("The Sanders campaign dismissed the report.", []),
    # a headline's endorsement; a one-word sentence quoted as said
    ("Bernie Sanders Finally Endorses Senator Elizabeth Warren", [("Bernie Sanders", "Senator Elizabeth Warren")]),
    ("Co-anchor Norah O’Donnell, who was off-screen, then loudly asked, “Really?”", [("Norah O’Donnell", "Really?")]),
    # pressing and pushing someone to do something are appeals
    ("Paul Manafort pressed Viktor Yanukovych to sign the trade agreement, which Vladimir Putin vehemently opposed.",
     [("Paul Manafort", "Viktor Yanukovych to sign the trade agreement")]),
    # a speech named but not told says nothing; what a promise or defence delivered says is its own
    ("Amanda Stone delivers a superb speech onstage at the gala.", []),
    ("Hillary Clinton delivered a message Sunday that resonates for many mayors.", []),
    ("Elizabeth Warren delivered a forceful promise to strengthen labor unions.",
     [("Elizabeth Warren", "to strengthen labor unions")]),
    ("The banks, instead of building wealth, delivered the deepest slump in a generation.", []),
    # asking, pressing and warning for or against something in public; not for how long
    ("Democrats have pushed for new negotiations on the bill.", [("Democrats", "new negotiations on the bill")]),
    ("Angela Merkel warned against the forces of hate in Germany.", [("Angela Merkel", "the forces of hate in Germany")]),
    ("The climate deal he pushed for nearly a decade to accomplish happened on his watch.", []),
    # a name a word governs before a colon is no caption of the quotation after it
    ('Looking back, Karl Rove, an adviser to Bush, said of McCain: "The question is, will he say so? Will he '
     'stand behind the party?"',
     [("Karl Rove", "The question is, will he say so? Will he stand behind the party?")]),
    # attacks taken at someone, mentions and references made, words echoed, apologies, arguments pointed to
    ("Jane Roe also took multiple swipes at her rival John Doe.", [("Jane Roe", "her rival John Doe")]),
    ("Bernie Sanders is taking aim at the billionaire class and super PACs.",
     [("Bernie Sanders", "the billionaire class and super PACs")]),
    ("The win in Ohio gave Jane Roe a big shot of momentum against John Doe.", []),
    ("In a town hall in Brooklyn, Hillary Clinton took some shots at Sanders, particularly on his plan.",
     [("Hillary Clinton", "Sanders")]),
    ("Jane Roe spoke in Ohio. John Doe took a swipe at her on Tuesday.", []),
    ("Donald Trump made no mention of God, religion or his faith.", [("Donald Trump", "God, religion or his faith")]),
    ("Hillary Clinton also made a reference to James Comey's testimony on the emails.",
     [("Hillary Clinton", "James Comey's testimony on the emails")]),
    ("On Sunday, Donald Trump even echoed Vladimir Putin's justification of the annexation.",
     [("Donald Trump", "Vladimir Putin's justification of the annexation")]),
    ("Ted Cruz did not apologize for his remarks made last summer.", [("Ted Cruz", "his remarks made last summer")]),
    # a noun of saying beside its owner names what was said without telling it
    ("A ministry spokesman, Jihad Makdisi, echoed Mr Annan's comments, writing on Twitter that the talks had been good.",
     [("Jihad Makdisi", "the talks had been good")]),
    ("Joe Biden is pointing to a speech McConnell gave at the chamber of commerce.",
     [("Joe Biden", "a speech McConnell gave at the chamber of commerce")]),
    ("Nancy Pelosi on Monday pummeled Mitch McConnell as reckless.", [("Nancy Pelosi", "Mitch McConnell as reckless")]),
    # a clause joined on with a speaker and a speech verb of its own is a statement of its own
    ("Jane Doe said the case lacked intent, whereas John Roe acknowledged that he knew the rules.",
     [("Jane Doe", "the case lacked intent"), ("John Roe", "he knew the rules")]),
    # a speech verb carrying on after another says a statement of its own; a purpose says nothing more
    ("Maria Lopez said the plan was fair and insisted that the vote would pass.",
     [("Maria Lopez", "the plan was fair"), ("Maria Lopez", "the vote would pass")]),
    ("John Smith said the new tax had kept families safe before claiming that the budget was balanced.",
     [("John Smith", "the budget was balanced"), ("John Smith", "the new tax had kept families safe")]),
    ("Anna Berg said she was there to see the vote.", [("Anna Berg", "she was there to see the vote")]),
    # curly quotes closed and reopened by straight ones; a question put after a quote
    ('\u201cI heard parts of his speech," Donald Trump said. "He wants to give away our country.\u201d',
     [("Donald Trump", "He wants to give away our country"), ("Donald Trump", "I heard parts of his speech")]),
    ("''Why do the richest Americans pay lower rates than you do?'' Hillary Clinton asked.",
     [("Hillary Clinton", "Why do the richest Americans pay lower rates than you do?")]),
    # a quote opened by one kind of mark and closed by the other; a passive's source after "by"
    ('"We should have stayed in the big cities,\u201d Eric Woolson said of the campaign.',
     [("Eric Woolson", "We should have stayed in the big cities")]),
    ("Bernie Sanders was asked by John Dickerson whether his aim was a revolution.",
     [("John Dickerson", "whether his aim was a revolution")]),
    ("Donald Trump described the city as beset by crime.", [("Donald Trump", "the city as beset by crime")]),
    ("Joe Biden has described the gala as Hollywood praising itself.",
     [("Joe Biden", "the gala as Hollywood praising itself")]),
    # a cue and its subject set off by commas inside the clause it reports, however it was parsed
    ("That kind of commentary, Harold Pike claimed, breaks the party's own code of conduct.",
     [("Harold Pike", "That kind of commentary, Harold Pike claimed, breaks the party's own code of conduct")]),
    # verbs with a particle of saying ('the talks broke down' tells nothing)
    ("Nancy Pelosi pointed out that the bill had passed twice.", [("Nancy Pelosi", "the bill had passed twice")]),
    ("Bernie Sanders ticked off a list of his accomplishments.", [("Bernie Sanders", "a list of his accomplishments")]),
    ("Marco Rubio lashed out at the media for its coverage.", [("Marco Rubio", "the media for its coverage")]),
    ("The talks broke down on Monday.", []),
    # a quote after a later cue with a subject of its own is that cue's
    ('Mitt Romney criticized the tax plan of the governor, and John Kasich said: "We will not pass this bill in the Senate."',
     [("John Kasich", "We will not pass this bill in the Senate"), ("Mitt Romney", "the tax plan of the governor")]),
    # quotes marked by two apostrophes
    ("''We will win the state,'' Daniel Ortiz said. ''Nobody can stop us now.''",
     [("Daniel Ortiz", "Nobody can stop us now"), ("Daniel Ortiz", "We will win the state")]),
    # shapes the parser reads apart: a name left without its verb, a clause hung on "in a statement"
    ("Alarmed by the protests in Ohio, Senator Paul Grant, the majority leader, said that he spoke with the governor.",
     [("Paul Grant", "he spoke with the governor")]),
    ("Laura Kim, a spokeswoman for the Ohio Democratic Party, said in a statement that the team would work with the police.",
     [("Laura Kim", "the team would work with the police")]),
    ("As The Boston Globe reported, the mayor is the top recipient of donations from the industry.",
     [("Boston Globe", "the mayor is the top recipient of donations from the industry")]),
    ('Donald Trump called the system "rigged" on Tuesday.', [("Donald Trump", 'the system "rigged" on Tuesday')]),
    # the name among a verb's subjects as parsed; a document speaks for who filed or sent it
    ('"The candidates just do not understand the military," said Army Capt. Christian Pardo.',
     [("Christian Pardo", "The candidates just do not understand the military")]),
    ("The charge cannot be proved, according to a court document filed by state attorney Dave Aronberg.",
     [("Dave Aronberg", "The charge cannot be proved")]),
    # a participle hung on a document is the document's, which speaks for who issued it
    ("The Holocaust Memorial Museum issued a report charging that the group committed genocide.",
     [("Holocaust Memorial Museum", "the group committed genocide")]),
    # a quote before its cue never holds its speaker
    ('"We have had better conventions than this one," Texas delegate Bill Moss, wearing a cowboy hat and "Cruz" pins, said.',
     [("Bill Moss", "We have had better conventions than this one")]),
    # verbs that tell speech only beside a quotation, said by a person
    ('"The first loser of such a policy would be the United States," Vicente Fox continued.',
     [("Vicente Fox", "The first loser of such a policy would be the United States")]),
    ('The fighting continued as rebels shouted "We will win this war tonight."', []),
    ("“What a day!” beamed Martha Kline of Dayton, Ohio.", [("Martha Kline", "What a day!")]),
    ("The crowd shouted as the candidates arrived.", []),
    # a demand or a request by someone that ...; a word referenced beside a quotation
    ("One obstacle is a demand, by House Minority Leader Nora Vance, that the budget include more money "
     "for rural schools.",
     [("Leader Nora Vance", "the budget include more money for rural schools")]),
    ("“They are advertising against me in Iowa as we speak,” Hillary Clinton said, referencing a super PAC called Future45.",
     [("Hillary Clinton", "They are advertising against me in Iowa as we speak"),
      ("Hillary Clinton", "a super PAC called Future45")]),
    # what a naming verb calls its object, as parsed; a gerund clause; one of several prepositions
    ("Bernie Sanders called her fallen son her hero.", [("Bernie Sanders", "her fallen son her hero")]),
    ("Ben Carson also suggested rallying NATO allies.", [("Ben Carson", "rallying NATO allies")]),
    ("Donald Trump spoke favorably of Vladimir Putin's leadership.", [("Donald Trump", "Vladimir Putin's leadership")]),
    ("Karl Rove vouched for both of the new data engineers.", [("Karl Rove", "both of the new data engineers")]),
    ("Paul Ryan endorsed Donald Trump in June.", [("Paul Ryan", "Donald Trump")]),
    ("Donald Trump spoke in Ohio. Paul Ryan endorsed him in June.", []),
    # criticism and praise of someone, even one name, is a stance taken in public
    ("Vladimir Putin chides Turkey at his news conference.", [("Vladimir Putin", "Turkey")]),
    ("Ted Cruz is trumpeting an anti-establishment message like Donald Trump's.",
     [("Ted Cruz", "an anti-establishment message like Donald Trump's")]),
    ("Jeb Bush faulted Barack Obama for the deal.", [("Jeb Bush", "Barack Obama for the deal")]),
    ("Donald Trump continued to portray the new immigrants as violent criminals.",
     [("Donald Trump", "the new immigrants as violent criminals")]),
    # a noun of saying with a named possessor ("his attacks" names no one)
    ("Bernie Sanders spoke in Iowa. Sanders' call for a political revolution won over young voters.",
     [("Bernie Sanders", "a political revolution")]),
    ("Bernie Sanders spoke in Iowa. His attacks on the billionaire class won him votes.", []),
    ("That might sound strange to anyone listening to FBI Director James Comey's statement on Tuesday morning.", []),
    # an object with whom or what it was said to or of (not when)
    ("Hillary Clinton tweeted congratulations to Bernie Sanders on Tuesday.",
     [("Hillary Clinton", "congratulations to Bernie Sanders")]),
    # light verbs that tell speech through their noun ('made a deal' tells nothing)
    ("Hillary Clinton made the case that the economy needs new rules.",
     [("Hillary Clinton", "the economy needs new rules")]),
    ("Paul Ryan made it clear that he would not support the plan.", [("Paul Ryan", "he would not support the plan")]),
    ("Donald Trump makes no apologies for his harsh words about the judge.",
     [("Donald Trump", "his harsh words about the judge")]),
    ("Donald Trump made a deal with the bank last year.", []),
    # an endorsement is declared support
    ("Senator Tom Carper endorsed the former secretary's bid.", [("Tom Carper", "the former secretary's bid")]),
    # casting someone as something, criticism, forecasts
    ("Ted Cruz cast himself as a Washington outsider.", [("Ted Cruz", "himself as a Washington outsider")]),
    ("Governor Rick Scott blasted Congress for the cuts.", [("Rick Scott", "Congress for the cuts")]),
    ("Vladimir Putin forecast that the economy would soon rebound.", [("Vladimir Putin", "the economy would soon rebound")]),
    # what a thing does to its object is no one's words; a description of people or a body speaks
    ("Global trade offers undeniable benefits to the region.", []),
    # what is shown is not said; a video that says something speaks for who released it
    ("On May 5, Donald Trump posted a photo of himself online eating a taco bowl.", []),
    ('In selling the courses, Donald Trump released a marketing video that said, "We are going to have the best '
     'professors."', [("Donald Trump", "We are going to have the best professors")]),
    ("Hillary Clinton answered with a passion that suggested the question was out of line.", []),
    ("The new law says that voters must show an ID at the polls.", [("new law", "voters must show an ID at the polls")]),
    ("Local officials praised the quick work of the firefighters.",
     [("Local officials", "the quick work of the firefighters")]),
    # an object of one word names what was talked about; a title in quotes is no one's words
    ("The Sanders campaign denied the report.", []),
    ('"We cannot do it alone," Marco Rubio said on "This Week With George Stephanopoulos."',
     [("Marco Rubio", "We cannot do it alone")]),
    ("The race has seen candidates stumble in the polls.", []),
    ("Given his record, it is safe to say that he will lose the state.", []),
    ("That is something that worries the party's leaders in the Senate.", []),
    ("The shift prompted Anderson Cooper to accuse the governor of hypocrisy on the air.",
     [("Anderson Cooper", "the governor of hypocrisy on the air")]),
    # answering a request tells nothing of the answer; talking with gusto says no clause
    ("The Clinton campaign did not respond to a request for comment.", []),
    ("Donald Trump spoke with such gusto it sounded as though he were screaming.", []),
    ("A majority of voters believe the economy is improving.",
     [("majority of voters", "the economy is improving")]),
    # a participle ending the sentence with what came of it is the writer's
    ("The group has begun urging its members to join the protest, raising fears of violence.",
     [("group", "its members to join the protest")]),
    # the writer and the reader are no sources
    ("If you think that the race is over, look again.", []),
]


@pytest.mark.parametrize("text, expected", ATTRIBUTIONS)
def test_attributions(tmp_path, text, expected):
    assert said(build(tmp_path, text)) == expected


def test_an_unnamed_source_is_one_node_of_its_article_linked_to_its_organisation(tmp_path):
    g = build(tmp_path, "A spokesman for the State Department said the talks would resume. "
                        "A spokesman for the State Department said later that no date was set.")
    (node,) = [n for n, d in g.nodes(data=True) if d.get("unnamed")]
    assert g.nodes[node]["name"] == "spokesman for the State Department"
    assert "spokesman" in g.nodes[node]["aliases"]
    assert [g.nodes[v]["name"] for _, v, k in g.out_edges(node, keys=True) if k == "SPEAKS_FOR"] == ["State Department"]
    assert len([v for _, v, k in g.out_edges(node, keys=True) if k == "SAID"]) == 2

"""Attribution lexicon: the words that tell that someone said, believes or found something, and
where what was said lies. Language data only; the rules that read it are in
``dateline.graph.finders.statement``. Each group says why its words are in it.

Where the content of a cue lies (a cue may allow several):
- CLAUSE: its clausal complement or a quotation beside it ("said (that) the talks failed");
- OBJECT: its direct object, with what the object is called ("described the deal as a
  disaster", "called the deal a disaster", "accused Clinton of lying");
- INFINITIVE: its infinitive, with the object before it ("vowed to fight", "urged X to go");
- a preposition: the object of that preposition ("referred to the deal as a mistake").
"""
from __future__ import annotations

from dataclasses import dataclass

CLAUSE, OBJECT, INFINITIVE = "clause", "object", "infinitive"


@dataclass(frozen=True)
class CueGroup:
    words: frozenset[str]
    content: tuple[str, ...]
    speech: bool          # a verb of saying: it dates a statement told in the sentence after, and tells
                          # other finders that the clause under it is reported (frames.reporter)
    reason: str


def _group(words: str, content: tuple[str, ...], speech: bool, reason: str) -> CueGroup:
    return CueGroup(frozenset(words.split()), content, speech, reason)


CUE_GROUPS = (
    _group("say tell add state write reply respond answer explain note remark comment observe recall report "
           "declare assert argue contend maintain insist stress emphasise emphasize reiterate repeat caution "
           "warn echo tweet post testify joke quip complain lament boast brag concede admit acknowledge "
           "confirm deny claim allege predict forecast announce suggest hint mention proclaim counter retort "
           "concur agree disagree swear vow promise pledge guarantee assure muse opine scoff marvel gush imply charge",
           (CLAUSE,), True,
           "verbs of saying: what follows them as a clause or a quotation is what was said"),
    _group("vow promise pledge threaten refuse decline agree offer swear",
           (INFINITIVE,), False,
           "commitments told with an infinitive: 'vowed to fight on' says what the speaker undertook"),
    _group("urge warn tell ask call caution advise encourage implore beg press push",
           (INFINITIVE,), True,
           "appeals: 'urged Mr Assad to embrace change' tells whom and what; the object is part of it"),
    _group("ask wonder question",
           (CLAUSE,), False,
           "questions: 'asked whether the talks would resume' reports a question that was put"),
    _group("say describe call label brand dub term accuse blame praise criticize criticise condemn denounce "
           "tout mention reference cite express pledge promise vow deny announce propose demand "
           "acknowledge concede reiterate repeat predict recommend",
           (OBJECT,), False,
           "verbs of saying whose object is what was said ('says racist things', 'pledged a tougher line on trade', "
           "'expressed concern about the vote', 'called the deal a disaster')"),
    _group("welcome hail herald applaud defend lament bemoan decry recount recite note explain outline echo trumpet "
           "question dispute champion pitch urge offer stress emphasize emphasise underline highlight", (OBJECT,), False,
           "verbs of a stance taken in words: 'welcomed the EU's contribution', 'defended the incident' "
           "tell what the source said of its object (a one-word object such as a person is not kept)"),
    _group("endorse", (OBJECT,), False,
           "endorsements: 'endorsed Hillary Clinton's bid' is declared support, said in public (the same "
           "words are also a SUPPORT event of their own; 'supports a ban' is a stance, not a statement)"),
    _group("rebut refute release unveil list identify name submit tweet post retweet share",
           (OBJECT,), False,
           "words put out: 'released a statement on the vote', 'tweeted a warning to his rivals' (a "
           "one-word object such as a person is not kept; opposing and rejecting are events of their "
           "own kinds, REJECT, not statements)"),
    _group("cast portray paint depict characterize characterise frame dismiss", (OBJECT,), False,
           "descriptions of someone as something: 'cast himself as a Washington outsider', 'painted "
           "Clinton as a guardian of the status quo', 'dismissed them as part of the Washington cartel' (only "
           "with what the object is cast as: see NAMING_VERBS; 'dismissed the report' is a rejection, an event)"),
    _group("blast slam lambaste chide scold rebuke berate mock ridicule deride assail pummel savage bash trash "
           "fault thank",
           (OBJECT,), False,
           "criticism and thanks told of their object: 'blasted Congress for the cuts', 'thanked him for "
           "his efforts' (criticism even of one name: see WHOLE_OBJECT_CUES)"),
    _group("see consider regard view", (OBJECT,), False,
           "beliefs told as what the object is: 'sees Clinton as the stronger candidate' (only with "
           "what it is seen as: see NAMING_VERBS)"),
    _group("think believe feel fear worry hope expect doubt suspect reckon assume know conclude",
           (CLAUSE,), False,
           "stated beliefs: 'officials believe the attack was planned' is a position the source holds "
           "and made known; kept as the source's statement (see the README, Statements)"),
    _group("show find indicate reveal estimate project",
           (CLAUSE,), False,
           "findings: 'a poll showed Clinton leads' is what the poll (its publisher) put out; kept as a "
           "statement of the poll as its source"),
)

# Verbs whose content is the object of a preposition after them (one of several, space-separated):
# 'referred to the deal as a mistake', 'talked about the wall', 'called for a ceasefire', 'warned of a
# crisis', 'spoke favorably of his leadership', 'pushed for new negotiations' (asked for in public:
# lobbying is told, not done in silence), 'unloaded on the press'.
PREPOSITION_CUES = {
    "refer": "to", "talk": "about", "joke": "about", "complain": "about", "boast": "about of",
    "call": "for", "warn": "of against", "rail": "against", "unload": "on", "lecture": "on",
    "push": "for", "press": "for", "lobby": "for", "plead": "for", "clamor": "for", "clamour": "for",
    "comment": "on", "speculate": "about", "disagree": "with",
    "respond": "to", "react": "to", "reply": "to", "lie": "about", "write": "about", "testify": "about",
    "speak": "about of", "vouch": "for", "harp": "on", "dwell": "on", "rant": "about", "brag": "about",
    "argue": "for against", "caution": "against",
    "hint": "at", "ask": "about for", "liken": "to", "compare": "to", "point": "to",
    "apologize": "for", "apologise": "for",
}

# Verbs with a particle that tell speech, and where their content lies (a clause or quotation, an
# object, or the object of a preposition): 'Clinton shot back, "..."', 'pointed out that ...',
# 'laid out his plan', 'ticked off a list of wins', 'lashed out at the press', 'weighed in on the
# ruling' ('the talks broke down' has no object, and tells nothing).
PHRASAL_CUES = {
    ("go", "on"): (CLAUSE,), ("shoot", "back"): (CLAUSE,), ("fire", "back"): (CLAUSE,),
    ("hit", "back"): (CLAUSE, "at"), ("chime", "in"): (CLAUSE,), ("point", "out"): (CLAUSE, OBJECT),
    ("spell", "out"): (CLAUSE, OBJECT), ("lay", "out"): (OBJECT,), ("tick", "off"): (OBJECT,),
    ("break", "down"): (OBJECT,), ("rattle", "off"): (OBJECT,), ("lash", "out"): ("at",),
    ("weigh", "in"): ("on",), ("speak", "out"): ("against about on",), ("sound", "off"): ("on",),
    ("push", "back"): ("against",),
}

# Light verbs that tell speech through their object noun ('made the case that ...', 'made it clear
# that ...', 'made no apologies for ...', 'issued a statement on ...', 'gave a speech about ...',
# 'made no mention of ...', 'took aim at ...'):
# the verbs, and the nouns of saying that make them a cue beside SPEECH_NOUNS and SPEECH_EVENT_NOUNS.
LIGHT_VERBS = frozenset("make give issue deliver take".split())
LIGHT_NOUNS = frozenset("case point pitch apology argument plea appeal call demand clear mention reference".split())
# Nouns of a verbal attack a light verb takes, with what it aims at after 'at': 'took aim at the banks',
# 'took swipes at the mayor', 'took some shots at the governor on her plan'.
ATTACK_NOUNS = frozenset("aim swipe shot jab dig potshot".split())
# Prepositions after such a noun that hold what was said: 'statements on the matter', 'apologies for'.
LIGHT_PREPOSITIONS = frozenset("on about for against of to".split())

# What is shown, not said: the object of a verb of putting words out that is one of these tells no words
# ('posted a photo of himself eating a taco bowl', 'the police released a video of the news conference').
IMAGE_NOUNS = frozenset("photo photograph picture image video footage clip selfie".split())

# Cues whose object, even one name, is all they tell: 'Ryan endorsed Trump', 'Putin chides Turkey',
# 'Sanders blasted Congress' (a stance taken in public on someone; 'denied the report' tells nothing).
WHOLE_OBJECT_CUES = frozenset("endorse blast slam lambaste chide scold rebuke berate mock ridicule deride assail "
                              "pummel savage bash trash fault praise criticize criticise condemn denounce".split())

# What one responds to that tells nothing of the answer: 'did not respond to a request for comment',
# 'was responding to questions about the complaints'.
ASKING_NOUNS = frozenset("request question inquiry query questions requests inquiries".split())

# Verbs that name or see their object as something: only with what they call it are they a
# statement ('called the deal a disaster', 'sees Clinton as the stronger candidate'; 'called a
# meeting', 'named a street', 'saw the film' are none).
NAMING_VERBS = frozenset("call label brand dub term name see consider regard view cast portray paint depict "
                         "characterize characterise frame dismiss".split())

# Verbs that tell speech only beside a quotation, with a person as subject and no object of their
# own: '"The first loser would be the United States," he continued' ('the fighting continued' is none),
# and the verbs of the manner of saying it: '"This is fantastic!" beamed Hartley', 'leaned in and boomed:
# "..."' ('the crowd shouted' without a quotation tells nothing said).
QUOTE_VERBS = frozenset("continue interject beam boom thunder shout yell scream exclaim cry whisper mutter "
                        "sigh laugh chuckle".split())

# What an object is said to be or to have done: 'described the deal as a disaster', 'accused
# Clinton of lying', 'praised her for her courage', 'criticized the plan over its cost'.
OBJECT_COMPLEMENTS = frozenset("as of for over".split())

# Prepositions after which a subjectless cue verb says something more, a statement of its own:
# 'said the deadlock kept us safe before claiming that ...' ('accused X of lying' is one statement).
CARRY_ON_PREPOSITIONS = frozenset("before after while besides".split())

# Prepositions after an object that tell to whom or of what it was said: 'tweeted congratulations
# to Sanders', 'criticized Clinton on two fronts', 'praised the deal with Iran'.
OBJECT_TAIL_PREPOSITIONS = frozenset("to on about against with".split())

# Nouns of saying that carry what was said in a 'that' clause, with the speaker as possessor or
# after 'by': 'his claim that the vote was rigged', 'the suggestion by Clinton that ...'.
SPEECH_NOUNS = frozenset(
    "claim statement assertion argument suggestion warning promise pledge assurance allegation accusation "
    "contention insistence remark comment prediction announcement belief view assessment charge "
    "admission denial vow demand request proposal recommendation".split())

# Nouns of what someone said of something, a statement with a named possessor and the object of
# their preposition: "Trump's attacks on Curiel", "Sanders' call for a revolution", "Obama's
# criticism of the plan" ("his attacks" names no one and is left to the sentence's cue).
SAYING_NOUNS = frozenset(
    "attack call criticism praise defense defence rejection proposal denunciation condemnation "
    "endorsement apology remarks comments statements claims".split())

# Nouns whose date, in the sentence before, can be the date of a statement ("in an interview on
# Sunday ... 'The president should not run away,' he told ARD").
SPEECH_EVENT_NOUNS = frozenset(
    "interview statement speech remarks comments conference briefing tweet letter broadcast address "
    "appearance".split())

# Subjects that are the writer or the reader, not a source: 'if you think that ...'.
NOT_SOURCES = frozenset("i we you me us one".split())

# Pronouns of people that can be the source of what they say ('both vowed to be tougher', 'someone
# called it a revolution'); 'something that worries them' cannot.
PEOPLE_PRONOUNS = frozenset("some both all someone everyone anyone somebody everybody anybody many few several "
                            "others none each those these one".split())

# Pronouns that stand for someone named or described before; when they stand for no one found,
# the statement keeps an unidentified source of its article (never dropped).
SOURCE_PRONOUNS = frozenset("he she it they who which that".split())

# Heads of descriptions that are a document or a poll, not a person: the unnamed source stands for
# its publisher ("the joint statement said", "a new poll showed", "the law says").
DOCUMENT_NOUNS = frozenset(
    "statement report poll survey study letter memo memorandum website site analysis data document "
    "filing release complaint lawsuit ruling indictment transcript ad advertisement email tweet post "
    "editorial article column book affidavit accord agreement resolution platform bill law legislation "
    "constitution charter treaty video".split())

# Common nouns that stand for people or bodies that speak, beyond the agent nouns their ending
# tells (-er, -or, -ist, -ian, -ant, -ent, -man, -woman: 'supporters', 'analysts', 'a spokeswoman'):
# only such a description (or a document, or a share of people: 'a majority of voters') is the source of
# an object, an infinitive or a belief ('officials offered condolences'; 'global trade offers benefits',
# 'the debate promised to be crucial' and 'the race has seen candidates stumble' are no one's words).
SPEAKING_NOUNS = frozenset(
    "official aide adviser source expert critic campaign committee administration government group party "
    "agency ministry department office people staff team family organization organisation union council "
    "panel board court police army military company firm network outlet newspaper paper magazine "
    "network station media press senate house congress parliament state city country nation caucus "
    "delegation coalition alliance movement side camp chief head candidate nominee incumbent challenger "
    "democrat republican conservative liberal progressive moderate activist colleague friend ally rival "
    "opponent veteran victim witness judge justice attorney lawyer prosecutor governor mayor senator "
    "representative congressman congresswoman lawmaker legislator diplomat envoy ambassador minister "
    "secretary director president king queen prince pope bishop priest pastor rabbi imam cleric "
    "doctor professor scholar economist scientist historian journalist reporter editor columnist host "
    "anchor commentator pundit strategist pollster consultant lobbyist donor fan student teacher worker "
    "parent mother father son daughter wife husband woman man person guy child kid youth voter public "
    "electorate audience crowd base establishment leadership authority force operative associate executive "
    "mogul tycoon billionaire celebrity star figure foundation institute center association society analyst "
    "admiral couple folk officialdom mainstream majority minority plurality percent half third share number "
    "projection estimate result review evidence datum data count tally record account reporting "
    "communication video community".split())
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "men", "women")

# Prepositions that link a description to the organisation it speaks for: 'a spokesman for the
# State Department', 'an official at the Pentagon', 'aides to Clinton', 'sources close to the
# campaign', 'a source with the agency', 'officials from both parties'.
SPEAKS_FOR_PREPOSITIONS = frozenset("for of at to with from in close".split())

# Verbs of a headline's attribution ("Sanders Vows To Fight On", "Biden Slams Trump"): headline
# verbs of saying and the punchy ones headlines use for criticism. A Title Case line is read by
# its words, since the tagger reads each capitalised word as a name.
HEADLINE_CUES = frozenset(
    "say tell claim vow pledge promise warn urge insist deny slam blast rip knock hit blame accuse praise endorse "
    "defend call ask demand predict admit concede announce suggest argue question dismiss reject".split())

# Words that turn what was said around: two reports agree in their content words only if both or
# neither say one of these ("the talks failed" / "the talks never failed").
NEGATIONS = frozenset("not no never nothing none nor neither without cannot".split())

# Labels before a colon that introduce no speaker: 'Note: ...', 'UPDATE: ...'.
NOT_SPEAKER_LABELS = frozenset(
    "note update related photo photos video watch read editor correction source sources credit see also "
    "more listen warning breaking exclusive analysis opinion graphic chart map poll question answer "
    "q a".split())

# Titles that open a transcript line ('MR. KAINE: Well, ...').
TRANSCRIPT_TITLES = frozenset("mr mrs ms miss dr sen rep gov gen secretary president senator governor".split())


def cue_content(lemma: str) -> tuple[str, ...]:
    """Where the content of a verb cue lies, in the order tried; () when the lemma is no cue."""
    out: list[str] = []
    for group in CUE_GROUPS:
        if lemma in group.words:
            out.extend(c for c in group.content if c not in out)
    return tuple(out)


SPEECH_VERBS = frozenset().union(*(g.words for g in CUE_GROUPS if g.speech))
CUE_VERBS = frozenset().union(*(g.words for g in CUE_GROUPS)) | frozenset(PREPOSITION_CUES) | QUOTE_VERBS

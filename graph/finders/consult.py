"""Meetings (PLOVER CONSULT): meet, host, receive, greet, talk with, sit down with, speak by phone,
talks, summits, phone calls, news conferences with, state visits.

Meeting verbs and nouns are found by lemma from the tables of ``graph.meeting_tables``, their participants by the dependency tree: the
subject and objects of "meet", the "with" and "between" of "talks", the possessor of "his
meeting", and the subject of the verb that holds the talks.
"""
from __future__ import annotations

from spacy.tokens import Token

from dateline.graph.article import ParsedArticle, evidence
from dateline.graph.coref import known_once, resolve
from dateline.graph.dating import after_publication, clause_date
from dateline.graph.events import EventMention
from dateline.graph.finders import finder
from dateline.graph.frames import slot_actors
from dateline.graph.in_article import merge_meetings
from dateline.graph.meeting_tables import (HOLDING_VERBS, MEETING_NOUNS, MEETING_VERBS, PARTY_PREPOSITIONS, PLANNED_MODIFIERS,
                                           QUALIFIED_NOUNS)
from dateline.graph.schema import (BY_PARTICIPANTS, DATE_FIELDS, HELD, MEETING, PARTICIPANT, PARTICIPANTS, PLACE_NAME,
                                   PLANNED, CardField, EventKind, meeting_summary, register)
from dateline.graph.status import event_status
from dateline.graph.syntax import attached, clause_path, subject_of, with_conjuncts
from dateline.nlp import VERBAL, sentence, sentence_number, sentence_span, tokens_with

KIND = register(EventKind(
    "meeting", MEETING, "CONSULT", "meetings, talks, visits to a person, summits", (PARTICIPANT, "place"),
    BY_PARTICIPANTS, "#e15759",
    (*DATE_FIELDS, CardField("Place", PLACE_NAME), CardField("Participants", PARTICIPANTS)),
    meeting_summary))

# Words whose date, in the sentence before, can be the date of a meeting.
MEETING_WORDS = set(MEETING_VERBS) | MEETING_NOUNS | set(QUALIFIED_NOUNS) | set(HOLDING_VERBS)
# Every word a meeting is told by (is_meeting_verb, is_meeting_noun): the finder's first look.
MEETING_TRIGGERS = frozenset(set(MEETING_VERBS) | MEETING_NOUNS | set(QUALIFIED_NOUNS))


@finder
def find_meetings(art: ParsedArticle) -> list[EventMention]:
    found = []
    for tok in tokens_with(art.doc, MEETING_TRIGGERS):
        if is_meeting_verb(tok):
            participants, path, verb = verb_meeting(art, tok)
        elif is_meeting_noun(tok) and not _held_by_meeting_verb(tok):
            participants, path, verb = noun_meeting(art, tok)
        else:
            continue
        # "did not meet", "held no talks", "any talks" are kept, with their status (denied, hypothetical)
        if participants:
            found.append(meeting_mention(art, tok, participants, path, verb))
    return merge_meetings(art, found, MEETING_WORDS)


def is_meeting_verb(tok: Token) -> bool:
    """A meeting verb, with the word its entry needs among its dependents ("sat down with")."""
    entry = MEETING_VERBS.get(tok.lemma_) if tok.pos_ == "VERB" else None
    return entry is not None and (entry.needs is None or any(
        t.lower_ == entry.needs for c in tok.children for t in (c, *c.children)))


def is_meeting_noun(tok: Token) -> bool:
    """A meeting noun, or one a qualifier makes a meeting ("a phone call", "a news conference")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    qualifiers = QUALIFIED_NOUNS.get(tok.lemma_.lower())
    return tok.lower_ in MEETING_NOUNS or qualifiers is not None and any(
        c.dep_ in ("compound", "amod") and c.lower_ in qualifiers for c in tok.children)


def _held_by_meeting_verb(noun: Token) -> bool:
    return noun.head.pos_ == "VERB" and noun.head.lemma_ in MEETING_VERBS


def verb_meeting(art: ParsedArticle, verb: Token) -> tuple[list[int], set[int], Token]:
    subj = meeting_subject(verb)
    people = slot_actors(art, subj) if subj is not None else []
    for child in verb.children:
        if child.dep_ in ("dobj", "conj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            people.extend(object_actors(art, child, direct=child.dep_ == "dobj", verb=verb))
        if child.dep_ in ("prep", "agent") and child.lower_ in PARTY_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    people.extend(object_actors(art, pobj, direct=True, verb=verb))
    return known_once(people), {verb.i}, verb


def meeting_subject(verb: Token) -> Token | None:
    """The subject, also a passive one ("Obama was received by Merkel", "is expected to meet")."""
    for v in (verb, verb.head if verb.dep_ == "xcomp" else None):
        passive = next((c for c in v.children if c.dep_ == "nsubjpass"), None) if v is not None else None
        if passive is not None:
            return passive
    return subject_of(verb)


def noun_meeting(art: ParsedArticle, noun: Token) -> tuple[list[int], set[int], Token]:
    path, verb = clause_path(noun)
    people = []
    anchors = [noun]
    if noun.head.lower_ == "of":
        anchors.append(noun.head.head)   # "round of talks": its "with" and "his" may hang off "round"
    for a in anchors:
        for child in a.children:
            if child.dep_ == "prep" and (child.lower_ in PARTY_PREPOSITIONS or child.lower_ == "to" and a.lemma_ == "visit"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = object_actors(art, pobj, direct=True, verb=None)
                        people.extend(p for p in found if child.lower_ != "to" or art.actors[p].kind == "person")
            if child.dep_ == "poss":
                if child.lower_ == "their":
                    people.extend(_their(art, noun, verb))
                else:
                    people.append(resolve(art, child))
            if child.dep_ == "compound" and child.i in art.token_actor:
                people.append(art.token_actor[child.i])
    # the verb's subject takes part when it holds the talks, or the talks hang off it by a preposition
    # ("Speaking after his meeting with X, Annan said")
    if verb.pos_ in VERBAL and (verb.lemma_ in HOLDING_VERBS or any(art.doc[i].dep_ == "prep" for i in path)):
        subj = subject_of(verb)
        if subj is not None and subj.i not in set(t.i for t in noun.subtree):
            people.extend(slot_actors(art, subj))
    return known_once(people), path, verb


def _their(art: ParsedArticle, noun: Token, verb: Token) -> list[int | None]:
    """ "their meeting": the actors its clause names (subject and object), else the two or more that
    one of the two sentences before names as its main verb's subjects and object ("Annan and Assad
    spoke for an hour. Their meeting ...", "Annan met Assad. Their meeting ...")."""
    here = _verb_actors(art, verb)
    index = sentence_number(art.doc, noun.i)
    before = [sentence_span(art.doc, k) for k in range(max(0, index - 2), index)]
    for actors in [here, *(_verb_actors(art, s.root) for s in reversed(before))]:
        if len({p for p in actors if p is not None}) >= 2:
            return actors
    return here


def _verb_actors(art: ParsedArticle, verb: Token) -> list[int | None]:
    out = []
    subj = subject_of(verb)
    if subj is not None:
        out.extend(resolve(art, t) for t in with_conjuncts(subj))
    out.extend(resolve(art, c) for c in verb.children if c.dep_ in ("dobj", "dative"))
    return out


def object_actors(art: ParsedArticle, tok: Token, direct: bool, verb: Token | None) -> list[int | None]:
    """Actors named by an object: the object itself and its conjuncts, or the people listed in it
    ("leaders of opposition groups, including Hassan Abdul Azim ..."), else whom it describes
    ("leaders of Romania's new government", "opposition leaders")."""
    out = []
    for t in with_conjuncts(tok):
        actor = resolve(art, t)
        if actor is not None:
            if verb is None or verb.lemma_ != "visit" or art.actors[actor].kind != "location":
                out.append(actor)
        elif t.pos_ in ("NOUN", "PROPN"):
            listed = [a for inner in t.subtree for a in [art.token_actor.get(inner.i)] if a is not None
                      and (art.actors[a].kind == "person" or inner.head.i == t.i and inner.dep_ == "compound")]
            out.extend(listed or [a for a in slot_actors(art, t) if art.actors[a].kind != "location"
                                  or verb is None or verb.lemma_ != "visit"])
    return out


def meeting_mention(art: ParsedArticle, trigger: Token, participants: list[int], path: set[int],
                    verb: Token) -> EventMention:
    date = clause_date(art, path)
    if date is not None and not date.value[:1].isdigit():
        date = None   # "in the future" (FUTURE_REF), "now": no day to hold a meeting on
    status = event_status(trigger, verb, reported_by_speech=False)
    holding = HOLDING_VERBS.get(verb.lemma_) if trigger.i != verb.i else None
    if status == HELD and (holding is not None or any(c.lower_ in PLANNED_MODIFIERS for c in trigger.children)):
        status = holding or PLANNED   # "boycotted the summit", "the upcoming summit"
    if after_publication(art, date) and status == HELD:
        status = PLANNED
    place = None
    for i, m in enumerate(art.mentions):
        if m.kind == "location" and art.owner[i] not in participants and m.sent == sentence(trigger).start:
            tok = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is not None and tok.root.head.lower_ in ("in", "at") and attached(tok.root, path):
                place = art.actors[art.owner[i]].name
                break
    sent = sentence(trigger)
    return EventMention(KIND.name, {PARTICIPANT: participants}, date, status, place or art.place,
                        evidence(art, sent.start_char, sent.end_char), (trigger.idx, trigger.idx + len(trigger)),
                        trigger.text)

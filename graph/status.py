"""Whether an event is told as held, planned, denied or hypothetical, read from its clause:
negation, modal verbs, conditionals, the future, and verbs of planning that govern it."""
from __future__ import annotations

from spacy.tokens import Token

from dateline.graph.schema import DENIED, HELD, HYPOTHETICAL, PLANNED

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo"}          # "wo" of "won't"
# Modal verbs of possibility: "could meet", "might attack". "Would" is the future of a past
# report ("said he would visit"), and so planned, when a speech verb governs it; else hypothetical.
POSSIBILITY_MODALS = {"could", "might", "may", "should", "must", "can", "would", "'d"}
# Verbs and adjectives whose infinitive is planned: "plans to meet", "is expected to hold talks",
# "was supposed to begin", "is due to arrive", "agreed to withdraw", "threatened to attack".
PLANNING_HEADS = {"plan", "expect", "due", "schedule", "set", "intend", "hope", "prepare", "go", "suppose",
                  "agree", "promise", "pledge", "vow", "offer", "decide", "aim", "want", "seek", "propose",
                  "threaten", "try", "vote", "ready", "prepared", "likely", "poised", "commit", "determine"}
# Verbs that deny or refuse what they govern: "denied attacking", "refused to meet".
DENYING_HEADS = {"deny", "refuse", "decline", "reject", "fail"}
CONDITIONAL_MARKERS = {"if", "unless", "whether"}
# Determiners of an event noun that make it no particular event: "any talks", "no attack".
HYPOTHETICAL_DETERMINERS = {"any", "every", "future", "possible", "potential"}
NEGATING_DETERMINERS = {"no"}


def is_planned(verb: Token) -> bool:
    """ "will meet", "will fly to Cairo and meet", "plans to meet", "is expected to hold talks"."""
    def future(t: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in t.children)

    if future(verb):
        return True
    if verb.dep_ in ("xcomp", "acl"):   # "plans to meet", "its plan to sell"
        return verb.head.lemma_ in PLANNING_HEADS or verb.head.lower_ in PLANNING_HEADS or future(verb.head)
    return verb.dep_ == "conj" and future(verb.head)


def negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in tok.children)


def event_status(trigger: Token, verb: Token, reported_by_speech: bool) -> str:
    """The status of the event told by `trigger` (a verb, or a noun governed by `verb`)."""
    if negated(trigger) or negated(verb) or _governed_by(verb, DENYING_HEADS):
        return DENIED
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(c.lower_ in HYPOTHETICAL_DETERMINERS for c in trigger.children) or _conditional(verb):
        return HYPOTHETICAL
    if modals & POSSIBILITY_MODALS and not (modals & {"would", "'d"} and reported_by_speech and len(modals) == 1):
        return HYPOTHETICAL
    if is_planned(verb) or modals & {"would", "'d"} or _subject_of_planning(trigger, verb):
        return PLANNED
    return HELD


def _subject_of_planning(trigger: Token, verb: Token) -> bool:
    """ "The ceasefire was supposed to begin", "talks are expected to resume": an event noun that is
    the subject of a verb of planning."""
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i == verb.i and (
        verb.lemma_ in PLANNING_HEADS or verb.lower_ in PLANNING_HEADS)


def _governed_by(verb: Token, heads: set[str]) -> bool:
    return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in heads and verb.head.i != verb.i


def _conditional(verb: Token) -> bool:
    """ "If Russian forces were to cross the border": the clause, or the clause it hangs on, has "if"."""
    t = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKERS for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
    return False

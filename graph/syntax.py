"""Clause structure on the spaCy parse: subjects, conjuncts, and which tokens belong to a clause."""
from __future__ import annotations

from spacy.tokens import Token

from dateline.nlp import VERBAL

CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj", "acl"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A date in one of these relations to a noun names that thing ("the 2010 conference", "its 2011
# budget", "Monday's vote"): it dates the event only when the noun is the event's own word.
NOUN_MODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})


def with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(with_conjuncts(child))
    return out


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited from the verb it hangs off when it has none of its own."""
    v = verb
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - v.i))   # the nearest, past a misparsed dateline
        if v.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp", "acomp") and v.head.i != v.i:   # "he is ready to lift"
            v = v.head
            if v.dep_ == "prep" and v.head.i != v.i:   # "after having met": through the preposition
                v = v.head
                if v.dep_ == "advmod" and v.pos_ == "ADV" and v.head.i != v.i:   # "ahead of meeting": and its adverb
                    v = v.head
            continue
        return None
    return None


def attached(tok: Token, path: set[int]) -> bool:
    """Does a token belong to the clause made of `path`, without passing through another clause or
    another verb ("has flown to Qatar and will visit Turkey on Monday": Monday is the visit's)?"""
    t = tok
    while True:
        if t.i in path:
            return True
        if t.dep_ in CLAUSE_DEPS and t.pos_ in VERBAL and (t.pos_ == "VERB" or any(c.dep_ in SUBJECT_DEPS for c in t.children)):
            return False
        if t.head.i == t.i:
            return False
        t = t.head


def modifies_other_noun(tok: Token, path: set[int]) -> bool:
    """Is `tok` a modifier of a noun outside the clause's own words ("at the company's 2010
    conference two weeks ago": 2010 dates the conference, not what was done there)?"""
    return tok.dep_ in NOUN_MODIFIER_DEPS and tok.head.i not in path and tok.head.pos_ in ("NOUN", "PROPN")


def opens_coordination(tok: Token, path: set[int]) -> bool:
    """Does `tok` open coordinated clauses, before the first one's subject, when the clause made of
    `path` is a later one ("One year later he was fired and he founded NeXT": the year is both's)?
    After the subject it is the first clause's alone ("He started Apple in 1976 and founded NeXT")."""
    doc = tok.doc
    verb = next((doc[i] for i in path if doc[i].pos_ in VERBAL and doc[i].head.i not in path), None)
    if verb is None or verb.dep_ != "conj":
        return False
    while verb.dep_ == "conj" and verb.head.pos_ in VERBAL and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    first = subject.left_edge.i if subject is not None else verb.i
    return tok.i < first and attached(tok, {verb.i})


def clause_path(trigger: Token) -> tuple[set[int], Token]:
    """The trigger and its ancestors up to and including the first verb; and that verb (the root
    when there is none). For a noun, also the infinitives that verb governs, which say what the
    noun does ("the ceasefire was supposed to begin in mid-April")."""
    path = {trigger.i}
    t = trigger
    while t.pos_ not in VERBAL and t.head.i != t.i:
        t = t.head
        path.add(t.i)
    if t.i != trigger.i:
        xcomps = [c for c in t.children if c.dep_ == "xcomp"]
        while xcomps:
            path.update(x.i for x in xcomps)
            xcomps = [c for x in xcomps for c in x.children if c.dep_ == "xcomp"]
    return path, t


def clause_tokens(tok: Token) -> list[Token]:
    """A token, its ancestors up to the verb of its clause, and what that verb governs directly
    or through a preposition ("ruled out in an interview")."""
    out = [tok]
    while tok.head.i != tok.i and tok.pos_ not in VERBAL:
        tok = tok.head
        out.append(tok)
    for child in tok.children:
        out.append(child)
        out.extend(c for c in child.children if child.dep_ == "prep" and c.dep_ == "pobj")
    return out


def is_passive(verb: Token) -> bool:
    """ "were killed", "was arrested": the subject is what the verb is done to."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

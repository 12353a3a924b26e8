"""Who a word stands for: named mentions, pronouns, relative pronouns, appositions and descriptions
("the Syrian president"), resolved to the actors of the article."""
from __future__ import annotations

from spacy.tokens import Token

from dateline.graph.article import ParsedArticle, in_quote
from dateline.graph.syntax import SUBJECT_DEPS, subject_of
from dateline.nlp import governing_verb, sentence_before_start, tokens_labelled

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
# "it", "they", "its", "their" stand for an organisation, a country or a group: the subject of the
# clause that governs them ("Hungary said it will support ...").
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
# Nouns that describe a person by office; "the Syrian president" is resolved to the one actor
# of the article holding that office, else to the person in focus.
ROLE_NOUNS = {
    "president", "leader", "diplomat", "envoy", "minister", "secretary-general", "premier",
    "chancellor", "king", "queen", "prince", "ambassador", "negotiator", "mediator", "figure",
    "chief", "head", "general", "commander", "chairman", "statesman", "veteran", "politician",
    "monarch", "ruler", "dictator", "strongman", "emir", "cleric", "mufti", "patriarch",
}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
# Anonymous speakers: never resolved to a named actor.
ANONYMOUS_NOUNS = {"official", "officials", "source", "sources", "spokesman", "spokeswoman",
                   "witness", "witnesses", "activist", "activists", "resident", "residents", "aide", "diplomats"}


APPOSITION = frozenset({"appos"})


def build_person_focus(art: ParsedArticle) -> None:
    """The people (and organisations) who are grammatical subjects of the running text, in
    reading order. A pronoun subject stands for the person it resolves to; captions and quoted
    words do not move the focus."""
    subjects = tokens_labelled(art.doc, SUBJECT_DEPS)
    subjects += [t for t in tokens_labelled(art.doc, APPOSITION) if t.head.dep_ in SUBJECT_DEPS]
    for tok in sorted(subjects, key=lambda t: t.i):
        if in_quote(art, tok.idx):
            continue
        actor = art.token_actor.get(tok.i)
        if actor is not None and art.actors[actor].kind == "organization":
            art.organization_focus.append((tok.idx, actor))
        elif actor is not None and art.actors[actor].kind == "person":
            if not _is_caption_token(art, tok):
                art.person_focus.append((tok.idx, actor))
        elif tok.lower_ in ("he", "she"):
            person = resolve(art, tok)
            if person is not None:
                art.person_focus.append((tok.idx, person))


def _is_caption_token(art: ParsedArticle, tok: Token) -> bool:
    return any(m.caption and m.start <= tok.idx < m.end for m in art.mentions)


def organization_before(art: ParsedArticle, tok: Token) -> int | None:
    """ "Microsoft said ... It added that ...": "it" as a subject is the organisation that was the
    subject in its own or the sentence before, if there is one."""
    since = sentence_before_start(tok)
    before = [a for c, a in art.organization_focus if since <= c < tok.idx]
    return before[-1] if before else None


def focus_before(art: ParsedArticle, char: int) -> int | None:
    before = [a for c, a in art.person_focus if c < char]
    return before[-1] if before else None


def resolve(art: ParsedArticle, tok: Token) -> int | None:
    """The actor a token stands for: a named mention, a pronoun, an apposition or a description."""
    if tok.i in art.token_actor:
        return art.token_actor[tok.i]
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        return bound_subject(art, tok, person=True) or focus_before(art, tok.idx)
    if low in GROUP_PRONOUNS:
        bound = bound_subject(art, tok, person=False)
        if bound is not None:
            return bound
        return organization_before(art, tok) if low == "it" and tok.dep_ in SUBJECT_DEPS else None
    if low in ("which", "who", "that") and tok.head.dep_ == "relcl":
        return resolve(art, tok.head.head)   # "the Observatory, which said ...": its antecedent
    for child in tok.children:
        if child.dep_ == "appos" and child.i in art.token_actor:
            return art.token_actor[child.i]
    # "the Syrian president", "the former UN secretary-general" (whose last word is tagged an adjective)
    if (tok.pos_ == "NOUN" or tok.dep_ in NOMINAL_DEPS) and any(c.lower_ == "the" for c in tok.children):
        return resolve_description(art, tok)
    return None


def bound_subject(art: ParsedArticle, pronoun: Token, person: bool) -> int | None:
    """The subject of a clause that contains the pronoun ("Mr Annan said he ...", "Speaking after
    his meeting, Mr Annan said"), a person for "he", anyone else for "it". Not inside quotes,
    where "he" is someone else."""
    if in_quote(art, pronoun.idx):
        return None
    verb = governing_verb(pronoun)
    while verb is not None:
        subj = subject_of(verb)
        # '"Happy holidays!," he tweeted' parsed under the quote: the quote's words are not its speaker
        if subj is not None and subj.i != pronoun.i and not in_quote(art, subj.idx):
            actor = art.token_actor.get(subj.i)
            if actor is None and person and subj.lower_ in ("he", "she") and subj.i < pronoun.i:
                actor = focus_before(art, subj.idx + 1)
            if actor is not None and (art.actors[actor].kind == "person") == person:
                return actor
        verb = governing_verb(verb.head) if verb.head.i != verb.i else None
    return None


def resolve_description(art: ParsedArticle, tok: Token) -> int | None:
    noun = tok.lower_
    if noun in ANONYMOUS_NOUNS or noun not in ROLE_NOUNS:
        return None
    # "the president of Cyprus": a holder's role must name Cyprus too
    of_words = [w.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for w in c.subtree if w.pos_ == "PROPN"]
    holders = [a for a, actor in enumerate(art.actors) if actor.kind == "person"
               and any((noun in role.lower().replace("-", " ").split() or noun in role.lower())
                       and all(w in role.lower() for w in of_words) for role in actor.roles)]
    if len(holders) == 1:
        return holders[0]
    if holders:
        focused = focus_before(art, tok.idx)
        return focused if focused in holders else None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return None   # "the president of Cyprus" names someone of its own, not the person in focus
    return focus_before(art, tok.idx)


def known_once(actors: list[int | None]) -> list[int]:
    """The actors found, each once, in the order found."""
    return list(dict.fromkeys(a for a in actors if a is not None))

"""Statements: who said what (quoted or reported), to whom, and when.

A cue (a verb, noun or preposition of the attribution lexicon, ``graph.attribution_tables``)
gives the source (its subject, possessor, or "according to X") and what was said (its clausal
complement, object, infinitive or the quotation beside it). A source the article describes but
does not name ("a spokesman for the State Department", "critics", "a new poll") is kept as an
unnamed source of its article, linked to the organisation it speaks for when the text names it;
no statement is dropped for want of a name. Lines led by a speaker and a colon (headlines,
transcripts: "MR. KAINE: Well, ...") are that speaker's words. PLOVER codes no commentary, so a
statement has no PLOVER category; an event told inside what was said is found by its own finder.

Quotations are the article's (``article.find_quotes``). A speech verb carrying on after another
("..., adding that", "but implied") or a later cue with a speaker of its own says a statement of
its own, with its quotes. Not statements: what a thing does ("global trade offers benefits"), an
object of one word ("denied the report"), a title in quotes, "it is safe to say", answering a request.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.graph.article import Evidence, ParsedArticle, evidence, in_quote
from dateline.graph.attribution_tables import (
    AGENT_ENDINGS, ASKING_NOUNS, ATTACK_NOUNS, CARRY_ON_PREPOSITIONS, CLAUSE, CUE_VERBS, DOCUMENT_NOUNS, HEADLINE_CUES,
    IMAGE_NOUNS, INFINITIVE, LIGHT_NOUNS, LIGHT_PREPOSITIONS, LIGHT_VERBS, NAMING_VERBS, NOT_SOURCES, NOT_SPEAKER_LABELS, OBJECT,
    OBJECT_COMPLEMENTS, OBJECT_TAIL_PREPOSITIONS, PEOPLE_PRONOUNS, PHRASAL_CUES, PREPOSITION_CUES, QUOTE_VERBS,
    SAYING_NOUNS, SOURCE_PRONOUNS, SPEAKING_NOUNS, SPEAKS_FOR_PREPOSITIONS, SPEECH_EVENT_NOUNS, SPEECH_NOUNS,
    SPEECH_VERBS, TRANSCRIPT_TITLES, WHOLE_OBJECT_CUES, cue_content)
from dateline.graph.coref import GROUP_PRONOUNS, PERSON_PRONOUNS, resolve
from dateline.graph.dating import EventDate, clause_date, previous_sentence_date, publication_date
from dateline.graph.finders import finder
from dateline.graph.schema import (ADDRESSEE, BY_WORDS, QUOTE, SPEAKER, TEXT, STATEMENT, CardField, DATE_FIELDS, EventKind, register,
                                   statement_summary)
from dateline.graph.syntax import SUBJECT_DEPS, subject_of
from dateline.nlp import OPENING_QUOTES, QUOTE_CHARACTERS, VERBAL, sentence, sentence_before_start, tokens_with

PHRASAL_VERBS = {verb for verb, _ in PHRASAL_CUES}
# what a light verb's object is, to tell speech
LIGHT_OBJECTS = LIGHT_NOUNS | ATTACK_NOUNS | SPEECH_NOUNS | SAYING_NOUNS | SPEECH_EVENT_NOUNS
SPEECH_OR_SAYING_NOUNS = SPEECH_NOUNS | SAYING_NOUNS
SPOKEN_NOUNS = SPEECH_OR_SAYING_NOUNS | SPEECH_EVENT_NOUNS   # words that name something said
SPEAKING_PRONOUNS = PERSON_PRONOUNS | SOURCE_PRONOUNS | NOT_SOURCES | PEOPLE_PRONOUNS
# every word a cue is made of (is_cue): a finder's first look
CUE_WORDS = frozenset(QUOTE_VERBS | CUE_VERBS | LIGHT_VERBS | PHRASAL_VERBS | SPEECH_OR_SAYING_NOUNS | {"according"})

__all__ = ["SPEECH_VERBS", "StatementMention", "UnnamedSource", "find_statements"]

KIND = register(EventKind(
    "statement", STATEMENT, None, "who said what, quoted or reported", ("source", "target"), BY_WORDS, "#b07aa1",
    (DATE_FIELDS[0], CardField("Speaker", SPEAKER), CardField("Addressed to", ADDRESSEE), CardField("Said", TEXT),
     CardField("Direct quote", QUOTE)),
    statement_summary))

# Words whose date, in the sentence before, can be the date of a statement.
SPEECH_WORDS = SPEECH_VERBS | SPEECH_EVENT_NOUNS
_OPENING = "|".join(re.escape(q) for q in sorted(OPENING_QUOTES | {"''"}))
INTRODUCES_QUOTE = re.compile(rf":\s*(?:{_OPENING})?\s*$")
# Between a caption's name and its quote: a title or two, a colon, the opening quote mark.
CAPTION_GAP = re.compile(rf"\s*(?:[A-Z][\w.-]*\s+){{0,4}}:\s*(?:{_OPENING})?\s*")
# A line led by a label and a colon: "Sanders: The system is rigged", "MR. KAINE: Well, ...".
LABELLED_LINE = re.compile(r"^[ \t]*([A-Z][^\n:]{1,60}?)[ \t]*:[ \t]+(\S[^\n]*)", re.M)
QUOTE_OPENERS = OPENING_QUOTES | {"''", "\u2018", "'"}
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from"}
UNIDENTIFIED = "unidentified source"
HEADLINE_WORDS = 20       # a Title Case line longer than this is no headline
SAID_AFTER_QUOTE = 4      # at most this many words before the cue of '"...!" Clinton said' (a title and a name)
SCARE_QUOTE_WORDS = 3   # a quotation of this many words or fewer beside other content is a scare quote
GOVERNED = frozenset({"pobj", "dobj", "dative"})   # a name in these relations is the object of a word


@dataclass
class UnnamedSource:
    """A source the article describes but does not name ("a spokesman for the State Department")."""
    description: str           # as written, without its determiner and relative clauses
    head: str                  # its head noun ("spokesman")
    kind: str                  # person, group (a plural description) or organization (a document, a poll)
    speaks_for: int | None     # the article actor it speaks for, when the text names it


@dataclass
class StatementMention:
    speaker: int | None               # the article actor who said it; None for an unnamed source
    text: str
    quote: bool
    addressee: int | None
    date: EventDate
    evidence: Evidence
    start: int                        # character span of what was said
    end: int
    source: UnnamedSource | None = None
    kind: str = KIND.name


Source = tuple[int | None, UnnamedSource | None]


@finder
def find_statements(art: ParsedArticle) -> list[StatementMention]:
    statements = labelled_lines(art)
    used_quotes = {q for s in statements for q in art.quotes if s.start <= q[0] < s.end}
    content_tokens: set[int] = set()
    carried: dict[int, Source] = {}   # speech verbs that carry on a statement before them, and its source
    for s in statements:
        content_tokens.update(_token_ids(art, s.start, s.end))
    for tok in tokens_with(art.doc, CUE_WORDS):
        if not is_cue(tok) or tok.i in content_tokens or in_quote(art, tok.idx):
            continue   # a cue inside what someone said belongs to that statement
        st = speech_act(art, tok, used_quotes, statements, carried.get(tok.i))
        if st is not None:
            statements.append(st)
            content_tokens.update(_token_ids(art, st.start, st.end))
            for t in sentence(tok):
                # what a verb joined below this cue says is this source's ("said ... and urged", "said ..., before
                # claiming"), not what one joined elsewhere in the sentence says ("X dismissed Y's accusations
                # that ..., saying ..." is X's)
                if t.i > tok.i and carries_on(t) and tok.is_ancestor(t) and t.i not in content_tokens:
                    carried.setdefault(t.i, (st.speaker, st.source))
    statements.extend(headline_cues(art, statements))
    statements.extend(unattributed_quotes(art, used_quotes, statements))
    return sorted(statements, key=lambda s: s.start)


def is_cue(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "NOUN") and tok.lower_ != "according":
        return False
    if tok.pos_ == "VERB" and tok.lemma_ in QUOTE_VERBS:
        return not any(c.dep_ in ("dobj", "xcomp", "acomp", "attr") for c in tok.children)
    if tok.pos_ == "VERB" and tok.lemma_ in CUE_VERBS:
        return True
    if light_noun(tok) is not None:
        return True
    return phrasal(tok) is not None or _is_according_to(tok) or speech_noun_clause(tok) is not None


def _token_ids(art: ParsedArticle, start: int, end: int) -> set[int]:
    span = art.doc.char_span(start, end, alignment_mode="expand")
    return set(range(span.start, span.end)) if span is not None else set()


def phrasal(tok: Token) -> tuple[str, ...] | None:
    """Where the content of a verb with a particle of saying lies ("shot back", "pointed out")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in PHRASAL_VERBS:
        return None
    return next((PHRASAL_CUES[(tok.lemma_, c.lower_)] for c in tok.children
                 if c.dep_ == "prt" and (tok.lemma_, c.lower_) in PHRASAL_CUES), None)


def light_noun(tok: Token) -> Token | None:
    """The noun of saying a light verb tells speech through ("made the case", "made it clear")."""
    if tok.pos_ != "VERB" or tok.lemma_ not in LIGHT_VERBS or any(
            c.dep_ in SUBJECT_DEPS and c.lower_ == "what" for c in tok.children):
        return None   # "What makes his statement so disappointing" tells nothing
    return next((c for c in tok.children if c.dep_ in ("dobj", "ccomp", "oprd", "acomp")
                 and c.lemma_.lower() in LIGHT_OBJECTS), None)


def cue_shapes(tok: Token) -> tuple[str, ...]:
    return phrasal(tok) or cue_content(tok.lemma_)


def _is_according_to(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def speech_noun_clause(tok: Token) -> Token | None:
    """ "his claim that the vote was rigged": the 'that' clause of a noun of saying; "Trump's attacks
    on Curiel", "Sanders' call for a revolution": the object of its preposition, with a possessor
    that names who said it."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in SPEECH_OR_SAYING_NOUNS:
        return None
    clause = that_clause(tok) if tok.lemma_ in SPEECH_NOUNS else None
    if clause is None and any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children):
        clause = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in LIGHT_PREPOSITIONS
                       and not tells_time(c) for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
    return clause


def that_clause(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                 and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)


# ---------------------------------------------------------------- one cue

def speech_act(art: ParsedArticle, cue: Token, used_quotes: set, statements: list[StatementMention],
                carried: Source | None) -> StatementMention | None:
    subj = None
    clause = speech_noun_clause(cue)
    if carried is not None:   # "... said X, and urged Y", "..., saying Y": the same source
        source, pieces = carried, content_spans(cue)
    elif _is_according_to(cue):
        to = next(c for c in cue.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        source = source_of(art, obj, statements) if obj is not None else None
        main = cue.head
        while main.head.i != main.i and main.pos_ not in VERBAL:
            main = main.head
        skip = set(t.i for t in cue.subtree)
        content = [t for t in sentence(main) if t.i not in skip and not t.is_punct and not t.is_space]
        pieces = [(content[0].idx, content[-1].idx + len(content[-1]))] if content else []
    elif clause is not None:
        owners = [c for c in cue.children if c.dep_ == "poss"] + [
            g for c in cue.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        owner = owners[0] if owners else None
        source = source_of(art, owner, statements) if owner is not None else None
        pieces = [_span(clause.subtree)]
    else:
        if any(c.dep_ == "nsubjpass" for c in cue.children) or cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children):
            # a passive tells its source only after "by" ("was asked by host John Dickerson whether ...")
            subj = next((g for c in cue.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if subj is None:
                return None
        elif impersonal(cue):
            return None
        else:
            subj = (named_subject(art, cue) or object_controller(cue) or subject_of(cue) or misparsed_subject(art, cue)
                    or document_said(cue))
        source = source_of(art, subj, statements) if subj is not None else None
        pieces = content_spans(cue)
    if source is None or cue.lemma_ in QUOTE_VERBS and not said_by_person(art, subj):
        return None
    if subj is not None:
        # what was said never holds who said it ('"...," Texas delegate Bill Eastland, wearing ..., said')
        left = subj.left_edge.idx
        pieces = [(a, left) if a < left < b <= cue.idx else (a, b) for a, b in pieces]
    clauses = pieces
    pieces = with_quotes(art, cue, pieces, used_quotes)
    if not pieces:
        return None
    speaker, unnamed = source
    clausal = (any(c.dep_ == "ccomp" for c in cue.children) or len(pieces) > len(clauses)
               or cue.dep_ == "parataxis")
    # what an object alone tells ("declined to comment" tells more)
    object_only = not clausal and not any(c.dep_ == "xcomp" for c in cue.children)
    if unnamed is not None and subj is not None and not speaking_noun(antecedent(subj)):
        # "Global trade offers undeniable benefits", "with a passion that suggested the question was out of
        # line": what a thing does or shows is no one's words
        return None
    if subj is not None and subj.lower_ in PERSON_PRONOUNS and speaker is not None:
        speaker = not_named_in(art, speaker, subj, pieces)
        if speaker is None:
            speaker, unnamed = None, UnnamedSource(UNIDENTIFIED, "source", "person", None)
    found = clauses
    quotes_first = [p for p in pieces[len(clauses):] if p[1] <= cue.idx
                    and not any(c[0] <= p[0] and p[1] <= c[1] for c in found)]
    if any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        # '"...". Mr. Roe said he would ...': a cue with a clause of its own after it does not say the quote
        # ending the sentence before (that one carries on the speaker before it)
        quotes_first = [p for p in quotes_first if p[1] > sentence(cue).start_char]
        pieces = [p for p in pieces if p[1] > sentence(cue).start_char]
    if quotes_first and INTRODUCES_QUOTE.match(art.text, cue.idx + len(cue), max(p[0] for p in pieces)):
        # '"We are not terrorists." Mr. Roe said: "..."': a quoted sentence before a cue whose colon
        # introduces a quotation is not what it says
        quotes_first = [p for p in quotes_first if art.text[p[0]:p[1]].rstrip(QUOTE_CHARACTERS)[-1:] not in ".?!"]
        pieces = [p for p in pieces if p[1] > cue.idx or p in quotes_first]
    if quotes_first:
        pieces = quotes_first   # `"...," he said`: the quote is what was said (one after it, a statement of its own)
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    text = clean_statement(art.text[start:end])
    attack = light_noun(cue)   # "took some shots at Sanders": an attack tells its target, even one name ("him" none)
    whole = (cue.lemma_ in WHOLE_OBJECT_CUES or attack is not None and attack.lemma_ in ATTACK_NOUNS) and (
        text.lower() not in SPEAKING_PRONOUNS | GROUP_PRONOUNS)
    quote = any(q in used_quotes or q in pieces for q in art.quotes if start <= q[0] and q[1] <= end)
    # one word is no statement, unless a sentence of its own quoted ('then loudly asked, "Really?"'; not
    # '"unacceptable"', a word quoted from what someone said)
    sentence_quoted = quote and art.text[start:end].rstrip(QUOTE_CHARACTERS)[-1:] in ".?!"
    if not whole and (len(text.split()) < 2 and not sentence_quoted or object_only and bare_noun(art, start, end)):
        return None
    used_quotes.update(p for p in pieces if p in art.quotes)
    addressee = None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_ == "tell":
            addressee = resolve(art, child)
    exclude = set()
    for p in pieces:
        exclude.update(_token_ids(art, *p))
    sent = sentence(cue)
    date = (clause_date(art, speech_clause(cue), exclude)
            or (previous_sentence_date(art, sent.start, {speaker}, SPEECH_WORDS) if speaker is not None else None)
            or publication_date(art))
    return StatementMention(speaker, text, quote, addressee, date, evidence(art, start, end), start, end, unnamed)


def bare_noun(art: ParsedArticle, start: int, end: int) -> bool:
    """An object of one word beside its determiners ("denied the report", "defended his decisions"),
    or a noun of saying beside its owner ("echoed Mr Annan's comments"): it names what was talked
    about, not what was said."""
    span = art.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    words = [t for t in span if t.dep_ not in ("det", "case", "punct") and t.tag_ != "PRP$"]
    owner = {t.i for c in span.root.children if c.dep_ == "poss" for t in c.subtree}
    return len(words) < 2 or span.root.lemma_.lower() in SPOKEN_NOUNS and all(
        t.i == span.root.i or t.i in owner for t in words)


def antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("a debate that threatened to ..."), else the word itself."""
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        return tok.head.head
    return tok


def speaking_noun(head: Token) -> bool:
    """Can a description with this head speak: a person's or a body's noun, or a document's?"""
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON":   # "he", "they", "who"; not "something that worries them"
        return head.lower_ in SPEAKING_PRONOUNS
    return (head.pos_ != "NOUN" or lemma in SPEAKING_NOUNS or lemma in DOCUMENT_NOUNS
            or lemma.endswith(AGENT_ENDINGS))


def object_controller(cue: Token) -> Token | None:
    """ "it prompted Anderson Cooper to accuse Bondi of ...": the object of the verb above an
    infinitive is who does it."""
    if cue.dep_ != "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i
                 and (c.pos_ == "PROPN" or c.pos_ == "PRON" and c.lower_ in PERSON_PRONOUNS)), None)


def impersonal(cue: Token) -> bool:
    """ "it is safe to say that ...", "hard to say": an infinitive of saying with no one to say it is the
    writer's ("Sexton was quick to point out" is Sexton's)."""
    if cue.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    adjective = cue.head.pos_ == "ADJ"
    head = cue.head.head if adjective else cue.head
    if any(c.dep_ == "dobj" for c in head.children):
        return False   # "it prompted Anderson Cooper to accuse ...": the object says it
    subj = subject_of(head)
    return subj is None and adjective or subj is not None and subj.lower_ == "it" and subj.dep_ == "nsubj"


def document_said(cue: Token) -> Token | None:
    """ "issued a report charging the Islamic State with ...", "a statement describing the meeting as
    ...": a participle hung on a document or a noun of saying is said by that document."""
    head = cue.head
    nouns = DOCUMENT_NOUNS | SPEECH_NOUNS | SPEECH_EVENT_NOUNS
    return head if cue.dep_ == "acl" and cue.tag_ == "VBG" and head.lemma_.lower() in nouns else None


def named_subject(art: ParsedArticle, cue: Token) -> Token | None:
    """Of the subjects the parser gave a verb ("said Army Capt. Christian Pardo", read as two), the
    one that names someone; the name joined to a title that names no one ("Fox News Vice President
    and Managing Editor Bill Sammon")."""
    # a quoted clause the parser made a subject ('"Happy holidays!," he tweeted') is what was said
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and not in_quote(art, c.idx)]
    named = [c for c in subjects if c.i in art.token_actor]
    if len(subjects) > 1 and named:
        return named[-1]
    if len(subjects) == 1 and subjects[0].i not in art.token_actor and subjects[0].pos_ in ("NOUN", "PROPN"):
        joined = [c for c in subjects[0].children if c.dep_ == "conj" and c.i in art.token_actor
                  and art.actors[art.token_actor[c.i]].kind == "person"]
        return joined[0] if joined else None
    return None


def said_by_person(art: ParsedArticle, subj: Token | None) -> bool:
    if subj is None:
        return False
    actor = art.token_actor.get(subj.i)
    return subj.lower_ in PERSON_PRONOUNS or actor is not None and art.actors[actor].kind == "person"


def misparsed_subject(art: ParsedArticle, cue: Token) -> Token | None:
    """The head of the last person or organisation named before a finite main verb the parser gave
    no subject ("Senator Harry Reid, the minority leader, said", with the name read as a conjunct of
    the phrase before it); not a name quoted or the object of a word."""
    while cue.dep_ == "xcomp" and cue.head.i != cue.i:   # "... - Lewandowski continued to assert that ..."
        cue = cue.head
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    sent = sentence(cue)
    heads = [art.doc[m.root] for i, m in enumerate(art.mentions) if sent.start_char <= m.start and m.end <= cue.idx
             and not in_quote(art, m.start) and art.actors[art.owner[i]].kind in ("person", "organization")]
    heads = [h for h in heads if h.dep_ not in ("pobj", "dobj", "dative", "poss", "compound")
             or h.dep_ == "compound" and h.head.i == cue.i]   # '"...," Conway notes' read as a noun compound
    people = [h for h in heads if art.actors[art.token_actor[h.i]].kind == "person"] if all(
        h.i in art.token_actor for h in heads) else heads
    if heads:
        return (people or heads)[-1]
    after = art.doc[cue.i + 1] if cue.i + 1 < len(art.doc) else None   # '"...," said Skelly', Skelly read as an adverb
    return after if after is not None and after.is_alpha and after.text[0].isupper() and after.i < sent.end else None


def with_quotes(art: ParsedArticle, cue: Token, pieces: list[tuple[int, int]], used_quotes: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The content pieces and the quotations of the cue's sentence (or introduced by its colon).
    A short quotation outside the content found is a scare quote ("her talk of 'fair trade'")."""
    sent = sentence(cue)
    out = list(pieces)
    near = [q for q in art.quotes if q not in used_quotes and beside(art, cue, q)]
    if not near:
        return out
    # what a speech verb carrying on after this one says ("... and insisted that his party was 'still ...'"),
    # and what a later cue with a subject of its own says ("After Brown criticized Clinton, Hillary shot back, '...'")
    others = [_span(carried_clause(t)) for t in sent if t.i > cue.i and carries_on(t)] + [
        (t.idx, t.right_edge.idx + len(t.right_edge)) for t in sent if t.i > cue.i and t.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in t.children) and is_cue(t)]
    for q in near:
        if any(o[0] <= q[0] < o[1] for o in others) or is_title(art.text[q[0]:q[1]]):
            continue
        if caption_speaker(art, q[0]) is not None:
            continue
        inside = any(p[0] <= q[0] and q[1] <= p[1] for p in pieces)
        if pieces and not inside and len(art.text[q[0]:q[1]].split()) <= SCARE_QUOTE_WORDS:
            continue
        out.append(q)
    return out


def beside(art: ParsedArticle, cue: Token, q: tuple[int, int]) -> bool:
    """Is a quotation in the cue's sentence, introduced by its colon, or just before it?"""
    sent = sentence(cue)
    if q[0] < sent.end_char and sent.start_char < q[1]:
        return True
    # 'He said: "...' with the quote parsed as the next sentence
    if 0 <= q[0] - sent.end_char < 5 and INTRODUCES_QUOTE.search(art.text[sent.start_char:q[0]]):
        return True
    # '"... fix!" Clinton said': a quote ending in its own sentence mark, the cue just after it
    between = art.text[q[1]:sent.start_char]   # the closing mark (” or '') and a space
    return (q[1] <= sent.start_char and len(between) <= 3 and "\n" not in between
            and cue.i - sent.start <= SAID_AFTER_QUOTE)


def is_title(quote: str) -> bool:
    """A quotation in Title Case names a work, a show or a slogan ('said on "This Week With George
    Stephanopoulos"'), it tells no one's words."""
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", quote)
    return (len(words) >= 2 and sum(len(w) > 3 for w in words) >= 2
            and all(w[0].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words))


def not_named_in(art: ParsedArticle, speaker: int, pronoun: Token, pieces: list[tuple[int, int]]) -> int | None:
    """ "He said: 'Lowe was a brilliant man'": people do not name themselves, so when the person
    in focus is named in what "he" said, "he" is the person in focus before him."""
    named = {art.owner[i] for i, m in enumerate(art.mentions) if any(p[0] <= m.start < p[1] for p in pieces)}
    if speaker not in named:
        return speaker
    earlier = [a for c, a in art.person_focus if c < pronoun.idx and a not in named]
    return earlier[-1] if earlier else None


def speech_clause(verb: Token) -> set[int]:
    """The speech verb and, for a participle with no subject of its own ("In 2011, the Council
    pushed back, saying ..."), the verbs it hangs off."""
    path = {verb.i}
    while verb.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head
        path.add(verb.i)
    return path


def _span(tokens) -> tuple[int, int]:
    """The characters of some tokens, less what a cue verb carrying on after them says ("the
    party was not in a crisis, and urged that ...", "..., before claiming that ...": the urging and
    the claim are statements of their own)."""
    toks = sorted(tokens, key=lambda t: t.i)
    further = [t for t in toks if t.i != toks[0].i and (carries_on(t) or says_more(t) or comment_after(t))]
    if further:
        cut = {u.i for t in further for u in carried_clause(t)}
        kept = [t for t in toks if t.i not in cut]
        while kept and (kept[-1].is_punct or kept[-1].dep_ in ("cc", "mark")):
            kept.pop()   # "..., and" before the verb cut off
        toks = kept or toks
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def carries_on(tok: Token) -> bool:
    """A speech verb with no subject of its own joined to a clause before it ("and urged", ", saying",
    "but implied", "before claiming"), or another cue verb joined by a conjunction or one of those
    prepositions ("and has championed", "while praising"; "said ..., blaming X for Y" tells how it was
    said), not as an infinitive of purpose."""
    marked = any(c.dep_ == "mark" and c.lower_ in CARRY_ON_PREPOSITIONS for c in tok.children)
    if tok.pos_ != "VERB" or tok.lemma_ not in SPEECH_VERBS and not (
            tok.lemma_ in CUE_VERBS and (tok.dep_ == "conj" or tok.dep_ == "advcl" and marked)):
        return False
    joined = tok.dep_ in ("conj", "advcl") or tok.dep_ == "pcomp" and tok.head.lower_ in CARRY_ON_PREPOSITIONS
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)   # "was there to see": a purpose
    return joined and not infinitive and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)


def comment_after(tok: Token) -> bool:
    """A participle after a comma that ends the sentence with what came of it ("urging jihadis to join
    the fray, raising anxieties on which the regime has played"): the writer's, not what was said."""
    doc = tok.doc
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == ","
            and tok.lemma_ not in CUE_VERBS and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            and tok.right_edge.i + 2 >= sentence(tok).end)


def says_more(tok: Token) -> bool:
    """A clause joined on with a speaker and a speech verb of its own ("..., whereas Petraeus
    acknowledged that ...", "... and he forecast that ..."): a statement of its own."""
    return (tok.pos_ == "VERB" and tok.lemma_ in SPEECH_VERBS and tok.dep_ in ("conj", "advcl")
            and any(c.dep_ == "nsubj" for c in tok.children))


def carried_clause(tok: Token):
    """The words of a verb carrying on: its subtree, with the preposition it hangs on ("before claiming")."""
    return tok.head.subtree if tok.dep_ == "pcomp" else tok.subtree


def content_spans(cue: Token) -> list[tuple[int, int]]:
    """What a cue verb reports, by the places its lexicon entry allows: its clausal complement;
    its infinitive with the object before it ("urged X to ..."); its object with what the object
    is called ("described the deal as a disaster"); the object of its preposition ("referred to
    ..."). Said mid-sentence ("X, he said, is Y", "as the Post reported, X"), it reports the clause
    it interrupts. A cue verb
    carrying on after it ("..., adding that ...") reports its own statement."""
    pieces = verb_content(cue)
    as_said = (cue.dep_ == "advcl" and cue.lemma_ in SPEECH_VERBS
               and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children))
    interrupts = cue.head.pos_ in VERBAL or cue.head.dep_ == "ROOT"   # a clause, or what the parser made a root of it
    if not pieces and (cue.dep_ == "parataxis" or as_said) and interrupts:   # "as the Post reported, ..."
        skip = {t.i for t in cue.subtree}
        rest = [t for t in cue.head.subtree if t.i not in skip and not t.is_punct]
        if as_said:   # the clause on one side of "as X reported"
            rest = [t for t in rest if t.i > cue.right_edge.i] or rest
        if rest:
            pieces.append(_span(rest))
    commas = set_off(cue) if not pieces and cue.lemma_ in SPEECH_VERBS else None
    if commas is not None:   # "That kind of commentary, Pike claimed, breaks the code", however it was parsed
        rest = [t for t in sentence(cue) if not commas[0] <= t.i <= commas[1] and not t.is_punct]
        if rest:
            pieces.append(_span(rest))
    if any(p[0] > cue.idx for p in pieces):
        pieces = [p for p in pieces if p[0] > cue.idx]   # "said that ...": what came before is not it
    return pieces


def set_off(cue: Token) -> tuple[int, int] | None:
    """The commas around a cue and its subject said inside a clause (", Pike claimed,", ", said Smith,"),
    with words of the clause on both sides."""
    doc, sent = cue.doc, sentence(cue)
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    first, last = min(subj.left_edge.i, cue.i), max(subj.right_edge.i, cue.i)
    if last - first + 1 != len(list(subj.subtree)) + 1:
        return None   # the subject and the cue alone between the commas
    left, right = first - 1, last + 1
    if left <= sent.start or right >= sent.end - 1 or doc[left].text != "," or doc[right].text != ",":
        return None
    return left, right


def quoted(tok: Token) -> bool:
    """A word between quote marks of its own ('"rigged"')."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text in QUOTE_OPENERS and doc[tok.i + 1].is_quote


def verb_content(h: Token) -> list[tuple[int, int]]:
    noun = light_noun(h)
    if noun is not None:
        # "made the case that ...", "made no apologies for ...", "made it clear that ...", "delivered a promise to ..."
        held = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "advcl")
                and any(g.dep_ == "mark" and g.lower_ == "that" or g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
        # "took swipes at the mayor": an attack holds what it aims at, the preposition on the noun or the verb
        attack = noun.lemma_ in ATTACK_NOUNS
        held += [g for c in (*noun.children, *(h.children if attack else ())) if c.dep_ == "prep"
                 and (c.lower_ == "at" if attack else c.lower_ in LIGHT_PREPOSITIONS)
                 for g in c.children if g.dep_ in ("pobj", "pcomp")]
        held += [c for c in h.children if c.dep_ == "ccomp" and c.i != noun.i]
        # a speech named but not told ("delivered a speech on Sunday") says nothing; a quotation beside it may
        return [_span(t.subtree) for t in held]
    shapes = cue_shapes(h)
    # a clause is not what a verb of talking about something says ("spoke with such gusto it sounded ...")
    says_clause = bool(set(shapes) & {CLAUSE, OBJECT, INFINITIVE}) or not shapes and h.lemma_ not in PREPOSITION_CUES
    clauses = [c for c in h.children if c.dep_ == "ccomp" and says_clause] or [
        clause for c in h.children if c.dep_ == "prep" for g in c.children
        if g.dep_ == "pobj" and (clause := that_clause(g)) is not None] or [   # "said in a statement that ..."
        c for c in h.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and CLAUSE in shapes]   # "suggested rallying"
    if clauses:
        return [_span(child.subtree) for child in clauses]
    infinitives = [c for c in h.children if c.dep_ == "xcomp"] if INFINITIVE in shapes else []
    objects = [c for c in h.children if c.dep_ == "dobj" and c.lemma_.lower() not in IMAGE_NOUNS]
    if infinitives:
        return [object_span({*child.subtree, *(t for o in objects for t in o.subtree)}) for child in infinitives]
    if OBJECT in shapes and objects:
        complements = [c for c in h.children if c.dep_ == "oprd"
                       or c.dep_ == "prep" and c.lower_ in OBJECT_COMPLEMENTS] + [
            c for o in objects for c in o.rights if c.dep_ in ("acl", "amod") and quoted(c) or c.dep_ == "appos"
            or c.dep_ == "prep" and c.lower_ == "as"] + [   # "portray immigrants as criminals", as parsed
            # 'called the system "rigged"', 'called her son her hero' (read as an apposition)
            # "as beset by ...", "as Washington celebrating itself", not "as he left"
            c for c in h.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG")
            and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
            and (c.tag_ == "VBG" or not any(g.dep_ in SUBJECT_DEPS for g in c.children))]
        if h.lemma_ not in NAMING_VERBS or complements:
            # and whom or what it was said to or of: 'tweeted congratulations to Sanders', 'criticized
            # Clinton on two fronts' (not when: 'on Tuesday')
            tails = [c for c in h.children if c.dep_ == "prep" and c.lower_ in OBJECT_TAIL_PREPOSITIONS
                     and c.i > max(o.i for o in objects)
                     and not tells_time(c)]
            return [object_span({t for c in objects + complements + tails for t in c.subtree})]
    preps = next((shape for shape in shapes if shape not in (CLAUSE, OBJECT, INFINITIVE)),
                 PREPOSITION_CUES.get(h.lemma_, "")).split()
    pieces = []
    for child in h.children:
        if child.dep_ == "prep" and child.lower_ in preps and not tells_time(child) and any(
                g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() not in ASKING_NOUNS for g in child.children):
            tail = [c for c in h.children if c.dep_ == "prep" and c.lower_ in OBJECT_COMPLEMENTS and c.i > child.i]
            pieces.append(object_span({t for g in child.children for t in g.subtree} | {t for c in tail for t in c.subtree}))
    return pieces


def object_span(tokens) -> tuple[int, int]:
    """The characters of what an object says, less what the writer adds after it: a relative clause set
    off by punctuation ('the judge as "Spanish," which is what some call ...', 'the allegations, which
    Mr. Doe denies') and a clause joined on with a subject of its own ('mentioned the former secretary,
    and at one point the crowd reprised ...')."""
    doc = next(iter(tokens)).doc
    aside = {u.i for t in tokens if t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].is_punct
             or t.dep_ == "conj" and t.pos_ in VERBAL and any(c.dep_ in SUBJECT_DEPS for c in t.children)
             for u in t.subtree}
    return _span([t for t in tokens if t.i not in aside] or tokens)


def tells_time(prep: Token) -> bool:
    """Does a preposition tell when or how long ('on Tuesday', 'pushed for nearly a decade')?"""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def clean_statement(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:that|:)\s+", "", text)
    text = text.strip(" ,.;:" + QUOTE_CHARACTERS.replace("\u2019", "").replace("\u2018", ""))
    if text.count('"') % 2:
        text += '"'   # 'were "naive."' trimmed of its end keeps its quote closed
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return text


# ---------------------------------------------------------------- who said it

def source_of(art: ParsedArticle, tok: Token, statements: list[StatementMention]) -> Source | None:
    """The source a word stands for: a named actor, or an unnamed source of the article; None for
    the writer and the reader ("if you think ...")."""
    if tok.lower_ in NOT_SOURCES:
        return None
    actor = resolve(art, tok)
    if actor is not None:
        return actor, None
    if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl" and tok.head.head.i != tok.i:
        return source_of(art, tok.head.head, statements)
    if tok.lower_ in PERSON_PRONOUNS:
        named = last_person_named(art, tok.idx)
        if named is not None:
            return named, None
    if tok.lower_ in SOURCE_PRONOUNS or tok.pos_ == "PRON":
        return None, earlier_unnamed(art, tok, statements) or UnnamedSource(UNIDENTIFIED, "source", "person", None)
    named = by_surname(art, tok.text) if tok.pos_ == "PROPN" or tok.text[:1].isupper() else []
    if named:
        return named[0], None   # "Azim said" where the name was not found as a mention
    unnamed = describe(art, tok)
    if unnamed.kind == "organization" and unnamed.speaks_for is not None:
        return unnamed.speaks_for, None   # "a Pew Research Center analysis": a document speaks for its publisher
    return None, unnamed


def last_person_named(art: ParsedArticle, char: int) -> int | None:
    """ "Kofi Annan : '...' ... He told reporters": a "he" no subject accounts for is the person
    named last before it as a subject or a caption's name."""
    before = [art.owner[i] for i, m in enumerate(art.mentions) if m.end <= char and art.actors[art.owner[i]].kind == "person"
              and (m.caption or art.doc[m.root].dep_ in SUBJECT_DEPS) and not in_quote(art, m.start)]
    return before[-1] if before else None


def earlier_unnamed(art: ParsedArticle, pronoun: Token, statements: list[StatementMention]) -> UnnamedSource | None:
    """ "Critics said ... They say ...": an unresolved "they" or "it" is the unnamed source of the
    statement told just before (in its own or the sentence before)."""
    since = sentence_before_start(pronoun)
    before = [s.source for s in statements if s.source is not None and s.source.description != UNIDENTIFIED
              and since <= s.evidence.start < pronoun.idx]
    return before[-1] if before else None


def describe(art: ParsedArticle, head: Token) -> UnnamedSource:
    """ "a spokesman for the State Department, who ...": the description up to its first comma or
    clause, and the organisation it names."""
    skip = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj") for t in c.subtree}
    words = [t for t in head.subtree if t.i not in skip]
    if words and words[0].dep_ == "det":
        words = words[1:]
    text = re.sub(r"\s+", " ", " ".join(t.text for t in words[:10])).replace(" 's", "'s").strip() or head.text
    speaks_for = None
    for child in head.children:
        if child.dep_ in ("poss", "compound") and child.i in art.token_actor:
            speaks_for = art.token_actor[child.i]
        elif child.dep_ == "prep" and child.lower_ in SPEAKS_FOR_PREPOSITIONS:
            objs = [g for g in child.subtree if g.dep_ == "pobj" and g.i in art.token_actor]
            speaks_for = speaks_for if speaks_for is not None or not objs else art.token_actor[objs[0].i]
        elif child.dep_ == "acl" and head.lemma_ in DOCUMENT_NOUNS and speaks_for is None and child.tag_ == "VBN":
            # "a court document filed by state attorney Dave Aronberg", "an email sent out by Sanders"
            authors = [g for a in child.children if a.dep_ == "agent" for g in a.children
                       if g.dep_ == "pobj" and g.i in art.token_actor]
            speaks_for = art.token_actor[authors[0].i] if authors else None
    issuer = subject_of(head.head) if head.dep_ == "dobj" and head.lemma_ in DOCUMENT_NOUNS else None
    if speaks_for is None and issuer is not None and issuer.i in art.token_actor:
        speaks_for = art.token_actor[issuer.i]   # "Trump and Ryan issued a statement describing ..."
    kind = "organization" if head.lemma_ in DOCUMENT_NOUNS else "group" if head.tag_ in ("NNS", "NNPS") else "person"
    return UnnamedSource(text, head.lemma_.lower(), kind, speaks_for)


# ---------------------------------------------------------------- no cue verb

def labelled_lines(art: ParsedArticle) -> list[StatementMention]:
    """ "Sanders: The system is rigged", "MR. KAINE: Well, ...": a line led by a speaker and a
    colon is the speaker's words (a quotation after a caption's name is read by `caption_speaker`)."""
    out = []
    for m in LABELLED_LINE.finditer(art.text):
        label, (start, end) = m.group(1), m.span(2)
        if len(label.split()) > 6:
            continue
        if art.text[start] in QUOTE_CHARACTERS:   # 'Ted Cruz: "..."': the quotation only
            quote = next((q for q in art.quotes if start < q[0] <= start + 2), None)
            if quote is not None and caption_speaker(art, quote[0]) is not None:
                continue
            if quote is None:   # "Trump: 'We are going to win so much.'", in single quotes
                start, end = start + 1, end - (art.text[end - 1] in QUOTE_CHARACTERS)
            else:
                start, end = quote
        source = label_source(art, label, m.start(1), m.end(1))
        text = clean_statement(art.text[start:end])
        if source is None or len(text.split()) < 2:
            continue
        out.append(StatementMention(source[0], text, (start, end) in art.quotes, None, publication_date(art),
                                    evidence(art, start, end), start, end, source[1]))
    return out


def label_source(art: ParsedArticle, label: str, start: int, end: int) -> Source | None:
    """Who a label names: the person (else the organisation) named in it ("Clinton, CNN: ..." is
    Clinton's), else a person of the article by the label's last word ("Sanders: ...", "MR. KAINE:
    ...", whose capitals name nobody new); a transcript's speaker named nowhere else is an unnamed source."""
    words = re.findall(r"[\w'\u2019-]+", label)
    if not words or words[0].lower() in NOT_SPEAKER_LABELS:
        return None
    surname = words[-1].lower()
    named_by_surname = by_surname(art, surname)
    named = [(art.actors[art.owner[i]].kind, art.owner[i]) for i, m in enumerate(art.mentions)
             if start <= m.start and m.end <= end]
    transcript = label.isupper() and words[0].lower() in TRANSCRIPT_TITLES and len(words) >= 2
    if transcript and named_by_surname:
        return named_by_surname[0], None
    for kind in ("person", "organization"):
        found = [a for k, a in named if k == kind]
        if found:
            return found[0], None
    if named_by_surname:
        return named_by_surname[0], None
    if transcript:
        return None, UnnamedSource(label.title(), surname, "person", None)
    return None


def headline_cues(art: ParsedArticle, statements: list[StatementMention]) -> list[StatementMention]:
    """ "Obama Claims Hillary Most Qualified Candidate Ever": in a Title Case line the tagger reads
    every word as a name, so a cue is found by its word, its speaker by the name just before it
    and what was said is the rest of the line."""
    out = []
    for line in re.finditer(r"[^\n]+", art.text):
        words = list(re.finditer(r"[\w'\u2019-]+", line.group()))
        long_words = [w.group() for w in words if len(w.group()) > 3]
        if len(words) < 4 or len(words) > HEADLINE_WORDS or sum(w[0].isupper() for w in long_words) < 0.7 * len(long_words):
            continue
        if any(s.start < line.end() and line.start() < s.end for s in statements + out):
            continue
        for k, w in enumerate(words[1:-1], start=1):
            if cue_word(w.group().lower()) is None:
                continue
            start, cue = line.start(), line.start() + w.start()
            named = [art.owner[i] for i, m in enumerate(art.mentions) if start <= m.start and m.end <= cue
                     and art.actors[art.owner[i]].kind in ("person", "organization")]
            source = (named[-1], None) if named else label_source(art, line.group()[:w.start()].strip(), cue, cue)
            text = clean_statement(art.text[line.start() + words[k + 1].start():line.end()])
            if source is not None and len(text.split()) >= 2:
                end = line.end()
                out.append(StatementMention(source[0], text, False, None, publication_date(art),
                                            evidence(art, cue, end), line.start() + words[k + 1].start(), end, source[1]))
            break
    return out


def cue_word(word: str) -> str | None:
    """The cue lemma of a headline's verb ("says", "vows", "slams" -> "say", "vow", "slam")."""
    for lemma in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if lemma and lemma in HEADLINE_CUES:
            return lemma
    return None


def by_surname(art: ParsedArticle, word: str) -> list[int]:
    """The people of the article whose name ends in `word` ("Azim": Hassan Abdul Azim); names in
    capitals ("KAINE", a transcript's label) are no one's full name."""
    word = word.lower()
    return [a for a, actor in enumerate(art.actors) if actor.kind == "person" and not actor.name.isupper()
            and any(alias.split()[-1].lower() == word for alias in actor.aliases if alias.split())]


def unattributed_quotes(art: ParsedArticle, used: set, statements: list[StatementMention]) -> list[StatementMention]:
    """Quotes with no speech verb: a caption's `Name : "..."`, or a quote that carries on what the
    previous statement's speaker was saying, unless someone else was named in between. Short
    quotes on their own are scare quotes."""
    out = []
    text = art.text
    for q in art.quotes:
        if q in used or len(text[q[0]:q[1]].split()) <= SCARE_QUOTE_WORDS or is_title(text[q[0]:q[1]]):
            continue
        speaker, source, date = caption_speaker(art, q[0]), None, None
        if speaker is None:
            # the statement before, in the same paragraph or ending the paragraph before ('"...," he
            # said.\n\n"..."': the quotation runs on in the next paragraph)
            prev = sorted((s for s in statements + out if s.end <= q[0] and q[0] - s.end < 400
                           and ("\n\n" not in text[s.end:q[0]].strip("\n")
                                or not text[s.evidence.end:q[0]].strip(" \n" + QUOTE_CHARACTERS))),
                          key=lambda s: (s.evidence.start, s.start))
            if not prev:
                continue
            # a quotation carries on the last quoted words of the sentence before it ('"...," Trump said at
            # his party, after news outlets declared him the victor. "You ..."'), else the last statement
            last = ([s for s in prev if s.evidence.start == prev[-1].evidence.start and s.quote] or prev)[-1]
            if someone_between(art, last, q[0]) or said_after(art, q):
                continue
            speaker, source, date = last.speaker, last.source, last.date
        quote_text = clean_statement(text[q[0]:q[1]])
        out.append(StatementMention(speaker, quote_text, True, None, date or publication_date(art),
                                    evidence(art, q[0], q[1]), q[0], q[1], source))
        used.add(q)
    return out


def someone_between(art: ParsedArticle, st: StatementMention, char: int) -> bool:
    """Is someone else introduced, as a subject, between a statement and a later quotation?"""
    return any(st.end <= m.start < char and art.owner[i] != st.speaker and not in_quote(art, m.start)
               and art.doc[m.root].dep_ in SUBJECT_DEPS for i, m in enumerate(art.mentions))


def said_after(art: ParsedArticle, quote: tuple[int, int]) -> bool:
    """Is a quotation followed by a cue of its own ('"...," mused radio host Jane Roe'), whose
    speaker, even one not found, is not the one before?"""
    if not (art.text[quote[0]:quote[1]].endswith(",") or "," in art.text[quote[1]:quote[1] + 3]):
        return False   # a quoted sentence of its own, the cue after it another's
    span = art.doc.char_span(quote[1], quote[1] + 1, alignment_mode="expand") if quote[1] < len(art.text) else None
    if span is None:
        return False
    after = art.doc[span.start:min(len(art.doc), span.start + SAID_AFTER_QUOTE + 2)]
    return any(t.pos_ == "VERB" and is_cue(t) and not in_quote(art, t.idx) for t in after)


def caption_speaker(art: ParsedArticle, quote_start: int) -> int | None:
    """The name a quotation is captioned with (`Name : "..."`), not one a word governs ('said of Sanders: "..."')."""
    for i, m in enumerate(art.mentions):
        if (m.caption and m.end <= quote_start and CAPTION_GAP.fullmatch(art.text[m.end:quote_start])
                and art.doc[m.root].dep_ not in GOVERNED):
            return art.owner[i]
    return None

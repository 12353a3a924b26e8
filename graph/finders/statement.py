"""Statements: who said what (quoted or reported), to whom, and when.

Speech verbs are found by lemma, their speaker by the subject (or "according to"), what was
said by the clausal complement or the quotation beside it. PLOVER codes no commentary, so a
statement has no PLOVER category; an event told inside what was said is found by its own finder.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.graph.article import Evidence, ParsedArticle, evidence, in_quote
from dateline.graph.coref import PERSON_PRONOUNS, resolve
from dateline.graph.dating import EventDate, clause_date, previous_sentence_date, publication_date
from dateline.graph.finders import finder
from dateline.graph.schema import (ADDRESSEE, BY_WORDS, QUOTE, SPEAKER, TEXT, STATEMENT, CardField, DATE_FIELDS, EventKind, register,
                                   statement_summary)
from dateline.graph.syntax import SUBJECT_DEPS, subject_of
from dateline.nlp import OPENING_QUOTES, QUOTE_CHARACTERS, VERBAL

KIND = register(EventKind(
    "statement", STATEMENT, None, "who said what, quoted or reported", ("source", "target"), BY_WORDS, "#b07aa1",
    (DATE_FIELDS[0], CardField("Speaker", SPEAKER), CardField("Addressed to", ADDRESSEE), CardField("Said", TEXT),
     CardField("Direct quote", QUOTE)),
    statement_summary))

SPEECH_VERBS = {
    "say", "tell", "add", "insist", "admit", "urge", "warn", "echo", "write", "state", "claim",
    "announce", "deny", "stress", "note", "reply", "declare", "explain", "report", "acknowledge",
    "argue", "confirm", "concede", "predict", "promise", "tweet", "complain", "caution", "assert",
    "reiterate", "emphasise", "emphasize", "comment", "recall", "respond", "vow", "allege",
}
# Speech verbs whose content is an object plus an infinitive: "urged Mr Assad to embrace change".
OBJECT_CONTROL_VERBS = {"urge", "warn", "tell", "ask", "call", "caution"}
# Words whose date, in the sentence before, can be the date of a statement.
SPEECH_WORDS = SPEECH_VERBS | {"interview", "statement", "speech", "remarks", "comments", "conference",
                               "briefing", "tweet", "letter", "broadcast", "address", "appearance"}
_OPENING = "|".join(re.escape(q) for q in sorted(OPENING_QUOTES))
INTRODUCES_QUOTE = re.compile(rf":\s*(?:{_OPENING})?\s*$")
# Between a caption's name and its quote: a title or two, a colon, the opening quote mark.
CAPTION_GAP = re.compile(rf"\s*(?:[A-Z][\w.-]*\s+){{0,4}}:\s*(?:{_OPENING})?\s*")


@dataclass
class StatementMention:
    speaker: int
    text: str
    quote: bool
    addressee: int | None
    date: EventDate
    evidence: Evidence
    start: int                        # character span of what was said
    end: int
    kind: str = KIND.name


@finder
def find_statements(art: ParsedArticle) -> list[StatementMention]:
    statements: list[StatementMention] = []
    used_quotes: set[tuple[int, int]] = set()
    content_tokens: set[int] = set()
    for tok in art.doc:
        if tok.lemma_ not in SPEECH_VERBS and not _is_go_on(tok) and not _is_according_to(tok):
            continue
        if tok.i in content_tokens or in_quote(art, tok.idx):
            continue   # a speech verb inside what someone said belongs to that statement
        st = speech_act(art, tok, used_quotes)
        if st is not None:
            statements.append(st)
            span = art.doc.char_span(st.start, st.end, alignment_mode="expand")
            content_tokens.update(t.i for t in span or ())
            content_tokens.update(h.i for h in speech_heads(tok))
    statements.extend(unattributed_quotes(art, used_quotes, statements))
    return sorted(statements, key=lambda s: s.start)


def _is_go_on(tok: Token) -> bool:
    return tok.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children)


def _is_according_to(tok: Token) -> bool:
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def speech_act(art: ParsedArticle, verb: Token, used_quotes: set) -> StatementMention | None:
    subj = None
    if _is_according_to(verb):
        to = next(c for c in verb.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        speaker = resolve(art, obj) if obj is not None else None
        main = verb.head
        while main.head.i != main.i and main.pos_ not in VERBAL:
            main = main.head
        skip = set(t.i for t in verb.subtree)
        content = [t for t in main.sent if t.i not in skip and not t.is_punct and not t.is_space]
        pieces = [(content[0].idx, content[-1].idx + len(content[-1]))] if content else []
    else:
        if any(c.dep_ == "nsubjpass" for c in verb.children) or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
            return None
        subj = subject_of(verb)
        speaker = resolve(art, subj) if subj is not None else None
        pieces = content_spans(art, verb)
    if speaker is None:
        return None
    sent = verb.sent
    for q in art.quotes:
        if q in used_quotes or caption_speaker(art, q[0]) is not None:
            continue
        overlaps_sentence = q[0] < sent.end_char and sent.start_char < q[1]
        # 'He said: "...' with the quote parsed as the next sentence
        introduced = 0 <= q[0] - sent.end_char < 5 and INTRODUCES_QUOTE.search(art.text[sent.start_char:q[0]])
        if overlaps_sentence or introduced:
            pieces.append(q)
            used_quotes.add(q)
    if not pieces:
        return None
    if subj is not None and subj.lower_ in PERSON_PRONOUNS:
        speaker = not_named_in(art, speaker, subj, pieces)
        if speaker is None:
            return None
    quotes_first = [p for p in pieces if p in used_quotes and p[1] <= verb.idx]
    if quotes_first:
        pieces = quotes_first   # `"...," he said`: the quote is what was said
    start, end = min(p[0] for p in pieces), max(p[1] for p in pieces)
    text = clean_statement(art.text[start:end])
    if len(text.split()) < 2:
        return None
    addressee = None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and verb.lemma_ == "tell":
            addressee = resolve(art, child)
    exclude = set()
    for p in pieces:
        span = art.doc.char_span(p[0], p[1], alignment_mode="expand")
        exclude.update(t.i for t in span or ())
    date = (clause_date(art, speech_clause(verb), exclude) or previous_sentence_date(art, sent.start, {speaker}, SPEECH_WORDS)
            or publication_date(art))
    quote = any(q in used_quotes and start <= q[0] and q[1] <= end for q in art.quotes)
    return StatementMention(speaker, text, quote, addressee, date, evidence(art, start, end), start, end)


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


def content_spans(art: ParsedArticle, verb: Token) -> list[tuple[int, int]]:
    """What a speech verb reports: its clausal complement, or object plus infinitive ("urged X to ...")."""
    pieces = []
    for h in speech_heads(verb):
        for child in h.children:
            if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and h.lemma_ in OBJECT_CONTROL_VERBS):
                toks = sorted(child.subtree, key=lambda t: t.i)
                if h.lemma_ in OBJECT_CONTROL_VERBS and child.dep_ == "xcomp":
                    objs = [c for c in h.children if c.dep_ == "dobj"]
                    toks = sorted(set(toks) | {t for o in objs for t in o.subtree}, key=lambda t: t.i)
                pieces.append((toks[0].idx, toks[-1].idx + len(toks[-1])))
    if any(p[0] > verb.idx for p in pieces):
        pieces = [p for p in pieces if p[0] > verb.idx]   # "said that ...": what came before is not it
    return pieces


def speech_heads(verb: Token) -> list[Token]:
    """The verb and the subjectless speech verbs that carry on from it ("echoed ..., writing that ...")."""
    return [verb] + [c for c in verb.children if c.dep_ in ("advcl", "conj") and c.lemma_ in SPEECH_VERBS
                     and not any(g.dep_ == "nsubj" for g in c.children)]


def clean_statement(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:that|:)\s+", "", text)
    text = text.strip(" ,.;:" + QUOTE_CHARACTERS.replace("\u2019", "").replace("\u2018", ""))
    if text.count('"') % 2:
        text += '"'   # 'were "naive."' trimmed of its end keeps its quote closed
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return text


def unattributed_quotes(art: ParsedArticle, used: set, statements: list[StatementMention]) -> list[StatementMention]:
    """Quotes with no speech verb: a caption's `Name : "..."`, or a quote that carries on what the
    previous statement's speaker was saying. Short quotes on their own are scare quotes."""
    out = []
    text = art.text
    for q in art.quotes:
        if q in used or len(text[q[0]:q[1]].split()) < 4:
            continue
        speaker, date = caption_speaker(art, q[0]), None
        if speaker is None:
            prev = [s for s in statements + out if s.end <= q[0] and q[0] - s.end < 400
                    and "\n\n" not in text[s.end:q[0]].strip("\n")]
            if not prev:
                continue
            speaker, date = prev[-1].speaker, prev[-1].date
        quote_text = clean_statement(text[q[0]:q[1]])
        out.append(StatementMention(speaker, quote_text, True, None, date or publication_date(art),
                                    evidence(art, q[0], q[1]), q[0], q[1]))
        used.add(q)
    return out


def caption_speaker(art: ParsedArticle, quote_start: int) -> int | None:
    for i, m in enumerate(art.mentions):
        if m.caption and m.end <= quote_start and CAPTION_GAP.fullmatch(art.text[m.end:quote_start]):
            return art.owner[i]
    return None


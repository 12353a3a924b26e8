"""Meetings and statements in one article, each with its actors, date, place and evidence.

Works on the spaCy parse: speech verbs and meeting words are found by lemma, their speaker,
participants and dates by the dependency tree. Pronouns and descriptions ("the Syrian
president") are resolved to the actors of the article.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.graph.actors import LocalActor, Mention

SPEECH_VERBS = {
    "say", "tell", "add", "insist", "admit", "urge", "warn", "echo", "write", "state", "claim",
    "announce", "deny", "stress", "note", "reply", "declare", "explain", "report", "acknowledge",
    "argue", "confirm", "concede", "predict", "promise", "tweet", "complain", "caution", "assert",
    "reiterate", "emphasise", "emphasize", "comment", "recall", "respond", "vow", "allege",
}
# Speech verbs whose content is an object plus an infinitive: "urged Mr Assad to embrace change".
OBJECT_CONTROL_VERBS = {"urge", "warn", "tell", "ask", "call", "caution"}
MEETING_VERBS = {"meet", "host", "visit"}
MEETING_NOUNS = {"meeting", "meetings", "talks", "talk", "negotiations", "discussions", "summit", "visit", "round"}
# Verbs that turn a meeting noun into an event held: "held talks", "restarted his talks".
HOLDING_VERBS = {"hold", "have", "begin", "start", "end", "resume", "restart", "conclude", "open", "continue"}
# Words whose date, in the sentence before, can be the date of a statement or of a meeting.
SPEECH_WORDS = SPEECH_VERBS | {"interview", "statement", "speech", "remarks", "comments", "conference",
                               "briefing", "tweet", "letter", "broadcast", "address", "appearance"}
MEETING_WORDS = MEETING_VERBS | MEETING_NOUNS | HOLDING_VERBS
HYPOTHETICAL_DETERMINERS = {"any", "no", "every", "future", "possible", "potential"}
FUTURE_AUXILIARIES = {"will", "'ll", "shall"}
PLANNING_HEADS = {"plan", "expect", "due", "schedule", "set", "intend", "hope", "prepare", "go"}

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
# Nouns that describe a person by office; "the Syrian president" is resolved to the one actor
# of the article holding that office, else to the person in focus.
ROLE_NOUNS = {
    "president", "leader", "diplomat", "envoy", "minister", "secretary-general", "premier",
    "chancellor", "king", "queen", "prince", "ambassador", "negotiator", "mediator", "figure",
    "chief", "head", "general", "commander", "chairman", "statesman", "veteran", "politician",
    "monarch", "ruler", "dictator", "strongman", "emir", "cleric", "mufti", "patriarch",
}
# Anonymous speakers: never resolved to a named actor.
ANONYMOUS_NOUNS = {"official", "officials", "source", "sources", "spokesman", "spokeswoman",
                   "witness", "witnesses", "activist", "activists", "resident", "residents", "aide", "diplomats"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "xcomp", "csubj", "acl"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
DATE_TYPES = {"DATE", "TIME"}

QUOTE_PATTERNS = [re.compile(r"``(.{1,3000}?)''", re.S), re.compile("\u201c([^\u201d]{1,3000})\u201d"),
                  re.compile(r'"([^"\n]{1,3000})"')]
INTRODUCES_QUOTE = re.compile(r":\s*(?:``|\"|\u201c)?\s*$")
# Between a caption's name and its quote: a title or two, a colon, the opening quote mark.
CAPTION_GAP = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,4}:\s*(?:``|\"|\u201c)?\s*")
DATELINE = re.compile(r"^(?:\([^)\n]*\)\s*)?([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:,\s*[A-Z][\w. ]+?)?\s+[-\u2013\u2014]{1,2}\s", re.M)


@dataclass
class Evidence:
    article: str
    sentence: str
    start: int
    end: int


@dataclass
class EventDate:
    value: str | None
    granularity: str | None
    basis: str


@dataclass
class MeetingMention:
    participants: list[int]           # actor indices in the article
    date: EventDate
    status: str                       # held or planned
    place: str | None
    evidence: Evidence


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


@dataclass
class Article_:
    """Everything the rules look up in one parsed article."""
    key: str
    doc: Doc
    text: str                          # doc.text, which spaCy rebuilds on every access
    published: str | None
    mentions: list[Mention]
    owner: list[int]
    actors: list[LocalActor]
    timexes: list
    quotes: list[tuple[int, int]] = field(default_factory=list)      # inner spans
    token_actor: dict[int, int] = field(default_factory=dict)        # token index -> actor
    person_focus: list[tuple[int, int]] = field(default_factory=list)  # (char, actor) subjects in reading order
    organization_focus: list[tuple[int, int]] = field(default_factory=list)   # likewise, organisations
    place: str | None = None
    sents: list = field(default_factory=list)
    sent_index: dict[int, int] = field(default_factory=dict)         # a sentence's first token -> its index


def read_article(key: str, doc: Doc, published: str | None, mentions: list[Mention],
                 owner: list[int], actors: list[LocalActor], timexes: list) -> Article_:
    art = Article_(key, doc, doc.text, published, mentions, owner, actors, timexes)
    art.quotes = find_quotes(art.text)
    art.sents = list(doc.sents)
    art.sent_index = {s.start: i for i, s in enumerate(art.sents)}
    for i, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span or ():
            art.token_actor[t.i] = owner[i]
    build_person_focus(art)
    match = DATELINE.search(art.text[:600])
    if match and len(match.group(1)) > 2:
        art.place = match.group(1).title()
    return art


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations in ``PTB'', curly and straight quote marks; no overlaps."""
    spans: list[tuple[int, int]] = []
    for pattern in QUOTE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                spans.append((s, e))
    return sorted(spans)


def in_quote(art: Article_, char: int) -> bool:
    return any(s <= char < e for s, e in art.quotes)


def build_person_focus(art: Article_) -> None:
    """The people who are grammatical subjects of the running text, in reading order.

    A pronoun subject stands for the person it resolves to; captions and quoted words do not
    move the focus.
    """
    focus = art.person_focus
    for tok in art.doc:
        if tok.dep_ not in SUBJECT_DEPS and not (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS):
            continue
        if in_quote(art, tok.idx):
            continue
        actor = art.token_actor.get(tok.i)
        if actor is not None and art.actors[actor].kind == "organization":
            art.organization_focus.append((tok.idx, actor))
        elif actor is not None and art.actors[actor].kind == "person":
            if not _is_caption_token(art, tok):
                focus.append((tok.idx, actor))
        elif tok.lower_ in ("he", "she"):
            person = resolve(art, tok)
            if person is not None:
                focus.append((tok.idx, person))


def _is_caption_token(art: Article_, tok: Token) -> bool:
    return any(m.caption and m.start <= tok.idx < m.end for m in art.mentions)


def organization_before(art: Article_, tok: Token) -> int | None:
    """ "Microsoft said ... It added that ...": "it" as a subject is the organisation that was the
    subject in its own or the sentence before, if there is one."""
    since = art.sents[max(0, art.sent_index[tok.sent.start] - 1)].start_char
    before = [a for c, a in art.organization_focus if since <= c < tok.idx]
    return before[-1] if before else None


def focus_before(art: Article_, char: int) -> int | None:
    before = [a for c, a in art.person_focus if c < char]
    return before[-1] if before else None


def resolve(art: Article_, tok: Token) -> int | None:
    """The actor a token stands for: a named mention, a pronoun, an apposition or a description."""
    if tok.i in art.token_actor:
        return art.token_actor[tok.i]
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        return bound_subject(art, tok) or focus_before(art, tok.idx)
    if low == "it" and tok.dep_ in SUBJECT_DEPS:
        return organization_before(art, tok)
    if low in ("which", "who", "that") and tok.head.dep_ == "relcl":
        return resolve(art, tok.head.head)   # "the Observatory, which said ...": its antecedent
    for child in tok.children:
        if child.dep_ == "appos" and child.i in art.token_actor:
            return art.token_actor[child.i]
    if tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.children):
        return resolve_description(art, tok)
    return None


def bound_subject(art: Article_, pronoun: Token) -> int | None:
    """The person subject of a clause that contains the pronoun ("Mr Annan said he ...",
    "Speaking after his meeting, Mr Annan said"). Not inside quotes, where "he" is someone else."""
    if in_quote(art, pronoun.idx):
        return None
    verb = governing_verb(pronoun)
    while verb is not None:
        subj = subject_of(verb)
        if subj is not None and subj.i != pronoun.i:
            actor = art.token_actor.get(subj.i)
            if actor is None and subj.lower_ in ("he", "she") and subj.i < pronoun.i:
                actor = focus_before(art, subj.idx + 1)
            if actor is not None and art.actors[actor].kind == "person":
                return actor
        verb = governing_verb(verb)
    return None


def resolve_description(art: Article_, tok: Token) -> int | None:
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
        if v.dep_ in ("conj", "xcomp", "advcl", "acl", "pcomp") and v.head.i != v.i:
            v = v.head
            if v.dep_ == "prep" and v.head.i != v.i:   # "after having met": through the preposition
                v = v.head
            continue
        return None
    return None


def governing_verb(tok: Token) -> Token | None:
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def attached(tok: Token, path: set[int]) -> bool:
    """Does a token belong to the clause made of `path`, without passing through another clause?"""
    t = tok
    while True:
        if t.i in path:
            return True
        if t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in t.children):
            return False
        if t.head.i == t.i:
            return False
        t = t.head


def clause_path(trigger: Token) -> tuple[set[int], Token]:
    """The trigger and its ancestors up to and including the first verb; and that verb (the root
    when there is none)."""
    path = {trigger.i}
    t = trigger
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
        path.add(t.i)
    return path, t


def clause_date(art: Article_, path: set[int], exclude: set[int] = frozenset()) -> EventDate | None:
    sent = art.doc[min(path)].sent
    for tx in art.timexes:
        if tx.type not in DATE_TYPES or tx.value is None or not (sent.start_char <= tx.start < sent.end_char):
            continue
        span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or any(t.i in exclude for t in span):
            continue
        if attached(span.root, path):
            return EventDate(day_value(tx.value), tx.granularity, f'"{tx.text}" in the same clause: {tx.reason}')
    return None


def day_value(value: str) -> str:
    """An event's date at day precision at most: "2012-07-09TNI" -> "2012-07-09"."""
    return value[:10] if re.match(r"\d{4}-\d{2}-\d{2}T", value) else value


def previous_sentence_date(art: Article_, sent_start: int, actors: set[int], event_words: set[str]) -> EventDate | None:
    """The date of the sentence before, when that sentence tells the same kind of event (its date
    hangs off one of `event_words`: "in an interview ... on Sunday") about one of the same actors."""
    idx = art.sent_index.get(sent_start)
    if not idx:
        return None
    prev = art.sents[idx - 1]
    if not any(art.token_actor.get(t.i) in actors for t in prev) and not any(
            t.lower_ in PERSON_PRONOUNS and focus_before(art, t.idx) in actors for t in prev):
        return None
    for tx in art.timexes:
        if tx.type in DATE_TYPES and tx.value and prev.start_char <= tx.start < prev.end_char:
            span = art.doc.char_span(tx.start, tx.end, alignment_mode="expand")
            if span is not None and any(t.lemma_ in event_words or t.lower_ in event_words
                                        for t in clause_tokens(span.root)):
                return EventDate(day_value(tx.value), tx.granularity, f'"{tx.text}" in the sentence before: {tx.reason}')
    return None


def clause_tokens(tok: Token) -> list[Token]:
    """A token, its ancestors up to the verb of its clause, and what that verb governs directly
    or through a preposition ("ruled out in an interview")."""
    out = [tok]
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
        out.append(tok)
    for child in tok.children:
        out.append(child)
        out.extend(c for c in child.children if child.dep_ == "prep" and c.dep_ == "pobj")
    return out


def publication_date(art: Article_) -> EventDate:
    if art.published:
        return EventDate(art.published, "day", "no date in the text: the publication date")
    return EventDate(None, None, "no date in the text and no publication date")


def evidence(art: Article_, start: int, end: int) -> Evidence:
    doc = art.doc
    first = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
    s0 = first[0].sent if first is not None and len(first) else doc[0].sent
    s1 = first[-1].sent if first is not None and len(first) else s0
    a, b = min(s0.start_char, start), max(s1.end_char, end)
    return Evidence(art.key, art.text[a:b].strip(), a, b)


# ---------------------------------------------------------------- statements

def find_statements(art: Article_) -> list[StatementMention]:
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


def speech_act(art: Article_, verb: Token, used_quotes: set) -> StatementMention | None:
    subj = None
    if _is_according_to(verb):
        to = next(c for c in verb.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        speaker = resolve(art, obj) if obj is not None else None
        main = verb.head
        while main.head.i != main.i and main.pos_ not in ("VERB", "AUX"):
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


def not_named_in(art: Article_, speaker: int, pronoun: Token, pieces: list[tuple[int, int]]) -> int | None:
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


def content_spans(art: Article_, verb: Token) -> list[tuple[int, int]]:
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
    text = text.strip(" ,.;:`'\"\u201c\u201d")
    if text.count('"') % 2:
        text += '"'   # 'were "naive."' trimmed of its end keeps its quote closed
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    return text


def unattributed_quotes(art: Article_, used: set, statements: list[StatementMention]) -> list[StatementMention]:
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


def caption_speaker(art: Article_, quote_start: int) -> int | None:
    for i, m in enumerate(art.mentions):
        if m.caption and m.end <= quote_start and CAPTION_GAP.fullmatch(art.text[m.end:quote_start]):
            return art.owner[i]
    return None


# ---------------------------------------------------------------- meetings

def find_meetings(art: Article_) -> list[MeetingMention]:
    found = []
    for tok in art.doc:
        if tok.pos_ == "VERB" and tok.lemma_ in MEETING_VERBS:
            participants, path, verb = verb_meeting(art, tok)
        elif (tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in MEETING_NOUNS and not _held_by_meeting_verb(tok)
              and not any(c.lower_ in HYPOTHETICAL_DETERMINERS for c in tok.children)):
            participants, path, verb = noun_meeting(art, tok)
        else:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue   # "did not meet", "held no talks" is handled by the determiners above
        if participants:
            found.append(meeting_mention(art, tok, participants, path, verb))
    return merge_in_article(art, found)


def _held_by_meeting_verb(noun: Token) -> bool:
    return noun.head.pos_ == "VERB" and noun.head.lemma_ in MEETING_VERBS


def verb_meeting(art: Article_, verb: Token) -> tuple[list[int], set[int], Token]:
    subj = subject_of(verb)
    people = [resolve(art, t) for t in with_conjuncts(subj)] if subj is not None else []
    for child in verb.children:
        if child.dep_ in ("dobj", "conj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
            people.extend(object_actors(art, child, direct=child.dep_ == "dobj", verb=verb))
        if child.dep_ == "prep" and child.lower_ in ("with", "between"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    people.extend(object_actors(art, pobj, direct=True, verb=verb))
    return known_once(people), {verb.i}, verb


def noun_meeting(art: Article_, noun: Token) -> tuple[list[int], set[int], Token]:
    path, verb = clause_path(noun)
    people = []
    anchors = [noun]
    if noun.head.lower_ == "of":
        anchors.append(noun.head.head)   # "round of talks": its "with" and "his" may hang off "round"
    for a in anchors:
        for child in a.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        people.extend(object_actors(art, pobj, direct=True, verb=None))
            if child.dep_ == "poss":
                if child.lower_ == "their":
                    people.extend(_verb_actors(art, verb))
                else:
                    people.append(resolve(art, child))
            if child.dep_ == "compound" and child.i in art.token_actor:
                people.append(art.token_actor[child.i])
    # the verb's subject takes part when it holds the talks, or the talks hang off it by a preposition
    # ("Speaking after his meeting with X, Annan said")
    if verb.pos_ in ("VERB", "AUX") and (verb.lemma_ in HOLDING_VERBS or any(art.doc[i].dep_ == "prep" for i in path)):
        subj = subject_of(verb)
        if subj is not None and subj.i not in set(t.i for t in noun.subtree):
            people.extend(resolve(art, t) for t in with_conjuncts(subj))
    return known_once(people), path, verb


def _verb_actors(art: Article_, verb: Token) -> list[int | None]:
    out = []
    subj = subject_of(verb)
    if subj is not None:
        out.append(resolve(art, subj))
    out.extend(resolve(art, c) for c in verb.children if c.dep_ in ("dobj", "dative"))
    return out


def object_actors(art: Article_, tok: Token, direct: bool, verb: Token | None) -> list[int | None]:
    """Actors named by an object: the object itself and its conjuncts, or the people listed in it
    ("leaders of opposition groups, including Hassan Abdul Azim ...")."""
    out = []
    for t in with_conjuncts(tok):
        actor = resolve(art, t)
        if actor is not None:
            if verb is None or verb.lemma_ != "visit" or art.actors[actor].kind != "location":
                out.append(actor)
        elif t.pos_ in ("NOUN", "PROPN"):
            for inner in t.subtree:
                a = art.token_actor.get(inner.i)
                if a is not None and (art.actors[a].kind == "person" or inner.head.i == t.i and inner.dep_ == "compound"):
                    out.append(a)
    return out


def known_once(people: list[int | None]) -> list[int]:
    """The actors found, each once, in the order found."""
    return list(dict.fromkeys(p for p in people if p is not None))


def meeting_mention(art: Article_, trigger: Token, participants: list[int], path: set[int],
                    verb: Token) -> MeetingMention:
    date = clause_date(art, path)
    planned = is_planned(verb) or (date is not None and art.published is not None
                                                 and re.match(r"\d{4}-\d{2}-\d{2}", date.value or "") is not None
                                                 and date.value[:10] > art.published)
    place = None
    for i, m in enumerate(art.mentions):
        if m.kind == "location" and art.owner[i] not in participants and m.sent == trigger.sent.start:
            tok = art.doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is not None and tok.root.head.lower_ in ("in", "at") and attached(tok.root, path):
                place = art.actors[art.owner[i]].name
                break
    sent = trigger.sent
    return MeetingMention(participants, date, "planned" if planned else "held", place or art.place,
                          evidence(art, sent.start_char, sent.end_char))


def is_planned(verb: Token) -> bool:
    """ "will meet", "will fly to Cairo and meet", "plans to meet", "is expected to hold talks"."""
    def future(t: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in t.children)

    if future(verb):
        return True
    if verb.dep_ == "xcomp":
        return verb.head.lemma_ in PLANNING_HEADS or future(verb.head)
    return verb.dep_ == "conj" and future(verb.head)


def merge_in_article(art: Article_, found: list[MeetingMention]) -> list[MeetingMention]:
    """One meeting per real meeting in the article.

    Mentions with the same date whose participants contain one another are one meeting; a
    mention with no date of its own takes the date of the one dated meeting it fits, else of the
    sentence before when that is about the same people, else the publication date. A mention
    with a single participant only adds to a meeting it fits on its own date.
    """
    found = [m for m in found if m.date is not None or len(m.participants) >= 2]
    dated = [m for m in found if m.date is not None and len(m.participants) >= 2]
    for m in found:
        if m.date is not None:
            continue
        fits = {(d.date.value, tuple(sorted(set(d.participants) | set(m.participants))))
                for d in dated if _fits(m, d)}
        fits_dates = {f[0] for f in fits}
        if len(fits_dates) == 1:
            d = next(d for d in dated if _fits(m, d))
            m.date = EventDate(d.date.value, d.date.granularity, f"the same meeting told earlier in the article: {d.date.basis}")
        else:
            sent_start = art.doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
            prev = (previous_sentence_date(art, sent_start[0].sent.start, set(m.participants), MEETING_WORDS)
                    if sent_start is not None else None)
            m.date = prev or publication_date(art)
    merged: list[MeetingMention] = []
    for m in sorted(found, key=lambda m: -len(m.participants)):
        targets = [t for t in merged if same_time(t.date.value, m.date.value) and _fits(m, t)]
        if len(targets) != 1:
            if len(m.participants) >= 2 and not targets:
                merged.append(m)
            continue
        target = targets[0]
        if len(m.date.value or "") > len(target.date.value or ""):
            target.date = m.date   # the more precise date of the two
        for p in m.participants:
            if p not in target.participants:
                target.participants.append(p)
        target.place = target.place or m.place
        if m.evidence.start < target.evidence.start and len(m.participants) >= 2:
            target.evidence = m.evidence
    return sorted(merged, key=lambda m: m.evidence.start)


def same_time(a: str | None, b: str | None) -> bool:
    """Can two dates be the same day: equal, or one the month, ISO week or year holding the other?"""
    if a is None or b is None:
        return False
    if a == b:
        return True
    coarse, fine = sorted((a, b), key=len)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fine):
        return fine.startswith(coarse + "-") and re.fullmatch(r"\d{4}(-\d{2})?", coarse) is not None
    if re.fullmatch(r"\d{4}(-\d{2})?", coarse):
        return fine.startswith(coarse + "-")
    week = re.fullmatch(r"(\d{4})-W(\d{2})", coarse)
    if week:
        y, w, _ = datetime.date.fromisoformat(fine).isocalendar()
        return (y, w) == (int(week.group(1)), int(week.group(2)))
    return False


def _fits(small: MeetingMention, big: MeetingMention) -> bool:
    a, b = set(small.participants), set(big.participants)
    if len(a) == 1 or len(b) == 1:
        return a <= b or b <= a
    return len(a & b) >= 2 and (a <= b or b <= a)

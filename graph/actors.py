"""Actors in one article: named mentions cleaned from the parse, their roles and evidence, and one
cluster per real-world entity (the rules of which are in ``identity``, shared with the corpus).

A mention's name is what is left of spaCy's entity once the parse says which of its words are no
part of a name: caption and wire furniture before a spaced dash or colon ("CLEVELAND - Donald
Trump"), words that open the span but are no proper noun (a gerund, an adjective, a common noun
such as "Billionaire", kept as a role when it is a noun), titles (roles) and honorifics (gender),
a possessive and what follows it, and trailing words that are no proper noun ("Trump 46 percent").
A name of one word that the article also writes in lower case as a common word ("Defence",
"West") is no actor. Names next to credit words ("AP Photo/SANA") are outlets credited for the
picture or report, marked as credits.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.graph.identity import (
    FULL_NAME_LABEL, LABEL, Item, canonical_name, cluster, decide_kind, explain, fold, hyphen_parts, kind_evidence,
    short_form)
from dateline.graph.identity_tables import (
    CREDIT_WORDS, FURNITURE_SEPARATORS, GENDERED_ROLES, HEADLINE_LOWER_WORDS, HONORIFIC_GENDER, KIND_BY_LABEL,
    MARKET_FIGURES, MARKET_MOVES, NAME_PARTICLES, NOT_MODEL_NUMBERS, ORG_HEADS, ORG_SUFFIXES, PLACE_HEADS, PLACE_PREPOSITIONS,
    PRONOUN_GENDER, TITLES)
from dateline.nlp import NAME_TAGS, doc_text, doc_words, entity_labels, sentence, sentence_bounds, sentence_number
ABBREVIATION_END = re.compile(r"\b[A-Z]\.$")   # "U.N.": the last dot belongs to the name
# what the tokenizer left glued to a name's last word: a possessive with any apostrophe ("Pike‘s")
# or an em dash and what follows it ("Pike—42 to 12"); an em dash is never inside a name
GLUED_END = re.compile(r"(?:—\S*|['’‘`]s)$")

TITLE_WORDS = TITLES | set(HONORIFIC_GENDER)   # the words written before a name that belong to how it was named


@dataclass
class Mention:
    """One named mention of an actor in an article."""
    start: int              # character offsets in the article text
    end: int
    text: str               # as written, e.g. "Mr Annan"
    name: str               # cleaned, e.g. "Annan"
    kind: str               # its actor's kind, once the article's mentions are clustered
    sent: int               # sentence index
    root: int               # token index of the mention's syntactic head
    roles: list[str] = field(default_factory=list)
    caption: bool = False   # in a photo caption or pull-quote attribution, not in the running text
    evidence: Counter = field(default_factory=Counter)   # kind -> weight (label, title, suffix, ...)
    genders: frozenset = frozenset()                     # from honorifics: "m", "f"
    credit: bool = False    # an outlet credited for a picture or a report ("AP Photo/SANA")
    pronoun: str | None = None   # "m"/"f": the first person pronoun after it, when it is a subject


@dataclass
class LocalActor:
    """One real-world entity within one article: every mention that stands for it."""
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)   # indices into the article's mention list
    names: Counter = field(default_factory=Counter)     # clean name -> mentions
    evidence: Counter = field(default_factory=Counter)
    genders: frozenset = frozenset()
    why: list[str] = field(default_factory=list)        # identity decisions, see identity.explain
    credit: bool = False                                # credited for a picture or report
    spans: list[tuple[int, int]] = field(default_factory=list)   # character spans of its mentions


# ---------------------------------------------------------------- names from the parse

@dataclass
class WordUse:
    """How an article writes each word: in lower case, or capitalised inside a sentence; and which
    sentences are headlines (Title Case), where capitals say nothing."""
    lower: Counter
    capitalised: Counter
    text: str
    headlines: set[int]   # first token index of each headline sentence

    @classmethod
    def of(cls, doc: Doc) -> "WordUse":
        # counted per distinct word: an article writes each word many times
        words = doc_words(doc)
        sent_starts = sentence_bounds(doc)[0]
        opening = Counter(words[i] for i in sent_starts)   # a capital opening a sentence says nothing
        lower, cap = Counter(), Counter()
        for word, n in Counter(words).items():
            if word.isalpha() and word.islower():
                lower[word] += n
            elif word.isalpha() and word[0].isupper() and n > opening[word]:
                cap[word.lower()] += n - opening[word]
        ends = sent_starts[1:] + [len(words)]
        return cls(lower, cap, doc_text(doc),
                   {a for a, b in zip(sent_starts, ends) if is_headline_words(words[a:b])})

    def common_word(self, word: str) -> bool:
        """A capitalised word the article writes in lower case at least as often: no name."""
        w = word.lower()
        return self.lower[w] > 0 and self.lower[w] >= self.capitalised[w]

    def written_elsewhere(self, toks: list[Token], start: int, end: int) -> bool:
        pattern = re.compile(r"\s+".join(re.escape(t.text) for t in toks))
        return bool(pattern.search(self.text, 0, start) or pattern.search(self.text, end))


def is_headline_words(sentence: list[str]) -> bool:
    """Title Case: four words or more, none in lower case but HEADLINE_LOWER_WORDS and name particles."""
    words = [w for w in sentence if w.isalpha()]
    return len(words) >= 4 and not any(w.islower() and w not in HEADLINE_LOWER_WORDS and w not in NAME_PARTICLES
                                       for w in words)


def unsure_capitals(toks: list[Token], words: WordUse) -> list[Token]:
    """Where capitals say nothing (a headline; the first word of a sentence), a name written only
    there is cut to its longest part the article writes elsewhere: "Marco Rubio Tell" in a title,
    "Billionaire Donald Trump" opening a story that says "Donald Trump" later; with no such part,
    its leading words that the article writes in lower case go. Out of a headline only leading
    words go, and two words at least stay ("Harold Pike" never becomes "Pike"). Elsewhere a
    capital is the writer's and says the word is a name ("Bill Clinton", whatever bills the
    story is about)."""
    headline = sentence(toks[0]).start in words.headlines
    if not (headline or (toks[0].is_sent_start and len(toks) >= 3)):
        return toks
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    if words.written_elsewhere(toks, start, end):
        return toks
    n = len(toks)
    parts = [toks[i:i + size] for size in range(n - 1, 0, -1) for i in range(n - size + 1)]
    if not headline:
        parts = [p for p in parts if p[-1] is toks[-1] and len(p) >= 2]
    found = next((p for p in parts if any(is_name_token(t) for t in p) and words.written_elsewhere(p, start, end)), None)
    if found:
        return found
    keep = 1 if headline else 2   # else: leading words the article writes in lower case go ("Billionaire")
    while len(toks) > keep and words.common_word(toks[0].text):
        toks = toks[1:]
    return toks


NAME_WORD = re.compile(r"[^\W\d_][\w.'’&-]*")   # a letter, then letters, digits, dots, apostrophes, &, hyphens


def is_name_token(t: Token) -> bool:
    """A proper noun written as a word ("date=\"March" or "wounded.--Kevin" is markup or a typo)."""
    return (t.tag_ in NAME_TAGS or (t.text[:1].isupper() and t.pos_ == "PROPN")) and bool(NAME_WORD.fullmatch(t.text))


def segments(tokens: list[Token]) -> list[list[Token]]:
    """The parts of a span between furniture separators written apart ("CLEVELAND - Donald Trump");
    a hyphen inside a word ("al-Assad", "Jae-in") separates nothing."""
    parts, cur = [], []
    for t in tokens:
        spaced = t.whitespace_ or (t.i > 0 and t.doc[t.i - 1].whitespace_)
        if t.text in FURNITURE_SEPARATORS and (spaced or t.text not in "-–—"):
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    return [p for p in parts if p]


def name_part(tokens: list[Token]) -> list[Token]:
    """The part that is the name: furniture in capitals before a separator goes ("FILE", "BERLIN"),
    then the first part holding the most proper nouns."""
    parts = segments(tokens)
    if len(parts) > 1:
        parts = [p for k, p in enumerate(parts) if not (k < len(parts) - 1 and all(t.text.isupper() for t in p))] or parts[-1:]
    return max(parts, key=lambda p: sum(is_name_token(t) for t in p))


@dataclass
class CleanName:
    name: str
    tokens: list[Token]
    roles: list[str] = field(default_factory=list)
    genders: frozenset = frozenset()
    titled: bool = False


def clean_tokens(tokens: list[Token], words: WordUse) -> CleanName | None:
    """A name from an entity's tokens: leading and trailing words that are no part of it removed."""
    toks = name_part(tokens)
    cut = next((k for k, t in enumerate(toks) if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
    toks = toks[:cut] if cut is not None else toks
    toks = [t for t in toks if not t.text.startswith(("@", "#", "http")) and not t.is_space]   # a double space is no word
    roles, genders, titled = [], set(), False
    while len(toks) > 1:
        t, word = toks[0], fold(toks[0].text)
        if not word:
            pass   # punctuation the span took in (". Christian Pardo" after "Capt")
        elif word in HONORIFIC_GENDER:
            genders.update(HONORIFIC_GENDER[word] or ())
            titled = True
        elif word in TITLES:
            roles.append(t.text.rstrip("."))
            titled = True
        elif t.tag_ in ("NN", "NNS"):
            roles.append(t.text)   # "hotel magnate Harold Pike": a common noun before the name
        elif is_name_token(t):
            break
        toks = toks[1:]
    while len(toks) > 1 and not is_name_token(toks[-1]) and not toks[-1].text[:1].isupper():
        toks = toks[:-1]
    if not toks:
        return None
    toks = unsure_capitals(toks, words)
    doc = toks[0].doc
    name = GLUED_END.sub("", " ".join(doc[toks[0].i:toks[-1].i + 1].text.split())).strip(" ,:;-'’")
    if not ABBREVIATION_END.search(name):
        name = name.rstrip(".")
    if not any(c.isupper() for c in name) or (len(name.split()) == 1 and words.common_word(name) and not name.isupper()):
        return None
    if not any(NAME_WORD.fullmatch(t.text) for t in toks):
        return None   # "paranoia,”Clinton": words glued by a missing space are no name
    if not any(is_name_token(t) for t in toks) and _capitals_say_nothing(toks[0], words):
        return None   # "Crowds refuse to ...", "Media Growls In Response To ...": common nouns, capitalised
    return CleanName(name, toks, roles, frozenset(genders), titled)


def _capitals_say_nothing(t: Token, words: WordUse) -> bool:
    """At a sentence's start or in a Title Case headline a capital is no sign of a name."""
    return t.is_sent_start or sentence(t).start in words.headlines


def is_credit(doc: Doc, ent: Span) -> bool:
    """A name next to a credit word ("AP Photo", "Getty Images"), or in parentheses at the head of
    a wire story ("DAMASCUS (Reuters) -")."""
    near = list(ent) + [doc[k] for k in (ent.start - 1, ent.end) if 0 <= k < len(doc)]
    if any(t.lower_ in CREDIT_WORDS and t.text[:1].isupper() for t in near):
        return True
    inside = 0 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"
    return inside and ent.end + 1 < len(doc) and doc[ent.end + 1].text in ("-", "–", "—", "--")


def credit_names(ent: Span) -> list[str]:
    """ "AP Photo/SANA" -> ["AP", "SANA"]: each part without its credit words."""
    out = []
    for part in segments(list(ent)):
        kept = [t for t in part if t.lower_ not in CREDIT_WORDS and not t.is_space]
        if kept:
            out.append(ent.doc[kept[0].i:kept[-1].i + 1].text)
    return out


def mention_evidence(label_kind: str, clean: CleanName, root: Token, roles: list[str]) -> Counter:
    """What a mention says about its actor's kind, weighed (see EVIDENCE_WEIGHT). The tagger's
    label says more of a name of several words than of one word alone ("Trump" is often ORG)."""
    ev = kind_evidence(label_kind, LABEL if len(clean.tokens) == 1 else FULL_NAME_LABEL)
    if clean.titled or any(w in TITLES or w in GENDERED_ROLES for r in roles for w in fold(r).split()):
        ev.update(kind_evidence("person", "title"))
    last = fold(clean.tokens[-1].text)
    if last in ORG_SUFFIXES:
        ev.update(kind_evidence("organization", "suffix"))
    elif last in ORG_HEADS and len(clean.tokens) > 1:
        ev.update(kind_evidence("organization", "head"))
    elif last in PLACE_HEADS and len(clean.tokens) > 1:
        ev.update(kind_evidence("location", "head"))
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        ev.update(kind_evidence("location", "preposition"))
    if is_market_move(root):
        ev.update(kind_evidence("product", "market"))
    if pronoun_after(root.doc, root.doc[root.i:root.i + 1]):
        ev.update(kind_evidence("person", "pronoun"))
    return ev


def is_market_move(root: Token) -> bool:
    """The subject of a market move with its figure: "the Nikkei fell 2 percent", "the Varda Index
    gained 40 points" (where the name modifies the subject)."""
    if root.dep_ == "compound":
        root = root.head
    verb = root.head
    return (root.dep_ == "nsubj" and verb.lemma_ in MARKET_MOVES
            and any(t.lower_ in MARKET_FIGURES or t.ent_type_ == "PERCENT" for t in verb.subtree if t.i > root.i))


def left_modifiers(doc: Doc, start: int, ent: Span) -> Span | None:
    """The run of modifiers written just before a name ("U.N.-Arab League envoy", "Syrian President")."""
    k = start
    while k > 0:
        t = doc[k - 1]
        if t.is_space or t.dep_ not in ("compound", "amod", "nmod", "punct") or t.tag_ in ("``", "''", ",", ":", "HYPH"):
            break
        if not (ent.start - 1 <= t.head.i < ent.end or k <= t.head.i < ent.end):
            break
        k -= 1
    if k == start:
        return None
    span = doc[k:start]
    return span if any(t.pos_ == "NOUN" or fold(t.text) in TITLES for t in span) else None


def appositive_role(doc: Doc, ent: Span) -> str | None:
    """A role given in apposition: "Kofi Annan, the UN envoy," or "A spokesman, Jihad al-Makdisi,"."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not child.ent_type_:
            return _role_text(doc, child, skip=None)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return _role_text(doc, root.head, skip=root)
    return None


def _role_text(doc: Doc, head: Token, skip: Token | None) -> str | None:
    skipped = set(t.i for t in skip.subtree) if skip is not None else set()
    toks = [t for t in head.subtree if t.i not in skipped]
    toks = [t for t in toks if not (t.dep_ == "punct" and t.tag_ in (",", ":", "``", "''"))]
    while toks and toks[0].dep_ in ("det", "poss") and toks[0].lower_ in ("a", "an", "the"):
        toks = toks[1:]
    if not toks or len(toks) > 12 or any(t.is_space for t in toks):
        return None
    return doc[toks[0].i:toks[-1].i + 1].text.strip(" ,")


def clean_role(role: str) -> str | None:
    """A role is words, never an honorific alone or bracketed furniture ("(Reuters)", "- Turkish President")."""
    role = role.strip(" ,:;-–—|/")
    if not role or any(c in role for c in "()[]") or fold(role) in HONORIFIC_GENDER:
        return None
    return role


def is_caption(text: str, ent: Span) -> bool:
    """A name labelling a quote outside the running text: `Name : "..."` or a pull quote's `End Quote Name`."""
    after = text[ent.end_char:ent.end_char + 40]
    if re.match(r"\s*(?:[A-Z][\w.-]*\s+){0,4}:\s*(?:``|\"|“)", after):
        return True
    before = text[max(0, ent.start_char - 30):ent.start_char]
    return bool(re.search(r"End Quote\s+(?:[A-Z][\w.-]*\s+){0,3}$", before))


def find_mentions(doc: Doc) -> list[Mention]:
    """Named actor mentions in reading order, from spaCy's entities plus short references to them."""
    mentions: list[Mention] = []
    text = doc_text(doc)
    words = WordUse.of(doc)
    for ent in doc.ents:
        label_kind = KIND_BY_LABEL.get(ent.label_)
        if label_kind is None or "\n" in ent.text.strip():
            continue
        if label_kind == "group" and ent.root.tag_ not in ("NNPS", "NNS"):
            continue   # "Syrian" as an adjective is no actor; "the Saudis" is
        if is_credit(doc, ent):   # no mention in the running text: it spans no token, so no event takes it
            for name in credit_names(ent):
                mentions.append(Mention(ent.start_char, ent.start_char, name, name, "organization",
                                        _sent_index(doc, ent.start), ent.root.i, evidence=kind_evidence("organization", "credit"),
                                        caption=True, credit=True))
            continue
        mentions.extend(_entity_mention(doc, text, ent, label_kind, words))
    named_words = {w for m in mentions for w in m.name.split()}   # "Trump-Clinton" is one word of its own
    mentions = [m for m in mentions if not is_name_pair(m.name, named_words, modifies_noun(doc[m.root]))]
    people = {m.name for m in mentions if decide_kind(m.evidence) == "person"}
    models = [m for m in model_names(doc) if m.name.rsplit(" ", 1)[0] not in people]   # "Clinton 52" is a poll
    shorts = short_references(doc, text, mentions) + models
    # a short reference or a model's name overrides what the tagger made of the same words
    # ("Observatory" as PERSON, "iPhone" as ORG in "iPhone 4")
    mentions = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in shorts)]
    return sorted(mentions + shorts, key=lambda m: m.start)


def is_name_pair(name: str, named_words: set[str], modifier: bool) -> bool:
    """ "the Trump-Clinton race": two actors' names joined by a hyphen are a pair, no actor; a
    hyphenated name whose parts name no one else ("Jae-in", "Lloyd-Webber") is one. `named_words`:
    the words of the article's names. Written before a noun ("the Obama-Clinton disaster", the
    `modifier`), the pair is one of the article's actors with someone it need not name again.
    A pair of people the article does not name apart is found across the corpus
    (``identity.pairs_of_people``)."""
    parts = hyphen_parts(name)
    named = [p in named_words for p in parts]
    return bool(parts) and (all(named) or modifier and any(named))


def modifies_noun(root: Token) -> bool:
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN"


YEAR = re.compile(r"(?:1[5-9]|20)\d\d|\d+(?:st|nd|rd|th|s)")   # a year, an ordinal ("1st"), a decade ("90s")
DIGIT = re.compile(r"\d")


def model_names(doc: Doc) -> list[Mention]:
    """ "iPhone 4", "Boeing 737", "iPhone 3G": proper nouns followed by a model number name a
    product, whatever the tagger made of them. Never a person's name with a number ("Clinton 52"),
    a date ("June 24"), a share ("46 percent") or a year."""
    out = []
    words = doc_words(doc)
    numbered = {w for w in set(words) if DIGIT.search(w)}   # per distinct word
    for t in (doc[i] for i, w in enumerate(words) if w in numbered):
        if t.ent_type_ in NOT_MODEL_NUMBERS or YEAR.fullmatch(t.text.lower()) or "—" in t.text:
            continue   # "Alves—52": a figure glued to a name by an em dash
        k = t.i
        while k > 0 and is_name_token(doc[k - 1]) and doc[k - 1].ent_type_ not in ("PERSON", *NOT_MODEL_NUMBERS):
            k -= 1
        if k == t.i or (k > 0 and doc[k - 1].ent_type_ and doc[k - 1].ent_iob_ != "O" and doc[k].ent_iob_ == "I"):
            continue
        end = t.i + 1
        if end < len(doc) and not t.whitespace_ and doc[end].text.isalpha() and doc[end].text.isupper():
            end += 1   # "3G" is written as one word, parsed as two
        span = doc[k:end]
        out.append(Mention(span.start_char, span.end_char, span.text, span.text, "product", _sent_index(doc, k),
                           span.root.i, evidence=kind_evidence("product", "model")))
    return out


def _entity_mention(doc: Doc, text: str, ent: Span, label_kind: str, words: WordUse) -> list[Mention]:
    start = ent.start
    while start > 0 and _first_name_before(doc[start - 1], ent, words):
        start -= 1   # "Анна Белова" where the tagger took only "Белова": the first name is the name's
    while start > 0 and doc[start - 1].text[:1].isupper() and fold(doc[start - 1].text) in TITLE_WORDS:
        start -= 1   # "Mr Annan": the title written before the name is part of how it was named
    end = ent.end
    while end < len(doc) and _name_goes_on(doc[end], doc[end - 1], words):
        end += 1     # "the Varda Index" where the tagger took only "Varda"
    root = doc[end - 1] if end > ent.end else ent.root
    clean = clean_tokens(list(doc[start:end]), words)
    if clean is None or all(fold(t.text) in TITLES for t in clean.tokens):
        return []   # "General Coordinator" tagged ORG is a title
    roles = list(clean.roles)
    mods = left_modifiers(doc, start, ent)
    if mods is not None:
        roles.append(mods.text)
    appos = appositive_role(doc, ent)
    if appos:
        roles.append(appos)
    roles = [r for r in map(clean_role, roles) if r]
    genders = clean.genders | {GENDERED_ROLES[w] for r in roles for w in fold(r).split() if w in GENDERED_ROLES}
    first, last = clean.tokens[0], clean.tokens[-1]
    written = owner_start(doc, ent) if start == ent.start and label_kind in OWNED_KINDS else None
    return [Mention(first.idx, last.idx + len(last.text), doc[written if written is not None else start:end].text,
                    clean.name, label_kind,
                    _sent_index(doc, ent.start), root.i, roles, is_caption(text, ent),
                    mention_evidence(label_kind, clean, root, roles), frozenset(genders), pronoun=pronoun_after(doc, ent))]


OWNED_KINDS = ("organization", "product")   # a company or a product is named by its owner too ("Toyota's Lexus")


def owner_start(doc: Doc, ent: Span) -> int | None:
    """Where a name written with its owner begins: the proper-noun possessor right before it
    ("the Beatles' Apple Corps" -> "Beatles' Apple Corps"); None when there is none."""
    owner = next((c for c in ent.root.children if c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS")), None)
    if owner is None:
        return None
    toks = [t for t in owner.subtree if t.dep_ != "det"]
    contiguous = [t.i for t in toks] == list(range(toks[0].i, ent.start)) if toks else False
    return toks[0].i if contiguous and toks[-1].tag_ == "POS" else None


def _name_goes_on(t: Token, before: Token, words: WordUse) -> bool:
    """A proper noun right after a name that the name modifies, outside any entity: its head noun."""
    return (is_name_token(t) and not t.ent_type_ and before.dep_ == "compound" and before.head.i == t.i
            and not words.common_word(t.text) and fold(t.text) not in TITLES)


def _first_name_before(t: Token, ent: Span, words: WordUse) -> bool:
    """A proper noun left out of the entity but modifying it, as a first name does."""
    return (is_name_token(t) and not t.ent_type_ and t.dep_ == "compound" and ent.start <= t.head.i < ent.end
            and fold(t.text) not in TITLES and fold(t.text) not in HONORIFIC_GENDER and not words.common_word(t.text))


def pronoun_after(doc: Doc, ent: Span) -> str | None:
    """The gender of the first person pronoun after a subject, up to the end of the next sentence,
    unless another person is named first ("Harold Pike said he ..." -> "m")."""
    if ent.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sentence(ent.root)
    stop = sentence(doc[sent.end]).end if sent.end < len(doc) else sent.end
    labels, words = entity_labels(doc), doc_words(doc)
    for i in range(ent.end, stop):
        if labels[i] in ("PERSON", "ORG"):   # the tagger's ORG is often a person too
            return None
        gender = PRONOUN_GENDER.get(words[i].lower())
        if gender:
            return gender
    return None


SHORT_REFERENCE = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b")


def short_references(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Observatory" after "the Syrian Observatory for Human Rights": the capitalised end of a
    longer organisation name seen earlier, when exactly one earlier name fits."""
    orgs = [m for m in mentions if decide_kind(m.evidence) == "organization" and not m.credit]
    taken = [(m.start, m.end) for m in orgs]
    out = []
    for match in SHORT_REFERENCE.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        fits = {m.name for m in orgs if m.end <= start
                and short_form(match.group(1), m.name, "organization", "organization")}
        if len(fits) != 1:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        out.append(Mention(start, end, match.group(1), match.group(1), "organization",
                           _sent_index(doc, span.start), span.root.i, evidence=kind_evidence("organization", "head")))
    return out


def _sent_index(doc: Doc, token_i: int) -> int:
    return sentence_bounds(doc)[0][sentence_number(doc, token_i)]   # a sentence is named by its first token index


# ---------------------------------------------------------------- one actor per entity

def cluster_mentions(mentions: list[Mention]) -> tuple[list[LocalActor], list[int]]:
    """Group an article's mentions into actors (``identity.cluster``, a short form going to the
    nearest actor before it that it fits); return the actors and each mention's actor index.
    Each mention's kind becomes its actor's kind, decided by the evidence of all its mentions."""
    items = [Item(m.name, 1, m.start, m.evidence, m.genders, Counter([m.pronoun] if m.pronoun else []))
             for m in mentions]
    groups, owner = cluster(items, nearest=True)
    used = sorted(set(owner))
    actors = []
    for g in used:
        group = groups[g]
        kind = group.kind
        members = sorted(group.items)
        actors.append(LocalActor(canonical_name(group.names, kind), kind, names=Counter(group.names),
                                 evidence=Counter(group.evidence), genders=frozenset(group.genders),
                                 why=explain(group), credit=any(mentions[i].credit for i in members)))
    owner = [used.index(o) for o in owner]
    for i, m in enumerate(mentions):
        a = actors[owner[i]]
        m.kind = a.kind
        a.aliases.update({m.name, _alias_as_written(m)})
        a.roles.update(m.roles)
        a.mentions.append(i)
        a.spans.append((m.start, m.end))
    return actors, owner


def _alias_as_written(m: Mention) -> str:
    """How the text named it when only titles or honorifics came before the name ("Mr Annan"), or
    its owner ("Toyota's Lexus"; see ``owner_start``)."""
    written = m.text.replace("\n", " ")
    prefix = written[:written.find(m.name)].split() if m.name in written else None
    if prefix and (all(fold(w) in TITLES or fold(w) in HONORIFIC_GENDER for w in prefix)
                   or (m.kind in OWNED_KINDS and prefix[-1].endswith(("'", "’", "'s", "’s")))):
        return " ".join(prefix + [m.name])
    return m.name

"""Actors in one article: named mentions, their roles, and one cluster per real-world entity.

Also the name keys that let clusters from different articles be recognised as one actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

# NER label -> actor kind. NORP only counts where it names a group of people ("the Saudis").
KIND_BY_LABEL = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
                 "FAC": "location", "NORP": "group"}

# Honorifics and offices written before a name; stripped from the name, kept as roles.
TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh",
    "president", "vice-president", "premier", "chancellor", "minister", "secretary", "senator",
    "sen", "rep", "representative", "governor", "gov", "mayor", "ambassador", "envoy", "judge",
    "justice", "king", "queen", "prince", "princess", "emir", "sultan", "pope", "cardinal",
    "archbishop", "bishop", "rev", "reverend", "imam", "ayatollah", "rabbi", "general", "gen",
    "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
    "admiral", "adm", "commander", "marshal", "chairman", "chairwoman", "director", "mufti",
    "patriarch", "spokesman", "spokeswoman", "coordinator",
}
# Particles inside names that writers use or drop ("Bashar al-Assad" / "Bashar Assad").
NAME_PARTICLES = re.compile(r"^(?:al|el|ul|ad|as|ash|an|ar|at|az)-", re.I)
DROPPED_TOKENS = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "van", "von", "der", "le", "la"}
CONNECTIVES = {"of", "for", "the", "and", "on", "in", "to", "&"}
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
ABBREVIATION_END = re.compile(r"\b[A-Z]\.$")   # "U.N.": the last dot belongs to the name


@dataclass
class Mention:
    """One named mention of an actor in an article."""
    start: int              # character offsets in the article text
    end: int
    text: str               # as written, e.g. "Mr Annan"
    name: str               # cleaned, e.g. "Annan"
    kind: str               # person, organization, location, group
    sent: int               # sentence index
    root: int               # token index of the mention's syntactic head
    roles: list[str] = field(default_factory=list)
    caption: bool = False   # in a photo caption or pull-quote attribution, not in the running text


@dataclass
class LocalActor:
    """One real-world entity within one article: every mention that stands for it."""
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    mentions: list[int] = field(default_factory=list)   # indices into the article's mention list


def person_tokens(name: str) -> tuple[str, ...]:
    """Comparable tokens of a person's name: lower case, particles such as al- dropped."""
    out = []
    for tok in re.split(r"\s+", clean_name(name)[0]):   # titles only where they lead ("Martin Luther King")
        tok = NAME_PARTICLES.sub("", tok).lower().strip(".,")
        if tok and tok not in DROPPED_TOKENS:
            out.append(tok)
    return tuple(out)


def persons_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person: one name ends the other ("Azim" / "Hassan Abdul Azim"), or same first and last."""
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_[-len(short):] == short:
        return True
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1]


def org_key(name: str) -> str:
    """Comparable form of a non-person name: no article, no dots, lower case ("the U.N." -> "un")."""
    name = re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)
    return re.sub(r"\s+", " ", name.replace(".", "")).lower()


def initials(name: str) -> str:
    """Acronym a name would have ("United Nations" -> "un"); empty for one-word names."""
    words = [w for w in re.split(r"[\s-]+", org_key(name)) if w and w not in CONNECTIVES]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def clean_name(text: str) -> tuple[str, list[str]]:
    """Strip leading article and titles and a trailing possessive; return (name, titles stripped)."""
    words = text.replace("\n", " ").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    titles = []
    while len(words) > 1 and words[0].lower().strip(".") in TITLES:
        titles.append(words.pop(0).strip("."))
    name = POSSESSIVE.sub("", " ".join(words)).strip(" ,:;-")
    if not ABBREVIATION_END.search(name):
        name = name.rstrip(".")
    return name, titles


def left_modifiers(doc: Doc, ent: Span) -> Span | None:
    """The run of modifiers written just before a name ("U.N.-Arab League envoy", "Syrian President")."""
    k = ent.start
    while k > 0:
        t = doc[k - 1]
        if t.is_space or t.dep_ not in ("compound", "amod", "nmod", "punct") or t.tag_ in ("``", "''", ",", ":"):
            break
        if not (ent.start - 1 <= t.head.i < ent.end or k <= t.head.i < ent.end):
            break
        k -= 1
    if k == ent.start:
        return None
    span = doc[k:ent.start]
    return span if any(t.pos_ in ("NOUN", "PROPN") for t in span) else None


def appositive_role(doc: Doc, ent: Span) -> str | None:
    """A role given in apposition: "Kofi Annan, the UN envoy," or "A spokesman, Jihad al-Makdisi,"."""
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN") and not child.ent_type_ == "PERSON":
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
    text = doc.text   # spaCy rebuilds doc.text from the tokens on every access
    for ent in doc.ents:
        kind = KIND_BY_LABEL.get(ent.label_)
        if kind is None or "\n" in ent.text.strip():
            continue
        if kind == "group" and ent.root.tag_ not in ("NNPS", "NNS"):
            continue   # "Syrian" as an adjective is no actor; "the Saudis" is
        name, titles = clean_name(ent.text)
        if not name or not any(c.isupper() for c in name):
            continue
        start = ent.start
        while kind == "person" and start > 0 and doc[start - 1].is_title and doc[start - 1].lower_.strip(".") in TITLES:
            start -= 1   # "Mr Annan": the title written before the name is part of how it was named
            titles.insert(0, doc[start].text.strip("."))
        written = doc[start:ent.end].text
        if kind == "organization" and all(w.lower() in TITLES for w in name.split()):
            continue   # "General Coordinator" tagged ORG is a title
        roles = list(titles)
        mods = left_modifiers(doc, ent)
        if mods is not None:
            roles.append(mods.text)
        appos = appositive_role(doc, ent)
        if appos:
            roles.append(appos)
        mentions.append(Mention(ent.start_char, ent.end_char, written, name, kind,
                                _sent_index(doc, ent.start), ent.root.i, roles, is_caption(text, ent)))
    shorts = short_references(doc, text, mentions)
    # a short reference overrides what the tagger made of the same words ("Observatory" as PERSON)
    mentions = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in shorts)]
    return sorted(mentions + shorts, key=lambda m: m.start)


SHORT_REFERENCE = re.compile(r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)\b")


def short_references(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Observatory" after "the Syrian Observatory for Human Rights": the capitalised end of a
    longer organisation name seen earlier, when exactly one earlier name fits."""
    taken = [(m.start, m.end) for m in mentions if m.kind == "organization"]
    out = []
    for match in SHORT_REFERENCE.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in taken):
            continue
        fits = {m.name for m in mentions if m.kind == "organization" and m.end <= start
                and shortens(match.group(1), m.name)}
        if len(fits) != 1:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        out.append(Mention(start, end, match.group(1), fits.pop(), "organization",
                           _sent_index(doc, span.start), span.root.i))
    return out


def shortens(short: str, full: str) -> bool:
    """Is `short` a name's short form: its words, in order, around its head noun ("the Observatory"
    for "the Syrian Observatory for Human Rights", but "UN" is no short form of "UN Security Council")?"""
    words, name = short.split(), full.split()
    if len(words) >= len(name) or is_acronym(short):
        return False
    head = next((i - 1 for i, w in enumerate(name) if w.lower() in CONNECTIVES and i > 0), len(name) - 1)
    n = len(words)
    return any(name[i:i + n] == words and i <= head < i + n for i in range(len(name) - n + 1))


def _sent_index(doc: Doc, token_i: int) -> int:
    return doc[token_i].sent.start   # sentence identified by its first token index


def cluster_mentions(mentions: list[Mention]) -> tuple[list[LocalActor], list[int]]:
    """Group an article's mentions into actors; return the actors and each mention's actor index.

    People: full names first (two full names with different first names stay apart), then each
    short form joins the full name it can stand for, the nearest one before it when several can.
    Others: same name key, or an acronym of a name in the article ("UN" / "United Nations").
    """
    actors: list[LocalActor] = []
    owner = [-1] * len(mentions)
    person_keys: list[tuple[str, ...]] = []     # per actor, the longest person tokens
    for i, m in enumerate(mentions):
        if m.kind != "person":
            continue
        toks = person_tokens(m.name)
        if len(toks) < 2:
            continue
        for a, key in enumerate(person_keys):
            if actors[a].kind == "person" and persons_compatible(toks, key):
                owner[i] = a
                if len(toks) > len(key):
                    person_keys[a] = toks
                break
        else:
            actors.append(LocalActor(m.name, "person"))
            person_keys.append(toks)
            owner[i] = len(actors) - 1
    for i, m in enumerate(mentions):
        if m.kind != "person" or owner[i] >= 0:
            continue
        toks = person_tokens(m.name)
        fits = [a for a, key in enumerate(person_keys) if actors[a].kind == "person" and toks and persons_compatible(toks, key)]
        if fits:
            before = [a for a in fits if any(owner[j] == a and mentions[j].start < m.start for j in range(len(mentions)))]
            owner[i] = _nearest(before or fits, i, owner, mentions)
        else:
            actors.append(LocalActor(m.name, "person"))
            person_keys.append(toks)
            owner[i] = len(actors) - 1
    keys: dict[str, int] = {}
    for i, m in enumerate(mentions):
        if m.kind == "person":
            continue
        key = org_key(m.name)
        if key not in keys:
            actors.append(LocalActor(m.name, m.kind))
            person_keys.append(())
            keys[key] = len(actors) - 1
        owner[i] = keys[key]
    _merge_acronyms(actors, keys, owner)
    _merge_short_forms(actors, keys, owner)
    used = sorted(set(owner))
    actors = [actors[a] for a in used]
    owner = [used.index(o) for o in owner]
    for i, m in enumerate(mentions):
        a = actors[owner[i]]
        a.aliases.add(m.name)
        a.aliases.add(_alias_as_written(m))
        a.roles.update(m.roles)
        a.mentions.append(i)
        if len(m.name) > len(a.name) and (a.kind != "person" or len(person_tokens(m.name)) >= len(person_tokens(a.name))):
            a.name = m.name
    return actors, owner


def _alias_as_written(m: Mention) -> str:
    return clean_name(m.text)[0] if m.text.lower().startswith("the ") else POSSESSIVE.sub("", m.text.replace("\n", " ")).strip(" ,:;-")


def _nearest(candidates: list[int], i: int, owner: list[int], mentions: list[Mention]) -> int:
    def distance(a: int) -> int:
        return min(abs(mentions[j].start - mentions[i].start) for j in range(len(mentions)) if owner[j] == a)
    return min(candidates, key=distance)


def _merge_short_forms(actors: list[LocalActor], keys: dict[str, int], owner: list[int]) -> None:
    """Point the mentions of an organisation's short form at the one full name it shortens."""
    for key, a in keys.items():
        full = {b for b in keys.values() if b != a and actors[b].kind == "organization"
                and shortens(actors[a].name, actors[b].name)}
        if actors[a].kind == "organization" and len(full) == 1:
            target = full.pop()
            owner[:] = [target if o == a else o for o in owner]


def _merge_acronyms(actors: list[LocalActor], keys: dict[str, int], owner: list[int]) -> None:
    """Point every mention of an acronym actor at the named actor the acronym abbreviates."""
    by_initials = {}
    for key, a in keys.items():
        ini = initials(actors[a].name)
        if ini:
            by_initials.setdefault(ini, set()).add(a)
    for key, a in keys.items():
        full = by_initials.get(key, set()) - {a}
        if is_acronym(actors[a].name) and len(full) == 1:
            target = full.pop()
            for i, o in enumerate(owner):
                if o == a:
                    owner[i] = target

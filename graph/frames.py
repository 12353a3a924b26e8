"""Events told by a trigger word and its syntactic slots, read from each kind's table of triggers.

A kind's module gives a table, one trigger a line:

    # trigger    pos   needs                  slots
    kill         verb  -                      -
    step down    verb  -                      subject=source
    file         verb  for=bankruptcy         -
    attack       noun  -                      on=target

- trigger: a lemma, optionally followed by the particle or preposition that must hang off it
  ("step down", "call for", "lay off");
- pos: ``verb`` or ``noun``;
- needs: ``-`` or ``slot=lemma|lemma``: the slot's head word must be one of them
  (``@location`` instead of a lemma: the slot must name a place);
- slots: ``-`` or ``slot=role`` pairs that change the default roles below.

Slots of a verb: ``subject`` and ``object`` (swapped for a passive: "were killed by gunmen"
makes "gunmen" the subject slot), ``clause`` (the subject of its clausal complement: "demanded
that the US cancel"), ``xcomp`` and ``oprd`` (its infinitive, its predicate: "found guilty"), or a
preposition (``to``, ``with``, ...: its object, also when it hangs off the object). Slots of a
noun: ``poss`` ("Israel's attack"), ``modifier`` (a name before it: "US air strikes"),
``governor`` (the subject of the verb it is the object of: "launched an attack"), ``dative``
(that verb's indirect object: "gave Tanzania a grant"), or a preposition (its own, or that
verb's). Roles: source, target, participant, place (a place only when the words name one).
The defaults: a verb's subject is its source and its object its target; a noun's possessor,
modifier, governor and "by" are its source, its "on", "against" and "of" its target; "in" and
"at" a place for both.

A support verb (``LIGHT_VERBS``) whose direct object is a trigger noun ("launched an attack",
"staged a protest") tells no event of its own: the noun tells it, and the verb gives its slots.
Unless the verb's row names that object among its needs ("lodge a protest" is an accusation, "sign
an agreement" a support): then the verb tells the event and the noun is part of it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from dateline.graph.article import ParsedArticle, evidence
from dateline.graph.actors import LocalActor
from dateline.graph.coref import GROUP_PRONOUNS, known_once, resolve
from dateline.graph.dating import after_publication, clause_date, publication_date
from dateline.graph.event_actor_tables import ACTOR_NOUNS, COLLECTIVE_NOUNS, ORGANIZATION_NOUNS
from dateline.graph.events import EventMention
from dateline.graph.identity import kind_evidence
from dateline.graph.finders import finder
from dateline.graph.in_article import merge_same_sentence
from dateline.graph.schema import HELD, PARTICIPANT, PLANNED, SOURCE, TARGET, EventKind
from dateline.graph.status import event_status
from dateline.graph.syntax import clause_path, is_passive, subject_of, with_conjuncts
from dateline.nlp import VERBAL, governing_verb, sentence, tokens_with

PLACE_ROLE = "place"
ROLE_NAMES = {SOURCE, TARGET, PARTICIPANT, PLACE_ROLE}
VERB_SLOTS = {"subject": SOURCE, "object": TARGET, "against": TARGET, "by": TARGET, "in": PLACE_ROLE, "at": PLACE_ROLE,
              "near": PLACE_ROLE}
NOUN_SLOTS = {"poss": SOURCE, "modifier": SOURCE, "governor": SOURCE, "by": SOURCE, "on": TARGET,
              "against": TARGET, "of": TARGET, "dative": TARGET, "in": PLACE_ROLE, "at": PLACE_ROLE, "near": PLACE_ROLE}
# Support verbs: they say that the event their object names took place, and who did it, and mean
# little of their own ("launched an attack", "staged a protest", "carried out raids", "made an
# offer"). A content verb with an event noun as object ("condemned the attack") is an event of its
# own, and the noun's doer is not its subject.
LIGHT_VERBS = {"launch", "stage", "hold", "carry", "conduct", "mount", "wage", "make", "give", "take", "issue",
               "begin", "start", "continue", "resume", "commit", "perpetrate", "unleash", "order", "announce",
               "declare", "step", "intensify", "escalate", "lead", "organize", "organise", "call", "have", "open"}
# Lemmas en_core_web_sm gets wrong for words of the trigger tables: "staged" -> "stag".
LEMMA_SLIPS = {"stag": "stage"}
# Nouns of measure and number: "25,000 tons of food aid", "a shipment of arms" is aid, arms. A row's
# needs on an object are read through them.
MEASURE_NOUNS = {"ton", "tonne", "tons", "tonnes", "shipment", "consignment", "batch", "amount", "quantity",
                 "package", "worth", "million", "billion", "thousand", "hundred", "dozen", "lot", "number",
                 "truckload", "planeload", "round", "wave", "series", "part"}
# Prepositions of a verb's object that tell who the act is aimed at: "lifted a blockade on
# Palestinian lorries", "imposed sanctions against Iran". They are read as the verb's own.
OBJECT_PREPOSITIONS = {"on", "against", "to", "with", "for", "from", "into", "by", "of"}
# Of those (and "in"), the ones an intended act ("threatened to break ties with Russia", "refused
# to deploy troops in Iraq") is aimed through: not "for", "of", "by" (whom for, what of, how).
AIMED_AT = ("against", "with", "to", "on", "from", "into", "in")
# The prepositions of a thing that say whose it is or whom it is aimed at ("an appeal from X",
# "crimes by X", "a commitment to X", "the deployment of a force").
NOUN_AIMS = {"of", "to", "by", "from", "against", "with"}
# Dependents of a noun that name who it is, as in "Syrian troops", "the Hamas leader", "Israel's army".
NAMING_DEPS = {"compound", "amod", "poss", "nmod", "appos"}
# Speech verbs whose clausal complement is an event told on someone's word ("58 were killed, the
# Observatory said"); read from the statements' table.
REPORT_DEPS = {"ccomp", "parataxis"}
# The mark of an actor an event's description stands for, not a name (see ``unnamed_actor``).
UNNAMED_WHY = "unnamed: described, not named, in its article"
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    "dozens": 24, "hundred": 100, "hundreds": 200, "thousand": 1000, "thousands": 2000, "million": 1_000_000}


@dataclass(frozen=True)
class Trigger:
    kind: EventKind
    lemma: str
    particle: str | None              # the word that must hang off it: "down" of "step down"
    pos: str                          # "verb" or "noun"
    needs: tuple[tuple[str, frozenset[str]], ...]
    slots: tuple[tuple[str, str], ...]   # slot -> role, defaults and the row's changes

    def role(self, slot: str) -> str | None:
        return dict(self.slots).get(slot)


TRIGGERS: dict[tuple[str, str], list[Trigger]] = {}   # (lemma, pos) -> triggers
TRIGGER_WORDS: set[str] = set()   # every trigger's word and its lemma slips: a finder's first look (nlp.tokens_with)


def lexicon(kind: EventKind, table: str) -> list[Trigger]:
    """Register the triggers of a kind from its table (see the module docstring)."""
    rows = []
    for line in table.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        pos_at = next(i for i, p in enumerate(parts) if p in ("verb", "noun"))
        words, pos, needs, slots = parts[:pos_at], parts[pos_at], parts[pos_at + 1], parts[pos_at + 2:]
        defaults = dict(VERB_SLOTS if pos == "verb" else NOUN_SLOTS)
        for pair in slots if slots != ["-"] else []:
            slot, role = pair.split("=")
            if role not in ROLE_NAMES | {"none"}:
                raise ValueError(f"{kind.name}: unknown role in {line!r}")
            defaults[slot] = role
        need = tuple((slot, frozenset(words_.split("|"))) for slot, words_ in
                     (n.split("=") for n in needs.split(",") if n != "-"))
        trig = Trigger(kind, words[0], words[1] if len(words) > 1 else None, pos, need,
                       tuple(sorted((s, r) for s, r in defaults.items() if r != "none")))
        TRIGGERS.setdefault((trig.lemma, pos), []).append(trig)
        TRIGGER_WORDS.update((trig.lemma, *(slip for slip, meant in LEMMA_SLIPS.items() if meant == trig.lemma)))
        rows.append(trig)
    return rows


def _pos(tok: Token) -> str | None:
    if tok.pos_ == "VERB" and tok.dep_ != "amod":   # "striking miners", "the besieged town": a state, no event
        return "verb"
    if tok.pos_ == "NOUN" and tok.dep_ != "compound":   # "attack helicopter" is no attack
        return "noun"
    return None



def triggers_of(tok: Token) -> list[Trigger]:
    pos = _pos(tok)
    if pos is None:
        return []
    found = TRIGGERS.get((lemma(tok), pos), []) or TRIGGERS.get((tok.lower_, pos), [])
    fitting = [t for t in found if t.particle is None or any(
        c.lower_ == t.particle and c.dep_ in ("prt", "prep", "advmod") for c in tok.children)]
    return sorted(fitting, key=lambda t: (t.particle is None, not t.needs))   # the most specific row first


# ---------------------------------------------------------------- slots

def slot_tokens(tok: Token, pos: str) -> dict[str, list[Token]]:
    """The head tokens filling each slot of a trigger."""
    slots: dict[str, list[Token]] = {}

    def put(slot: str, t: Token | None) -> None:
        if t is not None:
            slots.setdefault(slot, []).append(t)

    for child in tok.children:
        if _is_preposition(child) or (child.dep_ in ("prt", "advmod") and any(g.dep_ == "pobj" for g in child.children)):
            for pobj in child.children:
                if pobj.dep_ in ("pobj", "pcomp"):
                    put(child.lower_, pobj)
    if pos == "verb":
        passive = is_passive(tok)
        for child in tok.children:
            if (child.dep_ == "dobj" or (child.dep_ == "dative" and child.pos_ != "ADP")) and not passive:
                put("object", child)
            elif child.dep_ == "nsubjpass":
                put("object", child)
            elif child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        put("subject", pobj)
        for child in tok.children:
            if child.dep_ in ("xcomp", "oprd", "acomp"):
                put(child.dep_ if child.dep_ != "acomp" else "oprd", child)   # "refused to go", "found guilty"
            if child.dep_ == "ccomp":
                put("clause", next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None))
        for obj in list(slots.get("object", [])):
            _object_prepositions(obj, slots)
        if not passive:   # every subject of its own (a misparse gives an apposition one too), else the inherited one
            own = [c for c in tok.children if c.dep_ == "nsubj"]
            for subj in own or [subject_of(tok)]:
                put("subject", subj)
        if tok.dep_ == "acl" and tok.tag_ == "VBN":   # "civilians killed in the raid"
            put("object", tok.head)
    else:
        for child in tok.children:
            if child.dep_ == "poss":
                put("poss", child)
            elif child.dep_ in ("compound", "amod", "nmod"):
                put("modifier", child)
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:   # "launched artillery and rocket fire"
            first = first.head
        if first.dep_ == "dobj" and first.head.pos_ in VERBAL and lemma(first.head) in LIGHT_VERBS:
            verb = first.head
            put("governor", subject_of(verb))
            for child in verb.children:
                if child.dep_ == "dative":
                    put("dative", child)
            _object_prepositions(verb, slots)
            for child in verb.children:   # "gave a keynote in San Francisco": where the verb's event was
                if child.dep_ == "prep" and child.lower_ in ("in", "at", "near") and child.lower_ not in slots:
                    slots[child.lower_] = [g for g in child.children if g.dep_ == "pobj"]
    return slots


def _is_preposition(tok: Token) -> bool:
    """A preposition, also one the parser calls a dative ("send observers to Bolivia")."""
    return tok.dep_ == "prep" or (tok.dep_ == "dative" and tok.pos_ == "ADP")


def _object_prepositions(head: Token, slots: dict[str, list[Token]]) -> None:
    """The aiming prepositions of `head` as slots, where the trigger has none of its own."""
    for child in head.children:
        if _is_preposition(child) and child.lower_ in OBJECT_PREPOSITIONS and child.lower_ not in slots:
            slots[child.lower_] = [g for g in child.children if g.dep_ == "pobj"]


def acted_on(head: Token) -> list[Token]:
    """A slot's heads: a noun itself; for a verb (the infinitive of "threatened to ban the party",
    "refused to deploy troops in Iraq") what its act is aimed at, its object and the objects of its
    prepositions."""
    if head.pos_ != "VERB":
        return [head]
    slots = {}
    _object_prepositions(head, slots)
    objects = [c for c in head.children if c.dep_ == "dobj" or (c.dep_ == "dative" and c.pos_ != "ADP")]
    for obj in objects:
        _object_prepositions(obj, slots)
    return objects + [t for prep in AIMED_AT for t in slots.get(prep, [])]


def slot_actors(art: ParsedArticle, tok: Token, aims: bool = True) -> list[int]:
    """Actors a slot's head names: itself and its conjuncts, the names that describe it ("US
    troops", "leaders of Romania's government"), else the unnamed actor it describes ("Burmese
    troops", "the rebels"; "they" for the rebels before) or the people its demonym names ("an
    Indian proposal"); with `aims`, also whom a thing is aimed at ("an appeal from X")."""
    out: list[int | None] = []
    for t in with_conjuncts(tok):
        actor = resolve(art, t)
        if actor is None and t.lower_ in GROUP_PRONOUNS:
            actor = _pronoun_group(art, t)
        if actor is not None:
            out.append(actor)
        elif t.ent_type_ == "NORP" and t.pos_ in ("ADJ", "PROPN"):
            out.append(unnamed_actor(art, [t], t, "group"))
        elif t.pos_ in ("NOUN", "PROPN"):
            out.extend(_naming_actors(art, t) or _described(art, t, 0 if aims else 1))
    return known_once(out)


def _described(art: ParsedArticle, tok: Token, depth: int = 0) -> list[int]:
    """The unnamed actor a common noun stands for, or the peoples its demonyms name."""
    if tok.lower_ in COLLECTIVE_NOUNS:   # "a group of deputies": the deputies
        members = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                   if p.dep_ == "pobj" and (p.lemma_.lower() in ACTOR_NOUNS or p.lower_ in ACTOR_NOUNS)]
        if members:
            return _described(art, members[0], depth)
    bare = tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in tok.children)
    if (tok.lemma_.lower() in ACTOR_NOUNS or tok.lower_ in ACTOR_NOUNS) and not (bare and tok.lower_ not in ORGANIZATION_NOUNS):
        # ("by force", "in protest": a bare singular names no one; "police" and "parliament" do)
        kind = ("organization" if tok.lower_ in ORGANIZATION_NOUNS or tok.lemma_.lower() in ORGANIZATION_NOUNS
                else "group" if tok.tag_ in ("NNS", "NNPS") else "person")
        words = [t for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "nummod", "quantmod", "poss", "predet")
                 and (t.dep_ != "punct" or t.text == "-") and t.head.dep_ not in ("poss",) and t.pos_ != "NUM"]
        return [unnamed_actor(art, [w for w in words if w.i >= _phrase_start(tok)], tok, kind)]
    peoples = [unnamed_actor(art, [c], c, "group") for c in tok.children
               if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ == "NORP" and c.i not in art.token_actor]
    if peoples or depth:
        return peoples
    # "his commitment to the Zambian people", "war crimes by Croatian extremists": who a thing is
    # of, to, by or against
    return [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in NOUN_AIMS
            for pobj in prep.children if pobj.dep_ == "pobj"
            for a in (_naming_actors(art, pobj) or ([resolve(art, pobj)] if resolve(art, pobj) is not None
                                                     else _described(art, pobj, depth + 1)))]


def _phrase_start(tok: Token) -> int:
    """Where the words naming a noun begin: its nearest run of modifiers ("Angry French paper workers")."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].head.i in range(start, tok.i + 1) and (
            tok.doc[start - 1].dep_ in ("amod", "compound", "nmod", "npadvmod", "advmod") or tok.doc[start - 1].text == "-"):
        start -= 1   # "Vietnamese-led forces": a hyphen inside the modifiers
    return start


def unnamed_actor(art: ParsedArticle, words: list[Token], head: Token, kind: str) -> int:
    """The article's actor for a description: one per article and wording (the rebels told twice
    are one), named as written without determiners."""
    name = "".join(w.text + (w.whitespace_ if w.i < head.i else "") for w in words).strip() or head.text
    for i, actor in enumerate(art.actors):
        if actor.why == [UNNAMED_WHY] and actor.name.lower() == name.lower():
            return i
    art.actors.append(LocalActor(name, kind, aliases={name, head.text}, names=Counter({name: 1}),
                                 evidence=kind_evidence(kind, "head"), why=[UNNAMED_WHY],
                                 spans=[(words[0].idx if words else head.idx, head.idx + len(head))]))
    return len(art.actors) - 1


def _pronoun_group(art: ParsedArticle, pronoun: Token) -> int | None:
    """ "The rebels said they would ...": a group pronoun stands for the unnamed group that is the
    subject of a clause holding it."""
    verb = governing_verb(pronoun)
    while verb is not None:
        subj = subject_of(verb)
        described = _described(art, subj) if subj is not None and subj.i != pronoun.i and subj.tag_ in (
            "NNS", "NNPS", "NN") and (subj.lemma_.lower() in ACTOR_NOUNS or subj.lower_ in ACTOR_NOUNS) else []
        if described:   # a bare singular ("Leader said they ...") describes no one
            return described[0]
        verb = governing_verb(verb.head) if verb.head.i != verb.i else None
    return None


def _naming_actors(art: ParsedArticle, tok: Token, depth: int = 0) -> list[int]:
    found = []
    for child in tok.children:
        if child.dep_ in NAMING_DEPS and child.i in art.token_actor:
            found.append(art.token_actor[child.i])
        elif child.dep_ == "prep" and child.lower_ == "of" and depth < 2:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    actor = resolve(art, pobj)
                    found.extend([actor] if actor is not None else _naming_actors(art, pobj, depth + 1))
    return found


def number(tok: Token) -> int | None:
    """The number a token writes: "58", "1,200", "sixteen", "2.5 million" (with its multiplier)."""
    text = tok.lower_.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", text):
        value = float(text)
    elif text in NUMBER_WORDS:
        value = NUMBER_WORDS[text]
    else:
        return None
    for child in tok.children:   # "2.5 million": the multiplier hangs off or heads the number
        if child.dep_ in ("compound", "quantmod") and child.lower_ in NUMBER_WORDS and NUMBER_WORDS[child.lower_] >= 100:
            value *= NUMBER_WORDS[child.lower_]
    return int(value)


def head_count(tok: Token) -> int | None:
    """How many a noun phrase counts, summed over conjuncts: "Sixteen rebel fighters, seven soldiers
    and four civilians" is 27; None when it gives no number."""
    total, any_number = 0, False
    for t in with_conjuncts(tok):
        n = number(t) if t.like_num else next((number(c) for c in t.children if c.dep_ == "nummod"), None)
        if n is not None:
            total, any_number = total + n, True
    return total if any_number else None


# ---------------------------------------------------------------- reading one trigger

def reporter(art: ParsedArticle, verb: Token) -> tuple[int | None, bool]:
    """The actor whose word the clause of `verb` is told on, and whether a speech verb governs it:
    the subject of "said" above it ("..., the Observatory said"), or "according to X"."""
    from dateline.graph.finders.statement import SPEECH_VERBS

    t = verb
    for _ in range(3):
        for child in t.children:
            if child.lower_ == "according":
                to = next((c for c in child.children if c.lower_ == "to"), None)
                obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
                if obj is not None:
                    return resolve(art, obj), True
        if t.dep_ in REPORT_DEPS and t.head.lemma_ in SPEECH_VERBS:
            subj = subject_of(t.head)
            return (resolve(art, subj) if subj is not None else None), True
        if t.dep_ == "ROOT":
            heads = [c for c in t.children if c.dep_ == "parataxis" and c.lemma_ in SPEECH_VERBS]
            if heads:
                subj = subject_of(heads[0])
                return (resolve(art, subj) if subj is not None else None), True
        if t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    return None, False


def read_trigger(art: ParsedArticle, tok: Token, trig: Trigger) -> EventMention | None:
    slots = slot_tokens(tok, trig.pos)
    for slot, lemmas in trig.needs:
        if not any(_fills(art, t, lemmas) for t in slots.get(slot, [])):
            return None
    actors: dict[str, list[int]] = {}
    place = None
    count = None
    counted = None
    for slot, heads in slots.items():
        role = trig.role(slot)
        if role is None:
            continue
        for head in heads:
            found = [a for t in acted_on(head) for a in slot_actors(art, t)]
            places = [a for a in found if art.actors[a].kind == "location"]
            if role == PLACE_ROLE:
                place = place or (art.actors[places[0]].name if places else None)
                continue
            actors.setdefault(role, []).extend(a for a in found if a not in actors.get(role, []))
            if role == TARGET and count is None:
                count = head_count(head)
                counted = f"{head.lower_} {tok.lower_}" if count is not None else None
    path, verb = clause_path(tok)
    reported_by, told_on_word = reporter(art, verb)
    date = clause_date(art, path) or publication_date(art)
    status = event_status(tok, verb, told_on_word)
    if after_publication(art, date) and status == HELD:   # a later day: planned, but a denial stays one
        status = PLANNED
    sent = sentence(tok)
    return EventMention(trig.kind.name, actors, date, status, place or art.place,
                        evidence(art, sent.start_char, sent.end_char), (tok.idx, tok.idx + len(tok)), tok.text,
                        count, counted, [reported_by] if reported_by is not None else [])


def _fills(art: ParsedArticle, tok: Token, lemmas: frozenset[str]) -> bool:
    """Does a slot's head fit a row's needs: one of its words, or "@any", or "@location" /
    "@person" when it names an actor of that kind. A look only: the described actors made to see
    their kinds are taken back (the mention that reads the slot makes its own)."""
    made = len(art.actors)
    kinds = {art.actors[a].kind for a in slot_actors(art, tok, aims=False)}
    del art.actors[made:]
    return ("@any" in lemmas or tok.lemma_.lower() in lemmas or tok.lower_ in lemmas
            or any(f"@{kind}" in lemmas for kind in kinds)
            or any(_fills(art, t, lemmas) for t in measured(tok)))


def measured(tok: Token) -> list[Token]:
    """What a noun of measure counts: "tons of aid" -> aid; nothing for another noun."""
    if tok.lemma_.lower() not in MEASURE_NOUNS and tok.lower_ not in MEASURE_NOUNS:
        return []
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def lemma(tok: Token) -> str:
    """A token's lemma, with the small model's known slips mended."""
    return LEMMA_SLIPS.get(tok.lemma_.lower(), tok.lemma_.lower())


def event_objects(tok: Token) -> list[Token]:
    """The direct objects of a support verb that are event nouns themselves."""
    if lemma(tok) not in LIGHT_VERBS:
        return []
    return [t for c in tok.children if c.dep_ == "dobj" for t in with_conjuncts(c) if triggers_of(t)]


@finder
def find_actions(art: ParsedArticle) -> list[EventMention]:
    """Every event a trigger table tells, one per word (the first row that fits reads it), joined
    per kind and sentence where the mentions agree. Verbs are read first, so that a verb whose row
    needs its event-noun object claims it, and a light verb leaves the event to its noun."""
    found = []
    claimed: set[int] = set()
    candidates = tokens_with(art.doc, frozenset(TRIGGER_WORDS))
    verbs = [t for t in candidates if _pos(t) == "verb"]
    nouns = [t for t in candidates if _pos(t) == "noun"]
    for tok in verbs + nouns:
        if tok.i in claimed:
            continue
        for trig in triggers_of(tok):
            needs_object = any(slot == "object" for slot, _ in trig.needs)
            if trig.pos == "verb" and event_objects(tok) and not needs_object:
                continue
            mention = read_trigger(art, tok, trig)
            if mention is not None:
                found.append(mention)
                if needs_object:
                    objects = [c for c in tok.children if c.dep_ == "dobj"]
                    claimed.update(t.i for o in objects for t in [o, *measured(o)])
                break
    return merge_same_sentence(found)

"""Which names are one actor: one set of rules, used for the mentions of one article and for the
actors of every article alike, each decision kept with the rule that made it.

Identity never looks at the NER label: "Zelenskyy" tagged ORG is "Volodymyr Zelenskyy" tagged
PERSON. What an actor is (person, organisation, location, product, group) is decided afterwards,
by the weight of evidence over all its mentions (``decide_kind``), and never splits an actor.

The rules, strongest first (``same_name`` and ``short_form``):

1. the same name once case, accents, hyphens, dots, doubled letters, particles (al-, bin) and
   legal suffixes (Inc, Corp, Group) are folded away: "Erdoğan" / "Erdogan", "Moon Jae-in" /
   "Moon Jae In", "Toyota Motor Corp." / "Toyota Motor Corporation";
2. the same first and last word, middle names and initials aside, between people ("George W.
   Bush" / "George Bush") or organisations ("iTunes Music Store" / "iTunes Store"); names with a
   connective such as "of" never match this way;
3. an acronym of the name: "UN" / "United Nations";
4. a short form, when exactly one name fits it (in an article: the nearest one before it, as the
   writer expects the reader to resolve it): the end of a person's name ("Bush", "Abdul Azim"),
   the first words of a person's name ("Moon" for "Moon Jae-in") or of an organisation's when
   the rest is generic ("Toyota" for "Toyota Motor Corp.", never "Apple" for "Apple TV"), the
   words around an organisation's head noun ("the Observatory");
5. once every name is placed, a person whose every name is another person's full name with words
   before or after it is that person when the other is mentioned far more ("Billionaire Donald
   Trump", where a sentence's opening capital made a common noun look like a first name, or
   "Harold Pike Responds" in a Title Case line, is the person the corpus names hundreds of
   times), unless the words after it make another person of the family ("Jr.").

Honorifics and kin roles carry gender ("Mr." / "Mrs.", "his wife"): a name never joins an actor
of the other gender; in an article, "Mr. Pike" prefers the Pike that a following "he" was said of. Two
full names with different first names are never one actor, and a short form two actors fit stays
apart (so "Motors" never joins "General Motors" to "Tata Motors").
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from dateline.graph.identity_tables import (
    CONNECTIVES, EVIDENCE_WEIGHT, GENERATIONS, KIND_PRECEDENCE, NAME_PARTICLES, ORG_HEADS, ORG_SUFFIXES)

SAME_NAME = "same name (case, accents, hyphens, dots, doubled letters, particles and legal suffixes aside)"
SAME_FIRST_AND_LAST = "same first and last name (middle names and initials aside)"
ACRONYM = "acronym of the name"
END_OF_NAME = "end of a person's name"
FIRST_WORDS = "first words of the name"
HEAD_WORDS = "words around the organisation's head noun"
ALIAS_FILE = "alias file"
MOST_MENTIONED = "end of a person's name: the corpus's most mentioned person of that name, by far"
OWN_WORDS = "a person's full name with words that are no part of it: the far more mentioned person of that name"
# a surname alone, in an article that names none of its bearers in full, is the corpus's bearer
# who holds at least this share of the mentions of all its bearers ("Trump" in 2016 election news);
# the same share makes a full name with words of its own that person (OWN_WORDS)
DOMINANT_SHARE = 0.9
LABEL, FULL_NAME_LABEL = "label", "full name label"   # evidence sources: the NER label of one word, of several
# a short form that several actors fit goes to the one whose rule comes first here
SHORT_FORM_RANK = (END_OF_NAME, FIRST_WORDS, HEAD_WORDS)
MIDDLE_WORDS_KINDS = ("person", "organization")
DOUBLED = re.compile(r"(\w)\1+")


# ---------------------------------------------------------------- comparable forms

@functools.lru_cache(maxsize=1 << 16)   # names repeat across mentions and articles
def fold(text: str) -> str:
    """Lower case without accents, dots, apostrophes or hyphens: "Erdoğan" -> "erdogan",
    "Jae-in" -> "jae in". Letters of every script are kept."""
    bare = "".join(_latin_base(c) for c in text).casefold()
    bare = re.sub(r"[.'’‘`]", "", bare)
    return re.sub(r"[\W_]+", " ", bare).strip()


def _latin_base(c: str) -> str:
    """A Latin letter without its accents ("ğ" -> "g"); letters of other scripts as they are
    ("й" is its own letter, not "и" with a mark)."""
    decomposed = unicodedata.normalize("NFKD", c)
    return decomposed[0] if decomposed[0].isascii() and decomposed[0].isalpha() else c


@functools.lru_cache(maxsize=1 << 16)
def name_words(name: str) -> tuple[str, ...]:
    """A name's folded words without a leading "the", particles, or trailing legal suffixes (a
    name that is only a suffix keeps it): what ids are made of."""
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words = words[:-1]
    kept = [w for w in words if w not in NAME_PARTICLES]
    return tuple(kept or words)


@functools.lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words two names are compared on: ``name_words`` with doubled letters written once, the
    commonest spelling variant of names ("Hilary" / "Hillary", "Philip" / "Phillip")."""
    return tuple(DOUBLED.sub(r"\1", w) for w in name_words(name))


def hyphen_parts(name: str) -> list[str]:
    """The words of a name written as words joined by hyphens ("Vance-Pike", "Jae-in"); [] for any
    other name."""
    parts = name.split("-")
    return parts if len(parts) >= 2 and all(p and " " not in p for p in parts) else []


def is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def initials(name: str) -> str:
    """The acronym a name would have ("United Nations" -> "un"); empty for one-word names."""
    words = [w for w in fold(name).split() if w not in CONNECTIVES]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def has_connective(tokens: tuple[str, ...]) -> bool:
    return any(t in CONNECTIVES for t in tokens)


# ---------------------------------------------------------------- the rules

def same_name(a: str, b: str, kind_a: str, kind_b: str) -> str | None:
    """The rule by which two full names are one actor, or None. A legal suffix is no difference
    except to a person ("Pike" the man is not "Pike Holdings"); middle words are skipped between
    people and between organisations ("iTunes Music Store" / "iTunes Store"), never between
    products, whose middle words name another model ("iPad Pro 2" is no "iPad 2")."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return None
    if ta == tb:
        suffixed = _has_suffix(a) != _has_suffix(b)
        return None if suffixed and "person" in (kind_a, kind_b) else SAME_NAME
    if (kind_a == kind_b and kind_a in MIDDLE_WORDS_KINDS and len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0] and ta[-1] == tb[-1]
            and not has_connective(ta + tb) and _middles_fit(ta[1:-1], tb[1:-1])):
        return SAME_FIRST_AND_LAST
    return None


def _could_be_a_person(tf: tuple[str, ...], full_kind: str, short_kind: str) -> bool:
    """A person, or a name the tagger called something else that has no mark of an organisation
    (no head noun, no legal suffix) when the short form is said of a person ("Walter Brand"
    tagged ORG, then "Brand said he ...")."""
    return full_kind == "person" or (short_kind == "person" and tf[-1] not in ORG_HEADS
                                     and not any(w in ORG_SUFFIXES for w in tf))


def _generic_rest(rest: tuple[str, ...], n: int) -> bool:
    """What follows an organisation's first words is only a legal suffix, or, after a one-word
    name, generic head nouns ("Toyota" Motor, "Deutsche" Bank); a person's full name before a
    head noun names something after the person ("Donald J. Trump" is no "Donald J. Trump
    Foundation")."""
    return all(w in ORG_SUFFIXES for w in rest) or (n == 1 and all(w in ORG_HEADS or w in ORG_SUFFIXES for w in rest))


def _has_suffix(name: str) -> bool:
    words = fold(name).split()
    return len(words) > 1 and words[-1] in ORG_SUFFIXES


def _middles_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The middle names of one are, in order, among the other's; an initial stands for a name."""
    short, long_ = sorted((a, b), key=len)
    rest = iter(long_)
    return all(any(m == w or (len(m) == 1 and w.startswith(m)) or (len(w) == 1 and m.startswith(w))
                   for w in rest) for m in short)


def acronym_of(short: str, full: str) -> str | None:
    if is_acronym(short) and not is_acronym(full) and initials(full) == fold(short).replace(" ", ""):
        return ACRONYM
    return None


def short_form(short: str, full: str, short_kind: str, full_kind: str) -> str | None:
    """The rule by which `short` can stand for `full` ("Bush" for "George W. Bush"), or None.
    A name said of a person never stands for an organisation or place by its first or head words
    ("Trump" the candidate is not "Trump Tower")."""
    ts, tf = name_tokens(short), name_tokens(full)
    n = len(ts)
    if not ts or n >= len(tf) or is_acronym(short):
        return None
    if _could_be_a_person(tf, full_kind, short_kind) and tf[-n:] == ts and not has_connective(tf):
        return END_OF_NAME
    if short_kind == "person" and full_kind != "person":
        return None
    if tf[:n] == ts and (full_kind == "person" or _generic_rest(tf[n:], n)):
        return FIRST_WORDS   # "Moon" for "Moon Jae-in", "Toyota" for "Toyota Motor", never "Apple" for "Apple TV"
    head = next((i - 1 for i, w in enumerate(tf) if w in CONNECTIVES and i > 0), len(tf) - 1)
    if full_kind != "person" and any(tf[i:i + n] == ts and i <= head < i + n for i in range(len(tf) - n + 1)):
        return HEAD_WORDS
    return None


# ---------------------------------------------------------------- clustering

@dataclass
class Item:
    """One thing to identify: a mention in an article, or one article's actor in the corpus."""
    name: str                                     # clean name
    weight: int = 1                               # how many mentions it stands for
    position: int = 0                             # reading order in the article (0 in the corpus)
    evidence: Counter = field(default_factory=Counter)   # kind -> weight of evidence
    genders: frozenset = frozenset()              # "m"/"f" from honorifics and kin roles: a bar
    pronouns: Counter = field(default_factory=Counter)   # "m"/"f" from pronouns after it: a preference
    pin: str | None = None                        # the alias-file entry its name is listed under


@dataclass
class Join:
    """Why a name is one actor with another: the rule, and the name it was matched to."""
    name: str
    matched: str
    rule: str


@dataclass
class Group:
    items: list[int] = field(default_factory=list)
    names: Counter = field(default_factory=Counter)        # clean name -> mentions
    evidence: Counter = field(default_factory=Counter)
    genders: set = field(default_factory=set)
    pronouns: Counter = field(default_factory=Counter)
    joins: list[Join] = field(default_factory=list)
    pin: str | None = None
    _kind: str | None = field(default=None, repr=False, compare=False)   # decided again when an item comes

    @property
    def kind(self) -> str:
        if self._kind is None:
            self._kind = decide_kind(self.evidence)
        return self._kind

    def add(self, index: int, item: Item) -> None:
        self._kind = None
        self.items.append(index)
        self.names[item.name] += item.weight
        self.evidence.update(item.evidence)
        self.genders |= item.genders
        self.pronouns.update(item.pronouns)
        self.pin = self.pin or item.pin

    def accepts(self, item: Item | Group, full_name: bool = False) -> bool:
        """Two alias-file entries never meet; a short form never joins an actor of the other gender
        (a full name does: "her husband, Bill Clinton" is the Bill Clinton a wrong "Mrs." joined).
        `item` is a name to place, or a whole group to join. An actor that both genders were said of
        (a wrong "Mr." somewhere among a woman's many mentions) clashes with neither."""
        gender_clash = bool(self.genders and item.genders and not self.genders & item.genders)
        return (full_name or not gender_clash) and (self.pin is None or item.pin is None or self.pin == item.pin)


def decide_kind(evidence: Counter) -> str:
    """The kind with the most weight of evidence ((kind, source) -> weight); ties go by
    KIND_PRECEDENCE. Where some mention gave the full name, the labels of one-word mentions do not
    count: the tagger labels a full name far better than a bare surname ("Trump" is often ORG)."""
    full = any(source == FULL_NAME_LABEL for _, source in evidence)
    totals: dict[str, int] = {}
    for (kind, source), weight in evidence.items():
        if not (full and source == LABEL):
            totals[kind] = totals.get(kind, 0) + weight
    if not totals:
        return KIND_PRECEDENCE[1]
    return min(totals, key=lambda k: (-totals[k], PRECEDENCE_RANK[k]))


PRECEDENCE_RANK = {kind: rank for rank, kind in enumerate(KIND_PRECEDENCE)}


def kind_evidence(kind: str, source: str) -> Counter:
    """One piece of evidence: (kind, source) -> its weight (EVIDENCE_WEIGHT)."""
    return Counter({(kind, source): EVIDENCE_WEIGHT[source]})


def cluster(items: list[Item], nearest: bool) -> tuple[list[Group], list[int]]:
    """Group items into actors; return the groups and each item's group index.

    Longer names are placed first, so a short form meets every full name it could stand for.
    With `nearest` (one article), a short form several actors fit goes to the nearest one before
    it; without (the corpus), it stays apart.
    """
    groups: list[Group] = []
    owner = [-1] * len(items)
    index: dict[str, set[int]] = {}    # each token of a group's names, and its names' initials -> groups
    order = sorted(range(len(items)), key=lambda i: (-len(name_tokens(items[i].name)), items[i].position, i))
    for i in order:
        item = items[i]
        target, join = _full_match(item, groups, index)
        if target is None:
            target, join = _short_match(item, groups, index, items, nearest)
        if target is None:
            groups.append(Group())
            target = len(groups) - 1
        group = groups[target]
        group.add(i, item)
        if join:
            group.joins.append(join)
        owner[i] = target
        for key in (*name_tokens(item.name), "initials:" + initials(item.name)):
            index.setdefault(key, set()).add(target)
    _join_longer_forms(groups, owner)
    _merge_pinned(groups, owner)
    return groups, owner


def _full_match(item: Item, groups: list[Group], index: dict) -> tuple[int | None, Join | None]:
    toks = name_tokens(item.name)
    if not toks:
        return None, None
    kind = decide_kind(item.evidence)
    for g in sorted(index.get(toks[0], set()) & index.get(toks[-1], set())):
        if not groups[g].accepts(item, full_name=len(toks) > 1):
            continue
        group_kind = groups[g].kind
        for known in sorted(groups[g].names):
            rule = same_name(item.name, known, kind, group_kind)
            if rule:
                return g, (Join(item.name, known, rule) if item.name != known else None)
    return None, None


def _short_match(item: Item, groups: list[Group], index: dict, items: list[Item],
                 nearest: bool) -> tuple[int | None, Join | None]:
    toks = name_tokens(item.name)
    if not toks:
        return None, None
    if is_acronym(item.name):
        pool = index.get("initials:" + fold(item.name).replace(" ", ""), set())
    else:
        pool = set().union(*(index.get(t, set()) for t in toks))
    kind = decide_kind(item.evidence)
    fits: dict[int, Join] = {}
    for g in sorted(pool):
        if not groups[g].accepts(item):
            continue
        group_kind = groups[g].kind
        for known in sorted(groups[g].names, key=lambda n: (-len(n), n)):
            rule = acronym_of(item.name, known) or short_form(item.name, known, kind, group_kind)
            if rule:
                fits[g] = Join(item.name, known, rule)
                break
    if not fits:
        return None, None
    best = min(_rank(j.rule) for j in fits.values())
    fits = {g: j for g, j in fits.items() if _rank(j.rule) == best}
    if len(fits) == 1:
        return next(iter(fits.items()))
    if not nearest:
        return _most_mentioned(fits, groups)
    if item.genders:   # "Mr. Pike": the Pike a pronoun said is a man, before one said of no one
        gender = next(iter(item.genders))
        said = {g: groups[g].pronouns.most_common(1)[0][0] for g in fits if groups[g].pronouns}
        fits = {g: j for g, j in fits.items() if said.get(g) == gender} or {
            g: j for g, j in fits.items() if g not in said} or fits
    before = [g for g in fits if any(items[j].position < item.position for j in groups[g].items)]
    chosen = min(before or fits, key=lambda g: (min(abs(items[j].position - item.position) for j in groups[g].items), g))
    return chosen, fits[chosen]


def _most_mentioned(fits: dict[int, Join], groups: list[Group]) -> tuple[int | None, Join | None]:
    """Of the people a surname fits across the corpus, the one mentioned far more than all the others."""
    if any(j.rule != END_OF_NAME for j in fits.values()):
        return None, None
    weight = {g: sum(groups[g].names.values()) for g in fits}
    top = max(sorted(fits), key=weight.__getitem__)
    if weight[top] < DOMINANT_SHARE * sum(weight.values()):
        return None, None
    return top, Join(fits[top].name, fits[top].matched, MOST_MENTIONED)


def _join_longer_forms(groups: list[Group], owner: list[int]) -> None:
    """A person whose every name is the full name (two words or more) of other people with words of
    its own before or after it is the one of them who holds DOMINANT_SHARE of all their mentions:
    those words are no part of the name ("Billionaire Donald Trump" or "Harold Pike Wins" once,
    the full name hundreds of times). Two people of comparable weight stay apart ("Mary Ann
    Vance", "Ann Vance"), and so do a father and son ("Walter Brand Jr.", GENERATIONS)."""
    people = [g for g, group in enumerate(groups) if group.items and group.kind == "person"]
    holders: dict[tuple[str, ...], set[int]] = {}   # a full name's words -> the people called so
    for g in people:
        for n in groups[g].names:
            if len(name_tokens(n)) >= 2:
                holders.setdefault(name_tokens(n), set()).add(g)
    weight = {g: sum(groups[g].names.values()) for g in people}
    for g in sorted(people, key=lambda g: (weight[g], g)):
        names = [name_tokens(n) for n in groups[g].names]
        parts = (part for size in range(min(len(t) for t in names) - 1, 1, -1) for part in _common_parts(names, size))
        for part in parts:   # the longest full name first
            hosts = [h for h in sorted(holders.get(part, ())) if h != g and groups[h].items]
            if not hosts:
                continue
            top = max(hosts, key=weight.__getitem__)
            if weight[top] >= DOMINANT_SHARE * (sum(weight[h] for h in hosts) + weight[g]) and groups[top].accepts(groups[g], True):
                matched = next(n for n in sorted(groups[top].names) if name_tokens(n) == part)
                _absorb(groups, owner, top, g, Join(sorted(groups[g].names)[0], matched, OWN_WORDS))
                weight[top] += weight[g]
            break   # the longest full name that names someone decides


def _common_parts(names: list[tuple[str, ...]], size: int) -> list[tuple[str, ...]]:
    """The `size` words every name ends with, and those every name begins with when no word after
    them makes another person of the family."""
    end, start = names[0][-size:], names[0][:size]
    return ([end] if all(t[-size:] == end for t in names) else []) + (
        [start] if all(t[:size] == start and not GENERATIONS.intersection(t[size:]) for t in names) else [])


def _rank(rule: str) -> int:
    return SHORT_FORM_RANK.index(rule) if rule in SHORT_FORM_RANK else -1


def _merge_pinned(groups: list[Group], owner: list[int]) -> None:
    """Items the alias file lists under one entry are one actor even where no rule joins them."""
    first: dict[str, int] = {}
    for g, group in enumerate(groups):
        if group.pin is None or not group.items:
            continue
        if group.pin not in first:
            first[group.pin] = g
            continue
        _absorb(groups, owner, first[group.pin], g, Join(sorted(group.names)[0], group.pin, ALIAS_FILE))


def _absorb(groups: list[Group], owner: list[int], keep_index: int, g: int, join: Join) -> None:
    """Group g becomes part of group keep_index, for the reason `join` gives."""
    keep, group = groups[keep_index], groups[g]
    for i in group.items:
        owner[i] = keep_index
    keep.items.extend(group.items)
    keep.names.update(group.names)
    keep.evidence.update(group.evidence)
    keep._kind = None
    keep.genders |= group.genders
    keep.pronouns.update(group.pronouns)
    keep.pin = keep.pin or group.pin
    keep.joins.extend(group.joins)
    keep.joins.append(join)
    group.items, group.names = [], Counter()


def pairs_of_people(groups: list[Group]) -> set[int]:
    """The groups called only by words joined by hyphens, each the surname of a person the corpus
    names ("the Vance-Pike years" in one story, Nora Vance and Harold Pike in others): two people,
    no actor. In an article, ``actors.is_name_pair`` can look only at the article's names."""
    surnames: dict[str, set[int]] = {}
    for g, group in enumerate(groups):
        if group.items and group.kind == "person":
            for n in group.names:
                if name_tokens(n):
                    surnames.setdefault(name_tokens(n)[-1], set()).add(g)
    out = set()
    for g, group in enumerate(groups):
        parts = [hyphen_parts(n) for n in group.names]
        if group.items and all(parts) and all(
                name_tokens(p) and surnames.get(name_tokens(p)[-1], set()) - {g} for ps in parts for p in ps):
            out.add(g)
    return out


# ---------------------------------------------------------------- what a group is called

def full_forms(names: Counter, kind: str) -> list[str]:
    """The names that are no short form or acronym of another name of the same actor. A person's
    full name of two words or more stays a full form beside a longer name beginning or ending with
    it that it far outnumbers (DOMINANT_SHARE): the longer one has words that are no part of it
    (OWN_WORDS)."""
    plain = [n for n in names if not is_acronym(n)] or list(names)
    return [n for n in plain if not any(_shortened(n, m, names, kind) for m in plain if m != n)] or plain


def _shortened(n: str, m: str, names: Counter, kind: str) -> bool:
    rule = short_form(n, m, kind, kind)
    if rule and kind == "person" and len(name_tokens(n)) >= 2:
        return names[n] < DOMINANT_SHARE * (names[n] + names[m])
    return bool(rule)


def canonical_name(names: Counter, kind: str) -> str:
    """The most frequent full form; ties go to the longer name, then alphabetically."""
    return min(full_forms(names, kind), key=lambda n: (-names[n], -len(name_tokens(n)), -len(n), n))


def explain(group: Group) -> list[str]:
    """One line per name joined to the actor: "Bush = George W. Bush (end of a person's name)"."""
    return sorted({f"{j.name} = {j.matched} ({j.rule})" for j in group.joins})

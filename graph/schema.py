"""The graph's schema: node labels, relationship types, attribute names, and the event-kind registry.

Everything that writes or reads the graph (the build, the timeline, the HTML page, GraphML/JSON,
the Neo4j load and files, the CLI summary) takes these names from here, and every place that
needs "what are the events" loops over ``event_kinds()``. An event kind is registered by its
finder module (``dateline.graph.finders.<kind>``), so adding a kind is one module there.

This module holds names and plain functions of node attributes only: no parsing, no spaCy.
"""
from __future__ import annotations

import functools
import importlib
import pkgutil
from dataclasses import dataclass
from typing import Callable

# ---------------------------------------------------------------- node labels

ARTICLE = "Article"
ACTOR = "Actor"
OUTLET = "Outlet"          # a news outlet: an article's publisher, an agency credited in a caption or byline
EVENT = "Event"            # the Neo4j label every event carries beside its kind's label
MEETING = "Meeting"
STATEMENT = "Statement"
# Nodes that are not events; every other label names an event kind.
ENTITY_LABELS = (ARTICLE, ACTOR, OUTLET)

# ---------------------------------------------------------------- relationship types

PARTICIPATED_IN = "PARTICIPATED_IN"   # Actor -> event, with a `role` (ROLES)
SAID = "SAID"                         # Actor -> Statement
SPEAKS_FOR = "SPEAKS_FOR"             # an unnamed source -> the organisation it speaks for ("a spokesman for X")
ADDRESSED_TO = "ADDRESSED_TO"         # Statement -> Actor
REPORTED_IN = "REPORTED_IN"           # event -> Article, one per reporting article
REPORTED_BY = "REPORTED_BY"           # event -> Actor: the source an article cites for it ("..., the Observatory said")
HELD_IN = "HELD_IN"                   # event -> the Actor of kind location it was held in
MENTIONED_IN = "MENTIONED_IN"         # Actor -> Article, with `count`
PUBLISHED_BY = "PUBLISHED_BY"         # Article -> Outlet: its publisher, and agencies it credits

# ---------------------------------------------------------------- attribute names

ID, LABEL, NAME, TYPE = "id", "label", "name", "type"
KIND = "kind"                    # an event's kind (a key of the registry); an actor's kind (person, ...)
LOCATION = "location"            # the actor kind of a place: one node whether an event was held there or it acts
PLOVER = "plover"                # an event's PLOVER category, None for kinds PLOVER does not code
DATE, GRANULARITY, DATE_BASIS = "date", "granularity", "date_basis"
STATUS = "status"
PLACE_NAME = "place"
PARTICIPANTS, SOURCES, TARGETS = "participants", "sources", "targets"   # actor names, sorted
REPORTERS = "reporters"          # names of the actors cited as the source of the report
COUNT, COUNTED = "count", "counted"   # "58 people were killed": 58, "killed"
SPEAKER, TEXT, QUOTE, ADDRESSEE = "speaker", "text", "quote", "addressee"
ROLE = "role"
# evidence, on every edge read from a sentence
ARTICLE_KEY, SENTENCE, START, END = "article", "sentence", "start", "end"
TRIGGER_START, TRIGGER_END = "trigger_start", "trigger_end"   # the event word's character offsets
# on a REPORTED_IN edge whose article tells the event in more than one sentence: every one of them,
# in text order, and their offsets
SENTENCES, SENTENCE_STARTS = "sentences", "sentence_starts"

# ---------------------------------------------------------------- values

HELD, PLANNED, DENIED, HYPOTHETICAL = "held", "planned", "denied", "hypothetical"
STATUSES = (HELD, PLANNED, DENIED, HYPOTHETICAL)
SOURCE, TARGET, PARTICIPANT = "source", "target", "participant"
ROLES = (SOURCE, TARGET, PARTICIPANT)
# Roles an actor has in an event, and the event attribute listing the actors in each.
ROLE_ATTRIBUTE = {SOURCE: SOURCES, TARGET: TARGETS, PARTICIPANT: PARTICIPANTS}

PLOVER_CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                     "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# A planned act is coded as the intention it states. PLOVER's AGREE: "all cooperative actions
# reported in future tense are also taken to imply intentions"; its THREATEN: threats to impose
# sanctions, to protest, to repress, to use force, that is, conflictual acts told as to come.
PLANNED_AS = {**{c: "AGREE" for c in ("SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE")},
              **{c: "THREATEN" for c in ("SANCTION", "PROTEST", "COERCE", "MOBILIZE", "ASSAULT")}}


def plover_of(category: str | None, status: str) -> str | None:
    """The PLOVER category of one event of a kind coded `category`, given its status."""
    return PLANNED_AS.get(category, category) if status == PLANNED else category


# ---------------------------------------------------------------- how mentions merge

# across articles (and within one), two mentions of the same kind are one event when:
BY_PARTICIPANTS = "participants"   # same time, one's participants within the other's (meetings)
BY_WORDS = "words"                 # same speaker, one text inside the other (statements)
BY_ACTORS_OR_PLACE = "actors or place"   # same time, and a shared actor, or the same place when neither has actors
MERGE_RULES = (BY_PARTICIPANTS, BY_WORDS, BY_ACTORS_OR_PLACE)


# ---------------------------------------------------------------- the registry

@dataclass(frozen=True)
class CardField:
    heading: str
    attribute: str


@dataclass(frozen=True)
class EventKind:
    name: str                      # registry key and the events' `kind`: "assault"
    label: str                     # graph label: "Assault"
    plover: str | None             # PLOVER category, None where PLOVER codes nothing (travel, launches, ...)
    description: str               # one line for the legend and the README
    roles: tuple[str, ...]         # ROLES the kind's actors take, plus "place" when it has one
    merge: str                     # a MERGE_RULES value
    colour: str                    # page and Neo4j Browser colour
    card: tuple[CardField, ...]    # what its card shows, after the date
    summary: Callable[[dict], str]   # its one-line timeline text, from the node's attributes

    def neo4j_labels(self, attrs: dict) -> tuple[str, ...]:
        """Labels of one of its events beside ``:Event``: the kind's, and the event's PLOVER category
        (``:Assault:ASSAULT``; a planned aid is ``:Aid:AGREE``)."""
        return (self.label,) + ((attrs[PLOVER],) if attrs.get(PLOVER) else ())


_REGISTRY: dict[str, EventKind] = {}


def register(kind: EventKind) -> EventKind:
    """Add a kind (called by its finder module when imported); the same kind twice is an error."""
    if kind.name in _REGISTRY and _REGISTRY[kind.name] != kind:
        raise ValueError(f"event kind {kind.name!r} registered twice")
    if kind.merge not in MERGE_RULES or (kind.plover and kind.plover not in PLOVER_CATEGORIES):
        raise ValueError(f"event kind {kind.name!r}: unknown merge rule or PLOVER category")
    _REGISTRY[kind.name] = kind
    return kind


@functools.cache
def event_kinds() -> tuple[EventKind, ...]:
    """Every registered kind, by name. Imports the finder modules, which register themselves (once)."""
    package = importlib.import_module("dateline.graph.finders")
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    return tuple(_REGISTRY[name] for name in sorted(_REGISTRY))


@functools.cache
def _kinds_by_label() -> dict[str, EventKind]:
    return {k.label: k for k in event_kinds()}


def kind_of(attrs: dict) -> EventKind | None:
    """The kind of an event node, None for an entity (or a label no kind knows)."""
    return _kinds_by_label().get(attrs.get(LABEL))


def is_event(attrs: dict) -> bool:
    return attrs.get(LABEL) not in ENTITY_LABELS


# ---------------------------------------------------------------- card fields and summaries

DATE_FIELDS = (CardField("Date worked out", DATE_BASIS), CardField("Status", STATUS))
ACTION_CARD = (*DATE_FIELDS, CardField("PLOVER category", PLOVER), CardField("By", SOURCES),
               CardField("Against / for", TARGETS), CardField("Taking part", PARTICIPANTS),
               CardField("Place", PLACE_NAME), CardField("Reported by", REPORTERS))


def names(attrs: dict, attribute: str) -> str:
    return ", ".join(attrs.get(attribute) or [])


def action_summary(attrs: dict) -> str:
    """ "Assault: Free Syrian Army -> Homs · 58 killed · Homs (reported by Syrian Observatory)"."""
    who = names(attrs, SOURCES) or names(attrs, PARTICIPANTS)
    whom = names(attrs, TARGETS)
    text = " \u2192 ".join(x for x in (who, whom) if x)
    parts = [text] if text else []
    if attrs.get(COUNT) is not None:
        parts.append(f"{attrs[COUNT]} {attrs.get(COUNTED) or ''}".strip())
    if attrs.get(PLACE_NAME):
        parts.append(attrs[PLACE_NAME])
    line = f"{attrs.get(NAME, '').split(':')[0]}: " + " \u00b7 ".join(parts) if parts else attrs.get(NAME, "")
    if attrs.get(REPORTERS):
        line += f" (reported by {names(attrs, REPORTERS)})"
    return line


def meeting_summary(attrs: dict) -> str:
    """Who met, and where."""
    text = names(attrs, PARTICIPANTS)
    return f"{text} \u00b7 {attrs[PLACE_NAME]}" if attrs.get(PLACE_NAME) else text


def statement_summary(attrs: dict) -> str:
    """Who said what; direct speech in quote marks."""
    said = attrs.get(TEXT) or attrs.get(NAME) or ""
    speaker = attrs.get(SPEAKER) or "Unknown speaker"
    return f"{speaker}: \u201c{said}\u201d" if attrs.get(QUOTE) else f"{speaker}: {said}"


def action_kind(name: str, label: str, plover: str | None, description: str, colour: str,
                roles: tuple[str, ...] = (SOURCE, TARGET, "place")) -> EventKind:
    """A kind of action told by a verb or noun with a doer and a done-to: most kinds."""
    return EventKind(name, label, plover, description, roles, BY_ACTORS_OR_PLACE, colour, ACTION_CARD,
                     action_summary)

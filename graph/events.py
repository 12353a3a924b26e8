"""Events in one article: every registered finder run over the parse, and the mention they give."""
from __future__ import annotations

from dataclasses import dataclass, field

from dateline.graph.article import Evidence, ParsedArticle
from dateline.graph.dating import EventDate, lead_dates, occasion_dates
from dateline.graph.schema import ROLES, event_kinds


@dataclass
class EventMention:
    """One mention of an event in an article (any kind but statements)."""
    kind: str
    actors: dict[str, list[int]]      # role -> actor indices in the article, in the order found
    date: EventDate
    status: str
    place: str | None
    evidence: Evidence                # the sentence
    trigger: tuple[int, int]          # character span of the event word
    word: str                         # the event word as written: "killed", "talks"
    count: int | None = None          # "58 people were killed": 58
    counted: str | None = None        # and what the number counts: "killed"
    reporters: list[int] = field(default_factory=list)   # actors the article cites for it
    told: list[Evidence] = field(default_factory=list)   # the article's other sentences that tell it

    @property
    def participants(self) -> list[int]:
        """Every actor of the event, each once, role by role."""
        return list(dict.fromkeys(a for role in ROLES for a in self.actors.get(role, [])))


MEETING_KIND = "meeting"


def find_events(art: ParsedArticle) -> dict[str, list]:
    """Kind name -> the mentions of that kind in the article, in text order."""
    from dateline.graph.finders import FINDERS

    kinds = event_kinds()   # imports the finder modules, which register their finders
    found: dict[str, list] = {k.name: [] for k in kinds}
    for find in FINDERS:
        for mention in find(art):
            found[mention.kind].append(mention)
    # meetings take the dates of the meetings they fit (in_article.merge_meetings)
    told = sorted((m for kind, ms in found.items() if kind != MEETING_KIND for m in ms), key=lambda m: m.evidence.start)
    occasion_dates(art, told)
    lead_dates(art, told, actors_of)
    return found


def actors_of(mention) -> list[int]:
    """Who an event or a statement is about: its actors, or its speaker and addressee."""
    if isinstance(mention, EventMention):
        return mention.participants
    return [a for a in (mention.speaker, mention.addressee) if a is not None]

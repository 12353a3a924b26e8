"""Per article: the parsed text -> actors and the mentions of every event kind (a pure function of its inputs)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.graph.actors import LocalActor, cluster_mentions, find_mentions
from dateline.graph.article import read_article
from dateline.graph.coref import build_person_focus
from dateline.graph.events import find_events


@dataclass
class ArticleFacts:
    """What one article says: small, picklable, and all the graph stage needs of it."""
    key: str
    meta: dict                         # Article node attributes: published, source, title, url, path, ...
    actors: list[LocalActor]
    mention_counts: list[int]          # per actor, its mentions in the article
    events: dict[str, list]            # event kind -> its mentions (EventMention, StatementMention)


def extract_article(key: str, doc: Doc, published: str | None, timexes: list, meta: dict) -> ArticleFacts:
    mentions = find_mentions(doc)
    actors, owner = cluster_mentions(mentions)
    art = read_article(key, doc, published, mentions, owner, actors, timexes)
    build_person_focus(art)
    events = find_events(art)
    counts = [len(a.mentions) for a in actors]
    for a in actors:
        a.mentions = []   # mention indices mean nothing outside the article
    return ArticleFacts(key, meta, actors, counts, events)

"""Per article: the parsed text -> actors, meetings and statements (a pure function of its inputs)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.graph.actors import LocalActor, cluster_mentions, find_mentions
from dateline.graph.events import MeetingMention, StatementMention, find_meetings, find_statements, read_article


@dataclass
class ArticleFacts:
    """What one article says: small, picklable, and all the graph stage needs of it."""
    key: str
    meta: dict                         # Article node attributes: published, source, title, url, path, ...
    actors: list[LocalActor]
    mention_counts: list[int]          # per actor, its mentions in the article
    meetings: list[MeetingMention]
    statements: list[StatementMention]


def extract_article(key: str, doc: Doc, published: str | None, timexes: list, meta: dict) -> ArticleFacts:
    mentions = find_mentions(doc)
    actors, owner = cluster_mentions(mentions)
    art = read_article(key, doc, published, mentions, owner, actors, timexes)
    statements = find_statements(art)
    meetings = find_meetings(art)
    counts = [len(a.mentions) for a in actors]
    for a in actors:
        a.mentions = []   # mention indices mean nothing outside the article
    return ArticleFacts(key, meta, actors, counts, meetings, statements)

"""Node ids from content (names, dates, words), never from the order articles come in."""
from __future__ import annotations

import hashlib
import weakref

from dateline.graph.identity import fold, name_tokens
from dateline.graph.schema import ACTOR, KIND, LOCATION


def slug(text: str) -> str:
    """Folded words joined by hyphens, letters of every script kept ("Путин" -> "путин",
    "Erdoğan" -> "erdogan"): names in different scripts never share a slug."""
    return fold(text).replace(" ", "-") or digest(text)


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]


def article_id(key: str) -> str:
    return f"article:{key}"


def place_id(g, name: str) -> str:
    """The location actor a place name stands for: the one with that name or an alias that is the same
    name to ``identity.same_name`` ("DAMASCUS" finds "Damascus", "Deir al-Zour" "Deir Zour"), else
    the id a new one takes (which the next call with that name gives again). One node per place."""
    index = _PLACES.get(g)
    if index is None:   # the graph's places, in node order: the first that has the name keeps it
        index = _PLACES[g] = {}
        for node, data in g.nodes(data=True):
            if data.get(KIND) == LOCATION and data.get("label") == ACTOR:
                for alias in [data.get("name") or "", *(data.get("aliases") or [])]:
                    index.setdefault(name_tokens(alias), node)
    return index.setdefault(name_tokens(name), f"place:{slug(name)}")


# graph -> place name tokens -> node; made at a graph's first place_id, after its actors are in
_PLACES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

"""Node ids from content (names, dates, words), never from the order articles come in."""
from __future__ import annotations

import hashlib

from dateline.graph.identity import fold


def slug(text: str) -> str:
    """Folded words joined by hyphens, letters of every script kept ("Путин" -> "путин",
    "Erdoğan" -> "erdogan"): names in different scripts never share a slug."""
    return fold(text).replace(" ", "-") or digest(text)


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]


def article_id(key: str) -> str:
    return f"article:{key}"

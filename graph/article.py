"""One parsed article as the event finders see it: text, quotations, actors by token, evidence spans."""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.graph.actors import LocalActor, Mention
from dateline.nlp import CURLY_QUOTES, QUOTE_PAIRS, STRAIGHT_QUOTES, doc_text, sentence

# A quotation between one of the pairs of quote marks; straight quotes do not span lines.
QUOTE_PATTERNS = [re.compile(re.escape(a) + (r"([^\n" + re.escape(b) + "]" if a == b else r"(.") + r"{1,3000}?)"
                             + re.escape(b), re.S) for a, b in QUOTE_PAIRS]
# Quotations some archives and pages print otherwise: two apostrophes for a quote mark (''We will
# win,'' he said), and a quote opened by one kind of mark and closed by the other.
TWO_APOSTROPHE_QUOTE = re.compile(r"(?<!')''(?!')([^\n']{1,3000}?(?:'(?!')[^\n']*?)*)''(?!')")
MIXED_QUOTES = tuple(
    re.compile(re.escape(a) + "([^\n" + re.escape("".join(CURLY_QUOTES) + STRAIGHT_QUOTES[0]) + "]{1,3000}?)" + re.escape(b))
    for a, b in ((STRAIGHT_QUOTES[0], CURLY_QUOTES[1]), (CURLY_QUOTES[0], STRAIGHT_QUOTES[1])))
DATELINE = re.compile(r"^(?:\([^)\n]*\)\s*)?([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:,\s*[A-Z][\w. ]+?)?\s+[-\u2013\u2014]{1,2}\s", re.M)


@dataclass
class Evidence:
    article: str
    sentence: str
    start: int
    end: int


@dataclass
class ParsedArticle:
    """Everything the rules look up in one parsed article."""
    key: str
    doc: Doc
    text: str                          # nlp.doc_text(doc)
    published: str | None
    mentions: list[Mention]
    owner: list[int]
    actors: list[LocalActor]
    timexes: list
    quotes: list[tuple[int, int]] = field(default_factory=list)      # inner spans
    token_actor: dict[int, int] = field(default_factory=dict)        # token index -> actor
    person_focus: list[tuple[int, int]] = field(default_factory=list)  # (char, actor) subjects in reading order
    organization_focus: list[tuple[int, int]] = field(default_factory=list)   # likewise, organisations
    place: str | None = None           # the dateline's place ("DAMASCUS --")


def read_article(key: str, doc: Doc, published: str | None, mentions: list[Mention],
                 owner: list[int], actors: list[LocalActor], timexes: list) -> ParsedArticle:
    art = ParsedArticle(key, doc, doc_text(doc), published, mentions, owner, actors, timexes)
    art.quotes = find_quotes(art.text)
    for i, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        for t in span or ():
            art.token_actor[t.i] = owner[i]
    match = DATELINE.search(art.text[:600])
    if match and len(match.group(1)) > 2:
        art.place = match.group(1).title()
    return art


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations in ``PTB'', curly and straight quote marks, as news prints them
    (see ``as_printed``); no overlaps."""
    spans: list[tuple[int, int]] = []
    for pattern in QUOTE_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if not any(s < e2 and s2 < e for s2, e2 in spans):
                spans.append((s, e))
    return as_printed(text, sorted(spans))


def as_printed(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The article's quotations as news prints them: a pair of two apostrophes on one line
    (''We will win,'' he said), as some archives print quote marks (a quote run over paragraphs
    opens each); curly quotes closed and reopened by straight ones (“We won," he said. "It is
    over.”), which are two quotations; and a quote opened by one kind of mark and closed by the other."""
    out = []
    for s, e in quotes:
        pieces = text[s:e].split('"')
        # '," Trump said at his party. "': what lies between is an attribution after a quote's last mark
        reopened = len(pieces) % 2 == 1 and len(pieces) > 1 and all(
            len(pieces[k].split()) <= 40 and pieces[k - 1].rstrip()[-1:] in ",.?!" and pieces[k].rstrip()[-1:] in ".,:"
            for k in range(1, len(pieces), 2))
        if not reopened:
            out.append((s, e))
            continue
        at = s
        for k, piece in enumerate(pieces):
            if k % 2 == 0 and piece.strip():
                out.append((at, at + len(piece)))
            at += len(piece) + 1
    for pattern in (TWO_APOSTROPHE_QUOTE, *MIXED_QUOTES):
        out += [m.span(1) for m in pattern.finditer(text) if not any(m.start(1) < e and s < m.end(1) for s, e in out)]
    return sorted(out)


def in_quote(art: ParsedArticle, char: int) -> bool:
    k = bisect.bisect_right(art.quotes, (char, math.inf)) - 1   # the quotes are sorted and do not overlap
    return k >= 0 and char < art.quotes[k][1]


def evidence(art: ParsedArticle, start: int, end: int) -> Evidence:
    """The whole sentences holding a character span."""
    doc = art.doc
    first = doc.char_span(start, max(start + 1, end), alignment_mode="expand")
    s0 = sentence(first[0]) if first is not None and len(first) else sentence(doc[0])
    s1 = sentence(first[-1]) if first is not None and len(first) else s0
    a, b = min(s0.start_char, start), max(s1.end_char, end)
    return Evidence(art.key, art.text[a:b].strip(), a, b)

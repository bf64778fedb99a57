"""bl_attributes applies the model's attribute ruler from tables: every attribute it sets is exactly what spaCy's
AttributeRuler sets, on hand-built rulers over generated Docs and on the trained model over real articles."""
from __future__ import annotations

import json

import numpy as np
import pytest
import spacy
from hypothesis import given, settings as hsettings, strategies as st
from spacy.tokens import Doc

from core import settings
from core.pipeline.attributes import TableAttributes, use_table_attributes
from tests.conftest import FIXTURES

COLUMNS = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
# Every kind of test the component reads: values, IN, NOT_IN, REGEX, flags, two-token sequences with either target,
# a negative index, alternatives, and patterns that a later one overrides.
PATTERNS = [
    ([[{"TAG": "VBZ"}]], {"POS": "VERB", "MORPH": "Number=Sing"}, 0),
    ([[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], {"POS": "AUX", "LEMMA": "be"}, 0),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}, 0),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, 1),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"POS": "PART"}, -1),
    ([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"LEMMA": "nothing"}, 0),
    ([[{"DEP": {"NOT_IN": ["", "det"]}, "TAG": {"IN": ["IN", "CC"]}}]], {"POS": "SCONJ"}, 0),
    ([[{"IS_SPACE": True}]], {"POS": "SPACE", "TAG": "_SP", "MORPH": "_"}, 0),
    ([[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], {"DEP": "dep"}, 0),
    ([[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "'s"]}}]], {"POS": "VERB"}, 1),
    ([[{"TAG": "CC", "LOWER": "but", "DEP": "advmod"}]], {"POS": "ADV"}, 0),
    ([[{"LOWER": "it"}], [{"ORTH": "IT"}]], {"MORPH": "Case=Nom"}, 0),
    ([[{"LOWER": "it", "DEP": {"IN": ["dobj", "pobj"]}}]], {"MORPH": "Case=Acc"}, 0),
    ([[{"TEXT": "Cat"}]], {"LEMMA": "feline", "POS": "PROPN"}, 0),
    ([[{"IS_PUNCT": True}]], {"POS": "PUNCT"}, 0),
]
WORDS = ["gon", "na", "is", "'s", "but", "it", "IT", "It", "nothin'", "nuthin", "Cat", "cat", "there", " ", "\n", ".",
         ",", "Putin"]


def ruler_and_table(nlp):
    ruler = nlp.add_pipe("attribute_ruler")
    for patterns, attrs, index in PATTERNS:
        ruler.add(patterns, attrs, index=index)
    table = TableAttributes()
    table.take_over(ruler, nlp.vocab.strings)
    return ruler, table


BLANK = spacy.blank("en")
RULER, TABLE = ruler_and_table(BLANK)


def both(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    expected, found = doc.copy(), doc.copy()
    RULER(expected)
    TABLE(found)
    return expected.to_array(COLUMNS), found.to_array(COLUMNS)


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(["VBZ", "IN", "CC", "NN", ""]),
                          st.sampled_from(["nsubj", "dobj", "expl", "advmod", "det", "dep"])), min_size=1, max_size=12))
def test_it_sets_what_the_attribute_ruler_sets(tokens):
    words, tags, deps = map(list, zip(*tokens))
    doc = Doc(BLANK.vocab, words=words, tags=tags, deps=deps, heads=list(range(len(words))))
    expected, found = both(doc)
    assert np.array_equal(found, expected)


def test_a_later_pattern_wins_and_sequences_set_the_token_they_name():
    doc = Doc(BLANK.vocab, words=["gon", "na", "it", "is"], tags=["", "", "", "VBZ"], deps=["dep", "dep", "dobj", "dep"],
              heads=[0, 1, 2, 3])
    TABLE(doc)
    assert [t.lemma_ for t in doc[:2]] == ["go", "to"] and doc[1].pos_ == "PART"
    assert str(doc[2].morph) == "Case=Acc" and (doc[3].pos_, doc[3].lemma_) == ("AUX", "be")


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "a", "OP": "+"}],  # an operator
    [{"LENGTH": {">=": 2}}],  # an attribute it does not read
    [{"LOWER": {"FUZZY": "cat"}}],  # a predicate it does not read
])
def test_a_ruler_with_a_pattern_it_cannot_apply_exactly_stays(pattern):
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([pattern], {"LEMMA": "x"})
    use_table_attributes(nlp)
    assert not isinstance(nlp.get_pipe("attribute_ruler"), TableAttributes)


@pytest.mark.model
def test_on_the_trained_model_every_attribute_is_the_rulers_own():
    stock = spacy.load(settings.get("model"))
    ours = spacy.load(settings.get("model"))
    use_table_attributes(ours)
    use_table_attributes(ours)  # a second call finds it done
    assert isinstance(ours.get_pipe("attribute_ruler"), TableAttributes)
    lines = (FIXTURES / "eval" / "articles.jsonl").read_text("utf-8").splitlines()[:40]
    texts = [json.loads(line)["text"] for line in lines] + [
        "I'm gonna go, y'all. Ain't nothin' wrong. Let's see, c'mon! There is a cat and there's a dog. But he left.",
        "  \n\n  It is what it is; I told you so. Do you have it? I did have it. He gets it, she got it.  ", ""]
    for expected, found in zip(stock.pipe(texts), ours.pipe(texts)):
        assert np.array_equal(found.to_array([*COLUMNS, "ENT_TYPE"]), expected.to_array([*COLUMNS, "ENT_TYPE"]))

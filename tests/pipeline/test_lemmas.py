"""bl_lemmas applies the model's own rule-based lemmatizer a Doc at a time: the lemmas are exactly spaCy's."""
from __future__ import annotations

import json

import pytest
import spacy

from core import settings
from core.pipeline.lemmas import TableLemmatizer, use_rules_of
from core.pipeline.nlp import load_nlp
from tests.conftest import FIXTURES

TEXTS = [
    "Putin ain't gonna meet the ministers; they were meeting in Moscow. Let's go, said the leaders' spokeswomen.",
    "The talks, which had been postponed twice, were finally held on Tuesday: both sides agreed, signing deals worth "
    "$2.5bn and visiting factories. Mr. Wen's visits ended.\n\nHe went, she goes, they've gone; it's done.",
]


pytestmark = pytest.mark.model


def _model():
    return spacy.load(settings.get("model"))


def test_the_lemmas_are_the_lemmatizers_own():
    stock = _model()
    ours = _model()
    use_rules_of(ours)
    assert isinstance(ours.get_pipe("lemmatizer"), TableLemmatizer)
    texts = TEXTS + [json.loads(line)["text"] for line in (FIXTURES / "wikinews" / "russia_china.jsonl").read_text("utf-8").splitlines()]
    for text in texts:
        expected, found = stock(text), ours(text)
        assert [t.lemma_ for t in found] == [t.lemma_ for t in expected]
        assert [(t.pos_, t.dep_, t.head.i, t.ent_type_) for t in found] == [(t.pos_, t.dep_, t.head.i, t.ent_type_) for t in expected]
    again = ours(texts[0])  # the second time from the table alone
    assert [t.lemma_ for t in again] == [t.lemma_ for t in stock(texts[0])]


def test_the_annotation_pipeline_uses_it_and_an_empty_text_passes():
    nlp = load_nlp()
    assert isinstance(nlp.get_pipe("lemmatizer"), TableLemmatizer)
    assert len(nlp("")) == 0


def test_a_model_without_a_rule_lemmatizer_keeps_what_it_has():
    blank = spacy.blank("en")
    use_rules_of(blank)
    assert "lemmatizer" not in blank.pipe_names
    lookup = spacy.blank("en")
    lookup.add_pipe("lemmatizer", config={"mode": "lookup"})
    use_rules_of(lookup)
    assert not isinstance(lookup.get_pipe("lemmatizer"), TableLemmatizer)


def test_without_a_lemmatizer_to_apply_it_says_so():
    with pytest.raises(ValueError, match="no lemmatizer"):
        TableLemmatizer()(spacy.blank("en")("text"))

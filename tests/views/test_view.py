"""Filtering the corpus for a view: who is involved, sectors, dates, places and text search."""
from types import SimpleNamespace

import pandas as pd
import pytest

from core.store.corpus import load_corpus
from core.views.state import parse
from core.store.search import search_terms
from core.views.view import build_index, select


@pytest.mark.parametrize("query, terms", [
    ("pipeline gas", ["pipeline", "gas"]),
    ('"gas pipeline" Russia', ["gas pipeline", "Russia"]),
    ('"unclosed phrase', ["unclosed", "phrase"]),
    ("  ", []),
    ("Putin OR Xi -China", ["Putin", "Xi"]),  # what an article is to have: what the reader highlights
    ("Putin AND Xi NOT China", ["Putin", "Xi"]),  # AND and NOT are operators, not words to find
    ("-China", []),  # nothing to highlight
])
def test_search_terms_split_words_and_quoted_phrases(query, terms):
    assert search_terms(query) == terms


@pytest.fixture(scope="module")
def seeds(sample_store):
    corpus = load_corpus(sample_store)
    return corpus, build_index(corpus)


def view(seeds, **params):
    corpus, index = seeds
    state, notice = parse(params, vocab=index.vocab)
    assert notice == ""
    return select(corpus, index, state)


def test_search_needs_every_word_as_a_whole_word(seeds):
    both = view(seeds, q="Gazprom deals").articles
    assert len(both) >= 1
    assert all("gazprom" in t.lower() and "deals" in t.lower() for t in both["text"])
    assert view(seeds, q="Gazpro").articles.empty, "a part of a word is not a match"
    assert len(view(seeds, q="Gazpro*").articles) == len(view(seeds, q="Gazprom").articles)
    assert view(seeds, q='"deals Gazprom"').articles.empty, "a quoted phrase keeps its word order"


def test_people_and_countries_must_all_be_involved(seeds):
    putin = view(seeds, person="Vladimir Putin")
    both = view(seeds, person="Vladimir Putin", country="Venezuela")
    assert len(both.articles) < len(putin.articles)
    assert all("Vladimir Putin" in p for p in putin.meetings["participants"])


def test_meetings_are_filtered_by_their_own_date_and_background_needs_the_toggle(seeds):
    everything = view(seeds, refs="1")
    reported = view(seeds)
    assert len(everything.meetings) >= len(reported.meetings)
    assert not reported.meetings["referenced"].any()
    in_2009 = view(seeds, refs="1", **{"from": "2009", "to": "2009"})
    assert all(str(d).startswith("2009") for d in in_2009.meetings["date"])
    assert set(in_2009.events["event_id"]) <= set(in_2009.meetings["event_id"])


def test_an_organisation_meeting_as_a_side_names_its_lane_whatever_the_articles_tagged_it():
    import pandas as pd

    from core.views.lanes import country_lane
    from core.views.view import entity_sides

    entities = pd.DataFrame({"canonical": ["Kofi Annan", "Pascal Lamy", "G8"], "type": ["person", "person", "person"],
                             "country": ["United Nations", "WTO", None], "n_articles": [1, 1, 1], "n_mentions": [1, 1, 1]})
    sides = entity_sides(entities)
    assert sides["G8"] == ("organisation", None)
    assert country_lane(["G8", "Kofi Annan", "Pascal Lamy"], [], sides) == "G8 – United Nations – WTO"


def test_the_events_a_timeline_cannot_place_come_most_reported_first():
    from core.views import queries

    events = pd.DataFrame({"event_id": ["a", "b", "c"], "participants": [["X", "Y"], ["Gordon Brown", "Iraq"], ["P", "Q"]],
                           "location": [None, "Iraq", "Moscow"], "corrections": [[], ["k1"], []], "n_articles": [1, 3, 2]})
    view = SimpleNamespace(events=events)
    left = queries.unplotted_events(view, events[events["event_id"] == "c"])
    assert list(left["event_id"]) == ["b", "a"]
    assert list(left["people"]) == ["✎ corrected · Gordon Brown, Iraq", "X, Y"]
    assert list(left["line"]) == ["✎ corrected · Gordon Brown in Iraq", "X, Y"]  # the side that is the place, once


def test_a_country_reads_with_the_abbreviations_a_user_may_type_for_it():
    from core.views.view import country_label

    assert country_label("United Kingdom") == "United Kingdom · UK"
    assert country_label("United States") == "United States · US, USA"
    assert country_label("Russia") == "Russia"  # none: the name alone

"""The dashboard's query layer (core/views/duck.py) on a small hand-built store (no model): each filter's predicates select
what the filter means, worked out here in pandas; the mentions queries agree with the pandas corpus; corrections of
people reach the mentions DuckDB reads from the Parquet parts."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from core.store import corrections
from core.store.corpus import load_corpus
from core.views.filters import FILTERS, PLACE_LABELS
from core.pipeline.entities import build_entities
from core.pipeline.events import assign_events
from core.store.schema import conform
from core.views.state import ViewState
from core.store import Store
from core.views.view import build_index, date_bounds, select

ARTICLES = [
    {"article_id": "a1", "title": "Moscow talks", "published": "2024-05-20", "source": "Daily"},
    {"article_id": "a2", "title": "Beijing visit", "published": "2024-06", "source": "Weekly"},
    {"article_id": "a3", "title": "Paris summit", "published": "2023", "source": "Daily"},
    {"article_id": "a4", "title": "Undated", "published": None, "source": None},
]


def _m(aid, text, label, canonical, *, country=None, sentence=0):
    entity = None if canonical is None else f"{label.lower()}:{canonical.lower().replace(' ', '_')}"
    return {"article_id": aid, "start": 0, "end": len(text), "text": text, "label": label, "entity_id": entity,
            "canonical": canonical, "sentence": sentence, "country": country}


MENTIONS = [
    _m("a1", "Putin", "PERSON", "Vladimir Putin", country="Russia"),
    _m("a1", "Xi", "PERSON", "Xi Jinping", country="China"),
    _m("a1", "China", "COUNTRY", "China"),
    _m("a1", "Russia", "COUNTRY", "Russia", sentence=1),
    _m("a1", "Russia", "COUNTRY", "Russia", sentence=2),
    _m("a2", "Vladimir Putin", "PERSON", "Vladimir Putin", country="Russia", sentence=3),
    _m("a2", "Beijing", "GPE", "Beijing", country="China"),
    _m("a2", "Wang", "PERSON", "Wang Yi", country=None, sentence=1),
    _m("a3", "Macron", "PERSON", "Emmanuel Macron", country="France"),
    _m("a3", "Paris", "GPE", "Paris", country="France"),
    _m("a3", "Germany", "COUNTRY", "Germany"),
    _m("a3", "France", "COUNTRY", "France"),
    _m("a3", "Xi", "PERSON", "Xi Jinping", country="China", sentence=4),
    _m("a4", "2024", "DATE", "2024"),
]
LATER = [  # a second Parquet part, appended by a later commit
    _m("a4", "Wang Yi", "PERSON", "Wang Yi", country="China", sentence=1),
    _m("a4", "Putin", "PERSON", "Vladimir Putin", country="Russia", sentence=2),
]
SECTORS = [
    {"article_id": "a1", "sentence": 0, "sector": "energy", "trigger": "gas", "start": 0, "end": 3},
    {"article_id": "a2", "sentence": 1, "sector": "trade", "trigger": "exports", "start": 0, "end": 7},
    {"article_id": "a3", "sentence": 0, "sector": "energy", "trigger": "oil", "start": 0, "end": 3},
]


def _meeting(mid, aid, people, countries, place, when, *, referenced=False, confidence=0.8):
    return {"meeting_id": mid, "article_id": aid, "participants": people, "countries": countries, "location": place,
            "date": when, "date_precision": "day", "kind": "talks", "referenced": referenced, "evidence": "…",
            "start": 0, "end": 1, "confidence": confidence, "rules": ["trigger"]}


MEETINGS = [
    _meeting("m1", "a1", ["Vladimir Putin", "Xi Jinping"], ["China", "Russia"], "Moscow", "2024-05-16"),
    _meeting("m2", "a2", ["Vladimir Putin", "Wang Yi"], ["China", "Russia"], "Beijing", "2024-06", confidence=0.4),
    _meeting("m3", "a3", ["Emmanuel Macron", "Xi Jinping"], ["China", "France"], "Paris", "2019-03-25", referenced=True),
    _meeting("m4", "a4", ["Wang Yi"], ["China"], None, None, confidence=0.9),
]
HITS = {"gas": {"a1"}, "talks": {"a1", "a2", "a4"}}


@pytest.fixture
def store(store_dir) -> Store:
    store = Store(store_dir)
    articles = pd.DataFrame([{**a, "text": a["title"] + " text."} for a in ARTICLES])
    mentions = conform("mentions", pd.DataFrame(MENTIONS))
    meetings, events, _ = assign_events(pd.DataFrame(MEETINGS))
    tables = {"articles": articles, "mentions": mentions, "meetings": meetings, "events": events,
              "entities": build_entities(pd.concat([mentions, conform("mentions", pd.DataFrame(LATER))])),
              "sectors": pd.DataFrame(SECTORS)}
    with store.writing():
        store.commit(tables, note="annotate")
        store.commit(append={"mentions": pd.DataFrame(LATER)}, note="more")
    return store


def _index(store):
    corpus = load_corpus(store, text=False)
    return corpus, build_index(corpus)


def _articles_meant(corpus, key, value) -> set[str]:
    """The articles a filter means, worked out in pandas from the corrected tables."""
    articles, mentions, meetings = corpus.articles, corpus.table("mentions"), corpus.table("meetings")
    start, end = date_bounds(articles["published"])
    if key == "country":
        hit = ((mentions["label"] == "COUNTRY") & (mentions["canonical"] == value)) | (mentions["label"].isin(PLACE_LABELS) & (mentions["country"] == value))
        return set(mentions.loc[hit.fillna(False), "article_id"])
    if key == "person":
        return set(mentions.loc[(mentions["label"] == "PERSON") & (mentions["canonical"] == value), "article_id"])
    if key == "sector":
        sectors = corpus.table("sectors")
        return set(sectors.loc[sectors["sector"].isin(value), "article_id"])
    if key == "place":
        return set(meetings.loc[_held(meetings, value), "article_id"])
    if key == "source":
        return set(articles.loc[articles["source"].isin(value), "article_id"])
    if key in ("from", "to"):
        keep = (end >= value.isoformat()) if key == "from" else (start <= value.isoformat())
        return set(articles.loc[keep.fillna(False).astype(bool), "article_id"])
    if key == "q":
        return HITS[value]
    return set(articles["article_id"])


def _held(meetings, chosen) -> pd.Series:
    """Meetings held in one of the chosen places or in a place within a chosen country."""
    return meetings["location"].isin(chosen) | meetings["location"].map({"Moscow": "Russia", "Beijing": "China", "Paris": "France"}).isin(chosen)


def _meetings_meant(corpus, key, value) -> set[str]:
    meetings = corpus.table("meetings")
    start, end = date_bounds(meetings["date"])
    column = {"country": "countries", "person": "participants"}.get(key)
    if column:
        keep = meetings[column].map(lambda names: value in names)
    elif key in ("sector", "source", "q"):
        keep = meetings["article_id"].isin(_articles_meant(corpus, key, value))
    elif key == "place":
        keep = _held(meetings, value)
    elif key in ("from", "to"):
        keep = (end >= value.isoformat()) if key == "from" else (start <= value.isoformat())
    elif key == "conf":
        keep = meetings["confidence"] >= value
    else:
        keep = pd.Series(True, index=meetings.index)
    keep = keep.fillna(False).astype(bool) & (meetings["referenced"] == False if key != "refs" else True)  # noqa: E712
    return set(meetings.loc[keep, "meeting_id"])


CASES = [
    ("country", "China"), ("country", "France"), ("country", "Russia"), ("person", "Vladimir Putin"), ("person", "Wang Yi"),
    ("sector", ("energy",)), ("sector", ("energy", "trade")), ("place", ("China",)), ("place", ("Paris", "Moscow")),
    ("source", ("Daily",)), ("from", date(2024, 6, 15)), ("to", date(2023, 12, 31)), ("from", date(2024, 5, 18)),
    ("q", "gas"), ("q", "talks"), ("refs", True), ("conf", 0.5),
]


def test_every_filter_has_a_case_here():
    assert {f.key for f in FILTERS} == {key for key, _ in CASES}


@pytest.mark.parametrize("key, value", CASES)
def test_each_filters_predicates_select_what_the_filter_means(store, key, value):
    corpus, index = _index(store)
    search = lambda q: HITS[q]  # noqa: E731
    each = value if key in ("person", "country") else None
    filters = {key: (value,) if each else value}
    articles = corpus.articles.iloc[index.tables.selected("articles", filters, search)]
    meetings = corpus.table("meetings").iloc[index.tables.selected("meetings", filters, search)]
    assert set(articles["article_id"]) == _articles_meant(corpus, key, value)
    assert set(meetings["meeting_id"]) == _meetings_meant(corpus, key, value)


def test_people_and_countries_must_each_be_involved(store):
    corpus, index = _index(store)
    both = index.tables.selected("articles", {"person": ("Vladimir Putin", "Xi Jinping")}, set)
    assert list(corpus.articles.iloc[both]["article_id"]) == ["a1"]
    assert index.tables.selected("meetings", {"country": ("France", "Russia")}, set) == []


def test_the_mentions_queries_agree_with_the_pandas_corpus(store):
    corpus, index = _index(store)
    mentions = load_corpus(store).table("mentions")
    view = select(corpus, index, ViewState(filters={"sector": ("energy",)}))
    mine = mentions[mentions["article_id"].isin(["a1", "a3"])]
    assert view.mentions.count() == len(mine)
    pd.testing.assert_frame_equal(view.mentions.frame(), mine.reset_index(drop=True), check_dtype=False)
    assert view.mentions.distinct() == {"PERSON": mine.loc[mine["label"] == "PERSON", "canonical"].nunique(),
                                        "COUNTRY": mine.loc[mine["label"] == "COUNTRY", "canonical"].nunique()} == {"PERSON": 3, "COUNTRY": 4}
    top = view.mentions.top_people(2)
    assert list(top["person"]) == ["Xi Jinping", "Emmanuel Macron"] and list(top["articles"]) == [2, 1]
    assert list(top["country"]) == ["China", "France"]
    assert list(view.mentions.co_mentioned("Xi Jinping", 5)["person"]) == ["Emmanuel Macron", "Vladimir Putin"]
    assert set(map(tuple, view.mentions.of_person("Xi Jinping").to_numpy())) == {("a1", 0), ("a3", 4)}
    everything = select(corpus, index, ViewState()).mentions
    pd.testing.assert_frame_equal(everything.frame(), mentions.reset_index(drop=True), check_dtype=False)
    assert everything.frame(limit=3).equals(everything.frame().head(3))
    pd.testing.assert_frame_equal(index.tables.article("a4"), mentions[mentions["article_id"] == "a4"].reset_index(drop=True),
                                  check_dtype=False)


def test_the_index_lookups_come_from_the_mentions(store):
    _, index = _index(store)
    assert index.people == {"Vladimir Putin", "Xi Jinping", "Wang Yi", "Emmanuel Macron"}
    assert index.countries == {"China", "Russia", "France", "Germany"}
    assert index.article_pair.to_dict() == {"a1": "China – Russia", "a3": "France – Germany"}
    assert index.sentences == {"a1": 3, "a2": 4, "a3": 5, "a4": 3}


def _fix(store, kind, target, *values):
    return corrections.record(store, kind, target, list(values), author="ana", reason="checked")


def test_corrections_of_people_reach_the_mentions_the_dashboard_queries(store):
    _fix(store, "merge-people", "Wang Yi", "Xi Jinping")
    _fix(store, "country", "Emmanuel Macron", "Germany")
    _fix(store, "split-person", "Vladimir Putin", "Putin", "Boris Putin")
    corpus, index = _index(store)
    corrected = load_corpus(store).table("mentions")
    assert "Wang Yi" not in set(corrected["canonical"]) and "Boris Putin" in set(corrected["canonical"])
    pd.testing.assert_frame_equal(select(corpus, index, ViewState()).mentions.frame(), corrected.reset_index(drop=True), check_dtype=False)
    assert not index.tables.problem
    assert "Wang Yi" not in index.people and "Boris Putin" in index.people
    found = corpus.articles.iloc[index.tables.selected("articles", {"person": ("Xi Jinping",)}, set)]
    assert set(found["article_id"]) == {"a1", "a2", "a3", "a4"}, "the merged person's articles are the other's now"
    boris = corpus.articles.iloc[index.tables.selected("articles", {"person": ("Boris Putin",)}, set)]
    assert set(boris["article_id"]) == {"a1", "a4"}, "only the split spelling"
    top = select(corpus, index, ViewState()).mentions.top_people(5).set_index("person")
    assert top.loc["Emmanuel Macron", "country"] == "Germany"
    assert top.loc["Xi Jinping", "articles"] == 4
    assert top.loc["Boris Putin", "articles"] == 2 and top.loc["Vladimir Putin", "articles"] == 1


def test_a_name_said_to_be_no_person_leaves_the_people_the_dashboard_queries(store):
    _fix(store, "not-person", "Wang Yi")
    corpus, index = _index(store)
    view = select(corpus, index, ViewState())
    assert "Wang Yi" not in set(view.mentions.top_people(10)["person"])
    assert "Wang Yi" not in index.people and not index.tables.problem
    pd.testing.assert_frame_equal(view.mentions.frame(), load_corpus(store).table("mentions").reset_index(drop=True), check_dtype=False)
    rows = view.mentions.frame()
    assert set(rows[rows["canonical"] == "Wang Yi"]["label"]) == {"ORG"}


def test_a_corpus_built_in_memory_is_queried_from_its_frames(store):
    from core.store.corpus import Corpus

    stored = load_corpus(store)
    corpus = Corpus(store.path, 0, tables={name: stored.raw(name) for name in ("articles", "mentions", "meetings", "events", "entities", "sectors")})
    index = build_index(corpus)
    assert select(corpus, index, ViewState()).mentions.count() == len(MENTIONS) + len(LATER)
    assert set(corpus.articles.iloc[index.tables.selected("articles", {"person": ("Wang Yi",)}, set)]["article_id"]) == {"a2", "a4"}


def test_a_correction_that_cannot_be_applied_leaves_the_mentions_as_stored_and_says_so(store, monkeypatch):
    from core.store.corrected import Corrector

    _fix(store, "merge-people", "Wang Yi", "Xi Jinping")

    def broken(self, mentions):
        raise RuntimeError("plan does not fit")
    monkeypatch.setattr(Corrector, "mentions", broken)
    corpus, index = _index(store)
    assert "plan does not fit" in index.tables.problem and "plan does not fit" in corpus.tables.problem
    assert "Wang Yi" in index.people
    assert select(corpus, index, ViewState()).mentions.count() == len(MENTIONS) + len(LATER)


def test_sectors_co_occur_within_one_sentence_or_one_article():
    from types import SimpleNamespace

    from core.views import cooccurrence

    tags = pd.DataFrame({"article_id": ["a1", "a1", "a2", "a2", "a10", "a10"], "sentence": [0, 1, 3, 3, 0, 13],
                         "sector": ["energy", "trade", "energy", "trade", "energy", "health"]})
    view = SimpleNamespace(sectors=tags, derived={})
    by_sentence, by_article = cooccurrence.matrix(view, window="sentence"), cooccurrence.matrix(view, window="article")
    assert set(view.derived) == {("counts", "sentence"), ("counts", "article")}  # counted once per view and window
    assert cooccurrence.matrix(view, window="article", measure="jaccard").loc["energy", "trade"] == round(2 / 3, 3)
    assert by_sentence.loc["energy", "trade"] == 1 and by_article.loc["energy", "trade"] == 2
    assert by_sentence.loc["energy", "health"] == 0 and by_article.loc["energy", "health"] == 1
    assert by_sentence.loc["energy", "energy"] == 3 and by_article.loc["energy", "energy"] == 3

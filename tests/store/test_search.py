"""The search index: the dashboard's text search without holding any text, kept up to date by ingest."""
from __future__ import annotations

import json
import shutil

import pytest

from core.store.corpus import load_corpus
from core.pipeline.ingest import ingest
from core.store.search import FILE, SearchIndex, available, fts_query
from core.views.state import parse
from core.store import Store
from core.views.view import build_index, select

pytestmark = pytest.mark.skipif(not available(), reason="this Python's SQLite has no FTS5")

QUERIES = ["Gazprom deals", "gazprom", "Gazpro", "Gazpro*", '"deals Gazprom"', '"trade deals"', "Russia China",
           "pipeline*", "PUTIN", "oil", '"oil and gas"', "Beijing Moscow energy", "a", "!!!", "!!! oil", "trade-deals", "deal*",
           "Putin OR Xi", "Gazprom OR pipeline* energy", "-China", "Russia -China", 'oil -"oil and gas"', "OR Putin", "Putin OR"]


@pytest.fixture(scope="module")
def indexed(sample_store, tmp_path_factory):
    """The sample store as the dashboard opens it: text left in the store, searches through the index."""
    store = tmp_path_factory.mktemp("indexed") / "store"
    shutil.copytree(sample_store, store)
    (store / FILE).unlink(missing_ok=True)
    version = Store(store).version()
    assert SearchIndex(store).update(Store(store), version) == len(load_corpus(store).articles)
    corpus = load_corpus(store, text=False)
    return corpus, build_index(corpus, indexed=True)


@pytest.fixture(scope="module")
def scanned(sample_store):
    corpus = load_corpus(sample_store)
    return corpus, build_index(corpus)


def titles(seeds, **params):
    corpus, index = seeds
    state, _ = parse(params, vocab=index.vocab)
    return sorted(select(corpus, index, state).articles["title"])


@pytest.mark.parametrize("query", QUERIES)
def test_the_index_finds_what_scanning_the_text_finds(indexed, scanned, query):
    assert titles(indexed, q=query) == titles(scanned, q=query)


def test_the_dashboard_corpus_holds_no_text_and_reads_it_on_demand(indexed, scanned):
    corpus, _ = indexed
    assert "text" not in corpus.articles.columns
    first = scanned[0].articles.iloc[0]
    assert corpus.texts([first["article_id"]]) == {first["article_id"]: first["text"]}


def test_a_search_index_query_never_passes_operators_through():
    assert fts_query('NEAR(a b) or "x" y *') == '("NEAR a") AND ("b") AND ("or") AND ("x") AND ("y")'
    assert fts_query('Putin OR "Xi Jinping" -China -"South Sea"') == '("Putin" OR "Xi Jinping") NOT "China" NOT "South Sea"'
    assert fts_query("!!! ...") is None and fts_query("-China") is None  # leaving out only: see the next test


def test_or_finds_either_and_a_minus_leaves_out(indexed):
    every = set(titles(indexed))
    putin, korea = set(titles(indexed, q="Putin")), set(titles(indexed, q="Korea"))
    assert set(titles(indexed, q="Putin OR Korea")) == putin | korea
    assert set(titles(indexed, q="Putin -Korea")) == putin - korea
    assert set(titles(indexed, q="-Korea")) == every - korea
    assert putin - korea and korea - putin and every - korea, "the sample names Putin without Korea, and Korea without Putin"


def test_ingest_adds_new_articles_to_the_index(tmp_path, store_dir, wikinews_slice):
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in wikinews_slice[:2]))
    (tmp_path / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in wikinews_slice[2:]))
    ingest([tmp_path / "a.jsonl"], store=Store(store_dir))
    assert len(SearchIndex(store_dir).indexed()) == 2
    ingest([tmp_path / "b.jsonl"], store=Store(store_dir))
    assert SearchIndex(store_dir).indexed() == set(load_corpus(store_dir).articles["article_id"])
    word = wikinews_slice[-1]["title"].split()[0]
    assert SearchIndex(store_dir).ids(word)


def test_a_store_that_cannot_hold_an_index_is_searched_by_scanning(tmp_path, wikinews_slice, monkeypatch):
    import sqlite3

    from core.ui import data as ui_data

    store = tmp_path / "store"
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in wikinews_slice))
    ingest([tmp_path / "a.jsonl"], store=Store(store))

    def refuse(self, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(SearchIndex, "_connect", refuse)
    assert ui_data._search_index(str(store), Store(store).version()) is False
    corpus = load_corpus(store, text=False)
    index = build_index(corpus, indexed=False)
    word = wikinews_slice[0]["title"].split()[-1]
    state, _ = parse({"q": word}, vocab=index.vocab)
    assert len(select(corpus, index, state).articles) >= 1


def test_a_damaged_index_falls_back_to_scanning(tmp_path, wikinews_slice):
    store = tmp_path / "store"
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in wikinews_slice))
    ingest([tmp_path / "a.jsonl"], store=Store(store))
    corpus = load_corpus(store, text=False)
    index = build_index(corpus, indexed=True)
    (store / FILE).write_bytes(b"this is not a database" * 100)
    word = wikinews_slice[0]["title"].split()[-1]
    state, _ = parse({"q": word}, vocab=index.vocab)
    assert len(select(corpus, index, state).articles) >= 1


def test_an_index_already_complete_reads_no_text(tmp_path, wikinews_slice, monkeypatch):
    store = tmp_path / "store"
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in wikinews_slice))
    ingest([tmp_path / "a.jsonl"], store=Store(store))

    def refuse(*args, **kwargs):
        raise AssertionError("the text was read although every article is indexed")

    monkeypatch.setattr(Store, "batches", refuse)
    assert SearchIndex(store).update(Store(store)) == 0


def test_the_reader_takes_an_article_text_from_the_index_by_key(tmp_path, wikinews_slice, monkeypatch):
    store = tmp_path / "store"
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in wikinews_slice))
    ingest([tmp_path / "a.jsonl"], store=Store(store))
    full = load_corpus(store).articles.iloc[0]
    corpus = load_corpus(store, text=False)

    def refuse(*args, **kwargs):
        raise AssertionError("the store's text column was read for one article")

    monkeypatch.setattr(Store, "read", refuse)
    assert corpus.texts([full["article_id"]]) == {full["article_id"]: full["text"]}

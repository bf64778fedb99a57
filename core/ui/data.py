"""Streamlit boundary: the corpus and its lookups, loaded once per process and store version."""
from __future__ import annotations

import sqlite3

import streamlit as st

from core import settings
from core.store.corpus import Corpus, load_corpus
from core.errors import BilateralLensError
from core.present.render import md_message
from core.store.search import SearchIndex, available
from core.store import Store
from core.views.view import Index, build_index


def store_path() -> str:
    return str(settings.store_path().resolve())


@st.cache_resource(show_spinner="Loading the corpus…", max_entries=2)
def _load(path: str, version: int) -> tuple[Corpus, Index]:
    # Shared read-only across sessions: pages never modify these frames. The article text stays in the store: the
    # reader reads one article's, and searches go to the store's search index.
    corpus = load_corpus(path, version=version, text=False)
    return corpus, build_index(corpus, indexed=_search_index(path, version))


def _search_index(path: str, version: int) -> bool:
    """Bring the store's search index up to date with this version (only a store written before it existed, or
    before an ingest could add to it, has anything to add); False when it cannot be used here."""
    if not available():
        return False
    try:
        SearchIndex(path).update(Store(path), version)
        return True
    except (OSError, sqlite3.Error):  # a read-only store folder: searches scan the text instead
        return False


def corpus() -> tuple[Corpus, Index] | None:
    """The live corpus and its index; None (with the reason shown) when the store cannot be read."""
    path = store_path()
    try:
        return _load(path, Store(path).version())
    except BilateralLensError as exc:
        st.error(md_message(exc))
        return None


def articles_in_version(version: int) -> int | None:
    """How many articles an earlier store version held (None when that version is gone)."""
    try:
        return int(Store(store_path()).manifest(version)["tables"].get("articles", 0))
    except (OSError, ValueError, KeyError, BilateralLensError):
        return None

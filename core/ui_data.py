"""Streamlit boundary: the corpus and its lookups, loaded once per process and store version."""
from __future__ import annotations

import streamlit as st

from core import settings
from core.corpus import Corpus, load_corpus
from core.errors import BilateralLensError
from core.store import Store
from core.view import Index, build_index


def store_path() -> str:
    return str(settings.store_path().resolve())


@st.cache_resource(show_spinner="Loading the corpus…", max_entries=2)
def _load(path: str, version: int) -> tuple[Corpus, Index]:
    # Shared read-only across sessions: pages never modify these frames.
    corpus = load_corpus(path, version=version)
    return corpus, build_index(corpus)


def corpus() -> tuple[Corpus, Index] | None:
    """The live corpus and its index; None (with the reason shown) when the store cannot be read."""
    path = store_path()
    try:
        return _load(path, Store(path).version())
    except BilateralLensError as exc:
        st.error(str(exc))
        return None


def articles_in_version(version: int) -> int | None:
    """How many articles an earlier store version held (None when that version is gone)."""
    try:
        return int(Store(store_path()).manifest(version)["tables"].get("articles", 0))
    except (OSError, ValueError, KeyError, BilateralLensError):
        return None

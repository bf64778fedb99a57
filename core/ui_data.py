"""Streamlit boundary: cached corpus loading keyed on simple values (store path + version)."""
from __future__ import annotations

import streamlit as st

from core import settings
from core.corpus import Corpus, load_corpus
from core.errors import BilateralLensError
from core.store import Store


def store_path() -> str:
    return str(settings.store_path().resolve())


@st.cache_data(show_spinner="Loading the corpus…", max_entries=4)
def _load(path: str, version: int) -> Corpus:
    return load_corpus(path, version=version)


def corpus() -> Corpus | None:
    """The live corpus, loaded once per store version; None (with the reason shown) when it cannot be read."""
    path = store_path()
    try:
        return _load(path, Store(path).version())
    except BilateralLensError as exc:
        st.error(str(exc))
        return None

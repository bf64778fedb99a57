"""Bilateral Lens core: ingest, clean, store and query news articles about relations between countries."""
from core.store.corpus import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]

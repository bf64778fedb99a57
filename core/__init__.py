"""Bilateral Lens core: ingest, clean, store and query news articles about relations between countries."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.store.corpus import Corpus, load_corpus

__all__ = ["Corpus", "load_corpus"]


def __getattr__(name: str):
    """`Corpus` and `load_corpus` load pandas on first use, so commands that need neither start fast."""
    if name in __all__:
        from core.store import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'core' has no attribute {name!r}")

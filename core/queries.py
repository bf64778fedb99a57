"""Filters and aggregations over the corpus, one function per view (pure pandas, no streamlit)."""
from __future__ import annotations

import pandas as pd

from core.corpus import Corpus


def overview_counts(corpus: Corpus) -> dict[str, str]:
    articles = corpus.articles
    dated = articles["published"].dropna()
    return {
        "Articles": f"{len(articles):,}",
        "Near-duplicates": f"{int(articles['duplicate_of'].notna().sum()):,}",
        "Sources": f"{articles['source'].nunique():,}",
        "Published": f"{dated.min()} – {dated.max()}" if len(dated) else "unknown",
        "Corpus version": str(corpus.version),
    }


def articles_listing(corpus: Corpus, *, query: str = "") -> pd.DataFrame:
    """Articles as a list (newest first), optionally only those whose title or text contains `query`."""
    articles = corpus.articles
    if query.strip():
        needle = query.strip()
        hit = articles["title"].str.contains(needle, case=False, regex=False) | articles["text"].str.contains(
            needle, case=False, regex=False
        )
        articles = articles[hit.fillna(False)]
    listing = articles[["published", "title", "source", "n_words", "language", "duplicate_of", "path"]]
    return listing.sort_values("published", ascending=False, na_position="last").reset_index(drop=True)

"""The corpus as pandas DataFrames: `load_corpus(store)`.

Tables are read from one store version when first asked for, so a script that needs the meetings never reads the
mentions. A corpus loaded with `text=False` (the dashboard's) leaves the article text in the store: `texts(ids)`
reads the text of the articles it is asked for.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from core.schema import TABLES, columns
from core.store import Store


# String columns with few distinct values across many rows: a corpus that leaves the text in the store (the
# dashboard's) holds them as categoricals.
REPETITIVE = {
    "mentions": ["article_id", "text", "label", "entity_id", "canonical", "country", "value", "value_end", "precision", "rule"],
}


class _Tables(Mapping):
    """Every table of one store version, each read on first access."""

    def __init__(self, store: Store, version: int, text: bool) -> None:
        self._store, self._version, self._text, self._read = store, version, text, {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        if name not in self._read:
            wanted = None if self._text or name != "articles" else [c for c in columns(name) if c != "text"]
            repetitive = None if self._text else REPETITIVE.get(name)
            self._read[name] = self._store.read(name, version=self._version or None, columns=wanted, categorical=repetitive)
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)


class Corpus:
    """One version of a store: `articles`, `table(name)`, `tables[name]` (DataFrames) and `texts(ids)`."""

    def __init__(self, store: Store | Path, version: int, *, text: bool = True,
                 tables: Mapping[str, pd.DataFrame] | None = None) -> None:
        """A corpus read from `store`, or, given `tables`, one built in memory (hand-made corpora in tests)."""
        self._store = store if isinstance(store, Store) else Store(store)
        self.store: Path = self._store.path
        self.version = version
        self.tables = dict(tables) if tables is not None else _Tables(self._store, version, text)

    @property
    def articles(self) -> pd.DataFrame:
        return self.tables["articles"]

    def table(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def texts(self, article_ids) -> dict[str, str]:
        """The text of each of these articles (read from the store unless the corpus holds the text)."""
        ids = sorted(set(article_ids))
        articles = self.tables.get("articles") if isinstance(self.tables, dict) else self.tables._read.get("articles")
        if articles is not None and "text" in articles.columns:
            found = articles[articles["article_id"].isin(ids)]
        elif len(ids) <= 1000 and len(indexed := _indexed_texts(self.store, ids)) == len(ids):
            return indexed  # the search index holds every stored text, found by key
        else:
            found = self._store.read("articles", version=self.version or None, columns=["article_id", "text"],
                                     filters=[("article_id", "in", ids)])
        return {a: t for a, t in zip(found["article_id"], found["text"]) if isinstance(t, str)}


def _indexed_texts(store: Path, ids: list[str]) -> dict[str, str]:
    import sqlite3

    from core.search import SearchIndex, available

    try:
        return SearchIndex(store).texts(ids) if available() else {}
    except sqlite3.Error:
        return {}  # a damaged or read-only index: read the store instead


def load_corpus(store: str | Path | Store | None = None, *, version: int | None = None, text: bool = True) -> Corpus:
    """Every table of one store version (the live one by default), read consistently from that version as each
    is first used. `text=False` leaves the article text out of `articles` (read it with `texts(ids)`)."""
    store = store if isinstance(store, Store) else Store(store)
    version = store.version() if version is None else version
    return Corpus(store, version, text=text)

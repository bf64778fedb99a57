"""The corpus as pandas DataFrames: `load_corpus(store)`.

Tables are read from one store version when first asked for, so a script that needs the meetings never reads the
mentions. The meetings, events, entities and mentions come with the store's corrections applied (core.store.corrected).
A corpus loaded with `text=False` (the dashboard's) leaves the article text in the store: `texts(ids)`
reads the text of the articles it is asked for.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from core.store.corrected import Corrector
from core.store.schema import TABLES, columns, empty_frame
from core.store import Store

CORRECTED = ("meetings", "events", "entities", "mentions")  # the tables corrections change


# String columns with few distinct values across many rows: a corpus that leaves the text in the store (the
# dashboard's) holds them as categoricals.
REPETITIVE = {
    "mentions": ["article_id", "text", "label", "entity_id", "canonical", "country", "value", "value_end", "precision", "rule"],
}


class _Tables(Mapping):
    """Every table of one store version (or of given frames), each read on first access, corrections applied."""

    def __init__(self, store: Store, version: int, text: bool, given: Mapping[str, pd.DataFrame] | None = None) -> None:
        self._store, self._version, self._text = store, version, text
        self._given = given
        self._read: dict[str, pd.DataFrame] = {}
        self._raw: dict[str, pd.DataFrame] = {}
        self._corrector: Corrector | None = None
        self.problem = ""  # why corrections were left out of a table, if they had to be

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(name)
        if name not in self._read:
            frame = self.raw(name)
            try:
                if name == "corrections":
                    frame = self.corrector.status()
                elif name in CORRECTED and not self.corrector.rows.empty:
                    frame = self.corrector.mentions(frame) if name == "mentions" else getattr(self.corrector, name)()
            except Exception as exc:  # noqa: BLE001 — a correction that cannot be applied must not cost the corpus
                self.problem = f"corrections could not be applied to {name} ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"
                if name == "corrections":
                    frame = frame.assign(status=f"does not apply: {self.problem}")
            self._read[name] = frame
        return self._read[name]

    def raw(self, name: str) -> pd.DataFrame:
        """A table as the annotation stored it, before corrections."""
        if name not in self._raw:
            if self._given is not None:
                self._raw[name] = self._given[name] if name in self._given else empty_frame(name)
            else:
                wanted = None if self._text or name != "articles" else [c for c in columns(name) if c != "text"]
                repetitive = None if self._text else REPETITIVE.get(name)
                self._raw[name] = self._store.read(name, version=self._version or None, columns=wanted, categorical=repetitive)
        return self._raw[name]

    @property
    def corrector(self) -> Corrector:
        if self._corrector is None:
            self._corrector = Corrector(self.raw("corrections"), self.raw, self._person_mentions)
        return self._corrector

    def _person_mentions(self, names: list[str]) -> pd.DataFrame:
        if "mentions" in self._raw or self._given is not None or not names:
            mentions = self.raw("mentions")
        else:
            mentions = self._store.read("mentions", version=self._version or None, filters=[("canonical", "in", names)])
        return mentions[(mentions["label"] == "PERSON") & mentions["canonical"].isin(names)]

    @property
    def given(self) -> Mapping[str, pd.DataFrame] | None:
        return self._given

    def loaded(self, name: str) -> pd.DataFrame | None:
        return self._read.get(name)

    def __iter__(self) -> Iterator[str]:
        return iter(TABLES)

    def __len__(self) -> int:
        return len(TABLES)


class Corpus:
    """One version of a store: `articles`, `table(name)`, `tables[name]` (DataFrames) and `texts(ids)`; the
    meetings, events, entities and mentions carry the store's corrections (`corrections` tells what became of each)."""

    def __init__(self, store: Store | Path, version: int, *, text: bool = True,
                 tables: Mapping[str, pd.DataFrame] | None = None) -> None:
        """A corpus read from `store`, or, given `tables`, one built in memory (hand-made corpora in tests)."""
        self._store = store if isinstance(store, Store) else Store(store)
        self.store: Path = self._store.path
        self.version = version
        self.tables = _Tables(self._store, version, text, given=tables)

    @property
    def articles(self) -> pd.DataFrame:
        return self.tables["articles"]

    def table(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    @property
    def corrections(self) -> Corrector:
        """The corrections of this version applied on top of the annotation: `status()`, `removed()`, `rows`."""
        return self.tables.corrector

    def raw(self, name: str) -> pd.DataFrame:
        """A table as the annotation stored it, before corrections."""
        return self.tables.raw(name)

    def parts(self, name: str) -> list[Path]:
        """The Parquet parts holding a table of this version (none for a corpus built in memory)."""
        return [] if self.tables.given is not None else self._store.parts(name, self.version or None)

    def given(self, name: str) -> pd.DataFrame | None:
        """The frame a corpus built in memory was given for a table (None when read from the store)."""
        return None if self.tables.given is None else self.tables.raw(name)

    def texts(self, article_ids) -> dict[str, str]:
        """The text of each of these articles (read from the store unless the corpus holds the text)."""
        ids = sorted(set(article_ids))
        articles = self.tables.loaded("articles")
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

    from core.store.search import SearchIndex, available

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

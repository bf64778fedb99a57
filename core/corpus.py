"""The corpus as pandas DataFrames: `load_corpus(store)`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.schema import TABLES
from core.store import Store


@dataclass
class Corpus:
    store: Path
    version: int
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def articles(self) -> pd.DataFrame:
        return self.tables["articles"]

    def table(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def load_corpus(store: str | Path | Store | None = None, *, version: int | None = None) -> Corpus:
    """Every table of one store version (the live one by default), read consistently from that version."""
    store = store if isinstance(store, Store) else Store(store)
    version = store.version() if version is None else version
    return Corpus(
        store=store.path,
        version=version,
        tables={name: store.read(name, version=version if version else None) for name in TABLES},
    )

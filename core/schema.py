"""Declared columns of every output table: name, type and meaning (the contract exports and README rely on)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # "string", "bool", "int64", "float64", "list<string>", "list<int64>"
    meaning: str


TABLES: dict[str, list[Column]] = {
    "articles": [
        Column("article_id", "string", "Stable id: hash of the cleaned text."),
        Column("source_id", "string", "The id the input gave the article (JSON/CSV `id`), if any."),
        Column("path", "string", "Input file, relative to the ingested folder (with `#line`/`#row` for multi-record files)."),
        Column("title", "string", "Title: given, else the headline-like first line, else synthesised from the lead."),
        Column("title_inferred", "bool", "True when the title was synthesised from the lead sentence."),
        Column("published", "string", "Publication date as ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; empty when unknown."),
        Column("published_precision", "string", "day, month, year or unknown."),
        Column("published_from", "string", "Where the date came from: metadata, field, html, inferred or none."),
        Column("source", "string", "Outlet or publisher, if known."),
        Column("url", "string", "Original address, if known."),
        Column("language", "string", "ISO 639-1 code, given or detected."),
        Column("text", "string", "Cleaned article body; paragraphs separated by a blank line. All offsets point here."),
        Column("headings", "list<int64>", "Section headings inside the body as flat [start, end, start, end, ...] offsets."),
        Column("n_words", "int64", "Words in the cleaned text."),
        Column("duplicate_of", "string", "article_id of the earlier near-identical article (syndicated copy), else empty."),
        Column("ingested_at", "string", "UTC time the article was first stored (ISO 8601)."),
    ],
}


def columns(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def empty_frame(table: str) -> pd.DataFrame:
    return conform(table, pd.DataFrame({c: [] for c in columns(table)}))


def conform(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Order, complete and type a frame to its declared columns."""
    out = pd.DataFrame(index=frame.index)
    for col in TABLES[table]:
        values = frame[col.name] if col.name in frame.columns else pd.Series([None] * len(frame), index=frame.index)
        if col.dtype == "string":
            out[col.name] = values.astype("object").where(values.notna(), None).astype("string")
        elif col.dtype == "bool":
            out[col.name] = values.fillna(False).astype(bool)
        elif col.dtype == "int64":
            out[col.name] = values.fillna(0).astype("int64")
        elif col.dtype == "float64":
            out[col.name] = values.astype("float64")
        else:  # lists
            out[col.name] = values.map(lambda v: list(v) if v is not None and not _is_na(v) else [])
    return out.reset_index(drop=True)


def _is_na(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False

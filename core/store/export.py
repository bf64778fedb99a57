"""Tables as CSV (lists as JSON arrays), JSON Lines (lists stay lists) or Parquet: a filtered frame at once, or a
whole stored table streamed batch by batch so that memory does not grow with the table."""
from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, BinaryIO

import pandas as pd

if TYPE_CHECKING:
    import pyarrow.parquet

FORMATS = ("csv", "jsonl", "json", "parquet")
# What meetings and events rows carry of their reporting articles, besides the ids: article column → exported name
# (meetings: one value, `article_title`, …; events: a list in the order of article_ids, `article_titles`, …).
REPORT_FIELDS = {"title": ("article_title", "article_titles"), "published": ("article_published", "article_published"),
                 "source": ("article_source", "article_sources"), "url": ("article_url", "article_urls")}


def with_reports(frame: pd.DataFrame, table: str, articles: pd.DataFrame) -> pd.DataFrame:
    """Meetings or events rows with the title, publication date, source and address of each reporting article, so
    that an export names its articles by more than a hash; other tables are returned as they are."""
    if table not in ("meetings", "events"):
        return frame
    named = set(frame["article_id"]) if table == "meetings" else {a for ids in frame["article_ids"] for a in ids}
    meta = articles[articles["article_id"].isin(named)].drop_duplicates("article_id").set_index("article_id")  # only the reporting ones
    out = frame.copy()
    for field, (one, many) in REPORT_FIELDS.items():
        values = {a: v for a, v in zip(meta.index, meta[field]) if isinstance(v, str) and v}
        if table == "meetings":
            out[one] = frame["article_id"].map(values).astype("string")
        else:
            out[many] = frame["article_ids"].map(lambda ids: [values.get(a) for a in ids])
    return out


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet runs as a formula when a cell begins with it


def _inert(value):
    """A text cell a spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "-2+3") is written with a
    leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV files)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def serialise(frame: pd.DataFrame, fmt: str) -> bytes:
    """A frame as CSV, JSON Lines, JSON or Parquet bytes."""
    buffer = io.BytesIO()
    _Writer(buffer, fmt).write(frame).close()
    return buffer.getvalue()


def stream(store, table: str, fmt: str, out: BinaryIO, *, batch_rows: int = 20_000) -> int:
    """Write a stored table to `out` batch by batch, as the corpus shows it (corrections applied; meetings and events
    with their articles' title, date, source and address); returns the number of rows written."""
    writer, rows = _Writer(out, fmt), 0
    articles = store.read("articles", columns=["article_id", *REPORT_FIELDS]) if table in ("meetings", "events") else None
    for frame in _corrected_batches(store, table, batch_rows):
        writer.write(with_reports(frame, table, articles) if articles is not None else frame)
        rows += len(frame)
    if not rows:
        empty = store.read(table).iloc[:0]
        writer.close(empty=with_reports(empty, table, articles) if articles is not None else empty)
    else:
        writer.close()
    return rows


def _corrected_batches(store, table: str, batch_rows: int):
    """The table's batches with the store's corrections applied: mentions batch by batch, the small tables they
    change (meetings, events, entities, corrections) whole."""
    from core.store.corpus import CORRECTED, load_corpus

    version = store.version()
    if table not in (*CORRECTED, "corrections") or (table != "corrections" and not len(store.read("corrections", version))):
        yield from store.batches(table, version, rows=batch_rows)
        return
    corpus = load_corpus(store, version=version, text=False)
    if table == "mentions":
        for frame in store.batches(table, version, rows=batch_rows):
            yield corpus.corrections.mentions(frame)
        return
    frame = corpus.table(table)
    for start in range(0, len(frame), batch_rows):
        yield frame.iloc[start:start + batch_rows]


class _Writer:
    def __init__(self, out: BinaryIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
        self.out, self.fmt, self.header, self.rows = out, fmt, True, False
        self.parquet: pyarrow.parquet.ParquetWriter | None = None

    def write(self, frame: pd.DataFrame) -> "_Writer":
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = self.parquet.schema if self.parquet is not None else None
            batch = pa.Table.from_pandas(frame, preserve_index=False, schema=schema)
            if schema is None:  # a column empty in the first batch is still text (or a list of text) in the next
                batch = batch.cast(pa.schema([_typed(f) for f in batch.schema], metadata=batch.schema.metadata))
            if self.parquet is None:
                self.parquet = pq.ParquetWriter(self.out, batch.schema)
            self.parquet.write_table(batch)
        elif self.fmt == "jsonl":
            records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
            self.out.write("".join(json.dumps(r, ensure_ascii=False, default=_jsonable) + "\n" for r in records).encode("utf-8"))
        elif self.fmt == "json":  # one array, written a batch at a time: "[" before the first row, "]" at close
            records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
            if self.header:
                self.out.write(b"[\n")
            if records:
                rows = ",\n".join(json.dumps(r, ensure_ascii=False, default=_jsonable) for r in records)
                self.out.write(((",\n" if self.rows else "") + rows).encode("utf-8"))
                self.rows = True
        else:
            out = frame.copy()
            for column in out.columns:
                if out[column].dtype == object and out[column].map(lambda v: isinstance(v, (list, tuple))).any():
                    out[column] = out[column].map(lambda v: json.dumps(list(v), ensure_ascii=False, default=_jsonable))
                if out[column].dtype == object or isinstance(out[column].dtype, (pd.StringDtype, pd.CategoricalDtype)):
                    out[column] = out[column].astype(object).map(_inert)
            self.out.write(out.to_csv(index=False, header=self.header).encode("utf-8"))
        self.header = False
        return self

    def close(self, *, empty: pd.DataFrame | None = None) -> None:
        """Finish the file; `empty` (a frame of no rows) gives a table with no rows its header or schema."""
        if empty is not None and self.header:
            self.write(empty)
        if self.fmt == "json":
            self.out.write((b"[\n" if self.header else b"") + b"\n]\n")
        if self.parquet is not None:
            self.parquet.close()


def _typed(field):
    import pyarrow as pa

    if pa.types.is_null(field.type):
        return field.with_type(pa.string())
    if pa.types.is_list(field.type) and pa.types.is_null(field.type.value_type):
        return field.with_type(pa.list_(pa.string()))
    return field


def _jsonable(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    return str(value)

"""Tables as CSV (lists as JSON arrays), JSON Lines (lists stay lists) or Parquet: a filtered frame at once, or a
whole stored table streamed batch by batch so that memory does not grow with the table."""
from __future__ import annotations

import io
import json
from typing import BinaryIO

import pandas as pd

FORMATS = ("csv", "jsonl", "parquet")


def serialise(frame: pd.DataFrame, fmt: str) -> bytes:
    """A frame as CSV, JSON Lines or Parquet bytes."""
    buffer = io.BytesIO()
    _Writer(buffer, fmt).write(frame).close()
    return buffer.getvalue()


def stream(store, table: str, fmt: str, out: BinaryIO, *, batch_rows: int = 20_000) -> int:
    """Write a stored table to `out` batch by batch, as the corpus shows it (corrections applied); returns the
    number of rows written."""
    writer, rows = _Writer(out, fmt), 0
    for frame in _corrected_batches(store, table, batch_rows):
        writer.write(frame)
        rows += len(frame)
    writer.close(empty=store.read(table).iloc[:0] if not rows else None)
    return rows


def _corrected_batches(store, table: str, batch_rows: int):
    """The table's batches with the store's corrections applied: mentions batch by batch, the small tables they
    change (meetings, events, entities, corrections) whole."""
    from core.corpus import CORRECTED, load_corpus

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
        self.out, self.fmt, self.header, self.parquet = out, fmt, True, None

    def write(self, frame: pd.DataFrame) -> "_Writer":
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = self.parquet.schema if self.parquet is not None else None
            batch = pa.Table.from_pandas(frame, preserve_index=False, schema=schema)
            self.parquet = self.parquet or pq.ParquetWriter(self.out, batch.schema)
            self.parquet.write_table(batch)
        elif self.fmt == "jsonl":
            records = frame.astype(object).where(frame.notna(), None).to_dict(orient="records")
            self.out.write("".join(json.dumps(r, ensure_ascii=False, default=_jsonable) + "\n" for r in records).encode("utf-8"))
        else:
            out = frame.copy()
            for column in out.columns:
                if out[column].dtype == object and out[column].map(lambda v: isinstance(v, (list, tuple))).any():
                    out[column] = out[column].map(lambda v: json.dumps(list(v), ensure_ascii=False, default=_jsonable))
            self.out.write(out.to_csv(index=False, header=self.header).encode("utf-8"))
        self.header = False
        return self

    def close(self, *, empty: pd.DataFrame | None = None) -> None:
        """Finish the file; `empty` (a frame of no rows) gives a table with no rows its header or schema."""
        if empty is not None and self.header:
            self.write(empty)
        if self.parquet is not None:
            self.parquet.close()


def _jsonable(value):
    if hasattr(value, "tolist"):
        return value.tolist()
    if hasattr(value, "item"):
        return value.item()
    return str(value)

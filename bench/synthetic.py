"""Large synthetic stores for benchmarks: the tables of a real store replicated with fresh ids and shifted dates.

    .venv/bin/python bench/synthetic.py --from STORE --to DIR --articles 100000

Copy k of the real corpus gets article ids, meeting ids and event ids of its own and publication and meeting dates
shifted by k weeks, so filters, searches and clusters see a corpus of the requested size. Each table is written as
one Parquet part (row group by row group, so memory stays that of one copy).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from core.pipeline.dedup import NearDuplicateIndex, to_stored  # noqa: E402
from core.store.schema import STORED, conform  # noqa: E402
from core.store import FORMAT, Store  # noqa: E402

ID_COLUMNS = {"article_id", "duplicate_of", "meeting_id", "event_id"}


def _fresh(value, copy: int):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return value
    return hashlib.sha1(f"{value}|{copy}".encode()).hexdigest()[: len(str(value))] if copy else value


def _shift(iso, copy: int):
    if not isinstance(iso, str) or not iso or not copy:
        return iso
    try:
        if len(iso) >= 10:
            return (date.fromisoformat(iso[:10]) + timedelta(weeks=copy)).isoformat()
        if len(iso) == 7:
            return (date.fromisoformat(iso + "-01") + timedelta(weeks=copy)).isoformat()[:7]
        return str(int(iso[:4]) + copy // 52)
    except ValueError:
        return iso


def _copy(name: str, frame: pd.DataFrame, copy: int) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if column in ID_COLUMNS:
            out[column] = out[column].map(lambda v: _fresh(v, copy))
        elif column == "article_ids":
            out[column] = out[column].map(lambda ids: [_fresh(v, copy) for v in ids])
        elif column in ("published", "date"):
            out[column] = out[column].map(lambda v: _shift(v, copy))
        elif column == "raw_hash":
            out[column] = out[column].map(lambda v: _fresh(v, copy))
    return conform(name, out)


def replicate(source: Path, target: Path, n_articles: int) -> Path:
    """Write a store of about n_articles at `target` from the live version of the store at `source`."""
    real = Store(source)
    tables = {name: real.read(name) for name in STORED}
    articles = tables["articles"]
    if not len(articles):
        raise SystemExit(f"{source} holds no articles")
    if len(tables["signatures"]) < len(articles):  # stores written before signatures were kept
        index = NearDuplicateIndex(0.9)
        tables["signatures"] = pd.DataFrame({"article_id": articles["article_id"],
                                             "minhash": [to_stored(index.fingerprint(t)[1]) for t in articles["text"]]})
    if len(tables["inputs"]) < len(articles):
        tables["inputs"] = pd.DataFrame({"raw_hash": articles["article_id"] + "raw", "article_id": articles["article_id"]})
    copies = max(1, round(n_articles / len(articles)))
    folder = target / "versions" / "000001"
    counts, parts = {}, {}
    for name in STORED:
        (folder / name).mkdir(parents=True, exist_ok=True)
        part = f"{name}/000001-0.parquet"
        writer = None
        counts[name] = 0
        for copy in range(copies):
            if name == "entities":  # one row per entity: counts grow with the copies instead
                if copy:
                    break
                frame = tables[name].assign(n_articles=tables[name]["n_articles"] * copies,
                                            n_mentions=tables[name]["n_mentions"] * copies)
            else:
                frame = _copy(name, tables[name], copy)
            batch = pa.Table.from_pandas(conform(name, frame), preserve_index=False,
                                         schema=writer.schema if writer else None)
            if writer is None:
                writer = pq.ParquetWriter(folder / part, batch.schema)
            writer.write_table(batch)
            counts[name] += len(frame)
        assert writer is not None, "copies >= 1, so every table writes a first batch"
        writer.close()
        parts[name] = [part]
    manifest = {"format": FORMAT, "version": 1, "created_at": None, "note": f"synthetic: {copies} copies of {source}",
                "tables": counts, "parts": parts}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1))
    (target / "CURRENT").write_text("1\n")
    return target


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="source", type=Path, required=True)
    parser.add_argument("--to", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    if (args.to / "CURRENT").exists():
        raise SystemExit(f"{args.to} already holds a store")
    replicate(args.source, args.to, args.articles)
    print(f"{args.to}: {Store(args.to).manifest()['tables']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Annotation overhead: our full annotation over raw `nlp.pipe` of the same model on the same texts.

    .venv/bin/python bench/annotate.py [--n 400] [--corpus PATH.jsonl]

Default texts: the Wikinews economy file in ../shared when present, else the evaluation set in tests/fixtures.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import spacy  # noqa: E402

from core import settings  # noqa: E402
from core.pipeline.annotate import annotate  # noqa: E402
from core.pipeline.nlp import load_nlp  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora" / "wikinews" / "economy.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--corpus", type=Path, default=SHARED if SHARED.exists() else ROOT / "tests/fixtures/eval/articles.jsonl")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.corpus.read_text().splitlines()[: args.n]]
    articles = pd.DataFrame(
        {
            "article_id": [r["id"] for r in records],
            "text": [r["text"] for r in records],
            "published": [r.get("date") for r in records],
            "published_precision": ["day" if r.get("date") else "unknown" for r in records],
            "headings": [[] for _ in records],
            "language": "en",
        }
    )
    words = sum(len(t.split()) for t in articles["text"])
    raw = spacy.load(settings.get("model"))
    load_nlp()  # load both pipelines before timing
    raw_times, our_times = [], []
    for _ in range(2):  # alternate to even out machine noise; best of two each
        start = time.perf_counter()
        for _doc in raw.pipe(articles["text"], batch_size=settings.get("batch_size")):
            pass
        raw_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        tables = annotate(articles)
        our_times.append(time.perf_counter() - start)
    raw_s, our_s = min(raw_times), min(our_times)
    print(f"texts: {len(articles)} from {args.corpus.name}, {words:,} words; model {settings.get('model')}")
    print(f"raw nlp.pipe:        {raw_s:7.2f} s  ({words / raw_s:,.0f} words/s)")
    print(f"annotate (ours):     {our_s:7.2f} s  ({words / our_s:,.0f} words/s)")
    print(f"overhead ratio:      {our_s / raw_s:7.3f}x  (target <= 1.15x)")
    print(f"rows: {len(tables['mentions']):,} mentions, {len(tables['sectors']):,} sector triggers, {len(tables['meetings']):,} meetings")
    return 0


if __name__ == "__main__":
    sys.exit(main())

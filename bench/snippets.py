"""Meeting mechanisms on synthetic news snippets (tests/fixtures/snippets; not real articles, not a quality measure):
participant pairs, dates and places of each file's labelled meetings.

    .venv/bin/python bench/snippets.py [--details]

A labelled meeting is found when a found meeting of its snippet shares a participant pair (or its only side); its
date and place are compared with those of the found meeting of the same standing (news or background) that agrees
best. `--details` prints every snippet with a missed or extra pair, or a wrong date or place.
"""
from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.knowledge import fold  # noqa: E402
from core.pipeline.annotate import annotate_here  # noqa: E402

SNIPPETS = ROOT / "tests" / "fixtures" / "snippets"


def pairs(sides) -> set[frozenset[str]]:
    names = sorted({fold(s) for s in sides})
    return {frozenset(p) for p in combinations(names, 2)} or {frozenset(names)}


def value(v) -> str | None:
    return None if v is None or pd.isna(v) else str(v)


def score(path: Path, details: bool) -> str:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    n = len(rows)
    articles = pd.DataFrame({"article_id": [f"s{i}" for i in range(n)], "text": [r["text"] for r in rows], "title": [None] * n,
                             "published": [r["published"] for r in rows], "published_precision": ["day"] * n,
                             "headings": [[]] * n, "source": [None] * n, "language": ["en"] * n, "language_confidence": [1.0] * n})
    found = annotate_here(articles)["meetings"]
    tp = fp = fn = dates = places = compared = 0
    for i, row in enumerate(rows):
        mine = found[found["article_id"] == f"s{i}"]
        got = set().union(*(pairs(list(p)) for p in mine["participants"]))
        gold = set().union(*(pairs(m["participants"]) for m in row["meetings"]))
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
        notes = [f"   missed {sorted(map(sorted, gold - got))}"] if gold - got else []
        notes += [f"   extra  {sorted(map(sorted, got - gold))}"] if got - gold else []
        for meeting in row["meetings"]:
            hits = [m for _, m in mine.iterrows() if pairs(meeting["participants"]) & pairs(list(m["participants"]))]
            if "background" in meeting:
                hits = [m for m in hits if bool(m["referenced"]) == meeting["background"]] or hits
            hits.sort(key=lambda m: (value(m["date"]) != meeting["date"], value(m["location"]) != meeting["location"]))
            if not hits:
                continue
            compared += 1
            when, where = value(hits[0]["date"]), value(hits[0]["location"])
            dates += when == meeting["date"]
            places += (where and meeting["location"] and fold(where) == fold(meeting["location"])) or where == meeting["location"]
            notes += [f"   date {meeting['date']}, found {when}"] if when != meeting["date"] else []
            notes += [f"   place {meeting['location']}, found {where}"] if where != meeting["location"] else []
        if details and notes:
            print(f"[{i}] {row['published']} {row['text'][:200]}", *notes, sep="\n")
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return (f"{path.name}: {n} snippets; meeting pairs P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}; "
            f"dates {dates}/{compared}, places {places}/{compared} of the meetings found")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="print each snippet with an error")
    args = parser.parse_args()
    for path in sorted(SNIPPETS.glob("*.jsonl")):
        print(score(path, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

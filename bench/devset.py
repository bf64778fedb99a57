"""Persons and meeting pairs on the development reading set (tests/fixtures/dev): what was found and missed, per
article.

    .venv/bin/python bench/devset.py --store DIR

DIR is an ingest of tests/fixtures/dev/articles.jsonl. Unlike the evaluation set's test part, these errors are meant
to be read: the set is where new patterns are looked for.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.quality import Scores, fold, named_in, prf, score_article  # noqa: E402
from core import load_corpus  # noqa: E402
from core.knowledge import load_knowledge  # noqa: E402

DEV = ROOT / "tests" / "fixtures" / "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="an ingest of tests/fixtures/dev/articles.jsonl")
    parser.add_argument("--set", type=Path, default=DEV, help="a folder with gold.jsonl (default tests/fixtures/dev)")
    args = parser.parse_args()
    corpus = load_corpus(args.store)
    meetings, articles = corpus.table("meetings"), corpus.table("articles")
    people_of, named_of = named_in(corpus.table("mentions"))
    article_of = dict(zip(articles["source_id"], articles["article_id"]))
    text_of = dict(zip(articles["article_id"], articles["text"]))
    meetings_of = {aid: rows.to_dict("records") for aid, rows in meetings.groupby("article_id")}
    knowledge = load_knowledge()
    countries = set(knowledge.country_terms) | {fold(knowledge.country_name(c)) for c in set(knowledge.country_terms.values())}
    scores = Scores()
    for line in (args.set / "gold.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        if gold["id"] not in article_of:
            print(gold["id"], "is not in the store")
            continue
        aid = article_of[gold["id"]]
        labelled = {"persons": [], **gold, "sectors": []}  # the reading set labels persons and meetings, no sectors
        notes = score_article(labelled, people_of.get(aid, set()), meetings_of.get(aid, []), set(), scores, countries,
                              text_of[aid], named_of.get(aid, []))
        if notes:
            print(gold["id"], *notes, sep="\n")
    p, r, f = prf(*scores.counts["persons"])
    print(f"persons: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    p, r, f = prf(*scores.counts["meeting pairs"])
    tp, fp, fn = scores.counts["meeting pairs"]
    print(f"meeting pairs: P {p:.3f} R {r:.3f} F1 {f:.3f} (right {tp}, wrong {fp}, missed {fn})")
    for label, (right, total) in (("dates", scores.dates), ("places", scores.places)):
        print(f"meeting {label} right: {right}/{total} ({right / max(total, 1):.0%})")
    print("errors by mechanism:")
    for reason, count in sorted(scores.errors.items()):
        print(f"  {reason:<80} {count:>4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

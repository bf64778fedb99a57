"""Precision, recall and F1 for persons, meetings and sectors on the hand-checked evaluation set.

    .venv/bin/python bench/quality.py [--details]

The set is tests/fixtures/eval (Wikinews, CC BY 2.5; see its README). A predicted meeting matches a gold one of the
same article when they share at least two participants (or the only one, for one-sided gold records); each gold
meeting matches at most once.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import load_corpus  # noqa: E402
from core.pipeline.ingest import ingest  # noqa: E402
from core.pipeline.kb import fold  # noqa: E402
from core.store import Store  # noqa: E402

EVAL = ROOT / "tests" / "fixtures" / "eval"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same_name(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    return fa == fb or (fa.split()[-1] == fb.split()[-1] and fa.split()[0][0] == fb.split()[0][0])


def score_sets(gold: list[str], predicted: list[str], *, match=lambda a, b: a == b):
    left = list(predicted)
    tp = 0
    for g in gold:
        hit = next((p for p in left if match(g, p)), None)
        if hit is not None:
            tp += 1
            left.remove(hit)
    return tp, len(left), len(gold) - tp


def meeting_match(gold: dict, predicted: dict) -> bool:
    shared = sum(1 for g in gold["participants"] for p in predicted["participants"] if same_name(g, p))
    return shared >= min(2, len(gold["participants"]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="print misses and false alarms per article")
    args = parser.parse_args()
    gold = {g["id"]: g for g in map(json.loads, (EVAL / "gold.jsonl").read_text().splitlines())}
    with tempfile.TemporaryDirectory() as tmp:
        ingest([EVAL / "articles.jsonl"], store=Store(Path(tmp) / "store"))
        corpus = load_corpus(Path(tmp) / "store")
    ids = dict(zip(corpus.articles["article_id"], corpus.articles["source_id"]))
    mentions, meetings, sectors = corpus.table("mentions"), corpus.table("meetings"), corpus.table("sectors")
    totals = {k: [0, 0, 0] for k in ("persons", "meetings", "meetings (reported only)", "sectors")}
    for article_id, source_id in ids.items():
        g = gold[source_id]
        people = sorted(set(mentions[(mentions.article_id == article_id) & (mentions.label == "PERSON")]["canonical"]))
        found = meetings[meetings.article_id == article_id].to_dict("records")
        tagged = sorted(set(sectors[sectors.article_id == article_id]["sector"]))
        results = {
            "persons": score_sets(g["persons"], people, match=same_name),
            "meetings": score_sets(g["meetings"], found, match=meeting_match),
            "meetings (reported only)": score_sets([m for m in g["meetings"] if not m["referenced"]], [m for m in found if not m["referenced"]], match=meeting_match),
            "sectors": score_sets(g["sectors"], tagged),
        }
        for key, (tp, fp, fn) in results.items():
            for i, v in enumerate((tp, fp, fn)):
                totals[key][i] += v
        if args.details:
            print(f"{source_id}: gold meetings {[m['participants'] for m in g['meetings']]}\n   found {[m['participants'] for m in found]}")
            print(f"   persons missed {[p for p in g['persons'] if not any(same_name(p, q) for q in people)]}; extra {[q for q in people if not any(same_name(p, q) for p in g['persons'])]}")
    print(f"evaluation set: {len(ids)} articles ({EVAL.relative_to(ROOT)})")
    print(f"{'':26}{'precision':>10}{'recall':>10}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}")
    for key, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        print(f"{key:26}{p:>10.3f}{r:>10.3f}{f:>8.3f}{tp:>6}{fp:>6}{fn:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

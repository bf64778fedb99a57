"""Meeting pairs on the development reading set (tests/fixtures/dev): what was found and missed, per article.

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

from bench.quality import MAX_PAIRED, pairs  # noqa: E402
from core import load_corpus  # noqa: E402
from core.knowledge import fold  # noqa: E402

DEV = ROOT / "tests" / "fixtures" / "dev"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="an ingest of tests/fixtures/dev/articles.jsonl")
    parser.add_argument("--set", type=Path, default=DEV, help="a folder with gold.jsonl (default tests/fixtures/dev)")
    args = parser.parse_args()
    corpus = load_corpus(args.store)
    meetings, articles = corpus.table("meetings"), corpus.table("articles")
    source_of = dict(zip(articles["article_id"], articles["source_id"]))
    found: dict[str, list[list[str]]] = {}
    for aid, participants in zip(meetings["article_id"], meetings["participants"]):
        found.setdefault(source_of[aid], []).append([fold(p) for p in participants])
    tp = fp = fn = 0
    for line in (args.set / "gold.jsonl").read_text("utf-8").splitlines():
        gold = json.loads(line)
        wanted = set().union(*[pairs([fold(p) for p in m["participants"]]) for m in gold["meetings"]
                               if len(m["participants"]) <= MAX_PAIRED])
        got = set().union(*[pairs(p) for p in found.get(gold["id"], []) if len(p) <= MAX_PAIRED])
        tp, fp, fn = tp + len(wanted & got), fp + len(got - wanted), fn + len(wanted - got)
        if wanted != got:
            print(gold["id"], "missed", [sorted(p) for p in wanted - got], "extra", [sorted(p) for p in got - wanted])
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"meeting pairs: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (right {tp}, wrong {fp}, missed {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

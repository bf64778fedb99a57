"""Precision audit on the Wikinews economy corpus: a fixed-seed sample of reported meetings to judge by reading, and
the top people (no organisation may be among them).

    .venv/bin/python bench/audit.py [--store DIR] [--sample 50] [--seed 7] [--judged FILE]

Without --store the corpus (../shared/corpora/wikinews/economy.jsonl) is ingested into bench/.cache/economy first.
The sample is printed as JSON Lines (meeting_id, participants, kind, date, location, evidence) for a reader to judge;
--judged reads a CSV `meeting_id,real` (1 = a real meeting between the participants, 0 = not) and prints the share.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import load_corpus  # noqa: E402
from core.pipeline.ingest import ingest  # noqa: E402
from core.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "wikinews" / "economy.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default=str(ROOT / "bench" / ".cache" / "economy"))
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--judged", help="CSV meeting_id,real with a reader's judgement of the sample")
    args = parser.parse_args()
    store = Store(args.store)
    if not store.exists():
        if not CORPUS.is_file():
            print(f"no store at {args.store} and no corpus at {CORPUS}", file=sys.stderr)
            return 2
        report = ingest([CORPUS], store=store)
        print(f"ingested {report.added} articles into {args.store}", file=sys.stderr)
    corpus = load_corpus(args.store)
    meetings = corpus.table("meetings")
    reported = meetings[~meetings["referenced"]]
    sample = reported.sample(n=min(args.sample, len(reported)), random_state=args.seed)
    print(f"{len(corpus.articles)} articles, {len(meetings)} meetings ({len(reported)} reported); sample of {len(sample)} "
          f"with seed {args.seed}:", file=sys.stderr)
    for row in sample.itertuples():
        print(json.dumps({"meeting_id": row.meeting_id, "participants": list(row.participants), "kind": row.kind,
                          "date": row.date if isinstance(row.date, str) else None,
                          "location": row.location if isinstance(row.location, str) else None,
                          "evidence": row.evidence}, ensure_ascii=False))
    entities = corpus.table("entities")
    people = entities[entities["type"] == "person"].sort_values(["n_articles", "n_mentions"], ascending=False).head(20)
    print("top 20 people by articles: " + "; ".join(f"{r.canonical} ({r.n_articles})" for r in people.itertuples()), file=sys.stderr)
    if args.judged:
        with open(args.judged, newline="") as handle:
            judged = {row["meeting_id"]: row["real"].strip() == "1" for row in csv.DictReader(handle)}
        mine = [judged[m] for m in sample["meeting_id"] if m in judged]
        print(f"real meetings: {sum(mine)}/{len(mine)} = {sum(mine) / max(len(mine), 1):.0%} of the judged sample", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

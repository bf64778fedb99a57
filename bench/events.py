"""The events step of an incremental ingest: placing a few new meetings among many stored ones, by clustering every
participant group (what a whole rebuild does) and by re-clustering only the groups the new meetings reach
(`update_events`, what adding articles does).

    .venv/bin/python bench/events.py [--store bench/.cache/economy] [--meetings 100000] [--new 20]

The stored meetings are copies of a store's meetings with fresh ids and dates shifted by a week per copy
(bench/synthetic.py); the new ones are the first --new meetings of one copy more, so they fall in stored groups.
Figures are CPU seconds of this process, best of three; both ways must give the same tables.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from bench.synthetic import _copy  # noqa: E402

from core.pipeline.events import _reach, assign_events, group_key, update_events  # noqa: E402
from core.store import Store  # noqa: E402


def best_cpu(run, times: int = 3) -> float:
    cpus = []
    for _ in range(times):
        start = time.process_time()
        run()
        cpus.append(time.process_time() - start)
    return min(cpus)


def rows(frame: pd.DataFrame) -> list[str]:
    return sorted(map(str, frame.astype(object).itertuples(index=False)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, default=ROOT / "bench" / ".cache" / "economy")
    parser.add_argument("--meetings", type=int, default=100_000)
    parser.add_argument("--new", type=int, default=20)
    args = parser.parse_args()
    real = Store(args.store).read("meetings")
    if not len(real):
        raise SystemExit(f"{args.store} holds no meetings (build it with bench/incremental.py)")
    copies = max(1, round(args.meetings / len(real)))
    stored = pd.concat([_copy("meetings", real, k) for k in range(copies)], ignore_index=True)
    new = _copy("meetings", real, copies).head(args.new)
    stored, stored_events, _ = assign_events(stored)
    every = pd.concat([stored, new], ignore_index=True)
    reached = _reach({group_key(p) for p in new["participants"]}, {group_key(p) for p in every["participants"]})
    in_reach = sum(group_key(p) in reached for p in every["participants"])
    print(f"{len(stored):,} stored meetings in {stored['participants'].map(group_key).nunique():,} participant groups, "
          f"{len(stored_events):,} events; {len(new)} new meetings reach {len(reached)} groups ({in_reach:,} meetings)")
    whole = best_cpu(lambda: assign_events(every))
    update = best_cpu(lambda: update_events(every, stored, stored_events))
    a, b = assign_events(every), update_events(every, stored, stored_events)
    same = rows(a[0]) == rows(b[0]) and rows(a[1]) == rows(b[1])
    print(f"every group clustered:       {whole:7.2f} s CPU")
    print(f"only reached groups:         {update:7.2f} s CPU   ({update / whole:.2f}x)")
    print(f"same meetings and events:    {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())

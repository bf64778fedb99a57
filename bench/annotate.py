"""Annotation overhead: our full annotation over raw `nlp.pipe` of the same model on the same texts; then a whole
ingest of the same records (reading, cleaning, annotation, corpus tables, store) in this process and on a local
Dask cluster of 2 worker processes, over the same raw `nlp.pipe`.

    .venv/bin/python bench/annotate.py [--n 400] [--corpus PATH.jsonl] [--joined K] [--rounds 3] [--workers 1 2] [--cold 1 2]

`--joined K` joins every K texts into one long article (`--n 300 --joined 100 --workers`: three articles of about
170,000 characters each), to show that annotation stays proportional to an article's length.

`--cold` also times what a user runs, each in a fresh process: `bilateral-lens ingest` (1 process, or `--workers N`)
against a fresh process that loads the model and runs raw `nlp.pipe` once. Both start cold (imports, model load, an
empty vocabulary), as every Dask worker does; the in-process figures above compare with a warm second pass. For
`--cold N` with N > 1 it also times raw `nlp.pipe` with the texts split over N fresh processes at once: on a
machine whose cores share caches or a host, that is the most N workers can give, overhead aside.

Default texts: the Wikinews economy file in ../shared when present, else the evaluation set in tests/fixtures.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
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
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="whole-ingest runs to time (none: skip)")
    parser.add_argument("--cold", type=int, nargs="*", default=[], help="whole-ingest runs to time in fresh processes")
    parser.add_argument("--repeat", type=int, default=2, help="fresh-process runs of each (best is kept)")
    parser.add_argument("--joined", type=int, default=1, metavar="K", help="join every K texts into one long article")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of raw nlp.pipe and ours (best is kept)")
    args = parser.parse_args()
    lines = args.corpus.read_text().splitlines()[: args.n]
    records = [json.loads(line) for line in lines]
    if args.joined > 1:
        records = [dict(records[i], text="\n\n".join(r["text"] for r in records[i:i + args.joined]))
                   for i in range(0, len(records), args.joined)]
        lines = [json.dumps(r) for r in records]
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
    raw_times, raw_cpus, our_times = [], [], []
    for _ in range(max(1, args.rounds)):  # alternate to even out machine noise; best of each
        start, cpu = time.perf_counter(), time.process_time()
        for _doc in raw.pipe(articles["text"], batch_size=settings.get("batch_size")):
            pass
        raw_times.append(time.perf_counter() - start)
        raw_cpus.append(time.process_time() - cpu)
        start = time.perf_counter()
        tables = annotate(articles)
        our_times.append(time.perf_counter() - start)
    raw_s, our_s = min(raw_times), min(our_times)
    longest = max(len(t) for t in articles["text"])
    print(f"texts: {len(articles)} from {args.corpus.name}, {words:,} words (longest {longest:,} characters); model {settings.get('model')}")
    print(f"raw nlp.pipe:        {raw_s:7.2f} s  ({words / raw_s:,.0f} words/s)")
    print(f"annotate (ours):     {our_s:7.2f} s  ({words / our_s:,.0f} words/s)")
    print(f"overhead ratio:      {our_s / raw_s:7.3f}x  (target <= 1.15x)")
    print(f"rows: {len(tables['mentions']):,} mentions, {len(tables['sectors']):,} sector triggers, {len(tables['meetings']):,} meetings")
    if args.workers:
        whole_ingest(lines, args.workers, raw_s, min(raw_cpus))
    if args.cold:
        cold(lines, args.cold, args.repeat)
    return 0


RAW_SCRIPT = """
import json, sys, time
import spacy
nlp = spacy.load(sys.argv[2])
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
part, parts = (int(n) for n in (sys.argv[4:6] if len(sys.argv) > 5 else (0, 1)))
texts = texts[part::parts]
start = time.perf_counter()
for _doc in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
print(time.perf_counter() - start)
"""


def cold(lines: list[str], counts: list[int], repeat: int) -> None:
    """Fresh processes, alternated, best of `repeat`: raw `nlp.pipe` (model load included) and the ingest command."""
    import os
    import subprocess

    def run_together(commands: list[list[str]]) -> tuple[float, list[str]]:
        """Start every command at once; (wall s until the last ends, their outputs)."""
        start = time.perf_counter()
        running = [subprocess.Popen(c, stdout=subprocess.PIPE, text=True, cwd=ROOT) for c in commands]
        outs = [p.communicate()[0] for p in running]
        if any(p.returncode for p in running):
            raise RuntimeError("a raw nlp.pipe process failed")
        return time.perf_counter() - start, outs

    def run(command: list[str]) -> tuple[float, float, str]:
        before = os.times()
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
        after = os.times()
        return time.perf_counter() - start, after.children_user + after.children_system - before.children_user - before.children_system, done.stdout

    with tempfile.TemporaryDirectory(prefix="bench-cold-") as folder:
        source = Path(folder) / "articles.jsonl"
        source.write_text("\n".join(lines) + "\n")
        raw = [sys.executable, "-c", RAW_SCRIPT, str(source), settings.get("model"), str(settings.get("batch_size"))]
        raws: list[tuple[float, float]] = []
        pipes: list[float] = []
        ours: dict[int, list[tuple[float, float]]] = {count: [] for count in counts}
        split: dict[int, list[tuple[float, float]]] = {count: [] for count in counts if count > 1}
        for attempt in range(repeat):
            wall, cpu, out = run(raw)
            raws.append((wall, cpu))
            pipes.append(float(out.strip().splitlines()[-1]))
            for count in split:  # what the machine gives raw nlp.pipe split over `count` processes at once
                together, outs = run_together([[*raw, str(part), str(count)] for part in range(count)])
                split[count].append((together, max(float(o.strip().splitlines()[-1]) for o in outs)))
            for count in counts:
                store = Path(folder) / f"store-{count}-{attempt}"
                extra = ["--workers", str(count)] if count > 1 else []
                ours[count].append(run([sys.executable, "-m", "core.cli", "ingest", str(source), "--store", str(store), "--quiet", *extra])[:2])
        raw_wall, raw_cpu = min(w for w, _ in raws), min(c for _, c in raws)
        print(f"fresh processes (best of {repeat}): raw = load the model and nlp.pipe once: wall {raw_wall:.2f} s "
              f"(of which nlp.pipe {min(pipes):.2f} s), CPU {raw_cpu:.2f} s")
        for count in counts:
            wall, cpu = min(w for w, _ in ours[count]), min(c for _, c in ours[count])
            how = "bilateral-lens ingest" + (f" --workers {count}" if count > 1 else "")
            # Local workers are forked by multiprocessing's fork server, which reaps them: their CPU time never
            # reaches this process's children's account, so only the wall time compares.
            used = f"CPU {cpu:7.2f} s = {cpu / raw_cpu:5.2f}x" if count == 1 else "(workers' CPU not counted here)"
            print(f"  {how}:".ljust(40) + f"wall {wall:7.2f} s = {wall / raw_wall:5.2f}x   {used}")
        for count, runs in split.items():
            wall, pipe = min(w for w, _ in runs), min(p for _, p in runs)
            print(f"  raw nlp.pipe, the texts split over {count} processes at once (the machine's own limit for\n"
                  f"  --workers {count}): wall {wall:.2f} s = {wall / raw_wall:.2f}x (slowest process's nlp.pipe {pipe:.2f} s = "
                  f"{pipe / min(pipes):.2f}x of one process's)")


def whole_ingest(lines: list[str], counts: list[int], raw_wall: float, raw_cpu: float) -> None:
    """Time `ingest` of the records into a new store, in this process (1) or on a local Dask cluster (N > 1)."""
    import os

    print(f"whole ingest over raw nlp.pipe ({raw_wall:.2f} s wall, {raw_cpu:.2f} s CPU) on {os.cpu_count()} CPUs;\n"
          f"  wall is the time you wait, and with workers the ratio that matters (it includes starting the cluster and\n"
          f"  loading the model in every worker); CPU adds up every process (client and workers):")
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="bench-ingest-") as folder:
            source = Path(folder) / "articles.jsonl"
            source.write_text("\n".join(lines) + "\n")
            wall, cpu = _timed_ingest(source, Path(folder) / "store", count)
        how = "in this process" if count == 1 else f"Dask, {count} local processes started alongside reading"
        print(f"  {count} worker{'s' * (count > 1)} ({how}):".ljust(64)
              + f"wall {wall:7.2f} s = {wall / raw_wall:5.2f}x   CPU {cpu:7.2f} s = {cpu / raw_cpu:5.2f}x")


def _timed_ingest(source: Path, store_dir: Path, count: int) -> tuple[float, float]:
    """(wall s, CPU s of every process), the cluster's start included."""
    from core.pipeline.ingest import ingest
    from core.store import Store

    wall, cpu = time.perf_counter(), time.process_time()
    if count == 1:
        ingest([source], store=Store(store_dir))
        return time.perf_counter() - wall, time.process_time() - cpu
    from core.pipeline.annotate import running_on
    from core.pipeline.workers import DaskAnnotator

    dask = DaskAnnotator(workers=count, background=True)  # as the CLI does: the cluster starts while ingest reads
    try:
        with running_on(dask):
            ingest([source], store=Store(store_dir))
        workers_cpu = sum(dask.client.run(time.process_time).values())  # each worker process since it started
        return time.perf_counter() - wall, time.process_time() - cpu + workers_cpu
    finally:
        dask.close()


if __name__ == "__main__":
    sys.exit(main())

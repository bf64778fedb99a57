"""Dashboard server time per interaction: every page through AppTest on a large store, warm cache.

    .venv/bin/python bench/dashboard.py [--store DIR | --synthetic N] [--repeat 5]

Without --store it builds (once, into bench/.cache/wikinews-store) a store from the Wikinews corpora in ../shared:
all economy articles and the politics articles whose numeric id is divisible by 5 (the rest are held out).
`--synthetic N` replicates that store's tables to about N articles (bench/synthetic.py) in a temporary folder.
Prints the median milliseconds per page for: opening it, opening it with filters from a link, changing a filter and
searching the text, then the peak memory of the process (the dashboard's server runs pages in-process like this).
Targets: every interaction under 300 ms at 10k articles and under 1 s at 100k; peak memory under 1 GB at 100k.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from core.pipeline.ingest import ingest  # noqa: E402
from core.store import Store  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora" / "wikinews"
CACHE = ROOT / "bench" / ".cache" / "wikinews-store"
PAGES = ["overview", "map", "timeline", "sectors", "reader", "people", "data", "network", "about"]
TARGET_MS = 300
SEARCH = '"oil prices" OR pipeline*'.replace(" OR ", " ")


def build_store() -> Path:
    if (CACHE / "CURRENT").exists():
        return CACHE
    with tempfile.TemporaryDirectory() as folder:
        allowed = Path(folder) / "wikinews.jsonl"
        with allowed.open("w", encoding="utf-8") as out:
            for name in ("economy", "politics"):
                for line in (SHARED / f"{name}.jsonl").read_text("utf-8").splitlines():
                    record = json.loads(line)
                    if name == "politics" and int(record["id"][2:]) % 5:
                        continue
                    out.write(line + "\n")
        print(f"building {CACHE} (annotating with the trained model; takes minutes)…", flush=True)
        ingest([allowed], store=Store(CACHE))
    return CACHE


CPU: list[float] = []  # process CPU milliseconds of each timed run (every thread: the machine may be shared)


def timed(at: AppTest) -> float:
    start, cpu = time.perf_counter(), time.process_time()
    at.run()
    elapsed = (time.perf_counter() - start) * 1000
    CPU.append((time.process_time() - cpu) * 1000)
    if at.exception:
        raise RuntimeError(at.exception[0].message)
    return elapsed


COMPONENTS: list = []  # the first AppTest's registry of installed Streamlit components, shared by the later ones


def app_on(page: str, params: dict | None = None) -> AppTest:
    """A fresh session on `page`. Every new AppTest scans the metadata of every installed package for Streamlit
    components on its first run (about 0.2 s here), which a real server does once at startup: the later sessions
    share the first one's registry, so the times below are the server's work for the page alone."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if COMPONENTS and hasattr(at, "_bidi_component_manager"):
        at._bidi_component_manager = COMPONENTS[0]
    if page != "overview":
        at.run().switch_page(f"app_pages/{page}_page.py")
        at.query_params.clear()
    for key, value in (params or {}).items():
        at.query_params[key] = value
    return at


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path)
    parser.add_argument("--synthetic", type=int, metavar="N", help="replicate the store to about N articles first")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    store = args.store or build_store()
    if args.synthetic:
        from bench.synthetic import replicate

        folder = Path(tempfile.mkdtemp(prefix="bilateral-lens-synthetic-"))
        store = replicate(store, folder / "store", args.synthetic)
    os.environ["BILATERAL_LENS_STORE"] = str(store)
    os.chdir(ROOT)
    # Only the counts and one person: loading the corpus here would add its memory to the server's peak.
    stored = Store(store)
    counts = stored.manifest()["tables"]
    entities = stored.read("entities", columns=["canonical", "type", "n_articles"])
    person = entities[entities["type"] == "person"].sort_values("n_articles", ascending=False)["canonical"].iloc[0]
    print(f"store {store}: version {stored.version()}, {counts.get('articles', 0):,} articles, "
          f"{counts.get('mentions', 0):,} mentions, {counts.get('meetings', 0):,} meetings, "
          f"{counts.get('events', 0):,} events")
    start = time.perf_counter()
    first = app_on("overview").run()
    COMPONENTS.append(getattr(first, "_bidi_component_manager", None))
    print(f"first load (reads the store, builds the index): {(time.perf_counter() - start) * 1000:,.0f} ms; "
          f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    link = {"person": person, "sector": "energy"}
    print(f"\n{'page':<10} {'open':>8} {'link':>8} {'change':>8} {'search':>8}   (median ms of {args.repeat}; link: {link}; "
          f"search: {SEARCH!r})")
    worst = 0.0
    for page in PAGES:
        opened, linked, changed, searched = [], [], [], []
        for _ in range(args.repeat):
            at = app_on(page)
            opened.append(timed(at))
            at = app_on(page, link)
            linked.append(timed(at))
            at.sidebar.multiselect(key="f_sector").set_value(["energy", "trade"])
            changed.append(timed(at))
            at.sidebar.text_input(key="f_q").set_value(SEARCH)
            searched.append(timed(at))
        row = [statistics.median(x) for x in (opened, linked, changed, searched)]
        worst = max(worst, *row)
        cpu = [statistics.median(CPU[i::4]) for i in range(4)]
        CPU.clear()
        print(f"{page:<10} {row[0]:>8.0f} {row[1]:>8.0f} {row[2]:>8.0f} {row[3]:>8.0f}   CPU ms: "
              + " ".join(f"{c:>6.0f}" for c in cpu) + f"   peak so far {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    target = TARGET_MS if counts.get("articles", 0) < 50_000 else 1000  # 300 ms about 10k articles, 1 s about 100k
    print(f"\nslowest interaction {worst:.0f} ms; target {target} ms: {'met' if worst <= target else 'NOT met'}")
    print(f"peak memory of the process {peak:,.0f} MB" + ("; target 1,024 MB at 100k: " + ("met" if peak <= 1024 else "NOT met")
                                                            if counts.get('articles', 0) > 50_000 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

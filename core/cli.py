"""bilateral-lens ingest | annotate | export | info | correct | compact | serve"""
from __future__ import annotations

import argparse
import gzip
import os
import sys
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import BinaryIO, cast

from core import settings
from core.cli_correct import add_parser as add_correct_parser
from core.errors import BilateralLensError
from core.store.schema import STORED, TABLES
from core.store import Store, open_existing
from core.text import printable

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MAX_LISTED = 20


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    Store.on_wait = _say_waiting
    try:
        with _annotation_cluster(args):
            return args.run(args)
    except BilateralLensError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `bilateral-lens info | head -3`: the reader has all it wanted
        try:
            sys.stdout = open(os.devnull, "w")  # nothing more to flush into the closed pipe at exit
        except OSError:
            pass
        return 0
    except OSError as exc:  # unwritable --out, a store path that is a file, a full disk
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        print(f"error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2


def _cluster_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=int, metavar="N", help="annotate on a Dask cluster of N worker processes on this "
                   "machine (default: 1, in this process)")
    p.add_argument("--scheduler", metavar="ADDRESS", help="annotate on the running Dask cluster whose scheduler is at "
                   f"ADDRESS, e.g. tcp://10.0.0.5:8786 (default: ${settings.SETTINGS['scheduler'].env})")


def _annotation_cluster(args):
    """Annotation on a Dask cluster for the block when --workers N > 1 or a scheduler asks for one (ingest, annotate)."""
    if "workers" not in args or (args.workers is None and not (args.scheduler or settings.get("scheduler"))):
        from contextlib import nullcontext

        return nullcontext()  # the default path never imports Dask
    if (args.workers or 1) > 1 and not args.scheduler:
        from core.pipeline import forkserver

        forkserver.start()  # the workers' model loads in it while Dask is imported and the input is read
    from core.pipeline.workers import annotation_cluster

    return annotation_cluster(args.workers, args.scheduler)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bilateral-lens", description="Explore news coverage of relations between countries.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    store_help = f"corpus store directory (default: ${settings.SETTINGS['store'].env} or ./data)"

    p = sub.add_parser("ingest", help="read articles from files and folders into the store")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt .md .html .json .jsonl .csv, gzip of the last three)")
    p.add_argument("--store", help=store_help)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _cluster_arguments(p)
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("annotate", help="re-annotate stored articles annotated by an older pipeline")
    p.add_argument("--store", help=store_help)
    p.add_argument("--force", action="store_true", help="re-annotate every article, current or not")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    _cluster_arguments(p)
    p.set_defaults(run=cmd_annotate)

    p = sub.add_parser("export", help="write a table as CSV, JSON Lines or Parquet")
    p.add_argument("table", choices=list(TABLES), metavar="TABLE", help="one of: " + ", ".join(TABLES))
    p.add_argument("--store", help=store_help)
    p.add_argument("--format", choices=["csv", "jsonl", "json", "parquet"], default=None,
                   help="default: from --out's suffix, else csv (json: one array; jsonl: one object per line)")
    p.add_argument("--out", help="output file (default: standard output)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("info", help="counts, date span and version of the store")
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=cmd_info)

    add_correct_parser(sub, store_help)

    p = sub.add_parser("compact", help="rewrite each table of the store as one file (after many small ingests)")
    p.add_argument("--store", help=store_help)
    p.set_defaults(run=cmd_compact)

    p = sub.add_parser("serve", help="start the dashboard (streamlit run)")
    p.add_argument("--store", help=store_help)
    p.add_argument("--port", type=int, help="port (default: Streamlit's, 8501)")
    p.add_argument("--address", help="address to bind (default: 127.0.0.1)")
    p.set_defaults(run=cmd_serve)
    return parser


def _say_waiting(path, wait: float) -> None:
    print(f"the store {path} is being written by another process: waiting up to {wait:g} s for it to finish …",
          file=sys.stderr, flush=True)


def cmd_ingest(args) -> int:
    from core.pipeline.ingest import ingest

    store = Store(args.store)
    report = ingest(
        args.paths,
        store=store,
        progress=lambda files: _progress(files, desc="reading", unit="input", quiet=args.quiet),
        annotate_progress=lambda docs, n: _progress(docs, total=n, desc="annotating", unit="article", quiet=args.quiet),
    )
    print(format_report(report, store, paths=args.paths))
    return 0 if report.read_anything else 1


def _progress(items, *, desc: str, unit: str, quiet: bool, total: int | None = None):
    """A progress bar on a terminal; elsewhere (a log file, a pipe) a plain line every few seconds."""
    if quiet:
        return items
    if sys.stderr.isatty():
        from tqdm import tqdm

        return tqdm(items, total=total, desc=desc, unit=unit, file=sys.stderr)
    return _progress_lines(items, desc=desc, unit=unit, total=total)


def _progress_lines(items, *, desc: str, unit: str, total: int | None):
    """One plain line every few seconds, also while a single long item is being worked on."""
    import threading
    import time

    if total is None and hasattr(items, "__len__"):
        total = len(items)
    every = settings.get("progress_seconds")
    started = time.monotonic()
    state = {"count": 0, "printed": False}
    stop = threading.Event()

    def line(final: bool = False) -> None:
        count, elapsed = state["count"], time.monotonic() - started
        done = f"{count:,}" + (f"/{total:,}" if total else "")
        print(f"{desc}: {done} {unit}{'s' * (count != 1 or bool(total))}{' done' if final else ''}, {elapsed:.0f} s",
              file=sys.stderr, flush=True)
        state["printed"] = True

    def beat() -> None:
        while not stop.wait(every):
            line()

    thread = threading.Thread(target=beat, daemon=True)
    if every > 0:
        thread.start()
    try:
        for item in items:
            yield item
            state["count"] += 1
            if every <= 0:
                line()  # a line per item
    finally:
        stop.set()
        if thread.is_alive():
            thread.join(timeout=1)
    if state["printed"]:
        line(final=True)


def cmd_annotate(args) -> int:
    import time

    from core.pipeline.version import pipeline_version
    from core.pipeline.tables import reannotate

    store = open_existing(args.store)
    started = time.perf_counter()
    result, total, version = reannotate(
        store,
        force=args.force,
        progress=lambda docs, n: _progress(docs, total=n, desc="annotating", unit="article", quiet=args.quiet),
    )
    pipeline = f"pipeline {pipeline_version()} ({settings.get('model')})"
    if result is not None:
        other = total - result.annotated - len(result.failed)
        note = f" ({other} in other languages left unannotated)" if other else ""
        whose = "" if args.force else " annotated by another pipeline"
        print(f"{result.annotated} of {total} article(s){whose} re-annotated with {pipeline} in {time.perf_counter() - started:.1f} s"
              f"{note}; store version {version}")
        for aid, reason in result.failed.items():
            print(f"  article {aid}: {reason}")
        for reason in result.warnings:
            print(f"  {reason}")
    else:
        print(f"all {total} article(s) already annotated with {pipeline}; store version {version} unchanged "
              f"(--force re-annotates them anyway)")
    return 0


def format_report(report, store: Store, paths: list[str] | None = None) -> str:
    """The ingest summary: counts, then every input that was not stored (or stored with a warning) with its reason.
    Up to MAX_LISTED lines are printed; a longer list is written whole to a report file whose path is printed, and
    the problems (failed, skipped, warnings) are printed first."""
    lines = [
        f"ingest of {report.files} input file(s) into {store.path}: article records: {report.added} added, "
        f"{report.unchanged} unchanged, {report.repeated} repeated, {report.updated} updated, "
        f"{report.duplicates} near-duplicate(s), {len(report.failed)} failed, {len(report.skipped)} skipped; "
        f"store version {report.version}" + ("" if report.version else ": nothing stored, no store written"),
    ]
    problems = [(title, items) for title, items in (("failed", report.failed), ("skipped", report.skipped),
                                                     ("warnings", report.warnings)) if items]
    listed = problems + ([("not stored again", report.same)] if report.same else [])
    total = sum(len(items) for _, items in listed)
    if total > MAX_LISTED:
        path = _write_report(store, listed)
        counts = ", ".join(f"{len(items)} {title}" for title, items in problems) or "no problems"
        lines.append(f"every input to look at is listed with its reason in {path} ({counts}; "
                     f"{len(report.same)} with a text stored already)")
        budget = MAX_LISTED
        for title, items in problems:
            shown = items[:budget]
            if shown:
                lines.append(f"{title} ({len(shown)} of {len(items)} shown; all in the report file):")
                lines += [f"  {p}" for p in shown]
            budget -= len(shown)
    else:
        for title, items in listed:
            lines.append(f"{title}:")
            lines += [f"  {p}" for p in items]
    if not report.read_anything:
        given = ", ".join(printable(str(p)) for p in paths or [])
        lines.append("nothing could be read: " + ("check the reasons above" if report.failed else
                                                   f"no article files found in {given}" if given else "no article files found at the given paths"))
    return "\n".join(lines)


def _write_report(store: Store, listed) -> Path:
    """STORE/reports/ingest-<UTC time>.txt with one line per input: section, input, reason."""
    from datetime import datetime, timezone

    folder = store.path / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ingest-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}.txt"
    with open(path, "w", encoding="utf-8") as handle:
        for title, problems in listed:
            for problem in problems:
                handle.write(f"{title}\t{printable(problem.path)}\t{printable(problem.reason)}\n")
    return path


def cmd_export(args) -> int:
    from core.store.export import FORMATS, stream

    store = open_existing(args.store)
    target = None
    if args.out:
        target = _check_out(Path(args.out), args.table)
    gzipped = bool(args.out) and Path(args.out).suffix.lower() == ".gz"
    named = Path(args.out).with_suffix("") if gzipped else Path(args.out or "")
    suffix = named.suffix.lstrip(".").lower() if args.out else ""
    suffix = {"pq": "parquet"}.get(suffix, suffix)
    fmt = args.format or suffix or "csv"
    if fmt not in FORMATS:
        raise BilateralLensError(f"cannot tell the format from {args.out!r}: pass --format {'|'.join(FORMATS)}")
    if args.format and suffix in FORMATS and suffix != args.format:
        raise BilateralLensError(f"--out {args.out} names a .{suffix} file but --format is {args.format}: "
                                 f"name it {named.with_suffix('.' + args.format).name}{'.gz' * gzipped}, or drop --format")
    if gzipped and fmt == "parquet":
        raise BilateralLensError(f"--out {args.out}: Parquet compresses its own columns; name it {named.name}")
    if fmt == "parquet" and not args.out and sys.stdout.isatty():
        raise BilateralLensError("Parquet is binary: pass --out FILE or redirect standard output")
    if target is not None:
        partial = target.with_name(f".{target.name}.partial")
        try:
            with open(partial, "wb") as raw, (gzip.GzipFile(named.name, "wb", fileobj=raw) if gzipped else nullcontext(raw)) as out:
                rows = stream(store, args.table, fmt, cast(BinaryIO, out))
            os.replace(partial, target)  # a link to a file keeps pointing at it
        finally:
            partial.unlink(missing_ok=True)
        print(f"{rows} row(s) of {args.table} written to {args.out}", file=sys.stderr)
    else:
        stream(store, args.table, fmt, sys.stdout.buffer)
        sys.stdout.flush()
    return 0


def _check_out(out: Path, table: str) -> Path:
    """The file an --out names, following a link to the file it points at; an --out that names a folder, a file in a
    folder that does not exist, or something other than a file (a device, a pipe, a socket) is refused before any
    work, since the export replaces the file whole."""
    if out.is_dir():
        raise BilateralLensError(f"--out {out} is a folder: name a file in it, e.g. {out / (table + '.csv')}")
    target = Path(os.path.realpath(out)) if out.is_symlink() else out
    if target.exists() and not target.is_file():
        raise BilateralLensError(f"--out {out} is not a regular file (a device, a pipe or a socket): name a file, "
                                 "or leave out --out to write to standard output")
    if not target.parent.is_dir():
        raise BilateralLensError(f"--out {out}: folder {target.parent} does not exist")
    return target


def cmd_compact(args) -> int:
    store = open_existing(args.store)
    with store.writing(wait=30):
        before, old = store.n_parts(), store.version()
        version = store.compact()
    if version == old:
        print(f"nothing to compact: every table is one part; store version {version}")
    else:
        print(f"{before} parts rewritten as {store.n_parts()}; store version {version}")
    return 0


def cmd_info(args) -> int:
    from core.store.corpus import load_corpus
    from core.store.corrections import summary as corrections_summary

    store = open_existing(args.store)
    manifest = store.manifest()
    articles = store.read("articles", columns=["published", "language", "published_from", "duplicate_of", "n_words"])
    dated = articles["published"].dropna()
    span = f"{dated.min()} … {dated.max()}" if len(dated) else "no dates"
    languages = ", ".join(f"{k} {v}" for k, v in Counter(articles["language"].dropna()).most_common()) or "none"
    origins = ", ".join(f"{k} {v}" for k, v in Counter(articles["published_from"].dropna()).most_common()) or "none"
    print(
        "\n".join(
            [
                f"store: {store.path}",
                f"version: {manifest['version']} (written {manifest['created_at']})",
                f"articles: {len(articles)} ({int(articles['duplicate_of'].notna().sum())} near-duplicates)",
                f"published: {span}; dates from {origins}",
                f"languages: {languages}",
                f"words: {int(articles['n_words'].sum()):,}",
                "tables: " + ", ".join(f"{k} {v}" for k, v in manifest["tables"].items() if k in TABLES),
                f"files: {store.n_parts()} Parquet parts" + ("; `bilateral-lens compact` rewrites them as one per table"
                                                            if any(len(store.parts(name)) > 1 for name in STORED) else ""),
                *corrections_summary(load_corpus(store, text=False)),
            ]
        )
    )
    return 0


def cmd_serve(args) -> int:
    app = PROJECT_ROOT / "app.py"
    if not app.is_file():
        raise BilateralLensError(f"dashboard not found at {app}: install the project in editable mode (pip install -e .)")
    if args.port is not None and not 1 <= args.port <= 65535:
        raise BilateralLensError(f"--port {args.port}: a port is a number from 1 to 65535")
    env = dict(os.environ)
    env[settings.SETTINGS["store"].env] = str(Store(args.store).path.resolve())
    command = [sys.executable, "-m", "streamlit", "run", str(app), "--browser.gatherUsageStats", "false"]
    if args.port:
        command += ["--server.port", str(args.port)]
    command += ["--server.address", args.address or "127.0.0.1"]
    # Replace this process with Streamlit's: a signal sent to `serve` (Ctrl-C, SIGTERM from a service manager)
    # reaches the server itself, and nothing is left listening when it ends.
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(PROJECT_ROOT)
    os.execve(sys.executable, command, env)


if __name__ == "__main__":
    sys.exit(main())

"""Annotation on a Dask cluster: the articles to annotate go out in chunks of plain records, each worker process runs
`annotate_records` on its chunk (without pandas) and sends the rows back, and the client puts them together in the
articles' order, so the result is the one a single process gives. A chunk that fails as a whole (a worker died,
the model is missing there) is tried again article by article; an article that still fails is reported like any
other article whose annotation failed.

Nothing here imports Dask until a cluster is asked for: the default, single-process path never loads it.
"""
from __future__ import annotations

import logging
import math
import threading
from contextlib import contextmanager
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from core import settings
from core.errors import BilateralLensError
from core.pipeline.annotate import TABLES, annotate_chunk, failure_reason, frames, records, running_on, warm_up
from core.pipeline.version import pipeline_version

if TYPE_CHECKING:
    import pandas as pd

# Every setting annotation reads on a worker: sent with each task, never taken from the worker's environment.
WORKER_SETTINGS = ("model", "batch_size", "knowledge_dir", "store")
CHUNK_ARTICLES = 32  # at most this many articles per task
CHUNKS_PER_WORKER = 4  # at least this many tasks per worker thread, so no worker waits long on a slow one
CONNECT_SECONDS = 10.0
# Local workers only annotate: no statistical profiler sampling their stacks every 10 ms, and glibc's own heap trim
# threshold instead of Dask's 64 KiB one, which returns memory to the system after nearly every parse (both cost
# several per cent of annotation time). The thread limits are Dask's own: one thread per worker process.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False,
                 "distributed.nanny.pre-spawn-environ": {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1,
                                                         "OPENBLAS_NUM_THREADS": 1}}


class ClusterError(BilateralLensError):
    """A Dask cluster could not be started or reached."""


def worker_settings() -> dict:
    """The client's values of WORKER_SETTINGS, with paths made absolute (a worker's working folder may differ)."""
    values = settings.snapshot(WORKER_SETTINGS)
    values["store"] = str(Path(values["store"]).resolve())
    if values["knowledge_dir"]:
        values["knowledge_dir"] = str(Path(values["knowledge_dir"]).resolve())
    return values


def chunks(todo: list[dict], slots: int = 1) -> list[list[dict]]:
    """Consecutive slices of the records `todo`, in order, of about the same total text length: at most
    CHUNK_ARTICLES articles each, and at least CHUNKS_PER_WORKER per slot (worker thread) when there are enough
    articles; with several slots, the last one per slot is cut in half, so no slot is left with a whole chunk to do
    alone at the end."""
    n = len(todo)
    if not n:
        return []
    count = min(n, max(math.ceil(n / CHUNK_ARTICLES), CHUNKS_PER_WORKER * max(1, slots)))
    lengths = [len(r.get("text") or "") + 1.0 for r in todo]
    share, total = sum(lengths) / count, 0.0
    out: list[list[dict]] = []
    start = 0
    for i, length in enumerate(lengths):
        total += length
        if i + 1 - start >= CHUNK_ARTICLES or total >= share * (len(out) + 1) or i == n - 1:
            out.append(todo[start:i + 1])
            start = i + 1
    if len(out) > slots > 1:  # the last chunk of each slot in halves: the slots finish closer together
        out[-slots:] = [half for part in out[-slots:] for half in _halves(part)]
    return out


def _halves(part: list[dict]) -> list[list[dict]]:
    """`part` in two consecutive slices of about the same text length (a single article stays whole)."""
    if len(part) < 2:
        return [part]
    lengths = list(accumulate(len(r.get("text") or "") for r in part))
    cut = min(sum(length < lengths[-1] / 2 for length in lengths) + 1, len(part) - 1)  # through the article that crosses half
    return [part[:cut], part[cut:]]


def failed_result(part: list[dict], exc: Exception) -> dict:
    """What `annotate_records` gives when every one of `part` failed with `exc`."""
    return {**{name: [] for name in TABLES}, "tone": {}, "failed": {r["article_id"]: failure_reason(exc) for r in part}}


def combine(results: list[dict]) -> dict:
    """The `frames` of consecutive chunks as one `annotate` result."""
    import pandas as pd

    from core.store.schema import conform, empty_frame

    out: dict = {}
    for name in TABLES:
        parts = [r[name] for r in results if len(r[name])]
        out[name] = conform(name, pd.concat(parts, ignore_index=True)) if parts else empty_frame(name)
    out["tone"] = pd.Series({aid: tone for r in results for aid, tone in r["tone"].items()}, name="tone", dtype="float64")
    out["failed"] = {aid: reason for r in results for aid, reason in r["failed"].items()}
    return out


class DaskAnnotator:
    """`annotate(articles, progress=...)` with the same result, run on a Dask cluster: a LocalCluster of `workers`
    processes of one thread each, or the running cluster whose scheduler is at `scheduler`."""

    def __init__(self, *, workers: int = 1, scheduler: str | None = None, background: bool = False) -> None:
        """`background`: a local cluster starts in a thread while the caller goes on (ingest reads and cleans its input
        meanwhile); the first use of the cluster waits for it and raises the ClusterError a failed start gave."""
        self.cluster: Any = None
        self._client: Any = None
        self._failure: ClusterError | None = None
        self._starting: threading.Thread | None = None
        if background and not scheduler:
            self._starting = threading.Thread(target=self._start_quietly, args=(workers,), name="dask-cluster-start", daemon=True)
            self._starting.start()
        else:
            self._start(workers, scheduler)

    def _start_quietly(self, workers: int) -> None:
        try:
            self._start(workers, None)
        except ClusterError as exc:
            self._failure = exc

    def _start(self, workers: int, scheduler: str | None) -> None:
        import dask
        from distributed import Client, LocalCluster

        try:
            if scheduler:
                _probe(scheduler)  # a Client that fails to connect complains again when it is garbage-collected
                self._client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
            else:
                # Everything on loopback, ports picked by the system; no dashboard (Dask still opens a bare
                # health/metrics HTTP port, which would otherwise default to 8787). The workers' own log stays
                # quiet: a task's failure comes back to the client, which reports it per article, and closing a
                # cluster that had nothing to do races the workers' heartbeats into tracebacks nobody needs.
                with dask.config.set({**WORKER_CONFIG, **_fork_server()}):
                    self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                host="127.0.0.1", dashboard_address=None,
                                                worker_dashboard_address=None, silence_logs=logging.CRITICAL,
                                                scheduler_kwargs={"dashboard": False,
                                                                  "dashboard_address": "127.0.0.1:0"})
                self._client = Client(self.cluster, set_as_default=False)
        except Exception as exc:  # noqa: BLE001 — OSError, TimeoutError, ValueError for a malformed address ...
            self._close_parts()
            where = f"reach the Dask scheduler at {scheduler}" if scheduler else f"start {workers} local Dask workers"
            raise ClusterError(f"cannot {where} ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})") from None
        try:
            self._client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except Exception:  # noqa: BLE001
            address = scheduler or self._client.scheduler.address
            self._close_parts()
            raise ClusterError(f"the Dask scheduler at {address} has no workers after {CONNECT_SECONDS:g} s: start "
                               f"some with `dask worker {address}`") from None
        values = worker_settings()  # kept: a released future's task may be cancelled before it runs
        self.warming = [self._client.submit(warm_up, values, workers=[worker], pure=False)
                        for worker in self._client.scheduler_info()["workers"]]

    def _wait_for_start(self) -> None:
        if self._starting is not None:
            self._starting.join()
            self._starting = None

    @property
    def client(self):
        """The cluster's client, once it has started (a start that failed raises its ClusterError here)."""
        self._wait_for_start()
        if self._failure is not None:
            raise self._failure
        return self._client

    @property
    def slots(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def __call__(self, articles: pd.DataFrame, *, progress: Callable[[Iterable], Iterable] = lambda x: x) -> dict:
        results: dict[tuple, dict] = {}
        for _ in progress(self._run(chunks(records(articles), self.slots), results)):
            pass
        return combine([results[key] for key in sorted(results)])

    def _run(self, parts: list[list[dict]], results: dict[tuple, dict]) -> Iterator:
        """Submit every chunk, collect results by position as they finish, yield one item per article done."""
        from distributed import as_completed

        values, version = worker_settings(), pipeline_version()
        pending: dict = {}

        def submit(key: tuple, part: list[dict]):
            future = self.client.submit(annotate_chunk, part, values, pure=False)
            pending[future] = (key, part)
            return future

        finished = as_completed([submit((i,), part) for i, part in enumerate(parts)], loop=self.client.loop)
        for future in finished:
            key, part = pending.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 — a worker died or the task raised: one article at a time
                if len(part) > 1:
                    for j in range(len(part)):
                        finished.add(submit((*key, j), part[j:j + 1]))
                    continue
                result = failed_result(part, exc)
            if result.get("pipeline") not in (None, version):
                result = failed_result(part, BilateralLensError(
                    f"a worker annotated with pipeline {result['pipeline']}, not {version}: install the same package, "
                    f"model and knowledge files on every worker"))
            results[key] = frames(result)  # while the workers go on: less to do once the last chunk is in
            yield from (r["article_id"] for r in part)

    def close(self) -> None:
        self._wait_for_start()
        self._close_parts()

    def _close_parts(self) -> None:
        for part in (self._client, self.cluster):
            if part is not None:
                try:
                    part.close()
                except Exception:  # noqa: BLE001 — shutting down; nothing left to save
                    pass


def _fork_server() -> dict:
    """The Dask setting that forks local workers from the preloaded fork server (core.pipeline.forkserver), where the
    system has fork servers; elsewhere (none: Dask's default) each worker is a fresh process."""
    import dask
    from distributed.utils import get_mp_context

    from core.pipeline import forkserver

    if not forkserver.available():
        return {}
    method = {"distributed.worker.multiprocessing-method": "forkserver"}
    with dask.config.set(method):
        get_mp_context()  # Dask sets its own preload list on its first call: ours replaces it
    forkserver.start()
    return method


def _probe(address: str) -> None:
    """Raise unless a Dask scheduler answers at `address` within CONNECT_SECONDS."""
    import asyncio

    from distributed.comm import connect

    async def knock() -> None:
        comm = await connect(address, timeout=CONNECT_SECONDS)
        await comm.close()

    asyncio.run(knock())


@contextmanager
def annotation_cluster(workers: int | None = None, scheduler: str | None = None):
    """Within the block, `annotate` (and so ingest and re-annotation) runs on a Dask cluster when `workers` > 1 or a
    scheduler is given (or set with the `scheduler` setting and `workers` is not); otherwise in this process, as
    always. Yields the DaskAnnotator, or None."""
    if workers is not None and workers < 1:
        raise ClusterError(f"--workers must be 1 or more, not {workers}")
    if scheduler and workers is not None:
        raise ClusterError("give --workers (a cluster on this machine) or --scheduler (a running cluster), not both")
    scheduler = scheduler or (settings.get("scheduler") if workers is None else "")
    if not scheduler and (workers or 1) == 1:
        yield None
        return
    dask = DaskAnnotator(workers=workers or 1, scheduler=scheduler or None, background=True)
    try:
        with running_on(dask):
            yield dask
    finally:
        dask.close()

"""Ingest in a process of its own, for the dashboard: spaCy, the language model and the annotation's memory live
and die with that process, so the dashboard's own process never loads them."""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from core.errors import BilateralLensError


def ingest_uploads_apart(uploads: list[tuple[str, bytes]], *, store: str | Path):
    """`ingest.ingest_uploads` run in a fresh (spawned) process; its report comes back. A process that dies (out of
    memory, killed) stores nothing: the store stays as it was and the error says so."""
    context = multiprocessing.get_context("spawn")  # a clean interpreter: no copy of the dashboard's memory
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            return pool.submit(_ingest, uploads, str(store)).result()
    except BrokenProcessPool as exc:
        raise BilateralLensError(f"the ingest process stopped before it finished ({exc}); nothing was stored, "
                                 "the corpus is as it was") from None


def _ingest(uploads: list[tuple[str, bytes]], store: str):
    from core.pipeline.ingest import ingest_uploads
    from core.store import Store

    return ingest_uploads(uploads, store=Store(store))

"""Imported once by the process local Dask workers are forked from (multiprocessing's fork server): the model and
the knowledge base load there and a short article runs through them (what loads on first use: first names, date
parsing, lookups), and every worker forked from it starts with all of it in memory instead of importing, loading and
warming its own copy (on a 2-core machine that copy cost each worker about as much as annotating 50 articles).

A worker whose settings name another model or knowledge folder loads that one itself, as before; a model that fails
to load here fails again in the worker, which reports it per article.
"""
from __future__ import annotations

import gc


def _load() -> None:
    try:
        from core.pipeline.annotate import warm

        warm()
    except Exception:  # noqa: BLE001 — see the module docstring: the worker says what is wrong
        return
    gc.collect()
    gc.freeze()  # what is loaded stays: the workers' collections never walk it (walking it would copy its pages)


_load()

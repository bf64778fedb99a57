"""Imported once by the process local Dask workers are forked from (multiprocessing's fork server): the model and
the knowledge base load there, and every worker forked from it starts with them in memory instead of importing and
loading its own copy (on a 2-core machine that copy cost each worker about as much as annotating 30 articles).

A worker whose settings name another model or knowledge folder loads that one itself, as before; a model that fails
to load here fails again in the worker, which reports it per article.
"""
from __future__ import annotations


def _load() -> None:
    try:
        from core.pipeline.nlp import load_nlp

        load_nlp()("Warm-up.")
    except Exception:  # noqa: BLE001 — see the module docstring: the worker says what is wrong
        pass


_load()

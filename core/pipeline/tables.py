"""Keep the annotation tables in step with the articles: annotate what is new or stale, rebuild corpus tables."""
from __future__ import annotations

from typing import Callable, Iterable

import pandas as pd

from core.pipeline.annotate import annotate
from core.pipeline.entities import apply_variants, build_entities
from core.pipeline.events import assign_events
from core.pipeline.kb import load_knowledge
from core.pipeline.nlp import pipeline_version

PER_ARTICLE = ("mentions", "sectors", "meetings")


def refresh(
    articles: pd.DataFrame,
    existing: dict[str, pd.DataFrame],
    *,
    force: bool = False,
    progress: Callable[[Iterable], Iterable] = lambda x: x,
) -> tuple[dict[str, pd.DataFrame], int]:
    """All tables for `articles`: stored rows reused where the pipeline version matches. Returns (tables, n_annotated)."""
    version = pipeline_version()
    articles = articles.copy()
    if "tone" not in articles.columns:
        articles["tone"] = float("nan")
    if "annotated_with" not in articles.columns:
        articles["annotated_with"] = None
    stale = articles["annotated_with"].fillna("") != version if not force else pd.Series(True, index=articles.index)
    todo = articles[stale]
    keep_ids = set(articles.loc[~stale, "article_id"])
    tables = {name: existing[name][existing[name]["article_id"].isin(keep_ids)] for name in PER_ARTICLE}
    if len(todo):
        fresh = annotate(todo, progress=progress)
        for name in PER_ARTICLE:
            if len(fresh[name]):
                tables[name] = pd.concat([tables[name], fresh[name]], ignore_index=True) if len(tables[name]) else fresh[name]
        tones = fresh["tone"].to_dict()
        articles["tone"] = [tones.get(a, t) if is_stale else t for a, t, is_stale in zip(articles["article_id"], articles["tone"], stale)]
        articles["tone"] = pd.to_numeric(articles["tone"], errors="coerce").astype("float64")
        articles.loc[stale, "annotated_with"] = version
    known = {f"person:{pid}" for pid in load_knowledge().people}
    meetings = tables["meetings"].drop(columns=["event_id"], errors="ignore")
    mentions, meetings = apply_variants(tables["mentions"], meetings, known=known)
    meetings, events = assign_events(meetings)
    tables.update(articles=articles, mentions=mentions, meetings=meetings, events=events, entities=build_entities(mentions))
    return tables, len(todo)


def reannotate(
    store,
    *,
    force: bool = False,
    progress: Callable[[Iterable, int], Iterable] = lambda docs, total: docs,
) -> tuple[int, int, int]:
    """Re-annotate the stored articles whose pipeline version differs from the current one (all with `force`) and
    commit a new store version when any were. Returns (re-annotated, articles, store version)."""
    with store.writing(wait=30):
        articles = store.read("articles")
        stored = {name: store.read(name) for name in PER_ARTICLE}
        done = articles["annotated_with"].fillna("") if "annotated_with" in articles.columns else pd.Series("", index=articles.index)
        total = len(articles) if force else int((done != pipeline_version()).sum())
        if not total:
            return 0, len(articles), store.version()
        tables, n = refresh(articles, stored, force=force, progress=lambda docs: progress(docs, total))
        return n, len(articles), store.commit(tables, note=f"annotate: {n} re-annotated")

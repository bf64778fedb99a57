"""Keep the annotation tables in step with the articles: annotate what is new or stale, rebuild corpus tables.

Annotation runs per article and event clustering per group of meetings, so a failure costs one article or one
group, never the run: failed articles are stored without annotations (and tried again by the next ingest or
`annotate`), and a failed corpus-wide step falls back to a safe result and says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

import pandas as pd

from core.pipeline.annotate import annotate
from core.pipeline.entities import apply_variants, build_entities
from core.pipeline.events import assign_events, singleton_events
from core.knowledge import load_knowledge
from core.pipeline.language import annotated as annotated_language
from core.pipeline.nlp import pipeline_version
from core.schema import conform

PER_ARTICLE = ("mentions", "sectors", "meetings")


@dataclass
class Refreshed:
    tables: dict[str, pd.DataFrame]
    annotated: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # article_id -> reason
    warnings: list[str] = field(default_factory=list)  # corpus-wide steps that fell back


def refresh(
    articles: pd.DataFrame,
    existing: dict[str, pd.DataFrame],
    *,
    force: bool = False,
    progress: Callable[[Iterable, int], Iterable] = lambda docs, total: docs,
) -> Refreshed:
    """All tables for `articles`: stored rows reused where the pipeline version matches."""
    version = pipeline_version()
    articles = conform("articles", articles)
    stale = pd.Series(True, index=articles.index) if force else articles["annotated_with"].fillna("") != version
    keep_ids = set(articles.loc[~stale, "article_id"])
    tables = {name: conform(name, existing[name][existing[name]["article_id"].isin(keep_ids)]) for name in PER_ARTICLE}
    result = Refreshed(tables)
    todo = articles[stale]
    if len(todo):
        n = int(annotated_language(todo).sum())
        fresh = annotate(todo, progress=lambda docs: progress(docs, n))
        for name in PER_ARTICLE:
            tables[name] = pd.concat([tables[name], fresh[name]], ignore_index=True)
        tones = fresh["tone"].to_dict()
        articles.loc[stale, "tone"] = articles.loc[stale, "article_id"].map(tones).astype("float64")
        done = stale & ~articles["article_id"].isin(fresh["failed"].keys())
        articles.loc[done, "annotated_with"] = version
        articles.loc[stale & ~done, "annotated_with"] = pd.NA
        result.annotated, result.failed = int((done & annotated_language(articles)).sum()), fresh["failed"]
    mentions, meetings = tables["mentions"], tables["meetings"]
    try:
        known = {f"person:{pid}" for pid in load_knowledge().people}
        mentions, meetings = apply_variants(mentions, meetings, known=known)
    except Exception as exc:  # noqa: BLE001 — a corpus-wide step must not cost the new articles
        result.warnings.append(_fallback("merging spelling variants of people", exc, "each spelling stays its own person"))
    try:
        meetings, events, failed_groups = assign_events(meetings)
        result.warnings += [f"event clustering failed for the meetings of {group} ({reason}); each is its own event"
                            for group, reason in failed_groups]
    except Exception as exc:  # noqa: BLE001
        result.warnings.append(_fallback("event clustering", exc, "each meeting is its own event"))
        meetings, events = singleton_events(meetings)
    try:
        entities = build_entities(mentions)
    except Exception as exc:  # noqa: BLE001
        result.warnings.append(_fallback("building the entities table", exc, "the entities table is empty"))
        entities = conform("entities", pd.DataFrame())
    tables.update(articles=articles, mentions=mentions, meetings=meetings, events=events, entities=entities)
    return result


def _fallback(step: str, exc: Exception, consequence: str) -> str:
    return (f"{step} failed ({type(exc).__name__}: {' '.join(str(exc).split())[:160]}): {consequence} until the next "
            f"ingest or `bilateral-lens annotate`; the articles and their annotations are stored")


def reannotate(
    store,
    *,
    force: bool = False,
    progress: Callable[[Iterable, int], Iterable] = lambda docs, total: docs,
) -> tuple[Refreshed | None, int, int]:
    """Re-annotate the stored articles whose pipeline version differs from the current one (all with `force`) and
    commit a new store version when any were. Returns (what was done or None, articles, store version)."""
    with store.writing(wait=30):
        articles = store.read("articles")
        stored = {name: store.read(name) for name in PER_ARTICLE}
        total = len(articles) if force else int((articles["annotated_with"].fillna("") != pipeline_version()).sum())
        if not total:
            return None, len(articles), store.version()
        result = refresh(articles, stored, force=force, progress=progress)
        return result, len(articles), store.commit(result.tables, note=f"annotate: {result.annotated} re-annotated")

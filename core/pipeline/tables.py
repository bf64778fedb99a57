"""Keep the annotation tables in step with the articles: annotate what is new or stale, rebuild corpus tables.

`refresh` rebuilds every table from the articles (re-annotation, changed metadata); `extend` adds new articles to a
stored corpus at a cost that follows what is new: only they are annotated, their rows are appended, people's
spelling variants and the entities table are updated from counts, and only the participant groups of meetings that
are new or changed (with the groups multi-party reports join to them) are re-clustered.

Annotation runs per article and event clustering per group of meetings, so a failure costs one article or one
group, never the run: failed articles are stored without annotations (and tried again by the next ingest or
`annotate`), and a failed corpus-wide step falls back to a safe result and says so.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

import pandas as pd

from core.pipeline.entities import (
    apply_variants, build_entities, merge_entities, person_counts, person_variants, stored_person_counts)
from core.pipeline.events import assign_events, singleton_events, update_events
from core.knowledge import person_ids
from core.pipeline.language import annotated as annotated_language
from core.pipeline.version import pipeline_version
from core.store.schema import conform

PER_ARTICLE = ("mentions", "sectors", "meetings")


@dataclass
class Refreshed:
    tables: dict[str, pd.DataFrame]  # tables to replace
    append: dict[str, pd.DataFrame] = field(default_factory=dict)  # rows to add to stored tables
    annotated: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # article_id -> reason
    warnings: list[str] = field(default_factory=list)  # corpus-wide steps that fell back


def refresh(
    articles: pd.DataFrame,
    existing: dict[str, pd.DataFrame],
    *,
    force: bool = False,
    outdated: bool = True,
    progress: Callable[[Iterable, int], Iterable] = lambda docs, total: docs,
) -> Refreshed:
    """All tables for `articles`: stored rows reused where the pipeline version matches. Articles never annotated
    (new, failed, or changed metadata) are annotated; those of another pipeline version too unless `outdated` is
    False; every article with `force`."""
    version = pipeline_version()
    articles = conform("articles", articles)
    never = articles["annotated_with"].isna()
    stale = pd.Series(True, index=articles.index) if force else never | (
        (articles["annotated_with"].fillna("") != version) if outdated else False)
    keep_ids = set(articles.loc[~stale, "article_id"])
    tables = {name: conform(name, existing[name][existing[name]["article_id"].isin(keep_ids)]) for name in PER_ARTICLE}
    result = Refreshed(tables)
    known = _known_people()  # read before annotating: on a cluster the client has nothing else to do then
    fresh = _annotate(articles, stale, result, progress)
    for name in PER_ARTICLE:
        tables[name] = pd.concat([tables[name], fresh[name]], ignore_index=True)
    mentions, meetings = tables["mentions"], tables["meetings"]
    try:
        mapping = person_variants(person_counts(mentions), known=known)
        names = dict(zip(mentions["entity_id"], mentions["canonical"]))
        mentions, meetings = apply_variants(mentions, meetings, mapping, names)
    except Exception as exc:  # noqa: BLE001 — a corpus-wide step must not cost the new articles
        result.warnings.append(_fallback("merging spelling variants of people", exc, "each spelling stays its own person"))
    meetings, events = _events(meetings, result)
    try:
        entities = build_entities(mentions)
    except Exception as exc:  # noqa: BLE001
        result.warnings.append(_fallback("building the entities table", exc, "the entities table is empty"))
        entities = conform("entities", pd.DataFrame())
    tables.update(articles=articles, mentions=mentions, meetings=meetings, events=events, entities=entities)
    return result


def extend(
    store,
    new: pd.DataFrame,
    *,
    progress: Callable[[Iterable, int], Iterable] = lambda docs, total: docs,
) -> Refreshed:
    """What adding the `new` articles (none of them stored, every stored article current) changes in `store`:
    their articles, mentions and sectors rows to append; meetings, events and entities to replace. When a new
    spelling absorbs a stored person, the stored mentions are rewritten too."""
    articles = conform("articles", new)
    result = Refreshed({})
    known = _known_people()  # read before annotating: on a cluster the client has nothing else to do then
    fresh = _annotate(articles, pd.Series(True, index=articles.index), result, progress)
    stored_meetings = store.read("meetings")
    mentions, meetings = fresh["mentions"], pd.concat([stored_meetings, fresh["meetings"]], ignore_index=True)
    stored_entities = store.read("entities")
    rewritten = None
    try:
        counts = stored_person_counts(stored_entities) + person_counts(mentions)
        mapping = person_variants(counts, known=known)
        names = {**dict(zip(stored_entities["entity_id"], stored_entities["canonical"])),
                 **dict(zip(mentions["entity_id"], mentions["canonical"]))}
        if set(mapping) & set(stored_entities["entity_id"]):  # a stored person becomes a spelling of another
            rewritten = pd.concat([store.read("mentions"), mentions], ignore_index=True)
            rewritten, meetings = apply_variants(rewritten, meetings, mapping, names)
        else:
            mentions, meetings = apply_variants(mentions, meetings, mapping, names)
    except Exception as exc:  # noqa: BLE001 — a corpus-wide step must not cost the new articles
        result.warnings.append(_fallback("merging spelling variants of people", exc, "each spelling stays its own person"))
    meetings, events = _events(meetings, result, stored=(stored_meetings, store.read("events")))
    try:
        entities = build_entities(rewritten) if rewritten is not None else merge_entities(
            conform("entities", stored_entities), conform("entities", build_entities(mentions)))
    except Exception as exc:  # noqa: BLE001
        result.warnings.append(_fallback("building the entities table", exc, "the entities table is empty"))
        entities = conform("entities", pd.DataFrame())
    result.tables.update(meetings=meetings, events=events, entities=entities)
    if rewritten is not None:
        result.tables["mentions"] = rewritten
    else:
        result.append["mentions"] = mentions
    result.append.update(articles=articles, sectors=fresh["sectors"])
    return result


def _annotate(articles: pd.DataFrame, stale: pd.Series, result: Refreshed, progress) -> dict:
    """Annotate the `stale` articles in place (tone, annotated_with) and return their per-article tables."""
    todo = articles[stale]
    if not len(todo):
        return {name: conform(name, pd.DataFrame()) for name in PER_ARTICLE}
    from core.pipeline.annotate import annotate  # spaCy loads only when there is something to annotate

    n = int(annotated_language(todo).sum())
    fresh = annotate(todo, progress=lambda docs: progress(docs, n))
    tones = fresh["tone"].to_dict()
    articles.loc[stale, "tone"] = articles.loc[stale, "article_id"].map(tones).astype("float64")
    done = stale & ~articles["article_id"].isin(fresh["failed"].keys())
    articles.loc[done, "annotated_with"] = pipeline_version()
    articles.loc[stale & ~done, "annotated_with"] = pd.NA
    result.annotated, result.failed = int((done & annotated_language(articles)).sum()), fresh["failed"]
    return fresh


def _known_people() -> set[str]:
    return {f"person:{pid}" for pid in person_ids()}


def _events(meetings: pd.DataFrame, result: Refreshed,
            stored: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events of `meetings`: every group clustered, or with the `stored` (meetings, events) only the groups the
    change reaches (clustering every group when that fails)."""
    try:
        if stored is not None:
            try:
                meetings, events, failed_groups = update_events(meetings, *stored)
            except Exception:  # noqa: BLE001 — clustering every group gives the same events, only slower
                meetings, events, failed_groups = assign_events(meetings)
        else:
            meetings, events, failed_groups = assign_events(meetings)
        result.warnings += [f"event clustering failed for the meetings of {group} ({reason}); each is its own event"
                            for group, reason in failed_groups]
    except Exception as exc:  # noqa: BLE001
        result.warnings.append(_fallback("event clustering", exc, "each meeting is its own event"))
        meetings, events = singleton_events(meetings)
    return meetings, events


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
    commit a new store version when any were. Returns (what was done, or None when nothing needed it; the articles
    that needed it, or all articles when none did; store version)."""
    with store.writing(wait=30):
        articles = store.read("articles")
        stored = {name: store.read(name) for name in PER_ARTICLE}
        total = len(articles) if force else int((articles["annotated_with"].fillna("") != pipeline_version()).sum())
        if not total:
            return None, len(articles), store.version()
        result = refresh(articles, stored, force=force, progress=progress)
        return result, total, store.commit(result.tables, note=f"annotate: {result.annotated} re-annotated")

"""Admit the inputs an ingest has not seen before: clean them (cleaning rules learn recurring lines from every input
of the ingest), give each article its identity, find near-duplicates among them and the stored articles (stored
articles by their stored signatures; their text is read only when a new text resembles them), annotate the new
articles and store a new corpus version. New articles are appended (`tables.extend`); only changed metadata or
annotations made by another pipeline version rebuild the tables (`tables.refresh`).
"""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone
from typing import Callable, Iterable

import pandas as pd

from core import settings
from core.store import search
from core.pipeline.chrome import default_rules, recurring_lines
from core.pipeline.clean import clean_document
from core.pipeline import language
from core.pipeline.dedup import NearDuplicateIndex, from_stored, shingles, to_stored
from core.pipeline.paragraphs import n_words, split_paragraphs
from core.pipeline.pubdate import either_order, infer_from_text, parse_given, rejected
from core.pipeline.ingest import IngestReport, rejection_key, stored_again, article_id
from core.pipeline.read import Problem, RawRecord
from core.pipeline.tables import PER_ARTICLE, extend, refresh
from core.pipeline.version import pipeline_version
from core.store import Store

# Every articles column but the text: what ingest needs to know of the stored articles.
STORED_METADATA = ["article_id", "path", "title", "title_inferred", "published", "published_precision",
                   "published_from", "source", "url", "annotated_with"]


def admit(store: Store, fresh: list[tuple[str, RawRecord]], records: list[RawRecord], recognised: set[str],
          report: IngestReport, *, today: date, progress: Callable[[Iterable, int], Iterable]) -> None:
    """Clean and store the `fresh` records (raw hash, record) of an ingest of `records`, inside its write lock;
    `recognised`: the stored articles other inputs of this ingest were recognised as."""
    existing = store.read("articles", columns=STORED_METADATA)
    index, signatures = _near_duplicate_index(store, existing)
    rows, inputs = _build_rows(fresh, records, existing, index, recognised, report, today=today)
    updates = _metadata_updates(rows, existing, report)
    chosen = {(r["article_id"], r["path"]) for r in rows}  # the input each article's metadata came from
    report.same = [Problem(p.path, f"same text as stored article {p.article_id}: its metadata was updated", article_id=p.article_id)
                   if p.article_id in updates and (p.article_id, p.path) in chosen else p for p in report.same]
    known = set(existing["article_id"])
    new_rows = [r for r in rows if r["article_id"] not in known]
    signatures = pd.concat([signatures, pd.DataFrame(
        [{"article_id": r["article_id"], "minhash": to_stored(r.pop("_signature"))} for r in rows if "_signature" in r],
        columns=["article_id", "minhash"])], ignore_index=True)
    bookkeeping = {"inputs": pd.DataFrame(inputs, columns=["raw_hash", "article_id", "rejected"]),
                   "signatures": signatures}
    failed_before = existing["annotated_with"].isna().any()  # tried again with the new articles
    outdated = int((existing["annotated_with"].notna() & (existing["annotated_with"] != pipeline_version())).sum())
    if outdated and new_rows:
        report.warnings.append(Problem("corpus", f"{outdated} stored article(s) were annotated by another pipeline version "
                                                 "(model, code or knowledge files): `bilateral-lens annotate` brings them up to date"))
    if updates or (new_rows and failed_before):
        result = refresh(_updated(store.read("articles"), updates, new_rows), {name: store.read(name) for name in PER_ARTICLE},
                         outdated=False, progress=progress)
    elif new_rows:
        result = extend(store, pd.DataFrame(new_rows), progress=progress)
    else:
        result = None
    if result is not None:
        report.annotated = result.annotated
        paths = {r["article_id"]: r["path"] for r in rows}
        report.warnings += [Problem(str(paths.get(aid, aid)), f"article {aid}: {reason}") for aid, reason in result.failed.items()]
        report.warnings += [Problem("corpus", reason) for reason in result.warnings]
        store.commit(result.tables, append={**result.append, **bookkeeping},
                     note=f"ingest: {len(new_rows)} added, {len(updates)} updated")
        _index_text(store, new_rows, report)
    elif any(len(frame) for frame in bookkeeping.values()):  # inputs seen before this store recorded them
        store.commit(append=bookkeeping, note="ingest: inputs recorded")


def _index_text(store: Store, rows: list[dict], report: IngestReport) -> None:
    """Add the new articles to the store's search index (the dashboard completes an index that misses some)."""
    if not rows or not search.available():
        return
    try:
        search.SearchIndex(store.path).add((r["article_id"], r["title"], r["text"]) for r in rows)
    except (OSError, sqlite3.Error) as exc:
        report.warnings.append(Problem("corpus", f"the search index was not updated ({exc}); the dashboard updates it when it opens"))


def _near_duplicate_index(store: Store, existing: pd.DataFrame) -> tuple[NearDuplicateIndex, pd.DataFrame]:
    """The index of the stored articles by their stored signatures (a stored text is read only when a new text
    falls in its buckets), and the signatures of stored articles that had none yet (stores written before
    signatures were kept), to store."""
    def lookup(ids: list[str]) -> dict[str, set[int]]:
        found = store.read("articles", columns=["article_id", "text"], filters=[("article_id", "in", ids)])
        return {aid: shingles(text) for aid, text in zip(found["article_id"], found["text"])}

    index = NearDuplicateIndex(settings.get("near_duplicate_threshold"), lookup=lookup)
    stored = store.read("signatures")
    for aid, values in zip(stored["article_id"], stored["minhash"]):
        index.add(aid, None, from_stored(values))
    missing = sorted(set(existing["article_id"]) - set(stored["article_id"]))
    added = []
    if missing:
        texts = store.read("articles", columns=["article_id", "text"], filters=[("article_id", "in", missing)])
        order = {aid: n for n, aid in enumerate(existing["article_id"])}
        for aid, text in sorted(zip(texts["article_id"], texts["text"]), key=lambda pair: order[pair[0]]):
            items, sig = index.fingerprint(text)
            index.add(aid, items, sig)
            added.append({"article_id": aid, "minhash": to_stored(sig)})
    return index, pd.DataFrame(added, columns=["article_id", "minhash"])


def _updated(articles: pd.DataFrame, updates: dict[str, dict], new_rows: list[dict]) -> pd.DataFrame:
    merged = articles.copy()
    for aid, values in updates.items():
        mask = merged["article_id"] == aid
        for name, value in values.items():
            merged.loc[mask, name] = value
    return pd.concat([merged, pd.DataFrame(new_rows)], ignore_index=True) if new_rows else merged


def _build_rows(fresh: list[tuple[str, RawRecord]], records: list[RawRecord], existing: pd.DataFrame, index: NearDuplicateIndex,
                recognised: set[str], report: IngestReport, *, today: date) -> tuple[list[dict], list[tuple]]:
    """The articles rows of the `fresh` records (cleaning rules learn recurring lines from all `records`), and
    the inputs rows of the fresh records: the article each became or matched, or why it was not kept. New rows carry
    their near-duplicate signature under "_signature"."""
    rules = default_rules().with_recurring(
        recurring_lines((r.group, [p for p, _ in split_paragraphs(r.text)]) for r in records)
    )
    known = set(existing["article_id"])
    stored_path = dict(zip(existing["article_id"], existing["path"]))
    by_path = {path: aid for aid, path in stored_path.items()}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    groups: dict[str, list[dict]] = {}
    inputs: list[tuple] = []  # (raw hash, article id, None) or (rejection key, None, reason)
    for digest, record in fresh:
        try:
            row = _row(record, rules, report, today=today, now=now)
        except Exception as exc:  # noqa: BLE001 — one article that breaks a cleaning rule must not cost the run
            report.failed.append(Problem(record.path, f"could not be cleaned ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})"))
            continue
        if isinstance(row, str):  # too short: remembered with its reason, so an unchanged input is not cleaned again
            report.failed.append(Problem(record.path, row))
            inputs.append((rejection_key(digest), None, row))
        else:
            _same_input_again(row, by_path.get(row["path"]), index, report)
            groups.setdefault(row["article_id"], []).append(row)
            inputs.append((digest, row["article_id"], None))
    _detect_languages([row for group in groups.values() for row in group if row["language"] is None], report)
    rows = []
    for aid, group in groups.items():
        best = min(group, key=_metadata_rank)  # the same choice whatever the order the inputs come in
        for other in group:
            if other is best:
                continue
            report.repeated += 1
            differ = [name for name in ("published", "title", "source", "url") if other[name] != best[name]]
            kept = f"; it differs in {', '.join(WORDS.get(d, d) for d in differ)}: {best['path']}'s values are kept (rule: the most precise given date, then the first input)" if differ else ""
            report.same.append(Problem(other["path"], f"same text as {best['path']} in this ingest{kept}: stored once", article_id=aid))
        rows.append(best)
        if aid in known:
            report.repeated += aid in recognised
            report.unchanged += aid not in recognised
            stored_again(report, best["path"], aid, stored_path[aid])
            continue
        items, sig = index.fingerprint(best["text"])
        best["duplicate_of"] = index.match(items, sig)
        best["_signature"] = sig
        report.duplicates += best["duplicate_of"] is not None
        index.add(aid, items, sig)
        report.added += 1
    _shared_ids(rows, report)
    return rows, inputs


def _shared_ids(rows: list[dict], report: IngestReport) -> None:
    """An id that inputs of different texts give in one ingest: both are stored, and the user is told, since exports
    and links name articles by it."""
    first: dict[str, dict] = {}
    for row in sorted(rows, key=lambda r: r["path"]):
        sid = row["source_id"]
        if sid and sid in first and first[sid]["article_id"] != row["article_id"]:
            report.warnings.append(Problem(row["path"], f"id {sid!r} is also the id of {first[sid]['path']}, whose text "
                                                        "differs: both are stored, as two articles"))
        elif sid:
            first.setdefault(sid, row)


def _same_input_again(row: dict, stored: str | None, index: NearDuplicateIndex, report: IngestReport) -> None:
    """An input stored before whose cleaned text now differs a little (a new title in metadata.csv decides whether the
    first line is the title) is still its stored article: the stored text is kept, the metadata is updated."""
    if stored is None or stored == row["article_id"]:
        return
    items, sig = index.fingerprint(row["text"])
    if index.match(items, sig) == stored:
        report.warnings.append(Problem(row["path"], f"its cleaned text differs a little from stored article {stored}, read from "
                                                    "the same input: the stored text is kept, its metadata updated"))
        row["article_id"] = stored


WORDS = {"published": "publication date"}
_ORIGIN_RANK = {"metadata": 0, "field": 1, "html": 2, "inferred": 3, "none": 4}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}


def _metadata_rank(row: dict) -> tuple[int, int]:
    """Which of several inputs with the same text gives the article's metadata: a given date beats an inferred one,
    a day beats a month beats a year; among equals the first input wins (min() is stable)."""
    return _ORIGIN_RANK.get(row["published_from"], 5), _PRECISION_RANK.get(row["published_precision"], 4)


def _row(record: RawRecord, rules, report: IngestReport, *, today: date, now: str) -> dict | str:
    """The articles row of one record, or the reason it is not kept (too short); a language left None is detected
    later (`_detect_languages`)."""
    min_words, max_chars = settings.get("min_article_words"), settings.get("max_article_chars")
    report.warnings += [Problem(record.path, note) for note in record.notes]
    cleaned = clean_document(record.text, title=_without_site_suffix(record.title, record.source), rules=rules)
    payloads = [len(text) for text, rule in cleaned.removed if rule == "binary-payload"]
    if payloads:
        report.warnings.append(Problem(record.path, f"{len(payloads)} embedded base64 payload(s) ({sum(payloads):,} characters) left out of the text"))
    words = n_words(cleaned.text)
    if words < min_words:
        return f"too short after cleaning ({words} word{'s' * (words != 1)}; at least {min_words} needed)"
    text = cleaned.text
    if len(text) > max_chars:
        text = text[:max_chars].rsplit("\n\n", 1)[0]
        report.warnings.append(Problem(record.path, f"text cut to {len(text):,} characters (setting max_article_chars)"))
    row = {
        "article_id": article_id(text),
        "source_id": record.source_id,
        "path": record.path,
        "title": cleaned.title,
        "title_inferred": cleaned.title_inferred,
        "source": record.source,
        "url": record.url,
        **_language(record, text),
        "text": text,
        "headings": [h for h in cleaned.headings if h <= len(text)],
        "n_words": n_words(text),
        "duplicate_of": None,
        "ingested_at": now,
        **_published(record, text, report, today=today),
    }
    if row["language"] is not None:
        _warn_language(row, report)
    return row


def _without_site_suffix(title: str | None, source: str | None) -> str | None:
    """ "Leaders meet - Baltic Times" → "Leaders meet" when the suffix names the article's source."""
    if not title or not source:
        return title
    for separator in (" - ", " | ", " – ", " — ", " :: "):
        head, _, tail = title.rpartition(separator)
        if head and tail.strip().casefold() == source.strip().casefold():
            return head.strip()
    return title


def _language(record: RawRecord, text: str) -> dict:
    """The language the input states, or English when the text is plainly English; else None, for `_detect_languages`."""
    stated = language.given(record.language)
    if stated:
        return {"language": stated, "language_confidence": 1.0}
    if language.plainly_english(text):
        return {"language": language.ANNOTATED, "language_confidence": 1.0}
    return {"language": None, "language_confidence": None}


def _detect_languages(rows: list[dict], report: IngestReport) -> None:
    """The language of the rows `_language` could not tell, by the identifier: once every other row is cleaned, so
    that the identifier's model, loading in a thread since the ingest started, is ready by then."""
    for row in rows:
        try:
            row["language"], row["language_confidence"] = language.identify(row["text"])
        except Exception as exc:  # noqa: BLE001 — an unknown language is annotated like an uncertain one
            report.warnings.append(Problem(row["path"], f"language not detected ({type(exc).__name__}); annotated as English"))
            continue
        _warn_language(row, report)


def _warn_language(row: dict, report: IngestReport) -> None:
    if not language.is_annotated(row["language"], row["language_confidence"]):
        report.warnings.append(Problem(
            row["path"],
            f"language {row['language']!r} (confidence {row['language_confidence']:.2f}): stored, but annotation covers English only",
        ))


def _published(record: RawRecord, text: str, report: IngestReport, *, today: date) -> dict:
    """Publication date: metadata, field or HTML when given and readable, else inferred from the text."""
    if record.published:
        parsed = parse_given(record.published, today=today)
        if parsed and either_order(record.published):
            report.warnings.append(Problem(record.path, f"date {record.published[:40]!r} could be read day or month first: "
                                                        f"read month first, {parsed[0]} (write YYYY-MM-DD to be sure)"))
        if parsed:
            return {"published": parsed[0], "published_precision": parsed[1], "published_from": record.origin.get("published", "field")}
        report.warnings.append(
            Problem(record.path, f"{rejected(record.published, today=today)} date {record.published[:40]!r} ({record.origin.get('published', 'field')}); inferred from the text instead")
        )
    inferred = infer_from_text(record.text, today=today)  # raw text: "Published: 04 Feb 2024" lines count
    if inferred:
        return {"published": inferred[0], "published_precision": inferred[1], "published_from": "inferred"}
    return {"published": None, "published_precision": "unknown", "published_from": "none"}


def _metadata_updates(rows: list[dict], existing: pd.DataFrame, report: IngestReport) -> dict[str, dict]:
    """Stored articles seen again with better metadata get it; nothing else changes. The same input read again (a
    metadata.csv added later) gives its new metadata; another input of the same text takes the article's path and
    metadata only when the rule of `_metadata_rank` (then the path in name order) ranks it before the stored one, so
    that the article is the same whatever order the inputs were ingested in."""
    if existing.empty:
        return {}
    stored = existing.astype(object).where(existing.notna(), None).set_index("article_id")
    updates: dict[str, dict] = {}
    for row in rows:
        aid = row["article_id"]
        if aid not in stored.index or aid in updates:
            continue
        old = stored.loc[aid]
        other_input = str(row["path"]) != str(old["path"])
        if other_input and (_metadata_rank(row), str(row["path"])) >= (_metadata_rank(old), str(old["path"])):
            continue  # another input of a stored text: the one the rule ranks first keeps its metadata, in any order
        changes: dict = {"path": row["path"]} if other_input else {}
        if row["published_from"] in ("metadata", "field", "html") and row["published"] != old["published"]:
            changes.update({k: row[k] for k in ("published", "published_precision", "published_from")})
            changes["annotated_with"] = None  # relative dates depend on the publication date: annotate again
        for name in ("source", "url"):
            if row[name] and row[name] != old[name]:
                changes[name] = row[name]
        if not row["title_inferred"] and row["title"] != old["title"]:  # the same input, or one that wins
            changes.update(title=row["title"], title_inferred=False,
                           annotated_with=None)  # a title may give the full name of a person the text shortens
        if changes:
            updates[aid] = changes
            report.updated += 1
            report.unchanged -= 1
    return updates

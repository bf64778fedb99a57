"""Ingest: read inputs, recognise those stored before, and hand the new ones to `core.pipeline.admit`, which cleans
them, gives each article its identity and stores a new corpus version.

Its cost follows what is new. An input record seen before (the same text and metadata, by the hash of the record as
read) is recognised before any cleaning, and so is one too short to keep (its reason is said again): an ingest of
inputs all seen before reads two columns of the store with pyarrow and loads neither pandas nor the model.
"""
from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from core import settings
from core.pipeline.read import SIDECAR_NAME, Problem, RawRecord, discover, read_files
from core.store import Store

@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    duplicates: int = 0
    files: int = 0
    failed: list[Problem] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    same: list[Problem] = field(default_factory=list)  # inputs not stored: their text is already stored
    repeated: int = 0  # inputs whose text came earlier in the same ingest
    version: int = 0
    annotated: int = 0

    @property
    def read_anything(self) -> bool:
        return self.added + self.unchanged + self.updated > 0


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def ingest(
    paths: Iterable[str | Path],
    *,
    store: Store,
    progress: Callable[[Iterable], Iterable] = lambda files: files,
    annotate_progress: Callable[[Iterable, int], Iterable] = lambda docs, total: docs,
    today: date | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; every problem becomes a one-line reason in the report."""
    report = IngestReport(version=store.version())
    files = list(discover([Path(p) for p in paths], exclude=store.path))
    report.files = sum(1 for f in files if not (isinstance(f, tuple) and f[0].name == SIDECAR_NAME))  # a sidecar only
    # describes the articles' files
    records: list[RawRecord] = []
    for item in read_files(progress(files)):
        if isinstance(item, RawRecord):
            records.append(item)
        elif item.skipped:
            report.skipped.append(item)
        else:
            report.failed.append(item)
    if not records:
        return report

    with store.writing(wait=30):
        stored = store.values("articles", ["article_id", "path"])
        fresh, recognised = _recognise(records, store, dict(zip(stored["article_id"], stored["path"])), report)
        if fresh:
            from core.pipeline.language import plainly_english

            if any(not record.language and not plainly_english(record.text) for _, record in fresh):
                # the identifier will be needed: its model loads meanwhile
                threading.Thread(target=_load_language_identifier, name="language-identifier", daemon=True).start()
            from core.pipeline.admit import admit

            admit(store, fresh, records, recognised, report, today=today or date.today(), progress=annotate_progress)
        report.version = store.version()
    return report


def _load_language_identifier() -> None:
    from core.pipeline.language import load_identifier

    load_identifier()


def raw_hash(record: RawRecord) -> str:
    """The identity of an input record as read: its text and every piece of metadata it gives."""
    fields = (record.text, record.source_id, record.title, record.published, record.source, record.url,
              record.language, sorted(record.origin.items()))
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()[:24]


def rejection_key(digest: str) -> str:
    """The key under which a record too short to keep is remembered: its raw hash and the length setting it failed."""
    return f"{digest}:{settings.get('min_article_words')}"


def _recognise(records: list[RawRecord], store: Store, stored_path: dict[str, str],
               report: IngestReport) -> tuple[list[tuple[str, RawRecord]], set[str]]:
    """The records not seen before with their raw hashes, and the stored articles the others are: a record stored
    before is reported as unchanged without being cleaned again. `stored_path`: stored article id -> its path."""
    inputs = store.values("inputs", ["raw_hash", "article_id", "rejected"])
    seen = {h: aid for h, aid in zip(inputs["raw_hash"], inputs["article_id"]) if aid in stored_path}
    rejected = {h: reason for h, reason in zip(inputs["raw_hash"], inputs["rejected"]) if reason is not None}
    fresh, counted = [], set()
    for record in records:
        digest = raw_hash(record)
        aid = seen.get(digest)
        reason = rejected.get(rejection_key(digest))
        if reason is not None:  # too short before, under the same setting: said again without cleaning it again
            report.warnings += [Problem(record.path, note) for note in record.notes]
            report.failed.append(Problem(record.path, reason))
            continue
        if aid is None:
            fresh.append((digest, record))
            continue
        if aid in counted:
            report.repeated += 1
            report.same.append(Problem(record.path, f"same input as another in this ingest (stored article {aid}): stored once", article_id=aid))
            continue
        counted.add(aid)
        report.unchanged += 1
        stored_again(report, record.path, aid, stored_path[aid])
    return fresh, counted


def stored_again(report, path: str, aid: str, stored: str) -> None:
    """The same input as a stored article is only counted; another input carrying a stored text is listed by name."""
    if str(path) != str(stored):
        report.same.append(Problem(path, f"same text as stored article {aid} ({stored}): not stored again", article_id=aid))

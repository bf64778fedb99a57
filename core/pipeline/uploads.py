"""Uploads as the dashboard receives them (name, content): checked, written to a private folder and ingested."""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable, Iterable

from core import settings
from core.pipeline.ingest import IngestReport, ingest
from core.pipeline.read import Problem, input_type
from core.store import Store


def ingest_uploads(
    uploads: Iterable[tuple[str, bytes]],
    *,
    store: Store,
    progress: Callable[[Iterable], Iterable] = lambda files: files,
) -> IngestReport:
    """Ingest uploaded files (name, content) as the dashboard receives them: each is written under its bare name
    into a private folder and ingested; files over the upload limit or of an unknown type are refused in the report."""
    limit = settings.get("max_upload_mb")
    refused: list[Problem] = []
    with tempfile.TemporaryDirectory(prefix="bilateral-lens-upload-") as folder:
        names: set[str] = set()
        for name, content in uploads:
            bare = Path(name.replace("\\", "/")).name.lstrip(".") or "upload"
            if len(content) > limit * 1_000_000:
                refused.append(Problem(bare, f"larger than {limit:g} MB ({len(content) / 1e6:.1f} MB; setting max_upload_mb): not read"))
                continue
            if input_type(Path(bare)) is None:
                refused.append(Problem(bare, f"unsupported file type {''.join(Path(bare).suffixes[-2:]) or '(no extension)'}", skipped=True))
                continue
            if bare in names:
                refused.append(Problem(bare, "another uploaded file has the same name: rename one and upload it again"))
                continue
            names.add(bare)
            (Path(folder) / bare).write_bytes(content)
        report = ingest([folder], store=store, progress=progress) if names else IngestReport(version=store.version())
    report.failed += [p for p in refused if not p.skipped]
    report.skipped += [p for p in refused if p.skipped]
    report.files += len(refused)
    return report

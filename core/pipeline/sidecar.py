"""The sidecar `metadata.csv` of a folder: one row per file (or glob pattern) that overrides or completes what the
file says about itself."""
from __future__ import annotations

import csv
import fnmatch
import io
from pathlib import Path
from typing import Iterator

from core.errors import InputProblem
from core.pipeline.decode import decode_bytes, normalise_text
from core.pipeline.inputs import SIDECAR_NAME, Problem, RawRecord, inside


def sidecar(folder: Path, cache: dict) -> dict[str, dict[str, str]] | Problem | None:
    if folder in cache:
        return cache[folder]
    path = folder / SIDECAR_NAME
    result: dict[str, dict[str, str]] | Problem | None = None
    if path.is_symlink() and not inside(path, folder.resolve()):
        result = Problem(str(path), "sidecar metadata ignored: symbolic link to a file outside its folder")
    elif path.is_file():
        try:
            text, _ = decode_bytes(path.read_bytes())
            rows = list(csv.DictReader(io.StringIO(normalise_text(text), newline="")))
            result = {}
            for row in rows:
                clean = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
                if clean.get("file"):
                    result[clean["file"]] = clean
        except (InputProblem, csv.Error, OSError) as exc:
            result = Problem(str(path), f"sidecar metadata ignored: {exc}")
    cache[folder] = result
    return result


def unmatched_rows(folder: Path, rows: dict[str, dict[str, str]], shown: str) -> Iterator[Problem]:
    """Sidecar rows that name a file the folder does not hold (a typo, a file removed, "../../etc/passwd")."""
    for number, name in enumerate(rows, start=1):
        if not any(ch in name for ch in "*?[") and ("/" in name or not (folder / name).is_file()):
            yield Problem(f"{shown}#row {number}",
                          f"names {name!r}, which is no file of this folder: row ignored", skipped=True)


def sidecar_row(rows: dict[str, dict[str, str]], name: str) -> dict[str, str] | None:
    """The row for a file: its exact name, else the first glob pattern (e.g. `000_*`) that matches it."""
    if name in rows:
        return rows[name]
    return next((row for pattern, row in rows.items() if fnmatch.fnmatchcase(name, pattern)), None)


def apply_sidecar(record: RawRecord, row: dict[str, str] | None) -> None:
    """A sidecar metadata.csv row overrides or completes what the file says about itself."""
    if not row:
        return
    for name, keys in (("title", ("title",)), ("published", ("published", "date")), ("source", ("source",)), ("url", ("url",))):
        value = next((row[k] for k in keys if row.get(k)), None)
        if value:
            setattr(record, name, value)
            record.origin[name] = "metadata"

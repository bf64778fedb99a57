"""The persistent corpus: one directory of immutable Parquet versions and an atomically swapped pointer.

Layout: `STORE/CURRENT` names the live version; `STORE/versions/NNNNNN/` holds one Parquet file per table and a
`manifest.json`. A writer builds a new version in a temporary directory, renames it into place and only then
replaces CURRENT (os.replace is atomic), so a reader sees the old corpus or the new one, never a mix, and a
killed writer leaves the store as it was. Writers take an exclusive lock; readers take none.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from core import settings
from core.errors import StoreError, StoreLocked, StoreNotFound, UnknownTable
from core.schema import TABLES, conform, empty_frame

FORMAT = 1


class Store:
    def __init__(self, path: str | Path | None = None) -> None:
        self.path = settings.store_path(path)

    @property
    def _current(self) -> Path:
        return self.path / "CURRENT"

    def exists(self) -> bool:
        return self._current.is_file()

    def version(self) -> int:
        """The live version number; 0 for a store with nothing written yet."""
        try:
            return int(self._current.read_text().strip())
        except FileNotFoundError:
            return 0
        except ValueError as exc:
            raise StoreError(f"{self._current} is damaged ({exc}); restore it or ingest into a new store") from exc

    def version_dir(self, version: int) -> Path:
        return self.path / "versions" / f"{version:06d}"

    def manifest(self, version: int | None = None) -> dict:
        version = self.version() if version is None else version
        if version == 0:
            return {"version": 0, "tables": {}, "created_at": None}
        return json.loads((self.version_dir(version) / "manifest.json").read_text())

    def read(self, table: str, version: int | None = None) -> pd.DataFrame:
        """One table of a version (the live one by default); an empty, typed frame when never written."""
        if table not in TABLES:
            raise UnknownTable(table, list(TABLES))
        for attempt in range(3):
            live = self.version() if version is None else version
            if live == 0:
                return empty_frame(table)
            file = self.version_dir(live) / f"{table}.parquet"
            try:
                if not file.exists() and (self.version_dir(live) / "manifest.json").exists():
                    return empty_frame(table)
                return conform(table, pd.read_parquet(file))
            except FileNotFoundError:
                if version is not None or attempt == 2:
                    raise StoreError(f"version {live} of {self.path} is gone; reload to read the current one") from None
                time.sleep(0.05)  # pruned between reading CURRENT and the file: read the newer pointer
        raise AssertionError("unreachable")

    @contextmanager
    def writing(self, *, wait: float = 0.0):
        """Exclusive write lock on the store (other writers fail fast with StoreLocked unless `wait` > 0)."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / "LOCK", "a+") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreLocked(str(self.path)) from None
                    time.sleep(0.1)
            try:
                yield self
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def commit(self, tables: dict[str, pd.DataFrame], *, note: str = "") -> int:
        """Write a new version: the given tables replaced, every other table carried over. Call inside writing()."""
        base = self.version()
        new = base + 1
        versions = self.path / "versions"
        versions.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=versions))
        try:
            counts = {}
            for name in TABLES:
                target = staging / f"{name}.parquet"
                if name in tables:
                    frame = conform(name, tables[name])
                    frame.to_parquet(target, index=False)
                    counts[name] = len(frame)
                elif base and (self.version_dir(base) / f"{name}.parquet").exists():
                    os.link(self.version_dir(base) / f"{name}.parquet", target)  # unchanged: share the file
                    counts[name] = self.manifest(base)["tables"].get(name, 0)
            manifest = {
                "format": FORMAT,
                "version": new,
                "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "note": note,
                "tables": counts,
            }
            (staging / "manifest.json").write_text(json.dumps(manifest, indent=1))
            _fsync_dir(staging)
            os.rename(staging, self.version_dir(new))
            pointer = self.path / f".CURRENT.{os.getpid()}"
            pointer.write_text(f"{new}\n")
            with open(pointer) as handle:
                os.fsync(handle.fileno())
            os.replace(pointer, self._current)
            _fsync_dir(self.path)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self._prune(keep=settings.get("keep_versions"))
        return new

    def _prune(self, *, keep: int) -> None:
        live = self.version()
        versions = self.path / "versions"
        for child in versions.iterdir():
            if child.name.startswith(".staging-"):
                shutil.rmtree(child, ignore_errors=True)  # left by a killed writer (we hold the lock)
            elif child.name.isdigit() and int(child.name) <= live - max(keep, 1):
                shutil.rmtree(child, ignore_errors=True)


def open_existing(path: str | Path | None = None) -> Store:
    store = Store(path)
    if store.path.exists() and not store.path.is_dir():
        raise StoreError(f"{store.path} is a file, not a store directory: pass --store a folder")
    if not store.exists():
        raise StoreNotFound(str(store.path))
    return store


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

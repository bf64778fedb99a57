"""The persistent corpus: one directory of immutable Parquet versions and an atomically swapped pointer.

Layout: `STORE/CURRENT` names the live version; `STORE/versions/NNNNNN/` holds a `manifest.json` and, per table, a
folder of Parquet parts (`articles/000003-0.parquet`, …) whose concatenation is the table. A commit replaces some
tables (one new part each), appends rows to others (a new part beside the old ones) and hard-links every part it
keeps, so its cost follows what changed, not the size of the corpus; `compact` rewrites each table as one part.
A writer builds a new version in a temporary directory, renames it into place and only then replaces CURRENT
(os.replace is atomic), so a reader sees the old corpus or the new one, never a mix, and a killed writer leaves the
store as it was. Writers take an exclusive lock; readers take none. Version folders of format 1 (one
`TABLE.parquet` file per table) are read as one part each and carried into the next version unchanged.
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
from typing import TYPE_CHECKING, Callable

from core import settings
from core.errors import StoreError, StoreLocked, StoreNotFound, UnknownTable
from core.store.schema import STORED

if TYPE_CHECKING:
    import pandas as pd

FORMAT = 2


class Store:
    # Called once (store path, seconds it will wait) when a writer has to wait for another: the CLI says so.
    on_wait: Callable[[Path, float], None] | None = None

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = settings.store_path(path)
        if self.path.is_file():
            raise StoreError(f"{self.path} is a file, not a store directory: pass --store a folder")
        outer = next((p for p in self.path.resolve().parents if (p / "CURRENT").is_file() and (p / "versions").is_dir()), None)
        if outer is not None:  # a store written into another's folders would be lost in its versions
            raise StoreError(f"{self.path} lies inside the store {outer}: pass --store that store or a folder outside it")

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

    def parts(self, table: str, version: int | None = None) -> list[Path]:
        """The Parquet files whose rows, in order, make up one table of a version (the live one by default)."""
        if table not in STORED:
            raise UnknownTable(table, [name for name in STORED])
        version = self.version() if version is None else version
        if version == 0:
            return []
        folder = self.version_dir(version)
        listed = self.manifest(version).get("parts")
        if listed is None:  # format 1: one file per table
            single = folder / f"{table}.parquet"
            return [single] if single.exists() else []
        return [folder / name for name in listed.get(table, [])]

    def read(self, table: str, version: int | None = None, *, columns: list[str] | None = None,
             filters: list[tuple] | None = None, categorical: list[str] | None = None) -> pd.DataFrame:
        """One table of a version (the live one by default); an empty, typed frame when never written. `columns`
        reads only those columns, `filters` only the rows they select (pyarrow's form: [("article_id", "in", ids)]),
        and the string columns named in `categorical` come as pandas categoricals (each distinct value stored once:
        a fraction of the memory for repetitive columns)."""
        import pandas as pd

        from core.store.frames import conform, empty_frame

        if table not in STORED:
            raise UnknownTable(table, [name for name in STORED])
        for attempt in range(3):
            live = self.version() if version is None else version
            try:
                files = self.parts(table, live)
                if not files or any(op == "in" and not len(values) for _, op, values in filters or ()):
                    frame = empty_frame(table)
                    return frame if columns is None else frame[columns]
                if categorical:
                    import pyarrow as pa
                    import pyarrow.parquet as pq

                    parts = [pq.read_table(f, columns=columns, filters=filters, read_dictionary=categorical) for f in files]
                    frame = pa.concat_tables(parts, promote_options="permissive").to_pandas(self_destruct=True, split_blocks=True)
                    del parts
                else:
                    frames = [pd.read_parquet(f, columns=columns, filters=filters) for f in files]
                    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
                return conform(table, frame, only=columns)
            except FileNotFoundError as exc:
                if self.version_dir(live).is_dir() and (self.version_dir(live) / "manifest.json").is_file() and live == self.version():
                    raise self._damaged(exc.filename or f"a part of {table}", live) from None
                if version is not None or attempt == 2:
                    raise StoreError(f"version {live} of {self.path} is gone; reload to read the current one") from None
                time.sleep(0.05)  # pruned between reading CURRENT and the file: read the newer pointer
        raise AssertionError("unreachable")

    def values(self, table: str, columns: list[str]) -> dict[str, list]:
        """Some columns of one table of the live version as plain Python lists, read without pandas (what a command
        that may have nothing to do needs); a column a part does not have (an older store) is None there. Call inside
        writing(), where no other writer can replace the version being read."""
        import pyarrow.parquet as pq

        if table not in STORED:
            raise UnknownTable(table, [name for name in STORED])
        out: dict[str, list] = {name: [] for name in columns}
        for file in self.parts(table):
            try:
                part = pq.ParquetFile(file)
                present = [name for name in columns if name in part.schema_arrow.names]
                read = part.read(columns=present)
            except FileNotFoundError:
                raise self._damaged(file, self.version()) from None
            for name in columns:
                out[name] += read.column(name).to_pylist() if name in present else [None] * read.num_rows
        return out

    def _damaged(self, part, version: int) -> StoreError:
        return StoreError(f"{part} is missing from version {version} of {self.path}: the store is damaged; "
                          "restore that file or the store")

    def batches(self, table: str, version: int | None = None, *, rows: int = 20_000, columns: list[str] | None = None):
        """The rows of one table, part by part in batches of at most `rows`, as typed frames: memory stays that of
        one batch however large the table. Reads one version throughout (the live one when the batches start)."""
        import pyarrow.parquet as pq

        from core.store.frames import conform

        version = self.version() if version is None else version
        for file in self.parts(table, version):
            for batch in pq.ParquetFile(file).iter_batches(batch_size=rows, columns=columns):
                yield conform(table, batch.to_pandas(), only=columns)

    @contextmanager
    def writing(self, *, wait: float = 0.0):
        """Exclusive write lock on the store (other writers fail fast with StoreLocked unless `wait` > 0)."""
        self.path.mkdir(parents=True, exist_ok=True)
        with open(self.path / "LOCK", "a+") as handle:
            deadline, told = time.monotonic() + wait, False
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreLocked(str(self.path)) from None
                    if not told and Store.on_wait is not None:
                        Store.on_wait(self.path, wait)
                    told = True
                    time.sleep(0.1)
            try:
                yield self
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def commit(self, tables: dict[str, pd.DataFrame] | None = None, *, append: dict[str, pd.DataFrame] | None = None,
               note: str = "") -> int:
        """Write a new version: `tables` replaced, `append` rows added after the stored ones, every other table
        carried over. Call inside writing()."""
        from core.store.frames import conform as conform_table

        tables, append = tables or {}, append or {}
        base = self.version()
        new = base + 1
        versions = self.path / "versions"
        versions.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=versions))
        try:
            counts: dict[str, int] = {}
            parts: dict[str, list[str]] = {}
            old_counts = self.manifest(base)["tables"] if base else {}
            for name in STORED:
                kept = [] if name in tables else self.parts(name, base) if base else []
                (staging / name).mkdir()
                parts[name] = []
                for index, file in enumerate(kept):
                    # format-1 files get a part name; parts keep theirs, so every version shares them as hard links
                    target = f"{name}/{file.name}" if file.parent.name == name else f"{name}/{base:06d}-{index}.parquet"
                    os.link(file, staging / target)
                    parts[name].append(target)
                counts[name] = old_counts.get(name, 0) if kept else 0
                added = tables.get(name, append.get(name))
                if added is not None and (name in tables or len(added)):
                    target = f"{name}/{new:06d}-{len(parts[name])}.parquet"
                    frame = conform_table(name, added)
                    frame.to_parquet(staging / target, index=False)
                    parts[name].append(target)
                    counts[name] += len(frame)
            counts = {name: n for name, n in counts.items() if parts[name]}
            manifest = {
                "format": FORMAT,
                "version": new,
                "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "note": note,
                "tables": counts,
                "parts": parts,
            }
            (staging / "manifest.json").write_text(json.dumps(manifest, indent=1))
            for name in STORED:
                _fsync_dir(staging / name)
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

    def n_parts(self) -> int:
        """Parts in the live version, all tables together (what `compact` reduces to one per table)."""
        return sum(len(self.parts(name)) for name in STORED)

    def compact(self) -> int:
        """Rewrite every table of several parts as one part, in a new version (same rows, same order). Call inside
        writing(); returns the new version, or the live one when there was nothing to compact."""
        merged = {name: self.read(name) for name in STORED if len(self.parts(name)) > 1}
        if not merged:
            return self.version()
        return self.commit(merged, note=f"compact: {', '.join(merged)}")

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

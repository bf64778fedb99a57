"""Inputs: the raw records and one-line problems that reading yields, and finding the files to read."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

SIDECAR_NAME = "metadata.csv"


@dataclass
class RawRecord:
    """What one input says about one article, before cleaning."""

    path: str
    text: str
    source_id: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    origin: dict[str, str] = field(default_factory=dict)  # field -> "field" | "html" | "metadata"
    notes: list[str] = field(default_factory=list)  # fields the input gave but that could not be used
    group: str = ""  # documents of one site/folder, for corpus-level chrome rules


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str
    skipped: bool = False  # True: not an article input (unsupported type), not a failure
    article_id: str | None = None  # the stored article the problem concerns, if any

    def __str__(self) -> str:
        from core.text import printable

        return f"{printable(self.path)}: {printable(self.reason)}"


def discover(paths: list[Path], *, exclude: Path | None = None) -> Iterator[tuple[Path, Path] | Problem]:
    """Yield (file, root) for every file under the given paths, in name order. Hidden files and folders are named
    as skipped; `exclude` (the store itself, when it lies inside an ingested folder) is passed over, and any other
    store, or a path inside one, is named as skipped (a store's reports are no articles). Symbolic links
    inside a folder are followed only to files inside that folder; others are named as skipped (a link to
    /etc/passwd must never become an article)."""
    excluded = exclude.resolve() if exclude is not None else None
    for given in paths:
        store = store_around(given)
        if store is not None:
            yield Problem(str(given), f"inside the Bilateral Lens store {store}: a store's own files are never read", skipped=True)
            continue
        if not given.is_dir():
            if given.exists() and not given.is_file():
                yield Problem(str(given), "not a regular file (a pipe, socket or device): not read", skipped=True)
            else:
                yield given, given.parent
            continue
        root = given.resolve()
        for folder, dirnames, filenames in os.walk(given, followlinks=False):
            here = Path(folder)
            keep = []
            for name in sorted(dirnames):
                path, rel = here / name, (here / name).relative_to(given).as_posix()
                if excluded is not None and path.resolve() == excluded:
                    continue
                if is_store(path):
                    yield Problem(rel, "a Bilateral Lens store: its files are never read", skipped=True)
                    continue
                if name.startswith("."):
                    yield Problem(rel, "hidden folder: not read", skipped=True)
                elif path.is_symlink():
                    yield Problem(rel, "symbolic link to a folder: not followed", skipped=True)
                else:
                    keep.append(name)
            dirnames[:] = keep
            for name in sorted(filenames):
                item, rel = here / name, (here / name).relative_to(given).as_posix()
                if name.startswith("."):
                    yield Problem(rel, "hidden file: not read", skipped=True)
                elif item.is_symlink() and not item.exists():
                    yield Problem(rel, "broken symbolic link (its target is missing or it loops)")
                elif item.is_symlink() and not inside(item, root) and name != SIDECAR_NAME:
                    yield Problem(rel, "symbolic link to a file outside the ingested folder: not read", skipped=True)
                elif not item.is_file():
                    yield Problem(rel, "not a regular file (a pipe, socket or device): not read", skipped=True)
                else:
                    yield item, given


def is_store(folder: Path) -> bool:
    """A Bilateral Lens store: a folder with the CURRENT pointer and the versions folder (core.store's layout)."""
    return (folder / "CURRENT").is_file() and (folder / "versions").is_dir()


def store_around(path: Path) -> Path | None:
    """The store that `path` is, or lies in (its reports, versions, lock), else None."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return None
    for folder in (resolved, *resolved.parents):
        if is_store(folder):
            return folder
    return None


def inside(path: Path, root: Path) -> bool:
    """Whether a path, its links followed, lies inside `root`."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a link loop
        return False

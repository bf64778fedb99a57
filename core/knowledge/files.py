"""Knowledge files: the built-in ones in core/data, each extended by a user's file of the same name in the folder of
the `knowledge_dir` setting or in STORE/knowledge; and `fold`, the key every name is looked up by."""
from __future__ import annotations

import csv
import gc
import hashlib
import json
import os
import pickle
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from core import settings

# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d",
                               "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "ð": "d",
                               "ʻ": "", "ʼ": "", "ʾ": "", "ʿ": ""})  # glottal stops and ayns English drops: "Tuilaʻepa"


F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
_KNOWLEDGE_CACHES: list[Any] = []


def knowledge_cache(maxsize: int | None = 1) -> Callable[[F], F]:
    """`lru_cache` for what is read from the knowledge files: `forget_knowledge` empties all of them at once."""
    def wrap(func: F) -> F:
        cached = lru_cache(maxsize=maxsize)(func)
        _KNOWLEDGE_CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def forget_knowledge() -> None:
    """Drop everything read from the knowledge files, so the next use reads them again (they changed, or another
    store's or folder's files apply now)."""
    for cached in _KNOWLEDGE_CACHES:
        cached.cache_clear()


_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A name as an id part: folded, every run of other characters one underscore ("Xi Jinping" → "xi_jinping")."""
    return _SLUG.sub("_", fold(text)).strip("_")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Accent- and case-insensitive key for names: "Chávez" and "Chavez", "Løkke" and "Lokke" fold alike."""
    if text.isascii():  # nothing to decompose or translate, and casefold is lower (most names; 3x faster)
        return " ".join(text.lower().replace("-", " ").split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("’", "'").replace("-", " ").split())


# Every knowledge file the annotation pipeline reads: their bytes make up the pipeline version, so editing any of
# them (built in, in the knowledge_dir setting or in STORE/knowledge) marks stored annotations as stale.
PIPELINE_FILES = (
    "people.csv", "roles.csv", "countries.csv", "sectors.csv", "role_terms.csv", "meeting_triggers.csv",
    "meeting_cues.csv", "name_stopwords.txt", "false_person_words.csv", "name_order.csv", "first_names.txt",
    "organisations.csv", "offices.csv", "languages.txt", "english_words.txt", "venues.csv", "city_names.csv", "kin_words.csv",
    "formats.csv", "name_variants.csv", "seasons.csv", "holidays.csv",
)


def knowledge_sources(name: str) -> list[Path]:
    """The built-in file and any user extensions of one pipeline knowledge file, in the order they apply."""
    if name not in PIPELINE_FILES:
        raise ValueError(f"{name!r} is not a pipeline knowledge file; add it to PIPELINE_FILES")
    paths = [Path(str(resources.files("core.data").joinpath(name)))]
    extra = settings.get("knowledge_dir")
    candidates = [Path(extra)] if extra else []
    candidates.append(settings.store_path() / "knowledge")
    paths += [c / name for c in candidates if (c / name).is_file()]
    return [p for p in paths if p.is_file()]


def knowledge_digest(seed: str = "") -> str:
    """A digest of `seed` and every pipeline knowledge file that applies now (built-in and the user's): it changes when
    any of them changes or other files apply."""
    digest = hashlib.sha256(seed.encode())
    for name in PIPELINE_FILES:
        for path in knowledge_sources(name):
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def knowledge_rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV knowledge file, built-in rows first, then the user's."""
    rows: list[dict[str, str]] = []
    for path in knowledge_sources(name):
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows += [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]
    return rows


def knowledge_text(name: str) -> str:
    """A plain-text knowledge file, built-in lines first, then the user's."""
    return "\n".join(path.read_text("utf-8") for path in knowledge_sources(name))


def cached_json(name: str, key: str, build: Callable[[], Any], convert: Callable[[Any], T] = lambda data: data) -> T:
    """`convert` of what `build` returns (JSON data), kept in the user's cache folder (XDG_CACHE_HOME, else ~/.cache) under
    bilateral-lens/NAME-DIGEST.json, the digest naming `key` (what the data was built from: package versions, rules):
    a fresh process reads the file instead of building it again. A file is written whole or not at all; one that
    cannot be read or converted (absent, half-written by a crashed older version, edited) is built again, and one
    that cannot be written only makes the next process slower."""
    path = _cache_path(name, key, "json")
    try:
        return convert(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError, AttributeError, IndexError, KeyError):
        pass
    data = build()
    _write_whole(path, json.dumps(data).encode("utf-8"))
    return convert(json.loads(json.dumps(data)))  # the same value a later process reads


def cached_object(name: str, key: str, build: Callable[[], T]) -> T:
    """What `build` returns, kept like `cached_json` but pickled (NAME-DIGEST.pickle): for objects that take longer to
    build than to unpickle. `key` must name everything the object is built from, the code that builds it included
    (`source_digest`). The file lives in the user's own cache folder and is written only by this function."""
    path = _cache_path(name, key, "pickle")
    try:
        data = path.read_bytes()
        enabled = gc.isenabled()
        gc.disable()  # unpickling makes many objects at once: collections in between would only walk them
        try:
            return pickle.loads(data)  # noqa: S301 — our own file in the user's cache folder, see above
        finally:
            if enabled:
                gc.enable()
    except Exception:  # noqa: BLE001 — absent, half-written, or written by another version of a class: built again
        pass
    value = build()
    try:
        _write_whole(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError):
        pass
    return value


def source_digest(*modules: str) -> str:
    """A digest of the source files of the named modules (and the Python version that compiled them): part of a
    cache key, so that an object built by older code is not taken for one built by the code now."""
    import importlib.util
    import sys

    digest = hashlib.sha256(sys.version.encode())
    for module in modules:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            raise ValueError(f"no source for module {module!r}")
        digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(name: str, key: str, suffix: str) -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "bilateral-lens" / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.{suffix}"


KEPT_VERSIONS = 4  # cache files kept per name: those of the knowledge files and code used most recently


def _write_whole(path: Path, data: bytes) -> None:
    """Write a cache file whole or not at all: another process never reads half a file; one that cannot be written
    only makes the next process slower. Of the files of the same name built from other inputs (edited knowledge
    files, older code), the KEPT_VERSIONS most recent stay."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_bytes(data)
        os.replace(partial, path)
        name = path.name.rsplit("-", 1)[0]
        older = sorted(path.parent.glob(f"{name}-*{path.suffix}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[KEPT_VERSIONS:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass

"""Knowledge files: the built-in ones in core/data, each extended by a user's file of the same name in the folder of
the `knowledge_dir` setting or in STORE/knowledge; and `fold`, the key every name is looked up by."""
from __future__ import annotations

import csv
import hashlib
import json
import os
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from core import settings

# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ß": "ss", "đ": "d",
                               "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "ð": "d"})


F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
_KNOWLEDGE_CACHES: list[Any] = []


def knowledge_cache(maxsize: int = 1) -> Callable[[F], F]:
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
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    path = base / "bilateral-lens" / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:16]}.json"
    try:
        return convert(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError, AttributeError, IndexError, KeyError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_text(json.dumps(data), "utf-8")
        os.replace(partial, path)  # whole or absent: another process never reads half a file
    except OSError:
        pass
    return convert(json.loads(json.dumps(data)))  # the same value a later process reads

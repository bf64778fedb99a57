"""The sector list: every sector sectors.csv names (built-in rows, then any user knowledge folder), so that a sector
added there is tagged, offered as a filter and drawn in the charts."""
from __future__ import annotations

from functools import lru_cache

from core.pipeline.kb import knowledge_rows, knowledge_sources


def sector_ids() -> tuple[str, ...]:
    """Sector ids in the order sectors.csv first names them; `context` rows (words such as "cooperation" that make a
    bare noun a sector) name no sector."""
    files = tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in knowledge_sources("sectors.csv"))
    return _sector_ids(files)


@lru_cache(maxsize=4)
def _sector_ids(files: tuple) -> tuple[str, ...]:
    """Read once per version of the files (`files`: their paths, modification times and sizes)."""
    rows = knowledge_rows("sectors.csv")
    return tuple(dict.fromkeys(r["sector"] for r in rows if r.get("sector") and r.get("trigger") and r.get("use") != "context"))

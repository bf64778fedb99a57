"""Dates told by a season ("last summer", "the autumn of 2005", "this spring"): the year the season falls in, the
finest the text supports. The seasons and their months are data (seasons.csv)."""
from __future__ import annotations

import re

from core.knowledge import seasons

# any word in a season's place: one that is no season resolves to nothing, so this rule comes after all others
SEASON = re.compile(r"(?:(?P<rel>this past|last|this|next|past|coming)\s+)?(?P<season>[a-z]+)(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?"
                    r"|(?P<year2>(?:19|20)\d\d)\s+(?P<season2>[a-z]+)")


def season_year(m: re.Match, pub, published: str, future: bool) -> tuple[str, str] | None:
    """The year of the season a date names: the one written with it, else counted from the publication date ("last
    summer" is the one before it, "next spring" the one after, "this summer" or "in the summer" the publication year's
    once the season has begun or when the text speaks of the future); a season spanning two years (winter) only with
    its year written."""
    months = seasons().get(m["season"] or m["season2"] or "")
    if months is None:
        return None
    written = m["year"] or m["year2"]
    if written:
        return written, "year"
    first, last = months
    if first > last or len(published) < 7 or not published[:4].isdigit():
        return None
    year, month = int(published[:4]), int(published[5:7])
    rel = m["rel"]
    if rel in ("last", "past", "this past"):
        return str(year if month > last else year - 1), "year"
    if rel in ("next", "coming"):
        return str(year if month < first else year + 1), "year"
    if rel == "this" or future or month >= first:
        return str(year), "year"
    return None


"""Dates that take their year from the one the text gave just before them: "That November", "in October that year",
"later that year", "the same year"; and their month or year counted from it: "later that month", "the following
month", "the previous year"."""
from __future__ import annotations

import re

from core.pipeline import dates as date_rules
from core.pipeline.pubdate import MONTH_NUMBERS

ANCHOR_REACH = 400  # characters back to the day an anchored date counts from: about two sentences
_MONTH = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_COUNTED = re.compile(r"(?:(?:in|during|by)\s+)?(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?"
                      r"(?:that(?:\s+same)?|the\s+same|the\s+(?P<rel>following|next|previous|preceding))\s+(?P<unit>month|year)", re.I)
_MONTH_THAT_YEAR = re.compile(rf"(?:(?:in|during|by)\s+)?(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?"
                              rf"(?P<month>{_MONTH})\.?\s+(?:of\s+)?(?:that|the\s+same)\s+year", re.I)


def _told_before(before, start: int, length: int) -> str | None:
    """The first `length` characters (4: the year, 7: the month) of the last date the text gave a little before
    `start` that says that much."""
    return next((d.value[:length] for d in reversed(before) if d.value and len(d.value) >= length and d.value[:4].isdigit()
                 and start - d.end <= ANCHOR_REACH), None)


def that_month(found: date_rules.Resolved, before, start: int) -> date_rules.Resolved:
    """ "That November": the month of the year the text gave last, a little before ("appointed him in 2009. He was
    welcomed in Phnom Penh that November": November 2009), else the month as read alone."""
    year = _told_before(before, start, 4)
    return date_rules.Resolved(f"{year}{found.value[4:]}", "month", "that-month") if year else found


def that_year(written: str, before, start: int) -> date_rules.Resolved | None:
    """ "In October that year": that month of the year the text gave last, a little before ("switched recognition in
    September 2019, and was received in Beijing in October that year": October 2019); None when no date comes before.
    ("later that year", "the same year" alone: counted_from_before.)"""
    found = _MONTH_THAT_YEAR.fullmatch(" ".join(written.split()).strip(" ,.;"))
    year = _told_before(before, start, 4) if found else None
    if found is None or year is None:
        return None
    return date_rules.Resolved(f"{year}-{MONTH_NUMBERS[found.group('month').lower()]:02d}", "month", "that-year")


def counted_from_before(written: str, before, start: int) -> date_rules.Resolved | None:
    """ "Later that month", "the following month", "the previous year": the month or year of the last date the text
    gave a little before `start` (a month needs a date of a month or a day), or the one after or before it; None
    for other words, or when no date comes before (then "the following month" counts from the report)."""
    found = _COUNTED.fullmatch(" ".join(written.split()).strip(" ,.;"))
    if found is None:
        return None
    shift = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get((found.group("rel") or "").lower(), 0)
    if found.group("unit").lower() == "year":
        year = _told_before(before, start, 4)
        return date_rules.Resolved(str(int(year) + shift), "year", "that-year") if year else None
    month = _told_before(before, start, 7)
    if month is None:
        return None
    count = int(month[:4]) * 12 + int(month[5:7]) - 1 + shift
    return date_rules.Resolved(f"{count // 12:04d}-{count % 12 + 1:02d}", "month", "that-month")

"""Comparing resolved dates: whether two can be one meeting's, the last day one stands for, which written days are real."""
from __future__ import annotations

from datetime import date, timedelta


def compatible_dates(a: str | None, pa: str | None, b: str | None, pb: str | None, *, slack_days: int = 2) -> bool:
    """Whether two meeting dates (ISO day, month or year; None when unknown) can be the same meeting."""
    if not isinstance(a, str) or not isinstance(b, str) or not a or not b:
        return True
    if len(a) >= 10 and len(b) >= 10:  # a week (stored as its Monday) spans its seven days, and no slack beyond them
        slack = (0 if "week" in (pa, pb) else slack_days) + (3 if "approx" in (pa, pb) else 0)
        first_a, first_b = date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
        last_a, last_b = (first + timedelta(days=6 if p == "week" else 0) for first, p in ((first_a, pa), (first_b, pb)))
        return (first_b - last_a).days <= slack and (first_a - last_b).days <= slack
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def last_day(when: str, precision: str | None) -> str:
    """The last day a date may stand for, as ISO text: a week's Sunday ("this week" is stored as its Monday), else
    the date itself."""
    return (date.fromisoformat(when[:10]) + timedelta(days=6)).isoformat() if precision == "week" and len(when) >= 10 else when[:10]


def valid_dates(parts) -> list[date]:
    """The real calendar days among (year, month, day) triples ("30 February" is none)."""
    out = []
    for year, month, day in parts:
        try:
            out.append(date(year, month, day))
        except ValueError:
            continue
    return out


def long_before(value: str, published: str) -> bool:
    """True when the meeting date lies clearly before the publication (more than two weeks, or an earlier month/year)."""
    try:
        pub = date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        pub = None
    if len(value) >= 10 and pub:
        return date.fromisoformat(value[:10]) < pub - timedelta(days=14)
    return value[: len(value)] < published[: len(value)]

"""Resolve DATE mentions ("on Wednesday", "two weeks ago", "May 16 to 17") to ISO values with precision and rule."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, partial

from core.pipeline.pubdate import MONTH_NUMBERS
from core.pipeline.date_spans import valid_dates
from core.pipeline.named_days import FIGURES, HOLIDAY, holiday_day, in_figures
from core.pipeline.seasons import SEASON, season_year

MONTHS = frozenset(MONTH_NUMBERS)

WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
NUMBERS.update({"a": 1, "an": 1, "a couple of": 2, "several": 3, "a few": 3})
_M = "(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_N = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_DAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEK_REL = r"(?P<rel>last|previous|next|this)"
_REL_YEAR = r"(?:the\s+)?(?P<rel>previous|last|next|following|this)\s+year"
_PART = (r"(?:(?:end|beginning|start|middle|close)\s+of\s+"  # "the end of", "the start of"
         r"|(?:first|second|third|fourth|last|final)\s+(?:week|weeks|half|fortnight|days|few\s+days)\s+of\s+)")  # "the first week of March"
_LEAD = re.compile(r"^(?:(?:on|in|at|by|since|from|during|until|over|between|the|same|of|early|late|earlier|later|mid|around|about"
                   r"|only|just|some|barely|nearly|almost|roughly|approximately|(?:more|less)\s+than)\s+|(?:early|late|mid)-"
                   r"|(?:morning|afternoon|evening|night|hours)\s+of\s+"  # "the morning of June 5", "the early hours of Monday"
                   rf"|{_PART})", re.I)
# a relative word before a unit ("last week", "this past weekend") → units from the publication date's
RELATIVE_SHIFTS = {"last": -1, "previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1, "following": 1, "this": 0,
                   "current": 0, "earlier this": 0, "later this": 0}
RELATIVE_WORDS = frozenset(w for w in RELATIVE_SHIFTS if " " not in w)  # the one-word ones
_RELATIVE = "|".join(sorted(RELATIVE_SHIFTS, key=len, reverse=True))
_SAME_UNIT = re.compile(r"(?:earlier|later)\s+(?:in|during)\s+the\s+(?:week|month|year)", re.I)  # "earlier in the week": this one
_PART_OF = re.compile(rf"(?:(?:at|by|in|around|towards?)\s+)?(?:the\s+)?{_PART}the\s+", re.I)


@dataclass(frozen=True)
class Resolved:
    value: str  # ISO date, month or year
    precision: str  # day, week, month, year
    rule: str
    end: str | None = None  # last day of a range


def resolve(text: str, published: str | None, *, future: bool = False) -> Resolved | None:
    """Resolve a DATE mention relative to the ISO publication date; None when it cannot be resolved honestly."""
    return _resolve(" ".join(text.split()), published or "", future)


@lru_cache(maxsize=20_000)
def _resolve(text: str, published: str, future: bool) -> Resolved | None:
    """A date written with a gloss in brackets ("last Thursday (June 1)") is the more precise of its two parts, the
    calendar date before a weekday counted from the publication date."""
    if "(" in text:
        parts = [p for p in (_resolve_one(part, published, future) for part in _BRACKETS.split(text)) if p is not None]
        return min(parts, key=lambda r: (_PRECISION.index(r.precision), r.rule == "weekday"), default=None)
    return _resolve_one(text, published, future)


_BRACKETS = re.compile(r"[()\[\]]")
_PRECISION = ("day", "week", "month", "year")
_POSSESSIVE = re.compile(r"(?:'s|s')$")


def _resolve_one(text: str, published: str, future: bool) -> Resolved | None:
    pub = _pub(published)
    clean = text.strip(" ,.;").replace("’", "'")
    clean = _POSSESSIVE.sub(lambda m: "s" if m.group(0) == "s'" else "", clean)  # "last week's visit", "two weeks' talks"
    part_of = bool(_PART_OF.match(clean) or _SAME_UNIT.fullmatch(clean))
    while _LEAD.match(clean):
        clean = _LEAD.sub("", clean, count=1)
    low = clean.lower()
    if part_of and low in ("week", "month", "year"):
        low = f"this {low}"  # "at the start of the month": the current one
    for rule in _RULES:
        match = rule.pattern.fullmatch(low)
        if match:
            result = rule.handler(match, pub, published, future)
            if result is not None:
                return Resolved(result[0], result[1], rule.name, result[2] if len(result) > 2 else None)
            if rule.final:
                return None
    head = low.split(" to ", 1)[0]  # the model ran the date into a purpose clause: "Wednesday to end months of …"
    return _resolve_one(head, published, future) if head != low and _WEEKDAY_FIRST.fullmatch(head) else None


_WEEKDAY_FIRST = re.compile(r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$")


def _pub(published: str) -> date | None:
    if len(published) >= 10:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def _pub_year(published: str) -> int | None:
    return int(published[:4]) if len(published) >= 4 and published[:4].isdigit() else None


SOON_DAYS = 30  # how far ahead a day named without a year may lie before it is taken as last year's


def _near_year(month: int, day: int, pub: date | None, published: str, future: bool) -> date | None:
    """The date with that month/day most recently before publication (the next one when the text speaks of the future)."""
    year = _pub_year(published)
    if year is None:
        return None
    options = valid_dates([(y, month, day) for y in (year - 1, year, year + 1)])
    if not options:
        return None
    anchor = pub or date(year, 7, 1)
    if future:
        later = [d for d in options if d >= anchor]
        return min(later) if later else None
    # Most recent on or before publication; a couple of days of slack for time zones and late filing. A day of the
    # next few weeks beats the same day almost a year ago: news speaks of dates near it ("opens on November 18").
    earlier = [d for d in options if d <= anchor + timedelta(days=2)]
    soon = [d for d in options if anchor + timedelta(days=2) < d <= anchor + timedelta(days=SOON_DAYS)]
    if soon and day != 1 and (not earlier or (anchor - max(earlier)).days > 300):
        return min(soon)
    return max(earlier) if earlier else None


def _month(m: re.Match) -> int:
    return MONTH_NUMBERS[m["month"].lower()]


def _full(m, pub, published, future):
    try:
        return date(int(m["year"]), _month(m), int(m["day"])).isoformat(), "day"
    except ValueError:
        return None


def _day_month(m, pub, published, future):
    day = _near_year(_month(m), int(m["day"]), pub, published, future)
    return (day.isoformat(), "day") if day else None


def _range(m, pub, published, future):
    month = _month(m)
    first, last = int(m["d1"]), int(m["d2"])
    if m["year"]:
        try:
            start, end = date(int(m["year"]), month, first), date(int(m["year"]), month, last)
        except ValueError:
            return None
    else:
        start = _near_year(month, first, pub, published, future)
        if start is None:
            return None
        try:
            end = date(start.year, month, last)
        except ValueError:
            return None
    return (start.isoformat(), "day", end.isoformat()) if end >= start else None


def _month_year(m, pub, published, future):
    return f"{int(m['year']):04d}-{_month(m):02d}", "month"


def _month_relative_year(m, pub, published, future):
    year = _pub_year(published)
    if year is None:
        return None
    shift = {"previous": -1, "last": -1, "next": 1, "following": 1, "this": 0}[m["rel"]]
    return f"{year + shift:04d}-{_month(m):02d}", "month"


def _day_relative_year(m, pub, published, future):
    """ "23 December last year", "March 3 of this year": the day of the year counted from the publication's."""
    relative = _month_relative_year(m, pub, published, future)
    return _full({**m.groupdict(), "year": relative[0][:4]}, pub, published, future) if relative else None


def _month_alone(m, pub, published, future):
    # The month of publication itself counts as past (it has begun) and as future (it has not ended); "last
    # November" written in November is the one a year before.
    if m.group(0).lower().startswith("last") and pub is not None and _month(m) == pub.month:
        return f"{pub.year - 1:04d}-{_month(m):02d}", "month"
    day = _near_year(_month(m), 28 if future else 1, pub, published, future)
    return (f"{day.year:04d}-{_month(m):02d}", "month") if day else None


def _year(m, pub, published, future):
    return m["year"], "year"


def _weekday(m, pub, published, future):
    if pub is None:
        return None
    target = WEEKDAYS[m["weekday"]]
    rel = m["rel"] or ""
    if rel in ("next", "coming") or (future and rel not in ("last", "this past", "past")):
        # "will sign on Tuesday" written on a Tuesday is that day ("later Tuesday"); "next Tuesday" is a week on
        delta = (target - pub.weekday()) % 7 or (7 if rel in ("next", "coming") else 0)
        return (pub + timedelta(days=delta)).isoformat(), "day"
    delta = (pub.weekday() - target) % 7
    if rel in ("last", "this past") and delta == 0:
        delta = 7
    return (pub - timedelta(days=delta)).isoformat(), "day"


def _weekday_of_week(m, pub, published, future):
    """ "Tuesday last week", "on Friday of next week", "last week on Tuesday": that day of the week named."""
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=RELATIVE_SHIFTS[m["rel"]])
    return (monday + timedelta(days=WEEKDAYS[m["weekday"]])).isoformat(), "day"


def _deictic(m, pub, published, future):
    if pub is None:
        return None
    shift = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
             "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}[m["when"]]
    return (pub + timedelta(days=shift)).isoformat(), "day"


def _day_of_month(m, pub, published, future):
    """ "on the 12th": that day of the publication month, or of the month before when it has not come yet (of the
    month after, in a text about the future)."""
    if pub is None or not 1 <= int(m["day"]) <= 31:
        return None
    year, month, day = pub.year, pub.month, int(m["day"])
    if future and day < pub.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not future and day > pub.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _weekend(m, pub, published, future):
    """ "over the weekend": the Saturday of the weekend before publication (after it, in a text about the future)."""
    if pub is None:
        return None
    if future:
        return (pub + timedelta(days=(5 - pub.weekday()) % 7 or 7)).isoformat(), "week"
    return (pub - timedelta(days=(pub.weekday() - 5) % 7)).isoformat(), "week"


def _days_ahead(m, pub, published, future):
    """ "in a few days", "within days", "in the coming days" (written "within …" by whoever reads the preposition
    before a date): a few days after publication, to the week (not "within days of the attack", counted from
    another event)."""
    return ((pub + timedelta(days=3)).isoformat(), "week") if pub else None


def _ago(m, pub, published, future, sign=-1):
    n = NUMBERS.get(m["n"]) if not m["n"].isdigit() else int(m["n"])
    unit = m["unit"]
    if unit in ("day", "week"):
        if pub is None:
            return None
        days = n * (7 if unit == "week" else 1)
        return (pub + timedelta(days=sign * days)).isoformat(), "day" if unit == "day" else "week"
    year = _pub_year(published)
    if year is None:
        return None
    if unit == "year":
        return f"{year + sign * n:04d}", "year"
    if len(published) < 7:
        return None
    total = year * 12 + int(published[5:7]) - 1 + sign * n
    return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"


def _relative_unit(m, pub, published, future):
    shift = RELATIVE_SHIFTS[m["rel"]]
    unit = m["unit"].rstrip("s")
    if unit == "year":
        year = _pub_year(published)
        return (f"{year + shift:04d}", "year") if year else None
    if unit == "month":
        if len(published) < 7:
            return None
        total = int(published[:4]) * 12 + int(published[5:7]) - 1 + shift
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    if pub is None:
        return None
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
    if unit == "weekend" and shift == 0 and not future and pub.weekday() <= 2:
        return _weekend(m, pub, published, future)  # "met this weekend" told early in the week: the weekend just gone
    if unit == "weekend":
        return (monday + timedelta(days=5)).isoformat(), "week"  # its Saturday: "last weekend" ended before this week
    return monday.isoformat(), "week"


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    # (match, publication date, ISO publication text, future) → (value, precision[, end]), or None
    handler: Callable[[re.Match, date | None, str, bool], tuple[str, ...] | None]
    final: bool = True  # a match that resolves to nothing ends the search; else the next rules are tried


_RULES = [
    _Rule("iso", re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)"),
          lambda m, *a: (f"{m['year']}-{m['mnum']}-{m['day']}", "day")),
    _Rule("range", re.compile(rf"{_M}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|—|and|through)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_Y})?"), _range),
    _Rule("range", re.compile(rf"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|–|—|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?"), _range),
    _Rule("full-date", re.compile(rf"(?:\w+day,?\s+)?{_M}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{_Y}"), _full),
    _Rule("full-date", re.compile(rf"(?:\w+day,?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_M},?\s+{_Y}"), _full),
    _Rule("day-month", re.compile(rf"(?:\w+day,?\s+)?{_M}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"), _day_month),
    _Rule("day-month", re.compile(rf"(?:\w+day,?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_M}"), _day_month),
    _Rule("month-year", re.compile(rf"{_M},?\s+(?:of\s+)?{_Y}"), _month_year),
    _Rule("month-relative-year", re.compile(rf"{_M}\s+(?:of\s+)?{_REL_YEAR}"), _month_relative_year),
    _Rule("day-relative-year", re.compile(rf"(?:\w+day,?\s+)?{_M}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:of\s+)?{_REL_YEAR}"), _day_relative_year),
    _Rule("day-relative-year", re.compile(rf"(?:\w+day,?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_M},?\s+(?:of\s+)?{_REL_YEAR}"), _day_relative_year),
    _Rule("month", re.compile(rf"(?:last\s+|this\s+)?{_M}"), _month_alone),
    _Rule("year", re.compile(rf"(?:the\s+(?:year\s+)?)?{_Y}"), _year),
    _Rule("weekday", re.compile(r"(?:(?P<rel>last|next|this past|this|coming|past)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"), _weekday),
    _Rule("weekday-of-week", re.compile(rf"{_DAY}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of\s+)?(?:the\s+)?{_WEEK_REL}\s+week"), _weekday_of_week),
    _Rule("weekday-of-week", re.compile(rf"{_WEEK_REL}\s+week,?\s+on\s+{_DAY}"), _weekday_of_week),
    _Rule("deictic", re.compile(r"(?:(?:earlier|later|early|late)\s+)?(?P<when>today|tonight|yesterday|tomorrow|last night|this morning"
                                r"|this afternoon|this evening|the day before yesterday|the day after tomorrow)"), _deictic),
    _Rule("day-of-month", re.compile(r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:\s+of\s+(?:the|this)\s+month)?"), _day_of_month),
    _Rule("weekend", re.compile(r"(?:the\s+)?weekend"), _weekend),
    _Rule("ago", re.compile(rf"{_N}\s+{_UNIT}\s+(?:ago|earlier|before)"), _ago),
    # "two days later" counts from the day the text gave before it (components.py), never from the publication
    _Rule("ahead", re.compile(rf"(?:in\s+)?{_N}\s+{_UNIT}'?(?:'s)?\s+(?:time|from now)"), partial(_ago, sign=1)),
    _Rule("days-ahead", re.compile(r"within\s+(?:(?:the\s+)?(?:next|coming)\s+(?:few\s+|couple\s+of\s+)?|a\s+(?:few|couple\s+of)\s+"
                                   r"|several\s+)?days(?!\s+of\b)"), _days_ahead),
    _Rule("relative", re.compile(rf"(?:the\s+)?(?P<rel>{_RELATIVE})\s+(?P<unit>year|month|week(?:end)?)"), _relative_unit),
    _Rule("numeric", FIGURES, in_figures),
    _Rule("holiday", HOLIDAY, holiday_day, final=False),
    _Rule("season", SEASON, season_year),
]

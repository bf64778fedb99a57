"""Publication dates: parse a given value with its precision, or infer one from the article text."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timezone

from core.knowledge import knowledge_cache

MONTH_NUMBERS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_FULL = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
]
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")
# Years named as targets or deadlines say nothing about when the article was written.
_FUTURE_CUE = re.compile(r"\b(by|until|till|through|before|towards?|target|goal|plan|vision|horizon|to)\s+(the\s+(end|year)\s+of\s+)?$", re.I)
# "Crime and Security Act 2001", "Vision 2030", "Expo 2020": a year that is part of a name
_NAMED_YEAR = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\s+$")
_DATELINE = re.compile(rf"^\s*[A-Za-z][A-Za-z .'-]{{2,40}},?\s+{_MONTH}\s+{_DAY}\b", re.I)
_PRECISION = {"day": "day", "month": "month", "year": "year"}


ABSOLUTE = ["timestamp", "custom-formats", "absolute-time"]  # dateparser's parsers minus "relative-time" ("2 days ago")
EARLIEST_YEAR = 1800  # a publication date before it is a data error ("0001-01-01"), not an old article


def parse_given(raw: str | None, *, today: date | None = None) -> tuple[str, str] | None:
    """(iso, precision) for a date value from metadata, a field or HTML; None when unreadable or implausible (before
    1800 or after `today`)."""
    found = _parse_given(raw, today=today)
    if found is None:
        return None
    iso, _ = found
    if int(iso[:4]) < EARLIEST_YEAR or (today and iso[: len(iso)] > today.isoformat()[: len(iso)]):
        return None
    return found


_NUMERIC = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-]\d{2,4}\s*")


def either_order(raw: str) -> bool:
    """A numeric date whose day and month could be either way round ("03/05/2020": 3 May or 5 March); it is read
    month first."""
    found = _NUMERIC.fullmatch(str(raw))
    return found is not None and found[1] != found[2] and int(found[1]) <= 12 and int(found[2]) <= 12


def rejected(raw: str, *, today: date | None = None) -> str:
    """Why parse_given gave nothing for `raw`: "implausible" for a date it could read, "relative or yearless" for one
    that needs a day to count from, else "unreadable"."""
    if _parse_given(raw, today=None):
        return "implausible (before 1800 or in the future)"
    import dateparser

    if dateparser.DateDataParser(languages=["en"]).get_date_data(str(raw)).date_obj:
        return "relative or yearless"  # "yesterday", "2 days ago", "Tuesday", "March": no day to count from
    return "unreadable"


def _parse_given(raw: str | None, *, today: date | None = None) -> tuple[str, str] | None:
    if raw is None or not str(raw).strip():
        return None
    value = str(raw).strip()
    if re.fullmatch(r"(19|20)\d\d", value):
        return value, "year"
    if re.fullmatch(r"(19|20)\d\d-[01]\d", value):
        return value, "month"
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # unix timestamp (seconds or milliseconds)
        seconds = int(value[:10])
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat(), "day"
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat(), "day"
    except ValueError:
        pass
    if not any(ch.isdigit() for ch in value):
        return None  # "yesterday", "Tuesday": relative to a day the input does not give (never the day of ingest)
    import dateparser  # loaded only for dates in free wording (ISO dates and timestamps never need it)

    data = dateparser.DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "PARSERS": ABSOLUTE}
                                     ).get_date_data(value)
    if data.date_obj is None:
        return None
    precision = _PRECISION.get(data.period or "day", "day")
    iso = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[precision]
    if today and data.date_obj.date() > today:
        return None
    return data.date_obj.strftime(iso), precision


def infer_from_text(text: str, *, today: date | None = None) -> tuple[str, str] | None:
    """The latest explicit date the text mentions (full dates beat months beat years), or a dateline; else None.

    Dates after `today` and years named as targets ("by 2030") are ignored.
    """
    today = today or date.today()
    full = [d for d in (_full_date(m) for p in _FULL for m in p.finditer(text)) if d and d <= today]
    if full:
        return max(full).isoformat(), "day"
    months = [
        (int(m["year"]), MONTH_NUMBERS[m["month"].lower()])
        for m in _MONTH_YEAR.finditer(text)
        if (int(m["year"]), MONTH_NUMBERS[m["month"].lower()]) <= (today.year, today.month)
    ]
    years, floor = _bare_years(text, today)
    dateline = _DATELINE.match(text)
    if dateline and years:
        guess = _safe_date(max(years), MONTH_NUMBERS[dateline["month"].lower()], int(dateline["day"]))
        if guess and guess <= today:
            return guess.isoformat(), "day"
    if months:
        year, month = max(months)
        return f"{year:04d}-{month:02d}", "month"
    years = [y for y in years if y >= floor]  # one before a year the article was written in or after is history
    if years:
        counts = Counter(years)
        return str(max(counts, key=lambda y: (counts[y], y))), "year"  # the year the text dwells on
    return None


def _bare_years(text: str, today: date) -> tuple[list[int], int]:
    """The bare years (not after `today`) that may be the publication year, and the latest year the article was
    written in or after: one in a name ("Crime and Security Act 2001") or after a past cue ("since 2001"). A year
    named as a target ("by 2030") is neither."""
    past, numbered = _past_year_cue(), _cue_before("numbered")
    years, floor = [], 0
    for m in _YEAR_ONLY.finditer(text):
        year = int(m["year"])
        if year > today.year or _FUTURE_CUE.search(text[max(0, m.start() - 40): m.start()]):
            continue
        if text[max(0, m.start() - 1): m.start()] == "#" or numbered.search(text[max(0, m.start() - 30): m.start()]):
            continue  # a label: "meeting number 2021", "#1999"
        before = text[max(0, m.start() - 30): m.start()]
        if _named_year(before) or past.search(before):
            floor = max(floor, year)
        else:
            years.append(year)
    return years, floor


def _named_year(before: str) -> bool:
    """The year after `before` is part of a name ("Crime and Security Act 2001"): a capitalised word leads it that
    does not open a sentence ("In 2005 they signed" is a date)."""
    match = _NAMED_YEAR.search(before)
    if not match:
        return False
    earlier = before[: match.start()].rstrip()
    return bool(earlier) and earlier[-1] not in ".!?:;\"'“”\n"


def _past_year_cue() -> re.Pattern:
    """Words after which a year lies before the publication ("since 2021", "back in 1998": meeting_cues.csv kind
    past_year): such a year is history the article recounts, not when it was written."""
    return _cue_before("past_year")


@knowledge_cache(maxsize=4)
def _cue_before(kind: str) -> re.Pattern:
    """The cue words of a meeting_cues.csv kind, matched at the end of the text before a number."""
    from core.knowledge import cues

    words = sorted(cues().get(kind, frozenset()), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\s+$", re.I)


def _full_date(match: re.Match) -> date | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTH_NUMBERS[groups["month"].lower()]
    return _safe_date(int(groups["year"]), month, int(groups["day"]))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None

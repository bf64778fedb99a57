"""Days of a visit counted from its first: a meeting "on the second day of his visit" is a day after the day the
visit began, whether the article dates the visit's arrival or says when the visit "began"."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from core.pipeline.neighbours import other_towns
from core.pipeline.news_context import NEIGHBOURS, UNDATED, first_dated_news, redated

_ORDINAL_DAYS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}
# "the second day of his state visit", or "On the second day" told on its own after the visit
_NTH_DAY = re.compile(r"\bthe (first|second|third|fourth|fifth|sixth)(?: and (?:final|last))? day(?: of (?:his|her|their|the|this|its|a|an) (?:[\w-]+ )*?"
                      r"(?:visit|trip|tour|stay)\b|(?= ?,| (?!of\b)))", re.I)
# "… day of his six-day visit to China, which began on Sunday": the day told is the visit's first
_BEGAN = re.compile(r"\A\W*(?:to [^,;]{1,40})?,? (?:which|that) (?:began|started|opened|got under way)\b", re.I)
_BEGAN_ANYWHERE = re.compile(r"\b(?:visit|trip|tour|stay)\b[^.;]{0,40}?,? (?:which|that) (?:began|started|opened|got under way)\b", re.I)


def nth_day_of_visit(meeting, meetings: Sequence, dates: Sequence = (), text: str = "") -> None:
    """A meeting "on the second day of his visit" that the text dates no other way is that many days after the day the
    article gives the visit it reports, the arrival ("arrived in Beijing on Tuesday" … "On the second day of his visit,
    Morsi held talks with Hu": Wednesday). When the one day the sentence gives is the day the visit "began" ("on the
    second day of his six-day visit to China, which began on Sunday"), the meeting is that many days after it; so it
    is after the day an earlier sentence says the visit began ("… at the end of a three-day visit to Cuba which began
    on Sunday." … "In Havana, Obama held talks with Raúl Castro on the second day of his visit"), when the article
    reports no visit of the meeting's people to its town with a day."""
    found = _NTH_DAY.search(meeting.evidence)
    if not found:
        return
    shift = timedelta(days=_ORDINAL_DAYS[found.group(1).lower()])
    if _began_that_day(meeting, found, dates):
        redated(meeting, (date.fromisoformat(meeting.date[:10]) + shift).isoformat(), "day", "date:day-of-visit",
                tuple(r for r in meeting.rules if r.startswith("date:")))
        return
    if not {"date:published", "date:plan-undated", *NEIGHBOURS} & set(meeting.rules):
        return

    def fits(m) -> bool:
        return (m.kind == "visit" and bool(set(m.participants) & set(meeting.participants)) and m.sentence <= meeting.sentence
                and not other_towns(m.location, meeting.location))

    counted = _first_day_counted(meeting, meetings)
    visit = None if counted else first_dated_news(meeting, meetings, fits)
    began = counted or (None if visit is not None else _day_a_visit_began(meeting, dates, text))
    if began is not None and not meeting.referenced:
        redated(meeting, (date.fromisoformat(began) + shift).isoformat(), "day", "date:day-of-visit", UNDATED + NEIGHBOURS)
        return
    if visit is None and "date:plan-undated" in meeting.rules:  # "will travel to Moscow next Monday" … "breakfast with
        visit = next((m for m in sorted(meetings, key=lambda m: m.sentence) if m is not meeting and m.referenced  # Putin on
                      and m.date and m.date_precision == "day" and fits(m)), None)  # the second day of the visit": Tuesday
    if visit is not None:
        day = date.fromisoformat(visit.date[:10]) + shift
        redated(meeting, day.isoformat(), "day", "date:day-of-visit", UNDATED + NEIGHBOURS + ("date:plan-undated",))


def _began_that_day(meeting, found: re.Match, dates: Sequence) -> bool:
    """The meeting's day is the one day its sentence gives, and that day is the one its visit began on."""
    began = _BEGAN.search(meeting.evidence[found.end():])
    if began is None or meeting.date_precision != "day" or not meeting.date or any(r in UNDATED + NEIGHBOURS for r in meeting.rules):
        return False
    at = meeting.start + found.end() + began.end()
    told = [d for d in dates if meeting.start <= d.start < meeting.end and d.precision == "day"]
    return len(told) == 1 and told[0].start >= at and told[0].value == meeting.date[:10]


def _day_a_visit_began(meeting, dates: Sequence, text: str) -> str | None:
    """The day the last visit told before the meeting's sentence "began" on, by the text ("a three-day visit to Cuba
    which began on Sunday"), or None."""
    day = None
    for found in _BEGAN_ANYWHERE.finditer(text[:meeting.start]):
        told = [d for d in dates if found.end() <= d.start <= found.end() + 4 and d.precision == "day" and d.value]
        day = told[0].value[:10] if told else day
    return day


def _first_day_counted(meeting, meetings: Sequence) -> str | None:
    """The first day of the visit, counted back from another meeting of the same visitor the text dates and tells as
    held on a day of that visit ("met Sistani in Najaf yesterday, on the third and final day of his visit" … "On the
    first day of the visit, Rouhani held talks with Salih": two days before), or None."""
    for other in meetings:
        found = _NTH_DAY.search(other.evidence) if other is not meeting and other.sentence != meeting.sentence else None
        if (found and other.date and other.date_precision == "day" and not other.referenced
                and set(other.participants) & set(meeting.participants)):
            return (date.fromisoformat(other.date[:10]) - timedelta(days=_ORDINAL_DAYS[found.group(1).lower()])).isoformat()
    return None

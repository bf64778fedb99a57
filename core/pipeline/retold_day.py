"""The day a later sentence gives a meeting it tells again: "The deal was signed in Kharkiv by Yanukovych and
Medvedev." + "The signing, which took place on Wednesday, drew protests"; "The visit, on Friday, followed stops in
three other countries"; "Støre told reporters after the ceremony yesterday"."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from core.knowledge import cues
from core.pipeline.neighbours import POINTING, owns_a_noun, recent_days
from core.pipeline.senses import meeting_nouns, noun_kinds

RETOLD_REACH = 3  # sentences after a meeting that can tell it again with its day
DAY_NEAR = 45  # characters after the noun pointed back to within which the day it gives is written
WEAK_DAYS = ("date:published", "date:arrival")  # the days a retelling outranks: the publication date's stand-in, and
# the day the visitor's arrival was told somewhere in the article
_KIN = {"talks": {"talks", "visit"}, "visit": {"visit", "talks"}}  # talks during a visit are told again as "the visit"
_DAY_OF_NOUN = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:\w+\s+){1,3}?)?(?:on|in|at|of|last|this)?\s*$", re.I)
# what may stand between the noun and its day: "The signing, which took place on", "The visit, on", "the ceremony"


def day_told_again(meeting, meetings: Sequence, dates: Sequence, sentences: list[tuple[int, int]], text: str,
                   published: str | None) -> None:
    """A meeting the article reports whose day only the publication date (or an arrival told elsewhere) stands for
    takes the one recent day a sentence of the next RETOLD_REACH gives to the meeting noun of its kind it opens with
    ("The signing, which took place on Wednesday", "The visit, on Friday,") or to a noun `retold-<kind>` cues name
    ("told reporters after the ceremony yesterday" for a signing), when no meeting of other people is told in
    between; not a day told of something else ("The visit had almost been derailed by last Thursday's killing")."""
    if meeting.referenced or not published or len(published) < 10 or not set(WEAK_DAYS) & set(meeting.rules):
        return
    pub = date.fromisoformat(published[:10])
    kinds = _KIN.get(meeting.kind, {meeting.kind})
    for number in range(meeting.sentence + 1, min(meeting.sentence + 1 + RETOLD_REACH, len(sentences))):
        if any(m.sentence == number and m is not meeting and not _same_sides(m, meeting) for m in meetings):
            return  # another meeting told in between: "the talks" may be that one
        start, end = sentences[number]
        for found in re.finditer(rf"\b(?:{'|'.join(POINTING)})\s+(\w+)", text[start:end], re.I):
            noun = found.group(1).lower()
            retold = noun in cues().get(f"retold-{meeting.kind}", frozenset())
            opening = not re.search(r"\w+\W+\w+\W+\w", text[start:start + found.start()])  # in the first three words
            if not retold and not (opening and {noun, noun[:-1]} & meeting_nouns() and noun_kinds(noun) & kinds):
                continue  # the sentence opens with a meeting noun of its kind, not "the visiting minister"
            after = start + found.end()
            days = [d for d in dates if after <= d.start <= after + DAY_NEAR and d.precision == "day" and d.value
                    and _DAY_OF_NOUN.match(text, after, d.start) and not owns_a_noun(text, d)]
            near = recent_days(days, (after, end), pub)
            if len(near) == 1:
                meeting.date, meeting.date_precision = near[0], "day"
                meeting.rules = [r for r in meeting.rules if r not in WEAK_DAYS] + ["date:told-again"]
                return


def _same_sides(meeting, other) -> bool:
    """One telling's sides inside the other's: the same meeting, told in part."""
    a, b = set(meeting.participants), set(other.participants)
    return a <= b or b <= a


_CAME_AFTER = re.compile(r"^\W*(?:the|this|that)\s+(\w+)\s+(?:came|took place|was held|followed)\s+(hours|a day|one day|two days|"
                         r"three days)\s+(after|before)\b", re.I)
_SHIFT = {"hours": 0, "a day": 1, "one day": 1, "two days": 2, "three days": 3}


def day_counted_from_the_retold(meeting, meetings: Sequence) -> None:
    """A meeting told as the one a meeting just told came hours or days after (or before) is of the day that count
    gives from that meeting's day: "The two presidents spoke by telephone on Saturday." + "The call came hours after
    Macron spoke to Putin" (Saturday too)."""
    found = _CAME_AFTER.match(meeting.evidence)
    if found is None or meeting.date_precision not in ("approx", "unknown"):
        return  # dated by its own words
    kinds = noun_kinds(found.group(1).lower())
    told = next((m for m in sorted(meetings, key=lambda m: -m.sentence) if m is not meeting and m.sentence < meeting.sentence
                 and m.kind in kinds and m.date and m.date_precision == "day"), None)
    if told is None:
        return
    shift = _SHIFT[found.group(2).lower()] * (-1 if found.group(3).lower() == "after" else 1)
    meeting.date = (date.fromisoformat(told.date[:10]) + timedelta(days=shift)).isoformat()
    meeting.date_precision, meeting.referenced = "day", told.referenced
    meeting.rules = [r for r in meeting.rules if not r.startswith("date:")] + ["date:counted-from-retold"]

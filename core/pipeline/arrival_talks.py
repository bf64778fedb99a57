"""The day of the talks a visit came for, when the text tells the arrival on one day and the talks on the next with
no side of their own: "Karimov arrived in Moscow on Tuesday for a three-day official visit." + "The two presidents
held talks in the Kremlin the following day" (Wednesday), "Bakiyev arrived in Moscow on Monday evening. The talks in
the Kremlin the following day lasted about two hours" (Tuesday). The visit is the meeting of its sides; it was held
on the day they met, not on the day the visitor landed."""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from spacy.tokens import Span

from core.knowledge import cues
from core.pipeline.senses import trigger_kind

REACH = 2  # sentences after the arrival in which the talks of the next day are told


def talks_after_arrival(found: list, sentences: list[Span], dates_in: dict, candidates) -> None:
    """Date a news visit told by its arrival (`arrival` or `travel` cue as its trigger, with a day) by the next day,
    when one of the next sentences tells a meeting (a meeting word of `candidates`, token indices) dated that day from
    the arrival ("the following day", "the next morning") and no meeting found in that sentence tells it with sides of
    its own."""
    moving = cues().get("arrival", frozenset()) | cues().get("travel", frozenset())
    for visit in found:
        if (visit.kind != "visit" or visit.referenced or visit.date_precision != "day" or not visit.date
                or not any(r.startswith("trigger:") and r.removeprefix("trigger:") in moving for r in visit.rules)):
            continue
        next_day = (date.fromisoformat(visit.date[:10]) + timedelta(days=1)).isoformat()
        for number in range(visit.sentence + 1, min(len(sentences), visit.sentence + 1 + REACH)):
            if any(m.sentence == number for m in found):
                break  # that sentence tells a meeting of its own: the visit is no longer told there
            dated = any(d.value == next_day and d.rule == "anchored" for d in dates_in.get(number, []))
            if dated and _tells_a_meeting(sentences[number], candidates):
                lent = [m for m in found if "date:visit" in m.rules and m.date == visit.date and set(m.participants) == set(visit.participants)]
                for meeting in [visit, *lent]:  # and what took the visit's day ("Karimov told his host at the start of the meeting")
                    meeting.date = next_day
                    meeting.rules = [r for r in meeting.rules if not r.startswith("date:")] + ["date:talks-next-day"]
                break


def _tells_a_meeting(sent: Span, candidates) -> bool:
    """A meeting word of the sentence (`candidates`: the sorted token indices meeting_word_tokens gives) has a meeting
    sense there."""
    words = {t.lower_ for t in sent}
    here = candidates[np.searchsorted(candidates, sent.start):np.searchsorted(candidates, sent.end)]
    return any(trigger_kind(sent.doc[int(i)], words) for i in here)

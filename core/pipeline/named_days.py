"""Days told by a holiday's name ("Christmas Eve", "Easter 2005"; the holidays are data, holidays.csv), written in
figures ("03/21/2006") or as a part of the day of the report ("this morning", "last night")."""
from __future__ import annotations

import re
from datetime import date, timedelta

from core.pipeline.date_spans import valid_dates

FIGURES = re.compile(r"(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)")
DEICTIC = re.compile(r"\b(?:(?:this|yesterday|tomorrow)\s+(?:morning|afternoon|evening)|last\s+night|tonight)\b", re.I)


def in_figures(m, pub, published, future):
    """A date written in figures, "21/03/2006" or "03.21.2006": day and month are told apart by a number above 12;
    when either order makes a date, the one nearer the publication that is not after it (a day or two of slack)."""
    year, a, b = int(m["year"]), int(m["a"]), int(m["b"])
    options = valid_dates([(year, a, b), (year, b, a)])
    if not options:
        return None
    if pub is not None and len(set(options)) > 1:
        before = [d for d in options if d <= pub + timedelta(days=2)]
        options = sorted(before or options, key=lambda d: abs((pub - d).days))
    return options[0].isoformat(), "day"


# a holiday's name, maybe with a relative word before it or a year after it; resolved only when holidays.csv names it
HOLIDAY = re.compile(r"(?:(?P<rel>this past|last|this|next|past|coming)\s+)?(?P<holiday>[a-z' ]+?)(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?")


def holiday_day(m: re.Match, pub, published: str, future: bool) -> tuple[str, str] | None:
    """The day a holiday names (holidays.csv): of the year written with it, else the latest one on or before the
    publication date ("last Christmas" too), or the next one when the text speaks of the future ("next Easter")."""
    from dateutil.easter import easter

    from core.knowledge import holidays

    rule = holidays().get(" ".join(m["holiday"].replace("'", "").split()))
    if rule is None or len(published) < 4 or not published[:4].isdigit():
        return None

    def on(year: int) -> date:
        return date(year, *rule) if isinstance(rule, tuple) else easter(year) + timedelta(days=rule)

    if m["year"]:
        return on(int(m["year"])).isoformat(), "day"
    if pub is None:
        return None
    year = pub.year
    ahead = m["rel"] in ("next", "coming") or (future and m["rel"] not in ("last", "past", "this past"))
    days = [on(y) for y in (year - 1, year, year + 1)]
    chosen = min((d for d in days if d >= pub), default=None) if ahead else max((d for d in days if d <= pub + timedelta(days=2)), default=None)
    return (chosen.isoformat(), "day") if chosen else None


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def first_day_of_ended(doc, ent, found):
    """The day an event of several days ended ("a two-day summit in Tallinn that ended on Saturday", "the three-day
    talks closed on Friday") read as the days it lasted: from its first day to that one; any other date as it is.
    `found` is the date resolved from `ent`, a Resolved of core.pipeline.dates."""
    from dataclasses import replace

    from core.knowledge import cues

    root = ent.root.head if ent.root.dep_ == "compound" else ent.root  # "on Tuesday evening"
    verb = root.head.head if root.head.dep_ == "prep" else root.head
    wrapped = verb.lemma_.lower() == "wrap" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)  # "wraps up
    left = _left_after(verb) if verb.lemma_.lower() in cues().get("departure", frozenset()) else []  # a three-day visit today"
    if found is None or found.precision != "day" or found.end or (
            verb.lemma_.lower() not in ("end", "close", "conclude", "finish") and not wrapped and not left):
        return found
    events = left or ([verb.head] if verb.dep_ in ("relcl", "acl") else [c for c in verb.children if c.dep_ in ("nsubj", "dobj")])
    days = [NUMBER_WORDS.get(t.lower_) or (int(t.text) if t.text.isdigit() else 0)  # "the talks ended", "ended a
            for event in events for t in event.subtree if t.i + 2 < len(doc) and doc[t.i + 1].text == "-"  # two-day summit"
            and doc[t.i + 2].lower_ == "day" and doc[t.i + 2].head == event]
    if len(days) != 1 or not 2 <= days[0] <= 14:
        return found
    first = date.fromisoformat(found.value[:10]) - timedelta(days=days[0] - 1)
    return replace(found, value=first.isoformat(), end=found.value[:10], rule=found.rule + "+ended")


def _left_after(verb) -> list:
    """The event one left or returned home after, or at the end of, on the day told: "left Tehran on Thursday after a
    two-day visit", "returned to Dar es Salaam on Tuesday at the end of a two-day state visit to Kenya"."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following", "at")):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            if prep.lower_ == "at" and noun.lower_ == "end":
                noun = next((o for of in noun.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj"), noun)
            out += [noun] if noun.lower_ != "end" and (prep.lower_ != "at" or noun.head.lower_ == "of") else []
    return out

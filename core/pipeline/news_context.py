"""What a meeting takes from the news it is told with: the day of the arrival it follows ("A day after arriving"), the
day and town of the news it was had "earlier" than, the day of the summit it was held beside, and the one office-holder
who speaks of it for a country side."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from core.knowledge import country_iso3, cues
from core.pipeline.scope import DAY_COUNTS
from core.pipeline.neighbours import POINTING, meeting_noun, points_back, word_stems
from core.pipeline.senses import meeting_nouns, noun_kinds, summit_words
from core.text import regular_stems

UNDATED = ("date:published", "date:background-undated")  # the date rules a date from the article's context replaces
NEIGHBOURS = ("date:narrative", "date:lede", "date:neighbour-sentence")  # days lent by nearby sentences, which the
# meeting's own words about its visit or gathering outrank


def redated(meeting, value: str | None, precision: str, rule: str, replaces: tuple[str, ...] = UNDATED) -> None:
    """The meeting dated by a rule of this module, in place of the publication date or no date (or of the days
    `replaces` names)."""
    meeting.date, meeting.date_precision = value, precision
    meeting.rules = [r for r in meeting.rules if r not in replaces] + [rule]


def first_dated_news(meeting, meetings: Sequence, fits):
    """The first meeting the article reports with a day, other than this one, that `fits`."""
    return next((m for m in sorted(meetings, key=lambda m: m.sentence) if m is not meeting and not m.referenced and m.date
                 and m.date_precision == "day" and fits(m)), None)


_AFTER_ARRIVAL = re.compile(r"\b(a|one|the|two|three) days? (after|before) (?:arriving|(?:his|her|their) (?:arrival|trip|visit)"
                            r"|(?:he|she|they) arrived)\b", re.I)


_ON_ARRIVAL = re.compile(r"\bon the (?:day|evening|night|morning|afternoon) of (?:his|her|their) arrival\b", re.I)


def day_after_arrival(meeting, meetings: Sequence, arrivals: Sequence[tuple[str, set[str]]] = ()) -> None:
    """A meeting told as a day or two after its person arrived, or before or after their trip, that the text dates no
    other way, is that many days from the arrival or trip the article dates ("arrived in Luanda on Tuesday" … "A day
    after arriving, Amorim was received by President dos Santos": Wednesday; "had hosted a dinner in her honour on
    the evening of her arrival": Tuesday, news told in the past perfect; "The day before his trip, Gnassingbé
    spoke by telephone with Bongo"), or from the one day a sentence gives its person's arrival in words no meeting
    tells (`arrivals`: day and people: "Air Force One touched down in Havana on Sunday" … "The day after he arrived,
    Obama sat down with Castro")."""
    found = _AFTER_ARRIVAL.search(meeting.evidence)
    if not (found or _ON_ARRIVAL.search(meeting.evidence)) or not any(r in UNDATED for r in meeting.rules):
        return
    sign = 1 if found and found.group(2).lower() == "after" else -1
    shift = sign * timedelta(days=DAY_COUNTS[found.group(1).lower()] if found else 0)
    for visit in meetings:
        if (visit is not meeting and visit.kind == "visit" and not visit.referenced and visit.date_precision == "day"
                and visit.date and set(visit.participants) & set(meeting.participants) and visit.sentence < meeting.sentence):
            meeting.referenced = visit.referenced
            redated(meeting, (date.fromisoformat(visit.date) + shift).isoformat(), "day", "date:from-the-trip")
            return
    days = {day for day, people in arrivals if people & set(meeting.participants)}
    if len(days) == 1:
        redated(meeting, (date.fromisoformat(days.pop()) + shift).isoformat(), "day", "date:from-the-arrival")


_TOUCHDOWN = re.compile(r"\b(?:touched|touches|touching) down\b", re.I)


def arrival_days(people: Sequence, dates: Sequence, sentences: list[tuple[int, int]], text: str, published: str | None):
    """(day, people) for each sentence that tells an arrival (`arrival` cues, "touched down") with one recent day."""
    from core.pipeline.neighbours import recent_days

    if not published or len(published) < 10:
        return []
    out = []
    for number, (start, end) in enumerate(sentences):
        words = text[start:end]
        if not (word_stems(words) & cues().get("arrival", frozenset()) or _TOUCHDOWN.search(words)):
            continue
        days = recent_days(dates, (start, end), date.fromisoformat(published[:10]))
        if len(days) == 1:
            out.append((days[0], {m.canonical for m in people if m.sentence == number}))
    return out


_NEWS_CAME_AFTER = re.compile(r"^(?:the|this|that) (\w+)(?: [\w-]+){0,3} (?:came|followed) (?:shortly |just |hours |soon |only )?after\b", re.I)


def came_after_the_news(meeting, dates: Sequence, sentences: list[tuple[int, int]], published: str | None, places: Sequence = ()) -> None:
    """A meeting the sentence after the lede tells as what the news came after, which the text dates no other way, was
    held that day ("Colombia and Venezuela agreed on Tuesday to restore relations" + "The announcement came after
    Santos and Chávez held three hours of talks"): the news of the one recent day the lede gives, in the one town it
    names when its own sentence names none."""
    from core.pipeline.neighbours import city_of_sentence, recent_days

    found = _NEWS_CAME_AFTER.search(meeting.evidence)
    if (not found or (meeting_noun(found.group(1)) and not noun_kinds(found.group(1)) <= {"signing"}) or not 0 < meeting.sentence <= 2 or not {"date:published", "date:background-undated"} & set(meeting.rules)
            or not published or len(published) < 10):
        return  # (a meeting noun is no news of its own: "The summit came after …"; an agreement is: "The agreement came after …")
    days = recent_days(dates, sentences[0], date.fromisoformat(published[:10]))
    if len(days) == 1:
        redated(meeting, days[0], "day", "date:came-after-news")
        meeting.referenced = False
        city_of_sentence(meeting, places, sentences[0])  # "Sarkozy left Brasília on Monday night with …": there too


_CAME = re.compile(r"\b(?:the|this|that|his|her|their|its) (\w+)(?: to [\w ]+?)? (?:came|comes|followed|follows) (a|one|two|three) "
                   r"days? (after|before)\b", re.I)  # "Her visit to the Georgian capital came two days after …"


def days_from_the_news(meeting, meetings: Sequence) -> None:
    """A meeting told as what a reported meeting "came" some days after or before, that the text dates no other way,
    is that many days from the reported one ("Sharon and Abbas met on Tuesday" … "The summit came two days after Rice
    held talks with Sharon in Jerusalem": Sunday); the noun says which one: a summit word the reported summit."""
    found = _CAME.search(meeting.evidence)
    if not found or not {"date:published", "date:background-undated"} & set(meeting.rules) or not meeting_noun(found.group(1)):
        return
    if any(f"trigger:{stem}" in meeting.rules for stem in regular_stems(found.group(1))):
        return  # the news that came after the other: "Her visit … came two days after she met Medvedev"
    summit = found.group(1).lower() in ("summit", "summits", "conference")
    news = first_dated_news(meeting, meetings, lambda m: (m.kind == "summit") == summit and m.sentence < meeting.sentence)
    if news is not None:
        sign = -1 if found.group(3).lower() == "after" else 1
        day = date.fromisoformat(news.date[:10]) + sign * timedelta(days=DAY_COUNTS[found.group(2).lower()])
        meeting.referenced = True
        redated(meeting, day.isoformat(), "day", "date:before-the-news")


_AFTER_OPENING = re.compile(r"\b(?:(?:hours|minutes|shortly|soon|just|right) after the (?:summit's |conference's |forum's )?"
                            r"(?:opening|start)(?: session| ceremony| plenary)?|after the (?:summit|forum|conference) (?:closed|ended)"
                            r"|after the (?:opening|first) day(?:'s|’s)? (?:sessions?|talks|meetings|proceedings))\b", re.I)


def after_the_opening(meeting, meetings: Sequence) -> None:
    """A meeting held "hours after the opening session" is of the day the gathering the article reports opened
    ("Leaders of the Pacific Islands Forum opened their annual summit in Nuku'alofa yesterday" … "Hours after the
    opening session, Clark and Downer spent 45 minutes with Bainimarama"; "After the opening day's sessions, Putin held
    talks with Merkel"), and so is one "after the forum closed", whatever other days its neighbours give."""
    if not _AFTER_OPENING.search(meeting.evidence) or meeting.referenced:
        return
    summit = first_dated_news(meeting, meetings, lambda m: m.kind == "summit")
    if summit is None:
        return
    opened = min(m.date[:10] for m in meetings if m.kind == "summit" and not m.referenced and m.date_precision == "day" and m.date
                 and abs((date.fromisoformat(m.date[:10]) - date.fromisoformat(summit.date[:10])).days) <= 3)  # told on
    if meeting.date != opened:  # several days, "left the summit on Sunday" + "the summit, which opened on Saturday"
        redated(meeting, opened, "day", "date:after-the-opening", UNDATED + NEIGHBOURS)
        meeting.location = meeting.location or summit.location


_OWNER = r"(?:the|this|its|their|his|her)"
_NAMED = r"(?:(?-i:[A-Z])[\w-]+ ){0,2}"  # the town an occasion is named by: "the day before the Santa Marta meeting"
_EVE = re.compile(rf"\b(?:on )?(?:the )?(?P<part>eve|(?:morning|afternoon|evening|night|day|opening day)|day (?:before|after)) of {_OWNER} ({_NAMED})(\w+)"
                  rf"|\b(?:on )?the (?P<side>day (?:before|after)) {_OWNER} (?P<town>{_NAMED})(?P<word>\w+)", re.I)
_SHIFT = {"eve": -1, "day before": -1, "day after": 1}  # any other part of the day: that day


def eve_of(meeting, dates: Sequence, sentences: list[tuple[int, int]], text: str, meetings: Sequence = ()) -> None:
    """A meeting "on the eve of" a gathering is the day before the one day the sentence telling that gathering opened
    gives, else the first sentence naming it ("The six-day conference was opened on Tuesday" … "Portman and Mandelson
    had met privately on the eve of the conference": Monday); "on the morning of the opening" is that day, "the day
    after the summit" the day after. A meeting noun no sentence dates is the first reported meeting of its people that
    has a day ("The day before the trip, the minister spoke by telephone with Clinton"), else the first of its kind
    ("Howard telephoned Yudhoyono on the evening of the signing": the ministers' signing that day)."""
    found = _EVE.search(meeting.evidence)
    if not found or meeting.date_precision not in ("unknown", "approx"):
        return
    part = (found.group("part") or found.group("side")).lower()
    town = (found.group(2) or found.group("town") or "").strip()
    word, opening = (found.group(3) or found.group("word")).lower(), {"open", "opened", "opens", "began", "begin", "begins", "started", "starts"}
    if word in ("opening", "start"):
        word = "opened" if any("opened" in re.findall(r"[a-z]+", text[slice(*b)].lower()) for b in sentences) else word
    elif part != "eve" and word not in meeting_nouns():
        return  # "on the morning of the raid": the day of a raid the sentences may give is not sure to be the raid's
    starts = cues().get("office_start", frozenset()) | {"office"} if word in cues().get("office_start", frozenset()) else {word}
    day = next(filter(None, (_day_told(meeting, w, dates, sentences, text, opening) for w in [word, *sorted(starts - {word})])), None)
    if day is not None:  # "On the eve of his inauguration" + "Santos took office on 7 August": any word of taking office
        redated(meeting, (date.fromisoformat(day) + timedelta(days=_SHIFT.get(part, 0))).isoformat(), "day", "date:eve")
        return
    if town and word in meeting_nouns():  # "the day after the Shanghai meeting": the one held there, or none
        there = next((m for m in meetings if m is not meeting and m.location == town), None)
        told = there and next((m for m in [there, *meetings] if m is not meeting and m.date_precision == "day" and m.date
                               and m.referenced == there.referenced and m.participants == there.participants), None)
        if told:  # the meeting held there, or the same meeting told again with its day
            redated(meeting, (date.fromisoformat(told.date) + timedelta(days=_SHIFT.get(part, 0))).isoformat(), "day", "date:eve")
        return
    news = (first_dated_news(meeting, meetings, lambda m: bool(set(m.participants) & set(meeting.participants)))
            or first_dated_news(meeting, meetings, lambda m: m.sentence < meeting.sentence and (m.kind in noun_kinds(word) - {"talks"} or (
                "summit" in noun_kinds(word) and len(m.participants) >= 3)))) if word in meeting_nouns() else None  # a gathering of
    # three or more told before: the summit ("the summit" points back to it)
    if news is not None:  # "The day before the trip, the minister spoke by telephone with Clinton": the trip the article reports
        redated(meeting, (date.fromisoformat(news.date) + timedelta(days=_SHIFT.get(part, 0))).isoformat(), "day", "date:eve")


def _day_told(meeting, word: str, dates: Sequence, sentences: list[tuple[int, int]], text: str, first=frozenset(),
              near: int | None = None, own: bool = False) -> str | None:
    """The one day of the first other sentence that names `word` and gives one day (sentences with one of the words
    `first` before the rest); with `near`, only a day written within that many characters after the word, in its
    clause ("The funeral service was held on Thursday", not "stayed away from the ceremony, … the 20 September
    run-off"); with `own`, the meeting's own sentence first ("after the state funeral of President Sata on Tuesday")."""
    words = [set(re.findall(r"[a-z]+", text[slice(*bounds)].lower())) for bounds in sentences]
    told = [n for n in range(len(sentences)) if (own or n != meeting.sentence) and word in words[n]
            and not re.search(rf"\b(?:after|before|since|following) {_OWNER} {word}\b", text[slice(*sentences[n])], re.I)]
    # (not "After the summit he flew to Nairobi, where he held talks the following morning": another event's day)
    for start, end in (sentences[n] for n in sorted(told, key=lambda n: (n != meeting.sentence, not first & words[n], n))):
        after = [m.end() for m in re.finditer(rf"\b{word}\b(?:(?!\b(?:followed|follows|after|before|since|preceded)\b)(?:[^,;:.]|, which\b))*",
                                              text[start:end].lower())] if near else []  # not "The funeral followed a memorial held on 10 December"
        days = {d.value for d in dates if start <= d.start < end and d.precision == "day" and d.value
                and (near is None or any(d.start - start <= a and a - d.start <= near for a in after))
                and not _SINCE.search(text[start:d.start])}  # "the first summit … since they joined on July 1"
        if len(days) == 1:
            return days.pop()
    return None


_SINCE = re.compile(r"\bsince\b[^,;:.]*$", re.I)  # a day of the clause "since" opens: another event's


def after_the_ceremony(meeting, dates: Sequence, sentences: list[tuple[int, int]], text: str, meetings: Sequence = ()) -> None:
    """A meeting held after or before a ceremony of one day (`ceremony` cues: "held a brief meeting in Buenos Aires
    after the funeral of Néstor Kirchner") that nothing else dates is of the day another sentence gives that ceremony
    ("The funeral service was held on Thursday"), or of the news meeting told before at that ceremony ("… signed a
    free trade agreement in Beijing on Thursday, at a ceremony …" + "Before the ceremony, Xi and Yameen held talks"),
    and is news as that one is."""
    found = re.search(r"\b(?:after|before) (?:\w+ing )?(?:the|his|her|their|a) (\w+)(?: (\w+))?", meeting.evidence, re.I)  # "after the state funeral"
    words = [w.lower() for w in (found.groups() if found else ()) if w and w.lower() in cues().get("ceremony", frozenset())]
    if not words or (meeting.date_precision not in ("unknown", "approx") and not set(meeting.rules) & set(NEIGHBOURS)):
        return  # (a day lent by the next sentence is that one's: "Before the signing, … met" + "Yesterday night, … hosted")
    day = _day_told(meeting, words[0], dates, sentences, text, near=60, own=True)
    if day is not None:
        redated(meeting, day, "day", "date:after-ceremony", UNDATED + NEIGHBOURS)
        return
    held_at = _news_before(meeting, meetings, 1, 3, lambda m: m.date_precision == "day" and words[0] in re.findall(r"[a-z]+", m.evidence.lower()))
    if held_at is not None and set(meeting.participants) & set(held_at.participants):
        meeting.referenced = False
        redated(meeting, held_at.date, "day", "date:after-ceremony", UNDATED + NEIGHBOURS)
        _in_its_town(meeting, held_at, "place:ceremony")


_HIS_TRIP = re.compile(r"\b(?:before|after|during|since) (?:his|her|their) (?:trip|visit|arrival)\b", re.I)


def trip_told_again(meeting, meetings: Sequence) -> None:
    """ "The day before his trip, …": the trip a possessive points back to is the visit the article reports, not a
    visit of its own (the merge then makes them one)."""
    if meeting.kind != "visit" or "date:background-undated" not in meeting.rules or not _HIS_TRIP.search(meeting.evidence):
        return
    visit = next((v for v in meetings if v is not meeting and v.kind == "visit" and not v.referenced and v.date
                  and set(v.participants) & set(meeting.participants) and v.sentence < meeting.sentence), None)
    if visit is not None:
        meeting.referenced = False
        redated(meeting, visit.date, visit.date_precision, "anaphora")


def _news_before(meeting, meetings: Sequence, nearest: int, farthest: int | None, fits):
    """The latest meeting the article reports, told between `nearest` and `farthest` sentences before this one (no
    limit when None), that `fits`."""
    return next((other for other in sorted(meetings, key=lambda m: -m.sentence)
                 if other is not meeting and not other.referenced and nearest <= meeting.sentence - other.sentence
                 and (farthest is None or meeting.sentence - other.sentence <= farthest) and fits(other)), None)


def _in_its_town(meeting, other, rule: str) -> None:
    """The meeting placed where the news it belongs to was, when no text places it (a call is held nowhere)."""
    if meeting.location is None and other.location and meeting.kind != "call":
        meeting.location = other.location
        meeting.rules.append(rule)


def _shares_someone(meeting):
    return lambda other: bool(set(other.participants) & set(meeting.participants))


def earlier_that_day(meeting, meetings: Sequence) -> None:
    """A meeting told as had "earlier" with no time of its own, just after a meeting the article reports with one of
    its people, is part of that news, on its day and in its town ("Davutoglu held talks with Assad in Damascus on
    Tuesday." + "Davutoglu, who had earlier met his Syrian counterpart at the foreign ministry, said …")."""
    if "date:background-undated" not in meeting.rules or "earlier" not in re.findall(r"[a-z]+", meeting.evidence.lower()):
        return
    shares = _shares_someone(meeting)
    other = _news_before(meeting, meetings, 0, 1, lambda o: bool(o.date) and shares(o))
    if other is not None:
        meeting.referenced = False
        redated(meeting, other.date, other.date_precision, "date:earlier-that-day")
        _in_its_town(meeting, other, "place:earlier-that-day")


NARRATIVE_REACH = 4  # sentences back to the dated news a meeting with no time of its own continues


def narrative_day(meeting, meetings: Sequence) -> None:
    """A meeting the article reports that no text dates, told a few sentences after a meeting the article reports
    and dates to the day with one of its people, goes on with that news and is held on that day ("… announced an end
    to the violence on Tuesday, at a summit in Sharm el-Sheikh." + "Sharon and Abbas also met alone for an hour"), as
    is one held while another met ("While the leaders met, the foreign ministers held talks across town"). A
    visit spans days of its own (not a reception, `reception` cues: "Widodo also received Lee Hsien Loong"), and a
    meeting a quotation tells is not dated by the news around it."""
    received = any(r.startswith("trigger:") and r.split(":")[1] in cues().get("reception", frozenset()) for r in meeting.rules)
    if (meeting.referenced or (meeting.kind == "visit" and not received) or meeting.date_precision != "approx" or "date:published" not in meeting.rules
            or meeting.evidence[:1] in ('"', "“")):
        return
    beside = "while-another" in meeting.rules
    shares = _shares_someone(meeting)
    other = _news_before(meeting, meetings, 1, NARRATIVE_REACH, lambda o: o.date_precision == "day" and (beside or shares(o)))
    if other is not None:
        redated(meeting, other.date, other.date_precision, "date:narrative")
        if beside:
            _in_its_town(meeting, other, "place:while-another")  # held at the same time: in the same town


def lede_counted_from_another_event(meeting, meetings: Sequence) -> None:
    """A meeting given the day of the article's first sentence (as its lede or the sentence before it) takes, instead,
    the day of the news meeting that sentence counts from another event it dates ("Merkel chose Paris for her first
    trip, a day after she was sworn in on Tuesday": Wednesday, not Tuesday)."""
    if "date:lede" not in meeting.rules and not (meeting.sentence == 1 and "date:neighbour-sentence" in meeting.rules):
        return
    lede = next((m for m in meetings if m.sentence == 0 and not m.referenced and m.date_precision == "day"
                 and "date:other-event" in m.rules), None)
    if lede is not None and lede.date != meeting.date:
        redated(meeting, lede.date, "day", "date:lede-counted", ("date:lede", "date:neighbour-sentence"))


AFTER_REACH = 5  # sentences back to the meeting "After the talks, …" follows


def after_the_meeting(meeting, meetings: Sequence) -> None:
    """A meeting its sentence opens as coming after the meeting just told, which no text dates, is held on that
    meeting's day and in its town ("… agreed on Tuesday to conclude negotiations." + "After the talks, the two leaders
    looked on as their ministers signed a memorandum")."""
    words = re.findall(r"[a-z]+", meeting.evidence.lower())[:4]  # "After the (formal) talks, …"
    if (meeting.referenced or "date:published" not in meeting.rules or len(words) < 3 or words[0] not in ("after", "following")
            or words[1] not in POINTING or not any(meeting_noun(w) for w in words[2:])):
        return
    summit = any(w in summit_words() for w in words[2:])  # "After the summit, Fernández telephoned Chávez": the summit
    other = _news_before(meeting, meetings, 1, None if summit else AFTER_REACH,  # told, however far back
                         lambda o: o.date_precision == "day" and o.kind != "call" and (o.kind == "summit" or not summit))
    if other is not None:
        redated(meeting, other.date, other.date_precision, "date:after-the-meeting")
        _in_its_town(meeting, other, "place:after-the-meeting")


def day_of_the_gathering(meeting, meetings: Sequence) -> None:
    """A meeting held on the sidelines is held in the town of the nearest summit the article told before, and, when
    no text dates it, on that summit's day ("The summit was hosted by Bakiyev … on Thursday." … "On the sidelines,
    Putin held talks with Ahmadinejad"; "ended a two-day summit in Seoul" … "On the sidelines of the summit on
    Thursday, Lee held talks with Obama")."""
    if meeting.referenced or not word_stems(meeting.evidence) & cues().get("setting", frozenset()):
        return
    other = _news_before(meeting, meetings, 0, None, lambda o: o.kind == "summit" and o.location is not None)
    if other is not None:
        _in_its_town(meeting, other, "place:gathering")
    other = _news_before(meeting, meetings, 0, None, lambda o: o.kind == "summit" and o.date_precision == "day")
    if other is not None and "date:published" in meeting.rules:
        redated(meeting, other.date, other.date_precision, "date:gathering")


def side_speaking_of_it(meeting, people: Sequence, sentences: list[tuple[int, int]], text: str, in_office) -> None:
    """The one country side of a meeting the article reports is the one office-holder of that country the next
    sentence names, when that sentence speaks of the meeting again ("Straw met Iranian officials in Tehran on
    Monday." + "Foreign Minister Kamal Kharrazi said the talks were constructive"); `in_office` tells whether a
    person mention held an office then."""
    number = meeting.sentence + 1
    if meeting.referenced or meeting.kind == "summit" or number >= len(sentences):
        return
    if not points_back(text[slice(*sentences[number])]):
        return
    sides = {name: code for name in meeting.participants if (code := country_iso3(name))}
    if len(sides) != 1 or len(meeting.participants) < 2:
        return
    [(side, code)] = sides.items()
    holders = {m.canonical for m in people if m.sentence == number and m.country == code and in_office(m)}
    if len(holders) == 1 and not holders & set(meeting.participants):
        meeting.participants = sorted({*meeting.participants, *holders} - {side})
        meeting.rules.append("side:speaks-of-it")


_SAME_PLACE = re.compile(r"\b(?:in|at) the (?:same (?:city|town|capital|place|resort|venue|palace|hotel|building|residence|compound)|(?:city|town)\b(?!['’]s| of))\b", re.I)


def same_place(meeting, places: Sequence, held: frozenset[str] | set[str] = frozenset(), met_in: frozenset[str] | set[str] = frozenset()) -> None:
    """A meeting "in the same city" is in the last town before it that a meeting the article tells was held in
    (`met_in`), else in the last town the text named before it ("visited Pahor in Ljubljana on 31 July, and the two …
    met again in the same city on 11 September"; not the Khartoum of "Khartoum would not accept …" after talks in Addis
    Ababa); one "in the city", in the last town before it that a meeting the article reports was held in (`held`: "met
    at Government House in Auckland" … "hosted Turnbull at a private dinner in the city"; not the Tehran of "over
    Tehran's nuclear programme")."""
    found = None if meeting.location else _SAME_PLACE.search(meeting.evidence)
    if found is None:
        return
    at, same = meeting.start + found.start(), "same" in found.group(0).lower()
    before = [p for p in places if p.label == "GPE" and p.end <= at]
    town = max((p for p in before if p.where in (met_in if same else held)), key=lambda p: p.start, default=None) or (
        max(before, key=lambda p: p.start, default=None) if same else None)
    if town is not None:
        meeting.location = town.where
        meeting.rules.append("place:same")

"""What a meeting takes from the sentences around its evidence: the day a neighbouring sentence gives (a reported
meeting's recent day, a plan's future day, with its city), and for a visit the host its visitor meets in the next
sentences. Its town from them is `towns_nearby`'s."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from core.knowledge import country_iso3, cues
from core.pipeline.senses import meeting_nouns, meeting_verbs
from core.text import regular_stems

LEDE_REACH = 3  # the sentences after the first that report the news the first sentence dates
STORY_REACH = 6  # the sentences after the first that may say which day the story's present is ("later on Tuesday")
VISIT_REACH = 2  # the sentences after a visit that can tell of talks held during it
AFTER_REACH = 4  # the sentences back a meeting told as coming later ("then", "later") looks for its day


def during_visit(meeting, meetings: Sequence) -> None:
    """Talks the text tells just after a visit, which the visitor takes part in and which give no date of their own,
    are held during that visit and take its date, and its place when they name none: "Putin arrived in Beijing on
    Monday." + "He met Hu Jintao"; "Downer visited Tokyo last week. During the visit, he met Abe"; not talks in another town. Talks after a
    visit told as background are background too when their sentence points back to it (`visit_reference` cues:
    "Rice traveled to Moscow in April 2005. While there, she held talks with Lavrov"). A visit the text does not
    date dates nothing."""
    if meeting.referenced or "date:published" not in meeting.rules:
        return
    pointing = bool(word_stems(meeting.evidence) & cues().get("visit_reference", frozenset()))
    for visit in sorted(meetings, key=lambda m: -m.sentence):
        visitors = {visit.subject} if visit.subject else set(visit.participants)
        if (visit is not meeting and visit.kind == "visit" and (pointing or not visit.referenced) and visit.date
                and "date:published" not in visit.rules and 0 < meeting.sentence - visit.sentence <= VISIT_REACH
                and visitors & set(meeting.participants) and not closer_occasion(meeting, visit, meetings)
                and not other_towns(meeting.location, visit.location)):
            meeting.date, meeting.date_precision, meeting.referenced = visit.date, visit.date_precision, visit.referenced
            meeting.rules = [r for r in meeting.rules if r != "date:published"] + ["date:visit"]
            if meeting.location is None and visit.location:
                meeting.location = visit.location
                meeting.rules.append("place:visit")
            return


def other_towns(here: str | None, there: str | None) -> bool:
    """Two towns, not one and not a country: "flew on to Doha and met Attiyah. In Baghdad he saw Jaafari"."""
    return bool(here and there and here != there and not country_iso3(here) and not country_iso3(there))


def closer_occasion(meeting, visit, meetings: Sequence, *, elsewhere: bool = False) -> bool:
    """A meeting of its people that the text dates and tells between the visit and the meeting ("arrived in Seoul on
    Monday … In Beijing on Sunday, Abe held talks with Hu … He then met Wen"): the meeting follows that one, not the
    visit; with `elsewhere`, only one held in another town than the visit."""
    return any(m is not meeting and m is not visit and visit.sentence < m.sentence < meeting.sentence and not m.referenced
               and m.date_precision == "day" and set(m.participants) & set(meeting.participants)
               and not (elsewhere and m.location in (None, visit.location)) for m in meetings)


def host_met_after(found: list, home: dict[str, str]) -> None:
    """A visit whose host side is only a country gets the one person of that country (by `home`, canonical name to
    country code) whom the visitor meets in a meeting its own sentence or the next ones tell: "Downer visited Jakarta
    last week." + "He held talks with his Indonesian counterpart, Hassan Wirajuda, on Thursday"; "visited Tokyo, where
    he held talks with Nakasone"."""
    for visit in found:
        if (not visit.host or visit.kind != "visit" or len(visit.participants) != 2 or visit.subject != visit.participants[0]
                or home.get(visit.participants[1])):
            continue  # a host already named is kept
        met = {p for m in found if m is not visit and 0 <= m.sentence - visit.sentence <= VISIT_REACH
               and visit.subject in m.participants and m.referenced == visit.referenced
               for p in m.participants if home.get(p) == visit.host}
        if len(met) == 1 and (host := met.pop()) not in visit.participants:
            visit.participants = [visit.subject, host]
            visit.rules.append("host:met-after")


_EARLIER = re.compile(r"(?:earlier|before that|previously)\b(?! this (?:week|month|year))", re.I)


def opens_as_earlier(text: str) -> bool:
    """The sentence opens by telling what came earlier than what the text told before it ("Earlier on Sunday, Trump held
    talks with Moon in Seoul"): another occasion, not "earlier this month", which only says when."""
    return _EARLIER.match(text.lstrip()) is not None


_THERE = re.compile(r"there\b(?!\s+(?:is|are|was|were|will|would|could|may|might|has|have|had|seems?|appears?)\b)", re.I)  # not "There was"
# a sentence told in the past perfect of being somewhere or meeting: what it dates came before what the sentence before tells
_EARLIER_STILL = re.compile(r"\bhad (?:(?:already|earlier|previously|just|also) )?(?:been|met|held|visited|travel+ed|flown|gone|seen|spoken|"
                            r"talked|received|hosted)\b", re.I)


def day_from_context(meeting, people: list, dates: Sequence, sentences: list[tuple[int, int]], published: str | None,
                      text: str = "", places: Sequence = ()) -> None:
    """A reported meeting the evidence does not date takes the day the sentence before or after gives, when that
    sentence speaks of one of its participants, or the sentence after tells the meeting again ("The meeting took
    place on Monday"), and the day is in the week before publication ("Abbas arrived in Mecca on Tuesday." + "The
    talks between Abbas and Haniyeh …"), or the evidence names what the sentence before told ("The two leaders met
    … on Friday morning." + "It was Turnbull's first visit to New Zealand"). A meeting told as coming later ("Abe
    later met …", "The two premiers then held talks") looks up to four sentences back, and never forward. A meeting a
    quotation tells is not of the day the words were said."""
    if not published or len(published) < 10:
        return
    pub = date.fromisoformat(published[:10])
    if "date:plan-undated" in meeting.rules:
        _plan_day_from_context(meeting, people, dates, sentences, pub, text, places)
        return
    if meeting.referenced or meeting.date_precision != "approx" or meeting.evidence[:1] in ('"', "“"):
        return  # a meeting told in a quotation is not dated by when the words were said
    names = set(meeting.participants)
    after = told_as_later(meeting.evidence)  # "Abe later met Trong": the day before
    for number in range(meeting.sentence - 1, meeting.sentence - 1 - AFTER_REACH, -1) if after else (meeting.sentence - 1, meeting.sentence + 1):
        if not 0 <= number < len(sentences):
            continue
        again = number == meeting.sentence + 1 and told_again(text[slice(*sentences[number])])
        before = text[slice(*sentences[number])]
        announced = number == meeting.sentence - 1 and (_announces_meetings(before) or (
            _WHAT_IT_WAS.match(meeting.evidence) is not None and bool(meeting_words_of(before) or word_stems(before) & cues().get(
                "irregular_meeting", frozenset()))))
        there = number == meeting.sentence - 1 and _THERE.match(meeting.evidence) is not None  # "… flew to Jeddah." + "There"
        sides = number == meeting.sentence - 1 and len(meeting.countries) >= 2 and set(meeting.countries) <= {  # "Sudan and
            p.country for p in places if p.label == "COUNTRY" and sentences[number][0] <= p.start < sentences[number][1]}  # South Sudan signed"
        if not (again or announced or sides or there) and not any(m.sentence == number and m.canonical in names for m in people):
            continue
        if number > meeting.sentence and not again and _EARLIER_STILL.search(before):
            continue  # "On the sidelines, Sharif and Ghani held a meeting." + "Ghani had been in Islamabad last Wednesday"
        near = recent_days([d for d in dates if (not again or not _after_sequence(text, sentences[number][0], d.start))
                            and not _in_aside(text, sentences[number][0], d.start) and not owns_a_noun(text, d)
                            and not (again and _REPORTED.search(text, sentences[number][0], d.start))], sentences[number], pub)
        if len(near) == 1:
            meeting.date, meeting.date_precision = near[0], "day"
            meeting.rules.append("date:neighbour-sentence")
            if not again and not (number > meeting.sentence and opens_as_earlier(before)):  # not "… for talks." +
                city_of_sentence(meeting, places, sentences[number])  # "Earlier on Sunday, Trump held talks with Moon in Seoul"
                # (another occasion); "Blair was in Dublin on Monday. A meeting with Ahern …"
            if announced and word_stems(text[slice(*sentences[number])]) & cues().get("setting", frozenset()):
                meeting.rules.append("setting:neighbour")  # "… encounters on Thursday's margins": beside the gathering
            return
    lede = recent_days(dates, sentences[0], pub) if after and any(m.sentence == 0 and m.canonical in names for m in people) else []
    if len(lede) == 1:  # "… who held talks with Lee later in the afternoon": the day of the news the first sentence tells
        meeting.date, meeting.date_precision = lede[0], "day"  # of Lee, however far back
        meeting.rules.append("date:lede-later")
        return
    if meeting.kind == "visit" and meeting.subject:
        _arrival_day(meeting, people, dates, sentences, pub, text)
    _lede_day(meeting, dates, sentences, pub, text, places)
    _story_day(meeting, dates, sentences, pub, text)


_LATER_ON = re.compile(r"\blater\s+(?:on\s+)?$", re.I)


def _story_day(meeting, dates: Sequence, sentences: list[tuple[int, int]], pub: date, text: str) -> None:
    """The news the first sentences tell with no day of their own is of the day the next sentences call the present
    one by telling what comes "later on" it: "… arrived in Mecca for negotiations." + "… hoped the leaders would meet
    King Abdullah later on Tuesday night" (the story is Tuesday's, published on Wednesday)."""
    if meeting.date_precision != "approx" or meeting.referenced or meeting.sentence > LEDE_REACH or len(sentences) < 2:
        return
    end = sentences[min(STORY_REACH, len(sentences) - 1)][1]
    days = {d.value for d in dates if d.start < end and d.precision == "day" and d.value and d.rule == "weekday"
            and _LATER_ON.search(text[max(0, d.start - 12):d.start]) and 0 <= (pub - date.fromisoformat(d.value[:10])).days <= 2}
    if len(days) == 1:
        meeting.date, meeting.date_precision = days.pop(), "day"
        meeting.rules.append("date:story-day")


def told_as_later(sentence: str) -> bool:
    """The sentence tells its news as coming after what was told before (`afterwards` cues: "later", "then"), not
    "then" before a title ("then Prime Minister Nawaz Sharif", "then-President")."""
    adjectival = re.sub(r"\bthen[\s-]+(?=[A-Z])", " ", sentence)
    return bool(word_stems(adjectival) & cues().get("afterwards", frozenset()))


_WHAT_IT_WAS = re.compile(r"(?:It|This|That) (?:was|is)\b")  # "It was Turnbull's first visit …": the news just told, named


def _announces_meetings(sentence: str) -> bool:
    """The sentence speaks of several meetings that the next one tells ("Theirs was one of a string of encounters on
    Thursday's margins."): a meeting noun in the plural other than "talks", which is plural always."""
    return any(w.endswith("s") and w != "talks" and meeting_noun(w) for w in re.findall(r"[a-z]+", sentence.lower()))


POINTING = ("the", "this", "that", "these", "those", "their")  # words that point back to a meeting just told


def told_again(sentence: str) -> bool:
    """The sentence opens with a meeting noun pointed back to ("The meeting took place on Monday", "The talks were
    the first since 2005", "This visit …"): it tells the meeting just told again."""
    words = re.findall(r"[a-z]+", sentence.lower())[:3]
    return bool(words) and words[0] in POINTING and any(meeting_noun(w) for w in words[1:])


def _after_sequence(text: str, start: int, at: int) -> bool:
    """A day its sentence tells after "after", "before" or "since" is another event's: "The visit came days after Lee
    met Hu on 30 April"."""
    return re.search(r"\b(?:after|before|since|following)\b", text[start:at], re.I) is not None


def points_back(sentence: str) -> bool:
    """The sentence speaks again of a meeting just told, through a meeting noun pointed back to anywhere in it
    ("Wen Jiabao said the talks were fruitful", "after their meeting")."""
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(first in POINTING and meeting_noun(second) for first, second in zip(words, words[1:]))


def noun_with(sentence: str) -> bool:
    """The sentence has a meeting noun with its counterpart after "with" ("A meeting with Ahern lasted two hours",
    "During talks with Ahern"), not a meeting spoken of ("opposed to including Syria in talks about security")."""
    words = re.findall(r"[a-z]+", sentence.lower())
    return any(second == "with" and meeting_noun(first) for first, second in zip(words, words[1:]))


def meeting_noun(word: str) -> bool:
    """A word that is a meeting noun in any of its regular forms ("talks", "encounters")."""
    return bool(regular_stems(word) & meeting_nouns())


def _spans(text: str, end: int, trigger: str) -> bool:
    """A length of time that quantifies the meeting its evidence tells (`trigger`, its word's base form): "months of
    talks", "two years of negotiating"; not other meetings that led to it ("signed … after five days of
    negotiations": the signing is a day's)."""
    if not text[end:end + 4].lower().startswith(" of "):
        return False
    return any(trigger in regular_stems(word) for word in re.findall(r"[a-z]+", text[end + 4:end + 40].lower())[:2])


def _lede_day(meeting, dates: Sequence, sentences: list[tuple[int, int]], pub: date, text: str, places: Sequence = ()) -> None:
    """A reported meeting of the article's first sentences that its evidence does not date takes the one recent day
    the first sentence gives: the lede dates the news the next sentences tell ("… officials said yesterday they
    would …" + "Meeting in Jambi, cabinet ministers from Brunei … heard …"). A date the evidence gives without a day
    ("the end of months of negotiations") says the meeting is not that day's, and so does a day of its own; a month or
    a year the meeting's own date left out belongs to another clause ("heard what Indonesia plans to do this year"),
    as does a time that spans nothing the sentence tells ("fires which start each year"). A meeting on the sidelines
    of the talks the lede tells is of its day however far on it is told. The one town the lede names is the meeting's
    too when its evidence names none."""
    beside = bool(word_stems(meeting.evidence) & cues().get("setting", frozenset())) and any(
        meeting_noun(w) for w in re.findall(r"[a-z]+", text[slice(*sentences[0])].lower()))  # "On the sidelines, …" of
    reach = len(sentences) - 1 if beside else min(LEDE_REACH, len(sentences) - 1)  # the talks the first sentence tells
    if meeting.date_precision != "approx" or not 0 < meeting.sentence <= reach:
        return
    start, end = sentences[meeting.sentence]
    trigger = next((r.split(":", 1)[1] for r in meeting.rules if r.startswith("trigger:")), "")
    if any(start <= d.start < end and not _in_aside(text, start, d.start)
           and (d.precision == "day" or (not d.value and _spans(text, d.end, trigger))) for d in dates):
        return
    near = recent_days(dates, sentences[0], pub)
    if len(near) == 1:
        meeting.date, meeting.date_precision = near[0], "day"
        meeting.rules.append("date:lede")
        city_of_sentence(meeting, places, sentences[0])  # "... signed a ceasefire in Havana yesterday": there too


_REPORTED = re.compile(r"\b(?:according to|said|says|announced|statement)\b", re.I)  # "The meeting took place on Wednesday,
# according to a statement issued this morning": the day of the statement is not the meeting's


_ASIDE = re.compile(r",\s+(?:who|which)\b[^,]*$")


def owns_a_noun(text: str, day) -> bool:
    """A day written as the owner of a noun other than a meeting's or its setting's ("last Thursday's killing", not
    "encounters on Thursday's margins"): the day of that, not of a meeting."""
    at = day.end - 2 if text[day.end - 2:day.end] in ("'s", "’s") else day.end  # the model may take "'s" into the day
    owned = re.match(r"['’]s\s+(\w+)", text[at:at + 40])
    return owned is not None and not (meeting_noun(owned.group(1).lower())
                                      or regular_stems(owned.group(1).lower()) & cues().get("setting", frozenset()))


def _in_aside(text: str, start: int, at: int) -> bool:
    """The point `at` lies in a relative clause set off by commas ("Santos, who was sworn in on Saturday, received
    Chávez"): a day there is another event's."""
    return _ASIDE.search(text, start, at) is not None


def recent_days(dates: Sequence, bounds: tuple[int, int], pub: date) -> list[str]:
    """The distinct days of the week before publication (or the day itself) that the text between `bounds` gives."""
    start, end = bounds
    days = {d.value for d in dates if start <= d.start < end and d.precision == "day" and d.value}
    return [d for d in days if pub - timedelta(days=7) <= date.fromisoformat(d) <= pub]


def _arrival_day(meeting, people: list, dates: Sequence, sentences: list[tuple[int, int]], pub, text: str) -> None:
    """A visit the evidence does not date takes the day the article gives the visitor's arrival anywhere in it, when
    one sentence names the visitor, an arrival word and one recent day ("… flew to South Africa on Thursday, the day
    on which Ahmadinejad arrived")."""
    arrival = cues().get("arrival", frozenset())
    numbers = {m.sentence for m in people if m.canonical == meeting.subject}
    found = set()
    for number in sorted(numbers - {meeting.sentence}):
        if not 0 <= number < len(sentences):
            continue
        start, end = sentences[number]
        if word_stems(text[start:end]) & arrival:
            found.update(recent_days(dates, sentences[number], pub))
    if len(found) == 1:
        meeting.date, meeting.date_precision = found.pop(), "day"
        meeting.rules.append("date:arrival")


def _plan_day_from_context(meeting, people: list, dates: Sequence, sentences: list[tuple[int, int]], pub, text: str,
                           places: Sequence = ()) -> None:
    """A planned meeting its evidence does not date takes the one future day the sentence before or after gives,
    when that sentence names one of its participants or a meeting word its evidence uses, in any form ("The summit
    will be held on Aug. 28." + "For the summit, Roh will visit Pyongyang"; "Two US officials will be meeting their
    counterparts in Ottawa on February 23." + "Rice and Chertoff will meet MacKay …"). With the day comes the one
    city that sentence names, when the evidence names none."""
    names, own = set(meeting.participants), meeting_words_of(meeting.evidence)
    for number in (meeting.sentence - 1, meeting.sentence + 1):
        if not 0 <= number < len(sentences):
            continue
        start, end = sentences[number]
        shares_word = bool(own & meeting_words_of(text[start:end]))
        if not shares_word and not any(m.sentence == number and m.canonical in names for m in people):
            continue
        days = {d.value for d in dates if start <= d.start < end and d.precision == "day" and d.value}
        ahead = [d for d in days if pub < date.fromisoformat(d) <= pub + timedelta(days=120)]
        if len(ahead) == 1:
            meeting.date, meeting.date_precision = ahead[0], "day"
            meeting.rules.append("date:neighbour-sentence")
            city_of_sentence(meeting, places, (start, end))
            return


def city_of_sentence(meeting, places: Sequence, bounds: tuple[int, int]) -> None:
    """A meeting that took its day from a neighbouring sentence takes the one town that sentence names, when its
    evidence names none."""
    start, end = bounds
    cities = {p.canonical for p in places if start <= p.start < end and p.label == "GPE"}
    if meeting.location is None and len(cities) == 1:
        meeting.location = cities.pop()
        meeting.rules.append("place:neighbour-sentence")


def meeting_words_of(text: str) -> set[str]:
    """The meeting words of a text, each in its base forms ("meeting" and "meet" alike)."""
    return word_stems(text) & (meeting_nouns() | meeting_verbs())


def word_stems(text: str) -> set[str]:
    """The base forms of a text's words."""
    return {stem for word in re.findall(r"[a-z]+", text.lower()) for stem in regular_stems(word)}

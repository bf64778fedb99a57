"""What a meeting takes from the sentences around its evidence: the day a neighbouring sentence gives (a reported
meeting's recent day, a plan's future day, with its city), the city of the country it was placed in, and for a visit
the host its visitor meets in the next sentences."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from core.knowledge import country_iso3, cues, towns_named
from core.pipeline.date_spans import compatible_dates
from core.pipeline.senses import meeting_nouns, meeting_verbs
from core.text import regular_stems

LEDE_REACH = 3  # the sentences after the first that report the news the first sentence dates
VISIT_REACH = 2  # the sentences after a visit that can tell of talks held during it
AFTER_REACH = 4  # the sentences back a meeting told as coming later ("then", "later") looks for its day
RETELLING_REACH = 3  # the sentences on that may tell a meeting again with its town ("The meeting in Santo Domingo …")


def during_visit(meeting, meetings: Sequence) -> None:
    """Talks the text tells just after a visit, which the visitor takes part in and which give no date of their own,
    are held during that visit and take its date, and its place when they name none: "Putin arrived in Beijing on
    Monday." + "He met Hu Jintao"; "Downer visited Tokyo last week. During the visit, he met Abe". Talks after a
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
                and visitors & set(meeting.participants) and not closer_occasion(meeting, visit, meetings)):
            meeting.date, meeting.date_precision, meeting.referenced = visit.date, visit.date_precision, visit.referenced
            meeting.rules = [r for r in meeting.rules if r != "date:published"] + ["date:visit"]
            if meeting.location is None and visit.location:
                meeting.location = visit.location
                meeting.rules.append("place:visit")
            return


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


def day_from_context(meeting, people: list, dates: Sequence, sentences: list[tuple[int, int]], published: str | None,
                      text: str = "", places: Sequence = ()) -> None:
    """A reported meeting the evidence does not date takes the day the sentence before or after gives, when that
    sentence speaks of one of its participants, or the sentence after tells the meeting again ("The meeting took
    place on Monday"), and the day is in the week before publication ("Abbas arrived in Mecca on Tuesday." + "The
    talks between Abbas and Haniyeh …"). A meeting told as coming later ("Abe later met …", "The two premiers then
    held talks") looks up to four sentences back, and never forward. A meeting a quotation tells is not of the day
    the words were said."""
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
        again = number == meeting.sentence + 1 and _told_again(text[slice(*sentences[number])])
        announced = number == meeting.sentence - 1 and _announces_meetings(text[slice(*sentences[number])])
        if not (again or announced) and not any(m.sentence == number and m.canonical in names for m in people):
            continue
        near = recent_days([d for d in dates if not again or not _after_sequence(text, sentences[number][0], d.start)],
                            sentences[number], pub)
        if len(near) == 1:
            meeting.date, meeting.date_precision = near[0], "day"
            meeting.rules.append("date:neighbour-sentence")
            if not again:
                _city_of_sentence(meeting, places, sentences[number])  # "Blair was in Dublin on Monday. A meeting with Ahern …"
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


def told_as_later(sentence: str) -> bool:
    """The sentence tells its news as coming after what was told before (`afterwards` cues: "later", "then"), not
    "then" before a title ("then Prime Minister Nawaz Sharif", "then-President")."""
    adjectival = re.sub(r"\bthen[\s-]+(?=[A-Z])", " ", sentence)
    return bool(word_stems(adjectival) & cues().get("afterwards", frozenset()))


def _announces_meetings(sentence: str) -> bool:
    """The sentence speaks of several meetings that the next one tells ("Theirs was one of a string of encounters on
    Thursday's margins."): a meeting noun in the plural other than "talks", which is plural always."""
    return any(w.endswith("s") and w != "talks" and meeting_noun(w) for w in re.findall(r"[a-z]+", sentence.lower()))


POINTING = ("the", "this", "that", "these", "those", "their")  # words that point back to a meeting just told


def _told_again(sentence: str) -> bool:
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


def _spans(text: str, end: int) -> bool:
    """A length of time that quantifies what follows it: "months of negotiations", "two years of talks"."""
    return text[end:end + 4].lower().startswith(" of ")


def _lede_day(meeting, dates: Sequence, sentences: list[tuple[int, int]], pub: date, text: str, places: Sequence = ()) -> None:
    """A reported meeting of the article's first sentences that its evidence does not date takes the one recent day
    the first sentence gives: the lede dates the news the next sentences tell ("… officials said yesterday they
    would …" + "Meeting in Jambi, cabinet ministers from Brunei … heard …"). A date the evidence gives without a day
    ("the end of months of negotiations") says the meeting is not that day's, and so does a day of its own; a month or
    a year the meeting's own date left out belongs to another clause ("heard what Indonesia plans to do this year"),
    as does a time that spans nothing the sentence tells ("fires which start each year"). The one town the lede names
    is the meeting's too when its evidence names none."""
    if meeting.date_precision != "approx" or not 0 < meeting.sentence <= min(LEDE_REACH, len(sentences) - 1):
        return
    start, end = sentences[meeting.sentence]
    if any(start <= d.start < end and (d.precision == "day" or (not d.value and _spans(text, d.end))) for d in dates):
        return
    near = recent_days(dates, sentences[0], pub)
    if len(near) == 1:
        meeting.date, meeting.date_precision = near[0], "day"
        meeting.rules.append("date:lede")
        _city_of_sentence(meeting, places, sentences[0])  # "... signed a ceasefire in Havana yesterday": there too


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
    names, own = set(meeting.participants), _meeting_words(meeting.evidence)
    for number in (meeting.sentence - 1, meeting.sentence + 1):
        if not 0 <= number < len(sentences):
            continue
        start, end = sentences[number]
        shares_word = bool(own & _meeting_words(text[start:end]))
        if not shares_word and not any(m.sentence == number and m.canonical in names for m in people):
            continue
        days = {d.value for d in dates if start <= d.start < end and d.precision == "day" and d.value}
        ahead = [d for d in days if pub < date.fromisoformat(d) <= pub + timedelta(days=120)]
        if len(ahead) == 1:
            meeting.date, meeting.date_precision = ahead[0], "day"
            meeting.rules.append("date:neighbour-sentence")
            _city_of_sentence(meeting, places, (start, end))
            return


def _city_of_sentence(meeting, places: Sequence, bounds: tuple[int, int]) -> None:
    """A meeting that took its day from a neighbouring sentence takes the one town that sentence names, when its
    evidence names none."""
    start, end = bounds
    cities = {p.canonical for p in places if start <= p.start < end and p.label == "GPE"}
    if meeting.location is None and len(cities) == 1:
        meeting.location = cities.pop()
        meeting.rules.append("place:neighbour-sentence")


def _meeting_words(text: str) -> set[str]:
    """The meeting words of a text, each in its base forms ("meeting" and "meet" alike)."""
    return word_stems(text) & (meeting_nouns() | meeting_verbs())


def word_stems(text: str) -> set[str]:
    """The base forms of a text's words."""
    return {stem for word in re.findall(r"[a-z]+", text.lower()) for stem in regular_stems(word)}


def city_from_context(meeting, places: list, sentences: list[tuple[int, int]], held: set[str]) -> None:
    """A meeting placed in a country ("flew to Russia") takes that country's city named in the evidence, else in the
    sentence before, else in the sentence after ("the arrival of Li Qiang in Moscow"); a background meeting never
    takes the city of a meeting the article reports (`held`): "met Hu in Beijing, … since Putin first visited China"."""
    if not meeting.location:
        return
    countries = {p.country for p in places if p.label == "COUNTRY" and p.canonical == meeting.location}
    if not countries:
        return
    for number in (meeting.sentence, meeting.sentence - 1, meeting.sentence + 1):
        if not 0 <= number < len(sentences):
            continue
        start, end = sentences[number]
        cities = {p.canonical: p for p in places if p.label == "GPE" and start <= p.start < end and p.country in countries}
        if len(cities) > 1:
            return  # "met Gates in Seattle before flying to Washington": which is the visit's is not told
        city = next(iter(cities.values()), None)
        if city and meeting.referenced and city.canonical in held:
            return
        if city:
            meeting.location = city.canonical
            meeting.rules.append("place:context-city")
            return


def city_of_the_article(meeting, meetings: Sequence, people: list, places: list, dates: Sequence,
                        sentences: list[tuple[int, int]]) -> None:
    """A meeting the article reports, placed in a country, is in the one city of that country the article names,
    where a sentence names one of its people, no other time, no other place and no meeting of its own ("Bush began
    his trip in Benin, where he met Yayi." … "At the press conference, held in Cotonou, Yayi thanked Bush"; not "Mugabe
    arrived in Cairo in March 2007", "Cheney was shuttled between Baghdad and the Al Asad air base", "Ban also met
    Annan in Nairobi")."""
    if meeting.referenced or not meeting.location:
        return
    countries = {p.country for p in places if p.label == "COUNTRY" and p.canonical == meeting.location}
    cities = {p.canonical for p in places if p.label == "GPE" and p.country in countries}
    if not countries or len(cities) != 1:
        return
    names = set(meeting.participants)
    for start, end in sentences:
        here = {p.canonical for p in places if start <= p.start < end}
        if (here & cities and not here - cities - {meeting.location}
                and not any(m is not meeting and start <= m.start < end for m in meetings)
                and any(start <= m.start < end and m.canonical in names for m in people)
                and all(compatible_dates(d.value, d.precision, meeting.date, meeting.date_precision)
                        for d in dates if start <= d.start < end and d.value)):
            meeting.location = cities.pop()
            meeting.rules.append("place:article-city")
            return


_TITLE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|el|al|la))*")


def city_of_the_title(meeting, title: str, places: list, kb) -> None:
    """A meeting the article reports, placed only in a country, is in the one city of that country its title names
    ("Pope Benedict XVI visits Valencia, Spain"; "… discusses anti-missile shield in Washington, DC")."""
    if meeting.referenced or not meeting.location or not title:
        return
    countries = {p.country for p in places if p.label == "COUNTRY" and p.canonical == meeting.location}
    if not countries:
        return
    found = set()
    for run in _TITLE_NAME.findall(title):
        words = run.split()
        for size in range(min(3, len(words)), 0, -1):  # the longest name first: "New York", not "York"
            spans = [" ".join(words[k:k + size]).strip(".,") for k in range(len(words) - size + 1)]
            for name in spans:
                iso3, kind = kb.country_of_place(name)
                if kind in ("city", "capital") and (iso3 in countries or countries & set(towns_named(name))):
                    found.add(name)
    if len(found) == 1:
        meeting.location = found.pop()
        meeting.rules.append("place:title-city")


def place_from_retelling(meeting, places: Sequence, sentences: list[tuple[int, int]], text: str, others: Sequence = ()) -> None:
    """A meeting its evidence does not place, or places only in a country, takes the one town (of that country) of
    the next sentence when that sentence tells it again ("Karzai met Musharraf on Wednesday …" + "The talks in
    Islamabad lasted two hours"), or of a retelling up to three sentences on that names one of its people or a town
    of its country; not a town where another meeting that sentence tells was held ("The visit comes seven months
    after Maliki travelled to Tehran")."""
    country = country_iso3(meeting.location) if meeting.location else None
    if meeting.location and not country:
        return  # a town already; a country gives way to its town the retelling names
    surnames = {name.split()[-1] for name in meeting.participants}
    number = next((n for n in range(meeting.sentence + 1, meeting.sentence + 1 + RETELLING_REACH) if n < len(sentences)
                   and _told_again(text[slice(*sentences[n])])
                   and (n == meeting.sentence + 1 or country or any(w in surnames for w in text[slice(*sentences[n])].split()))), None)
    if number is None:  # further on, only a retelling that names one of its people or a town of its country: "The
        return  # meeting in Santo Domingo was chaired by the Dominican president, Leonel Fernández"
    start, end = _quoted(text, *sentences[number])  # '"The talks were frank," Hariri told reporters at Beirut airport'
    towns = {p.canonical for p in places if start <= p.start < end and p.label == "GPE" and p.country in (country or p.country,)}
    if towns & {m.location for m in others if m.sentence == number and m is not meeting}:
        return  # the town of another meeting that sentence tells
    if len(towns) == 1:
        meeting.location = towns.pop()
        meeting.rules.append("place:retold")


def _quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The quotation a sentence opens with, which tells the meeting again, without the words of its speaker after
    it; the whole sentence when it opens with no quotation mark."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    if text[start + lead:start + lead + 1] not in ('"', "“"):
        return start, end
    close = min((i for i in (text.find('"', start + lead + 1, end), text.find("”", start + lead + 1, end)) if i >= 0), default=end)
    return start, close


SAME_DAY_REACH = 3  # sentences back to a meeting of the same day whose town a later one takes


def place_of_same_day(meeting, meetings: Sequence) -> None:
    """A meeting its evidence does not place takes the town of a meeting told just before on the same day with one of
    its people ("Ahmadinejad held talks with Gul in Istanbul on Thursday …" + "Ahmadinejad also met Erdogan later on
    Thursday"), or of any meeting told just before on that day when it was held on the sidelines ("The leaders of
    the G8 gathered in St. Petersburg on Saturday." + "Bush and Putin met on the sidelines"); not a telephone
    call's, which has no town, nor a summit's, which has its own venue, and only a town,
    not a country that a visit names. A meeting told as coming later that no text dates is where its person's
    meeting just told was ("Mottaki met Muallem in Damascus." + "Mottaki later met President Assad"). Meetings a
    sentence announces as held beside the gathering ("Theirs was one of a string of encounters on Thursday's
    margins.") are held on the sidelines."""
    if meeting.location or meeting.referenced or meeting.kind in ("call", "summit"):
        return
    later = meeting.date_precision == "approx" and told_as_later(meeting.evidence)
    if meeting.date_precision != "day" and not later:
        return
    people = {p for p in meeting.participants if not country_iso3(p)}  # a shared country is no shared person
    beside = bool(word_stems(meeting.evidence) & cues().get("setting", frozenset())) or "setting:neighbour" in meeting.rules
    # "met on the sidelines": of the gathering just told
    reach = SAME_DAY_REACH + 2 * ("setting:neighbour" in meeting.rules)  # the sentence announcing them points back
    for other in sorted(meetings, key=lambda m: -m.sentence):
        same_day = (other.date == meeting.date and other.date_precision == "day") or (
            later and other.date_precision == "approx" and not other.referenced)
        if (other is not meeting and other.location and not country_iso3(other.location) and other.kind != "call" and same_day
                and 0 < meeting.sentence - other.sentence and (meeting.sentence - other.sentence <= reach or (
                    beside and other.kind == "summit"))  # the sidelines of the day's summit, however far back
                and (beside or people & set(other.participants))):
            meeting.location = other.location
            meeting.rules.append("place:same-day")
            return

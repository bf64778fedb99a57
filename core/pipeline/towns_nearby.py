"""Where a meeting was, from the sentences around its evidence: the city of the country it was placed in, the one
city of that country the article or its title names, a town the meeting is told again in, the town of a meeting
told just before on the same day."""
from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from core.knowledge import country_iso3, cues, fold, full_city_name, place_country, towns_named
from core.pipeline.date_spans import compatible_dates
from core.pipeline.neighbours import meeting_words_of, told_again, told_as_later, word_stems

RETELLING_REACH = 3  # the sentences on that may tell a meeting again with its town ("The meeting in Santo Domingo …")


def city_from_context(meeting, places: list, sentences: list[tuple[int, int]], held: set[str], text: str) -> None:
    """A meeting placed in a country ("flew to Russia") takes that country's city named in the evidence, else in the
    sentence before, else after ("the arrival of Li Qiang in Moscow"), not in a quotation it opens with no meeting word
    ('"All eyes will be on Istanbul," said Portugal on a trip to Turkey'); a background meeting never takes the city of
    a meeting the article reports (`held`): "met Hu in Beijing, … since Putin first visited China"."""
    countries = {p.country for p in places if p.label == "COUNTRY" and p.canonical == meeting.location}
    if not meeting.location or not countries:
        return
    for number in (meeting.sentence, meeting.sentence - 1, meeting.sentence + 1):
        if not 0 <= number < len(sentences):
            continue
        start, end = sentences[number]
        quoted = _quoted(text, start, end)[1]
        start = quoted if quoted < end and not meeting_words_of(text[start:quoted]) else start
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
                   and told_again(text[slice(*sentences[n])])
                   and (n == meeting.sentence + 1 or country or any(w in surnames for w in text[slice(*sentences[n])].split()))), None)
    if number is None:  # further on, only a retelling that names one of its people or a town of its country: "The
        return  # meeting in Santo Domingo was chaired by the Dominican president, Leonel Fernández"
    start, end = _quoted(text, *sentences[number])  # '"The talks were frank," Hariri told reporters at Beirut airport'
    towns = {p.canonical for p in places if start <= p.start < end and p.label == "GPE" and p.country in (country or p.country,)
             and not _names_a_thing(text, p.start, p.end)}
    if towns & {m.location for m in others if m.sentence == number and m is not meeting}:
        return  # the town of another meeting that sentence tells
    if len(towns) == 1:
        meeting.location = towns.pop()
        meeting.rules.append("place:retold")


_THING_AFTER = re.compile(r"\s+[a-z]+\b")


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """A town's name that, after "the", names a thing with the common noun after it ("the reopening of the Rafah
    crossing"): no place anything was held."""
    after = _THING_AFTER.match(text, end)
    return text[max(0, start - 4):start].lower() == "the " and after is not None and after.group(0).strip() not in STOP_WORDS


def _quoted(text: str, start: int, end: int) -> tuple[int, int]:
    """The quotation a sentence opens with, which tells the meeting again, without the words of its speaker after
    it; the whole sentence when it opens with no quotation mark."""
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    if text[start + lead:start + lead + 1] not in ('"', "“"):
        return start, end
    close = min((i for i in (text.find('"', start + lead + 1, end), text.find("”", start + lead + 1, end)) if i >= 0), default=end)
    return start, close


SAME_DAY_REACH = 5  # sentences back to a meeting of the same day whose town a later one takes


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


_DATELINE = re.compile(r"\s*(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]*[A-ZÀ-ÖØ-Þ.])(?:,[^\n(—–]{1,40}?)?(?:\s*\([^()\n]{1,30}\))?\s*(?:—|–|-{1,2})\s")


def after_dateline(dates: Sequence, text: str) -> list:
    """The dates of the text past its dateline ("NAIROBI, March 4 (Reuters) -"): the day a dateline gives is when the
    report was filed, no meeting's."""
    found = _DATELINE.match(text)
    return [d for d in dates if d.start >= found.end()] if found and dateline_city(text) else list(dates)


def dateline_city(text: str) -> str | None:
    """The town a wire report's dateline names in capitals ("VILNIUS, Oct 11 (Reuters) -", "SHARM EL-SHEIKH, Egypt
    (AP) -"), as the gazetteer spells it; None when the text opens with no such town."""
    from core.knowledge.places import cities

    found = _DATELINE.match(text)
    return full_city_name(found["city"]) if found and len(found["city"]) > 2 and fold(found["city"]) in cities() else None


def city_of_the_dateline(meeting, city: str | None, meetings: Sequence) -> None:
    """A meeting the article reports, held in no town the text gives, is in the dateline's town when it is the one the
    lede reports (or, with none there, the first reported in the next sentence): "AGRA, India, July 16 (Reuters) -
    Vajpayee and Musharraf held a final round of talks late on Monday"; so is any it reports placed only in the
    dateline's country ("COLOMBO — … On Wednesday Khan called on President Gotabaya Rajapaksa"), and one placed nowhere
    when every other meeting it reports that has a place was held in that town; never a telephone call, or a meeting
    told as background."""
    if city is None or meeting.referenced or meeting.kind == "call":
        return
    home = country_iso3(place_country(city) or "")
    first = min((m.sentence for m in meetings if not m.referenced and m.kind != "call"), default=None)
    news = [m.location for m in meetings if not m.referenced and m.location and m is not meeting]
    there = all(fold(place) == fold(city) for place in news)  # no news elsewhere: not "AGRA - …" + talks in New Delhi
    if (meeting.location is None and ((meeting.sentence == first and first <= 1) or there)) or (
            meeting.location and home and country_iso3(meeting.location) == home):
        meeting.location = city
        meeting.rules.append("place:dateline")


_AT_THE = re.compile(r"\b(?:at|during|after|before|on the (?:sidelines|margins) of) the (\w+)", re.IGNORECASE)
OCCASION_REACH = 40  # characters from an occasion's noun to the town it was held in: "at a conference in Kuwait City"


def town_of_the_occasion(meeting, places: Sequence, sentences: list[tuple[int, int]], text: str) -> None:
    """A meeting held at an occasion the evidence points back to ("met Prime Minister Sheikh Jaber at the conference
    centre on Tuesday morning") is in the town an earlier sentence gives that occasion ("pledged US$3.8 billion … at a
    conference in Kuwait City on Tuesday"), when no text places it, or places it only in that town's country."""
    from core.pipeline.senses import meeting_nouns

    country = country_iso3(meeting.location) if meeting.location else None
    found = _AT_THE.search(meeting.evidence)
    if meeting.kind == "call" or (meeting.location and not country) or found is None:
        return
    word = found.group(1).lower()
    if word not in meeting_nouns() | cues().get("ceremony", frozenset()) | cues().get("gathering", frozenset()):
        return
    for start, end in reversed(sentences[:max(meeting.sentence, 0)]):
        told = [m.end() + start for m in re.finditer(rf"\b{word}\b", text[start:end], re.IGNORECASE)]
        towns = {p.canonical for p in places if p.label == "GPE" and start <= p.start < end and (country or p.country) == p.country
                 and any(0 <= p.start - at <= OCCASION_REACH and not re.search(r"[,;:.]", text[at:p.start]) for at in told)}
        if len(towns) == 1:
            meeting.location = towns.pop()
            meeting.rules.append("place:occasion")
            return
        if towns:
            return  # the nearest sentence that places the occasion gives two towns

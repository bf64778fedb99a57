"""Meetings of one article seen together with the whole article: principals over countries (principals.py), one
meeting per counterpart of a visitor, the city where the text only gave the country, and the place of a visit for the
talks held during it.

Each step is a general rule over the article's people, places and meetings; each leaves its name in `rules`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from core.knowledge import Knowledge, country_display_name, cues
from core.text import regular_stems
from core.pipeline.date_spans import compatible_dates
from core.pipeline.dates import MONTHS, WEEKDAYS
from core.pipeline.officers import ministers_of_countries, named_officers
from core.pipeline.presence import place_of_presence
from core.pipeline.representation import arrivals_joined, joined, represented
from core.pipeline.retold_day import day_counted_from_the_retold, day_told_again
from core.pipeline.summits import met_on_its_sidelines, named_attendees_stand_for_it, one_summit
from core.pipeline.several import told_apart
from core.pipeline.principals import (leader_by_name, leaders_in_sentence, named_leaders, organisation_heads, principals,
                                      told_by_persons)
from core.pipeline.neighbours import VISIT_REACH, closer_occasion, day_from_context, during_visit, host_met_after, noun_with, points_back
from core.pipeline.visit_days import nth_day_of_visit
from core.pipeline.towns_nearby import (town_of_the_occasion, city_from_context, city_of_the_article, city_of_the_dateline, city_of_the_title, dateline_city,
                                        place_from_retelling, place_of_same_day)
from core.pipeline.news_context import (after_the_meeting, came_after_the_news, after_the_opening, arrival_days, day_after_arrival, day_of_the_gathering, days_from_the_news, earlier_that_day,
                                        after_the_ceremony, eve_of, lede_counted_from_another_event, narrative_day, same_place, side_speaking_of_it, trip_told_again)


def refine(meetings: list, *, people: list, places: list, sentences: list[tuple[int, int]], kb: Knowledge,
           published: str | None, dates: Sequence = (), text: str = "", lower: frozenset[str] | set[str] = frozenset(),
           title: str = "", present: Sequence = (), stand_for: Sequence = ()) -> list:
    """The article's meetings after the article-level rules (see the module docstring); `sentences` are the
    (start, end) character bounds of the article's sentences in `text`; `lower`, the people the article or the
    knowledge base gives only an office below a leader's; `present`, where the text says people are (presence.py);
    `stand_for`, who the text says stood for a side or chaired a meeting (representation.py)."""
    named, officers_now = named_leaders(people, kb, published), named_officers(people, kb, published)
    out, attendees, unattended = [], [], []
    joined_told = {id(m) for m in meetings if "lonely" in m.rules and _join_the_meeting_told(m, meetings)}  # (by identity:
    # meetings are compared field by field)
    for meeting in meetings:
        if id(meeting) in joined_told:
            continue
        if "summit:attendance" in meeting.rules:
            attendees.append(meeting)  # joins the summit the article reports, or nothing
            continue
        if "summit:open" in meeting.rules:
            unattended.append(meeting)  # a summit told without its sides: a meeting once someone attends it
            continue
        if "lonely" in meeting.rules and (any(r.joins and r.sentence == meeting.sentence and r.person in meeting.participants
                                              for r in stand_for)  # "Ashton also took part in the talks": joins them
                                          or _spoken_of_after(meeting, meetings)
                                          or not (_counterpart_nearby(meeting, people, kb, published, _next_sentence(meeting, sentences, text),
                                                                      _towns_after(meeting, places, sentences)) or _hosted_on_the_visit(meeting, meetings))):
            if meeting.kind == "summit":
                attendees.append(meeting)  # "Merkel attended the summit": joins the summit the article reports
            continue
        when = own_day(meeting) or published  # a background meeting's principals held office on its own date
        leaders = named if when == published else named_leaders(people, kb, when)
        represented(meeting, stand_for)
        officers = officers_now if when == published else named_officers(people, kb, when)
        if not ministers_of_countries(meeting, officers, kb) and not told_by_persons(meeting, meetings, kb):
            principals(meeting, leaders, kb, when, lower, officers)
        if leaders_in_sentence(meeting, people, kb, when, text):
            principals(meeting, leaders, kb, when, lower, officers)  # "the leaders of Russia and China", Mishustin named: Li, his rank
        organisation_heads(meeting, people, kb, when)
        leader_by_name(meeting, people, places, kb, when)
        out += _per_counterpart(meeting, people)
    for meeting in out:
        came_after_the_news(meeting, dates, sentences, published, places)  # the news of the lede's day, which others may join
    joined(out, stand_for)
    out = arrivals_joined(out)  # "… arrived in the evening": latecomers to the gathering just told
    host_met_after(out, {m.canonical: m.country for m in people if m.country})  # the heads of organisations named now
    out = [m for m in out if "visitor:private" not in m.rules or not m.host or country_display_name(m.host) not in m.participants]
    day = (published or "")[:10]
    for meeting in out:
        side_speaking_of_it(meeting, people, sentences, text, lambda m: kb.in_office(m.person_id, own_day(meeting) or day))
    held, dateline = {m.location for m in out if not m.referenced and m.location}, dateline_city(text)
    met_in = {m.location for m in out if m.location}  # where the article's meetings, news or background, were held
    for meeting in out:
        city_of_the_dateline(meeting, dateline, out)
        city_from_context(meeting, places, sentences, held, text)
        place_from_retelling(meeting, places, sentences, text, out)
        place_of_presence(meeting, present)
        same_place(meeting, places, held, met_in)
        town_of_the_occasion(meeting, places, sentences, text)
    arrivals = arrival_days(people, dates, sentences, text, published)
    for meeting in out:
        day_of_the_gathering(meeting, out + unattended)
        after_the_meeting(meeting, out)
        day_after_arrival(meeting, out, arrivals)
        days_from_the_news(meeting, out)
        nth_day_of_visit(meeting, out, dates, text)
        after_the_opening(meeting, out + unattended)
        trip_told_again(meeting, out)
        eve_of(meeting, dates, sentences, text, out)
        after_the_ceremony(meeting, dates, sentences, text, out)
        earlier_that_day(meeting, out)
        during_visit(meeting, out)
        _place_of_visit(meeting, out, places)
        if "while-another" in meeting.rules:
            narrative_day(meeting, out)  # the meeting it was held beside dates it before any neighbouring sentence
        day_told_again(meeting, out, dates, sentences, text, published)
        day_counted_from_the_retold(meeting, out)
        day_from_context(meeting, people, dates, sentences, published, text, places)
        lede_counted_from_another_event(meeting, out)
        narrative_day(meeting, out)
        _date_from_office_start(meeting, kb, published, people)
        city_of_the_article(meeting, out, people, places, dates, sentences)
        city_of_the_title(meeting, title, places, kb)
    for meeting in out:
        place_of_same_day(meeting, out + unattended)  # "… on the sidelines" of a summit told without sides
    out = one_summit(out, attendees, unattended)
    met_on_its_sidelines(out)
    named_attendees_stand_for_it(out)
    home = {m.canonical: m.country for m in people if m.country}
    for meeting in out:
        if "summit:open" in meeting.rules:  # a summit its attendees made a meeting: dated and placed like the others
            day_from_context(meeting, people, dates, sentences, published, text, places)
            city_of_the_dateline(meeting, dateline, out)
        _summit_host(meeting, places, named, home, out)
        if {"summit:attendee", "summit:host-leader", "summit:sidelines"} & set(meeting.rules):  # the attendees' countries too
            homes = {home[p] for p in meeting.participants if p in home}
            meeting.countries = sorted(set(meeting.countries) | homes)
            stood_for = {country_display_name(code) for code in homes}  # "The leaders of India, …" + Singh attends
            meeting.participants = [p for p in meeting.participants if p not in stood_for]
    for meeting in out:  # on the eve of a summit its attendees made a meeting, now dated, after it or beside it
        eve_of(meeting, dates, sentences, text, out)
        after_the_meeting(meeting, out)
        day_of_the_gathering(meeting, out)
    return [m for m in out if len(m.participants) >= 2 or "side:organisation-head" not in m.rules]  # a gathering of an
    # organisation ("the G8 summit") is one, not its head alone: "agreed to open talks with the IMF", said of Lagarde


def _summit_host(meeting, places: list, named: dict, home: dict, held: Sequence = ()) -> None:
    """A summit the article reports, held in a country whose leader the article names (exactly one), has that leader
    among its participants: the host attends ("the APEC summit in Sydney" + "Prime Minister John Howard"); not when
    someone of that country is already at it ("Steinmeier hosted Fabius, Lavrov and Klimkin" in Berlin: no Merkel), nor
    when the article tells that leader meeting one of those at it on their own (`held`: the article's meetings)."""
    if meeting.kind != "summit" or meeting.referenced or not meeting.location:
        return
    countries = {p.country for p in places if p.canonical == meeting.location and p.country}
    if countries & {home.get(p) for p in meeting.participants}:
        return
    leaders = {name for code in countries for name, _ in named.get(country_display_name(code), [])}
    if any(m is not meeting and not m.referenced and leaders & set(m.participants) and set(m.participants) & set(meeting.participants)
           for m in held):
        return  # "Earlier in the day Wen held separate talks with Belgian Prime Minister Yves Leterme": not at the summit
    if len(leaders) == 1 and not leaders <= set(meeting.participants):
        meeting.participants = sorted(set(meeting.participants) | leaders)
        meeting.rules.append("summit:host-leader")


def own_day(meeting) -> str | None:
    """A referenced meeting's own date as a day (a month or year at its middle), or None."""
    if not meeting.referenced or not meeting.date or meeting.date_precision not in ("day", "month", "year"):
        return None
    return {4: meeting.date + "-07-01", 7: meeting.date + "-15"}.get(len(meeting.date), meeting.date[:10])


_ON_THE_DAY = re.compile(r"\bon the (?:very )?day\b", re.I)


def _date_from_office_start(meeting, kb: Knowledge, published: str | None, people: Sequence = ()) -> None:
    """A background meeting its evidence dates only by an inauguration ("Putin met Xi soon after being inaugurated
    for a fifth term") takes the month the latest term of office of one of its participants began ("on the day" it
    began: its day), when that was within two years before publication; roles.csv holds one row per term where terms
    are known. At "the inauguration of" someone else ("first met when they went to Mexico for the inauguration of Felipe Calderón") it
    is that person's term that began."""
    found = re.findall(r"[a-z]+", meeting.evidence.lower())
    words = set(found)
    if (meeting.date and meeting.date_precision != "approx") or not published or not words & cues().get("office_start", frozenset()):
        return
    if any(w in cues()["office_start"] and set(found[i + 1:i + 5]) & (MONTHS | set(WEEKDAYS)) for i, w in enumerate(found)):
        return  # "Santos, who was sworn in on Saturday, received Chávez": the text dates the start, not the meeting
    day = published[:10]
    earliest = f"{int(day[:4]) - 2}{day[4:]}"
    whose = _inaugurated(meeting, people) or meeting.participants
    starts = [r.start for name in whose for r in kb.roles_of.get(getattr(kb.person(name), "person_id", ""), [])
              if earliest <= r.start <= day]
    if starts:  # "on the day Kosor was sworn in": that very day
        meeting.date, meeting.date_precision = (max(starts)[:10], "day") if _ON_THE_DAY.search(meeting.evidence) else (max(starts)[:7], "month")
        meeting.referenced = meeting.referenced or meeting.date < day[:7]
        meeting.rules = [r for r in meeting.rules if r != "date:published"] + ["date:office-start"]


def _inaugurated(meeting, people: Sequence) -> list[str]:
    """The one person the evidence names as the one whose inauguration it is, when not a participant: "for the
    inauguration of Felipe Calderón"."""
    nouns = "|".join(sorted(cues()["office_start"]))
    named = {p.canonical for p in people if p.sentence == meeting.sentence and p.canonical not in meeting.participants
             and re.search(rf"\b(?:{nouns})(?:[- ]in)? of (?:the )?(?:[A-Z][\w.-]* ){{0,3}}{re.escape(p.text)}", meeting.evidence)}
    return sorted(named) if len(named) == 1 else []


def _next_sentence(meeting, sentences: list[tuple[int, int]], text: str) -> str:
    return text[slice(*sentences[meeting.sentence + 1])] if meeting.sentence + 1 < len(sentences) else ""


def _towns_after(meeting, places: list, sentences: list[tuple[int, int]]) -> set[str]:
    """The towns the sentence after the meeting's names when it is told in another town (its own, or its sentence's)
    than any of them, else none."""
    def towns(number: int) -> set[str]:
        start, end = sentences[number] if number < len(sentences) else (0, 0)
        return {p.canonical for p in places if p.label == "GPE" and start <= p.start < end}

    here = {meeting.location} if meeting.location else towns(meeting.sentence)
    after = towns(meeting.sentence + 1)
    return after if here and not here & after else set()


def _counterpart_nearby(meeting, people: list, kb: Knowledge, published: str | None, following: str = "",
                        towns_after: frozenset[str] | set[str] = frozenset()) -> bool:
    """A meeting word with one named participant ("Putin … during an official meeting in Moscow") whose next
    sentence goes on with that participant, or speaks of the meeting again (`following`: "Chinese Premier Wen
    Jiabao said the talks were fruitful") or addresses them ("Abbas told her"), or the meeting is with "his host", and
    names one office-holder of another country ("In an address to Chinese Premier Li Qiang, Putin stated …"): that
    office-holder is the counterpart, unless that sentence is in
    another town (`towns_after`: "held talks in Baghdad" + "began the trip in Kuwait City, where the emir received
    him"); a meeting noun pointed back to ("The talks, held in the Prime Minister's office, …") whose one participant
    the first sentence names with one office-holder of another country has that one as counterpart. Otherwise it is no
    meeting."""
    if meeting.referenced:
        return False
    [name] = meeting.participants
    own = next((m.country for m in people if m.canonical == name and m.country), None)
    day = (published or "")[:10]

    def office_holders(number: int) -> list:
        return [m for m in people if m.sentence == number and m.canonical != name and m.country and m.country != own
                and kb.in_office(m.person_id, day)]

    before = [m for m in people if m.sentence == meeting.sentence - 1]
    ahead = office_holders(meeting.sentence - 1)
    if before and len({m.canonical for m in ahead}) == 1 and before[0].canonical == ahead[0].canonical and noun_with(meeting.evidence):
        return _counterpart(meeting, name, ahead[0], "counterpart:previous-sentence")
    lede = office_holders(0) if meeting.sentence > 0 and name in {m.canonical for m in people if m.sentence == 0} else []
    if len({m.canonical for m in lede}) == 1 and points_back(meeting.evidence):  # "Rudd and Yudhoyono agreed on Wednesday …"
        return _counterpart(meeting, name, lede[0], "counterpart:lede")  # + "The talks, held in the Prime Minister's office, …"
    nearby = [m for m in people if m.sentence == meeting.sentence + 1]
    if towns_after:
        return False
    if name not in {m.canonical for m in nearby} and not points_back(following) and not _addressed(following) and not _with_host(meeting):
        return False
    others = {m.canonical: m for m in office_holders(meeting.sentence + 1)}
    return len(others) == 1 and _counterpart(meeting, name, next(iter(others.values())), "counterpart:next-sentence")


def _with_host(meeting) -> bool:
    """The meeting's words name a host (`host_word` cues): "held talks with his host"."""
    return bool(set(re.findall(r"[a-z]+", meeting.evidence.lower())) & cues().get("host_word", frozenset()))


def _spoken_of_after(meeting, meetings: list) -> bool:
    """One person who spoke "after the talks" just told ("After the talks, Abdullah's adviser, Adel al-Jubeir, told
    reporters …"): the meeting told again, with no side of its own to look for."""
    return "anaphora" in meeting.rules and points_back(meeting.evidence) and any(
        m is not meeting and not m.referenced and m.kind != "call" and 0 < meeting.sentence - m.sentence <= VISIT_REACH for m in meetings)


def _join_the_meeting_told(meeting, meetings: list) -> bool:
    """One person said to attend a meeting told again by its noun with "the" (`attending` cues: "attended the signing
    ceremony", "joined the talks"), of the kind of the news meeting told in the sentence or two before ("… signed a
    series of agreements in Addis Ababa on Thursday." + "Hailemariam Desalegn … attended the signing ceremony"): that
    person joins that meeting (not "spoke to Putin after the Sochi meeting"); says whether it did."""
    words = [r.split(":", 1)[1] for r in meeting.rules if r.startswith("trigger:")]
    found = re.findall(r"[a-z]+", meeting.evidence.lower())
    attending = cues().get("attending", frozenset())
    at = [i for i, w in enumerate(found) if w == "the" and words and words[0] in found[i + 1:i + 3]]
    if meeting.referenced or not any(regular_stems(w) & attending for i in at for w in found[max(0, i - 3):i]):
        return False
    told = next((m for m in reversed(meetings) if m is not meeting and m.kind == meeting.kind and not m.referenced
                 and "lonely" not in m.rules and 0 < meeting.sentence - m.sentence <= 2), None)
    if told is None:
        return False
    told.participants = sorted({*told.participants, *meeting.participants})
    told.rules.append("sides:attended-again")
    return True


def _hosted_on_the_visit(meeting, meetings: list) -> bool:
    """A meeting of one named person "with his host" ("The Kenyan president held talks with his host at State House")
    whose visit the sentence or two before tells: the visit's host is its other side (the host country, or the
    leader the article names of it, principals.py)."""
    host = _with_host(meeting)
    visit = next((v for v in meetings if host and v is not meeting and v.kind == "visit" and not v.referenced
                  and set(meeting.participants) < set(v.participants) and 0 <= meeting.sentence - v.sentence <= 2), None)
    if visit is None:
        return False
    meeting.participants = sorted({*meeting.participants, *visit.participants})
    meeting.countries = sorted({*meeting.countries, *visit.countries})
    meeting.rules = [r for r in meeting.rules if r != "lonely"] + ["host:visit"]
    return True


def _addressed(sentence: str) -> bool:
    """The sentence speaks to or of someone told before through an object pronoun ("Abbas told her that …")."""
    return bool(re.search(r"\b(?:him|her)\b", sentence, re.IGNORECASE))


def _counterpart(meeting, name: str, other, rule: str) -> bool:
    meeting.participants = sorted([name, other.canonical])
    meeting.countries = sorted({*meeting.countries, other.country})
    meeting.rules = [r for r in meeting.rules if r != "lonely"] + [rule]
    return True


def _per_counterpart(meeting, people: list) -> list:
    """ "Li flew to Moscow to meet Mishustin and Putin": a visitor meeting several people of one other country
    met each of them, and so did one said to meet them apart (`distributive` cues: "received Lee and, separately,
    Najib"); a summit, counterparts from several countries, or hosts who act together as the agent of a passive ("was
    received by the King and the Prime Minister") stay one meeting, and so do the guests a host receives ("the emir
    received Hariri, Berri and Aoun at his palace": `hosting` cues)."""
    others = [p for p in meeting.participants if p != meeting.subject]
    if meeting.subject is None or meeting.kind == "summit" or len(others) < 2 or "sides:together" in meeting.rules:
        return [meeting]
    country = {m.canonical: m.country for m in people if m.country}
    theirs = {country.get(p) for p in others}
    apart = told_apart(meeting.evidence)  # "received
    hosted = "pronoun" not in meeting.rules and any(  # guests named, not a side a pronoun gives
        r.startswith("trigger:") and r.removeprefix("trigger:") in cues().get("hosting", frozenset()) for r in meeting.rules)
    if not apart and (hosted or len(theirs) != 1 or None in theirs or theirs == {country.get(meeting.subject)}):  # Lee and,
        return [meeting]  # separately, Najib"
    return [replace(meeting, participants=sorted([meeting.subject, other]), rules=[*meeting.rules, "split:counterparts"])
            for other in others]


_TRIP_TOLD_AGAIN = re.compile(r"\b(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|trip|tour|stay)\b", re.IGNORECASE)


def _country_of(town: str, places: list) -> str | None:
    """The country of a town the text names: a visit to Kuwait City is hosted by Kuwait, whoever receives it."""
    return next((p.country for p in places if p.canonical == town and p.country), None)


def _visit_told_again(visit) -> bool:
    """The visit's sentence names its trip as one already told: "The visit of Chavez to Tehran", "his three-day trip"."""
    return bool(_TRIP_TOLD_AGAIN.search(visit.evidence))


def _place_of_visit(meeting, meetings: list, places: list) -> None:
    """Talks held during a visit the article reports happen where the visit goes: "Chavez arrived in Beijing on
    Wednesday … met Premier Wen Jiabao on Friday". A reported meeting placed only in a country is in the city a
    visit of one of its participants to that country reaches: "An African Union summit began in Egypt" + "Mugabe
    arrived in the Egyptian city of Sharm el-Sheikh". A visit begun after the meeting's day is a later trip ("met Hu
    in Beijing on Thursday" + "flew to Guangzhou, where he was due to meet Wang Yang on Friday"), and so is one told
    before a closer occasion elsewhere. A background meeting takes the place of a dated background visit the sentence
    or two before it tells: "Wen arrived in New Delhi on April 9. The following day he held talks with Singh". A
    meeting placed nowhere takes the place of a visit told before it or just after it ("He also met Salih" + "This is
    Brown's first visit to Iraq"), or later when the later sentence tells the trip as one already known ("Chavez met
    Khamenei." … "The visit of Chavez to Tehran followed …"), not of a trip told later as news of its own ("sat down
    with the two presidents on Wednesday" + … + "Merkel, who flew to Washington on Monday to brief Obama")."""
    if meeting.kind == "summit" and not meeting.location:
        return  # a summit has its own venue: the visitors come to it
    cities = None
    if meeting.location:
        countries = {p.country for p in places if p.label == "COUNTRY" and p.canonical == meeting.location}
        cities = {p.canonical for p in places if p.label == "GPE" and p.country in countries}
    for visit in sorted(meetings, key=lambda v: (v.sentence > meeting.sentence, abs(v.sentence - meeting.sentence))):  # nearest before
        if (visit is not meeting and visit.kind == "visit" and visit.location and visit.referenced == meeting.referenced
                and (not meeting.referenced or (0 < meeting.sentence - visit.sentence <= VISIT_REACH and visit.date))
                and (visit.location in cities if cities is not None else visit.sentence <= meeting.sentence + 1
                     or _visit_told_again(visit))
                and set(visit.participants) & set(meeting.participants)
                and (len(meeting.countries) < 2 or (host := visit.host or _country_of(visit.location, places)) is None
                     or host in meeting.countries)
                and compatible_dates(visit.date, visit.date_precision, meeting.date, meeting.date_precision, slack_days=4)
                and not (visit.date_precision == meeting.date_precision == "day" and visit.date > meeting.date)  # a later trip
                and not closer_occasion(meeting, visit, meetings, elsewhere=True)):
            meeting.location = visit.location
            meeting.rules.append("place:visit" if cities is None else "place:visit-city")
            return

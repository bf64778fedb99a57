"""Meetings of one article seen together with the whole article: principals over countries, one meeting per
counterpart of a visitor, the city where the text only gave the country, and the place of a visit for the talks
held during it.

Each step is a general rule over the article's people, places and meetings; each leaves its name in `rules`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from core.knowledge import Knowledge, fold, country_display_name, cues, leader_roles, organisation_code
from core.pipeline.date_spans import compatible_dates
from core.pipeline.officers import ministers_of_countries, named_officers, officers_for_countries, ranks_in_plural, teams_in_plural
from core.pipeline.presence import place_of_presence
from core.pipeline.representation import joined, represented
from core.pipeline.summits import one_summit
from core.pipeline.neighbours import (VISIT_REACH, city_from_context, closer_occasion, city_of_the_article, city_of_the_title, day_from_context, during_visit,
                                     host_met_after, noun_with, place_from_retelling, place_of_same_day, points_back)
from core.pipeline.news_context import (day_after_arrival, day_of_the_gathering, earlier_that_day, eve_of, same_place,
                                        side_speaking_of_it, trip_told_again)


def refine(meetings: list, *, people: list, places: list, sentences: list[tuple[int, int]], kb: Knowledge,
           published: str | None, dates: Sequence = (), text: str = "", lower: frozenset[str] | set[str] = frozenset(),
           title: str = "", present: Sequence = (), stand_for: Sequence = ()) -> list:
    """The article's meetings after the article-level rules (see the module docstring); `sentences` are the
    (start, end) character bounds of the article's sentences in `text`; `lower`, the people the article or the
    knowledge base gives only an office below a leader's; `present`, where the text says people are (presence.py);
    `stand_for`, who the text says stood for a side or chaired a meeting (representation.py)."""
    named, officers_now = _named_leaders(people, kb, published), named_officers(people, kb, published)
    out, attendees, unattended = [], [], []
    for meeting in meetings:
        if "summit:attendance" in meeting.rules:
            attendees.append(meeting)  # joins the summit the article reports, or nothing
            continue
        if "summit:open" in meeting.rules:
            unattended.append(meeting)  # a summit told without its sides: a meeting once someone attends it
            continue
        if "lonely" in meeting.rules and not _counterpart_nearby(meeting, people, kb, published, _next_sentence(meeting, sentences, text)):
            if meeting.kind == "summit":
                attendees.append(meeting)  # "Merkel attended the summit": joins the summit the article reports
            continue
        when = own_day(meeting) or published  # a background meeting's principals held office on its own date
        leaders = named if when == published else _named_leaders(people, kb, when)
        represented(meeting, stand_for)
        officers = officers_now if when == published else named_officers(people, kb, when)
        if not ministers_of_countries(meeting, officers, kb) and not _told_by_persons(meeting, meetings, kb):
            _principals(meeting, leaders, kb, when, lower, officers)
        if _leaders_in_sentence(meeting, people, kb, when, text):
            _principals(meeting, leaders, kb, when, lower, officers)  # "the leaders of Russia and China", Mishustin named: Li, his rank
        _organisation_heads(meeting, people, kb, when)
        _leader_by_name(meeting, people, places, kb, when)
        out += _per_counterpart(meeting, people)
    joined(out, stand_for)
    host_met_after(out, {m.canonical: m.country for m in people if m.country})  # the heads of organisations named now
    day = (published or "")[:10]
    for meeting in out:
        side_speaking_of_it(meeting, people, sentences, text, lambda m: kb.in_office(m.person_id, own_day(meeting) or day))
    held = {m.location for m in out if not m.referenced and m.location}
    for meeting in out:
        city_from_context(meeting, places, sentences, held)
        place_from_retelling(meeting, places, sentences, text, out)
        place_of_presence(meeting, present)
        same_place(meeting, places)
    for meeting in out:
        day_of_the_gathering(meeting, out + unattended)
        day_after_arrival(meeting, out)
        trip_told_again(meeting, out)
        eve_of(meeting, dates, sentences, text, out)
        earlier_that_day(meeting, out)
        during_visit(meeting, out)
        _place_of_visit(meeting, out, places)
        day_from_context(meeting, people, dates, sentences, published, text, places)
        _date_from_office_start(meeting, kb, published)
        city_of_the_article(meeting, out, people, places, dates, sentences)
        city_of_the_title(meeting, title, places, kb)
    for meeting in out:
        place_of_same_day(meeting, out + unattended)  # "… on the sidelines" of a summit told without sides
        if meeting.kind == "call":  # a telephone call is held nowhere, whatever town its sentences name
            meeting.location, meeting.rules = None, [r for r in meeting.rules if not r.startswith("place:")]
    out = one_summit(out, attendees, unattended)
    home = {m.canonical: m.country for m in people if m.country}
    for meeting in out:
        if "summit:open" in meeting.rules:  # a summit its attendees made a meeting: dated like the others
            day_from_context(meeting, people, dates, sentences, published, text, places)
        _summit_host(meeting, places, named)
        if "summit:attendee" in meeting.rules or "summit:host-leader" in meeting.rules:  # the attendees' countries too
            homes = {home[p] for p in meeting.participants if p in home}
            meeting.countries = sorted(set(meeting.countries) | homes)
            stood_for = {country_display_name(code) for code in homes}  # "The leaders of India, …" + Singh attends
            meeting.participants = [p for p in meeting.participants if p not in stood_for]
    return out


def _summit_host(meeting, places: list, named: dict) -> None:
    """A summit the article reports, held in a country whose leader the article names (exactly one), has that leader
    among its participants: the host attends ("the APEC summit in Sydney" + "Prime Minister John Howard")."""
    if meeting.kind != "summit" or meeting.referenced or not meeting.location:
        return
    countries = {p.country for p in places if p.canonical == meeting.location and p.country}
    leaders = {name for code in countries for name, _ in named.get(country_display_name(code), [])}
    if len(leaders) == 1 and not leaders <= set(meeting.participants):
        meeting.participants = sorted(set(meeting.participants) | leaders)
        meeting.rules.append("summit:host-leader")


def own_day(meeting) -> str | None:
    """A referenced meeting's own date as a day (a month or year at its middle), or None."""
    if not meeting.referenced or not meeting.date or meeting.date_precision not in ("day", "month", "year"):
        return None
    return {4: meeting.date + "-07-01", 7: meeting.date + "-15"}.get(len(meeting.date), meeting.date[:10])


def _date_from_office_start(meeting, kb: Knowledge, published: str | None) -> None:
    """A background meeting its evidence dates only by an inauguration ("Putin met Xi soon after being inaugurated
    for a fifth term") takes the month the latest term of office of one of its participants began, when that was
    within two years before publication; roles.csv holds one row per term where terms are known."""
    words = set(re.findall(r"[a-z]+", meeting.evidence.lower()))
    if (meeting.date and meeting.date_precision != "approx") or not published or not words & cues().get("office_start", frozenset()):
        return
    day = published[:10]
    earliest = f"{int(day[:4]) - 2}{day[4:]}"
    starts = [r.start for name in meeting.participants for r in kb.roles_of.get(getattr(kb.person(name), "person_id", ""), [])
              if earliest <= r.start <= day]
    if starts:
        meeting.date, meeting.date_precision = max(starts)[:7], "month"
        meeting.referenced = meeting.referenced or meeting.date < day[:7]
        meeting.rules = [r for r in meeting.rules if r != "date:published"] + ["date:office-start"]


def _next_sentence(meeting, sentences: list[tuple[int, int]], text: str) -> str:
    return text[slice(*sentences[meeting.sentence + 1])] if meeting.sentence + 1 < len(sentences) else ""


def _counterpart_nearby(meeting, people: list, kb: Knowledge, published: str | None, following: str = "") -> bool:
    """A meeting word with one named participant ("Putin … during an official meeting in Moscow") whose next
    sentence goes on with that participant, or speaks of the meeting again (`following`: "Chinese Premier Wen
    Jiabao said the talks were fruitful") or addresses them ("Abbas told her"), and names one office-holder of another country ("In an address to
    Chinese Premier Li Qiang, Putin stated …"): that office-holder is the counterpart. Otherwise it is no meeting."""
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
    nearby = [m for m in people if m.sentence == meeting.sentence + 1]
    if name not in {m.canonical for m in nearby} and not points_back(following) and not _addressed(following):
        return False
    others = {m.canonical: m for m in office_holders(meeting.sentence + 1)}
    return len(others) == 1 and _counterpart(meeting, name, next(iter(others.values())), "counterpart:next-sentence")


def _addressed(sentence: str) -> bool:
    """The sentence speaks to or of someone told before through an object pronoun ("Abbas told her that …")."""
    return bool(re.search(r"\b(?:him|her)\b", sentence, re.IGNORECASE))


def _counterpart(meeting, name: str, other, rule: str) -> bool:
    meeting.participants = sorted([name, other.canonical])
    meeting.countries = sorted({*meeting.countries, other.country})
    meeting.rules = [r for r in meeting.rules if r != "lonely"] + [rule]
    return True


def _named_leaders(people: list, kb: Knowledge, published: str | None) -> dict[str, list[tuple[str, str]]]:
    """Country (display name) → [(canonical, role)] of the heads of state or government the article names, in office
    on the publication date (or holding that office at some time when the date is unknown)."""
    day = (published or "")[:10]
    found: dict[str, list[tuple[str, str]]] = {}
    for mention in people:
        for role in kb.leaders_of(mention.person_id, day):
            entry = (mention.canonical, role.role)
            bucket = found.setdefault(country_display_name(role.country), [])
            if entry not in bucket:
                bucket.append(entry)
    return found


def _principals(meeting, named: dict, kb: Knowledge, published: str | None, lower=frozenset(), officers=None) -> None:
    """A country side becomes the person when the article names that country's leader: the one of the same rank
    as the named counterpart (a premier meets a premier), else the only leader of that country it names; never for
    a counterpart who holds only a lower office (a foreign minister meets a foreign minister): then a country side is
    the one minister of that rank the article names of it (`officers`, officers.py)."""
    people = [p for p in meeting.participants if p not in named and not _is_country(p, kb)]
    if ranks_in_plural(meeting.evidence, kb, leaders=False) - leader_roles() - {"leader"} or teams_in_plural(meeting.evidence):
        return  # "ministers from the United States, Brazil and India met", "the two countries' teams will meet": not leaders
    if not people:
        _countries_by_leaders(meeting, named, kb)
        return
    ranks = {role for person in people for role in _roles_of(person, kb, published)}
    if (ranks and not ranks & leader_roles()) or (not ranks and set(people) & set(lower)):
        if ranks and officers and meeting.kind != "visit":  # a defence minister meets the United States: its defence minister
            officers_for_countries(meeting, officers, ranks - {"minister"} or ranks)  # (a visit's host country stays)
        return  # a minister meets a minister: the leader the article names elsewhere is not the counterpart
    changed = []
    plural = ranks_in_plural(meeting.evidence, kb)  # "the Russian and Bulgarian heads of state": the sides' rank
    for index, side in enumerate(meeting.participants):
        leaders = [name for name, role in named.get(side, []) if name not in meeting.participants and (not plural or role in plural)]
        if not leaders or not _is_country(side, kb):
            continue
        same_rank = [name for name, role in named[side] if role in ranks and name in leaders]
        choice = same_rank[0] if len(set(same_rank)) == 1 else leaders[0] if len(set(leaders)) == 1 else None
        if choice:
            meeting.participants[index] = choice
            changed.append(choice)
    if changed:
        meeting.participants = sorted(set(meeting.participants))
        meeting.host = None
        meeting.rules.append("side:named-leader")


def _told_by_persons(meeting, meetings: list, kb: Knowledge) -> bool:
    """A meeting of countries the next sentences tell again, that day or undated, by the persons who held it ("Australia
    and Indonesia signed a security pact on Monday." + "He and his Indonesian counterpart, Hassan Wirajuda, signed the
    agreement"): those persons are its sides, not the leaders the article names elsewhere."""
    return (meeting.date_precision == "day" and all(_is_country(p, kb) for p in meeting.participants) and any(
        other is not meeting and other.kind == meeting.kind and 0 < other.sentence - meeting.sentence <= 2
        and ((other.date == meeting.date and other.date_precision == "day") or "date:published" in other.rules)
        and set(other.countries) >= set(meeting.countries) and not any(_is_country(p, kb) for p in other.participants)
        for other in meetings))


def _countries_by_leaders(meeting, named: dict, kb: Knowledge) -> None:
    """A meeting of countries only ("the Russian and Turkish governments signed") is a meeting of their leaders when
    the article names exactly one leader of every side in office on the meeting's date."""
    sides = meeting.participants
    if len(sides) < 2 or not all(_is_country(side, kb) for side in sides):
        return
    chosen = [{name for name, _ in named.get(side, [])} for side in sides]
    if all(len(names) == 1 for names in chosen):
        meeting.participants = sorted(next(iter(names)) for names in chosen)
        meeting.host = None
        meeting.rules.append("side:named-leader")


def _leaders_in_sentence(meeting, people: list, kb: Knowledge, published: str | None, text: str = "") -> bool:
    """A meeting of countries only ("Leaders of Brazil, Russia, India and China met … attended by Lula, Medvedev,
    Singh and Hu") is a meeting of the leaders its own sentence names: each country side with exactly one of its
    leaders there becomes that person; not a leader named for the government he heads ("hardliners inside the Bush
    administration … undermine the six-party talks")."""
    if not meeting.participants or not all(_is_country(p, kb) for p in meeting.participants):
        return False
    day = (published or "")[:10]
    leaders: dict[str, set[str]] = {}
    institutions = cues().get("institution", frozenset())
    for m in people:
        if m.sentence != meeting.sentence:
            continue
        following = re.match(r"(?:['’]s)?\s+(\w+)", text[m.end:m.end + 40]) if text else None
        if not (following and following.group(1).lower() in institutions):
            for role in kb.leaders_of(m.person_id, day):
                leaders.setdefault(country_display_name(role.country), set()).add(m.canonical)
    chosen = [next(iter(leaders[side])) if len(leaders.get(side, ())) == 1 else side for side in meeting.participants]
    if chosen == meeting.participants:
        return False
    meeting.participants = sorted(set(chosen))
    meeting.host = None
    meeting.rules.append("side:leader-in-sentence")
    return True


ORGANISATION_HEADS = {"secretary_general", "head_of_state"}  # the offices that lead an international organisation


def _leader_by_name(meeting, people: list, places: list, kb: Knowledge, when: str | None) -> None:
    """A side the sentence calls by one word of a leader's name is that leader on the meeting's date: a country side,
    when the name resolver gave the word to a namesake the sentence names in full, or a one-word name no one
    resolved, among the leaders of the countries the article names ("when Mr. Kim met then South Korean President
    Kim Dae-Jung" in June 2000: Kim Jong-il, North Korea's paramount leader, before Kim Yong-nam, its head of state)."""
    if not when:
        return
    sentence = [m for m in people if meeting.start <= m.start < meeting.end]
    inside = [m for m in sentence if len(m.text.split()) == 1]
    full = {o.canonical for o in sentence if len(o.text.split()) > 1}
    namesakes = {fold(m.text) for m in inside if m.canonical in full}
    unresolved = {m.canonical for m in inside if m.person_id is None}
    for index, side in enumerate(meeting.participants):
        if side in unresolved:
            words, codes = {fold(side)}, {p.country for p in places if p.country}
        elif namesakes and _is_country(side, kb):
            words, codes = namesakes, {kb.country_of_place(side)[0]}
        else:
            continue
        named = _leaders_called(words, {c for c in codes if c}, kb, when) - set(meeting.participants)
        if len(named) == 1:
            meeting.participants[index] = leader = named.pop()
            meeting.participants = sorted(meeting.participants)
            person = kb.person(leader)
            country = kb.country_on(person, when) if person else None
            meeting.countries = sorted(set(meeting.countries) | ({country} if country else set()))
            meeting.rules.append("side:leader-by-name")
            for mention in inside:  # the word no one resolved names that leader in this sentence
                if side in unresolved and mention.canonical == side and mention.person_id is None and person:
                    mention.canonical, mention.person_id, mention.country = leader, person.person_id, country
                    mention.rule = "leader-by-name"
            return


def _leaders_called(words: set[str], codes: set[str], kb: Knowledge, when: str) -> set[str]:
    """The leaders of `codes` on `when` whose surname (the family name where it comes first) is one of `words`:
    paramount leaders (`leader` in offices.csv) when any is, else heads of state or government."""
    bearers = {p.person_id for word in words for p in kb.by_surname.get(word, [])}

    def called(roles) -> set[str]:
        holders = (kb.holder(role, code, when) for role in roles for code in codes)
        return {h.canonical for h in holders if h and h.person_id in bearers}

    return called(["leader"]) or called(sorted(leader_roles()))


def _organisation_heads(meeting, people: list, kb: Knowledge, when: str | None) -> None:
    """An organisation side is its head when the article names exactly one in office on the meeting's date: "the NATO
    summit … Secretary General Jaap de Hoop Scheffer" is a meeting with de Hoop Scheffer, the way a country side is
    its named leader."""
    if "side:staff" in meeting.rules:
        return  # "met with an IMF team": its staff, not its head
    day = (when or "")[:10]
    changed = False
    for index, side in enumerate(meeting.participants):
        code = organisation_code(side)
        if code is None:
            continue
        heads = {m.canonical for m in people if m.person_id and any(
            r.country == code and r.role in ORGANISATION_HEADS and (not day or r.held_on(day)) for r in kb.roles_of.get(m.person_id, []))}
        if len(heads) == 1 and not heads & set(meeting.participants):
            meeting.participants[index] = heads.pop()
            changed = True
    if changed:
        meeting.participants = sorted(set(meeting.participants))
        meeting.rules.append("side:organisation-head")


def _roles_of(canonical: str, kb: Knowledge, published: str | None) -> set[str]:
    person = kb.person(canonical)
    day = (published or "")[:10]
    return {r.role for r in kb.roles_of.get(person.person_id, []) if not day or r.held_on(day)} if person else set()


def _is_country(name: str, kb: Knowledge) -> bool:
    return kb.country_of_place(name)[1] == "country"


def _per_counterpart(meeting, people: list) -> list:
    """ "Li flew to Moscow to meet Mishustin and Putin": a visitor meeting several people of one other country
    met each of them; a summit, counterparts from several countries, or hosts who act together as the agent of a
    passive ("was received by the King and the Prime Minister") stay one meeting."""
    others = [p for p in meeting.participants if p != meeting.subject]
    if meeting.subject is None or meeting.kind == "summit" or len(others) < 2 or "sides:together" in meeting.rules:
        return [meeting]
    country = {m.canonical: m.country for m in people if m.country}
    theirs = {country.get(p) for p in others}
    if len(theirs) != 1 or None in theirs or theirs == {country.get(meeting.subject)}:
        return [meeting]
    return [replace(meeting, participants=sorted([meeting.subject, other]), rules=[*meeting.rules, "split:counterparts"])
            for other in others]


def _place_of_visit(meeting, meetings: list, places: list) -> None:
    """Talks held during a visit the article reports happen where the visit goes: "Chavez arrived in Beijing on
    Wednesday … met Premier Wen Jiabao on Friday". A reported meeting placed only in a country is in the city a
    visit of one of its participants to that country reaches: "An African Union summit began in Egypt" + "Mugabe
    arrived in the Egyptian city of Sharm el-Sheikh". A visit begun after the meeting's day is a later trip ("met Hu
    in Beijing on Thursday" + "flew to Guangzhou, where he was due to meet Wang Yang on Friday"). A background meeting takes the place of a dated background
    visit the sentence or two before it tells: "Wen arrived in New Delhi on April 9. The following day he held talks with
    Singh"."""
    if meeting.kind == "summit" and not meeting.location:
        return  # a summit has its own venue: the visitors come to it
    cities = None
    if meeting.location:
        countries = {p.country for p in places if p.label == "COUNTRY" and p.canonical == meeting.location}
        cities = {p.canonical for p in places if p.label == "GPE" and p.country in countries}
    for visit in meetings:
        if (visit is not meeting and visit.kind == "visit" and visit.location and visit.referenced == meeting.referenced
                and (not meeting.referenced or (0 < meeting.sentence - visit.sentence <= VISIT_REACH and visit.date))
                and (cities is None or visit.location in cities)
                and set(visit.participants) & set(meeting.participants)
                and (not visit.host or len(meeting.countries) < 2 or visit.host in meeting.countries)
                and compatible_dates(visit.date, visit.date_precision, meeting.date, meeting.date_precision, slack_days=4)
                and not (visit.date_precision == meeting.date_precision == "day" and visit.date > meeting.date)  # a later trip
                and not closer_occasion(meeting, visit, meetings, elsewhere=True)):
            meeting.location = visit.location
            meeting.rules.append("place:visit" if cities is None else "place:visit-city")
            return

"""Principals over countries: a country side of a meeting becomes the person who led it when the article names that
leader (of the same rank as the counterpart, or the only one it names), a meeting of countries told with their leaders
in its sentence is a meeting of those leaders, and an organisation side its head the article names."""
from __future__ import annotations

import re

from core.knowledge import Knowledge, fold, country_display_name, cues, leader_roles, organisation_code
from core.pipeline.officers import officers_for_countries, ranks_in_plural, teams_in_plural


def named_leaders(people: list, kb: Knowledge, published: str | None) -> dict[str, list[tuple[str, str]]]:
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


def principals(meeting, named: dict, kb: Knowledge, published: str | None, lower=frozenset(), officers=None) -> None:
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


def told_by_persons(meeting, meetings: list, kb: Knowledge) -> bool:
    """A meeting of countries (dated, or with the publication date for a day) the next sentences tell again, that day or undated, by the persons who held it ("Australia
    and Indonesia signed a security pact on Monday." + "He and his Indonesian counterpart, Hassan Wirajuda, signed the
    agreement"): those persons are its sides, not the leaders the article names elsewhere."""
    return ((meeting.date_precision == "day" or "date:published" in meeting.rules) and all(_is_country(p, kb) for p in meeting.participants) and any(
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


def leaders_in_sentence(meeting, people: list, kb: Knowledge, published: str | None, text: str = "") -> bool:
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


def leader_by_name(meeting, people: list, places: list, kb: Knowledge, when: str | None) -> None:
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


def organisation_heads(meeting, people: list, kb: Knowledge, when: str | None) -> None:
    """An organisation side is its head when the article names exactly one in office on the meeting's date: "the NATO
    summit … Secretary General Jaap de Hoop Scheffer" is a meeting with de Hoop Scheffer, the way a country side is
    its named leader; named beside it, its head alone is the side."""
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
        if len(heads) == 1:  # its head already a side: "IMF Managing Director Strauss-Kahn" stands for it
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

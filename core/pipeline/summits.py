"""One summit per article: the held summit reports of an article that share an organisation or a place merge, the
people said to attend join them, and a summit told without its sides becomes the meeting of those said to attend it."""
from __future__ import annotations

import re
from collections.abc import Sequence

from core.knowledge import country_display_name, country_iso3, cues, organisations, place_country
from core.pipeline.date_spans import compatible_dates
from core.pipeline.merge import FROM_CONTEXT, finer_place
from core.pipeline.neighbours import points_back, told_again, told_as_later, word_stems
from core.pipeline.senses import summit_words


ATTENDANCE_REACH = 3  # sentences after a summit told without its sides that can list those at it


def one_summit(meetings: list, attendees: list, unattended: Sequence = ()) -> list:
    """One summit is one meeting with every principal the article names as attending it: the held (not referenced)
    summit reports of an article that share an organisation side or a place (or leave one out) on compatible dates
    merge, and a lone attendee ("Merkel attended the summit") joins them; a summit told without its sides
    (`unattended`: "The East Asia Summit opened in Kuala Lumpur.") is one of them, a meeting once two attend it ("Also
    attending were Koizumi, Wen and Singh"); those a sentence says were present with no summit to join are at the
    meeting the sentence before tells ("Merkel and Sarkozy met him. Also present were Barroso and Lagarde")."""
    bodies = set(organisations().values())
    out: list = []
    for meeting in sorted([*meetings, *unattended], key=lambda m: m.sentence):
        target = None
        if meeting.kind == "summit" and not meeting.referenced:
            target = next((s for s in out if _same_summit(s, meeting, bodies)), None)
        elif not meeting.referenced and len(meeting.participants) >= 3 and meeting.kind != "call":  # "Among those
            # attending the two-day meeting were …"; not "a four-way telephone conversation on Monday between …"
            target = next((s for s in out if _lists_those_at(s, meeting)
                           and 0 < meeting.sentence - s.sentence <= ATTENDANCE_REACH and _same_summit(s, meeting, bodies, listing=True)), None)
        elif (not meeting.referenced and meeting.kind == "talks" and _dated_by_other_sentences(meeting)
              and points_back(meeting.evidence)):  # "Sopoaga said he had told Morrison during the talks": the summit's
            target = next((s for s in out if 0 < meeting.sentence - s.sentence <= ATTENDANCE_REACH
                           and _same_summit(s, meeting, bodies, listing=True)), None)
        if target is None:
            out.append(meeting)
            continue
        target.participants = sorted((set(target.participants) | set(meeting.participants)) - _given_by_people(target) - _given_by_people(meeting))
        target.countries = sorted(set(target.countries) | set(meeting.countries))
        target.location = finer_place(target.location, meeting.location)  # the town rather than its country
        if _dated_by_its_words(meeting) and not _dated_by_its_words(target):  # "a day before the opening of the G20
            target.date, target.date_precision = meeting.date, meeting.date_precision  # summit" + "The G20 summit opens
            target.rules = [r for r in target.rules if not r.startswith("date:")] + [r for r in meeting.rules if r.startswith("date:")]  # on Tuesday"
        if "summit:merged" not in target.rules:
            target.rules.append("summit:merged")
    for attendee in attendees:
        if any(m.sentence == attendee.sentence and m.referenced and set(attendee.participants) <= set(m.participants) for m in meetings):
            continue  # at a summit of earlier days: "had all signed up to the deal at a euro-zone summit in Brussels"
        before = max((m for m in out if (m.kind != "signing" or bool(set(m.participants) & set(attendee.participants))) <= attendee.sentence - m.sentence
                      <= 1 + ("domestic" in m.rules) and not m.referenced
                      and len(m.participants) >= 2 and (len(attendee.participants) >= 2 or {"attendance:told-again", "domestic"} & {*attendee.rules, *m.rules})
                      and (m.kind in ("talks", "summit", "signing") or len(m.participants) >= 3) and "summit:open" not in m.rules),
                     key=lambda m: m.sentence, default=None)  # "… met him. Also present were …"; a rivals' deal two sentences back;
        # a signing of its own sentence by others ("signed the deals at a ceremony witnessed by Hailemariam and Mbeki"; not "Also
        # present were Bashir and Powell, who signed as witnesses": their own words for the signing told before)
        named = bool(set(re.findall(r"[a-z]+", attendee.evidence.lower())) & summit_words())  # "At the summit, …"
        match = next((s for s in out if _same_summit(s, attendee, bodies)), None)  # a summit told after it is another
        own = next((s for s in out if s.sentence == attendee.sentence and s.kind == "summit" and "summit:open" in s.rules and s.date
                    and (match is None or not compatible_dates(s.date, s.date_precision, match.date, match.date_precision, slack_days=1))), None)
        summit = own or (match if match is not None and (named or before is None or match.sentence < attendee.sentence) else before)  # its
        # own sentence's summit told without sides first: "… met on 30 July at a summit also held in Abuja, where Tinubu, Ouattara …"
        if summit is not None and not set(attendee.participants) <= set(summit.participants):
            summit.participants = sorted(set(summit.participants) | set(attendee.participants))
            summit.rules.append("summit:attendee")
        elif summit is None and attendee.kind != "summit" and len(attendee.participants) >= 2:
            attendee.rules = [r for r in attendee.rules if r != "summit:attendance"]
            out.append(attendee)  # "They met in Beijing in February last year" after a summit told as background: their own
    return [m for m in out if len(m.participants) >= (2 if "summit:open" in m.rules and not set(m.participants) & bodies else 1)]
    # no one said to attend, unless the organisation whose summit it is, told in another sentence, is its side


def _dated_by_its_words(meeting) -> bool:
    """The meeting's date is one its own sentence gives, not the publication date's stand-in nor a day lent by
    other sentences."""
    rules = [r.split(":", 1)[1] for r in meeting.rules if r.startswith("date:")]
    leading = bool(word_stems(meeting.evidence) & cues().get("lead_up", frozenset()))  # "On Wednesday, the eve of the summit"
    return bool(meeting.date) and bool(rules) and not leading and not any(r == "published" or r in FROM_CONTEXT for r in rules)


def _dated_by_other_sentences(meeting) -> bool:
    """No words of the meeting's sentence date it: the publication date stands in, or the day the sentences around
    it give ("… were among the leaders at the meeting"), not one told against another event ("On the day before the
    summit")."""
    rules = {r.split(":", 1)[1] for r in meeting.rules if r.startswith("date:")}
    if word_stems(meeting.evidence) & cues().get("lead_up", frozenset()):
        return False  # "On the eve of the summit, Kikwete met Kagame": a day of its own, whatever dates it yet
    return meeting.date_precision in ("approx", "unknown") or rules <= {"published", "neighbour-sentence", "lede"}


def _lists_those_at(summit, meeting) -> bool:
    """A meeting of three or more told after a summit is the list of those at it when the summit was told without
    sides, shares three countries with it, or is held in its town and shares two countries with it or the summit was
    told by its organisation alone ("The annual summit of the Arab League opened in Damascus" + "Assad, the host,
    welcomed eleven heads of state to the two-day meeting, among them …"), or tells a meeting noun pointed back to as
    attended by them ("The meeting was also attended by Obama, Hu, Merkel and Kan", "Scheffer chaired the talks, attended
    by Bush, Merkel, Sarkozy and Brown")."""
    shared = len(set(summit.countries) & set(meeting.countries))
    attended = (told_again(meeting.evidence) or points_back(meeting.evidence)) and bool(word_stems(meeting.evidence) & cues().get("attending", frozenset()))
    return "summit:open" in summit.rules or shared >= 3 or attended or (
        (shared >= 2 or not summit.countries) and summit.location is not None and summit.location == meeting.location)


def _same_summit(summit, other, bodies: set[str], listing: bool = False) -> bool:
    """Whether `other` tells the held summit `summit` again: compatible dates, a shared organisation when both name
    one (not when `other` lists those at it, where an organisation stands for its head: "attended by Obama, Hu and
    IMF Managing Director Strauss-Kahn"), no town of its own."""
    if summit.kind != "summit" or summit.referenced or other.referenced:
        return False
    if not compatible_dates(summit.date, summit.date_precision, other.date, other.date_precision, slack_days=3):
        return False
    mine, theirs = set(summit.participants) & bodies, set(other.participants) & bodies
    if mine and theirs and not listing:
        return bool(mine & theirs)
    if theirs and other.sentence > summit.sentence and told_as_later(other.evidence):
        return False  # "Later on Friday, the three presidents were joined by … for an emergency meeting of Unasur"
    return _one_place(summit.location, other.location) or any(
        f"place:{rule}" in m.rules for m in (summit, other) for rule in FROM_CONTEXT)  # a town lent by other sentences


def _one_place(place: str | None, other: str | None) -> bool:
    """No place, the same place, or a country and a town in it ("meeting in Burundi", "BUJUMBURA")."""
    def within(town: str, country: str) -> bool:
        return bool(country_iso3(country)) and not country_iso3(town) and country_iso3(place_country(town) or "") == country_iso3(country)

    return not place or not other or place == other or within(other, place) or within(place, other)


def _given_by_people(meeting) -> set[str]:
    """The countries a meeting gives by a person of theirs, not as a side of their own: merged into a summit told by
    its countries ("Leaders of Russia, Ukraine, Belarus and Kazakhstan gathered in Minsk" + "Lukashenko played host to
    Putin, Nazarbayev and Poroshenko"), Russia's side is Putin."""
    return {name for c in meeting.countries if (name := country_display_name(c)) not in meeting.participants}


def met_on_its_sidelines(meetings: list) -> None:
    """Those who met on the sidelines of the one summit an article reports were at it ("George W. Bush met Vladimir
    Putin on the sidelines of the summit on Saturday"): their names join it, unless others already stand for their
    countries there. A meeting on the sidelines of it (or, with no summit, of the article's one gathering
    of three or more) that no words date or place is held on its day in its town ("The meeting on Tuesday was
    chaired by Somare" … "he had also held a separate meeting with Nailatikau on the sidelines")."""
    held = [m for m in meetings if m.kind == "summit" and not m.referenced] or [
        m for m in meetings if not m.referenced and m.kind != "call" and len(m.participants) >= 3]
    if len(held) != 1:
        return
    summit, bodies = held[0], set(organisations().values())
    for meeting in meetings:
        if meeting.referenced or meeting is summit or not word_stems(meeting.evidence) & cues().get("setting", frozenset()):
            continue
        if not compatible_dates(summit.date, summit.date_precision, meeting.date, meeting.date_precision, slack_days=3) or (
                summit.location and meeting.location and summit.location != meeting.location):
            continue  # "…, and Figueiredo met Rice at the White House last Wednesday": not at the summit
        if meeting.date_precision in ("approx", "unknown") and summit.date_precision == "day":
            meeting.date, meeting.date_precision = summit.date, "day"
            meeting.rules = [r for r in meeting.rules if not r.startswith("date:")] + ["date:sidelines"]
        if meeting.location is None and meeting.kind != "call" and summit.location:
            meeting.location = summit.location
            meeting.rules.append("place:sidelines")
        persons = {p for p in meeting.participants if country_iso3(p) is None and p not in bodies}
        if meeting.countries and set(meeting.countries) <= set(summit.countries) and not persons & set(summit.participants):
            continue  # "…, while Foreign Minister Okada had talks with Yang Jiechi": countries the summit's leaders stand for
        if summit.kind == "summit" and persons - set(summit.participants):
            summit.participants = sorted(set(summit.participants) | persons)
            summit.rules.append("summit:sidelines")


def named_attendees_stand_for_it(meetings: list) -> None:
    """A summit the article reports with three or more people named at it is their meeting: the organisation whose
    summit it is names the gathering, no side beside them ("Leaders of the Pacific Islands Forum met in Port Vila" +
    "Natapei chaired the meeting, which was attended by Key, Somare and Tong")."""
    bodies = set(organisations().values())
    for summit in (m for m in meetings if m.kind == "summit" and not m.referenced):
        persons = [p for p in summit.participants if p not in bodies and country_iso3(p) is None]
        if len(persons) >= 3 and len(set(summit.participants) & bodies) == 1:  # not a summit of two organisations
            summit.participants = [p for p in summit.participants if p not in bodies]
            summit.rules.append("summit:named-attendees")

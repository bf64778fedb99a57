"""Meetings in one article: trigger words, participants linked to them through the parse, date, place, kind."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np
from spacy.tokens import Doc

from core.knowledge import Knowledge, country_display_name, organisation_code, organisation_codes, organisation_home, cues as _cues
from core.pipeline.clauses import summit_told
from core.pipeline.attendance import attendees, attends_the_meeting_told
from core.pipeline.meeting_place import (locative, reach, where_the_trip_goes, placed_by_clause, town, town_named, town_of_gathering,
                                        town_of_the_visit, venue, visitor_after, where_clause)
from core.pipeline.scope import (day_from_other_event, met_on_the_trip, met_where_it_goes, while_another_meeting, place_of_another_event, own_dates,
                                 own_party, purpose_of_trip, told_as_past_step)
from core.pipeline.antecedents import added_to_it, main_subject, reported_by_another, antecedent_bodies, antecedent_date, joint_subjects
from core.pipeline.occasion import attended_by, involved, occasion_subjects, staff_of
from core.pipeline.refine import refine
from core.pipeline.presence import presences
from core.pipeline.representation import representatives
from core.pipeline.roles import below_leader
from core.pipeline.merge import merge_within_article
from core.pipeline.referred_sides import referred_sides, tied
from core.pipeline.several import distributed, is_subject, met_together, pairwise
from core.pipeline.kin import kin_owner, spouse_of
from core.pipeline.arrival_talks import talks_after_arrival
from core.pipeline.hosts import imply_hosts, name_adjacent_hosts, name_counterparts, onward_stops
from core.pipeline.requirements import body_gathers, counterparts_in_object, leaders_gather, leaders_summit
from core.pipeline.senses import domestic, meeting_word_tokens, non_party, one_sided, summit_words, trigger_kind, visitors_are_others
from core.pipeline.date_spans import last_day
from core.pipeline.meeting_dates import meeting_date
from core.pipeline.tense import is_plan, referenced_meeting, repeated
from core.pipeline.unheld import plan_overtaken, unheld
from core.pipeline.formats import format_members
from core.pipeline.bodies import named_organisations
from core.pipeline.organisation_sides import gathering_of, organisation_sides
from core.pipeline.sides import (delegations, described, destination, destination_named_before, destination_there, groups, place_token, unnamed_government)
from core.pipeline.doc_text import text_of

if TYPE_CHECKING:
    from core.pipeline.people import PersonMention


@dataclass
class Meeting:
    participants: list[str]
    countries: list[str]
    location: str | None
    date: str | None
    date_precision: str
    kind: str
    referenced: bool
    evidence: str
    start: int
    end: int
    confidence: float
    sentence: int
    rules: list[str] = field(default_factory=list)
    host: str | None = None  # the host country, when the host side is only a country
    subject: str | None = None  # the participant who acts (the visitor, the one who meets), when the parse says


def _session_told(sent) -> bool:
    """The sentence tells a session of a negotiating format: it begins, ends, resumes or is held, or a round of it
    (meeting_cues.csv `session`); otherwise it speaks of the format itself ("while the six-party talks remain off")."""
    return any(t.lemma_.lower() in _cues().get("session", frozenset()) for t in sent)


def _where(place, tokens: dict) -> str:
    """The town a place of the sentence puts the meeting in: the town a region qualifies ("the West Bank town of
    Jericho"), else the place itself."""
    return (town_named(token) or place.where) if (token := tokens.get(id(place))) is not None else place.where


def extract_meetings(doc: Doc, *, people, places, dates, published: str | None, published_precision: str,
                     leaders: dict[str, str] | None = None, kb: Knowledge | None = None, headings=()) -> list[Meeting]:
    """Meetings reported or referenced in the article, one per distinct meeting. `leaders` maps the canonical names
    of heads of state or government in office on the publication date to their country; a heading (character
    bounds in `headings`) announces what the text reports and is no evidence of its own."""
    by_sentence: dict[int, list[PersonMention]] = {}
    for m in people:
        by_sentence.setdefault(m.sentence, []).append(m)
    found: list[Meeting] = []
    last_subject = None
    # (sentence, participant mentions) of the latest meeting with two people; the sentence of the latest summit
    sentences = list(doc.sents)
    places_in, dates_in = by_sentence_of(places, sentences), by_sentence_of(dates, sentences)
    context: dict = {"group": None, "summit": None, "main": main_country(places), "sentences": sentences, "dates_in": dates_in,
                     "by_sentence": by_sentence, "places_in": places_in, "found": found}
    candidates = meeting_word_tokens(doc)
    for number, sent in enumerate(sentences):
        if any(a <= sent.start_char < b for a, b in headings):
            continue
        sentence_people = by_sentence.get(number, [])
        here = [doc[int(i)] for i in candidates[np.searchsorted(candidates, sent.start):np.searchsorted(candidates, sent.end)]]
        words = {t.lower_ for t in sent} if here else set()
        context["next"] = joint_subjects(doc, by_sentence.get(number + 1, [])) if here else []
        for token in here:
            kind = trigger_kind(token, words)
            if kind:
                found += _meeting(doc, sent, number, token, kind, sentence_people, last_subject, places, places_in.get(number, []),
                                  dates_in.get(number, []), published, published_precision, context)
        if any(t.lemma_.lower() in summit_words() for t in here) or any(  # "presidents meeting in Santiago", "Leaders of
                m.sentence == number and ("summit:open" in m.rules or all(map(organisation_code, m.participants))) for m in found):  # APEC met"
            context["summit_word"] = number
        near = 0 <= number - context.get("summit_word", -9) <= 3 or any(0 < number - m.sentence <= 1 + ("domestic" in m.rules) and not m.referenced for m in found)
        found += [_attendance(sent, number, names) for names in attendees(doc, sent, sentence_people, places, summit_near=near)]
        together = joint_subjects(doc, sentence_people)
        if len({m.canonical for m in together}) >= 2:
            context["joint"] = (number, together)
        if (len({m.country for m in together if m.country}) >= 2 and not (context["group"] and context["group"][0] == number)):
            context["group"] = (number, together)  # "Putin and Hu attended the ceremony. The two leaders then held talks"
            context.setdefault("groups", []).append(context["group"])
        subjects = [m for m in sentence_people if doc[m.token].dep_ in ("nsubj", "nsubjpass") or doc[m.token].head.dep_ in ("nsubj", "nsubjpass")]
        heads = {m.token for m in subjects}  # not a person the parse hangs on the subject as its appositive
        subjects = [m for m in subjects if not (doc[m.token].dep_ == "appos" and doc[m.token].head.i in heads)] or subjects
        named = subjects or [m for m in sentence_people if doc[m.token].dep_ == "poss" and doc[m.token].head.dep_ == "attr"]  # "It was Kerry's
        told_of = all(_in_relative_clause(doc[m.token]) for m in subjects) and any(  # visit since he became"; "Earlier he was in Kabul, where he and …"
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("he", "she") and not (named and _in_relative_clause(t)) for t in sent)
        if (subjects or sentence_people) and not (told_of and last_subject) and not (last_subject and added_to_it(doc, subjects)):
            # the next pronoun: the subject nearest to it, not in a relative clause ("Xi was in Turkmenistan, where he and Berdymukhamedov
            last_subject = ([m for m in subjects if not reported_by_another(doc[m.token], {s.token for s in subjects if s.person_id})] or subjects or [m for m in sentence_people if not _in_relative_clause(doc[m.token])] or sentence_people)[-1]  # opened …": Xi)
            if _in_relative_clause(doc[last_subject.token]):
                last_subject = main_subject(subjects, sent) or last_subject
    day = (published or "")[:10]
    # people holding only lower offices, by the knowledge base or by their title in the text ("Trade Minister X")
    lower = {m.canonical for m in people if kb is not None and m.canonical not in (leaders or {}) and (
        (m.person_id and any(r.held_on(day) for r in kb.roles_of.get(m.person_id, []))) or below_leader(doc, m, kb))}
    name_adjacent_hosts(found, by_sentence, leaders or {}, lower, kb)
    if kb is not None:
        imply_hosts(found, sentences, kb, published, people)
        name_counterparts(found, sentences, kb, published, people)
    found = _distinct(found)
    if kb is not None:
        found = refine(found, people=people, places=places, sentences=[(s.start_char, s.end_char) for s in sentences],
                       kb=kb, published=published, dates=dates, text=text_of(doc), lower=lower, title=doc.user_data.get("title") or "",
                       present=presences(doc, sentences, people, places, dates), stand_for=representatives(doc, sentences, people, places))
    else:
        found = [m for m in found if not {"lonely", "summit:attendance", "summit:open"} & set(m.rules)]  # nothing to join
    talks_after_arrival(found, sentences, dates_in, candidates)  # (after the days other meetings count from the arrival)
    return merge_within_article(found, published)


def _distinct(found: list[Meeting]) -> list[Meeting]:
    """The candidates without exact repeats (same sides, kind, date, place and standing): an article that tells the
    same meeting in many sentences would merge them in the end anyway, and the article-level rules then look at
    each distinct meeting once instead of once per repeat."""
    seen: set[tuple] = set()
    out = []
    for m in found:
        key = (tuple(m.participants), m.kind, m.date, m.date_precision, m.referenced, m.location, m.host, tuple(m.rules))
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def by_sentence_of(items: list, sentences: list) -> dict[int, list]:
    """Items with a character `start` (places, dates) by the number of the sentence they start in: looked up once,
    not filtered again for every meeting word (which made a long article quadratic)."""
    from bisect import bisect_right

    starts = [s.start_char for s in sentences]
    out: dict[int, list] = {}
    for item in items:
        out.setdefault(bisect_right(starts, item.start) - 1, []).append(item)
    return out


def main_country(places: list) -> str | None:
    """The country the article names most often (places, capitals, demonyms); of two named as often and more than once, the first."""
    counts = Counter(p.country for p in places if p.country)
    leading = {country for country, n in counts.items() if n == max(counts.values())}
    return next((p.country for p in sorted(places, key=lambda p: p.start) if p.country in leading), None) if len(leading) == 1 or (
        len(leading) == 2 and max(counts.values()) > 1) else None


def _attendance(sent, number: int, names: set[str]) -> Meeting:
    text = sent.text.strip()
    start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    return Meeting(sorted(names), [], None, None, "unknown", "summit", False, text, start, start + len(text), 0.5, number,
                   rules=["trigger:summit", "summit:attendance"] + (["attendance:told-again"] if attends_the_meeting_told(sent) else []))


def _private(mention) -> bool:
    """Someone the knowledge base knows who never held an office it lists (an activist, a scholar, a hostage) or only
    offices outside any state (a company's chief executive): their travels and interviews are no meeting of countries."""
    from core.knowledge import load_knowledge, private_roles

    return mention.person_id is not None and all(r.role in private_roles() for r in load_knowledge().roles_of.get(mention.person_id, []))


def _in_relative_clause(token) -> bool:
    """In a relative clause, or in an adverbial one its conjunction subordinates ("became head of state after
    Nazarbayev resigned"): not whom the next sentence goes on about."""
    return any(a.dep_ == "relcl" or (a.dep_ == "advcl" and any(c.dep_ == "mark" for c in a.children)) for a in [token, *token.ancestors])


def _meeting(doc, sent, number, trigger, kind, people, last_subject, places, sentence_places, dates, published, precision,
             context) -> list[Meeting]:
    """The meetings one meeting word reports; `sentence_places` and `dates` are those of its sentence."""
    if unheld(trigger) or one_sided(trigger):
        return []  # only wished, asked for or supposed: "may meet", "called for talks"; "treaties signed with A and B"
    rules = [f"trigger:{trigger.lemma_.lower()}"]
    if trigger.tag_ == "NNS" and trigger.lemma_.lower() in _cues().get("several", frozenset()):
        rules.append("several")  # "previous meetings in Moscow": several meetings, never one of the others
    participants: dict[str, PersonMention] = {}
    subject = None
    hung = {t.i for t in counterparts_in_object(trigger)} if kind in ("talks", "signing") else set()
    attending = {t.i for t in [*attended_by(trigger), *visitor_after(trigger), *occasion_subjects(trigger), *involved(trigger)]}
    for m in people:
        if ((tied(doc[m.token], trigger) or m.token in hung) and own_party(doc[m.token], trigger)) or m.token in attending:
            participants.setdefault(m.canonical, m)
            if subject is None and is_subject(doc[m.token], trigger):
                subject = m.canonical
    subject = referred_sides(doc, sent, number, trigger, people, last_subject, context, participants, rules, subject)
    tokens = {id(p): place_token(doc, p) for p in sentence_places}
    linked_places = [p for p in sentence_places if tied(town(tokens[id(p)]), trigger) or placed_by_clause(tokens[id(p)], trigger)]
    own = described(doc, [m.token for m in participants.values()])
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ in ("relcl", "acl")), None)
    own -= {t.i for t in clause.subtree if t.dep_ == "pobj"} if clause is not None else set()  # "Josipović, who hosted the visit to Vukovar"
    own -= {t.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in _cues().get("locative", frozenset()) for t in c.subtree}  # "at a summit in"
    person_countries = {m.country for m in participants.values() if m.country}
    countries = set(person_countries)
    if len(participants) <= 1:
        sides = sorted(set(delegations(trigger, sentence_places, tokens, own)) | set(groups(sent, trigger, places, own)))
    else:  # beside named people, a country only its delegation stands for: "… and their Mexican counterparts"
        sides = sorted(set(delegations(trigger, sentence_places, tokens, own)) - {m.country for m in participants.values()})
    unnamed = unnamed_government(sent, trigger, own, context["main"])
    if unnamed and unnamed not in person_countries:
        sides = sorted(set(sides) | {unnamed})  # "the government" of the country the article is about
        rules.append("side:article-government")
    members = format_members(trigger)
    if members:  # "the six-party talks": its member countries, less those a named person stands for
        sides = sorted(set(sides) | (set(members) - person_countries))
        rules.append("format")
    countries.update(sides)
    goes = [p for p in linked_places if p.country not in sides]  # "the Cuban officials visited Mexico": not Cuba
    visited = (destination(kind, trigger, goes, tokens, own) or destination_there(trigger, sentence_places, tokens, own)
               or destination_named_before(trigger, places, {participants[subject].country or ""} if subject in participants else person_countries))
    if visited:
        countries.add(visited.country)
    spouses = {name for name, m in participants.items() if spouse_of(doc, m, list(participants.values()))}
    participants = {name: m for name, m in participants.items()  # "a state dinner for Ruto and his wife, Rachel Ruto"
                    if not non_party(doc, m, kind) and not kin_owner(doc[m.token]) and name not in spouses}
    if spouses and len(participants) < 2 and not visited:
        return []  # "had dinner with relatives, including his half-sister Auma Obama": a family's meal
    names = sorted(participants)
    other_sides = [c for c in sides if c not in person_countries]
    bodies, held_at = organisation_sides(sent, trigger, own), None
    if not bodies:
        bodies, held_at = antecedent_bodies(trigger, number, context, participants)
    if any(staff_of(root) for name, root in named_organisations(sent) if name in bodies):
        rules.append("side:staff")  # "met with an IMF team": the organisation, not its head named elsewhere
    homes = {home for home in map(organisation_home, bodies) if home}
    countries |= homes  # a movement belongs to its country: "talks between the government and the LTTE" are domestic
    international = [b for b in bodies if not organisation_home(b)]
    summit_of = kind == "summit" or summit_told(sent, trigger) or (
        kind == "talks" and bodies and not participants and not other_sides and gathering_of(sent, trigger, own))
    lonely = len(names) == 1 and not other_sides and not bodies and len(countries) < 2
    unattended = (kind == "summit" and trigger.pos_ in ("NOUN", "PROPN")  # "Bush joined 33 other leaders for the Summit"
                  and (lonely or not (names or other_sides or bodies)))
    if not (names or other_sides or bodies) and (leaders_gather(trigger) or body_gathers(trigger)):
        kind, unattended = "summit", True  # "Arab heads of state meeting in Riyadh …": those at it are named next
    if unattended:
        rules.append("summit:open")  # "The East Asia Summit opened in Kuala Lumpur": those said to attend it come next
    elif lonely and participants[names[0]].person_id and trigger.pos_ in ("NOUN", "PROPN"):
        pass  # "Putin … during an official meeting in Moscow": the counterpart may be named next door (refine.py)
    elif (len(names) + len(other_sides) + len(bodies) < 2 and not (len(names) == 1 and len(countries) >= 2)
          and not (bodies and summit_of) and not ((other_sides or bodies) and visited and visited.country not in sides)):
        return []  # one side only; a delegation (a country's or an organisation's) that visits a country has it as host
    elif (len(countries) == 1 and all(m.country for m in participants.values()) and not international
          and (not sides or homes) and not countries & set(organisation_codes())):
        if (len(names) < 2 and not (homes and kind == "signing")) or kind not in ("signing", "talks") or is_plan(trigger):
            return []  # one country's own people and movements (officials of the UN meeting each other are international)
        rules.append("domestic")  # its rivals' deal: international only once someone of another country is said to be at it (refine.py)
    elif (bodies and not summit_of and not other_sides and participants
          and {m.country for m in participants.values()} <= {organisation_code(b) for b in bodies} | homes):
        return []  # an organisation and its own officials: "Chakib Khelil, the OPEC president, said during the meeting"
    elif len(countries) == 1 and not sides and not bodies and domestic(sent, participants, sentence_places, countries, context["main"]):
        return []  # its leader and people the text gives no other country: "McConnell … a White House meeting with Obama"
    if (not bodies and len(countries) < 2 and not all(m.country for m in participants.values())
            and not any(m.person_id and not _private(m) for m in participants.values())) and not lonely:
        return []  # nothing shows that two countries meet: a company's, a campaign's or a newsroom's people
    if subject is None and visitors_are_others(trigger):
        return []  # "tourists troop to Kogelo to visit the family of …": the ones who visit are no participants
    if len(names) >= 2:
        context["group"] = (number, list(participants.values()))
        context.setdefault("groups", []).append(context["group"])
    if plan_overtaken(trigger):
        return []  # "had been due to meet Juncker": no meeting, but the pair told
    passive = any(c.dep_ == "auxpass" for c in trigger.children)
    agents = {t.i for c in trigger.subtree if c.dep_ == "agent" or (passive and c.lower_ == "by" and c.dep_ == "prep")
              for t in c.subtree}
    if sum(m.token in agents for m in participants.values()) >= 2 or met_together(sent, trigger, participants):
        rules.append("sides:together")  # "was met by the King and the Prime Minister": one welcome, not one each
    if (summit_of or leaders_summit(trigger)) and bodies:
        context["summit"] = number
    when, when_precision, date_rule = meeting_date(sent, trigger, own_dates(sent, trigger, dates), published, precision)
    if while_another_meeting(trigger):
        rules.append("while-another")  # "While the leaders met, the foreign ministers held talks": that meeting's day
    if date_rule == "published" and (shifted := day_from_other_event(trigger, dates)):
        when, when_precision, date_rule = shifted  # "the day after his election victory on December 19"
    if date_rule == "published":
        when, when_precision, date_rule = antecedent_date(trigger, number, context) or (when, when_precision, date_rule)
    came_from = date_rule == "published" and _where_it_came_from(trigger)
    if came_from:  # "came to Nigeria from Morocco, where he was received by King Mohammed VI": before this trip
        when, when_precision, date_rule = None, "unknown", "came-from"
    many_times = repeated(trigger)
    referenced = referenced_meeting(sent, trigger, when, when_precision, published) or many_times or came_from or date_rule == "soon-after"
    if many_times and (date_rule == "published" or when_precision == "year"):  # "has met Chávez numerous times",
        when, when_precision, date_rule = None, "unknown", "repeated"  # "repeatedly over the past year"; not "in March"
    if date_rule == "weekday" and when and published and when < published[:10] and is_plan(trigger):
        when = (date.fromisoformat(when) + timedelta(days=7)).isoformat()  # "agreed to meet … on Saturday": the next one
    plan = referenced and is_plan(trigger)
    if referenced and date_rule == "published" and (plan or not {t.lower_ for t in sent} & _cues().get("recent", frozenset())):
        when, when_precision, date_rule = None, "unknown", "plan-undated" if plan else "background-undated"  # not the publication date
    elif plan and when and published and last_day(when, when_precision) < published[:len(when[:10])]:
        when, when_precision, date_rule = None, "unknown", "plan-undated"  # a past date in a plan's sentence dates something else
    if when and when_precision == "day" and published and when > published[:10] and purpose_of_trip(trigger, dates):
        when, when_precision, date_rule = when[:7], "month", "trip-month"  # "flies tomorrow to meet Bush": on or after
    where = where_clause(trigger)
    here = [p for p in linked_places if tokens[id(p)].i not in own
            and (locative(tokens[id(p)], city=p.label == "GPE" or p.kind == "metonym") or where_the_trip_goes(tokens[id(p)], trigger))
            and not place_of_another_event(tokens[id(p)], trigger)]
    location = town_of_the_visit(visited, here, lambda p: reach(tokens[id(p)], trigger), kind) or min(here, key=lambda p: reach(tokens[id(p)], trigger), default=None) or (
        max((p for p in sentence_places if tokens[id(p)].i < where and tokens[id(p)].i not in own), key=lambda p: tokens[id(p)].i, default=None) if where else None
    ) or held_at
    confidence = 0.5 + 0.2 * (len(names) >= 2) + 0.1 * (date_rule != "published") + 0.1 * (location is not None) - 0.2 * ("pronoun" in rules)
    if "format" in rules and date_rule == "published" and location is None and not _session_told(sent):
        when, when_precision, date_rule, referenced = None, "unknown", "format-undated", True
    host, where_met = None, visited is not None and id(visited) in tokens and met_where_it_goes(tokens[id(visited)])
    if not names:
        names = [country_display_name(c) for c in sides] + bodies
        if visited and visited.country not in sides and len(names) == 1:
            names.append(country_display_name(visited.country))  # "a Chinese delegation visited Russia"
            host = visited.country
    else:
        names += [country_display_name(c) for c in other_sides] + bodies
        counterpart = where_met or any(sent.start <= m.token < sent.end and met_on_the_trip(doc[m.token], trigger) for m in participants.values())
        if (visited and len(names) == len(participants) and visited.country not in {m.country for m in participants.values()}
                and (len(names) == 1 or any(m.country for m in participants.values())) and not counterpart):
            # the host side, no host named ("A and B arrived in …"); not where the trip meets someone else ("Hill flew to Berlin to meet Kim")
            names.append(country_display_name(visited.country))
            host = visited.country
            if all(_private(m) for m in participants.values()):
                rules.append("visitor:private")  # "the Hotel Rwanda hero visited Atlanta": a meeting only with a host named
    if len(names) == 1 and names[0] in participants and (_private(participants[names[0]]) or where_met):
        return []  # someone who holds no office, alone: a tour, not a meeting of countries; a trip told by whom it met
    shown, lead = evidence_text(sent.text), len(sent.text) - len(sent.text.lstrip())
    base = Meeting(
        participants=names,
        countries=sorted(countries),
        location=None if kind == "call" else _where(location, tokens) if location else town_of_gathering(trigger) or venue(sent, trigger, own),
        date=when,
        date_precision=when_precision,
        kind="summit" if kind == "talks" and (summit_told(sent, trigger) or leaders_summit(trigger)) else kind,
        referenced=referenced,
        evidence=shown,
        start=sent.start_char + lead,
        end=sent.start_char + lead + len(shown),
        confidence=round(confidence, 2),
        sentence=number,
        rules=rules + [f"date:{date_rule}"] + (["lonely"] if lonely else []) + (["anaphora"] if told_as_past_step(trigger) else []),
        host=host,
        subject=subject if subject in names else None,
    )
    mine = own_dates(sent, trigger, dates)  # not "the leader installed after last month's coup"
    found = [m for part in distributed(base, trigger, participants, doc) for m in pairwise(part, trigger, participants, doc, mine, sentence_places)]
    return found + (onward_stops(base, visited, sentence_places, tokens, own) if host and visited and id(visited) in tokens else [])


def _where_it_came_from(trigger) -> bool:
    """The meeting is told in a "where" clause on the place a trip came from ("arrived in Abuja from Morocco, where he
    was received by the king")."""
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"), None)
    return (clause is not None and any(c.lower_ == "where" for c in clause.children) and clause.head.dep_ == "pobj"
            and clause.head.head.lower_ == "from")


def evidence_text(sentence: str) -> str:
    """A sentence as evidence, without an opening bracket the sentence splitter may leave at its end ("… on 2 April
    2023 <" before "<script>")."""
    return sentence.strip().rstrip("<([{").rstrip()

"""What a meeting implies beyond the words that state it: the office-holders the text names only by office, and the
other stops of a trip.

- Who hosted a visit the text reports with only the host country: "Merkel arrived in Moscow on Monday. The two
  leaders discussed energy" — the two leaders are Merkel and whoever led Russia that day. The nouns that stand for
  both sides ("pair") or for the host alone ("host_side") are cue words of meeting_cues.csv; the office a plural noun
  names ("the two presidents") comes from role_terms.csv.
- The other stops of a trip to a list of places: a visit to each.
- Who hosted a visit the text reports with only the host country, when the sentence before or after names the
  one leader of that country: "Wen visited Delhi." + "Indian Prime Minister Manmohan Singh said …".
- Counterparts by country: "Beckett discussed Iran with her counterparts from France, Germany and Russia" — each is
  whoever held Beckett's office in that country that day."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from core.knowledge import Knowledge, country_display_name, cues, fold, leader_roles
from core.pipeline.refine import own_day


def imply_hosts(found: list, sentences: list[Span], kb: Knowledge, published: str | None, mentions=()) -> None:
    """Give a visit whose host side is only a country the host's leader when its sentence or the next speaks of
    both sides or of the host ("the two leaders", "both presidents", "his hosts", "his counterpart") and the visitor
    led a country on the visit's date. The host is the one leader of the host country that day; where two offices
    lead it (a president and a prime minister), the one the noun names ("the two presidents") or, for a
    counterpart, the visitor's own office; otherwise the side stays the country. A visit by a minister, or one
    whose date is unknown, keeps its country, and so does one whose word for both sides has someone of a third
    country beside it ("Putin flew into Geneva." + "Biden arrived minutes later, and the two leaders shook hands")."""
    for meeting in found:
        if not meeting.host or len(meeting.participants) != 2 or meeting.kind != "visit" or meeting.subject != meeting.participants[0]:
            continue
        day = meeting.date or (None if meeting.referenced else published)
        visitor = kb.person(meeting.participants[0])
        if not day or visitor is None:
            continue
        own = [r.role for r in kb.leaders_of(visitor.person_id, day)]
        words = [t for n in (meeting.sentence, meeting.sentence + 1) if 0 <= n < len(sentences) for t in sentences[n]]
        word, office = next(((t, o) for t in words if (o := _implied_office(t, kb, own)) is not None), (None, None))
        if word is None or office is None or any(m.sentence == meeting.sentence + (word.sent.start != sentences[meeting.sentence].start)
                                                 and m.country not in (None, visitor.country, meeting.host) for m in mentions):
            continue
        holders = {r: h for r in sorted(leader_roles()) if (h := kb.holder(r, meeting.host, day)) is not None}
        leaders = {h.person_id: h for h in holders.values()}
        holder = next(iter(leaders.values())) if len(leaders) == 1 else holders.get(office) if office else None
        if holder is not None and holder.person_id != visitor.person_id:
            meeting.participants = [meeting.participants[0], holder.canonical]
            meeting.rules.append("host:implied")


def _implied_office(token: Token, kb: Knowledge, own: list[str]) -> str | None:
    """The leader office a word standing for the host names ("the two presidents": head of state; "his counterpart":
    the visitor's own); "" when it names none ("the two leaders"); None when the word does not stand for the host."""
    if not own:
        return None
    lemma = token.lemma_.lower()
    if token.tag_ == "NNS" and lemma in cues().get("pair", frozenset()) and any(
            c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in token.children):
        term = " ".join(c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i) + " " + lemma
        role = kb.role_terms.get(fold(term.strip())) or kb.role_terms.get(lemma)
        if role in leader_roles():
            return role
        return "" if role in (None, "leader") else None  # "the two foreign ministers" are not the leaders
    if lemma in cues().get("host_side", frozenset()) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children) and not any(
            c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in token.children):
        return own[0] if token.lemma_.lower() == "counterpart" else ""
    return None


def name_counterparts(found: list, sentences: list[Span], kb: Knowledge, published: str | None, mentions=()) -> None:
    """Replace the country sides of a meeting that its sentence calls the named people's counterparts ("her
    counterparts from France and Germany", "Putin and Stanishev met their Greek counterparts") by who held each named
    person's office in that country on the meeting's date (the publication date for an undated one: the text speaks
    of people in office): the office the knowledge base knows, else the one the article's role words give someone it
    does not know ("Fiji's foreign minister, Ratu Inoke Kubuabola"); a country with no known holder stays a country."""
    told = {m.canonical: (m.office, m.country) for m in mentions if m.office and m.person_id is None and m.country}
    for meeting in found:
        day = meeting.date or published
        if not day or not 0 <= meeting.sentence < len(sentences):
            continue
        countries = _counterpart_countries(sentences[meeting.sentence], kb)
        known = {p.canonical: ([r.role for r in kb.offices_on(p.person_id, day)], kb.country_on(p, day))
                 for name in meeting.participants if (p := kb.person(name)) is not None}
        offices = known | {name: ([told[name][0]], told[name][1]) for name in meeting.participants if name in told and name not in known}
        if not countries or not offices:
            continue
        sides: list[str] = []
        for side in meeting.participants:
            code = kb.country_of_place(side)[0]
            holders = [] if code not in countries else [
                h.canonical for held, own in offices.values() if held and code != own
                and (h := kb.holder(held[0], code, day)) is not None]
            sides += holders or [side]
        if sides != meeting.participants:
            meeting.participants = sorted(set(sides))
            meeting.rules.append("side:counterparts")


def _counterpart_countries(sentence: Span, kb: Knowledge) -> set[str]:
    """The countries a plural "counterparts" of the sentence belongs to: a "from" list or demonyms before it."""
    codes: set[str] = set()
    for token in sentence:
        if token.lemma_.lower() != "counterpart" or token.tag_ != "NNS":
            continue
        words = [t for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of") for t in c.subtree]
        words += [t for c in token.children if c.dep_ in ("amod", "compound") for t in (c, *c.conjuncts)]
        for word in words:
            if word.ent_type_ in ("GPE", "NORP"):
                name = next((e.text for e in sentence.doc.ents if e.start <= word.i < e.end), word.text)  # "New Zealand"
                code, kind = kb.country_of_place(name)
                if code and kind in ("country", "demonym"):
                    codes.add(code)
    return codes


def onward_stops(visit, visited, sentence_places: list, tokens: dict, own: set[int]) -> list:
    """The other stops of a trip to a list of places ("visited Rwanda, Ghana and Liberia", "will travel to South Korea
    and China"): one visit to each other country, its host side that country; never the visitor's own ("China and
    Russia signed deals during Putin's visit to Beijing")."""
    at = {tokens[id(p)].i: p for p in sentence_places}
    first = tokens[id(visited)]
    seen, out = {visited.country}, []
    stops = list(first.conjuncts)
    if first.dep_ == "pobj" and first.head.lower_ == "to":  # "flies to South Korea and then to Japan"
        stops += [o for c in first.head.head.children if c.dep_ == "conj" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    for token in stops:
        place = at.get(token.i)
        if place is None or not place.country or place.country in seen or place.country in visit.countries or token.i in own:
            continue
        seen.add(place.country)
        host = country_display_name(place.country)
        out.append(replace(visit, participants=sorted([p for p in visit.participants if p != country_display_name(visit.host or "")] + [host]),
                           countries=sorted((set(visit.countries) - {visit.host}) | {place.country}), location=place.where,
                           host=place.country, rules=[*visit.rules, "visit:itinerary"]))
    return out


def name_adjacent_hosts(found: list, by_sentence: dict, leaders: dict[str, str], lower: set[str], kb=None) -> None:
    """A visit whose host side is only a country gets the host country's leader when the sentence before or after
    names exactly one ("Wen visited Delhi." + "Indian Prime Minister Manmohan Singh said …"), unless the visitor
    holds only a lower office (`lower`: a foreign minister visits a foreign minister)."""
    for meeting in found:
        if not meeting.host or len(meeting.participants) != 2 or meeting.participants[0] in lower:
            continue
        own = own_day(meeting)  # a background meeting's host held office on its own date
        near = {m.canonical for n in (meeting.sentence - 1, meeting.sentence + 1) for m in by_sentence.get(n, [])
                if leaders.get(m.canonical) == meeting.host and (own is None or kb is None or kb.leaders_of(m.person_id, own))}
        if len(near) == 1 and not (meeting.referenced and _named_in_own_sentence(meeting, by_sentence, leaders) - near):
            # (not at an earlier visit whose own sentence names another: "visited Mongolia in 2019, when he signed a
            # treaty with then-President Battulga", not the president of the next sentence)
            meeting.participants = [meeting.participants[0], near.pop()]
            meeting.rules.append("host:adjacent")


def _named_in_own_sentence(meeting, by_sentence: dict, leaders: dict[str, str]) -> set[str]:
    """The people of the host country the meeting's own sentence names."""
    return {m.canonical for m in by_sentence.get(meeting.sentence, []) if (m.country or leaders.get(m.canonical)) == meeting.host}

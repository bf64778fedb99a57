"""Where a meeting happens, from the parse of its sentence: the place tied to the meeting word through a locative
preposition, a town word or a "where" clause, never one reached only through "after" or "before"."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues as _cues, load_knowledge, organisation_code
from core.pipeline.places import TOWN_WORDS
from core.pipeline.scope import place_of_another_event
from core.pipeline.bodies import sentence_ents
from core.pipeline.clauses import above_complements
from core.pipeline.relative import opened_by_where
from core.pipeline.own_clauses import looked_on
from core.pipeline.sides import anchor, linked, path
from core.pipeline.tense import governing_verb

CLAUSE_STEP = 5  # words a place reached through another verb's clause counts as farther


def venue(sent, trigger: Token, own: set[int]) -> str | None:
    """A town or region the gazetteer does not know, named as where the meeting happens: "received Olmert in Sharm
    el-Sheikh", "hosted Abdullah at his ranch in Crawford", "met on the sidelines of the G8 summit in Hokkaido"; a
    place the model calls a location only when the gazetteer knows it as a town (not "a visit to the Pacific")."""
    for ent in sentence_ents(sent):
        if ent[0].is_lower:
            continue  # "del Plata": a town's name the model cut short
        if ((ent.label_ == "GPE" or (ent.label_ == "LOC" and _known(ent.text))) and ent.root.i not in own and locative(ent.root, city=True)
                and (linked(town(ent.root), trigger) or place_of_setting(ent.root, trigger))
                and not any(t.ent_type_ == "PERSON" for t in ent) and not organisation_code(ent.text.removeprefix("the "))
                and not place_of_another_event(ent.root, trigger)):  # "at the AU summit": a body, not a town
            return town_named(ent.root) or _without_its_country(ent.text.removeprefix("the ").strip()) or None
    return None


def _without_its_country(name: str) -> str:
    """A town's name without the country the model took into it: "Samarkand, Uzbekistan" is Samarkand."""
    town, comma, rest = name.partition(",")
    return town.strip() if comma and load_knowledge().country_of_place(rest.strip())[1] == "country" else name


def _known(name: str) -> bool:
    return load_knowledge().country_of_place(name.removeprefix("the "))[1] in ("city", "capital")


def placed_by_clause(token: Token, trigger: Token) -> bool:
    """A town the clause around the meeting word places it in, beyond the sides' path: a venue's town, the town where
    someone called visiting is, the town of the gathering the meeting was held beside, the town of how long it lasted."""
    return (city_of_venue(token, trigger) or where_the_visitor_is(token, trigger) or where_the_traveller_is(token, trigger)
            or place_of_setting(token, trigger) or where_the_list_is(token, trigger) or where_the_trip_goes(token, trigger)
            or where_it_is_for(token, trigger) or where_its_object_is(token, trigger) or where_it_lasted(token, trigger))


def where_it_lasted(token: Token, trigger: Token) -> bool:
    """A town the parse hung on how long the meeting lasted: "talked for more than two hours in a Panama City hotel"."""
    node = town(token)
    if node.dep_ == "compound" and node.head.pos_ == "NOUN":
        node = node.head  # "a Panama City hotel"
    prep = node.head if node.dep_ == "pobj" else None
    span = prep.head if prep is not None and prep.lower_ in _cues().get("locative", frozenset()) else None
    return (span is not None and span.ent_type_ in ("TIME", "DATE") and span.dep_ == "pobj" and span.head.lower_ == "for"
            and span.head.head.i == trigger.i)


def where_its_object_is(token: Token, trigger: Token) -> bool:
    """A town the parse hung on what a meeting verb's object holds, or on the one it meets, rather than on the verb:
    "signed a package of energy agreements in the western Argentine city of Mendoza" (the signing is there)."""
    place = town(token)
    if trigger.pos_ != "VERB" or place.dep_ != "pobj" or place.head.lower_ not in _cues().get("locative", frozenset()):
        return False
    node = place.head.head
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a package of agreements in …"
    if node.dep_ == "pobj" and node.head.lower_ == "with" and node.ent_type_ == "PERSON":  # "discussed the case with
        node = node.head.head  # President Bush at the White House": the parse hung the place on the one met
        return node.i == trigger.i or (node.dep_ == "dobj" and node.head.i == trigger.i)
    return node.dep_ == "dobj" and node.head.i == trigger.i


def where_it_is_for(token: Token, trigger: Token) -> bool:
    """The town of the meeting noun a meeting verb is the purpose of, in the same clause: "was speaking at a meeting
    in New York to discuss Iran with her counterparts" (the discussion is that meeting, in New York)."""
    from core.pipeline.senses import trigger_kind

    within = _in_phrase(token)
    if within is None or trigger.pos_ != "VERB" or trigger.dep_ not in ("advcl", "xcomp", "acl") or not any(
            c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children):
        return False
    gathering = within.head
    clause = trigger.head
    return (gathering.pos_ == "NOUN" and trigger_kind(gathering, set()) in ("talks", "summit")
            and (gathering.i == clause.i or (gathering.dep_ == "pobj" and gathering.head.head.i == clause.i)))


def where_the_trip_goes(token: Token, trigger: Token) -> bool:
    """The place a trip heads for, of the meeting noun it is for: "leaves for Pretoria on Friday for talks with
    Dlamini-Zuma" (the talks are in Pretoria)."""
    verb = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    moving = _cues().get("travel", frozenset()) | _cues().get("departure", frozenset())
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in moving:
        return False
    goal = town(token)
    return goal.dep_ == "pobj" and goal.head.lower_ in ("to", "for") and goal.head.head.i == verb.i and goal.head.i != trigger.head.i


def town_of_the_visit(visited, here: list, distance, kind: str):
    """Where a meeting held during a visit to a country is held: the nearest town or seat of government of that
    country the sentence puts the meeting in ("held talks with Wen at the Great Hall of the People during his visit to
    China": Beijing; "met Jiang in Shanghai on his visit to China"), else the place visited itself; the visit itself
    goes to the country, whatever towns it takes in."""
    if visited is None or kind == "visit" or visited.label != "COUNTRY" or visited.kind == "metonym":
        return visited
    return min((p for p in here if (p.label == "GPE" or p.kind == "metonym") and p.country == visited.country), key=distance, default=visited)


def _in_phrase(token: Token) -> Token | None:
    """The "in" a place (or the town it names) is the object of, else None."""
    town_of = town(token)
    return town_of.head if town_of.dep_ == "pobj" and town_of.head.lower_ == "in" and town_of.head.dep_ == "prep" else None


def city_of_venue(token: Token, trigger: Token) -> bool:
    """The town of a venue where the meeting word, its object or its agent is: "met Yayi at Cadjehoun Airport in
    Cotonou", "was received by Yingluck at Government House in Bangkok" (the parse hangs the venue on the person, a
    step too far for the sides' path), or the verb the meeting noun is the subject or object of ("the meeting was held
    at the prime minister's residence in Jerusalem", "held talks with Olmert at his residence in Jerusalem")."""
    within = _in_phrase(token)
    if within is None:
        return False
    place = within.head  # the venue
    if place.dep_ != "pobj" or place.head.lower_ not in _cues().get("locative", frozenset()):
        return False
    holder = place.head.head
    return holder.i == trigger.i or (holder.head.i == trigger.i and holder.dep_ in ("dobj", "pobj", "attr")) or (
        holder.dep_ == "pobj" and holder.head.dep_ in ("agent", "prep") and holder.head.head.i == trigger.i) or (
        trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and trigger.head.i == holder.i)


def where_the_list_is(token: Token, trigger: Token) -> bool:
    """The town the parse hangs on the last of the people the meeting word takes ("met with Olmert and Abbas in
    Jerusalem") or on the name that follows their office ("conferred with his French counterpart Michel Barnier in
    Paris"): it places the meeting, which is a step too far from the meeting word for the sides' path."""
    within = _in_phrase(token)
    person = within.head if within is not None else None
    if person is None or person.ent_type_ != "PERSON" or person.dep_ not in ("conj", "appos"):
        return False
    first = anchor(person)
    return first.i != person.i and (first.head.i == trigger.i and first.dep_ == "dobj" or (
        first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.head.i == trigger.i))


def locative(token: Token, *, city: bool = False) -> bool:
    """A place where something happens: the object of "in", "at" and the like ("talks in Moscow"), or the place a
    travel word goes to, or a city naming a venue there ("at the Crawford ranch", not "at the China-Russia border");
    not a side ("bonds with Moscow", "between Beijing and Washington")."""
    if city and token.dep_ in ("compound", "nmod") and (token.head.pos_ == "NOUN" or token.head.lower_ in _cues().get("venue", frozenset())):
        token = token.head  # "at Hillsborough Castle", "at the Ak Orda presidential palace"
    token = town(token)
    return token.dep_ == "pobj" and (token.head.lower_ in _cues().get("locative", frozenset())
                                     or (token.head.lower_ == "on" and token.lemma_.lower() == "island"))  # "on the island of Batam"


def where_clause(trigger: Token) -> int | None:
    """The "where" that opens the relative clause holding the meeting: the clause is in the place named last before
    it ("flew to Washington on Friday, where he met Biden", whatever noun the parser hangs the clause on)."""
    node = above_complements(governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger)  # "where he is due to meet"
    node = node.head if looked_on(node) else node  # "…, where he and Lula watched as their ministers signed"
    where = opened_by_where(node) if node.dep_ in ("relcl", "advcl") else None
    return where.i if where is not None else None


def town(token: Token) -> Token:
    """The town word a place names ("in the South Korean port city of Busan": city), or the venue whose description
    names it, else the place itself."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in TOWN_WORDS:
        return token.head.head
    if token.dep_ == "appos" and token.head.lemma_.lower() in TOWN_WORDS:
        return token.head  # "in the provincial capital, Mataram"
    described = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else None
    if described is not None and described.dep_ == "appos" and described.head.dep_ == "pobj" and described.head.head.lower_ == "at":
        return described.head  # "at the Quinta de San Pedro Alejandrino, the estate in Santa Marta": the venue's town
    return token


def town_named(token: Token) -> str | None:
    """The name of the town a region qualifies, when the text says it is a town, whether or not the gazetteer knows
    it: "the West Bank town of Jericho" is in Jericho; so is the town a venue in that region is named after ("at the
    Arusha International Conference Centre in northern Tanzania")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "in" and head.head.ent_type_ == "FAC":
        named = [t for t in head.head.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < head.head.i]
        places = load_knowledge().country_of_place
        return named[0].text if named and named[0].ent_iob_ != "O" and _known(named[0].text) and (
            places(named[0].text)[0] == places(token.text)[0]) else None
    if token.dep_ not in ("compound", "amod", "nmod") or head.lemma_.lower() not in TOWN_WORDS:
        return None
    for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for name in of.children:
            if name.dep_ == "pobj" and name.ent_type_ in ("GPE", "LOC") and name.ent_iob_ != "O":
                ent = next((e for e in name.doc.ents if e.start <= name.i < e.end), None)
                if ent is not None and not any(t.ent_type_ == "PERSON" for t in ent):
                    return ent.text.removeprefix("the ").strip() or None
    return None


def visitor_after(trigger: Token) -> list[Token]:
    """The words of the name a "visiting" before it describes: "Visiting Chinese Premier Wen Jiabao said …" (the
    parse may take "Visiting" for a clause of its own); none for any other word."""
    if trigger.lower_ != "visiting":
        return []
    words = []
    for token in trigger.doc[trigger.i + 1:trigger.i + 8]:
        if token.pos_ not in ("ADJ", "PROPN", "NOUN", "DET") or token.sent.start != trigger.sent.start:
            break
        words.append(token)
    return words


def where_the_visitor_is(token: Token, trigger: Token) -> bool:
    """The place where someone the text calls visiting does what the sentence tells: "Visiting Chinese Premier Wen
    Jiabao said in Islamabad …" (Wen's visit is to Islamabad)."""
    heads = {w.head.i for w in visitor_after(trigger) if w.dep_ in ("nsubj", "nsubjpass")}
    within = _in_phrase(token) if heads else None
    return within is not None and within.head.i in heads


def where_the_traveller_is(token: Token, trigger: Token) -> bool:
    """The place set beside the traveller whose trip the travel word describes: "Rice, in Japan as part of her first
    trip to Asia, said …" (the trip is in Japan)."""
    within = _in_phrase(token)
    if within is None or trigger.lemma_.lower() not in _cues().get("travel", frozenset()):
        return False
    traveller = within.head
    if traveller.pos_ != "PROPN" or traveller.ent_type_ != "PERSON":
        return False
    node = trigger
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
        if node.i == traveller.i:
            return True
    return False


def place_of_setting(token: Token, trigger: Token) -> bool:
    """The town of the gathering beside which the meeting was held: "met on the sidelines of the APEC summit in
    Hanoi" (`setting` cues)."""
    within = _in_phrase(token)
    setting = _cues().get("setting", frozenset())
    holders = {trigger.i, trigger.head.i if trigger.dep_ in ("dobj", "nsubj", "nsubjpass") else trigger.i}  # "held talks on the sidelines"
    return within is not None and any(a.lemma_.lower() in setting and a.head.head.i in holders for a in within.ancestors)


def town_of_gathering(trigger: Token) -> str | None:
    """The known town a gathering is named after, when the meeting word is that gathering or happens at it: "signed
    a statement at the 2007 Annapolis Conference", "met at the Gleneagles summit" (the parser takes such names for an
    organisation or a person, never for a place); any town of the gazetteer, however small, since the name says it
    is one."""
    from core.knowledge import cities, fold, load_knowledge, organisations
    from core.pipeline.senses import summit_words

    locative_words = _cues().get("locative", frozenset())
    at = [t for t in trigger.subtree if t.dep_ == "pobj" and t.head.lower_ in locative_words and _same_clause(t, trigger)]
    for gathering in [trigger, *at]:
        if gathering.lemma_.lower() not in summit_words() or gathering.dep_ == "oprd":
            continue  # a name given to it, not its town: "named it the 'Jerusalem summit'"
        words = [w for c in gathering.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < gathering.i
                 for w in c.subtree]  # the whole name: "African Union", not "Union"
        name = " ".join(w.text for w in words)
        if (name and not name.isupper() and fold(name) not in organisations()
                and (load_knowledge().country_of_place(name)[1] in ("city", "capital") or fold(name) in cities())):
            return name
    return None


def _same_clause(token: Token, trigger: Token) -> bool:
    """No verb stands between the token and the meeting word above it ("signed a statement at the Annapolis
    Conference": the statement's place is the signing's)."""
    return not any(a.pos_ in ("VERB", "AUX") for a in token.ancestors if a.i != trigger.i and trigger.is_ancestor(a))


def reach(place: Token, trigger: Token) -> int:
    """How far a place of the sentence is from the meeting word: the steps from its town word ("then travelled to the
    town of Kilinochchi" is farther from "held talks … in Colombo" than Colombo, another verb's clause counting for
    CLAUSE_STEP words); a "where" clause holds it."""
    steps = path(town(place), trigger)
    if steps is None:
        return 0 if placed_by_clause(place, trigger) else len(place.doc)
    return len(steps) + CLAUSE_STEP * sum(s.pos_ == "VERB" and s.i not in (trigger.i, trigger.head.i) for s in steps)

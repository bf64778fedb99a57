"""Sides of a meeting in one sentence: people and countries linked to the meeting word through the parse."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from core.knowledge import countries_named, cues, demonyms, fold
from core.pipeline.misparsed import (after_bare_with, closing_speaker, list_before_its_verb, listed_after_colon, named_after_object,
                                     subject_after_opener, with_hung_on_the_town)
from core.pipeline.occasion import involved, occasion_subjects, signed_pact
from core.pipeline.clauses import (above_xcomp, clause_verb, journey_subject, measure_of, other_conjunct, other_verbs_object, affected, group_joined, judge_or_content, raises, said_while_there, scene_of, shared_subject,
                                   speaker, unaware, names_the_matter, owner_in_a_description, owner_of_a_named_role, preparer)
from core.pipeline.own_clauses import (in_other_meetings_clause, in_since_clause, looked_on, object_of_a_description, outside_a_clause_of_its_own_subject,
                                      subject_of_its_own_clause)
from core.pipeline.relative import subject_of_its_clause, through_relative_clause
from core.text import regular_stems

MAX_PATH = 4  # dependency steps between a participant and the meeting word
SIDE_PREPOSITIONS = {"between", "among", "with"}  # "talks between China and Russia", "a summit with Japan"
OWNER_PREPOSITIONS = {"from", "of"}  # "ministers from Brunei", "a delegation of Chinese officials"
NOMINAL = {"NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"}
RELATIVES = {"who", "whom", "which", "that"}  # pronouns that open a relative clause


def anchor(token: Token) -> Token:
    """The first member of a coordination or apposition ("A, B and C" → A): list members link like their first. A
    person the parse hangs on the country of the person before ("Putin of Russia, Nazarbayev of Kazakhstan,
    Azerbaijan's Aliyev": Aliyev a member with Kazakhstan) is a member of that person's list."""
    person = token.ent_type_ == "PERSON"
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and token.head.pos_ in NOMINAL:
        token = token.head
        whose = token.head.head
        if (person and token.dep_ == "pobj" and token.head.lower_ == "of" and token.ent_type_ in ("GPE", "NORP", "ORG")
                and whose.ent_type_ == "PERSON" and whose.pos_ == "PROPN"):
            token = whose
    return token


def stand_in(token: Token) -> Token:
    """The noun a person stands behind in "in the presence of X", "in honour of X" (`presence` cues) or as the one
    who leads a delegation: X is as close to the meeting word as that noun is ("the ceremony was held in the
    presence of X", "a dinner in honour of X", "the visit of a delegation headed by X"), or a group that includes
    X (`inclusion` cues: "leaders of the EU member states, including X, gathered")."""
    words = cues().get("presence", frozenset())
    token = anchor(token)
    while (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.i != token.head.i
           and (token.head.head.lemma_.lower() in words  # or the office the parse hangs the name on: "Minister of Trade X"
                or (token.head.head.is_title and token.head.head.lemma_.lower() in cues().get("office", frozenset())))):
        token = anchor(token.head.head)
    verb = token.head.head  # "the visit of a delegation headed by X": X is as close as the delegation (`leading` cues)
    if (token.dep_ == "pobj" and token.head.dep_ == "agent" and verb.dep_ == "acl" and verb.lemma_.lower() in cues().get("leading", frozenset())
            and verb.head.lemma_.lower() in cues().get("delegation", frozenset())):
        token = anchor(verb.head)
    if token.dep_ == "pobj" and token.head.lower_ in cues().get("inclusion", frozenset()) and token.head.head.pos_ in ("NOUN", "PROPN"):
        token = anchor(token.head.head)  # "Leaders of the EU member states, including Blair and Chirac, gathered"
    return token


def path(a: Token, b: Token) -> list[Token] | None:
    """Tokens strictly between a and b on the dependency path, or None when farther than MAX_PATH steps."""
    up_a = [a, *a.ancestors]
    index_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    up_b = [b, *b.ancestors]
    for n, token in enumerate(up_a):
        if token.i in index_b:
            m = index_b[token.i]
            steps = [*up_a[1:n + 1], *up_b[1:m]]
            carriers = 0 if n + m <= MAX_PATH else sum(  # "attend a game, ahead of talks": an adverb that only carries
                t.pos_ == "ADV" and t.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c in steps for c in t.children)
                for t in steps)  # its preposition to its verb is no step
            return None if n + m - carriers > MAX_PATH else steps
    return None


def linked(token: Token, trigger: Token) -> bool:
    """The token (or the list it belongs to) is tied to the meeting word, or to the measure it is counted in or the
    phase of it told ("The leaders of Russia and Ukraine agreed after 16 hours of talks", "Clark left at the end of a
    visit to Samoa": `measure` cues), and not only through a reporting
    verb nor a relative clause of another noun ("arrived in Israel from Saudi Arabia, where he met Mohammed bin
    Salman": no side of the arrival); the one who sends someone to a meeting is not in it ("Bush sent Rice to visit
    Kenya")."""
    measure = measure_of(trigger)
    if measure is not None and measure.dep_ == "pobj" and measure.head.lower_ in ("after", "following") and measure.head.head.pos_ == "NOUN":
        measure = clause_verb(measure.head.head)  # "failed to agree on a withdrawal after five hours of talks": the agreeing's
    if closing_speaker(token):
        return False  # "…, Ban's spokeswoman, Michèle Montas, said."
    return after_bare_with(token, trigger) or with_hung_on_the_town(token, trigger) or list_before_its_verb(token, trigger) or subject_after_opener(token, trigger) or subject_of_its_clause(token, trigger) or _linked(token, trigger) or (
        measure is not None and _linked(token, measure)) or named_after_object(token, trigger) or listed_after_colon(token, trigger)


def _linked(token: Token, trigger: Token) -> bool:
    if token.i == trigger.i:
        return False
    first = stand_in(token)
    if first.dep_ == "nsubj" and first.head.i != trigger.i and first.head.lemma_.lower() in cues().get("sending", frozenset()) \
            and not scene_of(trigger, first.head):
        return False
    first = group_joined(first, trigger)
    steps = [] if shared_subject(first, trigger) or journey_subject(first, trigger) else path(first, trigger)
    if steps is None or _other_clause(first, trigger) or _source(first, trigger) or through_sibling(steps, trigger) \
            or through_relative_clause(steps, first, trigger) or _outside_its_relative_clause(first, trigger) or _circumstance(first) \
            or subject_of_its_own_clause(first, trigger) or outside_a_clause_of_its_own_subject(first, trigger) or affected(first, trigger) or unaware(first) \
            or judge_or_content(first, steps, trigger) or _by_another_meeting(first, trigger) or in_since_clause(first, trigger) or in_other_meetings_clause(first, trigger) \
            or other_verbs_object(first, trigger) or names_the_matter(first, trigger) or owner_in_a_description(first, trigger) or preparer(first, trigger) \
            or owner_of_a_named_role(first) or _depicted(first) or object_of_a_description(first, trigger):
        return False
    reporting = cues().get("reporting", frozenset())
    return not any(t.lemma_.lower() in reporting and t.i != trigger.i and not raises(t, first, trigger)
                   and not (said_while_there(t, trigger) and speaker(first, t)) for t in steps)


def _depicted(token: Token) -> bool:
    """Someone only shown or remembered by a thing (`depiction` cues): "wearing a photograph of the resistance hero
    Omar Mukhtar", "laid a wreath at the mausoleum of Ho Chi Minh", "Mukhtar's portrait"."""
    thing = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head if token.dep_ == "poss" else None
    return thing is not None and thing.lemma_.lower() in cues().get("depiction", frozenset())


def _by_another_meeting(token: Token, trigger: Token) -> bool:
    """The agent of another verb with a meeting noun as its object is that meeting's side: "arrived … on a tour
    intended to prepare a visit by Lula" (Lula is no side of the arrival)."""
    from core.pipeline.senses import meeting_nouns  # senses reads this module

    by = token.head
    return (token.dep_ == "pobj" and by.dep_ == "agent" and by.head.i != trigger.i
            and any(c.dep_ == "dobj" and c.i != trigger.i and c.lemma_.lower() in meeting_nouns() for c in by.head.children))


def _circumstance(token: Token) -> bool:
    """The token is the subject of an absolute "with" phrase set off by a comma, which tells the circumstances, not
    who meets: "Arab leaders opened their summit on Tuesday, with Syria under heavy pressure to pull out"."""
    word = token.head
    if token.dep_ != "pobj" or word.lower_ != "with" or word.i == 0 or token.doc[word.i - 1].text != ",":
        return False
    after = token.right_edge.i + 1
    return after < len(token.doc) and (token.doc[after].lower_ in cues().get("circumstance", frozenset())
                                       or token.doc[after].tag_ in ("VBG", "VBN"))


def _outside_its_relative_clause(token: Token, trigger: Token) -> bool:
    """The meeting word is in a relative clause and the token is the object of another meeting verb the noun it
    describes governs: "Xi, who was received by King Salman in Riyadh, hosted Raisi in Beijing" (Raisi is no side
    of the reception, but of the hosting)."""
    from core.pipeline.senses import meeting_verbs  # senses reads this module

    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i:
        return False
    described = anchor(clause.head)
    verb = described.head
    first = anchor(token)
    return (described.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in meeting_verbs()
            and first.i != described.i and (first.head.i == verb.i or (first.dep_ == "pobj" and first.head.head.i == verb.i)))


def through_sibling(steps: list[Token], trigger: Token) -> bool:
    """The way to the meeting word passes through another meeting noun coordinated with it: the token is that
    meeting's ("a visit to the US by Singh, and a planned visit to India in 2005 by Bush": Bush, India and 2005 are
    the second visit's)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    from core.pipeline.senses import meeting_nouns

    nouns = meeting_nouns()
    inside = steps[0] if steps else None  # the token's side of the way: the sibling must hold the token
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns and (
        (t.dep_ == "conj" and t.head.i == trigger.i) or (trigger.dep_ == "conj" and trigger.head.i == t.i))
        and inside is not None and t.left_edge.i <= inside.i <= t.right_edge.i for t in steps)


def _source(token: Token, trigger: Token) -> bool:
    """The token names where the news comes from, not who met: "According to the ministry's spokesman, Piotr
    Paczkowski, the ministry knew of Fotyga's visit" (an "according to" phrase the meeting word is outside of)."""
    for above in token.ancestors:
        if above.lower_ == "according" and above.dep_ == "prep":
            return not any(a.i == above.i for a in trigger.ancestors) and trigger.i not in {t.i for t in above.subtree}
    return False


def _other_clause(token: Token, trigger: Token) -> bool:
    """The meeting word heads a subordinate clause with a subject of its own and the token stands outside it ("Putin met
    Hu on Tuesday, their third meeting since Putin first visited China": Hu is no side of that visit; "the day on
    which Ahmadinejad arrived": Ahmadinejad's arrival only)."""
    if other_conjunct(token, trigger):
        return True
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ not in ("advcl", "ccomp", "csubj", "pcomp", "relcl"):
        return False
    if trigger.dep_ == "relcl" and trigger.head.i == anchor(token).i and any(c.lower_ in RELATIVES for c in trigger.children):
        return False  # the one a relative pronoun stands for: "an audience with Than Shwe, whom he last met in October"
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in trigger.children) or looked_on(trigger):
        return False
    return not trigger.left_edge.i <= token.i <= trigger.right_edge.i


def described(doc: Doc, tokens: list[int]) -> set[int]:
    """Tokens that describe the given people ("Chinese President …", "… of Russia", "…, Iran's president"): the
    places among them are the people's own countries, not where the meeting is."""
    out: set[int] = set()
    for i in tokens:
        token = doc[i]
        out.update(t.i for t in token.subtree if t.i < token.i)
        for child in token.rights:
            if child.dep_ in ("appos", "compound", "amod", "nmod") or (child.dep_ == "prep" and child.lower_ == "of"):
                listed = {t.i for c in child.children if c.dep_ == "conj" for t in c.subtree}  # not "…, the UAE's
                out.update(t.i for t in child.subtree if t.i not in listed)  # Abdullah and delegations from Bahrain"
    return out


def place_token(doc: Doc, place) -> Token:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[0]


def destination(kind: str, trigger: Token, linked_places: list, tokens: dict, own: set[int]):
    """Where a visit or trip goes (the host side when no host is named): a place tied to the travel word, not a
    participant's title. Hosting words ("welcomed", "received") have no destination."""
    travel = cues().get("travel", frozenset())
    if trigger.lemma_.lower() not in travel and trigger.lower_ not in travel and trigger.pos_ != "ADJ":
        return None  # (an adjective that reports a visit tells where someone is to be: "is due in Ulaanbaatar")
    # a place the travel word goes "to" first: "After three hours in Benin, Bush flew to Tanzania"
    ordered = sorted(linked_places, key=lambda p: not (tokens[id(p)].dep_ == "pobj" and tokens[id(p)].head.lower_ == "to"
                                                       and tokens[id(p)].head.head.i == trigger.i))
    for place in ordered:
        token = tokens[id(place)]
        if token.i in own or (token.dep_ in ("amod", "compound", "nmod", "poss") and token.head.i != trigger.i) or (token.dep_ == "pobj" and (
                token.head.lower_ in cues().get("inside", frozenset()) | cues().get("origin", frozenset()) or token.head.lower_ == "of" and token.head.head.lemma_.lower() in cues().get("relational", frozenset()))):
            continue  # a modifier says whose someone is ("Indian naval Vice Admiral"), not where they go ("a Moscow visit",
            # "a visit to a close ally of the United States"); nor does travel inside a place ("to travel within New Zealand")
            # or out of it ("travelled from Guyana")
        if token.tag_ in ("NNS", "NNPS") and fold(token.text) in demonyms():
            continue  # a people is no place: "travelled to the village of Paulin Dvor, where … most of them Serbs"
        if kind == "visit" or place.label == "GPE":
            return place
    return None


def destination_there(trigger: Token, places: list, tokens: dict, own: set[int]):
    """Where "his visit there" goes: the place named last before the travel word in its sentence ("On Kenya, Ban
    told leaders during his visit there")."""
    travel = cues().get("travel", frozenset())
    if trigger.lemma_.lower() not in travel or not any(c.lower_ == "there" and c.dep_ == "advmod" for c in trigger.children):
        return None
    before = [p for p in places if tokens[id(p)].i < trigger.i and tokens[id(p)].i not in own]
    return max(before, key=lambda p: tokens[id(p)].i, default=None)


def destination_named_before(trigger: Token, places: list, own: set[str]):
    """Where a trip to "the country" or "the region" goes: the last place of another country than the travellers'
    named before it, in its sentence or the one before ("asked about the situation in Kenya, Bush said he has sent
    Rice to visit the country"; `anaphoric_place` cues)."""
    travel, nouns = cues().get("travel", frozenset()), cues().get("anaphoric_place", frozenset())
    if trigger.lemma_.lower() not in travel:
        return None
    goals = [c for c in trigger.children if c.dep_ == "dobj"] + [
        g for p in trigger.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    goal = next((g for g in goals if g.lemma_.lower() in nouns and any(c.lower_ == "the" for c in g.children)), None)
    if goal is None:
        return None
    sent = goal.sent
    start = goal.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [p for p in places if start <= p.start < goal.idx and p.country and p.country not in own]
    return max(before, key=lambda p: p.start, default=None)


def delegations(trigger: Token, places: list, tokens: dict, own: set[int]) -> list[str]:
    """Countries that are sides by themselves: "a Chinese delegation", "ministers from Brunei and Malaysia",
    "the Russian and Turkish governments", "China and Russia signed", "talks between Japan and Korea"."""
    out = set()
    for place in places:
        token = tokens[id(place)]
        if token.tag_ in ("NNS", "NNPS") and fold(place.text) != fold(place.canonical):
            continue  # "46,000 Canadians visit New Zealand": a country's people, not its delegation
        if token.i not in own and (_is_side(token, trigger, country=place.label == "COUNTRY") or
                                   _paired_modifier(token, trigger)):
            out.add(place.country)
            # "North and South Korea held talks": the country written first shares the side's noun phrase
            out.update(p.country for p in places if p.kind == "shared-head" == place.kind and tokens[id(p)] in token.subtree)
    return sorted(out)


def unnamed_government(sent, trigger: Token, own: set[int], main: str | None) -> str | None:
    """The country (ISO3) of a side the sentence names no country for: "the government", the subject that holds the
    talks or the word that labels them ("scheduled government talks with the LTTE"), is the government of `main`,
    the country the article is about; "the country" a visit goes to ("Negroponte visiting the country") is the one
    the sentence named before it ("asked about Kenya, … sent Rice to visit the country"), else `main`."""
    from core.knowledge import load_knowledge

    for token in sent:
        if token.lower_ == "country" and trigger.lemma_.lower() == "visit" and [c.lower_ for c in token.children] == ["the"] and (
                (token.dep_ == "dobj" and token.head.i == trigger.i) or (token.head.lower_ == "to" and token.head.head.i == trigger.i)):
            named = [load_knowledge().country_of_place(e.text) for e in sent.ents if e.label_ == "GPE" and e.end <= token.i]
            return next((iso3 for iso3, kind in reversed(named) if kind == "country"), main)
        if token.lemma_.lower() != "government" or token.i in own or token.tag_ != "NN":
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") or c.ent_type_ or (c.dep_ == "prep" and c.lower_ == "of")
               for c in token.children) or token.ent_type_:
            continue  # "the Chinese government", "Beijing's government", "his government", "the government of Myanmar"
        if _side_of(token, trigger) or (token.dep_ == "compound" and token.head.i == trigger.i):
            return main
    return None


def _paired_modifier(token: Token, trigger: Token) -> bool:
    """The token is one of two countries joined by a dash in a modifier of the meeting noun: "a US-Japan meeting",
    "the Russia-China summit", "Sino-Russian talks" (not "a Japan meeting", not "talks on the Russia-China border")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    node, dashed = token, "-" in token.text or "–" in token.text
    while node.head.i != trigger.i and node.dep_ in ("compound", "amod", "punct") and node.head.i != node.i:
        node = node.head
        dashed = dashed or any(c.text in ("-", "–") for c in node.children)
    dashed = dashed or any(c.text in ("-", "–") for c in node.children)
    return dashed and node.dep_ in ("compound", "amod", "nmod") and node.head.i == trigger.i


def groups(sent, trigger: Token, places: list, own: set[int]) -> list[str]:
    """Countries named as a group ("the two nations met", "talks between the three countries"): the countries named
    most recently before the group word, as many as it counts; those a plural name counts ("the two Koreas")."""
    group_words, out = cues().get("group", frozenset()), []
    for token in (t for t in sent if t.tag_ in ("NNS", "NNPS") and t.i not in own):
        plural = countries_named(token.text) if token.lemma_.lower() not in group_words else frozenset()
        n = next((COUNTS[c.lower_] for c in token.children if c.dep_ in ("nummod", "det", "predet") and c.lower_ in COUNTS), 0)
        if not n or not (plural or token.lemma_.lower() in group_words) or not _is_side(token, trigger, country=True):
            continue
        named = sorted(plural) or list(dict.fromkeys(p.country for p in reversed(places) if p.start < token.idx and p.label == "COUNTRY"))
        if len(named) == n or (len(named) > n and not plural):
            out += named[:n]
    return sorted(set(out))


COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def _is_side(token: Token, trigger: Token, *, country: bool) -> bool:
    heads = cues().get("delegation", frozenset())
    node = token
    while node.dep_ in ("conj", "appos") and node.head.i != node.i and node.head.pos_ in NOMINAL:
        node = node.head
        if node.dep_ != "conj" and (_singular(node) & heads or _offices(node)) and linked(node, trigger):
            return True  # the countries a delegation noun lists: "a meeting of six negotiators India, Brazil, …"
    first = anchor(token)
    if first.dep_ == "poss" and first.head.dep_ == "pobj" and first.head.head.lower_ in OWNER_PREPOSITIONS:
        first = first.head  # "the leaders of Kosovo's ethnic Albanians": Kosovo's people
    head = first.head
    if head.dep_ == "prep" and head.lower_ in OWNER_PREPOSITIONS and first.dep_ == "pobj":
        head = head.head
    if head.i != first.i and (_singular(head) & heads or _offices(head)) and linked(head, trigger):
        from core.pipeline.scope import through_sequence  # scope reads this module

        return not through_sequence(head, trigger)  # not "met … to agree before the Greek leader's visits"
    return country and _side_of(first, trigger)


def _offices(token: Token) -> bool:
    """A plural office noun stands for the countries that modify it ("the Russian and Bulgarian presidents"), the way
    a delegation noun does (meeting_cues.csv kind `office`); a single one is a person."""
    return token.tag_ in ("NNS", "NNPS") and bool(_singular(token) & cues().get("office", frozenset()))


def _singular(token: Token) -> set[str]:
    """The token's lemma and, for a plural the model left as it is ("US Officials"), its singular."""
    return {token.lemma_.lower()} | (regular_stems(token.text) if token.tag_ in ("NNS", "NNPS") else set())


def _side_of(token: Token, trigger: Token) -> bool:
    """The country itself is the subject or a between/with object of the meeting word ("Russia and China met",
    "a summit held between the two nations", "North Korea, along with China and Japan, signed")."""
    if (token.dep_ in ("nsubj", "nsubjpass", "poss") and token.head.i == trigger.i) or token in occasion_subjects(trigger) \
            or token in involved(trigger):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and trigger.dep_ == "xcomp" and token.head.i == above_xcomp(trigger).i:
        return True  # the subject of the verb the meeting verb completes: "Australia and New Zealand are expected to sign"
    if trigger.dep_ == "relcl" and anchor(trigger.head).i == token.i and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in trigger.children):
        return True  # the subject of the meeting verb through a relative pronoun: "Bulgaria, the two states which signed"
    if token.dep_ == "nsubj" and trigger.dep_ == "dobj" and token.head.i in (trigger.head.i, above_xcomp(trigger.head).i):
        # "Japan and Korea held talks", "the two Koreas are to hold a meeting"; of talks between others, only one who
        # holds or mediates them ("China hosted talks between …", "Norway brokered talks between …", not "France
        # praised the talks between …")
        return not _own_sides(trigger) or trigger.head.lemma_.lower() in cues().get("holding", frozenset()) | cues().get("mediating", frozenset())
    if token.dep_ != "pobj" or token.head.lower_ not in SIDE_PREPOSITIONS or _circumstance(token):
        return False
    holder = token.head.head
    if holder.i == trigger.i or (holder.dep_ in ("acl", "relcl") and holder.head.i == trigger.i):
        return True
    if (trigger.pos_ in ("NOUN", "PROPN") or trigger.dep_ in ("relcl", "acl")) and trigger.head.i == holder.i:
        return True  # "held talks with China", "an agreement signed … between Portugal and East Timor"; not another
        # verb's phrase ("When Lavrov was greeted, the courtyard was decorated with Czech flags")
    if signed_pact(holder, trigger):
        return True
    while holder.dep_ == "prep" and holder.head.i != holder.i:
        holder = holder.head  # "along with"
    return token.head.lower_ == "with" and holder.dep_ in ("nsubj", "nsubjpass") and holder.head.i == trigger.i


def _own_sides(trigger: Token) -> bool:
    """The meeting noun names its sides in a "between" or "among" phrase."""
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") and any(o.dep_ == "pobj" for o in c.children)
               for c in trigger.children)

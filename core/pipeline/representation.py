"""Who stands for a side of a meeting told just before: "Serbia was represented by President Boris Tadić and Prime
Minister Vojislav Koštunica", "The Chinese delegation was led by Vice-Premier Wang Qishan", and who chairs it: "The
meeting was chaired by UN special envoy Martti Ahtisaari" (`representing` and `chairing` cues), and who joins it: "The
two men were joined by Colin Powell", "Putin joined the two men for part of the discussions" (`joining` cues)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from core.knowledge import country_display_name, cues, organisation_code
from core.pipeline.bodies import named_organisations
from core.pipeline.neighbours import POINTING, word_stems
from core.pipeline.several import the_two
from core.pipeline.sides import place_token

REPRESENT_REACH = 2  # the sentences after a meeting that may say who stood for its sides
JOIN_REACH = 3  # the sentences after a meeting that may say who joined it (a sentence between may tell it again)
DELEGATION_REACH = 80  # the words back to a delegation that "the delegation" names again


@dataclass(frozen=True)
class Representative:
    sentence: int
    country: str | None  # the side the person stands for (ISO code); None for the chair of the meeting told before
    person: str  # canonical name
    joins: str = ""  # "meeting": joins the last meeting told, whatever its sides; "talks": the last one not a visit;
    # "summit": the last summit told, however far back;
    # "chair": chairs the meeting told just before ("The meeting was chaired by …", "King Salman hosted the ceremony")
    home: str | None = None  # the chair's own country (ISO code), a side the chair stands for
    noun: str = ""  # the meeting noun they are said to join ("took part in the consultations"): a meeting it tells first
    back: bool = False  # joins those told before its own sentence ("X joined them on the first day, and Y arrived")


def representatives(doc: Doc, sentences: Sequence, people: Sequence, places: Sequence) -> list[Representative]:
    """The people the article says stand for a country, or chair the meeting just told, sentence by sentence."""
    from core.pipeline.senses import meeting_nouns, summit_words  # senses reads the sides module this one reads
    from core.pipeline.tense import is_plan  # tense reads senses

    representing, chairing, joining, travel, attending = (cues().get(name, frozenset()) for name in (
        "representing", "chairing", "joining", "travel", "attending"))
    occasions = meeting_nouns() | cues().get("hosted_occasion", frozenset())  # "hosted the ceremony": the signing just told
    countries = {place_token(doc, p).i: p.country for p in places if p.label == "COUNTRY" and p.country}
    countries.update({root.i: code for sent in sentences for name, root in named_organisations(sent)  # "The UN team was
                      if (code := organisation_code(name)) and root.i not in countries})  # led by Guéhenno": the UN's side
    named = {m.token: m.canonical for m in people}
    homes = {m.canonical: m.country for m in people}
    out: list[Representative] = []
    gapping = -1  # the sentence of the last passive of representing, whose verb the next sentence may leave out
    wanted = representing | chairing | joining | attending
    occurring = cues().get("occurrence", frozenset()) | cues().get("holding", frozenset())  # "took place", "was held"
    for number, sent in enumerate(sentences):
        if gapping == number - 1:  # "Egypt's delegation was led by Shoukry;" + "Ethiopia's by Demeke Mekonnen"
            out += [Representative(gapping, country, person) for country, person in _verbless(sent, countries, named)]
        out += [Representative(number, None, named[t.i], joins="talks") for t in _mediators(sent) if t.i in named]
        for verb in sent:
            if verb.pos_ != "VERB":
                continue  # (a noun's clause word is no verb of taking part, standing for or joining)
            lemma = verb.lemma_.lower()
            if lemma in occurring:  # "The ceremony took place in Psarades, in the presence of … Tsipras and Zaev"
                out += [Representative(number, None, p, joins="meeting") for p in _in_presence_of(verb, named, occasions)]
            part_of = _taken_part_in(verb, occasions)
            if (part_of is None and lemma not in wanted) or any(c.dep_ == "neg" for c in verb.children):
                continue  # "Chinese President Hu Jintao did not take part in the summit"
            if part_of is not None:  # "EU foreign policy chief Catherine Ashton also took part in the talks"
                joins = "summit" if part_of.lemma_.lower() in summit_words() else "meeting"
                subjects = [verb.head if c.lower_ in ("who", "that") and verb.dep_ == "relcl" else c  # "Yasay, who sat in on
                            for c in verb.children if c.dep_ == "nsubj"]  # the meeting"
                out += [Representative(number, None, named[t.i], joins=joins, noun=part_of.lemma_.lower()) for t in _listed(
                    subjects) if t.i in named]
                continue
            if lemma not in representing | chairing | joining:  # "…, which was also attended by Guterres"
                out += [Representative(number, None, p, joins="meeting") for p in _attending_it(verb, named, occasions)]
                out += [Representative(number, None, p, joins="meeting", back=True) for p in _also_attended(verb, named)]
                continue
            told = verb.head if verb.dep_ == "conj" and not _has(verb, "nsubjpass") else verb  # "was convened and opened by"
            passive = [c for c in told.children if c.dep_ == "nsubjpass"] or (  # "The two men held talks, and were then joined
                [c for c in told.children if c.dep_ == "nsubj"] if told is not verb and _has(verb, "auxpass") else [])  # by …"
            if passive:  # "Serbia was represented by …", "The meeting was convened and opened by …"
                agents = sorted((c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"), key=lambda t: t.i)
                if not agents and lemma in joining:  # "was accompanied at the talks by X": the parse hangs "by" on the talks
                    agents = [b for c in verb.children if c.dep_ == "prep" for o in _part_of(c)
                              for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]
                regapped = _agents_of_gapped_sides(agents, countries) if lemma in representing else {}  # "…; Azerbaijan's by"
                side, who = passive[0], [t for c in agents if c.i not in regapped for t in c.children if t.dep_ == "pobj"]
                out += [Representative(number, code, named[t.i]) for i, code in regapped.items()
                        for t in _listed([o for o in doc[i].children if o.dep_ == "pobj"]) if t.i in named]
                gapping = number if lemma in representing else gapping
            elif verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma in representing:  # "The Sudanese delegation, led by
                side, who = verb.head, [t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]  # X"
            else:  # "Tadić represented Serbia", "Wang led the Chinese delegation"
                side = next((c for c in verb.children if c.dep_ == "dobj"), None)
                who = [c for c in verb.children if c.dep_ == "nsubj"]
            if side is None or not who:
                continue
            persons = [named[t.i] for t in _listed(who) if t.i in named]
            someone = side.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in side.children)
            at_it = next((o.lemma_.lower() for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "during", "for")
                          for o in _part_of(c) if o.lemma_.lower() in meeting_nouns() and _pointed_back(o)), "")
            if lemma in joining and not is_plan(verb) and (at_it or not someone and (  # "joined the Thai host, Don Pramudwinai, for a breakfast":
                    _pointed_back(side) if side.lemma_.lower() in meeting_nouns() else _the_sides(side))):  # their own; "was
                talks = any(t.lemma_.lower() in meeting_nouns() - travel for t in verb.subtree)  # accompanied at the talks by"
                joins = "summit" if side.lemma_.lower() in summit_words() else "talks" if talks else "meeting"
                out += [Representative(number, None, p, joins=joins, noun=at_it, back=side.lower_ == "them") for p in persons]
            elif lemma in chairing and _pointed_back(side) and (side.lemma_.lower() in occasions or _measures_a_meeting(side)):
                told_again = (_told_again(side) or (_measures_a_meeting(side) and not _has(side, "poss"))) and (  # "hosted the
                    side.lemma_.lower() not in summit_words())  # second round of the direct talks"; not "chaired their talks",
                # "chaired the first summit" (a meeting of its own), nor "hosted the summit" (its attendance, summits.py)
                out += [Representative(number, None, p, joins="chair" if told_again else "", home=homes.get(p)) for p in persons]
            elif lemma in representing:
                country = _country_of(side, countries)
                out += [Representative(number, country, p) for p in persons if country]
                out += _gapped(verb, number, countries, named) if passive else []
    return out


def _mediators(sent) -> list[Token]:
    """Those a sentence says came or served "as a mediator" (`mediator_role` cues: "Kirchner flew in from Buenos Aires
    to act as a mediator"), or went to and fro between the sides (`shuttling` cues): the subject of the verb the "as" phrase hangs on, or of the verb that clause completes."""
    out = []
    shuttling = cues().get("shuttling", frozenset())
    for noun in sent:
        if noun.lemma_.lower() in shuttling and any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children):
            verb = noun  # "Ashton … spent much of Tuesday night shuttling between the two delegations"
        elif noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.lemma_.lower() not in cues().get("mediator_role", frozenset()):
            continue
        else:
            verb = noun.head.head
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if subjects or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
                break
            if verb.dep_ == "xcomp" and verb.i != noun.i and any(c.dep_ == "dobj" for c in verb.head.children):
                subjects = [c for c in verb.head.children if c.dep_ == "dobj"]  # "authorised Chávez to act as a facilitator"
                break
            verb = verb.head
        out += _listed(subjects) if subjects and not any(c.dep_ == "neg" for c in verb.children) else []
    return out


def _part_of(preposition: Token) -> list[Token]:
    """The objects of a preposition, and the whole a part of it names: "for part of the meeting" (the meeting)."""
    objects = [o for o in preposition.children if o.dep_ == "pobj"]
    return objects + [w for o in objects if o.lemma_.lower() in ("part", "rest", "end", "start")
                      for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for w in p.children if w.dep_ == "pobj"]


def _attending_it(verb: Token, named: dict[int, str], occasions: frozenset[str]) -> list[str]:
    """Those a passive of attending says were at the meeting or occasion just told: "The ceremony was attended by
    Guterres", "King Salman hosted the ceremony, which was also attended by Guterres"; or who attended it: "Banerjee
    attended the ceremony"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:  # "Banerjee … attended the ceremony alongside the two prime ministers"
        told = next((c for c in verb.children if c.dep_ == "dobj"), None)
        apart = any(a.dep_ in ("advcl", "relcl") for a in [verb, *verb.ancestors])  # not "since Stalin attended the Tehran
        return [named[t.i] for t in _listed([c for c in verb.children if c.dep_ == "nsubj"]) if t.i in named] if (  # Conference"
            told is not None and not apart and _pointed_back(told) and told.lemma_.lower() in occasions
            and not any(c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ == "of") for c in told.children)) else []  # not
    # "attended the meeting of the Libya Contact Group": a meeting of its own
    if not _pointed_back(subject) or subject.lemma_.lower() not in occasions:
        return []
    agents = [t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
    return [named[t.i] for t in _listed(agents) if t.i in named]


def _in_presence_of(verb: Token, named: dict[int, str], occasions: frozenset[str]) -> list[str]:
    """Those in whose presence (`presence` cues) the occasion just told took place or was held: "The ceremony took
    place in Psarades, in the presence of the prime ministers of both countries, Alexis Tsipras and Zoran Zaev"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in occasions or not _pointed_back(subject):
        return []
    presence = cues().get("presence", frozenset())
    heads = [o for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "of" and p.head.lemma_.lower() in presence
             for o in p.children if o.dep_ == "pobj"]
    return [named[t.i] for t in _listed(heads) if t.i in named]


def _also_attended(verb: Token, named: dict[int, str]) -> list[str]:
    """Those who "also attended", with no object nor clause of their own, the meeting told before their sentence:
    "Néstor Kirchner, who had mediated between the two sides, also attended"."""
    if (any(c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "nsubjpass") for c in verb.children)
            or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
            or any(a.dep_ in ("advcl", "relcl") for a in [verb, *verb.ancestors])):
        return []
    return [named[t.i] for t in _listed([c for c in verb.children if c.dep_ == "nsubj"]) if t.i in named]


def _taken_part_in(verb: Token, occasions: frozenset[str]) -> Token | None:
    """The meeting noun pointed back to that a verb of taking part is in: "took part in the talks", "participated
    in the meeting"."""
    if verb.pos_ != "VERB" or not (verb.lemma_.lower() == "participate" or (
            verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))):
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in occasions and _told_again(o)), None)


def _agents_of_gapped_sides(agents: list[Token], countries: dict[int, str]) -> dict[int, str]:
    """The agents after the first that a country named before them, past the one before, owns: "Armenia's delegation
    was led by Ararat Mirzoyan; Azerbaijan's by Jeyhun Bayramov" (Bayramov's is Azerbaijan)."""
    out = {}
    for before, agent in zip(agents, agents[1:]):
        owners = [countries[i] for i in range(before.i + 1, agent.i) if i in countries]
        if owners:
            out[agent.i] = owners[-1]
    return out


def _gapped(verb: Token, number: int, countries: dict[int, str], named: dict[int, str]) -> list[Representative]:
    """The sides a passive of representing lists again with the verb left out: "Ethiopia was represented by its foreign
    minister, Taye Atske Selassie, and Somalia by his counterpart, Ahmed Moalim Fiqi" (Somalia's is Fiqi)."""
    out = []
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for token in agent.subtree:
            by = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if token.i not in countries or by is None:
                continue
            who = _listed([o for o in by.children if o.dep_ == "pobj"]) + [c for c in token.conjuncts if c.i > token.i]
            out += [Representative(number, countries[token.i], named[t.i]) for t in who if t.i in named]
    return out


def _has(token: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in token.children)


def _verbless(sent, countries: dict[int, str], named: dict[int, str]) -> list[tuple[str, str]]:
    """The sides a sentence with no verb pairs with the people "by" names, each "by" with the country before it:
    "Ethiopia's by Deputy Prime Minister Demeke Mekonnen; and Sudan's by Foreign Minister Mariam al-Mahdi"."""
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return []
    out, country = [], None
    for token in sent:
        if token.i in countries and token.dep_ in ("ROOT", "conj", "poss"):
            country = countries[token.i]
        elif token.lower_ == "by" and token.dep_ == "prep" and country:
            out += [(country, named[t.i]) for t in _listed([o for o in token.children if o.dep_ == "pobj"]) if t.i in named]
    return out


def _listed(heads: list[Token]) -> list[Token]:
    """The names a list holds: each head, its conjuncts and the names in apposition to them ("President Boris Tadić
    and Prime Minister Vojislav Koštunica")."""
    out = []
    for head in heads:
        for token in (head, *head.conjuncts):
            out += [token, *(a for c in token.children if c.dep_ == "appos" for a in (c, *c.conjuncts))]  # "X of Ukraine,
            # Y of Georgia and Z of Azerbaijan", parsed with Y in apposition to X and Z a conjunct of Y; "the head of UN
            out += [x for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                    for x in (o, *o.conjuncts) if x.ent_type_ == "PERSON" and token.doc[x.left_edge.i - 1].text == ","]  # peacekeeping, Guéhenno"
            if token.tag_ in ("NNS", "NNPS"):  # "their delegations, which included X and Y"
                out += _listed([o for c in token.children if c.dep_ == "relcl" and c.lemma_ == "include" for o in c.children if o.dep_ == "dobj"])
    return out


def _country_of(side: Token, countries: dict[int, str]) -> str | None:
    """The country a side word names: the country itself ("Serbia"), one that qualifies a delegation noun ("the
    Chinese delegation", "Serbia's delegation", "a delegation from the Pacific Islands Forum"), or, for "the
    delegation" with none of its own, the one of the delegation told a few words before ("A delegation from the
    Pacific Islands Forum visited Fiji …" + "The delegation, led by Greg Urwin, …")."""
    if side.i in countries:
        return countries[side.i]
    if side.lemma_.lower() not in cues().get("delegation", frozenset()):
        return None
    found = {countries[c.i] for c in side.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in countries} | {
        countries[o.i] for c in side.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.i in countries}
    if not found and _pointed_back(side):
        told = [t for t in side.doc[max(0, side.i - DELEGATION_REACH):side.i] if t.lemma_ == side.lemma_ and not _pointed_back(t)]
        return _country_of(told[-1], countries) if told else None
    return found.pop() if len(found) == 1 else None


def _measures_a_meeting(noun: Token) -> bool:
    """ "The two days of negotiations": a length (`measure` cues) of a meeting."""
    from core.pipeline.senses import meeting_nouns  # senses reads the sides module this one reads

    return noun.lemma_.lower() in cues().get("measure", frozenset()) and any(
        o.dep_ == "pobj" and o.lemma_.lower() in meeting_nouns() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)


def _pointed_back(noun: Token) -> bool:
    """A meeting noun that points back to one just told: "The meeting", "The talks", "This session"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in POINTING for c in noun.children)


def _told_again(noun: Token) -> bool:
    """A meeting noun that names the one just told again: "the meeting", "this ceremony"; not "their talks" nor "the
    first summit between the two governments"."""
    return (any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
            and not any(c.dep_ in ("amod", "poss") for c in noun.children))


def _the_sides(token: Token) -> bool:
    """Words that stand for the sides of a meeting just told: "the two men", "the leaders", "them"."""
    return the_two(token) >= 2 or token.lower_ in ("them", "they")


def joined(meetings: list, representatives: Sequence[Representative]) -> None:
    """Who joins the meeting told last at or before their sentence, within JOIN_REACH sentences ("Bush
    welcomed Jiang to his ranch" + "The two men were joined by Colin Powell and Tang Jiaxuan"); joining "the talks",
    the last one told that is not a visit; the chair or host of a meeting or occasion told before joins it too ("Abiy
    and Isaias signed the accord" + "King Salman hosted the ceremony")."""
    held = [m for m in meetings if not m.referenced and m.kind != "call"]
    for joiner in (r for r in representatives if r.joins):
        told = [m for m in held if (1 if joiner.joins == "chair" or joiner.back else 0) <= joiner.sentence - m.sentence <= JOIN_REACH]
        if joiner.joins == "talks":  # "She was joined at the talks by …": the talks, not her arrival told since
            told = [m for m in told if m.kind != "visit"] or told
        if joiner.joins == "summit":  # "Cameron joined the summit from a trade mission": the summit told, however far back
            told = [m for m in held if m.kind == "summit" and m.sentence <= joiner.sentence]
        named_so = [m for m in held if joiner.noun and m.sentence < joiner.sentence and joiner.noun in word_stems(m.evidence)]
        told = named_so or told  # "… during the annual government consultations" + "… also took part in the consultations"
        if joiner.noun:  # "the talks" they took part in are those told before, not the noun's own telling of them
            told = [m for m in told if m.sentence < joiner.sentence] or told
        if not told:
            continue
        latest = max(m.sentence for m in told)
        for meeting in (m for m in told if m.sentence == latest and joiner.person not in m.participants):
            meeting.participants = sorted({*meeting.participants, joiner.person})
            meeting.rules += [] if "side:joined" in meeting.rules else ["side:joined"]


def represented(meeting, representatives: Sequence[Representative]) -> None:
    """A meeting of countries (or organisations) told just before those who stood for its sides (`representatives`):
    each such side becomes its representatives, and the chair of the meeting joins it ("The leaders of Serbia and of
    Kosovo's ethnic Albanians sat down together" + "The meeting was chaired by Martti Ahtisaari" + "Serbia was
    represented by President Boris Tadić and Prime Minister Vojislav Koštunica"; "The UN team was led by …")."""
    if meeting.referenced:
        return
    sides = {country_display_name(code): code for code in meeting.countries}
    bodies = {p: code for p in meeting.participants if (code := organisation_code(p))}  # "The UN team was led by …"
    near = [r for r in representatives if 0 < r.sentence - meeting.sentence <= REPRESENT_REACH
            or (r.sentence == meeting.sentence and r.country and r.country in {*meeting.countries, *bodies.values()})]  # "The
    # Sudanese delegation, led by X, held …", "A delegation from ECOWAS, led by Goodluck Jonathan, held talks …"
    changed = False
    for side, code in {**sides, **bodies}.items():
        persons = sorted({r.person for r in near if r.country == code})
        if side in meeting.participants and persons and len(set(meeting.participants) - {side} | set(persons)) >= 2:
            meeting.participants = [p for p in meeting.participants if p != side] + persons
            changed = True
    others = sorted({r.person for r in near if r.country and r.country not in meeting.countries})
    if others and len(meeting.countries) >= 3:  # a gathering of many: "Fiji was represented by its Foreign Minister, …"
        meeting.participants = [*meeting.participants, *others]
        meeting.countries = sorted({*meeting.countries, *(r.country for r in near if r.person in others and r.country)})
        changed = True
    chairs = {r.person: r.home for r in near if r.country is None and r.joins in ("", "chair")}
    if chairs and (changed or any(side in meeting.participants for side in sides)):
        theirs = {country_display_name(code) for code in chairs.values() if code}  # "chaired by Russia's Lavrov": Russia's side
        meeting.participants = [p for p in meeting.participants if p not in theirs] + sorted(set(chairs) - set(meeting.participants))
        changed = True
    if changed:
        meeting.participants = sorted(set(meeting.participants))
        meeting.rules.append("side:represented")


def arrivals_joined(meetings: list) -> list:
    """People of several countries said only to arrive, with no place of their own and no host ("Latvia's Valdis
    Zatlers and Estonia's Toomas Hendrik Ilves arrived in the evening", `arrival` cues), in or just after the sentence
    of a gathering of three or more held then: latecomers to it, not a meeting of their own."""
    from core.pipeline.merge import FROM_CONTEXT  # merge reads the module that reads this one

    arriving = cues().get("arrival", frozenset())
    out = []
    for visit in meetings:
        placed = visit.location is not None and not any(r.startswith("place:") and r.split(":")[-1] in FROM_CONTEXT for r in visit.rules)
        gathering = None if (visit.kind != "visit" or visit.host or visit.referenced or placed or len(visit.participants) < 2
                             or not any(r.startswith("trigger:") and r.split(":")[1] in arriving for r in visit.rules)) else next(
            (m for m in reversed(meetings) if m is not visit and not m.referenced and m.kind not in ("visit", "call")
             and len(m.participants) >= 3 and 0 <= visit.sentence - m.sentence <= REPRESENT_REACH), None)
        if gathering is None:
            out.append(visit)
            continue
        gathering.participants = sorted({*gathering.participants, *visit.participants})
        gathering.rules += [] if "side:joined" in gathering.rules else ["side:joined"]
    return out


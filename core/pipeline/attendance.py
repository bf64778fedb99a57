"""Who a sentence places at a summit: attendees join the summit the article reports (summits.one_summit) and are
never a meeting on their own."""
from __future__ import annotations

from spacy.tokens import Span, Token

from core.knowledge import country_display_name, fold
from core.knowledge import cues as _cues
from core.pipeline.clauses import clause_verb
from core.pipeline.kin import spouse_of
from core.pipeline.own_clauses import opened_by
from core.pipeline.senses import meeting_nouns, meeting_verbs, summit_words
from core.pipeline.relative import opened_by_where
from core.pipeline.sides import place_token

PRONOUN_SUBJECTS = {"it", "this", "which", "that"}  # "It was attended by …": the gathering just told of


def attendees(doc, sent: Span, people: list, places: list, *, summit_near: bool) -> list[set[str]]:
    """The sets of people (and countries) the sentence says attend a summit. Named with the summit ("At the Bucharest
    summit, Albania and Croatia will begin …", "Kikwete, the Tanzanian President chairing the summit"); or, within
    three sentences after a summit word (`summit_near`), named as present without it ("Mbeki and Museveni
    attended", "Among the leaders present were …", "It was attended by …", "Mbeki was joined by Mugabe")."""
    groups = [_names(doc, heads, people, places) for heads in _with_summit(sent)]
    if summit_near:
        groups += [_names(doc, heads, people, places) for heads in _present(sent)]
    return [names for names in groups if names]


def _with_summit(sent: Span) -> list[list[Token]]:
    words, attending = summit_words(), _cues().get("attending", frozenset())
    out = []
    media = _cues().get("media", frozenset())
    for token in sent:
        if token.lemma_.lower() not in words or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in media for c in token.children):
            continue  # "Singh, at a news conference on Monday, declined to say …": the press's, no summit
        if _another_events(token):
            continue
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
            token = token.head.head  # "joined 33 other leaders for the opening of the Summit of the Americas"
        if token.dep_ == "pobj" and token.head.lower_ in ("at", "to", "for", "during", "in"):
            node = clause_verb(token.head.head)
        elif token.dep_ == "dobj" and token.head.lemma_.lower() in attending:
            node = token.head  # "Kikwete, the Tanzanian President chairing the summit", "Howard hosted the summit"
        elif token.dep_ == "nsubjpass" and token.head.lemma_.lower() in attending:
            out.append(_agents(token.head))  # "The summit was attended by …"
            continue
        elif token.dep_ in ("nsubj", "nsubjpass"):  # "The last summit took place there in October 2000, when Clinton,
            out.append([s for c in token.head.subtree if c.dep_ in ("advcl", "relcl") and (  # Mubarak and Arafat agreed …"
                c.head.i == token.head.i or c.head.ent_type_ == "DATE") and any(  # (the clause hung on the verb or its date)
                m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in c.children) for head in c.children if head.dep_ == "nsubj"
                for s in _among(head)])
            continue
        else:
            continue
        if any(c.dep_ == "neg" for c in node.children):
            continue  # "Kerry did not attend the Almaty conference"
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects += [node.head] if node.dep_ in ("relcl", "acl") else []
        subjects += [c for r in token.subtree if r.dep_ == "relcl" and opened_by_where(r) is not None
                     for c in r.children if c.dep_ == "nsubj"]  # "at a summit also held in Abuja, where Tinubu, Ouattara and … gave"
        out.append([s for head in subjects for s in _among(head)])
    return out


def _another_events(token: Token) -> bool:
    """The word is in a "since" clause, which tells an earlier event: "the first Kremlin leader to set foot in Iran
    since Stalin attended the Tehran Conference"."""
    return any(opened_by(a, ("since",)) for a in [token, *token.ancestors])


def _present(sent: Span) -> list[list[Token]]:
    """Those an attending verb with no object, or a presence word (`present` cues), says are there."""
    attending, presence = _cues().get("attending", frozenset()), _cues().get("present", frozenset())
    joining, accompanying = _cues().get("joining", frozenset()), _cues().get("accompanying", frozenset())
    out = []
    for token in sent:
        lemma = token.lemma_.lower()
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "Camara did not attend and was not invited"
        if _another_events(token):
            continue
        if lemma in joining and token.pos_ == "VERB" and not any(c.dep_ == "nsubjpass" for c in token.children):
            joined = [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
            if joined:  # "Nazarbayev joined Putin and Lukashenko": all of them are there
                out.append([c for c in token.children if c.dep_ == "nsubj"] + joined + _as_did(token))
                continue
        if token.pos_ == "VERB" and _with_those_gathered(token):  # "Ban exchanged views with the leaders at a session"
            out.append([c for c in token.children if c.dep_ == "nsubj"])
            continue
        if lemma in attending and lemma not in accompanying and token.pos_ == "VERB" and _attends_the_meeting_told(token):
            out.append([c for c in token.children if c.dep_ == "nsubj"])  # "Sedwill also attended the meeting": the one
            continue  # just told
        if lemma in attending and lemma not in accompanying and token.pos_ in ("VERB", "AUX") and not any(  # "… joined by X and Y, among others"
                c.dep_ in ("dobj", "xcomp") or (c.dep_ == "ccomp" and c.i > token.i)  # not a clause before a colon: "… were
                or (c.dep_ == "prep" and c.lower_ not in ("among", "as")) for c in token.children):  # represented: A and B attended"
            passive = [c for c in token.children if c.dep_ == "nsubjpass"] or [  # "It was chaired by Kikwete and attended
                c for c in token.head.children if c.dep_ == "nsubjpass" and token.dep_ == "conj"  # by Kibaki, Museveni …"
                and any(a.dep_ == "agent" for a in token.children)]
            if passive:
                if passive[0].lower_ in PRONOUN_SUBJECTS | {"he", "she", "they"}:
                    out.append(_agents(token))  # "It was attended by Mbeki, Museveni and Mugabe", "He was joined by Hu", "They were
                    # flanked by Kofi Annan …": those the meeting just told had beside them
                elif passive[0].i > token.i:
                    out.append(passive)  # "Attending were Mbeki and Museveni"
                elif passive[0].ent_type_ == "PERSON":
                    out.append([passive[0], *_agents(token)])  # "Mbeki was joined by Mugabe and Guebuza": all of them
                continue
            heads = [c for c in token.children if c.dep_ == "nsubj"]  # "Mbeki and Museveni attended"
            heads += _as_did(token)
            heads += [c for aux in token.children if aux.dep_ == "aux" for c in aux.children if c.dep_ in ("attr", "nsubj")]
            if token.dep_ == "acl" and token.tag_ == "VBN":  # "a ceremony witnessed by Hailemariam and Mbeki" (not "a summit
                own = summit_words() | _cues().get("delegation", frozenset())  # chaired by Tusk", that summit's, nor "the US
                heads += [] if token.head.lemma_.lower() in own else _agents(token)  # delegation, led by Susan Rice", its own)
            elif token.dep_ == "acl":
                heads += _listed(token.head)  # "the leaders attending …", "Among those attending were …"
            heads += [token.head] if token.dep_ == "relcl" and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in token.children) else []
            # "Fiji's prime minister, Frank Bainimarama, who also attended, told reporters"
            heads += _said_of(token.head) if token.dep_ == "acomp" else []  # "Attending were …"
            heads += _said_of(token.head.head) if token.dep_ == "pobj" and token.head.lower_ == "among" else []  # "X and
            # Y were among those attending"
            out.append(heads)
        elif lemma in _cues().get("representing", frozenset()) and token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children):
            out.append(_representatives(token))  # "Fiji was represented by its Foreign Minister, Inoke Kubuabola"
        elif lemma in _cues().get("representing", frozenset()) and token.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _cues().get("delegation", frozenset()) for c in token.children):
            out.append([c for c in token.children if c.dep_ == "nsubj"])  # "Sharif and Ali led the Somali delegation"
        elif lemma in _cues().get("sending", frozenset()) and token.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in token.children):
            envoys = [c for c in token.children if c.dep_ == "dobj"]  # "Egypt sent Mufid Shehab, the minister for legal affairs"
            named = [c for c in envoys if any(t.ent_type_ == "PERSON" for t in c.subtree)]
            out.append(named or [c for c in token.children if c.dep_ == "nsubj" and any(  # "Saudi Arabia sent a delegation"
                o.lemma_.lower() in _cues().get("delegation", frozenset()) for o in envoys)])
        elif lemma in ("take", "participate") and token.pos_ == "VERB" and (lemma == "participate" or any(
                c.dep_ == "dobj" and c.lower_ == "part" for c in token.children)) and not any(
                c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
            out.append([*_said_of(token), *_companions(token)])  # "Ahmadinejad and Karzai took part as guests, along with …"
        elif (lemma in _cues().get("attendees", frozenset()) | _cues().get("delegation", frozenset()) and token.dep_ == "pobj"
              and token.head.lower_ == "among" and token.tag_ in ("NNS", "NNPS")):
            out.append(_said_of(token.head.head))  # "Among the 27 delegations were China's Yang Jiechi, …"
        elif token.lower_ == "them" and token.dep_ == "pobj" and token.head.lower_ == "among" and token.head.head.lemma_ == "be":
            out.append(_said_of(token.head.head))  # "… attended by delegations from 40 countries. Among them were Ban Ki-moon, …"
        elif lemma in _cues().get("attendees", frozenset()) and token.pos_ in ("NOUN", "PROPN"):
            out.append([m for m in _listed(token) if m.i != token.i])  # "Participants included Mbeki and Museveni"
        elif lemma in presence and (token.dep_ == "acomp" or (token.dep_ == "pobj" and token.head.lower_ == "among")):
            out.append(_said_of(token.head if token.dep_ == "acomp" else token.head.head))  # "X and Y were (among those) present"
        elif (lemma in _cues().get("present_place", frozenset()) and token.dep_ == "pobj" and token.head.lower_ == "at"
              and token.head.head.lemma_ == "be"):
            out.append(_said_of(token.head.head))  # "Ban, Clinton and Ping were also at the table"
        elif lemma in presence and token.dep_ in ("amod", "advmod") and token.head.pos_ in ("NOUN", "PROPN", "PRON", "DET"):
            group = token.head  # "Among the leaders present were …", "Leaders present included …"
            out.append([m for m in _listed(group) if m.i != group.i])
    return out


def _with_those_gathered(verb: Token) -> bool:
    """A meeting verb "with" the people of the gathering just told, named by a plural word for them with "the"
    (`gatherer` and `attendees` cues: "the leaders", "the delegates"): its subject attends that gathering."""
    group = _cues().get("gatherer", frozenset()) | _cues().get("attendees", frozenset())
    return verb.lemma_.lower() in meeting_verbs() and any(
        c.dep_ == "prep" and c.lower_ == "with" and any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in group and any(d.lower_ == "the" for d in o.children)
            and not any(m.dep_ in ("amod", "compound", "poss", "prep") for m in o.children) for o in c.children)
        for c in [*verb.children, *(g for d in verb.children if d.dep_ == "dobj" for g in d.children)])  # "exchanged views with"


def _representatives(verb: Token) -> list[Token]:
    """Who a passive of representing says stood for a country or a leader at the gathering ("Fiji was represented by
    its Foreign Minister, Inoke Kubuabola", "King Abdullah was represented by the kingdom's ambassador, Ahmed
    Qattan"), or, when it names no one, the country whose delegation it was ("Jordan's delegation was headed by its
    permanent representative")."""
    subject = next(c for c in verb.children if c.dep_ == "nsubjpass")
    if subject.ent_type_ not in ("GPE", "NORP", "PERSON") and subject.lemma_.lower() not in _cues().get("delegation", frozenset()):
        return []
    agents = _agents(verb)
    if any(t.ent_type_ == "PERSON" for a in agents for t in a.subtree):
        return agents
    return [c for c in subject.children if c.dep_ == "poss" and c.ent_type_ == "GPE"]


def _attends_the_meeting_told(verb: Token) -> bool:
    """The verb attends a meeting noun pointed back to: "Sedwill also attended the meeting", "King Abdullah also
    attended the gathering" (`gathered` cues; not "co-chairs the Petersburg Dialogue forum", a body of its own)."""
    gathered = _cues().get("gathered", frozenset())
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("the", "that", "this") for d in c.children) and (
        c.lemma_.lower() in meeting_nouns() | {"talks"}
        or (c.lemma_.lower() in gathered and not any(d.dep_ in ("compound", "amod") for d in c.children))) for c in verb.children)


def attends_the_meeting_told(sent: Span) -> bool:
    """The sentence has someone attend a meeting just told ("… also attended the meeting"): one such attendee is
    enough to join it."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _cues().get("attending", frozenset()) and _attends_the_meeting_told(t) for t in sent)


def _as_did(verb: Token) -> list[Token]:
    """Who did the same, told in an "as did" clause: "…, as did the EU's foreign policy chief, Catherine Ashton"."""
    return [c for v in verb.children if v.dep_ == "advcl" and v.lemma_ == "do" and any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children)
            for c in v.children if c.dep_ == "nsubj"]


def _companions(verb: Token) -> list[Token]:
    """Who does what the subject does "along with" or "together with" it."""
    return [o for adv in verb.children if adv.lower_ in ("along", "together")
            for w in adv.children if w.lower_ == "with" for o in w.children if o.dep_ == "pobj"]


def _among(group: Token) -> list[Token]:
    """Who a group word stands for when the clause places people among it: "Kim and Lee were among those attending
    the summit": Kim and Lee; any other word stands for itself."""
    if group.dep_ == "pobj" and group.head.lower_ == "among":
        return _said_of(group.head.head)
    return [group]


def _listed(group: Token) -> list[Token]:
    """Who a clause says a group word holds: "Among those attending were Kim and Lee", "Those attending included Kim
    and Lee", "The participants were Kim and Lee" (Kim and Lee); otherwise the group word itself."""
    if group.dep_ == "nsubj" and group.head.lemma_.lower() in ("include", "be"):  # "The co-hosts of the event were
        return [c for c in group.head.children if c.dep_ in ("dobj", "attr")]  # Yudhoyono and Mbeki"
    return _among(group)


def _said_of(verb: Token) -> list[Token]:
    """Whom a clause is about: the subjects of its verb, or what its copula names ("X and Y were also present")."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "attr")]


def _included(group: Token) -> list[Token]:
    """The members a group word lists: "Leaders including Bush, Putin and Hu", "leaders such as Bush"."""
    out = []
    for prep in group.children:
        if prep.dep_ == "prep" and prep.lower_ in ("including", "like", "as"):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _agents(verb: Token) -> list[Token]:
    return [t for by in verb.children if by.dep_ == "agent" for t in by.children if t.dep_ == "pobj"]


def _names(doc, heads: list[Token], people: list, places: list) -> set[str]:
    heads = heads + [h.head for h in heads if h.dep_ == "appos"]
    heads = heads + [c for h in heads for c in h.children if c.dep_ in ("appos", "nmod") and c.ent_type_ == "PERSON"]  # "by A, B and C"
    heads = heads + [member for h in heads for member in _included(h)]
    at = {t.i for h in heads for t in (h, *h.conjuncts)}
    at |= {c.i for i in list(at) for c in doc[i].subtree if c.dep_ == "appos" and c.ent_type_ == "PERSON"}  # "… and the
    # head of the IMF, Christine Lagarde"
    at |= _listed_after(doc, at, people, places)
    here = [m for m in people if m.token in at]
    names = {m.canonical for m in here if not spouse_of(doc, m, here)} | _counted_before(heads, people)  # not "first lady Melania Trump"
    names |= {country_display_name(p.country) for p in places if p.label == "COUNTRY" and place_token(doc, p).i in at}
    return names


def _counted_before(heads: list[Token], people: list) -> set[str]:
    """Those a counted group word joining others stands for, the last so many people its sentence names before it
    ("Mohammed bin Salman greeted Sheikh Tamim …, and the two men then joined …")."""
    from core.pipeline.several import the_two

    out: set[str] = set()
    for head in heads:
        size = the_two(head)
        before = list(dict.fromkeys(m.canonical for m in sorted(people, key=lambda m: m.token) if head.sent.start <= m.token < head.i))
        if (size >= 2 and len(before) >= size and not any(t.ent_type_ == "PERSON" for t in head.subtree)
                and head.dep_ == "nsubj" and head.head.lemma_.lower() in _cues().get("joining", frozenset())):
            out.update(before[-size:])
    return out


LIST_WORDS = {",", "and", "together", "along", "with", "as", "well", "'s", "’s", "the"}


def _listed_after(doc, at: set[int], people: list, places: list) -> set[int]:
    """The people named on in the same list as an attendee, whatever the parse made of it ("attended by Brazil's Lula,
    Uruguay's José Mujica and Paraguay's Fernando Lugo, together with Chile's Sebastián Piñera"): each next name
    reached over commas, "and", "together with", a country or its possessive, or a title only."""
    from core.pipeline.names import title_words

    titles, found = title_words(), set[int]()
    mentions = sorted((m for m in people if not m.rule.startswith("role-")), key=lambda m: m.start)
    if not any(m.token in at for m in mentions[:-1]):
        return found
    countries = {t.i for p in places for t in doc.char_span(p.start, p.end, alignment_mode="expand") or ()}
    for before, after in zip(mentions, mentions[1:]):
        if before.token not in at | found:
            continue
        gap = doc.char_span(before.end, after.start, alignment_mode="contract") or ()
        if all(t.lower_ in LIST_WORDS or t.i in countries or t.ent_type_ == "NORP" or fold(t.text) in titles
               or (t.is_title and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("'s", "’s")) for t in gap):
            found.add(after.token)
    return found

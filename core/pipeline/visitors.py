"""The visitor or host a text names again by a word for its part in the visit: "The visitor later held talks with
Maliki", "Talabani greeted his guest" (`guest_word` cues) stand for the last person said to travel, arrive or be
received; "held talks with his host" (`host_word` cues) for the last person said to host, receive or welcome someone
("The host, President Thabo Mbeki, said …", "was received by Talabani"). A nationality word says whose part it is:
"his Turkmen host" is the last person of Turkmenistan named before, whatever the text said they did."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from core.knowledge import cues
from core.pipeline.doc_text import text_of

VISITOR_REACH = 3  # sentences back to the one who arrived or was received


def visitor_references(doc: Doc, named: list, sentence_of) -> list:
    """Person mentions for each "the visitor" or "his guest" whose visitor the sentences just before name, and for
    each "his host" whose host they name."""
    from core.pipeline.people import PersonMention

    parts = [(cues().get(kind, frozenset()), rule, plays) for kind, rule, plays in
             (("guest_word", "visitor", _visits), ("host_word", "host", _hosts))]
    players: dict[str, list] = {}  # rule → the people who play that part, found once a word for it is met
    out = []
    for token in doc:
        if token.tag_ != "NN":
            continue  # (a singular noun: asked first, as every word of the article is)
        lemma = token.lemma_.lower()
        part = next(((rule, plays) for words, rule, plays in parts if lemma in words), None)
        if part is None or not _pointed(token) or token.dep_ in ("compound", "appos") \
                or any(c.dep_ == "appos" for c in token.children):  # "the host country"; "The host, President Mbeki"
            continue
        rule, plays = part
        country = _nationality(token)
        if country:  # "his Turkmen host": the last person of that country named before, whatever they were said to do
            before = sorted((m for m in named if m.country == country and m.start < token.idx), key=lambda m: m.start)
        else:
            if rule not in players:
                players[rule] = sorted((m for m in named if plays(doc[m.token])), key=lambda m: m.start)
            before = [m for m in players[rule] if m.start < token.idx and 0 <= sentence_of[token.i] - m.sentence <= VISITOR_REACH]
        if before:
            who = before[-1]
            start = min(c.idx for c in token.children if c.dep_ in ("det", "poss"))
            out.append(PersonMention(start, token.idx + len(token.text), text_of(doc)[start:token.idx + len(token.text)],
                                     who.canonical, who.person_id, who.country, rule, sentence_of[token.i], token.i))
    return out


def _nationality(token: Token) -> str | None:
    """The country a nationality word before the part word gives ("his Turkmen host" → TKM)."""
    from core.knowledge import load_knowledge

    for child in token.children:
        if child.dep_ in ("amod", "compound") and child.i < token.i:
            iso3, kind = load_knowledge().country_of_place(child.text)
            if iso3 and kind == "country":
                return iso3
    return None


def _pointed(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "our") for c in token.children)


def _visits(token: Token) -> bool:
    """The person travels or arrives ("Ahmadinejad arrived", "flew to Baghdad", "became the first Iranian president to
    visit Iraq", "wound up a tour") or is received ("Talabani welcomed Ahmadinejad", "was received by Talabani")."""
    if token.dep_ == "appos":
        token = token.head  # "Indonesia's president-elect, Prabowo Subianto, wound up a three-day tour"
    verb, travel, hosting = token.head, cues().get("travel", frozenset()), cues().get("hosting", frozenset())
    if token.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and any(  # "became the first Iranian president to visit Iraq"
            t.pos_ == "VERB" and t.lemma_.lower() in travel and (t.i == verb.i or not any(c.dep_ == "nsubj" for c in t.children))
            for t in verb.subtree):
        return True
    if token.dep_ == "nsubj" and any(c.dep_ == "dobj" and c.lemma_.lower() in travel for c in verb.children):
        return True  # "wound up a three-day tour of East Asia", "began a visit"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in hosting and token.dep_ in ("dobj", "nsubjpass")


def _hosts(token: Token) -> bool:
    """The person hosts: the subject of a hosting verb with an object ("Talabani welcomed Ahmadinejad"), its agent
    ("was received by Talabani") or a person a host word describes ("The host, President Thabo Mbeki", "Mbeki, the
    host,")."""
    verb, hosting, words = token.head, cues().get("hosting", frozenset()), cues().get("host_word", frozenset())
    if token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in hosting and any(c.dep_ == "dobj" for c in verb.children):
        return True
    if token.dep_ == "pobj" and verb.dep_ == "agent" and verb.head.lemma_.lower() in hosting:
        return True
    return (token.dep_ == "appos" and verb.lemma_.lower() in words) or any(
        c.dep_ == "appos" and c.lemma_.lower() in words for c in token.children)

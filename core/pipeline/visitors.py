"""The visitor a text names again by a word for its part in the visit: "The visitor later held talks with Maliki",
"Talabani greeted his guest" (`guest_word` cues) stand for the last person said to travel, arrive or be received."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from core.knowledge import cues

VISITOR_REACH = 3  # sentences back to the one who arrived or was received


def visitor_references(doc: Doc, named: list, sentence_of) -> list:
    """Person mentions for each "the visitor" or "his guest" whose visitor the sentences just before name."""
    from core.pipeline.people import PersonMention

    words, out = cues().get("guest_word", frozenset()), []
    visitors = sorted((m for m in named if _visits(doc[m.token])), key=lambda m: m.start)
    for token in doc:
        if token.lemma_.lower() not in words or token.tag_ != "NN" or not _pointed(token):
            continue
        before = [m for m in visitors if m.start < token.idx and 0 <= sentence_of[token.i] - m.sentence <= VISITOR_REACH]
        if before:
            who = before[-1]
            start = min(c.idx for c in token.children if c.dep_ in ("det", "poss"))
            out.append(PersonMention(start, token.idx + len(token.text), doc.text[start:token.idx + len(token.text)],
                                     who.canonical, who.person_id, who.country, "visitor", sentence_of[token.i], token.i))
    return out


def _pointed(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "our") for c in token.children)


def _visits(token: Token) -> bool:
    """The person travels or arrives ("Ahmadinejad arrived", "flew to Baghdad", "became the first Iranian president to
    visit Iraq") or is received ("Talabani welcomed Ahmadinejad", "was received by Talabani")."""
    verb, travel, hosting = token.head, cues().get("travel", frozenset()), cues().get("hosting", frozenset())
    if token.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and any(  # "became the first Iranian president to visit Iraq"
            t.pos_ == "VERB" and t.lemma_.lower() in travel and (t.i == verb.i or not any(c.dep_ == "nsubj" for c in t.children))
            for t in verb.subtree):
        return True
    return verb.pos_ == "VERB" and verb.lemma_.lower() in hosting and token.dep_ in ("dobj", "nsubjpass")

"""Negotiating formats a sentence names as the meeting (formats.csv): "the six-party talks", "P5+1 negotiations",
"the P5+1 met"; not one that is only the topic of what was discussed."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues, format_key, formats


def format_members(trigger: Token) -> tuple[str, ...]:
    """The member countries of a negotiating format that names the meeting (formats.csv): in the words before a
    meeting noun ("the six-party talks", "P5+1 negotiations") or as the subject of a meeting verb ("the P5+1 met")."""
    if _topic(trigger):
        return ()  # "frank discussions about dialogue and the six-party talks": what was discussed, not a session
    if trigger.pos_ in ("NOUN", "PROPN"):
        text = trigger.doc[trigger.left_edge.i:trigger.i].text
    else:
        subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        text = trigger.doc[subject.left_edge.i:subject.right_edge.i + 1].text if subject is not None else ""
    key = format_key(text)
    if not key:
        return ()
    return next((members for name, members in formats().items() if key.endswith(name)), ())


def _topic(token: Token) -> bool:
    """The word is inside the object of a topic preposition ("about", "regarding", "concerning"), within its noun
    phrase: "discussions about dialogue between the authorities and the six-party talks"."""
    topic, node = cues().get("topic", frozenset()), token
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "pobj" and node.head.lower_ in topic:
            return True
        if node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):  # a noun joined to a verb is a misparse: its
            # list is the topic before it ("discussions about dialogue … and the six party talks," Lee said)
            return any(t.dep_ == "pobj" and t.head.lower_ in topic for t in node.doc[node.head.i + 1:node.i])
        node = node.head
    return False

"""What a meeting is about: the topic phrase ("talks on the enlargement of NATO") and the places and dates inside it,
which are the matter's, not the meeting's."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues
from core.pipeline.places import TOWN_WORDS
from core.pipeline.sides import path


def topic_phrase(step: Token) -> bool:
    """A preposition that opens what a meeting is about ("about", "regarding"; "on" or "over" a subject, not "on the
    sidelines", "on Monday")."""
    if step.dep_ != "prep":
        return False
    if step.lower_ in cues().get("topic", frozenset()):
        return True
    objects = [c for c in step.children if c.dep_ == "pobj"]
    return step.lower_ in cues().get("topic_preposition", frozenset()) and bool(objects) and all(
        o.lemma_.lower() not in cues().get("setting", frozenset()) and o.ent_type_ not in ("DATE", "TIME") for o in objects)


def in_its_matter(place: Token, trigger: Token) -> bool:
    """The place is reached only through what the meeting is about: "witnessed the signing of agreements on a
    geothermal power plant at Olkaria" (the plant is there, not the signing); not "on the island of Batam"."""
    steps = path(place, trigger) or []
    if any(t.dep_ == "dobj" and t.head.lemma_.lower() in cues().get("discussing", frozenset()) and t.head.i != trigger.i
           and t.head in steps for t in steps):
        return True  # "hosted them for a summit in El Alamein to discuss the escalation of violence in the West Bank"
    if place.dep_ == "pobj" and place.head.lower_ == "in":
        return False  # "a conference on Afghanistan's future in Bonn", however the parse hangs the town
    return any(topic_phrase(t) and not any(o.i in (place.i, trigger.i) or o.ent_type_ in ("GPE", "LOC", "FAC") or o.lemma_.lower() in TOWN_WORDS
                                           for o in t.children if o.dep_ == "pobj") for t in steps)  # not "over dinner"


def date_of_its_matter(sent, when, trigger: Token) -> bool:
    """A date inside what was agreed or talked about, reached through its topic phrase: "agreed on Thursday on a
    ceasefire from 15 February, after all-night talks" (the ceasefire's day, not the talks')."""
    span = sent.doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if not (root.dep_ == "pobj" and root.head.lower_ in cues().get("effect_from", frozenset())):
        return False  # "on 16 February" may be the meeting's however the parse hangs it; "from 15 February" is when it holds
    return any(a.dep_ == "pobj" and a.pos_ == "NOUN" and topic_phrase(a.head) and not a.head.is_ancestor(trigger)
               for a in root.ancestors if a.i != trigger.i and not a.is_ancestor(trigger))

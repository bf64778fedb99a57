"""Sides the parse hung on the wrong word, read back from the order of the words: the list right after a meeting
word's bare "with", and the list right before a meeting verb whose subject the parse took to be a time word."""
from __future__ import annotations

from spacy.tokens import Token

TIMES = frozenset({"time", "day", "week", "month", "year", "moment", "period", "weekend"})  # nouns of a length of time


def after_bare_with(token: Token, trigger: Token) -> bool:
    """The parse left the meeting word's "with" without its object and hung the list after it on another verb ("spoke
    by telephone with Angela Merkel and François Hollande, an official said": Merkel the subject of "said"): the list
    that begins right after "with" is what it meets with."""
    bare = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" and not any(o.dep_ == "pobj" for o in c.children)]
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return bool(bare) and first.left_edge.i == bare[0].i + 1


def list_before_its_verb(token: Token, trigger: Token) -> bool:
    """The parse took a time word for the meeting verb's subject ("The day before, in Astana, Koizumi and Nazarbayev
    signed a statement": "day") and hung the names elsewhere: the list of names that ends right before the verb is
    its subject."""
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if trigger.pos_ != "VERB" or not subjects or any(s.lemma_.lower() not in TIMES for s in subjects) or not token.i < trigger.i:
        return False
    return all(t.pos_ in ("PROPN", "CCONJ") or t.text == "," or t.ent_type_ in ("NORP", "PERSON", "GPE")
               for t in token.doc[token.i + 1:trigger.i])

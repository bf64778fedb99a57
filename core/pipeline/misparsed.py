"""Sides the parse hung on the wrong word, read back from the order of the words: the list right after a meeting
word's bare "with", and the list right before a meeting verb whose subject the parse took to be a time word."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues

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


def with_hung_on_the_town(token: Token, trigger: Token) -> bool:
    """The parse hung the meeting's "with" on the last noun of a phrase of the meeting's verb ("held talks yesterday in
    Tashkent with President Mirziyoyev": "with" under "Tashkent"; "discussed the crisis by telephone with Mubarak";
    "had dinner at a lakeside hotel in the city with Calmy-Rey"): what follows "with" is what the meeting is with."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.dep_ == "pobj" and any(first.i == o.i for o in with_in_adjunct(trigger))


def with_in_adjunct(trigger: Token) -> list[Token]:
    """The objects of a "with" the parse hung on a noun (no person) at the end of a chain of phrases of the meeting's
    verb, after the verb."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else trigger
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out = []
    for phrase in (c for c in verb.children if c.dep_ in ("prep", "agent") and c.i > verb.i and c.lower_ != "with"):
        for w in phrase.subtree:
            if w.lower_ != "with" or w.dep_ != "prep" or w.head.pos_ not in ("NOUN", "PROPN") or w.head.ent_type_ == "PERSON":
                continue
            noun = w.head  # each step up to the verb a noun inside a phrase: "in the city", "at a hotel in the city"
            while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != verb.i and noun.head.head.pos_ in ("NOUN", "PROPN"):
                noun = noun.head.head
            if noun.dep_ == "pobj" and noun.head.head.i == verb.i:
                out += [o for o in w.children if o.dep_ == "pobj"]
    return out


def named_after_object(token: Token, trigger: Token) -> bool:
    """A person named right after the meeting verb's object and a comma, which the parse hung elsewhere ("met the emir,
    Sheikh Sabah al-Ahmad al-Sabah, who …"): the object's apposition, the one met."""
    if trigger.pos_ not in ("VERB", "AUX") or token.ent_type_ != "PERSON":
        return False
    first = token.doc[token.i]
    while first.i > 0 and token.doc[first.i - 1].ent_type_ == "PERSON" and token.doc[first.i - 1].ent_iob_ != "O":
        first = token.doc[first.i - 1]  # the start of the name: "Sheikh Sabah al-Ahmad al-Sabah"
    while first.i > 0 and token.doc[first.i - 1].is_title and token.doc[first.i - 1].ent_type_ == "":
        first = token.doc[first.i - 1]  # a title before it: "Sheikh"
    return any(o.dep_ == "dobj" and o.pos_ == "NOUN" and o.right_edge.i + 2 == first.i and token.doc[o.right_edge.i + 1].text == ","
               and token.head.i != o.i and not any(a.dep_ == "appos" for a in o.children) for o in trigger.children)


def list_before_its_verb(token: Token, trigger: Token) -> bool:
    """The parse took a time word for the meeting verb's subject ("The day before, in Astana, Koizumi and Nazarbayev
    signed a statement": "day") and hung the names elsewhere, or left the verb with no subject and ran the names on
    from the town of an opening phrase ("On the sidelines of the summit in Newport, Obama, Cameron and Merkel met
    Poroshenko": the names conjuncts of "Newport"): the list of names that ends right before the verb is its subject."""
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if trigger.pos_ != "VERB" or any(s.lemma_.lower() not in TIMES for s in subjects) or not token.i < trigger.i:
        return False
    if not all(t.pos_ in ("PROPN", "CCONJ") or t.text == "," or t.ent_type_ in ("NORP", "PERSON", "GPE")
               for t in token.doc[token.i + 1:trigger.i]):
        return False
    if subjects:
        return True
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return (first.i != token.i and first.dep_ == "pobj" and first.ent_type_ in ("GPE", "LOC", "FAC") and first.head.dep_ == "prep"
            and first.head.head.i in (trigger.i, *(a.i for a in trigger.ancestors), *(d.i for d in trigger.subtree))
            and token.doc[first.i + 1].text == ",")


def clause_opener(verb: Token) -> Token | None:
    """The "after" or "before" that really opens the verb's clause when the parse made that word a preposition of the
    verb before it and the verb a conjunct with no "and", or a clause with no subject and no conjunction of its own
    ("was announced after Fiji's foreign minister, Ratu Inoke Kubuabola, sat down with …": "sat" hung on "announced",
    its subject the object of "after"); a verb of no tense ("left after the talks, flying to Paris") opens none."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    for prep in head.children:
        if (prep.dep_ == "prep" and prep.lower_ in ("after", "before") and prep.i < verb.i and any(o.dep_ == "pobj" for o in prep.children)
                and all(t.is_punct for t in verb.doc[prep.right_edge.i + 1:verb.i])):
            return prep
    return None


def subject_after_opener(token: Token, trigger: Token) -> bool:
    """The token names the subject of a meeting verb whose clause-opening "after" or "before" the parse took for a
    preposition (see `clause_opener`): "Fiji's foreign minister, Ratu Inoke Kubuabola" of "… after Fiji's foreign
    minister, Ratu Inoke Kubuabola, sat down with …"."""
    opener = clause_opener(trigger)
    subject = next((o for o in opener.children if o.dep_ == "pobj"), None) if opener is not None else None
    if subject is None or not subject.left_edge.i <= token.i <= subject.right_edge.i:
        return False
    return not any(a.dep_ == "prep" for a in token.ancestors if subject.is_ancestor(a))  # not "the minister of Fiji"


def listed_after_colon(token: Token, trigger: Token) -> bool:
    """The names a colon lists after the group that held the meeting, whatever the parse hung them on: "was signed
    in Minsk on Thursday by members of the Contact Group: Leonid Kuchma, Mikhail Zurabov and Heidi Tagliavini"."""
    sent = trigger.sent
    colon = next((t for t in sent if t.text == ":" and trigger.i < t.i < token.i), None)
    if colon is None or trigger.pos_ != "VERB" or any(t.pos_ == "VERB" and t.i != trigger.i for t in sent[colon.i - sent.start:token.i - sent.start]):
        return False
    held = [t for c in trigger.children if c.dep_ in ("agent", "dobj", "prep") for t in ([c] if c.dep_ == "dobj" else c.children)]
    return any(h.tag_ == "NNS" and h.right_edge.i + 1 == colon.i for h in held)  # "by members of …:", "with delegates:"


def closing_speaker(token: Token) -> bool:
    """The phrase ends right before a closing reporting verb the parse left with no subject ("…, Ban's spokeswoman,
    Michèle Montas, said." parsed as the object of the call): it is that verb's speaker, no side of the meeting."""
    doc = token.doc  # the name's last word, then only punctuation, then the verb: not "…, Crown Prince Mohammed bin Salman,
    after = next((t for t in doc[token.i + 1:token.sent.end] if not (t.is_punct or t.is_space)), None)  # his minister, X, said"
    return (after is not None and after.lemma_.lower() in cues().get("reporting", frozenset())
            and all(t.is_punct or t.is_space for t in doc[after.i + 1:token.sent.end])  # the sentence's last word: not "…, said a spokesman"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children))

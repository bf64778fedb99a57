"""International organisations as sides of a meeting in one sentence: the summit's own name ("the APEC summit"), one
tied to the meeting word ("talks with NATO"), or the members of one meeting each other ("EU foreign ministers met");
never one that only describes a participant ("NATO Secretary-General …") or names the building ("at NATO
headquarters")."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues, organisation_home
from core.pipeline.bodies import named_organisations
from core.pipeline.occasion import holders, occasion_phrase, stray_of
from core.pipeline.matter import topic_phrase
from core.pipeline.scope import through_sequence
from core.pipeline.sides import anchor, linked, path


def names_the_seat(token: Token) -> bool:
    """An organisation that names the building where people meet ("at the UN headquarters in New York", "at NATO
    headquarters"; `seat` cues), not a side of the meeting."""
    head = token.head
    return (token.dep_ in ("compound", "nmod", "poss") and head.lemma_.lower() in cues().get("seat", frozenset())
            and head.dep_ == "pobj" and head.head.lower_ in cues().get("locative", frozenset()) - {"to"})


def titles_a_person(token: Token) -> bool:
    """An organisation that modifies one person's title: "the UN representative in Burundi Carolyn McAskie", "NATO
    Secretary-General Jaap de Hoop Scheffer", "the director-general of the WTO, Pascal Lamy" (not "U.N. officials",
    not "the APEC summit", not "talks with the head of NATO")."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head  # "the World Trade Organisation (WTO)": the abbreviation stands for the name
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ in ("NN", "NNP"):
        title = head.head  # "the director-general of the WTO, Pascal Lamy"
        return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in title.children) or title.head.ent_type_ == "PERSON"
    if token.dep_ not in ("compound", "nmod", "amod", "poss") or head.tag_ != "NN" or head.i == token.i:
        return False
    return any(t.ent_type_ == "PERSON" for t in head.subtree) or head.head.ent_type_ == "PERSON"


def _names_the_occasion(root: Token, trigger: Token) -> bool:
    """An organisation naming the gathering a meeting verb's meeting was held at or beside ("last met in New York,
    during the annual United Nations gathering", "met on the sidelines of the UN General Assembly"): that gathering's,
    not a side of the meeting."""
    from core.pipeline.senses import summit_words  # senses reads the sides module this one reads

    noun = root.head if root.dep_ in ("compound", "nmod", "poss", "amod") else root
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in cues().get("setting", frozenset()):
        node = node.head.head  # "on the sidelines of the UN General Assembly"
    gathering = noun.i == root.i or noun.lemma_.lower() in summit_words() | cues().get("gathered", frozenset())
    return (trigger.pos_ == "VERB" and gathering and node.i != trigger.i and node.head.head.i == trigger.i
            and (occasion_phrase(node) or (node.dep_ == "pobj" and node.head.lower_ == "on")))


def organisation_sides(sent, trigger: Token, own: set[int]) -> list[str]:
    """International organisations that are a side of the meeting (organisations.csv): the summit's own name ("the
    APEC summit", "a summit of the African Union") or one tied to the meeting word ("talks with NATO", "met U.N.
    officials"); not one that only describes a participant ("NATO Secretary-General …")."""
    out, stray = set(), {t.i for obj in stray_of(trigger) for t in obj.subtree}
    if trigger.lemma_.lower() in cues().get("gathering", frozenset()):  # "Heads of state of the African Union met"
        stray |= {t.i for c in trigger.children if c.dep_ == "nsubj" and c.tag_ in ("NNS", "NNPS") for t in c.subtree}
    for name, root in named_organisations(sent):
        if root.i in own or root.i == trigger.i or titles_a_person(root) or names_the_seat(root) or _names_the_occasion(root, trigger):
            continue
        steps = path(root, trigger)
        if steps and any(topic_phrase(t) or (t.dep_ == "prep" and t.lower_ == "from" and t.head.pos_ in ("VERB", "AUX")) for t in steps if root in t.subtree) or through_sequence(root, trigger):
            continue  # what the meeting was about: "talks with Kwasniewski on the enlargement of NATO"; another
            # event's: "talks in Sydney ahead of this weekend's APEC summit", "arrived, having come from the G20 summit"
        if organisation_home(name) and (steps is None or any(t.pos_ == "VERB" for t in steps)) and not (
                anchor(root).dep_ in ("nsubj", "nsubjpass") and anchor(root).head.i == trigger.i):  # "The government and
            # the FARC signed …" (its subject), not "discussed the war between Israel and Hamas" (what was discussed)
            continue  # a movement only as an argument of the meeting itself: not "arrived … after being rescued from FARC"
        if (root.head.i == trigger.i and root.dep_ in ("compound", "nmod", "poss", "amod")) or linked(root, trigger) or root.i in stray:
            out.add(name)
    return sorted(out)


def gathering_of(sent, trigger: Token, own: set[int]) -> bool:
    """The members of an international organisation meeting each other: its name in the subject of a meeting verb
    ("EU foreign ministers met in Brussels", "the G20's heads of state will meet") or naming a meeting noun ("a
    meeting of G8 finance ministers", "the ASEAN meeting"); only words that gather (`gathering` cues), not the
    organisation's talks or negotiations; not an organisation the meeting is with ("talks with NATO") or one that
    only describes a participant."""
    if trigger.lemma_.lower() not in cues().get("gathering", frozenset()):
        return False  # "the WTO talks", "WTO negotiations have met resistance": a process, not one meeting
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in trigger.children):
        return False  # "a representative from the IMF is meeting with Eurozone policymakers": someone else is met
    bodies = {root.i for _, root in named_organisations(sent) if root.i not in own and not titles_a_person(root)}
    if trigger.pos_ == "VERB":
        verb = trigger
        while verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "APEC plans to meet in Busan": the subject of the verb the infinitive completes
        heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:  # not "next" nor "emergency": "OPEC held an emergency meeting"
        heads = [c for c in trigger.children if c.dep_ in ("compound", "nmod", "poss", "amod") and c.pos_ != "ADJ" and (c.tag_ != "NN" or c.i in bodies)]
        heads += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"] + stray_of(trigger)
        heads = heads or holders(trigger)
    # the organisation itself, or members of it (a plural: "ministers", "heads of state"), not one of its people
    return any(t.i in bodies for h in heads for t in h.subtree) and all(
        h.i in bodies or h.tag_ in ("NNS", "NNPS") or h.pos_ == "PROPN" for h in heads)

"""Sides a meeting word takes from the clause around it rather than from its own phrase: the joint subject of the
clause a meeting noun is the occasion of, the other party of the pact a signing verb signs, and those the passive
clauses after a meeting noun name as attending or hosting it, those a participle after it says it involves, an
organisation side met through its staff, the "of" phrase the parse hangs on the date after a meeting noun, and who
holds a meeting noun ("OPEC held an emergency meeting")."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues

OWN_SIDES = {"between", "among", "with"}  # a meeting noun with a phrase of its own names its sides there
NOUN_HOPS = 3  # nouns the small model may hang an adverbial phrase on between it and its verb ("agreed on a plan after")


def occasion_phrase(trigger: Token) -> bool:
    """The meeting noun is the object of an `occasion` preposition on a verb ("urged Netanyahu to do more, during
    talks in Tel Aviv"): the setting of what the verb tells, not what it wishes or plans."""
    return trigger.dep_ == "pobj" and trigger.head.lower_ in cues().get("occasion", frozenset()) and trigger.head.head.pos_ in ("VERB", "AUX")


def occasion_subjects(trigger: Token) -> list[Token]:
    """The members of the joint subject (two or more coordinated names) of the clause a meeting noun without sides
    of its own is the occasion of, through an `occasion` preposition: "Merkel and Sarkozy agreed on a plan after
    talks in Berlin", "Mexico and the United States agreed on Tuesday after two days of talks", "… at their meeting".
    The model often hangs the phrase on the noun before it ("a plan"); the clause is the verb above that noun. Who a
    sentence places at a summit attends it (attendance.py), which is not a meeting of its own."""
    from core.pipeline.senses import summit_words  # senses reads sides, which reads this module

    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.lemma_.lower() in summit_words() or any(
            (c.dep_ == "prep" and c.lower_ in OWN_SIDES) or (c.dep_ == "poss" and c.lower_ != "their") for c in trigger.children):
        return []
    node = trigger
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "two days of talks"
    if node.dep_ != "pobj" or node.head.lower_ not in cues().get("occasion", frozenset()):
        return []
    verb = node.head.head
    for _ in range(NOUN_HOPS):
        if verb.pos_ == "VERB" or verb.dep_ not in ("pobj", "dobj", "prep"):
            break
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "urged Netanyahu to do more …, during talks": the parse hangs the phrase on the infinitive
    if verb.pos_ != "VERB":
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [  # "was hammered out over dinner by A and B"
        o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    members = [subjects[0], *subjects[0].conjuncts] if len(subjects) == 1 else subjects  # the small model may give
    if len(subjects) == 1 and len(members) < 2 and any(t.dep_ == "cc" and t.lower_ == "and" for t in subjects[0].subtree):
        subject = subjects[0]  # both names as subjects, or hang one on the other ("May and Jean-Claude Juncker"), or
        # name both after a plural ("The foreign ministers, Celso Amorim and Héctor Lacognata, finalised …")
        members = [e.root for e in subject.doc.ents if e.label_ in ("PERSON", "GPE") and subject.left_edge.i <= e.start <= subject.right_edge.i]
    if len(members) == 1 and members[0].ent_type_ in ("PERSON", "GPE"):  # "Blinken urged Netanyahu … during talks": the
        members += [c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"][:1]  # one addressed
    return members if len(members) >= 2 else []


def signed_pact(holder: Token, trigger: Token) -> bool:
    """The noun is the pact the meeting verb signs, or a pact noun of it: "Russia signed an agreement with China",
    "signed a memorandum of understanding with Afghanistan"."""
    pacts, pact = cues().get("pact", frozenset()), holder
    while pact.dep_ == "pobj" and pact.head.lower_ == "of" and pact.head.head.lemma_.lower() in pacts:
        pact = pact.head.head
    return pact.dep_ == "dobj" and pact.head.i == trigger.i and holder.lemma_.lower() in pacts


def attended_by(trigger: Token) -> list[Token]:
    """The names in the passive clauses of attending, hosting or chairing (`attending` cues) that follow a meeting
    noun, wherever the parse hung them ("after a US-Japan meeting, attended by Rumsfeld, Rice, Machimura and Ono";
    "at a summit in Sharm el-Sheikh hosted by Mubarak and attended by King Abdullah II"), up to the next mention of
    the same meeting word; a clause with a subject of its own speaks of something else."""
    doc, words = trigger.doc, cues().get("attending", frozenset())
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    found = []
    for token in doc[trigger.i + 1:trigger.sent.end]:
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() == trigger.lemma_.lower():
            break
        if (token.tag_ in ("VBN", "VBD") and token.lemma_.lower() in words  # a "by" agent makes it passive either way
                and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in token.children)):
            found += [t for c in token.children if c.dep_ == "agent" for t in c.subtree  # (a name the model took for a group's:
                      if t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")]  # "Ghana's Nana Akufo-Addo", a person the text names)
    return found


def involved(trigger: Token) -> list[Token]:
    """The names a participle of the meeting noun says it involves (`involving` cues): "talks involving Obama and
    Medvedev", "the summit in Auckland involving New Zealand, Australia and the European Union"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    words = cues().get("involving", frozenset())
    verbs = [t for t in trigger.subtree if t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() in words
             and (t.head.i == trigger.i or t.head.head.i == trigger.i or t.head.head.head.i == trigger.i)]
    return [t for v in verbs for c in v.children if c.dep_ == "dobj" for t in c.subtree if t.ent_type_ in ("PERSON", "GPE", "NORP")]


def staff_of(root: Token) -> bool:
    """An organisation's name that stands for its staff, not its head: "met with an IMF team", "talks with World Bank
    officials", "a delegation from the EU" (`staff` cues of meeting_cues.csv)."""
    node = root
    while node.dep_ in ("compound", "nmod", "amod", "poss") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in ("from", "of") and node.head.head.pos_ == "NOUN":
        node = node.head.head
    return node.i != root.i and node.lemma_.lower() in cues().get("staff", frozenset())


def stray_of(trigger: Token) -> list[Token]:
    """The object of an "of" phrase the parse hangs on the date or place that follows a meeting noun, where it
    belongs to the noun: "a meeting on Thursday of G8 energy ministers", "a summit in Bucharest of NATO leaders"."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return [obj for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ != "of"
            for said in prep.children if said.dep_ == "pobj" and said.ent_type_ in ("DATE", "TIME", "GPE", "LOC")
            for of in said.children if of.dep_ == "prep" and of.lower_ == "of" and of.i > said.i
            and of.ent_iob_ != "I"  # not inside a name: "the Gulf of Mexico"
            for obj in of.children if obj.dep_ == "pobj"]


def holders(trigger: Token) -> list[Token]:
    """The subject of the verb that holds a meeting noun as its object (`holding` cues), through the verbs an
    infinitive or gerund completes and a relative clause's "which": "OPEC held an emergency meeting", "OPEC, which
    was planning on having an emergency meeting next month"."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in cues().get("holding", frozenset()):
        return []
    node = trigger.head
    for _ in range(NOUN_HOPS + 1):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            relative = subjects[0].lower_ in ("which", "that") and node.dep_ == "relcl"
            return [node.head] if relative else subjects
        if node.dep_ not in ("xcomp", "pcomp", "prep", "relcl") or node.head.i == node.i:
            return []
        node = node.head
    return []

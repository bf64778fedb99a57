"""One meeting word, several records: "Koizumi and Roh met separately with Bush" is a meeting of each with Bush, "A met
B on Thursday, C on Friday" one meeting per day; and who, in the parse, is the subject of a meeting word."""
from __future__ import annotations

import re
from dataclasses import replace

from core.knowledge import cues
from core.text import regular_stems
from core.pipeline.doc_text import text_of

_RECIPROCAL = re.compile(r"\b(?:each|one)\s+(?:other|another)\b", re.IGNORECASE)


def told_apart(text: str) -> bool:
    """The text says its subjects met someone apart (`distributive` cues: "received Lee and, separately, Najib"); "each
    other" and "one another" say the reverse ("agreed to restore high commissioners in each other's capitals")."""
    words = re.findall(r"[a-z]+", _RECIPROCAL.sub(" ", text.lower()))
    return any(regular_stems(w) & cues().get("distributive", frozenset()) for w in words)


def is_subject(token, trigger) -> bool:
    """Whether a word is (inside) the subject of the meeting word, or the owner of a meeting noun ("Putin's talks")."""
    for node in [token, *token.ancestors]:
        if node.dep_ in ("nsubj", "nsubjpass", "poss") and node.head.i == trigger.i or node.i == trigger.i:
            return node.i != trigger.i
        if node.dep_ in ("nsubj", "nsubjpass") and trigger in node.head.subtree:
            return True
    return False


def distributed(meeting, trigger, participants: dict, doc) -> list:
    """ "Koizumi and Roh met separately with Bush", "… each met Bush": one meeting per subject with the others,
    not one meeting of them all (meeting_cues.csv kind `distributive`, said of the meeting word, of a subject or of
    the verb the subjects share); subjects that meet separately and no one else named are no meeting."""
    words = cues().get("distributive", frozenset())
    # a subject is also a name before the verb the model hung on it in pieces ("… and President Roh Moo-Hyun adopted")
    subjects = [name for name, m in participants.items() if is_subject(doc[m.token], trigger)
                or (m.token < trigger.i and subject_verb(doc[m.token]).i == trigger.i)]
    apart = [name for name, m in participants.items() if any(c.lower_ in words for c in subject_verb(doc[m.token]).children)]
    reciprocal = (trigger.pos_ == "VERB" and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in trigger.children)
                  and any(t.lemma_.lower() in cues().get("host_side", frozenset()) for s in trigger.children if s.dep_ == "nsubj" for t in s.subtree))
    if len(apart) >= 2 and not [name for name in meeting.participants if name not in apart] and not reciprocal:
        return []  # "Koizumi and Roh separately adopted accords with ASEAN, agreeing to launch talks": not each other
        # ("Ople and his Malaysian counterpart, Albar, met separately": each other, apart from their leaders; not
        # "Koizumi and Roh met separately on Monday")
    said = any(c.lower_ in words for c in trigger.children) or any(
        c.lower_ in words for name in subjects for c in doc[participants[name].token].children)
    others = [name for name in meeting.participants if name not in subjects]
    if said and len(subjects) == 1 and len(others) >= 2 and meeting.kind != "summit" and any(c.lower_ in words for c in trigger.children):
        return [_with_one(meeting, subjects[0], other, participants) for other in others]  # "Bush met separately with A and B"
    examples = {t.i for p in trigger.subtree if p.dep_ == "prep" and (p.lower_ == "like" or (p.lower_ == "as" and p.i > 0 and p.nbor(-1).lower_ == "such"))
                for t in p.subtree}  # "meeting with figures like Gaddafi and Arafat": each an example, met on an occasion of its own
    listed = [o for o in meeting.participants if o in participants and participants[o].token in examples]
    rest = [o for o in meeting.participants if o not in listed]
    if len(listed) >= 2 and len(rest) == 1 and meeting.kind != "summit":
        return [_with_one(meeting, rest[0], other, participants) for other in listed]
    if not said or len(subjects) < 2 or not others:
        return [meeting]
    out = []
    for name in subjects:
        own = {participants[name].country} | {participants[o].country for o in others if o in participants}
        out.append(replace(meeting, participants=sorted([name, *others]),
                           countries=sorted(c for c in own if c) or meeting.countries, subject=name,
                           rules=meeting.rules + ["sides:distributive"]))
    return out


def _with_one(meeting, subject: str, other: str, participants: dict):
    """The part of a meeting of one subject with several, each separately, held with one of them."""
    from core.knowledge import country_iso3

    own = {participants[name].country if name in participants else country_iso3(name) for name in (subject, other)}
    return replace(meeting, participants=sorted([subject, other]), countries=sorted(c for c in own if c) or meeting.countries,
                   rules=meeting.rules + ["sides:distributive"])


def subject_verb(token):
    """The verb a name is (one of the coordinated) subjects of, else the name itself: the verb it hangs on and comes
    before (the model attaches a long second subject in pieces: "… and South Korean President Roh Moo-Hyun")."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.head if node.head.pos_ in ("VERB", "AUX") and node.i < node.head.i else token


def pairwise(meeting, trigger, participants: dict, doc, dates, places=()) -> list:
    """ "A met B on Thursday, C and D on Friday": one meeting per person A met when the sentence gives them different
    dates; "A met B and C" stays one meeting. The subject may be a pronoun ("He met Mugabe on Wednesday and
    Tsvangirai on Thursday"). A town written between a person and the next one met is where they met ("meet Siniora
    in Beirut on Monday and Olmert in Jerusalem on Tuesday")."""
    subjects = [name for name, m in participants.items() if is_subject(doc[m.token], trigger)] or (
        [meeting.subject] if meeting.subject in participants else [])
    others = [name for name in meeting.participants if name not in subjects and name in participants]
    sent_dates = sorted((d for d in dates if meeting.start <= d.start < meeting.end and d.value), key=lambda d: d.start)
    if meeting.kind == "summit" or len(subjects) != 1 or len(others) < 2 or len({d.value for d in sent_dates}) < 2:
        return [meeting]
    out = []
    starts = sorted(participants[o].start for o in others)
    for other in others:
        countries = sorted({c for c in (participants[subjects[0]].country, participants[other].country) if c} or meeting.countries)
        when = next((d for d in sent_dates if d.start > participants[other].start), None)
        dated = {"date": when.value, "date_precision": when.precision, "rules": [*meeting.rules[:-1], f"date:{when.rule}"]} if when else {}
        start = participants[other].start
        until = next((s for s in starts if s > start), meeting.end)
        town = next((p for p in places if start < p.start < until and text_of(doc)[max(p.start - 3, 0):p.start] in ("in ", "at ")), None)
        placed = {"location": town.where} if town is not None and meeting.location else {}
        out.append(replace(meeting, **{"participants": sorted([subjects[0], other]), "countries": countries,
                                       "rules": list(meeting.rules), **dated, **placed}))
    return out


GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4}  # "the three leaders", "all three"


def the_two(token) -> int:
    """How many sides just named a plural noun or a number alone stands for: "the two leaders", "both men", "the
    two", "the prime ministers" (2), "the three men", "all three" (3); 0 for any other word."""
    if token.lower_ in GROUP_SIZES and token.lower_ != "both" and any(
            c.lower_ in ("the", "all") and c.dep_ in ("det", "predet") for c in token.children):
        return GROUP_SIZES[token.lower_]
    if token.tag_ != "NNS":
        return 0
    counted = next((GROUP_SIZES[c.lower_] for c in token.children if c.lower_ in GROUP_SIZES and c.dep_ in ("nummod", "det", "predet")), 0)
    if counted or token.lemma_.lower() not in cues().get("pair", frozenset()) - {"man", "woman"}:
        return counted
    # "The prime ministers spoke for three hours": the two whose offices the plural names, told just before
    return 2 if ([c.lower_ for c in token.children if c.dep_ == "det"] == ["the"] and not list(token.rights)
                 and all(c.is_lower for c in token.lefts if c.dep_ != "det")) else 0  # not "the EU leaders": a group of its own


def met_together(sent, trigger, participants: dict) -> bool:
    """Two or more participants met as one group: listed as members of one ("met with senior officials, including
    Rice, Rumsfeld and Hadley"), or joined by "and" after the "with" of one meeting noun ("a meeting at the White
    House with Vice President Pence and Secretary of State Pompeo"; "held talks in Ljubljana with President Kučan and
    Prime Minister Drnovšek", however the parse hangs the names), unless the text says they were met apart."""
    members = {t.i for prep in sent if prep.lower_ == "including" and prep.dep_ == "prep" for t in prep.subtree}
    if sum(m.token in members for m in participants.values()) >= 2:
        return True
    if trigger.tag_ not in ("NN", "NNS") or any(c.lower_ in ("separate", "individual") for c in trigger.children):
        return False  # "held talks with President Kibaki and Prime Minister Odinga"; not "separate meetings with"
    withs = [p for p in (*trigger.children, *(trigger.head.children if trigger.dep_ == "dobj" else ())) if p.lower_ == "with" and p.dep_ == "prep"]
    joined = {t.i for prep in withs for o in prep.children if o.dep_ == "pobj" and any(c.dep_ == "conj" for c in o.children)
              for t in o.subtree} | {t.i for prep in withs for t in _names_listed(prep)}
    return sum(m.token in joined for m in participants.values()) >= 2 and not told_apart(sent.text)


def _names_listed(prep):
    """The words of the list of names after a "with", read in order up to the first word that cannot be part of it
    (the parse may hang the second name elsewhere): "with Slovenian President Milan Kučan and Prime Minister Janez
    Drnovšek on …", the two names, when an "and" joins them."""
    run = []
    for token in prep.doc[prep.i + 1:prep.sent.end]:
        if not (token.pos_ in ("PROPN", "DET", "CCONJ") or token.ent_type_ in ("PERSON", "NORP", "GPE")
                or token.lower_ in (",", "'s") or (token.text == "-" and not token.whitespace_) or (token.pos_ in ("ADJ", "NOUN") and token.head.pos_ == "PROPN")):
            break
        run.append(token)
    return run if any(t.lower_ == "and" for t in run) else []

"""What a meeting word takes from the sentences before it: the people just named together ("the two leaders",
"they"), the international organisation the sentence before has hold a meeting, and the date a meeting noun told
again was given."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from core.knowledge import organisation_home
from core.pipeline.senses import meeting_nouns, meeting_verbs
from core.pipeline.sides import named_organisations, place_token

if TYPE_CHECKING:
    from core.pipeline.places import PlaceMention


def antecedent_bodies(trigger: Token, number: int, context: dict, participants: dict) -> tuple[list[str], PlaceMention | None]:
    """ "APEC … plans to meet in Busan." + "The meeting will include Bush, Hu and Koizumi": a meeting noun with "the"
    whose own sentence names people and no organisation is the meeting the sentence before has an international
    organisation hold (its subject, of a meeting verb); that organisation is a side, and the town that verb is "in"
    is the meeting's place when its own sentence names none."""
    if not definite(trigger) or not participants or number == 0:
        return [], None
    verbs, found, held = meeting_verbs(), [], None
    before = context["sentences"][number - 1]
    for name, root in named_organisations(before):
        subject = root.head if root.dep_ == "compound" else root  # "ASEAN leaders will meet …"
        clause = subject if subject.dep_ == "ROOT" else subject.head  # the subject's verb, or all the sentence is about
        met = [t for t in clause.subtree if t.lemma_.lower() in verbs and t.pos_ == "VERB"]
        if subject.dep_ in ("nsubj", "ROOT") and not organisation_home(name) and met:
            found.append(name)
            held = held or next((p for p in context["places_in"].get(number - 1, []) if p.label == "GPE"
                                 and (at := place_token(before.doc, p)).dep_ == "pobj" and at.head.lower_ == "in"
                                 and at.head.head in met), None)
    return found, held


def antecedent_date(trigger: Token, number: int, context: dict) -> tuple[str, str, str] | None:
    """ "The 1955 Bandung conference has assumed … The conference, which was attended by …": a meeting noun with
    "the" and no date of its own is the one the sentence or two before named with the same noun and dated in that
    noun's own phrase; it takes that date."""
    if not definite(trigger):
        return None
    # the noun of this sentence that the antecedent may repeat: "The conference … was called the first meeting of …"
    lemmas = {t.lemma_.lower() for t in trigger.sent if definite(t) and t.lemma_.lower() in meeting_nouns()}
    for k in (number - 1, number - 2):
        if k < 0:
            return None
        sent = context["sentences"][k]
        for token in sent:
            if token.lemma_.lower() not in lemmas or token.pos_ not in ("NOUN", "PROPN"):
                continue
            for d in context["dates_in"].get(k, []):
                span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
                if d.value and span is not None and token in (span.root.head, span.root.head.head) and span.root.i < token.i + 4:
                    return d.value, d.precision, "antecedent"
    return None


def definite(token: Token) -> bool:
    """A noun with "the": "the meeting", "the conference"."""
    return token.pos_ == "NOUN" and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children)


def joint_subjects(doc: Doc, mentions: list) -> list:
    """The people named together as the subject of one verb ("Russian President Vladimir Putin and Chinese President Hu
    Jintao attended the ceremony"): whom "the two leaders" or "they" in the next sentences stand for."""
    by_verb: dict[int, dict[str, object]] = {}
    for m in mentions:
        node = doc[m.token]
        while node.head.i != node.i:
            if node.dep_ in ("compound", "flat", "appos", "conj"):
                node = node.head
            elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "PROPN":
                node = node.head.head  # "President of Parliament Kim Yong Nam and … were": a title's name
            else:
                break
        if node.dep_ in ("nsubj", "nsubjpass"):
            by_verb.setdefault(node.head.i, {}).setdefault(m.canonical, m)
    together = max(by_verb.values(), key=len, default={})
    return list(together.values()) if len(together) >= 2 else []


def the_two(token: Token) -> bool:
    """ "the two leaders", "both men", "the two": a plural noun or the number alone that stands for the two sides
    just named."""
    if token.lower_ == "two" and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
        return True
    return token.tag_ == "NNS" and any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in token.children)

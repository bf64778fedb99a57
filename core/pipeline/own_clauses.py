"""Clauses with subjects of their own: who does what in a subordinate clause is no side of a meeting told outside
it, and those outside a clause that tells a meeting of its own subject are no sides of that meeting."""
from __future__ import annotations

from spacy.tokens import Token


def subject_of_its_own_clause(token: Token, trigger: Token) -> bool:
    """The token is the subject of a subordinate clause that does not hold the meeting word: that clause's verb is
    what it does ("Tsvangirai flew to South Africa on the day on which Ahmadinejad arrived": Ahmadinejad arrived;
    "summoned to see the Permanent Secretary (as the Foreign Secretary was away)": she was away), unless the clause
    describes the meeting word itself."""
    verb = token.head
    return (token.dep_ in ("nsubj", "nsubjpass") and verb.i != trigger.i and verb.dep_ in ("relcl", "advcl", "acl", "parataxis", "conj")
            and (verb.head.i != trigger.i or verb.dep_ in ("advcl", "conj"))  # "meetings Labwani held": the clause tells the meeting
            and not verb.left_edge.i <= trigger.i <= verb.right_edge.i)  # itself; "…, but Sarraj refused to come": his own


def persons_clause(trigger: Token) -> Token | None:
    """The relative clause describing a person that the meeting word is told in ("Rice, who held talks with Sharon on
    Sunday"), or None."""
    return next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl" and a.head.ent_type_ == "PERSON"), None)


def outside_a_clause_of_its_own_subject(token: Token, trigger: Token) -> bool:
    """The meeting word lies in an adverbial clause a conjunction opens ("while", "as", "when") that has a named
    subject of its own, and the token lies outside that clause: "Obama and Lee met at the Blue House, while Merkel
    and Kan held bilateral talks" (Obama and Lee are no sides of Merkel's and Kan's talks)."""
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "advcl"
                   and any(c.dep_ == "mark" for c in a.children)), None)
    if clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in clause.children)

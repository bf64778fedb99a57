"""Relative clauses a meeting word or a side may stand in: "where" clauses on a place, and clauses describing another
noun, whose names are no side of a meeting told outside them."""
from __future__ import annotations

from spacy.tokens import Token


def opened_by_where(verb: Token) -> Token | None:
    """The "where" that opens a verb's clause, also when the parser hangs it on a time word ("…, where two days
    earlier he had discussed …")."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ == "advmod" for g in c.children)]
    return next((c for c in near if c.lower_ == "where"), None)


def through_relative_clause(steps: list[Token], first: Token, trigger: Token) -> bool:
    """The way passes through a relative clause of another noun, one that neither describes the token nor holds the
    meeting word: "arrived in Israel from Saudi Arabia, where he met Mohammed bin Salman" (the clause is Saudi
    Arabia's, also when parsed as a clause of the arrival)."""
    return any(t.i != trigger.i and not t.is_ancestor(trigger) and (
        (t.dep_ == "relcl" and t.head.i not in (trigger.i, first.i)
         and not (t.lemma_.lower() in ("include", "comprise") and t.head.dep_ == "nsubj" and t.head.head.i == trigger.i))
        or (t.dep_ == "advcl" and opened_by_where(t) is not None and _after_a_source(t)) or _misparsed_relative(t))
               for t in steps)  # "The panel, which also included Touré and Sassou Nguesso, met …": the subject's members


def _misparsed_relative(clause: Token) -> bool:
    """An adverbial clause the parse made of a relative one about a person, which "whom" or "whose" opens ("was
    received by Saddam Hussein, to whom he delivered a message from the Pope": the Pope is no side of the reception)."""
    doc, first = clause.doc, clause.left_edge.i
    opening = doc[first + 1] if doc[first].dep_ == "prep" and first + 1 < len(doc) else doc[first]
    return clause.dep_ == "advcl" and opening.lower_ in ("whom", "whose")  # a person's (not "which was also attended by")


def _after_a_source(clause: Token) -> bool:
    """The clause follows the place a trip came from: "arrived in Kigali from Kampala, where …" (not "flew to
    Antananarivo, where he met Rajoelina": the trip's own meeting)."""
    before = next((t for t in reversed(clause.doc[clause.sent.start:clause.left_edge.i]) if not t.is_punct), None)
    return before is not None and before.dep_ == "pobj" and before.head.lower_ == "from"


def subject_of_its_clause(token: Token, trigger: Token) -> bool:
    """The token is who a relative clause holding the meeting is about ("in the presence of Putin and Schröder, who had
    held talks at the chancellery": both, whom "who" stands for when the clause names no other side; "… Schröder, who
    had met Merkel": Schröder), however far the noun phrase it stands in sits from the meeting word."""
    clause = trigger if trigger.dep_ == "relcl" else trigger.head if trigger.dep_ == "dobj" and trigger.head.dep_ == "relcl" else None
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children):
        return False
    owner = clause.head
    first = owner
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    other = any(c.dep_ in ("dobj", "dative") and c.i != trigger.i or (c.dep_ == "prep" and c.lower_ == "with")
                for n in (clause, trigger) for c in n.children)
    return token.i == owner.i or (not other and token.i in {first.i, *(c.i for c in first.conjuncts)})

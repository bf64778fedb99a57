"""Clauses with subjects of their own: who does what in a subordinate clause is no side of a meeting told outside
it, and those outside a clause that tells a meeting of its own subject are no sides of that meeting; an "after",
"while" or "since" clause tells an event of its own."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues


def subject_of_its_own_clause(token: Token, trigger: Token) -> bool:
    """The token is the subject of a subordinate clause that does not hold the meeting word: that clause's verb is
    what it does ("Tsvangirai flew to South Africa on the day on which Ahmadinejad arrived": Ahmadinejad arrived;
    "summoned to see the Permanent Secretary (as the Foreign Secretary was away)": she was away), unless the clause
    describes the meeting word itself."""
    verb = token.head
    return (token.dep_ in ("nsubj", "nsubjpass") and verb.i != trigger.i and verb.dep_ in ("relcl", "advcl", "acl", "parataxis", "conj")
            and (verb.head.i != trigger.i or verb.dep_ in ("advcl", "conj") or token.dep_ == "nsubjpass")  # "meetings Labwani
            and not verb.left_edge.i <= trigger.i <= verb.right_edge.i)  # held" tells the meeting itself, "a call … on the day
    # Kosor was sworn in" (hung on the call) does not; "…, but Sarraj refused to come": his own


def persons_clause(trigger: Token) -> Token | None:
    """The relative clause describing a person that the meeting word is told in ("Rice, who held talks with Sharon on
    Sunday"), or None."""
    return next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl" and a.head.ent_type_ == "PERSON"), None)


def outside_a_clause_of_its_own_subject(token: Token, trigger: Token) -> bool:
    """The meeting word lies in an adverbial clause a conjunction opens ("while", "as", "when") that has a named
    subject of its own, and the token lies outside that clause: "Obama and Lee met at the Blue House, while Merkel
    and Kan held bilateral talks" (Obama and Lee are no sides of Merkel's and Kan's talks); not those who look on
    (`onlooking` cues: "Bush and Lula watched as Rice and Amorim signed a memorandum")."""
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "advcl"
                   and any(c.dep_ == "mark" for c in a.children)), None)
    if clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i:
        return False
    if looked_on(clause):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in clause.children)


def looked_on(clause: Token) -> bool:
    """An "as" clause of a verb of looking on (`onlooking` cues): "Bush and Lula watched as Rice and Amorim signed a
    memorandum", whose onlookers are sides of what the clause tells."""
    return opened_by(clause, ("as",)) and clause.head.lemma_.lower() in cues().get("onlooking", frozenset())


def opened_by(node: Token, words) -> bool:
    """An adverbial clause a conjunction of `words` opens ("since he became …", "while the ministers held talks")."""
    return node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words for c in node.children)


def in_other_meetings_clause(token: Token, trigger: Token) -> bool:
    """The token lies in an "after", "before" or "while" (`concurrent` cues) clause that tells a meeting of its own and
    does not hold the meeting word: "The summit came two days after Rice held talks with Sharon" (no sides of the
    summit), "…, while his foreign minister negotiated with Mottaki"; an arrival or a trip is no meeting of its own
    ("The talks began after Rice arrived"), and the one such a clause does something else to is no side ("… after he
    ousted Julia Gillard")."""
    from core.pipeline.senses import meeting_nouns, meeting_verbs  # senses reads this module

    moving, concurrent = cues().get("arrival", frozenset()), cues().get("concurrent", frozenset())
    doc, start = token.doc, token.left_edge.i
    if token.dep_ == "npadvmod" and start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "NOUN":
        token = doc[start - 2]  # a name the parse cut from the noun before its comma: "after Tillerson had met the emir, Sheikh Tamim"
    for node in (token, *token.ancestors):
        opened = (node.lower_ in concurrent and node.dep_ in ("prep", "mark")) or opened_by(node, concurrent)
        if opened and not node.left_edge.i <= trigger.i <= node.right_edge.i and any(
                w.lemma_.lower() in (meeting_verbs() if w.pos_ == "VERB" else meeting_nouns()) for w in node.subtree):
            return True  # "held talks with Ahmadinejad, while his foreign minister negotiated with Mottaki": that one's
        if opened_by(node, ("after", "before")) and not node.left_edge.i <= trigger.i <= node.right_edge.i:
            told = [node, *(c for c in node.children if c.dep_ == "dobj")]
            if token.dep_ == "dobj" and token.head.i == node.i and node.lemma_.lower() not in meeting_verbs() | moving:
                return True  # "less than a month after he ousted Julia Gillard": what was done to her, no meeting
            return any(w.lemma_.lower() not in moving and w.lemma_.lower() in (meeting_verbs() if w.pos_ == "VERB" else meeting_nouns())
                       for w in told)
    for node in (trigger, *trigger.ancestors):  # the meeting word in the "while" clause, the token in the one it is set
        if opened_by(node, concurrent) and not node.left_edge.i <= token.i <= node.right_edge.i:  # beside: "Putin hosted his counterpart, while the
            return node.head.lemma_.lower() in meeting_verbs()  # ministers held separate talks"
    return False


def in_since_clause(token: Token, trigger: Token) -> bool:
    """The token lies in a "since" clause that does not hold the meeting word, which tells an earlier event: "their
    first talks since Abbas was elected president on 9 January", "the first meeting … since Vajpayee travelled by
    bus to Lahore", "his first visit since the assassination of his father, Rafik Hariri" (not since a date or a
    meeting: "the first time they sat down together since a dinner hosted by Bush")."""
    from core.pipeline.clauses import clause_verb  # clauses reads this module
    from core.pipeline.senses import meeting_nouns  # senses reads this module

    def since(node: Token) -> bool:
        if node.dep_ == "advcl":
            return opened_by(node, ("since",))
        return node.dep_ == "prep" and node.lower_ == "since" and not any(  # "since the assassination of his father,
            c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in meeting_nouns()) for c in node.children)
    if any(since(node) and not node.left_edge.i <= trigger.i <= node.right_edge.i for node in (token, *token.ancestors)):
        return True
    verb = clause_verb(token)  # the parse made the "since" clause the root: its words after "since", the meeting before
    return any(c.dep_ == "mark" and c.lower_ == "since" and trigger.i < c.i < token.i for c in verb.children)


def object_of_a_description(token: Token, trigger: Token) -> bool:
    """The token is the object of a participle describing a person, that does not hold the meeting word nor tells
    someone coming along: "Emmanuel Macron, succeeding François Hollande, flew to Berlin for talks with Merkel" (not
    "Duterte, accompanied by Yasay, met Widodo": `joining` cues)."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else token.head
    return (token.dep_ in ("dobj", "pobj") and verb.dep_ == "acl" and verb.head.ent_type_ == "PERSON" and verb.i != trigger.i
            and verb.lemma_.lower() not in cues().get("joining", frozenset()) | cues().get("attending", frozenset())
            and not verb.left_edge.i <= trigger.i <= verb.right_edge.i)

"""Meetings never held: only wished, asked for, proposed or supposed, on a condition, barred, or called off."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues as _cues
from core.pipeline.clauses import above_complements
from core.pipeline.tense import completes, governing_verb


def unheld(trigger: Token) -> bool:
    """A meeting only wished, asked for, proposed or supposed is no meeting, neither held nor planned: "may meet",
    "should return to talks", "wants to meet", "is ready to meet", "called for talks", "urged them to meet", "would
    meet him if …" (`unheld` cues: modal
    auxiliaries of the meeting verb, of the verbs it completes or of the verb whose purpose it is ("may meet … to
    talk"), and the verbs of wishing, unless the meeting is only the occasion of what was urged: "urged Netanyahu to do
    more, during talks in Tel Aviv"); a meeting called off was not held either."""
    words = _cues().get("unheld", frozenset())
    node = governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    for _ in range(4):
        aux = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")
               and not (c.tag_ == "MD" and node.tag_ in ("VBD", "VBZ"))}  # "May met Juncker": a name, no modal before a past
        if aux & words:
            return "have" not in aux  # "may have met": a guess about a past meeting, kept as background
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for c in node.children):
            return True  # "would meet Ahmadinejad if Iran suspended enrichment": on a condition only
        if node.dep_ == "xcomp" and node.head.lemma_ in ("have", "be") and any(
                c.lower_ == "yet" and c.dep_ == "advmod" for c in node.head.children):
            return True  # "the two have yet to hold a formal meeting", "is yet to visit": not held
        infinitive = node.dep_ in ("advcl", "acl") and "to" in aux  # "may meet … to talk about", "plans to … return to talks"
        if node.dep_ not in ("xcomp", "conj") and not infinitive or node.head.i == node.i:
            break
        node = governing_verb(node.head) if node.head.pos_ in ("NOUN", "PROPN") else node.head
    return completes(trigger, words) or _called_off(trigger) or _barred(trigger)


def plan_overtaken(trigger: Token) -> bool:
    """A plan told in the past perfect ("had been due to visit Jakarta in mid-June", "had been scheduled to meet",
    "had been due in Seoul on Friday for talks"):
    what happened since overtook it, so it was neither held nor is it planned any more (`future_state` cues); its
    sides are still the pair the next sentences may speak of ("The two men last saw each other in Brussels")."""
    node = governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    state = node.head if node.dep_ == "xcomp" else node if node.dep_ == "acomp" else next(  # "had been due in Seoul for talks"
        (c for c in node.children if c.dep_ == "acomp"), None) if node.lemma_ == "be" else None
    if state is None:
        return False
    verb = state.head if state.dep_ == "acomp" else state
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} | ({verb.lower_} if verb.lemma_ == "be" else set())
    return {"had", "been"} <= aux and state.lower_ in _cues().get("future_state", frozenset())


def _barred(trigger: Token) -> bool:
    """A meeting verb someone is kept from (`barring` cues): "barred from visiting New Zealand", "banned him from
    meeting the press"."""
    node = governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    return (node.dep_ == "pcomp" and node.head.lower_ == "from"
            and node.head.head.lemma_.lower() in _cues().get("barring", frozenset()))


def _called_off(trigger: Token) -> bool:
    """A meeting noun cancelled, postponed or called off (`called_off` cues, a verb with its particle): "the meeting
    was cancelled", "postponed the summit", "called off the talks"."""
    verb = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return _trip_called_off(trigger)
    return calls_off(verb) or _trip_called_off(trigger)


def calls_off(verb: Token) -> bool:
    """A verb of calling off (`called_off` cues), with its particle: "cancelled", "called off"."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    words = _cues().get("called_off", frozenset())
    return verb.lemma_.lower() in words or any(f"{verb.lemma_.lower()} {p}" in words for p in particles)


def _trip_called_off(trigger: Token) -> bool:
    """A meeting told with a trip or meeting a later clause of the sentence calls off or says will not happen: "Yang
    had been due in Seoul on Friday for talks with Kim, but the trip was postponed"; "Hasina had been due to hold talks
    with Sharif; officials said that meeting would not take place either" (`occurrence` cues, negated, of a meeting
    noun pointed back to)."""
    from core.pipeline.senses import meeting_nouns

    clause = above_complements(governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger)  # "had been due to hold"
    nouns = meeting_nouns() | _cues().get("travel", frozenset())
    later = [c for c in clause.children if c.dep_ == "conj"]
    if clause.head.i != clause.i:  # a clause beside it, reported by the same verb: "officials said (that) …"
        later += [c for c in clause.head.children if c.i > clause.i and c.dep_ in ("ccomp", "conj", "parataxis")]
    return any(c.pos_ == "VERB" and (calls_off(c) and any(o.dep_ in ("nsubjpass", "dobj") and o.lemma_.lower() in nouns for o in c.children)
                                     or _will_not_happen(c, nouns)) for c in later)


def _will_not_happen(verb: Token, nouns: frozenset[str]) -> bool:
    """ "that meeting would not take place", "the trip will not go ahead": a negated verb of occurrence whose subject
    is a meeting or trip the words before it point back to."""
    from core.pipeline.neighbours import POINTING  # "that meeting": the one just told, not "a summit"

    return verb.lemma_.lower() in _cues().get("occurrence", frozenset()) and any(c.dep_ == "neg" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in nouns and c.i > 0 and c.nbor(-1).lower_ in POINTING for c in verb.children)

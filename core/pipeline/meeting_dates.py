"""The date of one meeting word: the date of its sentence nearest to it that the parse leaves to it, not the day of
a reporting verb, a plan or another clause; else the publication date, marked approximate."""
from __future__ import annotations

from core.knowledge import cues


def meeting_date(sent, trigger, dates, published, precision):
    """The sentence's date nearest the meeting word, leaving out the date of a reporting verb ("…, he was refused access
    after he met Rice, the spokesperson said on Friday": Friday is when it was said); a finer date of the sentence
    within it says more ("Last month, … signed at the 2007 Annapolis Conference": November 2007)."""
    counted = _counted_from_its_clause(sent, trigger, dates)
    if counted is not None:
        return counted, "day", "counted-back"
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.value and not _date_of_report(sent, d, trigger)
              and not _since(sent, d, trigger) and not _names_a_thing(sent, d, trigger)
              and not (trigger.tag_ == "VBD" and published and d.precision in ("month", "year") and d.value > published[:len(d.value)])]
    # "signed statements on economic cooperation until 2030": what is done is not dated a later month or year than
    # it is reported in
    if inside:
        best = min(inside, key=lambda d: (_rank(trigger, _token_at(sent, d.start) or sent.root), abs(d.start - trigger.idx)))
        finer = [d for d in inside if len(d.value) > len(best.value) and d.value.startswith(best.value)]
        best = min(finer, key=lambda d: abs(d.start - trigger.idx)) if finer else best
        return best.value, best.precision, best.rule
    if published:
        return published, "approx" if precision == "day" else precision, "published"
    return None, "unknown", "none"


def _names_a_thing(sent, when, trigger) -> bool:
    """A year written into the name of a thing that is no meeting, a document among them (`pact` cues: "a protocol to
    the 1974 Land Boundary Agreement was signed": the agreement's year, not the signing's; "met at the 2005 summit"
    is the meeting's, and so is "the 1974 agreement was signed"); a month too ("talks on the August deadline")."""
    from core.pipeline.senses import meeting_nouns

    token = _token_at(sent, when.start)
    if token is None:
        return False
    thing = token.head  # what the meeting word itself signs is dated with it: "The 1974 agreement was signed …"
    signed = (thing.head.i == trigger.i and thing.dep_ in ("nsubj", "nsubjpass", "dobj")) or trigger.head.i == thing.i
    noun = thing.lemma_.lower()
    return (when.precision in ("year", "month") and token.dep_ in ("nummod", "compound", "nmod", "amod") and not signed
            and thing.pos_ in ("NOUN", "PROPN") and thing.i != trigger.i
            and (noun not in meeting_nouns() or noun in cues().get("pact", frozenset())) and thing.ent_type_ not in ("DATE", "EVENT"))


def _since(sent, when, trigger) -> bool:
    """The date is what a first-since phrase runs from: "the first meeting of the two leaders since 1956", "attending
    his first summit since taking office in October" say how long there was none, not when the meeting was (but "since
    June 2003, when Sharon met Bush" tells the meeting of that date in its "when" clause)."""
    from core.pipeline.clauses import clause_verb
    from core.pipeline.tense import first_since

    token = _token_at(sent, when.start)
    since = next((a for a in (token, *token.ancestors) if a.lower_ == "since"), None) if token is not None else None
    if since is None or trigger in since.subtree or any(c.lower_ == "when" for c in clause_verb(trigger).children):
        return False
    return first_since(since)


def _rank(trigger, token) -> int:
    """How much a date is the meeting's own: inside the meeting noun's phrase ("the summit, which began on Wednesday,
    continued today"), then on the meeting's own verb ("held talks … late on Tuesday and flew on to Dubai the following
    day": Tuesday for the talks, the following day for the flight), then any other."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger in token.ancestors and not any(
            a.dep_ == "appos" for a in [token, *token.ancestors] if trigger in a.ancestors):
        return 0  # not in an apposition: "talks … on Monday, the first visit … since Nehru's in 1962"
    from core.pipeline.clauses import clause_verb

    return 1 if clause_verb(token).i == clause_verb(trigger).i else 2


def _token_at(sent, start: int):
    """The token of the sentence a character offset falls in, or None."""
    return next((t for t in sent if t.idx <= start < t.idx + len(t.text)), None)


def _after_it(trigger, verb) -> bool:
    """The meeting word is in an "after" phrase of the verb: "announced …, after speaking to Suu Kyi"."""
    node = trigger.head if trigger.dep_ in ("pobj", "pcomp") else None
    return node is not None and node.lower_ in ("after", "following") and node.head.i == verb.i


def _date_of_report(sent, when, trigger) -> bool:
    """The date belongs to a reporting verb, or to a clause complementing another verb that the meeting word stands
    outside ("Meeting in Jambi, ministers heard what Indonesia plans to do this year": this year is the plan's)."""
    from core.pipeline.clauses import measure_of, outcome_setting, purpose_clause, to_infinitive  # spaCy only where a parse is read (the client never imports it)
    from core.pipeline.occasion import occasion_phrase
    from core.pipeline.senses import meeting_nouns

    token = _token_at(sent, when.start)
    if token is None:
        return False
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") or a.i == trigger.i), None)  # "a 1994 agreement"
    if verb is None or verb.i == trigger.i or _where_clause_of(trigger, verb):
        return False
    setting = outcome_setting(trigger)
    if setting is not None and verb.i == setting.i:
        return False  # "agreed on Friday to admit Iran, at a summit in Dushanbe": the summit's day too
    if when.precision in ("month", "year") and _after_it(trigger, verb):
        return False  # "announced the trip last month, after speaking to Suu Kyi": the call was that month too
    if verb.lemma_.lower() in cues().get("reporting", frozenset()):
        # said at the meeting itself: the same day ("announced at the WTO talks in Hong Kong Thursday", "told a joint
        # news conference with Tusk on Wednesday")
        return not ((trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during") and trigger.head.head.i == verb.i)
                    or (trigger.dep_ == "dobj" and trigger.head.i == verb.i) or _talks_it_followed(trigger, verb))
    above = {trigger.i} | {a.i for a in trigger.ancestors}
    measure = measure_of(trigger)
    if verb.lemma_.lower() in cues().get("outcome", frozenset()) and (trigger if measure is None else measure).head.lower_ in ("after", "following"):
        return False  # "agreed today to share intelligence, after talks in Ankara" (or "after six hours of talks"): that day
    if verb.i in above and verb.lemma_.lower() not in cues().get("travel", frozenset()) | {"arrive"}:
        node = trigger  # "agreed on Wednesday to negotiate a treaty": Wednesday is the agreement's, not the talks' (but
        occasion = occasion_phrase(trigger)  # "urged Netanyahu on Tuesday to do more, during talks": the talks were the
        while node.i != verb.i:  # occasion of the urging)
            if node.dep_ == "xcomp" and to_infinitive(node) and not occasion and node.head.lemma_.lower() not in cues().get("joining", frozenset()):
                return True  # ("joined O'Neill on Saturday to sign a pledge": the joining is the signing)
            if (node.dep_ == "pobj" and node.head.lower_ in cues().get("sequence", frozenset()) and node.head.head.i == verb.i
                    and verb.lemma_.lower() not in cues().get("travel", frozenset()) | cues().get("departure", frozenset())
                    and (trigger.lemma_.lower() not in cues().get("sitting", frozenset()) or to_infinitive(verb))):
                return True  # "made a statement yesterday after a visit to the region": the visit came before (one
                # who "left on Monday after talks" is still where they were held that day, and "called for … on
                # Friday, after talks with Kwasniewski" held them that day; not "to take effect on 15 February")
            if (node.dep_ in ("pcomp", "pobj") and node.i == trigger.i and node.head.lower_ == "before" and node.head.head.i == verb.i
                    and {trigger.lemma_.lower(), verb.lemma_.lower()} <= cues().get("travel", frozenset()) | cues().get("departure", frozenset())):
                return True  # "leaves on Friday for Riyadh … before continuing to Morocco": the stop after the next
            node = node.head
    node = verb
    while node.i not in above and node.head.i != node.i:
        if (node.dep_ in ("ccomp", "xcomp", "csubj") or purpose_clause(node)) and not _trip_to_meet(node, trigger):
            return True  # … or what the meeting is for: "met Xi to discuss plans for 2030"
        if node.dep_ == "relcl" and node.head.i != trigger.i and node.head.dep_ == "pobj" and node.head.head.lower_ == "from":
            return True  # what was done where one came from: "arrived in Vilnius from Warsaw, where on Tuesday he held talks"
        if node.dep_ == "relcl" and node.head.i != trigger.i and _a_meeting(node.head, meeting_nouns()) and _in_sequence(node.head):
            return True  # another meeting's own clause: "The summit followed three days of negotiations, which opened on Wednesday"
        node = node.head
    return False


def _a_meeting(noun, nouns: frozenset[str]) -> bool:
    """A meeting noun, or a measure of one ("three days of negotiations")."""
    return noun.lemma_.lower() in nouns or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in p.children) for p in noun.children)


def _in_sequence(noun) -> bool:
    """The noun is what came before or after (`sequence` cues): the object of "followed" or "preceded", or of "after",
    "before" or "following"."""
    words = cues().get("sequence", frozenset())
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in words) or (noun.dep_ == "pobj" and noun.head.lower_ in words)


def _talks_it_followed(trigger, verb) -> bool:
    """ "announced on Tuesday after talks in Ottawa with Peña Nieto": talks an announcement follows were held that
    day (not a trip: "made a statement yesterday after a visit to the region" came back from it)."""
    return (trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following") and trigger.head.head.i == verb.i
            and trigger.lemma_.lower() not in cues().get("travel", frozenset()))


def _where_clause_of(trigger, verb) -> bool:
    """The meeting is told in a "where" clause on a place of the verb's clause ("goes on to Dubai today, where he is
    due to meet Sheikh Mohammed"; "flew to Dubai on Sunday, where he met …"): it is set there at that time."""
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "relcl"
                   and any(c.dep_ == "advmod" and c.lower_ == "where" for c in a.children)), None)
    return clause is not None and verb in clause.head.ancestors and verb not in clause.subtree


def _trip_to_meet(clause, trigger) -> bool:
    """The clause is the meeting a trip is made for ("flew to Beijing to meet Hu on Monday"): its day is the trip's."""
    from core.pipeline.clauses import to_infinitive
    from core.pipeline.senses import meeting_verbs

    return (clause.head.i == trigger.i and trigger.lemma_.lower() in cues().get("travel", frozenset()) | {"arrive"}
            and clause.lemma_.lower() in meeting_verbs() and to_infinitive(clause))


def _counted_from_its_clause(sent, trigger, dates) -> str | None:
    """A meeting told in an "after" or "before" phrase counted in days from the day of the clause it hangs on: "The
    decision was announced on Tuesday, a day after she spoke with Obama" (Monday), "…, two days before talks in Rome"."""
    from datetime import date, timedelta

    from core.pipeline.clauses import clause_verb
    from core.pipeline.dates import NUMBERS

    verb = clause_verb(trigger)
    while verb.dep_ in ("xcomp", "acomp"):  # "before she was due to meet Obama"
        verb = clause_verb(verb.head)
    marks = [c for c in verb.children if c.dep_ == "mark"] if verb.dep_ == "advcl" else []
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        marks, verb = [trigger.head], trigger.head  # "…, two days after talks with Obama"
    count = next((c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")), None)
    main = verb.head
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("day", "week") and verb.head.dep_ == "npadvmod":
        marks, count, main = [c for c in verb.children if c.dep_ == "mark"], verb.head, verb.head.head  # "on Monday, a day
    way = next((m.lower_ for m in marks if m.lower_ in ("after", "before")), None)  # after she spoke with Varadkar"
    if way is None or count is None:
        return None
    words = [c.lower_ for c in count.children if c.dep_ in ("det", "nummod")]
    n = next((int(w) if w.isdigit() else NUMBERS[w] for w in words if w.isdigit() or w in NUMBERS), None)
    days = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.precision == "day" and d.value
            and (t := _token_at(sent, d.start)) is not None and clause_verb(t).i == main.i and t.i not in {x.i for x in verb.subtree}]
    if n is None or len({d.value for d in days}) != 1:
        return None
    shift = n * (7 if count.lemma_.lower() == "week" else 1)
    return (date.fromisoformat(days[0].value[:10]) + timedelta(days=-shift if way == "after" else shift)).isoformat()

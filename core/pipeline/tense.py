"""Whether a meeting word speaks of the meeting the article reports, or of an earlier one (background) or a later
one (a plan): tense, auxiliaries, intention verbs, plan modifiers and background cues from meeting_cues.csv."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues as _cues
from core.text import regular_stems
from core.pipeline.clauses import EARLIER_THAN, measure_of, outcome_setting, purpose_clause, to_infinitive
from core.pipeline.misparsed import clause_opener
from core.pipeline.relative import opened_by_where
from core.pipeline.occasion import occasion_phrase, occasion_subjects
from core.pipeline.date_spans import last_day, long_before


def is_plan(trigger) -> bool:
    """A meeting spoken of as planned, wished or hypothetical: future or modal auxiliaries on the meeting word or the
    verbs it completes ("may meet", "it may not be right for Israel to be negotiating"), a condition ("if … would
    meet"), an upcoming or planned modifier, an intention verb ("agreed to meet"), a present tense with a while to
    wait ("travels to Beijing in a few days")."""
    cues = _cues()
    if outcome_setting(trigger) is not None:
        return False  # "agreed on Friday to admit Iran, at a summit in Dushanbe": where they agreed
    if trigger.dep_ == "appos" and trigger.head.pos_ in ("NOUN", "PROPN") and trigger.head.i != trigger.i and is_plan(trigger.head):
        return True  # "will make his first visit to Russia, a four-day trip …": the trip is that visit
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return True  # "delivered an invitation for Rajapaksa to visit New Delhi": what is asked for, not done
    modal = cues.get("hypothetical", frozenset()) | {"will", "shall", "'ll"}
    node = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        node = governing_verb(trigger)  # "would travel … for the AU summit", "will attend the summit"
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "dobj" else None
    if (trigger.dep_ in ("nsubj", "nsubjpass") and _is_to(trigger.head)) or (
            verb is not None and verb.dep_ == "xcomp" and _is_to(verb.head)):
        return True  # "The meeting is to be chaired by …", "The two leaders are to meet" (not "it is to consolidate … in his meeting")
    for _ in range(3):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in modal for c in node.children):
            return not any(c.dep_ == "aux" and c.lower_ == "have" for c in node.children)  # "may have stemmed": the past
        if any(c.dep_ == "mark" and c.lower_ in cues.get("condition", frozenset()) for c in node.children):
            return True
        if node.lemma_ == "be" and node.tag_ in ("VBZ", "VBP") and any(
                c.dep_ in ("acomp", "attr") and c.lower_ in cues.get("future_state", frozenset()) for c in node.children):
            return True  # "are due to join the leaders of the G8, hosted by Blair, on Thursday"
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "relcl", "conj") or node.head.i == node.i:
            break
        node = node.head
    return trigger.lower_ in ("upcoming",) or _upcoming(trigger, cues) or _planned(trigger, cues) or _in_a_while(trigger)


def _is_to(verb) -> bool:
    """A present "be" with a to-infinitive, which tells what is arranged to come: "are to meet", "is to be chaired"."""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def governing_verb(noun):
    """The verb a meeting noun is the object or destination of ("attend the summit", "travel to Ethiopia for the
    summit"), through coordinated verbs to the first; the noun itself when it hangs from no verb that way."""
    node = noun
    while node.dep_ in ("pobj", "dobj", "prep") and node.head.i != node.i and node.head.pos_ in ("ADP", "VERB", "AUX"):
        node = node.head
    while node.pos_ in ("VERB", "AUX") and node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else noun


def _participle_of(trigger):
    """The verb a meeting's participle clause hangs on, with no word of its own ordering them ("visited Moscow,
    holding a summit with Putin"; the meeting word the participle or its object), or None."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "dobj" else None
    if verb is None or verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return None
    return verb.head


def referenced_meeting(sent, trigger, when, precision, published) -> bool:
    """Background (earlier meetings) or plans (future ones), not the meeting the article reports."""
    cues = _cues()
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if is_plan(trigger):
        return True
    if "have" in aux and aux & cues.get("hypothetical", frozenset()):
        return True  # "may have met": a guess about the past, not a meeting reported as held
    step_before = _step_before(trigger)
    if "had" in aux and trigger.tag_ == "VBN" and not _reported(trigger, cues) and not step_before:
        return True  # past perfect: background, unless it is only the tense of reported speech or of the step before
    if _where_of_the_past_perfect(trigger, cues):
        return True  # "had already met last Thursday in Brussels, where they and Hollande held talks with Juncker"
    step = _participle_of(trigger)
    if step is not None and any(c.lower_ == "had" and c.dep_ == "aux" for c in step.children) and step.tag_ == "VBN" and not _reported(step, cues):
        return True  # "had visited Moscow, holding his annual summit with Putin on Thursday": the visit's past perfect
    if aux & {"has", "have"} and trigger.tag_ == "VBN" and any(c.lower_ in cues.get("perfect_past", frozenset()) for c in trigger.children):
        return True  # "has already visited Brunei": some time before the news
    earlier = cues["background"] | cues.get("recent", frozenset())
    ongoing = bool(when and published and precision in ("day", "week") and not long_before(when, published)) or _occasion(trigger, cues) or step_before
    if trigger.tag_ == "VBD" and not ongoing and any(
            c.dep_ == "advmod" and c.i < trigger.i and c.lower_ in cues.get("first_occasion", frozenset())
            for c in trigger.children) and not _series_goes_on(sent, cues):  # not the order of a day: "he saw Mugabe first"
        return True  # "The two first met when they went to Mexico": the first of their meetings, some time ago
    own_clause = True  # the time words of the clause that holds the meeting, not of the clause it is subordinate to
    opener = clause_opener(trigger)  # "announced after X, Y, sat down with …": "after" orders the news, not the meeting
    for ancestor in [trigger, *trigger.ancestors]:
        if own_clause and any(c.lower_ in cues["background"] and c.dep_ in ("prep", "mark", "amod", "advmod") and c != opener
                              and not (ongoing and _close_sequence(c)) and not _orders_itself(c, trigger)
                              and not _later_step(c, trigger, cues) and not _same_day(c) and not _next_time(c) and not first_since(c) and not _before_onlookers(c, cues)
                              for c in ancestor.children):
            return True  # background, but "on her trip since Tuesday" is going on
        if own_clause and ancestor.pos_ == "NOUN" and any(c.lower_ in earlier and c.dep_ == "amod" and not _next_time(c) for c in ancestor.children):
            return True  # "the recent signing of a free trade agreement"
        if ancestor.lemma_.lower() in cues["future"] and ancestor.i != trigger.i:
            return True
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" for c in ancestor.children):
            own_clause = False  # "As the summit began, Mugabe took his seat … hours after declaring victory"
    next_step = trigger.dep_ == "pcomp" and trigger.head.lower_ in cues.get("later_clause", frozenset())  # "before flying to …"
    if (trigger.head.lower_ in cues["background"] and not (ongoing and _close_sequence(trigger.head)) and not next_step) or any(
            c.lower_ in earlier | {"next"} and c.dep_ == "amod" for c in trigger.children):
        return True  # "suspended the talks on Monday after a meeting … failed": a meeting of these days is news
    if when and published and len(published) >= 10 and (
            (precision in ("day", "week") and when[:10] > published[:10]) or (precision == "month" and when[:7] > published[:7])):
        return True  # a planned meeting: "flies tomorrow to meet", "visits Beijing next week"
    if when and published and precision in ("day", "week", "month", "year"):
        return long_before(last_day(when, precision), published)  # a week long before: "the previous week" of a day told
    return False


def _where_of_the_past_perfect(trigger: Token, cues) -> bool:
    """The meeting is told in a "where" clause of a place a past-perfect meeting verb was in: the same earlier
    occasion ("had already met last Thursday in Brussels, where they and Hollande held talks")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head if trigger.dep_ == "dobj" else None
    if verb is None or verb.dep_ != "relcl" or opened_by_where(verb) is None:
        return False
    main = verb.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    from core.pipeline.senses import trigger_kind  # senses reads this module

    return (main.tag_ == "VBN" and any(c.lower_ == "had" and c.dep_ == "aux" for c in main.children) and not _reported(main, cues)
            and trigger_kind(main, {t.lower_ for t in main.sent}) is not None)  # not "had spent the morning in Brussels, where"


def repeated(trigger: Token) -> bool:
    """A meeting told in the perfect as held many times, no one meeting of a day ("has met Chávez numerous times", "has
    sat down with Blinken on several occasions", "has met Chinh more than once", "has travelled to Dushanbe repeatedly";
    `repeated` and `occasions` cues)."""
    cues = _cues()
    many, nouns = cues.get("repeated", frozenset()), cues.get("occasions", frozenset())
    verb = governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False  # "She also spoke several times by telephone with Davutoglu": that day's calls
    for child in verb.children:
        counted = [o for o in child.children if o.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "on" else [child]
        if any(c.lemma_.lower() in nouns and c.tag_ == "NNS" and any(m.lower_ in many or (m.like_num and m.lower_ not in ("one", "1"))
                                                                     for m in c.children if m.dep_ in ("amod", "nummod")) for c in counted):
            return True
        if child.dep_ == "advmod" and (child.lower_ in many or (child.lower_ == "more" and any(t.lower_ == "once" for t in child.subtree))):
            return True
    return False


def _same_day(word: Token) -> bool:
    """ "earlier in the day", "earlier on Sunday": a time word that keeps the meeting on the news day."""
    return word.lower_ == "earlier" and any(  # the parse hangs "in the day" on the earlier word or on its verb
        c.dep_ == "prep" and (c.head.i == word.i or c.i == word.i + 1)
        and any(o.lower_ == "day" or o.ent_type_ in ("DATE", "TIME") for o in c.children) for c in [*word.children, *word.head.children])


def _next_time(word: Token) -> bool:
    """ "received by his host the following day": "following" on a phrase of time names the story's next day."""
    return word.dep_ == "amod" and word.lower_ in _cues().get("next_time", frozenset()) and (
        word.head.dep_ == "npadvmod" or word.head.ent_type_ in ("DATE", "TIME"))


def first_since(since: Token) -> bool:
    """ "since" after a first meeting ("began his first visit to Hanoi since taking office", "the first summit since
    1956", "the first summit held in Mexico since 2014"): it says how long there was none, not when the meeting was."""
    verb = since.head
    nouns = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.pos_ == "VERB")]
    nouns += [verb.head] if verb.dep_ == "acl" else []
    nouns += [c for noun in nouns for c in noun.children if c.dep_ == "poss"]  # (parsed "the first … Leaders' Summit")
    return since.lower_ == "since" and any(c.dep_ == "amod" and c.lower_ == "first" for noun in nouns for c in noun.children)


def _before_onlookers(word: Token, cues) -> bool:
    """ "before" people who watch (`onlookers` cues: "signed the accord before some 10,000 people"): in front of them,
    not earlier than something."""
    return word.lower_ == "before" and any(c.dep_ == "pobj" and c.lemma_.lower() in cues.get("onlookers", frozenset()) for c in word.children)


def _orders_itself(word: Token, trigger: Token) -> bool:
    """ "After the speeches, Yudhoyono and Mbeki signed …": a phrase on the meeting word itself that orders the meeting
    after another event does not make the meeting an earlier one ("talking to Kibaki before the election" does); nor
    does one on the verb that holds the meeting noun ("held a joint press conference after their talks", "After the
    formal session the two leaders withdrew for a private meeting"), nor one on how long the meeting lasted."""
    held = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else trigger.head if trigger.dep_ == "dobj" else trigger
    measure = measure_of(trigger)
    if measure is not None and measure.head.i == word.i:
        return True  # "failed to agree after more than five hours of talks": how long the meeting lasted
    if trigger.dep_ in ("nsubj", "nsubjpass") and word.head.i == trigger.head.i and any(
            c.dep_ == "pobj" and c.lemma_.lower() in TIME_UNITS for c in word.children):
        return True  # "The talks ended after less than four hours": how long the meeting lasted
    return (word.head.i in (trigger.i, held.i) and word.dep_ == "prep" and word.lower_ in ("after", "following")
            and _close_sequence(word))  # "two years after his election, Putin met Hu": history


SERIES_REACH = 2  # sentences on that may tell the next step of a day's meetings


def _series_goes_on(sent, cues) -> bool:
    """One of the next sentences opens on the next step of the day and tells a meeting ("Mubarak first received
    Olmert." … "In the afternoon the Egyptian leader welcomed Abbas"): "first" orders that day's meetings."""
    from core.pipeline.senses import meeting_verbs

    doc, words = sent.doc, cues.get("next_in_series", frozenset())
    following = [s for s in doc.sents if s.start >= sent.end][:SERIES_REACH]
    return any(any(t.lower_ in words for t in s[:4]) and any(t.pos_ == "VERB" and t.lemma_.lower() in meeting_verbs() for t in s)
               for s in following)  # "Later they fell out" goes on with no meeting


def _later_step(word: Token, trigger: Token, cues) -> bool:
    """A "before" phrase that holds the meeting ("met Gates before flying to Washington, where he held talks with
    Bush"; "greeted his guest at the airport before the two men held talks", the word marking the meeting's own
    clause) or tells the next step of the trip ("had talks with Abe before leaving Tokyo"): the meeting is no earlier
    than the news it is told with ("met Kibaki before the election" is)."""
    return word.lower_ in cues.get("later_clause", frozenset()) and (
        word in trigger.ancestors or word.dep_ == "mark" or any(c.dep_ == "pcomp" and c.pos_ == "VERB" for c in word.children))


def _occasion(trigger: Token, cues) -> bool:
    """The meeting is the occasion of what its participants say or do just after it ("After talks in Moscow, Putin and
    Abe said …", "Following a meeting with Abe, Putin told reporters …", "Speaking after meeting Putin, Merkel said",
    "Merkel and Sarkozy agreed after talks in Berlin", "told reporters after the two men had held talks", "The two men
    spoke for two hours after a summit": sides meeting again just after it): the meeting
    the article reports, not background."""
    word = trigger.head
    verb = word.head.head if word.head.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in word.head.children) else word.head
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "agreed to share intelligence, after talks in Ankara": the parse hangs it on "share"
    held = trigger.head if trigger.dep_ == "dobj" else trigger  # "told reporters after the two men had held talks"
    mark = next((c for c in held.children if c.dep_ == "mark" and c.lower_ == "after"), None) if held.dep_ == "advcl" else None
    if mark is None and (opener := clause_opener(held)) is not None and opener.lower_ == "after":
        mark = opener  # the parse made "after" a preposition of the news verb and the meeting verb its conjunct
    from core.pipeline.senses import meeting_nouns, meeting_verbs  # senses reads this module
    news_verbs = cues.get("reporting", frozenset()) | cues.get("outcome", frozenset())
    met = verb.tag_ == "VBD" and verb.lemma_.lower() in meeting_verbs() and not any(  # people who met, not "The visit came
        c.dep_ == "nsubj" and c.lemma_.lower() in meeting_nouns() for c in verb.children)  # days after the talks"
    return (trigger.dep_ in ("pobj", "pcomp") and word.lower_ in ("after", "following") and _close_sequence(word)
            and (verb.lemma_.lower() in news_verbs or met)
            ) or bool(occasion_subjects(trigger)) or (
        mark is not None and _close_sequence(mark) and _news_verb(held.head, cues))


def _step_before(trigger: Token) -> bool:
    """A meeting verb in an "after" clause, with no time between, of a meeting verb in the simple past: "The
    memorandum was signed in Doha by Tillerson and Al Thani, after Tillerson had met the emir" (the step before on the
    same day, told as news; its past perfect only orders the two)."""
    from core.pipeline.senses import trigger_kind  # senses reads this module

    head = trigger.head
    mark = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    return (trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and mark is not None and _close_sequence(mark)
            and head.pos_ == "VERB" and head.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
            and trigger_kind(head, {t.lower_ for t in head.sent}) is not None)  # not "The resignation came after he signed …"


def _news_verb(verb: Token, cues) -> bool:
    """A verb that reports news: "said", "announced", or news arriving ("The announcement came after …")."""
    return verb.lemma_.lower() in cues.get("reporting", frozenset()) or (
        verb.lemma_.lower() in cues.get("news_arrival", frozenset())
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in cues.get("news_noun", frozenset()) for c in verb.children))


def _upcoming(trigger: Token, cues) -> bool:
    """ "just a week ahead of the G-20 summit", "in advance of the talks", "the two sides are to sign", "are to hold a
    meeting": the meeting is still to come."""
    node = trigger
    for _ in range(3):
        head = node.head
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in cues.get("upcoming", frozenset()):
            return True
        if node.i == head.i:
            break
        node = head
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else trigger  # "are to hold a
    # meeting" (not "it is to consolidate cooperation in his meeting with Mishustin": that says what the meeting was for)
    to = to_infinitive(verb)
    return to and verb.dep_ == "xcomp" and verb.head.lemma_ == "be"


def _reported(trigger: Token, cues) -> bool:
    """The clause is what someone said, confirmed or reported ("a spokesman confirmed that Peretz had called Abbas"):
    its past perfect is the tense of reported speech, not an earlier event; so is a "that" clause of what was said in
    a statement ("said in a statement that Mahmood Ali had met Suu Kyi in Naypyidaw on Wednesday")."""
    reporting = cues.get("reporting", frozenset())
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in reporting:
        return True
    return trigger.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children) and any(
        a.lemma_.lower() in reporting and a.pos_ == "VERB" for a in list(trigger.ancestors)[:3])


def _planned(trigger: Token, cues) -> bool:
    """ "has agreed to meet", "a planned visit", "The meeting will include …": the meeting word completes an
    intention verb, carries a plan modifier, or is the subject or object of a verb in the future tense."""
    planned = cues.get("planned", frozenset())
    if any(c.dep_ in ("amod", "compound", "advmod") and (c.lower_ in planned or c.lemma_.lower() in planned) for c in trigger.children):
        return True
    intention = cues.get("intention", frozenset())
    if any(c.dep_ in ("acl", "relcl") and _verb_in(c, intention) and not any(w.lower_ in ("where", "when") for w in c.children)
           for c in trigger.children):
        return True  # "the summit set to begin on Thursday", "talks scheduled for May"; not "the summit last year,
        # where they agreed that their ministers should meet": what was agreed there
    heads = [trigger, *(o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "DATE")]
    if any(c.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ in ("will", "shall", "'ll") for a in c.children)
           for h in heads for c in h.children):
        return True  # "the East Asia Summit on Saturday, which Dung will host" (the clause hung on the day or the summit)
    return completes(trigger, intention | cues.get("unheld", frozenset()), future=True)


def completes(trigger: Token, verbs: frozenset[str], *, future: bool = False) -> bool:
    """The meeting word completes one of `verbs` ("agreed to meet", "proposed talks", "called for talks"), or, with
    `future`, is the subject or object of a verb in the future tense; not a meeting that is only the occasion of what
    the verb completes ("urged Netanyahu to do more, during talks in Tel Aviv": `occasion` cues)."""
    if occasion_phrase(trigger):
        return False  # (not "called off a planned meeting with Duterte at a regional summit": the meeting at it)
    node = trigger
    for _ in range(6):
        infinitive = purpose_clause(node)
        if (node.dep_ in ("xcomp", "acl", "ccomp") or infinitive) and _verb_in(node.head, verbs):
            return True  # "agreed to meet", "preparing to engage in talks", "efforts to advance …", "sent Rice to visit"
        if node.dep_ == "dobj" and node.head.pos_ in ("VERB", "AUX") and _verb_in(node.head, verbs):
            return True  # "are considering a summit", "proposed talks", "seeks a meeting"
        if node.dep_ == "pobj" and node.head.lower_ == "for" and _verb_in(node.head.head, verbs):
            return True  # "called for talks", "asked for a meeting"
        if node.dep_ == "pobj" and node.head.lower_ in EARLIER_THAN:
            return False  # "agreed to speed up the shutdown, following a visit from Hill": what came before the intent
        if node.dep_ == "prep" and node.head.pos_ == "NOUN" and _verb_in(node.head, verbs):
            return True  # "a precondition to engaging in the talks", "a request for talks"
        if (node.dep_ == "prep" and node.lower_ == "in" and node.head.pos_ in ("NOUN", "PROPN")
                and trigger.lemma_.lower() in _cues().get("sitting", frozenset())):
            return False  # "prepared the visit in talks with Kubuabola": the talks were held to prepare it (not "called
            # off a meeting with Duterte at a summit": the summit, with the meeting, was only planned)
        bare = node.dep_ == "ccomp" and node.tag_ == "VB"  # "asked the pontiff to help Argentina secure negotiations"
        listed = node.dep_ == "conj" and node.pos_ == "NOUN" and node.head.pos_ == "NOUN"  # "recommend opening accession
        if listed:  # talks with Serbia and negotiations with Kosovo": the second noun completes the verb as the first does
            node = node.head
            continue
        if (node.dep_ not in ("dobj", "nsubj", "nsubjpass", "xcomp", "attr", "pobj", "prep", "pcomp") and not infinitive
                and not bare or node.head.i == node.i):
            return False  # an infinitive of purpose climbs: "refused to come to Rome to meet him"
        node = node.head
        if future and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "shall", "'ll") for c in node.children):
            return True
    return False


# Words that order a meeting before or after something else: background, unless its date is of the days the article
# reports ("since Tuesday", "after a meeting on Monday").
SEQUENCE = {"since", "after", "before", "following"}

def _close_sequence(word: Token) -> bool:
    """A word of SEQUENCE with no distance, or a distance of hours or days ("after a meeting", "hours after"; not "a
    year after")."""
    before = word.nbor(-1) if word.i > 0 else word  # "a year after", even when the parse hangs it elsewhere
    distances = [c for c in word.children if c.dep_ == "npadvmod"] + ([before] if before.lemma_.lower() in TIME_UNITS else [])
    return word.lower_ in SEQUENCE and all(c.lemma_.lower() in ("minute", "hour", "day") for c in distances)


TIME_UNITS = {"minute", "hour", "day", "week", "fortnight", "month", "year", "decade", "century", "weekend"}
DURATIONS = {"hour", "hours", "day", "days", "week", "weeks", "fortnight", "month", "months"}


def _in_a_while(trigger: Token) -> bool:
    """A present-tense clause with "in a few days", "within two weeks": the meeting lies ahead ("Putin travels to
    Beijing in a few days for talks"); "met … in two days of talks" is past and stays held."""
    node = governing_verb(trigger) if trigger.pos_ in ("NOUN", "PROPN") else trigger
    for _ in range(3):
        present = node.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in node.children)
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in ("in", "within")):
            if present and any(o.lower_ in DURATIONS and not any(g.lower_ == "of" for g in o.children) for o in prep.children):
                return True
        if node.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _verb_in(token: Token, words: frozenset[str]) -> bool:
    """The token's lemma, or its form without a regular inflection, is one of `words` (the model lemmatises "hopes"
    as "hop")."""
    return bool(({token.lemma_.lower()} | regular_stems(token.text)) & words)

"""What belongs to one meeting word in its sentence when another event is told beside it: the parties, dates and
places inside an "after", "before", "following" or "since" phrase are that phrase's, and a meeting that is the
purpose of a trip still to come has only the trip's month."""
from __future__ import annotations

from spacy.tokens import Token

from core.knowledge import cues as _cues
from core.pipeline.senses import meeting_nouns, meeting_verbs
from core.pipeline.misparsed import TIMES
from core.pipeline.matter import date_of_its_matter, in_its_matter
from core.pipeline.sides import path, through_sibling
from core.pipeline.tense import SEQUENCE
from core.pipeline.clauses import clause_verb, journey_subject, other_conjunct, to_infinitive
from core.pipeline.own_clauses import in_since_clause
from core.pipeline.own_clauses import persons_clause
from core.pipeline.relative import opened_by_where

DAY_COUNTS = {"a": 1, "one": 1, "the": 1, "two": 2, "three": 3}  # "the day after", "two days before"


def through_sequence(place: Token, trigger: Token) -> bool:
    """A place (or date, or party) reached from the meeting word only through "after", "before", "following" or
    "since" and an event, or "ahead of" one (`upcoming` cues), is where something else happened ("After his visit to
    Japan, Putin met Xi"; "talks in Sydney ahead of this weekend's APEC summit"); "since Tuesday" is a time of the
    meeting itself."""
    upcoming = _cues().get("upcoming", frozenset())
    return any((t.lower_ in SEQUENCE and t.dep_ == "prep" and not _of_time(t))
               or (t.lower_ in upcoming and any(c.lower_ == "of" for c in t.children))  # not "to advance the talks"
               or (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE for c in t.children)  # "…, four
                   and not t.left_edge.i <= trigger.i <= t.right_edge.i)
               for t in path(place, trigger) or ())  # days after rebel soldiers wounded President Ramos-Horta"


def through_description(place: Token, trigger: Token) -> bool:
    """A place reached from the meeting word only through a clause that describes a noun is that clause's ("signed an
    agreement that would lead to Russia building a plant": Russia is where the agreement leads, not where it was
    signed); a clause describing the meeting itself or a gathering is where it happens ("a summit that was held in
    Moscow")."""
    from core.pipeline.senses import summit_words

    return any(t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX") and t.head.i != trigger.i and t.i != trigger.i
               and t.head.lemma_.lower() not in summit_words() for t in path(place, trigger) or ())  # "Abbas, who met Olmert in
    # Jerusalem, said": the meeting word's own clause places it


def _of_time(preposition: Token) -> bool:
    """ "since Tuesday", "after 2005", "shortly after 3 am": the phrase is a time, not another event."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in CLOCK) for c in preposition.children)


CLOCK = frozenset({"am", "pm", "a.m.", "p.m.", "midnight", "noon", "midday", "dawn", "dusk"})  # times the model may not tag


def purpose_of_trip(trigger: Token, dates: list) -> bool:
    """A meeting that is the purpose of a trip dated outside it ("Blair flies tomorrow to meet Bush"): the day is the
    trip's, and a meeting still to come falls on it or after, so only its month is known."""
    travel = _cues().get("travel", frozenset())
    if not (trigger.pos_ == "VERB" and trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in travel
            and to_infinitive(trigger)):
        return False
    return not _dates_in_phrase(trigger, dates)


def met_on_the_trip(token: Token, trigger: Token) -> bool:
    """The person is the one a trip's purpose meets, not a visitor: the object of a meeting word inside the trip's
    phrase ("Hill flew to Berlin to meet Kim", "visited Mexico to attend a meeting with U.S. executives") or of one
    whose phrase holds the trip ("Singh met Musharraf during his visit to New York")."""
    while token.dep_ in ("conj", "appos", "compound") and token.head.i != token.i:
        token = token.head
    head = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "with" else token.head
    if token.dep_ not in ("dobj", "pobj") or head.i == trigger.i or not (
            trigger.left_edge.i <= head.i <= trigger.right_edge.i or trigger in head.subtree):
        return False
    return head.lemma_.lower() in (meeting_verbs() if head.pos_ == "VERB" else meeting_nouns())


def met_where_it_goes(place: Token) -> bool:
    """The place a trip goes to has a "where" clause telling a meeting with someone named ("flew to Brussels, where
    she met Barroso", "to Brussels on Wednesday, where …"): the trip is that meeting's, and the country of the place is no host side of it."""
    beside = [o for p in place.head.head.children if p.dep_ == "prep" and p.i > place.i and p.lower_ not in _cues().get("origin", frozenset())
              for o in p.children if o.dep_ == "pobj"]  # not a town it comes from: "flew to Phuket from New Delhi, where …"
    clauses = [c for t in [place, *beside] for c in t.children if c.dep_ == "relcl" and opened_by_where(c) is not None]
    words = [w for c in clauses for w in (c, *(o for o in c.children if o.dep_ == "dobj"))]  # "met X", "held talks with X"
    return any(w.lemma_.lower() in (meeting_verbs() if w.pos_ == "VERB" else meeting_nouns()) for w in words) and any(
        t.ent_type_ == "PERSON" for c in clauses for t in c.subtree)


def _dates_in_phrase(word: Token, dates: list) -> list:
    """The dates inside the phrase a word heads (its subtree's characters)."""
    start, end = word.left_edge.idx, word.right_edge.idx + len(word.right_edge)
    return [d for d in dates if start <= d.start < end]


def in_sequence_phrase(trigger: Token) -> bool:
    """ "After his visit", "following talks", "after meeting Abe", "after holding talks with Abe": a meeting noun as
    the object of a sequence word or of a gerund that is its complement, or a meeting verb's gerund as its complement."""
    return _sequence_word(trigger) is not None


def told_as_past_step(trigger: Token) -> bool:
    """ "Hours after meeting Hu, Harper flew to Guangzhou": a meeting told as what came before the news, which an
    article has told already when it reports a meeting of the same sides."""
    word = _sequence_word(trigger)
    return word is not None and word.lower_ in ("after", "following")


def _sequence_word(trigger: Token) -> Token | None:
    head = trigger.head
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and head.tag_ == "VBG" and head.dep_ == "pcomp":
        trigger, head = head, head.head  # "after holding talks": the gerund stands for its object
    elif not ((trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj") or (trigger.pos_ == "VERB" and trigger.dep_ == "pcomp")):
        return None
    if head.lower_ in ("of", "to") and head.head.lower_ in ("ahead", "prior"):
        return head.head  # "a week ahead of the summit", "prior to the talks"
    return head if head.lower_ in SEQUENCE else None


def own_dates(sent, trigger: Token, dates: list) -> list:
    """The dates that may date this meeting word: a meeting noun in an "after" phrase its own phrase's ("After his
    visit to Japan on Monday, Putin met Xi on Friday": Monday), else the clause's; any other word none inside such a
    phrase."""
    dates = [d for d in dates if not date_of_its_matter(sent, d, trigger)]  # "agreed on a ceasefire from 15 February"
    if in_sequence_phrase(trigger):  # none of its own: the clause's days, which the sequence word says are close
        inside = _dates_in_phrase(trigger, dates)  # "after a one-day summit": no day of its own
        return [d for d in inside if d.value and not _of_another(sent, d, trigger)] or [d for d in dates if d not in inside]
    out = []
    for d in dates:
        span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
        steps = path(span.root, trigger) if span is not None else None
        if span is None or not (through_sequence(span.root, trigger) or (steps is not None and through_sibling(steps, trigger))
                                or _of_another_event(span.root, trigger) or _of_the_setting_of_a_plan(span.root, trigger)
                                or _outside_the_persons_clause(span.root, trigger, sent, dates)):
            out.append(d)
    mine = [d for d in out if not other_conjunct(_root(sent, d), trigger)]
    verb = clause_verb(trigger)  # "opened its campaign on Wednesday with a meeting …, then continued negotiating on
    mine = [d for d in mine if not _next_verb(clause_verb(_root(sent, d)), verb)] or mine  # Thursday": Wednesday
    if not mine and _on_the_eve(trigger):
        return []  # "arrived on Tuesday, and he and Bakiyev signed agreements on the eve of the summit": the eve's day
    if not out:  # "held a brief meeting with Clark before flying back to Suva on Wednesday evening": that day
        out = [d for d in dates if _beside(_root(sent, d), trigger)]
    return mine or out  # "On Thursday she held talks with Thein Sein, and she later called on Shwe Mann": Thursday too


def _outside_the_persons_clause(token: Token, trigger: Token, sent, dates: list) -> bool:
    """The meeting word is told in a relative clause describing a person, which gives a date of its own, and the date
    is outside it: "Francis, who visited Cuba in September and met Raúl Castro, flew on to Mexico City late on Friday"
    (Friday is the flight's); not "… Boehner, who met him privately before the speech" on the day the sentence gives."""
    clause = persons_clause(trigger)
    if clause is None or clause.left_edge.i <= token.i <= clause.right_edge.i:
        return False
    first, last = sent.doc[clause.left_edge.i].idx, sent.doc[clause.right_edge.i].idx
    return any(first <= d.start <= last for d in dates)


def _of_another(sent, when, trigger: Token) -> bool:
    """A date reached from the meeting word through a sequence word ("after talks in Sydney ahead of this weekend's
    summit": the summit's weekend)."""
    span = sent.doc.char_span(when.start, when.end, alignment_mode="expand")
    return span is not None and (through_sequence(span.root, trigger) or _of_another_event(span.root, trigger))  # not the
    # day of "… after a meeting between Chávez and Colombia's new president, Santos, who took office on Saturday"


def _of_the_setting_of_a_plan(token: Token, trigger: Token) -> bool:
    """The date of the meeting where a planned one was agreed ("agreed to reopen negotiations during a visit by
    Ouattara to Accra on Tuesday": the visit's day, not the negotiations')."""
    from core.pipeline.tense import is_plan

    held = next((a for a in token.ancestors if a.lemma_.lower() in meeting_nouns() and a.pos_ == "NOUN"), None)
    return (held is not None and held.i != trigger.i and held.dep_ == "pobj" and held.head.lower_ in ("during", "at")
            and not held.left_edge.i <= trigger.i <= held.right_edge.i and is_plan(trigger))


def _next_verb(node: Token, verb: Token) -> bool:
    """`node` is a verb joined to `verb` as the next step of what its subject did ("…, then continued negotiating")."""
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    return node.i != verb.i and node.pos_ == "VERB" and node.dep_ in ("conj", "dep") and node.head.i == verb.i


def _on_the_eve(trigger: Token) -> bool:
    """The meeting's own clause tells its time by another event (`eve` cues: "on the eve of the summit", "on the
    morning of the opening"), which news_context.eve_of reads."""
    verb = clause_verb(trigger)
    return any(t.dep_ == "pobj" and t.lower_ in _cues().get("eve", frozenset()) and any(c.lower_ == "of" for c in t.children)
               and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb for t in verb.subtree)


def _beside(token: Token, trigger: Token) -> bool:
    """The date is of what the meeting's own clause did just before or after it, told by a gerund with no length of
    time between ("before flying back", "after arriving"; not "two days after arriving")."""
    verb = clause_verb(trigger)
    return any(node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in ("before", "after")
               and node.head.head.i in (verb.i, trigger.i) and not any(c.dep_ == "npadvmod" for c in node.head.children)
               for node in token.ancestors)


def _root(sent, d) -> Token:
    span = sent.doc.char_span(d.start, d.end, alignment_mode="expand")
    return span.root if span is not None else sent.root


def _of_another_event(token: Token, trigger: Token) -> bool:
    """The date lies in a phrase that dates something else, however far the parse hangs it: a "since", "after" or
    "before" phrase or clause that does not hold the meeting word ("arrived on Sunday on his first trip since taking office last
    month"), an apposition or a relative clause describing someone or something other than the meeting ("met
    Micheletti, the leader installed after last month's coup"; not a place's, a time's or other meetings' clause: "in
    Beijing, where he arrived on Monday", "at the same time that the IMF held its meetings"), or the "since" of a first meeting ("the first visit to Iran since 1979") or of
    a perfect tense ("has visited China twice since 2007": some time after it), or a deadline ("to double trade by 2010")."""
    if token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.head.i != trigger.i:
        return True  # a deadline: "pledged on Wednesday to double trade by 2010"
    if in_since_clause(token, trigger):
        return True
    first = any(c.lower_ in ("first", "only") and c.dep_ == "amod" for c in trigger.children) or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children) or _first_to(trigger)  # "has visited China
    # twice since 2007", "became the first Japanese leader to make an official visit to Beijing since 2011"
    if first and any(t.lower_ == "since" for t in token.doc[trigger.i + 1:token.i]):
        return True  # "the first visit … since Jawaharlal Nehru's in 1962", however the parse hangs "in 1962"
    for node in token.ancestors:
        if node.lower_ == "since" and ((node.head.i == trigger.i and first) or node.head.lower_ in ("first", "only", "once")):
            return True  # "the first visit by an Egyptian leader to Iran since 1979", "a visit to China, her first
            # since 2007": the visit is not of 1979 or 2007
        if node.lower_ in ("first", "only") and node.i != trigger.i and any(t.lower_ == "since" for t in node.subtree) and not (
                node.left_edge.i <= trigger.i <= node.right_edge.i):
            return True  # "…, the first by a sitting US president since Calvin Coolidge in 1928"
        if node.left_edge.i <= trigger.i <= node.right_edge.i:
            return False
        if (node.dep_ == "prep" and node.lower_ in SEQUENCE and not _of_time(node)) or (
                node.dep_ == "appos" and node.head.i != trigger.i):  # (an acl: the parse often hangs "scheduled for
            return True  # Friday" or "held in November" on the wrong noun)
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE and not _soon(c) for c in node.children):
            return True  # "… in a last attempt to agree on reforms before the programme expires at the end of the month";
            # not "… shortly after Santos took office in August": close enough to date it
        if (node.dep_ == "relcl" and node.head.i != trigger.i and node.head.pos_ in ("NOUN", "PROPN")
                and node.head.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") and node.head.lemma_.lower() not in TIMES
                and node.head.lemma_.lower() not in meeting_nouns() | _cues().get("gathered", frozenset())  # "The two-day
                and not any(c.lower_ in ("where", "when") for c in node.children)):  # gathering, which opened on Wednesday"
            return True  # "talks on the EU constitution, which French voters rejected in May": not the talks' May
    return False


def _first_to(trigger: Token) -> bool:
    """The meeting word is in the infinitive describing someone first or only to do it ("the first Japanese leader
    to make an official visit to Beijing since 2011")."""
    verb = trigger.head if trigger.dep_ in ("dobj", "pobj") else trigger
    verb = verb.head.head if verb.dep_ == "pobj" else verb
    nouns = [verb.head, *(c for c in verb.head.children if c.dep_ in ("attr", "dobj", "nsubj"))]  # "became the first … to"
    return verb.dep_ in ("relcl", "acl", "advcl") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.lower_ in ("first", "only") and c.dep_ == "amod" for n in nouns for c in n.children)


def _soon(mark: Token) -> bool:
    """A sequence word told as close ("shortly after", "soon after": `soon_after` cues)."""
    return mark.i > 0 and mark.nbor(-1).lower_ in _cues().get("soon_after", frozenset())


def place_of_another_event(token: Token, trigger: Token) -> bool:
    """A place the sentence ties to something other than the meeting: inside a sequence phrase, a description, a
    "since" clause ("the first meeting … since Vajpayee travelled by bus to Lahore"), a relative clause of its own or
    a trip told after it; outside the sequence phrase that holds the meeting word."""
    word = _sequence_word(trigger)  # "Hours after meeting Hu, Harper flew to Guangzhou": the flight's place
    return ((through_sequence(token, trigger) and not _talks_signed_after(token, trigger)) or through_description(token, trigger) or in_since_clause(token, trigger)
            or _later_trip(token, trigger) or (word is not None and not word.left_edge.i <= token.i <= word.right_edge.i)
            or _in_other_relative_clause(token, trigger) or _where_someone_else_was(token, trigger) or in_its_matter(token, trigger))


def _talks_signed_after(token: Token, trigger: Token) -> bool:
    """The place of the talks a signing came after, where the agreement was signed too: "The agreement was signed
    after talks at the Palazzo Chigi"."""
    if trigger.lemma_.lower() != "sign":
        return False
    after = next((a for a in token.ancestors if a.dep_ == "prep" and a.lower_ in ("after", "following") and a.head.i == trigger.i), None)
    talks = next((o for o in after.children if o.dep_ == "pobj"), None) if after is not None else None
    return talks is not None and talks.lemma_.lower() in meeting_nouns() and token.head.dep_ == "prep" and token.head.head.i == talks.i


def _where_someone_else_was(token: Token, trigger: Token) -> bool:
    """The place is in an adverbial clause of its own subject that the meeting word is not in: "while Annan was in
    Damascus, Lavrov met Arab League ministers in Cairo"."""
    return any(a.dep_ == "advcl" and not a.left_edge.i <= trigger.i <= a.right_edge.i
               and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in a.children)
               and any(c.dep_ == "mark" and c.lower_ in ("while", "as", "whereas") for c in a.children) for a in token.ancestors)


def _in_other_relative_clause(token: Token, trigger: Token) -> bool:
    """The place is inside a relative clause the meeting word is not in, that tells no meeting nor describes one: "met
    in June, where they disagreed over the war in Syria" (not "the summit, which opens in Biarritz")."""
    words = meeting_nouns() | meeting_verbs()
    return any(a.dep_ == "relcl" and not a.left_edge.i <= trigger.i <= a.right_edge.i and a.head.lemma_.lower() not in words
               and not any(t.lemma_.lower() in words for t in a.subtree) for a in token.ancestors)


def _later_trip(token: Token, trigger: Token) -> bool:
    """The place is where a trip told after the meeting goes: "met the Emir of Kuwait on Sunday and then flew to
    Doha" (the meeting is not in Doha)."""
    moving = _cues().get("travel", frozenset()) | _cues().get("departure", frozenset())
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(node.dep_ == "conj" and node.pos_ == "VERB" and node.lemma_.lower() in moving and node.head.i == verb.i
               and node.i > trigger.i for node in token.ancestors)


def own_party(token: Token, trigger: Token) -> bool:
    """A meeting noun in an "after", "before", "following" or "since" phrase ("After his visit to Japan, Putin met
    Xi") has the parties of its own phrase and the clause's subject, not the verb's other parties (Xi); any other
    meeting word has none of the parties inside such a phrase."""
    sequence = _sequence_word(trigger)
    if sequence is None:
        return journey_subject(token, trigger) or not through_sequence(token, trigger)  # "Putin met Xi after talks with
        # Abe": Abe is the talks' party; "he flew to Amman, before returning to Jerusalem for a second round with …": he
    verb = sequence.head
    if verb.dep_ == "npadvmod" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "was received on Thursday, a day after talks with Rouhani": received's subject
    while verb.dep_ in ("xcomp", "conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "Hu and Obama agreed to set up a dialogue after their first meeting": agreed's subjects;
        # "Speaking after meeting Putin, Merkel said": said's
    subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                for t in (c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos"))}  # "The minister, Benn, said"
    subjects |= {t.i for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                 for t in (o, *o.conjuncts)}  # "was announced by Anifah after a meeting with his counterparts"
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME") for c in trigger.children):
        subjects = set()  # "Following Bush's meeting with Blair, Chirac said …": the meeting is Bush's, not Chirac's
    return token.i in subjects or any(t.i == trigger.i for t in [token, *token.ancestors])


def owns_the_place(token: Token) -> bool:
    """A possessive that only says whose the meeting's place is ("received by Howard at Kirribilli House, his official
    residence"): the owner is no party through it."""
    head = token.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    return (token.dep_ == "poss" and head.i != token.i and head.dep_ == "pobj" and head.lemma_.lower() not in meeting_nouns()
            and head.lemma_.lower() not in _cues().get("honour", frozenset())  # not "in his meeting with Mishustin", "in her honour"
            and head.head.lower_ in _cues().get("locative", frozenset()) - {"to"})


def day_from_other_event(trigger: Token, dates: list) -> tuple[str, str, str] | None:
    """The date, precision and rule of a meeting its clause tells as a day or a few before or after another event the text
    dates to the day ("telephoned Lee the day after his election victory on December 19": 20 December; "met Xi two
    days before the summit on 5 May": 3 May), or soon after one it dates at all, to the year ("Soon after taking
    office in July 2001, Megawati … was received by Mahathir": 2001, the month may be the next; a meeting of
    earlier days, not the news), or None."""
    from datetime import date, timedelta

    verb = clause_verb(trigger)
    soon = _year_soon_after(trigger, verb, dates)
    if soon:
        return soon, "year", "soon-after"
    pairs = [(n, p, p) for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "npadvmod"]  # "two days before"
    pairs += [(n, p, p) for n in verb.children if n.dep_ == "npadvmod"  # "the day after", however the parse hung "after"
              for p in [*n.children, *verb.children] if p.dep_ == "prep" and p.i == n.i + 1]
    pairs += [(n, m, c) for c in verb.children if c.dep_ == "advcl"  # "a day after she was sworn in on Tuesday"
              for n in c.children if n.dep_ == "npadvmod" for m in c.children if m.dep_ == "mark" and m.i == n.i + 1]
    for count, prep, phrase in pairs:
        if prep.lower_ not in ("after", "before") or count.lemma_.lower() != "day" or trigger in phrase.subtree:
            continue
        words = [c.lower_ for c in count.children if c.dep_ in ("det", "nummod")]
        end = max(t.idx + len(t) for t in phrase.subtree)
        inside = [d for d in dates if prep.idx <= d.start < end and d.precision == "day" and d.value]
        if len(words) == 1 and words[0] in DAY_COUNTS and len(inside) == 1:
            shift = DAY_COUNTS[words[0]] * (1 if prep.lower_ == "after" else -1)
            return (date.fromisoformat(inside[0].value[:10]) + timedelta(days=shift)).isoformat(), "day", "other-event"
    return None


def _year_soon_after(trigger: Token, verb: Token, dates: list) -> str | None:
    """The one year of the dates an "after" phrase gives on the meeting's clause (or on the clause it is joined to)
    when the phrase says the meeting came soon after ("soon after", "only weeks after", "days after"), or None."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "after"):
        close = any((c.dep_ == "advmod" and c.lower_ in _cues().get("soon_after", frozenset())) or (c.dep_ == "npadvmod" and c.lemma_.lower() in ("day", "week")
                                                                  and not any(n.like_num for n in c.children)) for c in prep.children)
        if not close or trigger in prep.subtree:
            continue
        end = max(t.idx + len(t) for t in prep.subtree)
        years = {d.value[:4] for d in dates if prep.idx <= d.start < end and d.value and d.value[:4].isdigit()}
        if len(years) == 1:
            return years.pop()
    clauses = [c for h in heads for c in h.children if c.dep_ == "advcl"]
    for clause in (c for c in clauses + [g for a in clauses for g in a.children if g.dep_ == "advcl"] if trigger not in c.subtree):  # "came soon
        mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "after"), None)  # after he took office
        if mark is not None and _soon(mark):  # in April 2013"
            start, end = clause.left_edge.idx, max(t.idx + len(t) for t in clause.subtree)
            told = [(r.left_edge.idx, r.right_edge.idx + len(r.right_edge)) for r in clause.subtree if r.dep_ == "relcl"]
            years = {d.value[:4] for d in dates if start <= d.start < end and d.value and d.value[:4].isdigit()
                     and not any(a <= d.start < b for a, b in told)}  # not ", succeeding dos Santos, who had ruled since 1979"
            if len(years) == 1:
                return years.pop()
    return None


def while_another_meeting(trigger: Token) -> bool:
    """The meeting's clause is set in a "while" clause telling another meeting ("While the leaders met, the foreign
    ministers held talks across town"): the two were held at the same time."""
    verb = clause_verb(trigger)
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "while" for m in c.children)
               and (c.lemma_.lower() in meeting_verbs() or any(o.lemma_.lower() in meeting_nouns() for o in c.children))
               for c in verb.children)

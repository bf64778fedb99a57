"""Whether a meeting word has its meeting sense, and who can be a side: trigger words from meeting_triggers.csv with
their required context (requirements.py), negation and denial, generic and counted uses, crowds, interviewers and one
country's own people (cue words from meeting_cues.csv)."""
from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from core.knowledge import cues as _cues
from core.knowledge import knowledge_cache, knowledge_rows, load_knowledge, organisation_code, organisation_codes
from core.pipeline.clauses import purpose_clause, to_infinitive
from core.pipeline.bodies import named_organisations
from core.pipeline.officers import office_of_another
from core.pipeline.several import the_two
from core.pipeline.sides import described
from core.text import regular_stems


@knowledge_cache(maxsize=1)
def _triggers() -> dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]]:
    """(lemma, POS) → its rows in file order: (kind, required words, any one of which must be there). The first row
    whose requirement holds gives the kind ("conference" between parties is a summit, a joint news conference with
    someone is talks); a row that requires nothing makes the word a trigger on its own."""
    found: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
    for r in knowledge_rows("meeting_triggers.csv"):
        requires = tuple(w for w in r.get("requires", "").split("|") if w)
        found.setdefault((r["lemma"], r["pos"]), []).append((r["kind"], requires))
    return found


@knowledge_cache(maxsize=1)
def _word_ids() -> dict[int, bool]:
    """String id → whether that string, lower-cased, is a meeting word or a meeting verb with a regular ending
    ("dined", which the model lemmatises "din"): filled as words are met, emptied with the
    knowledge files' caches (when the list of meeting words may have changed)."""
    return {}


def meeting_word_tokens(doc: Doc) -> np.ndarray:
    """The indices, in order, of the tokens whose lemma or lower-case form is a meeting word: the only tokens
    `trigger_kind` can accept, found with one array of the Doc instead of a look at every token."""
    table = doc.to_array(["LEMMA", "LOWER"])
    if not len(table):
        return np.empty(0, dtype=np.int64)
    known, words, strings = _word_ids(), {lemma for lemma, _ in _triggers()}, doc.vocab.strings
    ids = np.unique(table)
    for value in ids.tolist():
        if value not in known:
            known[value] = value in strings and (strings[value].lower() in words or bool(regular_stems(strings[value]) & meeting_verbs()))
    hits = ids[np.fromiter((known[v] for v in ids.tolist()), dtype=bool, count=len(ids))]
    return np.flatnonzero(np.isin(table, hits).any(axis=1))


@knowledge_cache(maxsize=1)
def meeting_nouns() -> frozenset[str]:
    """The nouns that name a meeting (meeting, talks, summit, visit …)."""
    return frozenset(r["lemma"] for r in knowledge_rows("meeting_triggers.csv") if r.get("pos") == "NOUN")


@knowledge_cache(maxsize=None)
def noun_kinds(word: str) -> frozenset[str]:
    """The kinds of meeting a meeting noun can tell ("signing": signing; "conference": summit or talks)."""
    return frozenset(kind for stem in regular_stems(word) for kind, _ in _triggers().get((stem, "NOUN"), ()))


@knowledge_cache(maxsize=1)
def meeting_verbs() -> frozenset[str]:
    """The verbs that report a meeting (meet, visit, host …)."""
    return frozenset(r["lemma"] for r in knowledge_rows("meeting_triggers.csv") if r.get("pos") == "VERB")


@knowledge_cache(maxsize=1)
def summit_words() -> frozenset[str]:
    """Meeting words of the summit kind (summit, conference): the gatherings people attend."""
    return frozenset(r["lemma"] for r in knowledge_rows("meeting_triggers.csv") if r.get("kind") == "summit")


def trigger_kind(token: Token, sentence_words: set[str]) -> str | None:
    """The kind of meeting a word reports in its sentence (talks, visit, summit, call, signing), or None."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else token.pos_ if token.pos_ == "ADJ" else None
    found = _triggers().get((token.lemma_.lower(), pos)) if pos else None
    if found is None and pos == "NOUN":
        found = _triggers().get((token.lower_, pos))
    if found is None and pos == "VERB":  # a lemma the model got wrong: "dined" → "din"
        found = next((_triggers()[(stem, pos)] for stem in sorted(regular_stems(token.lower_)) if (stem, pos) in _triggers()), None)
    from core.pipeline.requirements import required  # it reads this module's meeting words
    from core.pipeline.unheld import calls_off  # unheld reads the modules that read this one

    kind = next((kind for kind, requires in found or () if not requires or any(required(word, token, sentence_words)
                                                                              for word in requires)), None)
    if kind is None or (kind in ("talks", "call", "visit") and token.dep_ == "amod" and token.tag_ == "VBG") or (
            token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_.lower() in _cues().get("attending", frozenset())):
        return None  # a participle naming a kind of thing: "leaving negotiating teams behind", "the visiting president";
        # the capacity one attended in: "Karzai also attended, as a guest of the host"
    if kind == "summit" and token.dep_ == "poss" and token.head.lemma_.lower() not in _cues().get("attendees", frozenset()):
        return None  # "rejected the summit's statement": what the summit gave out, no one's attending it (not "the summit's hosts")
    if pos == "VERB" and calls_off(token):
        return None  # "has been called off": no call, the meeting it calls off not held
    if (negated(token) or counted(token) or generic(token) or conjectured(token) or _told_by_its_clause(token) or appeal(token)
            or discussed(token) or _where_land_meets(token) or (kind == "talks" and _purpose_of_talks(token, sentence_words))):
        return None
    if kind == "visit" and _to_a_gathering(token):
        return None  # "World leaders are heading to Pittsburgh for the G20 summit": the journey to it, not a visit
    if kind == "visit" and _gathering_hosted(token):
        return "summit"
    if kind == "visit" and token.dep_ == "acl" and token.head.i != token.i and trigger_kind(token.head, sentence_words):
        return None  # "at talks hosted by Medvedev": the host is a side of those talks, told by their noun
    return kind


def _to_a_gathering(verb: Token) -> bool:
    """A travel verb whose subjects are only common nouns, with a summit for its purpose ("World leaders and protesters
    are heading to Pittsburgh for the G20 summit"): those going to it are told by the summit, the host country is no
    side (not "before travelling to Durban for a summit … with Putin, Zuma …", whose traveller the text names)."""
    travel = _cues().get("travel", frozenset())
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in travel and bool(subjects) and all(t.pos_ == "NOUN" and not t.ent_type_ for t in subjects)
            and any(p.dep_ == "prep" and p.lower_ == "for" and any(o.lemma_.lower() in summit_words() for o in p.children if o.dep_ == "pobj")
                    for p in verb.children))


def _gathering_hosted(verb: Token) -> bool:
    """ "The gathering at Sharm el-Sheikh was hosted by Mubarak and attended by King Abdullah": a verb of hosting or
    attending whose subject is a gathering noun (`gathered` cues) tells that summit again; so does one whose object is
    ("King Salman, who hosted the summit of the Arab League": its host attends, the League pays no visit), or the
    gathering it hosts guests at."""
    gathered = _cues().get("gathered", frozenset())
    if verb.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in gathered for c in verb.children):
        return True
    if verb.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "at" and any(o.dep_ == "pobj" and o.lemma_.lower() in gathered
                                                                              for o in c.children) for c in verb.children):
        return True  # "Iraq hosted leaders and senior officials on Saturday at a conference": its guests attend it
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "… and attended by …"
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subjects = [verb.head]  # "agreed …, at a conference hosted by Bush"
    return verb.pos_ == "VERB" and any(s.lemma_.lower() in gathered for s in subjects)


def _purpose_of_talks(noun: Token, sentence_words: set[str]) -> bool:
    """ "sat down with his counterparts for the first three-way talks since the coup": talks that a verb of talks
    sits, meets or comes together "for" are that verb's meeting, told once."""
    verb = noun.head.head
    return (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ == "for" and verb.pos_ == "VERB"
            and trigger_kind(verb, sentence_words) == "talks")


def _where_land_meets(trigger: Token) -> bool:
    """ "the forested border region where their three countries meet": a verb in a "where" clause of a stretch of land
    (`land_feature` cues) tells where borders join, not a meeting."""
    return (trigger.pos_ == "VERB" and trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in _cues().get("land_feature", frozenset())
            and any(c.lower_ == "where" and c.dep_ == "advmod" for c in trigger.children))


def discussed(trigger: Token) -> bool:
    """A meeting noun inside what is discussed (`discussing` cues) is a topic, not a meeting: "The two leaders discussed
    efforts to revive peace negotiations with Israel", "discussed preparations for next month's summit", "discussed
    reviving peace talks with the Taliban"."""
    words = _cues().get("discussing", frozenset())
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    for node in trigger.ancestors:
        if node.dep_ == "prep" and node.lower_ in ("after", "before", "since", "following"):
            return False  # a meeting that dates the topic happened: "the package announced after Koirala's visit"
        if node.pos_ == "VERB" and node.lemma_.lower() in words:
            return any(c.dep_ in ("dobj", "xcomp") and trigger in c.subtree for c in node.children)  # "discussed reviving talks"
    return False


def appeal(trigger: Token) -> bool:
    """ "called on Rudd to contact the Chinese government", "called on the MNLF for assistance": a call on someone to
    do something or for something is an appeal, not a call held (a verb with an "on" phrase and an infinitive or a
    "for" phrase), and so is a call noun "for" something ("a call from the UN for a ceasefire")."""
    on = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
          and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)]  # "met on Saturday" is no appeal
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() == "call":  # "a call from the UN for a ceasefire" (not "for an hour")
        return any(c.dep_ == "prep" and c.lower_ == "for" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
                   for c in trigger.children)
    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() == "call" and _names_what(trigger):
        return True  # "Correa called Colombia's Álvaro Uribe a liar": a name given, no call held
    if trigger.pos_ not in ("VERB", "AUX") or not on or trigger.lemma_.lower() != "call":
        return False  # "signed a statement on cooperation … for the country's reactors" asks nothing of anyone
    if any(c.dep_ == "xcomp" and to_infinitive(c) for c in trigger.children):
        return True
    # "called on the MNLF and civil society groups for assistance": asked for something
    return any(t.dep_ == "prep" and t.lower_ == "for" and t.i > on[0].i for t in [*trigger.children, *on[0].subtree])


def _names_what(verb: Token) -> bool:
    """ "called Uribe a liar", "called the meeting a success": the verb's object is followed by a noun phrase that
    names it (however the parse hung it), not by a time ("called Uribe a day later")."""
    from core.pipeline.misparsed import TIMES

    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or objects[0].right_edge.i + 2 >= len(verb.doc):
        return False
    article, noun = verb.doc[objects[0].right_edge.i + 1], verb.doc[objects[0].right_edge.i + 2]
    return (article.lower_ in ("a", "an") and noun.pos_ in ("NOUN", "ADJ") and noun.lemma_.lower() not in TIMES | {"hour", "minute"}
            and noun.dep_ != "npadvmod" and not noun.ent_type_)


def _told_by_its_clause(trigger: Token) -> bool:
    """A meeting noun whose own relative clause is a meeting verb ("an agreement that was signed … between A and
    B"): the verb reports the meeting, with its tense and date; an infinitive says what the meeting is for ("a meeting
    to discuss the attack with Iranian officials")."""
    attending = _cues().get("attending", frozenset())  # "a summit hosted by Mubarak": the summit, its host attends
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("relcl", "acl") and (c.lemma_.lower(), "VERB") in _triggers() and c.lemma_.lower() not in attending
        and not to_infinitive(c) and not _held_at_it(c) for c in trigger.children)


def _held_at_it(clause: Token) -> bool:
    """A relative clause telling what happened at the meeting, not the meeting: "the first summit …, at which ministers
    signed 13 agreements"."""
    return any(p.dep_ == "prep" and p.lower_ in ("at", "during") and any(o.lower_ == "which" for o in p.children)
               for p in clause.children)


def conjectured(trigger: Token) -> bool:
    """A meeting noun only thought possible is no meeting, neither held nor planned: "a possible agreement between
    them", "a potential summit" (`conjecture` cues; a planned or scheduled one is a plan)."""
    words = _cues().get("conjecture", frozenset())
    return trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in words for c in trigger.children)


def generic(trigger: Token) -> bool:
    """A kind of meeting, not one: "regular high-level meetings", "the meetings held every October", "16,000 New
    Zealanders visit Canada each year", "Koizumi's annual habit of visiting the shrine" (`habit` cues)."""
    words = _cues().get("generic", frozenset())
    if trigger.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in words for c in trigger.children):
        return True
    clause = [trigger, *trigger.children, *(c for child in trigger.children if child.dep_ in ("relcl", "acl") for c in child.subtree)]
    if any((t.lower_ == "every" and t.dep_ in ("det", "advmod", "npadvmod")) or (t.dep_ == "advmod" and t.lower_ in _cues().get(
            "frequency", frozenset())) for t in clause):
        return True  # "meetings held every October", "Emirates, which flies four times daily into Auckland"
    if trigger.tag_ == "VBG" and trigger.i > 0 and trigger.doc[trigger.i - 1].lower_ == "of":  # "the habit of visiting"
        before = trigger.doc[max(trigger.sent.start, trigger.i - 8):trigger.i - 1]  # through "his habit, since 2001, of"
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in _cues().get("habit", frozenset()) for t in before):
            return True
    return any(t.lower_ == "each" and t.dep_ == "det" and t.head.lemma_.lower() in PERIODS and t.head.head.i == trigger.i
               for t in trigger.subtree)


PERIODS = {"day", "week", "month", "year", "summer", "winter", "spring", "autumn"}


def counted(trigger: Token) -> bool:
    """A meeting noun that is counted is a statistic, not a meeting: "two million trips", "the number of visits"; or
    the meetings told before, counted over again: "Omar Suleiman attended both meetings"."""
    if trigger.tag_ not in ("NNS", "NNPS"):
        return False
    if any((c.dep_ == "nummod" and not _count_of_people(c) and not _hyphened(c)) or (c.dep_ in ("det", "predet") and c.lower_ in ("both", "all"))
           for c in trigger.children):
        return True
    quantities = _cues().get("quantity", frozenset())
    head = trigger.head
    return head.lower_ == "of" and head.head.lemma_.lower() in quantities


def _hyphened(number: Token) -> bool:
    """A number written into a hyphened name of a kind of meeting ("two-plus-two talks"), no count of meetings."""
    return number.i + 1 < len(number.doc) and number.nbor(1).text in ("-", "–") and not number.whitespace_


def _count_of_people(number: Token) -> bool:
    """ "the four held talks": the parse took the people counted for the count of talks and their verb for its
    modifier; a number after "the" with a past participle of a support verb between it and the noun."""
    verb = number.nbor(1) if number.i + 1 < len(number.doc) else None
    return (verb is not None and verb.dep_ == "amod" and verb.tag_ in ("VBN", "VBD") and verb.head.i == number.head.i
            and verb.lemma_.lower() in _cues().get("holding", frozenset()) and any(c.lower_ == "the" for c in number.head.children))


def negated(trigger: Token) -> bool:
    """ "did not meet", "never visited", "not once has he visited", "No treaty was signed", "held no talks": the
    meeting word, its subject or object, or the verb that governs a meeting noun, carries a negation cue."""
    words = _cues().get("negation", frozenset())

    def negates(node: Token) -> bool:
        return node.dep_ == "neg" or (node.dep_ in ("advmod", "det", "preconj", "cc") and node.lower_ in words)

    nodes = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in _cues().get("occurrence", frozenset()):
        nodes.append(trigger.head)  # "the meeting did not take place", "never happened"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr") and trigger.head.i != trigger.i:
        nodes.append(trigger.head)  # "held no talks", "did not hold talks"
        if trigger.dep_ == "nsubjpass":  # what is said of the meeting: "… had been discussed but was not arranged"
            nodes += [c for c in trigger.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for node in nodes:
        for child in node.children:
            if negates(child) or (child.dep_ in ("advmod", "aux") and any(negates(c) for c in child.subtree if c.i != child.i)):
                return True
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "det" and c.lower_ in words for c in child.children):
                return True  # "No peace treaty was ever signed"
    return denied(trigger)


def denied(trigger: Token) -> bool:
    """A meeting in the clause of a denial verb: "denied that a meeting … will take place", "refusing to hold talks",
    "an invitation for UN monitors to visit Zimbabwe was turned down" (a phrasal verb with its particle)."""
    words = _cues().get("denial", frozenset())
    node = trigger
    for _ in range(4):  # up through the clause the meeting word completes or is the purpose of, no other adverbial one
        if (node.dep_ not in ("ccomp", "xcomp", "acl", "dobj", "nsubj", "nsubjpass", "pobj", "prep") and not purpose_clause(node)
                or node.head.i == node.i):
            return False  # the purpose of a refused trip climbs: "refused to come to Rome to meet him"
        below, node = node, node.head
        particles = [f"{node.lemma_.lower()} {c.lower_}" for c in node.children if c.dep_ == "prt"]
        if node.lemma_.lower() in words or any(p in words for p in particles):
            return below.dep_ != "nsubj"  # who rejects is no rejected meeting: "Arab leaders meeting in Dhahran rejected …"
    return False


def one_sided(trigger: Token) -> bool:
    """A participle of a meeting verb describing a thing, with no agent ("previous treaties signed with the Andean
    Community, Mexico and Chile"): those after "with" are the counterparties of someone the clause does not name, not
    parties meeting each other."""
    return (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.ent_type_ == ""
            and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in trigger.children)
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children))


def visitors_are_others(trigger: Token) -> bool:
    """A meeting verb whose subject names no side: a common noun (tourists, fans; not "leaders"), "most of whom"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    nouns = _cues().get("participant", frozenset()) | _cues().get("delegation", frozenset()) | _cues().get("group", frozenset())
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects and to_infinitive(trigger):
        # "tourists troop to Kogelo to visit …": an infinitive's subject is the nearest one named before it
        subjects = [t for t in reversed(trigger.sent[:trigger.i - trigger.sent.start]) if t.dep_ == "nsubj"][:1]
    if not subjects and trigger.dep_ in ("xcomp", "advcl") and trigger.head.i != trigger.i:
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]  # the subject of the verb the visit completes
    for child in subjects:
        head = child
        of = [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of and (child.lemma_.lower() in _cues().get("quantity", frozenset()) or child.lower_ in ("most", "many", "some", "all")):
            head = of[0]  # "hundreds of fans", "most of whom": the crowd the share is of
            if head.tag_ == "WP":
                return True
        both = the_two(head) > 0  # "the two men first met", "the three men last met": the sides just named
        return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() not in nouns and head.lower_ not in nouns and not both
    return False


def domestic(sent, participants: dict, sentence_places: list, countries: set[str], main: str | None = None) -> bool:
    """Everyone is of the one country, or unknown to the knowledge base and given no country, and the sentence names
    no other country and no international organisation (a UN envoy at Nepal's peace talks is not domestic). Someone
    given no country in an article mostly about another country (`main`) is of that one: "Vernon Bellecourt … he
    visited Venezuelan President Hugo Chávez" in a story about an American activist."""
    if not all(m.country or not m.person_id for m in participants.values()) or countries & set(organisation_codes()):
        return False  # the OAS's secretary-general meeting "the president of the Supreme Court, Jorge Rivera Avilés"
    if main and main not in countries and any(not m.country for m in participants.values()):
        return False
    if {p.country for p in sentence_places} - countries:
        return False
    return not named_organisations(sent) and not office_of_another(sent, participants, load_knowledge())


def non_party(doc: Doc, mention, kind: str = "") -> bool:
    """A person the text describes as a journalist, reporter or the like is interviewing, not meeting as a side; one
    described by a company's title signs for the company ("Eni chief executive Claudio Descalzi and Sonatrach chief
    executive Toufik Hakkar signed the document in the presence of the two leaders"): a deal of companies."""
    description = described(doc, [mention.token])
    return (kind == "signing" and any(_company_before(doc, i, description) for i in description)) or any(
        doc[i].lemma_.lower() in _cues().get("non_party", frozenset()) for i in description)


def _company_before(doc: Doc, i: int, description: set[int]) -> bool:
    """A company's title (`company_title` cues) whose lower-case words follow a name that is no person, place, people
    nor known organisation: "Sonatrach chief executive" (not "Hong Kong Chief Executive", "UNICEF Executive
    Director")."""
    if doc[i].lower_ not in _cues().get("company_title", frozenset()):
        return False
    j, inside = i - 1, _cues().get("company_title_part", frozenset())
    while j in description and (doc[j].is_lower or doc[j].lower_ in inside):
        j -= 1
    return (j in description and doc[j].text[:1].isupper() and doc[j].ent_type_ not in ("PERSON", "GPE", "NORP", "LOC")
            and organisation_code(doc[j].text) is None)

"""Meetings in one article: trigger words, participants linked to them through the parse, date, place, kind."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from core.knowledge import Knowledge, country_display_name, knowledge_rows
from core.pipeline.refine import refine
from core.pipeline.tense import is_plan, referenced_meeting
from core.knowledge import cues as _cues
from core.pipeline.sides import delegations, described, destination, groups, linked, organisation_sides, place_token

PRONOUNS = {"he", "she", "him", "her", "his"}  # "his meeting with X": the owner of a meeting noun takes part
PLURAL_PRONOUNS = {"they", "them"}  # the sides of the meeting just reported ("They met again in 2002")


@dataclass
class Meeting:
    participants: list[str]
    countries: list[str]
    location: str | None
    date: str | None
    date_precision: str
    kind: str
    referenced: bool
    evidence: str
    start: int
    end: int
    confidence: float
    sentence: int
    rules: list[str] = field(default_factory=list)
    host: str | None = None  # the host country, when the host side is only a country
    subject: str | None = None  # the participant who acts (the visitor, the one who meets), when the parse says


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(lemma, POS) → (kind, required words, any one of which must be there). Rows repeating a lemma add
    alternatives; a row that requires nothing makes the word a trigger on its own."""
    found: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    for r in knowledge_rows("meeting_triggers.csv"):
        key, requires = (r["lemma"], r["pos"]), tuple(w for w in r.get("requires", "").split("|") if w)
        if key in found:
            kind, before = found[key]
            requires = () if not before or not requires else before + requires
            found[key] = (kind, requires)
        else:
            found[key] = (r["kind"], requires)
    return found


def _trigger(token: Token, sentence_words: set[str]):
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
    found = _triggers().get((token.lemma_.lower(), pos)) if pos else None
    if found is None and pos == "NOUN":
        found = _triggers().get((token.lower_, pos))
    if found is None:
        return None
    kind, requires = found
    if requires and not any(_required(word, token, sentence_words) for word in requires):
        return None
    return None if negated(token) or counted(token) or generic(token) else kind


def generic(trigger: Token) -> bool:
    """A kind of meeting, not one: "regular high-level meetings", "the meetings held every October"."""
    words = _cues().get("generic", frozenset())
    if trigger.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and c.lower_ in words for c in trigger.children):
        return True
    clause = [trigger, *trigger.children, *(c for child in trigger.children if child.dep_ in ("relcl", "acl") for c in child.subtree)]
    return any(t.lower_ == "every" and t.dep_ in ("det", "advmod", "npadvmod") for t in clause)


def counted(trigger: Token) -> bool:
    """A meeting noun that is counted is a statistic, not a meeting: "two million trips", "the number of visits"."""
    if trigger.tag_ not in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "nummod" for c in trigger.children):
        return True
    quantities = _cues().get("quantity", frozenset())
    head = trigger.head
    return head.lower_ == "of" and head.head.lemma_.lower() in quantities


def _required(word: str, token: Token, sentence_words: set[str]) -> bool:
    """A required word: anywhere in the sentence, or (">between") a word that depends on the trigger itself, or
    ("@participant") an object that is a participant, not a thing ("received the president", not "received votes"),
    or ("@someone") no object but a participant ("met Putin", not "met the deadline"), or ("@counterpart") someone to talk with ("talked with Rudd", "the two leaders talked"; not "talked about it")."""
    if word == "@participant":
        return receives_participant(token)
    if word == "@counterpart":
        return has_counterpart(token)
    if word == "@someone":
        return meets_someone(token)
    if word.startswith(">"):
        return any(child.lower_ == word[1:] for child in token.children)
    return word in sentence_words


def negated(trigger: Token) -> bool:
    """ "did not meet", "never visited", "not once has he visited", "No treaty was signed", "held no talks": the
    meeting word, its subject or object, or the verb that governs a meeting noun, carries a negation cue."""
    words = _cues().get("negation", frozenset())

    def negates(node: Token) -> bool:
        return node.dep_ == "neg" or (node.dep_ in ("advmod", "det", "preconj", "cc") and node.lower_ in words)

    nodes = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "attr") and trigger.head.i != trigger.i:
        nodes.append(trigger.head)  # "held no talks", "did not hold talks"
    for node in nodes:
        for child in node.children:
            if negates(child) or (child.dep_ in ("advmod", "aux") and any(negates(c) for c in child.subtree if c.i != child.i)):
                return True
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "det" and c.lower_ in words for c in child.children):
                return True  # "No peace treaty was ever signed"
    return denied(trigger)


def denied(trigger: Token) -> bool:
    """A meeting in the clause of a denial verb: "denied that a meeting … will take place", "refusing to hold talks"."""
    words = _cues().get("denial", frozenset())
    node = trigger
    for _ in range(4):  # up through the clause the meeting word completes, not through an adverbial clause
        if node.dep_ not in ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in words:
            return True
    return False


def has_counterpart(trigger: Token) -> bool:
    """A conversation verb with a counterpart: a "with", "to" or "between" phrase, or a subject of several people."""
    if any(c.lower_ in ("with", "to", "between", "among") for c in trigger.children):
        return True
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ in ("NNS", "NNPS") or s.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in s.children)
               for s in subjects)


def receives_participant(trigger: Token) -> bool:
    """A hosting verb's guest is a person, a country or organisation, or a delegation word; "received 1.4 ratings",
    "received medical attention" and "received the news" are no meetings."""
    if any(c.dep_ == "oprd" for c in trigger.children):
        return False  # "called China a threat": an object predicate, not a guest
    guests = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not guests:
        return trigger.tag_ == "VBN" and any(c.dep_ == "agent" for c in trigger.children)  # "was received by …"
    return any(_is_participant(guest) for guest in guests)


def meets_someone(trigger: Token) -> bool:
    """A meeting verb whose object, if it has one, is someone: "met Putin", "met in Moscow"; not "meet the promises",
    "met the deadline"."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return not objects or any(_is_participant(o) for o in objects)


def _is_participant(guest: Token) -> bool:
    nouns = _cues().get("participant", frozenset()) | _cues().get("delegation", frozenset())
    for token in [guest, *(c for c in guest.children if c.dep_ in ("conj", "appos"))]:
        if token.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or token.pos_ == "PRON" or token.lemma_.lower() in nouns or token.lower_ in nouns:
            return True
    return False


def _linked(token: Token, trigger: Token) -> bool:
    return linked(token, trigger)


def extract_meetings(doc: Doc, *, people, places, dates, published: str | None, published_precision: str, dateline_place=None,
                     leaders: dict[str, str] | None = None, kb: Knowledge | None = None, headings=()) -> list[Meeting]:
    """Meetings reported or referenced in the article, one per distinct meeting. `leaders` maps the canonical names
    of heads of state or government in office on the publication date to their country; a heading (character
    bounds in `headings`) announces what the text reports and is no evidence of its own."""
    by_sentence = {}
    for m in people:
        by_sentence.setdefault(m.sentence, []).append(m)
    found: list[Meeting] = []
    last_subject = None
    context: dict = {"group": None}  # (sentence, participant mentions) of the latest meeting with two people
    for number, sent in enumerate(doc.sents):
        if any(a <= sent.start_char < b for a, b in headings):
            continue
        words = {t.lower_ for t in sent}
        sentence_people = by_sentence.get(number, [])
        for token in sent:
            kind = _trigger(token, words)
            if kind:
                found += _meeting(doc, sent, number, token, kind, sentence_people, last_subject, places, dates, published,
                                  published_precision, context)
        subjects = [m for m in sentence_people if doc[m.token].dep_ in ("nsubj", "nsubjpass") or doc[m.token].head.dep_ in ("nsubj", "nsubjpass")]
        if subjects or sentence_people:
            last_subject = (subjects or sentence_people)[0]
    day = (published or "")[:10]
    lower = {m.canonical for m in people if kb is not None and m.person_id and m.canonical not in (leaders or {})
             and any(r.held_on(day) for r in kb.roles_of.get(m.person_id, []))}
    _name_hosts(found, by_sentence, leaders or {}, lower)
    if kb is not None:
        found = refine(found, people=people, places=places, sentences=[(s.start_char, s.end_char) for s in doc.sents],
                       kb=kb, published=published, dates=dates)
    else:
        found = [m for m in found if "lonely" not in m.rules]  # no knowledge base, no counterpart to look for
    return merge_within_article(found)


def _name_hosts(found: list[Meeting], by_sentence: dict, leaders: dict[str, str], lower: set[str]) -> None:
    """A visit whose host side is only a country gets the host country's leader when the sentence before or after
    names exactly one ("Wen visited Delhi." + "Indian Prime Minister Manmohan Singh said …"), unless the visitor
    holds only a lower office (`lower`: a foreign minister visits a foreign minister)."""
    for meeting in found:
        if not meeting.host or len(meeting.participants) != 2 or meeting.participants[0] in lower:
            continue
        near = {m.canonical for n in (meeting.sentence - 1, meeting.sentence + 1) for m in by_sentence.get(n, [])
                if leaders.get(m.canonical) == meeting.host}
        if len(near) == 1:
            meeting.participants = [meeting.participants[0], near.pop()]
            meeting.rules.append("host:adjacent")


def _meeting(doc, sent, number, trigger, kind, people, last_subject, places, dates, published, precision, context) -> list[Meeting]:
    rules = [f"trigger:{trigger.lemma_.lower()}"]
    participants = {}
    subject = None
    for m in people:
        if _linked(doc[m.token], trigger):
            participants.setdefault(m.canonical, m)
            if subject is None and _is_subject(doc[m.token], trigger):
                subject = m.canonical
    for token in sent:
        # "Wen said of the document he signed with Singh": a subject named earlier in the sentence comes first.
        earlier = [m for m in people if m.token < token.i and doc[m.token].dep_ == "nsubj"]  # "Rice … her tour": Rice
        antecedent = earlier[-1] if earlier else last_subject
        if token.lower_ in PRONOUNS and antecedent and _linked(token, trigger) and antecedent.canonical not in participants:
            participants[antecedent.canonical] = antecedent
            rules.append("pronoun")
            if subject is None and _is_subject(token, trigger):
                subject = antecedent.canonical
        group = context.get("group")
        if (token.lower_ in PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and group and number - group[0] <= 2
                and _linked(token, trigger) and not participants):
            participants.update((m.canonical, m) for m in group[1])
            rules.append("pronoun")
    sentence_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
    tokens = {id(p): place_token(doc, p) for p in sentence_places}
    linked_places = [p for p in sentence_places if _linked(tokens[id(p)], trigger)]
    own = described(doc, [m.token for m in participants.values()])
    person_countries = {m.country for m in participants.values() if m.country}
    countries = set(person_countries)
    sides = sorted(set(delegations(trigger, sentence_places, tokens, own)) | set(groups(sent, trigger, places, own))) if len(participants) <= 1 else []
    countries.update(sides)
    visited = destination(kind, trigger, linked_places, tokens, own)
    if visited:
        countries.add(visited.country)
    participants = {name: m for name, m in participants.items() if not _non_party(doc, m)}
    names = sorted(participants)
    other_sides = [c for c in sides if c not in person_countries]
    bodies = organisation_sides(sent, trigger, own)
    summit_of = kind == "summit" or any(t.lower_ == "summit" for t in sent)
    lonely = len(names) == 1 and not other_sides and not bodies and len(countries) < 2
    if lonely and participants[names[0]].person_id and trigger.pos_ in ("NOUN", "PROPN"):
        pass  # "Putin … during an official meeting in Moscow": the counterpart may be named next door (refine.py)
    elif len(names) + len(other_sides) + len(bodies) < 2 and not (len(names) == 1 and len(countries) >= 2) and not (bodies and summit_of):
        return []
    elif len(countries) == 1 and all(m.country for m in participants.values()) and not sides and not bodies:
        return []  # a meeting of one country's own people
    elif len(countries) == 1 and not sides and not bodies and _domestic(sent, participants, sentence_places, countries):
        return []  # its leader and people the text gives no other country: "McConnell … a White House meeting with Obama"
    if (not bodies and len(countries) < 2 and not all(m.country for m in participants.values())
            and not any(m.person_id for m in participants.values())) and not lonely:
        return []  # nothing shows that two countries meet: a company's, a campaign's or a newsroom's people
    if subject is None and _visitors_are_others(trigger):
        return []  # "tourists troop to Kogelo to visit the family of …": the ones who visit are no participants
    if len(names) >= 2:
        context["group"] = (number, list(participants.values()))
    when, when_precision, date_rule = _date(sent, trigger, dates, published, precision)
    referenced = referenced_meeting(sent, trigger, when, when_precision, published)
    if date_rule == "weekday" and when and published and when < published[:10] and is_plan(trigger):
        when = (date.fromisoformat(when) + timedelta(days=7)).isoformat()  # "agreed to meet … on Saturday": the next one
    if referenced and date_rule == "published" and not ({t.lower_ for t in sent} & _cues().get("recent", frozenset())):
        when, when_precision, date_rule = None, "unknown", "background-undated"  # not the publication date
    location = visited or next((p for p in linked_places if tokens[id(p)].i not in own and _locative(tokens[id(p)])), None)
    confidence = 0.5 + 0.2 * (len(names) >= 2) + 0.1 * (date_rule != "published") + 0.1 * (location is not None) - 0.2 * ("pronoun" in rules)
    host = None
    if not names:
        names = [country_display_name(c) for c in sides] + bodies
    else:
        names += [country_display_name(c) for c in other_sides] + bodies
        if len(names) == 1 and visited and visited.country != participants[names[0]].country:
            names.append(country_display_name(visited.country))  # the host side, no host named
            host = visited.country
    base = Meeting(
        participants=names,
        countries=sorted(countries),
        location=location.canonical if location else venue(sent, trigger, own),
        date=when,
        date_precision=when_precision,
        kind="summit" if any(t.lower_ == "summit" for t in sent) and kind == "talks" else kind,
        referenced=referenced,
        evidence=sent.text.strip(),
        start=sent.start_char + (len(sent.text) - len(sent.text.lstrip())),
        end=sent.start_char + len(sent.text.rstrip()),
        confidence=round(min(confidence, 0.95), 2),
        sentence=number,
        rules=rules + [f"date:{date_rule}"] + (["lonely"] if lonely else []),
        host=host,
        subject=subject if subject in names else None,
    )
    return _pairwise(base, trigger, participants, doc, dates)


def _pairwise(meeting: Meeting, trigger, participants: dict, doc, dates) -> list[Meeting]:
    """ "A met B on Thursday, C and D on Friday": one meeting per person A met when the sentence gives them different
    dates; "A met B and C" stays one meeting."""
    subjects = [name for name, m in participants.items() if _is_subject(doc[m.token], trigger)]
    others = [name for name in meeting.participants if name not in subjects and name in participants]
    sent_dates = sorted((d for d in dates if meeting.start <= d.start < meeting.end and d.value), key=lambda d: d.start)
    if meeting.kind == "summit" or len(subjects) != 1 or len(others) < 2 or len({d.value for d in sent_dates}) < 2:
        return [meeting]
    out = []
    for other in others:
        countries = sorted({c for c in (participants[subjects[0]].country, participants[other].country) if c} or meeting.countries)
        when = next((d for d in sent_dates if d.start > participants[other].start), None)
        dated = {"date": when.value, "date_precision": when.precision, "rules": [*meeting.rules[:-1], f"date:{when.rule}"]} if when else {}
        out.append(Meeting(**{**meeting.__dict__, "participants": sorted([subjects[0], other]), "countries": countries,
                              "rules": list(meeting.rules), **dated}))
    return out


def venue(sent, trigger: Token, own: set[int]) -> str | None:
    """A town or region the gazetteer does not know, named as where the meeting happens: "received Olmert in Sharm
    el-Sheikh", "hosted Abdullah at his ranch in Crawford"."""
    for ent in sent.ents:
        if (ent.label_ in ("GPE", "LOC") and ent.root.i not in own and _locative(ent.root)
                and _linked(ent.root, trigger) and not any(t.ent_type_ == "PERSON" for t in ent)):
            return ent.text.removeprefix("the ").strip() or None
    return None


def _visitors_are_others(trigger: Token) -> bool:
    """A meeting verb whose subject is a common noun that names no side (tourists, fans, workers; not "the
    delegation", "leaders"), or a relative pronoun standing for one ("most of whom")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    nouns = _cues().get("participant", frozenset()) | _cues().get("delegation", frozenset()) | _cues().get("group", frozenset())
    verb = trigger
    if not any(c.dep_ == "nsubj" for c in trigger.children) and trigger.dep_ in ("xcomp", "advcl") and trigger.head.i != trigger.i:
        verb = trigger.head  # "tourists troop to Kogelo to visit …": the subject of the verb the visit completes
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        head = child
        of = [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if of and (child.lemma_.lower() in _cues().get("quantity", frozenset()) or child.lower_ in ("most", "many", "some", "all")):
            head = of[0]  # "hundreds of fans", "most of whom": the crowd the share is of
            if head.tag_ == "WP":
                return True
        return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() not in nouns and head.lower_ not in nouns
    return False


def _domestic(sent, participants: dict, sentence_places: list, countries: set[str]) -> bool:
    """Everyone is of the one country, or unknown to the knowledge base and given no country, and the sentence names
    no other country and no international organisation (a UN envoy at Nepal's peace talks is not domestic)."""
    from core.knowledge import fold, organisations

    if not all(m.country or not m.person_id for m in participants.values()):
        return False
    if {p.country for p in sentence_places} - countries:
        return False
    known = organisations()
    words = fold(sent.text).split()
    return not any(" ".join(words[i:i + n]) in known for n in (1, 2, 3, 4) for i in range(len(words)))


def _non_party(doc: Doc, mention) -> bool:
    """A person the text describes as a journalist, reporter or the like is interviewing, not meeting as a side."""
    words = _cues().get("non_party", frozenset())
    return any(doc[i].lemma_.lower() in words for i in described(doc, [mention.token]))


def _locative(token: Token) -> bool:
    """A place where something happens: the object of "in", "at" and the like ("talks in Moscow"), or the place a
    travel word goes to; not a side ("bonds with Moscow", "between Beijing and Washington")."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ in _cues().get("locative", frozenset())


def _is_subject(token, trigger) -> bool:
    for node in [token, *token.ancestors]:
        if node.dep_ in ("nsubj", "nsubjpass", "poss") and node.head.i == trigger.i or node.i == trigger.i:
            return node.i != trigger.i
        if node.dep_ in ("nsubj", "nsubjpass") and trigger in node.head.subtree:
            return True
    return False


def _date(sent, trigger, dates, published, precision):
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.value]
    if inside:
        best = min(inside, key=lambda d: abs(d.start - trigger.idx))
        return best.value, best.precision, best.rule
    if published:
        return published, "approx" if precision == "day" else precision, "published"
    return None, "unknown", "none"


def merge_within_article(meetings: list[Meeting]) -> list[Meeting]:
    """One row per distinct meeting: same participants (or one set inside the other) and compatible dates."""
    merged: list[Meeting] = []
    for meeting in meetings:
        for other in merged:
            a, b = set(meeting.participants), set(other.participants)
            # within one article, two different days the text states are two meetings (arrival, then talks)
            if (a <= b or b <= a) and compatible_dates(meeting.date, meeting.date_precision, other.date, other.date_precision,
                                                       slack_days=0) and meeting.referenced == other.referenced:
                if len(a) > len(b) or meeting.confidence > other.confidence:
                    other.participants, other.evidence, other.start, other.end = sorted(a | b), meeting.evidence, meeting.start, meeting.end
                    other.confidence = max(other.confidence, meeting.confidence)
                other.countries = sorted(set(other.countries) | set(meeting.countries))
                other.location = other.location or meeting.location
                if other.date_precision in ("approx", "unknown") and meeting.date_precision not in ("approx", "unknown"):
                    other.date, other.date_precision = meeting.date, meeting.date_precision
                break
        else:
            merged.append(meeting)
    return merged


def compatible_dates(a: str | None, pa: str | None, b: str | None, pb: str | None, *, slack_days: int = 2) -> bool:
    """Whether two meeting dates (ISO day, month or year; None when unknown) can be the same meeting."""
    if not isinstance(a, str) or not isinstance(b, str) or not a or not b:
        return True
    if len(a) >= 10 and len(b) >= 10:
        slack = slack_days + (3 if "approx" in (pa, pb) else 0)
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= slack
    n = min(len(a), len(b))
    return a[:n] == b[:n]

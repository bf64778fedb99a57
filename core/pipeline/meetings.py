"""Meetings in one article: trigger words, participants linked to them through the parse, date, place, kind."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from core.pipeline.kb import _rows, country_display_name

MAX_PATH = 4  # dependency steps between a participant and the meeting word
PRONOUNS = {"he", "she", "him", "her"}


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


@lru_cache(maxsize=1)
def _triggers() -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    return {(r["lemma"], r["pos"]): (r["kind"], tuple(w for w in r.get("requires", "").split("|") if w)) for r in _rows("meeting_triggers.csv")}


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    cues: dict[str, set[str]] = {}
    for row in _rows("meeting_cues.csv"):
        cues.setdefault(row["kind"], set()).add(row["cue"])
    return {k: frozenset(v) for k, v in cues.items()}


def _trigger(token: Token, sentence_words: set[str]):
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
    found = _triggers().get((token.lemma_.lower(), pos)) if pos else None
    if found is None and pos == "NOUN":
        found = _triggers().get((token.lower_, pos))
    if found is None:
        return None
    kind, requires = found
    return kind if not requires or sentence_words & set(requires) else None


def _path(a: Token, b: Token) -> list[Token] | None:
    """Tokens strictly between a and b on the dependency path, or None when farther than MAX_PATH steps."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, token in enumerate(up_a):
        if token.i in index_b:
            m = index_b[token.i]
            if n + m > MAX_PATH:
                return None
            return [*up_a[1:n + 1], *up_b[1:m]]
    return None


def _linked(person_token: Token, trigger: Token) -> bool:
    path = _path(person_token, trigger)
    if path is None:
        return False
    reporting = _cues()["reporting"]
    return not any(t.lemma_.lower() in reporting and t.i != trigger.i for t in path)


def extract_meetings(doc: Doc, *, people, places, dates, published: str | None, published_precision: str, dateline_place=None) -> list[Meeting]:
    """Meetings reported or referenced in the article, one per distinct meeting."""
    by_sentence = {}
    for m in people:
        by_sentence.setdefault(m.sentence, []).append(m)
    found: list[Meeting] = []
    last_subject = None
    for number, sent in enumerate(doc.sents):
        words = {t.lower_ for t in sent}
        sentence_people = by_sentence.get(number, [])
        for token in sent:
            kind = _trigger(token, words)
            if kind:
                found += _meeting(doc, sent, number, token, kind, sentence_people, last_subject, places, dates, published, published_precision)
        subjects = [m for m in sentence_people if doc[m.token].dep_ in ("nsubj", "nsubjpass") or doc[m.token].head.dep_ in ("nsubj", "nsubjpass")]
        if subjects or sentence_people:
            last_subject = (subjects or sentence_people)[0]
    return merge_within_article(found)


def _meeting(doc, sent, number, trigger, kind, people, last_subject, places, dates, published, precision) -> list[Meeting]:
    rules = [f"trigger:{trigger.lemma_.lower()}"]
    participants = {}
    for m in people:
        if _linked(doc[m.token], trigger):
            participants.setdefault(m.canonical, m)
    for token in sent:
        if token.lower_ in PRONOUNS and last_subject and _linked(token, trigger) and last_subject.canonical not in participants:
            participants[last_subject.canonical] = last_subject
            rules.append("pronoun")
    sentence_places = [p for p in places if sent.start_char <= p.start < sent.end_char]
    linked_places = [p for p in sentence_places if _linked(doc.char_span(p.start, p.end, alignment_mode="expand").root, trigger)]
    countries = {m.country for m in participants.values() if m.country}
    delegations = _delegations(doc, sent, trigger, sentence_places) if not participants or len(participants) == 1 else []
    for iso3 in delegations:
        countries.add(iso3)
    destination = next((p for p in linked_places if kind == "visit" or p.label == "GPE"), None)
    if destination:
        countries.add(destination.country)
    names = sorted(participants)
    named_sides = len(names) + len([c for c in delegations if c not in {m.country for m in participants.values()}])
    if named_sides < 2 and not (len(names) == 1 and len(countries) >= 2):
        return []
    if len(countries) == 1 and all(m.country for m in participants.values()) and not delegations:
        return []  # a meeting of one country's own people
    when, when_precision, date_rule = _date(sent, trigger, dates, published, precision)
    referenced = _referenced(sent, trigger, when, when_precision, published)
    location = (destination or next((p for p in sentence_places if p.label == "GPE"), None) or next((p for p in linked_places), None))
    confidence = 0.5 + 0.2 * (len(names) >= 2) + 0.1 * (date_rule != "published") + 0.1 * (location is not None) - 0.2 * ("pronoun" in rules)
    if not names:
        names = [country_display_name(c) for c in sorted(delegations)]
    elif len(names) == 1 and destination and destination.country != participants[names[0]].country:
        names.append(country_display_name(destination.country))  # the host side, no host named
    base = Meeting(
        participants=names,
        countries=sorted(countries),
        location=location.canonical if location else None,
        date=when,
        date_precision=when_precision,
        kind="summit" if any(t.lower_ == "summit" for t in sent) and kind == "talks" else kind,
        referenced=referenced,
        evidence=sent.text.strip(),
        start=sent.start_char + (len(sent.text) - len(sent.text.lstrip())),
        end=sent.start_char + len(sent.text.rstrip()),
        confidence=round(min(confidence, 0.95), 2),
        sentence=number,
        rules=rules + [f"date:{date_rule}"],
    )
    return _pairwise(base, trigger, participants, doc)


def _pairwise(meeting: Meeting, trigger, participants: dict, doc) -> list[Meeting]:
    """ "A met B on Thursday, C and D on Friday": one meeting per person A met, unless it is a summit."""
    subjects = [name for name, m in participants.items() if _is_subject(doc[m.token], trigger)]
    others = [name for name in meeting.participants if name not in subjects]
    if meeting.kind == "summit" or len(subjects) != 1 or len(others) < 2:
        return [meeting]
    out = []
    for other in others:
        countries = sorted({c for c in (participants[subjects[0]].country, getattr(participants.get(other), "country", None)) if c} or meeting.countries)
        out.append(Meeting(**{**meeting.__dict__, "participants": sorted([subjects[0], other]), "countries": countries, "rules": list(meeting.rules)}))
    return out


def _is_subject(token, trigger) -> bool:
    for node in [token, *token.ancestors]:
        if node.dep_ in ("nsubj", "nsubjpass", "poss") and node.head.i == trigger.i or node.i == trigger.i:
            return node.i != trigger.i
        if node.dep_ in ("nsubj", "nsubjpass") and trigger in node.head.subtree:
            return True
    return False


def _delegations(doc, sent, trigger, places) -> list[str]:
    """Countries meeting as delegations ("a Chinese delegation"), when no person speaks for a side."""
    out = []
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        head = span.root.head
        if head.lemma_.lower() in ("delegation", "team", "side", "government", "official") and _linked(head, trigger):
            out.append(place.country)
    return sorted(set(out))


def _date(sent, trigger, dates, published, precision):
    inside = [d for d in dates if sent.start_char <= d.start < sent.end_char and d.value]
    if inside:
        best = min(inside, key=lambda d: abs(d.start - trigger.idx))
        return best.value, best.precision, best.rule
    if published:
        return published, "approx" if precision == "day" else precision, "published"
    return None, "unknown", "none"


def _referenced(sent, trigger, when, precision, published) -> bool:
    """Background (earlier meetings) or plans (future ones), not the meeting the article reports."""
    cues = _cues()
    words = [t for t in sent if t.i != trigger.i]
    aux = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or trigger.lower_ in ("upcoming",):
        return True
    if "had" in aux and trigger.tag_ == "VBN":
        return True
    for ancestor in [trigger, *trigger.ancestors]:
        if any(c.lower_ in cues["background"] and c.dep_ in ("prep", "mark", "amod", "advmod") for c in ancestor.children):
            return True
        if ancestor.lemma_.lower() in cues["future"] and ancestor.i != trigger.i:
            return True
    if trigger.head.lower_ in cues["background"] or any(c.lower_ in cues["background"] | {"next"} and c.dep_ == "amod" for c in trigger.children):
        return True
    if when and published and precision in ("day", "month", "year") and precision != "approx":
        return _before(when, published)
    return False


def _before(value: str, published: str) -> bool:
    """True when the meeting date lies clearly before the publication (more than two weeks, or an earlier month/year)."""
    try:
        pub = date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        pub = None
    if len(value) >= 10 and pub:
        return date.fromisoformat(value[:10]) < pub - timedelta(days=14)
    return value[: len(value)] < published[: len(value)]


def merge_within_article(meetings: list[Meeting]) -> list[Meeting]:
    """One row per distinct meeting: same participants (or one set inside the other) and compatible dates."""
    merged: list[Meeting] = []
    for meeting in meetings:
        for other in merged:
            a, b = set(meeting.participants), set(other.participants)
            if (a <= b or b <= a) and compatible_dates(meeting.date, meeting.date_precision, other.date, other.date_precision) and meeting.referenced == other.referenced:
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


def compatible_dates(a: str | None, pa: str, b: str | None, pb: str, *, slack_days: int = 2) -> bool:
    if not a or not b:
        return True
    if len(a) >= 10 and len(b) >= 10:
        slack = slack_days + (3 if "approx" in (pa, pb) else 0)
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= slack
    n = min(len(a), len(b))
    return a[:n] == b[:n]

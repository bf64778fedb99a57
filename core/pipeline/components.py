"""Registered spaCy components: `bl_boundaries` (boundaries.py), `bl_sectors` (sectors.py) and `bl_facts`, which finds
people, places, resolved dates and meetings from the publication date in doc.user_data["published"] and writes them
to the registered extensions doc._.bl_people, doc._.bl_places, doc._.bl_dates and doc._.bl_meetings."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from spacy.language import Language
from spacy.tokens import Doc

import core.pipeline.boundaries  # noqa: F401  (registers bl_boundaries)
import core.pipeline.sectors  # noqa: F401  (registers bl_sectors)
from core.pipeline import dates as date_rules
from core.pipeline.named_days import DEICTIC, FIGURES, first_day_of_ended
from core.pipeline.that_year import ANCHOR_REACH, counted_from_before, that_month, that_year
from core.pipeline.quoted_days import from_the_day_said
from core.pipeline.clauses import ahead_of_present, clause_verb, ordered_before, to_infinitive, was_due
from core.knowledge import cues, load_knowledge
from core.pipeline.meetings import extract_meetings
from core.pipeline.neighbours import recent_days
from core.pipeline.towns_nearby import after_dateline
from core.pipeline.senses import meeting_nouns, meeting_verbs
from core.pipeline.people import resolve_people
from core.pipeline.places import resolve_places
from core.pipeline.doc_text import text_of


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    precision: str
    rule: str
    end_value: str | None = None


@Language.component("bl_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence (headings must not run into the next paragraph)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


FACTS = ("people", "places", "dates", "meetings")
for _name in FACTS:
    if not Doc.has_extension(f"bl_{_name}"):
        Doc.set_extension(f"bl_{_name}", default=None)


@dataclass
class Found:
    """What bl_facts finds in one article, before it is written to the Doc."""
    people: list = field(default_factory=list)
    places: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    meetings: list = field(default_factory=list)


def write(doc: Doc, found: Found) -> Doc:
    for name in FACTS:
        setattr(doc._, f"bl_{name}", getattr(found, name))
    return doc


@Language.factory(
    "bl_facts",
    assigns=[f"doc._.bl_{name}" for name in FACTS],
    requires=["doc.ents", "doc.sents"],
)
def make_facts(nlp: Language, name: str):
    return Facts()


class Facts:
    def __init__(self) -> None:
        self.kb = load_knowledge()

    def __call__(self, doc: Doc) -> Doc:
        return write(doc, self.find(doc))

    def find(self, doc: Doc) -> Found:
        published = doc.user_data.get("published")
        precision = doc.user_data.get("published_precision", "unknown")
        headings = doc.user_data.get("headings", [])
        if not doc.has_annotation("DEP") and not doc.has_annotation("SENT_START"):
            return Found()
        people = resolve_people(doc, self.kb, published=published, headings=headings, source=doc.user_data.get("source"),
                                title=doc.user_data.get("title"))
        places = resolve_places(doc, self.kb)
        found_dates = resolve_dates(doc, published if precision == "day" else (published or "")[: {"month": 7, "year": 4}.get(precision, 10)])
        meetings = extract_meetings(doc, people=people, places=places, dates=after_dateline(found_dates, text_of(doc)), published=published,
                                    published_precision=precision, leaders=self._leaders(people, published), kb=self.kb,
                                    headings=headings) if doc.has_annotation("DEP") else []
        return Found(people, places, found_dates, meetings)

    def _leaders(self, people, published: str | None) -> dict[str, str]:
        """Canonical name → country of the heads of state or government among the people, on the publication date."""
        day = (published or "")[:10]
        out = {}
        for m in people:
            for role in self.kb.leaders_of(m.person_id, day) if day else []:
                out[m.canonical] = role.country
        return out


def resolve_dates(doc: Doc, published: str | None) -> list[DateMention]:
    text = text_of(doc)
    out: list[DateMention] = []
    anchor: DateMention | None = None  # the last day the text gave: what "the following day" counts from
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") and not _day_of_month(doc, ent):
            continue
        begin = _in_the_day(doc, ent)  # "Later in [the day]": the model left the first words out
        written = text[begin:ent.end_char]
        told = _told_anchor(doc, begin, anchor, out, published)
        found = (_from_anchor(doc, text, begin, ent.end_char, told) if told and _counted(written) else None) or \
            counted_from_before(written, out, begin) or _glossed(written, published, _future(ent)) or date_rules.resolve(written, published, future=_future(ent)) or \
            _today(written, published) or that_year(written, out, begin)
        # a time of day before its day: "before midnight yesterday", "10 p.m. on Friday" (not a DATE: "1948 to 1994" would lose words)
        for k in range(1, len(ent)) if found is None and ent.label_ == "TIME" else ():
            found = date_rules.resolve(ent[k:].text, published, future=_future(ent))
            if found is not None:
                break
        end = ent.end_char
        comma = next((t.i for t in ent if t.text == ","), None)  # "yesterday, ending seventeen years of …": the model ran on
        if found is None and comma is not None and comma > ent.start:
            found = date_rules.resolve(doc[ent.start:comma].text, published, future=_future(ent))
            end = doc[comma - 1].idx + len(doc[comma - 1].text) if found else end
        if (found is None and ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "within")
                and not (ent.end < len(doc) and doc[ent.end].lower_ == "of")):  # not "within days of the attack"
            found = date_rules.resolve(f"within {ent.text}", published, future=True)  # "in a few days"
        if found is None and ent.end < len(doc) and doc[ent.end].lower_ == "time":
            found = date_rules.resolve(f"{ent.text} time", published, future=True)  # "in two days' time", the model stopped short
        start = begin
        if found is None and ent.start > 0 and doc[ent.start - 1].lower_ in date_rules.RELATIVE_WORDS:
            found = date_rules.resolve(f"{doc[ent.start - 1].text} {ent.text}", published, future=_future(ent))
            start = doc[ent.start - 1].idx if found else start  # the model left the word out: "this [week]'s talks"
        if found is None and _since_now(doc, ent):
            found = date_rules.resolve(f"{ent.text} ago", published)  # "The visit comes seven months after Maliki travelled"
        if found is None and told is not None:
            found = _from_anchor(doc, text, ent.start_char, ent.end_char, told)
        if found is None and ent.label_ == "TIME":
            continue  # "3 p.m.", "hours": a time that names no day
        if found and found.rule == "day-of-month" and ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "ADJ", "PROPN"):
            found = None  # an ordinal of a thing: "the 20th annual NATO summit", "the 15th round of talks"
        if found and found.rule == "month" and ent.start > 0 and doc[ent.start - 1].lower_ == "that":
            found = that_month(found, out, ent.start_char)
        if found and found.rule == "weekday" and published and was_due(_verb_of(ent)) and (date.fromisoformat(published[:10]) - date.fromisoformat(found.value)).days > 3:
            found = date_rules.resolve(written, published, future=True)  # "was due in Washington … on Tuesday": the nearer one
        if found := first_day_of_ended(doc, ent, found):  # "a two-day summit that ended on Saturday": Friday to Saturday
            out.append(DateMention(start, end, text[start:end], found.value, found.precision, found.rule, found.end))
            anchor = out[-1] if found.precision == "day" else anchor
        else:
            out.append(DateMention(ent.start_char, ent.end_char, ent.text, None, "unresolved", "unresolved"))
    found_all = _untagged_anchored(doc, text, _untagged_figures(doc, published, _gloss_wins(text, out)), published)
    return from_the_day_said(doc, found_all, published)  # "'… called me yesterday,' Kenyatta said on Monday"


def _untagged_figures(doc: Doc, published: str | None, found: list[DateMention]) -> list[DateMention]:
    """Dates written in figures ("met on 03/21/2006") and parts of the day of the report ("This morning Hariri saw
    the host again") that the model did not tag."""
    taken = {(d.start, d.end) for d in found}
    out = list(found)
    spans = [(t.idx, t.idx + len(t), t.text) for t in doc if FIGURES.fullmatch(t.text)]
    spans += [(m.start(), m.end(), m.group(0)) for m in DEICTIC.finditer(text_of(doc))]
    for start, end, text in spans:
        if not any(a < end and start < b for a, b in taken):
            resolved = date_rules.resolve(text, published) or date_rules.resolve(text.split()[0], published)
            if resolved is not None:
                out.append(DateMention(start, end, text, resolved.value, resolved.precision, resolved.rule))
    return sorted(out, key=lambda d: d.start) if len(out) > len(found) else found


def _day_of_month(doc: Doc, ent) -> bool:
    """An ordinal the model did not take for a date that names a day of the month: "met in Moscow on the 4th" (not
    "on the 4th day", "on the 2nd floor")."""
    after = doc[ent.end] if ent.end < len(doc) else None
    return (ent.label_ == "ORDINAL" and ent.start >= 2 and doc[ent.start - 2].lower_ == "on" and doc[ent.start - 1].lower_ == "the"
            and re.fullmatch(r"[0-3]?\d(st|nd|rd|th)", ent.text) is not None and (after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")))


_GLOSS = re.compile(r"\(\s*([^()]+?)\s*\)?$")


def _glossed(text: str, published: str | None, future: bool) -> date_rules.Resolved | None:
    """The day a date in brackets gives for the words before it, which it glosses: "Friday (June 30" (the model
    took both in one entity)."""
    inner = _GLOSS.search(text) if "(" in text else None
    found = date_rules.resolve(inner[1], published, future=future) if inner and inner.start() > 0 else None
    return found if found is not None and found.precision == "day" else None


def _gloss_wins(text: str, found: list[DateMention]) -> list[DateMention]:
    """A relative day followed by a day in brackets takes the bracketed day, which the writer gave to be exact:
    "will be visited tomorrow (July 1)"."""
    out = list(found)
    for i in range(len(out) - 1):
        first, gloss = out[i], out[i + 1]
        if gloss.precision == "day" and gloss.value and re.fullmatch(r"\s*\(\s*", text[first.end:gloss.start]):
            out[i] = replace(first, value=gloss.value, precision="day", rule=gloss.rule)
    return out


_COUNT = "|".join(sorted(date_rules.NUMBERS, key=len, reverse=True))
_ANCHORED = re.compile(r"\b(?:(?:on\s+)?(?:the\s+)?(?:(?P<rel>following|next|previous|same)\s+(?:day|morning|afternoon|evening|night)|day\s+(?P<side>after|before))"
                       r"|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
                       r"|(?P<inday>(?:later|earlier)\s+in\s+the\s+day)|(?P<hours>(?:a\s+few\s+|several\s+|some\s+)?hours\s+(?:later|earlier))"
                       r"|the\s+(?:(?P<wrel>following|previous)\s+week|week\s+(?P<wside>after|before))"
                       rf"|(?P<n>an?|\d{{1,2}}|{_COUNT})\s+days?\s+(?P<way>later|earlier|after|before))\b", re.I)


def _counted(written: str) -> re.Match | None:
    """The match of a day counted from the last day the text gave, before any reading from the publication date:
    "two days later", "earlier in the day", "hours later" (that day)."""
    match = _ANCHORED.fullmatch(written.strip(" ,.;"))
    return match if match is not None and (match["n"] or match["inday"] or match["hours"] or match["wrel"] or match["wside"]) else None


def _today(written: str, published: str | None) -> date_rules.Resolved | None:
    """ "Earlier in the day" with no day given before it: the day of the report, as "today" is."""
    match = _counted(written)
    if match is not None and match["inday"] and published and len(published) >= 10:
        return date_rules.Resolved(published[:10], "day", "deictic")
    return None


def _in_the_day(doc: Doc, ent) -> int:
    """Where a date begins, taking in the "earlier in" or "later in" the model left out before "the day"."""
    if ent.text.lower() == "the day" and ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lower_ in ("earlier", "later"):
        return doc[ent.start - 2].idx
    return ent.start_char


def _untagged_anchored(doc: Doc, text: str, found: list[DateMention], published: str | None) -> list[DateMention]:
    """Days told from the day before them that the model did not tag as dates ("The following day he met …")."""
    out, replaced = [], []
    for match in _ANCHORED.finditer(text):
        overlapping = [d for d in found if d.start < match.end() and match.start() < d.end]
        if any(d.value for d in overlapping):
            continue  # a date the model tagged and read; one it could not read ("The day" of "The day before") gives way
        anchor = next((d for d in reversed(found) if d.end <= match.start() and d.precision == "day" and d.value), None)
        anchor = _told_anchor(doc, match.start(), anchor, found, published)
        resolved = _from_anchor(doc, text, match.start(), match.end(), anchor) if anchor else None
        if resolved:
            out.append(DateMention(match.start(), match.end(), match.group(0), resolved.value, "day", resolved.rule))
            replaced += overlapping
    return sorted([d for d in found if not any(d is r for r in replaced)] + out, key=lambda d: d.start) if out else found


def _told_anchor(doc: Doc, start: int, anchor: DateMention | None, before: list[DateMention],
                 published: str | None) -> DateMention | None:
    """The day a relative day at `start` counts from: the last day told, unless that day comes after the report
    while the sentence tells what happened ("talks would open on 27 October. The next day the secretary-general
    flew to Juba"): then the last day told that does not; and the news day when no day was told close before."""
    if anchor is not None and published and anchor.value is not None and anchor.value[:10] > published[:10]:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.sent.root.tag_ == "VBD":
            anchor = next((d for d in reversed(before) if d.end <= start and d.precision == "day" and d.value
                           and d.value[:10] <= published[:10]), anchor)
    if anchor is not None and start - anchor.end <= ANCHOR_REACH:
        return anchor
    return _news_day(doc, before, published, start) or anchor


def _news_day(doc: Doc, before: list[DateMention], published: str | None, start: int) -> DateMention | None:
    """The day of the news, which a relative day told far from any other day counts from ("The compromise was reached
    the previous evening" several paragraphs after "agreed in Bali on Sunday"): the one recent day the first sentence
    gives."""
    first = next(iter(doc.sents), None)
    if first is None or start < first.end_char or not published or len(published) < 10:
        return None
    days = recent_days(before, (first.start_char, first.end_char), date.fromisoformat(published[:10]))
    return next((d for d in before if _in_first_sentence(doc, d) and d.value == days[0]), None) if len(days) == 1 else None


def _from_anchor(doc: Doc, text: str, start: int, end: int, anchor: DateMention) -> date_rules.Resolved | None:
    """A day told from the last day the text gave: "arrived on Monday. The following day he met …" (Tuesday),
    "later that day", "the day before"; not "the day after the election" nor "four days after rebel soldiers shot
    him", which count from something else."""
    match = _ANCHORED.fullmatch(text[start:end].strip(" ,.;"))
    span = doc.char_span(start, end, alignment_mode="expand")
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    far = start - anchor.end > ANCHOR_REACH and not _in_first_sentence(doc, anchor)  # the news day counts from anywhere
    if (match is None or not anchor.value or (far and not match["inday"])  # "earlier in the day": the news day
            or ((match["side"] or match["wside"] or match["way"] in ("after", "before")) and after is not None
                and (after.pos_ in ("DET", "PROPN", "NOUN", "PRON", "NUM") or (match["way"] and not after.is_punct)))):
        return None
    if match["wrel"] or match["wside"]:  # "the previous week": the week before the last day told, from its Monday
        day = date.fromisoformat(anchor.value[:10]) + timedelta(days=7 if (match["wrel"] or match["wside"]) in ("following", "after") else -7)
        return date_rules.Resolved((day - timedelta(days=day.weekday())).isoformat(), "week", "anchored")
    if match["n"]:  # "two days later": counted from that day, not from the publication
        n = 1 if match["n"].lower() in ("a", "an") else int(match["n"]) if match["n"].isdigit() else date_rules.NUMBERS[match["n"].lower()]
        shift = n if match["way"].lower() in ("later", "after") else -n
    else:
        word = match["rel"] or match["side"]  # None for "that day" and "earlier in the day": the same day
        shift = 1 if word in ("following", "next", "after") else -1 if word in ("previous", "before") else 0
    return date_rules.Resolved((date.fromisoformat(anchor.value[:10]) + timedelta(days=shift)).isoformat(), "day", "anchored")


def _in_first_sentence(doc: Doc, when: DateMention) -> bool:
    first = next(iter(doc.sents), None)
    return first is not None and first.start_char <= when.start < first.end_char


def _future(ent) -> bool:
    """Whether a date speaks of the future. A weekday ("on Wednesday") or a month without a year ("began in November")
    usually names a recent past one, so it counts as future only when its own clause does ("will arrive on
    Wednesday"); other dates follow the sentence."""
    future = cues().get("future_date", frozenset())
    if ent.doc.has_annotation("DEP") and _clause_bound(ent) and (_intended(ent) or _in_store(ent) or _scheduled(ent)
                                                                  or _reported_future(ent) or ahead_of_present(_verb_of(ent))):
        return True
    if not any(t.lower_ in future for t in ent.sent):
        return False
    if not ent.doc.has_annotation("DEP") or not _clause_bound(ent):
        return True
    node = _verb_of(ent)
    if any(c.lower_ in future for c in [node, *node.children]):
        return True
    # a participle's clause takes the tense of the verb it belongs to: "will be held …, beginning in November"
    return (node.tag_ in ("VBG", "VBN") and node.dep_ in ("advcl", "acl", "xcomp") and node.head.i != node.i
            and any(c.lower_ in future for c in [node.head, *node.head.children]))


def _intended(ent) -> bool:
    """The date's clause is what someone agreed, decided or planned to do ("decided in March to visit China in May",
    "accepted an invitation to visit Tokyo in April"): an infinitive completing an `intention` verb or an
    `invitation_noun` lies ahead of it; not a date in what came before the intent ("agreed to restore ties after a
    meeting on 10 August")."""
    node = _verb_of(ent)
    if node.dep_ == "acl" and node.head.pos_ == "NOUN":  # a noun's: "an invitation to visit Tokyo in April"
        return to_infinitive(node) and node.head.lemma_.lower() in cues().get("invitation_noun", frozenset())
    return node.dep_ == "xcomp" and to_infinitive(node) and node.head.lemma_.lower() in cues().get("intention", frozenset()) and not ordered_before(ent.root)


def _since_now(doc: Doc, ent) -> bool:
    """A length before "after" that counts back from now: what comes after it is told in the present ("The visit comes
    seven months after Maliki travelled to Tehran", "… is the first since …"), so the clause after "after" is that
    long ago."""
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.lower_ != "after" or ent.label_ != "DATE" or not doc.has_annotation("DEP"):
        return False
    main = after.head.head if after.dep_ == "mark" else after.head  # the clause "after" opens hangs on the main verb
    return main.tag_ in ("VBZ", "VBP") and any(t.like_num or t.lower_ in date_rules.NUMBERS for t in ent)


def _scheduled(ent) -> bool:
    """The date's clause tells a trip or meeting in the simple present, as a timetable does: "flies to Astana on
    Saturday for talks", "meets Nazarbayev on Saturday", "The tour … ends on Wednesday" (news tells past trips in the past)."""
    node, moving = _verb_of(ent), cues().get("travel", frozenset()) | cues().get("departure", frozenset())
    return (node.tag_ in ("VBZ", "VBP") and (node.lemma_.lower() in meeting_verbs() | moving or any(  # "leaves for Pretoria on
        c.dep_ == "nsubj" and c.lemma_.lower() in meeting_nouns() for c in node.children))  # Friday"; a meeting's timetable
            and not any(c.dep_ == "aux" for c in node.children))  # not "did, however, meet … on Friday"


def _reported_future(ent) -> bool:
    """The date's clause is what someone said would happen: "He said Lula would visit Angola in November"."""
    node = _verb_of(ent)
    return (any(c.dep_ == "aux" and c.lower_ == "would" for c in node.children) and node.dep_ == "ccomp"
            and node.head.lemma_.lower() in cues().get("reporting", frozenset()))


def _in_store(ent) -> bool:
    """The date's clause says what is in store, through a present-tense "be": "is due in Tehran on Monday", "is to
    visit Tehran on Monday", "are slated to meet on Monday", "is going to Moscow in June" (`future_state` cues). A past
    "was due" may not have come to pass and is left to the sentence."""
    states, node, infinitive = cues().get("future_state", frozenset()), _verb_of(ent), False
    while True:
        present = _present_be(node) or any(c.dep_ in ("aux", "auxpass") and _present_be(c) for c in node.children) or (
            node.dep_ == "acomp" and _present_be(node.head))  # "is due to visit": the infinitive completes "due"
        marked = node.lower_ in states or any(c.dep_ == "acomp" and c.lower_ in states for c in node.children)
        if present and (marked or (infinitive and node.lemma_ == "be")):
            return True
        if node.dep_ != "xcomp" or not to_infinitive(node):
            return False
        node, infinitive = node.head, True


def _verb_of(ent):
    """The verb of the date's clause (or the root, for a clause without one)."""
    return clause_verb(ent.root)


def _present_be(token) -> bool:
    return token.lemma_ == "be" and token.tag_ in ("VBZ", "VBP")


def _clause_bound(ent) -> bool:
    """A weekday, or a month named without a year: its tense comes from its own clause, not from the sentence."""
    words = [t.lower_.rstrip(".") for t in ent]
    if any(w in date_rules.WEEKDAYS for w in words):
        return True
    return any(w in date_rules.MONTHS for w in words) and not any(t.like_num and len(t.text) == 4 for t in ent)

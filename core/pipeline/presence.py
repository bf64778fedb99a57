"""Where the text says a person is, and the town it gives the meetings told there: "Rice is in Jerusalem." + "On
Monday she held talks with Olmert"; "Lavrov, who is in Tokyo for talks, met Abe"; "Rice, in Jerusalem for a two-day
visit, held talks with Olmert"."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from core.pipeline.date_spans import compatible_dates
from core.pipeline.sides import place_token

PRESENCE_REACH = 1  # the sentences after the one saying where a person is whose meetings are held there
RELATIVES = frozenset({"who", "that"})


@dataclass(frozen=True)
class Presence:
    sentence: int
    person: str  # canonical name
    town: str
    dates: tuple[tuple[str, str], ...]  # (value, precision) of the dates its sentence gives


def _present_one(holder: Token) -> Token | None:
    """The one whom a locative "in" depends on is said to be there: the subject of "be" ("Rice is in Jerusalem"),
    the noun a "who is in …" clause describes, or the name the phrase stands beside ("Rice, in Jerusalem for …")."""
    if holder.lemma_ == "be":
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        if subjects[0].lower_ in RELATIVES and holder.dep_ == "relcl":
            return holder.head
        return subjects[0]
    if holder.pos_ == "PROPN":
        return holder
    return None


def presences(doc: Doc, sentences: Sequence, people: Sequence, places: Sequence, dates: Sequence) -> list[Presence]:
    """Each town (not country) the text says a named person is in, with the sentence (of `sentences`, the Doc's)
    saying so."""
    at = {m.token: m for m in people}
    out = []
    for place in places:
        if place.label != "GPE" and place.kind != "metonym":
            continue
        token = place_token(doc, place)
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        one = _present_one(prep.head)
        named = [one, *(c for c in one.children if c.dep_ == "appos")] if one is not None else []
        mention = next((at[t.i] for t in named if t.i in at), None)  # "The Secretary of State, Condoleezza Rice, is in …"
        if mention is None:
            continue
        bounds = sentences[mention.sentence]
        told = tuple((d.value, d.precision) for d in dates if bounds.start_char <= d.start < bounds.end_char and d.value)
        out.append(Presence(mention.sentence, mention.canonical, place.where, told))
    return out


def place_of_presence(meeting, present: Sequence[Presence]) -> None:
    """A meeting the article reports that its evidence does not place is where the text has just said one of its
    people is, on a day that agrees with its own; never a telephone call, which is held nowhere."""
    if meeting.location or meeting.referenced or meeting.kind == "call":
        return
    for presence in sorted(present, key=lambda p: -p.sentence):
        if (0 <= meeting.sentence - presence.sentence <= PRESENCE_REACH and presence.person in meeting.participants
                and all(compatible_dates(value, precision, meeting.date, meeting.date_precision, slack_days=1)
                        for value, precision in presence.dates)):  # "in Wellington on Tuesday": not Thursday's meeting
            meeting.location = presence.town
            meeting.rules.append("place:presence")
            return

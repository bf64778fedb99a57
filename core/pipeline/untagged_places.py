"""Places the model left untagged: a capital or city the gazetteer reads in text (100,000 people or more, or a
listed venue), named as the object of a place preposition ("talks with Akufo-Addo in Accra", "met Xi in Port
Moresby") or of a verb of travel ("to visit Chișinău"), becomes a GPE entity like those the model tags; so does such a name the model took for something else
(an organisation, a product, a person), and any name a town word introduces ("in the Amazon city of Leticia"). A
seat of government the gazetteer knows ("Downing Street") is found the same way."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge, cues, fold, seats_of_government
from core.pipeline.places import TOWN_WORDS

PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "outside", "inside"}
PARTICLES = {"de", "del", "da", "do", "la", "el", "al", "es", "du", "of"}  # lower-case words inside a city's name
NAMING_WORDS = TOWN_WORDS - {"capital"}  # "the full capital of Reuters" is money
NOT_PLACES = {"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "PERSON", "NORP", "EVENT", "LAW"}  # labels a town may wrongly get


def untagged_places(doc: Doc, ents: list[Span], kb: Knowledge) -> list[Span]:
    """The entities with every untagged city or capital named after a place preposition added as GPE, and one the
    model took for an organisation ("met in Accra" tagged ORG) relabelled GPE."""
    ents = _placed_before(_towns_named(doc, [_relabelled(_trimmed(ent), kb) for ent in ents]))
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    added, venue = [], cues().get("venue", frozenset()) - cues().get("named_after", frozenset())
    travel = cues().get("travel", frozenset())
    for token in doc:
        placed = (token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS) or (
            token.dep_ == "dobj" and token.head.lemma_.lower() in travel)  # "is due to visit Chișinău on 3 March"
        if not placed or token.pos_ != "PROPN" or token.i in taken:
            continue
        span = _name_at(token)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        if len(span) > 1 and token.lower_ in venue:
            span = doc[span.start:span.end - 1]  # "at Hillsborough Castle": the town the building's name begins with
        iso3, kind = kb.country_of_place(span.text)
        if iso3 and (kind in ("capital", "city") or fold(span.text) in seats_of_government()):  # "welcomed Obama to Downing Street"
            added.append(Span(doc, span.start, span.end, label="GPE"))
            taken.update(range(span.start, span.end))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _name_at(token) -> Span | None:
    """The capitalised name whose head word is token ("Rio de Janeiro", "Port Moresby"), or None when a lower-case
    word other than a name's particle is inside it."""
    doc = token.doc
    start = token.left_edge.i
    while start < token.i and (doc[start].lower_ in ("the", "a") or not doc[start].text[:1].isupper()):
        start += 1
    end = token.i + 1
    while end < len(doc) and end - token.i <= 2 and doc[end].head.i == token.i and (
            doc[end].text[:1].isupper() or doc[end].lower_ in PARTICLES) and doc[end].dep_ in ("compound", "flat", "prep", "pobj"):
        end += 1  # "Rio de Janeiro": the parse may hang the rest on the first word
    while end - 1 > token.i and doc[end - 1].lower_ in PARTICLES:
        end -= 1
    span = doc[start:end]
    return span if all(t.text[:1].isupper() or t.lower_ in PARTICLES for t in span) else None


def _towns_named(doc: Doc, ents: list[Span]) -> list[Span]:
    """A name a town word introduces ("the Amazon city of Leticia", "the lakeside village of Psarades") is a place,
    known to the gazetteer or not, whatever else the model took it for; a GPE or LOC entity stays as it is."""
    out = list(ents)
    for token in doc:
        if token.dep_ != "pobj" or token.pos_ != "PROPN":
            continue
        word = token.head.head
        if not (token.head.lower_ == "of" and token.head.i > token.head.head.i
                and word.pos_ == "NOUN" and word.tag_ == "NN" and word.lemma_.lower() in NAMING_WORDS
                and any(c.lower_ == "the" and c.dep_ == "det" for c in word.children)):
            continue
        span = _name_at(token)
        if span is None or span.start != token.head.i + 1:
            continue
        clashing = [e for e in out if e.start < span.end and span.start < e.end]
        if any(e.label_ in ("GPE", "LOC") or e.start < span.start or e.end > span.end for e in clashing):
            continue
        out = [e for e in out if e not in clashing] + [Span(doc, span.start, span.end, label="GPE")]
    return sorted(out, key=lambda e: e.start)


def _placed_before(ents: list[Span]) -> list[Span]:
    """A name the model took for an organisation or a thing after the text named it as a town is that town again: "the
    Croatian town of Vukovar" … "the first official visit to Vukovar" (tagged as an organisation)."""
    towns: set[str] = set()
    out = []
    for ent in ents:
        if ent.label_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") and ent.text in towns:
            ent = Span(ent.doc, ent.start, ent.end, label="GPE")
        elif ent.label_ == "GPE":
            towns.add(ent.text)
        out.append(ent)
    return out


def _relabelled(ent: Span, kb: Knowledge) -> Span:
    """An entity of another kind (an organisation, a product, a person) that is the name of a city or capital after a
    place preposition is that place: "met in Accra" tagged ORG, "in the new capital Naypyidaw" tagged PRODUCT."""
    if ent.label_ not in NOT_PLACES or len(ent) > 3 or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in PLACE_PREPOSITIONS:
        return ent
    if ent.label_ == "PERSON" and ent.root.head.lower_ not in ("in", "at"):
        return ent  # "a call from Jackson" may be the person
    iso3, kind = kb.country_of_place(ent.text)
    return Span(ent.doc, ent.start, ent.end, label="GPE") if iso3 and kind in ("capital", "city") else ent


def _trimmed(ent: Span) -> Span:
    """A building or organisation without the preposition the model ran into its end ("the Great Hall of the People
    on Sunday" tagged up to "on")."""
    end = ent.end
    while end - 1 > ent.start and ent.doc[end - 1].pos_ == "ADP" and ent.doc[end - 1].is_lower:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)

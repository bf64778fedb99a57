"""Places the model left untagged: a capital or city the gazetteer reads in text (100,000 people or more, or a
listed venue), named as the object of a place preposition ("talks with Akufo-Addo in Accra", "met Xi in Port
Moresby"), becomes a GPE entity like those the model tags; so does such a name the model took for an
organisation."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from core.knowledge import Knowledge

PLACE_PREPOSITIONS = {"in", "at", "to", "from", "near", "outside", "inside"}
PARTICLES = {"de", "del", "da", "do", "la", "el", "al", "es", "du", "of"}  # lower-case words inside a city's name


def untagged_places(doc: Doc, ents: list[Span], kb: Knowledge) -> list[Span]:
    """The entities with every untagged city or capital named after a place preposition added as GPE, and one the
    model took for an organisation ("met in Accra" tagged ORG) relabelled GPE."""
    ents = [_relabelled(ent, kb) for ent in ents]
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    added = []
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPOSITIONS or token.pos_ != "PROPN" or token.i in taken:
            continue
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
        if any(i in taken for i in range(start, end)) or not all(t.text[:1].isupper() or t.lower_ in PARTICLES for t in span):
            continue
        iso3, kind = kb.country_of_place(span.text)
        if iso3 and kind in ("capital", "city"):
            added.append(Span(doc, start, end, label="GPE"))
            taken.update(range(start, end))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def _relabelled(ent: Span, kb: Knowledge) -> Span:
    """An organisation entity that is the name of a city or capital after a place preposition is that place."""
    if ent.label_ != "ORG" or len(ent) > 3 or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in PLACE_PREPOSITIONS:
        return ent
    iso3, kind = kb.country_of_place(ent.text)
    return Span(ent.doc, ent.start, ent.end, label="GPE") if iso3 and kind in ("capital", "city") else ent

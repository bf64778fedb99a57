"""Places and nationality words → countries: names, demonyms, capitals, cities, metonyms and "Sino-" compounds."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from core.knowledge import (Knowledge, capital_cities, country_display_name, cues, fold, full_city_name, organisation_code, regions,
                            seats_of_government, subdivision_countries, towns_named)
from core.text import without_possessive
from core.pipeline.doc_text import text_of

PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC", "ORG"}
MISTAKEN_LABELS = {"PERSON", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}  # names the model may give a town
TOWN_WORDS = {"city", "town", "capital", "port", "village", "resort", "oasis", "island"}  # "the port city of Busan"


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    label: str  # COUNTRY for countries, demonyms and metonyms; GPE for cities
    canonical: str  # country name, or the city as written
    country: str  # ISO 3166 alpha-3
    kind: str  # country, capital, city, metonym (a seat of government: "the Kremlin"), prefix, shared-head

    @property
    def where(self) -> str:
        """The place a meeting here is in: the capital for a seat of government ("at the Kremlin": Moscow)."""
        return capital_cities().get(self.country, self.canonical) if self.kind == "metonym" else self.canonical


def resolve_places(doc: Doc, kb: Knowledge) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    named: set[str] | None = None  # the words of people's names, once a building's name needs them
    ends = full_name_ends(doc)
    for ent in _joined(doc, kb):
        if ent.label_ not in PLACE_LABELS and not _place_mislabelled(ent, kb):
            continue
        text = without_possessive(ent.text).strip()
        if not any(ch.isupper() for ch in text):
            continue  # a place's name is written with a capital: "metro trains" are no town called Metro
        if len(ent) == 1 and surname_of_someone(doc, ent, kb, ends):
            continue  # "a letter from Yoshihiko Noda …, in which Noda had protested": the person, not the town of Noda
        offset = ent.start_char + (len(ent.text) - len(ent.text.lstrip()))
        lead = re.match(r"(?i)the\s+", text)
        if lead:
            text, offset = text[lead.end():], offset + lead.end()
        iso3, kind = kb.country_of_place(text)
        if iso3 and kind == "city" and organisation_code(text):
            continue  # "the Commonwealth heads of government meeting": the organisation, not a town of that name
        capital = capital_cities().get(iso3 or "") if kind == "country" and ent.end < len(doc) else None
        if capital and iso3 and doc[ent.end].lower_ == "capital" and doc[ent.end].pos_ == "NOUN":
            end = doc[ent.end].idx + len(doc[ent.end])  # "the North Korean capital": Pyongyang
            out.append(PlaceMention(offset, end, text_of(doc)[offset:end], "GPE", capital, iso3, "capital"))
            continue
        if iso3:
            is_country = kind == "country"
            canonical = country_display_name(iso3) if is_country else full_city_name(text)
            label = "COUNTRY" if is_country else "GPE"
            kind = "metonym" if is_country and fold(text) in seats_of_government() else kind
            shared = _shared_before(doc, ent, text, kb) if is_country else None
            out += [shared] if shared else []
            out.append(PlaceMention(offset, offset + len(text), text, label, canonical, iso3, "shared-head" if shared else kind))
            continue
        town = _small_town(doc, ent, text, kb)
        if town is not None:
            out.append(PlaceMention(offset, offset + len(text), text, "GPE", full_city_name(text), town, "city"))
        elif ent.label_ in ("NORP", "GPE", "ORG") and ("-" in text or "–" in text):
            out += _compound(text, offset, kb)
        elif ent.label_ in ("NORP", "GPE"):
            out += _shared_head(text, offset, kb)
        elif ent.label_ in ("FAC", "ORG"):
            named = named if named is not None else {fold(t.text) for e in doc.ents if e.label_ == "PERSON" for t in e}
            inside = ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("in", "near") and kb.country_of_place(doc[ent.end + 1].text)[1] in ("city", "capital")
            out += ([] if inside else _town_of_building(text, offset, kb, named)) or _place_after_in(text, offset, kb)  # not the
            # "Independence" of "the Independence Palace in Minsk": the town it is in
    out += _untagged_capitals(doc, kb, out)
    return _in_the_countries_named(_in_the_country_after(out + _towns_of_a_country(doc, kb, out), text_of(doc)))


LOCATIVE = frozenset({"in", "at", "near", "outside"})  # "talks at Brdo Castle in Kranj", "a meeting in Psarades"


def _small_town(doc: Doc, ent: Span, text: str, kb: Knowledge) -> str | None:
    """The country of a town too small for the place list that the model tagged as a place where something happens
    in it ("held their first meeting … at Brdo Castle in Kranj"), when the article names that country too; else None."""
    from core.knowledge.places import cities
    from core.pipeline.affiliation import countries_in

    if ent.label_ != "GPE" or ent.root.dep_ != "pobj" or ent.root.head.lower_ not in LOCATIVE:
        return None
    town = cities().get(fold(text))
    return town[0] if town and town[0] in countries_in(doc, kb) else None


def _joined(doc: Doc, kb: Knowledge) -> list[Span]:
    """The model's entities, with a place it cut before a lowercase particle joined again when the whole is a known
    town ("Mar" + "del Plata": Mar del Plata, whether or not the rest was tagged), and one it ran on past a known
    place through lowercase words cut back to that place ("the Great Hall of the People on the second day")."""
    out: list[Span] = []
    for ent in doc.ents:
        if out and ent.start < out[-1].end:
            continue  # taken into the town before it
        if ent.label_ in PLACE_LABELS and any(t.is_lower for t in ent[1:]) and not kb.country_of_place(ent.text)[0]:
            end = next((k for k in range(ent.end - 1, ent.start + 1, -1) if doc[k].is_lower and not doc[k - 1].is_lower
                        and kb.country_of_place(doc[ent.start:k].text)[0]
                        and not any(t.is_title and kb.country_of_place(t.text)[0] for t in doc[k:ent.end])), None)  # not "… in Beijing"
            ent = Span(doc, ent.start, end, label=ent.label_) if end is not None else ent
        if ent.label_ in PLACE_LABELS and ent.end + 1 < len(doc) and doc[ent.end].is_lower and doc[ent.end].is_alpha:
            end = next((e for e in (ent.end + 3, ent.end + 2) if e <= len(doc) and all(t.is_title for t in doc[ent.end + 1:e])
                        and kb.country_of_place(doc[ent.start:e].text)[0]), None)
            if end is not None:
                out.append(Span(doc, ent.start, end, label=ent.label_))
                continue
        out.append(ent)
    return out


def _untagged_capitals(doc: Doc, kb: Knowledge, found: list[PlaceMention]) -> list[PlaceMention]:
    """ "the Turkmen capital" where the model tagged no nationality: that country's capital."""
    taken = {i for p in found for i in range(p.start, p.end)}
    out: list[PlaceMention] = []
    for word in doc:
        if word.lower_ != "capital" or word.pos_ != "NOUN" or word.i < 2 or doc[word.i - 1].ent_type_:
            continue
        for first in (word.i - 2, word.i - 1):  # "the North Korean capital", "the Turkmen capital"
            iso3, kind = kb.country_of_place(doc[first:word.i].text)
            capital = capital_cities().get(iso3 or "")
            if capital and iso3 and kind == "country" and doc[first].is_title and doc[first - 1].lower_ == "the" and doc[first].idx not in taken:
                end = word.idx + len(word)
                out.append(PlaceMention(doc[first].idx, end, text_of(doc)[doc[first].idx:end], "GPE", capital, iso3, "capital"))
                break
    return out


def full_name_ends(doc: Doc) -> dict[str, set[int]]:
    """The last word of every person's name of two words or more the model tagged, with where those names end."""
    ends: dict[str, set[int]] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) >= 2:
            ends.setdefault(e[-1].text, set()).add(e.end)
    return ends


def surname_of_someone(doc: Doc, ent, kb: Knowledge, ends: dict[str, set[int]]) -> bool:
    """A one-word name that ends the full name of a person the text gives elsewhere (`ends`: `full_name_ends`), used
    where no place preposition goes before it, is that person; never a country's name ("Lake Malawi", which the model
    may take for a person)."""
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return (bool(ends.get(ent.text, set()) - {ent.end}) and before not in ("in", "to", "at", "near", "from", "of")
            and kb.country_of_place(ent.text)[1] != "country")


def _towns_of_a_country(doc: Doc, kb: Knowledge, found: list[PlaceMention]) -> list[PlaceMention]:
    """Towns the gazetteer does not know, named after a town word with their country's demonym or name ("in the
    Croatian town of Vukovar", "the Ecuadorean border city of Tulcan"), or in the country of a town the sentence named
    before ("talks in Colombo, then travelled to the rebel-held town of Kilinochchi"), whatever the model tagged them."""
    taken = {i for p in found for i in range(p.start, p.end)}
    out = []
    for word in doc:
        if word.pos_ != "NOUN" or word.lemma_.lower() not in TOWN_WORDS:
            continue
        of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        name = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.is_title), None) if of else None
        if of is None or name is None:
            continue
        start = name.i
        while start > of.i + 1 and ((doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].head.i == name.i)
                                    or (doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_ and start - 2 > of.i
                                        and not doc[start - 2].whitespace_ and doc[start - 2].is_title)):
            start -= 1  # "Puerto Iguazu", "Al-Ula"
        span = doc[start:name.i + 1]
        codes = [kb.country_of_place(c.text) for c in word.children if c.dep_ in ("amod", "compound", "nmod") and c.i < word.i]
        country = next((iso3 for iso3, kind in codes if iso3 and kind in ("demonym", "country")), None) or next(
            (p.country for p in reversed(found) if p.country and p.label == "GPE" and word.sent.start_char <= p.start < word.idx), None)
        if country and not kb.country_of_place(span.text)[0] and not taken & set(range(span.start_char, span.end_char)):
            out.append(PlaceMention(span.start_char, span.end_char, span.text, "GPE", span.text, country, "city"))
    towns = {p.text: p for p in out}  # the town named again alone: "… the first official visit to Vukovar"
    out += [PlaceMention(e.start_char, e.end_char, e.text, "GPE", e.text, towns[e.text].country, "city") for e in doc.ents
            if e.label_ == "GPE" and e.text in towns and e.start_char > towns[e.text].start]
    return out


def _in_the_country_after(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A town written with its country or its state after a comma is there, whichever town of its name is the most
    populous or a capital elsewhere: "Toronto, Ontario, Canada" (not Ontario, California), "San Jose, California"
    (not Costa Rica's capital)."""
    for town, after in zip(places, [*places[1:], None]):
        if town.label != "GPE" or town.kind == "metonym":
            continue
        if (after is not None and after.label == "COUNTRY" and after.kind == "country"
                and re.fullmatch(r",\s*", text[town.end:after.start]) and _lies_in(town, after, places, text)):
            _move(town, after.country)
            continue
        state = _STATE_AFTER.match(text, town.end)
        country = regions().get(fold(state[1])) if state else None
        if state and country and (country in towns_named(town.text) or not any(p.start == state.start(1) for p in places)):
            _move(town, country)  # not "Tokyo, Buenos Aires and Toronto": a city named like a province is the city
    return places


def _lies_in(town: PlaceMention, country: PlaceMention, places: list[PlaceMention], text: str) -> bool:
    """ "Town, Country" places the town there when the gazetteer has a town or a province of that name there, the
    country is not also a state of the town's own ("Atlanta, Georgia") and no place follows it in a list ("offices in
    Dubai, South Africa and Brazil")."""
    if town.country in subdivision_countries(country.text):
        return False
    nxt = next((p for p in places if p.start >= country.end), None)
    if nxt is not None and re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s*", text[country.end:nxt.start]):
        return False
    return country.country in towns_named(town.text) or country.country in subdivision_countries(town.text)


def _in_the_countries_named(places: list[PlaceMention]) -> list[PlaceMention]:
    """A town whose name a bigger town has in a country the article names, when its own country goes unnamed, is
    that one: "San Jose police" in an article about a US firm is California's, not Costa Rica's capital; Moscow stays
    Russia's whatever the article (Moscow, Idaho is the smaller)."""
    named = {p.country for p in places if p.label == "COUNTRY"}
    for town in places:
        towns = towns_named(town.text) if town.label == "GPE" and town.kind != "metonym" and town.country not in named else {}
        bigger = [iso3 for iso3, population in towns.items() if iso3 in named and population > towns.get(town.country, 0)]
        if len(bigger) == 1:
            _move(town, bigger[0])
    return places


def _move(town: PlaceMention, country: str) -> None:
    """The town in another country than its name's best-known one: there it is no capital."""
    if town.country != country:
        town.country, town.kind = country, "city"


_STATE_AFTER = re.compile(r",\s*([A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})\b")


def _place_mislabelled(ent, kb: Knowledge) -> bool:
    """A "person", "language" or other name the model found where a place goes ("arrived in Valencia", "contact
    between delegations in Tunis"), named like a place and, for a person, like nobody the knowledge base knows."""
    if ent.label_ not in MISTAKEN_LABELS or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in ("in", "to", "at", "near"):
        return False
    text = without_possessive(ent.text).strip()
    return (ent.label_ != "PERSON" or kb.person(text) is None and fold(text) not in kb.by_surname) and kb.country_of_place(text)[0] is not None


def _town_of_building(text: str, offset: int, kb: Knowledge, named: set[str]) -> list[PlaceMention]:
    """The town a building's name begins with, the name ending in a `venue` cue: "at Hillsborough Castle"
    (Hillsborough), "the Moscow Kremlin Palace" (Moscow); not a house called after a town (`named_after` cues:
    "Hyderabad House"), nor a country ("China World Hotel"), nor a word of a
    person's name in the text (`named`: "President Bush" … "the Bush Ranch", though a town bears the name)."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() not in cues().get("venue", frozenset()) or words[-1].lower() in cues().get("named_after", frozenset()):
        return []  # "Hyderabad House" is in New Delhi
    for size in range(len(words) - 1, 0, -1):
        town = " ".join(words[:size])
        iso3, kind = kb.country_of_place(town)
        if iso3 and kind in ("city", "capital") and fold(town) not in named:
            return [PlaceMention(offset, offset + len(town), town, "GPE", full_city_name(town), iso3, kind)]
    return []


_IN_PLACE = re.compile(r"\s(?:in|at)\s+((?:[A-Z][\w'’.-]*\s?){1,3})$")


def _place_after_in(text: str, offset: int, kb: Knowledge) -> list[PlaceMention]:
    """The place a building's or organisation's entity ends with, which the model ran into it: "the Great Hall of the
    People in Beijing" (Beijing)."""
    found = _IN_PLACE.search(text)
    if found is None:
        return []
    name = found.group(1).strip()
    iso3, kind = kb.country_of_place(name)
    if not iso3 or kind not in ("city", "capital", "country"):
        return []
    start = offset + found.start(1)
    if kind == "country":
        return [PlaceMention(start, start + len(name), name, "COUNTRY", country_display_name(iso3), iso3, kind)]
    return [PlaceMention(start, start + len(name), name, "GPE", full_city_name(name), iso3, kind)]


def _shared_before(doc: Doc, ent, text: str, kb: Knowledge) -> PlaceMention | None:
    """The country the model left out before "and" that shares this one's last words: "North" of "North and [South
    Korea]"."""
    words = text.split()
    if len(words) < 2 or ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&"):
        return None
    word = doc[ent.start - 2]
    iso3, kind = kb.country_of_place(" ".join([word.text, *words[1:]]))
    if not word.is_title or kind != "country" or not iso3 or iso3 == kb.country_of_place(text)[0]:
        return None
    return PlaceMention(word.idx, word.idx + len(word), word.text, "COUNTRY", country_display_name(iso3), iso3, "shared-head")


def _shared_head(text: str, offset: int, kb: Knowledge) -> list[PlaceMention]:
    """ "North and South Korea", "East and West German": two countries that share the last word, written once."""
    match = re.fullmatch(r"(\w+)(\s+(?:and|&)\s+)(\w+)(\s+.+)", text)
    if match is None:
        return []
    (first, kind1), (second, kind2) = kb.country_of_place(match[1] + match[4]), kb.country_of_place(match[3] + match[4])
    if not first or not second or kind1 != "country" or kind2 != "country" or first == second:
        return []
    later = len(match[1]) + len(match[2])
    return [PlaceMention(offset, offset + len(match[1]), match[1], "COUNTRY", country_display_name(first), first, "shared-head"),
            PlaceMention(offset + later, offset + len(text), text[later:], "COUNTRY", country_display_name(second), second, "shared-head")]


def _compound(text: str, offset: int, kb: Knowledge) -> list[PlaceMention]:
    """ "Sino-Russian", "Russia-China": one country mention per part."""
    out = []
    position = 0
    for part in re.split(r"[-–]", text):
        start = text.index(part, position)
        position = start + len(part)
        key = part.strip().lower()
        iso3 = kb.prefixes.get(key) or kb.country_of_place(part)[0]
        if iso3:
            out.append(PlaceMention(offset + start, offset + start + len(part), part, "COUNTRY", country_display_name(iso3), iso3, "prefix"))
    return out if len(out) >= 2 else []

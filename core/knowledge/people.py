"""People with aliases and dated offices (people.csv, roles.csv), looked up by name, surname, office and day."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from core.knowledge.files import cached_object, fold, knowledge_cache, knowledge_digest, knowledge_rows, source_digest
from core.knowledge.places import country_display_name, pipeline_places
from core.knowledge.vocab import leader_roles, organisation_codes


PATRONYMIC = {"bin", "ibn", "bint", "binti"}  # "son/daughter of": what follows is a father's name


@dataclass(frozen=True)
class Role:
    person_id: str
    role: str
    country: str
    start: str
    end: str  # "" while in office

    def held_on(self, day: str) -> bool:
        """Whether the office was held on the ISO day `day`."""
        return self.start <= day and (not self.end or day <= self.end)


@dataclass
class Person:
    person_id: str
    canonical: str
    country: str
    aliases: list[str] = field(default_factory=list)


@dataclass(eq=False)  # compared and cached by identity: one loaded knowledge base is one object
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
    local_roles: dict[tuple[str, str], str] = field(default_factory=dict)  # (folded term, iso3) -> that country's role
    sole_countries: dict[str, str] = field(default_factory=dict)  # folded term with no general meaning -> its one country
    by_surname: dict[str, list[Person]] = field(init=False, repr=False)  # folded first or last name -> people
    role_index: dict[str, list[tuple[tuple[str, ...], str]]] = field(init=False, repr=False)  # first word -> terms
    by_initial: dict[str, tuple[list[str], list[str]]] = field(init=False, repr=False)  # first letter -> (aliases, ids)
    by_squeezed: dict[str, str] = field(init=False, repr=False)  # folded alias without spaces or hyphens -> person_id

    def __post_init__(self) -> None:
        self.by_surname = defaultdict(list)
        for person in self.people.values():
            parts = person.canonical.split()
            if len(parts) > 1:
                # "Mutaib bin Abdullah": the last name is the father's, never called alone
                last = "" if len(parts) > 2 and fold(parts[-2]) in PATRONYMIC else fold(parts[-1])
                for key in dict.fromkeys((last, fold(parts[0]), regnal_name(person.canonical) or "")):
                    if key:
                        self.by_surname[key].append(person)
        self.by_surname = dict(self.by_surname)
        self.role_index = defaultdict(list)
        for term, role in sorted(self.role_terms.items(), key=lambda t: -len(t[0].split())):
            words = tuple(term.split())
            if words:
                self.role_index[words[0]].append((words, role))
        self.role_index = dict(self.role_index)
        grouped: dict[str, tuple[list[str], list[str]]] = {}
        for alias, person_id in self.by_alias.items():
            if len(alias.split()) >= 2:
                names, ids = grouped.setdefault(alias[0], ([], []))
                names.append(alias)
                ids.append(person_id)
        self.by_initial = grouped
        squeezed: dict[str, set[str]] = defaultdict(set)
        for alias, person_id in self.by_alias.items():
            squeezed[_squeeze(alias)].add(person_id)
        self.by_squeezed = {key: ids.pop() for key, ids in squeezed.items() if len(ids) == 1}

    def in_office(self, person_id: str | None, day: str) -> bool:
        """Whether the person held any office of the knowledge base on the ISO day `day`."""
        return any(r.held_on(day) for r in self.roles_of.get(person_id or "", []))

    def country_on(self, person: Person, on: str | None) -> str:
        """The country a person stood for on the ISO date `on`: that of an office they held then, their own country
        first ("Jens Stoltenberg" is Norway's in 2010, NATO's in 2016); out of office, the country the knowledge
        base gives them, or for someone it lists under an organisation, the country of their national office
        nearest in time."""
        roles = self.roles_of.get(person.person_id, [])
        held = {r.country for r in roles if on and r.held_on(_day(on))}
        bodies = organisation_codes()
        if not held and on and person.country in bodies:
            # António Costa was Portugal's in 2006, not yet the European Council's
            national = [r for r in roles if r.country not in bodies]
            day = _day(on)
            if national:
                return min(national, key=lambda r: _years_apart(r, day)).country
        if not held or person.country in held:
            return person.country
        return min(held)

    def match(self, name: str, *, country: str | None = None, on: str | None = None) -> Person | None:
        """The person a full name stands for: an exact alias, else one close spelling of a known name (a
        transliteration or a typo in the source: "Saddam Hussien", "Jakaya Kekwete"), closer still when the text
        gives a different country than the candidate's. When the country the text gives does not agree, the surname
        must begin with the same letter ("James Boyle" is not Jim Doyle), and when no office the candidate held on
        the ISO day `on` agrees either, only the first name may stray, by about a letter in five ("Shelia Copps" is
        Sheila Copps; "Andrew Lang" is not Taiwan's former minister Andrew Yang, "Mike Dubke" not Mike Duke); a
        surname may stray so only when no day is given to check offices against."""
        exact = self.person(name) or self.person(_dotted(name)) or self._joined(name) or self._initials_added(name)
        if exact or len(name.split()) < 2:
            return exact
        found = self.people.get(_fuzzy(self, fold(name), country) or "")
        if found is None:
            return None
        key = fold(name)
        alias = min((a for a, pid in self.by_alias.items() if pid == found.person_id), key=lambda a: -_surname_ratio(key, a))
        if country and country == found.country:  # not another son of the same father: "Muqrin bin Abdulaziz" is no
            return found if key.split()[0][:1] == alias.split()[0][:1] or _ratio(key.split()[0], alias.split()[0]) >= 50 else None  # Sultan
        if key.split()[-1][:1] != alias.split()[-1][:1] or _other_surname(key.split()[-1], alias.split()[-1]):
            return None
        if on and self.in_office(found.person_id, _day(on)):
            return found
        first, given = key.split()[0], alias.split()[0]
        if first == given:  # a surname that strays with nothing agreeing: another person ("Mike Dubke", not Mike Duke)
            return found if on is None and _surname_ratio(key, alias) >= 80 else None
        return found if key.split()[-1] == alias.split()[-1] and first[:1] == given[:1] and _ratio(first, given) >= 80 else None

    def person(self, name: str) -> Person | None:
        person_id = self.by_alias.get(fold(name))
        return self.people.get(person_id) if person_id else None

    def _joined(self, name: str) -> Person | None:
        """The one person a name stands for when its parts are joined or split otherwise ("Fahd bin Abdul Aziz" is
        "Fahd bin Abdulaziz"; "Abdel-Fattah" is "Abdel Fattah")."""
        person_id = self.by_squeezed.get(_squeeze(fold(name))) if len(name.split()) >= 2 else None
        return self.people.get(person_id) if person_id else None

    def _initials_added(self, name: str) -> Person | None:
        """The person a name stands for when the text adds middle initials the knowledge base never writes
        ("Corazon C. Aquino" is Corazon Aquino); not when one of its names has other initials ("George H. Bush"
        is not George W. Bush)."""
        key = fold(name)
        if not _initials(key):
            return None
        words = key.split()
        found = self.person(" ".join([words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]]))
        if found is None or any(_initials(fold(n)) for n in [found.canonical, *found.aliases]):
            return None
        return found

    def role_in(self, term: str, country: str | None, role: str) -> str:
        """The office a role word names in a given country: its own meaning there when role_terms.csv gives one
        ("chancellor" in Britain is the finance minister), else `role`, its meaning everywhere else."""
        return self.local_roles.get((fold(term), country or ""), role)

    def sole_country(self, term: str) -> str | None:
        """The one country whose office a role word names wherever it is written, when role_terms.csv gives it no
        general meaning ("pope": the Holy See's head of state)."""
        return self.sole_countries.get(fold(term))

    def holder(self, role: str, country: str, on: str | None) -> Person | None:
        """Who held `role` for `country` on the ISO date `on` (the latest holder when no date is known)."""
        spells = self.roles.get((role, country), [])
        if on:
            day = _day(on)
            spells = [r for r in spells if r.held_on(day)]
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

    def leaders_of(self, person_id: str | None, day: str) -> list[Role]:
        """The leader offices (offices.csv) the person held on the ISO date `day`, a month or year taken at its middle
        (any time when `day` is "")."""
        leaders = leader_roles()
        return [r for r in self.offices_on(person_id, day) if r.role in leaders]

    def offices_on(self, person_id: str | None, on: str) -> list[Role]:
        """The offices the person held on the ISO date `on` (a month or year taken at its middle; any time when `on`
        is ""), leader offices first."""
        day = _day(on) if on else ""
        held = [r for r in self.roles_of.get(person_id or "", []) if not day or r.held_on(day)]
        return sorted(held, key=lambda r: r.role not in leader_roles())


@lru_cache(maxsize=20_000)
def _fuzzy(kb: "Knowledge", key: str, country: str | None) -> str | None:
    from rapidfuzz import fuzz, process

    names, ids = kb.by_initial.get(key[:1], ([], []))
    found = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=86)
    if not found:
        return None
    alias, score, index = found
    person = kb.people[ids[index]]
    first, last = key.split()[0], key.split()[-1]
    if fuzz.ratio(last, alias.split()[-1]) < 75 or fuzz.ratio(first, alias.split()[0]) < 70:
        return None  # the same shape but another person ("Omar Karimi" is not "Omar Karami" unless close enough)
    if country and person.country and country != person.country and score < 95:
        return None
    if _initials(key) != _initials(alias):
        return None  # "George H. W. Bush" is not "George W. Bush": middle initials tell people apart
    return person.person_id


def _squeeze(key: str) -> str:
    return key.replace(" ", "").replace("-", "")


def _dotted(name: str) -> str:
    """The name with a full stop after each lone initial: "John F Kennedy" is written "John F. Kennedy"."""
    return " ".join(w + "." if len(w) == 1 and w.isalpha() and w.isupper() else w for w in name.split())


def _other_surname(written: str, known: str) -> bool:
    """Two surnames that are different names, not one misspelt: one is the other with an ending of two letters or
    more added ("Nichols", "Nicholson"; a transliteration strays by one: "Zelensky", "Zelenskyy")."""
    return written != known and (known.startswith(written) or written.startswith(known)) and abs(len(written) - len(known)) >= 2


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


def _surname_ratio(key: str, alias: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(key.split()[-1], alias.split()[-1])


def _initials(name: str) -> tuple[str, ...]:
    """The single-letter middle parts of a folded name ("george h. w. bush" → ("h", "w"))."""
    return tuple(part.rstrip(".") for part in name.split()[1:-1] if len(part.rstrip(".")) == 1)


def _years_apart(role: Role, day: str) -> int:
    """How many years lie between an office and the ISO day (none while it was held)."""
    year = int(day[:4])
    return max(0, int(role.start[:4]) - year, year - int((role.end or day)[:4]))


def _day(iso: str) -> str:
    """A sortable day for partial ISO dates (month/year are taken at their middle)."""
    if len(iso) == 4:
        return iso + "-07-01"
    if len(iso) == 7:
        return iso + "-15"
    return iso[:10]


@knowledge_cache(maxsize=1)
def person_ids() -> frozenset[str]:
    """The ids of the people the knowledge base knows, read from people.csv alone (no offices, places or aliases):
    what a process that does not annotate needs to tell known people from others."""
    return frozenset(r["person_id"] for r in knowledge_rows("people.csv") if r.get("person_id") and r.get("canonical"))


@knowledge_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    """The merged knowledge base (cached until `forget_knowledge`, which `load_nlp` calls when the files change). A
    fresh process unpickles the one an earlier process built from the same files with the same code (in the user's
    cache folder): building it takes about six times as long."""
    code = source_digest(*(f"core.knowledge.{name}" for name in ("people", "places", "files", "vocab")))
    return cached_object("knowledge", f"{knowledge_digest()}|{code}", _build_knowledge)


def _build_knowledge() -> Knowledge:
    people: dict[str, Person] = {}
    for r in knowledge_rows("people.csv"):
        if not r.get("person_id") or not r.get("canonical"):
            continue
        aliases = [a.strip() for a in r.get("aliases", "").split("|") if a.strip()]
        if r["person_id"] in people:  # a later file (the user's) adds aliases to a known person
            people[r["person_id"]].aliases += [a for a in aliases if a not in people[r["person_id"]].aliases]
        else:
            people[r["person_id"]] = Person(r["person_id"], r["canonical"], r.get("country", ""), aliases)
    by_alias: dict[str, str] = {}
    for person in people.values():
        for name in [person.canonical, *person.aliases]:
            by_alias.setdefault(fold(name), person.person_id)
    derived: dict[str, set[str]] = defaultdict(set)
    variants = _first_name_variants()
    for person in people.values():
        for name in short_forms(person.canonical):
            derived[fold(name)].add(person.person_id)
        for name in [person.canonical, *person.aliases]:  # "Robert Gates" is also written "Bob Gates"
            first, _, rest = fold(name).partition(" ")
            for other in variants.get(first, ()) if rest else ():
                derived[f"{other} {rest}"].add(person.person_id)
    for key, ids in derived.items():
        if len(ids) == 1 and key not in by_alias:  # "George Bush" fits two presidents: no alias
            by_alias[key] = ids.pop()
    roles: dict[tuple[str, str], list[Role]] = defaultdict(list)
    roles_of: dict[str, list[Role]] = defaultdict(list)
    for r in knowledge_rows("roles.csv"):
        if r.get("person_id") in people:
            role = Role(r["person_id"], r["role"], r["country"], r.get("start", ""), r.get("end", ""))
            roles[(role.role, role.country)].append(role)
            roles_of[role.person_id].append(role)
    term_rows = [r for r in knowledge_rows("role_terms.csv") if r.get("term")]
    role_terms = {fold(r["term"]): r["role"] for r in term_rows if not (r.get("country") or "").strip()}
    local_roles = {(fold(r["term"]), r["country"].strip()): r["role"] for r in term_rows if (r.get("country") or "").strip()}
    countries_of: dict[str, set[str]] = defaultdict(set)
    for term, country in local_roles:
        countries_of[term].add(country)
    sole_countries = {term: next(iter(c)) for term, c in countries_of.items() if len(c) == 1 and term not in role_terms}
    for term, _ in local_roles:
        role_terms.setdefault(term, next(r["role"] for r in term_rows if fold(r["term"]) == term))  # known only locally
    country_terms, prefixes, cities, capitals = pipeline_places()
    return Knowledge(people, by_alias, dict(roles), dict(roles_of), role_terms, country_terms, prefixes, cities, capitals,
                     local_roles, sole_countries)


def _first_name_variants() -> dict[str, set[str]]:
    """Folded given name → its familiar forms (name_variants.csv: "robert" → "bob", "rob"). Only that way: a text
    that writes the formal form of a name the knowledge base knows in its familiar one ("Joseph Wilson" for Joe
    Wilson, "John Reed" for Jack Reed) is most often about someone else."""
    found: dict[str, set[str]] = defaultdict(set)
    for r in knowledge_rows("name_variants.csv"):
        if r.get("name"):
            found[fold(r["name"])] |= {fold(v) for v in r.get("variants", "").split("|") if v.strip()}
    return found


_TITLED = {"pope", "king", "queen", "emir", "sheikh", "sultan", "prince"}  # titles that belong to a regnal name
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]$")
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
_REGNAL = re.compile(r"^(?P<name>.+?)(?: (?P<number>[IVX]+))?(?: of (?P<realm>.+))?$")


def regnal_name(canonical: str) -> str | None:
    """The folded name a monarch or pope goes by alone ("Abdullah of Saudi Arabia" → "abdullah", "Pope Benedict
    XVI" → "benedict"), or None for other names."""
    match = _REGNAL.match(canonical)
    if not match or not (match["number"] or match["realm"]):
        return None
    name = fold(match["name"]).split()
    name = name[1:] if len(name) > 1 and name[0] in _TITLED else name
    return " ".join(name) if len(name) == 1 else None


def short_forms(canonical: str) -> list[str]:
    """Other ways news writes a canonical name: without middle initials ("George J. Mitchell" → "George Mitchell"),
    without a Jr./Sr. suffix, without a leading title ("Pope Benedict XVI" → "Benedict XVI"), a regnal name
    without its realm ("Mohammed VI of Morocco" → "Mohammed VI") or number ("Juan Carlos I" → "Juan Carlos").
    Single words are never produced (too ambiguous as names on their own)."""
    words = canonical.split()
    forms = []
    plain = [w for w in words[1:-1] if not _INITIAL.match(w)]
    if len(words) > 2 and len(plain) < len(words) - 2:
        forms.append(" ".join([words[0], *plain, words[-1]]))
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        forms.append(" ".join(words[:-1]).rstrip(","))
    if words and words[0].lower() in _TITLED and len(words) > 2:
        forms.append(" ".join(words[1:]))
    regnal = _REGNAL.match(canonical)
    if regnal and (regnal["number"] or regnal["realm"]):
        if regnal["realm"] and regnal["number"]:
            forms.append(f"{regnal['name']} {regnal['number']}")
        forms.append(regnal["name"])
    return [f for f in dict.fromkeys(forms) if len(f.split()) >= 2 and f != canonical]

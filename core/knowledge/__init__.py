"""Knowledge: everything Bilateral Lens knows before it reads an article, as data files in core/data that a user
extends with files of the same names (see README, "Knowledge files"). This package is its public API:

- files: `knowledge_rows`, `knowledge_text`, `knowledge_sources`, `PIPELINE_FILES` (the files whose bytes make up
  the pipeline version), `knowledge_cache` (what is read from them, cached) with `forget_knowledge` (empties those
  caches), `cached_json` and `cached_object` (data and objects built once per machine, kept in the user's cache folder, keyed
  with `knowledge_digest` and `source_digest`) and `fold`, the accent- and
  case-insensitive key names are looked up by;
- people and offices: `load_knowledge()` → `Knowledge` (people, aliases, dated roles, role terms, places), `person_ids`,
  `Person`, `Role`, `regnal_name`, `short_forms`;
- the gazetteer: `pipeline_places`, `cities`, `capital_cities`, `country_abbreviations`, `country_display_name`, `country_iso3`, `full_city_name`, `place_country`, `locate`, `world_outline`,
  `regions`, `subdivision_countries`, `towns_named` (a town name several countries share), `countries_named` ("the two Koreas");
- vocabularies: `organisations`, `organisation_codes`, `organisation_code`, `organisation_homes`, `organisation_home`, `sector_ids`, `cues`, `leader_roles`, `cabinet_roles`, `private_roles`, `counterpart_offices`, `holidays`, `seasons`, `languages`, `english_words`.
"""
from core.knowledge.files import (PIPELINE_FILES, cached_json, cached_object, fold, forget_knowledge, knowledge_cache, slug,
                                  knowledge_digest, knowledge_rows, knowledge_sources, knowledge_text, source_digest)
from core.knowledge.people import Knowledge, Person, Role, load_knowledge, person_ids, regnal_name, short_forms
from core.knowledge.places import (capital_cities, cities, countries_named, regions, country_abbreviations, country_display_name, country_iso3, full_city_name, locate, pipeline_places, subdivision_countries, towns_named,
                                   place_country, seats_of_government, demonyms, world_outline)
from core.knowledge.vocab import (cabinet_roles, counterpart_offices, cues, english_words, format_key, formats, languages, leader_roles, organisation_code, organisation_codes,
                                  organisation_home, organisation_homes, organisations, private_roles, seasons, sector_ids, holidays)

__all__ = [
    "PIPELINE_FILES", "cached_json", "cached_object", "fold", "forget_knowledge", "knowledge_cache", "knowledge_digest", "knowledge_rows", "slug",
    "knowledge_sources", "knowledge_text", "source_digest",
    "Knowledge", "Person", "Role", "load_knowledge", "person_ids", "regnal_name", "short_forms",
    "capital_cities", "cities", "countries_named", "regions", "country_abbreviations", "country_display_name", "country_iso3", "full_city_name", "locate", "place_country", "pipeline_places", "subdivision_countries", "towns_named",
    "seats_of_government", "demonyms", "world_outline",
    "cabinet_roles", "counterpart_offices", "cues", "english_words", "format_key", "formats", "languages", "leader_roles", "organisation_code", "organisation_codes", "organisation_home", "organisation_homes",
    "organisations", "private_roles", "seasons", "holidays",
    "sector_ids",
]

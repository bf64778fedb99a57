"""Cities by the names news gives them: English and former names (city_names.csv) and the forms English writes an
Arabic city name in, which the packaged list transliterates otherwise."""
from __future__ import annotations

import csv

import pytest

from core.knowledge import fold, load_knowledge
from core.knowledge.places import _transliterated, cities
from tests.conftest import ROOT


def test_every_english_name_stands_for_the_city_it_names():
    with open(ROOT / "core" / "data" / "city_names.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    known = cities()
    unresolved = [r["name"] for r in rows if known.get(fold(r["name"])) is None
                  or known[fold(r["name"])][:3] != known[fold(r["city"])][:3]]
    assert unresolved == []


@pytest.mark.parametrize("name, country", [("Bangalore", "IND"), ("Rangoon", "MMR"), ("Peking", "CHN"),
                                           ("Medina", "SAU"), ("Raqqa", "SYR"), ("Hama", "SYR"), ("Basra", "IRQ"),
                                           ("Fallujah", "IRQ"), ("Misrata", "LBY"), ("New York", "USA"),
                                           # venues.csv: summit towns below the list's size, a name it gives elsewhere
                                           ("Annapolis", "USA"), ("L'Aquila", "ITA"), ("Aqaba", "JOR"), ("Bali", "IDN")])
def test_news_names_of_cities_are_read_as_places(name, country):
    assert load_knowledge().country_of_place(name)[0] == country


@pytest.mark.parametrize("name, forms", [
    ("ar raqqah", ["raqqa", "raqqah"]),
    ("hamah", ["hama"]),
    ("al bab", []),  # too short without its article
    ("basrah", ["basra"]),
    ("london", []),
])
def test_transliterated_forms(name, forms):
    assert _transliterated(name) == forms


@pytest.mark.parametrize("place, found", [
    ("Washington, D.C.", True), ("Washington DC", True),  # city_names.csv
    ("Leticia, Colombia", True),  # a town with its country
    ("Paris, Texas", False),  # a region the gazetteer cannot check: no pin in the wrong Paris
    ("Leticia, France", False),  # a town the list places in another country
])
def test_a_meeting_place_written_with_its_country_is_put_on_the_map(place, found):
    from core.knowledge import locate

    assert (locate(place) is not None) is found


def test_a_country_iso_assigns_no_code_is_shown_by_its_name():
    from core.knowledge import country_display_name

    assert country_display_name("XKX") == "Kosovo" and country_display_name("RUS") == "Russia"

"""The folded city list and first names are cached in the user's cache folder: the cached table is the built one, and
a damaged or unwritable cache only costs the time to build it again."""
from __future__ import annotations

import pytest

from core.knowledge import places


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    places._geonames_cities.cache_clear()
    yield tmp_path
    places._geonames_cities.cache_clear()


def test_the_cached_table_is_the_built_one(fresh):
    built = places._geonames_cities()
    [written] = list((fresh / "bilateral-lens").glob("cities-*.json"))
    places._geonames_cities.cache_clear()
    assert places._geonames_cities() == built
    assert built["moscow"][0] == "RUS" and "st. petersburg" in built
    assert list((fresh / "bilateral-lens").iterdir()) == [written]  # no partial file left behind


def test_a_damaged_cache_is_built_again(fresh):
    built = places._geonames_cities()
    [written] = list((fresh / "bilateral-lens").glob("cities-*.json"))
    for damage in ('{"moscow": [1]}', "not json", "[]"):
        written.write_text(damage, "utf-8")
        places._geonames_cities.cache_clear()
        assert places._geonames_cities() == built


def test_an_unwritable_cache_folder_only_costs_time(fresh):
    (fresh / "bilateral-lens").write_text("a file where the folder should be", "utf-8")
    assert places._geonames_cities()["moscow"][0] == "RUS"


def test_the_packaged_first_names_are_cached_the_same_way(fresh):
    from core.pipeline import names

    built = names._packaged_first_names()
    [written] = list((fresh / "bilateral-lens").glob("first-names-*.json"))
    assert names._packaged_first_names() == built and "vladimir" in built
    written.write_text("{not json", "utf-8")
    assert names._packaged_first_names() == built

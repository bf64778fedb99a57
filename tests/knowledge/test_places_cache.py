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


def test_the_knowledge_base_is_unpickled_from_the_cache_as_built(fresh):
    from core.knowledge import forget_knowledge, load_knowledge
    from core.knowledge.people import _build_knowledge

    forget_knowledge()
    first = load_knowledge()
    [written] = list((fresh / "bilateral-lens").glob("knowledge-*.pickle"))
    forget_knowledge()
    again = load_knowledge()
    assert again is not first  # read from the file, not the process's own copy
    built = _build_knowledge()
    assert again.by_alias == built.by_alias and again.roles_of == built.roles_of and again.country_terms == built.country_terms
    assert again.people.keys() == built.people.keys() and again.by_surname.keys() == built.by_surname.keys()
    written.write_bytes(b"not a pickle")
    forget_knowledge()
    assert load_knowledge().by_alias == built.by_alias  # a damaged file is built again
    forget_knowledge()


def test_a_changed_knowledge_file_is_not_served_from_the_cache(fresh, tmp_path):
    from core import settings
    from core.knowledge import forget_knowledge, load_knowledge

    forget_knowledge()
    assert "zorblat quenn" not in load_knowledge().by_alias
    folder = tmp_path / "kn"
    folder.mkdir()
    (folder / "people.csv").write_text("person_id,canonical,country,aliases\nQ999999999,Zorblat Quenn,FRA,\n", "utf-8")
    with settings.using({"knowledge_dir": str(folder)}):
        forget_knowledge()
        assert "zorblat quenn" in load_knowledge().by_alias
    assert len(list((fresh / "bilateral-lens").glob("knowledge-*.pickle"))) == 2
    forget_knowledge()


def test_only_the_most_recent_versions_of_a_cache_file_are_kept(fresh):
    import os

    from core.knowledge import files

    for n in range(files.KEPT_VERSIONS + 3):
        files.cached_json("demo", f"key {n}", lambda n=n: [n])
        for path in (fresh / "bilateral-lens").glob("demo-*.json"):
            os.utime(path, (path.stat().st_mtime - 10, path.stat().st_mtime - 10))  # older than the next one
    kept = list((fresh / "bilateral-lens").glob("demo-*.json"))
    assert len(kept) == files.KEPT_VERSIONS
    assert files.cached_json("demo", f"key {files.KEPT_VERSIONS + 2}", lambda: ["rebuilt"]) == [files.KEPT_VERSIONS + 2]

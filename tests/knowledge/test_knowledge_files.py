"""The packaged knowledge base is consistent: every role names a known person and office, dates read and run
forward, and no id, canonical name or alias belongs to two people."""
from __future__ import annotations

import csv
from collections import Counter
from datetime import date

import pytest

from core.knowledge import fold
from tests.conftest import ROOT

DATA = ROOT / "core" / "data"


def rows(name: str) -> list[dict]:
    with open(DATA / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def people() -> list[dict]:
    return rows("people.csv")


def test_every_person_has_an_id_a_name_a_country_and_a_source(people):
    incomplete = [p["person_id"] for p in people if not (p["person_id"] and p["canonical"] and p["country"] and p["source"])]
    assert incomplete == []
    assert [i for i, n in Counter(p["person_id"] for p in people).items() if n > 1] == []
    assert [c for c, n in Counter(p["canonical"] for p in people).items() if n > 1] == []


def test_no_name_belongs_to_two_people(people):
    owner: dict[str, str] = {}
    shared = []
    for person in people:
        for name in [person["canonical"], *filter(None, person["aliases"].split("|"))]:
            key = fold(name)
            if owner.setdefault(key, person["person_id"]) != person["person_id"]:
                shared.append((name, owner[key], person["person_id"]))
    assert shared == []


def test_every_role_names_a_known_person_and_office_with_dates_that_run_forward(people):
    ids = {p["person_id"] for p in people}
    offices = {r["role"] for r in rows("offices.csv")}
    bad = []
    for role in rows("roles.csv"):
        start = date.fromisoformat(role["start"])
        end = date.fromisoformat(role["end"]) if role["end"] else None
        if role["person_id"] not in ids or role["role"] not in offices or (end and end < start) or start.year < 1900:
            bad.append(role)
    assert bad == []
    terms = {t["role"] for t in rows("role_terms.csv")}
    assert terms - offices - {"counterpart"} == set()


def test_every_person_and_office_belongs_to_a_known_country_or_organisation(people):
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries} | {r["iso3"] for r in rows("countries.csv")}
    codes |= {r["code"] for r in rows("organisations.csv")}
    assert [p["person_id"] for p in people if p["country"] not in codes] == []
    assert [(r["person_id"], r["country"]) for r in rows("roles.csv") if r["country"] not in codes] == []
    assert [r["code"] for r in rows("organisations.csv") if r["home"] and r["home"] not in codes] == []


def test_a_country_has_one_paramount_leader_at_a_time():
    """"The Chinese leader" names one person: the leader office is never given to a movement's or a party's leader,
    who hold movement_leader."""
    spells: dict[str, list[dict]] = {}
    for role in rows("roles.csv"):
        if role["role"] == "leader":
            spells.setdefault(role["country"], []).append(role)
    overlapping = [(a["person_id"], b["person_id"]) for held in spells.values() for a in held for b in held
                   if a["person_id"] < b["person_id"] and a["start"] < (b["end"] or "9999") and b["start"] < (a["end"] or "9999")]
    assert overlapping == []


def test_no_organisation_is_named_by_a_common_english_word():
    """Organisation names are matched against single words too: "WHO" would make every "who" the World Health
    Organization."""
    from spacy.lang.en.stop_words import STOP_WORDS

    names = [n for r in rows("organisations.csv") for n in [r["code"], r["canonical"], *r["aliases"].split("|")] if n]
    assert [n for n in names if fold(n) in STOP_WORDS] == []


@pytest.mark.parametrize("person_id, on, country", [
    ("jens_stoltenberg", "2010-05-05", "NOR"),  # in office as prime minister
    # out of office, one listed under an organisation stands for the country of the national office nearest in time
    ("jens_stoltenberg", "2005-09-15", "NOR"),
    ("antonio_costa", "2006-06-29", "PRT"),
    ("antonio_costa", "2025-01-01", "EU"),  # in office at the European Council
    ("kofi_annan", "2010-01-01", "UNO"),  # no national office: the knowledge base's country
    ("jens_stoltenberg", "2016-03-01", "NATO"),
    ("jens_stoltenberg", None, "NATO"),  # undated: the knowledge base's country
])
def test_a_person_stands_for_the_country_of_the_office_held_then(person_id, on, country):
    from core.knowledge import load_knowledge

    kb = load_knowledge()
    assert kb.country_on(kb.people[person_id], on) == country


@pytest.mark.parametrize("written, canonical", [
    ("Bob Gates", "Robert Gates"),  # a familiar form of a formal given name (name_variants.csv)
    ("Bill Hague", "William Hague"),
    ("Jim Baker", "James Baker"),
    ("John Reed", None),  # never the formal form of a familiar one: Jack Reed is known by that
    ("John Reed", None),
])
def test_a_familiar_form_of_a_given_name_finds_the_person_known_by_the_formal_one(written, canonical):
    from core.knowledge import load_knowledge

    found = load_knowledge().person(written)
    assert (found.canonical if found else None) == canonical


def test_a_users_seasons_csv_adds_seasons_and_a_row_with_bad_months_is_left_out(tmp_path):
    from core import settings
    from core.knowledge import forget_knowledge, seasons

    folder = tmp_path / "kn"
    folder.mkdir()
    (folder / "seasons.csv").write_text("season,first_month,last_month,note\nmonsoon,6,9,\nbadseason,13,x,\n", "utf-8")
    with settings.using({"knowledge_dir": str(folder)}):
        forget_knowledge()
        found = seasons()
    forget_knowledge()
    assert found["monsoon"] == (6, 9) and found["summer"] == (6, 8) and "badseason" not in found


def test_a_users_holidays_csv_adds_days_and_a_row_with_neither_day_nor_offset_is_left_out(tmp_path):
    from core import settings
    from core.knowledge import forget_knowledge, holidays
    from core.pipeline.dates import resolve

    folder = tmp_path / "kn"
    folder.mkdir()
    (folder / "holidays.csv").write_text(
        "holiday,month,day,easter_offset,note\nBastille Day,7,14,,\nPentecost,,,49,\nbroken day,13,40,,\n", "utf-8")
    with settings.using({"knowledge_dir": str(folder)}):
        forget_knowledge()
        found = holidays()
        bastille = resolve("Bastille Day", "2024-08-21")
    forget_knowledge()
    assert found["bastille day"] == (7, 14) and found["pentecost"] == 49 and found["christmas"] == (12, 25)
    assert "broken day" not in found
    assert (bastille.value, bastille.rule) == ("2024-07-14", "holiday")

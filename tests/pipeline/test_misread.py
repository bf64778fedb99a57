"""What the small model tags or parses wrongly and the pipeline reads through: a town tagged as a language, a
town at the start of a building's name, an "of" phrase hung on the date after a meeting noun, a relative word left
out of a date, a planned meeting of this week."""
from __future__ import annotations

import pytest

from tests.pipeline.test_mechanisms import meetings

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    # the model tags "Tunis" as a language
    ("I guess that accounts for lack of much interest anywhere in a recently reported contact between delegations "
     "from Israel and Iran in Tunis.", "Tunis"),
    # a building named after its town (venues.csv knows the small town), and one in a city of the gazetteer
    ("Taoiseach Bertie Ahern and the British Prime Minister, Tony Blair, will meet at Hillsborough Castle, possibly on "
     "June 27, to hold talks.", "Hillsborough"),
    ("Vladimir Putin met Hu Jintao at the Moscow Kremlin Palace on Monday.", "Moscow"),
    # a building named after a person, or after a country, names no town
    ("George W. Bush met Hu Jintao at Blair House on Monday.", None),
    ("George W. Bush met Hu Jintao at the China World Hotel on Monday.", None),
])
def test_a_town_the_model_tags_as_something_else_places_the_meeting(text, place):
    [found] = meetings(text, "2006-05-27")
    assert found.location == place


def test_a_building_named_after_a_person_of_the_text_names_no_town_of_that_name():
    [found] = meetings("President Bush met Colombian President Alvaro Uribe at the Bush Ranch on Thursday.", "2005-08-05")
    assert found.location != "Bush"  # the gazetteer has towns called Bush


@pytest.mark.parametrize("text, body", [
    ("At a meeting in the Kremlin on Thursday of Group of Eight (G8) energy ministers, Russian president Vladimir Putin "
     "promised that Russia will continue to increase energy production.", "G8"),
    ("At a meeting in Brussels on Thursday of NATO defence ministers, Vladimir Putin promised more gas.", "NATO"),
])
def test_an_of_phrase_the_parse_hangs_on_the_date_after_a_meeting_noun_names_its_organisation(text, body):
    [found] = meetings(text, "2006-03-18")
    assert sorted(found.participants) == sorted([body, "Vladimir Putin"]) and found.date == "2006-03-16"


def test_a_relative_word_the_model_leaves_out_of_a_date_still_dates_a_planned_meeting_of_this_week():
    [found] = meetings("The presence of envoys from the U.S., Japan and Norway are expected for this week's scheduled "
                       "government talks with the LTTE.", "2006-10-18")  # a Wednesday: the week began on Monday the 16th
    assert (found.date, found.date_precision, found.referenced) == ("2006-10-16", "week", True)


def test_a_meeting_a_week_ahead_has_no_day_of_the_clause_before_it():
    text = ("The United States and China this week initiated a trade dispute over tires just a week ahead of the 2009 "
            "G-20 trade summit in Pittsburgh.")
    [found] = meetings(text, "2009-09-19")
    assert found.date != "2009-09-14"  # "this week" is when the dispute began


from datetime import date

import pytest

from core.pipeline.pubdate import infer_from_text, parse_given, rejected

TODAY = date(2026, 1, 1)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2024-08-21", ("2024-08-21", "day")),
        ("2024-08-21T10:00:00Z", ("2024-08-21", "day")),
        ("2024-08-21 23:59:00+03:00", ("2024-08-21", "day")),
        ("Aug 21, 2024", ("2024-08-21", "day")),
        ("21 August 2024", ("2024-08-21", "day")),
        ("Wed, 21 Aug 2024 07:00:00 GMT", ("2024-08-21", "day")),
        ("May 2024", ("2024-05", "month")),
        ("2024-05", ("2024-05", "month")),
        ("2024", ("2024", "year")),
        ("1716000000", ("2024-05-18", "day")),
        ("not a date", None),
        ("", None),
        ("2099-01-01", None),  # after today: implausible as a publication date
        ("0001-01-01", None),  # before 1800: a data error, not an old article
    ],
)
def test_parse_given(raw, expected):
    assert parse_given(raw, today=TODAY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks were held on May 16, 2024. Earlier, on 3 March 2023, a deal was signed.", ("2024-05-16", "day")),
        ("The plan, agreed in February 2022, targets output by 2030.", ("2022-02", "month")),
        ("Trade rose in 2023 and should double by 2030.", ("2023", "year")),
        ("MOSCOW, Aug 21 — Leaders met. Trade in 2024 grew fast.", ("2024-08-21", "day")),
        ("A summit is planned for March 15, 2031.", None),
        ("The leaders met on Wednesday.", None),
    ],
)
def test_infer_from_text_takes_latest_explicit_date_and_ignores_targets(text, expected):
    assert infer_from_text(text, today=TODAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin arrived in New Delhi on Thursday, his first trip to India since 2021.", None),  # history, not the date
    ("Back in 1998 the two met. In 2005 they signed a deal. The 2005 deal holds.", ("2005", "year")),
    ("In 2005 they signed a deal.", ("2005", "year")),  # a sentence-opening word is no name
    ("The Crime and Security Act 2001 was used. Officials met in 2004.", ("2004", "year")),
    ("It was meeting number 2021 of the council, held in 2019.", ("2019", "year")),  # a label, not a year
    ("Passengers of flight 2015 and of #2016 landed in 2012.", ("2012", "year")),
    ("The council recalled Resolution 2004 when it met in 2003.", ("2003", "year")),
])
def test_years_the_text_recounts_or_names_do_not_date_it(text, expected):
    assert infer_from_text(text, today=date(2026, 12, 2)) == expected


@pytest.mark.parametrize("value", ["yesterday", "Tuesday", "2 days ago", "now", "March"])
def test_a_relative_or_yearless_metadata_date_is_no_date_and_says_why(value):
    assert parse_given(value, today=date(2026, 12, 3)) is None
    assert rejected(value) == "relative or yearless"
    assert parse_given("5 March 2020", today=date(2026, 12, 3)) == ("2020-03-05", "day")


def test_a_year_before_one_the_text_names_as_past_is_history_not_the_publication():
    today = date(2026, 12, 3)
    text = ("The UK froze Icelandic assets using the Anti-terrorism, Crime and Security Act 2001. The countries fought "
            "over fishing rights before: that dispute came to a head in 1976 when a naval vessel rammed a trawler.")
    assert infer_from_text(text, today=today) is None  # written in 2001 or after: 1976 is history
    assert infer_from_text("Talks resumed in 2005 and again in 2005, years after the 1998 accord.", today=today) == ("2005", "year")

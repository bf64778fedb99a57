import pytest

from core.pipeline.dates import resolve

PUB = "2024-08-21"  # a Wednesday


@pytest.mark.parametrize(
    "text, future, expected",
    [
        ("Wednesday", False, ("2024-08-21", "day", "weekday", None)),
        ("on Tuesday", False, ("2024-08-20", "day", "weekday", None)),
        ("later Tuesday", False, ("2024-08-20", "day", "weekday", None)),  # "before discussions close later Tuesday"
        ("earlier on Tuesday", False, ("2024-08-20", "day", "weekday", None)),
        ("this past Monday", True, ("2024-08-19", "day", "weekday", None)),  # past, whatever the clause's tense
        ("in the early hours of Tuesday", False, ("2024-08-20", "day", "weekday", None)),
        ("the morning of August 5", False, ("2024-08-05", "day", "day-month", None)),
        ("last Wednesday", False, ("2024-08-14", "day", "weekday", None)),
        ("Friday", True, ("2024-08-23", "day", "weekday", None)),
        ("Wednesday", True, ("2024-08-21", "day", "weekday", None)),  # "will sign on Wednesday", written that day
        ("next Wednesday", False, ("2024-08-28", "day", "weekday", None)),
        ("within a few days", True, ("2024-08-24", "week", "days-ahead", None)),
        ("within the coming days", True, ("2024-08-24", "week", "days-ahead", None)),
        ("next Monday", False, ("2024-08-26", "day", "weekday", None)),
        ("two weeks ago", False, ("2024-08-07", "week", "ago", None)),
        ("three months ago", False, ("2024-05", "month", "ago", None)),
        ("last year", False, ("2023", "year", "relative", None)),
        ("earlier in the week", False, ("2024-08-19", "week", "relative", None)),  # the week of publication
        ("later in the month", False, ("2024-08", "month", "relative", None)),
        ("earlier in the year", False, ("2024", "year", "relative", None)),
        ("December of the previous year", False, ("2023-12", "month", "month-relative-year", None)),
        ("23 December last year", False, ("2023-12-23", "day", "day-relative-year", None)),
        ("March 3 of this year", False, ("2024-03-03", "day", "day-relative-year", None)),
        ("Friday, 5 January next year", True, ("2025-01-05", "day", "day-relative-year", None)),
        ("May 16 to 17", False, ("2024-05-16", "day", "range", "2024-05-17")),
        ("16-17 May 2024", False, ("2024-05-16", "day", "range", "2024-05-17")),
        ("between 16 and 17 May", False, ("2024-05-16", "day", "range", "2024-05-17")),
        ("February 2022", False, ("2022-02", "month", "month-year", None)),
        ("2022", False, ("2022", "year", "year", None)),
        ("January 5, 2025", False, ("2025-01-05", "day", "full-date", None)),
        ("Dec. 20", False, ("2023-12-20", "day", "day-month", None)),
        ("August 30", False, ("2024-08-30", "day", "day-month", None)),  # a day in the next weeks, not last year's
        ("August 10", False, ("2024-08-10", "day", "day-month", None)),
        ("yesterday", False, ("2024-08-20", "day", "deictic", None)),
        # seasons (seasons.csv) are dated to their year
        ("last summer", False, ("2023", "year", "season", None)),  # written in August: the summer before
        ("this summer", False, ("2024", "year", "season", None)),
        ("in the spring", False, ("2024", "year", "season", None)),
        ("next spring", True, ("2025", "year", "season", None)),
        ("the autumn of 2005", False, ("2005", "year", "season", None)),
        ("the 2005 winter", False, ("2005", "year", "season", None)),
    ],
)
def test_dates_resolve_relative_to_publication(text, future, expected):
    found = resolve(text, PUB, future=future)
    assert (found.value, found.precision, found.rule, found.end) == expected


@pytest.mark.parametrize("text", ["the 1990s", "recent years", "annual", "the past", "last winter"])
def test_unresolvable_dates_stay_unresolved(text):
    assert resolve(text, PUB) is None


@pytest.mark.parametrize("text, expected", [
    ("last week's", ("2024-08-12", "week")),  # "last week's visit"
    ("Tuesday's", ("2024-08-20", "day")),  # "Tuesday's summit"
    ("yesterday’s", ("2024-08-20", "day")),
    ("last Thursday (August 15", ("2024-08-15", "day")),  # the model's span stops before the bracket closes
    ("Monday (August 12)", ("2024-08-12", "day")),  # the calendar date over the weekday counted back
    ("last year (2023)", ("2023", "year")),
    ("later this week", ("2024-08-19", "week")),
    ("last weekend", ("2024-08-17", "week")),  # the Saturday of the weekend before this week
    ("over the weekend", ("2024-08-17", "week")),
    ("the 19th", ("2024-08-19", "day")),  # this month's
    ("the 25th", ("2024-07-25", "day")),  # not come yet: last month's
    ("Sunday night", ("2024-08-18", "day")),
    ("earlier today", ("2024-08-21", "day")),
    ("late last night", ("2024-08-20", "day")),
    ("mid-May", ("2024-05", "month")),
    ("the end of last month", ("2024-07", "month")),
])
def test_possessive_and_bracketed_dates_resolve(text, expected):
    found = resolve(text, PUB)
    assert (found.value, found.precision) == expected


def test_relative_days_need_a_day_precise_publication_date():
    assert resolve("Wednesday", "2024") is None and resolve("last year", "2024").value == "2023"


@pytest.mark.parametrize("text, future, expected", [
    ("November", False, "2007-11"),
    ("since November", False, "2007-11"),
    ("in January", False, "2008-01"),
    ("March", True, "2008-03"),
])
def test_a_bare_month_is_the_latest_one_before_publication_unless_future(text, future, expected):
    assert resolve(text, "2008-01-06", future=future).value == expected


@pytest.mark.model
@pytest.mark.parametrize("text, month", [
    ("The recession began in November, the minister said, and it will end next year.", "2007-11"),
    ("Prices have risen since November and will rise again in March.", "2007-11"),
    ("The talks will resume in March.", "2008-03"),
])
def test_a_bare_month_takes_its_tense_from_its_own_clause(text, month):
    from core.pipeline.components import resolve_dates
    from core.pipeline.nlp import load_nlp

    doc = load_nlp()(text)
    assert resolve_dates(doc, "2008-01-06")[0].value == month


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    ("Javier Solana is due in Tehran on Monday.", "2007-05-07"),
    ("Solana is to visit Tehran on Monday.", "2007-05-07"),
    ("Solana is slated to visit Tehran on Monday.", "2007-05-07"),
    ("Solana is going to Moscow on Monday.", "2007-05-07"),
    ("The talks are set for Monday.", "2007-05-07"),
    ("Solana is due to visit Tehran in June.", "2007-06"),
    # what was in store may not have come to pass: a past "be" leaves the date to the rest of the sentence
    ("Javier Solana was due in Tehran on Monday.", "2007-04-30"),
    ("Solana was to visit Tehran on Monday.", "2007-04-30"),
    ("The meeting was cancelled due to the storm on Monday.", "2007-04-30"),  # "due to": because of
])
def test_a_date_of_what_is_in_store_lies_ahead(text, day):
    from core.pipeline.components import resolve_dates
    from core.pipeline.nlp import load_nlp

    assert resolve_dates(load_nlp()(text), "2007-05-02")[0].value == day  # a Wednesday


def test_a_weekday_the_model_ran_into_a_purpose_clause_is_that_weekday():
    from core.pipeline.dates import resolve

    assert resolve("Wednesday to end months", "2006-02-09").value == "2006-02-08"
    assert resolve("the week to come", "2006-02-09") is None


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Rice will visit China in a few days.", True),
    ("Rice will visit China within days.", True),
    ("Rice visited China within days of the attack.", False),  # counted from another event
    ("Rice stayed in China for a few days.", False),  # a length of time
])
def test_a_few_days_ahead_is_a_date_only_after_in_or_within(text, expected):
    from core.pipeline.components import resolve_dates
    from core.pipeline.nlp import load_nlp

    found = [d.value for d in resolve_dates(load_nlp()(text), "2005-03-15")]
    assert ("2005-03-18" in found) == bool(expected)


@pytest.mark.parametrize("text, expected", [
    ("Tuesday last week", ("2024-08-13", "day", "weekday-of-week")),
    ("Friday night of last week", ("2024-08-16", "day", "weekday-of-week")),
    ("last week on Monday", ("2024-08-12", "day", "weekday-of-week")),
    ("Friday of next week", ("2024-08-30", "day", "weekday-of-week")),
    ("this past weekend", ("2024-08-17", "week", "relative")),
    ("at the start of the month", ("2024-08", "month", "relative")),
    ("by the end of the year", ("2024", "year", "relative")),
])
def test_a_weekday_of_a_named_week_and_a_part_of_the_current_month_resolve(text, expected):
    found = resolve(text, PUB)
    assert (found.value, found.precision, found.rule) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Putin arrived in Moscow on Monday. The following day he met Bush.", "2007-06-19"),
    ("Putin flew to Washington on Sunday and met Bush the next day.", "2007-06-18"),
    ("Putin arrived in Washington on Monday. Later that day he met Bush.", "2007-06-18"),
    ("Putin met Bush in Moscow on Thursday. Condoleezza Rice met Sergei Lavrov there the day before.", "2007-06-13"),
    ("Putin arrived in Washington on Monday. Three days later he met Bush.", "2007-06-21"),
    ("Putin arrived in Washington on Monday. A day later he met Bush.", "2007-06-19"),
    ("Putin arrived in Washington on Monday. Three days earlier he had met Gordon Brown in London.", "2007-06-15"),
    ("Putin arrived in Beijing on Monday. Earlier in the day he had met Nursultan Nazarbayev in Astana.", "2007-06-18"),
    ("Putin met Bush earlier in the day.", "2007-06-20"),  # no day given before: the day of the report
])
def test_a_day_told_from_the_day_before_it_counts_from_that_day(text, expected):
    from tests.pipeline.test_mechanisms import meetings

    assert expected in {m.date for m in meetings(text, "2007-06-20")}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Bush met Putin in 2001. Two years later, he met Hu Jintao.",  # from 2001, not from the publication
    "Two days later, Putin met Bush.",  # later than a day the text does not give
])
def test_a_span_later_than_something_is_never_counted_from_the_publication(text):
    from core.pipeline.components import resolve_dates
    from core.pipeline.nlp import load_nlp

    assert all(d.value is None for d in resolve_dates(load_nlp()(text), "2007-06-20") if "later" in d.text.lower())


@pytest.mark.parametrize("text, expected", [
    ("03/21/2024", ("2024-03-21", "day")),  # a number above 12 tells day from month
    ("21.03.2024", ("2024-03-21", "day")),
    ("08/09/2024", ("2024-08-09", "day")),  # either order makes a date: the one nearer before the publication
    ("09/08/2024", ("2024-08-09", "day")),
    ("the first week of March", ("2024-03", "month")),
    ("in the second half of February", ("2024-02", "month")),
    ("the last week of the year", ("2024", "year")),
    ("Christmas", ("2023-12-25", "day")),  # holidays.csv: the latest one before the publication
    ("on New Year's Day", ("2024-01-01", "day")),
    ("Easter 2005", ("2005-03-27", "day")),  # counted from Easter Sunday of the year
    ("Good Friday", ("2024-03-29", "day")),
    ("next Christmas", ("2024-12-25", "day")),
])
def test_dates_in_figures_parts_of_a_month_and_holidays_resolve(text, expected):
    found = resolve(text, PUB)
    assert (found.value, found.precision) == expected


def test_a_word_that_is_no_holiday_still_reaches_the_season_rule():
    assert resolve("last summer", PUB).value == "2023" and resolve("Thanksgiving", PUB) is None and resolve("13/13/2024", PUB) is None


def test_a_span_from_now_is_counted_from_the_publication():
    assert resolve("in two days' time", PUB).value == "2024-08-23"


@pytest.mark.model
def test_the_day_after_an_event_is_no_day_counted_from_the_last_date():
    from core.pipeline.components import resolve_dates
    from core.pipeline.nlp import load_nlp

    found = resolve_dates(load_nlp()("Putin arrived on Monday. The day after the election, he met Bush."), "2007-06-20")
    assert "2007-06-19" not in {d.value for d in found}


@pytest.mark.model
def test_a_span_from_now_the_model_cuts_short_still_counts_from_the_publication():
    from tests.pipeline.test_mechanisms import meetings

    assert [m.date for m in meetings("George W. Bush will meet Hu Jintao in two days' time.", "2006-03-24")] == ["2006-03-26"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin met Hu Jintao in Beijing on 03/21/2006.", "2006-03-21"),
    ("Vladimir Putin met Hu Jintao in Beijing on Christmas Eve.", "2005-12-24"),
    ("Vladimir Putin met Hu Jintao in Beijing in the first week of March.", "2006-03"),
])
def test_a_meeting_is_dated_by_figures_a_holiday_or_a_week_of_a_month(text, expected):
    from tests.pipeline.test_mechanisms import meetings

    assert [m.date for m in meetings(text, "2006-03-24")] == [expected]


@pytest.mark.parametrize(("published", "future", "expected"), [
    ("2005-04-26", False, "2005-04-23"),  # "met this weekend", told on a Tuesday: the weekend just gone
    ("2005-04-26", True, "2005-04-30"),  # "will meet this weekend": the coming one
    ("2005-04-28", False, "2005-04-30"),  # told on a Thursday: the coming one
])
def test_this_weekend_early_in_the_week_is_the_one_just_gone(published, future, expected):
    found = resolve("this weekend", published, future=future)
    assert found is not None and (found.value, found.precision) == (expected, "week")

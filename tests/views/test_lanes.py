"""Timeline lanes and periods (pure)."""
import pandas as pd

from core.present import charts
from core.views import lanes


def dates(*values):
    return pd.Series(pd.to_datetime(list(values)))


def test_a_few_far_dates_leave_the_main_period_and_are_named():
    found = dates("1955-04-18", "2023-03-20", "2024-05-16", "2024-08-20", "2024-08-21", "2024-10-01", "2024-11-02")
    period = lanes.main_period(found)
    assert period == (pd.Timestamp("2023-03-20"), pd.Timestamp("2024-11-02"))
    assert lanes.outside_note(found, period) == "1 event outside this period (1955)"


def test_dates_spread_evenly_or_too_few_keep_the_whole_span():
    assert lanes.main_period(pd.Series(pd.date_range("2000-01-01", "2020-01-01", periods=30))) is None
    assert lanes.main_period(dates("1955-04-18", "2024-05-16", "2024-08-20")) is None  # too few to tell
    assert lanes.main_period(dates(*["2024-08-20"] * 6)) is None
    assert lanes.main_period(pd.Series([pd.NaT] * 8)) is None


def test_far_dates_on_both_sides_are_counted_with_their_years():
    found = dates("1950-01-01", "1960-01-01", *pd.date_range("2010-01-01", "2011-01-01", periods=40), "2099-01-01")
    period = lanes.main_period(found)
    assert period[0].year == 2010 and period[1].year == 2011
    assert lanes.outside_note(found, period) == "3 events outside this period (1950, 1960, 2099)"


def test_the_timeline_opens_on_the_period_it_is_given():
    x = dates("1955-04-18", "2024-05-16", "2024-08-20")
    events = pd.DataFrame({"event_id": ["a", "b", "c"], "x": x, "lane": ["A – B"] * 3, "kind": "talks", "background": False,
                           "people": "A – B", "location": None, "date": x.dt.strftime("%Y-%m-%d"), "date_precision": "day",
                           "n_articles": 1, "sources": "s"})
    whole = pd.to_datetime(charts.timeline(events).layout.xaxis.range)
    opened = pd.to_datetime(charts.timeline(events, period=(x[1], x[2])).layout.xaxis.range)
    assert whole[0].year == 1952 and opened[0].year == 2024 and opened[1] > x[2]


def test_a_lane_with_no_event_in_the_period_shown_is_not_drawn_unless_its_event_is_selected():
    events = pd.DataFrame({"event_id": ["a", "b", "c"], "lane": ["ASEAN – China", "China – Russia", "China – Russia"],
                           "x": pd.to_datetime(["2004-11-29", "2024-05-16", "2024-08-21"])})
    in_view = events[events["x"].between(pd.Timestamp("2024-01-01"), pd.Timestamp("2024-12-31"))]
    assert lanes.choose(in_view, limit=12, everything=events) == (["China – Russia"], [])
    drawn, hidden = lanes.choose(in_view, limit=12, keep=["a"], everything=events)
    assert drawn == ["China – Russia", "ASEAN – China"] and hidden == []


def test_a_long_lane_name_is_cut_at_a_word_beside_the_chart():
    assert charts.lane_label("China – Russia") == "China – Russia"
    label = charts.lane_label("China – Japan – North Korea – Russia – South Korea – United States")
    assert label == "China – Japan – North Korea – Russia …" and len(label) <= charts.LANE_LABEL + 2


def test_the_lane_of_events_with_no_pair_to_show_comes_last_however_busy():
    events = pd.DataFrame({"event_id": list("abcd"), "lane": [lanes.NO_PERSON] * 3 + ["Hu Jintao – George W. Bush"],
                           "x": pd.to_datetime(["2005-01-01", "2005-02-01", "2005-03-01", "2004-01-01"])})
    assert lanes.order(events) == ["Hu Jintao – George W. Bush", lanes.NO_PERSON]

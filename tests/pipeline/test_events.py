"""Events from meeting rows built by hand: a multi-party report joins the reports of its parts, event ids do not
depend on the order articles arrive in, and updating stored events gives what clustering every meeting gives."""
from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

import pandas as pd
import pytest

from core.pipeline import events as events_module
from core.pipeline.events import (
    _best, _cluster, _join_parts, _same_meeting, assign_events, group_key, meeting_records, update_events)
from core.store.schema import conform


def _meeting(mid, aid, participants, date="2024-08-21", precision="day", location="Moscow"):
    return {"meeting_id": mid, "article_id": aid, "participants": participants, "countries": ["China", "Russia"],
            "location": location, "date": date, "date_precision": precision, "kind": "talks", "referenced": False,
            "evidence": "…", "start": 0, "end": 1, "confidence": 0.8, "tone": 0.0, "rules": [], "event_id": None}


ROWS = [
    _meeting("m1", "a1", ["Li Qiang", "Mikhail Mishustin", "Vladimir Putin"]),
    _meeting("m2", "a2", ["Li Qiang", "Vladimir Putin"], location="Russia"),
    _meeting("m3", "a3", ["Li Qiang", "Mikhail Mishustin"], date="2024-08", precision="month", location=None),
    _meeting("m4", "a4", ["Li Qiang", "Vladimir Putin"], date="2024-05-16", location="Beijing"),
]


def test_a_multi_party_report_and_the_reports_of_its_parts_are_one_event():
    meetings, events, failed = assign_events(pd.DataFrame(ROWS))
    assert not failed
    ids = dict(zip(meetings["meeting_id"], meetings["event_id"]))
    assert ids["m1"] == ids["m2"] == ids["m3"] != ids["m4"]
    [joined] = events[events["event_id"] == ids["m1"]].to_dict("records")
    assert joined["participants"] == ["Li Qiang", "Mikhail Mishustin", "Vladimir Putin"] and joined["n_articles"] == 3


def test_event_ids_do_not_depend_on_the_order_articles_arrive_in():
    forward = assign_events(pd.DataFrame(ROWS))[0]
    backward = assign_events(pd.DataFrame(ROWS[::-1]))[0]
    assert dict(zip(forward["meeting_id"], forward["event_id"])) == dict(zip(backward["meeting_id"], backward["event_id"]))


PEOPLE = ["Li Qiang", "Vladimir Putin", "Mikhail Mishustin", "Xi Jinping", "Narendra Modi"]
PLACES = [None, "Moscow", "Beijing", "Russia", "Delhi"]


def _random_meetings(rng: random.Random, n: int, days: int = 40) -> list[dict]:
    """Meetings of a few people (pairs and multi-party reports) on nearby days, months or no date, so groups cluster,
    parts join wholes and undated reports attach."""
    rows = []
    for i in range(n):
        people = sorted(rng.sample(PEOPLE, rng.choice([2, 2, 2, 3, 3, 4])))
        day = date(2024, 8, 1) + timedelta(days=rng.randrange(days))
        precision = rng.choice(["day", "day", "day", "approx", "month", "year", "unknown"])
        when = {"month": day.isoformat()[:7], "year": day.isoformat()[:4], "unknown": None}.get(precision, day.isoformat())
        rows.append(_meeting(f"m{i:03d}", f"a{i % 17}", people, date=when, precision=precision,
                             location=rng.choice(PLACES)))
    return rows


def _table(frame: pd.DataFrame) -> list[tuple]:
    return sorted(tuple(str(v) for v in row) for row in frame.astype(object).itertuples(index=False))


@pytest.mark.parametrize("seed", range(12))
def test_adding_meetings_to_stored_events_gives_the_events_of_clustering_them_all_at_once(seed):
    rng = random.Random(seed)
    rows = _random_meetings(rng, 60)
    rng.shuffle(rows)
    first, second = rows[:45], rows[45:]
    stored_meetings, stored_events, _ = assign_events(pd.DataFrame(first))
    meetings, events, failed = update_events(pd.concat([stored_meetings, pd.DataFrame(second)]), stored_meetings,
                                             stored_events)
    at_once, at_once_events, _ = assign_events(pd.DataFrame(rows))
    assert not failed
    assert _table(meetings) == _table(at_once)
    assert _table(events) == _table(at_once_events)


@pytest.mark.parametrize("seed", range(6))
def test_changed_and_removed_meetings_regroup_their_events_as_clustering_them_all_would(seed):
    rng = random.Random(100 + seed)
    rows = _random_meetings(rng, 60)
    stored_meetings, stored_events, _ = assign_events(pd.DataFrame(rows))
    changed = [dict(r) for r in rows[5:]]  # five removed
    for row in rng.sample(changed, 6):  # a spelling merged, a date corrected
        row["participants"] = sorted({"Vladimir V. Putin" if p == "Vladimir Putin" else p for p in row["participants"]})
        row["date"] = "2024-08-03" if row["date_precision"] == "day" else row["date"]
    meetings, events, _ = update_events(pd.DataFrame(changed), stored_meetings, stored_events)
    at_once, at_once_events, _ = assign_events(pd.DataFrame(changed))
    assert _table(meetings) == _table(at_once)
    assert _table(events) == _table(at_once_events)


def test_only_the_groups_a_new_meeting_reaches_are_clustered_again(monkeypatch):
    stored_meetings, stored_events, _ = assign_events(pd.DataFrame(ROWS + [
        _meeting("m5", "a5", ["Narendra Modi", "Xi Jinping"], date="2024-06-01", location="Delhi")]))
    modi_xi = stored_meetings.loc[stored_meetings["meeting_id"] == "m5", "event_id"].item()
    stored_events.loc[stored_events["event_id"] == modi_xi, "location"] = "as stored"  # not what clustering gives
    clustered = []
    real_cluster = events_module._cluster
    monkeypatch.setattr(events_module, "_cluster", lambda records, members: clustered.append(
        tuple(records[members[0]]["participants"])) or real_cluster(records, members))
    new = _meeting("m6", "a6", ["Li Qiang", "Vladimir Putin"], date="2024-08-22", location="Moscow")
    meetings, events, _ = update_events(pd.concat([stored_meetings, pd.DataFrame([new])]), stored_meetings, stored_events)
    # the Li–Putin group and the groups its multi-party report links it to, never Modi–Xi
    assert sorted(clustered) == sorted([("Li Qiang", "Vladimir Putin"), ("Li Qiang", "Mikhail Mishustin", "Vladimir Putin"),
                                        ("Li Qiang", "Mikhail Mishustin")])
    assert events.loc[events["event_id"] == modi_xi, "location"].item() == "as stored"
    ids = dict(zip(meetings["meeting_id"], meetings["event_id"]))
    assert ids["m6"] == ids["m1"] == ids["m2"] and ids["m5"] == modi_xi


def test_a_stored_meeting_without_its_event_is_clustered_again():
    stored_meetings, stored_events, _ = assign_events(pd.DataFrame(ROWS))
    lost = stored_meetings.loc[stored_meetings["meeting_id"] == "m4", "event_id"].item()
    meetings, events, _ = update_events(stored_meetings, stored_meetings, stored_events[stored_events["event_id"] != lost])
    assert _table(events) == _table(stored_events) and _table(meetings) == _table(stored_meetings)


def test_a_part_of_two_equal_wholes_joins_the_same_one_whatever_the_order():
    rows = [_meeting("m1", "a1", ["Li Qiang", "Vladimir Putin", "Xi Jinping"]),
            _meeting("m2", "a2", ["Li Qiang", "Mikhail Mishustin", "Vladimir Putin"]),
            _meeting("m3", "a3", ["Li Qiang", "Vladimir Putin"])]
    for order in (rows, rows[::-1], [rows[1], rows[2], rows[0]]):
        ids = dict(zip(*assign_events(pd.DataFrame(order))[0][["meeting_id", "event_id"]].to_dict("list").values()))
        assert ids["m3"] == ids["m1"] != ids["m2"]  # the whole holding the smallest meeting id


@pytest.mark.parametrize("seed", range(4))
def test_parts_found_in_a_date_window_are_the_parts_comparing_every_pair_finds(seed):
    records = meeting_records(conform("meetings", pd.DataFrame(_random_meetings(random.Random(seed), 400, days=900))))
    groups: dict = {}
    for i, row in enumerate(records):
        groups.setdefault(group_key(row["participants"]), []).append(i)
    clusters = [c for members in groups.values() for c in _cluster(records, members)]
    best = [_best([records[i] for i in c]) for c in clusters]
    people = [frozenset(records[c[0]]["participants"]) for c in clusters]
    rank = [(-len(p), min(records[i]["meeting_id"] for i in c), n) for n, (p, c) in enumerate(zip(people, clusters))]
    target: dict = {}
    for whole, part in itertools.permutations(range(len(clusters)), 2):  # every pair
        if 3 <= len(people[whole]) and len(people[part]) >= 2 and people[part] < people[whole] and _same_meeting(
                best[part], best[whole]) and (part not in target or rank[whole] < rank[target[part]]):
            target[part] = whole
    assert target, "some parts join"
    expected: dict = {}
    for n in range(len(clusters)):
        root = n
        while root in target:
            root = target[root]
        expected.setdefault(root, []).extend(clusters[n])
    assert sorted(map(sorted, _join_parts(records, clusters))) == sorted(map(sorted, expected.values()))


@pytest.mark.parametrize(("a", "b", "together"), [
    (("2015-12-21", "week"), ("2015-12-24", "day"), True),  # a week, stored as its Monday, holds its Thursday
    (("2015-12-21", "week"), ("2015-12-28", "day"), False),  # not the Monday after it
    (("2015-12-24", "day"), ("2015-12-21", "week"), True),
    (("2015-12-21", "day"), ("2015-12-24", "day"), False),
])
def test_a_week_is_compatible_with_each_day_of_it(a, b, together):
    from core.pipeline.date_spans import compatible_dates

    assert compatible_dates(*a, *b, slack_days=0) is together

"""Events from meeting rows built by hand: a multi-party report joins the reports of its parts, and event ids do not
depend on the order articles arrive in."""
from __future__ import annotations

import pandas as pd

from core.pipeline.events import assign_events


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

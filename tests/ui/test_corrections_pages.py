"""Corrections in the dashboard (AppTest, on a copy of the seeds store): the evidence panel, People, Data, the
admin password and read-only deployments."""
from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from core.store.corpus import load_corpus
from tests.conftest import ROOT
from tests.ui.test_pages import texts as _texts


def texts(at: AppTest) -> str:
    """The page's words as a reader sees them (markdown escapes removed)."""
    return _texts(at).replace("\\", "")


@pytest.fixture
def store(seeds_store, tmp_path):
    return shutil.copytree(seeds_store, tmp_path / "store")


def open_page(monkeypatch, store, page: str, params: dict, *, env: dict | None = None, password: str = "") -> AppTest:
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(store))
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if password:
        at.secrets["admin_password"] = password
    at.run().switch_page(f"app_pages/{page}_page.py")
    at.query_params.clear()
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def busiest_event(store) -> tuple[str, str]:
    """The event with most reports and the meeting_id of its first report."""
    meetings = load_corpus(store).table("meetings")
    event = meetings["event_id"].value_counts().index[0]
    return event, meetings.loc[meetings["event_id"] == event, "meeting_id"].iloc[0]


def correct(at: AppTest, meeting_id: str, kind: str, *, why: str = "a list of titles", who: str = "ana") -> AppTest:
    key = f"fix_{meeting_id}"
    at.selectbox(key=f"{key}_kind").set_value(kind).run()
    at.text_input(key=f"{key}_why").input(why)
    at.text_input(key=f"{key}_by").input(who)
    at.button(key=f"{key}_save").click().run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_marking_a_report_not_a_meeting_shows_it_corrected_and_undo_restores_it(monkeypatch, store):
    event, meeting_id = busiest_event(store)
    at = open_page(monkeypatch, store, "timeline", {"event": event})
    correct(at, meeting_id, "not-meeting")
    shown = texts(at)
    assert "✎ Corrected: not a meeting — ana" in shown and "marked not a meeting" in shown
    assert meeting_id not in set(load_corpus(store).table("meetings")["meeting_id"])
    assert at.success and "Saved" in at.success[0].value
    others = [t for t in at.text_input if t.key.startswith("fix_") and t.key.endswith("_by")]
    assert others and all(t.value == "ana" for t in others), "the name given is offered in every other form"
    at.text_input(key=f"undo_{meeting_id}_why").input("it was a meeting")
    at.text_input(key=f"undo_{meeting_id}_by").input("bob")
    at.button(key=f"undo_{meeting_id}_save").click().run()
    assert meeting_id in set(load_corpus(store).table("meetings")["meeting_id"])
    assert "✎ Corrected: undo of" not in texts(at), "an undone correction is no longer shown on the report"


def test_a_correction_without_a_reason_is_refused_on_the_page(monkeypatch, store):
    event, meeting_id = busiest_event(store)
    at = open_page(monkeypatch, store, "timeline", {"event": event})
    correct(at, meeting_id, "not-meeting", why="")
    assert "missing why" in at.error[0].value
    assert load_corpus(store).table("corrections").empty


def test_the_admin_password_guards_corrections(monkeypatch, store):
    event, meeting_id = busiest_event(store)
    at = open_page(monkeypatch, store, "timeline", {"event": event}, password="s3cret")
    key = f"fix_{meeting_id}"
    assert f"{key}_kind" not in [s.key for s in at.selectbox], "no form before the password"
    at.text_input(key=f"{key}_password").input("wrong").run()
    assert "Wrong password." in [e.value for e in at.error]
    at.text_input(key=f"{key}_password").input("s3cret").run()
    correct(at, meeting_id, "not-meeting")
    assert len(load_corpus(store).table("corrections")) == 1


def test_read_only_deployments_show_corrections_but_offer_no_form(monkeypatch, store):
    from core.store import corrections
    from core.store import Store

    event, meeting_id = busiest_event(store)
    corrections.record(Store(store), "date", meeting_id, ["2024-08-20"], author="ana",
                       reason="the article dates it")
    at = open_page(monkeypatch, store, "timeline", {"event": event}, env={"BILATERAL_LENS_READ_ONLY": "1"})
    assert "✎ Corrected: date → 2024-08-20 — ana" in texts(at)
    assert f"fix_{meeting_id}_kind" not in [s.key for s in at.selectbox]
    at = open_page(monkeypatch, store, "data", {"table": "corrections"}, env={"BILATERAL_LENS_READ_ONLY": "1"})
    assert "read-only" in texts(at)


def test_a_correction_replaced_by_a_later_one_is_shown_struck_through_with_why(monkeypatch, store):
    from core.store import corrections
    from core.store import Store

    event, meeting_id = busiest_event(store)
    first = corrections.record(Store(store), "date", meeting_id, ["2024-08-19"], author="ana", reason="first reading")
    corrections.record(Store(store), "date", meeting_id, ["2024-08-20"], author="ana", reason="the article dates it")
    at = open_page(monkeypatch, store, "timeline", {"event": event}, env={"BILATERAL_LENS_READ_ONLY": "1"})
    shown = texts(at)
    assert "✎ Corrected: date → 2024-08-20 — ana" in shown
    assert "✎ ~~Corrected: date → 2024-08-19 — ana" in shown and f"({first['correction_id']})~~ — replaced" in shown


def test_people_page_merges_a_person_into_another(monkeypatch, store):
    people = load_corpus(store).table("entities").query("type == 'person'")["canonical"].tolist()
    source, into = people[-1], people[0]
    at = open_page(monkeypatch, store, "people", {"who": source})
    key = f"fix_person:{source}"
    at.selectbox(key=f"{key}_kind").set_value("merge-people").run()
    at.selectbox(key=f"{key}_into").set_value(into).run()
    at.text_input(key=f"{key}_why").input("the same person")
    at.text_input(key=f"{key}_by").input("ana")
    at.button(key=f"{key}_save").click().run()
    assert not at.exception
    assert source not in set(load_corpus(store).table("entities")["canonical"])
    assert at.selectbox(key="o_who").value == into, "the profile follows the person merged into"
    at = open_page(monkeypatch, store, "people", {"who": into})
    assert f"✎ Corrected: {source} merged into {into} — ana" in texts(at)


def test_people_page_says_a_name_is_no_persons_and_moves_on(monkeypatch, store):
    people = load_corpus(store).table("entities").query("type == 'person'")["canonical"].tolist()
    name = people[-1]
    at = open_page(monkeypatch, store, "people", {"who": name})
    key = f"fix_person:{name}"
    at.selectbox(key=f"{key}_kind").set_value("not-person").run()
    at.text_input(key=f"{key}_why").input("a company")
    at.text_input(key=f"{key}_by").input("ana")
    at.button(key=f"{key}_save").click().run()
    assert not at.exception
    assert any("is not a person" in message.value for message in at.success)
    entities = load_corpus(store).table("entities")
    assert name not in set(entities.loc[entities["type"] == "person", "canonical"])
    assert name in set(entities.loc[entities["type"] == "organisation", "canonical"])
    assert at.selectbox(key="o_who").value != name


def test_data_page_lists_corrections_with_their_status(monkeypatch, store):
    from core.store import corrections
    from core.store import Store

    _, meeting_id = busiest_event(store)
    corrections.record(Store(store), "not-meeting", meeting_id, author="ana", reason="titles only")
    at = open_page(monkeypatch, store, "data", {"table": "corrections"})
    shown = at.dataframe[0].value
    assert list(shown["status"]) == ["applies"] and list(shown["what"]) == ["not a meeting"]
    assert at.query_params["table"] in ("corrections", ["corrections"])


def test_a_report_separated_into_its_own_event_is_linked_from_the_event_it_left(monkeypatch, store):
    event, meeting_id = busiest_event(store)
    at = open_page(monkeypatch, store, "timeline", {"event": event})
    correct(at, meeting_id, "split-event", why="an earlier visit")
    meetings = load_corpus(store).table("meetings").set_index("meeting_id")
    assert meetings.loc[meeting_id, "event_id"] != event
    moved = [b for b in at.button if "A report moved to another event by a correction" in b.label.replace("\\", "")]
    assert len(moved) == 1
    moved[0].click().run()
    assert at.query_params["event"] in (meetings.loc[meeting_id, "event_id"], [meetings.loc[meeting_id, "event_id"]])

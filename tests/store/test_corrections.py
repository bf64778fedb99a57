"""Corrections on a small hand-built corpus (no model): each kind, undo, targets that survive or vanish, bad input,
read-only refusal, the CLI and the export."""
from __future__ import annotations

import pandas as pd
import pytest

from core.store import corrections
from core.cli import main
from core.store.corpus import load_corpus
from core.errors import CorrectionError, ReadOnly
from core.pipeline.entities import build_entities
from core.pipeline.events import assign_events
from core.store.schema import conform
from core.store import Store

TEXT = {
    "a1": "Vladimir Putin met Xi Jinping in Beijing on Thursday. Eric Schneiderman spoke. Wang met Li Qiang.",
    "a2": "Putin and Xi held talks in Beijing. Eric T. Schneiderman met Wang Yi in Washington on Monday.",
}


def _mention(aid: str, text: str, canonical: str, *, country: str | None = None, sentence: int = 0) -> dict:
    start = TEXT[aid].index(text)
    return {"article_id": aid, "start": start, "end": start + len(text), "text": text, "label": "PERSON",
            "entity_id": "person:" + canonical.lower().replace(" ", "_").replace(".", ""), "canonical": canonical,
            "sentence": sentence, "country": country}


def _meeting(aid: str, sentence: str, people: list[str], *, date: str, place: str, countries: list[str]) -> dict:
    start = TEXT[aid].index(sentence)
    return {"meeting_id": f"{aid}-{start}", "article_id": aid, "participants": people, "countries": countries,
            "location": place, "date": date, "date_precision": "day", "kind": "talks", "referenced": False,
            "evidence": sentence, "start": start, "end": start + len(sentence), "confidence": 0.8, "rules": ["trigger"]}


MENTIONS = [
    _mention("a1", "Vladimir Putin", "Vladimir Putin", country="Russia"),
    _mention("a1", "Xi Jinping", "Xi Jinping", country="China"),
    _mention("a1", "Eric Schneiderman", "Eric Schneiderman", country="United States", sentence=1),
    _mention("a1", "Wang", "Wang Yi", country="China", sentence=2),
    _mention("a1", "Li Qiang", "Li Qiang", country="China", sentence=2),
    _mention("a2", "Putin", "Vladimir Putin", country="Russia"),
    _mention("a2", "Xi", "Xi Jinping", country="China"),
    _mention("a2", "Eric T. Schneiderman", "Eric T. Schneiderman", country="United States", sentence=1),
    _mention("a2", "Wang Yi", "Wang Yi", country="China", sentence=1),
]
MEETINGS = [
    _meeting("a1", "Vladimir Putin met Xi Jinping in Beijing on Thursday.", ["Vladimir Putin", "Xi Jinping"],
             date="2024-05-16", place="Beijing", countries=["China", "Russia"]),
    _meeting("a2", "Putin and Xi held talks in Beijing.", ["Vladimir Putin", "Xi Jinping"], date="2024-05-16",
             place="Beijing", countries=["China", "Russia"]),
    _meeting("a1", "Wang met Li Qiang.", ["Li Qiang", "Wang Yi"], date="2024-05-17", place=None, countries=["China"]),
    _meeting("a2", "Eric T. Schneiderman met Wang Yi in Washington on Monday.", ["Eric T. Schneiderman", "Wang Yi"],
             date="2024-05-20", place="Washington", countries=["China", "United States"]),
]
PUTIN_XI_1, PUTIN_XI_2, WANG_LI, ERIC_WANG = (m["meeting_id"] for m in MEETINGS)


def write(store: Store, mentions: list[dict] = MENTIONS, meetings: list[dict] = MEETINGS, *, corrections=None) -> None:
    """Commit a hand-built annotation, as ingest or annotate would (every table but the corrections replaced)."""
    articles = pd.DataFrame([{"article_id": a, "title": a, "text": t, "published": "2024-05-20"} for a, t in TEXT.items()])
    mentions_frame = conform("mentions", pd.DataFrame(mentions))
    meetings_frame, events, _ = assign_events(pd.DataFrame(meetings))
    tables = {"articles": articles, "mentions": mentions_frame, "meetings": meetings_frame, "events": events,
              "entities": build_entities(mentions_frame)}
    with store.writing():
        store.commit(tables, note="annotate")


@pytest.fixture
def store(store_dir) -> Store:
    store = Store(store_dir)
    write(store)
    return store


def fix(store: Store, kind: str, target: str, *values: str, reason: str = "checked against the text") -> dict:
    return corrections.record(store, kind, target, list(values), author="ana", reason=reason)


def meeting(store: Store, meeting_id: str) -> pd.Series:
    meetings = load_corpus(store).table("meetings")
    return meetings.set_index("meeting_id").loc[meeting_id]


def event_of(store: Store, meeting_id: str) -> pd.Series:
    corpus = load_corpus(store)
    event_id = corpus.table("meetings").set_index("meeting_id").loc[meeting_id, "event_id"]
    return corpus.table("events").set_index("event_id").loc[event_id]


def test_two_reports_of_one_meeting_are_one_event_before_any_correction(store):
    assert event_of(store, PUTIN_XI_1).name == event_of(store, PUTIN_XI_2).name
    assert load_corpus(store).table("corrections").empty


def test_not_a_meeting_takes_the_report_out_of_meetings_and_its_event_and_keeps_it_as_removed(store):
    before = event_of(store, PUTIN_XI_1)
    row = fix(store, "not-meeting", PUTIN_XI_1)
    corpus = load_corpus(store)
    assert PUTIN_XI_1 not in set(corpus.table("meetings")["meeting_id"])
    event = corpus.table("events").set_index("event_id").loc[before.name]
    assert event["article_ids"] == ["a2"] and event["n_articles"] == 1
    assert row["correction_id"] in event["corrections"]
    removed = corpus.corrections.removed()
    assert list(removed["meeting_id"]) == [PUTIN_XI_1] and list(removed["corrections"].iloc[0]) == [row["correction_id"]]
    assert row["target"] == f"a1:0:{len(MEETINGS[0]['evidence'])}".replace(":0:", ":0-")


def test_a_meeting_a_correction_took_out_is_named_with_that_correction(store):
    row = fix(store, "not-meeting", PUTIN_XI_1)
    for kind, values in (("not-meeting", ()), ("date", ("2024-05-16",))):
        with pytest.raises(CorrectionError, match=f"already marked not a meeting by correction {row['correction_id']}"):
            fix(store, kind, PUTIN_XI_1, *values)
    with pytest.raises(CorrectionError, match="no meeting 'nosuch' in this corpus"):
        fix(store, "not-meeting", "nosuch")


def test_an_event_whose_only_report_is_not_a_meeting_is_gone_but_a_link_to_it_still_opens(store):
    from core.views.state import parse
    from core.views.view import build_index

    event_id = event_of(store, WANG_LI).name
    fix(store, "not-meeting", WANG_LI)
    corpus = load_corpus(store)
    assert event_id not in set(corpus.table("events")["event_id"])
    state, notice = parse({"event": event_id}, vocab=build_index(corpus).vocab, page="timeline")
    assert state.options["event"] == event_id and not notice  # the page then says where its reports went


@pytest.mark.parametrize("kind, value, column, expected", [
    ("date", "2024-05", "date", "2024-05"),
    ("date", "2023", "date_precision", "year"),
    ("place", "Shanghai", "location", "Shanghai"),
])
def test_date_and_place_corrections_change_the_report_and_its_event(store, kind, value, column, expected):
    row = fix(store, "split-event", PUTIN_XI_2)  # alone in its event, so the event shows the report's values
    fix(store, kind, PUTIN_XI_2, value)
    assert meeting(store, PUTIN_XI_2)[column] == expected
    event = event_of(store, PUTIN_XI_2)
    assert event[column] == expected and row["correction_id"] in event["corrections"]
    assert len(meeting(store, PUTIN_XI_2)["corrections"]) == 2


def test_participants_correction_changes_people_and_their_countries(store):
    fix(store, "participants", ERIC_WANG, "Eric T. Schneiderman", "Li Qiang")
    row = meeting(store, ERIC_WANG)
    assert list(row["participants"]) == ["Eric T. Schneiderman", "Li Qiang"]
    assert list(row["countries"]) == ["China", "United States"]
    fix(store, "participants", WANG_LI, "Vladimir Putin")
    assert list(meeting(store, WANG_LI)["countries"]) == ["Russia"]


def test_merging_two_events_makes_one_event_of_every_report(store):
    fix(store, "merge-events", ERIC_WANG, event_of(store, WANG_LI).name)
    assert event_of(store, ERIC_WANG).name == event_of(store, WANG_LI).name
    event = event_of(store, ERIC_WANG)
    assert event["article_ids"] == ["a1", "a2"] and set(event["participants"]) == {"Eric T. Schneiderman", "Li Qiang", "Wang Yi"}
    assert len(load_corpus(store).table("events")) == 2


def test_splitting_a_report_off_gives_it_an_event_of_its_own(store):
    fix(store, "split-event", PUTIN_XI_1)
    assert event_of(store, PUTIN_XI_1).name != event_of(store, PUTIN_XI_2).name
    assert event_of(store, PUTIN_XI_2)["article_ids"] == ["a2"]
    with pytest.raises(CorrectionError, match="only report of its event"):
        fix(store, "split-event", PUTIN_XI_1)


@pytest.mark.parametrize("kind, values", [
    ("participants", ["Vladimir Putin", "Li Qiang"]),  # another meeting altogether
    ("date", ["2019-06-05"]),  # the same people, years apart
])
def test_a_report_corrected_into_another_meeting_leaves_its_event(store, kind, values):
    event_id = event_of(store, PUTIN_XI_1).name
    fix(store, kind, PUTIN_XI_2, *values)
    assert event_of(store, PUTIN_XI_1).name == event_id  # the report with the smaller id keeps the event
    moved = event_of(store, PUTIN_XI_2)
    assert moved.name != event_id and moved["article_ids"] == ["a2"]
    assert event_of(store, PUTIN_XI_1)["article_ids"] == ["a1"]


def test_events_an_analyst_merged_stay_merged_whatever_their_reports_say(store):
    fix(store, "merge-events", ERIC_WANG, event_of(store, WANG_LI).name)
    fix(store, "date", ERIC_WANG, "2019-06-05")
    assert event_of(store, ERIC_WANG).name == event_of(store, WANG_LI).name


def test_a_meeting_correction_stays_on_its_meeting_when_a_later_merge_makes_a_sibling_look_alike(store_dir):
    # one sentence, two meetings: Putin with Xi, and Putin with Li Qiang; Li Qiang is then merged into Xi
    one = "Vladimir Putin met Xi Jinping in Beijing on Thursday."
    store = Store(store_dir)
    twins = [_meeting("a1", one, ["Vladimir Putin", "Xi Jinping"], date="2024-05-16", place="Beijing", countries=["China", "Russia"]),
             {**_meeting("a1", one, ["Li Qiang", "Vladimir Putin"], date="2024-05-16", place="Beijing", countries=["China", "Russia"]),
              "meeting_id": "a1-twin"}]
    write(store, meetings=twins)
    row = fix(store, "place", "a1-twin", "Shanghai")
    fix(store, "merge-people", "Li Qiang", "Xi Jinping")
    assert meeting(store, "a1-twin")["location"] == "Shanghai" and row["correction_id"] in meeting(store, "a1-twin")["corrections"]
    assert meeting(store, PUTIN_XI_1)["location"] == "Beijing"


def test_a_persons_new_country_replaces_the_old_one_on_their_meetings(store):
    fix(store, "country", "Wang Yi", "Japan")
    assert list(meeting(store, WANG_LI)["countries"]) == ["China", "Japan"]  # Li Qiang is still Chinese
    assert list(meeting(store, ERIC_WANG)["countries"]) == ["Japan", "United States"]
    fix(store, "merge-people", "Eric T. Schneiderman", "Li Qiang")
    assert list(meeting(store, ERIC_WANG)["countries"]) == ["China", "Japan"]


def test_a_participant_a_correction_names_can_be_given_a_country_until_that_correction_is_undone(store):
    named = fix(store, "participants", WANG_LI, "Li Qiang", "Anami Koreshige")
    assert list(meeting(store, WANG_LI)["countries"]) == ["China"]  # nobody knows Anami Koreshige's country yet
    placed = fix(store, "country", "Anami Koreshige", "japan")
    assert list(meeting(store, WANG_LI)["countries"]) == ["China", "Japan"]
    with pytest.raises(CorrectionError, match="no person named 'Anami Koreshig'"):
        fix(store, "country", "Anami Koreshig", "Japan")  # only a name the correction gave, exactly
    fix(store, "undo", named["correction_id"])
    status = load_corpus(store).corrections.status().set_index("correction_id")["status"]
    assert status[placed["correction_id"]] == "does not apply: no person named Anami Koreshige in the annotation"


def test_a_spelling_that_came_with_a_merge_cannot_be_split_off_without_undoing_the_merge(store):
    fix(store, "merge-people", "Eric Schneiderman", "Eric T. Schneiderman")
    with pytest.raises(CorrectionError, match="“Eric Schneiderman” is how the annotation writes Eric Schneiderman, merged into "
                                              "Eric T. Schneiderman by a correction: undo that merge"):
        fix(store, "split-person", "Eric T. Schneiderman", "Eric Schneiderman", "Eric Schneiderman Jr.")


def test_merging_two_people_rewrites_mentions_entities_and_meetings(store):
    row = fix(store, "merge-people", "Eric Schneiderman", "Eric T. Schneiderman")
    corpus = load_corpus(store)
    people = corpus.table("entities").set_index("canonical")
    assert "Eric Schneiderman" not in people.index
    eric = people.loc["Eric T. Schneiderman"]
    assert eric["aliases"] == ["Eric Schneiderman", "Eric T. Schneiderman"] and eric["n_articles"] == 2
    assert eric["corrections"] == [row["correction_id"]]
    mentions = corpus.table("mentions")
    assert set(mentions.loc[mentions["text"] == "Eric Schneiderman", "canonical"]) == {"Eric T. Schneiderman"}
    assert len(corpus.table("entities")) == 5


def test_splitting_a_spelling_off_makes_another_person_in_mentions_entities_and_meetings(store):
    fix(store, "split-person", "Wang Yi", "Wang", "Wang Qishan")
    corpus = load_corpus(store)
    people = corpus.table("entities").set_index("canonical")
    assert people.loc["Wang Qishan", "aliases"] == ["Wang"] and people.loc["Wang Yi", "aliases"] == ["Wang Yi"]
    assert list(meeting(store, WANG_LI)["participants"]) == ["Li Qiang", "Wang Qishan"]
    assert "Wang Yi" in meeting(store, ERIC_WANG)["participants"]  # written in full there: still Wang Yi


def test_setting_a_persons_country_changes_their_entity_mentions_and_meetings(store):
    fix(store, "country", "Eric T. Schneiderman", "canada")
    corpus = load_corpus(store)
    assert corpus.table("entities").set_index("canonical").loc["Eric T. Schneiderman", "country"] == "Canada"
    assert "Canada" in meeting(store, ERIC_WANG)["countries"]


def test_a_value_set_again_replaces_the_earlier_correction_until_the_later_is_undone(store):
    first = fix(store, "date", WANG_LI, "2024-05-01")
    second = fix(store, "date", WANG_LI, "2024-05-02")
    place = fix(store, "place", WANG_LI, "Beijing")
    earlier_country = fix(store, "country", "Eric T. Schneiderman", "canada")
    later_country = fix(store, "country", "Eric T. Schneiderman", "mexico")

    def status() -> pd.Series:
        return load_corpus(store).table("corrections").set_index("correction_id")["status"]

    assert status()[first["correction_id"]] == f"replaced by {second['correction_id']}"
    assert status()[earlier_country["correction_id"]] == f"replaced by {later_country['correction_id']}"
    assert (status()[[second["correction_id"], place["correction_id"], later_country["correction_id"]]] == "applies").all()
    assert meeting(store, WANG_LI)["date"] == "2024-05-02"
    fix(store, "undo", second["correction_id"])
    assert status()[first["correction_id"]] == "applies" and meeting(store, WANG_LI)["date"] == "2024-05-01"


def test_a_planned_meeting_may_be_dated_after_its_article(store):
    assert meeting(store, PUTIN_XI_1)["date"] == "2024-05-16"
    fix(store, "date", PUTIN_XI_1, "2030-06")
    assert meeting(store, PUTIN_XI_1)["date"] == "2030-06"


def test_undo_restores_the_annotation_and_is_itself_recorded_and_undoable(store):
    row = fix(store, "not-meeting", WANG_LI)
    undo = fix(store, "undo", row["correction_id"], reason="it is a meeting after all")
    assert WANG_LI in set(load_corpus(store).table("meetings")["meeting_id"])
    status = load_corpus(store).table("corrections").set_index("correction_id")["status"]
    assert status[row["correction_id"]] == f"undone by {undo['correction_id']}"
    with pytest.raises(CorrectionError, match="already undone"):
        fix(store, "undo", row["correction_id"])
    fix(store, "undo", undo["correction_id"], reason="it was not")
    assert WANG_LI not in set(load_corpus(store).table("meetings")["meeting_id"])
    assert len(load_corpus(store).table("corrections")) == 3


def test_corrections_survive_a_new_annotation_that_moves_or_loses_their_targets(store):
    gone = fix(store, "not-meeting", WANG_LI)
    moved = fix(store, "date", ERIC_WANG, "2024-05-21")
    merged = fix(store, "merge-people", "Eric Schneiderman", "Eric T. Schneiderman")
    # A new pipeline version: the Wang meeting is no longer found, the Eric sentence boundary moved.
    meetings = [m for m in MEETINGS if m["meeting_id"] != WANG_LI]
    meetings[-1] = {**meetings[-1], "meeting_id": "new-id", "start": meetings[-1]["start"] - 5}
    write(store, meetings=meetings)
    corpus = load_corpus(store)
    status = corpus.table("corrections").set_index("correction_id")["status"]
    assert status[gone["correction_id"]].startswith("does not apply: no meeting at a1:")
    assert status[moved["correction_id"]] == status[merged["correction_id"]] == "applies"
    assert corpus.table("meetings").set_index("meeting_id").loc["new-id", "date"] == "2024-05-21"
    assert any("not applying" in line for line in corrections.summary(corpus))


def test_corrections_table_is_kept_by_every_commit_that_replaces_the_annotation(store):
    fix(store, "not-meeting", WANG_LI)
    with store.writing():
        store.commit({"meetings": store.read("meetings")}, note="ingest")
        store.compact()
    assert len(store.read("corrections")) == 1


@pytest.mark.parametrize("kind, target, values, message", [
    ("date", PUTIN_XI_1, ["2024-13-40"], "is not a date"),
    ("date", PUTIN_XI_1, [], "takes one value"),
    ("date", PUTIN_XI_1, ["1700"], "is before 1800"),
    ("date", PUTIN_XI_1, ["2999-01-01"], r"more than 10 years after its article was published \(2024-05-20\)"),
    ("date", "nosuch", ["2024"], "no meeting 'nosuch'"),
    ("place", PUTIN_XI_1, ["  "], r"a value is empty: give the place \(city or country\)"),
    ("merge-people", "Wang Yi", [""], "a value is empty: give the person they are"),
    ("not-meeting", PUTIN_XI_1, ["x"], "takes no value"),
    ("participants", PUTIN_XI_1, [f"P{i}" for i in range(30)], "1 to 25 names"),
    ("merge-events", PUTIN_XI_1, [PUTIN_XI_2], "another event"),
    ("merge-people", "Nobody", ["Wang Yi"], "no person named 'Nobody'"),
    ("merge-people", "Wang Yi", ["wang yi"], "into themselves"),
    ("split-person", "Wang Yi", ["Mr Wang"], "is not written as"),
    ("split-person", "Li Qiang", ["Li Qiang"], "written only as"),
    ("country", "Wang Yi", ["Atlantis"], "unknown country"),
    ("undo", "0123456789", [], "no correction 0123456789"),
    ("rename", "x", [], "unknown correction"),
])
def test_bad_corrections_are_refused_with_a_reason_and_store_nothing(store, kind, target, values, message):
    version = store.version()
    with pytest.raises(CorrectionError, match=message):
        fix(store, kind, target, *values)
    assert store.version() == version


def test_a_correction_needs_a_name_and_a_reason(store):
    with pytest.raises(CorrectionError, match="^missing why: say it in a few words$"):
        corrections.record(store, "not-meeting", WANG_LI, author="ana", reason=" ")
    with pytest.raises(CorrectionError, match="^missing your name: sign the correction$"):
        corrections.record(store, "not-meeting", WANG_LI, author="", reason="x")
    with pytest.raises(CorrectionError, match="^missing why: .*; and your name: "):  # both said at once
        corrections.record(store, "not-meeting", WANG_LI, author="", reason="")


def test_read_only_deployments_refuse_corrections(store, monkeypatch, capsys):
    monkeypatch.setenv("BILATERAL_LENS_READ_ONLY", "1")
    with pytest.raises(ReadOnly):
        fix(store, "not-meeting", WANG_LI)
    assert main(["correct", "not-meeting", WANG_LI, "--why", "x", "--store", str(store.path)]) == 2
    assert capsys.readouterr().err.strip().startswith("error: this deployment is read-only")
    assert load_corpus(store).table("corrections").empty


def test_cli_corrects_lists_and_undoes_and_says_why_it_refuses(store, capsys):
    s = ["--store", str(store.path)]
    assert main(["correct", "merge-people", "Eric Schneiderman", "Eric T. Schneiderman", "--why", "same man", "--by", "bob", *s]) == 0
    stored = capsys.readouterr().out
    assert stored.startswith("correction ") and "Eric Schneiderman merged into Eric T. Schneiderman" in stored
    cid = stored.split()[1]
    assert main(["correct", "date", ERIC_WANG, "soon", "--why", "x", *s]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: “soon” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"]
    assert main(["correct", "undo", cid, "--why", "not the same man", *s]) == 0
    for day in ("2024-05-01", "2024-05-02"):
        assert main(["correct", "date", WANG_LI, day, "--why", "the text says so", *s]) == 0
    assert main(["correct", "list", *s]) == 0
    listed = capsys.readouterr().out
    assert "[undone by " in listed and "bob" in listed and "why: same man" in listed
    assert "(Li Qiang, Wang Yi)  date → 2024-05-01  [replaced by " in listed  # the meeting's people tell it apart
    assert main(["info", *s]) == 0
    assert "corrections: 4 (1 in effect, 1 undone, 1 undo(s), 1 replaced, 0 not applying)" in capsys.readouterr().out


def test_exports_show_the_corrected_tables_and_the_corrections_with_their_status(store, tmp_path, capsys):
    fix(store, "not-meeting", WANG_LI)
    fix(store, "merge-people", "Eric Schneiderman", "Eric T. Schneiderman")
    s = ["--store", str(store.path)]
    assert main(["export", "meetings", "--out", str(tmp_path / "m.jsonl"), *s]) == 0
    exported = pd.read_json(tmp_path / "m.jsonl", lines=True)
    assert WANG_LI not in set(exported["meeting_id"]) and len(exported) == 3
    assert main(["export", "mentions", "--out", str(tmp_path / "x.csv"), *s]) == 0
    assert "Eric Schneiderman" not in set(pd.read_csv(tmp_path / "x.csv")["canonical"])
    assert main(["export", "corrections", "--out", str(tmp_path / "c.csv"), *s]) == 0
    exported = pd.read_csv(tmp_path / "c.csv")
    assert list(exported["status"]) == ["applies", "applies"] and list(exported["author"]) == ["ana", "ana"]


@pytest.mark.model
def test_corrections_survive_annotate_force_and_a_reingest_with_the_model(tmp_path, capsys):
    from tests.conftest import FIXTURES, ROOT, _ingest_with_model

    store = Store(_ingest_with_model([ROOT / "seeds"], tmp_path / "store"))
    meetings = load_corpus(store).table("meetings")
    target = meetings.sort_values("meeting_id").iloc[0]
    people = load_corpus(store).table("entities").query("type == 'person'")["canonical"].tolist()
    made = [fix(store, "not-meeting", target["meeting_id"]),
            fix(store, "merge-people", people[-1], people[0]),
            fix(store, "date", meetings.sort_values("meeting_id").iloc[1]["meeting_id"], "2024-01-02")]

    def check() -> None:
        corpus = load_corpus(store)
        assert list(corpus.table("corrections")["status"]) == ["applies"] * 3
        assert target["meeting_id"] not in set(corpus.table("meetings")["meeting_id"])
        assert people[-1] not in set(corpus.table("entities")["canonical"])
        assert (corpus.table("meetings")["date"] == "2024-01-02").sum() == 1

    check()
    before = store.version()
    assert main(["annotate", "--force", "--quiet", "--store", str(store.path)]) == 0
    assert store.version() == before + 1 and "re-annotated" in capsys.readouterr().out
    assert target["meeting_id"] in set(store.read("meetings")["meeting_id"]), "the annotation itself is unchanged"
    check()
    assert main(["ingest", str(FIXTURES / "wikinews" / "russia_china.jsonl"), "--quiet", "--store", str(store.path)]) == 0
    assert len(load_corpus(store).articles) > 5
    check()
    assert [r["correction_id"] for r in made] == list(load_corpus(store).table("corrections")["correction_id"])


def test_a_correction_the_code_cannot_apply_leaves_the_annotation_as_stored_and_says_so(store, monkeypatch, capsys):
    from core.store.corrected import Corrector

    fix(store, "not-meeting", WANG_LI)
    monkeypatch.setattr(Corrector, "meetings", lambda self: 1 / 0)
    corpus = load_corpus(store)
    assert WANG_LI in set(corpus.table("meetings")["meeting_id"])
    assert corpus.table("corrections")["status"].iloc[0].startswith("does not apply: corrections could not be applied")
    assert main(["info", "--store", str(store.path)]) == 0
    assert "ZeroDivisionError" in capsys.readouterr().out


def test_a_place_the_map_would_put_elsewhere_or_nowhere_is_stored_with_a_note(store):
    from core.store.corrections import place_note

    assert fix(store, "place", PUTIN_XI_2, "Shanghai").get("note") is None  # China: a side's country
    row = fix(store, "place", PUTIN_XI_2, "Atlantis")
    assert "the map puts Atlantis in South Africa" in row["note"] and meeting(store, PUTIN_XI_2)["location"] == "Atlantis"
    assert "note" not in corrections.read(store).columns
    assert "does not know Nowhereville" in place_note("Nowhereville", ["China", "Russia"])


def test_a_name_that_is_no_person_becomes_an_organisation_and_leaves_its_meetings(store):
    row = fix(store, "not-person", "Eric T. Schneiderman", reason="a law firm in this article")
    assert corrections.describe(row) == "Eric T. Schneiderman is not a person"
    corpus = load_corpus(store)
    entities = corpus.table("entities").set_index("canonical")
    assert entities.loc["Eric T. Schneiderman", "type"] == "organisation"
    assert row["correction_id"] in entities.loc["Eric T. Schneiderman", "corrections"]
    mentions = corpus.table("mentions")
    written = mentions[mentions["text"] == "Eric T. Schneiderman"].iloc[0]
    assert (written["label"], written["entity_id"]) == ("ORG", "org:eric_t_schneiderman")
    changed = meeting(store, ERIC_WANG)
    assert list(changed["participants"]) == ["Wang Yi"] and list(changed["countries"]) == ["China"]
    assert row["correction_id"] in changed["corrections"]
    assert "Eric Schneiderman" in set(entities[entities["type"] == "person"].index)  # the other spelling stays a person
    with pytest.raises(CorrectionError, match="takes no value"):
        fix(store, "not-person", "Vladimir Putin", "x")
    fix(store, "undo", row["correction_id"])
    assert list(meeting(store, ERIC_WANG)["participants"]) == ["Eric T. Schneiderman", "Wang Yi"]


def test_the_list_of_corrections_says_what_each_is_about(store):
    fix(store, "not-meeting", WANG_LI)
    listed = corrections.listing(load_corpus(store))
    assert list(listed.columns[:3]) == ["correction_id", "what", "context"]
    assert listed.iloc[0]["what"] == "not a meeting" and "Wang" in listed.iloc[0]["context"]


def test_merging_people_of_different_countries_is_done_with_a_note_saying_so(store):
    row = fix(store, "merge-people", "Eric Schneiderman", "Wang Yi")
    assert "Eric Schneiderman (United States) and Wang Yi (China) are of different countries" in row["note"]
    assert "note" not in fix(store, "merge-people", "Li Qiang", "Xi Jinping")

"""Every dashboard page through Streamlit's AppTest, against real stores: seeds, empty, filtered, hostile."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from core.store.corpus import load_corpus
from core.pipeline.ingest import ingest
from core.views.state import parse
from core.store import Store
from core.views.view import build_index, select
from tests.conftest import FIXTURES, ROOT

PAGES = ["overview", "map", "timeline", "sectors", "reader", "people", "data", "network", "add"]


def run(monkeypatch, store, *, page: str = "overview", params: dict | None = None, env: dict | None = None) -> AppTest:
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(store))
    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if page != "overview":
        # A link opens straight on its page: AppTest needs one run before it can switch, then the link's URL.
        at.run().switch_page(f"app_pages/{page}_page.py")
        at.query_params.clear()
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def url(at: AppTest, key: str) -> list[str]:
    value = at.query_params[key]
    return value if isinstance(value, list) else [value]


def texts(at: AppTest) -> str:
    parts = [e.value for kind in ("markdown", "caption", "info", "warning", "subheader", "title") for e in at.get(kind)]
    parts += [str(getattr(e.proto, "body", "")) for e in at.get("html")]
    parts += [e.proto.label for e in at.get("page_link")]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_the_seeds_without_errors(monkeypatch, sample_store, page):
    at = run(monkeypatch, sample_store, page=page)
    assert not at.error
    assert at.sidebar.multiselect(key="f_person").options, "the people filter lists the corpus's people"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_on_an_empty_store_offers_to_load_the_samples(monkeypatch, store_dir, page):
    at = run(monkeypatch, store_dir, page=page)
    if page == "add":
        assert at.get("file_uploader") or "Files" in str(at)
    else:
        assert "holds no articles yet" in at.info[0].value
        assert at.button(key="empty_load_seeds")


@pytest.mark.parametrize("page", PAGES[:-1])
def test_filters_from_a_link_are_applied_on_every_page(monkeypatch, sample_store, page):
    at = run(monkeypatch, sample_store, page=page, params={"person": "Vladimir Putin", "sector": "energy"})
    assert at.sidebar.multiselect(key="f_person").value == ["Vladimir Putin"]
    assert at.sidebar.multiselect(key="f_sector").value == ["energy"]
    assert "involving Vladimir Putin, about energy" in texts(at)
    assert url(at, "person") == ["Vladimir Putin"]


def test_widgets_write_the_view_to_the_url_and_the_url_reproduces_it(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="sectors")
    at.sidebar.multiselect(key="f_country").set_value(["China", "Russia"])
    at.sidebar.text_input(key="f_q").input("deals")
    at.sidebar.toggle(key="f_refs").set_value(True)
    at.segmented_control(key="o_measure").set_value("pmi").run()
    params = {k: url(at, k) for k in at.query_params}
    assert params["country"] == ["China", "Russia"] and params["q"] == ["deals"] and params["measure"] == ["pmi"]
    again = run(monkeypatch, sample_store, page="sectors", params=params)
    assert again.sidebar.multiselect(key="f_country").value == ["China", "Russia"]
    assert again.sidebar.text_input(key="f_q").value == "deals"
    assert again.sidebar.toggle(key="f_refs").value is True
    assert again.segmented_control(key="o_measure").value == "pmi"
    share = again.sidebar.code[0].value
    assert "country=China&country=Russia" in share and "measure=pmi" in share


def test_the_sectors_chart_shown_is_part_of_the_link(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="sectors")
    assert "chart" not in at.query_params  # the matrix, by default
    at.segmented_control(key="o_chart").set_value("network").run()
    assert url(at, "chart") == ["network"] and not at.exception
    again = run(monkeypatch, sample_store, page="sectors", params={"chart": "network"})
    assert again.segmented_control(key="o_chart").value == "network" and not again.exception


def test_a_widget_run_that_carries_an_older_address_keeps_the_users_move(monkeypatch, sample_store):
    """The browser sends the address it has with every run; when quick input interrupts a run, that address may
    predate what the last run wrote. A run started by a widget keeps the widgets; it does not go back to the old URL."""
    at = run(monkeypatch, sample_store, page="timeline", params={"country": "China"})
    at.sidebar.slider(key="f_conf").set_value(0.3).run()
    assert url(at, "conf") == ["0.3"]
    at.query_params.pop("conf")  # the address from before the last run
    at.sidebar.slider(key="f_conf").set_value(0.35).run()
    assert at.sidebar.slider(key="f_conf").value == 0.35
    assert url(at, "conf") == ["0.35"] and url(at, "country") == ["China"]
    at.query_params["conf"] = "0.6"  # a link followed to this page still sets the view
    at.run()
    assert at.sidebar.slider(key="f_conf").value == 0.6


def test_filters_survive_moving_between_pages(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, params={"country": "China"})
    at.switch_page("app_pages/timeline_page.py").run()
    assert at.sidebar.multiselect(key="f_country").value == ["China"]
    at.switch_page("app_pages/reader_page.py").run()
    assert at.sidebar.multiselect(key="f_country").value == ["China"]
    assert url(at, "country") == ["China"]


def test_bad_link_values_are_dropped_with_one_notice(monkeypatch, sample_store):
    # Streamlit itself discards a query string of more than 1,000 parameters before the app sees it.
    params = {"person": ["Nobody Known"] + ["Vladimir Putin"] * 900, "from": "notadate", "bogus": "1"}
    at = run(monkeypatch, sample_store, page="timeline", params=params)
    notices = [w.value for w in at.warning]
    assert len(notices) == 1
    assert "Nobody Known" in notices[0] and "notadate" in notices[0] and "bogus" in notices[0]
    assert at.sidebar.multiselect(key="f_person").value == ["Vladimir Putin"]
    assert at.sidebar.text_input(key="f_from").value == ""


def test_a_link_from_an_older_corpus_says_what_changed(monkeypatch, tmp_path):
    store = tmp_path / "store"
    ingest([FIXTURES / "messy"], store=Store(store))
    ingest([FIXTURES / "wikinews" / "slice.jsonl"], store=Store(store))
    at = run(monkeypatch, store, params={"v": "1"})
    notices = [w.value.replace("\\", "") for w in at.warning]
    assert any("older corpus (version 1)" in n and "articles added" in n for n in notices)
    assert url(at, "v") == ["2"]


def test_timeline_event_lists_its_evidence_with_links_to_the_reader(monkeypatch, sample_store):
    corpus = load_corpus(sample_store)
    event = corpus.table("events").sort_values("n_articles", ascending=False).iloc[0]
    at = run(monkeypatch, sample_store, page="timeline", params={"event": event["event_id"]})
    assert any(", ".join(event["participants"]).split(",")[0] in s.value for s in at.subheader)
    reader_links = [link for link in at.get("page_link") if "reader" in link.proto.page]
    assert len(reader_links) >= event["n_articles"]


def test_reader_escapes_article_html_and_refuses_script_links(monkeypatch, xss_store):
    at = run(monkeypatch, xss_store, page="reader")
    bodies = "\n".join(e.proto.body for e in at.get("html"))
    assert "&lt;script&gt;window.__xss=5&lt;/script&gt;" in bodies
    assert "<script" not in bodies and "<iframe" not in bodies and "onerror=" not in bodies.replace("onerror=window", "")
    assert 'class="bl-ent"' in bodies and "Vladimir Putin · person" in bodies
    assert not at.get("link_button"), "a javascript: address never becomes a link"
    assert "\\<img" in at.subheader[0].value or "&lt;img" in at.subheader[0].value


def test_data_page_shows_exactly_the_filtered_rows(monkeypatch, sample_store):
    params = {"country": "China", "table": "meetings"}
    at = run(monkeypatch, sample_store, page="data", params=params)
    corpus = load_corpus(sample_store)
    index = build_index(corpus)
    expected = select(corpus, index, parse(params, vocab=index.vocab)[0]).meetings
    shown = at.dataframe[0].value
    assert list(shown["meeting_id"]) == list(expected["meeting_id"])
    assert {"article_id", "evidence", "start", "end"} <= set(shown.columns)


def _labels(node, kind: str) -> list[str]:
    """The labels of every element of `kind` under `node`, however deep in containers."""
    found = [node.proto.label] if getattr(node, "type", "") == kind else []
    children = getattr(node, "children", {})
    return found + [label for child in (children.values() if isinstance(children, dict) else []) for label in _labels(child, kind)]


def test_data_page_sends_a_table_too_big_to_download_to_the_streaming_export(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="data", params={"table": "mentions"}, env={"BILATERAL_LENS_MAX_DOWNLOAD_ROWS": "3"})
    assert _labels(at._tree, "download_button") == []
    assert "bilateral-lens export mentions --store" in at.info[0].value
    monkeypatch.delenv("BILATERAL_LENS_MAX_DOWNLOAD_ROWS")
    at = run(monkeypatch, sample_store, page="data", params={"table": "mentions"})
    assert _labels(at._tree, "download_button") == ["Download CSV", "Download Parquet"]


def test_add_articles_is_refused_when_read_only(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="add", env={"BILATERAL_LENS_READ_ONLY": "1"})
    assert "read-only" in at.info[0].value
    assert not at.get("file_uploader")


def test_people_page_profiles_the_person_in_the_link(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="people", params={"who": "Hugo Chávez"})
    assert at.selectbox(key="o_who").value == "Hugo Chávez"
    assert any("Hugo Chávez" in s.value for s in at.subheader)


def test_people_page_follows_a_person_added_to_the_filter(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="people", params={"who": "Hugo Chávez"})
    at.multiselect(key="f_person").set_value(["Vladimir Putin"]).run()
    assert at.selectbox(key="o_who").value == "Vladimir Putin"
    assert url(at, "who") == ["Vladimir Putin"]
    at.selectbox(key="o_who").set_value("Hugo Chávez").run()  # a later choice of the person stands
    assert at.selectbox(key="o_who").value == "Hugo Chávez"


def test_add_articles_asks_for_the_admin_password_when_one_is_set(monkeypatch, sample_store):
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(sample_store))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["admin_password"] = "s3cret"
    at.run().switch_page("app_pages/add_page.py").run()
    assert not at.get("file_uploader")
    at.text_input(key="add_password").input("wrong").run()
    assert at.error[0].value == "Wrong password." and not at.get("file_uploader")
    at.text_input(key="add_password").input("s3cret").run()
    assert at.get("file_uploader") and not at.error


def test_links_within_a_page_change_the_url_too(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="reader")
    first = at.session_state["o_article"] if "o_article" in at.session_state else None
    next_button = next(b for b in at.button if b.label == "Next")
    next_button.click().run()
    chosen = url(at, "article")[0]
    assert chosen and chosen != first
    person = next(b for b in at.button if b.label.startswith("Vladimir Putin") or "(" in b.label)
    person.click().run()
    assert url(at, "person"), "a side-panel person sets the people filter in the URL"
    assert url(at, "article") == [chosen]


def test_markdown_in_a_link_is_shown_as_text(monkeypatch, sample_store):
    payload = "![x](http://example.invalid/x.png) [click](javascript:alert(1)) **bold**"
    at = run(monkeypatch, sample_store, params={"q": payload, "person": payload})
    summary = next(c.value for c in at.caption if c.value.startswith("Articles and meetings"))
    assert "\\!\\[x\\]" in summary and "\\*\\*bold\\*\\*" in summary
    assert all("](" not in w.value for w in at.warning)


def test_network_link_lists_the_events_of_its_pair_with_evidence(monkeypatch, sample_store):
    corpus = load_corpus(sample_store)
    events = corpus.table("events")
    event = events[events["participants"].map(len) == 2].sort_values("n_articles", ascending=False).iloc[0]
    a, b = sorted(event["participants"])
    at = run(monkeypatch, sample_store, page="network", params={"pair": [a, b], "refs": "1"})
    assert any(s.value.startswith(f"{a} and {b}") for s in at.subheader)
    bodies = "\n".join(e.proto.body for e in at.get("html"))
    assert "confidence" in bodies and "rules:" in bodies, "each report shows its evidence with rules and confidence"
    reader_links = [link for link in at.get("page_link") if "reader" in link.proto.page]
    assert len(reader_links) >= event["n_articles"]
    assert url(at, "pair") == [a, b]


def test_network_shows_countries_and_says_how_many_nodes_are_drawn(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="network", params={"by": "countries", "refs": "1"})
    assert at.segmented_control(key="o_by").value == "countries"
    assert any(" countries and the " in c.value and "are drawn" in c.value for c in at.caption)
    at.segmented_control(key="o_by").set_value("people").run()
    assert "by" not in at.query_params, "the default leaves the URL"


def test_every_link_is_listed_and_a_chosen_pair_reaches_the_url(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="network")
    frame = at.dataframe(key="network_links").value
    assert {"a", "b", "events", "drawn"} <= set(frame.columns) and frame["drawn"].all()
    at.session_state["o_pair"] = [frame.iloc[0]["a"], frame.iloc[0]["b"]]
    at.run()
    assert url(at, "pair") == [frame.iloc[0]["a"], frame.iloc[0]["b"]]
    assert any(s.value.startswith(f"{frame.iloc[0]['a']} and") for s in at.subheader)


@pytest.mark.parametrize("page", ["overview", "sectors"])
def test_coverage_as_a_share_comes_from_the_link_and_stays_in_it(monkeypatch, sample_store, page):
    at = run(monkeypatch, sample_store, page=page, params={"coverage": "share", "country": "China"})
    assert at.segmented_control(key="o_coverage").value == "share"
    assert url(at, "coverage") == ["share"]
    at.segmented_control(key="o_coverage").set_value("count").run()
    assert "coverage" not in at.query_params


def test_a_share_of_every_article_says_to_filter_instead_of_drawing_a_flat_100_percent(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="overview", params={"coverage": "share"})
    assert any("share is 100 % throughout" in c.value for c in at.caption)
    at = run(monkeypatch, sample_store, page="overview", params={"coverage": "share", "country": "China"})  # all, but chosen
    assert not any("share is 100 % throughout" in c.value for c in at.caption)
    assert any("Share of all articles over time" in str(chart.proto) for chart in at.get("plotly_chart"))


def test_about_shows_the_measured_quality_and_every_table(monkeypatch, sample_store):
    from core.views.about import quality
    from core.store.schema import TABLES

    at = run(monkeypatch, sample_store, page="about")
    figures, _ = quality()
    assert any(figures["measured"] in c.value and "test part" in c.value for c in at.caption)
    shown = at.table[0].value
    assert list(shown.index) == [m["measure"] for m in figures["measures"]]
    assert [e.label.split(" — ")[0] for e in at.main.expander] == list(TABLES)
    assert "VADER" in texts(at)


def test_about_is_readable_before_any_article_is_stored(monkeypatch, store_dir):
    from core.views.about import quality

    at = run(monkeypatch, store_dir, page="about")
    assert at.title[0].value == "About Bilateral Lens" and len(at.table[0].value) == len(quality()[0]["measures"])


@pytest.mark.parametrize("page", ["people", "data"])
def test_a_page_whose_store_cannot_be_read_says_why_and_stops(monkeypatch, tmp_path, page):
    store = tmp_path / "store"
    store.mkdir()
    (store / "CURRENT").write_text("not a version\n")
    monkeypatch.setenv("BILATERAL_LENS_STORE", str(store))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "app_pages" / f"{page}_page.py"), default_timeout=60).run()
    assert not at.exception, [e.message for e in at.exception]
    assert "is damaged" in at.error[0].value


@pytest.mark.model
def test_undated_events_are_said_undated_and_listed_beside_the_timeline(monkeypatch, tmp_path):
    (tmp_path / "undated.txt").write_text("Leaders meet\n\nRussian President Vladimir Putin met Chinese President Xi Jinping "
                                          "in Moscow on Tuesday for talks on trade and energy cooperation.\n")
    store = tmp_path / "store"
    ingest([tmp_path / "undated.txt"], store=Store(store))
    event = load_corpus(store).table("events").iloc[0]
    overview = run(monkeypatch, store)
    assert "Undated · Vladimir Putin, Xi Jinping in Moscow \\(1 reporting article\\)" in texts(overview)  # as markdown
    assert "<NA>" not in texts(overview) and "No dated articles to chart over time." in texts(overview)
    timeline = run(monkeypatch, store, page="timeline", params={"event": event["event_id"]})
    assert "1 event matches these filters, none with a date to place on the timeline" in texts(timeline)
    assert "Vladimir Putin, Xi Jinping · undated" in [s.value for s in timeline.subheader]
    assert any(b.label == "Vladimir Putin, Xi Jinping in Moscow \\(1 reporting article\\)" for b in timeline.button)


def test_the_reader_says_when_an_article_has_no_meetings_people_or_sectors(monkeypatch, tmp_path):
    (tmp_path / "quiet.txt").write_text("A quiet day\n\nNothing of note happened anywhere today, said nobody in particular.\n")
    store = tmp_path / "store"
    ingest([tmp_path / "quiet.txt"], store=Store(store))  # the blank model finds no one and no sector here
    at = run(monkeypatch, store, page="reader")
    assert [c.value for c in at.caption].count("None found in this article.") == 3


def test_the_reader_link_names_the_article_it_shows_and_a_new_filter_shows_its_own_first(monkeypatch, sample_store):
    from core import load_corpus

    at = run(monkeypatch, sample_store, page="reader")
    first = url(at, "article")[0]
    assert first in set(load_corpus(sample_store).table("articles")["article_id"])
    assert "article=" + first in at.sidebar.code[0].value  # the share link names it too
    again = run(monkeypatch, sample_store, page="reader", params={"article": first})
    assert url(again, "article") == [first]
    other = run(monkeypatch, sample_store, page="overview")
    assert "article" not in other.query_params  # only the reader names an article
    sectors = at.sidebar.multiselect(key="f_sector")
    for sector in sectors.options:  # a filter that leaves the first article out: the link names the new first one
        at.sidebar.multiselect(key="f_sector").set_value([sector]).run()
        if url(at, "article") != [first]:
            break
    assert url(at, "article") != [first] and "outside the current filters" not in texts(at)


def test_pages_that_show_no_filtered_data_fold_the_filters_away_and_keep_them(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="add", params={"country": "China"})
    [box] = [e for e in at.sidebar.expander if e.label.startswith("Filters")]
    assert box.proto.expanded is False
    assert box.multiselect(key="f_country").value == ["China"]
    assert url(at, "country") == ["China"], "the filters stay in the link to the next page"


def test_the_countries_box_offers_a_country_by_its_abbreviation_too(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store)
    box = at.sidebar.multiselect(key="f_country")
    assert "China · PRC" in box.options  # typing "PRC" finds it; the value stays the name
    box.set_value(["China"]).run()
    assert at.sidebar.multiselect(key="f_country").value == ["China"]


def test_the_reader_lists_the_newest_articles_and_says_how_to_find_the_others(monkeypatch, sample_store):
    from core.views import queries

    monkeypatch.setattr(queries, "READER_ROWS", 2)
    at = run(monkeypatch, sample_store, page="reader")
    assert len(at.dataframe[0].value) == 2
    assert any("The newest 2 are listed: narrow the filters or search to list others." in c.value for c in at.caption)
    assert at.subheader, "an article is still shown"


def test_a_map_place_picked_lists_the_events_held_there(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="map", params={"place": "Moscow", "refs": "1"})
    shown = texts(at)
    assert "Events there" in shown
    events = [line for line in shown.splitlines() if " in Moscow \\(" in line]  # links to the Timeline, as markdown
    assert events and all("reporting article" in label for label in events)
    assert "Events there" not in texts(run(monkeypatch, sample_store, page="map"))

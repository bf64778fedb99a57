"""What the dashboard's views show: filters on meeting confidence and places, the rows exports carry, timeline lanes,
chart axes and the reader's search hits (pure functions and AppTest on the model-annotated sample store)."""
from __future__ import annotations

import pytest

from core.store.corpus import load_corpus
from core.views.state import describe, parse, to_params
from core.views.view import build_index, select
from tests.ui.test_pages import run, texts, url


@pytest.fixture(scope="module")
def sample(sample_store):
    corpus = load_corpus(sample_store, text=False)
    return corpus, build_index(corpus)


def test_minimum_confidence_is_a_url_key_read_in_words():
    state, notice = parse({"conf": "0.7"}, vocab={})
    assert notice == "" and state.filters == {"conf": 0.7}
    assert to_params(state) == {"conf": ["0.7"]}
    assert describe(state, subject="Meetings") == "with confidence at least 0.7"
    assert describe(state, subject="Articles") == "counting meetings of confidence at least 0.7"


@pytest.mark.parametrize("value", ["2", "-0.1", "high", "nan"])
def test_a_confidence_outside_zero_to_one_is_dropped_with_a_notice(value):
    state, notice = parse({"conf": value}, vocab={})
    assert state.filters == {} and "use a number from 0 to 1" in notice


def test_minimum_confidence_keeps_only_meetings_with_at_least_that_confidence(sample):
    corpus, index = sample
    all_meetings = select(corpus, index, parse({}, vocab=index.vocab)[0]).meetings
    threshold = sorted(set(all_meetings["confidence"].round(2)))[1]  # above the lowest
    view = select(corpus, index, parse({"conf": f"{threshold}"}, vocab=index.vocab)[0])
    assert 0 < len(view.meetings) < len(all_meetings)
    assert (view.meetings["confidence"] >= threshold).all()
    assert set(view.events["event_id"]) == set(view.meetings["event_id"])
    assert len(view.articles) == len(corpus.articles), "articles are not filtered by meeting confidence"


def test_the_confidence_slider_writes_the_url(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="data")
    at.sidebar.slider(key="f_conf").set_value(0.75).run()
    assert url(at, "conf") == ["0.75"]
    assert "Tables counting meetings of confidence at least 0.75." in texts(at).replace("\\", "")
    again = run(monkeypatch, sample_store, page="data", params={"conf": "0.75"})
    assert again.sidebar.slider(key="f_conf").value == 0.75
    assert (again.dataframe[0].value["confidence"] >= 0.75).all()


def test_choosing_a_country_as_meeting_place_includes_the_places_in_it(sample):
    corpus, index = sample
    inside = {place: country for place, country in index.place_country.items() if place != country}
    assert inside, "the sample corpus has meetings in cities"
    place, country = next(iter(inside.items()))
    assert country in index.vocab["place"]
    view = select(corpus, index, parse({"place": country, "refs": "1"}, vocab=index.vocab)[0])
    assert place in set(view.meetings["location"])
    assert set(view.meetings["location"]) <= {p for p, c in index.place_country.items() if c == country} | {country}


def test_the_map_names_meeting_places_without_repeating_itself(monkeypatch, sample_store, sample):
    _, index = sample
    place = next(iter(index.place_country))
    at = run(monkeypatch, sample_store, page="map", params={"place": place})
    assert f"Meetings held in {place}." in texts(at)
    assert "with meetings held in" not in texts(at)


def test_meetings_and_events_exports_name_their_articles(sample_store, tmp_path):
    import json

    from core.cli import main

    corpus = load_corpus(sample_store, text=False)
    titles = dict(zip(corpus.articles["article_id"], corpus.articles["title"]))
    assert main(["export", "meetings", "--store", str(sample_store), "--out", str(tmp_path / "m.jsonl")]) == 0
    meetings = [json.loads(line) for line in (tmp_path / "m.jsonl").read_text("utf-8").splitlines()]
    assert meetings and all(m["article_title"] == titles[m["article_id"]] for m in meetings)
    assert {"article_published", "article_source", "article_url"} <= set(meetings[0])
    assert main(["export", "events", "--store", str(sample_store), "--out", str(tmp_path / "e.parquet")]) == 0
    import pandas as pd

    events = pd.read_parquet(tmp_path / "e.parquet")
    for row in events.itertuples():
        assert list(row.article_titles) == [titles[a] for a in row.article_ids]
        assert len(row.article_sources) == len(row.article_urls) == len(row.article_published) == len(row.article_ids)


@pytest.mark.parametrize("table", ["meetings", "events"])
def test_the_data_page_shows_and_downloads_each_reporting_articles_title_date_source_and_address(monkeypatch, sample_store, table):
    at = run(monkeypatch, sample_store, page="data", params={"table": table})
    shown = at.dataframe[0].value
    names = ["article_title", "article_published", "article_source", "article_url"] if table == "meetings" else \
        ["article_titles", "article_published", "article_sources", "article_urls"]
    assert set(names) <= set(shown.columns)
    assert shown[names[0]].map(len).gt(0).all()


SIDES = {"Vladimir Putin": ("person", "Russia"), "Xi Jinping": ("person", "China"), "Tony Blair": ("person", "Britain"),
         "Wu Bangguo": ("person", None), "G8": ("organisation", None), "ASEAN": ("organisation", None),
         "China": ("country", "China"), "Russia": ("country", "Russia")}


@pytest.mark.parametrize("participants, countries, country, person", [
    (["Vladimir Putin", "Xi Jinping"], ["China", "Russia"], "China – Russia", "Vladimir Putin – Xi Jinping"),
    (["China", "Vladimir Putin"], ["China", "Russia"], "China – Russia", "Vladimir Putin – no one named"),
    (["G8", "Tony Blair"], [], "Britain – G8", "Tony Blair – no one named"),
    (["ASEAN", "China"], ["China"], "ASEAN – China", "no one named on either side"),
    (["Wu Bangguo", "Xi Jinping"], ["China"], "China – other side's country unknown", "Wu Bangguo – Xi Jinping"),
    (["Wu Bangguo"], [], "countries unknown (no side's country named)", "Wu Bangguo – no one named"),
    (["G8"], [], "G8 – its members", "no one named on either side"),  # the G8's members meeting each other
])
def test_a_lane_is_a_country_pair_or_a_person_pair_never_a_mix(participants, countries, country, person):
    from core.views.lanes import country_lane, person_lane

    assert country_lane(participants, countries, SIDES) == country
    assert person_lane(participants, SIDES) == person


def _events(lanes_and_dates):
    import pandas as pd

    return pd.DataFrame([{"event_id": f"e{i}", "lane": lane, "x": pd.Timestamp(day)} for i, (lane, day) in enumerate(lanes_and_dates)])


def test_lanes_drawn_hold_the_busiest_and_the_latest_and_the_rest_are_one_click_away():
    from core.views.lanes import choose, hidden_note

    busy = [("busy", f"2005-0{m}-01") for m in range(1, 4)]
    old = [(f"old {i}", "2005-06-01") for i in range(40)]
    new = [(f"new {i}", f"2018-01-{i + 1:02d}") for i in range(10)]
    events = _events(busy + old + new)
    drawn, hidden = choose(events, limit=30)
    assert drawn[0] == "busy" and len(drawn) == 30
    assert {f"new {i}" for i in range(10)} <= set(drawn), "the latest events are in view"
    assert sorted(drawn + hidden) == sorted(set(events["lane"])), "no lane is dropped"
    assert hidden_note(events, hidden) == f"{len(hidden)} more lanes ({len(hidden)} events, 2005)"
    selected = events.loc[events["lane"] == hidden[-1], "event_id"].iloc[0]
    assert hidden[-1] in choose(events, limit=30, keep=[selected])[0], "a selected event's lane is drawn"
    assert choose(events, limit=len(events))[1] == []


def test_a_single_day_axis_spans_days_not_hours():
    import pandas as pd

    from core.present.charts import date_range

    first, last = date_range(pd.Series([pd.Timestamp("2024-05-16")] * 3))
    assert (last - first).days >= 6
    first, last = date_range(pd.Series([pd.Timestamp("2004-01-01"), pd.Timestamp("2014-01-01")]))
    assert first < pd.Timestamp("2004-01-01") and last > pd.Timestamp("2014-01-01")


def test_a_country_pair_has_one_colour_in_both_overview_charts(monkeypatch, sample_store):
    import json

    at = run(monkeypatch, sample_store, page="overview")
    charts = {c.proto.id: json.loads(c.proto.spec) for c in at.get("plotly_chart")}
    tone = next(spec for key, spec in charts.items() if "overview_tone" in key)
    pairs = next(spec for key, spec in charts.items() if "overview_pairs" in key)
    colour = {t["name"]: t["line"]["color"] for t in tone["data"] if t.get("mode") == "lines+markers"}
    shared = [t for t in pairs["data"] if t["name"] in colour]
    assert shared and all(t["line"]["color"] == colour[t["name"]] for t in shared)
    assert tone["layout"]["xaxis"]["tickformat"] in ("%Y-%m", "%Y")


def test_the_timeline_draws_every_lane_on_request_and_says_what_it_leaves_out(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="timeline", env={"BILATERAL_LENS_TIMELINE_LANES": "2"})
    import json

    notes = [a["text"] for a in json.loads(at.get("plotly_chart")[0].proto.spec)["layout"].get("annotations", [])]
    assert any("are not drawn: “Show all lanes” below the chart" in n for n in notes)
    show_all = at.button(key="timeline_all_lanes")
    lanes_in_all = int(show_all.label.split()[2])
    show_all.click().run()
    assert url(at, "lanes_shown") == ["all"]
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len(spec["layout"]["yaxis"]["tickvals"]) == lanes_in_all > 2
    assert "not drawn" not in at.get("plotly_chart")[0].proto.spec


def test_tone_is_a_connected_line_with_a_legend_on_a_date_axis():
    import pandas as pd

    from core.present.charts import tone_lines

    frame = pd.DataFrame({"period": ["2024-05", "2024-06", "2024-07", "2024-08", "2025-11"], "pair": ["China – Russia"] * 5,
                          "tone": [0.3, None, None, 0.2, 0.3], "articles": [1, 0, 0, 3, 1]})
    fig = tone_lines(frame)
    line = fig.data[0]
    assert fig.layout.showlegend is True and line.name == "China – Russia"
    assert "lines" in line.mode and len(line.x) == 3 and not any(pd.isna(line.y)), "gaps bridged, no lone dots"
    assert fig.layout.xaxis.type == "date"


def test_a_long_gap_breaks_the_tone_line():
    import pandas as pd

    from core.present.charts import tone_lines

    years = [str(y) for y in range(2006, 2020)]
    tones = [0.2] + [None] * 12 + [0.1]  # twelve years without articles
    frame = pd.DataFrame({"period": years, "pair": "Japan – United States", "tone": tones, "articles": [1] + [0] * 12 + [1]})
    line = tone_lines(frame).data[0]
    assert pd.isna(line.y).any() and not line.connectgaps, "the line stops over the gap"
    assert [y for y in line.y if not pd.isna(y)] == [0.2, 0.1]


@pytest.mark.parametrize("periods, step", [(["2004-11"], "M1"), (["2004-11", "2012-03"], "M24"), (["2004", "2012"], "M24"),
                                           (["2020-01", "2021-06"], "M6")])
def test_tone_ticks_step_by_whole_periods_so_no_label_repeats_and_few_enough_to_stay_level(periods, step):
    import pandas as pd

    from core.present.charts import tone_lines

    frame = pd.DataFrame({"period": periods, "pair": "Canada – United States", "tone": 0.3, "articles": 1})
    axis = tone_lines(frame).layout.xaxis
    assert axis.dtick == step and axis.tickangle == 0  # about five labels fit a half-width chart side by side


def test_heatmap_squares_are_square_and_sectors_never_together_take_no_row():
    import pandas as pd

    from core.present.charts import CELL, heatmap, heatmap_left_out

    sectors = ["energy", "trade", "tourism"]
    frame = pd.DataFrame([[4, 2, 0], [2, 5, 0], [0, 0, 1]], index=sectors, columns=sectors)
    fig = heatmap(frame, measure="count")
    shown = set(fig.data[0].y)
    assert shown == {"Energy", "Trade"} and heatmap_left_out(frame) == ["tourism"]
    m = fig.layout.margin
    width, height = fig.layout.width - m.l - m.r, fig.layout.height - m.t - m.b
    assert width == height == 2 * CELL and fig.data[0].marker.size >= CELL - 4


def test_search_hits_are_whole_words_in_any_case_and_marked_in_the_text():
    from core.present.render import highlight
    from core.store.search import hits

    text = "Gas and gasoline; the GAS pipeline. Pipelines too."
    assert hits(text, "gas") == [(0, 3), (22, 25)]
    assert hits(text, "pipeline*") == [(26, 34), (36, 45)]
    assert hits(text, '"gas pipeline"') == [(22, 34)]
    html = highlight(text, [], hits=hits(text, "gas"))
    assert html.count('<mark class="bl-hit">') == 2 and "gasoline" in html


def test_the_map_draws_small_places_over_big_ones():
    import pandas as pd

    from core.present.charts import world_map

    places = pd.DataFrame({"place": ["Versailles", "Paris", "Lyon", "Tokyo"], "located_as": "city",
                           "events": [1, 9, 2, 5], "articles": [1, 9, 2, 5],
                           "pair": ["France – Japan", "France – Japan", "France – Japan", "China – Japan"],
                           "lon": [2.13, 2.35, 4.83, 139.7], "lat": [48.8, 48.86, 45.76, 35.7]})
    traces = world_map(places).data[1:]
    assert [t.name for t in traces] == ["France – Japan", "China – Japan"]
    assert list(traces[0].customdata) == ["Paris", "Lyon", "Versailles"]  # later points are drawn on top


def test_a_map_place_names_every_country_pair_that_met_there(sample):
    from core.views import queries

    corpus, index = sample
    view = select(corpus, index, parse({"refs": "1"}, vocab=index.vocab)[0])
    places, _ = queries.map_places(view, {})
    assert (places["pairs"].str.split(", ").str.len() >= 1).all()
    several = places[places["pairs"].str.contains(", ")]
    assert len(several), "some place of the sample saw more than one pair"
    row = several.iloc[0]
    assert row["pairs"].startswith(row["pair"] + " (") and row["pairs"].count("(") >= 2


def test_a_message_shows_its_commands_as_code_and_everything_else_literally():
    from core.present.render import md_message

    shown = md_message("[x](http://e.vil) *b*: `bilateral-lens annotate` brings it up to date")
    assert shown.startswith("\\[x\\]\\(http\u2060\\:") and r"\*b\*" in shown and "](" not in shown
    assert shown.endswith(" `bilateral-lens annotate` brings it up to date")
    assert md_message("a`b.txt: bad") == r"a\`b\.txt\: bad"  # a lone backtick stays literal


@pytest.mark.parametrize("address", ["www.evil.example", "WWW.evil.example", "boss@evil.example", "https://evil.example/x",
                                     "=HYPERLINK(\"http://evil.example\",\"click\")", "mailto:boss@evil.example"])
def test_a_bare_address_in_article_text_is_no_link_in_markdown(address):
    """The markdown renderer links bare addresses however their dots and colons are escaped: the escaped text breaks
    each with an invisible word joiner, and reads the same."""
    import re

    from core.present.render import md_escape, md_message

    for shown in (md_escape(f"details at {address} now"), md_message(f"details at {address} now")):
        plain = re.sub(r"\\(.)", r"\1", shown).replace("\u2060", "")
        assert plain == f"details at {address} now"
        assert not re.search(r"(?i)\bwww\\?\.|\b(https?|mailto)\\?:|@[a-z]", shown), shown


def test_the_reader_list_marks_the_open_article_and_names_a_missing_source(sample):
    from core.views.queries import reader_list

    corpus, index = sample
    view = select(corpus, index, parse({}, vocab=index.vocab)[0])
    listing = reader_list(view)
    assert listing["open"].tolist().count("▶") == 1 and listing.loc[0, "open"] == "▶"
    chosen = listing.loc[len(listing) - 1, "article_id"]
    assert reader_list(view, current=chosen).set_index("article_id").loc[chosen, "open"] == "▶"
    assert listing["source"].notna().all() and "None" not in set(listing["source"])
    counts = view.meetings["article_id"].value_counts()
    assert (listing.set_index("article_id")["meetings"] == listing["article_id"].map(counts).fillna(0).astype(int).values).all()
    assert listing["meetings"].sum() == len(view.meetings) > 0  # every meeting of the view counted at its article


@pytest.mark.parametrize("typed, expected", [("2024-08", ["2024-08-01"]), ("2024", ["2024-01-01"]), ("2024-08-21", ["2024-08-21"])])
def test_a_typed_date_applies_on_enter_and_a_bad_one_says_why(monkeypatch, sample_store, typed, expected):
    at = run(monkeypatch, sample_store, page="timeline")
    at.sidebar.text_input(key="f_from").input(typed).run()
    assert url(at, "from") == expected
    at.sidebar.text_input(key="f_to").input("2024-13-45").run()
    assert "to" not in at.query_params
    assert any("is not a date" in c.value for c in at.sidebar.caption)


def test_dates_typed_the_wrong_way_round_are_read_as_a_link_reads_them(monkeypatch, sample_store):
    at = run(monkeypatch, sample_store, page="timeline")
    at.sidebar.text_input(key="f_from").input("2025").run()
    at.sidebar.text_input(key="f_to").input("2004").run()
    assert (url(at, "from"), url(at, "to")) == (["2004-01-01"], ["2025-12-31"])
    assert any("read the other way round" in c.value for c in at.sidebar.caption)


@pytest.fixture(scope="module")
def far_store(tmp_path_factory):
    """Meetings of 2024 and one background meeting of 1955, which would squash the others into one column."""
    import json

    from tests.conftest import _ingest_with_model

    source = tmp_path_factory.mktemp("far") / "articles.jsonl"
    days = ["2024-03-04", "2024-05-16", "2024-07-09", "2024-08-21", "2024-10-22", "2024-11-15"]
    lines = [{"id": f"n{i}", "date": day, "title": f"Talks {i}",
              "text": f"Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on {day}. "
                      "The two leaders discussed trade and energy."} for i, day in enumerate(days)]
    lines.append({"id": "old", "date": "2024-12-01", "title": "Bandung remembered",
                  "text": "Indian Prime Minister Jawaharlal Nehru met Chinese Premier Zhou Enlai in Bandung in April 1955. "
                          "Historians still discuss that meeting between the two leaders."})
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")
    return _ingest_with_model([source], source.parent / "store")


def test_the_timeline_opens_on_the_main_period_and_shows_the_whole_span_on_request(monkeypatch, far_store):
    import json

    import pandas as pd

    at = run(monkeypatch, far_store, page="timeline", params={"refs": "1"})
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert pd.Timestamp(spec["layout"]["xaxis"]["range"][0]).year == 2024
    notes = [a["text"] for a in spec["layout"].get("annotations", [])]
    assert any("1 event outside this period (1955)" in n for n in notes)
    at.button(key="timeline_whole_span").click().run()
    assert url(at, "period") == ["all"]
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert pd.Timestamp(spec["layout"]["xaxis"]["range"][0]).year < 1955
    assert "outside this period" not in at.get("plotly_chart")[0].proto.spec
    assert at.button(key="timeline_main_period")  # and back


def test_an_upload_with_failed_inputs_or_nothing_new_is_not_shown_as_a_success():
    from core.pipeline.ingest import IngestReport
    from core.pipeline.read import Problem
    from core.present.render import ingest_tone

    failed = [Problem("report.txt", "not a text file")]
    assert ingest_tone(IngestReport(added=2, failed=failed)) == "warning"  # some of it did not go in
    assert ingest_tone(IngestReport(added=2)) == "success"
    assert ingest_tone(IngestReport(unchanged=5, failed=failed)) == "warning"
    assert ingest_tone(IngestReport(unchanged=5)) == "info"


@pytest.mark.parametrize(("date", "precision", "shown"), [
    ("2025-11-04", "approx", "about 2025-11-04"),  # the publication date standing in for a date the text does not give
    ("2024-08-21", "day", "2024-08-21"),
    ("2024-08-19", "week", "week of 2024-08-19"),
    ("2023-12", "month", "2023-12"),
    (None, "unknown", "undated"),
])
def test_a_listed_date_says_how_sure_it_is(date, precision, shown):
    from core.present.render import dated

    assert dated(date, precision) == shown


def test_a_map_place_counts_each_reporting_article_once(sample):
    from core.views import queries

    corpus, index = sample
    view = select(corpus, index, parse({"refs": "1"}, vocab=index.vocab)[0])
    places, _ = queries.map_places(view, {})
    for row in places.itertuples():
        here = view.events[view.events["location"] == row.place]
        assert row.articles == len({a for ids in here["article_ids"] for a in ids}) <= here["n_articles"].sum()
    shared = [r for r in places.itertuples()
              if r.articles < view.events.loc[view.events["location"] == r.place, "n_articles"].sum()]
    assert shared, "the sample has a place where one article reports several events"


def test_a_country_filter_keeps_the_country_pairs_that_hold_the_country(sample):
    from core.views.view import PAIR_SEP

    corpus, index = sample
    every = select(corpus, index, parse({}, vocab=index.vocab)[0]).pairs
    members = every.map(lambda pair: pair.split(PAIR_SEP))
    country = next(c for c in index.vocab["country"] if members.map(lambda m: c in m).any() and not members.map(lambda m: c in m).all())
    shown = select(corpus, index, parse({"country": country}, vocab=index.vocab)[0]).pairs
    assert len(shown) and shown.map(lambda pair: country in pair.split(PAIR_SEP)).all()


def test_the_map_gives_each_leading_pair_a_colour_of_its_own_and_only_other_pairs_grey():
    import pandas as pd

    from core.present.charts import world_map

    pairs = [f"Country{i} – Japan" for i in range(10)]
    places = pd.DataFrame({"place": [f"Town{i}" for i in range(10)], "located_as": "city", "events": range(10, 0, -1),
                           "articles": 1, "pair": pairs, "lon": range(10), "lat": range(10)})
    colours = {t.name: t.marker.color for t in world_map(places).data[1:]}
    assert colours["other pairs"] == "#bab0ac" and len(colours) == 9
    assert len({c for name, c in colours.items() if name != "other pairs"} | {"#bab0ac"}) == 9  # eight others, none grey


def test_a_map_place_names_an_organisation_meeting_there_as_a_side():
    import pandas as pd

    from core.views import queries
    from core.views.view import View

    events = pd.DataFrame({"event_id": ["e1"], "location": ["Edinburgh"], "participants": [["G8", "Tony Blair"]],
                           "countries": [["United Kingdom"]], "article_ids": [["a1"]]})
    view = View(articles=pd.DataFrame(), meetings=pd.DataFrame(), events=events, mentions=None, sectors=pd.DataFrame(),
                pairs=pd.Series(dtype=object))
    sides = {"G8": ("organisation", None), "Tony Blair": ("person", "United Kingdom")}
    places, _ = queries.map_places(view, {}, sides)
    assert places.loc[0, "pair"] == "G8 – United Kingdom"


@pytest.mark.parametrize(("date", "published", "shown"), [
    ("2023-01-02", "2023-01-01", "planned"),  # after the article: what is in store
    ("2024", "2023-01-01", "planned"),
    ("2022-12", "2023-01-01", "background"),
    ("2023-01", "2023-01-01", "background"),  # the article's own month: told of, not ahead
    (None, "2023-01-01", "background"),
    ("2023-01-02", None, "background"),
])
def test_a_meeting_the_article_only_refers_to_is_planned_when_dated_after_it(date, published, shown):
    from core.present.render import referenced_as

    assert referenced_as(date, published) == shown

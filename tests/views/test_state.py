"""View state ⇄ URL: parsing, validation notices, serialisation and the plain-words summary."""
from datetime import date

import pytest

from core.views.state import FILTERS, OPTIONS, ViewState, date_span, describe, parse, parse_date, query_string, to_params

VOCAB = {
    "person": ["Vladimir Putin", "Li Qiang", "Hugo Chávez"],
    "country": ["China", "Russia", "United States"],
    "sector": ["energy", "trade", "defence_security"],
    "place": ["Moscow", "Beijing"],
    "source": ["Wikinews", "Reuters"],
    "article": ["a1", "a2"],
    "event": ["e1"],
    "layer": ["People", "Dates"],
}


def test_parse_keeps_valid_values_in_order_and_case_insensitively():
    state, notice = parse({"person": ["li qiang", "Vladimir Putin"], "sector": "energy", "from": "2024-05-01",
                           "to": "2024-08", "q": " pipeline ", "refs": "1", "v": "3"}, vocab=VOCAB)
    assert notice == ""
    assert state.filters == {"person": ("Li Qiang", "Vladimir Putin"), "sector": ("energy",), "from": date(2024, 5, 1),
                             "to": date(2024, 8, 31), "q": "pipeline", "refs": True}
    assert state.version == 3


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"person": "Nobody Known"}, "person “Nobody Known” (not in this corpus)"),
        ({"person": ["Vladimir Putin"] * 300}, "299 repeated person value(s), each read once"),
        ({"from": "notadate"}, "from “notadate” (not a date from 1800 to 2100; use YYYY-MM-DD, YYYY-MM or YYYY)"),
        ({"from": "1799-12-31"}, "from “1799-12-31” (not a date from 1800 to 2100"),
        ({"to": "2101"}, "to “2101” (not a date from 1800 to 2100"),
        ({"to": "2024-02-30"}, "to “2024-02-30” (not a date"),
        ({"refs": "maybe"}, "refs “maybe” (use 1 or 0)"),
        ({"colour": "red"}, "unknown parameter “colour”"),
        ({"v": "latest"}, "v “latest” (not a corpus version)"),
        ({"q": ["a", "b"]}, "q “b” (q takes one value: the first)"),
        ({"q": "x" * 400}, "q (longer than 300 characters)"),
        ({"measure": "median"}, "measure “median” (not one of this page's choices)"),
        ({"person": "\x00"}, "a value of person made only of control or invisible characters"),
        ({"q": ["\u200b", "pipeline"]}, "a value of q made only of control or invisible characters"),
    ],
)
def test_parse_drops_invalid_values_with_one_notice(params, expected):
    state, notice = parse(params, vocab=VOCAB)
    assert notice.startswith("Ignored in this link: ") and expected in notice
    assert "\n" not in notice


def test_ten_thousand_repeated_values_are_deduplicated_and_capped():
    many = {"person": ["Vladimir Putin"] * 10_000 + [f"Person {i}" for i in range(5_000)]}
    state, notice = parse(many, vocab=VOCAB)
    assert state.filters["person"] == ("Vladimir Putin",)
    assert notice.count("not in this corpus") == 1 and "and 4,997 more" in notice
    assert len(notice) < 300


def test_swapped_dates_are_put_in_order_and_the_notice_says_so_without_calling_them_ignored():
    state, notice = parse({"from": "2024-09", "to": "2024-01"}, vocab=VOCAB)
    assert state.filters["from"] == date(2024, 1, 1) and state.filters["to"] == date(2024, 9, 30)
    assert notice == "From and To were in the wrong order and are read the other way round."


def test_options_of_other_pages_are_ignored_silently():
    state, notice = parse({"window": "article", "article": "a2"}, vocab=VOCAB, page="reader")
    assert notice == "" and state.options == {"article": "a2"}


def test_streamlit_own_parameters_are_not_ours_to_reject():
    _, notice = parse({"embed": "true", "embed_options": "light_theme"}, vocab=VOCAB)
    assert notice == ""


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(filters={"person": ("Li Qiang", "Vladimir Putin"), "country": ("China",), "refs": True}, version=4),
        ViewState(filters={"from": date(2019, 1, 1), "to": date(2019, 12, 31), "q": "gas & oil"}, options={"measure": "pmi", "cell": ("energy", "trade")}),
        ViewState(filters={"source": ("Reuters",), "place": ("Moscow",)}, options={"article": "a1", "hide": ("Dates",)}),
    ],
)
def test_state_survives_the_round_trip_through_the_url(state):
    from urllib.parse import parse_qs

    params = parse_qs(query_string(to_params(state)), keep_blank_values=True)
    again, notice = parse(params, vocab=VOCAB)
    assert notice == ""
    assert again == state


def test_defaults_are_left_out_of_the_url():
    state = ViewState(options={"measure": "count", "window": "sentence", "table": "meetings"})
    assert to_params(state) == {}


def test_page_links_carry_only_that_page_options():
    state = ViewState(filters={"sector": ("energy",)}, options={"article": "a1", "measure": "pmi"})
    assert to_params(state, page="reader") == {"sector": ["energy"], "article": ["a1"]}


@pytest.mark.parametrize(
    "filters, words",
    [
        ({"person": ("Vladimir Putin",), "sector": ("energy",), "from": date(2024, 5, 1), "to": date(2024, 8, 31)},
         "involving Vladimir Putin, about energy, May–Aug 2024"),
        ({"country": ("China", "Russia")}, "involving China and Russia"),
        ({"sector": ("energy", "trade", "defence_security")}, "about energy, trade or defence & security"),
        ({"from": date(2019, 1, 1), "to": date(2019, 12, 31), "refs": True}, "2019, including background references"),
        ({"q": "pipeline", "source": ("Reuters",)}, "from Reuters, mentioning “pipeline”"),
        ({"q": '"Doha round"'}, "mentioning the phrase “Doha round”"),
        ({"q": "free trade"}, "mentioning “free” and “trade”"),
        ({"q": "oil OR gas"}, "mentioning “oil” or “gas”"),
        ({"q": 'oil "Doha round"'}, "mentioning “oil” and “Doha round”"),
        ({"q": '"energy cooperation" "gas deal"'}, "mentioning “energy cooperation” and “gas deal”"),
        ({"q": "Putin OR Xi -Harbin -Moscow"}, "mentioning “Putin” or “Xi” but not “Harbin” or “Moscow”"),
        ({"q": "-China"}, "mentioning anything but “China”"),
        ({"q": "oil AND gas NOT China"}, "mentioning “oil” and “gas” but not “China”"),  # AND implied, NOT is -
        ({"q": "OR"}, "mentioning anything (a search with no word)"),
        ({}, ""),
    ],
)
def test_describe_reads_the_filters_in_plain_words(filters, words):
    names = {"defence_security": "defence & security"}
    assert describe(ViewState(filters=filters), names=names) == words


@pytest.mark.parametrize(
    "start, end, words",
    [
        (date(2024, 5, 1), date(2024, 5, 31), "May 2024"),
        (date(2023, 11, 1), date(2024, 2, 29), "Nov 2023–Feb 2024"),
        (date(2020, 1, 1), date(2022, 12, 31), "2020–2022"),
        (date(2024, 5, 3), date(2024, 5, 20), "3 May 2024 – 20 May 2024"),
        (date(2024, 5, 3), None, "from 3 May 2024"),
        (None, date(2024, 5, 3), "until 3 May 2024"),
    ],
)
def test_date_span_names_whole_months_and_years(start, end, words):
    assert date_span(start, end) == words


@pytest.mark.parametrize("value, end, expected", [
    ("2024", False, date(2024, 1, 1)), ("2024", True, date(2024, 12, 31)), ("2024-02", True, date(2024, 2, 29)),
    ("2024-13-01", False, None), ("yesterday", False, None), ("", False, None),
])
def test_parse_date_accepts_partial_iso_dates(value, end, expected):
    assert parse_date(value, end=end) == expected


def test_readme_url_reference_is_generated_from_the_registries():
    from core.views.state_docs import markdown
    from tests.conftest import ROOT

    section = (ROOT / "README.md").read_text("utf-8").split("<!-- urls:start -->")[1].split("<!-- urls:end -->")[0]
    assert section.strip() == markdown()
    for key in [f.key for f in FILTERS] + [o.key for o in OPTIONS] + ["v"]:
        assert f"| `{key}` |" in section, key


def test_a_sector_pair_keeps_two_sectors_with_a_notice():
    state, notice = parse({"cell": ["energy", "trade", "defence_security"]}, vocab=VOCAB, page="sectors")
    assert state.options["cell"] == ("energy", "trade")
    assert "1 cell value(s) beyond the first 2" in notice


def test_an_unknown_layer_is_not_one_of_the_choices():
    _, notice = parse({"hide": "Bogus"}, vocab=VOCAB, page="reader")
    assert "hide “Bogus” (not one of this page's choices)" in notice


def test_place_filter_reads_as_meetings_held_there():
    assert describe(ViewState(filters={"place": ("Tehran",)})) == "with meetings held in Tehran"


def test_an_option_of_several_pages_is_kept_on_each_of_them_and_only_there():
    for page in ("overview", "sectors"):
        state, notice = parse({"coverage": "share"}, vocab=VOCAB, page=page)
        assert state.options == {"coverage": "share"} and not notice
        assert to_params(state, page=page)["coverage"] == ["share"]
    state, _ = parse({"coverage": "share"}, vocab=VOCAB, page="timeline")
    assert "coverage" not in state.options
    assert "coverage" not in to_params(ViewState(options={"coverage": "share"}), page="timeline")


def test_a_network_pair_is_two_names_the_events_use():
    vocab = {**VOCAB, "party": ["Vladimir Putin", "Li Qiang", "China", "G20"]}
    state, notice = parse({"pair": ["China", "G20", "Li Qiang"], "by": "countries"}, vocab=vocab, page="network")
    assert state.options == {"pair": ("China", "G20"), "by": "countries"}
    assert "1 pair value(s) beyond the first 2" in notice
    _, notice = parse({"pair": "Nobody", "nodes": "7"}, vocab=vocab, page="network")
    assert "pair “Nobody” (not in this corpus)" in notice and "nodes “7” (not one of this page's choices)" in notice


def test_every_filter_says_how_it_reads_in_words():
    assert all(f.words for f in FILTERS if f.kind != "date")
    words = describe(ViewState(filters={"country": ("China",), "person": ("Vladimir Putin",), "place": ("Moscow",)}), subject="Meetings")
    assert words == "involving Vladimir Putin and China, held in Moscow"


@pytest.mark.parametrize(("url", "params", "link"), [
    ("http://127.0.0.1:8599", {"country": ["China"]}, "http://127.0.0.1:8599/?country=China"),
    ("http://127.0.0.1:8599/timeline?x=1", {"country": ["China"]}, "http://127.0.0.1:8599/timeline?country=China"),
    ("http://127.0.0.1:8599", {}, "http://127.0.0.1:8599/"),
    ("", {}, "/"),
])
def test_a_share_link_is_the_pages_address_with_the_views_query(url, params, link):
    from core.views.state import share_link

    assert share_link(url, params) == link


@pytest.mark.parametrize(("url", "page", "base_path", "link"), [
    ("http://127.0.0.1:8599/nosuchpage?x=1", "overview", "", "http://127.0.0.1:8599/?v=3"),  # shown: the overview
    ("http://127.0.0.1:8599/overview", "overview", "", "http://127.0.0.1:8599/?v=3"),
    ("http://127.0.0.1:8599/timeline?x=1", "timeline", "", "http://127.0.0.1:8599/timeline?v=3"),
    ("https://example.org/lens/nosuchpage", "overview", "/lens/", "https://example.org/lens/?v=3"),
    ("https://example.org/lens/people", "people", "lens", "https://example.org/lens/people?v=3"),
])
def test_a_share_link_names_the_page_shown_not_the_path_asked_for(url, page, base_path, link):
    from core.views.state import share_link

    assert share_link(url, {"v": ["3"]}, page=page, base_path=base_path) == link


@pytest.mark.parametrize("query", ["€", "*", '"', "--"])
def test_a_search_without_a_word_is_dropped_with_a_reason(query):
    state, notice = parse({"q": query}, vocab={})
    assert "q" not in state.filters and "has no word in it (search finds whole words)" in notice


def test_a_country_in_a_link_may_go_by_another_of_its_names():
    state, notice = parse({"country": ["UK", "russian federation", "Atlantis"]},
                          vocab={"country": ["United Kingdom", "Russia", "China"]}, page="overview")
    assert state.filters["country"] == ("United Kingdom", "Russia")
    assert "Atlantis" in notice and "UK" not in notice

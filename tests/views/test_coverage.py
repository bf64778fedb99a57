"""Coverage as counts or as a share of all articles of the period, on hand-built articles (no model)."""
from __future__ import annotations

import math

import pandas as pd

from core.present import charts
from core.views import queries
from core.views.view import View

ARTICLES = pd.DataFrame({
    "article_id": ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"],
    "published": ["2024-01-05", "2024-01-20", "2024-01-28", "2024-02", "2024-04-02", "2024-04-09", "2024", None],
    "source": ["Wire", "Wire", "Daily", "Daily", "Wire", "Daily", "Wire", "Wire"],
}).astype({"published": "string", "source": "string"})


def rows(frame: pd.DataFrame, key: str = "period") -> dict:
    return {r[key]: r for r in frame.to_dict("records")}


def test_share_divides_by_every_article_of_the_period():
    shown = ARTICLES[ARTICLES["article_id"].isin(["a1", "a4", "a5"])]
    out = rows(queries.coverage(shown, ARTICLES))
    assert list(out) == ["2024-01", "2024-02", "2024-03", "2024-04"], "periods without articles in between are kept"
    assert (out["2024-01"]["articles"], out["2024-01"]["total"]) == (1, 3)
    assert math.isclose(out["2024-01"]["share"], 1 / 3)
    assert out["2024-02"]["share"] == 1.0 and out["2024-04"]["share"] == 0.5


def test_a_period_with_no_article_at_all_has_no_share_rather_than_zero():
    out = rows(queries.coverage(ARTICLES[ARTICLES["article_id"].isin(["a1", "a5"])], ARTICLES))
    assert out["2024-03"]["articles"] == 0 and out["2024-03"]["total"] == 0
    assert pd.isna(out["2024-03"]["share"])
    assert out["2024-02"]["articles"] == 0 and out["2024-02"]["share"] == 0.0, "articles in the corpus, none in the view: zero"


def test_undated_and_year_only_articles_are_left_out_on_both_sides():
    out = queries.coverage(ARTICLES, ARTICLES)
    assert out["articles"].sum() == 6 and out["total"].sum() == 6
    assert (out["share"].dropna() == 1.0).all() and out["share"].isna().sum() == 1


def test_the_chosen_sources_are_what_the_share_is_of():
    base = queries.coverage_base(ARTICLES, sources=("Wire",))
    assert set(base["source"]) == {"Wire"}
    wire = ARTICLES[ARTICLES["source"] == "Wire"]
    out = rows(queries.coverage(wire[wire["article_id"] == "a1"], base))
    assert (out["2024-01"]["articles"], out["2024-01"]["total"]) == (1, 2)
    assert queries.coverage_base(ARTICLES) is ARTICLES


def test_an_empty_view_has_no_rows():
    out = queries.coverage(ARTICLES.iloc[0:0], ARTICLES)
    assert out.empty and list(out.columns) == ["period", "articles", "total", "share"]


def view(articles: pd.DataFrame, pairs: dict[str, str], sectors: list[tuple[str, str]]) -> View:
    empty = pd.DataFrame()
    tags = pd.DataFrame(sectors, columns=["article_id", "sector"]).assign(sentence=0)
    return View(articles=articles, meetings=empty, events=empty, mentions=empty, sectors=tags, pairs=pd.Series(pairs, dtype=object))


def test_per_country_pair_and_per_sector_each_article_counts_in_its_groups():
    shown = ARTICLES[ARTICLES["article_id"].isin(["a1", "a2", "a5"])]
    v = view(shown, {"a1": "China – Russia", "a2": "China – Russia", "a5": "India – Russia"},
             [("a1", "energy"), ("a1", "energy"), ("a1", "trade"), ("a5", "trade")])
    pairs = queries.coverage_by_pair(v, ARTICLES).set_index(["period", "group"])
    assert pairs.loc[("2024-01", "China – Russia"), "articles"] == 2
    assert math.isclose(pairs.loc[("2024-01", "China – Russia"), "share"], 2 / 3)
    assert pairs.loc[("2024-04", "India – Russia"), "share"] == 0.5
    assert pairs.loc[("2024-01", "India – Russia"), "articles"] == 0
    sectors = queries.coverage_by_sector(v, ARTICLES).set_index(["period", "group"])
    assert sectors.loc[("2024-01", "energy"), "articles"] == 1, "two triggers in one article count once"
    assert sectors.loc[("2024-01", "trade"), "articles"] == 1 and sectors.loc[("2024-04", "trade"), "articles"] == 1
    assert pd.isna(sectors.loc[("2024-03", "trade"), "share"])


def test_the_charts_show_shares_as_percentages_with_their_counts():
    out = queries.coverage(ARTICLES[ARTICLES["article_id"].isin(["a1", "a5"])], ARTICLES)
    fig = charts.bars_over_time(out, y="share")
    assert fig.layout.yaxis.tickformat == ".0%"
    assert "of all articles" in fig.data[0].hovertemplate
    lines = charts.coverage_lines(out.assign(group="<i>x</i>"), share=True)
    assert lines.data[0].name == "&lt;i&gt;x&lt;/i&gt;" and lines.data[0].connectgaps is False
    counts = charts.coverage_lines(out.assign(group="g"), share=False)
    assert list(counts.data[0].y) == list(out["articles"])

"""Overview: what the filtered corpus holds, with every item a link into the filtered view."""
import streamlit as st

from core.present import charts
from core.ui import state as ui_state
from core.views import queries
from core.views.view import sector_color
from core.present.render import md_escape, plural
from core.ui.widgets import context, empty_view, event_links, link

COVERAGE = {"count": "Articles", "share": "Share of all articles"}
COVERAGE_HELP = ("Share: the articles shown as a share of all articles the corpus holds for each month or year "
                 "(of the chosen sources, when the view names some): attention rather than volume.")

st.title("Bilateral Lens")
data, index, view = context()
ui_state.summary("Articles and meetings")
if view.articles.empty:
    empty_view("articles")
else:
    counts = queries.headline(view)
    published = counts.pop("Published")
    for column, (label, value) in zip(st.columns(len(counts)), counts.items()):
        column.metric(label, value)
    hidden = "" if ui_state.current().filters.get("refs") else (
        " Meeting reports and events leave out meetings told only as background or plans: “Include background references” in the sidebar adds them.")
    st.caption(f"Published {published} (publication dates of the articles shown).{hidden}")
    st.segmented_control("Coverage", ["count", "share"], key="o_coverage", format_func=COVERAGE.__getitem__, help=COVERAGE_HELP)
    share = ui_state.option("coverage") == "share"
    base = queries.coverage_base(data.articles, sources=ui_state.current().filters.get("source", ()))
    left, right = st.columns(2)
    days = queries.dated_span(view.articles)  # months or years, the same for every chart over time
    coverage = queries.coverage(view.articles, base, days=days)
    if coverage.empty:
        left.caption("No dated articles to chart over time.")
    elif share and not ui_state.current().with_filters(refs=None, source=None).active:  # the view is the base itself
        left.caption("Every article of the corpus is shown, so its share is 100 % throughout: filter the view (a country, "
                     "a person, a search) to see the share it takes over time.")
    else:
        left.plotly_chart(charts.bars_over_time(coverage, y="share" if share else "articles",
                                                title="Share of all articles over time" if share else "Articles over time"), key="overview_articles")
    tone = queries.tone_over_time(view)
    pairs = queries.coverage_by_pair(view, base, days=days)
    colors = charts.series_colors([*tone.get("pair", []), *pairs.get("group", [])])  # a pair keeps its colour in both charts
    if tone.empty:
        right.caption("Tone is charted per country pair, the two countries an article is mostly about; no dated article "
                      "shown here is mostly about two countries.")
    else:
        right.plotly_chart(charts.tone_lines(tone, colors=colors), key="overview_tone")
    if not pairs.empty:
        st.plotly_chart(charts.coverage_lines(pairs, share=share, title="Coverage of the leading country pairs"
                                              + (" (share of all articles)" if share else " (articles)"), color=colors.get),
                        key="overview_pairs")
    people_col, sectors_col, events_col = st.columns([1, 1, 1.4])
    with people_col:
        st.subheader("Top people")
        for row in queries.top_people(view).itertuples():
            link("people", f"{md_escape(row.person)} · {plural(row.articles, 'article')}", who=row.person)
    with sectors_col:
        st.subheader("Sectors")
        sectors = queries.top_sectors(view)
        st.plotly_chart(charts.horizontal_bars(list(sectors["label"]), list(sectors["articles"]),
                                               colors=[sector_color(s) for s in sectors["sector"]]), key="overview_sectors")
    with events_col:
        st.subheader("Latest events")
        events = queries.latest_events(view)
        if events.empty:
            st.caption("No meetings found in these articles.")
        event_links(events)

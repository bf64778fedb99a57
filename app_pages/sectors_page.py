"""Sectors: co-occurrence heatmap, network, trends and sector × person; a selected pair lists its sentences."""
import streamlit as st

from core.present import charts, graphs
from core.ui import state as ui_state
from core.views import cooccurrence, queries
from core.present.render import text_or, md_escape, quote
from core.ui.widgets import context, empty_view, link
from core.views.view import sector_color, sector_label

st.title("Sectors")
data, index, view = context()
ui_state.summary("Articles")
chart, left, right = st.columns(3)
chart.segmented_control("Chart", ["matrix", "network"], key="o_chart", format_func={"matrix": "Co-occurrence", "network": "Network"}.__getitem__,
                         help="The co-occurrence matrix of sectors, or the sectors as a network linked by co-occurrence.")
left.segmented_control("Window", ["sentence", "article"], key="o_window", help="Count two sectors together when they occur in one sentence, or anywhere in one article.")
right.segmented_control("Measure", ["count", "jaccard", "pmi"], key="o_measure", format_func={"count": "Count", "jaccard": "Jaccard", "pmi": "PMI"}.__getitem__,
                        help="Count: units with both. Jaccard: both / either. PMI: log2 of how much more often than chance (blank when never together).")
window = ui_state.option("window") or "sentence"
measure = ui_state.option("measure") or "count"


if view.sectors.empty:
    empty_view("sector tags")
else:
    cell = tuple(ui_state.option("cell"))
    if ui_state.option("chart") == "network":
        nodes, edges = cooccurrence.network(view, window=window)
        st.plotly_chart(graphs.network(nodes, edges, title=f"Sectors linked by co-occurrence in one {window}"), key="sectors_network",
                        width="content")
    else:
        matrix = cooccurrence.matrix(view, window=window, measure=measure,
                                     units_total=cooccurrence.units_total(view, index.sentences, window))
        st.plotly_chart(charts.heatmap(matrix, measure=measure, selected=cell), key="sectors_heatmap", width="content",
                        on_select=ui_state.on_pick("sectors_heatmap", lambda cells: ui_state.set_option("cell", cells[0].split("|"))),
                        selection_mode=("points",))
        alone = charts.heatmap_left_out(matrix)
        if alone:
            st.caption("Never found together with another sector here: " + ", ".join(sector_label(s) for s in alone) + ".")
    st.multiselect("Selected pair", index.vocab["sector"], key="o_cell", max_selections=2, format_func=sector_label,
                   placeholder="Click a square above, or pick two sectors",
                   help="Pick two sectors (or click a square) to list where they occur together.")
    cell = tuple(ui_state.option("cell"))
    if len(cell) in (1, 2):
        a, b = (cell * 2)[:2]
        rows = cooccurrence.cell_evidence(view, a, b, texts=data.texts, window=window)
        st.subheader(f"{sector_label(a)} × {sector_label(b)}: {len(rows)} {window}s" + (" (first 200)" if len(rows) >= 200 else ""))
        for row in rows.head(50).itertuples():
            st.html(quote(row.snippet, note=f"triggers: {row.triggers}"))
            link("reader", f"{md_escape(row.title)} ({text_or(row.published, 'undated')})", icon=":material/article:", article=row.article_id)
    st.segmented_control("Coverage", ["count", "share"], key="o_coverage", format_func={"count": "Articles", "share": "Share of all articles"}.__getitem__,
                         help="Share: articles tagged with each sector as a share of all articles the corpus holds for each month or "
                              "year (of the chosen sources, when the view names some).")
    if ui_state.option("coverage") == "share":
        base = queries.coverage_base(data.articles, sources=ui_state.current().filters.get("source", ()))
        st.plotly_chart(charts.coverage_lines(queries.coverage_by_sector(view, base), share=True, label=sector_label, color=sector_color,
                                              title="Sectors over time (share of all articles)"), key="sectors_trend")
    else:
        st.plotly_chart(charts.stacked_over_time(cooccurrence.over_time(view)), key="sectors_trend")
    people = cooccurrence.by_person(view)
    if not people.empty:
        st.plotly_chart(charts.matrix_heatmap(people, title="Sectors discussed with the most mentioned people (articles)"), key="sectors_people")

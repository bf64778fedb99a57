"""Who met whom: people (or countries) linked by the events they share; a selected link lists its events with evidence."""
import json

import streamlit as st

from core.present import graphs
from core.ui import state as ui_state
from core.views import network
from core.present.render import md_escape, plural
from core.ui.widgets import context, empty_view, event_evidence, link

LISTED = 20  # events of a link shown here; the Timeline shows them all

st.title("Who met whom")
data, index, view = context()
ui_state.summary("Events")
left, right = st.columns(2)
left.segmented_control("Nodes", ["people", "countries"], key="o_by", format_func={"people": "People", "countries": "Countries"}.__getitem__,
                       help="People: everyone the events name as a side (a country or body stands in when no person is named). "
                            "Countries: the countries the events involve.")
right.segmented_control("Drawn", ["40", "80", "160"], key="o_nodes", format_func=lambda v: f"busiest {v}",
                        help="How many nodes are drawn: those in most events. Every link stays listed below the chart.")
by = ui_state.option("by") or "people"
graph = network.network(view.events, by=by, limit=int(ui_state.option("nodes") or 40))
pair = tuple(ui_state.option("pair"))
links = graph.links.assign(drawn=graph.links["a"].isin(set(graph.nodes["name"])) & graph.links["b"].isin(set(graph.nodes["name"])))


def _pick_row() -> None:
    rows = st.session_state.get("network_links", {}).get("selection", {}).get("rows", [])
    if rows:
        ui_state.set_option("pair", list(links.iloc[rows[0]][["a", "b"]]))


if view.events.empty:
    empty_view("events")
elif graph.total_nodes == 0:
    st.info(f"None of the {plural(len(view.events), 'event')} shown names a country.", icon=":material/hub:")
else:
    noun = "people and sides" if by == "people" else "countries"
    drawn = f"All {len(graph.nodes)} {noun}" if len(graph.nodes) == graph.total_nodes else \
        f"The {len(graph.nodes)} {noun} in most events (of {graph.total_nodes})"
    st.caption(f"{drawn} and the {plural(len(graph.edges), 'link')} between them are drawn"
               + (f"; all {plural(len(graph.links), 'link')} are in the table below the chart" if len(graph.edges) < len(graph.links) else "")
               + ". Line width: events shared. Click the dot in the middle of a link (or a row of the table) to list its events and their evidence.")
    st.plotly_chart(graphs.who_met_whom(graph.nodes, graph.edges, width=network.WIDTH, height=graph.height,
                                        kinds=network.kinds(data.table("entities"), graph.nodes["name"]), selected=pair),
                    key="network_chart", width="content", selection_mode=("points",),
                    on_select=ui_state.on_pick("network_chart", lambda picked: ui_state.set_option("pair", json.loads(picked[0]))))
    with st.expander(f"Every link ({len(links):,}), most events first"):
        st.dataframe(links, key="network_links", hide_index=True, on_select=_pick_row, selection_mode="single-row",
                     column_config={"a": "between", "b": "and", "drawn": st.column_config.CheckboxColumn("drawn")})
if len(pair) == 2:
    a, b = pair
    events = network.pair_events(view.events, a, b, by=by)
    st.subheader(md_escape(f"{a} and {b}: {plural(len(events), 'event')}"))
    if events.empty:
        st.caption("They share no event under these filters" + (" as countries." if by == "countries" else "."))
    sides = {"person": tuple(n for n in pair if n in index.people), "country": tuple(n for n in pair if n in index.countries)}
    on_timeline = len(events) and sum(map(len, sides.values())) == 2
    if len(events) > LISTED:
        st.caption(f"The {LISTED} latest are listed here" + ("; the Timeline shows them all." if on_timeline else "."))
    if on_timeline:
        link("timeline", "Their meetings on the Timeline", icon=":material/timeline:", filters={k: v for k, v in sides.items() if v})
    for event_id in events["event_id"].head(LISTED):
        with st.container(border=False):
            event_evidence(data, event_id, heading=lambda words: st.markdown(f"**{words}**"))
    st.button("Clear selection", key="network_clear", on_click=ui_state.set_option, args=("pair", []))

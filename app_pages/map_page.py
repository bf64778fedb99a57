"""Map: where meetings took place; selecting a place filters every view to its meetings."""
import streamlit as st

from core.present import charts
from core.ui import state as ui_state
from core.views import queries
from core.present.render import md_escape
from core.ui.widgets import context, empty_view, event_links

MAP_EVENTS = 20  # events listed under the map for the places picked

st.title("Meeting places")
data, index, view = context()
ui_state.summary("Meetings")
places, unknown = queries.map_places(view, queries.country_codes(data), index.sides)


def _places(chosen: list) -> None:
    st.session_state["f_place"] = list(dict.fromkeys(chosen))


if places.empty:
    empty_view("meeting places")
else:
    st.caption("Cities at their coordinates, countries at their centre (offline gazetteer). Marker size: events; "
               "colour: the country pair that met there most (the hover and the table name every pair). Click or box-select places to filter to their meetings; where places crowd, "
               "zoom in with the chart's zoom tool (top right), and double-click to zoom out.")
    st.plotly_chart(charts.world_map(places), key="map_chart", on_select=ui_state.on_pick("map_chart", _places),
                    selection_mode=("points", "box", "lasso"))
    table = places.sort_values("events", ascending=False)[["place", "located_as", "events", "articles", "pairs"]]
    st.dataframe(table, hide_index=True, key="map_table", column_config={
        "place": "Place", "located_as": st.column_config.TextColumn("Located as", help="city or country"),
        "events": "Events", "articles": "Articles", "pairs": "Country pairs (events)"})
    if ui_state.current().filters.get("place"):
        st.subheader("Events there")
        event_links(queries.latest_events(view, n=MAP_EVENTS))
        if len(view.events) > MAP_EVENTS:
            st.caption(f"The newest {MAP_EVENTS} of {len(view.events):,}: the Timeline shows them all.")
if unknown:
    st.caption("Not on the map (place unknown to the gazetteer): " + md_escape(", ".join(unknown)))

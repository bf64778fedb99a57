"""Timeline of meetings: one mark per event; selecting one shows its evidence and its reporting articles."""
import streamlit as st

from core import settings
from core.present import charts
from core.ui import state as ui_state
from core.views import lanes, queries
from core.present.render import md_escape, plural
from core.ui.widgets import context, empty_view, event_evidence, link

MAX_LANES = max(1, settings.get("timeline_lanes"))
UNDATED_LISTED = 50

st.title("Timeline of meetings")
data, index, view = context()
ui_state.summary("Meetings")
st.segmented_control("Lanes", ["countries", "people"], key="o_lanes", format_func=lambda v: f"by {'country' if v == 'countries' else 'person'} pair")
by_country = (ui_state.option("lanes") or "countries") == "countries"
events = queries.timeline(view, lanes="countries" if by_country else "people", sources=index.sources, sides=index.sides)
selected = ui_state.option("event")


undated = queries.unplotted_events(view, events)
if events.empty and undated.empty:
    empty_view("meetings")
elif events.empty:
    st.info(f"{plural(len(undated), 'event')} {'matches' if len(undated) == 1 else 'match'} these filters, none with a date "
            "to place on the timeline: they are listed below.", icon=":material/event_busy:")
else:
    every = ui_state.option("lanes_shown") == "all"
    main = lanes.main_period(events["x"])
    period = main if main and ui_state.option("period") != "all" else None
    # lanes whose events all lie outside the period shown would be drawn empty: they count with the events outside
    in_view = events if period is None else events[events["x"].between(*period)]
    drawn, hidden = lanes.choose(in_view, limit=len(in_view) if every else MAX_LANES, keep=[selected] if selected else [],
                                 everything=events)
    st.caption(f"{plural(len(events), 'event')} from {plural(len(view.meetings), 'meeting report')} in {plural(len(drawn) + len(hidden), 'lane')}"
               + (f" ({plural(len(undated), 'event')} without a usable date {'is' if len(undated) == 1 else 'are'} listed below the chart)"
                  if len(undated) else "")
               + (". A person counts as their country; an organisation meeting as a side as itself" if by_country else
                  ". Only people make a lane; countries and organisations meeting as sides are named in each event")
               + ". Busiest lanes first, then the most recent. Marker size: reporting articles; hollow: background references only. "
               "Click a marker for its evidence.")
    notes = [f"{lanes.hidden_note(in_view, hidden)} are not drawn: “Show all lanes” below the chart" if hidden else "",
             f"{lanes.outside_note(events['x'], period)}: “Show the whole span” below the chart" if period else ""]
    st.plotly_chart(charts.timeline(events, selected=selected, lanes=drawn, note="; ".join(n for n in notes if n), period=period),
                    key="timeline_chart",
                    on_select=ui_state.on_pick("timeline_chart", lambda ids: ui_state.set_option("event", ids[0])),
                    selection_mode=("points",))
    if period:
        st.button(f"Show the whole span ({events['x'].min().year}–{events['x'].max().year})", key="timeline_whole_span",
                  icon=":material/open_in_full:", on_click=ui_state.set_option, args=("period", "all"))
    elif main:
        st.button(f"Show only where most events are ({main[0].year}–{main[1].year})", key="timeline_main_period",
                  icon=":material/close_fullscreen:", on_click=ui_state.set_option, args=("period", "main"))
    if hidden:
        st.button(f"Show all {plural(len(drawn) + len(hidden), 'lane')}", key="timeline_all_lanes", icon=":material/unfold_more:",
                  on_click=ui_state.set_option, args=("lanes_shown", "all"))
    elif every and len(drawn) > MAX_LANES:
        st.button(f"Show the {MAX_LANES} busiest and most recent lanes only", key="timeline_some_lanes", icon=":material/unfold_less:",
                  on_click=ui_state.set_option, args=("lanes_shown", "some"))
if len(undated):
    with st.expander(f"Undated events ({len(undated):,})", expanded=events.empty):
        for row in undated.head(UNDATED_LISTED).itertuples():
            link("timeline", md_escape(f"{row.line} ({plural(row.n_articles, 'reporting article')})"), event=row.event_id)
        if len(undated) > UNDATED_LISTED:
            st.caption(f"The first {UNDATED_LISTED} are listed; narrow the filters, or see every event on the Data page.")
if selected:
    event_evidence(data, selected)
    st.button("Clear selection", key="timeline_clear", on_click=ui_state.set_option, args=("event", ""))

"""Timeline of meetings: one mark per event; selecting one shows its evidence and its reporting articles."""
import streamlit as st

from core import charts, queries, ui_corrections, ui_state
from core.render import plural, text_or, md_escape, quote
from core.ui_widgets import context, empty_view, link

MAX_LANES = 30

st.title("Timeline of meetings")
data, index, view = context()
ui_state.summary("Meetings")
st.segmented_control("Lanes", ["countries", "people"], key="o_lanes", format_func=lambda v: f"by {'country' if v == 'countries' else 'participant'} pair")
events = queries.timeline(view, lanes=ui_state.option("lanes") or "countries", sources=index.sources)
selected = ui_state.option("event")


if events.empty:
    empty_view("meetings")
else:
    undated = len(view.events) - len(events)
    shown, hidden = queries.busiest_lanes(events, limit=MAX_LANES)
    st.caption(f"{plural(len(events), 'event')} from {plural(len(view.meetings), 'meeting report')}"
               + (f" ({undated} without a usable date not shown)" if undated else "")
               + (f"; the {MAX_LANES} busiest lanes of {MAX_LANES + hidden} are drawn (filter by country or person for the rest)"
                  if hidden else "")
               + ". Marker size: reporting articles; hollow: background references only. Click a marker for its evidence.")
    st.plotly_chart(charts.timeline(shown, selected=selected), key="timeline_chart",
                    on_select=ui_state.on_pick("timeline_chart", lambda ids: ui_state.set_option("event", ids[0])),
                    selection_mode=("points",))
if selected:
    ui_corrections.done()
    all_events = data.table("events")
    reports = queries.event_reports(data, selected)
    if selected in set(all_events["event_id"]):
        event = all_events.drop_duplicates("event_id").set_index("event_id").loc[selected]
        st.subheader(f"{md_escape(', '.join(event['participants']))} · {event['date']} ({event['date_precision']})")
        st.caption(md_escape(f"{event['kind']} · {text_or(event['location'], 'place unknown')} · {', '.join(event['countries'])} · "
                             f"{plural(int(event['n_articles']), 'reporting article')}"))
    else:
        ui_corrections.vanished(data, selected)
    for row in reports.to_dict("records"):
        with st.container(border=True):
            st.html(quote(row["evidence"], note=("background reference · " if row["referenced"] else "")
                          + f"rules: {', '.join(row['rules'])} · confidence {row['confidence']:.2f}"))
            link("reader", f"{md_escape(row['title'])} — {md_escape(text_or(row['source'], 'unknown source'))}, {text_or(row['published'], 'undated')}",
                 icon=":material/article:", article=row["article_id"])
            ui_corrections.report(data, row, events=all_events)
    ui_corrections.gone(data, selected)
    st.button("Clear selection", key="timeline_clear", on_click=ui_state.set_option, args=("event", ""))

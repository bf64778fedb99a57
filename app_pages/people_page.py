"""People: a profile of one person within the current filters."""
import streamlit as st

from core.present import charts, graphs
from core.ui import corrections as ui_corrections, state as ui_state
from core.views import profiles
from core.views.view import sector_color
from core.present.render import md_escape, plural, quote, text_or
from core.ui.widgets import context, empty_view, link

st.title("People")
data, index, view = context()
ui_state.summary("Coverage")
people = index.vocab["person"]
if not people:
    empty_view("people")
else:
    ui_corrections.follow_merge()
    chosen = tuple(ui_state.current().filters.get("person") or ())
    added = [p for p in chosen if p not in st.session_state.get("people_filter_seen", chosen)]
    st.session_state["people_filter_seen"] = chosen
    if added and ui_state.option("who") not in chosen:
        ui_state.set_option("who", added[0])  # a person just added to the filter is the one to profile
    if not ui_state.option("who"):
        ui_state.set_option("who", (chosen or people[:1])[0])
    st.selectbox("Person", people, key="o_who", help="Everyone the corpus names, most covered first.")
    who = ui_state.option("who")
    info = profiles.card(data, who)
    st.subheader(md_escape(who))
    st.caption(md_escape(f"{info['country'] or 'country unknown'} · {plural(int(info['n_articles']), 'article')}, {plural(int(info['n_mentions']), 'mention')} "
                         f"in the corpus · written as: {', '.join(info['aliases'][:12])}"))
    ui_corrections.done()
    ui_corrections.person(data, who)
    link("people", "Filter every view to this person", icon=":material/filter_alt:", filters={"person": (who,)}, who=who)
    trend = profiles.over_time(view, who)
    left, right = st.columns(2)
    if trend.empty:
        left.caption("No dated articles mention this person under the current filters.")
    else:
        left.plotly_chart(charts.bars_over_time(trend, title="Articles mentioning them"), key="people_trend")
    nodes, edges = profiles.network(view, who)
    if edges.empty:
        right.caption("No one else is named in the articles that mention them under the current filters.")
    else:
        right.plotly_chart(graphs.network(nodes, edges, label=str, color=lambda p: "#e45756" if p == who else "#4c78a8",
                                          title="Mentioned in the same articles"), key="people_network", width="content")
    sectors = profiles.sectors_with(view, who)
    if not sectors.empty:
        st.plotly_chart(charts.horizontal_bars(list(sectors["label"]), list(sectors["sentences"]),
                                               colors=[sector_color(s) for s in sectors["sector"]],
                                               title="Sectors in the sentences that mention them"), key="people_sectors")
    st.markdown("**Meetings**")
    meetings = profiles.meetings_of(view, who)
    if meetings.empty:
        st.caption("No meetings with this person under the current filters.")
    for m in meetings.head(30).itertuples():
        link("timeline", md_escape(("✎ corrected · " if len(m.corrections) else "") + f"{text_or(m.date, 'date unknown')} · "
                                   f"{', '.join(m.participants)} · {m.kind} · {text_or(m.location, 'place unknown')}"),
             icon=":material/event:", event=m.event_id)
        st.html(quote(m.evidence))

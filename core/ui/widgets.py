"""Streamlit boundary: widgets shared by pages (view context, empty states, links into other views)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st

from core import settings
from core.ui import state as ui_state
from core.views import queries
from core.store.corpus import Corpus
from core.errors import BilateralLensError
from core.present.render import dated, md_escape, md_message, plural, quote, text_or, when
from core.ui.data import corpus, store_path
from core.views.view import Index, View, select

SEEDS = Path(__file__).parent.parent.parent / "seeds"


def context() -> tuple[Corpus, Index, View]:
    """The corpus, its index and the view the current filters select."""
    loaded = corpus()
    if loaded is None:  # the store cannot be read: corpus() has shown why, and the page has nothing to show
        st.stop()
    data, index = loaded
    return data, index, select(data, index, ui_state.current())


def empty_store() -> None:
    st.title("Bilateral Lens")
    st.info(f"The store at `{store_path()}` holds no articles yet. Load the sample articles, add your own on the "
            "Add articles page, or run `bilateral-lens ingest PATH`.", icon=":material/inbox:")
    if settings.get("read_only"):
        st.caption("This dashboard is read-only; ask its administrator to load articles.")
    elif SEEDS.is_dir() and st.button("Load the sample articles", key="empty_load_seeds", type="primary"):
        from core.pipeline.ingest import ingest
        from core.store import Store

        try:
            with st.spinner("Reading and annotating the sample articles…"):
                report = ingest([SEEDS], store=Store(store_path()))
        except BilateralLensError as exc:
            st.error(md_message(exc))
            return
        st.success(f"{report.added} articles added.")
        st.rerun()


def empty_view(what: str) -> None:
    """Nothing matches: say so and offer to reset the filters."""
    st.info(f"No {what} match these filters.", icon=":material/filter_alt_off:")
    st.button("Reset filters", key=f"empty_reset_{what.replace(' ', '_')}", on_click=ui_state.reset)


def event_links(events) -> None:
    """Events as lines linking to each on the Timeline: "About 2025-11-04 · Xi Jinping, … in Beijing (2 reporting
    articles)" (`queries.latest_events` rows)."""
    for row in events.itertuples():
        date = dated(row.date, row.date_precision)
        date = date[:1].upper() + date[1:]  # "Undated", "About 2025-11-04" open the line
        link("timeline", md_escape(f"{date} · {row.line} ({plural(row.n_articles, 'reporting article')})"), event=row.event_id)


def link(page: str, label: str, *, icon: str | None = None, filters: dict | None = None, **options) -> None:
    """A link to a page with the current filters (changed by `filters`) and the given page options.

    On the page itself it is a button that changes the view in place, so the address bar follows."""
    params = ui_state.page_link_params(page, filters, **options)
    if page == st.session_state.get("_bl_page"):
        key = "link_" + hashlib.sha1(repr((page, label, sorted(params.items()))).encode()).hexdigest()[:12]
        st.button(label, key=key, icon=icon, type="tertiary", on_click=ui_state.apply, args=(filters or {}, options))
        return
    target = dict((k, p) for k, p, _, _ in ui_state.PAGES)[page]
    st.page_link(target, label=label, icon=icon, query_params=params)


def event_evidence(data: Corpus, event_id: str, *, heading=st.subheader) -> None:
    """An event in words, then every report of it: the evidence sentence with the rules and confidence that produced
    it, a link to its article in the reader, and its corrections (see core.ui.corrections). `heading` draws the
    event's title line; an event that corrections emptied says where its reports went."""
    from core.ui import corrections as ui_corrections

    ui_corrections.done()
    all_events = data.table("events")
    reports = queries.event_reports(data, event_id)
    if event_id in set(all_events["event_id"]):
        event = all_events.drop_duplicates("event_id").set_index("event_id").loc[event_id]
        heading(f"{md_escape(', '.join(event['participants']))} · {when(event['date'], event['date_precision'])}")
        st.caption(md_escape(" · ".join(part for part in (
            event["kind"], text_or(event["location"], "place unknown"), ", ".join(event["countries"]) or "countries unknown",
            plural(int(event["n_articles"]), "reporting article")) if part)))
    else:
        ui_corrections.vanished(data, event_id)
    for row in reports.to_dict("records"):
        with st.container(border=True):
            st.html(quote(row["evidence"], note=("background reference · " if row["referenced"] else "")
                          + f"rules: {', '.join(row['rules'])} · confidence {row['confidence']:.2f}"))
            link("reader", f"{md_escape(row['title'])} — {md_escape(text_or(row['source'], queries.UNKNOWN_SOURCE))}, "
                           f"{text_or(row['published'], 'undated')}", icon=":material/article:", article=row["article_id"])
            ui_corrections.report(data, row, events=all_events)
    ui_corrections.gone(data, event_id)


def fitted_height(rows: int, most: int) -> int:
    """A table's height in pixels: its header and rows, at most `most`, so a short table has no empty rows below it."""
    return min(most, 35 * (rows + 1) + 3)

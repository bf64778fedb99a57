"""Reader: the filtered articles; the selected one with highlighted entities and its meetings, people, sectors, figures."""
import streamlit as st

from core.ui import state as ui_state
from core.views import queries
from core.present.render import dated, plural, quoted, referenced_as, text_or, STYLE, highlight, layer_of, legend, md_escape, quote, safe_url, spans_from_mentions
from core.store.search import hits, search_terms
from core.ui.widgets import context, empty_view, fitted_height, link
from core.views.view import sector_label

st.title("Reader")
data, index, view = context()
ui_state.summary("Articles")
listing = queries.reader_list(view, current=ui_state.option("article"))
ids = listing["article_id"].tolist()
query = ui_state.current().get("q")


def _pick() -> None:
    rows = st.session_state.get("reader_list", {}).get("selection", {}).get("rows", [])
    if rows:
        ui_state.set_option("article", ids[rows[0]])


def show(current: str) -> None:
    """The article with its highlights and side panel."""
    if current not in ids:
        st.caption("This article is outside the current filters; shown because the link names it.")
    article = data.articles[data.articles["article_id"] == current].iloc[0]
    mine = index.tables.article(current)
    facts = queries.article_facts(data, mine, current)
    previous, following = queries.neighbours(ids, current)
    nav = st.columns([1, 1, 6])
    with nav[0]:
        if previous:
            link("reader", "Previous", icon=":material/arrow_back:", article=previous)
    with nav[1]:
        if following:
            link("reader", "Next", icon=":material/arrow_forward:", article=following)
    layers = list(dict.fromkeys(layer_of(label) for label in mine["label"] if layer_of(label) != "Other"))
    if not facts["meetings"].empty:
        layers.append(layer_of("EVIDENCE"))
    # The toggles span the page, above the text and its side panel, so that none is cut off.
    st.pills("Hide highlights", layers, selection_mode="multi", key="o_hide")
    text = data.texts([current]).get(current, "")
    found = hits(text, query) if query else []
    text_col, side = st.columns([2.2, 1])
    with text_col:
        st.subheader(md_escape(article["title"]))
        meta = [text_or(article["published"], "undated"), text_or(article["source"], queries.UNKNOWN_SOURCE), f"{article['n_words']:,} words"]
        if isinstance(article["duplicate_of"], str):
            meta.append("near-duplicate of an earlier article")
        if query and search_terms(query):  # a search that only leaves words out has nothing to mark
            meta.append(f"{quoted(query)}: {plural(len(found), 'hit')} in the text, marked" if found else f"{quoted(query)}: in the title only")
        st.caption(md_escape(" · ".join(str(m) for m in meta)))
        url = safe_url(article["url"])
        if url:
            st.link_button("Original article", url, icon=":material/open_in_new:")
        shown = set(layers) - set(ui_state.option("hide"))
        evidence = [(int(m.start), int(m.end)) for m in facts["meetings"].itertuples()] if layer_of("EVIDENCE") in shown else []
        st.html(STYLE + legend(sorted(shown)) + highlight(text, spans_from_mentions(mine, layers=shown), evidence=evidence, hits=found))
    with side:
        st.markdown("**Meetings**")
        if facts["meetings"].empty:
            st.caption("None found in this article.")
        for m in facts["meetings"].itertuples():
            label = md_escape(("✎ corrected · " if len(m.corrections) else "") + f"{', '.join(m.participants)} · {m.kind} · "
                              f"{dated(m.date, m.date_precision)}" + (f" · {m.location}" if text_or(m.location, "") else "")
                              + (f" ({referenced_as(m.date, article['published'])})" if m.referenced else ""))
            link("timeline", label, icon=":material/event:", event=m.event_id)
            st.html(quote(m.evidence))
        st.markdown("**People**")
        if facts["people"].empty:
            st.caption("None found in this article.")
        for p in facts["people"].head(15).itertuples():
            link("reader", md_escape(f"{p.canonical} ({p.mentions})"), filters={"person": (p.canonical,)}, article=current)
        st.markdown("**Sectors**")
        if facts["sectors"].empty:
            st.caption("None found in this article.")
        for s in facts["sectors"].itertuples():
            link("reader", md_escape(f"{sector_label(s.sector)}: {s.triggers}"), filters={"sector": (s.sector,)}, article=current)
        if not facts["figures"].empty:
            st.markdown("**Key figures**")
            for f in facts["figures"].drop_duplicates("text").head(15).itertuples():
                st.caption(md_escape(f"{f.text} ({f.label.lower()})"))


if listing.empty:
    empty_view("articles")
else:
    most = queries.READER_ROWS
    listed = listing.head(most)  # the newest: a list longer than this is for narrowing, not for scrolling
    st.caption(f"{plural(len(listing), 'article')}" + (f" {'matches' if len(listing) == 1 else 'match'} {md_escape(quoted(query))}" if query else "")
               + "; ▶ marks the one shown. Select a row to read another."
               + (f" The newest {most:,} are listed: narrow the filters or search to list others." if len(listing) > most else ""))
    st.dataframe(listed[["open", "published", "title", "meetings", "source", "copy", "n_words"]], key="reader_list", hide_index=True,
                 height=fitted_height(len(listed), 320),
                 on_select=_pick, selection_mode="single-row",
                 column_config={"open": st.column_config.TextColumn("", width=30), "copy": st.column_config.CheckboxColumn("near-duplicate"),
                                "n_words": "words"})
    if not ui_state.option("article"):
        ui_state.showing("article", ids[0])  # the link names the article shown, not "the first one"
    show(ui_state.option("article") or ids[0])

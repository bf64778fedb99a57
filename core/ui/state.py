"""Streamlit boundary for view state: the URL ⇄ widgets sync layer, the sidebar filters, page links and the share link.

The URL is the source of truth when it changes from outside (a shared link, a reload, a page link); otherwise the
widgets are, and every run writes their state back to the URL.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

import streamlit as st

from core.store.corpus import Corpus
from core.store.search import parse_search
from core.views.state import FILTERS, LATEST_YEAR, OPTIONS, ViewState, describe, order_dates, parse, parse_date, share_link, to_params
from core.present.render import md_escape
from core.ui.data import articles_in_version
from core.knowledge import sector_ids
from core.pipeline.pubdate import EARLIEST_YEAR
from core.views.view import Index, sector_label, value_label

PAGES = (
    ("overview", "app_pages/overview_page.py", "Overview", ":material/dashboard:"),
    ("map", "app_pages/map_page.py", "Map", ":material/public:"),
    ("timeline", "app_pages/timeline_page.py", "Timeline", ":material/timeline:"),
    ("network", "app_pages/network_page.py", "Who met whom", ":material/hub:"),
    ("sectors", "app_pages/sectors_page.py", "Sectors", ":material/grid_view:"),
    ("reader", "app_pages/reader_page.py", "Reader", ":material/article:"),
    ("people", "app_pages/people_page.py", "People", ":material/groups:"),
    ("data", "app_pages/data_page.py", "Data", ":material/table:"),
    ("add", "app_pages/add_page.py", "Add articles", ":material/upload_file:"),
    ("about", "app_pages/about_page.py", "About", ":material/info:"),
)
UNFILTERED = ("add", "about")  # pages that show no filtered data
# Links into other views carry whole sentences (an event's people and place): they wrap instead of being cut off.
LINK_STYLE = """<style>
[data-testid="stPageLink"] span, [data-testid="stPageLink"] p, [data-testid="stBaseButton-tertiary"] p {white-space: normal}
[data-testid="stPageLink"] span {overflow: visible; text-overflow: clip}
[data-testid="stBaseButton-tertiary"], [data-testid="stBaseButton-tertiary"] div, [data-testid="stBaseButton-tertiary"] p {text-align: left; justify-content: flex-start}
</style>"""


def navigation() -> tuple[Any, dict[str, Any]]:
    """The app's pages (navigation drawn by `sidebar`, so every link carries the view's query string).

    The page files live in `app_pages/`, not `pages/`: a `pages/` folder beside app.py makes Streamlit run the first
    script of a new server process as a legacy multipage app, which knows none of these URL paths and shows "Page not
    found" to whoever opens a page other than the overview first."""
    # The overview is the default page, served at "/"; its reserved path is one nobody types, and "/overview" is a
    # hidden page that goes to "/" with the link's view (Streamlit would show "Page not found" there otherwise).
    pages = {key: st.Page(path, title=title, icon=icon, url_path="home" if key == "overview" else key, default=key == "overview")
             for key, path, title, icon in PAGES}

    def to_overview() -> None:
        st.switch_page(pages["overview"], query_params=_raw_params())

    alias = st.Page(to_overview, title="Overview", url_path="overview", visibility="hidden")
    return st.navigation([*pages.values(), alias], position="hidden"), pages


def _raw_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def begin(page: str, corpus: Corpus, index: Index) -> None:
    """Seed the widgets from the URL when it changed from outside; remember which page is shown."""
    raw = _raw_params()
    written = st.session_state.get("_bl_written")
    switched = st.session_state.get("_bl_page") not in (None, page)
    st.session_state["_bl_page"] = page
    st.session_state["_bl_corpus_version"] = corpus.version
    if raw == written or (switched and not raw and written is not None) or _widgets_moved():
        # Our own URL, a page switch that dropped the query string, or a run started by a widget: keep the widgets'
        # state. A run started by a widget carries the address the browser had then, which may predate what the
        # previous (interrupted) run wrote: adopting it would undo the user's last moves.
        return
    state, notice = parse(raw, vocab=index.vocab, page=page)
    for f in FILTERS:
        st.session_state[f"f_{f.key}"] = _widget_value(f.kind, state.filters.get(f.key))
    for option in OPTIONS:
        if option.applies(page):
            value = state.options.get(option.key)
            st.session_state[f"o_{option.key}"] = list(value or ()) if option.many else (value or option.default)
    notices = [notice] if notice else []
    if state.version is not None and state.version != corpus.version:
        notices.append(_version_notice(state.version, corpus))
    st.session_state["_bl_notices"] = (notices, to_params(state, page=page) | {"v": []})


def _widget_keys() -> dict[str, Any]:
    return {key: st.session_state[key] for key in st.session_state if str(key).startswith(("f_", "o_"))}


def _widgets_moved() -> bool:
    """Whether a filter or page option differs from what the last complete run wrote (a widget or a callback moved it)."""
    before = st.session_state.get("_bl_widgets")
    if before is None:
        return False
    now = _widget_keys()
    return any(key in now and now[key] != value for key, value in before.items())


def _widget_value(kind: str, value: Any) -> Any:
    if kind == "many":
        return list(value or ())
    if kind == "text":
        return value or ""
    if kind == "date":  # typed, so that Enter applies it (a date picker applies typed dates only when it loses focus)
        return value.isoformat() if value else ""
    if kind == "flag":
        return bool(value)
    if kind == "number":
        return float(value or 0.0)
    return value


def _version_notice(version: int, corpus: Corpus) -> str:
    then, now = articles_in_version(version), len(corpus.articles)
    if version > corpus.version:
        return f"This link names corpus version {version}, newer than this store's version {corpus.version}; showing the current data."
    if then is None:
        return f"This link was made on an older corpus (version {version}, no longer kept); showing the current data (version {corpus.version})."
    change = now - then
    moved = f"{change:,} articles added" if change > 0 else f"{-change:,} articles fewer" if change < 0 else "articles re-annotated or corrected"
    return f"This link was made on an older corpus (version {version}): {moved} since. Showing the current data (version {corpus.version})."


def sidebar(pages: dict[str, Any], index: Index) -> ViewState:
    """Page links, the global filter widgets (drawn on every page so none loses its value), reset and share link."""
    st.html(LINK_STYLE)
    with st.sidebar:
        links = st.container()
        box: Any
        if st.session_state.get("_bl_page") in UNFILTERED:  # still drawn, so that the view's filters keep their values
            box = st.expander("Filters (for the other pages)", expanded=False, icon=":material/filter_alt:")
        else:
            st.markdown("**Filters**")
            box = st.container()
    with box:
        for f in FILTERS:
            if f.kind == "many":
                st.multiselect(f.label, index.vocab.get(f.vocab, []), key=f"f_{f.key}", help=f.help, select_all=False,
                               format_func=value_label(f.vocab), placeholder="Any")
            elif f.kind == "date":
                st.text_input(f.label, key=f"f_{f.key}", help=f"{f.help} YYYY-MM-DD, YYYY-MM or YYYY; Enter applies it.",
                              max_chars=10, placeholder="YYYY-MM-DD")
                typed = _typed_texts()[f.key]
                if typed and _typed_date(f.key, typed) is None:
                    st.caption(f":red[“{md_escape(typed)}” is not a date between {EARLIEST_YEAR} and {LATEST_YEAR}: "
                               "use YYYY-MM-DD, YYYY-MM or YYYY.]")
                elif f.key == "to" and _reversed():
                    st.caption(":orange[From is after To: the dates are read the other way round.]")
            elif f.kind == "text":
                st.text_input(f.label, key=f"f_{f.key}", help=f.help, max_chars=300, placeholder="Words in title or text")
            elif f.kind == "number":
                st.slider(f.label, min_value=0.0, max_value=1.0, step=0.05, key=f"f_{f.key}", help=f.help,
                          format="%.2f")
            else:
                st.toggle(f.label, key=f"f_{f.key}", help=f.help)
        st.button("Reset filters", key="reset_filters", on_click=reset, icon=":material/restart_alt:")
    state = current()
    shared = to_params(ViewState(filters=state.filters, version=state.version))
    with links:
        for key, page_obj in pages.items():
            st.page_link(page_obj, query_params=shared if key != "add" else None)
    return state


def apply(filters: dict[str, Any], options: dict[str, Any]) -> None:
    """Change filters and page options in place (a same-page link)."""
    kinds = {f.key: f.kind for f in FILTERS}
    for key, value in filters.items():
        st.session_state[f"f_{key.rstrip('_')}"] = _widget_value(kinds[key.rstrip("_")], value)
    for key, value in options.items():
        set_option(key, value)


def reset() -> None:
    for f in FILTERS:
        st.session_state[f"f_{f.key}"] = _widget_value(f.kind, None)


def current() -> ViewState:
    """The view state held by the widgets right now."""
    filters = {}
    for f in FILTERS:
        value = st.session_state.get(f"f_{f.key}")
        if f.kind == "many":
            value = tuple(value or ())
        elif f.kind == "text":  # a search with no word in it ("OR", "((") looks for nothing: no search, as in a link
            value = (value or "").strip() if parse_search(value or "") else ""
        elif f.kind == "number":
            value = round(float(value), 2) if value else None
        elif f.kind == "date":
            value = _typed_date(f.key, _typed_texts()[f.key])
        filters[f.key] = value
    order_dates(filters, _typed_texts())  # typed the wrong way round: read the other way round, as a link is
    page = st.session_state.get("_bl_page")
    options = {o.key: _option_value(o) for o in OPTIONS if o.applies(page)}
    return ViewState(filters=filters, options=options, version=st.session_state.get("_bl_corpus_version")).with_filters()


def _typed_texts() -> dict[str, str]:
    """What is typed in From and To."""
    return {key: str(st.session_state.get(f"f_{key}") or "").strip() for key in ("from", "to")}


def _reversed() -> bool:
    """Whether the typed From is after the typed To."""
    typed = _typed_texts()
    return order_dates({key: _typed_date(key, text) for key, text in typed.items()}, typed)


def _typed_date(key: str, typed: str) -> date | None:
    """A typed date (a partial one is its first day, or its last for the end of a range), within the years offered."""
    return parse_date(typed, end=key == "to")


def _option_value(option) -> Any:
    value = st.session_state.get(f"o_{option.key}")
    return tuple(value or ()) if option.many else (value or option.default)


def option(key: str) -> Any:
    """A page option's value (seeded from the URL)."""
    return _option_value(next(o for o in OPTIONS if o.key == key))


def set_option(key: str, value: Any) -> None:
    """Change a page option that has no widget of its own (e.g. a chart selection)."""
    st.session_state[f"o_{key}"] = list(value) if isinstance(value, (list, tuple)) else value


def on_pick(chart: str, apply: Callable[[list], None]) -> Callable[[], None]:
    """The on_select callback of the chart with key `chart`, whose points carry their value in customdata: `apply`
    gets the values of the chosen points; choosing nothing changes nothing."""
    def callback() -> None:
        points = st.session_state.get(chart, {}).get("selection", {}).get("points", [])
        chosen = [p.get("customdata") for p in points if p.get("customdata")]
        if chosen:
            apply(chosen)
    return callback


def notices() -> None:
    """Show what a link asked for that could not be honoured (once per link, while its view is unchanged)."""
    stored = st.session_state.get("_bl_notices")
    if not stored:
        return
    messages, for_params = stored
    if to_params(current(), page=st.session_state.get("_bl_page")) | {"v": []} != for_params:
        st.session_state.pop("_bl_notices", None)
        return
    for message in messages:
        st.warning(md_escape(message), icon=":material/link_off:")


def summary(what: str) -> None:
    """The active filters in one plain sentence."""
    words = describe(current(), names={s: sector_label(s).lower() for s in sector_ids()}, subject=what)
    st.caption(f"{what} {md_escape(words)}." if words else f"{what} in the whole corpus.")


def adopt_version(version: int) -> None:
    """This run committed a new corpus version (Add articles): links written from now on are made on it."""
    st.session_state["_bl_corpus_version"] = version


def showing(key: str, value: str) -> None:
    """The page shows `value` for option `key` by default (the Reader's first article): the URL and the share link
    name it, so the link reproduces the view however the corpus grows, while this session keeps following its
    default (a new filter shows the new first article)."""
    st.session_state.setdefault("_bl_shown", {})[key] = value


def finish(page: str) -> None:
    """Write the view to the URL and show the share link."""
    params = to_params(current(), page=page)
    for key, value in st.session_state.pop("_bl_shown", {}).items():
        if any(o.key == key and o.applies(page) for o in OPTIONS):
            params.setdefault(key, [value])
    # Written on every complete run, even when the session's copy already matches: a run cut short by the next widget
    # change may have updated that copy without the browser's address bar ever getting it.
    st.query_params.from_dict(params)
    st.session_state["_bl_written"] = params
    st.session_state["_bl_widgets"] = {key: list(value) if isinstance(value, list) else value
                                       for key, value in _widget_keys().items()}
    with st.sidebar:
        st.markdown("**Share this view**")
        st.code(share_link(st.context.url or "", params, page=page, base_path=st.get_option("server.baseUrlPath") or ""),
                language=None, wrap_lines=True)


def page_link_params(page: str, filters: dict[str, Any] | None = None, **options: Any) -> dict[str, list[str]]:
    """Query parameters for a link to `page` with the current filters (changed by `filters`) and the given options."""
    state = current().with_filters(**(filters or {}))
    return to_params(ViewState(filters=state.filters, options=options, version=state.version), page=page)

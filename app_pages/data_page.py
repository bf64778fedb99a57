"""Data: the filtered tables, downloadable as CSV or Parquet exactly as shown (with provenance columns)."""
import pandas as pd
import streamlit as st

from core import settings
from core.ui import corrections as ui_corrections, state as ui_state
from core.store.export import serialise, with_reports
from core.present.render import plural
from core.store.schema import columns
from core.ui.data import store_path
from core.ui.widgets import context, empty_view, fitted_height

st.title("Data")
data, index, view = context()
ui_state.summary("Tables")
st.segmented_control("Table", ["meetings", "events", "articles", "mentions", "corrections"], key="o_table")
table = ui_state.option("table") or "meetings"
SHOWN = 5000  # rows drawn; the downloads hold every row
if table == "mentions":  # read from the store by DuckDB: the first rows to show, all of them only for a download
    rows, frame = view.mentions.count(), view.mentions.frame(limit=SHOWN)
else:
    frame = ui_corrections.table(data) if table == "corrections" else {"meetings": view.meetings, "events": view.events, "articles": view.articles}[table]
    frame = with_reports(frame, table, data.articles)  # meetings and events name their articles: title, date, source, address
    rows = len(frame)


def everything() -> pd.DataFrame:
    """Every row of the table shown (the mentions read only now, when a download asks for them)."""
    return view.mentions.frame() if table == "mentions" else frame


def with_text(rows):
    """Articles rows with their text, read from the store for just these rows (the dashboard keeps no text)."""
    if table != "articles" or "text" in rows.columns:
        return rows
    texts = data.texts(rows["article_id"])
    return rows.assign(text=rows["article_id"].map(texts).astype("string"))[columns("articles")]


if table == "corrections":
    ui_corrections.done()
    st.caption("Every correction of the annotation, newest first, whatever the filters: what it does, who made it, when, "
               "why, and its status (a correction whose target is no longer in the annotation is kept and said not to apply).")
    ui_corrections.undo_any(data)
if frame.empty and table == "corrections":
    st.info("No corrections yet: correct a meeting from the Timeline's evidence, a person on People, or with "
            "`bilateral-lens correct`.", icon=":material/edit_note:")
elif frame.empty:
    empty_view(table)
else:
    offsets = " Offsets (start, end) point into articles.text;" if table in ("meetings", "mentions") else ""
    st.caption(f"{plural(rows, 'row')}.{offsets} Lists are JSON arrays in CSV. "
               "The downloads hold exactly these rows and columns.")
    shown = with_text(frame.head(SHOWN))
    # what a reader checks first (who, when, where, the evidence) leads; identifiers and provenance follow
    first = [c for c in ("participants", "date", "date_precision", "location", "kind", "evidence") if c in shown.columns] if table in ("meetings", "events") else []
    st.dataframe(shown, hide_index=True, key="data_table", height=fitted_height(min(rows, SHOWN), 480),
                 column_order=first + [c for c in shown.columns if c not in first])
    if rows > SHOWN:
        st.caption(f"Showing the first {SHOWN:,} of {rows:,} rows; the downloads hold all of them.")
    stem = f"bilateral-lens-{table}-v{data.version}"
    limit = settings.get("max_download_rows")
    if rows > limit:  # a download is built whole in the server's memory: the command line streams big tables
        st.info(f"{rows:,} rows are more than a download from here holds ({limit:,}, the setting "
                f"`BILATERAL_LENS_MAX_DOWNLOAD_ROWS`). Narrow the filters, or write the whole table with "
                f"`bilateral-lens export {table} --store {store_path()} --format parquet --out {stem}.parquet`, "
                "which streams it in batches.", icon=":material/download:")
    else:
        buttons = st.container(horizontal=True)
        buttons.download_button("Download CSV", lambda: serialise(with_text(everything()), "csv"), file_name=f"{stem}.csv",
                                mime="text/csv", key="data_csv", icon=":material/download:", on_click="ignore")
        buttons.download_button("Download Parquet", lambda: serialise(with_text(everything()), "parquet"), file_name=f"{stem}.parquet",
                                mime="application/vnd.apache.parquet", key="data_parquet", icon=":material/download:", on_click="ignore")

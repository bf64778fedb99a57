"""Bilateral Lens dashboard: `bilateral-lens serve` or `streamlit run app.py`."""
import streamlit as st

from core.ui import state as ui_state
from core.ui.data import corpus
from core.ui.widgets import empty_store

st.set_page_config(page_title="Bilateral Lens", page_icon="🔎", layout="wide")
page, pages = ui_state.navigation()
key = page.url_path or "overview"
loaded = corpus()
if loaded is not None:
    data, index = loaded
    ui_state.begin(key, data, index)
    ui_state.sidebar(pages, index)
    ui_state.notices()
    if data.articles.empty and key not in ("add", "about"):
        empty_store()
    else:
        page.run()
    ui_state.finish(key)

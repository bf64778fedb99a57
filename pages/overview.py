"""Overview: what the corpus holds."""
import streamlit as st

from core.queries import overview_counts, articles_listing
from core.ui_data import corpus, store_path

st.title("Bilateral Lens")
data = corpus()
if data is not None:
    if data.articles.empty:
        st.info(f"The store at `{store_path()}` is empty. Load the sample articles with `bilateral-lens ingest seeds`.")
    else:
        counts = overview_counts(data)
        columns = st.columns(len(counts))
        for column, (label, value) in zip(columns, counts.items()):
            column.metric(label, value)
        query = st.text_input("Search titles and text", key="overview_q")
        st.dataframe(articles_listing(data, query=query), hide_index=True, width="stretch")

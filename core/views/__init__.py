"""What the dashboard shows, without Streamlit: the URL state and the filter registry, DuckDB queries over the store, and the frames each page draws."""

"""The dashboard's Streamlit layer: the only modules that import Streamlit (URL state in widgets, cached data, shared widgets, corrections forms)."""

"""Bilateral Lens dashboard: `bilateral-lens serve` or `streamlit run app.py`."""
import streamlit as st

st.set_page_config(page_title="Bilateral Lens", page_icon="🔎", layout="wide")
navigation = st.navigation([st.Page("pages/overview.py", title="Overview", icon="📊", default=True)])
navigation.run()

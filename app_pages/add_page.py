"""Add articles: upload files, ingest and annotate them, and report per file."""
import hmac

import streamlit as st

from core import settings
from core.ui import state as ui_state
from core.errors import BilateralLensError
from core.pipeline.apart import ingest_uploads_apart
from core.present.render import ingest_tone, md_message
from core.ui.data import store_path

TYPES = ["txt", "md", "html", "htm", "json", "jsonl", "ndjson", "csv", "gz"]

st.title("Add articles")


def _allowed() -> bool:
    """Read-only deployments refuse uploads; a configured admin password guards them."""
    if settings.get("read_only"):
        st.info("This dashboard is read-only (BILATERAL_LENS_READ_ONLY): articles can't be added here.", icon=":material/lock:")
        return False
    try:
        secret = st.secrets.get("admin_password")
    except (FileNotFoundError, KeyError, st.errors.StreamlitAPIException):
        secret = None
    if not secret:
        return True
    given = st.text_input("Admin password", type="password", key="add_password")
    if given and hmac.compare_digest(given.encode(), str(secret).encode()):
        return True
    if given:
        st.error("Wrong password.")
    return False


if _allowed():
    limit = settings.get("max_upload_mb")
    st.caption(f"Text, HTML, JSON, JSON Lines or CSV (also gzip-compressed), up to {limit:g} MB per file. "
               "Articles already stored are recognised and not added twice.")
    files = st.file_uploader("Files", type=TYPES, accept_multiple_files=True, key="add_files")
    if files and st.button("Ingest", type="primary", key="add_ingest"):
        try:
            with st.spinner(f"Reading and annotating {len(files)} file(s) in a separate process…", show_time=True):
                report = ingest_uploads_apart([(f.name, f.getvalue()) for f in files], store=store_path())
        except BilateralLensError as exc:
            st.error(md_message(exc))
        else:
            if report.version:
                ui_state.adopt_version(report.version)  # the share link and the address bar name the new corpus
            summary = (f"{report.added} added, {report.unchanged} already stored, {report.updated} updated, "
                       f"{report.duplicates} near-duplicates, {len(report.failed)} failed; corpus version {report.version}.")
            {"success": st.success, "warning": st.warning, "info": st.info}[ingest_tone(report)](summary)
            for problem in report.failed + report.skipped:
                st.warning(md_message(problem))
            for problem in report.warnings + report.same:
                st.caption(md_message(problem))

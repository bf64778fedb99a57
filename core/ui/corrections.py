"""Streamlit boundary for corrections: what was corrected (shown wherever a corrected row is), and the forms that
correct a meeting report, an event or a person, or undo a correction. Off in read-only deployments; guarded by the
admin password where one is set."""
from __future__ import annotations

import hmac

import pandas as pd
import streamlit as st

from core import settings
from core.store import corrections
from core.ui import state as ui_state
from core.store.corpus import Corpus
from core.errors import BilateralLensError
from core.present.render import md_escape, md_message, quote, text_or
from core.store import Store
from core.ui.data import store_path

MARK = "✎"


def enabled() -> bool:
    return not settings.get("read_only")


def _secret() -> str | None:
    try:
        return st.secrets.get("admin_password")
    except (FileNotFoundError, KeyError, st.errors.StreamlitAPIException):
        return None


def _unlocked(key: str) -> bool:
    """True when no admin password is set or this session gave it."""
    secret = _secret()
    if not secret or st.session_state.get("_bl_admin"):
        return True
    given = st.text_input("Admin password", type="password", key=f"{key}_password",
                          help="Corrections on this dashboard need the administrator's password.")
    if given and hmac.compare_digest(given.encode(), str(secret).encode()):
        st.session_state["_bl_admin"] = True
        return True
    if given:
        st.error("Wrong password.")
    return False


def done() -> None:
    """Say what the last correction of this session did (once, after the rerun that shows it)."""
    message = st.session_state.pop("_bl_corrected", None)
    note = st.session_state.pop("_bl_corrected_note", None)
    if message:
        st.success(md_message(message), icon=":material/check_circle:")
    if note:
        st.warning(md_message(note), icon=":material/info:")


def _rows(data: Corpus, ids) -> pd.DataFrame:
    table = data.table("corrections")
    return table[table["correction_id"].isin(set(ids))].iloc[::-1]


def marks(data: Corpus, ids, *, what: str = "Corrected") -> None:
    """One line per correction of a row: what it did, who made it, when and why; one no longer in effect (replaced by
    a later one, undone) says so and is struck through."""
    for r in _rows(data, ids).to_dict("records"):
        status = str(r.get("status") or corrections.APPLIES)
        line = (f"{md_escape(corrections.describe(r))} — {md_escape(r['author'])}, {md_escape(r['created_at'][:10])}: "
                f"“{md_escape(r['reason'])}” ({md_escape(r['correction_id'])})")
        if status == corrections.APPLIES:
            st.caption(f"{MARK} {what}: {line}")
        else:
            st.caption(f"{MARK} ~~{what}: {line}~~ — {md_escape(status)}")


def report(data: Corpus, meeting: dict, *, events: pd.DataFrame) -> None:
    """A meeting report's corrections and the form that corrects it."""
    marks(data, meeting["corrections"])
    if not enabled():
        return
    key = f"fix_{meeting['meeting_id']}"
    with st.expander("Correct this report", icon=":material/edit:", key=f"{key}_form"):  # its own: stays with its report
        if not _unlocked(key):
            return
        kinds = [k.name for k in corrections.KINDS.values() if k.target == "meeting"]
        if _reports(data, meeting["event_id"]) < 2:
            kinds.remove("split-event")
        undoable = list(_rows(data, meeting["corrections"])["correction_id"])
        kinds += ["undo"] if undoable else []
        kind = st.selectbox("Correction", kinds, key=f"{key}_kind", format_func=lambda k: corrections.KINDS[k].label)
        target, values = meeting["meeting_id"], []
        if kind == "date":
            values = [st.text_input("Date", value=text_or(meeting["date"]), key=f"{key}_date",
                                    placeholder="YYYY-MM-DD, YYYY-MM or YYYY")]
        elif kind == "place":
            values = [st.text_input("Place", value=text_or(meeting["location"]), key=f"{key}_place")]
        elif kind == "participants":
            names = list(dict.fromkeys([*meeting["participants"], *data.table("entities").query("type == 'person'")["canonical"].dropna()]))
            values = st.multiselect("Participants", names, default=list(meeting["participants"]), key=f"{key}_people",
                                    accept_new_options=True, help="Pick people the corpus names, or type a name.")
        elif kind == "merge-events":
            others = _other_events(events, meeting)
            if others.empty:
                st.caption("No other event to merge with.")
                return
            values = [st.selectbox("The other event", list(others["event_id"]), key=f"{key}_event",
                                   format_func=dict(zip(others["event_id"], others["label"])).__getitem__)]
        elif kind == "undo":
            target = st.selectbox("Correction to undo", undoable, key=f"{key}_undo", format_func=lambda c: _words(data, c))
        save(key, kind, target, values)


def save(key: str, kind: str, target: str, values: list[str], *, label: str = "Save correction", then=None) -> None:
    """Why and who, and the button that stores the correction (then shows the corrected corpus)."""
    why = st.text_input("Why", key=f"{key}_why", max_chars=corrections.MAX_REASON,
                        placeholder="In a few words, for your colleagues")
    author = st.session_state.get("_bl_author", "")
    if author and not st.session_state.get(f"{key}_by"):  # the name given for the last correction, in every form not yet filled
        st.session_state[f"{key}_by"] = author  # (never an empty one: that would overwrite a name being typed)
    who = st.text_input("Your name", key=f"{key}_by", max_chars=corrections.MAX_NAME)
    if not st.button(label, key=f"{key}_save", type="primary", icon=":material/save:"):
        return
    try:
        row = corrections.record(Store(store_path()), kind, target, values, author=who, reason=why)
    except BilateralLensError as exc:
        st.error(md_message(exc))
        return
    st.session_state["_bl_author"] = row["author"]
    if then is not None:
        then(row)
    ui_state.adopt_version(Store(store_path()).version())
    st.session_state["_bl_corrected"] = f"Saved: {corrections.describe(row)} ({row['correction_id']})."
    st.session_state["_bl_corrected_note"] = row.get("note", "")
    st.rerun()


def _words(data: Corpus, correction_id: str) -> str:
    rows = _rows(data, [correction_id]).to_dict("records")
    return f"{corrections.describe(rows[0])} ({rows[0]['author']}, {correction_id})" if rows else correction_id


def _reports(data: Corpus, event_id: str) -> int:
    return int((data.table("meetings")["event_id"] == event_id).sum())


def _other_events(events: pd.DataFrame, meeting: dict) -> pd.DataFrame:
    """Events to merge a report's event with: those sharing a participant first, nearest in date."""
    others = events[events["event_id"] != meeting["event_id"]].copy()
    shared = others["participants"].map(lambda p: len(set(p) & set(meeting["participants"])))
    others = others.assign(shared=shared).sort_values(["shared", "date"], ascending=[False, False]).head(300)
    return others.assign(label=[f"{text_or(d, 'date unknown')} · {', '.join(p)} · {text_or(loc, 'place unknown')}"
                                for d, p, loc in zip(others["date"], others["participants"], others["location"])])


def vanished(data: Corpus, event_id: str) -> None:
    """An event that corrections took away: where its reports went."""
    from core.ui.widgets import link

    st.subheader("This event is no longer in the corpus")
    raw = data.raw("meetings")
    ids = set(raw.loc[raw["event_id"] == event_id, "meeting_id"])
    meetings = data.table("meetings")
    now = meetings.loc[meetings["meeting_id"].isin(ids), "event_id"].dropna().unique().tolist()
    st.caption("Corrections took its reports away: " + ("they now belong to the events below." if now else
                                                          "every one was marked not a meeting."))
    for other in now:
        link("timeline", f"Event {other}", icon=":material/event:", event=other)


def gone(data: Corpus, event_id: str) -> None:
    """The reports of an event marked not a meeting (with who, why and an undo)."""
    from core.ui.widgets import link

    raw, meetings = data.raw("meetings"), data.table("meetings")
    mine = set(raw.loc[raw["event_id"] == event_id, "meeting_id"])
    moved = meetings[meetings["meeting_id"].isin(mine) & (meetings["event_id"] != event_id)]
    if event_id in set(data.table("events")["event_id"]):
        for row in moved.to_dict("records"):
            link("timeline", md_escape(f"{MARK} A report moved to another event by a correction: {row['evidence'][:90]}…"),
                 icon=":material/call_split:", event=row["event_id"])
    removed = data.corrections.removed()
    removed = removed[removed["event_id"] == event_id]
    titles = dict(zip(data.articles["article_id"], data.articles["title"]))
    for row in removed.to_dict("records"):
        with st.container(border=True):
            st.html(quote(row["evidence"], note="marked not a meeting"))
            link("reader", md_escape(text_or(titles.get(row["article_id"]), row["article_id"])), icon=":material/article:",
                 article=row["article_id"])
            marks(data, row["corrections"])
            if enabled():
                key = f"undo_{row['meeting_id']}"
                with st.expander("Undo", icon=":material/undo:", key=f"{key}_form"):
                    if _unlocked(key):
                        undoable = list(_rows(data, row["corrections"])["correction_id"])
                        target = st.selectbox("Correction to undo", undoable, key=f"{key}_which",
                                              format_func=lambda c: _words(data, c))
                        save(key, "undo", target, [], label="Undo")


def person(data: Corpus, who: str) -> None:
    """A person's corrections and the form that merges, splits or places them."""
    entities = data.table("entities")
    row = entities[(entities["type"] == "person") & (entities["canonical"] == who)]
    ids = list(row["corrections"].iloc[0]) if len(row) else []
    marks(data, ids)
    if not enabled():
        return
    key = f"fix_person:{who}"  # each person's form its own: no choice made for one is offered for the next
    with st.expander("Correct this person", icon=":material/edit:", key=f"{key}_form"):
        if not _unlocked(key):
            return
        kinds = [k.name for k in corrections.KINDS.values() if k.target == "person"] + (["undo"] if ids else [])
        kind = st.selectbox("Correction", kinds, key=f"{key}_kind", format_func=lambda k: corrections.KINDS[k].label)
        target, values = who, []
        aliases = list(row["aliases"].iloc[0]) if len(row) else []
        if kind == "merge-people":
            people = [p for p in entities.loc[entities["type"] == "person", "canonical"].dropna() if p != who]
            values = [st.selectbox("The person they are", people, key=f"{key}_into", index=None,
                                   placeholder="Choose a person") or ""]
        elif kind == "split-person":
            spelling = st.selectbox("Spelling that names someone else", aliases, key=f"{key}_alias")
            values = [spelling or "", st.text_input("That person's name", value=spelling or "", key=f"{key}_new")]
        elif kind == "country":
            values = [st.text_input("Country", value=text_or(row["country"].iloc[0]) if len(row) else "",
                                    key=f"{key}_country", placeholder="e.g. China")]
        elif kind == "undo":
            target = st.selectbox("Correction to undo", ids, key=f"{key}_undo", format_func=lambda c: _words(data, c))
        save(key, kind, target, values, then=_follow)


def _follow(row: dict) -> None:
    if row["kind"] == "merge-people":
        st.session_state["_bl_who_next"] = row["values"][0]


def follow_merge() -> None:
    """After a merge on People, profile the person merged into (call before the person selector is drawn)."""
    merged_into = st.session_state.pop("_bl_who_next", None)
    if merged_into:
        ui_state.set_option("who", merged_into)


def table(data: Corpus) -> pd.DataFrame:
    """Every correction with its status (for the Data page)."""
    return corrections.listing(data)


def undo_any(data: Corpus) -> None:
    """Undo any correction in effect (also those whose target is gone)."""
    if not enabled():
        st.caption("This dashboard is read-only (BILATERAL_LENS_READ_ONLY): corrections can't be made or undone here.")
        return
    listing = corrections.listing(data)
    open_ = listing[~listing["status"].astype(str).str.startswith("undone")]
    if open_.empty:
        return
    with st.expander("Undo a correction", icon=":material/undo:"):
        key = "undo_any"
        if _unlocked(key):
            words = dict(zip(open_["correction_id"], open_["what"] + " (" + open_["author"] + ", " + open_["correction_id"] + ")"))
            target = st.selectbox("Correction to undo", list(words), key=f"{key}_which", format_func=words.__getitem__)
            save(key, "undo", target, [], label="Undo")

"""Corrections the team shares: who changed what in the annotation, when and why. Each is a row of the store's
`corrections` table, checked against the corpus as it stands and committed like any other write; the corpus applies
them on top of the annotation when it is loaded (core.store.corrected), so they survive re-ingest and re-annotation.
Nothing is deleted: an undo is a correction too, and undoing it restores what it undid.
"""
from __future__ import annotations

import hashlib
import re
import time
from datetime import date, datetime, timezone

import pandas as pd

from core import settings
from core.knowledge import place_country
from core.store.corpus import Corpus, load_corpus
from core.pipeline.pubdate import EARLIEST_YEAR
from core.store.corrected import APPLIES, meeting_key, parse_key
from core.store.correction_kinds import KINDS, Kind  # noqa: F401 (Kind: re-exported)
from core.errors import CorrectionError, ReadOnly
from core.store.schema import build, value
from core.store import Store
from core.text import visible

MAX_NAME = 120
MAX_REASON = 500
MAX_PARTICIPANTS = 25


def read(store: Store) -> pd.DataFrame:
    """Every correction of the live store version, oldest first."""
    return store.read("corrections")


def record(store: Store, kind: str, target: str, values: list[str] | tuple[str, ...] = (), *, author: str,
           reason: str) -> dict:
    """Check one correction against the live corpus (as corrected so far) and commit it; the stored row."""
    if settings.get("read_only"):
        raise ReadOnly("corrections")
    if kind not in KINDS:
        raise CorrectionError(f"unknown correction {kind!r}: one of {', '.join(KINDS)}")
    missing = [say for raw, say in ((reason, "why: say it in a few words"), (author, "your name: sign the correction"))
               if not " ".join(visible(str(raw if raw is not None else "")).split())]
    if missing:
        raise CorrectionError("missing " + "; and ".join(missing))
    author, reason = _text(author, "your name"), _text(reason, "why", limit=MAX_REASON)
    with store.writing(wait=10):
        corpus = load_corpus(store, text=False)
        wanted = f"give {KINDS[kind].values}" if KINDS[kind].values else "say it in a few words"  # "give the person they are"
        row = _check(corpus, kind, _text(target, "the target", limit=300), [_text(v, "a value", empty=wanted) for v in values])
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        digest = hashlib.sha1(repr((now, time.time_ns(), author, kind, row["target"], row["values"], reason)).encode())
        row = {"correction_id": digest.hexdigest()[:10], "created_at": now, "author": author, "kind": kind,
               "reason": reason, **row, "status": None}
        stored = {key: value for key, value in row.items() if key != "note"}  # said to the user, not stored
        store.commit(append={"corrections": build("corrections", [stored])}, note=f"correct: {kind} {row['target']}")
    return row


def _text(raw: object, what: str, *, limit: int = MAX_NAME, empty: str = "say it in a few words") -> str:
    text = " ".join(visible(str(raw if raw is not None else "")).split())
    if not text:
        raise CorrectionError(f"{what} is empty: {empty}")
    if len(text) > limit:
        raise CorrectionError(f"{what} is longer than {limit} characters")
    return text


def _check(corpus: Corpus, kind: str, target: str, values: list[str]) -> dict:
    """The target key, the values as stored and the target's description, or a CorrectionError saying what is wrong."""
    spec = KINDS[kind]
    if spec.target == "meeting":
        return _check_meeting(corpus, kind, target, values)
    if spec.target == "person":
        return _check_person(corpus, kind, target, values)
    corrections = corpus.table("corrections")
    found = corrections[corrections["correction_id"] == target]
    if found.empty:
        raise CorrectionError(f"no correction {target}: `bilateral-lens correct list` shows their ids")
    row = found.iloc[0]
    if str(row["status"]).startswith("undone by"):
        raise CorrectionError(f"correction {target} is already {row['status']}; undo that to restore it")
    _none(kind, values)
    return {"target": target, "target_people": [], "values": [], "context": describe(row)}


def _none(kind: str, values: list[str]) -> None:
    if values:
        raise CorrectionError(f"{kind} takes no value (given: {', '.join(values)[:80]})")


def _check_meeting(corpus: Corpus, kind: str, target: str, values: list[str]) -> dict:
    meetings = corpus.table("meetings")
    try:
        row = find_meeting(meetings, target, events=kind == "merge-events")
    except CorrectionError:
        _removed_by_correction(corpus, target)
        raise
    key = meeting_key(row["article_id"], row["start"], row["end"])
    if kind in ("not-meeting", "split-event"):
        _none(kind, values)
        if kind == "split-event" and (meetings["event_id"] == row["event_id"]).sum() < 2:
            raise CorrectionError(f"meeting {row['meeting_id']} is the only report of its event: nothing to separate")
    elif kind == "date":
        values = [_date(_one(kind, values))]
        _plausible_date(corpus, row, values[0])
    elif kind == "place":
        values = [_one(kind, values)]
        note = place_note(values[0], list(row["countries"]))
    elif kind == "participants":
        values = sorted(dict.fromkeys(values))
        if not values or len(values) > MAX_PARTICIPANTS:
            raise CorrectionError(f"participants takes 1 to {MAX_PARTICIPANTS} names (given {len(values)})")
    else:
        other = find_meeting(meetings, _one(kind, values), events=True)
        if other["event_id"] == row["event_id"]:
            raise CorrectionError(f"both name event {row['event_id']}: give a meeting or event of another event")
        theirs = meetings[meetings["event_id"] == other["event_id"]]
        values = sorted(meeting_key(a, s, e) for a, s, e in zip(theirs["article_id"], theirs["start"], theirs["end"]))
    annotated = corpus.raw("meetings")
    written = annotated.loc[annotated["meeting_id"] == row["meeting_id"], "participants"]
    people = list(written.iloc[0]) if len(written) else list(row["participants"])  # as the annotation wrote them
    checked = {"target": key, "target_people": people, "values": values, "context": meeting_words(row)}
    return {**checked, "note": note} if kind == "place" and note else checked


def place_note(place: str, countries: list[str]) -> str:
    """What the map will make of a corrected place, when it is worth a second look: a name the gazetteer does not
    know, or one it puts in a country none of the meeting's sides is from ("Atlantis" is a town in South Africa)."""
    country = place_country(place)
    if country is None:
        return f"the map does not know {place}: the meeting stays off the map (name a city or country it knows)"
    if countries and country not in countries:
        return f"the map puts {place} in {country}, the country of none of the sides ({', '.join(countries)}): check the name"
    return ""


def _removed_by_correction(corpus: Corpus, target: str) -> None:
    """A meeting the annotation holds that a correction took out is named with that correction, not as unknown."""
    try:
        row = find_meeting(corpus.raw("meetings"), target)
    except CorrectionError:
        return
    key = meeting_key(row["article_id"], row["start"], row["end"])
    done = corpus.table("corrections")
    done = done[(done["kind"] == "not-meeting") & (done["target"] == key) & (done["status"] == APPLIES)]
    if len(done):
        first = done.iloc[0]["correction_id"]
        raise CorrectionError(f"meeting {target[:60]!r} is already marked not a meeting by correction {first} "
                              f"(`bilateral-lens correct undo {first}` brings it back)")


def find_meeting(meetings: pd.DataFrame, ref: str, *, events: bool = False) -> pd.Series:
    """The meeting a meeting_id or ARTICLE_ID:START-END names (with `events`, an event_id names its first report)."""
    found = meetings[meetings["meeting_id"] == ref]
    parsed = parse_key(ref)
    if found.empty and parsed:
        article, start, end = parsed
        found = meetings[(meetings["article_id"] == article) & (meetings["start"] == start) & (meetings["end"] == end)]
        if len(found) > 1:
            raise CorrectionError(f"{len(found)} meetings are stated by {ref}: give one of their meeting_ids "
                                  f"({', '.join(found['meeting_id'])})")
    if found.empty and events:
        found = meetings[meetings["event_id"] == ref].sort_values(["article_id", "start"])
    if found.empty:
        kinds = "a meeting_id, an event_id" if events else "a meeting_id"
        raise CorrectionError(f"no meeting {ref[:60]!r} in this corpus: give {kinds} or ARTICLE_ID:START-END "
                              "(`bilateral-lens export meetings` lists them)")
    return found.iloc[0]


def _check_person(corpus: Corpus, kind: str, target: str, values: list[str]) -> dict:
    entities = corpus.table("entities")
    people = entities[entities["type"] == "person"]
    added = corpus.corrections.named_by_corrections() if kind == "country" else set()
    person = target if target in added and target not in set(people["canonical"]) else _person(people, target)
    written = people.loc[people["canonical"] == person, "aliases"]
    aliases = list(written.iloc[0]) if len(written) else [person]  # a participant a correction named
    note = None
    if kind == "merge-people":
        into = _person(people, _one(kind, values))
        if into == person:
            raise CorrectionError(f"{person} cannot be merged into themselves")
        values = [into]
        countries = {name: people.loc[people["canonical"] == name, "country"].dropna() for name in (person, into)}
        first, second = (c.iloc[0] if len(c) else None for c in countries.values())
        if first and second and first != second:
            note = (f"{person} ({first}) and {into} ({second}) are of different countries: merged all the same "
                    "(undo the correction if they are two people)")
    elif kind == "split-person":
        if not 1 <= len(values) <= 2:
            raise CorrectionError("split-person takes the spelling to split off and, optionally, the other person's name")
        spelling = next((a for a in aliases if a == values[0]), None) or next(
            (a for a in aliases if a.casefold() == values[0].casefold()), None)
        if spelling is None:
            raise CorrectionError(f"{person} is not written as “{values[0]}”; their spellings: {', '.join(aliases)[:200]}")
        if len(aliases) < 2:
            raise CorrectionError(f"{person} is written only as “{spelling}”: merge them into another person instead")
        raw = corpus.raw("entities")
        owners = sorted(raw.loc[(raw["type"] == "person") & raw["aliases"].map(lambda a: spelling in set(a)), "canonical"])
        if owners and person not in owners:
            raise CorrectionError(f"“{spelling}” is how the annotation writes {' and '.join(owners)}, merged into {person} by a "
                                  "correction: undo that merge to tell them apart")
        values = [spelling, values[-1] if len(values) == 2 else spelling]
        if values[1] == person:
            raise CorrectionError(f"the other person needs a name other than {person}")
    elif kind == "not-person":
        _none(kind, values)
    else:
        from core.knowledge import country_display_name, country_iso3

        iso = country_iso3(_one(kind, values))
        if iso is None:
            raise CorrectionError(f"unknown country {values[0]!r}: use its English name (e.g. China, United States)")
        values = [country_display_name(iso)]
    others = [a for a in aliases if a != person]  # the person and how else the text writes them
    return {"target": person, "target_people": [], "values": values,
            "context": f"{person}, written also {', '.join(others[:6])}" if others else person} | ({"note": note} if note else {})


def _person(people: pd.DataFrame, name: str) -> str:
    names = people["canonical"].dropna()
    if name in set(names):
        return name
    folded = {" ".join(n.casefold().split()): n for n in names}
    found = folded.get(" ".join(name.casefold().split()))
    if found is None:
        raise CorrectionError(f"no person named {name!r} in this corpus: use the name as the People page or "
                              "`bilateral-lens export entities` spells it")
    return found


def _one(kind: str, values: list[str]) -> str:
    if len(values) != 1:
        raise CorrectionError(f"{kind} takes one value ({KINDS[kind].values}); given {len(values)}")
    return values[0]


YEARS_AHEAD = 10  # a corrected date may lie this many years after the article's publication (a planned meeting)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _date(raw: str) -> str:
    try:
        if _DATE.match(raw):
            date.fromisoformat((raw + "-01-01")[:10] if len(raw) < 10 else raw)
            return raw
    except ValueError:
        pass
    raise CorrectionError(f"“{raw[:40]}” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY")


def _plausible_date(corpus: Corpus, row, iso: str) -> None:
    """A meeting an article reports may be planned ahead of its publication, but not decades ahead; and none is
    older than the oldest publication date ingest accepts."""
    if int(iso[:4]) < EARLIEST_YEAR:
        raise CorrectionError(f"{iso} is before {EARLIEST_YEAR}: give the date the article reports")
    articles = corpus.table("articles")
    published = articles.loc[articles["article_id"] == row["article_id"], "published"]
    when = value(published.iloc[0]) if len(published) else None
    if not when or not when[:4].isdigit() or int(iso[:4]) <= int(when[:4]) + YEARS_AHEAD:
        return
    raise CorrectionError(f"{iso} is more than {YEARS_AHEAD} years after its article was published ({when}): "
                          "give the date the article reports")


# ---------------------------------------------------------------- in words


def meeting_words(row) -> str:
    """A meeting in one line: who, when, where, and the start of its evidence."""
    people = ", ".join(row["participants"]) or "no named participants"
    evidence = " ".join(str(value(row["evidence"]) or "").split())
    return (f"{people} · {value(row['date']) or 'date unknown'} · {value(row['location']) or 'place unknown'} — "
            f"“{evidence[:140]}{'…' if len(evidence) > 140 else ''}”")


def describe(row) -> str:
    """What a correction does, in words (“date → 2024-05-16”, “Eric Schneiderman merged into Eric T. Schneiderman”)."""
    kind, target, values = row["kind"], row["target"], list(row["values"])
    words = {
        "not-meeting": "not a meeting",
        "date": f"date → {values[0] if values else '?'}",
        "place": f"place → {values[0] if values else '?'}",
        "participants": f"participants → {', '.join(values)}",
        "split-event": "separated into its own event",
        "merge-events": "merged with the event of " + ", ".join(values[:2]) + ("…" if len(values) > 2 else ""),
        "merge-people": f"{target} merged into {values[0] if values else '?'}",
        "split-person": f"“{values[0] if values else '?'}” split off {target} as {values[-1] if values else '?'}",
        "country": f"country of {target} → {values[0] if values else '?'}",
        "not-person": f"{target} is not a person",
        "undo": f"undo of {target}",
    }
    return words.get(kind, kind)


def listing(corpus: Corpus) -> pd.DataFrame:
    """Every correction with its status, newest first, with a `what` column in words beside the `context`: the meeting,
    person or correction it is about, as it read then."""
    rows = corpus.table("corrections")
    rows = rows.assign(what=[describe(r) for r in rows.to_dict("records")])
    first = ["correction_id", "what", "context", "status", "author", "created_at", "reason"]
    return rows[first + [c for c in rows.columns if c not in first]].iloc[::-1].reset_index(drop=True)


def summary(corpus: Corpus) -> list[str]:
    """Lines for `info`: how many corrections, in effect, undone, undoing, replaced, and each one that does not apply."""
    rows = corpus.table("corrections")
    if rows.empty:
        return ["corrections: none"]
    status = rows["status"].astype(str)
    lines = [f"corrections: {len(rows)} ({int((status == APPLIES).sum())} in effect, "
             f"{int(status.str.startswith('undone').sum())} undone, {int(status.str.startswith('undoes').sum())} undo(s), "
             f"{int(status.str.startswith('replaced').sum())} replaced, {int(status.str.startswith('does not apply').sum())} not applying)"]
    for r in rows[status.str.startswith("does not apply")].itertuples():
        lines.append(f"  {r.correction_id} ({r.kind} {r.target}) {r.status}")
    if corpus.tables.problem:
        lines.append(f"  {corpus.tables.problem}: the annotation is shown as stored")
    return lines


def for_meetings(corpus: Corpus, ids) -> pd.DataFrame:
    """The corrections touching these correction ids, with status and words (for a panel of one event or article)."""
    rows = listing(corpus)
    return rows[rows["correction_id"].isin(set(ids))]

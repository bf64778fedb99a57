"""Events: one real-world meeting reported by several articles (same people, compatible dates and places).

Meetings are clustered within groups of the same participants; a group whose clustering fails falls back to one
event per meeting and is reported, the other groups are unaffected.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import date, timedelta
from bisect import bisect_left, bisect_right
from itertools import combinations

import numpy as np
import pandas as pd

from core.pipeline.date_spans import compatible_dates
from core.store.schema import build, conform, conformed, value

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "approx": 4, "unknown": 5}


def assign_events(meetings: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, list[tuple[str, str]]]:
    """Give every meeting an event_id; return (meetings, events, [(group, reason) for groups that fell back])."""
    meetings = conform("meetings", meetings)
    records = meeting_records(meetings)
    clusters, failed = cluster_records(records)
    return (*_events(meetings, records, clusters), failed)


def cluster_records(records: list[dict]) -> tuple[list[list[int]], list[tuple[str, str]]]:
    """The events of meeting records (as `meeting_records` gives them), as lists of their indexes, and the groups
    whose clustering fell back to one event per meeting, with the reason."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(records):
        groups[group_key(row["participants"])].append(i)
    clusters: list[list[int]] = []
    failed: list[tuple[str, str]] = []
    for key, members in groups.items():
        try:
            clusters += _cluster(records, members)
        except Exception as exc:  # noqa: BLE001 — one odd group must not cost the others
            failed.append((" – ".join(key) or "no named participants", f"{type(exc).__name__}: {exc}"[:160]))
            clusters += [[i] for i in members]
    try:
        clusters = _join_parts(records, clusters)
    except Exception as exc:  # noqa: BLE001 — the groups' own events stand
        failed.append(("multi-party reports", f"{type(exc).__name__}: {exc}"[:160]))
    return clusters, failed


def group_key(participants) -> tuple[str, ...]:
    """The participant group a meeting is clustered in: its people, sorted."""
    return tuple(sorted(participants))


def update_events(meetings: pd.DataFrame, stored_meetings: pd.DataFrame, stored_events: pd.DataFrame
                  ) -> tuple[pd.DataFrame, pd.DataFrame, list[tuple[str, str]]]:
    """`assign_events(meetings)` for a commit that changed some of the `stored_meetings` (clustered into
    `stored_events`), re-clustering only what the change can reach: the participant groups with a new, changed or
    removed meeting, and the groups a multi-party report joins to them (parts and wholes, as far as they reach).
    Meetings of every other group keep their stored event_id and their events keep their stored rows."""
    meetings, stored = conformed("meetings", meetings), conformed("meetings", stored_meetings)
    events = conformed("events", stored_events)
    if any(frame["meeting_id"].isna().any() or frame["meeting_id"].duplicated().any() for frame in (meetings, stored)):
        return assign_events(meetings)  # rows cannot be matched by id: cluster them all
    ids, stored_ids = meetings["meeting_id"].to_numpy(object), stored["meeting_id"].to_numpy(object)
    stored_event = stored["event_id"].to_numpy(object)
    keys = [group_key(p) for p in meetings["participants"]]
    stored_keys = [group_key(p) for p in stored["participants"]]
    rows, stored_rows = list(zip(ids, _fingerprints(meetings))), list(zip(stored_ids, _fingerprints(stored)))
    same = set(rows) & set(stored_rows)
    known_events = set(events["event_id"].dropna().to_numpy(object))
    touched = {key for key, row in zip(keys, rows) if row not in same}
    for key, row, event in zip(stored_keys, stored_rows, stored_event):
        if row not in same or event not in known_events:  # changed, removed, or a stored meeting without its event
            touched.add(key)
    reached = _reach(touched, set(keys) | set(stored_keys))
    redo = np.array([key in reached for key in keys], dtype=bool)
    stored_event_of = dict(zip(stored_ids, stored_event))
    kept = [stored_event_of[mid] for mid in ids[~redo]]
    fresh, fresh_events, failed = assign_events(meetings[redo])
    event_ids = np.empty(len(meetings), dtype=object)
    event_ids[~redo] = kept
    event_ids[redo] = fresh["event_id"].to_numpy(object)
    still = set(kept)
    keep = events[[event in still for event in events["event_id"].to_numpy(object)]]
    return meetings.assign(event_id=pd.Series(event_ids, dtype="string")), pd.concat([keep, fresh_events], ignore_index=True), failed


def _fingerprints(meetings: pd.DataFrame) -> list[int]:
    """One hash per meeting row of everything clustering and the events rows read."""
    lists = [meetings[c].map(tuple) for c in ("participants", "countries", "corrections")]
    values = [meetings[c].astype(object) for c in ("article_id", "location", "date", "date_precision", "kind", "referenced")]
    values.append(meetings["confidence"].astype(object).where(meetings["confidence"].notna(), None))  # NaN != NaN
    return [hash(row) for row in zip(*lists, *values)]


def _reach(start: set[tuple], keys: set[tuple]) -> set[tuple]:
    """The participant groups among `keys` linked to `start` by part-of relations _join_parts follows: a group of 3
    to MAX_JOINED_PARTIES people and a group of two or more of them; closed, so clustering them apart from the
    other groups gives the events clustering every group gives."""
    holders: dict[str, set[tuple]] = defaultdict(set)  # person -> the groups of 3+ people they are in
    by_people: dict[frozenset, set[tuple]] = defaultdict(set)
    for key in keys:
        people = frozenset(key)
        by_people[people].add(key)
        if 3 <= len(people) <= MAX_JOINED_PARTIES:
            for person in people:
                holders[person].add(key)
    reached, todo = set(start), list(start)
    while todo:
        people = frozenset(todo.pop())
        near: set[tuple] = set()
        if len(people) >= 2:  # the wholes this group is a part of
            near = {k for k in set.intersection(*(holders.get(p, set()) for p in people)) if len(set(k)) > len(people)}
        if 3 <= len(people) <= MAX_JOINED_PARTIES:  # the parts of this group
            for size in range(2, len(people)):
                for part in map(frozenset, combinations(sorted(people), size)):
                    near |= by_people.get(part, set())
        todo += near - reached
        reached |= near
    return reached


MAX_JOINED_PARTIES = 8  # larger summits list dozens of states: their parts are not enumerated


def _join_parts(records: list[dict], clusters: list[list[int]]) -> list[list[int]]:
    """A multi-party report and the reports of part of it are one event ("Li met Mishustin and Putin" with "Li met
    Putin"): a cluster whose people are two or more of a larger cluster's joins it on a compatible day and place.
    Each cluster joins at most one larger one (the one sharing most people, then the one holding the smallest meeting
    id), so the result does not depend on the order articles arrived in, nor on which other groups are clustered with
    it (`update_events` clusters only some)."""
    people = [frozenset(records[c[0]]["participants"]) for c in clusters]
    rank = [(-len(key), min(records[i]["meeting_id"] or "" for i in c), index)
            for index, (key, c) in enumerate(zip(people, clusters))]
    best = [_best([records[i] for i in c]) for c in clusters]
    spans = {index: _span(b["date"]) for index, b in enumerate(best) if b["date"]}  # dated clusters only
    by_people: dict[frozenset, list[tuple[int, int]]] = defaultdict(list)  # people -> (first day, cluster)
    for index, (first, _) in spans.items():
        by_people[people[index]].append((first, index))
    longest = {key: max(spans[i][1] - spans[i][0] for _, i in entries) for key, entries in by_people.items()}
    for entries in by_people.values():
        entries.sort()
    target: dict[int, int] = {}
    for index, key in enumerate(people):
        if len(key) < 3 or len(key) > MAX_JOINED_PARTIES or index not in spans:
            continue
        first, last = spans[index]  # a part's span must come within MAX_SLACK days of it: a window of sorted parts
        for size in range(2, len(key)):
            for part in map(frozenset, combinations(sorted(key), size)):
                entries = by_people.get(part, [])
                low = bisect_left(entries, (first - MAX_SLACK - longest.get(part, 0), -1))
                high = bisect_right(entries, (last + MAX_SLACK, len(clusters)))
                for _, other in entries[low:high]:
                    if _same_meeting(best[other], best[index]):
                        chosen = target.get(other)
                        if chosen is None or rank[index] < rank[chosen]:
                            target[other] = index
    joined: dict[int, list[int]] = {i: list(c) for i, c in enumerate(clusters)}
    for other, index in sorted(target.items()):
        root = index
        while root in target:  # a part of a part joins the largest report
            root = target[root]
        joined[root] += joined.pop(other, [])
    return [members for members in joined.values() if members]


def _same_meeting(a: dict, b: dict) -> bool:
    """Whether a part's and a whole's reports (the best-dated of each) can be one meeting."""
    if not a["date"] or not b["date"]:
        return False
    return compatible_dates(a["date"], a["date_precision"], b["date"], b["date_precision"], slack_days=1) and _same_place(
        a["location"], b["location"], a["countries"], b["countries"])


MAX_SLACK = 5  # the widest day slack compatible_dates allows (2, plus 3 for approximate dates)


def _span(iso: str) -> tuple[int, int]:
    """The first and last day (as ordinals) an ISO day, month or year covers; every day when it is not readable."""
    try:
        if len(iso) >= 10:
            day = date.fromisoformat(iso[:10]).toordinal()
            return day, day
        if len(iso) >= 7:
            first = date.fromisoformat(iso[:7] + "-01")
            return first.toordinal(), ((first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)).toordinal()
        year = int(iso[:4])
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    except ValueError:
        return date.min.toordinal(), date.max.toordinal()


def _overlapping(records: list[dict], members: list[int]) -> list[tuple[int, int]]:
    """Pairs (later, earlier) of dated members whose date spans come within MAX_SLACK days of each other: the only
    pairs compatible_dates can accept, found by one sweep over the members sorted by their first day."""
    spans = sorted((*_span(records[i]["date"]), n, i) for n, i in enumerate(members))
    pairs: list[tuple[int, int]] = []
    active: list[tuple[int, int]] = []
    for first, last, _, i in spans:
        active = [(end, j) for end, j in active if end + MAX_SLACK >= first]
        pairs += [(i, j) for _, j in active]
        active.append((last, i))
    return pairs


def singleton_events(meetings: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The fallback when clustering cannot run at all: every meeting is its own event."""
    meetings = conform("meetings", meetings)
    return _events(meetings, meeting_records(meetings), [[i] for i in range(len(meetings))])


def meeting_records(meetings: pd.DataFrame) -> list[dict]:
    """Rows as plain Python values: None for every missing value, lists as lists."""
    return [{k: value(v) if not isinstance(v, (list, tuple)) else list(v) for k, v in row.items()}
            for row in meetings.astype(object).to_dict("records")]


def _cluster(records: list[dict], members: list[int]) -> list[list[int]]:
    """Dated meetings join when their dates and places are compatible; an undated one then joins the one dated
    cluster of its group, or stays apart when there are several (it cannot tell which meeting it means)."""
    parent = {i: i for i in members}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def same(a: dict, b: dict) -> bool:
        return compatible_dates(a["date"], a["date_precision"], b["date"], b["date_precision"]) and _same_place(
            a["location"], b["location"], a["countries"], b["countries"])

    dated = [i for i in members if records[i]["date"]]
    undated = [i for i in members if not records[i]["date"]]
    for i, j in _overlapping(records, dated):
        if same(records[i], records[j]):
            parent[find(i)] = find(j)
    places: dict[tuple, set[int]] = defaultdict(set)  # the dated clusters at each place: undated reports match places
    for j in dated:
        places[(records[j]["location"], tuple(records[j]["countries"]))].add(find(j))
    for i in undated:
        roots: set[int] = set()
        for (location, countries), at in places.items():
            if _same_place(records[i]["location"], location, records[i]["countries"], list(countries)):
                roots |= at
        if len(roots) == 1:
            parent[find(i)] = roots.pop()
        elif not dated:
            parent[find(i)] = find(undated[0])
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in members:
        clusters[find(i)].append(i)
    return list(clusters.values())


def _events(meetings: pd.DataFrame, records: list[dict], clusters: list[list[int]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    event_ids: list[str | None] = [None] * len(records)
    events = []
    for members in clusters:
        rows = [records[i] for i in members]
        best = _best(rows)
        # The smallest meeting id keeps two clusters with the same people and date apart, and the id stable.
        first = min(r["meeting_id"] or "" for r in rows)
        everyone = sorted({p for r in rows for p in r["participants"]})
        key = "|".join(everyone) + "|" + str(best["date"]) + "|" + first
        event_id = hashlib.sha1(key.encode()).hexdigest()[:12]
        for i in members:
            event_ids[i] = event_id
        events.append(event_row(event_id, rows))
    meetings = meetings.assign(event_id=pd.Series(event_ids, index=meetings.index, dtype="string"))
    return meetings, build("events", events)


def _best(rows: list[dict]) -> dict:
    return min(rows, key=lambda r: (PRECISION_RANK.get(r["date_precision"], 9), -(r["confidence"] or 0.0), r["meeting_id"] or ""))


def event_row(event_id: str, rows: list[dict]) -> dict:
    """The events row of the meeting records `rows` (plain values, as `meeting_records` gives them): the most precise date,
    the place most reports give, everyone any report names (a multi-party report holds its parts' people)."""
    best = _best(rows)
    places = Counter(r["location"] for r in rows if r["location"])
    return {
        "event_id": event_id,
        "participants": sorted({p for r in rows for p in r["participants"]}),
        "countries": sorted({c for r in rows for c in r["countries"]}),
        "date": best["date"],
        "date_precision": best["date_precision"],
        "location": places.most_common(1)[0][0] if places else None,
        "kind": Counter(r["kind"] for r in rows).most_common(1)[0][0],
        "corrections": sorted({c for r in rows for c in r.get("corrections") or ()}),
        "article_ids": sorted({r["article_id"] for r in rows}),
        "n_articles": len({r["article_id"] for r in rows}),
        "referenced_only": all(r["referenced"] for r in rows),
    }


def _same_place(a: str | None, b: str | None, countries_a: list[str], countries_b: list[str]) -> bool:
    if not a or not b or a == b:
        return True
    return bool(set(countries_a) & set(countries_b)) and (a in countries_a or b in countries_b or a in countries_b or b in countries_a)


def regroup(rows: list[dict], before: list[dict], removed: set[int], merged: set[str]) -> None:
    """Corrected meeting rows (plain values) regrouped in place: an event whose reports a correction gave other
    people, another date or another place is clustered again as the annotation clusters: reports that no longer
    describe one meeting (a spelling split off as another person, a date moved to another year) become events of
    their own. The cluster with the most reports (then the smallest meeting id) keeps the event id; an event an
    analyst merged stays whole."""
    members: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        if i not in removed and row["event_id"]:
            members.setdefault(row["event_id"], []).append(i)
    changed = {rows[i]["event_id"] for i in range(len(rows)) if i not in removed and any(
        rows[i][k] != before[i][k] for k in ("participants", "date", "location"))}
    for event_id in sorted(changed - merged - {None}):
        group = members.get(event_id, [])
        if len(group) < 2:
            continue
        clusters, _ = cluster_records([rows[i] for i in group])
        if len(clusters) < 2:
            continue
        first = [min(str(rows[group[j]]["meeting_id"]) for j in c) for c in clusters]
        order = sorted(range(len(clusters)), key=lambda k: (-len(clusters[k]), first[k]))
        for k in order[1:]:
            new_id = hashlib.sha1(f"regroup|{event_id}|{first[k]}".encode()).hexdigest()[:12]
            for j in clusters[k]:
                rows[group[j]]["event_id"] = new_id

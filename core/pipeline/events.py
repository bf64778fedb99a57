"""Events: one real-world meeting reported by several articles (same people, compatible dates and places)."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

import pandas as pd

from core.pipeline.meetings import compatible_dates

PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "approx": 4, "unknown": 5}


def assign_events(meetings: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Give every meeting an event_id; return (meetings, events)."""
    if meetings.empty:
        return meetings.assign(event_id=pd.Series(dtype="string")), pd.DataFrame()
    meetings = meetings.reset_index(drop=True).copy()
    parent = list(range(len(meetings)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, row in enumerate(meetings.itertuples()):
        groups[tuple(sorted(row.participants))].append(i)
    for members in groups.values():
        for n, i in enumerate(members):
            a = meetings.iloc[i]
            for j in members[:n]:
                b = meetings.iloc[j]
                if compatible_dates(a["date"], a["date_precision"], b["date"], b["date_precision"]) and _same_place(a["location"], b["location"], a["countries"], b["countries"]):
                    parent[find(i)] = find(j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(meetings)):
        clusters[find(i)].append(i)
    events = []
    event_ids = [""] * len(meetings)
    for members in clusters.values():
        rows = meetings.iloc[members]
        best = rows.assign(rank=rows["date_precision"].map(PRECISION_RANK).fillna(9)).sort_values(["rank", "confidence"], ascending=[True, False]).iloc[0]
        # The smallest meeting id keeps two clusters with the same people and date apart, and the id stable.
        first = min(rows["meeting_id"].astype(str)) if "meeting_id" in rows else str(min(members))
        key = "|".join(sorted(rows["participants"].iloc[0])) + "|" + str(best["date"]) + "|" + first
        event_id = hashlib.sha1(key.encode()).hexdigest()[:12]
        for i in members:
            event_ids[i] = event_id
        events.append(
            {
                "event_id": event_id,
                "participants": list(best["participants"]),
                "countries": sorted({c for cs in rows["countries"] for c in cs}),
                "date": best["date"],
                "date_precision": best["date_precision"],
                "location": Counter(rows["location"].dropna()).most_common(1)[0][0] if rows["location"].notna().any() else None,
                "kind": Counter(rows["kind"]).most_common(1)[0][0],
                "article_ids": sorted(set(rows["article_id"])),
                "n_articles": rows["article_id"].nunique(),
                "referenced_only": bool(rows["referenced"].all()),
            }
        )
    meetings["event_id"] = event_ids
    return meetings, pd.DataFrame(events)


def _same_place(a, b, countries_a, countries_b) -> bool:
    if not isinstance(a, str) or not isinstance(b, str) or a == b:
        return True
    return bool(set(countries_a) & set(countries_b)) and (a in countries_a or b in countries_b or a in countries_b or b in countries_a)

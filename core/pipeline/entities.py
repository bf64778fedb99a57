"""Corpus-level canonical entities: merge spelling variants of people across articles, count mentions."""
from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd
from rapidfuzz import fuzz

from core.knowledge import fold

TYPES = {"PERSON": "person", "COUNTRY": "country", "GPE": "place", "ORG": "organisation", "SECTOR": "sector"}


def person_variants(mentions: pd.DataFrame, *, known: set[str] = frozenset()) -> dict[str, str]:
    """Map of person entity_id → the entity_id it merges into (accent/spelling variants; never two known people)."""
    people = mentions[mentions["label"] == "PERSON"]
    counts = Counter(zip(people["entity_id"], people["canonical"]))
    by_key: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for (entity_id, canonical), n in counts.items():
        if canonical and len(canonical.split()) >= 2:
            by_key[fold(canonical).split()[-1][:3]].append((entity_id, canonical, n))
    mapping: dict[str, str] = {}
    for group in by_key.values():
        group.sort(key=lambda item: (-item[2], item[0]))
        for index, (entity_id, canonical, _) in enumerate(group):
            for target_id, target_name, _ in group[:index]:
                if mapping.get(target_id, target_id) != target_id:
                    continue
                if _same_person(canonical, target_name) and not (entity_id in known and target_id in known):
                    mapping[entity_id] = target_id
                    break
    return mapping


def _same_person(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    ta, tb = fa.split(), fb.split()
    if len(ta) != len(tb) or ta[0][0] != tb[0][0]:
        return False
    return fuzz.ratio(fa, fb) >= 92 and fuzz.ratio(ta[-1], tb[-1]) >= 85 and fuzz.ratio(ta[0], tb[0]) >= 80


def apply_variants(mentions: pd.DataFrame, meetings: pd.DataFrame, *, known: set[str] = frozenset()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rewrite merged people to their canonical entity in mentions and meeting participant lists."""
    mapping = person_variants(mentions, known=known)
    if not mapping:
        return mentions, meetings
    names = dict(zip(mentions["entity_id"], mentions["canonical"]))
    mentions = mentions.copy()
    merged = mentions["entity_id"].isin(mapping.keys())
    mentions.loc[merged, "canonical"] = mentions.loc[merged, "entity_id"].map(lambda e: names[mapping[e]])
    mentions.loc[merged, "entity_id"] = mentions.loc[merged, "entity_id"].map(mapping)
    renames = {names[old]: names[new] for old, new in mapping.items()}
    meetings = meetings.copy()
    if len(meetings):
        meetings["participants"] = meetings["participants"].map(lambda ps: sorted({renames.get(p, p) for p in ps}))
    return mentions, meetings


def build_entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical entity (people, countries, places, organisations, sectors)."""
    rows = mentions[mentions["label"].isin(TYPES.keys()) & mentions["entity_id"].notna()]
    if rows.empty:
        return pd.DataFrame(columns=["entity_id", "canonical", "type", "country", "aliases", "n_articles", "n_mentions"])
    grouped = rows.groupby("entity_id", sort=False)
    out = pd.DataFrame(
        {
            "canonical": grouped["canonical"].agg(lambda s: s.mode().iat[0]),
            "type": grouped["label"].agg(lambda s: TYPES[s.mode().iat[0]]),
            "country": grouped["country"].agg(lambda s: s.dropna().mode().iat[0] if s.notna().any() else None),
            "aliases": grouped["text"].agg(lambda s: sorted(set(s))),
            "n_articles": grouped["article_id"].nunique(),
            "n_mentions": grouped.size(),
        }
    ).reset_index()
    return out.sort_values(["n_mentions", "canonical"], ascending=[False, True]).reset_index(drop=True)

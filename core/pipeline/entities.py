"""Corpus-level canonical entities: merge spelling variants of people across articles, count mentions."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Set

import pandas as pd
from rapidfuzz import fuzz

from core.knowledge import fold

TYPES = {"PERSON": "person", "COUNTRY": "country", "GPE": "place", "ORG": "organisation", "SECTOR": "sector"}


def person_counts(mentions: pd.DataFrame) -> Counter:
    """Mentions of each (person entity_id, canonical name) pair."""
    people = mentions[mentions["label"] == "PERSON"]
    return Counter(zip(people["entity_id"], people["canonical"]))


def stored_person_counts(entities: pd.DataFrame) -> Counter:
    """The same counts from a stored entities table (each person counted under its canonical name)."""
    people = entities[entities["type"] == "person"]
    return Counter(dict(zip(zip(people["entity_id"], people["canonical"]), people["n_mentions"])))


def person_variants(counts: Counter, *, known: Set[str] = frozenset()) -> dict[str, str]:
    """Map of person entity_id → the entity_id it merges into (accent/spelling variants; never two known people),
    from mention counts per (entity_id, canonical): the most mentioned spelling absorbs the others."""
    by_key: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for (entity_id, canonical), n in counts.items():
        if isinstance(canonical, str) and len(canonical.split()) >= 2:
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
    if any(_initial(x) and _initial(y) and x.rstrip(".") != y.rstrip(".") for x, y in zip(ta[1:-1], tb[1:-1])):
        return False  # "Roy E. Disney" and "Roy O. Disney": another middle initial is another person
    return fuzz.ratio(fa, fb) >= 92 and fuzz.ratio(ta[-1], tb[-1]) >= 85 and fuzz.ratio(ta[0], tb[0]) >= 80


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def apply_variants(mentions: pd.DataFrame, meetings: pd.DataFrame, mapping: dict[str, str],
                   names: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rewrite merged people to their canonical entity (`names`: entity_id → canonical name) in mentions and in
    meeting participant lists."""
    if not mapping:
        return mentions, meetings
    mentions = mentions.copy()
    merged = mentions["entity_id"].isin(mapping.keys())
    mentions.loc[merged, "canonical"] = mentions.loc[merged, "entity_id"].map(lambda e: names[mapping[e]])
    mentions.loc[merged, "entity_id"] = mentions.loc[merged, "entity_id"].map(mapping)
    renames = {names[old]: names[new] for old, new in mapping.items()}
    meetings = meetings.copy()
    if len(meetings):
        meetings["participants"] = meetings["participants"].map(lambda ps: sorted({renames.get(p, p) for p in ps}))
    return mentions, meetings


COLUMNS = ["entity_id", "canonical", "type", "country", "aliases", "n_articles", "n_mentions"]


def build_entities(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per canonical entity (people, countries, places, organisations, sectors): its most frequent name,
    type and country, every form it is written in, and how many articles and mentions name it."""
    rows = mentions.loc[mentions["label"].isin(TYPES.keys()) & mentions["entity_id"].notna(),
                        ["entity_id", "canonical", "label", "country", "text", "article_id"]]
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    rows = rows.astype({"entity_id": object, "canonical": object, "label": object, "country": object, "text": object})
    grouped = rows.groupby("entity_id", sort=False)
    out = pd.DataFrame({
        "canonical": _most_frequent(rows, "canonical"),
        "type": _most_frequent(rows, "label").map(TYPES),
        "country": _most_frequent(rows, "country"),
        "aliases": rows.drop_duplicates(["entity_id", "text"]).groupby("entity_id", sort=False)["text"].agg(sorted),
        "n_articles": grouped["article_id"].nunique(),
        "n_mentions": grouped.size(),
    })
    return _ordered(out.rename_axis("entity_id").reset_index())


def merge_entities(stored: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """The entities of a corpus from those of its stored part and those of newly added articles (no article in
    both): counts add up, aliases unite, and name, type and country come from the side with more mentions."""
    if new.empty:
        return stored
    if stored.empty:
        return new
    both = pd.concat([stored[COLUMNS], new[COLUMNS]], ignore_index=True)
    both = both.sort_values("n_mentions", ascending=False, kind="stable")
    grouped = both.groupby("entity_id", sort=False)
    out = grouped[["canonical", "type", "country"]].first()
    out["aliases"] = grouped["aliases"].agg(lambda lists: sorted({a for aliases in lists for a in aliases}))
    out["n_articles"] = grouped["n_articles"].sum()
    out["n_mentions"] = grouped["n_mentions"].sum()
    return _ordered(out.reset_index())


def _most_frequent(rows: pd.DataFrame, column: str) -> pd.Series:
    """Per entity, the most frequent non-missing value of a column (ties: the first seen)."""
    values = rows[["entity_id", column]].dropna()
    counts = values.groupby(["entity_id", column], sort=False).size().reset_index(name="n")
    counts = counts.sort_values("n", ascending=False, kind="stable").drop_duplicates("entity_id")
    return counts.set_index("entity_id")[column].reindex(rows["entity_id"].unique())


def _ordered(entities: pd.DataFrame) -> pd.DataFrame:
    return entities[COLUMNS].sort_values(["n_mentions", "canonical"], ascending=[False, True]).reset_index(drop=True)

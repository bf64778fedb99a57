"""Sector co-occurrence: matrices by sentence or article window, a network, trends and the sector × person matrix."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from core.views.queries import all_periods, period_of, span_days
from core.knowledge import sector_ids
from core.views.view import View

MEASURES = ("count", "jaccard", "pmi")


def derived(view: View, key: tuple, compute):
    """`compute()` once per view and key: the small results a page draws (counts, not the tag tables)."""
    if key not in view.derived:
        view.derived[key] = compute()
    return view.derived[key]


def _counts(view: View, window: str) -> tuple[np.ndarray, int, list[str]]:
    """Sector × sector unit counts (the diagonal: units with each sector), the number of tagged units, the sectors."""
    def compute():
        presence, sectors = _presence(view, window)
        return (presence.T @ presence).astype(np.float64), len(presence), sectors  # exact in float32 below 16M units

    return derived(view, ("counts", window), compute)


def _presence(view: View, window: str) -> tuple[np.ndarray, list[str]]:
    """Units × sectors presence (0/1) for sentence or article windows; the sector order of the taxonomy."""
    sectors = list(sector_ids())
    tags = view.sectors
    if tags.empty:
        return np.zeros((0, len(sectors))), sectors
    unit_codes, _ = pd.factorize(tags["article_id"])
    if window == "sentence":  # one code per (article, sentence), without building a string for each tag
        sentence = tags["sentence"].fillna(-1).to_numpy(dtype=np.int64) + 1
        unit_codes, _ = pd.factorize(unit_codes.astype(np.int64) * (int(sentence.max()) + 1) + sentence)
    sector_codes = pd.Categorical(tags["sector"], categories=sectors).codes
    known = sector_codes >= 0
    presence = np.zeros((unit_codes.max() + 1, len(sectors)), dtype=np.float32)
    presence[unit_codes[known], sector_codes[known]] = 1
    return presence, sectors


def matrix(view: View, *, window: str = "sentence", measure: str = "count", units_total: int | None = None) -> pd.DataFrame:
    """Sector × sector: units where both occur (count), Jaccard overlap or pointwise mutual information (log2).

    PMI compares with chance over `units_total` units (all sentences or articles of the view, tagged or not)."""
    both, units, sectors = _counts(view, window)
    n = np.diag(both)
    if measure == "jaccard":
        union = n[:, None] + n[None, :] - both
        values = np.divide(both, union, out=np.zeros_like(union), where=union > 0)
    elif measure == "pmi":
        expected = np.outer(n, n) / max(units_total or units, 1)
        with np.errstate(divide="ignore", invalid="ignore"):
            values = np.where(both > 0, np.log2(both / expected), np.nan)
    else:
        values = both
    return pd.DataFrame(values, index=sectors, columns=sectors).round(3)


def network(view: View, *, window: str = "sentence", top: int = 25) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes (sector, articles) and the strongest co-occurrence edges (a, b, count)."""
    counts = matrix(view, window=window, measure="count")
    sectors = list(counts.index)
    size = view.sectors.groupby("sector", observed=True)["article_id"].nunique()
    nodes = pd.DataFrame({
        "sector": sectors,
        "articles": [int(size.get(s, 0)) for s in sectors],
    })
    edges = [(a, b, counts.loc[a, b]) for i, a in enumerate(sectors) for b in sectors[i + 1:] if counts.loc[a, b] > 0]
    edge_frame = pd.DataFrame(edges, columns=["a", "b", "count"]).sort_values("count", ascending=False).head(top)
    return nodes, edge_frame


def units_total(view: View, sentences: dict[str, int], window: str) -> int:
    """Sentences (or articles) in the view, with or without a sector tag: the base rate for PMI."""
    if window == "article":
        return len(view.articles)
    return derived(view, ("units", window), lambda: int(view.articles["article_id"].map(sentences).fillna(1).sum()))


def over_time(view: View) -> pd.DataFrame:
    """Articles per period and sector (by publication date)."""
    return derived(view, ("over_time",), lambda: _over_time(view))


def _over_time(view: View) -> pd.DataFrame:
    dated = view.articles.loc[(view.articles["published"].str.len() >= 7).fillna(False), ["article_id", "published"]]
    dated = dated.assign(period=period_of(dated["published"], span_days(dated["published"])))
    tagged = view.sectors[["article_id", "sector"]].drop_duplicates().merge(dated, on="article_id")
    counts = tagged.groupby(["period", "sector"]).size()
    grid = pd.MultiIndex.from_product([all_periods(tagged["period"]), sorted(tagged["sector"].unique())], names=["period", "sector"])
    return counts.reindex(grid, fill_value=0).rename("articles").reset_index()


def by_person(view: View, *, people: int = 15) -> pd.DataFrame:
    """Person × sector: articles in which the person is mentioned and the sector tagged (most mentioned people)."""
    return derived(view, ("by_person", people), lambda: _by_person(view, people))


def _by_person(view: View, people: int) -> pd.DataFrame:
    leading = list(view.mentions.top_people(people)["person"])  # ties in name order
    persons = view.mentions.people(leading)
    joined = persons.merge(view.sectors[["article_id", "sector"]].drop_duplicates(), on="article_id")
    if joined.empty:
        return pd.DataFrame()
    table = pd.crosstab(joined["canonical"], joined["sector"])
    return table.loc[[p for p in leading if p in table.index]]


def cell_evidence(view: View, a: str, b: str, *, texts, window: str = "sentence", limit: int = 200) -> pd.DataFrame:
    """Where two sectors occur together: article, sentence index and a snippet around both triggers (`texts`: article
    ids → {id: text}, e.g. Corpus.texts)."""
    keys = ["article_id", "sentence"] if window == "sentence" else ["article_id"]
    tags = view.sectors[view.sectors["sector"].isin([a, b])]
    present = tags.groupby(keys, observed=True)["sector"].nunique()
    both = present[present >= (1 if a == b else 2)].index[:limit]
    if len(both) == 0:
        return pd.DataFrame(columns=["article_id", "title", "published", "sentence", "snippet", "triggers"])
    wanted = tags.set_index(keys).loc[both].reset_index()
    bodies = texts(wanted["article_id"].unique())
    texts = view.articles.set_index("article_id")
    rows = []
    for key, group in wanted.groupby(keys, observed=True, sort=False):
        article_id = key[0] if isinstance(key, tuple) else key
        rows.append({
            "article_id": article_id,
            "title": texts.at[article_id, "title"],
            "published": texts.at[article_id, "published"],
            "sentence": int(group["sentence"].iloc[0]),
            "snippet": _evidence(bodies.get(article_id, ""), group, window),
            "triggers": ", ".join(dict.fromkeys(group["trigger"].str.lower())),
        })
    return pd.DataFrame(rows, columns=["article_id", "title", "published", "sentence", "snippet", "triggers"])


def _evidence(text: str, triggers: pd.DataFrame, window: str) -> str:
    """The sentence holding both triggers, or (article window) the first sentence of each sector."""
    if window == "sentence":
        return snippet(text, int(triggers["start"].min()), int(triggers["end"].max()))
    firsts = triggers.sort_values("start").drop_duplicates("sector")
    return " … ".join(dict.fromkeys(snippet(text, int(r.start), int(r.end), limit=300) for r in firsts.itertuples()))


_BOUNDARY = re.compile(r"(?<=[.!?])\s+|\n")


def snippet(text: str, start: int, end: int, *, limit: int = 400) -> str:
    """The sentence(s) around [start, end): from the previous sentence end to the next, at most `limit` characters."""
    left = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    right_match = _BOUNDARY.search(text, end)
    right = right_match.start() if right_match else len(text)
    left, right = max(left, start - limit // 2), min(right, end + limit // 2)
    return ("…" if left > 0 and text[left - 1] not in ".!?\n " else "") + text[left:right].strip()

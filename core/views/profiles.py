"""A person's profile within the view: mentions over time, meetings, co-mentioned people and sectors (pure)."""
from __future__ import annotations

from itertools import combinations

import pandas as pd

from core.store.corpus import Corpus
from core.views.queries import articles_over_time, span_days
from core.views.view import View, sector_label


def card(corpus: Corpus, person: str) -> dict:
    """Canonical name, country, spellings and corpus-wide counts."""
    entities = corpus.table("entities")
    row = entities[(entities["type"] == "person") & (entities["canonical"] == person)]
    if row.empty:
        return {"canonical": person, "country": "", "aliases": [], "n_articles": 0, "n_mentions": 0}
    r = row.iloc[0]
    return {"canonical": person, "country": r["country"] if isinstance(r["country"], str) else "",
            "aliases": list(r["aliases"]), "n_articles": int(r["n_articles"]), "n_mentions": int(r["n_mentions"])}


def over_time(view: View, person: str) -> pd.DataFrame:
    """Articles per period mentioning the person."""
    ids = set(view.mentions.of_person(person)["article_id"])
    mine = view.articles[view.articles["article_id"].isin(ids)]
    return articles_over_time(mine, days=span_days(view.articles["published"]))


def meetings_of(view: View, person: str) -> pd.DataFrame:
    meetings = view.meetings[view.meetings["participants"].map(lambda p: person in p).astype(bool)]
    return meetings.sort_values("date", ascending=False, na_position="last")


def co_mentioned(view: View, person: str, *, n: int = 12) -> pd.DataFrame:
    """People mentioned in the same articles, with the number of shared articles."""
    return view.mentions.co_mentioned(person, n)


def network(view: View, person: str, *, n: int = 12) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The person at the centre, co-mentioned people around, edges weighted by shared articles."""
    others = co_mentioned(view, person, n=n)
    names = [person, *others["person"]]
    persons = view.mentions.people(names)
    sets = {name: set(ids) for name, ids in persons.groupby("canonical", observed=True)["article_id"]}
    nodes = pd.DataFrame({
        "person": names,
        "articles": [len(sets.get(p, ())) for p in names],
    })
    edges = [(a, b, len(sets.get(a, set()) & sets.get(b, set()))) for a, b in combinations(names, 2)]
    return nodes, pd.DataFrame([e for e in edges if e[2]], columns=["a", "b", "count"])


def sectors_with(view: View, person: str) -> pd.DataFrame:
    """Sectors tagged in the sentences that mention the person."""
    sentences = view.mentions.of_person(person)
    tagged = view.sectors.merge(sentences, on=["article_id", "sentence"])
    counts = tagged.groupby("sector", observed=True)["sentence"].size().rename("sentences").reset_index()
    return counts.assign(label=counts["sector"].map(sector_label)).sort_values("sentences", ascending=False)

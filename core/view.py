"""Apply a view state's filters to the corpus: the articles, meetings, events, mentions and sectors a view shows."""
from __future__ import annotations

import calendar
import sqlite3
import json
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd

from core.corpus import Corpus
from core.search import SearchIndex, scan_pattern, search_terms
from core.knowledge import place_country, sector_ids
from core.state import ViewState

DATA = Path(__file__).parent / "data"
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP", "PERSON")


@lru_cache(maxsize=1)
def palette() -> dict:
    """Colours and labels of entity types, sectors and meeting kinds (core/data/palette.json)."""
    return json.loads((DATA / "palette.json").read_text("utf-8"))


def sector_label(sector: str) -> str:
    """The sector's label in palette.json, else its id in words ("outer_space": "Outer space")."""
    words = sector.replace("_", " ")
    return palette()["sectors"].get(sector, {}).get("label") or words[:1].upper() + words[1:]


def sector_color(sector: str) -> str:
    """The sector's colour in palette.json, else one of its `other_sectors` colours, the same for an id every time."""
    others = palette()["other_sectors"]
    return palette()["sectors"].get(sector, {}).get("color") or others[zlib.crc32(sector.encode()) % len(others)]


def date_bounds(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """First and last day covered by ISO dates of any precision (`2024`, `2024-08`, `2024-08-21`); empty → NA."""
    text = values.astype("string").fillna("")
    start = text.where(text.str.len() != 4, text + "-01-01").where(text.str.len() != 7, text + "-01")
    end = text.where(text.str.len() != 4, text + "-12-31").where(text.str.len() != 7, text.map(_month_end))
    valid = text.str.match(r"^\d{4}(-\d{2}(-\d{2})?)?$").fillna(False)
    return start.where(valid, pd.NA), end.where(valid, pd.NA)


def _month_end(value: str) -> str:
    try:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return value


@dataclass
class Index:
    """Lookups built once per corpus version: which articles involve each person, country and sector."""

    by_person: dict[str, frozenset[str]]
    by_country: dict[str, frozenset[str]]
    by_sector: dict[str, frozenset[str]]
    article_start: pd.Series
    article_end: pd.Series
    meeting_start: pd.Series
    meeting_end: pd.Series
    vocab: dict[str, list[str]]
    article_pair: pd.Series  # article_id → "China – Russia" (its two most-mentioned countries)
    search: Callable[[str], set[str]]  # a text search → the ids of the articles that match
    sources: dict[str, str] = field(default_factory=dict)  # article_id → outlet
    sentences: dict[str, int] = field(default_factory=dict)  # article_id → sentences with an annotation
    unfiltered: "View | None" = None  # the view without filters, computed once
    place_country: dict[str, str] = field(default_factory=dict)  # meeting place → the country it lies in
    sides: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # canonical name → (entity type, country)


def build_index(corpus: Corpus, *, indexed: bool = False) -> Index:
    """The lookups of a corpus; `indexed`: its store's search index is up to date (SearchIndex.update) and serves
    text searches, else they scan the text."""
    articles, mentions = corpus.articles, corpus.table("mentions")
    meetings = corpus.table("meetings")
    persons = mentions[(mentions["label"] == "PERSON") & mentions["canonical"].notna()]
    countries = pd.concat(
        [
            mentions.loc[mentions["label"] == "COUNTRY", ["article_id", "canonical"]].rename(columns={"canonical": "name"}),
            mentions.loc[mentions["label"].isin(PLACE_LABELS), ["article_id", "country"]].rename(columns={"country": "name"}),
        ]
    ).dropna()
    a_start, a_end = date_bounds(articles["published"])
    m_start, m_end = date_bounds(meetings["date"])
    places = {p: c for p in meetings["location"].dropna().unique() if (c := place_country(str(p)))}
    vocab = vocabulary(corpus)
    vocab["place"] += sorted(set(places.values()) - set(vocab["place"]))  # a country whose meetings were all in its cities
    return Index(
        by_person=_sets(persons, "canonical"),
        by_country=_sets(countries, "name"),
        by_sector=_sets(corpus.table("sectors"), "sector"),
        article_start=a_start.set_axis(articles["article_id"]),
        article_end=a_end.set_axis(articles["article_id"]),
        meeting_start=m_start,
        meeting_end=m_end,
        vocab=vocab,
        article_pair=article_pairs(mentions),
        sources={a: s for a, s in zip(articles["article_id"], articles["source"]) if isinstance(s, str)},
        sentences=_sentence_counts(mentions, corpus.table("sectors")),
        search=_indexed_or_scanned(corpus) if indexed else scanner(corpus),
        place_country=places,
        sides=entity_sides(corpus.table("entities")),
    )


def entity_sides(entities: pd.DataFrame) -> dict[str, tuple[str, str | None]]:
    """Each canonical name's entity type and country; a name of several types counts as its most reported one."""
    ranked = entities.sort_values(["n_articles", "n_mentions"], ascending=False).drop_duplicates("canonical")
    return {str(name): (str(kind), country if isinstance(country, str) and country else None)
            for name, kind, country in zip(ranked["canonical"], ranked["type"], ranked["country"]) if isinstance(name, str)}


def _indexed_or_scanned(corpus: Corpus) -> Callable[[str], set[str]]:
    """Searches through the store's index; a damaged or vanished index falls back to scanning the text."""
    index, scan = SearchIndex(corpus.store), scanner(corpus)

    def search(query: str) -> set[str]:
        try:
            return index.ids(query)
        except sqlite3.Error:
            return scan(query)
    return search


def scanner(corpus: Corpus) -> Callable[[str], set[str]]:
    """Text search by scanning every article's title and text (read from the store when the corpus leaves it there)."""
    articles = corpus.articles

    def scan(query: str) -> set[str]:
        texts = articles["text"] if "text" in articles.columns else articles["article_id"].map(
            corpus.texts(articles["article_id"])).astype("string")
        haystack = articles["title"].fillna("") + "\n" + texts.fillna("")
        keep = pd.Series(True, index=articles.index)
        patterns = [p for p in map(scan_pattern, search_terms(query)) if p]  # terms without a word are left out
        if not patterns:
            return set()  # nothing to look for matches nothing, as in the index
        for pattern in patterns:
            keep &= haystack.str.contains(pattern, case=False, regex=True).fillna(False).astype(bool)
        return set(articles.loc[keep, "article_id"])
    return scan


def _sentence_counts(*frames: pd.DataFrame) -> dict[str, int]:
    """Sentences per article, as far as annotations reach (the highest sentence index seen, plus one)."""
    rows = pd.concat([f[["article_id", "sentence"]] for f in frames])
    if rows.empty:
        return {}
    return (rows.groupby("article_id")["sentence"].max() + 1).astype(int).to_dict()


PAIR_SEP = " – "


def article_pairs(mentions: pd.DataFrame) -> pd.Series:
    """Each article's country pair: its two most-mentioned countries ("China – Russia"); articles with fewer are left out."""
    countries = mentions[mentions["label"] == "COUNTRY"]
    counts = countries.groupby(["article_id", "canonical"], observed=True).size().rename("n").reset_index()
    top = counts.sort_values(["article_id", "n", "canonical"], ascending=[True, False, True]).groupby("article_id").head(2)
    top = top[top.groupby("article_id")["canonical"].transform("size") == 2].sort_values(["article_id", "canonical"])
    pairs = top.groupby("article_id")["canonical"].agg(PAIR_SEP.join)
    return pairs.astype(object)


def _sets(frame: pd.DataFrame, column: str) -> dict[str, frozenset[str]]:
    if frame.empty:
        return {}
    return {str(k): frozenset(v) for k, v in frame.groupby(column, observed=True)["article_id"]}


def vocabulary(corpus: Corpus) -> dict[str, list[str]]:
    """Every value a filter or option may take in this corpus, most frequent first."""
    ranked = corpus.table("entities").sort_values(["n_articles", "n_mentions"], ascending=False)
    meetings = corpus.table("meetings")
    return {
        "person": ranked.loc[ranked["type"] == "person", "canonical"].dropna().tolist(),
        "country": ranked.loc[ranked["type"] == "country", "canonical"].dropna().tolist(),
        "sector": list(sector_ids()),
        "place": meetings["location"].dropna().value_counts().index.tolist(),
        "party": _parties(corpus.table("events")),
        "source": corpus.articles["source"].dropna().value_counts().index.tolist(),
        "article": corpus.articles["article_id"].tolist(),
        # events as corrected, then those that corrections emptied: a link to one still opens and says where it went
        "event": list(dict.fromkeys([*corpus.table("events")["event_id"], *corpus.raw("meetings")["event_id"].dropna()])),
        "layer": list(dict.fromkeys(t["label"] for t in palette()["types"].values())),
    }


def _parties(events: pd.DataFrame) -> list[str]:
    """Everyone and every country the events name, most frequent first."""
    names = pd.concat([events["participants"].explode(), events["countries"].explode()]).dropna()
    return names.astype(str).value_counts().index.tolist()


@dataclass
class View:
    """The filtered tables one view shows."""

    articles: pd.DataFrame
    meetings: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    sectors: pd.DataFrame
    pairs: pd.Series  # article_id → country pair, for the shown articles


def select(corpus: Corpus, index: Index, state: ViewState) -> View:
    """Filter every table to the view: articles by what they mention, meetings by who met, where and when."""
    f = state.filters
    if not any(f.values()):
        if index.unfiltered is None:
            index.unfiltered = _select(corpus, index, state)
        return index.unfiltered
    return _select(corpus, index, state)


def _select(corpus: Corpus, index: Index, state: ViewState) -> View:
    articles, meetings = corpus.articles, corpus.table("meetings")
    f = state.filters
    keep = np.ones(len(articles), dtype=bool)
    ids = articles["article_id"]
    for key, lookup in (("person", index.by_person), ("country", index.by_country)):
        for value in f.get(key, ()):
            keep &= ids.isin(lookup.get(value, frozenset())).to_numpy()
    topical = _topical(articles, index, state)
    keep &= topical
    keep &= _within(index.article_start, index.article_end, state).to_numpy()
    places = _places(index, f.get("place", ()))
    if places:
        keep &= ids.isin(set(meetings.loc[meetings["location"].isin(places), "article_id"])).to_numpy()
    shown_articles = articles[keep]

    m_keep = meetings["article_id"].isin(set(ids[topical])).to_numpy().copy()
    for key in ("person", "country"):
        column = "participants" if key == "person" else "countries"
        for value in f.get(key, ()):
            m_keep &= meetings[column].map(lambda values, v=value: v in values).to_numpy(dtype=bool)
    m_keep &= _within(index.meeting_start, index.meeting_end, state).to_numpy()
    if places:
        m_keep &= meetings["location"].isin(places).fillna(False).to_numpy()
    if not f.get("refs"):
        m_keep &= ~meetings["referenced"].to_numpy(dtype=bool)
    if f.get("conf"):
        m_keep &= (meetings["confidence"] >= f["conf"]).fillna(False).to_numpy(dtype=bool)
    shown_meetings = meetings[m_keep]
    events = corpus.table("events")
    shown_events = events[events["event_id"].isin(set(shown_meetings["event_id"]))]
    if keep.all():  # no article-level filter: the whole tables
        return View(shown_articles, shown_meetings, shown_events, corpus.table("mentions"), corpus.table("sectors"), index.article_pair)
    article_set = set(shown_articles["article_id"])
    return View(
        articles=shown_articles,
        meetings=shown_meetings,
        events=shown_events,
        mentions=_in(corpus.table("mentions"), article_set),
        sectors=_in(corpus.table("sectors"), article_set),
        pairs=index.article_pair[index.article_pair.index.isin(article_set)],
    )


def _places(index: Index, chosen: tuple[str, ...]) -> set[str]:
    """The meeting places a place filter stands for: the chosen places, and for a chosen country every place in it."""
    return set(chosen) | {place for place, country in index.place_country.items() if country in chosen}


def _topical(articles: pd.DataFrame, index: Index, state: ViewState) -> np.ndarray:
    """Article-level filters that also bound meetings: sectors, sources and text search."""
    f = state.filters
    keep = np.ones(len(articles), dtype=bool)
    if f.get("sector"):
        tagged = frozenset().union(*(index.by_sector.get(s, frozenset()) for s in f["sector"]))
        keep &= articles["article_id"].isin(tagged).to_numpy()
    if f.get("source"):
        keep &= articles["source"].isin(f["source"]).fillna(False).to_numpy(dtype=bool)
    if f.get("q"):
        keep &= articles["article_id"].isin(index.search(f["q"])).to_numpy(dtype=bool)
    return keep


def _within(start: pd.Series, end: pd.Series, state: ViewState) -> pd.Series:
    """Rows whose date span overlaps the view's date range; undated rows only when no range is set."""
    lo, hi = state.filters.get("from"), state.filters.get("to")
    keep = pd.Series(True, index=start.index)
    if lo is not None:
        keep &= (end >= lo.isoformat()).fillna(False)
    if hi is not None:
        keep &= (start <= hi.isoformat()).fillna(False)
    return keep.astype(bool)


def _in(frame: pd.DataFrame, article_ids: set[str]) -> pd.DataFrame:
    return frame[frame["article_id"].isin(article_ids)]

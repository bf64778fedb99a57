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

import pandas as pd

from core.store.corpus import Corpus
from core.views.duck import Mentions, Tables
from core.views.filters import FILTERS, PLACE_LABELS
from core.store.search import SearchIndex, parse_search, scan_pattern
from core.knowledge import organisations, place_country, sector_ids
from core.views.state import ViewState

DATA = Path(__file__).parent.parent / "data"


@lru_cache(maxsize=1)
def palette() -> dict:
    """Colours and labels of entity types, sectors and meeting kinds (core/data/palette.json)."""
    return json.loads((DATA / "palette.json").read_text("utf-8"))


def sector_label(sector: str) -> str:
    """The sector's label in palette.json, else its id in words ("outer_space": "Outer space")."""
    words = sector.replace("_", " ")
    return palette()["sectors"].get(sector, {}).get("label") or words[:1].upper() + words[1:]


def country_label(country: str) -> str:
    """The country's name with the abbreviations a user may type for it ("United Kingdom · UK"), so that the
    Countries box finds it by them too."""
    from core.knowledge import country_abbreviations

    short = country_abbreviations().get(country, ())
    return f"{country} · {', '.join(short)}" if short else country


def value_label(vocab: str) -> Callable[[str], str]:
    """How a value of a corpus vocabulary reads in a widget: a sector by its label, a country with its abbreviations."""
    return {"sector": sector_label, "country": country_label}.get(vocab, str)


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
    """What one corpus version's views share: its tables in DuckDB (core/views/duck.py), which answer the filters and the
    mentions, and small lookups built once."""

    tables: Tables
    vocab: dict[str, list[str]]
    article_pair: pd.Series  # article_id → "China – Russia" (its two most-mentioned countries)
    search: Callable[[str], set[str]]  # a text search → the ids of the articles that match
    people: frozenset[str] = frozenset()  # the people the mentions name
    countries: frozenset[str] = frozenset()  # the countries the mentions name, or the places they mention lie in
    sources: dict[str, str] = field(default_factory=dict)  # article_id → outlet
    sentences: dict[str, int] = field(default_factory=dict)  # article_id → sentences with an annotation
    unfiltered: "View | None" = None  # the view without filters, computed once
    place_country: dict[str, str] = field(default_factory=dict)  # meeting place → the country it lies in
    sides: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # canonical name → (entity type, country)


def build_index(corpus: Corpus, *, indexed: bool = False) -> Index:
    """The lookups of a corpus; `indexed`: its store's search index is up to date (SearchIndex.update) and serves
    text searches, else they scan the text."""
    articles, meetings = corpus.articles, corpus.table("meetings")
    places = {p: c for p in meetings["location"].dropna().unique() if (c := place_country(str(p)))}
    tables = Tables(corpus, article_bounds=date_bounds(articles["published"]), meeting_bounds=date_bounds(meetings["date"]), places=places)
    vocab = vocabulary(corpus)
    vocab["place"] += sorted(set(places.values()) - set(vocab["place"]))  # a country whose meetings were all in its cities
    countries = tables.query("SELECT canonical AS name FROM mentions WHERE label = 'COUNTRY' AND canonical IS NOT NULL UNION "
                             f"SELECT country FROM mentions WHERE label IN {PLACE_LABELS} AND country IS NOT NULL")["name"]
    people = tables.query("SELECT DISTINCT canonical FROM mentions WHERE label = 'PERSON' AND canonical IS NOT NULL")["canonical"]
    return Index(
        tables=tables,
        vocab=vocab,
        article_pair=article_pairs(tables),
        people=frozenset(people),
        countries=frozenset(countries),
        sources={a: s for a, s in zip(articles["article_id"], articles["source"]) if isinstance(s, str)},
        sentences=_sentence_counts(tables),
        search=_indexed_or_scanned(corpus) if indexed else scanner(corpus),
        place_country=places,
        sides=entity_sides(corpus.table("entities")),
    )


def entity_sides(entities: pd.DataFrame) -> dict[str, tuple[str, str | None]]:
    """Each canonical name's entity type and country; a name of several types counts as its most reported one, and an
    organisation that meets as a side (organisations.csv: the G8, the UN) is one whatever the articles tagged."""
    ranked = entities.sort_values(["n_articles", "n_mentions"], ascending=False).drop_duplicates("canonical")
    found = {str(name): (str(kind), country if isinstance(country, str) and country else None)
             for name, kind, country in zip(ranked["canonical"], ranked["type"], ranked["country"]) if isinstance(name, str)}
    return {**found, **{name: ("organisation", None) for name in organisations().values()}}


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
        search = parse_search(query)
        if not search:
            return set()  # nothing to look for matches nothing, as in the index (and reads no text)
        texts = articles["text"] if "text" in articles.columns else articles["article_id"].map(
            corpus.texts(articles["article_id"])).astype("string")
        haystack = articles["title"].fillna("") + "\n" + texts.fillna("")

        def has(term: str) -> pd.Series:
            return haystack.str.contains(str(scan_pattern(term)), case=False, regex=True).fillna(False).astype(bool)
        keep = pd.Series(True, index=articles.index)
        for group in search.groups:
            keep &= pd.concat([has(term) for term in group], axis=1).any(axis=1)
        for term in search.excluded:
            keep &= ~has(term)
        return set(articles.loc[keep, "article_id"])
    return scan


def _sentence_counts(tables: Tables) -> dict[str, int]:
    """Sentences per article, as far as annotations reach (the highest sentence index seen, plus one)."""
    rows = tables.query("SELECT article_id, max(sentence) + 1 AS n FROM (SELECT article_id, sentence FROM mentions UNION ALL "
                        "SELECT article_id, sentence FROM sectors) WHERE sentence IS NOT NULL GROUP BY article_id")
    return dict(zip(rows["article_id"], rows["n"].astype(int).tolist()))


PAIR_SEP = " – "


def article_pairs(tables: Tables) -> pd.Series:
    """Each article's country pair: its two most-mentioned countries ("China – Russia"); articles with fewer are left out."""
    rows = tables.query(
        "WITH counted AS (SELECT article_id, canonical, count(*) AS n FROM mentions WHERE label = 'COUNTRY' AND canonical IS NOT NULL "
        "GROUP BY article_id, canonical), ranked AS (SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY n DESC, canonical) AS r "
        "FROM counted) SELECT article_id, string_agg(canonical, $sep ORDER BY canonical) AS pair FROM ranked WHERE r <= 2 "
        "GROUP BY article_id HAVING count(*) = 2 ORDER BY article_id", {"sep": PAIR_SEP})
    return pd.Series(rows["pair"].to_numpy(dtype=object), index=pd.Index(rows["article_id"].to_numpy(dtype=object), name="article_id"),
                     name="canonical", dtype=object)


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
    mentions: Mentions  # answered by DuckDB: the table is never held in memory
    sectors: pd.DataFrame
    pairs: pd.Series  # article_id → country pair, for the shown articles
    # Small results derived from this view, by key: the unfiltered view lives as long as the corpus, so a page opened
    # again without filters draws from here instead of recounting every tag (see cooccurrence.derived).
    derived: dict = field(default_factory=dict, repr=False, compare=False)


def select(corpus: Corpus, index: Index, state: ViewState) -> View:
    """Filter every table to the view: articles by what they mention, meetings by who met, where and when (each
    filter's predicates are declared in core/views/filters.py and answered by DuckDB)."""
    f = state.filters
    if not any(f.values()):
        if index.unfiltered is None:
            index.unfiltered = _select(corpus, index, state)
        return index.unfiltered
    return _select(corpus, index, state)


def _select(corpus: Corpus, index: Index, state: ViewState) -> View:
    articles, meetings, tables = corpus.articles, corpus.table("meetings"), index.tables
    every_article = not any(state.filters.get(f.key) for f in FILTERS if f.articles)
    shown_articles = articles if every_article else articles.iloc[tables.selected("articles", state.filters, index.search)]
    shown_meetings = meetings.iloc[tables.selected("meetings", state.filters, index.search)]
    events = corpus.table("events")
    shown_events = events[events["event_id"].isin(set(shown_meetings["event_id"]))]
    if every_article:  # no article-level filter: the whole tables
        return View(shown_articles, shown_meetings, shown_events, Mentions(tables), corpus.table("sectors"), index.article_pair)
    article_set = set(shown_articles["article_id"])
    return View(
        articles=shown_articles,
        meetings=shown_meetings,
        events=shown_events,
        mentions=Mentions(tables, shown_articles["article_id"]),
        sectors=_in(corpus.table("sectors"), article_set),
        pairs=_pairs_of(index.article_pair[index.article_pair.index.isin(article_set)], state.filters.get("country") or ()),
    )


def _pairs_of(pairs: pd.Series, countries) -> pd.Series:
    """The article pairs a country filter asks about: with one or two countries, the pairs holding them (the dyad
    for two); with more, the pairs holding any of them; without, every pair."""
    if not countries:
        return pairs
    wanted = set(countries)
    members = pairs.map(lambda pair: set(pair.split(PAIR_SEP)))
    return pairs[members.map(wanted.issubset if len(wanted) <= 2 else (lambda m: bool(m & wanted)))]


def _in(frame: pd.DataFrame, article_ids: set[str]) -> pd.DataFrame:
    return frame[frame["article_id"].isin(article_ids)]

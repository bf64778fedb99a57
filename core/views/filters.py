"""The registries of the view state (pure; no streamlit): the global filters and the page options.

Each filter is declared once, with its URL key, widget kind, help text and its query predicates: SQL conditions on an
article (`articles`) and on a meeting (`meetings`) that DuckDB evaluates over the store's tables (core/views/duck.py), with
`$v` standing for the filter's value. A filter of kind "many" binds the tuple of chosen values as a list, or, with
`each`, holds for each chosen value in turn; a search ("text") binds the ids of the articles the text search finds; a
flag is always applied, with false when it is off. The sidebar, the query, the active-filter sentence and the README's
URL reference loop over this table, so adding a filter touches one place.

Relations the predicates may name: `articles` (article_id, source, article_start, article_end), `meetings`
(article_id, participants, countries, location, meeting_start, meeting_end, referenced, confidence), `mentions` and
`sectors` (the store's columns, corrections applied) and `places` (place, country: the country each meeting place
lies in). Dates are ISO strings; `*_start`/`*_end` are the first and last day a date of any precision covers.
"""
from __future__ import annotations

from dataclasses import dataclass

MAX_VALUES = 25  # values kept per repeated key
PLACE_LABELS = ("GPE", "LOC", "FAC", "NORP", "PERSON")  # mentions whose `country` says which country an article involves


@dataclass(frozen=True)
class Filter:
    """A global filter: URL key, label, kind of value, help, and the conditions it puts on articles and meetings."""

    key: str
    label: str
    kind: str  # "many": repeated corpus values; "date"; "text"; "flag"; "number" (a share from 0 to 1)
    help: str
    vocab: str = ""  # corpus vocabulary the values must come from (kind "many")
    articles: str = ""  # SQL condition on an article ("" : the filter does not narrow articles)
    meetings: str = ""  # SQL condition on a meeting
    each: bool = False  # kind "many": the condition must hold for each chosen value (else `$v` is the list of them)
    # How the filter reads in the active-filter sentence: "{and}"/"{or}" stand for the chosen values joined that way,
    # "{value}" for a number or text; filters with the same words share one phrase ("involving Putin and China").
    # `meeting_words` is the phrase where the sentence is about meetings. Dates read as one span (state.date_span).
    words: str = ""
    meeting_words: str = ""


@dataclass(frozen=True)
class Option:
    """A page's own view option (kept in the URL while that page is shown)."""

    key: str
    page: str
    label: str
    choices: tuple[str, ...] = ()  # fixed choices; empty when the value comes from a corpus vocabulary
    vocab: str = ""
    default: str = ""
    many: bool = False
    limit: int = MAX_VALUES  # most values kept when `many`
    also: tuple[str, ...] = ()  # other pages the option applies to

    def applies(self, page: str | None) -> bool:
        return page == self.page or page in self.also


_IN_SECTORS = "article_id IN (SELECT article_id FROM sectors WHERE list_contains($v, sector))"
_IN_SOURCES = "article_id IN (SELECT article_id FROM articles WHERE list_contains($v, source))"
_FOUND = "article_id IN (SELECT unnest($v))"
_HELD_IN = "(list_contains($v, location) OR location IN (SELECT place FROM places WHERE list_contains($v, country)))"

FILTERS: tuple[Filter, ...] = (
    Filter("person", "People", "many", "Coverage involving all of these people.", "person", each=True,
           articles="article_id IN (SELECT article_id FROM mentions WHERE label = 'PERSON' AND canonical = $v)",
           meetings="list_contains(participants, $v)", words="involving {and}"),
    Filter("country", "Countries", "many", "Coverage involving all of these countries (pick two for a dyad).", "country", each=True,
           articles="article_id IN (SELECT article_id FROM mentions WHERE (label = 'COUNTRY' AND canonical = $v) "
                    f"OR (label IN {PLACE_LABELS} AND country = $v))",
           meetings="list_contains(countries, $v)", words="involving {and}"),
    Filter("sector", "Sectors", "many", "Articles tagged with any of these sectors.", "sector", articles=_IN_SECTORS, meetings=_IN_SECTORS,
           words="about {or}"),
    Filter("place", "Meeting places", "many", "Meetings held in any of these places (a country includes the places in it).", "place",
           articles=f"article_id IN (SELECT article_id FROM meetings WHERE {_HELD_IN})", meetings=_HELD_IN,
           words="with meetings held in {or}", meeting_words="held in {or}"),
    Filter("source", "Sources", "many", "Articles from any of these outlets.", "source", articles="list_contains($v, source)", meetings=_IN_SOURCES,
           words="from {or}"),
    Filter("from", "From", "date", "Earliest date: publication date of articles, date of meetings.",
           articles="article_end >= $v", meetings="meeting_end >= $v"),
    Filter("to", "To", "date", "Latest date: publication date of articles, date of meetings.",
           articles="article_start <= $v", meetings="meeting_start <= $v"),
    Filter("q", "Search", "text", "Words that must all appear in an article's title or text, as whole words; \"quote\" a phrase, end a word with * for any ending, write OR between two words for either, -word or NOT word to leave out articles that have it (AND is implied).",
           articles=_FOUND, meetings=_FOUND, words="mentioning {value}"),
    Filter("refs", "Include background references", "flag", "Also show meetings mentioned only as background or plans.",
           meetings="($v OR NOT referenced)", words="including background references"),
    Filter("conf", "Minimum meeting confidence", "number", "Only meetings whose confidence (0–1: how much evidence the rules that found them had) is at least this.",
           meetings="confidence >= $v", words="counting meetings of confidence at least {value}", meeting_words="with confidence at least {value}"),
)

OPTIONS: tuple[Option, ...] = (
    Option("event", "timeline", "The selected event, whose evidence is listed", vocab="event"),
    Option("lanes", "timeline", "One lane per country pair or per participant pair", choices=("countries", "people"), default="countries"),
    Option("window", "sectors", "Sectors co-occur within one sentence or one article", choices=("sentence", "article"), default="sentence"),
    Option("measure", "sectors", "Co-occurrence measure", choices=("count", "jaccard", "pmi"), default="count"),
    Option("cell", "sectors", "The selected pair of sectors, whose sentences are listed", vocab="sector", many=True, limit=2),
    Option("chart", "sectors", "The chart shown: the co-occurrence matrix or the network of sectors", choices=("matrix", "network"), default="matrix"),
    Option("article", "reader", "The article shown", vocab="article"),
    Option("hide", "reader", "Highlight layers switched off", vocab="layer", many=True),
    Option("who", "people", "The person profiled", vocab="person"),
    Option("table", "data", "The table shown and downloaded", choices=("meetings", "events", "articles", "mentions", "corrections"), default="meetings"),
    Option("by", "network", "Nodes are people (with the countries and bodies a meeting names as sides) or countries", choices=("people", "countries"), default="people"),
    Option("nodes", "network", "How many of the busiest nodes are drawn (every link stays listed)", choices=("40", "80", "160"), default="40"),
    Option("pair", "network", "The selected link, whose events are listed with their evidence", vocab="party", many=True, limit=2),
    Option("coverage", "overview", "Articles over time as counts or as a share of all articles published in each period", choices=("count", "share"), default="count", also=("sectors",)),
    Option("period", "timeline", "Period drawn: where most events are (a few far older or newer ones are counted in a note), or the whole span", choices=("main", "all"), default="main"),
    Option("lanes_shown", "timeline", "Lanes drawn: the busiest and most recent (30 unless set otherwise), or all of them", choices=("some", "all"), default="some"),
)

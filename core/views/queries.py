"""One function per view: filtered tables → the frames the pages draw (pure pandas, no streamlit)."""
from __future__ import annotations

import calendar
from collections import Counter

import pandas as pd

from core.store.corpus import Corpus
from core.knowledge import locate
from core.views.lanes import country_lane, person_lane
from core.views.view import View, date_bounds, sector_label

def headline(view: View) -> dict[str, str]:
    """The overview's counts for the filtered view."""
    dated = view.articles["published"].dropna()
    named = view.mentions.distinct()
    return {
        "Articles": f"{len(view.articles):,}",
        "Meeting reports": f"{len(view.meetings):,}",
        "Events": f"{len(view.events):,}",
        "People": f"{named['PERSON']:,}",
        "Countries": f"{named['COUNTRY']:,}",
        "Published": _span_words(dated.min(), dated.max()) if len(dated) else "unknown",
    }


UNKNOWN_SOURCE = "unknown source"  # how a missing outlet reads everywhere


def all_periods(periods: pd.Series) -> list[str]:
    """Every month (`YYYY-MM`) or year (`YYYY`) from the first to the last of `periods`, gaps included."""
    known = periods.dropna()
    if known.empty:
        return []
    first, last = known.min(), known.max()
    if len(first) == 4:
        return [str(y) for y in range(int(first), int(last) + 1)]
    return [p.strftime("%Y-%m") for p in pd.period_range(first, last, freq="M")]


def _span_words(first: str, last: str) -> str:
    """A publication span short enough for a caption, in words no one takes for a date: "2005–2008", "May–Dec 2006",
    "May 2006"."""
    if first[:4] != last[:4]:
        return f"{first[:4]}–{last[:4]}"
    if len(first) < 7 or len(last) < 7:
        return first[:4]

    def month(iso: str) -> str:
        return calendar.month_abbr[int(iso[5:7])]

    return f"{month(first)} {first[:4]}" if first[:7] == last[:7] else f"{month(first)}–{month(last)} {first[:4]}"


def period_of(values: pd.Series, days: int) -> pd.Series:
    """Month (`2024-08`) for spans up to ~6 years, else year."""
    return values.str[:7] if days <= 6 * 366 else values.str[:4]


def span_days(values: pd.Series) -> int:
    """Days between the earliest and the latest date of a column of ISO dates of any precision."""
    dated = values.dropna()
    dated = dated[dated.str.match(r"^\d{4}").fillna(False)]
    if dated.empty:
        return 0
    start, _ = date_bounds(pd.Series([dated.min()]))
    _, end = date_bounds(pd.Series([dated.max()]))
    try:
        return (pd.Timestamp(end.iloc[0]) - pd.Timestamp(start.iloc[0])).days
    except (ValueError, TypeError):
        return 0


def articles_over_time(articles: pd.DataFrame, *, days: int | None = None) -> pd.DataFrame:
    """Articles per month or year (chosen from `days`, else from their own span) by publication date, gaps included;
    undated articles left out."""
    dated = articles[(articles["published"].str.len() >= 7).fillna(False)]
    period = period_of(dated["published"], span_days(dated["published"]) if days is None else days)
    counts = period.value_counts()
    return counts.reindex(all_periods(period), fill_value=0).rename_axis("period").reset_index(name="articles")


def _dated(articles: pd.DataFrame) -> pd.DataFrame:
    return articles[(articles["published"].str.len() >= 7).fillna(False)]


def dated_span(articles: pd.DataFrame) -> int:
    """Days between the first and the last article dated at least to the month: what decides months or years."""
    return span_days(_dated(articles)["published"])


def coverage(articles: pd.DataFrame, base: pd.DataFrame, *, groups: pd.DataFrame | None = None, days: int | None = None) -> pd.DataFrame:
    """Articles per month or year (chosen from `days`, else from their own span) and the share they are of all `base`
    articles published in the same period (Media Cloud's "attention"). With `groups` (article_id, group; an article may
    be in several groups), one row per period and group. Columns: period, [group], articles, total, share; periods
    without articles in between are included; share is empty where `base` has no article in the period."""
    dated = _dated(articles)[["article_id", "published"]]
    days = span_days(dated["published"]) if days is None else days
    dated = dated.assign(period=period_of(dated["published"], days))
    base_dated = _dated(base)
    totals = period_of(base_dated["published"], days).value_counts()
    periods = all_periods(dated["period"])
    if groups is None:
        out = dated["period"].value_counts().reindex(periods, fill_value=0).rename_axis("period").reset_index(name="articles")
    else:
        tagged = groups[["article_id", "group"]].drop_duplicates().merge(dated, on="article_id")
        grid = pd.MultiIndex.from_product([periods, sorted(tagged["group"].unique())], names=["period", "group"])
        out = tagged.groupby(["period", "group"]).size().reindex(grid, fill_value=0).rename("articles").reset_index()
    out["articles"] = out["articles"].astype("int64")
    out["total"] = out["period"].map(totals).fillna(0).astype("int64")
    out["share"] = (out["articles"] / out["total"].where(out["total"] > 0)).astype("float64")
    return out


def coverage_base(articles: pd.DataFrame, *, sources: tuple[str, ...] = ()) -> pd.DataFrame:
    """What a share is a share of: every article of the corpus, or of the chosen outlets when the view names some."""
    return articles[articles["source"].isin(sources).fillna(False).astype(bool)] if sources else articles


def coverage_by_pair(view: View, base: pd.DataFrame, *, top: int = 5, days: int | None = None) -> pd.DataFrame:
    """`coverage` of the most covered country pairs of the view (an article's pair: its two most-mentioned countries),
    by month or year as for all the view's articles (or as `days` says)."""
    pairs = view.pairs.rename("group").rename_axis("article_id").reset_index()
    leading = pairs["group"].value_counts().head(top).index
    days = dated_span(view.articles) if days is None else days
    return coverage(view.articles, base, groups=pairs[pairs["group"].isin(leading)], days=days)


def coverage_by_sector(view: View, base: pd.DataFrame) -> pd.DataFrame:
    """`coverage` per sector: articles tagged with it (an article tagged with two sectors counts for both)."""
    tags = view.sectors[["article_id", "sector"]].rename(columns={"sector": "group"}).astype({"group": str})
    return coverage(view.articles, base, groups=tags, days=dated_span(view.articles))


def tone_over_time(view: View, *, top: int = 5) -> pd.DataFrame:
    """Mean article tone per period for the most covered country pairs."""
    frame = view.articles[["article_id", "published", "tone"]].merge(
        view.pairs.rename("pair"), left_on="article_id", right_index=True
    )
    frame = frame[(frame["published"].str.len() >= 7).fillna(False) & frame["tone"].notna()]
    if frame.empty:
        return pd.DataFrame(columns=["period", "pair", "tone", "articles"])
    leading = frame["pair"].value_counts().head(top).index
    frame = frame[frame["pair"].isin(leading)].assign(period=lambda f: period_of(f["published"], span_days(f["published"])))
    out = frame.groupby(["period", "pair"]).agg(tone=("tone", "mean"), articles=("article_id", "count")).reset_index()
    grid = pd.MultiIndex.from_product([all_periods(out["period"]), sorted(out["pair"].unique())], names=["period", "pair"])
    out = out.set_index(["period", "pair"]).reindex(grid).reset_index()  # missing periods stay gaps
    return out.assign(articles=out["articles"].fillna(0).astype(int)).sort_values(["pair", "period"])


def top_people(view: View, *, n: int = 10) -> pd.DataFrame:
    """The people mentioned in most of the view's articles (ties in name order), with their country."""
    return view.mentions.top_people(n)


def top_sectors(view: View) -> pd.DataFrame:
    counts = view.sectors.groupby("sector", observed=True)["article_id"].nunique().rename("articles")
    out = counts.sort_values(ascending=False).rename_axis("sector").reset_index()
    return out.assign(label=out["sector"].map(sector_label))


def latest_events(view: View, *, n: int = 10) -> pd.DataFrame:
    return with_people(view.events).sort_values("date", ascending=False, na_position="last").head(n)


def unplotted_events(view: View, plotted: pd.DataFrame) -> pd.DataFrame:
    """The view's events the timeline cannot place (no usable date), as `latest_events` rows, most reported first."""
    events = with_people(view.events[~view.events["event_id"].isin(plotted["event_id"])])
    return events.sort_values(["n_articles", "event_id"], ascending=[False, True])


def with_people(events: pd.DataFrame) -> pd.DataFrame:
    """Events with their label: "people", the participants in one line, marked when a correction changed the event,
    and "line", the label with its place: "Gordon Brown in Iraq" (a side that is the place is named once)."""
    mark = corrected(events)
    people = mark + events["participants"].map(", ".join)
    line = mark + [_placed(list(p), where) for p, where in zip(events["participants"], events["location"])]
    return events.assign(people=people, line=line)


def _placed(participants: list[str], where) -> str:
    if not isinstance(where, str) or not where:
        return ", ".join(participants)
    others = [p for p in participants if p != where] or participants
    return f"{', '.join(others)} in {where}"


def corrected(rows: pd.DataFrame) -> pd.Series:
    """“✎ corrected · ” for the rows a correction changed, else nothing: the marker that leads a label (ahead of
    it, so that what follows the label, “… in Moscow”, still reads as the meeting's)."""
    return rows["corrections"].map(lambda ids: "✎ corrected · " if len(ids) else "").astype(object)


def timeline(view: View, *, lanes: str = "countries", sources: dict[str, str] | None = None,
             sides: dict[str, tuple[str, str | None]] | None = None) -> pd.DataFrame:
    """One row per event with a plottable date, its lane (country or person pair, see core.views.lanes) and hover text fields.

    `sources` maps article_id to outlet, for the sources column; `sides` each name to its entity type and country."""
    events = view.events.copy()
    start, _ = date_bounds(events["date"])
    events["x"] = pd.to_datetime(start, errors="coerce")
    events = events[events["x"].notna()]
    sides = sides or {}
    events["lane"] = ([country_lane(p, c, sides) for p, c in zip(events["participants"], events["countries"])]
                      if lanes == "countries" else [person_lane(p, sides) for p in events["participants"]])
    events = with_people(events)
    outlets = sources or {}
    events["sources"] = events["article_ids"].map(
        lambda ids: ", ".join(dict.fromkeys(outlets.get(i) or UNKNOWN_SOURCE for i in ids)))
    reported = view.meetings.groupby("event_id")["referenced"].agg(lambda r: bool(r.all()))
    events["background"] = events["event_id"].map(reported).fillna(events["referenced_only"]).astype(bool)
    return events.sort_values("x").reset_index(drop=True)


def event_reports(corpus: Corpus, event_id: str) -> pd.DataFrame:
    """Every meeting record of an event with its article's title, date and source (the evidence to check)."""
    meetings = corpus.table("meetings")
    rows = meetings[meetings["event_id"] == event_id]
    titles = corpus.articles[["article_id", "title", "published", "source", "url"]]
    return rows.merge(titles, on="article_id", how="left").sort_values("published")


def map_places(view: View, country_codes: dict[str, str], sides: dict[str, tuple[str, str | None]] | None = None
               ) -> tuple[pd.DataFrame, list[str]]:
    """Meeting places with coordinates, events, the distinct articles reporting them (one article may report several
    events there), main country pair (the colour) and every pair with its events (the hover: "China – Russia (2),
    China – European Union (1)"), named as the timeline's country lanes are (`sides`: each name's entity type and
    country; "G8 – United Kingdom"); plus the places the gazetteer lacks."""
    events = view.events[view.events["location"].notna()]
    rows, unknown = [], []
    for place, group in events.groupby("location"):
        found = locate(str(place), country_codes=country_codes)
        if found is None:
            unknown.append(str(place))
            continue
        counts = Counter(country_lane(p, c, sides or {}) for p, c in zip(group["participants"], group["countries"])).most_common()
        listed = ", ".join(f"{p} ({n})" for p, n in counts[:MAP_PAIRS]) + (f", {len(counts) - MAP_PAIRS} more" if len(counts) > MAP_PAIRS else "")
        rows.append({"place": place, "lat": found[0], "lon": found[1], "located_as": found[2], "events": len(group),
                     "articles": len({a for ids in group["article_ids"] for a in ids}), "pair": counts[0][0], "pairs": listed})
    return pd.DataFrame(rows, columns=["place", "lat", "lon", "located_as", "events", "articles", "pair", "pairs"]), sorted(unknown)


MAP_PAIRS = 5  # country pairs a map place's hover names


def country_codes(corpus: Corpus) -> dict[str, str]:
    """Country display name → ISO3, from the corpus's own country entities."""
    entities = corpus.table("entities")
    countries = entities[entities["entity_id"].str.startswith("country:").fillna(False)]
    return dict(zip(countries["canonical"], countries["entity_id"].str[len("country:"):]))


READER_ROWS = 1_000  # the reader lists at most this many articles, the newest


def reader_list(view: View, *, current: str | None = None) -> pd.DataFrame:
    """The reader's article list: newest first, with its meetings in the view, a duplicate marker, the open article
    marked (`current`, else the first) and a missing source named as everywhere else."""
    listing = view.articles[["article_id", "published", "title", "source", "duplicate_of", "n_words"]].copy()
    listing["meetings"] = listing["article_id"].map(view.meetings["article_id"].value_counts()).fillna(0).astype(int)
    listing["copy"] = listing["duplicate_of"].notna()
    listing["source"] = listing["source"].astype("string").fillna(UNKNOWN_SOURCE).replace("", UNKNOWN_SOURCE)
    listing = listing.sort_values(["published", "title"], ascending=[False, True], na_position="last").reset_index(drop=True)
    shown = current or (listing["article_id"].iloc[0] if len(listing) else None)
    return listing.assign(open=(listing["article_id"] == shown).map({True: "▶", False: ""}))


def neighbours(ids: list[str], current: str) -> tuple[str | None, str | None]:
    """Previous and next article ids around `current` in a list."""
    if current not in ids:
        return None, None
    i = ids.index(current)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i + 1 < len(ids) else None)


def article_facts(corpus: Corpus, mentions: pd.DataFrame, article_id: str) -> dict[str, pd.DataFrame]:
    """An article's meetings, people, sectors and key figures for the reader's side panel (`mentions`: the article's)."""
    mine = mentions[mentions["article_id"] == article_id]
    people = mine[mine["label"] == "PERSON"].groupby("canonical", observed=True).agg(
        mentions=("start", "count"), country=("country", "first")).sort_values("mentions", ascending=False).reset_index()
    sectors = corpus.table("sectors")
    tags = sectors[sectors["article_id"] == article_id].groupby("sector", observed=True).agg(
        triggers=("trigger", lambda t: ", ".join(dict.fromkeys(t.str.lower()))), n=("start", "count")).reset_index()
    figures = mine[mine["label"].isin(["MONEY", "QUANTITY", "PERCENT"])][["text", "label", "sentence", "start", "end"]]
    meetings = corpus.table("meetings")
    return {
        "meetings": meetings[meetings["article_id"] == article_id].sort_values("start"),
        "people": people,
        "sectors": tags.sort_values("n", ascending=False),
        "figures": figures,
    }



"""DataFrame → Plotly figure, one function per chart (pure): counts and tone over time, the timeline, the map, heatmaps.
Article-derived text is HTML-escaped in hover labels. Networks are drawn by core/present/graphs.py."""
from __future__ import annotations

import pandas as pd
import plotly
import plotly.graph_objects as go

from core.knowledge import world_outline
from core.present.figure import escaped as _e, laid_out as _layout
from core.present.render import plural, text_or
from core.views.view import palette, sector_color, sector_label


def _counts_axis(fig: go.Figure, top: float, *, axis: str = "y") -> None:
    """Whole numbers on a count axis (no 0.2, 0.4 … ticks for small counts)."""
    update = fig.update_yaxes if axis == "y" else fig.update_xaxes
    update(tickformat=",d", rangemode="tozero", dtick=1 if top <= 5 else None)


# periods ("2024-05") as categories in order, slanted with room kept for them, and the legend below their labels
PERIOD_AXIS = dict(xaxis_type="category", xaxis_categoryorder="category ascending", xaxis_automargin=True, xaxis_tickangle=-40,
                   legend=dict(orientation="h", yanchor="top", y=-0.3))


def bars_over_time(frame: pd.DataFrame, *, y: str = "articles", title: str = "") -> go.Figure:
    """Bars per period: a count column, or `share` (with the `articles` and `total` it was computed from)."""
    if y == "share":
        fig = go.Figure(go.Bar(x=frame["period"], y=frame["share"], marker_color=palette()["types"]["COUNTRY"]["color"],
                               customdata=frame[["articles", "total"]].to_numpy(),
                               hovertemplate="%{x}: %{y:.1%} of all articles (%{customdata[0]:,} of %{customdata[1]:,})<extra></extra>"))
        fig.update_yaxes(tickformat=".0%", rangemode="tozero")
    else:
        fig = go.Figure(go.Bar(x=frame["period"], y=frame[y], marker_color=palette()["types"]["COUNTRY"]["color"],
                               hovertemplate="%{x}: %{y:,} " + y + "<extra></extra>"))
        _counts_axis(fig, frame[y].max() if len(frame) else 0)
    return _layout(fig, title=title, height=280, **PERIOD_AXIS)


def coverage_lines(frame: pd.DataFrame, *, share: bool, title: str = "", label=str, color=None) -> go.Figure:
    """One line per group (`coverage` rows: period, group, articles, total, share): article counts, or their share of
    all articles of the period (a period without any article is a gap)."""
    fig = go.Figure()
    for group, rows in frame.groupby("group", sort=True):
        name = _e(label(group))
        fig.add_trace(go.Scatter(
            x=rows["period"], y=rows["share" if share else "articles"], mode="lines+markers", name=name, connectgaps=False, showlegend=True,
            line=dict(color=color(group) if color else None), marker=dict(size=7),
            customdata=rows[["articles", "total"]].to_numpy(),
            hovertemplate=name + "<br>%{x}: " + ("%{y:.1%} of all articles (%{customdata[0]:,} of %{customdata[1]:,})" if share
                                               else "%{y:,} articles") + "<extra></extra>",
        ))
    if share:
        fig.update_yaxes(tickformat=".0%", rangemode="tozero")
    else:
        _counts_axis(fig, frame["articles"].max() if len(frame) else 0)
    return _layout(fig, title=title, height=340, **PERIOD_AXIS)


def series_colors(names) -> dict[str, str]:
    """One colour per name, the same in every chart of a page that is given this map (names in sorted order take the
    default Plotly colours in turn)."""
    cycle = plotly.colors.qualitative.Plotly
    return {name: cycle[i % len(cycle)] for i, name in enumerate(sorted(set(names)))}


def tone_lines(frame: pd.DataFrame, *, colors: dict[str, str] | None = None) -> go.Figure:
    """Mean tone per period and country pair on a date axis (ticks read like the periods: 2024-08, or 2024); a few
    periods without articles are bridged by the line, a longer gap breaks it. `colors`: pair -> colour, shared with
    the page's other charts."""
    fig = go.Figure()
    frame = _long_gaps_only(frame)
    when = pd.to_datetime(frame["period"], format="mixed", errors="coerce")  # "2024-08" or "2024": the first day
    for pair, rows in frame.assign(when=when).dropna(subset=["when"]).groupby("pair"):
        fig.add_trace(go.Scatter(
            x=rows["when"], y=rows["tone"], mode="lines+markers", name=_e(pair), line=dict(color=(colors or {}).get(pair)),
            customdata=list(zip(rows["period"], rows["articles"])),
            hovertemplate=_e(pair) + "<br>%{customdata[0]}: tone %{y:.2f} (%{customdata[1]} articles)<extra></extra>",
        ))
    fig.add_hline(y=0, line_dash="dot", line_color="#999")
    yearly = frame["period"].astype(str).str.len().max() == 4
    span = date_range(when, min_days=45)
    return _layout(fig, title="Tone of coverage by country pair (VADER, −1 to 1)", height=340, showlegend=True,
                   xaxis=dict(type="date", range=span, tickformat="%Y" if yearly else "%Y-%m", tickangle=0,
                              dtick=period_ticks(span, yearly, most=5)))  # a half-width chart: labels stay level


BRIDGED = 3  # periods in a row without articles that a tone line still bridges


def _long_gaps_only(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows with a tone, and the empty periods of gaps longer than BRIDGED, where a line breaks."""
    frame = frame.sort_values(["pair", "period"])
    empty = frame["tone"].isna()
    run = (empty != empty.shift()) | (frame["pair"] != frame["pair"].shift())  # a new run of empty or full periods
    length = empty.groupby(run.cumsum()).transform("size")
    return frame[~empty | (length > BRIDGED)]


def period_ticks(span: list[pd.Timestamp] | None, yearly: bool, *, most: int = 10) -> str | None:
    """A tick step of whole months or years, so that each tick is one period's label, none repeated ("2004-10"
    thrice over a few weeks), and about `most` at most."""
    if not span:
        return None
    months = max(1, (span[1].year - span[0].year) * 12 + span[1].month - span[0].month)
    step = next((n for n in (1, 2, 3, 6, 12, 24, 60, 120) if months / n <= most), 240)
    return f"M{max(step, 12) if yearly else step}"


def horizontal_bars(labels: list[str], values: list[int], *, colors: list[str] | None = None, title: str = "") -> go.Figure:
    fig = go.Figure(go.Bar(y=[_e(v) for v in labels], x=values, orientation="h", marker_color=colors,
                           hovertemplate="%{y}: %{x:,} articles<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
    _counts_axis(fig, max(values, default=0), axis="x")
    return _layout(fig, title=title, height=max(200, 28 * len(labels) + 60))


def date_range(dates: pd.Series, *, min_days: int = 3) -> list[pd.Timestamp] | None:
    """An axis range around the dates with room at both ends: at least `min_days` either side (a single day reads
    as days, not as hours around midnight), else 4% of the span."""
    known = pd.to_datetime(dates, errors="coerce").dropna()
    if known.empty:
        return None
    first, last = known.min(), known.max()
    pad = max(pd.Timedelta(days=min_days), (last - first) * 0.04)
    return [first - pad, last + pad]


LANE_LABEL = 40  # characters of a lane's name beside the chart; its markers' hover names every side


def lane_label(lane: str) -> str:
    """A lane's name as written beside the chart: a long one ("China – Japan – North Korea – …") cut to LANE_LABEL
    characters at a word, so that the chart keeps its width on a narrow screen."""
    if len(lane) <= LANE_LABEL:
        return lane
    return lane[:LANE_LABEL].rsplit(" ", 1)[0].rstrip(" –") + " …"


def timeline(events: pd.DataFrame, *, selected: str = "", lanes: list[str] | None = None, note: str = "",
             period: tuple[pd.Timestamp, pd.Timestamp] | None = None) -> go.Figure:
    """One marker per event: x date, y lane, size by reporting articles, colour by kind; background ones hollow.

    `lanes` are drawn from the top in that order (default: as the events come); `note` says below the lanes what the
    chart leaves out; `period` (first, last) is the span the date axis opens on (events outside it stay a drag or a
    zoom away)."""
    fig = go.Figure()
    kinds = palette()["kinds"]
    lane_names = list(lanes) if lanes is not None else list(dict.fromkeys(events["lane"]))
    events = events[events["lane"].isin(lane_names)]
    position = {lane: i for i, lane in enumerate(lane_names)}
    # Events on the same day in the same lane are fanned out a little so that each stays clickable.
    same = events.groupby(["lane", events["x"].dt.date]).cumcount()
    size = events.groupby(["lane", events["x"].dt.date])["event_id"].transform("size")
    events = events.assign(y=events["lane"].map(position) + (same - (size - 1) / 2) * 0.22)
    for (kind, background), rows in events.groupby(["kind", "background"], sort=True):
        hover = [
            f"<b>{_e(r.people)}</b><br>{_e(text_or(r.location, 'place unknown'))} · {_e(r.date)} ({_e(r.date_precision)})"
            f"<br>{plural(r.n_articles, 'article')} ({_e(r.sources)}) · {_e(r.kind)}{' · background reference' if r.background else ''}"
            for r in rows.itertuples()
        ]
        color = kinds.get(kind, "#888")
        fig.add_trace(go.Scatter(
            x=rows["x"], y=rows["y"], mode="markers",
            name=f"{kind}{' (background)' if background else ''}",
            marker=dict(size=10 + 6 * rows["n_articles"].clip(upper=8), color=color, opacity=0.9,
                        symbol="circle-open" if background else "circle",
                        line=dict(width=[4 if e == selected else (2 if background else 0.5) for e in rows["event_id"]],
                                  color=color if background else ["#000" if e == selected else "#fff" for e in rows["event_id"]])),
            customdata=rows["event_id"], hovertext=hover, hoverinfo="text",
            cliponaxis=False,  # a large marker on the first or last day stays whole on a narrow screen
        ))
    step = 46 if len(lane_names) <= 30 else 30
    if note:
        fig.add_annotation(text=_e(note), xref="paper", yref="paper", x=0, y=0, yshift=-8, yanchor="top", xanchor="left",
                           showarrow=False, font=dict(size=13, color="#555"), bgcolor="#f3f6f9", borderpad=6)
    # The legend sits top left, clear of Plotly's toolbar (top right).
    return _layout(fig, height=max(300, step * len(lane_names) + 120 + (40 if note else 0)),
                   xaxis=dict(title=None, type="date", side="top",
                              range=date_range(events["x"] if period is None else events["x"].clip(*period))),
                   showlegend=True, legend=dict(orientation="h", yref="container", y=1, yanchor="top", xref="container", x=0, xanchor="left"),
                   margin=dict(l=10, r=30, t=70, b=50 if note else 10),
                   yaxis=dict(title=None, automargin=True, tickmode="array", tickvals=list(range(len(lane_names))),
                              ticktext=[_e(lane_label(lane)) for lane in lane_names], range=[len(lane_names) - 0.5, -0.5],
                              zeroline=False))


def world_map(places: pd.DataFrame) -> go.Figure:
    """Meeting places on an equirectangular world outline (bundled data; no map tiles needed), coloured by their main
    country pair; the hover names every pair that met there."""
    lons, lats = world_outline()
    fig = go.Figure(go.Scattergl(x=lons, y=lats, mode="lines", line=dict(color="#c8c8c8", width=0.7),
                                 hoverinfo="skip", showlegend=False))
    places = places if "pairs" in places.columns else places.assign(pairs=places["pair"])  # every pair, for the hover
    leading = places.groupby("pair")["events"].sum().sort_values(ascending=False).index[:8]
    groups = places.assign(legend=places["pair"].where(places["pair"].isin(leading), "other pairs"))
    top = max(places["events"].max(), 1) if len(places) else 1
    colors = series_colors(leading) | {"other pairs": "#bab0ac"}  # Plotly's own colours, none of them grey like "other"
    # the biggest markers first, so that a small place beside a big one (Versailles by Paris) is drawn over it
    groups = groups.sort_values(["events", "place"], ascending=[False, True])
    for pair, rows in sorted(groups.groupby("legend", sort=False), key=lambda item: -item[1]["events"].max()):
        fig.add_trace(go.Scatter(
            x=rows["lon"].tolist(), y=rows["lat"].tolist(), mode="markers", name=_e(pair),
            marker=dict(size=[8 + 18 * (e / top) ** 0.5 for e in rows["events"]], opacity=0.75,
                        line=dict(width=1, color="#333"), color=colors.get(pair)),
            customdata=rows["place"].tolist(),
            hovertext=[f"<b>{_e(r.place)}</b> ({r.located_as})<br>{plural(r.events, 'event')}, {plural(r.articles, 'reporting article')}"
                       f"<br>{_e(r.pairs)}" for r in rows.itertuples()],
            hoverinfo="text",
        ))
    fig.update_xaxes(range=[-180, 180], visible=False)
    fig.update_yaxes(range=[-60, 85], visible=False, scaleanchor="x", scaleratio=1)
    return _layout(fig, height=520, plot_bgcolor="#f4f8fb")


CELL = 40  # pixels per heatmap square


def heatmap(frame: pd.DataFrame, *, measure: str, selected: tuple[str, ...] = ()) -> go.Figure:
    """Sector × sector as a grid of touching squares (selectable: clicking a square selects that pair), drawn at a
    fixed size per square so that they stay square; sectors never found with another sector are left out.

    The diagonal (a sector with itself) is drawn grey so that it does not swamp the colour scale."""
    sectors = [s for s in frame.index if any(pd.notna(frame.loc[s, o]) and frame.loc[s, o] != 0 for o in frame.columns if o != s)]
    labels = {s: sector_label(s) for s in sectors}
    rows = [(a, b, frame.loc[a, b]) for a in sectors for b in sectors]
    colour = [None if a == b or pd.isna(v) else float(v) for a, b, v in rows]
    size = CELL - 3
    fig = go.Figure(go.Scatter(
        x=[labels[b] for _, b, _ in rows], y=[labels[a] for a, _, _ in rows], mode="markers",
        marker=dict(symbol="square", size=size, color=[0 if c is None else c for c in colour],
                    colorscale="Blues" if measure != "pmi" else "RdBu", cmid=0 if measure == "pmi" else None,
                    cmin=None if measure == "pmi" else 0, colorbar=dict(title=measure, len=1, y=0.5, thickness=14),
                    line=dict(width=[3 if {a, b} == set(selected) else 0 for a, b, _ in rows], color="#000")),
        customdata=[f"{a}|{b}" for a, b, _ in rows],
        hovertext=[f"{labels[a]}: the sector with itself" if a == b else
                   f"{labels[a]} × {labels[b]}: {'never together' if pd.isna(v) else round(v, 3)} ({measure})"
                   for a, b, v in rows],
        hoverinfo="text",
    ))
    diagonal = [(labels[s], labels[s]) for s in sectors]
    fig.add_trace(go.Scatter(x=[d[0] for d in diagonal], y=[d[1] for d in diagonal], mode="markers", hoverinfo="skip",
                             marker=dict(symbol="square", size=size, color="#e6e6e6"), showlegend=False))
    n = max(len(sectors), 1)
    margin = dict(l=170, r=110, t=10, b=150)
    return _layout(fig, height=n * CELL + margin["t"] + margin["b"], width=n * CELL + margin["l"] + margin["r"], margin=margin,
                   showlegend=False, xaxis=dict(tickangle=-40, range=[-0.5, n - 0.5], automargin=False, showgrid=False),
                   yaxis=dict(range=[n - 0.5, -0.5], automargin=False, showgrid=False))


def heatmap_left_out(frame: pd.DataFrame) -> list[str]:
    """The sectors `heatmap` leaves out: never found together with another sector."""
    return [s for s in frame.index if not any(pd.notna(frame.loc[s, o]) and frame.loc[s, o] != 0 for o in frame.columns if o != s)]


def stacked_over_time(frame: pd.DataFrame, *, by: str = "sector") -> go.Figure:
    fig = go.Figure()
    for key, rows in frame.groupby(by):
        fig.add_trace(go.Bar(x=rows["period"], y=rows["articles"], name=_e(sector_label(key)), marker_color=sector_color(key),
                             hovertemplate=_e(sector_label(key)) + " %{x}: %{y} articles<extra></extra>"))
    return _layout(fig, barmode="stack", height=340, **PERIOD_AXIS,
                   title="Sectors over time (articles per sector; an article with two sectors counts in both)")


def matrix_heatmap(table: pd.DataFrame, *, title: str = "") -> go.Figure:
    fig = go.Figure(go.Heatmap(
        z=table.to_numpy(), x=[_e(sector_label(c)) for c in table.columns], y=[_e(i) for i in table.index],
        colorscale="Oranges", hovertemplate="%{y} × %{x}: %{z} articles<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title=title, height=max(300, 26 * len(table) + 140), xaxis=dict(tickangle=-40))

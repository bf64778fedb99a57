"""DataFrame → Plotly figure, one function per chart (pure). Article-derived text is HTML-escaped in hover labels."""
from __future__ import annotations

import html
import json

import pandas as pd
import plotly
import plotly.graph_objects as go

from core.knowledge import world_outline
from core.present.render import plural, text_or
from core.views.view import palette, sector_color, sector_label

FONT = dict(family="Source Sans Pro, sans-serif", size=13)


def _e(value) -> str:
    """Escape text for Plotly's HTML-like labels."""
    return html.escape("" if value is None or value is pd.NA else str(value), quote=True)


def _layout(fig: go.Figure, *, height: int = 360, **extra) -> go.Figure:
    layout = dict(height=height, margin=dict(l=10, r=10, t=30, b=10), font=FONT, hoverlabel=dict(align="left"),
                  legend=dict(orientation="h", y=-0.15))
    fig.update_layout(**(layout | extra))
    return fig


def _counts_axis(fig: go.Figure, top: float) -> None:
    """Whole numbers on a count axis (no 0.2, 0.4 … ticks for small counts)."""
    fig.update_yaxes(tickformat=",d", rangemode="tozero", dtick=1 if top <= 5 else None)


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
    return _layout(fig, title=title, height=280, xaxis_type="category", xaxis_categoryorder="category ascending")


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
    return _layout(fig, title=title, height=340, xaxis_type="category", xaxis_categoryorder="category ascending")


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
                   xaxis=dict(type="date", range=span, tickformat="%Y" if yearly else "%Y-%m",
                              dtick=period_ticks(span, yearly)))


BRIDGED = 3  # periods in a row without articles that a tone line still bridges


def _long_gaps_only(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows with a tone, and the empty periods of gaps longer than BRIDGED, where a line breaks."""
    frame = frame.sort_values(["pair", "period"])
    empty = frame["tone"].isna()
    run = (empty != empty.shift()) | (frame["pair"] != frame["pair"].shift())  # a new run of empty or full periods
    length = empty.groupby(run.cumsum()).transform("size")
    return frame[~empty | (length > BRIDGED)]


def period_ticks(span: list[pd.Timestamp] | None, yearly: bool) -> str | None:
    """A tick step of whole months or years, so that each tick is one period's label, none repeated ("2004-10"
    thrice over a few weeks), and about ten at most."""
    if not span:
        return None
    months = max(1, (span[1].year - span[0].year) * 12 + span[1].month - span[0].month)
    step = next((n for n in (1, 2, 3, 6, 12, 24, 60, 120) if months / n <= 10), 240)
    return f"M{max(step, 12) if yearly else step}"


def horizontal_bars(labels: list[str], values: list[int], *, colors: list[str] | None = None, title: str = "") -> go.Figure:
    fig = go.Figure(go.Bar(y=[_e(v) for v in labels], x=values, orientation="h", marker_color=colors,
                           hovertemplate="%{y}: %{x:,} articles<extra></extra>"))
    fig.update_yaxes(autorange="reversed")
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
    # the biggest markers first, so that a small place beside a big one (Versailles by Paris) is drawn over it
    groups = groups.sort_values(["events", "place"], ascending=[False, True])
    for pair, rows in sorted(groups.groupby("legend", sort=False), key=lambda item: -item[1]["events"].max()):
        fig.add_trace(go.Scatter(
            x=rows["lon"].tolist(), y=rows["lat"].tolist(), mode="markers", name=_e(pair),
            marker=dict(size=[8 + 18 * (e / top) ** 0.5 for e in rows["events"]], opacity=0.75,
                        line=dict(width=1, color="#333"), color="#bab0ac" if pair == "other pairs" else None),
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


SMALL_NETWORK_WIDTH = 440  # pixels: the sector and co-mention networks share a row with another chart


def network(nodes: pd.DataFrame, edges: pd.DataFrame, *, label=sector_label, color=sector_color, title: str = "",
            width: int = SMALL_NETWORK_WIDTH) -> go.Figure:
    """Nodes (first column: the name; `articles`) linked by co-occurrence (`edges`: a, b, count), edge width by count,
    placed by the force layout of the Who met whom page so that no two labels collide, drawn `width` pixels wide."""
    from core.views.network import layout

    fig = go.Figure()
    names = list(nodes.iloc[:, 0])
    top_articles = max(int(nodes["articles"].max()), 1) if len(nodes) else 1
    radius = {label(n): 6 + 12 * (a / top_articles) ** 0.5 for n, a in zip(names, nodes["articles"])}
    links = edges.assign(a=edges["a"].map(label), b=edges["b"].map(label)).rename(columns={"count": "events"})
    placed, height = layout([label(n) for n in names], links, radius=radius, width=width)
    top = max(edges["count"].max(), 1) if len(edges) else 1
    for edge in links.itertuples():
        (x0, y0), (x1, y1) = placed[edge.a], placed[edge.b]
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line=dict(width=1 + 7 * edge.events / top, color="rgba(120,120,120,0.45)")))
    shown = [label(n) for n in names]
    fig.add_trace(go.Scatter(
        x=[placed[n][0] for n in shown], y=[placed[n][1] for n in shown], mode="markers", showlegend=False,
        marker=dict(size=[2 * radius[n] for n in shown], color=[color(n) for n in names], line=dict(width=1, color="#fff")),
        hovertext=[f"{_e(n)}: {a} articles" for n, a in zip(shown, nodes["articles"])], hoverinfo="text",
    ))
    _pixel_canvas(fig, [(n, *placed[n], radius[n]) for n in shown], width=width, height=max(height, 1))
    return _layout(fig, title=title, width=width, height=max(height, 1) + 50, margin=dict(l=0, r=0, t=40, b=10),
                   plot_bgcolor="#fff", dragmode=False)


def stacked_over_time(frame: pd.DataFrame, *, by: str = "sector") -> go.Figure:
    fig = go.Figure()
    for key, rows in frame.groupby(by):
        fig.add_trace(go.Bar(x=rows["period"], y=rows["articles"], name=_e(sector_label(key)), marker_color=sector_color(key),
                             hovertemplate=_e(sector_label(key)) + " %{x}: %{y} articles<extra></extra>"))
    return _layout(fig, barmode="stack", height=340, xaxis_type="category", xaxis_categoryorder="category ascending",
                   title="Sectors over time (articles per sector; an article with two sectors counts in both)")


def matrix_heatmap(table: pd.DataFrame, *, title: str = "") -> go.Figure:
    fig = go.Figure(go.Heatmap(
        z=table.to_numpy(), x=[_e(sector_label(c)) for c in table.columns], y=[_e(i) for i in table.index],
        colorscale="Oranges", hovertemplate="%{y} × %{x}: %{z} articles<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    return _layout(fig, title=title, height=max(300, 26 * len(table) + 140), xaxis=dict(tickangle=-40))


NODE_TYPES = {"person": "PERSON", "country": "COUNTRY", "organisation": "ORG"}


def who_met_whom(nodes: pd.DataFrame, edges: pd.DataFrame, *, width: int, height: int, kinds: dict[str, str] | None = None,
                 selected: tuple[str, ...] = ()) -> go.Figure:
    """People or countries (`nodes`: name, events, x, y, r in pixels) linked by shared events (`edges`: a, b, events),
    drawn at exactly `width` × `height` pixels so that the layout's label boxes hold. Each link has a clickable
    point at its middle whose customdata is the pair as a JSON list; the `selected` pair is drawn in black."""
    fig = go.Figure()
    position = nodes.set_index("name")[["x", "y"]]
    top = max(int(edges["events"].max()), 1) if len(edges) else 1
    chosen = frozenset(selected)
    for weight, rows in edges.groupby("events", sort=True):
        xs, ys = [], []
        for edge in rows.itertuples():
            if frozenset((edge.a, edge.b)) == chosen:
                continue
            (x0, y0), (x1, y1) = position.loc[edge.a], position.loc[edge.b]
            xs += [x0, x1, None]
            ys += [y0, y1, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                 line=dict(width=1.2 + 7 * (weight / top) ** 0.7, color="rgba(110,110,110,0.45)")))
    for edge in edges.itertuples():
        if frozenset((edge.a, edge.b)) == chosen:
            (x0, y0), (x1, y1) = position.loc[edge.a], position.loc[edge.b]
            fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                     line=dict(width=2.5 + 7 * (edge.events / top) ** 0.7, color="#111")))
    if len(edges):
        middle = edges.assign(x=[(position.at[a, "x"] + position.at[b, "x"]) / 2 for a, b in zip(edges["a"], edges["b"])],
                              y=[(position.at[a, "y"] + position.at[b, "y"]) / 2 for a, b in zip(edges["a"], edges["b"])])
        fig.add_trace(go.Scatter(
            x=middle["x"], y=middle["y"], mode="markers", showlegend=False, name="links",
            marker=dict(size=9, color="rgba(90,90,90,0.55)", line=dict(width=1, color="#fff")),
            customdata=[json.dumps([a, b], ensure_ascii=False) for a, b in zip(middle["a"], middle["b"])],
            hovertext=[f"<b>{_e(a)} – {_e(b)}</b><br>{plural(int(n), 'event')} · click to list them"
                       for a, b, n in zip(middle["a"], middle["b"], middle["events"])],
            hoverinfo="text",
        ))
    types = palette()["types"]
    kind_of = nodes["name"].map(lambda n: (kinds or {}).get(n, ""))
    for kind, rows in nodes.groupby(kind_of, sort=True):
        spec = types.get(NODE_TYPES.get(kind, ""), {"label": "Other", "color": "#888888"})
        fig.add_trace(go.Scatter(
            x=rows["x"], y=rows["y"], mode="markers", name=spec["label"],
            marker=dict(size=2 * rows["r"], color=spec["color"], line=dict(width=[3 if n in chosen else 1 for n in rows["name"]],
                                                                            color=["#111" if n in chosen else "#fff" for n in rows["name"]])),
            hovertext=[f"<b>{_e(n)}</b><br>{plural(int(e), 'event')}" for n, e in zip(rows["name"], rows["events"])],
            hoverinfo="text",
        ))
    _pixel_canvas(fig, list(zip(nodes["name"], nodes["x"], nodes["y"], nodes["r"])), width=width, height=height)
    return _layout(fig, width=width, height=height + 60, margin=dict(l=0, r=0, t=10, b=50), plot_bgcolor="#fff",
                   legend=dict(orientation="h", y=0, yref="container", yanchor="bottom", x=0), dragmode=False)


LABEL_CHAR, LABEL_HEIGHT = 7.0, 16.0  # pixels: the average width of a character and the height of a 12 px label


def label_places(labels: list[tuple[str, float, float, float]], *, width: int, height: int) -> list[tuple[str, float, float]]:
    """Where each node's label goes (its centre), biggest node first: above the node, else below, right or left of it,
    wherever it overlaps no label placed before and no node and stays on the canvas. A label with no free place is
    left out (the node still names itself on hover): in a dense graph the busiest names stay readable."""
    taken = [(x - r, y - r, x + r, y + r) for _, x, y, r in labels]
    out = []
    for index, (name, x, y, r) in sorted(enumerate(labels), key=lambda item: -item[1][3]):
        w, h = LABEL_CHAR * len(name) + 4, LABEL_HEIGHT
        others = taken[:index] + taken[index + 1:]
        for cx, cy in ((x, y - r - h / 2 - 1), (x, y + r + h / 2 + 1), (x + r + 3 + w / 2, y), (x - r - 3 - w / 2, y)):
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if box[0] < 0 or box[1] < 0 or box[2] > width or box[3] > height or any(_overlap(box, other) for other in others):
                continue
            taken.append(box)
            out.append((name, cx, cy))
            break
    return out


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _pixel_canvas(fig: go.Figure, labels: list[tuple[str, float, float, float]], *, width: int, height: int) -> None:
    """A network drawn in pixels (y down) on a fixed canvas, each node's (name, x, y, radius) label beside it on a light
    ground, so that links passing behind a label do not hide it (`label_places`: no label over another or over a
    node). The labels are set in one go: adding them one by one re-validates every earlier one each time."""
    fig.update_layout(annotations=[*fig.layout.annotations, *(
        dict(x=x, y=y, text=_e(name), showarrow=False, borderpad=1, bgcolor="rgba(255,255,255,0.8)",
             font=dict(size=12, color="#222")) for name, x, y in label_places(labels, width=width, height=height))])
    fig.update_xaxes(visible=False, range=[0, width], fixedrange=True)
    fig.update_yaxes(visible=False, range=[height, 0], fixedrange=True)

"""Networks drawn in pixels on a fixed canvas (pure): sectors or people linked by co-occurrence, who met whom, and
where their labels go so that none hides another."""
from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go

from core.present.figure import escaped as _e, laid_out as _layout
from core.present.render import plural
from core.views.view import palette, sector_color, sector_label

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

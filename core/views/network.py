"""Who met whom: people (or countries) linked by the events they share, laid out so that labels do not collide (pure).

An event links every two of its participants (or of its countries); a link's weight is the number of events the two
share. Only the busiest nodes are drawn; every link stays listed (`Network.links`), so none is dropped unseen.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import networkx as nx
import numpy as np
import pandas as pd

from core.knowledge import organisations

MODES = ("people", "countries")
SEED = 7  # fixed: the same view always gets the same picture
WIDTH = 960  # canvas width in pixels: the chart is drawn at this width (it fits the wide layout) so that label boxes hold
CHAR = 7.2  # pixels per label character at the chart's font size (generous, so estimates err on the roomy side)
LINE = 18  # pixels of one label line


@dataclass(frozen=True)
class Network:
    """The drawn nodes (name, events, x, y, r in pixels), the drawn edges (a, b, events), every link of the view
    (a, b, events) and how many nodes the view has in all."""

    nodes: pd.DataFrame
    edges: pd.DataFrame
    links: pd.DataFrame
    total_nodes: int
    height: int  # canvas height in pixels


def _names(values) -> list[str]:
    return sorted({str(v) for v in values if isinstance(v, str) and v.strip()})


def column(by: str) -> str:
    """The events column whose values are the nodes."""
    if by not in MODES:
        raise ValueError(f"by must be one of {MODES}, not {by!r}")
    return "participants" if by == "people" else "countries"


def links(events: pd.DataFrame, *, by: str = "people") -> tuple[pd.Series, pd.DataFrame]:
    """Events per node (most first, then by name) and events per unordered pair (a < b; most first)."""
    per_node: dict[str, int] = {}
    per_pair: dict[tuple[str, str], int] = {}
    for values in events[column(by)]:
        names = _names(values)
        for name in names:
            per_node[name] = per_node.get(name, 0) + 1
        for pair in combinations(names, 2):
            per_pair[pair] = per_pair.get(pair, 0) + 1
    nodes = pd.Series(per_node, dtype="int64", name="events")
    nodes = nodes.iloc[np.lexsort((nodes.index.to_numpy(dtype=str), -nodes.to_numpy()))] if len(nodes) else nodes
    pairs = pd.DataFrame([(a, b, n) for (a, b), n in per_pair.items()], columns=["a", "b", "events"])
    pairs = pairs.sort_values(["events", "a", "b"], ascending=[False, True, True]).reset_index(drop=True)
    return nodes.rename_axis("name"), pairs.astype({"events": "int64"})


def network(events: pd.DataFrame, *, by: str = "people", limit: int = 40, seed: int = SEED) -> Network:
    """The `limit` busiest nodes of the view's events with the links between them, laid out (see `layout`)."""
    counts, pairs = links(events, by=by)
    drawn = counts.head(max(limit, 0))
    keep = set(drawn.index)
    edges = pairs[pairs["a"].isin(keep) & pairs["b"].isin(keep)].reset_index(drop=True)
    top = int(drawn.max()) if len(drawn) else 1
    radius = {name: 6 + 12 * (n / top) ** 0.5 for name, n in drawn.items()}
    positions, height = layout(list(drawn.index), edges, radius=radius, seed=seed)
    nodes = pd.DataFrame({
        "name": list(drawn.index),
        "events": drawn.to_numpy(dtype="int64"),
        "x": [positions[n][0] for n in drawn.index],
        "y": [positions[n][1] for n in drawn.index],
        "r": [radius[n] for n in drawn.index],
    })
    return Network(nodes=nodes, edges=edges, links=pairs, total_nodes=len(counts), height=height)


def box(name: str, r: float) -> tuple[float, float]:
    """Width and height in pixels a node takes with its label above it: the box is centred on the node, so it
    reserves a label's height below the marker too."""
    return max(2 * r, CHAR * len(name) + 8), 2 * (r + LINE)


def layout(names: list[str], edges: pd.DataFrame, *, radius: dict[str, float], seed: int = SEED,
           width: int = WIDTH) -> tuple[dict[str, tuple[float, float]], int]:
    """Pixel positions on a canvas `width` wide, and the canvas height. Each group of connected nodes gets a force
    layout (networkx's spring layout, weighted by shared events, with a fixed seed) on a patch large enough for its
    labels, spread until no two label boxes (`box`) overlap; the patches are then packed in rows, largest first."""
    if not names:
        return {}, 0
    graph = nx.Graph()
    graph.add_nodes_from(names)
    graph.add_weighted_edges_from(edges[["a", "b", "events"]].itertuples(index=False, name=None))
    rank = {n: i for i, n in enumerate(names)}
    groups = sorted((sorted(c, key=rank.__getitem__) for c in nx.connected_components(graph)), key=lambda c: (-len(c), rank[c[0]]))
    placed: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for group in groups:
        patch, w, h = _patch(graph.subgraph(group), group, radius=radius, seed=seed, width=width)
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        placed.update({n: (px + x, py + y) for n, (px, py) in patch.items()})
        x, row = x + w, max(row, h)
    return placed, int(np.ceil(y + row))


def _patch(graph: nx.Graph, names: list[str], *, radius: dict[str, float], seed: int, width: int) -> tuple[dict, float, float]:
    """One connected group laid out on a patch of its own: positions in the patch, its width and height."""
    sizes = np.array([box(n, radius[n]) for n in names])
    if len(names) == 1:
        return {names[0]: (sizes[0, 0] / 2, sizes[0, 1] / 2)}, float(sizes[0, 0]), float(sizes[0, 1])
    room = max(2.0, 4.5 - len(names) / 40)  # room around the boxes for the links: less in large groups, or they get too tall
    area = float((sizes[:, 0] * sizes[:, 1]).sum()) * room
    w = float(min(width, max(np.sqrt(area * 2.2), sizes[:, 0].max() * 2)))
    h = float(max(area / w, sizes[:, 1].max() * 2))
    spring = nx.spring_layout(graph, seed=seed, weight="weight", k=2.0 / len(names) ** 0.5, iterations=200)
    xy = np.array([spring[n] for n in names], dtype=float)
    xy -= xy.min(axis=0)
    span = np.where(xy.max(axis=0) > 0, xy.max(axis=0), 1.0)
    half = sizes / 2
    lo, hi = half, np.array([w, h]) - half
    xy = _spread(lo + xy / span * np.maximum(hi - lo, 0), sizes, lo=lo, hi=hi)
    xy -= (xy - half).min(axis=0)  # the patch starts where its first box does
    right, bottom = (xy + half).max(axis=0)
    return {n: (float(a), float(b)) for n, (a, b) in zip(names, xy)}, float(right), float(bottom)


def _spread(xy: np.ndarray, sizes: np.ndarray, *, lo: np.ndarray, hi: np.ndarray, rounds: int = 300) -> np.ndarray:
    """Push overlapping boxes apart along the axis where they overlap least, until none overlap. Sideways moves
    stay on the canvas; the canvas may grow downwards when the boxes do not fit."""
    xy = xy.copy()
    n = len(xy)
    if n < 2:
        return xy
    order = np.arange(n)
    for round_ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        need = (sizes[:, None, :] + sizes[None, :, :]) / 2
        overlap = need - np.abs(delta)
        hit = (overlap[..., 0] > 0.01) & (overlap[..., 1] > 0.01)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        # Sideways moves can be undone by the canvas edge: the second half of the rounds moves only up and down.
        along_x = (overlap[..., 0] <= overlap[..., 1]) & (round_ < rounds // 2)
        # Identical positions have no direction: the earlier node goes left (up), the later right (down).
        sign = np.sign(delta)
        tie = np.sign(order[:, None] - order[None, :]).astype(float)
        sign = np.where(sign == 0, tie[..., None], sign)
        push = np.zeros_like(delta)
        push[..., 0] = np.where(hit & along_x, sign[..., 0] * (overlap[..., 0] / 2 + 0.5), 0)
        push[..., 1] = np.where(hit & ~along_x, sign[..., 1] * (overlap[..., 1] / 2 + 0.5), 0)
        xy += push.sum(axis=1)
        xy[:, 0] = np.clip(xy[:, 0], lo[:, 0], hi[:, 0])
        xy[:, 1] = np.maximum(xy[:, 1], lo[:, 1])
    return _settle(xy, sizes)


def _settle(xy: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Whatever overlap pushing left: from the top down, a box overlapping one above it moves just below that one."""
    xy = xy.copy()
    placed: list[int] = []
    for i in np.lexsort((xy[:, 0], xy[:, 1])):
        moved = True
        while moved:
            moved = False
            for j in placed:
                if (abs(xy[i, 0] - xy[j, 0]) < (sizes[i, 0] + sizes[j, 0]) / 2 - 0.01
                        and abs(xy[i, 1] - xy[j, 1]) < (sizes[i, 1] + sizes[j, 1]) / 2 - 0.01):
                    xy[i, 1] = xy[j, 1] + (sizes[i, 1] + sizes[j, 1]) / 2
                    moved = True
        placed.append(int(i))
    return xy


def overlapping(nodes: pd.DataFrame) -> list[tuple[str, str]]:
    """Pairs of drawn nodes whose label boxes overlap (none, after `layout`)."""
    boxes = [(row.name, row.x, row.y, *box(row.name, row.r)) for row in nodes.itertuples()]
    return [(a[0], b[0]) for a, b in combinations(boxes, 2)
            if abs(a[1] - b[1]) < (a[3] + b[3]) / 2 - 0.01 and abs(a[2] - b[2]) < (a[4] + b[4]) / 2 - 0.01]


def pair_events(events: pd.DataFrame, a: str, b: str, *, by: str = "people") -> pd.DataFrame:
    """The events in which both `a` and `b` take part (people) or are involved (countries), latest first."""
    both = events[column(by)].map(lambda values: a in values and b in values).astype(bool)
    return events[both].sort_values(["date", "event_id"], ascending=[False, True], na_position="last")


def kinds(entities: pd.DataFrame, names=None) -> dict[str, str]:
    """Canonical name → entity type (person, country, organisation), to colour the nodes (only `names`, the drawn
    ones, when given); people win a shared name. Organisations that meet as a side (organisations.csv) count as
    organisations even where no article names them."""
    wanted = entities[entities["type"].isin(["organisation", "country", "person"])]
    if names is not None:
        wanted = wanted[wanted["canonical"].isin(set(names))]
    ranked = wanted.assign(rank=wanted["type"].map({"organisation": 0, "country": 1, "person": 2})).sort_values("rank")
    found = {str(name): str(kind) for name, kind in zip(ranked["canonical"], ranked["type"]) if isinstance(name, str)}
    return {**{name: "organisation" for name in organisations().values()}, **found}

"""Who met whom on a small hand-built set of events (no model): links, the cap on drawn nodes, the layout."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from core.present import graphs
from core.views import network


def events(*rows: tuple[str, list[str], list[str], str]) -> pd.DataFrame:
    return pd.DataFrame([{"event_id": e, "participants": p, "countries": c, "date": d, "n_articles": 1} for e, p, c, d in rows])


EVENTS = events(
    ("e1", ["Vladimir Putin", "Xi Jinping"], ["China", "Russia"], "2024-05-16"),
    ("e2", ["Vladimir Putin", "Xi Jinping"], ["China", "Russia"], "2023-03-21"),
    ("e3", ["Li Qiang", "Mikhail Mishustin"], ["China", "Russia"], "2024-08-21"),
    ("e4", ["Li Qiang", "Vladimir Putin"], ["China", "Russia"], "2024-08-21"),
    ("e5", ["Hugo Chávez", "Hu Jintao", "Wen Jiabao"], ["China", "Venezuela"], "2006-08-24"),
    ("e6", ["G20"], [], "2009-04-01"),
    ("e7", ["Xi Jinping", "Xi Jinping", "Vladimir Putin"], ["China", "Russia"], None),
)


def test_links_count_events_per_pair_and_per_node():
    nodes, pairs = network.links(EVENTS)
    assert nodes["Vladimir Putin"] == 4 and nodes["Xi Jinping"] == 3 and nodes["G20"] == 1
    assert list(nodes.index[:2]) == ["Vladimir Putin", "Xi Jinping"]
    first = pairs.iloc[0]
    assert (first["a"], first["b"], first["events"]) == ("Vladimir Putin", "Xi Jinping", 3), "a name repeated in one event counts once"
    assert set(map(tuple, pairs[["a", "b"]].to_numpy())) >= {("Hu Jintao", "Wen Jiabao"), ("Hu Jintao", "Hugo Chávez"), ("Hugo Chávez", "Wen Jiabao")}
    assert (pairs["a"] < pairs["b"]).all()


def test_countries_mode_links_the_countries_of_events():
    nodes, pairs = network.links(EVENTS, by="countries")
    assert nodes["China"] == 6
    assert pairs.set_index(["a", "b"]).loc[("China", "Russia"), "events"] == 5


def test_only_the_busiest_nodes_are_drawn_and_every_link_stays_listed():
    graph = network.network(EVENTS, limit=3)
    assert list(graph.nodes["name"]) == ["Vladimir Putin", "Xi Jinping", "Li Qiang"]
    assert graph.total_nodes == 8
    assert set(map(tuple, graph.edges[["a", "b"]].to_numpy())) == {("Vladimir Putin", "Xi Jinping"), ("Li Qiang", "Vladimir Putin")}
    assert len(graph.links) == 6, "links between nodes not drawn are still listed"


def test_no_two_labels_overlap_and_the_layout_is_the_same_every_time():
    graph = network.network(EVENTS)
    assert network.overlapping(graph.nodes) == []
    assert graph.nodes["x"].between(0, network.WIDTH).all() and graph.nodes["y"].between(0, graph.height).all()
    again = network.network(EVENTS)
    pd.testing.assert_frame_equal(graph.nodes, again.nodes)


def test_a_crowd_of_long_names_gets_room_for_every_label():
    names = [f"Participant With A Long Name {i}" for i in range(60)]
    crowd = events(*[(f"e{i}", [names[i % 60], names[(i * 7 + 1) % 60], names[(i * 11 + 3) % 60]], [], "2020") for i in range(200)])
    graph = network.network(crowd, limit=60)
    assert len(graph.nodes) == 60
    assert network.overlapping(graph.nodes) == []


def test_nodes_on_one_spot_are_moved_apart():
    sizes = pd.DataFrame({"name": ["A", "B", "C"], "r": [10.0, 10.0, 10.0]})
    positions, height = network.layout(list(sizes["name"]), pd.DataFrame(columns=["a", "b", "events"]),
                                       radius=dict(zip(sizes["name"], sizes["r"])))
    placed = sizes.assign(x=[positions[n][0] for n in sizes["name"]], y=[positions[n][1] for n in sizes["name"]])
    assert network.overlapping(placed) == [] and height > 0


def test_an_empty_view_has_no_nodes():
    graph = network.network(EVENTS.iloc[0:0])
    assert graph.nodes.empty and graph.links.empty and graph.total_nodes == 0


def test_pair_events_are_those_with_both_latest_first():
    rows = network.pair_events(EVENTS, "Xi Jinping", "Vladimir Putin")
    assert list(rows["event_id"]) == ["e1", "e2", "e7"]
    assert list(network.pair_events(EVENTS, "China", "Venezuela", by="countries")["event_id"]) == ["e5"]
    assert network.pair_events(EVENTS, "G20", "Xi Jinping").empty


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError):
        network.links(EVENTS, by="sectors")


def test_the_chart_makes_each_link_a_clickable_point_and_escapes_names():
    hostile = events(("e1", ["<b>Evil</b>", "Xi Jinping"], [], "2020"), ("e2", ["Xi Jinping", "Vladimir Putin"], [], "2021"))
    graph = network.network(hostile)
    fig = graphs.who_met_whom(graph.nodes, graph.edges, width=network.WIDTH, height=graph.height,
                              kinds={"Xi Jinping": "person"}, selected=("Xi Jinping", "Vladimir Putin"))
    points = [t for t in fig.data if t.name == "links"][0]
    assert sorted(map(json.loads, points.customdata)) == [["<b>Evil</b>", "Xi Jinping"], ["Vladimir Putin", "Xi Jinping"]]
    assert all("<b>Evil</b>" not in a.text for a in fig.layout.annotations)
    assert any("&lt;b&gt;Evil&lt;/b&gt;" in h for h in points.hovertext)
    assert fig.layout.width == network.WIDTH


def test_kinds_name_people_countries_and_organisations():
    entities = pd.DataFrame({"canonical": ["Xi Jinping", "China", "Acme"], "type": ["person", "country", "organisation"]})
    kinds = network.kinds(entities)
    assert kinds["Xi Jinping"] == "person" and kinds["China"] == "country" and kinds["Acme"] == "organisation"
    assert kinds.get("G20") == "organisation", "organisations that meet as a side are known without an article naming them"
    assert network.kinds(entities, ["China"])["China"] == "country" and "Xi Jinping" not in network.kinds(entities, ["China"])


def test_the_sector_and_co_mention_networks_place_labels_apart_within_their_width():
    names = [f"sector with a long name {i}" for i in range(20)]
    nodes = pd.DataFrame({"sector": names, "articles": list(range(1, 21))})
    edges = pd.DataFrame([(names[i], names[j], i + j) for i in range(20) for j in range(i + 1, 20) if (i * j) % 3 == 0],
                         columns=["a", "b", "count"])
    fig = graphs.network(nodes, edges, label=str, color=lambda n: "#4c78a8", width=440)
    markers = next(t for t in fig.data if t.mode == "markers")
    drawn = pd.DataFrame({"name": names, "x": list(markers.x), "y": list(markers.y), "r": [s / 2 for s in markers.marker.size]})
    assert not network.overlapping(drawn)
    assert drawn["x"].between(0, 440).all() and fig.layout.width == 440


def test_labels_overlap_neither_each_other_nor_nodes_and_the_busiest_keep_theirs():
    crowded = [(f"Person number {i}", 300 + 6 * i, 200 + 4 * i, 12 - i * 0.1) for i in range(12)]
    placed = graphs.label_places(crowded, width=600, height=400)
    boxes = {name: (x - (graphs.LABEL_CHAR * len(name) + 4) / 2, y - graphs.LABEL_HEIGHT / 2,
                    x + (graphs.LABEL_CHAR * len(name) + 4) / 2, y + graphs.LABEL_HEIGHT / 2) for name, x, y in placed}
    assert "Person number 0" in boxes and len(placed) < len(crowded)
    names = list(boxes)
    assert not any(graphs._overlap(boxes[a], boxes[b]) for i, a in enumerate(names) for b in names[i + 1:])
    nodes = {name: (x - r, y - r, x + r, y + r) for name, x, y, r in crowded}
    assert not any(graphs._overlap(box, nodes[other]) for name, box in boxes.items() for other in nodes)
    assert all(0 <= b[0] and 0 <= b[1] and b[2] <= 600 and b[3] <= 400 for b in boxes.values())
    sparse = [("Xi Jinping", 100, 100, 10), ("Vladimir Putin", 400, 300, 10), ("Top", 300, 5, 5)]
    where = {name: (x, y) for name, x, y in graphs.label_places(sparse, width=600, height=400)}
    assert where["Xi Jinping"][1] < 100 and where["Vladimir Putin"][1] < 300  # above its node when there is room
    assert where["Top"][1] > 5  # below a node at the top edge

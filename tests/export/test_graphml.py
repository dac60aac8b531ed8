"""GraphML export of the actor network, read back with networkx."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import networkx as nx
import pytest

from crisislens.export.graphml import write_graphml
from crisislens.store import Store

HANDMADE = Path(__file__).resolve().parents[1] / "report" / "handmade.py"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("graphml_handmade", HANDMADE)
    handmade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(handmade)
    st = Store(tmp_path_factory.mktemp("graphml") / "hand.duckdb")
    handmade.fill(st, link=False)
    yield st
    st.close()


@pytest.fixture(scope="module")
def graph(store, tmp_path_factory) -> nx.DiGraph:
    path = write_graphml(store, tmp_path_factory.mktemp("g") / "actors.graphml")
    return nx.read_graphml(path)


def test_graph_reads_back_directed_with_actor_nodes(graph):
    assert graph.is_directed()
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"India", "Pakistan", "Khawaja Asif", "Marco Rubio", "S. Jaishankar"} <= labels


def test_dyad_edges_carry_event_counts_and_mean_goldstein(graph):
    by_label = {d["label"]: n for n, d in graph.nodes(data=True)}
    strikes = graph.edges[by_label["India"], by_label["Pakistan"]]
    assert strikes["events"] == 2 and strikes["goldstein"] == -10.0 and strikes["quad_classes"] == "4:2"
    call = graph.edges[by_label["Pete Hegseth"], by_label["Rajnath Singh"]]
    assert call["goldstein"] > 0 and call["cameo_roots"] == "04"


def test_negated_events_draw_no_edge(graph):
    # "Pakistan denies Indian claims of attacks": negated, so India->Pakistan keeps 2 asserted strikes only
    by_label = {d["label"]: n for n, d in graph.nodes(data=True)}
    assert graph.edges[by_label["India"], by_label["Pakistan"]]["events"] == 2


def test_node_mentions_count_the_coverage(graph):
    dar_less = {d["label"]: d["mentions"] for _, d in graph.nodes(data=True)}
    assert dar_less["Pakistan"] > dar_less["Pete Hegseth"] > 0


def test_a_folder_path_gets_a_file_inside(store, tmp_path):
    path = write_graphml(store, tmp_path)
    assert path == tmp_path / "actors.graphml" and nx.read_graphml(path).number_of_nodes() > 5

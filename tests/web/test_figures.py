"""The two pictures' geometry: timeline stacks scale to the busiest day; network circles do
not overlap, stay in the frame, and the layout is the same on every call."""

from __future__ import annotations

import itertools
import math

from crisislens.web.figures import network_layout, timeline_bars


def test_timeline_stacks_scale_to_the_busiest_day():
    series = [{"date": "2025-05-07", "quad_class": 4, "n": 6}, {"date": "2025-05-07", "quad_class": 1, "n": 2},
              {"date": "2025-05-08", "quad_class": 3, "n": 4}]
    out = timeline_bars(series, width=200, height=120)
    by_day: dict[str, float] = {}
    for b in out["bars"]:
        by_day[b["day"]] = by_day.get(b["day"], 0) + b["h"]
    assert out["peak"] == 8
    assert math.isclose(by_day["2025-05-07"], 100, abs_tol=0.3)  # height - 20 for the busiest day
    assert math.isclose(by_day["2025-05-08"], 50, abs_tol=0.3)
    assert timeline_bars([])["bars"] == []


def _star(n: int) -> dict:
    nodes = [{"id": "HUB", "label": "hub", "events": 100}, {"id": "TWO", "label": "two", "events": 90}]
    nodes += [{"id": f"L{i}", "label": f"leaf {i}", "events": 1 + i % 3} for i in range(n)]
    edges = [{"source": "HUB", "target": "TWO", "events": 80, "goldstein_mean": -3.0}]
    edges += [{"source": "HUB" if i % 2 else "TWO", "target": f"L{i}", "events": 2, "goldstein_mean": 1.0} for i in range(n)]
    return {"nodes": nodes, "edges": edges}


def test_network_circles_do_not_overlap_and_stay_in_the_frame():
    out = network_layout(_star(30), size=560)
    for a, b in itertools.combinations(out["nodes"], 2):
        assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) >= a["r"] + b["r"] - 0.5, (a["id"], b["id"])
    assert all(0 <= n["x"] <= 560 and 0 <= n["y"] <= 560 for n in out["nodes"])
    hub = next(e for e in out["edges"] if e["target"] == "TWO")
    assert hub["tone"] == "conflict" and hub["w"] > out["edges"][1]["w"]


def test_network_layout_is_deterministic():
    assert network_layout(_star(12)) == network_layout(_star(12))

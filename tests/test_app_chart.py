"""The report's chart (inline SVG): every score seen, gaps not bridged, tooltips in words."""

from __future__ import annotations

import re
from types import SimpleNamespace

from simulator.ui.chart import chart_html, chart_series


def session(*scores: dict[str, float | None], trust: tuple[float, ...] = ()) -> SimpleNamespace:
    turns = [
        SimpleNamespace(trainee_text=f"発言{i}", trust=trust[i] if trust else 30.0 + i, scores=s)
        for i, s in enumerate(scores)
    ]
    turns.append(SimpleNamespace(trainee_text="", trust=40.0, scores={}))  # closing words
    return SimpleNamespace(turns=turns, state=SimpleNamespace(trust_history=[25.0]))


def wide(html: str) -> str:
    """The wide plot (the phone's plot holds the same points, drawn smaller)."""
    assert html.count('class="sim-chart sim-wide"') == 1
    assert html.count('class="sim-chart sim-narrow"') == 1
    return html[html.index("sim-wide") : html.index("</svg>")]


def points(svg: str, key: str) -> list[str]:
    return re.findall(rf'<(?:circle|rect|polygon)[^>]*data-series="{key}"[^>]*>(.*?)</', svg)


def lines(svg: str, key: str) -> list[str]:
    return re.findall(rf'<polyline class="sim-line" data-series="{key}" points="([^"]+)"', svg)


def test_a_rubric_scored_once_is_still_seen_and_gaps_are_not_bridged() -> None:
    s = session(
        {"listening": 65.0, "deep_dive": None, "summarising": None, "non_leading": 80.0},
        {"listening": None, "deep_dive": 40.0, "summarising": None, "non_leading": 85.0},
        {"listening": 70.0, "deep_dive": None, "summarising": None, "non_leading": 90.0},
    )
    full = chart_html(s, "ja")
    svg = wide(full)
    assert len(points(svg, "deep_dive")) == 1 and lines(svg, "deep_dive") == []  # one marker
    # listening: turns 1 and 3, not turn 2: two markers and no line across the gap
    assert len(points(svg, "listening")) == 2 and lines(svg, "listening") == []
    assert len(lines(svg, "non_leading")) == 1 and len(points(svg, "non_leading")) == 3
    assert len(points(svg, "trust")) == 4  # before the first turn, then after each
    assert "<title>傾聴 ターン1：65</title>" in svg and "<title>経営者の信頼 開始：25</title>" in svg
    assert "series" not in full.replace("data-series", "")  # no raw column name anywhere
    assert "要約・言い換え（該当するターンなし）" in full  # a rubric that never applied says so


def test_series_values_and_english_labels() -> None:
    s = session({"listening": 50.0}, trust=(35.0,))
    series = {x.key: x.values for x in chart_series(s, "en")}
    assert series["trust"] == [25.0, 35.0] and series["listening"] == [None, 50.0]
    svg = chart_html(s, "en")
    assert "Trust and scores over the turns" in svg and ">start<" in svg
    assert "<title>Listening Turn 1: 50</title>" in svg
    assert chart_html(session(), "ja") == ""  # nobody spoke: no chart

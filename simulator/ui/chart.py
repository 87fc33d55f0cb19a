"""The report's chart of the owner's trust and the rubric scores over the turns, as inline SVG.

Drawn on the server (no plotting library, nothing written to disk): a line per series broken
where a rubric did not apply, a marker on every point (a rubric scored in one turn only is
still seen), a tooltip per point in the page's language, and a legend in HTML under the plot
that wraps on a phone. Every text is our own (labels, numbers) and is escaped anyway.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..report_names import RUBRIC_NAMES
from .labels import tx
from .texts import t
from .views import trust_before

# (width, height, font size): a wide plot, and one a phone shows at a readable size (CSS picks)
SIZES = {"wide": (640, 280, 11), "narrow": (340, 260, 12)}
LEFT, RIGHT, TOP, BOTTOM = 34, 12, 12, 38

# (colour, dash pattern, marker): told apart by colour and, printed in grey, by dash and marker
STYLES: dict[str, tuple[str, str, str]] = {
    "trust": ("#374151", "", "circle"),
    "listening": ("#0072b2", "7 4", "square"),
    "deep_dive": ("#d55e00", "3 3", "triangle"),
    "summarising": ("#009e73", "10 3 2 3", "diamond"),
    "non_leading": ("#cc79a7", "1 3", "circle"),
}


@dataclass
class Series:
    key: str
    name: str
    values: list[float | None]  # one per x position; None: the rubric did not apply


def turn_label(n: int, lang: str) -> str:
    """The x-axis label of turn ``n`` (0: before the first turn)."""
    if n == 0:
        return "開始" if lang == "ja" else "start"
    return str(n)


def chart_series(session: Any, lang: str) -> list[Series]:
    """Trust before the first turn and after each turn; each rubric's score per turn."""
    said = [tr for tr in session.turns if tr.trainee_text]
    if not said:
        return []
    trust = [trust_before(session, 0), *(float(tr.trust) for tr in said)]
    return [Series("trust", t("series_trust", lang), trust), *rubric_series(said, lang)]


@dataclass
class Frame:
    """The plotting area of one drawing size."""

    w: int
    h: int
    font: int
    n: int  # the last turn (x runs from 0 to n)

    def x(self, i: int) -> float:
        span = self.w - LEFT - RIGHT
        return LEFT + (span * i / self.n if self.n else span / 2)

    def y(self, v: float) -> float:
        return TOP + (self.h - TOP - BOTTOM) * (1 - max(0.0, min(100.0, v)) / 100)


def _marker(shape: str, x: float, y: float, colour: str, tip: str = "", key: str = "") -> str:
    title = f"<title>{html.escape(tip)}</title>" if tip else ""
    fill = f'fill="{colour}" stroke="#fff" stroke-width="1"'
    if key:
        fill += f' class="sim-point" data-series="{key}"'
    if shape == "square":
        body = f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" {fill}>'
        return f"{body}{title}</rect>"
    if shape == "triangle":
        pts = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"
        return f'<polygon points="{pts}" {fill}>{title}</polygon>'
    if shape == "diamond":
        pts = f"{x:.1f},{y - 5.5:.1f} {x + 5.5:.1f},{y:.1f} {x:.1f},{y + 5.5:.1f} {x - 5.5:.1f},{y:.1f}"
        return f'<polygon points="{pts}" {fill}>{title}</polygon>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" {fill}>{title}</circle>'


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive points with a value: a line never bridges a turn the rubric skipped."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((i, v))
    return [r for r in runs if r]


def rubric_series(turns: Sequence[Any], lang: str) -> list[Series]:
    """Each rubric's score per turn of an uploaded role-play (no owner's trust to draw)."""
    said = [tr for tr in turns if tr.trainee_text]
    if not said:
        return []
    series = []
    for rid, names in RUBRIC_NAMES.items():
        values: list[float | None] = [None]
        for tr in said:
            score = tr.scores.get(rid)
            values.append(None if score is None else float(score))
        series.append(Series(rid, names.get(lang, rid), values))
    return series


def chart_html(session: Any, lang: str) -> str:
    """The chart as an HTML fragment (an SVG plot per size and the legend); ``""`` with no turn."""
    return series_html(chart_series(session, lang), lang)


def turns_chart_html(turns: Sequence[Any], lang: str) -> str:
    """The chart of an uploaded role-play's stored turns: the rubric scores only."""
    return series_html(rubric_series(turns, lang), lang, tx("imp_chart", lang))


def series_html(series: list[Series], lang: str, title: str = "") -> str:
    if not series:
        return ""
    n = len(series[0].values) - 1
    title = title or t("chart", lang)
    plots = "".join(
        _plot(series, lang, Frame(w, h, font, n), size, title) for size, (w, h, font) in SIZES.items()
    )
    head = f'<div class="sim-chart-title">{html.escape(title)}</div>'
    return head + plots + _legend(series, lang)


def _plot(series: list[Series], lang: str, f: Frame, size: str, title: str) -> str:
    sep = "：" if lang == "ja" else ": "
    text = f'font-size="{f.font}" fill="#4b5563"'
    parts = [
        f'<svg class="sim-chart sim-{size}" viewBox="0 0 {f.w} {f.h}" role="img" '
        f'aria-label="{html.escape(title)}" preserveAspectRatio="xMinYMid meet">'
    ]
    for v in range(0, 101, 20):  # the grid and the value axis
        y = f.y(v)
        parts.append(
            f'<line x1="{LEFT}" x2="{f.w - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e7eb"/>'
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" {text}>{v}</text>'
        )
    most = 12 if size == "wide" else 7  # turn labels that fit side by side
    step = max(1, -(-f.n // most))
    for i in range(f.n + 1):
        if i % step and i != f.n:
            continue
        parts.append(
            f'<text x="{f.x(i):.1f}" y="{f.h - BOTTOM + f.font + 5}" text-anchor="middle" '
            f"{text}>{html.escape(turn_label(i, lang))}</text>"
        )
    parts.append(
        f'<text x="{f.w - RIGHT}" y="{f.h - 3}" text-anchor="end" {text}>'
        f"{html.escape(t('x_turn', lang))}</text>"
    )
    for s in series:
        colour, dash, shape = STYLES.get(s.key, ("#6b7280", "", "circle"))
        width = 3 if s.key == "trust" else 2
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        for run in _runs(s.values):
            if len(run) > 1:
                pts = " ".join(f"{f.x(i):.1f},{f.y(v):.1f}" for i, v in run)
                parts.append(
                    f'<polyline class="sim-line" data-series="{s.key}" points="{pts}" fill="none" '
                    f'stroke="{colour}" stroke-width="{width}"{dashes} stroke-linejoin="round"/>'
                )
            for i, v in run:
                label = t("turn_n", lang, n=i) if i else turn_label(0, lang)
                tip = f"{s.name} {label}{sep}{v:.0f}"
                parts.append(_marker(shape, f.x(i), f.y(v), colour, tip, s.key))
    parts.append("</svg>")
    return "".join(parts)


def _legend(series: list[Series], lang: str) -> str:
    items = []
    for s in series:
        colour, dash, shape = STYLES.get(s.key, ("#6b7280", "", "circle"))
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        swatch = (
            '<svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true">'
            f'<line x1="1" x2="33" y1="7" y2="7" stroke="{colour}" stroke-width="2"{dashes}/>'
            f"{_marker(shape, 17, 7, colour)}</svg>"
        )
        none = all(v is None for v in s.values)
        note = (
            f"（{t('chart_none', lang)}）"
            if none and lang == "ja"
            else (f" ({t('chart_none', lang)})" if none else "")
        )
        items.append(
            f'<li data-series="{s.key}">{swatch}<span>{html.escape(s.name)}{note}</span></li>'
        )
    return f'<ul class="sim-legend">{"".join(items)}</ul>'

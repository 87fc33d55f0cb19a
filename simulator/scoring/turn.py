"""Scoring one trainee turn against the rubrics: scores, evidence, feedback, one suggestion."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..acts import Analysis, Utterance
from ..i18n import Lang
from ..rubric import Criterion, Rubric, Suggestion, load_rubrics
from .keywords import quote_all, salient_keywords, surface_in
from .models import TurnScore
from .signals import TurnView, applies, build_view, marker_items
from .text import join_words, truncation_note

CONTEXT_FLAGS = (
    "repeat",
    "topic_switch",
    "blunt_worry",
    "issue_question",
    "denial",
    "picked_keyword",
    "closed_run",
    "owner_summary",
    "own_summary",
    "owner_question",
)


@dataclass
class _Hit:
    points: float  # weighted
    text: str  # evidence line


@dataclass
class _CriterionResult:
    rubric: Rubric
    criterion: Criterion
    net: float  # weighted, after the criterion's bounds
    hits: list[_Hit] = field(default_factory=list)


def score_turn(
    analysis: Analysis,
    context: Sequence[Utterance],
    rubrics: dict[str, Rubric] | None = None,
    *,
    prior_acts: Sequence[Sequence[str]] | None = None,
    truncated: bool = False,
) -> TurnScore:
    """Score one trainee utterance (``analysis``) given the conversation before it.

    ``prior_acts``: the acts of each context turn, when the caller knows them (a scored
    conversation or a live session); it tells which earlier turns were summaries.
    ``truncated``: the utterance was clipped before analysis (noted in the evidence).
    """
    rubrics = rubrics if rubrics is not None else load_rubrics()
    view = build_view(analysis, context, rubrics, prior_acts)
    lang = analysis.lang
    scores: dict[str, float | None] = {}
    results: list[_CriterionResult] = []
    for rid, rubric in rubrics.items():
        if not applies(rubric, view):
            scores[rid] = None
            continue
        total = rubric.base
        for crit in rubric.criteria:
            res = _score_criterion(rubric, crit, view)
            total += res.net
            results.append(res)
        scores[rid] = round(min(100.0, max(0.0, total)), 1)

    picked = _picked_surfaces(analysis, view)
    evidence = _evidence(results)
    if truncated:
        evidence.append(truncation_note(lang))
    return TurnScore(
        scores=scores,
        evidence=evidence,
        suggestion=_suggestion(rubrics, scores, results, analysis, context),
        feedback=_feedback(results, picked, lang),
        flags=_flags(view, results),
    )


def _score_criterion(rubric: Rubric, crit: Criterion, view: TurnView) -> _CriterionResult:
    raw = 0.0
    hits: list[_Hit] = []
    for marker in crit.markers:
        items = marker_items(marker, view, rubric)
        if items is None:
            continue
        n = min(max(len(items), 1), marker.max_items) if marker.per_item else 1
        points = marker.points * n
        raw += points
        if marker.label is not None:
            label = marker.label.get(view.lang)
            shown = [_surface(i, view) for i in items[: marker.max_items if marker.per_item else 3]]
            text = f"{label}: {join_words(shown, view.lang)}" if shown else label
            hits.append(_Hit(points * crit.weight, text))
    net = min(crit.max_points, max(crit.min_points, raw)) * crit.weight
    return _CriterionResult(rubric, crit, net, hits)


def _surface(item: str, view: TurnView) -> str:
    """An item as written in the utterance (picked keywords come normalised)."""
    return surface_in(item, view.text, view.lang) or item


def _picked_surfaces(analysis: Analysis, view: TurnView) -> list[str]:
    return list(dict.fromkeys(_surface(k, view) for k in analysis.features.picked_keywords))[:3]


def _evidence(results: list[_CriterionResult]) -> list[str]:
    hits = [h for r in results for h in r.hits if h.points != 0]
    hits.sort(key=lambda h: -abs(h.points))
    out: list[str] = []
    for h in hits:
        if h.text not in out:
            out.append(h.text)
    return out[:8]


def _feedback(results: list[_CriterionResult], picked: list[str], lang: Lang) -> list[str]:
    weak = sorted((r for r in results if r.net < 0), key=lambda r: r.net)
    good = sorted((r for r in results if r.net > 0), key=lambda r: -r.net)
    chosen = [r.criterion.feedback.weak.get(lang) for r in weak[:2]]
    chosen += [r.criterion.feedback.good.get(lang) for r in good[: 1 if chosen else 2]]
    out: list[str] = []
    for text in chosen:
        text = _fill_picked(text, picked, lang)
        if text not in out:
            out.append(text)
    return out


def _fill_picked(text: str, picked: list[str], lang: Lang) -> str:
    if "{picked}" not in text:
        return text
    if picked:
        return text.replace("{picked}", quote_all(picked, lang))
    for gap in ("（{picked}）", " ({picked})", "({picked})"):
        text = text.replace(gap, "")
    return text.replace("{picked}", "")


def _suggestion(
    rubrics: dict[str, Rubric],
    scores: dict[str, float | None],
    results: list[_CriterionResult],
    analysis: Analysis,
    context: Sequence[Utterance],
) -> str | None:
    weak_rubrics = [
        rid for rid, s in scores.items() if s is not None and s < rubrics[rid].weak_below
    ]
    if not weak_rubrics:
        return None
    negatives = sorted((r for r in results if r.net < 0), key=lambda r: r.net)
    template_set: Suggestion
    if negatives:
        worst = negatives[0]
        template_set = worst.criterion.suggestion or worst.rubric.suggestion
    else:
        rid = min(weak_rubrics, key=lambda r: (scores[r] or 0) - rubrics[r].weak_below)
        template_set = rubrics[rid].suggestion
    lang = analysis.lang
    keywords = salient_keywords(analysis.features.owner_keywords, context, lang)
    templates = (
        template_set.with_keyword.get(lang) if keywords else template_set.without_keyword.get(lang)
    )
    template = templates[zlib.crc32(analysis.text.encode("utf-8")) % len(templates)]
    if not keywords:
        return template
    return template.replace("{keywords}", quote_all(keywords, lang)).replace(
        "{keyword}", keywords[0]
    )


def _flags(view: TurnView, results: list[_CriterionResult]) -> list[str]:
    flags = [name for name in CONTEXT_FLAGS if name in view.signals]
    for rid, state in view.due.items():
        if state.due:
            flags.append(f"due:{rid}")
            if state.reason == "impatience" and "impatient" not in flags:
                flags.append("impatient")
    flags += [f"weak:{r.rubric.id}.{r.criterion.id}" for r in results if r.net < 0]
    return flags

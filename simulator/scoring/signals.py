"""What the rubrics observe in one turn: signals, numeric features, phrases and due rules.

:class:`TurnView` is built once per turn from the analyser's output and the context; the rubric
conditions (``simulator.rubric.Condition``) are evaluated against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..acts import Act, Analysis, Utterance
from ..i18n import Lang
from ..rubric import Condition, DueRule, Marker, Rubric
from .text import find_phrases, last_owner_text, measure

QUESTION_ACTS = (Act.OPEN_QUESTION, Act.CLOSED_QUESTION, Act.LEADING_QUESTION)


@dataclass
class DueState:
    due: bool = False
    reason: str | None = None  # "owner_points" | "impatience"
    owner_points: int = 0


@dataclass
class TurnView:
    """One trainee turn as the rubrics see it."""

    analysis: Analysis
    context: Sequence[Utterance]
    lang: Lang
    owner_last: str
    signals: dict[str, list[str]] = field(default_factory=dict)  # name -> items (may be empty)
    numbers: dict[str, float] = field(default_factory=dict)
    due: dict[str, DueState] = field(default_factory=dict)  # rubric id -> state

    @property
    def text(self) -> str:
        return self.analysis.text


def build_view(
    analysis: Analysis,
    context: Sequence[Utterance],
    rubrics: dict[str, Rubric],
    prior_acts: Sequence[Sequence[str]] | None = None,
) -> TurnView:
    lang = analysis.lang
    f = analysis.features
    view = TurnView(analysis, context, lang, last_owner_text(context))
    sig = view.signals
    for act in analysis.acts:
        sig[act.value] = list(analysis.evidence.get(act.value, []))
    if f.is_question or any(a in analysis.acts for a in QUESTION_ACTS):
        sig["question"] = []
    if f.picked_keywords:
        sig["picked_keyword"] = list(f.picked_keywords)
    for name, on in (
        ("repeat", f.is_repeat),
        ("topic_switch", f.topic_switch),
        ("blunt_worry", f.blunt_worry),
        ("issue_question", f.issue_question),
        ("denial", f.denial),
    ):
        if on:
            sig[name] = list(analysis.evidence.get(name, []))
    if any(u.speaker == "owner" for u in context):
        sig["owner_spoke"] = []
    view.numbers = {
        "length": float(f.length or measure(analysis.text, lang)),
        "talk_share": f.talk_share,
        "summary_points": float(f.summary_points),
        "picked_count": float(len(f.picked_keywords)),
    }
    for rid, rubric in rubrics.items():
        if rubric.applies.due is not None:
            view.due[rid] = due_state(
                rubric.applies.due, context, lang, view.owner_last, prior_acts
            )
    return view


def due_state(
    rule: DueRule,
    context: Sequence[Utterance],
    lang: Lang,
    owner_last: str,
    prior_acts: Sequence[Sequence[str]] | None = None,
) -> DueState:
    """Whether the rule is due before this turn: enough substantive owner turns since the last
    trainee turn that met it, or the owner's last turn shows impatience.

    ``prior_acts`` (acts per context turn) says which earlier turns met the rule; without it,
    the rule's ``previous`` phrases are looked for in earlier trainee turns.
    """
    substance = rule.substance.get(lang)
    points = 0
    for i in range(len(context) - 1, -1, -1):
        u = context[i]
        if u.speaker == "trainee":
            if prior_acts is not None and i < len(prior_acts):
                met = any(a in rule.met_by for a in prior_acts[i])
            else:
                met = bool(rule.previous and find_phrases(u.text, rule.previous.get(lang), lang))
            if met:
                break
        elif measure(u.text, lang) >= substance:
            points += 1
    if rule.impatience and owner_last and find_phrases(owner_last, rule.impatience.get(lang), lang):
        return DueState(True, "impatience", points)
    if points >= rule.owner_turns:
        return DueState(True, "owner_points", points)
    return DueState(False, None, points)


def evaluate(cond: Condition, view: TurnView, rubric: Rubric) -> list[str] | None:
    """The items that make ``cond`` hold (possibly empty), or None when it does not hold."""
    if cond.ref is not None:
        return evaluate(rubric.conditions[cond.ref], view, rubric)
    if cond.signal is not None:
        return _signal_items(cond.signal, view, rubric)
    if cond.phrases is not None:
        return find_phrases(view.text, cond.phrases.get(view.lang), view.lang) or None
    if cond.owner_phrases is not None:
        if not view.owner_last:
            return None
        return find_phrases(view.owner_last, cond.owner_phrases.get(view.lang), view.lang) or None
    assert cond.feature is not None
    value = view.numbers.get(cond.feature, 0.0)
    if cond.at_least is not None:
        limit = (
            cond.at_least
            if isinstance(cond.at_least, float | int)
            else cond.at_least.get(view.lang)
        )
        if value < limit:
            return None
    if cond.below is not None:
        limit = cond.below if isinstance(cond.below, float | int) else cond.below.get(view.lang)
        if value >= limit:
            return None
    return [_format_number(cond.feature, value, view.lang)]


def named_holds(name: str, view: TurnView, rubric: Rubric) -> bool:
    if name in rubric.conditions:
        return evaluate(rubric.conditions[name], view, rubric) is not None
    return _signal_items(name, view, rubric) is not None


def _signal_items(name: str, view: TurnView, rubric: Rubric) -> list[str] | None:
    if name == "due":
        state = view.due.get(rubric.id)
        return [] if state is not None and state.due else None
    return view.signals.get(name)


def marker_items(marker: Marker, view: TurnView, rubric: Rubric) -> list[str] | None:
    """Items of a marker that holds (with its when/unless), or None."""
    items = evaluate(marker, view, rubric)
    if items is None:
        return None
    if not all(named_holds(n, view, rubric) for n in marker.when):
        return None
    if any(named_holds(n, view, rubric) for n in marker.unless):
        return None
    return items


def applies(rubric: Rubric, view: TurnView) -> bool:
    rule = rubric.applies
    if rule.always:
        return True
    if rule.due is not None and view.due.get(rubric.id, DueState()).due:
        return True
    return any(evaluate(c, view, rubric) is not None for c in rule.any_of)


def _format_number(feature: str, value: float, lang: Lang) -> str:
    if feature == "talk_share":
        return f"{value:.0%}"
    if feature == "length":
        return f"{int(value)}字" if lang == "ja" else f"{int(value)} words"
    return f"{value:g}"

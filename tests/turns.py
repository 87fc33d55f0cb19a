"""Helpers the turn-feedback regression tests share: a context from (speaker, text) pairs, one
trainee turn analysed and scored in it, its acts, and whether a feedback line says something."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.acts import Analysis, Utterance
from simulator.analysis import analyse
from simulator.scoring.models import TurnScore
from simulator.scoring.turn import score_turn


def ctx(*turns: tuple[str, str]) -> list[Utterance]:
    return [Utterance(speaker=s, text=t) for s, t in turns]  # type: ignore[arg-type]


def run(
    text: str,
    context: list[Utterance],
    lang: str = "ja",
    prior: Sequence[Sequence[str]] | None = None,
) -> tuple[Analysis, TurnScore]:
    a = analyse(text, context, lang)  # type: ignore[arg-type]
    return a, score_turn(a, context, prior_acts=prior)


def acts_of(text: str, context: list[Utterance], lang: str = "ja") -> set[str]:
    return {x.value for x in analyse(text, context, lang).acts}  # type: ignore[arg-type]


def has_line(feedback: list[str], part: str) -> bool:
    return any(part in line for line in feedback)

"""The offline realiser: phrases an intent from the persona's own lines.

Deterministic for a given seed; never repeats a line within a session while the persona has
alternatives for that situation.
"""

from __future__ import annotations

import random
import re
import time

from ..acts import Utterance
from ..engine.state import EngineState, ReplyIntent
from ..persona import Persona, Reaction
from .base import Realisation


def pick_line(persona: Persona, state: EngineState, reaction: Reaction) -> str:
    """Choose one of the persona's lines for ``reaction`` and mark it used in ``state``."""
    lines = persona.lines[reaction].get(state.lang)
    used = state.used_lines.setdefault(reaction.value, [])
    fresh = [i for i in range(len(lines)) if i not in used]
    if not fresh:  # every alternative said once: start a new round
        used.clear()
        fresh = list(range(len(lines)))
    rng = random.Random(f"{state.persona_id}:{state.lang}:{state.seed}:{state.turn}:{reaction}")
    index = rng.choice(fresh)
    used.append(index)
    return lines[index]


def join(parts: list[str], lang: str) -> str:
    sep = "" if lang == "ja" else " "
    return sep.join(p.strip() for p in parts if p.strip())


# Closed questions about the public profile get a real answer, not a generic line.
_PROFILE_QUESTIONS: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "ja": [
        (re.compile(r"(従業員|社員|スタッフ|人数|何名|何人)"), "従業員は{employees}人です。"),
        (re.compile(r"(創業|設立|何年|いつ(頃|ごろ)?から)"), "創業は{founded}年です。"),
    ],
    "en": [
        (re.compile(r"\b(employees|staff|people|headcount|how many)\b", re.I), "We have {employees} people."),
        (re.compile(r"\b(founded|established|started|how long|since when)\b", re.I), "We started in {founded}."),
    ],
}


def profile_answer(persona: Persona, question: str, lang: str) -> str | None:
    """A factual answer from the company profile (known before the visit), or None."""
    for pattern, template in _PROFILE_QUESTIONS.get(lang, []):
        if pattern.search(question):
            return template.format(
                employees=persona.company.employees, founded=persona.company.founded
            )
    return None


def compose(
    persona: Persona, state: EngineState, intent: ReplyIntent, question: str = ""
) -> str:
    answer = None
    if intent.reaction is Reaction.ANSWER_CLOSED and not intent.disclose:
        answer = profile_answer(persona, question, state.lang)
    parts = [answer or pick_line(persona, state, intent.reaction)]
    parts += [persona.fact(fid).text.get(state.lang) for fid in intent.disclose]
    if intent.followup is not None:
        parts.append(pick_line(persona, state, intent.followup))
    return join(parts, state.lang)


class OfflineVoice:
    name = "offline"

    def __init__(self, **_: object) -> None:
        pass

    def realise(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
    ) -> Realisation:
        started = time.perf_counter()
        question = next((u.text for u in reversed(history) if u.speaker == "trainee"), "")
        text = compose(persona, state, intent, question)
        return Realisation(
            text=text, backend=self.name, latency_ms=(time.perf_counter() - started) * 1000
        )

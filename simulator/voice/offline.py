"""The offline realiser: phrases an intent from the persona's own lines.

Deterministic for a given seed; never repeats a line within a session while the persona has
alternatives for that situation.
"""

from __future__ import annotations

import random
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


def compose(persona: Persona, state: EngineState, intent: ReplyIntent) -> str:
    parts = [pick_line(persona, state, intent.reaction)]
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
        text = compose(persona, state, intent)
        return Realisation(
            text=text, backend=self.name, latency_ms=(time.perf_counter() - started) * 1000
        )

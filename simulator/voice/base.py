"""The owner's voice: something that phrases a :class:`ReplyIntent` as the owner's words.

One small registry holds the voices (``offline`` always; ``openai`` when configured; tests may
register a scripted one through the same hook).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pydantic import BaseModel, Field

from ..acts import Utterance
from ..engine.state import EngineState, ReplyIntent
from ..persona import Persona


class Realisation(BaseModel):
    """The owner's words for one intent, and how they were produced."""

    text: str
    backend: str
    notice: str | None = Field(None, description="shown to the user, e.g. a fallback notice")
    tokens_in: int = 0
    tokens_cached: int = Field(0, description="prompt tokens the server served from its cache")
    tokens_out: int = 0
    latency_ms: float = 0.0


class Voice(Protocol):
    name: str

    def realise(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
    ) -> Realisation:
        """Phrase ``intent``. May record used lines in ``state`` (the state after the turn)."""
        ...


class StreamingVoice(Voice, Protocol):
    """A voice that can hand out its reply while it is produced (the LLM)."""

    def realise_stream(
        self,
        persona: Persona,
        state: EngineState,
        intent: ReplyIntent,
        history: list[Utterance],
        on_partial: Callable[[str], None],
    ) -> Realisation:
        """Like ``realise``; calls ``on_partial(text so far)`` as the reply grows (an empty
        text withdraws what was shown) and returns the whole, checked reply."""
        ...


def streams(voice: Voice) -> bool:
    """The voice can stream its reply."""
    return callable(getattr(voice, "realise_stream", None))


VoiceFactory = Callable[..., Voice]
_REGISTRY: dict[str, VoiceFactory] = {}


def register_voice(name: str, factory: VoiceFactory) -> None:
    _REGISTRY[name] = factory


def voice_names() -> list[str]:
    return sorted(_REGISTRY)


def make_voice(name: str, **kwargs: object) -> Voice:
    from ..errors import SimulatorError

    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise SimulatorError(
            f"unknown backend {name!r}; available: {', '.join(voice_names())}"
        ) from None
    return factory(**kwargs)

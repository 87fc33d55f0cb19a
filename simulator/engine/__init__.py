"""The deterministic persona engine."""

from .engine import EFFECTS, PersonaEngine
from .state import EngineState, ReplyIntent

__all__ = ["EFFECTS", "EngineState", "PersonaEngine", "ReplyIntent"]

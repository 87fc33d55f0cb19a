"""Owner voices: the offline realiser and (when configured) an LLM."""

from .base import Realisation, Voice, make_voice, register_voice, voice_names
from .offline import OfflineVoice

register_voice("offline", OfflineVoice)


def _openai_voice(**kwargs: object) -> Voice:
    from .openai_voice import OpenAIVoice  # imports openai only when it is used

    return OpenAIVoice(**kwargs)  # type: ignore[arg-type]


register_voice("openai", _openai_voice)

__all__ = ["OfflineVoice", "Realisation", "Voice", "make_voice", "register_voice", "voice_names"]

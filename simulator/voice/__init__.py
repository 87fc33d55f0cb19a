"""Owner voices: the offline realiser and (when configured) an LLM."""

from .base import Realisation, Voice, make_voice, register_voice, voice_names
from .offline import OfflineVoice

register_voice("offline", OfflineVoice)

__all__ = ["OfflineVoice", "Realisation", "Voice", "make_voice", "register_voice", "voice_names"]

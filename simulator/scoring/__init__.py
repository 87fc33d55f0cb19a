"""Scoring trainee turns and whole conversations against the rubrics in ``rubrics/``.

- :func:`score_turn` — one analysed trainee utterance → :class:`TurnScore`
- :func:`score_conversation` — a list of utterances → :class:`ConversationScore`
- :func:`score_session` — already scored turns (a live session) → :class:`ConversationScore`

No UI, storage or LLM imports here: the offline scorer runs anywhere.
"""

from __future__ import annotations

from .models import ConversationScore, DueMoment, Patterns, Run, TurnResult, TurnScore
from .session import score_conversation, score_session, session_score
from .text import clip_context, clip_text, measure
from .turn import score_turn

__all__ = [
    "ConversationScore",
    "DueMoment",
    "Patterns",
    "Run",
    "TurnResult",
    "TurnScore",
    "clip_context",
    "clip_text",
    "measure",
    "score_conversation",
    "score_session",
    "score_turn",
    "session_score",
]

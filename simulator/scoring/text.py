"""Small text helpers of the scorer: lengths, phrase search, clipping very long texts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..acts import Utterance
from ..i18n import Lang

HEAD_CHARS = 2000
TAIL_CHARS = 2000
MAX_CONTEXT_TURNS = 80
_WORD_RE = re.compile(r"[A-Za-z0-9']+")
_SPACE_RE = re.compile(r"\s+")


def measure(text: str, lang: Lang) -> int:
    """Length as the rubrics count it: characters without spaces (ja) or words (en)."""
    if lang == "en":
        return len(_WORD_RE.findall(text))
    return len(_SPACE_RE.sub("", text))


def find_phrases(text: str, phrases: Iterable[str], lang: Lang) -> list[str]:
    """The phrases that occur in ``text``, as written there (case-insensitive in English)."""
    found: list[str] = []
    haystack = text.lower() if lang == "en" else text
    for phrase in phrases:
        needle = phrase.lower() if lang == "en" else phrase
        if not needle:
            continue
        at = haystack.find(needle)
        if at >= 0:
            surface = text[at : at + len(needle)]
            if surface not in found:
                found.append(surface)
    return found


def clip_text(text: str, head: int = HEAD_CHARS, tail: int = TAIL_CHARS) -> tuple[str, bool]:
    """Keep the first ``head`` and last ``tail`` characters of a very long text.

    Returns the text to analyse and whether it was shortened.
    """
    if len(text) <= head + tail + 200:
        return text, False
    return f"{text[:head]}\n…\n{text[-tail:]}", True


def clip_context(
    context: Sequence[Utterance], max_turns: int = MAX_CONTEXT_TURNS
) -> tuple[list[Utterance], int]:
    """The last ``max_turns`` turns, each clipped; also the number of turns dropped in front."""
    dropped = max(0, len(context) - max_turns)
    kept: list[Utterance] = []
    for u in context[dropped:]:
        text, cut = clip_text(u.text)
        kept.append(u if not cut else Utterance(speaker=u.speaker, text=text))
    return kept, dropped


def last_owner_text(context: Sequence[Utterance]) -> str:
    for u in reversed(context):
        if u.speaker == "owner":
            return u.text
    return ""


def truncation_note(lang: Lang) -> str:
    if lang == "en":
        return f"(long utterance: only the first and last {HEAD_CHARS:,} characters were analysed)"
    return f"（長文のため、先頭と末尾の各{HEAD_CHARS:,}字のみ分析）"


def join_words(words: Sequence[str], lang: Lang) -> str:
    return ("、" if lang == "ja" else ", ").join(words)

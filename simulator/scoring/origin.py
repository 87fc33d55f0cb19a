"""Where the words of a trainee turn come from: which of them the owner said first (a summary
of his points) and which the supporter brought in (a "summary" of the supporter's own proposals)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..acts import Analysis, Utterance
from .due import _turn_words


@dataclass(frozen=True)
class Origin:
    """Where the words of a turn come from (words said earlier in the conversation)."""

    points: int = 0  # distinct owner turns that first said some of the turn's words
    owner_words: int = 0  # words the owner said first
    known: int = 0  # words said earlier by anyone
    share: float = 0.0  # owner_words / known


def owner_origin(analysis: Analysis, context: Sequence[Utterance]) -> Origin:
    """Which of the turn's words the owner said first (not words the supporter brought in
    and the owner merely echoed), and from how many owner turns they come.

    A summary of the owner gathers words first said in several owner turns; a 「まとめると」
    of the supporter's own proposals gathers words the supporter introduced.
    """
    lang = analysis.lang
    mine = set(analysis.features.content_words) or set(_turn_words(analysis.text, lang))
    if not mine or not context:
        return Origin()
    first: dict[str, tuple[str, int]] = {}
    asked: set[str] = set()  # words the supporter first said in a question (not a proposal)
    for i, u in enumerate(context):
        said = _turn_words(u.text, lang) & mine
        if u.speaker == "owner":
            # 「お客さんが減ってきたのはいつ頃からですか？」→「ここ五、六年でだいぶ減った」:
            # what he answered to a question is his point, not the supporter's proposal
            for w in said & asked:
                first[w] = ("owner", i)
            asked -= said
        elif u.speaker == "trainee":
            asked |= {w for w in _asked_words(u.text, lang) & said if w not in first}
        for w in said:
            first.setdefault(w, (u.speaker, i))
    if not first:
        return Origin()
    owner_turns = {i for speaker, i in first.values() if speaker == "owner"}
    owner_words = sum(1 for speaker, _ in first.values() if speaker == "owner")
    return Origin(len(owner_turns), owner_words, len(first), owner_words / len(first))


@lru_cache(maxsize=4096)  # every earlier trainee turn is read again on each later turn
def _asked_words(text: str, lang: str) -> frozenset[str]:
    """Words of the supporter's questions, leaving out proposals in question form."""
    from ..analysis.guards import _sentences, proposes

    out: set[str] = set()
    for sentence in _sentences(text, lang):
        if sentence.rstrip().endswith(("?", "？")) and not proposes(sentence, lang):
            out |= _turn_words(sentence, lang)
    return frozenset(out)


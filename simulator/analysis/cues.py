"""Small value types shared by the language modules and the context features."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..acts import Act


@dataclass(frozen=True, slots=True)
class Word:
    """One content word of a text: its surface (a substring of the text), its normalised form
    and the keys it matches on (the normalised form plus, for compounds, its parts)."""

    surface: str
    norm: str
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cues:
    """What the act rules need to know about the conversation before the utterance."""

    owner_last_has_content: bool = False
    picked_last: tuple[Word, ...] = ()  # words of the utterance found in the owner's last turn
    overlap_last: float = 0.0  # share of the utterance's content words found there
    summary_points: int = 0  # distinct earlier owner turns the utterance draws on
    drawn_words: int = 0  # distinct utterance words found in any owner turn
    # of those, words from earlier owner turns only, leaving out words any question uses
    # (気持ち, 考え, 話 …): what makes a give-back gather more than the owner's last turn
    drawn_earlier: int = 0
    has_owner: bool = False  # the context holds at least one owner turn
    multi_owner: bool = False  # the context holds two or more owner turns with content
    last_keys: frozenset[str] = frozenset()  # match keys of the owner's last turn
    owner_keys: frozenset[str] = frozenset()  # match keys of every owner turn
    last_text: str = ""  # the owner's last turn
    owner_last_question: bool = False  # the owner's last turn asks the supporter something
    owner_last_substantive: bool = False  # more than a greeting or a one-word reply


@dataclass(slots=True)
class Labels:
    """Acts found so far, with evidence, and the flags the rules compute on the way."""

    evidence: dict[Act, list[str]] = field(default_factory=dict)
    is_question: bool = False
    blunt_worry: bool = False
    pressing: bool = False  # a point-blank demand for a vision or goal the owner has not raised
    issue_question: bool = False
    denial: bool = False
    prompt: bool = False  # a prompt to continue (「それで？」): never a topic switch
    refers_back: bool = False  # points back at the owner's last turn (「そのこと」, "about that")
    summary_ok: bool = True  # may be a summary: ≥ 2 owner turns, or a marker with several items
    changes_topic: bool = (
        False  # an explicit change of subject (「話は変わりますが」, "by the way")
    )
    push: bool = False  # a prescription (べき, 方がいい, "you should"): advice even when asked for
    # a wh-question closed by a guessed answer (「受発注はどうやっていますか？FAXですか？」 "How do you
    # take orders? By fax?"): the turn asks for a yes or a no, it is no open question
    guess: bool = False

    def add(self, act: Act, *words: str) -> None:
        found = self.evidence.setdefault(act, [])
        for w in words:
            w = w.strip()
            if w and w not in found:
                found.append(w)

    def drop(self, act: Act) -> None:
        self.evidence.pop(act, None)

    def closed_by_guess(self, guess: str | None) -> None:
        """A wh-question followed by a guessed answer asks for a yes or a no (``guess``)."""
        if not guess:
            return
        self.drop(Act.OPEN_QUESTION)
        if Act.LEADING_QUESTION not in self:
            self.add(Act.CLOSED_QUESTION, guess)
        self.guess = True

    def __contains__(self, act: object) -> bool:
        return act in self.evidence


_SENTENCE = re.compile(
    r"(?:[^。．！？!?\n…]|…(?=[」』）)]))+[。．！？!?\n…」』）)]*|[。．！？!?\n…]+"
)


def sentences(text: str) -> list[str]:
    """Split into sentences, keeping each one's end punctuation (for Japanese and English)."""
    return list(_sentences(text))


@lru_cache(maxsize=8192)  # each turn is split again by many rules, and again on later turns
def _sentences(text: str) -> tuple[str, ...]:
    parts = [p for p in (m.group(0) for m in _SENTENCE.finditer(text)) if p.strip()]
    return tuple(parts or [text])


def first_match(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0) if m else None

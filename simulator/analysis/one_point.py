"""One point given back is a reflection, not a summary (playtest r7a s04 T12, s05 T4, s08 T12,
s09 T11): 「夜、一人で考えている10年後の姿…。」 before a question, "A place where your people can
work without worry." A summary gathers several points: words of two owner turns, or of one
turn over two statements (「売上は横ばいで、…。それに人も足りない。」), or many of his words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Utterance
from .cues import Word

Words = Callable[[str], Sequence[Word]]

_SPLIT = {"en": re.compile(r"(?<=[.!?…])\s+"), "ja": re.compile(r"(?<=[。！？!?…])")}
_QUESTION = re.compile(r"[?？]\s*$|(か|でしょうか|ませんか|ますか)[。\s]*$")
# a summary announced as one (「まとめると」「つまり」, "so what I've heard is") stays one
_LEAD = re.compile(
    r"まとめると|整理すると|整理させ|要するに|つまり|ここまで(を|の)|これまで(を|の)|"
    r"\b(to sum up|in short|so what i('ve| have) heard|let me (sum|summari[sz]e|recap)|so far)\b",
    re.I,
)
MANY_WORDS = 8  # his words in one give-back: several points even from one turn


def one_point(text: str, lang: str, turns: Sequence[Utterance], words: Words) -> bool:
    """The utterance gives back one point of one owner turn: its statements draw on the words
    of at most one owner turn, at most one statement carries two or more of his words, and
    fewer than MANY_WORDS of his words in all."""
    owner = [{k for w in words(u.text) for k in w.keys} for u in turns if u.speaker == "owner"]
    if not owner or _LEAD.search(text):
        return False
    every = set().union(*owner)
    statements = 0
    drawn: set[str] = set()
    total = 0
    for s in _SPLIT["en" if lang == "en" else "ja"].split(text):
        if not s.strip() or _QUESTION.search(s.strip()):
            continue
        theirs = [w for w in words(s) if every.intersection(w.keys)]
        total += len(theirs)
        statements += len(theirs) >= 2
        drawn |= {k for w in theirs for k in w.keys}
    n, credited = 0, set()
    for keys in reversed(owner):
        fresh = (keys & drawn) - credited
        n += len(fresh) >= 2
        credited |= fresh
    return n <= 1 and statements <= 1 and total < MANY_WORDS

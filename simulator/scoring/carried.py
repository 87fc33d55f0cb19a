"""How much of what the owner said a summary carried (issue 8, r12b s02 T8).

A summary is as good as the share of his points it gives back: 「車の部品で、地道な会社」 after he
also said that a company of his size cannot go that far gathers two of his three points, not all
of them. An owner point is one of his turns with substance (``points.substantive``: no put-off,
rebuff or question back) that brought words not heard before in the meeting; it is carried when
the summary repeats one of those new words, or a turn of the supporter's between them already
gave it back (a reflection, a question on his words: a summary after those need not repeat it). Carrying ``FULL`` points, or every point he
made since the previous summary, is a complete summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..acts import Utterance
from ..i18n import Lang
from .due import _turn_words
from .points import substantive

FULL = 3  # three of his points given back is a complete summary, however much he said
MIN_NEW = 2  # an owner turn must bring this many new words to be a point of its own


@dataclass(frozen=True)
class Carried:
    carried: int  # owner points the summary gave back
    points: int  # owner points made since the previous summary

    @property
    def share(self) -> float:
        """0–1: the points carried over those a complete summary carries (see ``FULL``)."""
        want = min(self.points, FULL)
        return 1.0 if want == 0 else min(1.0, self.carried / want)


def carried(text: str, context: Sequence[Utterance], lang: Lang, since: int = 0) -> Carried:
    """The owner points of ``context[since:]`` (``context``: the conversation before the
    summary; ``since``: where the previous summary left off) that ``text`` gives back."""
    said = _turn_words(text, lang)
    heard: set[str] = set()
    for u in context[:since]:
        heard |= _turn_words(u.text, lang)
    owed: list[frozenset[str]] = []  # the new words of each owner point not yet given back
    points = got = 0
    for u in context[since:]:
        words = _turn_words(u.text, lang)
        new = words - heard
        heard |= words
        if u.speaker == "trainee":
            # a point he already heard back (a reflection, a question on his words) is carried
            got += sum(1 for p in owed if p & words)
            owed = [p for p in owed if not p & words]
            continue
        if len(new) < MIN_NEW or not substantive(u.text, lang):
            continue
        points += 1
        owed.append(frozenset(new))
    got += sum(1 for p in owed if p & said)
    return Carried(got, points)

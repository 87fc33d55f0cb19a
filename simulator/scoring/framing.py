"""The supporter's own frame put on the owner's story, in words the analyser's acts can miss: a
diagnosis ("Rent is really a margin problem, though.", 「本当の問題は…」), a ready fix (「同席させれば、
一発で解決しそうですね」), a contradiction ("That's kind of the point. Why else would you do
it?") or the supporter's own points pressed on him (「私が申し上げたことも一度考えてみていただけ
ると」). Such a turn earns no praise line: 「社長の言葉で返せています」 on it teaches the wrong thing
(judge 4 f073, f076, f159, f256, f314, f375). No fault is named for it: a missed push is named
by the analyser's acts, never guessed here."""

from __future__ import annotations

import re

from ..i18n import Lang

_FRAMING = {
    "ja": re.compile(
        r"(させれば|すれば|やれば|にすれば)[^。？?]{0,12}(解決|うまくいき|うまく行き|済み|いい(ん|です|と思))|"
        r"一発で解決|解決しそう|解決できそう|本当の問題|本当の課題|本質的な(問題|課題)|"
        r"(問題|原因)なんじゃないですか|が原因(です|でしょう|だと思)|"
        r"私が申し上げた|私の申し上げた|私がお伝えした"
    ),
    "en": re.compile(
        r"\breally an? (\w+ ){0,2}(problem|issue)\b|\bthe real (problem|issue)\b|"
        r"\bthat's (kind of |sort of )?the (whole )?point\b|\bwhy else would\b|"
        r"\bthe (problem|issue) is (really )?(your|that you)\b|\bif your \w+ (were|was) (healthy|better|higher|right)\b|"
        r"\bwould (solve|fix) (it|that|everything)\b|\bwhat i (said|suggested|told you)\b",
        re.I,
    ),
}


def frames(text: str, lang: Lang) -> list[str]:
    """The framing words of the turn (none: an empty list)."""
    return [m.group(0) for m in _FRAMING[lang].finditer(text)]

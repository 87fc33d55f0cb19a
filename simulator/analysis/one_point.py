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
# a question of his own (a wh-question, a request to tell), not a check of what he said
# (「…、ということでしょうか」 "…, is that right?" gives back what it checks)
_OWN_Q = {
    "ja": re.compile(r"何|なに|どう|どんな|どの|どこ|どちら|どれ|いつ|誰|なぜ|いかが|聞かせ|教え|お話し|伺え"),
    "en": re.compile(r"\b(what|how|why|which|who|when|where|tell me|could you|would you)\b", re.I),
}
# a summary announced as one (「まとめると」「つまり」, "so what I've heard is") stays one
_LEAD = re.compile(
    r"まとめると|整理すると|整理させ|要するに|つまり|ここまで(を|の)|これまで(を|の)|"
    r"\b(to sum up|in short|so what i('ve| have) heard|let me (sum|summari[sz]e|recap)|so far)\b",
    re.I,
)
_CLAUSE = re.compile(r"[、，,;；]|\s(?:and|but)\s|それに|でも")
# a clause that leads into the next (「吉田さんが辞めたら、…」 "if he retires, …") is one point with it
_JOINED = re.compile(r"(?<=たら|れば|なら|ので|から|ては|ても)、|(?<=\bif\b)[^,]*,", re.I)
# the frame of a give-back (「…、ということですね」), no point of its own
_FRAME = re.compile(r"[、，,]?\s*(という|って)(こと|わけ|お話)(なん)?(です|でしょう|だ)?(ね|か|よね)?[。\s…]*$")
# an acknowledgement (「分かりました。」 "I see."): no give-back at all
_ACK = re.compile(
    r"^\W*(分かりました|わかりました|承知しました|かしこまりました|なるほど|そうですか|そうなんですね|"
    r"i see|got it|right|ok|okay|understood)[。.!！…\s]*$",
    re.I,
)
MANY_WORDS = 8  # his words in one give-back: several points even from one turn


def _sizeable(clause: str, lang: str) -> bool:
    """A clause long enough to say something (not 「夜、」 "Well,")."""
    if lang == "en":
        return len(re.findall(r"[A-Za-z']+", clause)) >= 3
    return len(re.sub(r"[\s…。、！？!?「」『』]", "", clause)) >= 5


def one_point(text: str, lang: str, turns: Sequence[Utterance], words: Words) -> bool:
    """The utterance gives back one point of one owner turn: its statements draw on the words
    of at most one owner turn, at most one sizeable clause of a statement with his words, and fewer
    than MANY_WORDS of his words in all."""
    owner = [{k for w in words(u.text) for k in w.keys} for u in turns if u.speaker == "owner"]
    if not owner or _LEAD.search(text):
        return False
    every = set().union(*owner)
    statements = 0
    drawn: set[str] = set()
    total = 0
    for s in _SPLIT["en" if lang == "en" else "ja"].split(text):
        if not s.strip() or _ACK.match(s.strip()) or (_QUESTION.search(s.strip()) and _OWN_Q["en" if lang == "en" else "ja"].search(s)):
            continue
        theirs = [w for w in words(s) if every.intersection(w.keys)]
        total += len(theirs)
        drawn |= {k for w in theirs for k in w.keys}
        # 「売上を上げたい、ネットを始めたい、やり方を知りたい。」: points listed in one sentence
        if theirs:
            bare = _JOINED.sub("", _FRAME.sub("", s.strip()) if lang == "ja" else s)
            statements += sum(1 for c in _CLAUSE.split(bare) if _sizeable(c, lang))
    n, credited = 0, set()
    for keys in reversed(owner):
        fresh = (keys & drawn) - credited
        n += len(fresh) >= 2
        credited |= fresh
    return n <= 1 and statements <= 1 and total < MANY_WORDS

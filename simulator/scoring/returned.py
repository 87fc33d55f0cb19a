"""The owner's own words taken up again: a clause of the turn that reuses two content words or
more of one of his sentences, from any of his turns (r22a s01 T9, s02 T9, s04 T6, s05 T10, s06 T8,
s10 T10). Words are compared as the analyser's lemmas (ja: base forms from the morphological
analyser, 「動いてましてね」 and 「動いている」 are one 動く; en: stems, "running" and "run"), so a
close paraphrase or an inflected reuse counts as well as a verbatim quote, and a gap of a few turns
does not matter: going back to his words is listening. Generic words (会社, 仕事, business, day)
make no point of his; a word the trainee said before he did is hers, not his (at least one of
the shared words must be his own).

Also: an empathic follow-up to his last words (「そうですよね…なかなかそういうことを考える機会は
ないですよね。急ぎませんので、…聞かせていただけますか」, r22b s01 T4) stays with what he said: an
acknowledgement that points back at his last words, then an invitation that brings no topic of
its own, is no 一問一答.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..acts import Utterance
from ..i18n import Lang
from .giveback import _GENERIC as _GIVEBACK_GENERIC

MIN_SHARED = 2  # content words of one sentence of his a clause must reuse
# words that name no point of his however often he said them (a question reusing only these is
# no pick-up: 「会社のことを…」 "How is the business going?")
_GENERIC = _GIVEBACK_GENERIC | frozenset(
    "会社 仕事 事業 お店 店 商売 経営 社員 従業員 今日 最近 本当 少し 何 どう 一つ 毎日 "
    "business company firm shop work job staff day today year years lot bit really still".split()
)
_SPLIT = {
    "ja": re.compile(r"(?<=[。！？!?…])"),
    "en": re.compile(r"(?<=[.!?…])\s+|\s+[—–]\s+"),
}


def _keywords(text: str, lang: Lang) -> frozenset[str]:
    return _cached_keywords(text, lang)


@lru_cache(maxsize=8192)  # every owner sentence is read again on every later trainee turn
def _cached_keywords(text: str, lang: str) -> frozenset[str]:
    try:
        from ..analysis import keywords
    except Exception:  # the analyser is optional for the scorer
        return frozenset()
    return frozenset(w.lower() for w in keywords(text, lang))  # type: ignore[arg-type]


def _sentences(text: str, lang: Lang) -> list[str]:
    return [s.strip() for s in _SPLIT[lang].split(text) if s.strip()]


def _owner_sentences(context: Sequence[Utterance], lang: Lang) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each sentence of his (not a question of his) with its content words, and the words of it
    that are his own (not said by the trainee before he said them)."""
    out: list[tuple[frozenset[str], frozenset[str]]] = []
    brought: set[str] = set()
    for u in context:
        if u.speaker != "owner":
            brought |= _keywords(u.text, lang)
            continue
        for s in _sentences(u.text, lang):
            if re.search(r"[?？]\s*$", s):
                continue  # his question to her is no story of his to go back to
            ws = _keywords(s, lang) - _GENERIC
            if ws:
                out.append((ws, ws - brought))
    return out


def returned_words(text: str, context: Sequence[Utterance], lang: Lang) -> list[str]:
    """His content words (lemmas) that one sentence of ``text`` takes up again from one sentence
    of his, in any of his turns: at least ``MIN_SHARED`` of them, one at least his own; [] if no
    sentence does. ``text`` should already be stripped of the trainee's own information, advice
    and reassurance (see signals.build_view)."""
    his = _owner_sentences(context, lang)
    if not his:
        return []
    best: list[str] = []
    for s in _sentences(text, lang):
        mine = _keywords(s, lang) - _GENERIC
        if len(mine) < MIN_SHARED:
            continue
        for ws, own in his:
            shared = mine & ws
            if len(shared) >= MIN_SHARED and shared & own and len(shared) > len(best):
                best = sorted(shared)
    return best


_JA_BACK = re.compile(r"そういう|そういった|そんな(ふう|風)?に?|そう(した|いう)|そのお気持ち|そのこと")
_EN_BACK = re.compile(r"\b(that|it|this)\b", re.I)
_JA_EMPATHY = re.compile(r"(ですよね|ますよね|でしょうね|ですね|ますね)[。…！!\s]*$")
_EN_EMPATHY = re.compile(
    r"\b(makes sense|understandable|of course|i can (imagine|see|understand)|not easy|hard|"
    r"not something|no wonder|that's natural|fair enough)\b",
    re.I,
)
# an open invitation that brings no topic of its own (「少し思い浮かんだことがあれば…聞かせて」
# "whatever comes to mind, I'd like to hear it")
_JA_INVITE = re.compile(
    r"(思い浮かん|浮かん|思いつ|お気づき|感じられ|お感じ).{0,20}(あれば|あったら|でも)|"
    r"(どんなこと|何)でも|急ぎません|ゆっくりで|思いつくまま|ぽつぽつ"
)
_EN_INVITE = re.compile(
    r"\b(whatever comes to mind|anything (at all )?(that )?comes to mind|no rush|take your time|"
    r"whatever you('d)? like|in your own time|any thoughts at all)\b",
    re.I,
)


def empathic_follow_up(text: str, owner_last: str, lang: Lang, generic: frozenset[str] = frozenset()) -> bool:
    """An acknowledgement of his last words (one of his content words, or a pointer back at them:
    「そういうこと」 "that"), said as empathy, then an open invitation to go on that names no new
    topic: it takes his answer in and stays with it (no 一問一答)."""
    if not owner_last:
        return False
    parts = _sentences(text, lang)
    back = _JA_BACK if lang == "ja" else _EN_BACK
    empathy = _JA_EMPATHY if lang == "ja" else _EN_EMPATHY
    invite = _JA_INVITE if lang == "ja" else _EN_INVITE
    his = _keywords(owner_last, lang) - _GENERIC
    acknowledged = [
        p
        for p in parts
        if empathy.search(p) and not re.search(r"[?？]\s*$", p) and (back.search(p) or _keywords(p, lang) & his)
    ]
    if not acknowledged:
        return False
    rest = [p for p in parts if p not in acknowledged]
    if not rest or not any(invite.search(p) for p in rest):
        return False
    # the invitation brings no topic of its own: its content words are his, or words of asking
    new = set().union(*(_keywords(p, lang) for p in rest)) - his - _GENERIC - generic - _ASKING[lang]
    return not new


_ASKING = {
    "ja": frozenset(
        "聞く 聞かせる 教える 話す 伺う 急ぐ 思い浮かぶ 浮かぶ 思いつく 思い付く 侭 感じる 気づく 気付く 構う 大丈夫 "
        "ゆっくり 少し 良い 結構".split()
    ),
    "en": frozenset("hear tell share come mind rush take time like thought thoughts anything whatever say talk".split()),
}

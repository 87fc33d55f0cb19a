"""Questions that push an answer while looking like something gentler (r14a/r14b blind play,
issue 8). The rules read them as empathy or as a short open question; each is a push:

- his agreement sought for the supporter's own plan (「そういう方向でいいですよね？」): the tag asks
  him to say yes to what the supporter just proposed, no feeling of his is acknowledged (the
  English ", right?" tag is leading in the rules already);
- a cause suggested in a yes/no question ("Is that because your prices are too low?",
  「人手が足りないからじゃないですか？」): the supporter's diagnosis, put to him to confirm;
- a worry on the supporter's own premise, asked as what he would do (「EV化で仕事が減ったら、
  どうするんですか？」 "What will you do if they drop you?"): a what-if for him to defend.

Words only; :mod:`.ja_rules`, :mod:`.en_rules` and :func:`.checks.settle_checks` decide with them.
"""

from __future__ import annotations

import re

# 「そういう方向でいいですよね？」「この進め方で大丈夫ですよね」「それでよろしいですよね？」: agreement sought
# (not 「いいですよね、ああいうお店」, a liking shared, which has no 「で/が/は」 before the word)
AGREE_SOUGHT_JA = re.compile(
    r"(で|が|は)(いい|良い|よい|よろしい|大丈夫|問題ない|間違いない|OK|オーケー)"
    r"(ん)?(ですよね|よね|でしょう)[?？]?$"
)
# what the agreement is sought for: a plan (「そういう方向で」「この進め方で」), not a time or a place
PLAN_JA = re.compile(r"(方向|方針|進め方|やり方|形|流れ|案|計画|プラン|方法|作戦|戦略|路線|考え方)(で|が|は)")

# a cause put to him in a yes/no question: 「安すぎるからじゃないですか？」「人手不足のせいですか？」,
# "Is that because your prices are too low?", "Could it be because…?"
CAUSE_GUESS_JA = re.compile(
    r"(から|ため|せい)(なの|なん)?(では|じゃ)(ない|ありません)(です|でしょう)?(か|かね)?[?？]?$|"
    r"(から|せい)(なん)?(です|でしょう)(か)[?？]?$"
)
CAUSE_GUESS_EN = re.compile(
    r"^\W*(is|was|could|might|would|isn't|wasn't|couldn't) (that|this|it)( be| have been)? because\b|"
    r"^\W*(is|was) (that|this|it) (due to|down to|because of)\b|"
    r"^\W*(do|don't) you think (that's|it's|this is|that is|it is) because\b",
    re.I,
)

# a worry on his business the supporter supposes (「…が減ったら」「…がなくなったら」「取引を切られたら」)
# asked as what he will do: the what-if is the supporter's, for him to answer for
WHAT_IF_JA = re.compile(
    r"(減|なくな|無くな|止ま|止め|切られ|切ら|切っ|やめ|辞め|潰れ|倒れ|離れ|取られ|下が|落ち|来なくな|いなくな|失|"
    r"切り替え|切りかえ|乗り換え|乗りかえ|打ち切|引き上げ|引きあげ|手を引|撤退|縮小|値下げ|値上げ|抜け|去|"
    # 「取引を減らしたら」「発注を絞られたら」「仕事を他に回されたら」: the verb in any of its forms (r20a s08 T4)
    r"絞|回さ|移さ|移っ|流れ|奪われ|断られ|見放され|見限られ|"
    # any negative (「息子さんが継がなかったら」「融資が下りなかったら」)
    r"[一-龥][ぁ-ん]{0,3}?な(?=かった))"
    r"[ぁ-ん]{0,5}?たら[、,]?[^。？?]{0,16}(どうする|どうされる|どうなさる|どうなる|どうします|どうされます|どうなります|どうしよう)"
    r"(お?つもり)?(ん|の)?(です|でしょう)?(か)?[?？]?$"
)
WHAT_IF_EN = re.compile(
    r"\bwhat (will|would|are|do) you (do|going to do)\b[^.?!]*\b(if|when) (they|that|it|the|your|this)\b"
    r"[^.?!]*\b(drop|dries up|dry up|stop|stops|leave|leaves|goes|go under|cut|cuts|pull out|pulls out|fall|falls)\b|"
    r"\b(if|when) (they|that customer|your (main|biggest|big) customer)[^.?!]*\b(drop|stop|leave|pull out|cut)s?\b"
    r"[^.?!]*,? what (will|would|are) you (do|going to do)\b|"
    # "But what if Maruei cuts back on orders?", "What happens if your son doesn't take over?": a loss
    # the supporter supposes, put to him (r20a s08 T4 in English); never "what if you tried…" (a proposal)
    r"\bwhat (if|happens if|would happen if|happens when|would you do if|will you do if|are you going to do if) "
    r"(?!you\b|we\b|i\b)[^.?!]*\b(drop|drops|dropped|cut|cuts|cut back|cuts back|stop|stops|stopped|leave|leaves|left|"
    r"pull out|pulls out|go under|goes under|close|closes|quit|quits|retire|retires|fall|falls|fell|switch|switches|"
    r"lose|loses|lost|dries up|dry up|walk away|walks away|take their business|doesn't|don't|won't|can't|isn't|aren't)\b",
    re.I,
)


def supposed_by_him(what: str, said: str) -> bool:
    """He raised the what-if himself (「仕事が減ったらと思うと…」): asking what he would do then
    follows his worry. The verb's stem (減, なくな, 切られ) stands in his last turn."""
    m = WHAT_IF_JA.search(what)
    return bool(m) and bool(said) and m.group(1) in said


def agree_sought(sentence: str, lang: str) -> str | None:
    """His yes sought with 「〜でいいですよね？」 (English: the rules' ", right?" tag already leads)."""
    if lang == "en":
        return None
    m = AGREE_SOUGHT_JA.search(sentence.strip())
    return m.group(0) if m else None


def cause_guess(sentence: str, lang: str) -> str | None:
    m = (CAUSE_GUESS_EN if lang == "en" else CAUSE_GUESS_JA).search(sentence.strip())
    return m.group(0) if m else None


def what_if(sentence: str, lang: str) -> str | None:
    m = (WHAT_IF_EN if lang == "en" else WHAT_IF_JA).search(sentence.strip())
    return m.group(0) if m else None


_QEND = re.compile(r"[?？]\s*$")
_SPLIT = {"ja": re.compile(r"(?<=[。！？!?])"), "en": re.compile(r"(?<=[.!?])\s+")}


def settle(found: dict, sure: dict, text: str, lang: str) -> None:
    """When every question of the turn is a pushed one (a cause or a what-if put to him), the
    turn asks nothing openly: the open or closed reading of its question word goes, the leading
    question stays."""
    from ..acts import Act

    if Act.LEADING_QUESTION not in found:
        return
    lang = "en" if lang == "en" else "ja"
    asked = [s.strip() for s in _SPLIT[lang].split(text) if _QEND.search(s)]
    if asked and all(cause_guess(s, lang) or what_if(s, lang) for s in asked):
        for act in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION):
            found.pop(act, None)
            sure.pop(act, None)


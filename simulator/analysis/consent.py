"""Reassurance, consent and sympathy are not pushes; a feeling on the supporter's premise and a
proposal dressed as "many firms do this" are (playtests r7a/r7b, round 6).

- "There's no agenda we need to get through, and nothing here is an evaluation": reassurance,
  not advice; 「言葉にしにくければ、思いつくところからで大丈夫です」 too (r7a s08 T1, r7b s07 T8);
- 「次回、…一緒に言葉にしていければと思うのですが、いかがでしょうか」 asks consent (r7b s01 T10);
- 「機械も古くて、人も足りなくて…本当に大変ですよね」 sympathises with his facts (r7b s02 T7);
- 「スーパー以外の販路がないと不安ですよね？」 puts a feeling on the supporter's premise: leading,
  not empathy (r7b s05 T7); so does a worry about an event that has not happened, with or
  without a question mark (「丸栄さんが取引をやめたら大変ですよね。」 r9b s08 T7);
- "A lot of companies your size solve it by hiring trainees. Have you thought about that?" is
  advice, whatever the question after it (r7a s02 T8).
"""

from __future__ import annotations

import re

from ..acts import Act

_SPLIT = {"en": re.compile(r"(?<=[.!?])\s+"), "ja": re.compile(r"(?<=[。！？!?])")}

_EN_CALM = re.compile(
    r"\b(there's|there is) no (agenda|script|checklist|test)\b|"
    r"\bnothing (here |today )?is (an? )?(evaluation|test|audit|assessment|exam)\b|"
    r"\b(this|it|today) (isn't|is not|won't be) an? (evaluation|test|audit|assessment|exam)\b|"
    r"\bno (right or wrong|wrong|right) answers?\b|\bwherever you (like|want|wish)\b|"
    r"\bat your (own )?pace\b|\bwe don't have to (cover|get through|decide|finish)\b",
    re.I,
)
_JA_CALM = re.compile(
    r"(思いつく|思い浮かぶ|話しやすい|話せる|言える|お話しできる|気になる)(ところ|範囲|こと)(から|だけ)(で|でも)?"
    r"(大丈夫|結構|構いません|かまいません|いいです|よいです)|"
    r"(評価|審査|査定|採点)(する|の)?(場|もの|ため|わけ)?(では|じゃ)(ありません|ない|ございません)|"
    r"正解(は|も|なんて)(ありません|ない)|(まとまって|整理されて|うまく言えなくて)(い)?なくても"
)
# 「一緒に言葉にしていければと思うのですが、いかがでしょうか」: the supporter's wish about how
# to go on, put to him for his consent
_JA_CONSENT = re.compile(
    r"(一緒に|次回|今度|改めて)[^。]{0,60}(ていければ|ていけたら|られれば|られたら|させていただければ|できれば)"
    r"と(思|考え)[^。]{0,12}(いかが|どう)"
)
_JA_SYMPATHY_YONE = re.compile(
    r"(本当に|ほんとうに|ほんとに|さぞ|さぞかし|それは)?(大変|お辛い|辛い|つらい|しんどい|きつい|ご苦労|お疲れ|"
    r"気が休まらない|お忙しい)(です|でした|だった)?よね[。？?]?$"
)
# a feeling put on the supporter's premise: 「〜がないと不安ですよね？」「〜だと心配ですよね」
_JA_PREMISE_FEELING = re.compile(
    r"(ないと|なければ|だと|では|なら|たら|れば)[^。？?]{0,10}"
    r"(不安|心配|怖い|困り|困る|焦り|焦る|大変)(です|でしょう|じゃない)?(よね|でしょう)[？?]|"
    # 「丸栄さんが取引をやめたら大変ですよね。」: an event that has not happened, a worry on it
    r"(たら|れば)[、,]?[^。？?]{0,6}(不安|心配|怖い|困り|困る|大変|厳しい|きつい|まずい)(です|でしょう)?よね"
)
_EN_PREMISE_FEELING = re.compile(
    r"\b(without|if you don't have|unless you have|with only)\b[^.?]{0,60}\b(worr\w*|anxious|nervous|"
    r"scar\w*|uneasy|risky)\b[^.?]{0,20}\b(right|isn't it|aren't you|don't you|wouldn't you)\?",
    re.I,
)
_EN_SOCIAL_PROOF = re.compile(
    r"\b(a lot of|lots of|many|most|plenty of) (companies|firms|businesses|shops|makers|owners)\b"
    r"[^.?]{0,60}\b(by|through|with) \w+ing\b",
    re.I,
)
_EN_THOUGHT_Q = re.compile(r"\b(have you (ever )?(thought about|considered|looked into)|what about) (that|it|this)\b[^.?]*\?", re.I)
_JA_SOCIAL_PROOF = re.compile(
    r"(多くの|たくさんの|同じ規模の|同業の|ほかの|他の)[^。]{0,15}(会社|企業|お店|工場)[^。]{0,60}"
    r"(解決|乗り切|対応|しのい|補っ|カバー)[^。]{0,15}(います|いる|ところが多い|ところもあります|ことが多い)"
)
_JA_THOUGHT_Q = re.compile(r"(考え|検討)(られ|され)?た(こと)?(は|って)?(あります|ありません)か")


def _sentences(text: str, lang: str) -> list[str]:
    return [s for s in _SPLIT["en" if lang == "en" else "ja"].split(text) if s.strip()]


def _holders(text: str, evs: list[str], lang: str) -> list[str]:
    return [next((s for s in _sentences(text, lang) if e and e in s), "") for e in evs if e]


def settle_consent(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str) -> None:
    """Drop the pushes read into reassurance, consent and sympathy; add the ones they hid."""
    calm_rx = _EN_CALM if lang == "en" else _JA_CALM
    advice = [e for e in found.get(Act.ADVICE, []) if e]
    if advice and all(calm_rx.search(h) for h in _holders(text, advice, lang)):
        found.pop(Act.ADVICE, None)
        sure.pop(Act.ADVICE, None)
    if lang == "en":
        if _EN_PREMISE_FEELING.search(text):
            found.setdefault(Act.LEADING_QUESTION, []).append(_EN_PREMISE_FEELING.search(text).group(0))  # type: ignore[union-attr]
            sure[Act.LEADING_QUESTION] = 0.7
            found.pop(Act.EMPATHY, None)
        proof, asked = _EN_SOCIAL_PROOF.search(text), _EN_THOUGHT_Q.search(text)
    else:
        leading = [e for e in found.get(Act.LEADING_QUESTION, []) if e]
        holders = _holders(text, leading, lang)
        if leading and all(
            _JA_CONSENT.search(h) or (_JA_SYMPATHY_YONE.search(h) and not _JA_PREMISE_FEELING.search(h))
            for h in holders
        ):
            found.pop(Act.LEADING_QUESTION, None)
            sure.pop(Act.LEADING_QUESTION, None)
            sym = [h for h in holders if _JA_SYMPATHY_YONE.search(h)]
            if sym:
                found.setdefault(Act.EMPATHY, []).append(_JA_SYMPATHY_YONE.search(sym[0]).group(0))  # type: ignore[union-attr]
                sure[Act.EMPATHY] = 0.7
            elif not found.keys() & {Act.OPEN_QUESTION, Act.CLOSED_QUESTION}:
                found.setdefault(Act.OPEN_QUESTION, []).append("いかが")
                sure[Act.OPEN_QUESTION] = 0.7
        m = _JA_PREMISE_FEELING.search(text)
        if m:
            found.setdefault(Act.LEADING_QUESTION, []).append(m.group(0))
            sure[Act.LEADING_QUESTION] = 0.7
            found.pop(Act.EMPATHY, None)
        proof, asked = _JA_SOCIAL_PROOF.search(text), _JA_THOUGHT_Q.search(text)
    if proof and asked and proof.end() <= asked.start():
        found.setdefault(Act.ADVICE, []).append(proof.group(0))
        sure[Act.ADVICE] = 0.7
        found.pop(Act.OTHER, None)

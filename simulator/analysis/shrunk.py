"""A give-back that shrinks what he said (r22b s06 T8): "So basically the business is stable, the
work keeps coming, and there's just a small uneasy feeling. Is that right?" after his "Uneasy…
like a die that isn't quite seated right."; 「要するに、ちょっとした不安があるだけ、ということですね」.

Words that make his worry small (just, only a little, nothing more than, 「ちょっとした」「だけ」「大した
ことはない」) which he never used himself turn his points into the supporter's reading: no summary
of them. Put to him as a check, it invites the yes that closes the topic (a leading question);
said as a statement it is at most the reflection of what it gives back.

    shrinks(text, lang, turns) -> str | None    # the shrinking phrase, when he never shrank it so
    settle(found, sure, text, lang, turns)      # no summary; a check of it leads
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Utterance

# the shrinking phrase, in the supporter's words
SHRINK = {
    "ja": re.compile(
        r"(ちょっとした|ちょっとだけ|少しだけ|多少の|ささいな|些細な|小さな(不安|心配|悩み|問題|こと|引っかかり|もやもや|モヤモヤ)|"
        r"ただの(不安|心配|悩み|気分|気のせい|思い込み|もやもや|モヤモヤ)|気のせい|"
        r"大した(こと|問題|話)(は|では|じゃ)?(ない|ありません|なく)|それほど(深刻|大きな問題|のこと)(では|じゃ)(ない|ありません)|"
        r"(不安|心配|悩み|もやもや|モヤモヤ|引っかかり|気になる)(がある|がちょっとある|が少しある|な)?(だけ|程度|くらい|ぐらい)(なん|の|で|、|と|という))"
    ),
    "en": re.compile(
        r"\b(just|only|merely|simply) (a |an |some )?(small|little|slight|minor|tiny|bit of|vague|passing|mild)\b|"
        r"\b(nothing|no more) (more |worse )?than (a|an|some)\b|\bjust (a|an|some) (feeling|worry|niggle|hunch|concern)\b|"
        r"\b(not|isn't|is not|nothing) (really |that )?(a )?(big|serious|real|major) (deal|problem|issue|worry|concern)\b|"
        r"\bno big deal\b|\ba (small|little|slight|minor|tiny) (uneasy |nagging |vague )?(feeling|worry|niggle|concern|unease|doubt)\b",
        re.I,
    ),
}
# the words that shrink, as he may have said them himself ("just a feeling", 「ちょっと気になる程度」)
_HIS_SHRINK = {
    "ja": re.compile(r"(ちょっと|少し|多少|ささい|些細|小さ|ただの|大した)[^。？?]{0,8}(不安|心配|悩み|気に|もやもや|モヤモヤ|問題|こと)"),
    "en": re.compile(r"\b(just|only|a bit|a little|slightly|mildly|a tad) (a |an )?(uneasy|worried|concerned|anxious|off|feeling|niggle|worry|concern)\b", re.I),
}
_CHECKED = {
    "ja": re.compile(r"(か|ね|よね)[？?]\s*$|(ということ|ってこと|ということなん)(です|でしょう)?(か|ね)[。？?]?\s*$|"
                     r"(合っていますか|よろしいでしょうか|違いますか)[。？?]?\s*$"),
    "en": re.compile(r"\?\s*$"),
}
RECENT = 3  # his last turns: whether he shrank it himself


def shrinks(text: str, lang: str, turns: Sequence[Utterance]) -> str | None:
    """The phrase of ``text`` that shrinks his worry, when none of his last turns shrank it so."""
    m = SHRINK.get(lang, SHRINK["en"]).search(text)
    if not m:
        return None
    his = " ".join([u.text for u in turns if u.speaker == "owner"][-RECENT:])
    if SHRINK.get(lang, SHRINK["en"]).search(his) or _HIS_SHRINK.get(lang, _HIS_SHRINK["en"]).search(his):
        return None  # his own 「ちょっと気になる程度」 given back is faithful
    end = re.compile(r"[.,;!?。、！？]").search(text, m.end())
    return text[m.start() : end.start() if end else len(text)].strip()


def settle(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str, turns: Sequence[Utterance]) -> None:
    """A summary that shrinks his points gathers none of them; checked with him, it leads."""
    # (a yes/no check of his worry in smaller words — "…and nothing more than a passing worry —
    # fair?" — leads as well, even where his words were paraphrased past recognition)
    if not found.keys() & {Act.SUMMARY, Act.REFLECTION, Act.CLOSED_QUESTION}:
        return
    phrase = shrinks(text, lang, turns)
    if not phrase:
        return
    found.pop(Act.SUMMARY, None)
    sure.pop(Act.SUMMARY, None)
    if _CHECKED.get(lang, _CHECKED["en"]).search(text.strip()):
        found.pop(Act.REFLECTION, None)
        sure.pop(Act.REFLECTION, None)
        found.pop(Act.CLOSED_QUESTION, None)
        sure.pop(Act.CLOSED_QUESTION, None)
        found.pop(Act.OTHER, None)
        found[Act.LEADING_QUESTION] = [phrase]
        sure[Act.LEADING_QUESTION] = 0.6
    elif Act.REFLECTION not in found and Act.CLOSED_QUESTION not in found:
        found[Act.REFLECTION] = []
        sure[Act.REFLECTION] = 0.6

"""Advice the analyser saw that an instructor would not call advice: the owner's own words given
back (「お父様だったらどうしただろう、と。」 after his 「父がいたら、どうしたんだろう」; "That people
taste it and know it's yours."), the meeting's own course ("Let's start with the basics.", "a good
place to pick up next time"), or his points retold in a summary he is asked to check
(「…こういうことでしょうか。」). Named as 「求めていない助言」 these teach the wrong lesson (judge 4
f028, f052, f078, f164, f369)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Analysis, Utterance
from ..i18n import Lang

# the supporter's words that do recommend or prescribe, or offer a ready-made solution ("I'll
# bring a comparison of the marketplaces next time"): never excused
_PRESCRIBES = {
    "ja": re.compile(
        r"すべき|べきです|しましょう|ましょう|した(ほう|方)が|(た|だ)(ほう|方)が(いい|良い|よい)|たらいかが|てはいかが|ばいいのに|"
        r"しては|みては|おすすめ|お勧め|ませんか|必要があります|なければ|ないと(いけ|だめ|ダメ)|"
        r"提案|改善|計画|ご準備|ご用意|いただけると|資料|プラン|お持ち|作って(き|おき)|用意|まとめて(き|おき)|"
        # homework on the supporter's solution (「取引先を増やす方法を考えておいていただけますか」)
        r"(方法|アイデア|案|施策|対策|やり方)[^。？?]{0,20}(考えて|練って)(き|おき|おい)"
    ),
    "en": re.compile(
        r"\b(should|ought|must|have to|need to|why don't you|why not|i'd recommend|i recommend|"
        r"i suggest|you could|try|consider|what you need|proposal|plan|review|send you|bring|comparison|prepare|put together|draw up|i'll (send|bring|get|write|draft))\b",
        re.I,
    ),
}
# the meeting's own course, said by the supporter: where to start, when to pick up again
_PROCESS = {
    "ja": re.compile(r"次回|次の面談|また(伺|お伺|お邪魔|お話)|今日はここまで|まずは.{0,12}から(伺|お聞き|聞かせ)"),
    "en": re.compile(
        r"\bnext (time|meeting|visit|session)\b|\blet's (start|begin) (with|by)\b|\bpick (this |it |that )?up\b|"
        r"\bcome back (to this|next)\b",
        re.I,
    ),
}
# a summary handed over to be checked
_CHECK = {
    "ja": re.compile(r"(ということ|こういうこと|そういうこと)でしょうか|合って(い)?ますか|違って(い)?ませんか|で(よろしい|いい)でしょうか"),
    "en": re.compile(r"\b(is that (right|fair|it)|did i get that right|have i got that right|does that sound right)\b", re.I),
}
_SPLIT = {"ja": re.compile(r"(?<=[。．!！?？])"), "en": re.compile(r"(?<=[.!?])\s+")}
# of a sentence's words (bigrams in Japanese) said by the owner just before
_ECHO_SHARE = {"ja": 0.5, "en": 0.6}


def _units(text: str, lang: Lang) -> set[str]:
    if lang == "en":
        return {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 2}
    text = re.sub(r"[おご](?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(様|さん)", "", text)  # お父様 → 父
    chars = re.sub(r"[\s、。．，,！!？?「」『』…・ー]", "", text)
    return {chars[i : i + 2] for i in range(len(chars) - 1)}


def _echoes(sentence: str, owner_text: str, lang: Lang) -> bool:
    mine = _units(sentence, lang)
    if len(mine) < 3:
        return False
    his = _units(owner_text, lang)
    return len(mine & his) / len(mine) >= _ECHO_SHARE[lang]


def excused_advice(analysis: Analysis, context: Sequence[Utterance], lang: Lang) -> bool:
    """The turn's advice act names no advice: every sentence that carried its evidence gives
    back the owner's last words, speaks of the meeting's own course, or belongs to a summary of
    his points handed to him to check; none prescribes."""
    if Act.ADVICE not in analysis.acts:
        return False
    text = analysis.text
    if _PRESCRIBES[lang].search(text):
        return False
    owners = [u.text for u in context if u.speaker == "owner"]
    last = " ".join(owners[-2:])
    sentences = [s.strip() for s in _SPLIT[lang].split(text.strip()) if s.strip()]
    checked = Act.SUMMARY in analysis.acts and bool(sentences) and bool(_CHECK[lang].search(sentences[-1]))
    evidence = [e for e in analysis.evidence.get("advice", []) if e.strip()]
    if not evidence or not sentences:
        return False
    for piece in evidence:
        holders = [s for s in sentences if piece in s] or [s for s in sentences if piece.lower() in s.lower()]
        if not holders:
            return False
        if checked:
            continue
        if not all(_PROCESS[lang].search(s) or (last and _echoes(s, last, lang)) for s in holders):
            return False
    return True

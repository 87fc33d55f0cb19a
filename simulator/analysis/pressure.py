"""Pressure on the owner to talk, and a premise taken from what the supporter heard beforehand.

「社長なんですから、遠慮なく全部話してもらって大丈夫ですよ。会長からも全部社長に任せていると
聞いていますし。」 (r22b s10 T4) gives no advice: it presses him to tell everything, holding his
title against him, and sets the chairman's word from the pre-visit file as a fact about him. The
guideline names both: keep the owner psychologically safe (心理的安全性, 詰問や審査のように感じさせ
ない) and do not meet him with preconceptions from the pre-visit information (先入観や思い込み).
A check put to him (「会長からは…と伺いましたが、実際はいかがですか？」) presumes nothing; an
invitation at his pace (「話せる範囲で構いません」) presses nothing.
"""

from __future__ import annotations

import re

_SENT = {"ja": re.compile(r"(?<=[。．!！?？])"), "en": re.compile(r"(?<=[.!?])\s+")}

# his title or duty held up as the reason he must talk, or everything asked of him at once
_PRESS = {
    "ja": re.compile(
        r"(社長|経営者|代表|トップ|後継ぎ|跡取り)(さん)?(なん|なの|なわけ)?(です|だ)から|"
        r"(社長|経営者|代表)として(は|も)?[^。？?]{0,12}(話して|話す|言って|言う|教えて)(もらわ|いただか|くれ)?(ない|なく)?(と|べき|はず)|"
        r"(遠慮なく|包み隠さず|隠さず(に)?|洗いざらい|正直に|腹を割って|本音で)[^。？?]{0,8}(全部|すべて|全て|何でも|なんでも|何もかも)|"
        r"(全部|すべて|全て|何もかも|洗いざらい|包み隠さず)[^。？?]{0,6}(話して|お話し(して|いただ)|言って|教えて|聞かせて)"
        r"(もらって|いただいて|くださって)?(大丈夫|構いません|かまいません|いい|ください|下さい|もらわないと|いただかないと|ほしい|欲しい)|"
        r"(話して|お話しいただか|教えて)(もらわ|いただか)?(ない|なく)(と|ては)[^。？?]{0,12}(困|でき|進ま|始まら|分から|わから)|"
        r"隠さ(ない|ず)で[^。？?]{0,8}(ください|下さい|ほしい|欲しい)|隠し事(は|なし|無し)"
    ),
    "en": re.compile(
        r"\b(you're|you are) the (boss|president|owner|one in charge|ceo|md),? so\b|"
        r"\bas the (boss|president|owner|one in charge|head of the company),? you (should|must|have to|need to|can)\b|"
        r"\b(tell|give) me (absolutely )?everything\b|\b(don't|do not) hold (anything|back)\b|\bhold nothing back\b|"
        r"\b(you can|you should|feel free to) (just )?(tell|share|say) (me )?(everything|it all|all of it|anything and everything)\b|"
        r"\bno (secrets|holding back)\b|\bi need you to (be (completely )?(open|honest)|tell me)\b|"
        r"\byou (have|need|'ve got) to be (completely |totally )?(open|honest|frank) with me\b|"
        r"\bnothing to hide\b",
        re.I,
    ),
}
# ... and it is about talking to her: 「社長なんですから、ご自分で決めていいんですよ」 "You're the
# owner, so don't hold back." cheer him on to act (advice), they press no talk
_TALK = {
    "ja": re.compile(r"話|言って|言う|教えて|聞かせ|打ち明け|本音|隠さ|隠し"),
    "en": re.compile(r"\b(tell|share|say|talk|open|honest|frank|secrets?|hide)\b", re.I),
}
# what a third party or the papers said of him, heard beforehand (会長・指導員・銀行・申込書)
_HEARSAY = {
    "ja": re.compile(
        r"(会長|先代|お父様|父上|前社長|指導員|商工会|銀行|金融機関|支店長|紹介者|申込書|申請書|資料|事前(の)?(情報|資料))"
        r"(さん|様)?(から|に|からは|からも|には|では|によると|によれば|に(は)?(書いて|書かれて))[^。？?]{0,40}"
        r"(と|って)(聞いて|伺って|お聞きして|お伺いして|言われて|おっしゃって|書いて|書かれて|聞きました|伺いました)"
    ),
    "en": re.compile(
        r"\b(your (father|dad|chairman|predecessor|bank|banker)|the (chairman|founder|bank|adviser|advisor|"
        r"application|form|file|chamber))\b[^.?!]{0,30}\b(told|tells|says|said|mentioned|wrote)\b[^.?!]{0,60}",
        re.I,
    ),
}
# an invitation at his pace, no pressure (「話せる範囲で」「無理にとは言いません」 "only what you're comfortable with")
_AT_HIS_PACE = {
    "ja": re.compile(r"話せる範囲|話したくない|無理に(とは|お聞き|は)|触れてほしくない|触ってほしくない|差し支えなければ"),
    "en": re.compile(r"\b(only what|as much as) you('re| are) comfortable\b|\bno need to\b|\brather not\b|\bif you('d| would) rather\b", re.I),
}
_ASKS = {"ja": re.compile(r"[?？]|(です|ます|でしょう)か[。\s]*$"), "en": re.compile(r"\?")}


def sentences(text: str, lang: str) -> list[str]:
    """The sentences of a turn, split after 。！？ (ja) or . ! ? and a space (en)."""
    return [s.strip() for s in _SENT["en" if lang == "en" else "ja"].split(text.strip()) if s.strip()]


def presses_to_talk(text: str, lang: str) -> str | None:
    """The sentence pressing him to tell everything or to talk because of his title
    (「社長なんですから、遠慮なく全部話してもらって大丈夫ですよ」 "You're the boss, so just tell me
    everything."), or None; an invitation at his pace (「話せる範囲で」) presses nothing."""
    key = "en" if lang == "en" else "ja"
    if _AT_HIS_PACE[key].search(text):
        return None
    for s in sentences(text, key):
        if _PRESS[key].search(s) and _TALK[key].search(s):
            return s
    return None


def hearsay_premise(text: str, lang: str, pressed: bool = False) -> str | None:
    """A statement setting down what a third party or the papers said of him as a fact about him
    (「会長からも全部社長に任せていると聞いていますし。」 "The chairman told me you make all the
    decisions now."), or None: the same put to him as a question (「…と伺いましたが、実際は
    いかがですか？」) checks, it presumes nothing — unless the turn presses him to talk on it
    (``pressed``)."""
    key = "en" if lang == "en" else "ja"
    if _ASKS[key].search(text) and not pressed:
        return None
    for s in sentences(text, key):
        if _HEARSAY[key].search(s):
            return s
    return None


def without_pressure(text: str, lang: str) -> str:
    """The text with the words of pressure and of hearsay taken out: what is left may still
    advise (「社長なんですから、もっと会長に意見を言うべきですよ」 keeps its 「べき」)."""
    key = "en" if lang == "en" else "ja"
    pressed = presses_to_talk(text, lang)
    text = _PRESS[key].sub(" ", text) if pressed else text
    return _HEARSAY[key].sub(" ", text)

"""A yes/no question that puts the supporter's own guess to the owner (「設備の老朽化というのは、
機械が古くなって困っているということですか？」 "So is it that you can't find young people?"):
what it checks is not his words but her reading of them, so it is a closed question, never a
reflection (r21a s02 T2, T4, s04 T5: tagged 伝え返し, listening 55–73). Her guess is the part
after the words of his it explains (「Xというのは、」 "by X, "), and it is a guess when most of
its content words are not his."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Utterance
from . import attribution as A

# 「…ということですか？」「…という意味ですか？」「…んですか？」 closing a give-back as a yes/no check
_JA_CHECK = re.compile(r"(という|って)(こと|意味|わけ)(です|でしょう|なん(です|でしょう)?)?か[？?。]*$")
# 「Xというのは、」「Xとは、」「Xって、」: his word named before her reading of it
_JA_HEAD = re.compile(r"^.*?(というのは|っていうのは|というのも|とは|って)[、,]\s*")
_EN_CHECK = re.compile(
    r"^\W*(so,?\s+)?(do you mean|you mean|does (that|this|it) mean|is (it|that) (that|because)|are you saying|"
    r"so,? is (it|that) (that|because))\b(?P<body>[^?]*)\?\s*$",
    re.I,
)
GUESS_SHARE = 0.5  # of its content words not his: her guess
RECENT = 2  # his last turns, what a give-back gives back


def _body(sentence: str, lang: str) -> str | None:
    s = sentence.strip()
    if lang == "ja":
        m = _JA_CHECK.search(s)
        if not m:
            return None
        return _JA_HEAD.sub("", s[: m.start()])
    m = _EN_CHECK.search(s)
    return m.group("body") if m else None


def guessed_check(text: str, lang: str, turns: Sequence[Utterance]) -> bool:
    """The utterance's question checks a reading of the supporter's own (mostly words he never
    said), not his words given back."""
    owners = [u.text for u in turns if u.speaker == "owner"][-RECENT:]
    if not owners:
        return False
    said = A._collect(owners + A._affirmed(turns[-2 * RECENT :], lang), lang)  # type: ignore[arg-type]
    for _, sentence in A._sentences(text, lang):  # type: ignore[arg-type]
        body = _body(sentence, lang)
        if not body:
            continue
        words = [w for w in A._words(body, lang) if A._substantive(w, lang)]  # type: ignore[arg-type]
        if not words:
            continue
        new = [w for w in words if not A._is_said(w, [said], lang)]  # type: ignore[arg-type]
        if new and len(new) / len(words) >= GUESS_SHARE:
            return True
    return False


def given_apart(text: str, lang: str, turns: Sequence[Utterance]) -> bool:
    """A sentence of the utterance, not the check nor a question, gives his words back on its own
    (「「一人が休んだら止まってしまう会社」。今の…には、そう感じられる場面があるということでしょうか。」,
    r22b s05 T6): that give-back is a reflection, whatever the check after it guesses."""
    owners = [u.text for u in turns if u.speaker == "owner"][-RECENT:]
    if not owners:
        return False
    # (his questions to her hold no words of his to give back: 「図面って読める？」 answered
    # 「図面はほとんど読めません」 is her answer, r22a s02 T3)
    told = [" ".join(x for _, x in A._sentences(o, lang) if not x.rstrip().endswith(("?", "？"))) for o in owners]  # type: ignore[arg-type]
    said = A._collect([t for t in told if t.strip()] or [""], lang)  # type: ignore[arg-type]
    for _, sentence in A._sentences(text, lang):  # type: ignore[arg-type]
        if _body(sentence, lang) is not None or sentence.rstrip().endswith(("?", "？", "か。", "か")):
            continue
        words = [w for w in A._words(sentence, lang) if A._substantive(w, lang)]  # type: ignore[arg-type]
        mine = [w for w in words if A._is_said(w, [said], lang)]  # type: ignore[arg-type]
        if len(mine) >= 2 and len(mine) >= GUESS_SHARE * len(words):
            return True
    return False


def _only_question(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str, turns: Sequence[Utterance]) -> None:
    """The turn's one question is her guess checked (「…教えていただきたいです。人手不足というのは、
    採用しても人が来ないということですか？」, r22a s02 T3): that question is closed, whatever the
    wish before it reads as; it is not the open question the evidence would quote."""
    if Act.OPEN_QUESTION not in found or found.keys() & {Act.LEADING_QUESTION, Act.ADVICE}:
        return
    asked = [s for _, s in A._sentences(text, lang) if s.rstrip().endswith(("?", "？"))]  # type: ignore[arg-type]
    if len(asked) != 1 or not text.rstrip().endswith(asked[0].rstrip()) or _body(asked[0], lang) is None:
        return
    if not guessed_check(asked[0], lang, turns):
        return
    found.pop(Act.OPEN_QUESTION)
    sure.pop(Act.OPEN_QUESTION, None)
    found[Act.CLOSED_QUESTION] = [asked[0].strip()]
    sure[Act.CLOSED_QUESTION] = 0.7


def settle(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str, turns: Sequence[Utterance]) -> None:
    """A reflection that is her guess put as a yes/no question: a closed question."""
    # a "summary" of one sentence that only checks her reading (「楽天で失敗されたというのは、売れ
    # なかったということですか？」) gathers nothing of his either
    lone = len(A._sentences(text, lang)) == 1  # type: ignore[arg-type]
    if not (Act.REFLECTION in found or (Act.SUMMARY in found and lone)):
        _only_question(found, sure, text, lang, turns)
        return
    if not guessed_check(text, lang, turns):
        return
    kept = Act.REFLECTION in found and given_apart(text, lang, turns)
    for act in (Act.SUMMARY,) if kept else (Act.REFLECTION, Act.SUMMARY):
        found.pop(act, None)
        sure.pop(act, None)
    if not found.keys() & {Act.LEADING_QUESTION, Act.OPEN_QUESTION}:
        found.setdefault(Act.CLOSED_QUESTION, [])
        sure.setdefault(Act.CLOSED_QUESTION, 0.7)
        found.pop(Act.OTHER, None)
    else:
        _only_question(found, sure, text, lang, turns)


# a request to hand something over (「次回までに、設備のリストを見せていただけますか？」 "Could you
# send me the list before next time?"): a yes or no to a thing asked for, a closed question, never
# the open question that lets him talk (r21a s02 T12: 「短い問いかけで、社長が語る余白」)
_HAND_OVER = {
    "ja": re.compile(
        r"(見せて|お見せ|送って|お送り|ご用意|用意して|お持ち|持ってきて|持って来て|共有して|ご共有|お貸し|貸して|"
        r"ご提出|提出して|出して|お出し|コピーして|いただいて|お預け|預けて)"
        r"(いただけ|いただき|もらえ|ください|下さい|頂け|くださ)"
    ),
    "en": re.compile(
        r"\b(could|can|would|will) you (please )?(show|send|share|bring|lend|email|e-mail|forward|prepare|get|give) "
        r"(me|us)?\b",
        re.I,
    ),
}
_WH = {
    "ja": re.compile(r"何|なに|どんな|どう|どの|なぜ|どうして|いつ|誰|どこ|どれ|お考え|お気持ち|聞かせ|教えて|お話"),
    "en": re.compile(r"\b(what|how|why|which|who|when|where|tell|talk|walk me)\b", re.I),
}


def hands_over(text: str, lang: str) -> bool:
    """Every question of the utterance asks him to hand something over."""
    asks = [s for _, s in A._sentences(text, lang) if A._is_question(s, lang)]  # type: ignore[arg-type]
    return bool(asks) and all(_HAND_OVER[lang].search(s) and not _WH[lang].search(s) for s in asks)


def settle_hand_over(found: dict[Act, list[str]], sure: dict[Act, float], text: str, lang: str) -> None:
    """An "open question" that asks him to hand a thing over: a closed question."""
    if Act.OPEN_QUESTION not in found or not hands_over(text, lang):
        return
    found.pop(Act.OPEN_QUESTION)
    sure.pop(Act.OPEN_QUESTION, None)
    if Act.LEADING_QUESTION not in found:
        found.setdefault(Act.CLOSED_QUESTION, [])
        sure.setdefault(Act.CLOSED_QUESTION, 0.7)

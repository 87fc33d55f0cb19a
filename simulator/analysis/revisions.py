"""Readings the act rules and the learned layer get wrong, settled on the whole utterance in its
context (instructor playtest, round r3):

- a tentative reflection (「…と感じていらっしゃるんじゃないかと思いました」) gives the owner's
  feeling back: a reflection, not a leading question;
- a fact check of what the owner said (「創業は1975年でしたよね？」) is a closed question, while
  「〜ですよね？」 pushing the supporter's own view stays leading;
- a diagnosis the owner never made (「要するに営業力の問題ですね」 "So the real problem is your
  pricing.") is the supporter's own issue (advice), not a summary or a reflection;
- in English a "summary" needs two or more of the owner's points.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Act, Utterance
from .cues import Cues, Word
from .en_lexicon import HONEST_NO as _EN_HONEST_NO
from .ja_lexicon import FEELING_WORDS as _JA_FEELING
from .ja_lexicon import HONEST_NO as _JA_HONEST_NO
from .ja_lexicon import OWN_PURPOSE as _JA_OWN_PURPOSE

# --- tentative reflections ---------------------------------------------------------------------
# the owner's feeling, in honorific or plain form, offered as a guess (「…と感じていらっしゃる
# んじゃないかと思いました」「…とお考えなのではないかと」)
_JA_TENTATIVE_FEELING = re.compile(
    r"(感じて|思って|考えて|悩んで|迷って|お感じ|お考え|お思い|お悩み|抱えて|背負って)"
    r"(いらっしゃる|おられる|らっしゃる|いる|になっている|なの|なん)?"
    r"(ん|の)?(じゃ|では)ないか(と|な)|"
    # any feeling or doing of the owner's in honorific form (「気にかけていらっしゃるんじゃないか」)
    r"(て|で)(いらっしゃる|おられる)(ん|の)(じゃ|では)ないか(と|な)"
)
# the owner's point given back as a guess (「…ということなんじゃないかと」)
_JA_TENTATIVE_POINT = re.compile(r"(という|って)こと(なん|なの)?(じゃ|では)ないか(と|な)")
_EN_TENTATIVE = re.compile(
    r"\b(i (get|have) the (sense|feeling|impression) that you|i wonder(ed)? if you (feel|felt|might)|"
    r"i('m| am) guessing you (feel|might)|it sounds like you (might )?(feel|felt))\b",
    re.I,
)
_JA_PUSH = re.compile(
    r"べき|方がいい|ほうがいい|しかない|した方が|してみては|大事|必要です|原因は|問題は"
)


def tentative_reflection(text: str, lang: str, cues: Cues) -> bool:
    """The supporter offers the owner's feeling or point back as a guess."""
    if not cues.owner_last_has_content:
        return False
    if lang == "en":
        return bool(_EN_TENTATIVE.search(text))
    if _JA_PUSH.search(text):
        return False
    if _JA_TENTATIVE_FEELING.search(text):
        return True
    return bool(_JA_TENTATIVE_POINT.search(text)) and cues.drawn_words >= 1


# --- fact checks --------------------------------------------------------------------------------
_JA_CONFIRM_END = re.compile(
    r"(でしたよね|でしたね|でしたっけ|ですよね|ますよね|ましたよね)[？?]?\s*$"
)
_EN_CONFIRM_END = re.compile(
    r"(,\s*(right|correct|is that right|isn't it|wasn't it|didn't you|don't you))\s*\?\s*$", re.I
)
_NUMBER = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千]+(年|名|人|社|代|割|店|台)")
_EN_PUSH = re.compile(r"\b(should|must|have to|need to|only way|better)\b", re.I)


def fact_check(
    text: str,
    lang: str,
    own: Sequence[Word],
    turns: Sequence[Utterance],
    words: Callable[[str], tuple[Word, ...]],
    briefing: str | None = None,
) -> bool:
    """A closed question that confirms a fact the owner stated (「従業員は38名でしたよね？」):
    every content word of it was said by the owner, and it carries a number or a past
    confirmation (「でしたよね」). A tag question that checks what the briefing says ("You
    started the company yourself, right?", 「来店客数が減っているんですよね？」) confirms a fact
    too; each tagged sentence is read on its own, so an apology or an open question around it
    does not turn the check into a push."""
    body = text.strip()
    end = _JA_CONFIRM_END if lang == "ja" else _EN_CONFIRM_END
    push = _JA_PUSH if lang == "ja" else _EN_PUSH
    if push.search(body) or verdict_tag(body, lang):
        return False  # her verdict on his facts is no check of them
    owner = [u.text for u in turns if u.speaker == "owner"]
    keys = {k for t in owner for w in words(t) for k in w.keys}
    if end.search(body) and owner and own:
        said = [w for w in own if set(w.keys) & keys]
        if len(said) >= len(own) * 0.75:
            past = lang == "ja" and "でした" in body
            if _NUMBER.search(body) or past or lang == "en":
                return True
    tagged = [s for s in _sentences(body, lang) if end.search(s)]
    if any(_GUESSED[lang].search(s) for s in tagged):
        return False  # 「やっぱり人手不足が一番大変なんですよね？」: the supporter's guess on the form's fact
    if tagged and all(_history_check(s, lang) for s in tagged):
        return True  # "You started the company yourself, right?": his own history, checked
    if not briefing or any(_MIND[lang].search(s) for s in tagged):
        return False  # "So, you want to do DX, right?": his wish, put to him, leads
    known = keys | {k for w in words(briefing) for k in w.keys}
    if not tagged:
        return False
    # 「お客さんは減っているんですよね？」 checks 「来店客数の減少」: in Japanese a word whose kanji
    # the briefing writes counts as the briefing's
    shown = {ch for ch in briefing if "\u4e00" <= ch <= "\u9fff"} if lang == "ja" else set()

    def known_word(w: Word) -> bool:
        return bool(set(w.keys) & known) or any(ch in shown for ch in w.surface)

    for sent in tagged:
        mine = words(sent)
        if not mine or len([w for w in mine if known_word(w)]) < len(mine) * 0.75:
            return False
    return True


# a guess of the supporter's laid on a fact (r16a s02 T2, r16b s08 T8): a presumption
# (「やっぱり」「きっと」), a ranking (「一番」), a hardship he never named, or what it means to others
# (「社内でもそう思われてるってことですよね？」) is put to him, not checked
_GUESSED = {
    "ja": re.compile(
        r"やっぱり|やっぱ|やはり|きっと|たぶん|多分|おそらく|さぞ|一番(?!上|下)|何より|大変|厳しい|きつい|つらい|辛い|"
        r"苦しい|困って|と思われて|に思われて|そう思われ|そう見られ"
    ),
    "en": re.compile(
        r"\b(hardest|biggest|worst|toughest|must be|surely|i bet|i guess|i'm guessing|that means|which means)\b",
        re.I,
    ),
}


# a fact of the owner's own history, in the past, with nothing of a judgement in it
_EN_HISTORY = re.compile(
    r"^\W*(?:and |so |now )?you(?: \w+ly)? (started|founded|set up|took over|took on|joined|opened|built|"
    r"came back|came home|inherited|launched|began|moved|spent|worked|studied|were)\b",
    re.I,
)
_EN_JUDGED = re.compile(
    r"\b(because|mistake|wrong|problem|fault|too|should|failed|fail|blame|why|bad|poor|risk\w*)\b", re.I
)
_JA_HISTORY = re.compile(
    r"(始め|継が|継い|創業さ|創業し|立ち上げ|戻っ|戻ら|入社さ|入社し|就任さ|引き継が|開業さ|開業し|"
    r"開か|移ら|勤め|務め|いらっしゃっ|おられ|されてい|されて)(れ|られ)?(た|てきた|ていた)(ん|の)(です|でした)よね[？?]?$"
)
# 「お父様から継がれて3年なんですよね？」: how long he has held the post
_JA_TENURE = re.compile(
    r"(就任され|就かれ|継がれ|入社され|入られ|戻られ|始められ|創業され|なられ)て[^。？?]{0,4}"
    r"[0-9０-９一二三四五六七八九十]+\s*年(目)?[^。？?]{0,6}(です|ます)よね[？?]?$"
)
_JA_JUDGED = re.compile(r"失敗|原因|せい|問題|べき|間違|まずかった|良くなかった|よくなかった|無理|甘|遅かった|早すぎ")


# what he wants, thinks or feels: a tag question on it puts the supporter's reading in his mouth
_MIND = {
    "en": re.compile(
        r"\b(want|wants|wanted|wish|hope|think|thinks|feel|feels|need|needs|like|prefer|plan|planning|"
        r"should|must|worried|afraid|keen|eager|would rather)\b",
        re.I,
    ),
    "ja": re.compile(r"たい|欲しい|ほしい|思って|お考え|考えて|感じ|必要|べき|悩|不安|心配|お困り|困って|望"),
}


# the supporter's own verdict carried by a tag question (r23b s04 T6, r23a s08 T8): a risk or a
# remedy she names ("Don't you think that's risky?", "That's why online sales would be good for
# you, right?"), or her reading of what is "really" going on (「実際には会長がいろいろ決めている
# ってことですよね？」). Its words may all be on the form or his; put for his yes, it leads.
_VERDICT = {
    "en": re.compile(
        r"\b(risky|risk|risks|dangerous|danger|good for you|good idea|would be good|would help|"
        r"would be better|better off|the answer|the solution|worth (it|trying|doing)|makes sense|"
        r"that's why|that is why|which is why|so that's why|in reality|really the one|the real)\b|"
        r"\b(don't|do not|wouldn't|would not) you (think|say|agree)\b|\bisn't (it|that) (better|risky|time)\b",
        re.I,
    ),
    "ja": re.compile(
        r"リスク|危ない|危険|危う|(いい|良い|よい)(ん|の)?(です|でしょう)|(ほう|方)が(いい|良い|よい)|チャンス|"
        r"もったいない|(だ|です)からこそ|^(だから|なので|それなら|だったら)|実際には|実際は|実のところ|本当は|"
        r"裏を返せば|と思いませんか|と思わない"
    ),
}


def verdict_tag(text: str, lang: str) -> str | None:
    """A tag question (「〜ですよね？」 ", right?") or a "don't you think" question carrying the
    supporter's own verdict: the question pushes her answer, whatever words of his or of the
    form it is made of. Returns the sentence."""
    end = _JA_CONFIRM_END if lang == "ja" else _EN_CONFIRM_END
    for sent in _sentences(text.strip(), lang):
        asks = end.search(sent) or (lang == "en" and sent.endswith("?"))
        if not asks:
            continue
        m = _VERDICT[lang].search(_JA_LEAD_OFF.sub("", sent) if lang == "ja" else sent)
        if m and (lang == "ja" or end.search(sent) or _EN_THINK_Q.search(sent)):
            return sent
    return None


_JA_LEAD_OFF = re.compile(r"^(じゃあ|じゃ|では|それでは)[、,]\s*")
_EN_THINK_Q = re.compile(r"\b(don't|do not|wouldn't|would not) you (think|say|agree)\b|\bisn't (it|that)\b", re.I)


def _history_check(sentence: str, lang: str) -> bool:
    """A tag question on a fact of the owner's own past ("You took over from your father in
    2015, right?", 「お父様から継がれたんですよね？」): a confirmation, not a push."""
    if lang == "en":
        return bool(_EN_HISTORY.search(sentence)) and not _EN_JUDGED.search(sentence)
    held = _JA_HISTORY.search(sentence.strip()) or _JA_TENURE.search(sentence.strip())
    return bool(held) and not _JA_JUDGED.search(sentence)


def _sentences(text: str, lang: str) -> list[str]:
    """Sentences, each with its own end mark (English splits after . ? !)."""
    split = r"(?<=[.?!])\s+" if lang == "en" else r"(?<=[。？?！!])"
    return [s.strip() for s in re.split(split, text) if s.strip()]


# --- premature diagnoses -------------------------------------------------------------------------
_JA_DIAGNOSIS = re.compile(
    # 「差し迫った問題は特にない、…ということですね」: no problem, given back, names none
    r"(原因|問題|課題|本質|ネック|ボトルネック)は(?!(特に|とくに|別に|べつに|あまり|そんなに|それほど|今のところ|今は)?"
    r"(ない|無い|なく|ありません|ございません))[^。？?]{1,30}(ですね|でしょうね|でしょう|だと思います|なんですね|ですよ)|"
    r"(つまり|要するに|結局|ということは)[、,]?[^。？?]{1,30}の(問題|せい|原因)(ですね|でしょうね|でしょう|なんですね|ですよ)"
)
# 「人の問題ということですね」「営業力の問題なんですね」: the supporter's label on what the owner
# said; a diagnosis unless the owner framed it so himself (he said 問題/原因/せい)
_JA_LABEL = re.compile(
    r"([^、。？?！!]{1,20})の(問題|せい|原因)(ということ|ってこと|というわけ)?"
    r"(ですね|ですよね|なんですね|なんですよね|でしょうね|だと思います)"
)
_EN_DIAGNOSIS = re.compile(
    r"\b(the (real|root|underlying|main|core|actual) (problem|issue|cause) (here )?(is|was|must be|seems to be))\b|"
    r"\b(so|basically|in short),? (it's|it is) (really |just |all )?(an? )?\w+ (problem|issue)\b|"
    r"\b(what you have is|you have) (an? )?\w+ (problem|issue)\b",
    re.I,
)
_DIAGNOSIS_WORDS = frozenset(
    "原因 問題 課題 本質 ネック ボトルネック つまり 要するに 結局 せい "
    "problem issue cause real root underlying main core actual so basically short".split()
)


def premature_diagnosis(
    text: str,
    lang: str,
    own: Sequence[Word],
    turns: Sequence[Utterance],
    words: Callable[[str], tuple[Word, ...]],
) -> str | None:
    """The supporter names the cause or the issue in words the owner has not said: the
    supporter's own diagnosis (advice), however much it sounds like a summary. Returns the
    matched words; "" when the owner named it first (a reflection)."""
    m = (_JA_DIAGNOSIS if lang == "ja" else _EN_DIAGNOSIS).search(text)
    owner = [u.text for u in turns if u.speaker == "owner"]
    if not m and lang == "ja":
        label = _JA_LABEL.search(text)
        said = label and any(
            f"{label.group(1)[-4:]}の{label.group(2)}" in t or label.group(1)[-4:] + label.group(2) in t
            for t in owner
        )
        if label and not said:
            return label.group(0)
    if not m:
        return None
    keys = {k for t in owner for w in words(t) for k in w.keys}
    span = words(m.group(0))
    named = [w for w in span if w.norm.lower() not in _DIAGNOSIS_WORDS]
    if lang == "en":
        # "So the real problem is your pricing.": the words after the matched frame name it
        tail = words(text[m.end() :])[:3]
        named = named + list(tail)
    if not named:
        return None
    if all(set(w.keys) & keys for w in named):
        return ""  # the owner named it first: giving it back is a reflection
    return m.group(0)


_EN_OWN_ANSWER = re.compile(
    r"\b(yes|no)\b,|\b(i can|i can't|i cannot|i'm not|i am not|i will|i won't|we can|we don't)\b",
    re.I,
)


def revise(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    cues: Cues,
    own: Sequence[Word],
    turns: Sequence[Utterance],
    words: Callable[[str], tuple[Word, ...]],
    push: bool = False,
    briefing: str | None = None,
) -> None:
    """Settle the readings above in ``found`` (acts → evidence) and ``sure`` (confidence)."""
    honest = (_EN_HONEST_NO if lang == "en" else _JA_HONEST_NO).search(text)
    if honest and Act.SUMMARY not in found:
        # 「いえ、お約束はできません」 "No, I'm not here to sell anything": an honest answer
        # about oneself, neither the owner's words given back nor advice (unless it prescribes)
        for act in (Act.REFLECTION,) if push else (Act.REFLECTION, Act.ADVICE):
            found.pop(act, None)
            sure.pop(act, None)
    if lang == "ja" and _JA_OWN_PURPOSE.search(text) and not _JA_FEELING.search(text):
        # 「いえ、売り込みに来たわけではありません」: a clarification of the supporter's own
        # purpose (reassurance), neither empathy with the owner nor advice
        for act in (Act.EMPATHY, Act.ADVICE, Act.REFLECTION):
            found.pop(act, None)
            sure.pop(act, None)
        if not found:
            found[Act.OTHER] = []
    if tentative_reflection(text, lang, cues):
        for act in (Act.LEADING_QUESTION, Act.CLOSED_QUESTION, Act.ADVICE):
            found.pop(act, None)
            sure.pop(act, None)
        if Act.SUMMARY not in found:
            found.pop(Act.OTHER, None)
            found.setdefault(Act.REFLECTION, [w.surface for w in cues.picked_last][:2])
            sure.setdefault(Act.REFLECTION, 0.7)
    if Act.LEADING_QUESTION in found and fact_check(text, lang, own, turns, words, briefing):
        found.pop(Act.LEADING_QUESTION)
        sure.pop(Act.LEADING_QUESTION, None)
        found.setdefault(Act.CLOSED_QUESTION, [])
        sure.setdefault(Act.CLOSED_QUESTION, 0.7)
    verdict = verdict_tag(text, lang)
    if verdict and Act.CLOSED_QUESTION in found and Act.LEADING_QUESTION not in found:
        # 「実際には会長がいろいろ決めているってことですよね？」: her reading put for his yes leads
        found.pop(Act.CLOSED_QUESTION)
        sure.pop(Act.CLOSED_QUESTION, None)
        found[Act.LEADING_QUESTION] = [verdict]
        sure[Act.LEADING_QUESTION] = 0.7
    diagnosis = premature_diagnosis(text, lang, own, turns, words)
    if diagnosis == "" and Act.ADVICE in found and not push:
        # 「原因は人手不足なんですね」 after the owner said so: his cause, given back
        found.pop(Act.ADVICE)
        sure.pop(Act.ADVICE, None)
        if Act.SUMMARY not in found:
            found.pop(Act.OTHER, None)
            found.setdefault(Act.REFLECTION, [w.surface for w in cues.picked_last][:2])
            sure.setdefault(Act.REFLECTION, 0.7)
    if diagnosis:
        for act in (Act.SUMMARY, Act.REFLECTION, Act.OTHER):
            found.pop(act, None)
            sure.pop(act, None)
        found.setdefault(Act.ADVICE, []).append(diagnosis)
        sure.setdefault(Act.ADVICE, 0.7)
    if (
        lang == "en"
        and Act.SUMMARY in found
        and cues.owner_last_question
        and cues.summary_points < 2
        and _EN_OWN_ANSWER.search(text)
    ):
        # "So, yes, I can help, and orders are steady.": an answer plus one point of the
        # owner's is no summary (a summary gathers two or more of the owner's points)
        found.pop(Act.SUMMARY)
        sure.pop(Act.SUMMARY, None)
        if cues.drawn_words >= 1 and Act.REFLECTION not in found:
            found[Act.REFLECTION] = [w.surface for w in cues.picked_last][:2]
            sure[Act.REFLECTION] = 0.6

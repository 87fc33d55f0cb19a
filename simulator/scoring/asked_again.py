"""The same yes/no question asked again in other words after the owner answered it
(「後を継がれるんですか？」 → 「…何でもやっとるわ」 → 「将来は長女さんに任せるつもりなんですか？」,
r20a s09 t7): the topic did not change, so it is no 一問一答; what went wrong is asking again what
he already answered (the repeat line). The matters a question can ask about are data (``MATTERS``):
a word or phrase of one group in both questions is the same matter."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Act, Analysis, Utterance
from ..analysis import keywords
from ..i18n import Lang
from .limits import refusal

# the matters a yes/no question asks about, each as the words that name it (Japanese lemmas as
# ``keywords`` gives them; English as patterns over the lower-cased text)
MATTERS: dict[str, tuple[re.Pattern[str], ...]] = {
    "ja": tuple(
        re.compile(r"^(?:" + "|".join(g.split()) + r")$")
        for g in (
            "継ぐ 継がせる 後継 後継ぎ 跡継ぎ 跡取り 承継 事業承継 引き継ぐ 任せる 譲る 後継者 継承",
            "引退 退く 隠居 身を引く 勇退",
            "採用 雇う 募集 求人 雇用",
            "畳む 廃業 閉める 閉店 廃止",
            "値上げ 価格転嫁 値上がり 値段 単価",
            "ネット EC 通販 オンライン ネット販売 ネットショップ",
            "辞める 離職 退職 定着",
            "借入 借り入れ 融資 借金 返済",
        )
    ),
    "en": tuple(
        re.compile(p)
        for p in (
            r"\b(take|takes|taking|took) (it |things |the \w+ )?over\b|\bsucce(ed|ssor|ssion)\w*|"
            r"\bhand(ing|ed|s)? (it|things|the \w+|\w+ the \w+)( over| on| down)?\b|\bpass(ing|ed|es)? (it|the \w+) on\b|"
            r"\binherit\w*|\bcarry(ing)? on the (business|shop|firm|company)\b|\bleave (it|the \w+) to\b",
            r"\bretir\w+|\bstep(ping)? (down|back|aside)\b",
            r"\bhir(e|es|ed|ing)\b|\brecruit\w*",
            r"\bclos(e|ing) (it|the \w+)( down)?\b|\bshut(ting)? (it|the \w+) down\b|\bwind(ing)? (it|the \w+) (down|up)\b",
            r"\b(rais\w+|put\w* up) (your |the )?prices?\b|\bprice (rise|increase)s?\b",
            r"\bonline\b|\be-?commerce\b|\bweb ?shop\b",
        )
    ),
}
# words of any plan or time, no matter of their own (「将来は」「いずれ」「つもり」, "one day")
_PLAN_WORDS = frozenset(
    "将来 いずれ ゆくゆく 今後 この先 先 積もり 予定 考え お考え 本当 やはり やっぱり 社長 ご自身 "
    "one day future plan planning eventually someday really still".split()
)
_QUESTION_END = {
    "ja": re.compile(r"[？?]\s*$|(ですか|ますか|んですか|のですか|でしょうか|か)[。\s]*$"),
    "en": re.compile(r"\?\s*$"),
}
_SPLIT = re.compile(r"(?<=[。.!?！？])\s*")


def _question(text: str, lang: Lang) -> str:
    """The turn's last asking sentence, or ''."""
    parts = [p.strip() for p in _SPLIT.split(text) if p.strip()]
    asks = [p for p in parts if _QUESTION_END[lang].search(p)]
    return asks[-1] if asks else ""


def _matters(sentence: str, lang: Lang) -> tuple[set[int], set[str]]:
    """The matters a sentence names (group numbers) and its other content words."""
    groups: set[int] = set()
    rest: set[str] = set()
    if lang == "en":
        low = sentence.lower()
        spans = [(i, m.group(0)) for i, p in enumerate(MATTERS["en"]) for m in p.finditer(low)]
        groups = {i for i, _ in spans}
        named = " ".join(w for _, w in spans)
        rest = {k for k in keywords(sentence, lang) if k.lower() not in named}
        return groups, rest
    for k in keywords(sentence, lang):
        hit = {i for i, p in enumerate(MATTERS["ja"]) if p.match(k)}
        if hit:
            groups |= hit
        else:
            rest.add(k)
    return groups, rest


def asked_again(analysis: Analysis, context: Sequence[Utterance], lang: Lang) -> bool:
    """This turn's yes/no question asks the matter of one of the supporter's last two questions
    again, after the owner answered it: its words beside the matter are his, the earlier
    question's, or words of any plan (「将来は」). An open question on the same matter
    (「任せるとしたら、何が気がかりですか？」) digs into his answer: never a repeat here."""
    if analysis.has(Act.OPEN_QUESTION) or not analysis.has(Act.CLOSED_QUESTION, Act.LEADING_QUESTION):
        return False
    now = _question(analysis.text, lang)
    if not now:
        return False
    groups, rest = _matters(now, lang)
    if not groups:
        return False
    seen_trainee = 0
    for i in range(len(context) - 1, -1, -1):
        if context[i].speaker != "trainee":
            continue
        seen_trainee += 1
        if seen_trainee > 2:
            return False
        if i + 1 >= len(context) or context[i + 1].speaker != "owner":
            continue
        before = _question(context[i].text, lang)
        then, _ = _matters(before, lang) if before else (set(), set())
        if not groups & then:
            continue
        reply = context[i + 1].text
        if len(reply.strip()) < 8 or refusal(reply, lang):
            continue  # 「さあ…」: nothing answered, asking again is fair; a refusal pressed is named as such
        known = set(keywords(context[i].text, lang))
        for u in context[i + 1 :]:
            if u.speaker == "owner":
                known |= set(keywords(u.text, lang))
        return rest <= known | _PLAN_WORDS
    return False

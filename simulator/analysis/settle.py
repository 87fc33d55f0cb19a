"""Readings settled on the whole utterance (instructor playtest, round r4): feedback must fire
only on what happened.

- a negation or a hand-back is not advice: "No need to apologise", "You don't have to answer
  right away", 「無理にお答えいただかなくて大丈夫です」, and returning the decision to the owner
  (「…伝えるかどうかは社長が決めることです」, the guideline's best practice) with at most a
  soft invitation beside it (「一緒に…してみませんか」);
- a question that invites a story is open: "Which part weighs on you most right now?",
  "Who usually decides?", 「きっかけって何かあったんですか」, and an indirect wh-question
  (「どんな気持ちからなのかな、と思いまして」);
- the guideline's reassurance ("if there's anything you'd rather I didn't touch, just say so")
  is empathy;
- the owner asked the supporter something only with a real question, not an echo
  ("The issues…?"), a rhetorical tag (「…んじゃないですか」), self-talk (「何から話せばいいのか…」)
  or a prompt to go on (「ほかに何か？」 "Anything else?").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..acts import Act
from .en_lexicon import BOUNDARY_Q as _EN_BOUNDARY_Q
from .en_lexicon import OFFER as _EN_OFFER
from .ja_lexicon import BOUNDARY_Q as _JA_BOUNDARY_Q
from .ja_lexicon import HOMEWORK as _JA_HOMEWORK
from .ja_lexicon import LEAD_CLAUSE as _JA_LEAD_CLAUSE
from .ja_lexicon import OFFER as _JA_OFFER

# --- negations and hand-backs ------------------------------------------------------------------
_EN_NEGATED_PUSH = re.compile(
    r"\b(no need to|(you )?(don't|do not|needn't|need not) (have|need) to|there's no (need|rush)|"
    # "it doesn't need to be clear yet", "it won't have to be decided today" (r23a s03 T3)
    r"(it |that |this |the answer |your answer )?(doesn't|does not|won't|will not|didn't) (have|need) to|"
    r"(you )?don't need to|no rush|no pressure|take your time)\b",
    re.I,
)
_JA_NEGATED_PUSH = re.compile(
    r"(無理に|急いで|今すぐ|すぐに)?[^。！？!?]{0,20}(なくて|なくても)(大丈夫|結構|構いません|かまいません|いいです|よいです)|"
    r"(お気になさらず|ご心配なく|お気遣いなく|遠慮なく)|"
    # 「言いたくないことでしたら、それで結構です」: his limits left to him (r23b s01 T9)
    r"(言い|話し|お話しし|答え|お答えし)たくない[^。！？!?]{0,8}(でしたら|なら|であれば|があれば|場合は)[、,]?"
    r"[^。！？!?]{0,10}(結構|大丈夫|構いません|かまいません|いいです|よいです|申しません)"
)
_EN_HAND_BACK = re.compile(
    r"\b(it's|that's|it is|that is) (entirely |completely |totally )?(up to you|your (call|decision|choice))\b|"
    r"\byou (decide|get to decide|make the call)\b|\bthe decision is yours\b",
    re.I,
)
_JA_HAND_BACK = re.compile(
    r"(かどうか|どうするか|いつ|何を|どこまで)は?[^。]{0,12}(社長|ご自身|あなた)が(お)?(決め|判断)|"
    r"(決める|判断する|決めていただく)のは(社長|ご自身)|社長(ご自身)?(次第|のご判断)"
)
# the pushes that stay advice whatever hand-back follows (a prescription, a diagnosis)
_EN_HARD_PUSH = re.compile(
    r"\b(should|must|ought to|had better|'d better|i (strongly )?(recommend|suggest|advise))\b",
    re.I,
)
_JA_HARD_PUSH = re.compile(
    r"べき|方がいい|ほうがいい|しかない|なければ|ないと(いけ|だめ|ダメ)|必要です|しましょう"
)


# a soft invitation to think it through together (「一緒に…してみませんか」 "shall we…together")
_JA_INVITE = re.compile(r"一緒に|ご一緒|みませんか|ましょうか")
_EN_INVITE = re.compile(r"\b(together|shall we|let's|we could|could we)\b", re.I)


def _sentences(text: str, lang: str) -> list[str]:
    split = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？!?])"
    return [s for s in re.split(split, text) if s.strip()]


def _relieving(sentence: str, lang: str) -> bool:
    neg, back = (
        (_EN_NEGATED_PUSH, _EN_HAND_BACK) if lang == "en" else (_JA_NEGATED_PUSH, _JA_HAND_BACK)
    )
    return bool(neg.search(sentence) or back.search(sentence))


_VOICED = re.compile(
    r"\b(thought|think|thinking|felt|feel|wondered|said|say|told yourself|asked yourself),?\s+"
    r"(['‘\"“])[^'’\"”]{3,120}['’\"”]",
    re.I,
)


def not_advice(text: str, lang: str, rules_advice: Callable[[str], list[str] | None]) -> bool:
    """The turn's advice is only a negation ("No need to …") or a decision handed back, with at
    most a soft invitation beside a hand-back: the rules find no advice in the rest."""
    parts = _sentences(text, lang)
    relief = [s for s in parts if _relieving(s, lang)]
    if not relief:
        return False
    rest = (
        " ".join(s for s in parts if s not in relief)
        if lang == "en"
        else "".join(s for s in parts if s not in relief)
    )
    hard = _EN_HARD_PUSH if lang == "en" else _JA_HARD_PUSH
    relieved = text
    for rx in (
        (_EN_NEGATED_PUSH, _EN_HAND_BACK) if lang == "en" else (_JA_NEGATED_PUSH, _JA_HAND_BACK)
    ):
        relieved = rx.sub(" ", relieved)
    # a thought of his voiced in quotes ("when you thought, 'this is where being president should
    # make a difference'?") is his imagined words, no push of hers (r23a s03 T3)
    relieved = _VOICED.sub(" ", relieved)
    if hard.search(relieved):
        return False  # 「…社長が決めることですが、早めに伝えるべきです」 is still a push
    handed_back = any((_EN_HAND_BACK if lang == "en" else _JA_HAND_BACK).search(s) for s in relief)
    found = rules_advice(rest) if rest.strip() else None
    if handed_back:
        # 「一緒に言葉にしてみませんか。…伝えるかどうかは社長が決めることです」: a soft invitation
        # beside the hand-back; a proposal of the supporter's own (「モール出店が手軽でいいと思い
        # ますよ。最終的には社長のご判断ですが、…」 "I'd go with Amazon. It's your call.") stays
        # advice, whatever open question hands the choice back after it (r15a s05 T2)
        invite = _EN_INVITE if lang == "en" else _JA_INVITE
        return not found or all(invite.search(e) for e in found)
    return not found


# --- advice read into a question or a cushion ------------------------------------------------
# a proposal put as a question (「〜してみてはいかがですか」 "Have you thought about …?"): advice
_JA_PROPOSAL_Q = re.compile(
    r"(て|てみて)は(いかが|どう)|たら(いかが|どう(?=です|でしょ|か|よ|[？?、。！!…]|$))|(し|やっ|入れ|使っ|変え|始め)てみ(ません|ない)|"
    r"のは(どう|いかが)|べき|方がいい|ほうがいい|(入れ|使い|始め|変え)ませんか|よね[？?]|でしょう[？?]|"
    r"(じゃ|では)ない(です)?か"
)
_EN_PROPOSAL_Q = re.compile(
    r"(?<!what )(?<!which )(?<!what else )\b(have you (considered|tried|thought about|looked at)|why (don't|not) you|how about|what about|"
    r"would you consider|could you (maybe |perhaps |possibly )?(try|consider)|(would|could|might) it (help|be worth|be an idea)|"
    r"what if you|maybe you could|have you thought of|should|ought to|must|had better|shouldn't|wouldn't it be|"
    r"isn't it time|why not|right\?|isn't it|don't you think)\b",
    re.I,
)
# a cushion before or around the question (「大丈夫ですよ」「謝らないでください」 "you can tell me to mind
# my own business"): reassurance, not a push
_JA_CUSHION = re.compile(
    r"^\s*(いえ、?)?(大丈夫(です|ですよ|ですから)|謝らないでください|お気になさらず|気にしないでください|"
    r"とんでもない(です)?)[。！!]?\s*$"
)
_EN_CUSHION = re.compile(
    r"mind my own business|\bdon't worry\b|\bno need to apologi[sz]e\b|\bdon't apologi[sz]e\b|"
    r"\bthat's (all right|fine|ok|okay)\b",
    re.I,
)


def _asks(sentence: str, lang: str) -> bool:
    s = sentence.strip()
    if lang == "en":
        return s.endswith("?")
    return bool(re.search(r"([？?]|(ですか|ますか|でしょうか|ませんか|のか|んですか)[。]?)\s*$", s))


def advice_before_question(text: str, evidence: list[str]) -> bool:
    """Advice said in the lead clause of a question sentence (「SNSで発信するといいと思いますが、
    やってますか？」): the supporter's proposal, with a question after it (r11a blind play)."""
    for s in _sentences(text, "ja"):
        if not _asks(s, "ja"):
            continue
        leads = _JA_LEAD_CLAUSE.split(s)[:-1]
        if any(e and e in lead for lead in leads for e in evidence):
            return True
    return False


def advice_only_in_asking(
    text: str, lang: str, evidence: list[str], rules_advice: Callable[[str], list[str] | None]
) -> bool:
    """The advice read into the turn lies only in its questions (an open question about what he
    wants from the meetings, "If X, what would you do?") or in a cushion (「大丈夫ですよ」
    「謝らないでください」), none of them a proposal put as a question, and the rules find no
    advice in the rest (playtest r10b s03 T7, s04 T2)."""
    parts = _sentences(text, lang)
    proposal = _EN_PROPOSAL_Q if lang == "en" else _JA_PROPOSAL_Q
    offer = _EN_OFFER if lang == "en" else _JA_OFFER
    if any(offer.search(s) for s in parts):
        return False  # 「コンサルを紹介しましょうか？」 "Shall I put you in touch…?": an offer proposes
    cushion = _EN_CUSHION if lang == "en" else _JA_CUSHION
    soft = [s for s in parts if (_asks(s, lang) and not proposal.search(s)) or cushion.search(s)]
    if not soft or not evidence:
        return False
    if not all(any(e in s for s in soft) for e in evidence):
        return False
    if lang != "en" and advice_before_question(text, evidence):
        return False  # 「発信するといいと思いますが、やってますか？」: advice put before the question
    rest = (" " if lang == "en" else "").join(s for s in parts if s not in soft)
    hard = _EN_HARD_PUSH if lang == "en" else _JA_HARD_PUSH
    if hard.search(rest):
        return False
    return not (rest.strip() and rules_advice(rest))


# --- open prompts ------------------------------------------------------------------------------
_EN_STORY_WH = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay|well|now|then|can i ask|may i ask),?\s+)*"
    r"(which|who)\b[^?]{0,60}\b(weighs?|weighing|bothers?|troubles?|worries|matters?|"
    r"(usually|normally|typically|really) (decides?|makes?|handles?|runs?)|decides?)\b",
    re.I,
)
_JA_STORY_PROMPT = re.compile(
    r"何か[^。？?]{0,12}(あった|ありました|ございました)(ん|の)?(です|でしょう)?か|"
    r"何か(きっかけ|理由|出来事)"
)
# ... but not the second half of an either-or (「昔からですか？それとも何かきっかけが…？」) or word
# of a notice received (「先方から何か正式なお話はありましたか」): a choice or a yes/no (acts17)
_JA_NOT_STORY = re.compile(
    r"^\W*それとも|"
    r"何か[^。？?]{0,8}(お話|話|連絡|ご連絡|通知|知らせ|お知らせ|説明|ご説明|返事|お返事|回答|ご回答|書面|打診|申し入れ)"
    r"(は|って|など)(あり|ござい|来|き|届)"
)
_JA_WH_OPEN = re.compile(r"どんな|どのよう|どういう|どういった|なぜ|どうして|何が|何を")
_JA_INDIRECT_Q = re.compile(
    r"(の|ん)?か(な|なあ)?[、,]?\s*と(思い|思っ|気にな)(まして|て|ました)?(。|…)*\s*$"
)


def open_prompt(text: str, lang: str) -> str | None:
    """The words that make a yes/no-looking or statement-shaped question an open prompt."""
    for s in _sentences(text, lang):
        if lang == "en":
            m = _EN_STORY_WH.search(s) or _EN_STORY_WH.search(re.sub(r"^.*?,\s*", "", s))
            if m and s.rstrip().endswith("?"):
                return m.group(1)
        else:
            m = _JA_STORY_PROMPT.search(s)
            if m and not _JA_NOT_STORY.search(s):
                return m.group(0)
            if _JA_WH_OPEN.search(s) and _JA_INDIRECT_Q.search(s):
                return _JA_WH_OPEN.search(s).group(0)  # type: ignore[union-attr]
    return None


# --- reassurance --------------------------------------------------------------------------------
_EN_REASSURE = re.compile(
    r"\b(anything you'd rather (i|we) (didn't|did not|not) (touch|ask|go into|get into)|"
    r"(just )?say so|no need to answer|(you )?don't have to answer|only what you're comfortable)\b",
    re.I,
)
_JA_REASSURE = re.compile(
    r"(お話ししたくない|話したくない|触れてほしくない|触ってほしくない)[^。]{0,20}(無理に|おっしゃって|言って|伝えて)|"
    r"無理に(は|とは)?(お答え|答え|伺い|伺|お聞き|聞き|お話し)[^。]{0,12}(なくて|ません)|"
    r"(話し|お話しし|言い|答え)たくない(こと|ところ|話|部分)[^。]{0,12}(無理に|結構|大丈夫|構いません|申しません)"
)


def boundary_question(text: str, lang: str) -> str | None:
    """The turn's last question asks which areas he would rather she left alone (see
    ``BOUNDARY_Q`` in the lexicons): that question, else None."""
    rx = _EN_BOUNDARY_Q if lang == "en" else _JA_BOUNDARY_Q
    asked = [s.strip() for s in _sentences(text, lang) if _asks(s, lang) or re.search(r"[?？]\s*$", s)]
    if not asked:
        # 「触れてほしくないことがあれば、教えてください。」: a request, no question mark
        asked = [s.strip() for s in _sentences(text, lang) if _JA_TELL_ME.search(s)] if lang != "en" else []
    return asked[-1] if asked and rx.search(asked[-1]) else None


_JA_TELL_ME = re.compile(r"(教えて|おっしゃって|言って|聞かせて)(ください|いただけ|もらえ|くださ)")


def reassurance(text: str, lang: str) -> str | None:
    m = (_EN_REASSURE if lang == "en" else _JA_REASSURE).search(text)
    return m.group(0) if m else None


# the turn's last sentence puts a view to him for agreement (「…ってことですよね。」 "…, right."):
# a leading question even without a question mark
_JA_TAG_END = re.compile(r"(よね|ね|でしょう|でしょ|じゃないですか|ではないですか|ませんか|か)[。！!…\s]*$")
_EN_TAG_END = re.compile(r"\b(right|correct|don't you think|isn't it|wouldn't you say|no)\W*$", re.I)


def asks_nothing(text: str, lang: str) -> bool:
    """The turn puts no question to him: no sentence asks, and the last one is no tag seeking his
    agreement. A 「〜ありますよね。」 said on the way to a recommendation (「…日持ちの問題がありますよね。
    焼き菓子を中心にした方がいいと思います。」) is the lead-in of the advice, not a question (t10 f008)."""
    parts = _sentences(text, lang)
    if not parts or re.search(r"[?？]", text) or any(_asks(s, lang) for s in parts):
        return False
    return not (_EN_TAG_END if lang == "en" else _JA_TAG_END).search(parts[-1].strip())


# a question that only checks the supporter's own answer was understood ("Does that answer it?",
# 「お答えになっていますか」): no question about his business, no closed question of its own
_ANSWER_CHECK = {
    "en": re.compile(
        r"^\W*(?:(?:so|and|well),?\s+)?(?:does|did|is|was) (?:that|this|it) "
        r"(?:answer (?:it|that|your question)|make sense|clear|help|(?:ok|okay|all right|alright))(?: (?:for|with) you)?\W*$",
        re.I,
    ),
    "ja": re.compile(
        r"^[\s、]*(?:これで|以上で)?[、\s]*(?:お答えになって(?:い)?ます(?:でしょう)?か|(?:ご)?説明になって(?:い)?ます(?:でしょう)?か|"
        r"(?:お|ご)?分かりいただけ(?:まし)?た(?:でしょう)?か)[。？?\s]*$"
    ),
}


def only_checks_answer(text: str, lang: str) -> bool:
    """Every question of the turn only checks that the supporter's answer came across."""
    asked = [s for s in _sentences(text, lang) if _asks(s, lang) or re.search(r"[?？]\s*$", s)]
    return bool(asked) and all(_ANSWER_CHECK["en" if lang == "en" else "ja"].search(s.strip()) for s in asked)


def settle(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    rules_advice: Callable[[str], list[str] | None],
) -> None:
    """Settle the readings above in ``found`` (acts → evidence) and ``sure`` (confidence)."""
    # homework that sets him the supporter's solution (「次回までに…増やす方法を考えておいて
    # いただけますか」) is a push worded as a request, whatever question carries it
    homework = lang == "ja" and bool(_JA_HOMEWORK.search(text))
    if Act.ADVICE in found and not homework and not_advice(text, lang, rules_advice):
        found.pop(Act.ADVICE)
        sure.pop(Act.ADVICE, None)
    if (
        Act.ADVICE in found
        and Act.LEADING_QUESTION not in found
        and not homework
        and advice_only_in_asking(text, lang, found[Act.ADVICE], rules_advice)
    ):
        found.pop(Act.ADVICE)
        sure.pop(Act.ADVICE, None)
    if homework and Act.ADVICE in found:
        asking = [x for x in re.split(r"(?<=[。！？!?])", text) if re.search(r"[?？]\s*$", x)]
        if asking and all(_JA_HOMEWORK.search(x) for x in asking):
            for act in (Act.OPEN_QUESTION, Act.CLOSED_QUESTION):  # it asks for no view of his
                found.pop(act, None)
                sure.pop(act, None)
    if Act.LEADING_QUESTION in found and Act.ADVICE in found and asks_nothing(text, lang):
        # the supporter recommends; he asks nothing: the advice names the turn, no leading question
        found.pop(Act.LEADING_QUESTION)
        sure.pop(Act.LEADING_QUESTION, None)
    prompt = open_prompt(text, lang)
    if prompt and not found.keys() & {Act.LEADING_QUESTION, Act.ADVICE}:
        found.pop(Act.CLOSED_QUESTION, None)
        sure.pop(Act.CLOSED_QUESTION, None)
        found.pop(Act.OTHER, None)
        found.setdefault(Act.OPEN_QUESTION, [prompt])
        sure.setdefault(Act.OPEN_QUESTION, 0.7)
    boundary = boundary_question(text, lang)
    asked = boundary and (Act.CLOSED_QUESTION in found or re.search(r"([?？]|か[。]?)\s*$", boundary))
    if asked and not found.keys() & {Act.LEADING_QUESTION, Act.ADVICE}:
        # "Is there anything you'd prefer I didn't touch on?": he names what to leave alone, in his
        # own words — the guideline's reassurance, no closed question of fact (r23a s09 T10)
        found.pop(Act.CLOSED_QUESTION, None)
        sure.pop(Act.CLOSED_QUESTION, None)
        found.pop(Act.OTHER, None)
        found.setdefault(Act.OPEN_QUESTION, [boundary])
        sure.setdefault(Act.OPEN_QUESTION, 0.7)
    calm = reassurance(text, lang) or boundary
    if calm and Act.EMPATHY not in found:
        found[Act.EMPATHY] = [calm]
        sure[Act.EMPATHY] = 0.7
        found.pop(Act.OTHER, None)
    elif calm:
        # the reassurance is the empathy: its words, not the model's small ones ("that's",
        # "said" of a restatement, r11b s06 T9), are the evidence
        found[Act.EMPATHY] = [calm, *(e for e in found[Act.EMPATHY] if len(e) > 6 and e != calm)]


# --- the owner's question to the supporter -----------------------------------------------------
_JA_NOT_ASKING = re.compile(
    r"(んじゃないですか|んじゃないの|んじゃない|じゃないですか|じゃないか|でしょうかね|のかな|かね)"
    r"[\s…。、]*[?？]?[\s…。]*$|"
    r"^[\s…。、]*(ほかに|他に|ほか|他)(は|に)?(何か|なにか)?[\s…。、]*[?？]?[\s…。]*$|"
    r"(のか|んだか|ものか|もんか)[\s…。、]*$|"
    # 「僕が決めていいことなのかどうか。」: wondering aloud, no question mark
    r"(かどうか|か否か)[\s…。、]*$|"
    # 「…機械メーカーさんとか。」: a list trailing off, no question mark
    r"(とか|など|なんか)[\s…。、]*$|"
    # 「うーん、そこは今はいいかな。」: musing, no question mark; 「なんていうか…」: a filler
    r"かな[\s…。、]*$|^[\s…、]*(なんというか|何というか|なんていうか|なんて言うか)[\s…。、]*$|"
    # 「一番の悩み、ですか。…」: his echo of the supporter's words before he answers
    r"^[^、。？?]{1,14}、\s*(ですか|か)[\s…。]*$|"
    # 「お茶、もう一杯いかがです？」: an offer, nothing to answer about the business
    r"(お茶|コーヒー|お菓子|もう一杯|どうぞ)[^。？?]*(いかが|どう)|"
    # 「それがうちに何の関係があるの？」: a challenge, not a question to answer
    r"(何の|なんの)関係が(ある|あん)|"
    # 「次に進んでくれる？」: he asks to move on, not for information (r12b blind play)
    r"(次|先|本題|具体的な話)(に|へ)(進ん|進め|行っ|いっ|入っ)(て|で)(くれる|くれます|くれません|もらえる|もらえます|もらえません|"
    r"ください|いただけます|ほしい|もらいたい)(か)?[\s…。、]*[?？]?[\s…。]*$|"
    # 「それは、また今度でもいいですか。」: he puts the topic off, he asks for nothing to answer
    r"(また今度|今度|後で|あとで|後ほど|次回|また)(で|に|の機会で)(も)?(いい|よろしい|構わない|構いません)(です|でしょう)?(か)?[\s…。、]*[?？]?[\s…。]*$"
)
_EN_NOT_ASKING = re.compile(
    r"^\W*(anything else|what else|so\??|and\??|well\??)\W*$|"
    r"\b(that|this) now,? is it\W*$|,\s*(isn't it|is it|eh|huh)\W*$|"
    r"\b(more|some|another|a cup of|cup of) (tea|coffee)\b|\b(tea|coffee)\W*(anyone|more)?\?|"
    r"\bwhat does (that|this|it) have to do with\b|^\W*[\w' ]{1,20},\s*you (ask|say)\?|"
    # "Well, how I feel?": his echo of the supporter's question before he answers it
    r"^\W*((well|so|oh|hmm|um),?\s+)?(how|what|why|where) (i|we) \w+[\w' ]{0,15}\?\W*$",
    re.I,
)
_EN_WORD = re.compile(r"[A-Za-z']+")


# 「もったいないでしょ？」「そうだろ？」: a tag for agreement with no question word asks nothing
# to answer (r12b blind play: 「社長の問いに短く誠実に答え」 praised after it)
_JA_TAG_ONLY = re.compile(
    r"^(?!.*(何|なに|なん|どう|どこ|どれ|どの|どんな|誰|いつ|なぜ|いくら|どっち|どちら|あんた|あなた|君|きみ|お宅|おたく|支援の)).*"
    r"(でしょ|でしょう|だろ|だろう|やろ|じゃろ)[\s…。、]*[?？]?[\s…。]*$"
)


def real_question(sentence: str, lang: str) -> bool:
    """A question sentence of the owner's that asks the supporter something: not an echo of a
    word or two ("The issues…?"), a rhetorical tag, self-talk or a prompt to go on."""
    s = sentence.strip()
    if lang == "en":
        if "?" not in s or _EN_NOT_ASKING.search(s):
            return False
        return len(_EN_WORD.findall(s)) > 3
    if _JA_NOT_ASKING.search(s) or _JA_TAG_ONLY.search(s):
        return False
    body = re.sub(r"[\s…。、？?！!「」]", "", s)
    return len(body) > 4

"""Whether a question asks about something of its own, or only invites the owner to go on.

A prepared fact of the owner's rides on a question only when the question is about that fact's
topic, or when it merely invites him on (「もう少し聞かせていただけますか」, 「それで？」, "Tell me
more."). A question with an object of its own (「その苦しさのこと、もう少し聞かせて」, 「本来は何を
されていたはずですか」, "Who works there?") is answered on that object; the fact waits (r17a: 1 reply
in 4 was his next prepared fact instead of an answer).
"""

from __future__ import annotations

import re

from ..wording.asking import question_sentence, sentences

# the words of a bare invitation to go on: prompts, politeness, demonstratives, particles
_JA_GENERIC = re.compile(
    r"よろしければ|よかったら|差し支えなければ|できれば|もう少し|もうちょっと|もっと|少し|詳しく|具体的に|"
    r"聞かせ|教え|お話し?|話し?|伺え?|お聞かせ|いただけ|いただき|もらえ|ください|下さい|くれ|"
    r"ませ|ます|ません|でしょう|ですか|です|ん|か|かな|ね|よ|"
    r"その後|その先|その続き|続き|それから|それで|そこ|その|それ|あの|この|あたり|辺り|へん|ところ|"
    r"というと|といいますと|と(?:いう|言う)のは|どういう|どんな|どう|なった|こと|もの|"
    r"ほかに|他に|ほか|他|社長|ご自身|について|ように|お考え|考え|お思い|思われ|"
    # the business as a whole and how it is now (「いまの会社の様子を、もう少し」): no object of its own
    r"御社|貴社|会社|お店|お仕事|仕事|事業|商売|様子|状況|現状|近況|最近|いま(?=[のはもで、])|今|普段|全体|いかが|ご|"
    r"て|で|は|を|の|に|が|も|と|へ|や|し|さ|い|う|え|お|な|ら|る|れ|あ"
)
_EN_GENERIC = re.compile(
    r"(?i)\b(?:could|would|can|will|you|please|tell|me|us|a|bit|little|more|about|that|this|it|"
    r"go|on|and|then|what|happened|next|say|said|else|anything|something|say|mean|by|how|so|do|"
    r"explain|further|expand|elaborate|keep|going|talk|share|i'd|i|would|like|to|hear|love|the|"
    r"rest|of|story|is|was|there|mind|if|oh|ok|okay|sure|yes|right|really|hmm|mm|well)\b"
)
# a check of the supporter's summary (「…こういうことでしょうか」「…で合っていますか」): it invites him on
_JA_CHECK = re.compile(r"(こういう|こういった|そういう|そういった|という)(こと|お話|感じ|理解)(で(しょうか|すか|すね|よろしい|合って)|なんでしょうか|なんですね)|で合って(い)?ますか|でよろしいですか")
_EN_CHECK = re.compile(r"(?i)\b(is that (right|fair|it)|have i got (that|it) right|did i get (that|it) right|am i right)\b")
# a question on what he would tell (「どんなことでしたら、お話しいただきやすいでしょうか」「今日いちばん
#話しておきたいことから聞かせてください」, "What would you like to tell me about?"): it invites him
# to tell what he has, so his next prepared fact is the answer
_JA_TELL = re.compile(
    r"(お?話し?|申し上げ|伝え|聞いて(?:ほし|もらい))(?:し)?(?:て)?(?:おき)?(?:たい|やす|いただきやす|いただける|ていただける|られる)|"
    r"話せる(?:こと|範囲|ところ)?(?:は|が|から|で)?(?:何|どん|どの|あれば)"
)
_EN_TELL = re.compile(
    r"(?i)\b(what|anything) (else )?(would|do) you (like|want|wish) to (tell|share|talk about|say)|"
    r"what (feels|would be|is) (easiest|comfortable|ok|okay) to (talk about|share)"
)
_JA_CONTENT = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9０-９]")
_LEFT = re.compile(r"[\s。、，,.!?！？…「」『』（）()\"'—\-ー〜~]+")


def asks_its_own(text: str, lang: str) -> bool:
    """The question sentence has an object of its own: something left once the words of a
    bare invitation to go on are taken out (no question: False)."""
    q = question_sentence(text, lang)
    if q is None:
        return False
    if (_JA_CHECK if lang == "ja" else _EN_CHECK).search(q) or invites_telling(text, lang):
        return False
    rest = _LEFT.sub("", (_JA_GENERIC if lang == "ja" else _EN_GENERIC).sub("", q))
    if lang == "ja":  # a content word is left: kanji or katakana, or a kana word (「とこ」 leaves 「こ」)
        return bool(_JA_CONTENT.search(rest)) or len(rest) >= 3
    return bool(rest)


# an interrogative: the sentence asks something (「何を」「どなたが」「どう受け止め」), not only for more
_JA_ASKS = re.compile(r"何|なに|なん(?:で|の|と)|どう|どの|どんな|どなた|誰|だれ|いつ|どこ|どちら|どれ|なぜ|いくつ|いくら")
# the prompt words of an opinion or a clarification ask nothing of their own: 「…についてどうお考え
# ですか」「…というのは、どういうことでしょう」「どんなことでも」
_JA_PROMPT = re.compile(
    r"(どう|どのように|どのよう)(お考え|考え|思われ|お思い|思い|捉え|受け止め)|どういう(こと|意味)|どんな(こと|お話)|"
    r"というのは|といいますと|というと"
)
_EN_ASKS = re.compile(r"(?i)\b(what|who|whom|whose|when|where|which|why|how)\b")


def asks_something(text: str, lang: str) -> bool:
    """The question sentence asks something with a question word of its own ("Who works
    there?", 「本来は何をされていたはずですか」), not only for more on a thing it names
    (「その苦労について、もう少し詳しく聞かせていただけますか」); no question: False."""
    q = question_sentence(text, lang)
    if q is None:
        return False
    if lang == "ja":
        return bool(_JA_ASKS.search(_JA_PROMPT.sub("", q)))
    return bool(_EN_ASKS.search(q))


def invites_telling(text: str, lang: str) -> bool:
    """The question asks what he would like to (or can) tell: an invitation to go on in his
    own choice, which his next prepared fact answers (no question: False)."""
    q = question_sentence(text, lang)
    return q is not None and bool((_JA_TELL if lang == "ja" else _EN_TELL).search(q))


# an invitation to ask the supporter something (「今日の面談で何か聞いておきたいことはありますか」
# 「社長が今日いちばん聞きたいことって、何ですか」「私に何かご質問はありますか」): he asks back or
# says there is nothing today, never tells his next prepared line (r20a s08 t9, r20b s04 T9)
_JA_ASK_BACK = re.compile(
    r"(聞いて?おきたい|お?聞きになりたい|聞きたい|お?尋ねになりたい|お?尋ねしたい|確認しておきたい|ご質問|質問)"
    r"(こと|点|ところ|の)?(とか|など|って|は|が|も)?[、,]?\s*(あり|ござい|何|なに|あれば|どう|どんな|どの)"
)
# someone else's questions (「お客さんから聞きたいことは」「社員の方がよく質問することは」): not his to the supporter
_JA_THIRD = re.compile(
    r"(お客|顧客|社員|従業員|職人|スタッフ|パート|息子|娘|奥様|奥さん|会長|先代|取引先|皆さん|みなさん|若い(方|人|子))"
    r"(さん|様|さま|の方|たち)?(が|は|から|に|って)"
)


SHORT_ASK = 12  # characters: a question this short (「何かありますか？」) leans on the sentence before it


def asks_for_his_questions(text: str, lang: str) -> bool:
    """The supporter invites the owner to ask something of him (Japanese; no question: False)."""
    if lang != "ja":
        return False
    q = question_sentence(text, lang)
    if q is None:
        return False
    parts = sentences(text, lang)
    if len(q) <= SHORT_ASK and q in parts and parts.index(q) > 0:  # 「…ご質問があれば、どうぞ。何かありますか？」
        q = parts[parts.index(q) - 1] + q
    if _JA_THIRD.search(q) or "聞かれ" in q or "質問され" in q:
        return False
    return bool(_JA_ASK_BACK.search(q))

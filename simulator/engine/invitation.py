"""Whether a question asks about something of its own, or only invites the owner to go on.

A prepared fact of the owner's rides on a question only when the question is about that fact's
topic, or when it merely invites him on (「もう少し聞かせていただけますか」, 「それで？」, "Tell me
more."). A question with an object of its own (「その苦しさのこと、もう少し聞かせて」, 「本来は何を
されていたはずですか」, "Who works there?") is answered on that object; the fact waits (r17a: 1 reply
in 4 was his next prepared fact instead of an answer).
"""

from __future__ import annotations

import re

from .asking import question_sentence

# the words of a bare invitation to go on: prompts, politeness, demonstratives, particles
_JA_GENERIC = re.compile(
    r"よろしければ|よかったら|差し支えなければ|できれば|もう少し|もうちょっと|もっと|少し|詳しく|具体的に|"
    r"聞かせ|教え|お話し?|話し?|伺え?|お聞かせ|いただけ|いただき|もらえ|ください|下さい|くれ|"
    r"ませ|ます|ません|でしょう|ですか|です|ん|か|かな|ね|よ|"
    r"その後|その先|その続き|続き|それから|それで|そこ|その|それ|あの|この|あたり|辺り|へん|ところ|"
    r"というと|といいますと|と(?:いう|言う)のは|どういう|どんな|どう|なった|こと|もの|"
    r"ほかに|他に|ほか|他|社長|ご自身|について|"
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
_LEFT = re.compile(r"[\s。、，,.!?！？…「」『』（）()\"'—\-ー〜~]+")


def asks_its_own(text: str, lang: str) -> bool:
    """The question sentence has an object of its own: something left once the words of a
    bare invitation to go on are taken out (no question: False)."""
    q = question_sentence(text, lang)
    if q is None:
        return False
    if (_JA_CHECK if lang == "ja" else _EN_CHECK).search(q):
        return False
    rest = (_JA_GENERIC if lang == "ja" else _EN_GENERIC).sub("", q)
    return bool(_LEFT.sub("", rest))

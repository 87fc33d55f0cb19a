"""What the supporter's statements do, for the engine: reassure, close the meeting, look ahead,
change the subject, advise or prescribe, and hand the talk back to the owner.

Split from :mod:`.asking` (what the trainee *asks*); both are word patterns, ja and en side by side.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .asking import _size, question_sentence, sentences

_JA_REASSURE = re.compile(
    r"(審査|評価|査定|補助金|書類|報告).{0,20}(ありません|ないです|ございません|しません|使いません|使われ|ではない|じゃない)|"
    r"(触れ|触ら|立ち入ら|伺わ|聞か)ない(よう|で)|(触れ|立ち入り|踏み込み|伺い|お聞きし)ません|"
    r"話したくない|話さなくて(大丈夫|結構)|言わなくて(大丈夫|結構)|"
    # the guideline's own: 「触ってほしくない領域を伝えてもらえば、それに合わせて対応します」; what he
    # says stays here (「了解なしに会長や社外にお伝えすることはありません」); only as far as he likes
    # (「話せる範囲で大丈夫です」) (r18b s04 T8)
    r"(触れ|触っ|さわっ|立ち入っ)て(ほしく|欲しく)ない|触れられたくない|"
    r"(お伝え|お話し|お漏らし|漏らし|口外|他言)(する|すること|いたすこと|したり|し?たり)?(は|も)?(ありません|しません|いたしません)|"
    r"(話せる|お話しできる|話していい|お話しいただける)(範囲|ところ|ことだけ)(で|だけで?)(大丈夫|結構|構いません|かまいません|十分)"
)
_EN_REASSURE = re.compile(
    r"\b(not an? (audit|assessment|inspection)|no(t|thing).{0,40}(audit|assess|screen|report|used|forms|check up)|"
    r"(stay|keep) (out of|off|away from)|leave .{0,30} (alone|aside)|won't (touch|go into|ask)|"
    r"(don't|do not) have to (talk|tell|share|say)|"
    # what he says stays here; only as far as he likes; anything he'd rather keep out of (r18b s04 T8)
    r"(stays?|stay) (between us|in this room|here)|won't (pass|share|repeat) (it|that|anything|what)|in confidence|"
    r"(only|just) (as much as|what) you(('re| are) comfortable| feel comfortable| want| like)|"
    r"(anything|anywhere|something) you('d| would) rather (i|we) (didn't|did not|not) (touch|go into|ask))",
    re.I,
)


def reassures(text: str, lang: str) -> bool:
    """The supporter reassures the owner (「審査ではありません」「触れないようにします」)."""
    return bool((_JA_REASSURE if lang == "ja" else _EN_REASSURE).search(text))


_ASKS = re.compile(r"([？?]|か[。\s]*$|か。)")


def only_reassures(text: str, lang: str) -> bool:
    """The turn reassures him and asks him nothing (「審査ではありませんし、話したくないところは
    触れません。…だけで結構です」): a promise to take in, not a question to hesitate on."""
    return reassures(text, lang) and not _ASKS.search(text)


@lru_cache(maxsize=4096)


def has_statement(text: str, lang: str, *, substantive: bool = False) -> bool:
    """Something besides questions: an answer, an admission, a view (``substantive``: more than
    a backchannel such as 「なるほど。」 / "Mm, I see.")."""
    return any(
        question_sentence(s, lang) is None and (not substantive or _size(s, lang) >= MIN_STATEMENT[lang])
        for s in sentences(text, lang)
    )


MIN_STATEMENT = {"ja": 10, "en": 5}  # characters / words of a statement that says something

_JA_CLOSE = re.compile(
    r"(今日|本日)は(この(あたり|へん|辺)|ここまで|これで)|次回(は|も|に)|次回[、,]?また|また次回|"
    r"お時間をいただき(ありがとう|、ありがとう)|"
    r"(ありがとうございました|失礼しました)。.{0,12}また(伺|お伺い|お邪魔|来|参|お話)"
)
_EN_CLOSE = re.compile(
    r"\b(leave it there for today|that's all for today|wrap up|thank you for your time today|"
    r"when we meet again|next time we meet|let's stop here)\b|"
    r"\b(could|can|may) (i|we) (come (back|again|and see you)|visit( you)?( again)?|see you again)\b|"
    r"\bsee you again\b",
    re.I,
)


# a last sentence that takes leave: thanks in the past tense, 「失礼します」, "see you next time"
_JA_LEAVE = re.compile(
    r"(ありがとうございました|失礼します|失礼いたします|また伺います|またお伺いします|また参ります|お疲れさまでした|"
    r"お疲れ様でした)[。！!…\s]*$"
)
_EN_LEAVE = re.compile(
    r"\b(for today|that's all from me|that's everything from me|see you next time|see you then|"
    r"be in touch|goodbye|good-bye|bye for now|until next time|talk again soon|i'll be going)\b[^?]*$",
    re.I,
)


# a question on what he wants or would look at (not when or whether to meet): asked at leave-taking, answered
_ASKS_WHAT = {
    "ja": re.compile(r"(何|どこ|どんな|どの|どれ)(から|を|が|に)"),
    "en": re.compile(r"^\s*(?:and |so |but |well, |then, )?(what|which|where)\b", re.I),
}
# a question word: a question of its own, not 「また伺ってもいいですか」「次回また聞かせてください」
_WH = {
    "ja": re.compile(r"(どこ|どう|どんな|何|なぜ|いつ|誰|どなた|どの|どれ)"),
    "en": re.compile(r"^\s*(?:and |so |but |well, |then, )?(what|where|when|why|how|who|which)\b", re.I),
}


def closes(text: str, lang: str) -> bool:
    """The supporter brings the meeting to a close (「今日はこのあたりで」 / "let's leave it there"),
    or takes leave with nothing more asked (「本日はありがとうございました。」 / "Thanks, see you
    next time.")."""
    close = _JA_CLOSE if lang == "ja" else _EN_CLOSE
    q = question_sentence(text, lang)
    if close.search(text):
        # 「次回もお時間を…では今日の締めとして一つだけ。…何が一番変わっていると思いますか」 asks a
        # last question first: he answers it, the supporter then takes leave (playtest r10)
        # "What would you like us to look at first when we meet again?" asks him something with
        # a time of leave-taking in it: he answers it (r16b s07 T9: a goodbye only)
        asks = bool(_WH[lang].search(q)) if q is not None else False
        return q is None or not asks or (bool(close.search(q)) and not _ASKS_WHAT[lang].search(q))
    if q is not None:
        return False
    parts = sentences(text, lang)
    return bool(parts) and bool((_JA_LEAVE if lang == "ja" else _EN_LEAVE).search(parts[-1]))


_JA_AHEAD = re.compile(
    r"(将来|未来|理想|この先|これから|年後|うまくいったら|どうなっていたら|描|強み|得意|誇り|お気持ち|どう感じ|どう思われ)"
)
_EN_AHEAD = re.compile(
    r"\b(future|years from now|ideal|picture|looking ahead|look ahead|went well|going well|"
    r"worked out|strength|proud|best at|how do you feel|how did you feel|how does that feel|"
    r"how did that feel|what was that like|how was that for you)\b",
    re.I,
)


def looks_ahead(text: str, lang: str) -> bool:
    """A question about the future picture, the owner's strengths or his feelings (前向きな未来像,
    強み, 気持ち): the guideline's good moves, never an 一問一答 jump."""
    return bool((_JA_AHEAD if lang == "ja" else _EN_AHEAD).search(text))


_JA_TURN = re.compile(r"(ちなみに|(?:^|[。、！？\s])ところで|話は変わ|それはそうと)")
_EN_TURN = re.compile(r"\b(by the way|anyway|on another note|incidentally)\b", re.I)


def change_of_subject(text: str, lang: str) -> bool:
    """Words that turn away from what the owner asked (「ちなみに」「ところで」 / "by the way")."""
    return bool((_JA_TURN if lang == "ja" else _EN_TURN).search(text))


def before_change(text: str, lang: str) -> str:
    """What the supporter said before turning to another subject (all of it when no turn)."""
    m = (_JA_TURN if lang == "ja" else _EN_TURN).search(text)
    return text[: m.start()] if m else text


_JA_ADVISES = re.compile(
    r"(べき|した(方|ほう)が|てみては|(?<!とし)てはいかが|たらどう|おすすめ|お勧め|必要|大切|重要|ましょう|一般的|普通は|"
    r"手もあ|が一番|のがいい|といい|(て|で)もいいと思|ていいと思|導入|活用|改善|見直)"
)
_EN_ADVISES = re.compile(
    r"\b(should|could try|need to|needs to|recommend|suggest|better to|best to|try|consider|"
    r"important|the key|what you need|why not|how about|generally|usually)\b",
    re.I,
)


# a solution with the result it promises him (「クラウドのシステムを入れれば一気に効率化できますよ」 /
# "If you just put in an ordering app, you'll cut the mistakes"): advice however it is labelled
_RESULT = {
    # not 「決算書を見せていただければ、すぐ指摘できます」: what the supporter could do if he shows it
    "ja": re.compile(
        r"(?<!いただけ)(?<!頂け)(?<!もらえ)(?<!くだされ)(れば|えば|せば|けば|めば|てば|たら)[、,]?[^。？?「」『』]{0,25}"
        r"(ますよ|できます|なります|解決します)(?!か)"
    ),
    "en": re.compile(
        r"\bif you (just |only |simply )?(put in|install|introduce|use|switch to|start|set up|get|move to|adopt)\b"
        r"[^.?!\"]{0,40}\byou('ll| will| could| can| would)\b",
        re.I,
    ),
}


def promises_result(text: str, lang: str) -> bool:
    """The supporter hands him a solution with its promised result."""
    return bool(_RESULT[lang].search(text))


def advises(text: str, lang: str) -> bool:
    """Words that give advice (「〜した方がいい」「〜が大切です」 / "you should", "try"): the
    evidence an unsure advice label needs before the owner holds it against the trainee."""
    return (
        prescribes(text, lang)
        or promises_result(text, lang)
        or bool((_JA_ADVISES if lang == "ja" else _EN_ADVISES).search(text))
    )


def prescribes(text: str, lang: str) -> bool:
    """A hard sell: the supporter tells the owner what to do (「〜しましょう」「おすすめです」)."""
    if lang == "ja":
        return bool(
            re.search(
                r"(べき|しましょう|ましょう|おすすめ|お勧め|オススメ|した(方|ほう)がいい|してください(?!と)|に限ります|が一番です|"
                r"必要があります|やるしかない)",
                text,
            )
        )
    return bool(
        re.search(
            r"\b(you should|i recommend|i'd recommend|i suggest|let's|you need to|you must|"
            r"the best (thing|way|option) is|go with|definitely|if i were you|you have to)\b",
            text,
            re.I,
        )
    )


def returns_to_owner(text: str, lang: str) -> bool:
    """After answering, the supporter hands the topic back to the owner (a question, or 「一緒に
    考えたい」 / "I'd like to think it through with you")."""
    if question_sentence(text, lang) is not None:
        return True
    if lang == "ja":
        return bool(re.search(r"(一緒に|社長(の|は|ご自身)|伺いたい|お聞きしたい|教えていただ)", text))
    return bool(re.search(r"\b(with you|how you see|your view|hear from you|you think)\b", text, re.I))



_JA_ABOUT_HIM = re.compile(
    r"(気持ち|もやもや|モヤモヤ|感じ|心細|不安|心配|つら|辛|悩|胸|"
    r"(話|相談|打ち明け)(され|なさ|した|しました|できる|できた)|お話し(され|に)|ご相談)"
)
_EN_ABOUT_HIM = re.compile(
    r"\b(feel|feels|feeling|felt|chest|worr(y|ies|ied)|uneasy|unsettled|"
    r"(have|did) you (ever )?(been able to )?(talk|talked|spoken|speak|told|tell|discuss|discussed|share|shared)|"
    r"(talked|spoken) (to|with) anyone)\b",
    re.I,
)


def asks_about_him(text: str, lang: str) -> bool:
    """The question asks about the owner himself, his feelings or whom he has talked to
    (「そのもやもやを感じるのはどんなときですか」 / "When does that feeling come up?"): no one
    else could answer it for him, so never 「会長に聞いてみないと」."""
    q = question_sentence(text, lang)
    return q is not None and bool((_JA_ABOUT_HIM if lang == "ja" else _EN_ABOUT_HIM).search(q))


# 「Aたい、ということは、今はBていない人がいるということですか？」 / "So does that mean some of them
# don't feel safe?": an inference of the supporter's put to him as a check
_JA_INFER = re.compile(
    r"(ということは|ってことは|ということであれば|とすると|裏を返せば|逆に言えば)[、,\s]*(?P<inf>.+?)"
    r"(ということ|ってこと|わけ|という意味)(なん)?(です|でしょう|でございます)?か[？?。]*\s*$"
)
_EN_INFER = re.compile(
    r"\b(does that mean|so that means|that means|which means|so you're saying|are you saying|"
    r"does it mean|would that mean)\b(?P<inf>[^?]*)\?",
    re.I,
)
_JA_NEG = re.compile(r"(ない|ません|ず[にの、。]|なく|ぬ)")
_EN_NEG = re.compile(r"(?i)(\bnot\b|n't\b|\bno one\b|\bnobody\b|\bnever\b|\bno longer\b)")
INFER_OWN = 0.5  # share of the inference's bigrams (ja) / words (en) that must be his own


def infers_unsaid(text: str, lang: str, owner_text: str) -> bool:
    """The supporter checks an inference of his own (「…ということは、今は安心して働けていない人が
    いるということですか」) that the owner's last reply did not say: it turns his words negative,
    or most of it is not his. He corrects it mildly instead of agreeing (r18b s07 T7: 「ええ、ええ。
    その通りです。」 and a reversal the next turn). A restatement of his own words is confirmed."""
    q = question_sentence(text, lang)
    if q is None or not owner_text:
        return False
    m = (_JA_INFER if lang == "ja" else _EN_INFER).search(q)
    if m is None:
        return False
    inferred = m.group("inf").strip(" 、,。")
    if not inferred:
        return False
    neg = _JA_NEG if lang == "ja" else _EN_NEG
    if neg.search(inferred) and not neg.search(owner_text):
        return True  # his wish turned into a lack he never spoke of
    if lang == "ja":
        grams = {inferred[i : i + 2] for i in range(len(inferred) - 1)}
        own = {g for g in grams if g in owner_text}
    else:
        grams = {w for w in re.findall(r"[a-z']{4,}", inferred.lower())}
        own = {w for w in grams if w in owner_text.lower()}
    return bool(grams) and len(own) / len(grams) < INFER_OWN


# the supporter promises not to push (「押しつけるつもりはありません」「決めるのは社長です」 / "I won't
# push anything on you", "it's your call"): what a conditional of his (「押しつけないってんなら」) rests on
_JA_PROMISE = re.compile(
    r"(押しつけ|押し付け|無理強い|無理に|強制|売り込|勧誘)[^。？?]{0,12}(ません|ない|しない)|"
    r"(決めるのは|お決めになるのは|決めていただくのは)社長|社長が(お?決め|判断)(になって|して)?(ください|いただ)|"
    r"(お話を|話を)(伺う|聞く|聞かせていただく)だけ"
)
_EN_PROMISE = re.compile(
    r"\b(won't|will not|not (going|here) to|never|don't want to|no intention of) (push|force|pressure|sell|impose)|"
    r"\bno (pressure|obligation)\b|\b(your|the owner's) (call|decision|choice)\b|\bup to you\b|\bjust (to )?(listen|talk)\b",
    re.I,
)


def promises(text: str, lang: str) -> bool:
    """The supporter promised something a conditional of his can rest on: not to push, to leave
    the decision to him, only to listen, or any reassurance (:func:`reassures`)."""
    return reassures(text, lang) or bool((_JA_PROMISE if lang == "ja" else _EN_PROMISE).search(text))


# the supporter offers to do something himself and asks if that suits the owner (「次回までに…調べて
# きますね。それでいいですか？」 / "I'll look into it before next time. Is that OK?"): his consent, not a
# question to put off (r21b s05 T11: 「うーん、それはね、話すと長くなるから。」)
_JA_OFFER = re.compile(
    r"(調べて|お持ちし|持って|用意して|ご用意し|まとめて|お調べし|作って|探して|確認して)"
    r"(きます|まいります|参ります|おきます|いきます|します)"
)
_JA_CONSENT = re.compile(r"(それで|こちらで|そのように|その形で)?(いい|よろしい|大丈夫|構いません|かまいません)(です|でしょう)?か[。？?\s]*$")
_EN_OFFER = re.compile(r"\b(i'll|i will|let me|i can) (look into|find|bring|prepare|put together|check|gather|draw up|dig out)\b", re.I)
_EN_CONSENT = re.compile(
    r"\b(is that|would that be|does that sound|does that work|is it) (ok|okay|all right|alright|fine|good|for you)\b|"
    r"\bdoes that work( for you)?\W*$",
    re.I,
)


def asks_consent(text: str, lang: str) -> bool:
    """The turn offers something the supporter will do and asks whether that suits the owner."""
    ja = lang == "ja"
    return bool((_JA_OFFER if ja else _EN_OFFER).search(text)) and bool((_JA_CONSENT if ja else _EN_CONSENT).search(text.strip()))

"""Moves the owner's reply must meet in kind (playtest r6): a next-step invitation, a request to
say more about his own words, praise, a check of a summary, an honest admission, a how-many
question.

- ``invites``: 「次回、もしよろしければ…一緒に…みませんか」 / "Next time, if you're willing,
  could we look at … together?" — an invitation he may decline, not advice: the owner accepts
  or hedges in character (``peak.invited``), never with the rebuff meant for a lecture;
- ``clarifies``: 「いろいろ、というと？」 / "What do you mean?" — a short request to expand his
  own last reply: he says more about *that*, never replays his opening or another fact;
- ``praises``: 「すごいことだと思います」 / "That's impressive" — the only move a modest
  「いえいえ、それほどでも」 answers;
- ``checks``: 「…こういう理解で合っていますか」 / "Is that right?" — a summary that asks only to
  be confirmed (relief answers it); a summary ending in a real question gets an answer;
- ``admits``: 「正直に申し上げると、現場の経験はありません」 / "I'm no expert" — an honest
  answer to the owner's knowledge test, however long, is no lecture;
- ``counts``: 「何人」「いくつ」 / "how many" — 「数えたこともないよ」 fits only such a question.
"""

from __future__ import annotations

import re

from .asking import EN_CHECK, EN_PICK, asks_meaning, question_sentence

_JA_NEXT = re.compile(r"(次回|次に|次は|今度|またお伺い|また伺|次の機会|次にお会い)")
_JA_TOGETHER = re.compile(
    # 「次にお会いするときは、…ところから伺えればと思いますが」: a plan for next time he may decline
    r"(一緒に|考えておいて|考えてみて|ご一緒|させていただけ|考えさせて|お手伝いさせて|伺わせて|同席|伺えれば|お聞きできれば|お話しいただければ|"
    # 「次回、工場を少し見せていただくことはできますか」: a request to see or visit next time is a
    # next step he may decline, no factual question (r18b s01 T10)
    r"見せていただ|見せてもら|拝見|見学|お邪魔|案内していただ|ていただくことは(でき|可能)|てもよろしい)"
)
_JA_CONSENT = re.compile(
    r"(ませんか|いかがでしょう|いかがですか|よろしいでしょうか|よろしければ|よければ|いただけますか|"
    r"無理にとは|どうでしょう|と思いますが|ことはできますか|ことは可能|てもよろしい)"
)
_EN_NEXT = re.compile(
    r"\b(next time|when we (next )?meet|next meeting|come (back|again)|another (visit|session))\b",
    re.I,
)
_EN_TOGETHER = re.compile(
    # "Next time, could I take a look around the factory?": a request to see or visit (r18b s01 T10)
    r"\b(together|with you|sit in|join us|look around|show me|take a look|see the|walk (round|around|through)|visit)\b",
    re.I,
)
_EN_CONSENT = re.compile(
    r"\b(could we|shall we|would you|could i|can i|would it be possible|would it be (all right|ok|okay)|if you're willing|if you like|"
    r"if that suits|how would you feel|would you be open|may i|no pressure|only if|"
    # "next time I can bring some information on it. Would that be helpful?" (r16a s06 T11)
    r"would (that|it|this) (be )?(help|helpful|useful|of (any )?use|any use|worth it)|"
    r"(does|would) (that|it|this) sound (good|helpful|useful|all right|ok|okay))\b",
    re.I,
)

_JA_CLARIFY = re.compile(
    r"(というと|と言いますと|といいますと|と申しますと|どういうこと|どういう意味|具体的には|たとえば|例えば|"
    r"どんなこと|どういった)(ですか|でしょうか|でしょう)?[？?。]*\s*$"
)
_EN_CLARIFY = re.compile(
    r"\b(what do you mean|how do you mean|meaning what|such as|in what way|how so|like what|"
    r"what sort of things|what kind of things|for example|for instance|what's that)\b[?.!]*\s*$",
    re.I,
)
CLARIFY_SIZE = {"ja": 24, "en": 9}  # characters / words: a clarification is short

_JA_PRAISE = re.compile(
    r"(すごい|すごく立派|素晴らしい|すばらしい|立派|大したもの|さすが|尊敬|感心|見事|なかなかできない|"
    r"誇らしい|頭が下がり|敬服)"
)
_EN_PRAISE = re.compile(
    r"\b(impressive|amazing|remarkable|admire|admirable|achievement|well done|incredible|"
    r"that's quite something|hats off|a real credit|proud of)\b",
    re.I,
)

_JA_CHECK = re.compile(
    r"(合って(い)?ますか|合っていますでしょうか|よろしいですか|間違いないですか|ということでしょうか|"
    r"ということですか|ということ(です|でしょう|ですよ)ね|そういうことですか|理解で(いい|よい|よろしい)|でよろしいでしょうか|で合っているでしょうか|"
    r"(こういう|こういった|そういう|そういった)(こと|ところ)(なん|なの)?でしょうか|"
    # 「私の受け止め方がずれていたら、遠慮なくおっしゃってください」: a summary put to him for correction (r22b s01 T10)
    r"(ずれて|違って|間違って|外れて|的外れ)[^。？?]{0,8}(たら|れば|ば)[^。？?]{0,16}(おっしゃ|教えて|ご指摘|言って|正して|直して|訂正)[^。？?]{0,12})[。？?]*\s*$"
)
_EN_CHECK = EN_CHECK

_JA_ADMIT = re.compile(
    r"(分かりません|わかりません|分かっていません|分かっているとは|とても言えません|及びません|"
    r"詳しくありません|詳しくない|経験はありません|ことはありません|素人|正直に申し上げ|存じません)"
)
_EN_ADMIT = re.compile(
    r"\b(i'm no expert|not an expert|i don't know|i haven't|i've never|i have never|to be honest|"
    r"honestly|i can't claim|i wouldn't claim)\b",
    re.I,
)

_JA_COUNT = re.compile(
    r"(何人|何名|何台|何社|何軒|何個|何件|いくつ|何割|何パーセント|何%|どのくらいの数|人数|件数)"
)
_EN_COUNT = re.compile(r"\b(how many|number of|headcount|what percentage|what share)\b", re.I)


_JA_LISTS = re.compile(
    r"(まとめ|整理|つまり|ここまで|のこと、.+のこと|、そして|それに|両方|いくつか|並べ)"
)
_EN_LISTS = re.compile(
    r"\b(so far|put (it|that) together|putting (it|that) together|sum (it |that )?up|summar|let me check|"
    r"what i'm hearing|in other words|both|on top of that|side by side|pieces|all of that)\b",
    re.I,
)
_JA_CALMS = re.compile(
    r"(ゆっくりで|ゆっくり(お考え|で大丈夫)|焦らず|急がなくて|無理に|正解はありません|思いつくところから)"
)
_EN_CALMS = re.compile(
    r"\b(take your time|no rush|no hurry|no right answer|no wrong answer|don't have to|whatever comes to mind)\b",
    re.I,
)


def lists(text: str, lang: str) -> bool:
    """The give-back lines up several points (「〜、そして〜」「整理すると」 / "so far", "both"),
    not one back-reference (「さっき…とおっしゃいましたね」): a summary he is relieved by."""
    return bool((_JA_LISTS if lang == "ja" else _EN_LISTS).search(text))


def calms(text: str, lang: str) -> bool:
    """Reassurance about the pace (「ゆっくりで大丈夫です」 / "take your time"): no praise, no feeling
    to agree with — he acknowledges it."""
    return bool((_JA_CALMS if lang == "ja" else _EN_CALMS).search(text))


_JA_WH = re.compile(r"(どこ|どう|どんな|何|なぜ|いつ|誰|どなた|どの|どれ)")
_EN_WH = re.compile(r"^\s*(?:and |so |but |well, |then, )?(what|where|when|why|how|who|which)\b", re.I)


def invites(text: str, lang: str) -> bool:
    """An invitation to a next step that leaves him free to say no — unless the utterance ends
    in a question of its own (「…一緒に考えられたらと思っています。前回のやり方のどこが悪かったと
    感じていますか」 asks about the last time: playtest r10)."""
    q = question_sentence(text, lang)
    if lang == "ja":
        if q is not None and _JA_WH.search(q) and not (_JA_NEXT.search(q) or _JA_TOGETHER.search(q)):
            return False
        return bool(
            _JA_NEXT.search(text) and _JA_TOGETHER.search(text) and _JA_CONSENT.search(text)
        )
    if q is not None and _EN_WH.search(q) and not (_EN_NEXT.search(q) or _EN_TOGETHER.search(q)):
        return False
    return bool(
        _EN_NEXT.search(text)
        and (_EN_TOGETHER.search(text) or _EN_CONSENT.search(text))
        and _EN_CONSENT.search(text)
    )


def clarifies(text: str, lang: str) -> bool:
    """A short request to say more about what the owner just said."""
    size = len(text.strip()) if lang == "ja" else len(text.split())
    if size > CLARIFY_SIZE[lang]:
        return False
    return bool((_JA_CLARIFY if lang == "ja" else _EN_CLARIFY).search(text.strip()))


# "What is 'our way' at Hanabusado?", "I'm interested in what those few things might be" (r22b s03
# T5, s07 T7): he is asked what a phrase of his own last reply stands for (English)
_EN_DEFINE = re.compile(
    r"\bwhat (is|are|was|were|'s|exactly is|do you mean by|did you mean by|you mean by|"
    r"(those|these|that|the|this)\b[^.?!]{0,40}\b(might be|would be|could be|are|is|were|was|mean|means|looks? like)|"
    r"(does|did)\b[^.?!]{0,40}\b(mean|look like))\b"
    r"(?P<rest>[^.?!]{0,60})",
    re.I,
)
_EN_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_EN_LIGHT = frozenset(
    "a an the and or but so to of in on at for with as is are was were be been it its it's that this those "
    "these there here i you your my me we our he she they them his her what how do does did not no just "
    "about some something thing things one all any more much very really well now then".split()
)


def defines_his_words(text: str, owner_text: str, lang: str) -> bool:
    """(English) The question asks what a phrase of his own last reply is or stands for — two
    words of his in a row ("those few things" ← "A few things piling up"), or one word of his
    of substance in quotes ("'our way'" ← "our way's wrong"): a request to say more about his own
    words, as "what do you mean?" is. A question on a new subject is none."""
    if lang != "en" or not owner_text or asks_meaning(text, lang):
        return False  # "What does 'the same way' mean for you?" asks what it is to him (his feeling)
    said = _EN_WORD.findall(owner_text.lower())
    said_pairs = {(a.split("'")[0], b.split("'")[0]) for a, b in zip(said, said[1:], strict=False)}
    said_words = {w.split("'")[0] for w in said}
    for m in _EN_DEFINE.finditer(text):
        words = [w.split("'")[0] for w in _EN_WORD.findall(m.group(0).lower())]
        pairs = [(a, b) for a, b in zip(words, words[1:], strict=False) if (a, b) in said_pairs]
        if any(not ({a, b} <= _EN_LIGHT) for a, b in pairs):
            return True
        quote = re.search(r"['‘\"“]([^'’\"”]{2,40})['’\"”]", m.group(0))
        if quote:
            inner = [w.split("'")[0] for w in _EN_WORD.findall(quote.group(1).lower())]
            if inner and all(w in said_words for w in inner) and any(w not in _EN_LIGHT for w in inner) or (
                len(inner) >= 2 and all(w in said_words for w in inner)
            ):
                return True
    return False


def picks_one(text: str, lang: str) -> bool:
    """The question asks him to pick one of the things he named (English): a request to say more
    about his own words, as a clarification is."""
    q = question_sentence(text, lang)
    return lang == "en" and q is not None and EN_PICK.search(q) is not None


def praises(text: str, lang: str) -> bool:
    return bool((_JA_PRAISE if lang == "ja" else _EN_PRAISE).search(text))


def checks(text: str, lang: str) -> bool:
    """The question only asks whether the supporter got it right."""
    q = question_sentence(text, lang) or ""
    return bool((_JA_CHECK if lang == "ja" else _EN_CHECK).search(q.strip()))


def admits(text: str, lang: str) -> bool:
    return bool((_JA_ADMIT if lang == "ja" else _EN_ADMIT).search(text))


_JA_AMOUNT = re.compile(
    r"(いくら|金額|売上|売り上げ|利益|粗利|何割|何パーセント|何%|割合|比率|単価|コスト|費用|経費|借入|いくつ|何円|何万|何億|どのくらいの額)"
)
_EN_AMOUNT = re.compile(
    r"\b(how much|what percentage|what share|what proportion|revenue|sales|turnover|profit|margin|cost|costs|price|"
    r"prices|debt|loan|loans|spend|figures?)\b",
    re.I,
)


def amounts(text: str, lang: str) -> bool:
    """The question asks an amount kept in his books (money, a share, a cost): 「帳面を見ないと」 /
    "without the books" may answer it, never a how-long or how-often about his days (r18a s07 T6)."""
    q = question_sentence(text, lang) or text
    return bool((_JA_AMOUNT if lang == "ja" else _EN_AMOUNT).search(q))


def counts(text: str, lang: str) -> bool:
    q = question_sentence(text, lang) or text
    return bool((_JA_COUNT if lang == "ja" else _EN_COUNT).search(q))

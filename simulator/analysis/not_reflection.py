"""A reflection (伝え返し) gives the owner's own point back to him; a sentence that only *reuses* one
of his words does not (refl23, from the blind set t12 and the refl23 check set):

- her own question with his word in it (「職人さんは今何人…？」 "How many drivers do you have now?");
- her own inference, diagnosis or advice built on his words (「三年横ばいなら、新商品を出す時期ですね」
  「現場がバラバラなのは、社長が現場に出ていないからだと思います」 "So you must be worried about payroll",
  "Controlled growth usually means hiring a manager", "That's a key-person risk");
- a supposed feeling of hers about his situation (「…と、不安になりますね」「裏切られたような気持ちにもなりますよね」
  "It can't be easy to …"): empathy, not his point;
- a pleasantry or her own small talk (「来月また伺います。ありがとうございました」 "Good to talk with you too").

:func:`settle` drops the reflection when no sentence of the utterance is left that could give
something of his back. Its converse, :func:`cited_echo`, finds his words cited before her question
(「ぐちゃぐちゃ、とおっしゃいましたけど、どのあたりが…」 「社長がいないと回らない、というのは…？」
'"A different story" - how so?'): a reflection beside the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..acts import Act, Utterance
from .cues import Word
from .guess_check import guessed_check

WordsFn = Callable[[str], tuple[Word, ...]]

# --- Japanese -------------------------------------------------------------------------------------
_SENT_JA = re.compile(r"[^。！？!?…]+(?:[。！？!?…]+|$)")
# a question: her own unless it is an echo check of his words (「42人まで、ですか。」「…ということでしょうか」)
_Q_JA = re.compile(r"[？?]\s*$|(か|かね|かな|でしょう)[。…\s]*$")
_ECHO_Q_JA = re.compile(
    # (「不安もおありなんでしょうか」: his feeling named and checked with him, a tentative reflection)
    r"(おあり|お持ち|お感じ|(感じ|抱え|抱い)て(い|お)らっしゃ)(る|になる)?な?(ん|の)?(でしょうか|ですか)|、\s*(です|でしょう)か|(という|って)(こと|お気持ち|感じ|意味|思い|ところ)|とおっしゃ|『|「|というのは|って(いうのは|のは)"
)
# her own conclusion built on his words
_INFER_JA = re.compile(
    r"(だと|と)思い?ます|はず(です|だ)|に違いない|に違いありません|でしょうね|だろうね|(なり|あり|い)ますよね|"
    r"(?<!ん)ですよね|時期(です|だ)|べき|必要が(あり|ある)|ないと(いけ|だめ|ダメ)|なければ(なり|いけ)|"
    r"(た|の)?方がいい|ほうがいい|といい(です|と|でしょう)|ことが多い|ものです|がちです|から(では|じゃ|だと|です)|"
    r"のでは(ない|あり)|しましょう|てみては|になりますね|にもなります|(ば|たら)[^。]{0,20}(です|ます)よ[。\s]*$|"
    r"ますよ[。！\s]*$"
)
# 「〜なら、」「〜ということは、」: his words as the premise of her point
# (not 「〜だと、」: 「会長の前だと、ご自分の意見を口にしにくいんですね」 gives his point back)
_PREMISE_JA = re.compile(r"(なら|ならば|のなら|であれば|となると|ということは|とすると)、")
_PLEASANT_JA = re.compile(
    r"ありがと|よろしくお願い|伺います|伺わせて|お邪魔|失礼(いた)?します|お疲れ(さま|様)|来させて|"
    r"とんでもない|何よりです|(うれし|嬉し)いです|光栄|お時間を(いただ|頂)|(雨|雪|風|天気|暑さ|寒さ|道)(が|も)?[^。]{0,6}(です|でした)ね"
)
# her praise of what he said (「手作りのあったかさ、いいですね」): her verdict, not his point
_PRAISE_JA = re.compile(r"(いい|良い|素晴らしい|すばらしい|すごい|素敵|立派)(です|ですね|ことですね|ね)[。！!\s]*$")
# her own experience or view (「私も…」「来る途中で…」)
_SELF_JA = re.compile(r"^\W*(私|わたし|僕)(も|は|が|の)|来る途中|こちらこそ")
# the shape of a give-back: his point handed back as his
_GIVE_JA = re.compile(
    r"(ん|の)ですね|、と[。…\s]*$|と。|(という|って)(こと|お気持ち|思い|感じ)|(いらっしゃ|おられ)(る|います)?[。…\s]*$|とおっしゃ"
)
_CITE_JA = re.compile(
    r"^(?P<his>[^。？?]{1,25}?)[、,]?\s*(と(おっしゃ|仰|言われ|話され)(いました|った|っていました|ましたが|ました)?"
    r"(が|けど|けれど|けれども)?|と(思われ|お思い|お考え|感じられ|感じてい)|(という|っていう)のは|って(いうのは|のは))"
)

# --- English --------------------------------------------------------------------------------------
_SENT_EN = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")
_Q_EN = re.compile(r"\?\s*[\"')]*\s*$")
_ECHO_Q_EN = re.compile(r"^\W*[\"“'‘]|^\W*(so )?you (mean|said|say|told)|^\W*when you say|^\W*(\w+\W+){0,3}\w+\W*\?$|^\W*(the |your )?\w+( \w+)?\s*[—–-]", re.I)
_INFER_EN = re.compile(
    r"\b(must|probably|usually|typically|likely|generally|often|should|ought|surely|bet)\b|\bmeans?\b|"
    r"\b(need|needs|have|has) to\b|\bwould (pay|save|help|fix|solve|make|cut)\b|\b(that's|it's|probably|likely) because\b|\bthat's why\b|\brisk\b|\bmost \w+|"
    r"\bi (think|guess|suppose|believe|reckon|'d|would)\b|\bcan'?t be (easy|fun|simple)|\bcannot be easy\b|"
    r"\btakes? (real|a lot|some|courage|guts|stubbornness)\b|\bsays a lot\b|\bthat's (a|an|the) \w+ (risk|problem|issue|sign|mistake)\b|"
    r"\b(right|wrong),? though\b|\bbe careful\b|\bpays? for itself\b|\b(clearly|obviously|certainly)\b|"
    r"\bwill (struggle|fail|lose|regret|suffer|pay)\b|\b(fail|fails|struggle|struggles|succeed|succeeds) (when|if|because)\b|"
    r"\byou can'?t (skip|ignore|afford)\b|\b(cost|save)s? you\b|"
    # her instruction (imperative at the head of a sentence) or someone else's word she brings in
    r"^\W*(before you \w+[^,]*, )?(get|try|make|start|stop|consider|hire|raise|cut|document|talk to|ask|look at|think about)\b|"
    r"^\W*(your|his|her|the) \w+ (said|says|told|tells|mentioned)\b",
    re.I,
)
_PLEASANT_EN = re.compile(
    r"\b(thank|thanks|see you|pleasure|take care|glad|enjoyed|for having me|nice (place|to)|"
    r"good to (talk|meet|see|hear from)|next (month|week|time)|works for me|not too bad|traffic|weather|rain)\b",
    re.I,
)
# a question of her own asks with a question word or an inverted verb ("How many drivers…?", "Was the
# warehouse insured?"); said in his word order it hands his point back to check ("Dev runs the night
# shift on his own when a driver's off?", "…and your wife handles the accounts, right?")
_ASKS_EN = re.compile(
    r"^\W*(and |but |so |or |then |well,? |okay,? |ok,? )?(do|does|did|is|are|was|were|have|has|had|can|could|would|will|"
    r"should|shall|may|might|must|how|what|what's|why|when|where|who|whom|which|whose|isn't|aren't|don't|doesn't|"
    r"didn't|wasn't|weren't|haven't|hasn't|won't|wouldn't|couldn't|shouldn't|any|anything|anyone)\b",
    re.I,
)
_SELF_EN = re.compile(r"^\W*(i|i'm|i've|i'll|i'd|we|we'll|we're|my|me)\b(?! (hear|can see|can tell|sense|get the sense|get that|understand|gather|notice|'m hearing|'m getting))(?!'m hearing)", re.I)
_GIVE_EN = re.compile(
    r"^\W*(so,? )?(you|you're|you've|you'd|you feel|your|it sounds|sounds|it feels|it seems|that sounds|still|"
    r"the \w+ is|he|she|they|it's been)\b",
    re.I,
)
_CITE_EN = re.compile(r"^\W*[\"“‘'](?P<his>[^\"”’']{2,60})[\"”’']|^\W*when you say,? [\"“‘']?(?P<his2>[^\"”’',]{2,60})", re.I)


def _sentences(text: str, lang: str) -> list[str]:
    pat = _SENT_JA if lang == "ja" else _SENT_EN
    return [m.group(0).strip() for m in pat.finditer(text) if m.group(0).strip(" 　。.…")]


# his view reported as his (「…と感じていらっしゃる」「…というお気持ち」 "you feel you have to …"): the
# modal after it is his, not her inference
_HIS_VIEW = {
    "ja": re.compile(r"と(感じ|思っ|思われ|お考え|おっしゃ|言われ)|という(お気持ち|思い|こと)|って(こと|感じ)"),
    "en": re.compile(
        r"\b(you|he|she|they) (feel|felt|think|thought|believe|worry|worried|wonder|fear|said|say|mean|know)\b|"
        r"\byou're (saying|telling me|worried|afraid|not sure)\b|\bsounds like you\b",
        re.I,
    ),
}


def _hers(pattern: re.Pattern[str], sentence: str, said: str, lang: str) -> bool:
    """The pattern finds words of hers in the sentence: not words he said himself ("have to" after
    his "I have to …"), and not inside his view reported as his."""
    hits = [m.group(0) for m in pattern.finditer(sentence)]
    if not hits:
        return False
    if _HIS_VIEW[lang].search(sentence):
        return False
    low = said.lower()
    return any(h.strip().lower() not in low for h in hits)


def _not_his(sentence: str, lang: str, said: str = "") -> bool:
    """The sentence is hers whatever words of his it reuses: a question of her own, an inference,
    a pleasantry or her own experience. ``said``: his last turn (his own modal given back is his)."""
    if lang == "ja":
        if _Q_JA.search(sentence):
            short = len(re.sub(r"[\s、。？?…]", "", sentence)) <= 10
            return not (_ECHO_Q_JA.search(sentence) or (short and re.search(r"(です|ます)か[。？?…\s]*$", sentence)))
        return bool(
            _hers(_INFER_JA, sentence, said, lang)
            or _PREMISE_JA.search(sentence)
            or _PLEASANT_JA.search(sentence)
            or _PRAISE_JA.search(sentence)
            or _SELF_JA.search(sentence)
        )
    if _Q_EN.search(sentence):
        return bool(_ASKS_EN.search(sentence)) and not _ECHO_Q_EN.search(sentence)
    return bool(
        _hers(_INFER_EN, sentence, said, lang) or _PLEASANT_EN.search(sentence) or _SELF_EN.search(sentence)
    )


# her verdict on what she has just restated ("… That's a key-person risk.", 「…。それが一番のリスクです」):
# the restatement is the premise of her diagnosis, the turn is the diagnosis (t12 README)
_VERDICT = {
    "en": re.compile(
        r"^\W*(that's|that is|this is|it's)( [\w-]+){0,2} (risk|problem|issue|red flag|warning sign|bottleneck|weak point|weakness)\b",
        re.I,
    ),
    "ja": re.compile(r"^\W*(それ|これ)(は|が|こそ)[^。]{0,15}(リスク|問題|課題|原因|弱点|ボトルネック)(です|だと思います|ですね)"),
}


def gives_back(text: str, lang: str, turns: Sequence[Utterance], words: WordsFn) -> bool:
    """Some sentence of the utterance could give his point back: one that is not hers (see
    :func:`_not_his`: her own question, inference, pleasantry or experience), or his words cited.
    A turn that ends in her verdict on it gives nothing back but a cited word."""
    parts = _sentences(text, lang)
    if any(_VERDICT[lang].search(s) for s in parts[1:]):
        return any(cited_echo(s, lang, turns, words) for s in parts)
    said = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    return any(not _not_his(s, lang, said) or cited_echo(s, lang, turns, words) for s in parts)


def cited_echo(text: str, lang: str, turns: Sequence[Utterance], words: WordsFn) -> str | None:
    """His words cited at the head of a sentence, before her question or remark
    (「ぐちゃぐちゃ、とおっしゃいましたけど…」 「社長がいないと回らない、というのは…？」 '"A different
    story" - how so?'): the cited words, when most of them are his last turn's."""
    last = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    if not last:
        return None
    his = {k for w in words(last) for k in w.keys}
    for s in _sentences(text, lang):
        m = (_CITE_JA if lang == "ja" else _CITE_EN).search(s)
        quoted = lang == "en" and m is not None and m.group("his") is not None
        if not m or not (quoted or (_Q_JA if lang == "ja" else _Q_EN).search(s.rstrip("…").rstrip() + ("？" if s.endswith("…") else ""))):
            continue  # 「…というのは、本当にしんどいことですよね」: her remark on it, not his words handed to him
        cited = next(g for g in m.groups() if g) if lang == "en" else m.group("his")
        short = len(re.sub(r"[\s、]", "", cited)) < _CLAUSE_JA and not _PREDICATE_JA.search(cited.strip())
        if lang == "ja" and "のは" in m.group(0) and short:
            continue  # 「紹介で、というのは…」: one keyword of his picked up by her question, no give-back
        if lang == "ja":
            if _covered_ja(cited, last) >= 0.5:
                return cited.strip()
            continue
        mine = words(cited)
        if mine and sum(1 for w in mine if his.intersection(w.keys)) * 2 >= len(mine):
            return cited.strip()
    return None


_ECHO_END_JA = re.compile(r"(…+|、と|と)[。\s]*$")
_ECHO_MAX_JA = 25  # characters of a sentence that only hands his words back


def echo_ja(text: str, turns: Sequence[Utterance], words: WordsFn) -> str | None:
    """A short sentence of hers made of his words and left open (「一社に六割…。」「売上はあるのにお金が
    残らない…」「夜勤の方が辞めてしまったと。」) before whatever she says next: his words given back."""
    last = next((u.text for u in reversed(turns) if u.speaker == "owner"), "")
    if not last:
        return None
    his = {k for w in words(last) for k in w.keys}
    for s in _sentences(text, "ja"):
        body = re.sub(r"[\s。…]+$", "", s)
        mine = words(body)
        shared = sum(1 for w in mine if his.intersection(w.keys))
        if (
            _ECHO_END_JA.search(s)
            and 3 <= len(body) <= _ECHO_MAX_JA
            and not _not_his(s, "ja", last)
            and (
                _covered_ja(re.sub(r"、?と$", "", body), last) >= 0.6
                or (shared >= 2 and shared * 5 >= len(mine) * 3)
            )
        ):
            return body
    return None


def _covered_ja(cited: str, said: str) -> float:
    """Share of the character pairs of ``cited`` found in ``said`` (his words, give or take a
    particle: 「社長がいないと回らない」 after his 「私がいないと回らない」)."""
    strip = re.compile(r"[\s、。，．・…！？!?「」『』]")
    a, b = strip.sub("", cited), strip.sub("", said)
    pairs = [a[i : i + 2] for i in range(len(a) - 1)] or [a]
    return sum(1 for p in pairs if p and p in b) / len(pairs)


_PREDICATE_JA = re.compile(r"(ない|たい|った|てる|ている|ある|いる|しい|かった|ます|です|れる|せる)$")
_CLAUSE_JA = 8  # characters of a statement of his cited before 「というのは」 (a keyword is fewer)


def settle(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: str,
    turns: Sequence[Utterance],
    words: WordsFn,
) -> None:
    """Drop a reflection no sentence of which gives his point back; add one for his words cited
    before her question."""
    if Act.REFLECTION in found:
        if Act.SUMMARY not in found and not gives_back(text, lang, turns, words):
            found.pop(Act.REFLECTION)
            sure.pop(Act.REFLECTION, None)
        return
    if Act.SUMMARY in found or found.keys() & {Act.ADVICE, Act.SELF_PROMOTION}:
        return
    if guessed_check(text, lang, turns):
        # 「楽天で失敗されたというのは、売れなかったということですか？」: his words cited as the hook
        # of her guess, which a yes/no check puts to him (r21a s04 T5, guess_check.py)
        return
    if Act.LEADING_QUESTION in found:
        # 「夜勤の方が辞めてしまったと。やはり原因は…じゃないですか？」: his words given back in a
        # sentence of their own before her push are a give-back still; cited inside it they are not
        echoed = echo_ja(text, turns, words) if lang == "ja" else None
        if echoed:
            found[Act.REFLECTION] = [echoed]
            sure[Act.REFLECTION] = 0.6
        return
    # (Japanese: his words cited as the hook of her question, 「言うことを聞かない、というのは…？」, are a
    # keyword followed up, an open question, in the project's labelled sets and t10; only a sentence of
    # his words on their own, 「一社に六割…。」, is a give-back beside it. t12 reads both as reflection.)
    cited = cited_echo(text, lang, turns, words) if lang == "en" else echo_ja(text, turns, words)
    if cited:
        found[Act.REFLECTION] = [cited]
        sure[Act.REFLECTION] = 0.6
        if Act.CLOSED_QUESTION in found and Act.OPEN_QUESTION not in found and _asks_open(text, lang):
            found[Act.OPEN_QUESTION] = found.pop(Act.CLOSED_QUESTION)
            sure[Act.OPEN_QUESTION] = sure.pop(Act.CLOSED_QUESTION, 0.6)


# 「…、というのは…？」 "…- how so?": the cited words handed to him to tell more about
_OPEN_AFTER_CITE = re.compile(r"(というのは|って(いうのは|のは))[^。]{0,6}[？?…]|根拠|どういう|どのような|どんな|how so|what do you mean|tell me|(^\W*|[-—–:,]\s*)(what|how|why)\b(?! (many|much|long|often|old|time|day))", re.I)


def _asks_open(text: str, lang: str) -> bool:
    return any(_OPEN_AFTER_CITE.search(s) for s in _sentences(text, lang))

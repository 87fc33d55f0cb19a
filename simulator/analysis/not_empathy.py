"""Words that read like empathy and are not (acts14, round 14).

- Praise or acceptance said alone (「すごいですね。」「さすがですね！」, "That's amazing.", "Wow, that's
  impressive.", "That's fine."): a reaction to a fact, with nothing of his effort or feeling in
  it. Praise that names what he did (「15年で6店舗というのはすごいですね」 "Six shops in fifteen
  years is impressive") is another sentence and stays empathy; so does a sentence after the bare
  one that carries empathy of its own (「That's fine. Tell me only what you're comfortable with」).
- An assumption about what someone knows, put for him to agree to (「百貨店にいらしたなら、販売の
  ことはよくご存じですよね」 "Someone from a bank must be good with numbers, surely"): the
  supporter's own premise, a leading question, however soft its 「ですよね」.

    bare_sentences(text, lang) -> list[str]     # the praise / acceptance sentences said alone
    assumption(text, lang) -> str | None         # the assumed-knowledge clause, if any
    unworded(found, sure, text, lang, rules_empathy) # the learned layer's empathy with no word of it

- Empathy only the learned layer reads, in a turn with no word of feeling or effort anywhere in
  it (acts17, tuning set t10): an apology and a re-check (「失礼しました。三十名でしたね。」), a
  plain fact given back ("Nine years on average — that's a while."), an answer about fees or
  dates, a verdict on his business ("That much reliance on one buyer is a real risk.").
  The model reads the warm tone; nothing of his feeling or effort is acknowledged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..acts import Act
from ..i18n import Lang
from . import en_lexicon as _en
from . import ja_lexicon as _ja

_SPLIT = {"ja": re.compile(r"(?<=[。！？!?…])"), "en": re.compile(r"(?<=[.!?])\s+")}

# a sentence of praise or acceptance alone: an interjection, an intensifier, the word, an ending
BARE = {
    "ja": re.compile(
        r"^\s*(?:[^。、！!？?]{1,12}ですか[、,！!]\s*)?"  # 「50年ですか、すごいですね」: an echo, then praise
        r"(?:(?:へえ|へー|ほう|わあ|わー|おお|いやあ|いやー|うわ|それは|それって|ほんとに|本当に|"
        r"ほんとうに)[、,！!]?\s*)*"
        r"(?:すごく|とても|大変|実に)?(?:すごい|凄い|すごっ|すばらしい|素晴らしい|さすが|流石|ご立派|立派|素敵)"
        r"(?:です|だ)?(?:ね|よね|な|なあ|ねえ|ですね)?[。！!…〜ー\s]*$"
    ),
    "en": re.compile(
        r"^\W*(?:(?:wow|oh|ah|gosh|great|nice|well)[,!.\s]+)*"
        r"(?:(?:that's|that is|it's|it is|how|what an?)\s+)?(?:really\s+|very\s+|so\s+|pretty\s+|quite\s+|truly\s+)?"
        r"(?:amazing|impressive|great|wonderful|fantastic|incredible|brilliant|remarkable|fine|okay|ok|"
        r"all right|alright|cool|nice|good)[.!\s]*$",
        re.I,
    ),
}

# agreement said alone (「そうですよね。」「なるほど。」 "Right, I see."): a nod to what he said, with
# nothing of his feeling or effort named in it (r22a s09 T9: 「共感」 for a bare 「そうですよね。」)
AGREED = {
    "ja": re.compile(
        r"^\s*(?:(?:はい|ええ|うん|ああ|あー|いや|いやあ)[、,！!]?\s*)*"
        r"(?:そう(?:です|でしょう|だ|でした)?(?:よ)?(?:ね|よね|な|なあ|ねえ|か)|ですよね|確かに|たしかに|"
        r"なるほど(?:です)?(?:ね)?|おっしゃる(?:通り|とおり)(?:です)?(?:ね)?)"
        r"[。！!…〜ー\s、,]*$"
    ),
    "en": re.compile(
        r"^\W*(?:(?:yes|yeah|right|sure|oh|ah|okay|ok|mm|hmm|well)[,!.\s]+)*"
        r"(?:right|i see|sure|of course|exactly|indeed|true|that's true|that's right|fair enough|yes|yeah|"
        r"got it|understood|makes sense)[.!\s]*$",
        re.I,
    ),
}
# his situation put back as a yes/no interpretation (「それは、資金繰りが苦しいということですか？」
# "So cash is tight, is that what you mean?"): the supporter's reading of his business checked
# with him, a closed question; the hardship word in it names the business's state, not his
# feeling acknowledged (r22a s02 T10)
INTERPRETED = {
    "ja": re.compile(
        r"(?:ということ|というの|ってこと|という意味|という状況|という状態)(?:なん)?(?:です|でしょう|でございます)?か[？?。]?\s*$"
    ),
    "en": re.compile(
        r"\b(?:is that what you mean|is that it|is that the case|do you mean|you mean)\b[^.!?]*\?\s*$|"
        r"^\W*(?:so\s+)?(?:is it|does that mean|do you mean) that\b[^.!]*\?\s*$",
        re.I,
    ),
}
# a feeling word that is his own (not the business's state): the check asks after him
_HIS_FEELING = {
    "ja": re.compile(r"お気持ち|気持ち|お(つら|辛)|不安|心配|寂し|悔し|しんど|怖|もどかし|がっかり|疲れ"),
    "en": re.compile(r"\b(?:you (?:feel|felt)|feel(?:ing)?s?|lonely|worried|afraid|scared|hurt|tired)\b", re.I),
}

# knowledge or a skill assumed of someone and put for agreement
ASSUMED = {
    "ja": re.compile(
        r"(?:なら|のでしたら|んでしたら|だったら|でしたら|ということは|出身の方は)"
        r"[、,]?[^。？?]*"
        r"(?:ご存[じ知]|お詳しい|詳しい|お強い|強い|得意|慣れて(?:い|おら)|お手の物|(?:分|わ)かって(?:い|おら)|"
        r"お(?:分|わ)かり)[^。？?]{0,6}(?:ですよね|よね|でしょうね|でしょう)[？?。！!]?$"
    ),
    "en": re.compile(
        r"\b(?:must|surely|i bet|bound to)\b[^.?!]{0,30}\b(?:know|knows|be good (?:with|at)|be familiar|"
        r"be used to|understand|be an expert|be on top of)\b[^.?!]*[.?!]?\s*$|"
        r"\b(?:know|knows|good (?:with|at)|familiar with|an expert in)\b[^.?!]*,?\s*surely[.?!]?\s*$",
        re.I,
    ),
}
# reassurance about how things will turn out (「きっとすぐ戻りますよ」 "I'm sure it'll bounce back"):
# his worry waved away, not acknowledged
HOLLOW = {
    "ja": re.compile(
        r"(?:きっと|必ず|すぐ|絶対)[^。？?]{0,12}(?:大丈夫|戻り|持ち直|良くなり|よくなり|うまくいき|上手くいき|"
        r"何とかなり|なんとかなり|回復し)"
    ),
    "en": re.compile(
        r"\b(?:i'm sure|i am sure|surely|i bet|i'm certain)\b[^.?!]{0,20}\b(?:it'll|it will|things will|"
        r"you'll|you will|they'll|sales will|business will)\b[^.?!]{0,12}\b(?:be fine|be ok|be okay|be all right|"
        r"bounce back|work out|pick up|recover|turn around|come back)\b",
        re.I,
    ),
}
# reassurance about how long the meeting takes (「一時間ほどで終わりますので、ご安心ください」 "Don't
# worry, it'll only be about an hour"): logistics, no feeling or boundary of his acknowledged
LOGISTICS = {
    "ja": re.compile(
        r"(?:分|時間|時|時まで|ほど|くらい|ぐらい)[^。？?]{0,8}(?:で|には|までに)?[^。？?]{0,4}"
        r"(?:終わります|終わる|済みます|済む|終了します)[^。？?]*(?:ご安心|ご心配なく|心配なさらず)"
    ),
    "en": re.compile(
        r"\b(?:don't worry|no need to worry|not to worry)\b[^.?!]*\b(?:take|be|done|finish(?:ed)?|over)\b"
        r"[^.?!]{0,12}\b(?:an hour|half an hour|(?:\d+|ten|fifteen|twenty|thirty|forty) minutes|a few minutes|"
        r"by \w+)\b|"
        r"\b(?:only|just) (?:take|be) (?:about |around )?(?:an hour|half an hour|\d+ minutes|a few minutes)\b"
        r"[^.?!]*\b(?:don't worry|no need to worry)\b|"
        r"\b(?:done|finished|over) by \w+[^.?!]*\bno need to worry\b",
        re.I,
    ),
}
# thanks for the meeting at its close (「今日は色々とお話しいただき、ありがとうございました。」 "Thanks
# for your time today."): a courtesy, no feeling or effort of his acknowledged; thanks for telling
# something hard (「言いにくいことまで話してくださって、ありがとうございます」) names what he told
CLOSING = {
    "ja": re.compile(
        # (「大事なお話を聞かせていただき」「本音を」: the weight of what he told is named: empathy stays)
        # (「佐藤さんのことまでお話しいただいて」: what he confided is named: empathy stays)
        r"^(?![^。？?]*(大事な|大切な|本音|率直|正直|胸の内|思いを|お気持ち|言いにく|話しにく|つらい|辛い|ことまで|"
        r"まで(お話|話して|聞かせ|打ち明け|教え)))"
        r"[^。？?]{0,16}(今日は|本日は|色々と?|いろいろと?|たくさん|貴重な|長い時間|長時間|お時間|お忙しい)"
        r"[^。？?]{0,20}(ありがとうございました|ありがとうございます|感謝(しています|いたします|します))[。！!…\s]*$"
    ),
    "en": re.compile(
        r"^\W*(?:(?:ok|okay|right|great|well|sure)[,!.\s]+)*(?:thank you|thanks|i (?:really |do )?appreciate)"
        r"(?: (?:so|very) much)?[^.?!]{0,24}\b(?:your time|the time|taking the time|making the time|"
        r"meeting (?:me|with me)|seeing me|having me|today|this morning|this afternoon)\b[^.?!]*[.!]?\s*$",
        re.I,
    ),
}
# an invitation to talk (r14b s06 T9 "I'd be glad to hear any part of it you'd like to share"):
# a request, no feeling of his acknowledged
INVITE = {
    "ja": re.compile(r"(?!)"),  # never: Japanese requests are read as open questions by the rules
    "en": re.compile(
        r"^\W*(?:i'd|i would|i'll|i will)\s+(?:be\s+(?:glad|happy|pleased)|love|like)\s+to\s+hear\b"
        r"(?![^.!?]*\b(?:sorry|hard|tough|difficult|must have)\b)",
        re.I,
    ),
}
# a verdict on his practice or his situation (「一社に頼りすぎで危ないですよね」「今どき電話とFAXは
# さすがに厳しいですね」 "Relying on one customer is risky"), or the purpose of a request ("could
# you show me your statements so I can understand the situation?"): the supporter's judgement or
# need, no feeling of his acknowledged (r16b s04 T4, s08 T2, s06 T1)
JUDGED = {
    "ja": re.compile(
        # (「今どき、人を集めるのは本当に厳しいですよね」 agrees with his hardship: empathy stays)
        r"(今どき|今時|いまどき|このご時世|さすがに|流石に)[^。？?]{0,20}(厳しい|きつい|まずい|マズい|古い|遅れ|ダメ|だめ|無理|危ない)"
        r"(?!ですよね|よね|でしょうね)|"
        r"(頼りすぎ|頼り過ぎ|依存しすぎ|依存し過ぎ|偏りすぎ|偏り過ぎ|やりすぎ|放置し)[^。？?]{0,12}(危ない|危険|まずい|マズい|怖い|リスク|よくない|良くない)|"
        r"(時代遅れ|非効率|リスクが(高い|大きい))|"
        # (「それはさすがに効率が悪いですよね」: a verdict on how he works, put for agreement, r22b s10 T2)
        r"(効率が悪|効率の悪|効率悪|手間がかかりすぎ|手間がかかり過ぎ|無駄が多|ムダが多|アナログすぎ|アナログ過ぎ|古すぎ|古過ぎ|"
        r"遅れてい(ます|る)|遅れて(ますね|ますよね))"
    ),
    "en": re.compile(
        r"\b(too dependent|too reliant|relying on one|all your eggs|outdated|old-fashioned|behind the times|"
        r"inefficient|a big risk|very risky|too risky|dangerous)\b|"
        r"\b(could|can|would) you\b[^.?!]*\bso (that )?(i|we) can (understand|see|get a (sense|picture))\b",
        re.I,
    ),
}
# a feeling in the same sentence makes it a validation (「そんなことがあったなら、悔しいですよね」)
_FEELING = {
    "ja": re.compile(r"悔し|つら|辛|不安|心配|大変|寂し|しんど|怖|もどかし|がっかり|残念|苦し"),
    "en": re.compile(r"\b(?:hard|tough|feel|felt|hurt|worr|frustrat|upset|lonely|proud|tired)", re.I),
}


def sentences(text: str, lang: Lang) -> list[str]:
    return [s.strip() for s in _SPLIT[lang].split(text) if s.strip()]


def bare_sentences(text: str, lang: Lang) -> list[str]:
    """The sentences of ``text`` that are praise or acceptance alone, or a hollow reassurance."""
    return [
        s
        for s in sentences(text, lang)
        if BARE[lang].match(s)
        or AGREED[lang].match(s)
        or HOLLOW[lang].search(s)
        or LOGISTICS[lang].search(s)
        or INVITE[lang].search(s)
        or (CLOSING[lang].search(s) and not _FEELING[lang].search(s))
    ]


def interpreted(sentence: str, lang: Lang) -> bool:
    """The sentence puts the supporter's reading of his situation to him as a yes/no check
    (「資金繰りが苦しいということですか？」), with no feeling of his own named in it."""
    return bool(INTERPRETED[lang].search(sentence)) and not _HIS_FEELING[lang].search(sentence)


def assumption(text: str, lang: Lang) -> str | None:
    """The sentence assuming what someone knows, for him to agree to; None when there is none."""
    for s in sentences(text, lang):
        m = ASSUMED[lang].search(s)
        if m and not _FEELING[lang].search(s):
            return m.group(0)
    return None


def settle(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: Lang,
    empathy_in: Callable[[str], list[str] | None],
) -> None:
    """Drop the empathy read into praise or acceptance said alone; read an assumption of what
    someone knows as the leading question it is. ``empathy_in(part)``: the rules' empathy
    evidence for a part of the text."""
    # praise after a give-back of what he did (「…工夫してこられたんですね。すごいです」) is his
    # effort affirmed: empathy stays (praise before it, 「すごいですね！老舗なんですね」, does not)
    given = found.keys() & {Act.REFLECTION, Act.SUMMARY}
    said = sentences(text, lang)
    bare = bare_sentences(text, lang) if Act.EMPATHY in found else []
    if bare and given and said.index(bare[0]) > 0:
        bare = []
    if Act.EMPATHY in found:
        # a yes/no reading of his situation holds no acknowledgement, wherever it stands
        bare += [x for x in said if interpreted(x, lang) and x not in bare]
    if bare:
        rest = " ".join(s for s in said if s not in bare)
        if not rest or not empathy_in(rest):
            found.pop(Act.EMPATHY, None)
            sure.pop(Act.EMPATHY, None)
            return
    judged = [x for x in said if JUDGED[lang].search(x) and not _FEELING[lang].search(x)] if Act.EMPATHY in found else []
    if judged:
        rest = " ".join(x for x in said if x not in judged)
        if not rest or not empathy_in(rest):
            found.pop(Act.EMPATHY, None)
            sure.pop(Act.EMPATHY, None)
    assumed = assumption(text, lang) if found.keys() & {Act.EMPATHY, Act.REFLECTION} else None
    if assumed and not any(_FEELING[lang].search(e) for e in found.get(Act.EMPATHY, [])):
        found.pop(Act.EMPATHY, None)
        sure.pop(Act.EMPATHY, None)
        found.pop(Act.REFLECTION, None)
        sure.pop(Act.REFLECTION, None)
        found.pop(Act.CLOSED_QUESTION, None)
        found.setdefault(Act.LEADING_QUESTION, [assumed])
        sure.setdefault(Act.LEADING_QUESTION, 0.6)


# any word of feeling, effort, validation or a boundary respected, in either language's lexicon:
# with one of them in the turn, the learned layer's empathy has something to stand on
# ... and words of a blow taken or a life's work given that the rules' lists leave to the learned
# layer (「身を削って」「堪えますね」「痛手」「守ってこられた」, "a big blow", "given this place a lot")
_WEIGHT = {
    "ja": re.compile(
        r"身を削|骨身を|堪え(ます|ました|ますね|たでしょう)|こたえ(ます|ましたね)|痛手|痛い(です|でした)ね|"
        r"思いがこもっ|思いの(こもっ|詰まっ)|守って(こられ|きた|いらっしゃ|おられ)|支えて(こられ|きた)|"
        r"(厳し|苦し|きつ|重)(い|かった)(です|でした)ね|"
        # his effort, not a cheer (「一緒に頑張りましょう！」)
        r"(頑張|がんば)(って(こられ|きた|き|おられ|いらっしゃ|います|る|らっしゃ)|られ)|苦労|ご心配|大変|身を粉に|"
        r"(育て|築い|築き上げ|守り抜い|大きくし)て(こられ|きた|こられた)|一代で|"
        r"やりにく|やりづら|汗を流|必死|懸命|捧げ|人生を(かけ|懸け)|(体|身体|からだ)がいくつあっても|休む(暇|間)も"
    ),
    "en": re.compile(
        # whole words (the \b were once literal backspaces, so none of this matched: round 11)
        r"\b(blow|strain|betrayal|setback|gutted|hurts?|sting|life's work|lifetime|"
        r"given (this|it|that|the|your)\b[^.?!]{0,20}\b(a lot|everything|so much|years)|built|poured|"
        r"commitment|devotion|loyal(ty)?)\b|\b(devastat|dedicat|sacrific)\w*",
        re.I,
    ),
}
_EMPATHY_WORDS: dict[str, tuple[re.Pattern[str], ...]] = {
    "ja": (_ja.REASSURANCE, _ja.EMP_ACK, _ja.EMP_STRONG, _ja.EMP_FEELING, _ja.EMP_EFFORT, _ja.EMP_BURDEN, _FEELING["ja"], _WEIGHT["ja"]),
    "en": (
        _en.EMPATHY,
        _en.EMP_STRONG,
        _en.EMPATHY_EXTRA,
        _en.EMPATHY_IN_QUESTION,
        _en.EMPATHY_MORE,
        _en.REASSURANCE,
        _FEELING["en"],
        _WEIGHT["en"],
    ),
}


def has_empathy_word(text: str, lang: Lang) -> bool:
    """Some word of feeling, effort or validation in ``text`` (the rules' empathy lexicons)."""
    return any(p.search(text) for p in _EMPATHY_WORDS[lang])


def unworded(
    found: dict[Act, list[str]],
    sure: dict[Act, float],
    text: str,
    lang: Lang,
    rules_empathy: list[str] | None,
) -> None:
    """Drop the learned layer's empathy when the rules read none and the turn holds no word of
    feeling, effort or validation at all. In Japanese the word a wh-question asks about is its
    topic (「社長になってから一番大変なことは何ですか？」, r20b s10 T6): only a clause of its own
    before the question acknowledges anything."""
    said = _outside_wh_questions(text) if lang == "ja" else text
    if Act.EMPATHY in found and not rules_empathy and not has_empathy_word(said, lang):
        found.pop(Act.EMPATHY)
        sure.pop(Act.EMPATHY, None)


def _outside_wh_questions(text: str) -> str:
    """The Japanese turn without its wh-questions (a clause of acknowledgement before one stays:
    「大変だったと思いますが、どう乗り越えられたんですか」)."""
    kept: list[str] = []
    for s in _SPLIT["ja"].split(text):
        asked = s.rstrip().endswith(("？", "?")) and (_ja.WH_OPEN.search(s) or _ja.WH_FACT.search(s))
        if not asked:
            kept.append(s)
        elif m := _ja.ACK_CLAUSE.match(s.strip()):
            kept.append(m.group(1))
    return "".join(kept)

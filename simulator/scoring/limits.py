"""Respecting the owner: pressing again for something he refused (「決算書はちょっとね」 and then
「でも、決算書を見せてください」) is interrogation, not respecting the line he drew; a denial of his
view (経営者の意見や提案を否定することは絶対に避ける) is named as a denial."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..acts import Analysis, Utterance
from ..analysis import keywords
from ..analysis.en_lexicon import DENIAL as _EN_DENIAL
from ..analysis.ja_lexicon import DENIAL as _JA_DENIAL
from ..i18n import Lang

_REFUSAL = {
    "ja": re.compile(
        r"ちょっと(ね|な|ですね|勘弁)|勘弁|見せ(る|られ)(つもり|わけ)は?ない|見せられない|見せたくない|"
        # 「ここでお断りしたら、…」: his refusing, supposed, not a refusal of the supporter's ask
        r"出せない|出したくない|言いたくない|話したくない|お断り(?!し(たら|て(も|は)|ては)|すれ|する(と|の|なら))|"
        r"それは(無理|だめ|ダメ)|"
        # 「うまく言えませんね」 cannot put it into words: no refusal (r12a blind play)
        r"(?<!うまく)(?<!上手く)(?<!うまいこと)(教え|言え|見せ)(られ)?ません|控えさせて|遠慮して|関係ないでしょ|"
        # 「会ったばかりの人に話すことじゃない」: not a thing to tell someone new
        r"(話す|言う|見せる|出す)(ような)?(こと|もん|もの)(じゃ|では|でも)(ない|ありません|ねえ|ないわ)|"
        r"一存では|ちょっと[。…]*$|勘弁して|"
        # 「それは、まあ…今日はいいでしょ。」: the topic put aside for today (fb12 play); never
        # 「それはいいですね」
        # 「それ以上は、今はいいだろ」: no more on it for now (r19b s01 T4)
        r"(今日は|今は|それは|それ以上は|その話は|そこは)[、…\s]*(今は[、…\s]*)?(まあ[、…\s]*)?"
        r"(いいでしょ|いいだろ|いいじゃない|いいよ(?!ね)|いいです(?!ね|よね))"
    ),
    "en": re.compile(
        r"\b(i'd rather not|i would rather not|not going to (show|share|give|tell)|"
        r"(won't|can't|don't want to) (show|share|give|tell|discuss|talk about)|"
        r"that's private|none of your business|off limits|off-limits|"
        # "Not something I lay out for someone I've just met." "not something we talk about"
        r"not (something|a thing|what) (i|we) (share|lay out|spell out|talk about|discuss|go into|get into|tell)|"
        r"(won't|can't|not going to|don't want to|rather not) (go|get) into|"
        # "No way." refuses; "there's no way to buy it" states a fact (r12a s08 T4)
        r"(that's|that is) enough (about|on) (that|it)|(let's|let us) leave it (there|at that)|"
        r"(?<!there's )(?<!there is )(?<!is )no way(?! (to|of|for|that|in|out|around|through|back)\b)|"
        r"not up to me|spare me|"
        # "That, I'm afraid, I'll have to beg off today." "I'll pass on that": a put-off (r20b s06 T2)
        r"beg off|(i'll|i will|i'd|i'm going to|have to|got to) pass on (that|this|it)|(i'll|i will) have to pass)\b|"
        # "The books — no.": the thing asked for, turned down (fb12 play)
        r"\w\s*[—–]\s*no\b(?!\s+(doubt|one|more|less|longer|matter))",
        re.I,
    ),
}
# a limit on his time (「時間はあまり出せないよ」 "I can't spare you more than twenty minutes"):
# no refusal of a topic, so nothing asked after it presses a refusal (lead's hand play s6 T2)
_TIME_LIMIT = {
    "ja": re.compile(
        r"(時間|長く|長居|長時間)(は|が|も)?(あまり|あんまり|そんなに|たいして|大して)?"
        r"(出せない|取れない|話せない|いられない|割けない)"
    ),
    "en": re.compile(
        r"\b(can't|cannot|won't) (give|spare) (you )?(long|much( of my)? time|more than [\w-]+( minutes)?|"
        r"an? (hour|minute)|[\w-]+ minutes|all day)\b",
        re.I,
    ),
}


# "I'd have to ask the chairman" puts the matter to someone above him: a refusal, unless he says
# he does not know ("I'm not sure... I'd have to ask the chairman" answers a question of fact:
# nothing refused, and the chairman he named is his own topic, r21b s04 T3–T4)
_DEFERS = {
    "ja": re.compile(r"(?!)"),
    "en": re.compile(r"\b(have|need) to (ask|check with) the (chairman|board|accountant)\b", re.I),
}
_UNSURE = {
    "ja": re.compile(r"(?!)"),
    "en": re.compile(r"\b(not sure|don't know|do not know|no idea|couldn't tell you|can't say for sure|not certain)\b", re.I),
}


def _refuses(text: str, lang: Lang) -> bool:
    """The text refuses something, a limit on his time aside."""
    bare = _TIME_LIMIT[lang].sub(" ", text)
    return bool(_REFUSAL[lang].search(bare)) or bool(_DEFERS[lang].search(bare) and not _UNSURE[lang].search(bare))


_REQUEST = {
    "ja": re.compile(r"ください|下さい|いただけ|頂け|もらえ|見せて|教えて|お願い|[？?]"),
    "en": re.compile(
        r"\b(please|could you|can you|would you|show me|let me see|need to see)\b|\?", re.I
    ),
}
# words of any request or refusal, never the thing refused
# and of asking itself, or of the meeting and its time (「今日のところは、ご勘弁を」 and then 「最後
# に、今日の面談で何か聞いておきたいことはありますか？」 invites his questions: same 聞く and
# 今日, another topic; r20a s08 t9)
_GENERIC = frozenset(
    "見せる 見る 教える 言う 出す 話す 社長 ちょっと 勘弁 無理 少し 一度 ぜひ お願い "
    "聞く 伺う 尋ねる 質問 話 お話 もう 今日 本日 今 今回 面談 最後 こと ところ 時間 "
    "show see share give tell please could would can need look "
    "ask asking asked question questions talk today now meeting time last".split()
)


# 「すみません、いきなり会長のことを聞いてしまって。」 "Sorry, I shouldn't have asked about the
# chairman.": an apology for having asked names the topic to leave it, never to press it (r11a)
_SORRY_ASKED = {
    "ja": re.compile(
        r"^[\s…]*(すみません|すいません|失礼しました|失礼いたしました|申し訳(ありません|ございません|ない))"
        r"[^。？?]*(聞いて|伺って|お聞きして|尋ねて|立ち入っ|踏み込)[^。？?]*[。…]*$"
    ),
    "en": re.compile(
        r"^\W*(sorry|i'm sorry|apologies|my apologies|forgive me)\b[^?]*"
        r"\b(asked|asking|ask|pry|prying|pushed|pushing|too soon|too early)\b[^?]*$",
        re.I,
    ),
}
# 「数字はそこまでで大丈夫です」 "We can leave the numbers there.": the topic named to let it go
_RELEASE = {
    "ja": re.compile(
        r"(は|も)?(そこまでで|もう|無理に|今日は)?(大丈夫です|結構です|けっこうです|構いません|いいです|"
        r"お聞きしません|伺いません|触れません|置いておきましょう|置いておきます|"
        r"(お?伺う|お聞きする|聞く|お尋ねする)つもりはありません|とは(申しません|言いません))[。…!！]*$"
    ),
    "en": re.compile(
        r"\b(leave (it|that|them|the \w+) (there|aside|for now)|no need to (go into|share|show)|"
        r"(that's|that is) (fine|okay|ok)|we can skip|i won't (ask|push))\b[^?]*$",
        re.I,
    ),
}
_SENTENCE = re.compile(r"(?<=[。.!?！？])\s*")


def _question_sentences(text: str) -> str:
    """The asking sentences of a turn (its question), or the whole turn when none ends in one."""
    parts = [p for p in _SENTENCE.split(text) if p.strip()]
    asks = [p for p in parts if re.search(r"[?？]\s*$|か[。\s]*$", p.strip())]
    return " ".join(asks) if asks else text


def lets_refused_topic_go(text: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """His last turn refused something and this turn names the topic to let it go
    (「数字のことは無理に伺うつもりはありません」 "We can leave the numbers there"): a question
    after it leaves his topic because he asked for that, not as 一問一答 (r14b s01 T10)."""
    last = next((u.text for u in reversed(context) if u.speaker == "owner"), "")
    if not last or not _refuses(last, lang):
        return False
    return any(_RELEASE[lang].search(p.strip()) for p in _SENTENCE.split(text) if p.strip())


def presses_refusal(text: str, context: Sequence[Utterance], lang: Lang) -> list[str] | None:
    """The words of a request the owner refused in one of his last two turns, asked for again
    in this turn; None when the turn does not press. An apology for having asked (naming the
    topic to leave it) presses nothing; what was refused is what the question asked, not the
    words the supporter gave back before it."""
    text = " ".join(
        p for p in _SENTENCE.split(text)
        if p.strip() and not _SORRY_ASKED[lang].search(p.strip()) and not _RELEASE[lang].search(p.strip())
    )
    if not _REQUEST[lang].search(text):
        return None
    owner_seen = 0
    for i in range(len(context) - 1, -1, -1):
        turn = context[i]
        if turn.speaker != "owner":
            continue
        owner_seen += 1
        if owner_seen > 2:
            return None
        if not _refuses(turn.text, lang):
            continue
        asked = next((u.text for u in reversed(context[:i]) if u.speaker == "trainee"), "")
        parts = [p for p in re.split(r"(?<=[。.!?！？])\s*", turn.text) if p.strip()]
        # what he raised himself in the same turn ("I'd rather not think about that. … what do
        # others do about shipping?") is his topic, not what he refused (playtest r7a s06 T4)
        raised = {k for p in parts if not _refuses(p, lang) for k in keywords(p, lang)}
        said = {k for p in parts if _refuses(p, lang) for k in keywords(p, lang)}
        # his own earlier words the question echoed (「仕上げまで、ですか」) are his topic, not what
        # he refused
        his = {k for u in context[:i] if u.speaker == "owner" for k in keywords(u.text, lang)}
        question_keys = set(keywords(_question_sentences(asked), lang))
        # a hesitation over his own topic after he answered the question (「素材だね。…ただ、
        # その職人が最近ちょっとね。」): he trailed off, he refused nothing the supporter asked,
        # so a prompt to go on (「職人さんが、最近ちょっと…？」) presses nothing (judge 4 f126)
        if said - _GENERIC and not (said & question_keys) and raised - _GENERIC:
            return None
        asked_keys = question_keys - his
        refused = (said | asked_keys) - raised - _GENERIC
        again = [w for w in keywords(text, lang) if w in refused]
        return again or None
    return None


def refused_keys(context: Sequence[Utterance], lang: Lang) -> frozenset[str]:
    """Words of what the owner refused in the meeting (「決算書はちょっとね」, "spare me the
    figures") with the request he refused: a suggestion never steers back to them."""
    out: set[str] = set()
    for i, turn in enumerate(context):
        if turn.speaker != "owner" or not _refuses(turn.text, lang):
            continue
        asked = next((u.text for u in reversed(context[:i]) if u.speaker == "trainee"), "")
        for part in re.split(r"(?<=[。.!?！？])\s*", turn.text):
            if _refuses(part, lang):
                out |= set(keywords(part, lang))
        out |= set(keywords(asked, lang))
    return frozenset(out - _GENERIC)


def denial_only(analysis: Analysis) -> bool:
    """The turn's advice evidence holds nothing but the denial's own words (「いや、違います」):
    the denial is its only push, named as a denial (never as "unsolicited advice")."""
    ev = analysis.evidence.get("advice", [])
    denial = _EN_DENIAL if analysis.lang == "en" else _JA_DENIAL
    text = analysis.text
    m = denial.search(text)
    said = m.group(0) if m else ""
    # the sentence that denies (a kana ending such as 「ですよ」 there is the denial's own)
    start = max(text.rfind(p, 0, m.start()) for p in "。.!?！？") + 1 if m else 0
    ends = [i for i in (text.find(p, m.end()) for p in "。.!?！？") if i >= 0] if m else []
    stop = min(ends) + 1 if ends else len(text)
    sentence = text[start:stop]

    def own(e: str) -> bool:
        if denial.search(e) or (said and (e in said or said in e)):
            return True
        return bool(_ENDING.match(e)) and e in sentence and text.count(e) == 1

    return not any(not own(e) for e in ev)


# a sentence ending read as a cue (「ですよ」), not advice of its own
_ENDING = re.compile(r"^[\u3040-\u309f]{1,4}$")


# advice backed by what "others like you" do (「よその会社さんもやっています」 "Many shops like
# yours do that"): an implied track record that pushes the supporter's answer, never a brief,
# honest answer to the owner's question
_SOCIAL_PROOF = {
    "ja": re.compile(
        r"(多くの|たくさんの|ほとんどの|他の|ほかの|よその|同業の|同業他|うまくいっている|成功している)"
        r"(会社|企業|お店|店|事業者|経営者|社長|工場|町工場|同業者)(さん)?(が|は|も|では)|"
        r"よそ(さん)?(も|は|では)|他社(さん)?(も|は|では)|同業(者|他社)?(さん)?(も|は|では)|"
        r"(普通|たいてい|大抵|一般的に)は[^。？?]{0,30}(します|してます|しています|やっています|やってます)"
    ),
    "en": re.compile(
        r"\b(many|most|lots of|a lot of|plenty of|other|successful|smart) (shops|stores|businesses|"
        r"companies|firms|owners|bakeries|factories|restaurants|manufacturers|people)\b"
        r"[^.?!]{0,30}\b(do|did|does|have|are doing|use|used|went|switched|moved|tried)\b|"
        r"\b(shops|stores|businesses|companies|firms|owners) like yours\b|"
        r"\beveryone (else )?(is doing|does|did) (it|that|this)\b",
        re.I,
    ),
}


_ASKS_ABOUT_OTHERS = {
    "ja": re.compile(r"他の(会社|店|お店|企業)|他社|よそ|同業|ほかの(会社|店|お店|企業)|他所"),
    "en": re.compile(r"\b(other|others|elsewhere|competitors?|everyone else)\b", re.I),
}


def social_proof(text: str, lang: Lang, owner_last: str = "") -> bool:
    """The turn backs its point with what others like the owner do (an implied track record),
    when the owner had not asked what others do (「よそはどうしてるの？」 asks for exactly that)."""
    if owner_last and _ASKS_ABOUT_OTHERS[lang].search(owner_last):
        return False
    return bool(_SOCIAL_PROOF[lang].search(text))


def refusal(text: str, lang: Lang) -> bool:
    """The text refuses something (「決算書はちょっとね」 "I'd rather not share that")."""
    return _refuses(text, lang)


# a challenge put to the owner ("Why can't you, then?", 「どうしてやらないんですか」): it presses
# him to justify himself, an interrogation however open its question word
_CHALLENGE = {
    "ja": re.compile(
        r"(なぜ|どうして|なんで)[^。？?]{0,20}(できない|やらない|しない|やれない|変えない|変えられない|"
        r"言わない|言えない|動かない|踏み出せない|決めない|決められない)(ん|の)?(です|でしょう)?(か|の)?[？?]|"
        # 「そういうこと考えたことないんですか？」: a reproach for what he has not done
        r"(考え|検討し|想像し|思っ|やってみ|試し)たこと(は|も)?(ない|ありません|なかった)(ん|の)?(です)?(か|の)?[？?]"
    ),
    "en": re.compile(
        r"\bwhy (can't|cannot|couldn't|haven't|hasn't|didn't|won't|wouldn't|don't) you\b(?! (tell|say|walk|talk) me)"
        r"(?! think)|\bwhy not,? then\b|\bwhat's (stopping|holding) you( back)?,? then\b|"
        # "Haven't you ever thought about that?": a reproach for what he has not done
        r"\b(haven't|have not) you (ever )?(thought|considered|tried|looked)\b|"
        r"\bhave you never (thought|considered|tried)\b|\bdidn't you ever (think|consider|try)\b",
        re.I,
    ),
}


# his role held against him: 「社長なのに予算が決められないんですか？」 (r14a s08 T3), "You're the
# president and you can't decide the budget?" — a reproach, named as such, not as a 「〜ですよね？」
_ROLE = {
    "ja": re.compile(
        r"(社長|経営者|代表|トップ|専務|常務|後継ぎ|跡取り)(さん)?(なのに|なんだから|でしょう?に)[^。？?]{0,24}"
        r"(?<!じゃ)(?<!では)(ない|ません)(ん|の)?(です)?(か|の)?[？?]"
    ),
    "en": re.compile(
        r"\b(you're|you are) the (boss|president|owner|md|ceo|head)\b[^.?!]{0,40}"
        r"\b(can't|cannot|don't|won't|couldn't)\b[^.?!]*\?|"
        r"\bas (the )?(boss|president|owner|md|ceo),? (you )?(can't|cannot|don't|won't)\b[^.?!]*\?",
        re.I,
    ),
}


def role_challenge(text: str, lang: Lang) -> str | None:
    """The words of a reproach that holds his role against him, or None."""
    m = _ROLE[lang].search(text)
    return m.group(0) if m else None


def challenge(text: str, lang: Lang) -> str | None:
    """The words of a challenge to the owner ("Why can't you, then?", 「社長なのに…ないんですか」),
    or None."""
    m = _CHALLENGE[lang].search(text)
    return m.group(0) if m else role_challenge(text, lang)

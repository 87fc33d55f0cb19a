"""The shape of a give-back (round r4): how many of the owner's words the statements of a turn
give back, and in how many statements. The analyser's "summary" of one owner point (「職人は口より
手で見せる、というのは…」 "So you said earlier the work has kept coming") is scored as the
reflection it is; statements that give back four or more of the owner's words without a summary
or reflection act (「5年間6億ちょっとで横ばい、原料も電気代も上がっている中で…」) are scored as the
paraphrase they are. The analyser's acts are left as they are (its labelled sets decide them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..acts import Utterance
from ..i18n import Lang
from .due import _turn_words
from .text import find_phrases

GIVE_BACK_SHARE = 0.5  # a statement gives back when half its words are the owner's
ONE_POINT_WORDS = 3  # one statement with at most this many of the owner's words: one point
ONE_TURN_CLAUSES = 2  # one statement of one owner turn in this many clauses or fewer: an echo
RECAP_CLAUSES = 3  # clauses of his words, checked with him, that make a recap of one turn
SEVERAL_SENTENCES = 3  # his sentences a give-back of one reply draws on to hold several points
GATHER_WORDS = 4  # statements giving back this many of the owner's words gather several points
_GENERIC = frozenset(
    "気持ち 思い 考え 話 お話 こと 事 もの 今 社長 会社 仕事 時間 自分 感じ 方 ところ 一番 言う 思う "
    "する ある いる なる 見る 来る say said tell think feel thing things work time way go get "
    "make know".split()
)
_MARKED = {
    # 「今振り返ると、どう…」 asks him to look back, no recap; 「お話を振り返ると」 is one
    "ja": ["まとめると", "まとめさせて", "整理すると", "整理させて", "ここまでの", "ここまでを", "これまでの", "を振り返ると"],
    "en": [
        "to sum up", "let me sum", "summaris", "summariz", "what i heard", "so far", "to recap",
        "let me recap", "what i'm hearing", "putting it together", "in short",
        "what i've heard", "what i have heard", "what you've told me", "from what you've said",
    ],
}
_WH = {
    "ja": re.compile(r"何|なに|どう|どんな|どの|どこ|どちら|どれ|いつ|誰|なぜ|いかが|いくつ|いくら"),
    "en": re.compile(r"\b(what|how|why|which|who|when|where)\b", re.I),
}
# a request to tell (「聞かせていただけませんか」 "could you tell me…?") asks; it checks nothing
_ASK = {
    "ja": re.compile(r"(聞かせ|お聞かせ|教え|お話し|話し)(て)?(いただけ|頂け|ください|くださ|もらえ)"),
    "en": re.compile(r"\b(could|would|can) you (tell|share|say|describe|walk)|\btell me\b", re.I),
}
# an English yes/no question by inversion ("Do you and your dad talk about it much?"), not an echo
# said as a question ("Ten years, then?") nor a check-back ("Are you saying…?", "Do you mean…?")
_YES_NO = re.compile(
    r"^\W*((and|so|but|then),?\s+)?(do|does|did|are|is|was|were|have|has|can|could|would|will|"
    r"should)\s+(you|your|they|he|she|it|the|there|we|any|anyone)\b(?!\s+(saying|mean)\b).*\?\s*$",
    re.I,
)
# 「…何か変化はありましたか。」 asks too (r16a s03 T9)
_QUESTION_END = re.compile(r"([?？]|(です|ます|でしょう|ん|の|した|でした)か[。.]?|でしょう[。.]?)\s*$")


def _own(sentence: str, lang: Lang) -> bool:
    """The supporter's own sentence (an honest answer about himself, a promise, a closing): the
    owner's words in it are not given back."""
    if (
        _OWN_VIEW[lang].search(sentence.strip())
        or _PROMISE[lang].search(sentence.strip())
        or _COURTESY[lang].search(sentence.strip())
    ):
        return True
    try:
        from ..analysis.guards import own_sentence
    except Exception:  # the analyser is optional for the scorer
        return False
    return own_sentence(sentence, lang)


def told_sentences(text: str, lang: Lang) -> list[str]:
    """The sentences of the turn that tell him the supporter's own information or advice (an
    example, what others do, what is usual, what he had better do): none of his points in them."""
    try:
        from ..analysis.guards import informs
    except Exception:  # the analyser is optional for the scorer
        return []
    split = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？!?])"
    return [s for s in re.split(split, text) if s.strip() and informs(s, lang)]


# the supporter's own view or what he has heard, said as his (「クール便だと確かに高いと思います」
# 「…にしているところが多いと聞きます」 "I think that's common"): an answer, not his point given back
# (r12a s03 T4: an honest answer to his shipping question praised as a summary)
_OWN_VIEW = {
    "ja": re.compile(
        r"(と|だと|かと)(思います|思いますね|思いますよ|思っています|聞きます|聞いています|聞いております)"
        r"[。！!…\s]*$|(分かりません|わかりません|存じません|詳しくありません|詳しくないのですが)(が|けど|けれど|、|。)"
    ),
    "en": re.compile(
        r"^\W*(honestly,?\s*|frankly,?\s*)?(i think|i believe|i've heard|i have heard|i hear that|"
        r"from what i've seen|in my experience|i don't know|i do not know|i'm not sure)\b(?!,?\s+(what )?you\b)",
        re.I,
    ),
}
# a thank-you, the next meeting proposed or his confidence kept (「今日は…本当にありがとうござい
# ました」「次回は、…一緒に描いてみませんか」「私から伝えることはありません」 "Thanks, Greg — I'll
# send you a couple of times for next week."): a courtesy of the supporter's, his words in it
# (「叔父様のことも含めて」) give no point of his back — a close is no summary (r16a s05 T12, t10 f048)
_COURTESY = {
    "ja": re.compile(
        r"ありがと(う|うございま(す|した))[。！!…\s]*$|"
        r"^[^。]{0,12}(次回|次の(面談|機会|打ち合わせ|ご訪問)|また改めて|改めて(伺|お伺|お邪魔))|"
        r"(お伝え|伝え|話し|お話し|漏らし|口外し)(る|する|た)?(こと|り)は(ありません|いたしません|しません)[。！!…\s]*$"
    ),
    "en": re.compile(
        r"^\W*((great|good|ok(ay)?|right|well)[,.!]?\s*)?(thanks|thank you)\b|"
        r"\b(next (week|meeting|visit)|another meeting|"
        r"(i('d| would| could|'ll| will)|we('d| could|'ll| will)|can i|could i|may i|shall i)\s+"
        r"(like to\s+|love to\s+)?(come back|follow up|send you|set up a|book a))\b",
        re.I,
    ),
}
def courteous(text: str, lang: Lang) -> bool:
    """Half the turn's sentences or more are thanks, the next meeting proposed or his confidence
    kept: a close, never a lecture or talk piled on (r16a s05 T12)."""
    split = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？!?])"
    parts = [p.strip() for p in re.split(split, text) if p.strip()]
    kind = [p for p in parts if _COURTESY[lang].search(p)]
    # a question of her own besides ("Thank you. So, the delivery dates — who…?") is no close
    asks = [p for p in parts if p not in kind and re.search(r"([?？]|か[。．]?)\s*$", p)]
    return bool(kind) and not asks and 2 * len(kind) >= len(parts)


# a promise of the supporter's (「決算書はお聞きしません」 "I won't ask for the books. That's a
# promise." "Understood, I'll leave the numbers."): his words in it are the topic let go, no point
_PROMISE = {
    "ja": re.compile(
        r"(しません|いたしません|伺いません|お聞きしません|触れません|つもりはありません|約束します|"
        r"(から|で|でも)(構いません|大丈夫です|結構です|いいです|いいですよ))[。！!…\s]*$"
    ),
    "en": re.compile(
        r"^\W*([\w' ]{1,20}[,—–-]+\s*)?(i won't|i will not|i'll leave|i will leave|i'll stay|i promise|i'll keep)\b|"
        r"^\W*that's a promise\W*$",
        re.I,
    ),
}


@dataclass(frozen=True)
class GiveBack:
    statements: int = 0  # statements mostly in the owner's words
    drawn: int = 0  # distinct owner words they give back
    marked: bool = False  # 「まとめると」 "to sum up"
    turns: int = 0  # owner turns the turn's statements draw words from (each word credited once)
    clauses: int = 0  # sizeable clauses of those statements (「横ばい、原料も上がっている中で、…」)

    listed: int = 0  # owner turns the clauses of a recap list draw from (「人のこと、機械のこと」)

    @property
    def one_point(self) -> bool:
        # nothing given back in a statement of its own (「…とのことでしたが、そのお付き合いは今
        # どんな感じなんですか」: one back-reference inside the question) is one point at most;
        # one statement of one owner turn in one clause ("Flat for five years — that's the
        # problem, yes.", 「ブラケットやステーのような部品を、ずっと途切れずに。」) is an echo,
        # however many of his words it holds (r9a s01 T5, r9b s06 T7)
        if self.marked or self.listed >= 2:
            return False
        # his points from three sentences of one reply or more, given back in statements of the
        # supporter's (「若い方が3年もたずに辞めて、職人さんは50、60代、工場長さんも58歳…回せなくなる」,
        # "the ingredients—azuki from your contract farmer…and water from your own well—have not
        # changed since your grandfather"): several points restated, not one echo (r23a s01 T6,
        # r23b s09 T3)
        if self.several_sentences:
            return False
        # ... while one or two sentences of his, however many of his words or clauses they hold
        # (「お彼岸やお盆に、決まったお菓子を…頼んでくださるお家がある、というのが印象に残りました」
        # 「『竹本だから買う、って人がどれだけいるか分からない』」), are one point (r23a s07 T7, s10 T9)
        if not self.cued and self.turns <= 1 and self.statements <= 1 and self.sentences <= 2:
            return True
        # everything given back comes from one turn of his, in one statement of two clauses at most
        # (or a few of his words over more) and put to him as no checked recap: one point given
        # back (a reflection), however many of his words or sentences it holds (「残業してまで回しているのに利益が
        # 残らない。」 「『店を大きくしたら味が落ちる』というお父様の口癖が…浮かぶ。」 r14a s01 T10,
        # s05 T8): a summary gathers several of his points (issue 8, round 14)
        if (
            self.turns <= 1
            and (
                (self.statements <= 1 and self.clauses <= ONE_TURN_CLAUSES)
                or self.drawn <= ONE_POINT_WORDS
            )
            and not self.recap
        ):
            return True
        # every word given back comes from one sentence of his (「東京の商社に9年いらしたんですね」
        # 「若い方が3年もたずに辞めていく…」 for his 「若いのを採っても、3年もたないで辞めていく。」):
        # one point, however the turn spreads it over its own sentences (r13a s01 T5, s08 T12);
        # a long sentence of his given back whole, clause by clause, still gathers (test_sum9)
        if not self.cued and self.turns <= 1 and self.sentences <= 1 and self.drawn <= 2 * ONE_POINT_WORDS:
            return True
        # a few of his words from one reply of his, given back over several sentences of the
        # supporter's and put to him as no recap (「寸法の狂いは少ないほう。地味な部品でも、丁寧に…」):
        # a reflection of that reply, never "several points gathered" — a summary gathers his
        # points across turns (r15b s04 T11, issue 8 class 2)
        if not self.cued and self.turns <= 1 and self.drawn <= 2 * ONE_POINT_WORDS:
            return True
        if (
            not self.cued
            and self.statements <= 1
            and self.turns <= 1
            and self.clauses <= ONE_TURN_CLAUSES
        ):
            return True
        # one statement in one clause holds one point, even with words he said in two turns
        # ("You said earlier your sales manager handles that big account on his own."): a
        # reflection, never "you gathered several points" (r11a s09 T8, issue 8 class 5)
        if not self.cued and self.statements <= 1 and self.clauses <= 1:
            return True
        return (
            self.statements <= 1
            and self.drawn <= ONE_POINT_WORDS
            and (self.turns <= 1 or self.statements == 0)
        )

    cued: bool = False  # announced as a recap (「今日伺ったお話を並べると」 "so far you've…")
    sentences: int = 0  # the owner's sentences the given-back words come from (latest credited)
    listed_clauses: int = 0  # clauses of a checked recap in his words (「…ない、…安定して、…ない、ということですね」)

    @property
    def recap(self) -> bool:
        """Several of his points listed back: from two owner turns or more, or three clauses of
        his checked with him (「…ということなんですね」 "…, is that right?")."""
        # (the clauses of one sentence of his, given back whole — 「注文も在庫も、誰か一人の頭の中
        # じゃなくて、みんなに見える会社に、ということですね」 — are one point checked: a reflection,
        # r20a s03 T8 「要約の質 100%」 for a session that never summarised)
        return self.listed >= 2 or (self.listed_clauses >= RECAP_CLAUSES and self.sentences >= 2)

    @property
    def several_sentences(self) -> bool:
        """Five of his words or more, given back in statements, from three of his sentences or more
        (or eight words or more over four clauses of two of his sentences: "azuki from…, water from…,
        unchanged since…, and won't change")."""
        if self.statements < 1:
            return False
        return (self.sentences >= SEVERAL_SENTENCES and self.drawn >= GATHER_WORDS + 1) or (
            self.sentences >= 2 and self.clauses >= 4 and self.drawn >= 2 * GATHER_WORDS
        )

    @property
    def gathers(self) -> bool:
        return self.drawn >= GATHER_WORDS


def _his_points(text: str, lang: Lang, names: Sequence[str]) -> frozenset[str]:
    """His words that may be points of his: not the words of his questions to her (「あんた、図面って
    読める？」 answered 「図面はほとんど読めません」 gives nothing of his back, r22a s02 T3), nor his
    or his company's name (「角田です」 → 「今の角田鋼材には」, r22b s05 T6)."""
    split = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？!?])"
    told = [x for x in re.split(split, text) if x.strip() and not x.rstrip().endswith(("?", "？"))]
    words = frozenset().union(*(_turn_words(x, lang) for x in told)) if told else frozenset()
    if not names:
        return words
    low = [n.lower() for n in names if n]
    return frozenset(w for w in words if not any(w.lower() in n for n in low))


def give_back(text: str, context: Sequence[Utterance], lang: Lang, names: Sequence[str] = ()) -> GiveBack:
    owner: set[str] = set()
    for u in context:
        if u.speaker == "owner":
            owner |= _turn_words(u.text, lang)
    split = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？!?])"
    statements = clauses = 0
    drawn: set[str] = set()
    said: set[str] = set()
    listed: set[int] = set()
    listed_clauses = 0
    # what he said first: a word the supporter brought in and he echoed (「ネット通販ねえ」) is
    # the supporter's, never a point of his to list back
    owner_turns: list[tuple[int, frozenset[str]]] = []
    brought: set[str] = set()
    for i, u in enumerate(context):
        if u.speaker == "owner":
            owner_turns.append((i, _his_points(u.text, lang, tuple(names)) - brought))
        else:
            brought |= _turn_words(u.text, lang)
    kept: list[str] = []  # the sentences that may give back (a recap is said in one of them)
    for s in re.split(split, text):
        if not s.strip() or _LEAD_IN[lang].search(s):
            continue  # 「先ほど『…』とおっしゃったのが気になって」: a lead-in to a question, no point
        if _QUESTION_END.search(s.strip()) and (_WH[lang].search(s) or _ASK[lang].search(s)):
            continue  # a question of his own (「そのお付き合いは今どんな感じなんですか」), not a check
        if lang == "en" and _YES_NO.search(s) and not _CHECK[lang].search(s):
            continue  # "Do you and your dad talk about it much?": a question of his own, no echo
        if _own(s, lang):
            continue  # his words in her promise, thanks or own view are no point listed back
        if _apology_only(s, lang):
            continue  # 「あ、すみません。」 after his 「すみません」 gives nothing of his back (r16a s10 T4)
        kept.append(s)
        turns_of, n = _listed(s, owner_turns, lang)
        listed |= turns_of
        if _CHECK[lang].search(s):
            listed_clauses += n
        # a check (「…ということでしょうか？」 "…, is that right?") gives back what it checks
        ws = _turn_words(s, lang) - _GENERIC
        said |= ws
        theirs = ws & owner
        if ws and len(theirs) >= GIVE_BACK_SHARE * len(ws):
            statements += 1
            drawn |= theirs
            clauses += sum(1 for c in re.split(r"[、，,;；]", s) if _sizeable(c, lang))
    marked = bool(find_phrases(text, _MARKED[lang], lang))
    credited: set[str] = set()
    turns = 0
    for u in reversed(context):
        if u.speaker == "owner":
            fresh = (_turn_words(u.text, lang) & said) - credited
            turns += len(fresh) >= 2  # one stray word of an older turn is no point of its own
            credited |= fresh
    # the recap's words in a sentence that may give back: 「…ということでもあると思います」 is the
    # supporter's own reading, no recap announced (r20a s07 T7)
    recap = bool(_RECAP[lang].search(" ".join(kept))) or marked
    # the sentences of his that the given-back words come from, in the turns that count (two
    # words or more); a stray word of an older turn is no point of its own
    sources = 0
    taken: set[str] = set()
    for u in reversed(context):
        if u.speaker != "owner":
            continue
        if len((_turn_words(u.text, lang) & drawn) - taken) < 2:
            continue
        for sent in reversed(re.split(split, u.text)):
            fresh = (_turn_words(sent, lang) & drawn) - taken
            sources += bool(fresh)
            taken |= fresh
    return GiveBack(
        statements, len(drawn), marked, turns, clauses,
        listed=len(listed) if recap else 0,
        cued=recap,
        listed_clauses=listed_clauses if recap else 0,
        sentences=sources,
    )


# what he told, named as the cause or the heart of it and put back to him (「…、というのが、きっかけ
# だったんですね」「…というのが本音なんですね」): his story checked as one, not a lead-in to a question
_STORY_CHECKED = (
    r"というの(が|は)[、,]?[^。？?！!、]{0,12}(だった|な)(ん|の)ですね(?=[。…！!]|\s*$)"
)
# a recap is said as one: 「…を伺いました」「…と受け止めましたが、合っていますか」 "so far you've…"
_RECAP = {
    "ja": re.compile(
        r"伺いました|伺って|伺えて|お聞きし|受け止め|受け取り|ということ(?!は)|といったこと|という(お話|こと(?!は))|"
        r"(ここまで|これまで|今日)の(お)?話|(ここまで|これまで|今日)(、)?(伺|お聞き|のお話)|まとめ|整理|並べ|"
        r"合っていますか|よろしいでしょうか|違っていたら|"
        # his story checked as one: 「…探し回られた。…頭の中にしかない、というのが、きっかけだった
        # んですね」 (r18a s05 T6)
        + _STORY_CHECKED
    ),
    "en": re.compile(
        r"\b(so far|what i('ve| have) heard|what i'm hearing|if i('ve)? understood|you've told me|"
        r"is that right|correct me|did i get that|sum up|to recap|what you've said|hearing (about|you)|"
        r"listening to you|from what you('ve)? (said|told me)|am i reading you|have i got (that|it)|"
        r"(is )?that a fair (way|summary)|let me (check|make sure))\b|"
        # a recap opened by "So, you're…" / "So you've…" (it lists back only when its clauses
        # name two turns of his or more: r23a s03 T13)
        r"(^|[.!?…]\s+)so,?\s+you('re| are|'ve| have)\b",
        re.I,
    ),
}
# the recap is put to him as a check
_CHECK = {
    "ja": re.compile(
        r"ということ(?!は)|といったこと|合っていますか|よろしいでしょうか|と受け止め|と受け取り|違っていたら|"
        + _STORY_CHECKED
    ),
    "en": re.compile(
        r"\b(is that right|did i get that|have i got (that|it)|correct me|am i right|am i reading you|"
        r"(is )?that a fair (way|summary))\b",
        re.I,
    ),
}
# 「先ほど『…』とおっしゃったのが気になって」 "you said earlier X, and I wondered": a lead-in
_LEAD_IN = {
    "ja": re.compile(
        r"(おっしゃった|言われた|話された)(の|こと)が(気になって|気にな|印象に)|"
        r"(という|って)(一言|言葉|お言葉)が(気にな|印象に|心に|耳に)"
    ),
    "en": re.compile(r"\b(caught my (ear|attention)|stuck with me|i was wondering about)\b", re.I),
}


def _listed(
    sentence: str, owner_turns: Sequence[tuple[int, frozenset[str]]], lang: Lang
) -> tuple[set[int], int]:
    """The owner turns that the clauses of ``sentence`` give back, and how many clauses do: a
    clause mostly in his words (「機械のこと」「若い人が定着せず」) names the latest turn that
    said them (another turn when that one is named already)."""
    out: set[int] = set()
    n = 0
    from .points import nothing_said  # points builds on the quote modules, not on this one

    for clause in re.split(r"[、，,;；…]|\band\b|そして", sentence):
        ws = _turn_words(clause, lang) - _GENERIC
        if not ws or nothing_said(clause, lang):
            continue  # 「分かりました」「また今度で」: an acknowledgement or his put-off echoed
        if lang == "ja" and _FRAME_CLAUSE.search(clause):
            # 「…精一杯、というのが正直なところなんですね」: the frame of the clause before it, no
            # point of its own (his 「正直」 of another turn is no second point: r16a s03 T9)
            continue
        holding = [
            i for i, said in reversed(owner_turns)
            if (ws & said) and len(ws & said) >= GIVE_BACK_SHARE * len(ws)
        ]
        if holding:
            n += 1
            out.add(next((i for i in holding if i not in out), holding[0]))
    return out, n


_INTERJECTION = re.compile(r"^[\s、,…]*(あっ?|ああ|いえ|え|えっと|はい|いや|oh|ah|ok(ay)?)[、,!！\s]+", re.I)
_APOLOGY_ONLY = re.compile(
    r"^(すみません|すいません|申し訳(ありません|ございません)(でした)?|失礼(しました|いたしました)|"
    r"ごめんなさい|(i'm |i am )?(so |very )?sorry( about that)?|my apologies|apologies)[。！!….\s]*$",
    re.I,
)


def _apology_only(sentence: str, lang: Lang) -> bool:
    """The sentence only apologises (「あ、すみません。」 "Oh, sorry."): no word of his given back
    in it, even the 「すみません」 he said himself."""
    return bool(_APOLOGY_ONLY.search(_INTERJECTION.sub("", sentence.strip())))


_FRAME_CLAUSE = re.compile(r"^\s*(というのが|というのは|という(の|こと)が|といった)")


def _sizeable(clause: str, lang: Lang) -> bool:
    """A clause long enough to say something (not 「夜、」 "Well,")."""
    if lang == "en":
        return len(re.findall(r"[A-Za-z']+", clause)) >= 3
    return len(re.sub(r"[\s…。、！？!?「」『』]", "", clause)) >= 5

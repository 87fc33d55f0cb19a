"""What a suggested turn can stand on at this moment (blind playtests r12a/r12b, issue 8).

A suggestion is a line the trainee could have said instead, right after the owner's last reply:

- its anchor is what he just said: his phrase whole when it carries weight — a wish, a feeling,
  a stance (「うちの漬物を全国の人に食べてもらいたい」「まだ父の代のやり方」, "if this taste carries
  on, that's plenty") — quoted as he said it, never a bare noun cut out of it;
- the moment decides the line: the opening turn (nothing of his said yet), a reply that only
  offered tea or a seat, the trainee's closing turn (no "tell me more" as he leaves), and a
  question of the owner's the turn left unanswered (answer it briefly, then return to him).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import Enum

from ..acts import Utterance
from ..i18n import Lang
from .limits import refusal
from .points import MIN_CHARS, evasive, nothing_said, substantive
from .quote_words import aside, trainee_voice
from .quotes import name_words

# a wish, a feeling or a stance of his: the words that give a phrase its weight
_JA_WEIGHT = re.compile(
    r"(たい|たく|てほしい|てもらいたい|ほしい|欲しい)|もったいない|不安|心配|怖い|こわい|悔しい|寂し|"
    r"さみし|嬉し|うれし|しんどい|きつい|辛い|つらい|悩|困っ|迷っ|気がかり|気になっ|誇り|自慢|大事|"
    r"大切|守り|守っ|譲れ|やり方|のまま|でいい|でええ|ええかな|もうええ|もういい|十分|しかな|できな|できん|無理|限界|疲れ|"
    r"申し訳|情けな|ほっと|安心|諦め|あきらめ|手放|継が|継ぐ|任せ|楽(じゃ|や|では)?な|大変|厳し|苦し|難し"
)
_EN_WEIGHT = re.compile(
    r"\b(want|wanted|wish|hope|hoped|would like|i'd like|worr\w*|afraid|scared|fear\w*|proud|tired|"
    r"sad|miss|frustrat\w*|guilty|relieved|glad|plenty|enough|needn't|can't|cannot|won't|"
    r"never|keep|kept|protect|matters?|care about|the way (my|our) (father|dad|mother|family)|"
    r"hand (it )?over|give up|let go|carry on|carries on)\b",
    re.I,
)
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# his words about the supporter or the meeting are no anchor ("you people", 「あんた」)
# (「急に言われましても」「いきなり聞かれても」: his reaction to a blunt question, r14a s04 T2)
_JA_TO_SUPPORTER = re.compile(
    r"あんた|あなた|君|支援|先生|指導員|面談|今日は|こんな(の|こと)|手短|時間(が|は)?もったい|"
    r"(急に|いきなり|突然)(そう|そんな(こと)?を?)?(言われ|聞かれ)"
)
_EN_TO_SUPPORTER = re.compile(r"\b(you|your|you're|you'd|you'll)\b", re.I)
_JA_MAX = 26
_EN_MAX_WORDS = 12


_JA_SPLIT_SENTENCE = re.compile(r"(?<=[。！？!?])|\n")
_EN_SPLIT_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_JA_HEAD = re.compile(
    r"^(正直に言うと|正直言うと|正直なところ|正直|要するに|要はさ|要は|つまり|まあ|でも|ただ|いや|うーん|うん|ええ|"
    r"はい|実は|それに|だから|なんか|ほら|そうですね|そうだね|結局|とにかく|もう|ほやねえ|そやな|ほんで|"
    r"基本的には|基本的に|一応|やっぱり|やはり|たぶん|多分|とりあえず|結構|わりと)[、,…\s]*"
)
_JA_TAIL = re.compile(
    # his noun before 「なんだよ」「なんです」 (「困ってるのは、人なんだよ」): the noun, never 『…人な』
    r"((?<=[\u4e00-\u9fff\u30a0-\u30ffー])なん(ですけどね|ですけど|だけどね|だけど|ですよね|ですよ|だよね|だよ|です|だ)|"
    r"んですけどね|んですけど|んだけどね|んだけど|んですよね|んですよ|んだよね|んだよ|んです|んよ|んだ|"
    r"なので|ので|ですから|だから|から|けどね|けど|ですが|ですね|ですよ|だよね|だよ|だね|です|わけ|"
    r"と思っとる|と思ってる|と思います|と思う|とは思います|とは思う|なあ|よね|ね|よ|わ|さ|(?<=[んの])や|"
    # the dialect's copula after his noun (「それで十分や」): the noun (r15b s05 T9)
    r"(?<=[\u4e00-\u9fff\u30a0-\u30ff])や|[、…・。！？!?\s]+)$"
)
# his wondering tag 「〜かな」 after a stance is dropped (「私の代ではもうええかな」); after a
# negative it wishes the opposite (「増やせないかな」) and the clause is no anchor
_JA_WONDER_TAG = re.compile(r"(?<!ない)(?<!せん)かな(あ|と)?$")
_EN_HEAD = re.compile(
    r"^(hm+|hmm+|well( now)?|oh|ah|er|um|uh|so|and|but|look|honestly|frankly|to be honest|"
    r"i mean|you know|now|"
    # his sentence adverb ("Thankfully, the work has kept coming"): his manner, never given back
    # as "You mentioned thankfully, …" (r18a s06 T2)
    r"thankfully|fortunately|luckily|happily|sadly|unfortunately|admittedly|naturally|actually|"
    r"truth be told|as it happens)\b[,.…\s]*",
    re.I,
)
# (a polite hedge tagged on, "…, I'm afraid", is politeness, no fear of his: r18a s06 T6)
_EN_TAIL = re.compile(
    r"(,?\s*(really|honestly|though|anyway|you know|i suppose|i guess|i'm afraid|i am afraid|"
    r"i must say|i have to say|mind you))?[.!…\s]*$",
    re.I,
)
# talk about the talk (「そういう話が聞きたいんじゃない」 "that's not what I asked"): no anchor
_JA_ABOUT_TALK = re.compile(r"話が聞きたい|聞きたい|話をして(る|いる)|言ってる|言った|聞いて(る|ない)|これといって")
# an unfinished clause (「うちみたいな漬物屋は」「来ても」): no phrase to quote
_JA_OPEN = re.compile(r"(ても|でも|たら|れば|ながら|には|じゃ|って|[てでにをはがもとのへ])$")
# a clause opening on a demonstrative that points at the clause before (「それで十分や」 of 「この味が
# 続いとったら、それで十分やわ」): no phrase of his on its own (r15b s05 T9)
_JA_POINTS_BACK = re.compile(r"^(それ|これ|あれ|そこ|ここ)(で|が|は|も|に|を|なら|だけ)")
# his dialect left after the supporter's voice (「続いとったら」「十分や」): never put in her mouth
_JA_DIALECT = re.compile(r"(?<=[っいしきちにびみりえけせてねべめれ])と(る|った|って)|(?<=[\u4e00-\u9fff\u30a0-\u30ff])や$")
_JA_WORD_BREAK = "、。！？!?…　 「」『』"


def _ja_candidates(owner: str) -> list[str]:
    out: list[str] = []
    for sentence in _JA_SPLIT_SENTENCE.split(owner):
        sentence = sentence.strip(" 　")
        if not sentence or sentence.rstrip("。…").endswith(("？", "?", "でしょ", "でしょう")):
            continue
        parts = [x for x in re.split(r"[、，]", sentence) if x.strip()]
        for k in range(len(parts)):
            out.append("、".join(parts[k:]))
            out.append(parts[k])
    return out


def _ja_trim(clause: str) -> str:
    c = clause.strip(" 　…‥")
    for _ in range(4):
        c = _JA_HEAD.sub("", c).strip(" 　…")
    for _ in range(8):
        c2 = _JA_WONDER_TAG.sub("", _JA_TAIL.sub("", c))
        if c2 == c:
            break
        c = c2
    return c.strip("、 　「」『』")


def _en_candidates(owner: str) -> list[str]:
    out: list[str] = []
    for sentence in _EN_SPLIT_SENTENCE.split(owner):
        sentence = sentence.strip()
        if not sentence or sentence.endswith("?"):
            continue
        parts = [x for x in re.split(r"\s*(?:[,;:]|—|–|…)\s*", sentence) if x.strip()]
        for k in range(len(parts)):
            out.append(parts[k])
            if k + 1 < len(parts):
                out.append(", ".join(parts[k : k + 2]))
    return out


def _en_trim(clause: str) -> str:
    c = clause.strip(" .…")
    for _ in range(3):
        c = _EN_HEAD.sub("", c).strip(" ,.…")
    return _EN_TAIL.sub("", c).strip(" ,")


def weighty_phrase(context: Sequence[Utterance], lang: Lang, names: Iterable[str] = ()) -> str | None:
    """The owner's phrase of his last reply that carries weight (a wish, a feeling, a stance),
    as he said it, the shortest first; None when his last reply has none."""
    owner = next((u.text for u in reversed(context) if u.speaker == "owner"), "")
    if not owner or not substantive(owner, lang):
        return None
    excluded = name_words(names)
    weight = _JA_WEIGHT if lang == "ja" else _EN_WEIGHT
    found: list[str] = []
    candidates = _ja_candidates(owner) if lang == "ja" else _en_candidates(owner)
    for clause in candidates:
        if refusal(clause, lang) or nothing_said(clause, lang) or evasive(clause, lang):
            continue
        if (_JA_LATER if lang == "ja" else _EN_LATER).search(clause):
            continue  # a put-off (「今日はちょっと」 "not today"): never his point to give back (r20b s06 T3)
        point = _ja_trim(clause) if lang == "ja" else _en_trim(clause)
        if not point or aside(point, lang) or evasive(point, lang) or nothing_said(point, lang):
            continue
        if not weight.search(point) or any(n.lower() in point.lower() for n in excluded):
            continue
        if lang == "ja":
            from .quotes import ja_holds_name  # (quotes builds on the modules anchor uses)

            if ja_holds_name(point):
                continue  # a name in any form (「北村鉄工の北村」): never given back (q21)
            if _JA_TO_SUPPORTER.search(point) or _JA_ABOUT_TALK.search(point) or _JA_OPEN.search(point):
                continue
            if _JA_POINTS_BACK.match(point):
                continue  # 「それで十分や」: its それ is the clause before it, lifted out it is a scrap
            if _JA_DIALECT.search(trainee_voice(point, lang)):
                continue  # his dialect (「続いとったら」「十分や」) is never put in the supporter's mouth
            if not MIN_CHARS["ja"] <= len(point) <= _JA_MAX or not re.search(r"[\u4e00-\u9fff\u30a0-\u30ff]", point):
                continue
        else:
            if _EN_TO_SUPPORTER.search(point):
                continue
            if not 3 <= len(_EN_WORD.findall(point)) <= _EN_MAX_WORDS:
                continue
        at = owner.lower().find(point.lower())
        if at < 0:
            continue  # only words he said, as he said them
        if lang == "ja" and at > 0 and owner[at - 1] not in _JA_WORD_BREAK:
            continue  # it starts inside a word of his (「そういう話」 → 「いう話」)
        if lang == "en" and at > 0 and owner[at - 1].isalpha():
            continue
        point = owner[at : at + len(point)]
        if lang == "en" and not re.match(r"I\b", point):
            point = point[:1].lower() + point[1:]
        found.append(point)
    if not found:
        return None
    # ja: the shortest (「まだ父の代のやり方」, not 「うちは、まだ父の代のやり方」); en: the
    # longest ("if the loaves stay this good, that's enough for me", not "that's enough for me")
    return min(found, key=len) if lang == "ja" else max(found, key=len)


class Moment(Enum):
    """A moment that decides the suggested line whatever the mistake."""

    OPENING = "opening"  # nothing of his said yet
    HOSPITALITY = "hospitality"  # he only offered tea, a seat, a welcome
    CLOSING = "closing"  # the trainee is closing the meeting
    OWNER_ASKED = "owner_asked"  # his test question to the supporter is still unanswered
    OWNER_PURPOSE = "owner_purpose"  # he asked what the supporter is here for
    OWNER_OTHER = "owner_other"  # another question of his is still unanswered


# a question testing what the supporter knows or thinks
_JA_TEST = re.compile(
    r"(と|って)?思う[？?]|思います[か？?]|知ってる|知って(い)?ます|知っとる|分かる[の？?]|わかる[の？?]|"
    r"分かります|わかります|どう見て|どうなると|どう思|"
    # "can you…?" of his trade (「図面って読める？」「旋盤、扱えるの？」): his test of the supporter
    r"(読め|扱え|使え|分か|わか)る(の|ん)?(か|かね|かい)?[？?]"
)
_JA_PURPOSE = re.compile(
    r"何(を|し)?(調べ|探り|売り|見|チェックし)?に来た|何しに|目的は|何のため|何をしてくれる|何ができる|"
    # his challenge of what the supporter's talk has to do with him (「それがうちと何の関係が？」)
    r"(うち|ウチ|私|俺|わし|こっち)(と|に)(何の|なんの|どう)(関係|関わり)"
)
_EN_PURPOSE = re.compile(
    r"\b(what are you (here|after|selling)|what('s| is) (this|it) for|why are you here|"
    r"what (do|can) you (do|offer)|what's in it for|"
    r"(you're|you are) (here|come) to (check|inspect|look|find|see|judge|audit)|"
    # his challenge of what the supporter's talk has to do with him ("What's it got to do with us?")
    r"what('s| has| does) (it|that|this|any of (it|that|this)) (got |have |got anything |have anything )?(to do )?with (us|me|my|our)|"
    r"what('s| is) (that|it) (got )?to do with)\b",
    re.I,
)
_EN_TEST = re.compile(
    r"\b(do you (actually |really |even )?(know|reckon|think|understand)|what do you (think|reckon|make of)|how do you (reckon|see)|"
    r"have you (ever )?(seen|worked|been|run)|you know (what|how|anything)|any idea (how|what|why|whether|if)|"
    # "can you…?" of his trade ("Can you read a drawing?", "Could you run a lathe?"): his test
    r"(can|could) you (even |actually )?(read|run|use|work|operate|tell|follow))\b",
    re.I,
)


_JA_HOSPITALITY = re.compile(
    r"お茶|お菓子|座って|おかけ|お掛け|どうぞ|ようこそ|遠いところ|わざわざ|いらっしゃい|ご苦労|"
    r"召し上が|飲んで|コーヒー"
)
_EN_HOSPITALITY = re.compile(
    r"\b(tea|coffee|sit down|have a seat|take a seat|welcome|come in|make yourself|"
    r"long way|help yourself)\b",
    re.I,
)
_JA_CLOSING = re.compile(
    r"(今日|本日)は(ここまで|この(へん|辺)|ありがとうございました|お時間を?いただき(まして)?、?ありがとうございました)|"
    # his topics named in the thanks (「今日はEC、…のことまで話してくださってありがとうございました」)
    # and the next meeting set (「次回までに調べてお持ちします」): a closing (r18b s05 T11)
    r"(今日|本日)は[^。？?]{0,60}ありがとうございました|"
    r"続きは次回|次回(は|も|また|まで|に)|また(改めて|伺|お邪魔|お話を)|次にお会い|"
    r"ありがとうございました[。！!]*$"
)
_EN_CLOSING = re.compile(
    r"\b(next time|let's (stop|leave it) (here|there)|that's all for today|see you (next|again|soon)|"
    r"thank you (so much |very much )?for (your time|today|meeting|seeing|talking|telling me|sharing)|"
    r"by (next time|our next meeting)|"
    r"until next (week|month|time)|when we meet again)\b",
    re.I,
)


def moment(
    text: str, context: Sequence[Utterance], lang: Lang, signals: Iterable[str] = ()
) -> Moment | None:
    """The moment of the trainee's turn ``text`` when it decides the line (see :class:`Moment`)."""
    owner = [u.text for u in context if u.speaker == "owner"]
    if not owner:
        return Moment.OPENING
    if len(owner) >= 2 and (_JA_CLOSING if lang == "ja" else _EN_CLOSING).search(text):
        return Moment.CLOSING
    last = owner[-1]
    if len(owner) <= 3 and _only_welcome(last, lang):
        return Moment.HOSPITALITY
    sig = set(signals)
    asked = _questions(last, lang)
    if any((_JA_PURPOSE if lang == "ja" else _EN_PURPOSE).search(q) for q in asked):
        return Moment.OWNER_PURPOSE  # 「うちの会社の何を調べに来たの？」, wherever in his reply
    if any((_JA_TEST if lang == "ja" else _EN_TEST).search(q) for q in asked):
        # his test of the supporter ("Can you read a drawing? …I just want to know how much you
        # understand"), wherever in his reply: a brief honest answer, then back to him, never a
        # line that ignores it (r17a s02 T3)
        return Moment.OWNER_ASKED
    if "owner_question" in sig:
        # his question is answered briefly first, then the talk goes back to him: his test of
        # the supporter (「今どういう状況だと思う？」 "Do you know…?"), his "what are you here
        # for"; another question of his left unanswered leaves no line to suggest
        if (_JA_TEST if lang == "ja" else _EN_TEST).search(_last_question(last, lang)):
            return Moment.OWNER_ASKED
        if (_JA_PURPOSE if lang == "ja" else _EN_PURPOSE).search(_last_question(last, lang)):
            return Moment.OWNER_PURPOSE
        if "answers_owner" not in sig and last.rstrip(" 　…").endswith(("？", "?")):
            return Moment.OWNER_OTHER  # (a tag 「そんなとこだろ。」 asks nothing)
    return None


# a welcome around the tea: his name, who sent the supporter, "come in"
_JA_WELCOME = re.compile(
    r"はじめまして|初めまして|どうも|です[。！]?$|商工会|会議所|指導員|聞いと|聞いて|伺って|狭いところ|"
    r"散らかって|よう来|よく来|お待ちして"
)
_EN_WELCOME = re.compile(
    r"\b(nice to meet|pleased to meet|hello|good morning|good afternoon|chamber|advisor|adviser|"
    r"expecting you|told me you|mind the mess|excuse the mess)\b|^i'm \w+\W*$",
    re.I,
)


def _only_welcome(text: str, lang: Lang) -> bool:
    """His reply only offers tea or a seat, around a welcome (「狭いところやけど、どうぞ」): nothing
    of his to follow up yet."""
    hosp = _JA_HOSPITALITY if lang == "ja" else _EN_HOSPITALITY
    if not hosp.search(text):
        return False
    welcome = _JA_WELCOME if lang == "ja" else _EN_WELCOME
    parts = re.split(r"(?<=[。！？!?])" if lang == "ja" else r"(?<=[.!?])\s+", text)
    for part in parts:
        x = part.strip(" 　…")
        if len(x) < 3 or hosp.search(x) or welcome.search(x):
            continue
        return False
    return True


def _questions(text: str, lang: Lang) -> list[str]:
    parts = re.split(r"(?<=[。！？!?])" if lang == "ja" else r"(?<=[.!?])\s+", text)
    return [x for x in parts if x.strip().rstrip("…").endswith(("？", "?"))]


def _last_question(text: str, lang: Lang) -> str:
    parts = re.split(r"(?<=[。！？!?])" if lang == "ja" else r"(?<=[.!?])\s+", text)
    asks = [x for x in parts if x.strip().rstrip("…").endswith(("？", "?"))]
    return asks[-1] if asks else (parts[-1] if parts else text)


# tea, coffee, sweets offered (「お茶とお菓子を持ってくる」): only then is 「いただきます」 the
# trainee's line; a seat alone (「狭いところやけど、どうぞ」) is thanked for, not eaten (r13b s08 T2)
_JA_REFRESHMENT = re.compile(r"お茶|茶を|菓子|コーヒー|珈琲|召し上が|飲んで|食べて|つまんで")
_EN_REFRESHMENT = re.compile(
    r"\b(tea|coffee|biscuits?|cakes?|sweets|cookies?|a drink|something to drink|help yourself)\b", re.I
)
SEAT_LINE: dict[str, str] = {
    "ja": "ありがとうございます、失礼します。よろしければまず、社長がこのお仕事で日頃どんなことに"
    "時間を使っていらっしゃるのか、聞かせていただけますか？",
    "en": "Thank you. If I may, could you start by telling me what takes up most of your days here?",
}


def moment_line(at: Moment, context: Sequence[Utterance], lang: Lang, text: str = "") -> str | None:
    """The line of the moment ``at``: after a welcome, thanks for the tea only when tea or
    sweets were offered in the session, else thanks for the seat; at the opening, when the
    trainee's turn ``text`` already points at his stated request (the form, his plan), a line
    that takes that request up rather than the small-talk opener."""
    if (
        at is Moment.OPENING
        and (_JA_REQUEST if lang == "ja" else _EN_REQUEST).search(text)
        and not (_JA_NO_REQUEST if lang == "ja" else _EN_NO_REQUEST).search(text)
    ):
        return REQUEST_OPENING[lang]
    if at is Moment.HOSPITALITY:
        offered = _JA_REFRESHMENT if lang == "ja" else _EN_REFRESHMENT
        if not any(offered.search(u.text) for u in context if u.speaker == "owner"):
            return SEAT_LINE[lang]
    line = MOMENT_LINES[at]
    return line[lang] if line else None


# the trainee's opening points at what he asked for (「申込書を拝見しました」「ECをお考えと」
# 「Amazonには出す予定ですか」, "your form", "you want to start selling online"): the canned
# "what takes up your days" ignores the request of an owner who wants help now (r17a s05/s06,
# r17b s07); the guideline: take his request seriously, then hear how he came to it
# (「ネット販売を始めたいということですね」「来店客数が減っているとのことですが」: the form's
# request in the trainee's words, r20a s05/s09 T1)
_JA_REQUEST = re.compile(
    r"申込書|申請書|ご相談|お考え|ご希望|ご要望|予定です|検討され|やりたい|なさりたい|されたい|"
    r"たい(と|っていう|という)こと|とのこと"
)
_EN_REQUEST = re.compile(
    r"\b(your (application|form)|application form|you (want|wanted|would like|'d like|are hoping|'re hoping) to|"
    r"you('re| are) (thinking|planning) (of|about|to)|are you (planning|thinking|hoping))\b",
    re.I,
)
# a form that asks for nothing (「相談したいことが特になし」 "nothing in particular on your form"):
# no request to take up
_JA_NO_REQUEST = re.compile(r"特に(なし|無し|ない|ありません)|空欄|何も(書|な)")
_EN_NO_REQUEST = re.compile(r"\b(nothing (in particular|specific|much)|left (it )?blank|no particular)\b", re.I)
REQUEST_OPENING: dict[str, str] = {
    # the line names its own antecedent (the form's request): on the first turn he has said
    # nothing that 「そう考えられるようになった」 could point at (r20b s02 T1, s10 T1)
    "ja": "本日はお時間をいただきありがとうございます。申込書に書いていただいたご相談、しっかり伺いたいと"
    "思っています。まずは、そのご相談をしようと思われたきっかけを、社長のお言葉で聞かせていただけますか？",
    "en": "Thank you for making the time today. I'd like to take what you asked for on the form seriously. "
    "Could you start by telling me, in your own words, what led you to ask for help with it?",
}


# the lines of those moments (ja and en side by side); None: no suggestion at that moment
MOMENT_LINES: dict[Moment, dict[str, str] | None] = {
    Moment.OPENING: {
        "ja": "本日はお時間をいただきありがとうございます。まずは、社長が日頃どんなことに時間を使って"
        "いらっしゃるのか、聞かせていただけますか？",
        "en": "Thank you for making the time today. To begin with, could you tell me what takes up "
        "most of your days?",
    },
    Moment.HOSPITALITY: {
        "ja": "ありがとうございます、いただきます。よろしければまず、社長がこのお仕事で日頃どんなことに"
        "時間を使っていらっしゃるのか、聞かせていただけますか？",
        "en": "Thank you, I'd love some. If I may, could you start by telling me what takes up most "
        "of your days here?",
    },
    Moment.CLOSING: None,
    Moment.OWNER_OTHER: None,
    Moment.OWNER_PURPOSE: {
        "ja": "何かを調べたり評価したりしに来たのではありません。社長が会社のこれからを考えるのを、"
        "横でお手伝いできればと思っています。まずは、社長のお話を聞かせていただけますか？",
        "en": "I'm not here to inspect or judge anything. I'd like to help you think about where "
        "the company goes from here, so I'd like to start by hearing from you. Would that be all right?",
    },
    Moment.OWNER_ASKED: {
        "ja": "ご質問にまずお答えしますね。正直なところ、その点は社長ほど詳しくはありません。社長から"
        "ご覧になって、今はどんな状況ですか？",
        "en": "Let me answer that first: honestly, I don't know it as well as you do. How do things "
        "look from where you stand?",
    },
}

# a fallback line that refers back to what he said (「今のお話」 "what you just said"): said after
# a reply with nothing in it (a rebuff, 「…まあ、そういう考えもあるわね」), it points at nothing
# (the advice rewrite 「私の考えをお話しする前に、…今のお話をどうご覧に…」 is about the topic of
# the trainee's advice, not his last words: never counted)
_JA_REFERS_BACK = re.compile(r"(?<!、社長ご自身は)今のお話(?!をどうご覧)|先ほどのお話|お考えを、?もう少し|そのあたりのこと")
_EN_REFERS_BACK = re.compile(
    r"what you (just said|were just saying|told me earlier)|how you see it yourself|"
    r"how do you yourself see it\?|more about that\?|own view on that\?",
    re.I,
)
# the short open line used then: about his company in his own words, no topic of the trainee's
OPEN_LINE: dict[str, str] = {
    "ja": "よろしければ、会社のことを、社長ご自身のお言葉でもう少し聞かせていただけますか？",
    "en": "If you don't mind, could you tell me a little about the company in your own words?",
}


def points_at_nothing(line: str, context: Sequence[Utterance], lang: Lang) -> bool:
    """``line`` refers back to what he said, and his last reply said nothing to refer to."""
    if re.search(r"[『\"“]", line) or not (_JA_REFERS_BACK if lang == "ja" else _EN_REFERS_BACK).search(line):
        return False  # a line on a quoted word of his refers to that word
    owner = next((u.text for u in reversed(context) if u.speaker == "owner"), "")
    if not owner or not substantive(owner, lang) or evasive(owner, lang):
        return True
    # a rebuff or his words about the supporter (「偉い先生なんだね」 "Not something I lay out for
    # someone I've just met", "that's a bit sudden"): nothing of his business to refer to
    about = _JA_TO_SUPPORTER if lang == "ja" else _EN_REBUFF
    later = _JA_LATER if lang == "ja" else _EN_LATER
    return (
        refusal(owner, lang)
        or nothing_said(owner, lang)
        or bool(about.search(owner))
        or bool(later.search(owner))
        or only_figures(owner, lang)
    )


_EN_REBUFF = re.compile(
    r"\b(bit sudden|out of the blue|just met|lay out|go into|what's it to you|(say|put) it in a word)\b", re.I
)
# a topic put off (「その話はまた今度」 "let's come back to that another time"): "that" is refused
_JA_LATER = re.compile(r"また(今度|の機会|いずれ|改めて|次に)|追い追い|そのうち(ね|な|に)?[。…]*$|今はちょっと|今日はちょっと")
_EN_LATER = re.compile(
    r"\b(come back to (that|it)|another (time|day)|some other (time|day)|not (now|today)|"
    r"(leave|save) (that|it) for|rather not|prefer not)\b",
    re.I,
)
_JA_FIGURE_WORDS = re.compile(
    r"[0-9０-９一二三四五六七八九十百千万]+(年|人|円|割|件|台|代|歳|店|社|か月|ヶ月|%|％)|昭和|平成|令和"
)
_EN_FIGURE_WORDS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|nineteen|[a-z]+-(one|two|three|four|five|six|seven|eight|nine))\b",
    re.I,
)
_EN_PLAIN = frozenset(
    "look well so it's its it was is the a an and now years year since about around or yes no "
    "just only oh um ah percent per cent people of in".split()
)


def only_figures(text: str, lang: Lang) -> bool:
    """His reply gives a figure and nothing else (「平成二年。もう三十五年や」 "Look, nineteen
    ninety. Thirty-five years now."): "what you just said" would point at a number."""
    if lang == "ja":
        if not _JA_FIGURE_WORDS.search(text):
            return False
        rest = _JA_FIGURE_WORDS.sub("", text)
        rest = re.sub(r"[、。！？!?…\s　]|もう|まあ|ほら|ね|や|だ|です|よ|な|そう|くらい|ぐらい|ほど|前|から|に|で|は", "", rest)
        return len(rest) <= 2
    if not _EN_FIGURE_WORDS.search(text):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+|\d+", text)]
    return bool(words) and all(_EN_FIGURE_WORDS.fullmatch(w) or w in _EN_PLAIN for w in words)


# --- the answer that opens a suggestion after his question ---------------------------------------
# The stock answers (「正直なところ、その点は社長ほど詳しくはありません」「私の知る範囲では、会社によって
# まちまちのようです」) fit one kind of question each: his view of his trade, what other firms do.
# Said to 「話してどうにかなるもんなの？」 or to a question on a subsidy, they answer a question he
# never asked (r23b s02 T9, r23a s02 T4): the answer is chosen by the kind of his last question.
class AskKind(Enum):
    DOUBT = "doubt"  # does talking help, what can you do for us
    SCHEME = "scheme"  # a subsidy, a loan, a tax rule: facts the supporter can look up
    OTHERS = "others"  # what other firms do, how it usually goes
    VIEW = "view"  # his trade, his market, his opinion: he knows it better


_ASK_KINDS: dict[Lang, tuple[tuple[AskKind, re.Pattern[str]], ...]] = {
    "ja": (
        (
            AskKind.DOUBT,
            re.compile(
                r"話して(どう|何|なん)|話したら(どう|何|なん)|どうにかなる|意味(が|って)?ある|何になる|なんになる|"
                r"役に立つ|何(を)?してくれる|何ができる|なにができる|効果(が|って)?ある|変わるもん|変わるの"
            ),
        ),
        (
            AskKind.SCHEME,
            re.compile(r"補助金|助成金|給付金|制度|融資|借入|税金|税制|減税|申請|いくら(ぐらい|くらい)?出る|使えるの"),
        ),
        (AskKind.OTHERS, re.compile(r"他の(会社|ところ|店|工場)|ほかの(会社|ところ|店|工場)|よそ|同業|普通は|みんな(は|も)?(どう|やって)")),
    ),
    "en": (
        (
            AskKind.DOUBT,
            re.compile(
                r"\b(what good|any good|does (talking|this|it) (help|change|do anything)|what can you (do|offer)|"
                r"point of (this|talking|all this)|what('s| is) in it for|any use|make (any|a) difference)\b",
                re.I,
            ),
        ),
        (AskKind.SCHEME, re.compile(r"\b(subsid\w*|grants?|loans?|schemes?|tax\w*|funding|apply for)\b", re.I)),
        (AskKind.OTHERS, re.compile(r"\b(other (companies|firms|shops|businesses|people)|everyone else|usually do|others do)\b", re.I)),
    ),
}

# the stock answers a suggestion may open with, and the answer that fits each kind of question
ANSWER_LINES: dict[Lang, dict[AskKind, str]] = {
    "ja": {
        AskKind.DOUBT: "正直にお答えすると、お話しするだけで何かが片づくわけではありません。ただ、社長のお考えを一緒に"
        "整理するお手伝いはできると思っています。",
        AskKind.SCHEME: "ご質問にまずお答えしますね。使えそうな制度があるかどうかは、きちんと調べてからお伝えします。",
        AskKind.OTHERS: "短くお答えすると、私の知る範囲では、会社によってまちまちのようです。",
        AskKind.VIEW: "ご質問にまずお答えしますね。正直なところ、その点は社長ほど詳しくはありません。",
    },
    "en": {
        AskKind.DOUBT: "Honestly, talking alone won't fix anything; what I can do is help you sort out your own "
        "thinking.",
        AskKind.SCHEME: "Let me answer that first: I'll check properly which schemes might apply and get back to you.",
        AskKind.OTHERS: "To answer briefly: from what I know, it varies a lot from company to company.",
        AskKind.VIEW: "Let me answer that first: honestly, I don't know it as well as you do.",
    },
}
_STOCK_ANSWERS: dict[Lang, tuple[str, ...]] = {
    "ja": (ANSWER_LINES["ja"][AskKind.OTHERS], ANSWER_LINES["ja"][AskKind.VIEW]),
    "en": (ANSWER_LINES["en"][AskKind.OTHERS], ANSWER_LINES["en"][AskKind.VIEW]),
}


def ask_kind(question: str, lang: Lang) -> AskKind:
    """The kind of his question (:class:`AskKind`); VIEW when it names none of the others."""
    for kind, pattern in _ASK_KINDS[lang]:
        if pattern.search(question):
            return kind
    return AskKind.VIEW


def fit_answer(line: str, context: Sequence[Utterance], lang: Lang) -> str:
    """``line`` with its stock answer swapped for the answer that fits his last question (see
    above); unchanged when it opens with no stock answer, he asked nothing, or his question is of
    no named kind."""
    stock = next((s for s in _STOCK_ANSWERS[lang] if line.startswith(s)), None)
    if stock is None:
        return line
    owner = next((u.text for u in reversed(context) if u.speaker == "owner"), "")
    asks = _questions(owner, lang)
    if not asks:
        return line
    kind = ask_kind(" ".join(asks), lang)
    if kind is AskKind.VIEW:
        return line  # a question of no named kind: the set's own answer stands (r22b s04 T4)
    rest = line[len(stock):]
    if lang == "en":
        rest = rest.lstrip()
        return ANSWER_LINES[lang][kind] + " " + rest
    return ANSWER_LINES[lang][kind] + rest

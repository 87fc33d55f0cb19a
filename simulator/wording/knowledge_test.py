"""How a supporter meets the owner's knowledge test (値踏み), read from the words alone: a brief,
honest statement that meets his question passes; a bare question back or a turn to another subject
dodges it; a long answer, a hard sell or a show of her record lectures.

Shared by the owner engine (:mod:`simulator.engine.moves`, how he reacts) and the scorer
(:mod:`simulator.scoring.signals`, what the turn is credited with), so the scorer depends on no
part of the engine. Pure functions of the text and its analysis.
"""

from __future__ import annotations

import re
from typing import Literal

from ..acts import Analysis
from .asking import Question, proposes, question_sentence, sentences, shares_words
from .peak import admits
from .statements import (
    before_change,
    change_of_subject,
    has_statement,
    prescribes,
    promises_result,
    returns_to_owner,
)

TestResult = Literal["passed", "lecture", "evaded"]
LONG_ANSWER = {"ja": 150, "en": 60}  # a test answer longer than this lectures


# what an answer says of the supporter's own knowledge: a yes or no, how much she knows (「基本的な
# ものなら」「少しは」 / "basic ones", "a little", "not really"), where it comes from (「ニュースで見る
# 程度」「他社さんから伺います」 / "I've worked with", "only what I read") or that she does not know
_JA_ANSWERING = re.compile(
    r"(分かりません|分からない|わかりません|存じ|詳しく|詳しい|知る範囲|知っている範囲|聞いています|伺います|聞きます|と言われ|一般的|"
    r"正直|専門|素人|一長一短|によります|次第|ケースバイケース|経験は|経験が|読めます|読めません|はい|いいえ|"
    r"基本的な|簡単な|少し|多少|ある程度|なんとか|程度|くらいは|ぐらいは|なら(分か|読め|知って)|聞いたこと|見たこと|"
    r"ようです|らしいです|と聞|把握して(いません|おりません|ない))"
)
_EN_ANSWERING = re.compile(
    r"\b(not sure|don't know|do not know|not an expert|no expert|as far as i know|in general|generally|"
    r"i've heard|i hear|honestly|to be honest|pros and cons|it depends|depends on|yes|no|i can|i can't|"
    r"not really|not much|a little|a bit|somewhat|basic ones|simple ones|the basics|i'm afraid|"
    r"i'm not an?|i'm no|only what|from what i|it seems|seems to|i've (seen|worked|visited|read|dealt|been)|i read)\b",
    re.I,
)
# the supporter puts the owner's question off before she has said anything to it (「図面の話より、
# まず社長の…」「送料の前に、…」 / "Let's not worry about me.", "Let's come back to that.",
# "Before shipping, can I ask …"): what comes before these words is all the answer there is
_JA_PUT_OFF = re.compile(
    r"(の前に[、,]|より(も)?[、,]?\s*(まず|先に)|それ(より|は(さておき|置いて|おいて))|"
    r"(私|わたし|僕)のこと(は|より)|(後|あと)ほど|その話は(後|あと))"
)
_EN_PUT_OFF = re.compile(
    r"\b(let's (not (worry|talk) about|come back to|leave|park|put (that|it|this) aside|set (that|it|this) aside|focus on)|"
    r"before (that|we get (to|into)|i answer|i say anything|\w+ing\b)|never mind (me|that)|forget about me|"
    r"rather than (me|talk)|why do you ask|(more|most) interested in (you|hearing)|i'd (rather|like to) hear)\b",
    re.I,
)


# an answer that shows off a track record or expertise (「製造業の支援は二十社以上」「専門です」 /
# "I've helped dozens of firms like yours", "I'm an expert"): self-promotion, however brief
_BOASTS = {
    "ja": re.compile(
        r"((実績|専門家)(?!で(は|も)(な|あ)|じゃ|は(な|ありませ|あまり))|プロ(です|なので|として)|得意(です|分野)|お任せ|任せてください|安心して|"
        r"[\d一二三四五六七八九十百]+社(以上|ほど|近く)|何十社|数多く|豊富|長年|ベテラン|"
        r"(支援|お手伝い|指導)(を|も)?(して)?(き|い)ました(ので|から))"
    ),
    "en": re.compile(
        r"(?<!not an )(?<!no )\b(expert|specialist|track record|dozens of|hundreds of|\d+ (companies|firms|clients|shops)|"
        r"years of experience|plenty of experience|leave it (to|with) me|trust me|inside out|know (it|this|manufacturing) well|"
        r"i('ve| have) (helped|supported|advised|coached)|(several|many|lots of|a number of) (manufacturers|companies|firms|clients|businesses) like)\b",
        re.I,
    ),
}


def boasts(text: str, lang: str) -> bool:
    """The answer shows off the supporter's record or expertise (not an honest "I'm no expert")."""
    return bool(_BOASTS[lang].search(text)) and not admits(text, lang)


def without_put_off(text: str, lang: str) -> str:
    """The turn without its words that put the question off ("Let's come back to that" sells
    nothing)."""
    pattern = _JA_PUT_OFF if lang == "ja" else _EN_PUT_OFF
    return pattern.sub("…", text)


def puts_off(text: str, lang: str) -> str | None:
    """What the supporter said before putting the owner's question off, or None when she does
    not put it off."""
    m = (_JA_PUT_OFF if lang == "ja" else _EN_PUT_OFF).search(text)
    return text[: m.start()] if m else None


# an answer that stands before 「ちなみに…」: what it depends on, or a promise to find out
_JA_FOLLOW_THROUGH = re.compile(
    r"(確認して|調べて|お調べ|お持ちします|お伝えします|によります|次第|一長一短|制度|聞いています|一般的|ケースバイケース)"
)
_EN_FOLLOW_THROUGH = re.compile(
    r"\b(i'll (check|find out|look into|look it up|bring|get back)|it depends|depends on|pros and cons|"
    r"in general|schemes?|i've heard|we can help)\b",
    re.I,
)


def addresses(a: Analysis, owner_question: str) -> bool:
    """The statement meets the owner's question: it takes up its words, or says what it knows
    or does not know (「正直、詳しくはありません」「一長一短あると聞いています」 / "I'm no expert")."""
    return addresses_text(a.text, a.lang, owner_question)


def addresses_text(text: str, lang: str, owner_question: str) -> bool:
    if owner_question and shares_words(text, owner_question, lang):
        return True
    if (_JA_FOLLOW_THROUGH if lang == "ja" else _EN_FOLLOW_THROUGH).search(text):
        return True  # 「確認して次回お持ちします」 / "I'll check and get back to you": an honest answer
    return bool((_JA_ANSWERING if lang == "ja" else _EN_ANSWERING).search(text))


# an answer that weighs options (「一長一短」「〜次第」 / "it depends on", "on the other hand"): its
# "you have to …" describes an option, it does not tell him what to do
_JA_WEIGHS = re.compile(r"(一長一短|次第|によります|によって|メリット|デメリット|一方で|反面)")
_EN_WEIGHS = re.compile(r"\b(depends on|it depends|pros and cons|on the other hand|trade-?off|whereas)\b", re.I)


def weighs(text: str, lang: str) -> bool:
    """The supporter lays options side by side and leaves the choice to the owner."""
    return bool((_JA_WEIGHS if lang == "ja" else _EN_WEIGHS).search(text))


def tells_what_to_do(text: str, lang: str) -> bool:
    """A hard sell (:func:`prescribes`), unless the answer only weighs options for him."""
    return prescribes(text, lang) and not weighs(text, lang)


# 「〜すべきだと思いますが、どう思いますか」 / "you should …, don't you think?": what he must do, advice
# whatever the analyser called it
_MUST = {
    # not his own thought given back (「辞めた方がいいと思われたんですね」)
    "ja": re.compile(
        r"(べき|た(方|ほう)がいい)(?!とは|ではな|じゃな|だとは|だった|のか|こと|もの|ところ|点|と(思われ|お考え|お感じ|おっしゃ|感じ|考え|言われ))|"
        r"^(私|僕|わたし)(なら|だったら)[、,]|[。！]\s*(私|僕|わたし)(なら|だったら)[、,]"
    ),
    "en": re.compile(
        r"(?<!n't think )(?<!saying )(?<!not that )(?<!felt )(?<!feel )(?<!thought )(?<!said )(?<!told )"
        r"(?<!nothing )(?<!anything )"  # "There's nothing you need to decide today" (acts17)
        r"\b(you should|you need to|you must|you'd better|you ought to)\b"
        r"(?! (feel|worry|answer|tell|say|share|talk|have\b))|"
        r"\bif i were you\b|\bin your (shoes|position),? i'?d\b",
        re.I,
    ),
}


def tells_him_must(text: str, lang: str) -> bool:
    """The supporter tells the owner what he must do (not an option weighed for him)."""
    return bool(_MUST[lang].search(text)) and not weighs(text, lang)


_SENTENCE = re.compile(r"[^。！？!?.]+[。！？!?.]*")


def answer_length(text: str, lang: str) -> int:
    """How long the answer runs: its statements, without the question that hands the topic
    back (「…次第だと思います。社長はどちらが気になりますか」 answers in its first part only);
    characters in Japanese, words in English."""
    said = [x for x in _SENTENCE.findall(text) if question_sentence(x, lang) is None]
    body = "".join(said) if said else text
    return len(body) if lang == "ja" else len(body.split())


# an answer that gives a figure or a range (「ざっくり数十万円から」 / "a few hundred thousand yen"):
# it meets a how-much test, whatever is asked after it
_JA_FIGURE = re.compile(r"(\d|[一二三四五六七八九十百千万億数]+(万|千|百)?円|万円|ざっくり|目安|くらいから|程度から|幅があ)")
_EN_FIGURE = re.compile(
    r"(\d|\b(a few|several|hundreds? of|thousands? of) (hundred|thousand|million)|\b(million|thousand) yen\b|"
    r"\b(rough|ballpark) (figure|idea|number)\b|\banywhere from\b|\bcan run (into|to)\b)",
    re.I,
)


def gives_figure(text: str, lang: str) -> bool:
    """The statement names a figure or a range (an answer to "how much")."""
    return bool((_JA_FIGURE if lang == "ja" else _EN_FIGURE).search(text))


def test_result(a: Analysis, q: Question, owner_question: str = "") -> tuple[TestResult, bool]:
    """How the supporter met the owner's knowledge test, and whether it returned to the owner:
    a brief statement that meets the question passes; no statement, a turn to another subject
    (「ちなみに、売上は？」) or a statement about something else dodges it; a long answer or a
    hard sell lectures."""
    f = a.features
    head = puts_off(a.text, a.lang)
    if head is not None:
        # 「図面の話より、まず…」 "Let's come back to that.": only what stands before it answers
        if tells_what_to_do(head, a.lang):
            return "lecture", False
        # "Basic ones, yes." is short, and answers; 「図面の話より」 only names his topic
        said = has_statement(head, a.lang, substantive=True) and addresses_text(head, a.lang, owner_question)
        short = has_statement(head, a.lang) and bool((_JA_ANSWERING if a.lang == "ja" else _EN_ANSWERING).search(head))
        if not (said or short):
            return "evaded", False
        return "passed", True
    if tells_what_to_do(a.text, a.lang) or boasts(a.text, a.lang) or knows_it_all(a.text, a.lang) or _ONLY_WAY[a.lang].search(a.text):
        return "lecture", False  # 「私も前の職場で…よく分かります。…転嫁するしかないですよ」 (r19a s02 T3)
    if answer_length(a.text, a.lang) > LONG_ANSWER[a.lang] and not admits(a.text, a.lang):
        return "lecture", False  # an honest "I don't know the shop floor", however long, is no lecture
    if proposes(a.text, a.lang):
        return "lecture", False  # "Have you thought about Amazon?" is advice, not a question back
    statement = f.answers_owner or not f.is_question or has_statement(a.text, a.lang)
    if not statement:
        return "evaded", False
    if change_of_subject(a.text, a.lang):
        # 「確認して次回お持ちします。ちなみに…？」 answers first, then asks on: the answer before
        # the turn must stand on its own
        head = before_change(a.text, a.lang)
        meets = shares_words(head, owner_question, a.lang) or bool(
            (_JA_FOLLOW_THROUGH if a.lang == "ja" else _EN_FOLLOW_THROUGH).search(head)
        )
        if not has_statement(head, a.lang, substantive=True) or not meets:
            return "evaded", False  # 「詳しくないです。ちなみに、売上は？」 only dodges
        return "passed", True
    if recommends_own(a.text, a.lang) and has_statement(a.text, a.lang, substantive=True):
        # 「…自社サイトの方が向いていると思います。社長はどれがいいと思いますか？」 hands him her
        # answer (答えの提示), however it ends: no dodge (the scorer names it, see signals)
        return "passed", returns_to_owner(a.text, a.lang)
    if not addresses(a, owner_question) and not gives_figure(a.text, a.lang):
        return "evaded", False
    if q.topic is not None and not shares_words(q.text, owner_question, a.lang) and not gives_figure(a.text, a.lang):
        # 「詳しくないです。従業員は何人ですか？」 turns to a profile fact of its own; a question
        # back on the matter he asked about (「社長のところでは、どのくらい響いていますか？」 / "Who
        # reads the drawings on your floor?") names no fact of its own and hands it back to him
        return "evaded", False
    return "passed", returns_to_owner(a.text, a.lang)


def answer_verdict(a: Analysis, owner_text: str) -> TestResult:
    """:func:`test_result` read from the words alone, for the scorer (no persona: a question back
    names no profile topic of its own)."""
    q = question_sentence(a.text, a.lang)
    return test_result(a, Question("open" if q else "none", q or ""), owner_questions(owner_text, a.lang))[0]


# quoted words are someone else's (「娘さんが『一回話を聞いてみたら』と」): no proposal of the supporter's
_QUOTED = {
    "ja": re.compile(r"(『[^』]*』|「[^」]*」)"),
    "en": re.compile(r"(\"[^\"]*\"|“[^”]*”|(?<![\w])'[^']*?'(?![\w]))"),
}
# 「というのはどういうことか」 asks what his words mean: 「のはどう」 proposes nothing there
_JA_CLARIFY = re.compile(r"((という|って)(の|こと)は(どう|どんな|なぜ)|のはどう(いう|いった|して|な[ぜん]))")
# 「…を横に置いてみたら、社長ご自身はどうしたいと思われますか」: a what-if put to him, no course of action
_HYPOTHETICAL = {
    "ja": re.compile(r"てみたら[、,][^。！？?]{0,60}(ご自身|社長|お気持ち)[^。！？?]{0,40}(どう|どんな|何)[^。！？?]*(か|？|\?)"),
    "en": re.compile(
        r"\b(if you (could )?(set|put) (aside|that aside|it aside)|setting .{0,30} aside)\b[^.?!]{0,80}"
        r"\b(what|how)\b[^.?!]*\byou\b[^.?!]*\?",
        re.I,
    ),
}


def own_proposal(text: str, lang: str) -> bool:
    """The supporter proposes a course of action himself: a proposal read from the wording
    (:func:`proposes`) that is not in someone else's quoted words, not a request to explain
    the owner's words (「というのはどういうことですか」), and not a what-if put to the owner about
    his own wishes (「〜を横に置いてみたら、社長ご自身はどうしていきたいですか」)."""
    bare = _QUOTED[lang].sub("…", text)
    if lang == "ja":
        bare = _JA_CLARIFY.sub("…", bare)
    if _HYPOTHETICAL[lang].search(bare):
        bare = _HYPOTHETICAL[lang].sub("…", bare)
    return proposes(bare, lang) or promises_result(bare, lang)


def brief_answer(a: Analysis, owner_text: str) -> bool:
    """A brief, honest answer to the owner's question that proposes nothing of its own (「基本的
    なものなら読めます」 / "Many food shops build the shipping into the price."): what he asked
    for, not unsolicited advice nor a show of the supporter's record."""
    if own_proposal(a.text, a.lang) or tells_him_must(a.text, a.lang) or recommends_own(a.text, a.lang):
        return False  # 「まずは楽天に出店するのがいいと思います」 goes on into her own opinion
    if knows_it_all(a.text, a.lang):
        return False  # 「私も前の職場で…していたので、よく分かります」: her record, not his answer
    return answer_verdict(a, owner_text) == "passed"


# her own background offered as the reason she understands him (「私も前の職場で製造業の担当をして
# いたので、よく分かります」 / "I worked in food myself, so I know exactly how it is"): a know-it-all
# claim, not the brief, honest answer he asked for (r19a s02 T3: praised as empathy, passed his test)
_KNOWS_IT_ALL = {
    "ja": re.compile(
        r"(私も|私は|僕も|自分も|前職|前の職場|以前|長年|経験)[^。！？!?]{0,40}(ので|から)[、,]?\s*"
        r"(よく|十分|すごく|とても|痛いほど)?(分かり|わかり|存じ|承知し)"
    ),
    "en": re.compile(
        r"\b(i (know|understand) (exactly|very well|just how|how it is|what you mean)|i've been there|"
        r"(so|because) i (know|understand) (it|this|that|the (business|industry|trade)))\b",
        re.I,
    ),
}


# the one course of action she sees for him (「価格転嫁するしかないですよ」 / "the only way is to …")
_ONLY_WAY = {
    "ja": re.compile(r"(る|す|く)しかない"),
    "en": re.compile(r"\b(the only (way|option|thing) (is|you can)|you have no choice but|there's no other way)\b", re.I),
}


def knows_it_all(text: str, lang: str) -> bool:
    """The answer claims to understand him from the supporter's own record."""
    return bool(_KNOWS_IT_ALL[lang].search(text))


# the supporter's own recommendation in an answer (「〜のがいいと思います」 / "I'd start with …",
# "you could try …"): an opinion of hers, not the information he asked for
_RECOMMENDS = {
    # 「自社サイトの方が向いていると思います」「〜が合っていると思います」「SNSで発信するのが今の定番
    # です」: her pick among his options, a recommendation too (r21a s04 T4, r21b s05 T4)
    "ja": re.compile(r"(べき|(た|だ)(方|ほう)が(いい|良い|よい)|のが(今の|いまの|最近の|今は)?(定番|王道|近道|セオリー)|"
                     r"(方|ほう)が(向いて|合って|適して|合う|向く)|が(向いて|合って|適して)いる(と思|かと)|"
                     r"した(方|ほう)が|てみては|てはいかが|たらどう|おすすめ|お勧め|ましょう|のがいい|のが良い|といいと思|がいいと思|手もあ|が一番|(る|す|く)しかない)"),
    "en": re.compile(
        r"\b(should|could try|need to|recommend|suggest|better to|best to|try|consider|i'd (go|start|pick|choose)|"
        r"you could|you might want|my (advice|recommendation)|best bet|"
        r"(would|will) (suit|fit) (you|your \w+) (better|best)|(is|would be) (a |the )?better (fit|choice|option|match))\b",
        re.I,
    ),
}


def recommends(text: str, lang: str) -> bool:
    """The answer recommends a course of action of the supporter's own."""
    return bool(_RECOMMENDS[lang].search(text))


def recommends_own(text: str, lang: str) -> str | None:
    """The statement in which the supporter recommends a course of her own (「自社サイトの方が向いて
    いると思います」 / "Your own site would suit you better."), or None: her question back
    (「社長はどれがいいと思いますか？」) asks his pick, it recommends nothing."""
    for x in sentences(text, lang):
        if question_sentence(x, lang) is not None:
            continue
        bare = _QUOTED[lang].sub("…", x)
        for m in _RECOMMENDS[lang].finditer(bare):
            if lang == "ja" and _OPEN_CHOICE.match(bare, m.end()):
                continue  # 「何から手をつけるのがいいかを整理する」: the choice left open, none made
            if not _OWN_STEP[lang].search(bare[: m.start()] + "\0" + m.group(0)):
                cut = max(x.rfind("、", 0, m.start()), x.rfind("，", 0, m.start())) if lang == "ja" else -1
                return x[cut + 1 :].strip() or x  # the clause that recommends
    return None


# an embedded question after the words (「…のがいいか(を)」「…が合うのか」): no pick of hers
_OPEN_CHOICE = re.compile(r"(の|ん)?か(を|が|は|も|、|どうか|\s|$)")
# the supporter's own next step (「一緒に考えましょう」 / "I need to understand more", "let's try"):
# no course of action recommended to him
_OWN_STEP = {
    "ja": re.compile(r"ましょう$"),
    "en": re.compile(r"(\b(i|we|i'll|we'll|let's|let me|to)\s+\0|\0(try|consider|need to)$)", re.I),
}


def dodges(a: Analysis, owner_text: str) -> bool:
    """The turn puts the owner's question off with nothing said to it (「図面の話より、まず…」 /
    "Let's come back to that.")."""
    head = puts_off(a.text, a.lang)
    return head is not None and answer_verdict(a, owner_text) == "evaded"


def owner_questions(text: str, lang: str) -> str:
    """Every question of the owner's last reply (「補助金って使えるの？いくらぐらい出るの？」: an
    answer to either of them answers him)."""
    asked = [x for x in sentences(text, lang) if question_sentence(x, lang) is not None]
    return " ".join(asked) or (question_sentence(text, lang) or "")

"""Reading one trainee move for the engine: what was really done, with doubt allowed.

The analyser labels acts and features; before the owner *reacts* to a decisive move the engine
asks for evidence:

- a push (leading question, advice, self-promotion) is ``sure`` only when the analyser is sure
  of it (``Analysis.sure``) and it is not mixed with a give-back (a reflection or summary read
  as a leading question too: 「〜ということですよね？」). An unsure push still shuts the door on
  disclosure, but costs half and gets the neutral reaction;
- advice that answers a question the owner put to the supporter is not unsolicited, unless it
  prescribes (「〜しましょう」「おすすめです」): a hard sell stays a push;
- a repeat needs an earlier question of the trainee's own: the same fact question on an answer
  topic the owner has answered, or a question worded nearly the same; a jump needs a question that picks up nothing of the
  owner's last reply (no keyword, no word of it, no pointing back) right after a disclosure;
- a knowledge test (値踏み) is passed by a brief statement that does not prescribe and does not
  turn to another subject; a bare question back, or 「ちなみに、売上は？」, dodges it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..acts import Act, Analysis
from ..persona import Persona
from .asking import (
    NO_QUESTION,
    Question,
    ask_kind,
    echoes,
    gathers,
    proposes,
    question_sentence,
    quotes_owner,
    read_question,
    same_question,
    sentences,
    shared_words,
    shares_words,
)
from .open_talk import diagnoses
from .peak import admits, checks, clarifies, invites, picks_one
from .pressure import urges, worst_case
from .state import EngineState
from .statements import (
    advises,
    before_change,
    change_of_subject,
    closes,
    has_statement,
    looks_ahead,
    prescribes,
    promises_result,
    reassures,
    returns_to_owner,
)

TestResult = Literal["passed", "lecture", "evaded"]
PUSH_ACTS = (Act.LEADING_QUESTION, Act.ADVICE, Act.SELF_PROMOTION)
SURE_AT = 0.65
SAME_QUESTION = 0.7  # bigram similarity of two questions that ask the same thing
SAME_TOPIC_QUESTION = 0.4  # … of two yes/no questions on the same answer topic
LONG_ANSWER = {"ja": 150, "en": 60}  # a test answer longer than this lectures


@dataclass
class Move:
    question: Question
    pushes: dict[Act, bool] = field(default_factory=dict)  # act -> sure
    repeat: bool = False
    jump: bool = False
    denial: bool = False
    test: TestResult | None = None
    test_returned: bool = False
    excused_advice: bool = False
    closing: bool = False  # the supporter brings the meeting to a close
    implied: set[Act] = field(default_factory=set)  # good moves read from the form (unsure)
    diagnosis: bool = False  # 「つまり原因は…ですね」: the supporter's verdict, not a summary
    proposal: bool = False  # 「〜してみてはいかがですか」: the owner reacts to the advice, not the kind words before it
    invite: bool = False  # 「次回、よろしければ一緒に…みませんか」: a next step he may decline, no advice
    clarify: bool = False  # 「いろいろ、というと？」: say more about his own last words
    pick: bool = False  # "If you picked just one of them, which …?": one of his own, never a profile fact
    urged: bool = False  # an unsure push worded as what he should do: he reacts to it (half its cost)

    @property
    def factual(self) -> bool:
        return self.question.factual


def real_repeat(persona: Persona, s: EngineState, a: Analysis, q: Question) -> bool:
    """Asks again what the trainee already asked: a direct question on an answer topic the
    owner answered before, or a question sharing most of its words with an earlier one."""
    if not q.text:
        return False
    # whole utterances: "Is that right?" after two different summaries asks nothing twice
    closest = max((same_question(a.text, earlier, a.lang) for earlier in s.asked), default=0.0)
    if q.topic is not None and q.direct and q.topic.id in s.answered:
        if q.form == "fact" or closest >= SAME_TOPIC_QUESTION:
            return True
    return closest >= SAME_QUESTION and (a.features.is_repeat or closest >= 0.85)


def real_jump(s: EngineState, a: Analysis) -> bool:
    """A question that leaves what the owner just told (一問一答), right after a disclosure: it
    picks up no keyword and no word of the reply, does not point back, and does not answer the
    owner's feelings or words (an empathic or reflecting question stays with the owner)."""
    f = a.features
    if not (f.topic_switch and f.is_question and s.last_had_fact):
        return False
    if f.picked_keywords or f.refers_back or a.has(Act.EMPATHY, Act.REFLECTION, Act.SUMMARY):
        return False
    echo = echoes(a.text, a.lang) and shares_words(a.text, s.last_owner_text, a.lang)
    if echo or quotes_owner(a.text, a.lang) or reassures(a.text, a.lang) or looks_ahead(a.text, a.lang):
        return False
    if set(f.content_words) & set(s.last_owner_words):
        return False
    return not shares_words(a.text, s.last_owner_text, a.lang)


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
    if own_proposal(a.text, a.lang) or tells_him_must(a.text, a.lang) or recommends(a.text, a.lang):
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
    "ja": re.compile(r"(べき|(た|だ)(方|ほう)が(いい|良い|よい)|のが(定番|王道|近道|セオリー)|した(方|ほう)が|てみては|てはいかが|たらどう|おすすめ|お勧め|ましょう|のがいい|のが良い|といいと思|がいいと思|手もあ|が一番|(る|す|く)しかない)"),
    "en": re.compile(
        r"\b(should|could try|need to|recommend|suggest|better to|best to|try|consider|i'd (go|start|pick|choose)|"
        r"you could|you might want|my (advice|recommendation)|best bet)\b",
        re.I,
    ),
}


def recommends(text: str, lang: str) -> bool:
    """The answer recommends a course of action of the supporter's own."""
    return bool(_RECOMMENDS[lang].search(text))


def dodges(a: Analysis, owner_text: str) -> bool:
    """The turn puts the owner's question off with nothing said to it (「図面の話より、まず…」 /
    "Let's come back to that.")."""
    head = puts_off(a.text, a.lang)
    return head is not None and answer_verdict(a, owner_text) == "evaded"


_NO_AUDIT = {
    "ja": re.compile(r"(審査|査定|評価しに|調査しに|チェックしに)"),
    "en": re.compile(r"\b(audit|judge|judging|inspect|inspection|assess|assessment|grade|grading)\b", re.I),
}


def speaks_of_audit(text: str, lang: str) -> bool:
    """The supporter names the audit the owner fears (「審査する場ではなく」 / "I'm not here to judge")."""
    return bool(_NO_AUDIT[lang].search(text))


# 「いえ、何かをしていただこうという話ではないんです」 / "No, I didn't mean you should …": the
# supporter corrects how his own words were taken, he denies nothing the owner said
_OWN_INTENT = {
    "ja": re.compile(
        r"(いえ|いいえ|いや)[、,]?.{0,30}(という(話|こと|意味|つもり)では(ない|なく|ありません)|つもりは(ない|ありません)|"
        r"わけではないんです|わけじゃないんです)"
    ),
    "en": re.compile(
        r"\b(no|sorry|oh)\b[,.!]?.{0,20}\b(i didn't mean|i don't mean|i'm not (asking|saying|suggesting)|"
        r"that's not what i meant|i wasn't (asking|saying|suggesting))",
        re.I,
    ),
}


def corrects_own_words(text: str, lang: str) -> bool:
    """The supporter clears up a misunderstanding of his own intent (not a denial of the owner)."""
    return bool(_OWN_INTENT[lang].search(text))


_NEXT_TIME = {
    "ja": re.compile(r"(次回|次に(お会い|伺)|今度(お会い|伺|お話)|また今度)"),
    "en": re.compile(r"\b(next time|next meeting|when we meet again|before we meet again)\b", re.I),
}


def for_next_time(text: str, lang: str) -> bool:
    """The supporter speaks of the next meeting (words quoted there are for later, not his)."""
    return bool(_NEXT_TIME[lang].search(text))


# thanks for the meeting that is ending (「今日は…ありがとうございました」 / "Thank you for today")
_THANKS_TODAY = {
    "ja": re.compile(r"(今日|本日)は.{0,60}ありがとうございました"),
    "en": re.compile(r"\bthank(s| you)( (so|very) much)? for (today|this afternoon|this morning)\b", re.I),
}


def takes_leave(text: str, lang: str) -> bool:
    """The supporter ends the meeting (:func:`closes`), or thanks him for today's meeting and asks
    nothing more (「…ありがとうございました。次回、…伺えますか」 still gets its answer)."""
    if closes(text, lang):
        return True
    return bool(_THANKS_TODAY[lang].search(text)) and question_sentence(text, lang) is None


def owner_asked(text: str) -> bool:
    """The owner's last reply put a question to the supporter (anywhere in it)."""
    return "？" in text or "?" in text


def leads_on(text: str, lang: str, question: str, owner_text: str) -> bool:
    """The only question is a short echo of the owner's words (「〜、ですか。」 / "Your father?")
    that the supporter follows with statements of his own: it asks nothing back."""
    parts = sentences(text, lang)
    if question not in parts or parts.index(question) == len(parts) - 1:
        return False
    return echoes(question, lang) and shares_words(question, owner_text, lang)


def asks_apart(text: str, lang: str, question: str) -> bool:
    """The question is a sentence of its own after what came before, and it neither checks
    back nor gathers (「…ということですよね？」 / "So you feel …, is that right?" give back)."""
    parts = sentences(text, lang)
    if not question or question not in parts or parts.index(question) == 0:
        return False
    return not checks(text, lang) and not gathers(question, lang) and not _GIVES_BACK[lang].search(question)


_GIVES_BACK = {
    "ja": re.compile(r"((という|って)こと|とおっしゃ|と(思|感じ|お考え)(われ|られ|て)|んですね)"),
    "en": re.compile(r"\b(so you|you('re| are) saying|you mean|you feel|you said|sounds like)\b", re.I),
}


_FORM_QUOTE = {
    "ja": re.compile(r"「([^」]+)」"),
    "en": re.compile(r"(?<!\w)'(.{8,}?)'(?!\w)|\"([^\"]{8,})\"|‘([^’]{8,})’|“([^”]{8,})”"),
}
_EN_TOKEN = re.compile(r"[a-z]{3,}")
# scaffolding of a confirmation: the tag, the pointer to the form, pronouns (not his content)
_EN_FRAME = frozenset(
    "the and you your yours right correct isn't aren't don't didn't doesn't that this are was were "
    "for with have has had yes okay just then read form forms application wrote written says said "
    "saw seen mentioned there see nice meet meeting thank thanks today also too mr mrs ms".split()
)
# the supporter's own guess, cause or judgement in the sentence: a presumption, not his words
_GUESSES = {
    "ja": re.compile(r"(思い|思う|でしょう|のでは|だから|ため|やはり|きっと|普通|よく|すべき|べき)"),
    "en": re.compile(
        r"\b(i (guess|think|suppose|bet|imagine|expect)|probably|must be|because|usually|surely|"
        r"should|ought|typical|most companies|that's why|so that's)\b", re.I,
    ),
}


def _stem(word: str) -> str:
    for end in ("ing", "ed", "es", "s", "e"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            word = word[: -len(end)]
            break
    return word[:5]


def _his_words(text: str, lang: str) -> set[str]:
    if lang == "ja":
        return set(re.findall(r"[一-龥々ァ-ヴー]{2,}|[A-Za-zＡ-Ｚａ-ｚ]{2,}", text))
    return {_stem(w) for w in _EN_TOKEN.findall(text.lower()) if w not in _EN_FRAME}


def confirms_his_own(persona: Persona, s: EngineState, a: Analysis) -> bool:
    """A tag question that only gives back what the owner himself wrote on his form (the words
    the briefing quotes) or said in this meeting, with no guess or judgement of the supporter's
    added ("I read your form. You want to start selling online, right?"): a check of his own
    request, not a leading question (r17a s06 T1: he withdrew from his own words). "The form says
    ageing equipment. I guess the old machines are slowing production, aren't they?" adds the
    supporter's guess and stays a push."""
    q = question_sentence(a.text, a.lang)
    if not q or _GUESSES[a.lang].search(a.text):
        return False
    briefing = persona.briefing.get(a.lang) or ""  # type: ignore[union-attr]
    quoted = " ".join(g for m in _FORM_QUOTE[a.lang].finditer(briefing) for g in m.groups() if g)
    source = _his_words(" ".join([quoted, s.last_owner_text, *s.raised]), a.lang)
    words = _his_words(q, a.lang)
    return len(words) >= 2 and words <= source


def owner_questions(text: str, lang: str) -> str:
    """Every question of the owner's last reply (「補助金って使えるの？いくらぐらい出るの？」: an
    answer to either of them answers him)."""
    asked = [x for x in sentences(text, lang) if question_sentence(x, lang) is not None]
    return " ".join(asked) or (question_sentence(text, lang) or "")


def read_move(persona: Persona, s: EngineState, a: Analysis) -> Move:
    f = a.features
    q = read_question(persona, a.text, a.lang)
    if q.form == "open" and q.topic is not None and ask_kind(a.text, a.lang) in ("opinion", "cause"):
        q = Question("open", q.text)  # 「お嬢さんはこの状況をどう見ていらっしゃるんでしょう」 asks no profile fact
    confirms = a.has(Act.LEADING_QUESTION) and confirms_his_own(persona, s, a)
    if a.has(Act.LEADING_QUESTION) and a.sure(Act.LEADING_QUESTION, SURE_AT) and not confirms:
        q = NO_QUESTION if q.form == "none" else Question("polar", q.text)  # a push, not a query
    if q.form == "polar" and leads_on(a.text, a.lang, q.text, s.last_owner_text):
        q = NO_QUESTION  # 「俺の代の仕事、ですか。分かりました。では…」: an echo, then his own say
    move = Move(question=q, closing=takes_leave(a.text, a.lang) and s.turn > 1)
    answering = f.owner_asked or s.test_pending or owner_asked(s.last_owner_text)
    if s.test_pending and not (move.closing and question_sentence(a.text, a.lang) is None):
        asked = owner_questions(s.last_owner_text, a.lang)  # a leave-taking is no answer
        move.test, move.test_returned = test_result(a, q, asked)
    # a give-back read as a leading question too (「〜ということですよね？」) is no sure push; a
    # give-back said first, then a leading question of its own (「会長に聞かないと分からないんですね。
    # 社長なのに、…決めているんですか？」), still pushes: the reaction follows the push (r12a)
    mixed = a.has(Act.REFLECTION, Act.SUMMARY) and not asks_apart(a.text, a.lang, q.text)
    proposal = move.proposal = own_proposal(a.text, a.lang)
    move.invite = invites(a.text, a.lang) and not prescribes(a.text, a.lang)
    move.pick = picks_one(a.text, a.lang)
    move.clarify = clarifies(a.text, a.lang) or move.pick
    # 「〜すべきだと思いますが、どう思いますか」: advice though unlabelled; 「〜すべきですよね？」 read
    # as a sure leading question stays one (he withdraws from it)
    must = tells_him_must(a.text, a.lang) and not a.sure(Act.LEADING_QUESTION, SURE_AT)
    for act in PUSH_ACTS:
        # a hard sell in answer to his test is advice, however the analyser labelled it ("Go with
        # Amazon.")
        sells = act is Act.ADVICE and move.test == "lecture" and tells_what_to_do(a.text, a.lang)
        if not a.has(act) and not (act is Act.ADVICE and (proposal or must or sells)):
            continue
        if move.test == "passed" and act is Act.SELF_PROMOTION:
            # a brief answer to his test: "I'm not an engineer, but I've worked with a few machine
            # shops" tells him where her knowledge comes from, it does not show off (a long one, or
            # a record of help given, lectures: see test_result and boasts)
            move.excused_advice = True
            continue
        if act is Act.ADVICE and (move.closing or move.invite):
            move.excused_advice = True  # 「今日はこのあたりで…次回は」 closes, it does not lecture
            continue
        if act is Act.LEADING_QUESTION and move.invite and not a.sure(act, SURE_AT):
            continue  # 「…と思いますが、いかがでしょう」 asks his consent to a next step
        if act is Act.ADVICE and not advises(a.text, a.lang) and not proposal and not must:
            continue  # no advising word in the utterance (「触れてほしくないところがあれば…」): no evidence
        if act is Act.ADVICE and not tells_what_to_do(without_put_off(a.text, a.lang), a.lang) and not must:
            # information he asked for: an answer to his test, or to his question (it takes up its
            # words); 「まあ、いろいろあるんですよ。何の関係が？」 asks for no tip on Instagram
            his = question_sentence(s.last_owner_text, a.lang) or ""
            # a proposal answers his question only when it takes up its words: "what are you here
            # to check on?" asks for no "why don't you hire from abroad?" (r12a)
            taken_up = {w for w in shared_words(a.text, his, a.lang) if "'" not in w} if his else set()
            meets = s.test_pending or (not proposal and (f.answers_owner or (bool(his) and shares_words(a.text, his, a.lang))))
            meets = meets or bool(taken_up)  # "you're" takes up nothing of his question
            asked_for = answering and meets and (f.answers_owner or has_statement(a.text, a.lang))
            says_nothing = not has_statement(a.text, a.lang, substantive=True)
            if asked_for or (says_nothing and not proposal) or reassures(a.text, a.lang):
                # information the owner asked for, a question with nothing told, reassurance,
                # or the supporter closing the meeting: no lecture
                move.excused_advice = True
                continue
        sure = a.sure(act, SURE_AT) and not (act is Act.LEADING_QUESTION and mixed)
        sure = sure or (act is Act.ADVICE and (proposal or must))  # worded as a proposal or a must: no doubt
        if not sure and a.lang == "ja" and act in (Act.ADVICE, Act.LEADING_QUESTION) and urges(a.text, a.lang):
            # 「…を始めるといいと思いますよ」「出店すれば…増えると思うんですが」: a course of action
            # pushed on him in so many words gets his reaction, though the analyser was unsure of
            # the act (r14a: he did not react to it at all); its cost stays the unsure one
            move.urged = True
        if act is Act.LEADING_QUESTION and not sure and (f.refers_back or quotes_owner(a.text, a.lang)):
            continue
        if act is Act.LEADING_QUESTION and confirms:
            continue  # "You want to start selling online, right?" checks his own written request  # 「さきほど『…』とおっしゃいましたよね」 checks back, it does not push
        move.pushes[act] = sure
    if a.lang == "ja" and worst_case(a.text, a.lang) and move.test is None and not move.invite:
        move.pushes[Act.LEADING_QUESTION] = True  # a worst case pressed on him: he withdraws
    if diagnoses(a.text, a.lang) and move.test is None:
        move.diagnosis = True  # a premature diagnosis pushes, whatever it was labelled
        move.pushes[Act.LEADING_QUESTION] = True
    answered = answering and (f.answers_owner or has_statement(a.text, a.lang))
    move.denial = f.denial and not answered and not reassures(a.text, a.lang) and not corrects_own_words(a.text, a.lang)
    # good moves the form shows though the analyser did not label them: an open question by
    # its wording, a reflection by an echo or a plain statement built on the owner's words
    if q.form == "open" and not a.has(Act.OPEN_QUESTION) and not proposal:  # 「〜てはいかがですか」 proposes
        move.implied.add(Act.OPEN_QUESTION)
    owner_words = set(f.picked_keywords) | shared_words(a.text, s.last_owner_text, a.lang)
    plain = set(a.acts) <= {Act.OTHER, Act.REFLECTION} and not f.is_question
    gives_back = plain and len(owner_words) >= 2
    echo = echoes(a.text, a.lang) and shares_words(a.text, s.last_owner_text, a.lang)
    if not a.sure(Act.REFLECTION, SURE_AT) and (echo or gives_back):
        move.implied.add(Act.REFLECTION)
    move.repeat = real_repeat(persona, s, a, q)
    move.jump = not move.repeat and move.test is None and real_jump(s, a)
    return move

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

from ..acts import Act, Analysis
from ..persona import Persona
from ..wording.asking import (
    EN_PROCESS,
    NO_QUESTION,
    Question,
    ask_kind,
    asks_why_en,
    echoes,
    gathers,
    question_sentence,
    quotes_owner,
    read_question,
    same_question,
    sentences,
    shared_words,
    shares_words,
)
from ..wording.jump import asked_to_move_on, echo_then_jump
from ..wording.knowledge_test import (  # noqa: F401  (knows_it_all, brief_answer …: read here too)
    TestResult,
    answer_length,
    answer_verdict,
    boasts,
    brief_answer,
    dodges,
    gives_figure,
    knows_it_all,
    own_proposal,
    owner_questions,
    tells_him_must,
    tells_what_to_do,
    test_result,
    without_put_off,
)
from ..wording.peak import checks, clarifies, defines_his_words, invites, picks_one
from ..wording.statements import (
    advises,
    closes,
    has_statement,
    looks_ahead,
    prescribes,
    reassures,
)
from .open_talk import diagnoses
from .pressure import PAPERS, asks_to_see, urges, worst_case
from .state import EngineState

PUSH_ACTS = (Act.LEADING_QUESTION, Act.ADVICE, Act.SELF_PROMOTION)
SURE_AT = 0.65
SAME_QUESTION = 0.7  # bigram similarity of two questions that ask the same thing
SAME_TOPIC_QUESTION = 0.4  # … of two yes/no questions on the same answer topic


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




# a request for his own story (「そのころのこと、よかったら聞かせてください」「お話しいただけますか」)
_JA_TELL_ME = re.compile(r"(聞かせて|お聞かせ|お話し(いただ|くださ|願)|話して(いただ|くださ|もら)|教えて(いただ|くださ|もら))")
# his own past, presumed kindly (「社長も十年かけて一人前になられたんですよね」): the story asked for
_JA_HIS_PAST = re.compile(r"(社長|ご自身)(も|は|が)[^。？?]{0,30}((られ|され|なっ|なさっ)(た|てい)|でした|だった)")
# what makes a sentence press a view on him (「…べきでは」「…じゃないですか」「…と思いませんか」)
_JA_PRESSES = re.compile(r"(べき|じゃないですか|ではないですか|ませんか|しかない|しかありません|たほうが|た方が|ないと(いけ|だめ|まず))")


def invites_his_story(s: EngineState, a: Analysis) -> bool:
    """A presumption built on his own words (「一人前まで十年…。社長も十年かけて一人前になられた
    んですよね」) that ends by asking him to tell his story: an invitation, not a leading question
    (Japanese)."""
    if a.lang != "ja" or not s.owner_said:
        return False
    q = question_sentence(a.text, a.lang)
    if q is None or not _JA_TELL_ME.search(q) or _JA_PRESSES.search(a.text):
        return False
    if urges(a.text, a.lang) or worst_case(a.text, a.lang) or diagnoses(a.text, a.lang):
        return False
    before = a.text.replace(q, "")
    return bool(_JA_HIS_PAST.search(before)) or any(shares_words(before, said, a.lang) for said in s.owner_said[-3:])


def read_move(persona: Persona, s: EngineState, a: Analysis) -> Move:
    f = a.features
    q = read_question(persona, a.text, a.lang)
    if q.form in ("open", "fact") and q.topic is not None and (
        (q.form == "open" and ask_kind(a.text, a.lang) in ("opinion", "cause"))
        or (a.lang == "en" and EN_PROCESS.search(q.text) is not None)  # "…what do you do then?" asks no products
        or (a.lang == "en" and asks_why_en(q.text))  # "What is it that makes the young ones go?" neither
    ):
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
    # 「次回までに、決算書を3期分見せていただけますか」 asks for his papers, not for a next step
    # together: no 「押しつけないってんなら、考えとくよ」 to it (r21b s02 T11, r21a s02 T12)
    move.invite = invites(a.text, a.lang) and not prescribes(a.text, a.lang) and not asks_to_see(a.text, a.lang, PAPERS[a.lang])
    move.pick = picks_one(a.text, a.lang)
    move.clarify = clarifies(a.text, a.lang) or move.pick or (s.turn > 1 and defines_his_words(a.text, s.last_owner_text, a.lang))
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
        if act is Act.LEADING_QUESTION and invites_his_story(s, a):
            # 「社長も十年かけて一人前になられたんですよね。そのころのこと、よかったら聞かせてください」
            # takes up his words and asks for his story: no push to withdraw from (r22b s08 T7)
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
    move.jump = not move.repeat and move.test is None and (real_jump(s, a) or echo_jump(s, a))
    return move


def echo_jump(s: EngineState, a: Analysis) -> bool:
    """His last words given back, then a closed question on a subject none of his turns touched
    (「三代続けて来てくれるお家もあるんですね。職人さんは何人いますか。」): the echo takes nothing in,
    the same 一問一答 as without it (r23a s10 T6); never when he asked to move on."""
    if not (a.features.is_question and s.owner_said and _has_content(s.last_owner_text, a.lang)):
        return False
    if a.has(Act.LEADING_QUESTION, Act.ADVICE) or asked_to_move_on(s.last_owner_text, a.lang):
        return False
    return echo_then_jump(a.text, s.owner_said, a.lang)


def _has_content(reply: str, lang: str) -> bool:
    """His last reply told something (a story, a figure), not a word or a brush-off."""
    if lang == "ja":
        return len(re.sub(r"[\s、。…！？!?「」『』]", "", reply)) >= 15
    return len(reply.split()) >= 8

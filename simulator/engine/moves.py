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

from dataclasses import dataclass, field
from typing import Literal

from ..acts import Act, Analysis
from ..persona import Persona
from .asking import (
    NO_QUESTION,
    Question,
    change_of_subject,
    has_statement,
    prescribes,
    read_question,
    reassures,
    returns_to_owner,
    same_question,
    shares_words,
)
from .state import EngineState

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
    if set(f.content_words) & set(s.last_owner_words):
        return False
    return not shares_words(a.text, s.last_owner_text, a.lang)


def test_result(a: Analysis) -> tuple[TestResult, bool]:
    """How the supporter met the owner's knowledge test, and whether it returned to the owner."""
    f = a.features
    statement = f.answers_owner or not f.is_question or has_statement(a.text, a.lang)
    if not statement or change_of_subject(a.text, a.lang):
        return "evaded", False
    if f.length > LONG_ANSWER[a.lang] or (a.has(Act.ADVICE) and prescribes(a.text, a.lang)):
        return "lecture", False
    return "passed", returns_to_owner(a.text, a.lang)


def owner_asked(text: str) -> bool:
    """The owner's last reply put a question to the supporter (anywhere in it)."""
    return "？" in text or "?" in text


def read_move(persona: Persona, s: EngineState, a: Analysis) -> Move:
    f = a.features
    q = read_question(persona, a.text, a.lang)
    if a.has(Act.LEADING_QUESTION) and a.sure(Act.LEADING_QUESTION, SURE_AT):
        q = NO_QUESTION if q.form == "none" else Question("polar", q.text)  # a push, not a query
    move = Move(question=q)
    answering = f.owner_asked or s.test_pending or owner_asked(s.last_owner_text)
    if s.test_pending:
        move.test, move.test_returned = test_result(a)
    mixed = a.has(Act.REFLECTION, Act.SUMMARY)
    for act in PUSH_ACTS:
        if not a.has(act):
            continue
        if act is Act.ADVICE and not prescribes(a.text, a.lang):
            asked_for = answering and (f.answers_owner or has_statement(a.text, a.lang))
            if asked_for or reassures(a.text, a.lang):
                move.excused_advice = True  # information the owner asked for, or reassurance
                continue
        move.pushes[act] = a.sure(act, SURE_AT) and not (act is Act.LEADING_QUESTION and mixed)
    answered = answering and (f.answers_owner or has_statement(a.text, a.lang))
    move.denial = f.denial and not answered and not reassures(a.text, a.lang)
    move.repeat = real_repeat(persona, s, a, q)
    move.jump = not move.repeat and move.test is None and real_jump(s, a)
    return move

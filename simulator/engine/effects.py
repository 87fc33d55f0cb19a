"""How much one trainee move moves the owner's trust, and which reaction a bad move provokes.

Reward and penalty sizes are in ``EFFECTS`` (before the persona's ``trust_gain`` /
``trust_loss`` multipliers). A move the analyser is unsure of counts half and gets the neutral
reaction (:mod:`.moves` decides what is sure).
"""

from __future__ import annotations

from ..acts import Act, Analysis
from ..persona import Persona, Reaction, Stage
from ..persona_answers import Stance
from ..wording.asking import gathers
from ..wording.statements import prescribes, reassures
from .moves import Move
from .open_talk import diagnoses
from .pressure import asks_to_see, urges
from .state import EngineState

# Trust effects of one trainee move (before the persona's multipliers).
EFFECTS: dict[str, float] = {
    "empathy": 5.0,
    "reflection": 4.0,
    "reflection_keyword": 1.5,  # the reflection reuses the owner's own words
    "summary": 6.5,  # a summary that gathers several owner points
    "summary_thin": 3.0,
    "open_question": 2.0,
    "open_keyword": 3.0,  # an open follow-up on the owner's keyword
    "closed_question": 0.5,
    "greeting": 2.0,
    "reassurance": 3.0,  # 「審査ではありません」「話したくないところは触れません」: the guideline's own move, once
    "test_passed": 4.0,
    "test_returned": 1.5,  # the brief answer hands the topic back to the owner
    "leading_question": -8.0,
    "advice": -6.0,
    "self_promotion": -5.0,
    "denial": -8.0,
    "repeat": -5.0,
    "topic_switch": -2.0,
    "blunt_worry": -4.0,
    "interrogation": -4.0,
    "early_issue_question": -3.0,
    "pressing": -2.0,  # a point-blank demand for a vision he has not raised: answered, never earned
    "test_evaded": -3.0,
    "long_lecture": -3.0,
    "closed_run": -1.0,  # a second fact question in a row, before the run is an interrogation
    "audit_request": -4.0,  # asked to see what he keeps closed (決算書): it reads as an audit
}
MILD_LEADING = 0.6  # a leading question that only presumes (「〜ですよね？」) presses less than a push
# share of a turn's gain the move earns, by what the owner's reply gave (r13b: +4.5…+7 on every
# skilled turn, 「今日の話ではないわね」 included): he opened up (a fact, relief, a give-back in his
# words) → all; he talked from his own lines (feelings, the future, a topic) → most; he answered
# with nothing new → part; he turned it aside (a hesitation, a guarded answer) → little
EARNED = {"opened": 1.0, "talked": 0.85, "plain": 0.7, "aside": 0.4}
UNSURE = 0.5  # an unsure move counts half, with the neutral reaction
TIP = 0.6  # a one-line tip offered as a question ("Have you tried …?") costs less than a lecture
AGAIN = 0.5  # a second push in the same turn
LONG_ADVICE = {"ja": 80, "en": 30}  # advice longer than this is a lecture, not a tip
PUSHES = (
    (Act.SELF_PROMOTION, "self_promotion", Reaction.SELF_PROMOTION_REACTION),
    (Act.ADVICE, "advice", Reaction.LECTURE_PUSHBACK),
    (Act.LEADING_QUESTION, "leading_question", Reaction.WITHDRAW),
)


def relief(a: Analysis) -> bool:
    """A summary the owner is relieved by: the analyser is sure of it, it gathers several of
    the owner's points in the owner's words (from two of his turns at least), and it has the
    form of one (「〜のこと、〜のこと」「つまり」「整理すると」 / "so far", "put together")."""
    f = a.features
    return (
        a.sure(Act.SUMMARY)
        and f.summary_points >= 2
        and gathers(a.text, a.lang)
        and not diagnoses(a.text, a.lang)  # 「つまり原因は…ですね」 hands him a verdict
        # an answer that lists options or advice is no summary of his points, whatever it ends on
        and not a.has(Act.ADVICE, Act.LEADING_QUESTION, Act.SELF_PROMOTION)
    )


def lectures(a: Analysis) -> bool:
    """The turn runs long: advice in it is a lecture, not a passing tip."""
    return a.features.length > LONG_ADVICE[a.lang]


def tip(a: Analysis, m: Move) -> bool:
    """Advice offered briefly as a proposal (「〜してみては？」 / "Have you tried …?"), that does not
    tell him what to do and does not run long."""
    return m.proposal and not prescribes(a.text, a.lang) and not lectures(a)


def trust_effects(
    persona: Persona, s: EngineState, a: Analysis, m: Move, reasons: list[str]
) -> tuple[float, float, Reaction | None, bool]:
    """Trust gain, trust loss, the reaction a bad move provokes, and whether the move
    shuts the door on any disclosure this turn."""
    f = a.features
    b = persona.behaviour
    gain = loss = 0.0
    reaction: Reaction | None = None
    blocked = False

    def hurt(
        key: str, why: str, r: Reaction | None, *, shuts: bool = True, scale: float = 1.0, unsure: bool = False
    ) -> None:
        nonlocal loss, reaction, blocked
        loss += EFFECTS[key] * scale
        reasons.append(f"{why} (unsure: neutral reaction, half effect)" if unsure else why)
        blocked = blocked or shuts
        if reaction is None and r is not None:
            reaction = r

    test_reaction: Reaction | None = None
    if m.test == "passed":
        gain += EFFECTS["test_passed"] + (EFFECTS["test_returned"] if m.test_returned else 0.0)
        reasons.append("answered the knowledge test briefly" + (", then back to the owner" if m.test_returned else ""))
        test_reaction = Reaction.TEST_PASSED
    elif m.test == "lecture":
        hurt("long_lecture", "answered the test with a lecture or a hard sell", None)
        test_reaction = Reaction.LECTURE_PUSHBACK
    elif m.test == "evaded":
        hurt("test_evaded", "dodged the owner's knowledge test", None, shuts=False)
        test_reaction = Reaction.TEST_EVADED
    if m.excused_advice:
        reasons.append("information the owner asked for: not unsolicited advice")

    # Bad moves, the strongest reaction first.
    if m.denial:
        hurt("denial", "denied the owner's view", Reaction.DENIAL_REACTION)
    if m.repeat:
        hurt("repeat", "asked again what was already asked or answered", Reaction.REPEAT)
    if m.diagnosis:  # 「つまり原因は…ですね」: he withdraws, whatever else the verdict holds
        reaction = Reaction.WITHDRAW
    pushed = 0
    for act, key, r in PUSHES:
        if act in m.pushes:
            sure = m.pushes[act]
            why = "a premature diagnosis (the supporter's verdict)" if m.diagnosis and act is Act.LEADING_QUESTION else key.replace("_", " ")
            scale = 1.0 if sure else UNSURE
            if act is Act.ADVICE and sure and tip(a, m):
                scale, why = TIP, "a one-line tip (advice, offered as a question)"
            if act is Act.LEADING_QUESTION and sure and not m.diagnosis and not urges(a.text, a.lang):
                # 「それだとミスも多いですよね？」 presumes; 「大きくしていくべきだと思いませんか」 pushes
                scale, why = MILD_LEADING, "a leading question that presumes his answer"
            if pushed:  # one utterance, one offence: a second push in it counts half
                scale, why = scale * AGAIN, f"{why} (in the same turn)"
            pushed += 1
            hurt(key, why, r if sure or m.urged else None, scale=scale, unsure=not sure)
    move_on = b.move_on_until is not None and s.stage < _stage(b.move_on_until)
    if f.blunt_worry:
        hurt(
            "blunt_worry",
            "the blunt 「今一番の悩みは何ですか」",
            Reaction.MOVE_ON if move_on else Reaction.BLUNT_WORRY,
        )
    elif f.issue_question and move_on:
        hurt("early_issue_question", "asked about issues too early", Reaction.MOVE_ON)

    elif f.pressing and not f.issue_question:
        # 「まず、社長としてのビジョンを教えてください」: he answers something, but the demand itself
        # earns nothing (r23a s08 T1: +2.7 right after it)
        hurt("pressing", "a point-blank demand for a vision he has not raised", None, shuts=False)

    # 詰問: closed and fact questions one after another; an open question, a reflection, a
    # summary or an acknowledged feeling breaks the run
    listens = a.has(Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY, Act.EMPATHY) or bool(m.implied)
    if listens:
        s.closed_streak = 0
    elif (m.factual or a.has(Act.CLOSED_QUESTION)) and not m.repeat:
        s.closed_streak += 1
    if s.closed_streak > b.closed_question_tolerance:
        hurt("interrogation", "one closed question after another (詰問)", Reaction.INTERROGATED)
    elif s.closed_streak >= 2 and not listens:
        # the second fact question in a row already costs a little: he answers, warms to nothing
        hurt("closed_run", "another fact question in a row, nothing of his taken in", None, shuts=False)
    refused = refused_words(persona, a.lang)
    audit = bool(refused) and asks_to_see(a.text, a.lang, refused)
    if audit:
        hurt("audit_request", "asked to see what the owner keeps closed (an audit, not a talk)", None)
    if m.jump:  # 一問一答: the owner just told something and the question ignores all of it
        hurt("topic_switch", "jumped to another topic (一問一答)", Reaction.TOPIC_JUMP, shuts=False)

    # Good moves: full credit when the analyser is sure, half when it is not.
    def credit(act: Act) -> float:
        return 1.0 if a.sure(act) else UNSURE

    for act in m.implied - set(a.acts):  # read from the form, not labelled: half credit
        if act is Act.REFLECTION:
            gain += EFFECTS["reflection"] * UNSURE
        else:
            keyword = EFFECTS["open_keyword"] if f.picked_keywords else 0.0
            gain += (EFFECTS["open_question"] + keyword) * UNSURE
    if a.has(Act.EMPATHY) and not m.proposal:  # 「大変ですよね。求人サイトを使ってみては？」 is advice
        gain += EFFECTS["empathy"] * credit(Act.EMPATHY)
    if a.has(Act.REFLECTION):
        gain += (
            EFFECTS["reflection"] + (EFFECTS["reflection_keyword"] if f.picked_keywords else 0.0)
        ) * credit(Act.REFLECTION)
    if a.has(Act.SUMMARY) and not m.diagnosis:
        full = relief(a)
        gain += EFFECTS["summary"] if full else EFFECTS["summary_thin"]
    if a.has(Act.OPEN_QUESTION) and not f.blunt_worry and not f.pressing and not m.repeat:
        gain += EFFECTS["open_question"]
        if f.picked_keywords:
            gain += EFFECTS["open_keyword"]
    if a.has(Act.CLOSED_QUESTION) and not m.repeat and s.closed_streak < 2 and not audit:
        gain += EFFECTS["closed_question"]
    if s.turn == 1 and a.has(Act.OTHER) and not f.pressing:
        gain += EFFECTS["greeting"]
    if not s.reassured and not m.pushes and not m.denial and reassures(a.text, a.lang):
        s.reassured = True  # said once, it counts; said again, it is no new promise
        gain += EFFECTS["reassurance"]
        reasons.append("reassured the owner (no audit, off-limits areas respected)")
    return gain, loss, reaction or test_reaction, blocked


def earned(*, opened: bool, talked: bool, aside: bool) -> float:
    """The share of the turn's trust gain the move earned, by what the owner's reply gave."""
    if opened:
        return EARNED["opened"]
    if aside:
        return EARNED["aside"]
    return EARNED["talked"] if talked else EARNED["plain"]


def patience_change(persona: Persona, a: Analysis, loss: float, s: EngineState) -> float:
    """Patience moves: bad moves wear it, questions wear an impatient owner's, summaries and
    feelings acknowledged restore it."""
    b = persona.behaviour
    change = 2.0 * loss / max(b.trust_loss, 1e-6) / 4.0  # bad moves wear patience
    if a.features.is_question and s.stage < Stage.APPROACH:
        change -= b.patience_per_question
    if a.has(Act.SUMMARY):
        change += 10.0
    if a.has(Act.EMPATHY, Act.REFLECTION):
        change += 3.0
    return change



def _stage(name: str) -> Stage:
    return Stage[name.upper()]


def refused_words(persona: Persona, lang: str) -> list[str]:
    """The words naming what the owner refuses to show (his ``answers`` topics with ``stance:
    refuse``, e.g. 決算書 / financial statements)."""
    if persona.answers is None:
        return []
    return [w for t in persona.answers.topics if t.stance is Stance.REFUSE for w in (t.about.get(lang) or [])]

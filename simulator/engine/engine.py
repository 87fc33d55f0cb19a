"""The deterministic persona engine: one trainee turn in, the owner's new state and intent out.

The engine never phrases anything; it decides. Reward and penalty sizes are in ``EFFECTS``;
each persona scales them with ``behaviour.trust_gain`` / ``trust_loss``. What the trainee
really did is read in :mod:`.moves` (doubt allowed), what was asked in :mod:`.asking`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..acts import Act, Analysis
from ..persona import Depth, Fact, Persona, Reaction, Stage
from .asking import gathers
from .moves import Move, read_move
from .state import AnswerIntent, EngineState, ReplyIntent

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
    "test_evaded": -3.0,
    "long_lecture": -3.0,
}
UNSURE = 0.5  # an unsure move counts half, with the neutral reaction
MAX_GAIN_PER_TURN = 8.0
GAIN_DAMPING = 250.0  # gains shrink as trust grows: gain * (1 - trust / GAIN_DAMPING)
STAGE_SURFACE_TRUST = 40.0
STAGE_APPROACH_TRUST = 55.0
GOOD_MOVES = (Act.EMPATHY, Act.REFLECTION, Act.SUMMARY, Act.OPEN_QUESTION)
PUSHES = (
    (Act.SELF_PROMOTION, "self_promotion", Reaction.SELF_PROMOTION_REACTION),
    (Act.ADVICE, "advice", Reaction.LECTURE_PUSHBACK),
    (Act.LEADING_QUESTION, "leading_question", Reaction.WITHDRAW),
)
# reactions after which the owner still answers the factual question asked
ANSWERING = (
    Reaction.ANSWER_CLOSED,
    Reaction.TOPIC_JUMP,
    Reaction.TEST_EVADED,
    Reaction.INTERROGATED,
    Reaction.TEST_PASSED,
    Reaction.NEXT_STEP,
    Reaction.EMPATHY_RESPONSE,
    Reaction.REFLECTION_RESPONSE,
)
APPROVING = (
    Reaction.SUMMARY_RELIEF,
    Reaction.REFLECTION_RESPONSE,
    Reaction.EMPATHY_RESPONSE,
    Reaction.TEST_PASSED,
)

Normaliser = Callable[[str, str], str]


def relief(a: Analysis) -> bool:
    """A summary the owner is relieved by: the analyser is sure of it, it gathers several of
    the owner's points in the owner's words (two turns, two keywords at least), and it has the
    form of one (「〜のこと、〜のこと」「つまり」「整理すると」 / "so far", "put together")."""
    f = a.features
    return (
        a.sure(Act.SUMMARY)
        and f.summary_points >= 2
        and len(set(f.picked_keywords)) >= 2
        and gathers(a.text, a.lang)
    )


def _identity(word: str, lang: str) -> str:
    return word.lower()


class PersonaEngine:
    """Holds a persona; :meth:`step` is a pure function of (state, analysis)."""

    def __init__(self, persona: Persona, normalise: Normaliser | None = None) -> None:
        self.persona = persona
        self._normalise = normalise or _identity
        self._topic_cache: dict[tuple[str, str], set[str]] = {}

    # -- public -------------------------------------------------------------------------------

    def step(self, state: EngineState, analysis: Analysis) -> tuple[EngineState, ReplyIntent]:
        """Apply one trainee turn; return the new state and the reply intent."""
        s = state.model_copy(deep=True)
        s.turn += 1
        b = self.persona.behaviour
        f = analysis.features
        reasons: list[str] = []
        move = read_move(self.persona, s, analysis)
        s.test_pending = False

        gain, loss, reaction, blocked = self._effects(s, analysis, move, reasons)
        gain = min(gain, MAX_GAIN_PER_TURN) * b.trust_gain * (1 - s.trust / GAIN_DAMPING)
        loss = loss * b.trust_loss
        if loss < 0 and gain > 0:
            gain *= 0.5  # a push wrapped in kind words still pushes
        before = s.trust
        s.trust = max(0.0, min(100.0, s.trust + gain + loss))
        s.patience = max(0.0, min(100.0, s.patience + self._patience(analysis, loss, s)))
        s.trust_history.append(round(s.trust, 2))

        stage_before = s.stage
        self._advance_stage(s, analysis, reasons)
        disclose = [] if blocked else self._disclose(s, analysis, move, reasons)
        if reaction is None:
            reaction = self._good_reaction(s, analysis, move, disclose, stage_before)
        answer = self._answer(s, move, reaction, disclose, reasons)
        opener = self._opener(analysis, reaction)

        picked = list(f.picked_keywords)
        s.unexplored_keywords = [k for k in s.unexplored_keywords if k not in picked]
        if move.question.text:
            s.asked.append(analysis.text)
            del s.asked[:-40]

        followup: Reaction | None = None
        ends = False
        end_reason: str | None = None
        if s.trust < b.end_trust or s.patience <= b.end_patience:
            for fact_id in disclose:  # an owner who walks out says nothing more
                s.disclosed.remove(fact_id)
            s.hidden_issue_reached = any(i in s.disclosed for i in self.persona.issue_facts)
            reaction, disclose, answer, opener, ends = Reaction.END_EARLY, [], None, None, True
            end_reason = "trust" if s.trust < b.end_trust else "patience"
            s.stage = Stage.WALKED_OUT
            reasons.append(f"the owner ended the meeting ({end_reason} collapsed)")
        elif s.turn >= b.max_turns:
            followup, ends, end_reason = Reaction.CLOSING, True, "turn_budget"
            reasons.append("the turn budget is spent")
        elif b.tests_knowledge_at is not None and not s.test_done and s.turn >= b.tests_knowledge_at:
            followup = Reaction.TEST_KNOWLEDGE
            s.test_pending, s.test_done = True, True
            reasons.append("the owner tests the supporter's knowledge (値踏み)")
        if ends:
            s.finished, s.end_reason = True, end_reason
        s.last_had_fact = bool(disclose)

        intent = ReplyIntent(
            reaction=reaction,
            disclose=disclose,
            followup=followup,
            stage=s.stage,
            stage_changed=s.stage != stage_before,
            trust=round(s.trust, 2),
            trust_delta=round(s.trust - before, 2),
            ends_meeting=ends,
            end_reason=end_reason,
            picked_keywords=picked,
            answer=answer,
            opener=opener,
            approving=(reaction in APPROVING or opener is not None) and s.trust >= b.approves_at,
            reasons=reasons,
        )
        return s, intent

    def _disclose(self, s: EngineState, a: Analysis, move: Move, reasons: list[str]) -> list[str]:
        """The facts this turn opens: one; two when relieved by a sure summary of several
        points (never the underlying issue as the second). A factual question opens only a
        fact whose topic it touches, and a question on one of the persona's answer topics only
        that topic's own fact: the owner does not answer it with another fact."""
        relieved = relief(a)
        issue = self.persona.issue_facts
        topic = move.question.topic if move.factual else None
        disclose: list[str] = []
        for _ in range(2 if relieved else 1):
            fact = self._next_fact(s, a, volunteer=not move.factual)
            if topic is not None and fact is not None and fact.id != topic.fact:
                break  # 「創業は？」 gets the year, not another fact that shares a word
            if fact is None or s.hidden_issue_reached:
                break
            if disclose and fact.id in issue:
                break  # the real issue gets a turn of its own
            disclose.append(fact.id)
            s.disclosed.append(fact.id)
            reasons.append(f"disclosed {fact.id} ({fact.depth.value})")
            if fact.id in issue:
                s.hidden_issue_reached = True
                reasons.append("the owner put the underlying issue into words")
            self._advance_stage(s, a, reasons)
        return disclose

    @staticmethod
    def _opener(a: Analysis, reaction: Reaction) -> Reaction | None:
        """After the insight the owner first acknowledges the move (sure ones only)."""
        if reaction is not Reaction.NEXT_STEP:
            return None
        if relief(a):
            return Reaction.SUMMARY_RELIEF
        if a.sure(Act.EMPATHY):
            return Reaction.EMPATHY_RESPONSE
        if a.sure(Act.REFLECTION):
            return Reaction.REFLECTION_RESPONSE
        return None

    def _answer(
        self, s: EngineState, move: Move, reaction: Reaction, disclose: list[str], reasons: list[str]
    ) -> AnswerIntent | None:
        """The factual question the reply answers (after its line), if the owner answers."""
        if not move.factual or reaction not in ANSWERING or self.persona.answers is None:
            return None
        topic = move.question.topic
        if topic is None:
            if disclose:
                return None  # the fact is the answer
            reasons.append("a factual question outside the persona's answers")
            return AnswerIntent()
        if topic.fact is not None and topic.fact in disclose:
            return None  # the fact tells it at length
        if move.question.direct and topic.id not in s.answered:
            s.answered.append(topic.id)
        guarded = topic.open_at is not None and s.trust < topic.open_at
        reasons.append(f"answers {topic.id}" + (" (guarded)" if guarded else ""))
        return AnswerIntent(topic=topic.id, guarded=guarded)

    def close(self, state: EngineState) -> tuple[EngineState, ReplyIntent]:
        """The trainee ends the meeting: the owner closes it."""
        s = state.model_copy(deep=True)
        s.finished, s.end_reason = True, "trainee_ended"
        return s, ReplyIntent(
            reaction=Reaction.CLOSING,
            stage=s.stage,
            trust=round(s.trust, 2),
            trust_delta=0.0,
            ends_meeting=True,
            end_reason="trainee_ended",
        )

    def remember_owner_words(self, state: EngineState, words: list[str], text: str = "") -> None:
        """Record the owner's reply: its keywords and text (for the jump rule) and the words
        not yet explored by the trainee."""
        state.last_owner_words = list(words)
        state.last_owner_text = text
        for w in words:
            if w not in state.unexplored_keywords:
                state.unexplored_keywords.append(w)
        del state.unexplored_keywords[:-20]

    # -- rules --------------------------------------------------------------------------------

    def _effects(
        self, s: EngineState, a: Analysis, m: Move, reasons: list[str]
    ) -> tuple[float, float, Reaction | None, bool]:
        """Trust gain, trust loss, the reaction a bad move provokes, and whether the move
        shuts the door on any disclosure this turn."""
        f = a.features
        b = self.persona.behaviour
        gain = loss = 0.0
        reaction: Reaction | None = None
        blocked = False

        def hurt(
            key: str, why: str, r: Reaction | None, *, shuts: bool = True, scale: float = 1.0
        ) -> None:
            nonlocal loss, reaction, blocked
            loss += EFFECTS[key] * scale
            reasons.append(why if scale == 1.0 else f"{why} (unsure: neutral reaction, half effect)")
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
        for act, key, r in PUSHES:
            if act in m.pushes:
                sure = m.pushes[act]
                hurt(key, key.replace("_", " "), r if sure else None, scale=1.0 if sure else UNSURE)
        move_on = b.move_on_until is not None and s.stage < _stage(b.move_on_until)
        if f.blunt_worry:
            hurt(
                "blunt_worry",
                "the blunt 「今一番の悩みは何ですか」",
                Reaction.MOVE_ON if move_on else Reaction.BLUNT_WORRY,
            )
        elif f.issue_question and move_on:
            hurt("early_issue_question", "asked about issues too early", Reaction.MOVE_ON)

        closed = m.factual or (
            a.has(Act.CLOSED_QUESTION) and not a.has(Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY)
        )
        if closed and not m.repeat:
            s.closed_streak += 1
        elif a.has(Act.OPEN_QUESTION, Act.REFLECTION, Act.SUMMARY, Act.EMPATHY):
            s.closed_streak = 0
        if s.closed_streak > b.closed_question_tolerance:
            hurt("interrogation", "one closed question after another (詰問)", Reaction.INTERROGATED)
        if m.jump:  # 一問一答: the owner just told something and the question ignores all of it
            hurt("topic_switch", "jumped to another topic (一問一答)", Reaction.TOPIC_JUMP, shuts=False)

        # Good moves: full credit when the analyser is sure, half when it is not.
        def credit(act: Act) -> float:
            return 1.0 if a.sure(act) else UNSURE

        if a.has(Act.EMPATHY):
            gain += EFFECTS["empathy"] * credit(Act.EMPATHY)
        if a.has(Act.REFLECTION):
            gain += (
                EFFECTS["reflection"] + (EFFECTS["reflection_keyword"] if f.picked_keywords else 0.0)
            ) * credit(Act.REFLECTION)
        if a.has(Act.SUMMARY):
            full = relief(a)
            gain += EFFECTS["summary"] if full else EFFECTS["summary_thin"]
        if a.has(Act.OPEN_QUESTION) and not f.blunt_worry and not m.repeat:
            gain += EFFECTS["open_question"]
            if f.picked_keywords:
                gain += EFFECTS["open_keyword"]
        if a.has(Act.CLOSED_QUESTION) and not m.repeat:
            gain += EFFECTS["closed_question"]
        if s.turn == 1 and a.has(Act.OTHER):
            gain += EFFECTS["greeting"]
        return gain, loss, reaction or test_reaction, blocked

    def _patience(self, a: Analysis, loss: float, s: EngineState) -> float:
        b = self.persona.behaviour
        change = 2.0 * loss / max(b.trust_loss, 1e-6) / 4.0  # bad moves wear patience
        if a.features.is_question and s.stage < Stage.APPROACH:
            change -= b.patience_per_question
        if a.has(Act.SUMMARY):
            change += 10.0
        if a.has(Act.EMPATHY, Act.REFLECTION):
            change += 3.0
        return change

    def _advance_stage(self, s: EngineState, a: Analysis, reasons: list[str]) -> None:
        before = s.stage
        personal_out = any(self.persona.fact(i).depth is not Depth.SURFACE for i in s.disclosed)
        if s.stage == Stage.RAPPORT and s.trust >= STAGE_SURFACE_TRUST:
            s.stage = Stage.SURFACE
        if s.stage == Stage.SURFACE and s.trust >= STAGE_APPROACH_TRUST and personal_out:
            s.stage = Stage.APPROACH
        if Stage.RAPPORT <= s.stage < Stage.CONVICTION and s.hidden_issue_reached:
            s.stage = Stage.CONVICTION
        elif (
            s.stage == Stage.CONVICTION
            and not set(self.persona.issue_facts) & set(s.disclosed[-1:])
            and a.has(Act.SUMMARY, Act.OPEN_QUESTION, Act.REFLECTION, Act.EMPATHY)
        ):
            s.stage = Stage.NEXT_STEP
        if s.stage != before:
            reasons.append(f"stage {before.name.lower()} -> {s.stage.name.lower()}")

    def _topics(self, fact: Fact, lang: str) -> set[str]:
        key = (fact.id, lang)
        if key not in self._topic_cache:
            words = fact.unlock.topics.get(lang) if fact.unlock.topics else []  # type: ignore[arg-type]
            self._topic_cache[key] = {self._normalise(w, lang) for w in words} | {
                w.lower() for w in words
            }
        return self._topic_cache[key]

    def _touches(self, fact: Fact, a: Analysis) -> bool:
        topics = self._topics(fact, a.lang)
        if not topics:
            return True
        words = set(a.features.content_words) | set(a.features.picked_keywords)
        if words & topics:
            return True
        text = a.text.lower()
        return any(len(t) >= 2 and t in text for t in topics)

    def _next_fact(self, s: EngineState, a: Analysis, *, volunteer: bool = True) -> Fact | None:
        """The fact this turn opens: a fact whose topic the trainee touched comes first (in
        file order); otherwise the first one the owner volunteers at high trust. Once the owner
        has named the underlying issue only core facts remain to be said."""
        ready: list[Fact] = []
        for fact in self.persona.facts:
            if fact.id in s.disclosed:
                continue
            if s.hidden_issue_reached and fact.depth is not Depth.CORE:
                continue
            u = fact.unlock
            if s.trust < u.trust or s.stage < u.min_stage:
                continue
            if any(x not in s.disclosed for x in u.after):
                continue
            if u.moves and not a.has(*[m.value for m in u.moves]):
                continue
            if not u.moves and not a.has(*GOOD_MOVES, Act.CLOSED_QUESTION):
                continue
            if self._touches(fact, a):
                return fact
            ready.append(fact)
        if not volunteer:
            return None
        for fact in ready:
            if fact.unlock.volunteer and s.trust >= fact.unlock.volunteer_at:
                return fact
        return None

    def _good_reaction(
        self, s: EngineState, a: Analysis, m: Move, disclose: list[str], stage_before: Stage
    ) -> Reaction:
        """The reaction to a move that provoked nothing: the specific one only for a move the
        analyser is sure of; a factual question is answered in kind."""
        if set(disclose) & set(self.persona.issue_facts):
            return Reaction.HIDDEN_ISSUE_LEAD
        if m.factual:
            return Reaction.ANSWER_CLOSED
        if stage_before >= Stage.CONVICTION and a.has(*GOOD_MOVES):
            return Reaction.NEXT_STEP
        if relief(a):
            return Reaction.SUMMARY_RELIEF
        if a.sure(Act.EMPATHY):
            return Reaction.EMPATHY_RESPONSE
        if a.sure(Act.REFLECTION):
            return Reaction.REFLECTION_RESPONSE
        if disclose and self.persona.fact(disclose[0]).depth is not Depth.SURFACE:
            return Reaction.DISCLOSE_LEAD
        if m.question.form == "open" or (m.question.form == "none" and a.has(Act.OPEN_QUESTION)):
            return Reaction.ANSWER_OPEN
        if m.question.form == "polar" or a.has(Act.CLOSED_QUESTION):
            return Reaction.ANSWER_CLOSED
        if s.turn == 1:
            return Reaction.GREETING
        return Reaction.ACKNOWLEDGE


def _stage(name: str) -> Stage:
    return Stage[name.upper()]

"""The deterministic persona engine: one trainee turn in, the owner's new state and intent out.

The engine never phrases anything; it decides. What the trainee really did is read in
:mod:`.moves` (doubt allowed), what was asked in :mod:`.asking`; trust effects are in
:mod:`.effects` (``EFFECTS``, scaled by ``behaviour.trust_gain`` / ``trust_loss``), disclosure
and stages in :mod:`.facts`.
"""

from __future__ import annotations

import re

from ..acts import Act, Analysis
from ..persona import Depth, Fact, Persona, Reaction, Stage
from ..persona_open import OpenAnswer
from ..wording.asking import (
    EN_PROCESS,
    _has,
    ask_kind,
    asks_how,
    asks_meaning,
    asks_own_answer,
    asks_what_like,
    others_view,
    question_sentence,
    wishes,
)
from ..wording.peak import amounts, calms, checks, counts, lists, praises
from ..wording.statements import (
    advises,
    asks_about_him,
    asks_consent,
    infers_unsaid,
    only_reassures,
    reassures,
)
from .effects import EARNED, EFFECTS, earned, lectures, patience_change, relief, trust_effects
from .facts import GOOD_MOVES, STAGE_APPROACH_TRUST, Facts, Normaliser
from .invitation import asks_for_his_questions, asks_its_own, asks_something, invites_telling
from .moves import Move, echo_jump, for_next_time, invites_his_story, read_move, speaks_of_audit
from .open_talk import cause_topic, open_topic, points, quoted
from .state import AnswerIntent, EngineState, ReplyIntent

__all__ = ["EFFECTS", "PersonaEngine"]

MAX_GAIN_PER_TURN = 8.0
# a question that stays on what he just said (「そのことを」「そういうお気持ちを」「今のお話」)
_JA_STAYS = re.compile(
    r"その(こと|お話|話|お気持ち|気持ち|思い|辺|あたり)|それ(を|は|について|って)|そう(いう|いった)(こと|お話|話|お気持ち|思い)|"
    r"今の(お話|話)|いまのお話"
)
# the supporter gives back words as his (「…とおっしゃったのが」「…と仰っていましたが」)
_JA_GIVEN_BACK = re.compile(r"(と|って)[、,]?(おっしゃ|仰|言われ|話され|お話しされ|お話しにな)")
OWNER_SAID_KEPT = 8  # replies of his kept to recognise his words given back
GIVEN_BACK_CHARS = 6  # characters of his own words a give-back repeats


def _said_by_him(s: EngineState, text: str) -> bool:
    """Words given back as his (before 「とおっしゃった」) repeat one of his recent replies."""
    m = _JA_GIVEN_BACK.search(text)
    if m is None:
        return False
    clause = re.sub(r"[\s、。…『』「」,.!?！？]", "", text[max(0, m.start() - 40):m.start()])
    said = [re.sub(r"[\s、。…『』「」,.!?！？]", "", t) for t in s.owner_said]
    return any(clause[i:i + GIVEN_BACK_CHARS] in t for t in said for i in range(len(clause) - GIVEN_BACK_CHARS + 1))


MAX_WAITS = 1  # questions of their own a volunteered fact waits behind before it rides on an open one
MAX_HESITATIONS = 3  # guarded non-answers in one meeting, each a different line
WON_BACK = 2.0  # a turn that wins back this much trust (or some patience) does not end the meeting
GAIN_DAMPING = 250.0  # gains shrink as trust grows: gain * (1 - trust / GAIN_DAMPING)
BLANK_AGAIN = 0.15  # share of a gain on his third non-answer in a row (and after)
AHEAD_OF_DEPTH = 0.5  # share of a gain past the approach trust while nothing personal is out
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
# reactions that answer a first-turn question after his greeting (a provoked one stands alone)
FIRST_ANSWERS = (Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED, Reaction.DISCLOSE_LEAD)
# neutral reactions replaced by a hesitation when the trainee touched what the owner holds back
HESITANT = (Reaction.ANSWER_OPEN, Reaction.ACKNOWLEDGE, Reaction.ANSWER_CLOSED)
# reactions to an open question that the owner's talk on its topic (open_answers) replaces
TALKING = (Reaction.ANSWER_OPEN, Reaction.ACKNOWLEDGE, Reaction.ANSWER_CLOSED, Reaction.GREETING)
OPEN_KINDS = ("open", "feeling", "future", "opinion")
# a question that cites what he said (「…とおっしゃいましたが」「先ほどの」, "you said"): it asks about
# words already told, not for the fact behind them
_CITES = re.compile(r"おっしゃ|仰|言われ|話され|とのこと|先ほど|さっき|『|\byou (said|mentioned|told)\b", re.I)
# reactions that answer the question itself (a relieving summary before it may get an opener)
ANSWERS = (Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED, Reaction.DISCLOSE_LEAD)
# neutral reactions a question on feelings or the future replaces with the owner's own lines
PEAK_REPLACES = (
    Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED, Reaction.ACKNOWLEDGE, Reaction.EMPATHY_RESPONSE,
    Reaction.REFLECTION_RESPONSE, Reaction.SUMMARY_RELIEF, Reaction.LECTURE_PUSHBACK,
)
# his stock lines that answer nothing in particular (a reply with nothing of his own in it)
STOCK_ANSWERS = (Reaction.ANSWER_OPEN, Reaction.ANSWER_CLOSED)
# replies in which the owner opens up or is relieved: the move that drew them earns its full gain
# words of his last reply the supporter gives back that make a question no longer one to put off (English)
GIVEN_BACK_WORDS = 3
EARNS_IN_FULL = (
    Reaction.SUMMARY_RELIEF, Reaction.HIDDEN_ISSUE_LEAD, Reaction.DISCLOSE_LEAD, Reaction.NEXT_STEP,
    Reaction.TEST_PASSED, Reaction.EMPATHY_RESPONSE, Reaction.REFLECTION_RESPONSE, Reaction.GREETING,
)
APPROVING = (
    Reaction.SUMMARY_RELIEF,
    Reaction.REFLECTION_RESPONSE,
    Reaction.EMPATHY_RESPONSE,
    Reaction.TEST_PASSED,
)


class PersonaEngine:
    """Holds a persona; :meth:`step` is a pure function of (state, analysis)."""

    def __init__(self, persona: Persona, normalise: Normaliser | None = None) -> None:
        self.persona = persona
        self.facts = Facts(persona, normalise)

    # -- public -------------------------------------------------------------------------------

    def step(self, state: EngineState, analysis: Analysis) -> tuple[EngineState, ReplyIntent]:
        """Apply one trainee turn; return the new state and the reply intent."""
        if state.finished:  # the meeting is over: nothing more is said or disclosed
            return state.clone(), self._closed_intent(state)
        s = state.clone()
        s.turn += 1
        b = self.persona.behaviour
        f = analysis.features
        reasons: list[str] = []
        self.facts.begin()
        move = read_move(self.persona, s, analysis)
        s.no_audit = s.no_audit or speaks_of_audit(analysis.text, s.lang)
        # (an echo of his words before a closed jump stays a jump, whatever fact it reaches: r23a s10 T6)
        if move.jump and not echo_jump(s, analysis) and self.facts.follows_thread(s, analysis):
            move.jump = False  # asks on toward what comes next (「十年後のお店は？」), not 一問一答
            reasons.append("a question that follows the thread is no jump")
        s.test_pending = False
        pushed = pushes(analysis, move)
        if pushed:
            reasons.append("push evidence in the turn: no insight or relief line")

        gain, loss, reaction, blocked = trust_effects(self.persona, s, analysis, move, reasons)
        never_said = _attributes_unsaid(analysis, reaction, reasons, move)
        if not never_said and reaction is None and self.persona.never_said is not None and infers_unsaid(
            analysis.text, s.lang, s.last_owner_text
        ):
            # a loaded inference of the supporter's put as a check of his words: his mild
            # correction, not 「ええ、ええ。その通りです。」 (r18b s07 T7)
            never_said = True
            reasons.append("checked an inference he never said: a mild correction")
        if never_said:
            gain, blocked = 0.0, True
        gain = min(gain, MAX_GAIN_PER_TURN) * b.trust_gain * (1 - s.trust / GAIN_DAMPING)
        loss = loss * b.trust_loss
        if loss < 0 and gain > 0:
            gain *= 0.5  # a push wrapped in kind words still pushes
        before = s.trust
        s.trust = max(0.0, min(100.0, s.trust + gain + loss))
        patience_before = s.patience
        s.patience = max(0.0, min(100.0, s.patience + patience_change(self.persona, analysis, loss, s)))
        s.trust_history.append(round(s.trust, 2))

        stage_before = s.stage
        self.facts.advance_stage(s, analysis, reasons)
        provoked = reaction  # the reaction a bad move provoked, if any
        closing = (move.closing or move.invite) and reaction is None  # an invitation asks for no fact
        # 「今日、何か聞いておきたいことはありますか」 asks for his question, not his next fact
        invited_to_ask = s.lang == "ja" and s.turn > 1 and asks_for_his_questions(analysis.text, s.lang)
        asked_back = reaction is None and invited_to_ask
        closing = closing or (asked_back and self.persona.peak is not None and self.persona.peak.asked_back is not None)
        disclose = [] if blocked or closing else self.facts.disclose(s, analysis, move, reasons)
        kind = ask_kind(analysis.text, s.lang)
        # 「会長との間で気をつかうのは、どんな場面ですか」: a moment asked on a matter of his is his talk
        # on that matter, never a stock moment of his days on another (the bankbook before payday)
        found = open_topic(self.persona, analysis.text, s.lang) if kind in OPEN_KINDS or kind == "scene" else None
        if found is not None and others_view(analysis.text, s.lang):
            found = None  # "…what do you imagine he would say?" asks his guess, not his talk on the customers
            reasons.append("a question on what another would say: his guess, no talk on a topic")
        if kind == "cause":  # 「何とかしたいと思われたのは、何かきっかけが」: his why on that topic
            found = cause_topic(self.persona, analysis.text, s.lang)
        if found is not None and disclose and all(
            self.persona.fact(i).unlock.topics is None
            or (self.persona.fact(i).depth is Depth.SURFACE and not self.facts.asks_about(self.persona.fact(i), analysis)
                and (s.lang == "en" or self.facts.touches(self.persona.fact(i), analysis) or _names_topic(found, analysis)))
            # r17a s09 T2: "What does 'seasonal' mean for the way you and the confectioners work?"
            # asks about the word it quotes: no paragraph on his shortage of confectioners
            or (self.persona.fact(i).depth is Depth.SURFACE and self._off_the_quote(self.persona.fact(i), analysis, found))
            # 「社長も京都で修業されたんですよね。そのころのお話、よかったら聞かせてください」 asks
            # for his story: a profile fact it does not touch waits (not the customers paragraph)
            or (self.persona.fact(i).depth is Depth.SURFACE and invites_his_story(s, analysis)
                and not self.facts.touches(self.persona.fact(i), analysis))
            for i in disclose
        ):  # r14b: "What does a typical week look like for you?" → his week, not "nothing pressing";
            # r15b: 「娘さんとは、どんなお話を」 → his talk with her, not his craftsmen paragraph
            intro = any(self.persona.fact(i).unlock.topics is None for i in disclose)
            for fact_id in disclose:  # an open question on a topic is answered on it, not with
                s.disclosed.remove(fact_id)  # a fact that would come up whatever was asked
            disclose = []
            reasons.append(f"an open question on {found.id}: no off-topic fact")
            asked_q = question_sentence(analysis.text, s.lang)
            if intro and s.lang == "en" and asked_q is not None and points(asked_q, s.lang):
                # his company intro came first in the file; the fact the question itself asks
                # about still answers it ("The application mentioned fewer customers. How has that
                # been going?" → the decline, not his station shop's passers-by)
                again = self.facts.disclose(s, analysis, move, reasons, answer_only=True)
                for fact_id in again:
                    fact = self.persona.fact(fact_id)
                    if fact.unlock.topics is not None and self.facts.asks_about(fact, analysis) and not self._off_the_quote(fact, analysis, found):
                        disclose.append(fact_id)
                    else:
                        s.disclosed.remove(fact_id)
                if disclose:
                    found = None
                    reasons.append(f"the fact the question asks about: {disclose}")
        elif self._intro_answers_nothing(s, move, disclose):
            for fact_id in disclose:  # 「実感がない、というのは？」 is not answered with his company intro:
                s.disclosed.remove(fact_id)  # a fact the question touches, or his own lines
            reasons.append(f"a question: not the intro {disclose}")
            disclose = self.facts.disclose(s, analysis, move, reasons, answer_only=True)
        wish = kind == "future" and move.question.form == "fact"  # 「5年後、何人にしたいですか」 too
        # after his knowledge test (「ま、そういうもんだよね」「え、そこは答えてくれないの？」) the
        # question asked is still not answered with a paragraph it did not ask for (r15b)
        settled = provoked in (None, Reaction.TEST_PASSED, Reaction.TEST_EVADED)
        telling = s.lang == "ja" and invites_telling(analysis.text, s.lang)  # 「今日いちばん話しておきたいことから」
        if kind in ("feeling", "future", "scene", "cause") and (move.question.form == "open" or wish) and disclose and settled and s.turn > 1 and not telling:
            # 「どうお感じになりますか」「5年後は？」「どんなときに感じますか」 are not answered with a
            # profile fact (the business, the customers, his career): a personal or core fact may
            # answer them; a why is answered by a profile fact only when it asks about that fact
            # (r12a: 「落ち着かない、という言葉が出てきたのはどのあたりからか」 → 「ですから、差し迫った
            # 問題っていうのは特にないんですよ」)
            for fact_id in list(disclose):
                fact = self.persona.fact(fact_id)
                profile = fact.depth is Depth.SURFACE and not (  # his own why on the topic comes first
                    kind == "cause" and found is None and fact.unlock.topics is not None
                    and self.facts.asks_about(fact, analysis)
                ) and not (
                    # 「人が足りないと感じるのは、どんなときですか」 asks a moment of that very matter:
                    # the fact it asks about answers it, not a stock moment on another (the
                    # bankbook before payday)
                    kind == "scene" and fact.unlock.topics is not None and self.facts.asks_about(fact, analysis)
                    and not _CITES.search(analysis.text)  # 「…とおっしゃいましたが、それを感じるのは」: his moment
                ) and not (
                    # "What has it been like, running the company through all these years?" is
                    # answered by the fact on those years (not by one on what it did not name)
                    kind == "feeling" and s.lang == "en" and fact.unlock.topics is not None
                    and asks_what_like(analysis.text) and self.facts.asks_about(fact, analysis)
                )
                if profile or any(x not in s.disclosed for x in fact.unlock.after):
                    s.disclosed.remove(fact_id)
                    disclose.remove(fact_id)
                    s.waited.append(fact_id)  # it has waited behind a question of its own once
                    reasons.append(f"a {kind} question: not the profile fact {fact_id}")
        if disclose and settled and s.turn > 1 and asks_own_answer(analysis.text, s.lang):
            # "…how do you think the factory manager and the team would take it?" is answered,
            # not met with the next fact he would tell whatever was asked (r14b: "six people in
            # sales"); his profile facts (the way on), his core and a fact the question asks about
            # still come
            # "What would your father say if you proposed a new order system?" is his guess at his
            # father's view: no profile fact, whatever topic word it names (r22a s03 T10)
            guessing = others_view(analysis.text, s.lang)
            for fact_id in list(disclose):
                fact = self.persona.fact(fact_id)
                if fact.depth is Depth.CORE or fact.unlock.topics is None or fact_id in self.persona.issue_facts or (
                    fact.unlock.topics is not None and self.facts.asks_about(fact, analysis)
                    and not (guessing and fact.depth is Depth.SURFACE)
                ):
                    continue
                s.disclosed.remove(fact_id)
                disclose.remove(fact_id)
                s.waited.append(fact_id)
                reasons.append(f"a question with an answer of its own: not the fact {fact_id}")
            self.facts.settle_stage(s, stage_before, reasons)
        waited = self._waits(s, analysis, move, kind, disclose, settled, reasons, found is not None)
        if waited:
            if s.stage >= Stage.CONVICTION > stage_before and not s.hidden_issue_reached:
                s.stage = stage_before  # the insight that waits has not come yet
            self.facts.settle_stage(s, stage_before, reasons)
        held_back = self.facts.held_back and not disclose
        if reaction is None:
            reaction = (
                Reaction.ACKNOWLEDGE
                if never_said
                else self._good_reaction(s, analysis, move, disclose, stage_before, pushed)
            )
        # his test answered briefly and handed back with an open question ("…What would you want
        # the Takemoto name to be?"): he says he is satisfied, then answers it from his own lines,
        # never the satisfied line alone (English)
        returned = (
            provoked is Reaction.TEST_PASSED and move.test_returned and not disclose
            and not pushed and not never_said and kind in OPEN_KINDS and move.question.form == "open"
        )
        if returned:
            reasons.append("the test passed and handed back: he answers the question asked")
        answer = self._answer(s, move, reaction, disclose, reasons)
        opener = None if pushed else self._opener(analysis, reaction)
        said_in_kind = self._good_reaction(s, analysis, move, disclose, stage_before, pushed) if returned else reaction
        peak = None if never_said else self._peak(
            s, move, kind, said_in_kind if provoked is None or returned else None, disclose, found, answer, stage_before,
            invited_to_ask,
        )
        if peak is not None:
            # after his satisfied line (TEST_PASSED) the reaction stays his approval; the peak follows it
            reaction, answer = (reaction if returned else Reaction.ANSWER_OPEN), None
            reasons.append(f"answers in kind from his own {peak} lines")
        asked = move.question.form != "none" and not checks(analysis.text, s.lang)
        calming = calms(analysis.text, s.lang) or reassures(analysis.text, s.lang)
        if opener is None and asked and not pushed and reaction in ANSWERS and relief(analysis) and lists(analysis.text, s.lang) and not calming:
            opener = Reaction.SUMMARY_RELIEF  # relieved by the summary, then answers its question
        if answer is not None and answer.topic is None:
            answer.count = counts(analysis.text, s.lang)
            answer.amount = amounts(analysis.text, s.lang)
        if s.turn == 1 and opener is None and reaction in FIRST_ANSWERS and first_question(analysis, move) and not move.question.topic:
            reaction, opener = self._first_answer(s, analysis, reaction, disclose, answer, found, peak, reasons)

        picked = list(f.picked_keywords)
        s.unexplored_keywords = [k for k in s.unexplored_keywords if k not in picked]
        if move.question.text:
            s.asked.append(analysis.text)
            del s.asked[:-40]

        # a reply that told nothing: no fact, no answer in kind, no talk on the topic asked (his
        # in-kind non-answers — "Sorry, I can't answer that very well." — and stock lines)
        blank = (
            s.turn > 1 and not disclose and not waited and (answer is None or answer.guarded) and not returned
            and (found is None or peak is not None) and reaction in STOCK_ANSWERS and not asked_back
            and peak not in ("feeling", "meaning")  # how he feels, in whatever words, is an answer
        )
        if gain > 0:  # what the move earned: his opening up, or a good give-back, earns it in full
            # a fact that waits behind the question asked was ready: the move earns as if he told it
            talked = peak is not None or (found is not None and answer is None and reaction in TALKING)
            # his stock non-answer (「どうって…まあ、なんとかやってるってことだよ」「たぶん…一概には
            # 言えないと思います」): nothing of his told, nothing answered; the move that drew it earns
            # little however good it was, so trust does not climb on his own stonewalling (r22a s08
            # T6, s05 T4, s01 T8: +5 to +7 each)
            evaded = (
                s.lang == "ja" and reaction in STOCK_ANSWERS and opener is None and not disclose
                and not talked and not returned and answer is None and not relief(analysis)
            )
            would_open = bool(disclose) or waited or reaction in EARNS_IN_FULL or returned or relief(analysis) or (
                analysis.sure(Act.REFLECTION) and bool(f.picked_keywords)
            )
            # a move that would have opened him up (his words given back, a fact ready) met with a
            # stock line: he stonewalled it, and it earns what a turned-aside move earns
            evaded = evaded and would_open
            opened = would_open and not evaded
            aside = evaded or (self.facts.held_back and reaction in HESITANT and not talked) or bool(answer and answer.guarded)
            share = earned(opened=opened, talked=talked, aside=aside)
            deep = any(self.persona.fact(i).depth is not Depth.SURFACE for i in disclose)
            ahead = not deep and s.stage < Stage.APPROACH and before >= STAGE_APPROACH_TRUST
            if ahead:
                # trust follows what he has told: with nothing of his own out yet, it climbs slowly
                # (r13a: trust 90.9 at stage 'surface', every reply a profile fact or a stock line)
                share *= AHEAD_OF_DEPTH
            # his non-answers in a row ("I can't really put it into words", "A few things piling up,
            # probably", "There's really not much to tell about us"): the first earns what it earns;
            # the next in a row earn little, so trust does not climb 25 → 66 on a run of them (r23a
            # s03, s09 T7)
            again = s.lang == "en" and blank and s.blank_run >= 1 and not relief(analysis)
            if again:
                share = min(share, EARNED["aside"] if s.blank_run == 1 else BLANK_AGAIN)
            if share < 1.0:
                s.trust = max(0.0, min(100.0, before + gain * share + loss))
                s.trust_history[-1] = round(s.trust, 2)
                reasons.append(
                    "another non-answer in a row: the move earns little" if again
                    else "nothing of his own told yet: trust climbs slowly past the approach level" if ahead
                    else "a stock non-answer: the move earns little" if evaded
                    else "he turned it aside: the move earns little" if aside
                    else "he talked, but opened up nothing of his own: the move earns most of its gain" if talked
                    else "he told nothing new: the move earns part of its gain"
                )
                self.facts.settle_stage(s, stage_before, reasons)

        s.blank_run = s.blank_run + 1 if blank else 0
        followup: Reaction | None = None
        ends = False
        end_reason: str | None = None
        collapsed = s.trust < b.end_trust or s.patience <= b.end_patience
        # he walks out on the move that drives him to it: a push or slight that cost trust, a turn
        # that won nothing, or one that wore his patience and won little back; never on one that won
        # some back (r9: "That's enough" right after the supporter's best turn), never in the turn
        # his reply is warm (r13a: 「大きくせんでもええで、この味が続いとったら」 and a walk-out at once)
        # at the bottom a push costs nothing more: the push itself ends it
        won = s.trust - before
        warm = provoked is None and (peak is not None or bool(disclose) or reaction in APPROVING or found is not None)
        worse = (loss < 0 or won <= 0 or (won < WON_BACK and s.patience < patience_before)) and not warm
        if collapsed and (s.turn < b.min_turns or not worse):  # cold and curt instead of walking out
            for fact_id in disclose:
                s.disclosed.remove(fact_id)
            s.hidden_issue_reached = any(i in s.disclosed for i in self.persona.issue_facts)
            s.issue_stated = any(i in s.disclosed for i in self.persona.underlying_issue.stated)
            early = s.turn < b.min_turns
            # an open question on one of his answer topics gets that short answer even early (r15a
            # s02 T5: "What happened before with public support?" → "I have. A few times. ...Let's
            # leave it for now.", not a stock line about delivery dates); Japanese too
            topical = (move.question.form == "open" or (s.lang == "en" and move.question.form == "polar")) and not pushed and not never_said
            # r17b s06 T4: "Did the last public support not help?" put to him cold gets his short
            # answer on it ("Yeah, I've used it. Not fond memories."), not "That so." (English);
            # 「社長に就任されて何年になりますか」 put to him cold gets his curt figure, not
            # 「あ、はい…どうも。」 (r17a s03 T6): he knows it, and a nod answers nothing (ja)
            # "How old are your machines?" put to him cold gets his curt figure too, English as
            # Japanese (r18b s02 T6: "Yeah, yeah, got it.")
            topical = topical or (
                move.question.form == "fact" and move.question.topic is not None
                and not pushed and not never_said
            )
            # a figure he does not have ("How many workers do you need?") put to him cold gets his
            # curt honest "don't know offhand", never a nod to news ("Got it.": r18b s02 T4)
            unknown = (
                answer is not None and answer.topic is None and move.question.form == "fact"
                and not pushed and not never_said
            )
            if unknown:
                reasons.append("cold, but a figure asked: his curt 'don't know offhand'")
            elif (early and not topical) or answer is None or answer.topic is None:
                told = self.persona.answer(answer.topic).fact if answer is not None and answer.topic else None
                if told is not None and told in s.disclosed and told not in state.disclosed:
                    s.disclosed.remove(told)  # not told after all: it may still be told later
                answer = None  # later on, a plain question on his business still gets its short answer
            elif move.question.form == "polar":
                told = self.persona.answer(answer.topic).fact
                if told is not None and told in s.disclosed and told not in state.disclosed:
                    s.disclosed.remove(told)  # his curt answer on it: the story itself may come later
            disclose, opener = [], None
            # cold means cold: no thoughtful line of his own on the future or his feelings while
            # his trust is under the level (r21a s10 T7: a vision answer at trust 4)
            peak = None
            guarded_answer = move.question.form == "open" and not pushed and not never_said
            if (provoked is None or reaction in APPROVING) and answer is None and guarded_answer:
                # an open question (an apology, a promise) put to him cold is still answered, in
                # his guarded stock way, never with nothing (r15a: "Well, fine by me." to "what
                # do you want from this support?"): nothing of his own, no warmth
                reaction = Reaction.ANSWER_OPEN
                reasons.append("cold, but an open question: a guarded stock answer")
            elif (provoked is None or reaction in APPROVING) and answer is None and (
                move.question.form == "polar" and not pushed and not never_said
                and not checks(analysis.text, s.lang)  # "…Is that fair?" is confirmed curtly ("Right.")
            ):
                # a yes/no question put to him cold gets a curt yes-or-no ("Mm, more or less."),
                # never a nod to news ("Got it.": r16b s06 T5, T8); Japanese too (「ええ、それは構わない
                # ですよ」 to 「問い合わせが来たりするんですか」)
                reaction = Reaction.ANSWER_CLOSED
                reasons.append("cold, but a yes/no question: a curt closed answer")
            elif (provoked is None or reaction in APPROVING) and answer is None:
                reaction = Reaction.ACKNOWLEDGE  # curt: 「あ、そう。」 — no warmth, no fact
            elif reaction in APPROVING:
                reaction = Reaction.ANSWER_CLOSED  # no warmth, only the answer
            why = f"before turn {b.min_turns}" if early else "this turn won some back"
            reasons.append(f"trust or patience collapsed, but {why}: the owner turns cold")
        elif collapsed:
            for fact_id in disclose:  # an owner who walks out says nothing more
                s.disclosed.remove(fact_id)
            s.hidden_issue_reached = any(i in s.disclosed for i in self.persona.issue_facts)
            s.issue_stated = any(i in s.disclosed for i in self.persona.underlying_issue.stated)
            reaction, disclose, answer, opener, ends = Reaction.END_EARLY, [], None, None, True
            peak = found = None  # his goodbye is all he says: no line of his own after it
            end_reason = "trust" if s.trust < b.end_trust else "patience"
            s.stage = Stage.WALKED_OUT
            reasons.append(f"the owner ended the meeting ({end_reason} collapsed)")
        elif reaction is Reaction.CLOSING:
            ends, end_reason = True, "trainee_ended"
            reasons.append("the supporter closed the meeting: the owner says goodbye")
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
        s.last_confided = any(self.persona.fact(i).depth is not Depth.SURFACE for i in disclose)
        talk = None
        if found is not None and not disclose and answer is None and (reaction in TALKING or returned) and not ends and peak is None and not never_said:
            talk = found.id
            reasons.append(f"talks on the open topic {talk}")
        own = any(k in s.raised for k in picked) or any(_has(w, analysis.text.lower(), s.lang) for w in s.raised)

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
            # a promise, or a check of what he said, is no question to hesitate on or put off
            held_back=held_back and reaction in HESITANT and not only_reassures(analysis.text, s.lang)
            and not asks_consent(analysis.text, s.lang)  # an offer to take or leave, nothing to put off
            and not checks(analysis.text, s.lang) and talk is None and peak is None and not never_said
            and self._may_hesitate(s)
            # his own words given back, asked on: he does not put off what he raised himself
            # (r12b: 「そこまで話すような話でもないよ」 to an accurate summary of what he had just told)
            and not (own and (analysis.sure(Act.SUMMARY) or analysis.sure(Act.REFLECTION) or (
                # r15a: "A bedroom-sized shed and one machine… what kept you going?" put off with
                # "...I've only just met you" (English only this round)
                s.lang == "en" and (analysis.has(Act.REFLECTION, Act.SUMMARY) or len(set(picked) & set(s.last_owner_words)) >= GIVEN_BACK_WORDS)
            )))
            # 「社長が、今いる方が安心して働ける会社のままでいたい、とおっしゃったのが印象に残りま
            # した」: his words given back as his, asked on (r20a s08 t8: 「今日のところは、ご勘弁を」
            # to his own topic)
            and not (s.lang == "ja" and (own or _said_by_him(s, analysis.text)) and _JA_GIVEN_BACK.search(analysis.text) is not None),
            ask_kind=kind,
            asked_how=asks_how(analysis.text, s.lang),
            open_topic=talk,
            owner_topic=own,
            approving=(reaction in APPROVING or opener is not None) and s.trust >= b.approves_at,
            peak=peak,
            praised=praises(analysis.text, s.lang),
            lectured=move.test == "lecture" or (provoked is not None and lectures(analysis)),
            never_said=never_said and reaction is Reaction.ACKNOWLEDGE,
            pushed=pushed,
            gave_back=analysis.has(Act.REFLECTION, Act.SUMMARY) or Act.REFLECTION in move.implied,
            reasons=reasons,
        )
        return s, intent

    def _first_answer(
        self, s: EngineState, a: Analysis, reaction: Reaction, disclose: list[str],
        answer: AnswerIntent | None, found: object, peak: str | None, reasons: list[str],
    ) -> tuple[Reaction, Reaction | None]:
        """A first turn that asks something outside his answer topics (those are answered
        plainly): he greets, then answers it in the same reply (r13a: 4 of 10 first questions got
        the greeting only). An open question nothing of his answers is
        met with his company introduction, when he would give it; with nothing to say, the
        greeting alone (no generic 「どうって言われてもなあ」 after it)."""
        if not (disclose or answer is not None or found is not None or peak is not None):
            intro = next(
                (f for f in self.persona.facts if f.intro and f.id not in s.disclosed and self.facts.ready(f, s, a, set())),
                None,
            )
            if intro is None:
                return Reaction.GREETING, None
            disclose.append(intro.id)
            s.disclosed.append(intro.id)
            reasons.append(f"disclosed {intro.id} (his introduction answers the first question)")
        reasons.append("the first turn asks a question: a greeting, then the answer")
        return reaction, Reaction.GREETING

    def _waits(
        self, s: EngineState, a: Analysis, m: Move, kind: str, disclose: list[str], settled: bool,
        reasons: list[str], talks: bool = False,
    ) -> bool:
        """A prepared fact rides on a question only when the question sentence is about its
        topic, or only invites him on (「もう少し聞かせて」, "Tell me more"); a question with an
        object of its own (「その苦しさのこと」, 「本来は何をされていたはずですか」, "Who works
        there?") is answered from his own lines and the fact waits for a later turn (r17a: 「営業は
        6人…」 to what he would be doing now). A give-back (with or without its question) and a
        question on his feelings invite him on to what he held back, but a future picture or a
        plain fact asked for is answered, not met with his next fact or confession."""
        if s.lang != "ja":  # English owners keep their own rules this round (bots/tests tuned apart)
            return False
        if not disclose or not settled or s.turn == 1 or m.clarify or m.invite or m.closing:
            return False
        if checks(a.text, s.lang) or not asks_its_own(a.text, s.lang):
            return False
        if not (talks or m.question.topic is not None or asks_something(a.text, s.lang) or self._has_words_for(s, m, kind)):
            # 「文句について、もう少し詳しく聞かせていただけますか」 with no words of his own on it:
            # what he has to tell is his fact; a stock 「まあ、見ての通りだよ」 would fit it no better
            reasons.append("asked to tell more of something he has no words of his own for: the fact comes")
            return False
        plain = kind == "future" or m.question.form == "fact"  # a picture or a fact asked for
        gives_back = a.sure(Act.SUMMARY) or a.sure(Act.REFLECTION)
        # right after he confided something, a question that stays on it (「そのことを、どなたかと
        # お話しされたことは」) is answered on it: no profile fact rides on it, however long it waited
        stays = s.last_confided and (gives_back or _JA_STAYS.search(m.question.text) is not None)
        waited = False
        for fact_id in list(disclose):
            fact = self.persona.fact(fact_id)
            if fact.unlock.topics is None or (m.question.topic is not None and m.question.topic.fact == fact_id):
                continue  # his intro (handled apart), or the fact the factual question asks for
            if self.facts.asks_about(fact, a) or self.facts.points_back(fact, a):
                continue  # asked about, in the question or by its pointing word (「そのときは」)
            if gives_back and fact_id in self.persona.issue_facts:
                continue  # his own insight, drawn by his words given back, is never held for later
            if not plain and (fact.depth is not Depth.SURFACE or (s.waited.count(fact_id) >= MAX_WAITS and not stays)):
                continue  # a give-back, or his feelings asked, invite him on to what he held back;
                # a fact that has waited long enough comes up on the next open question; a profile
                # fact is no such thing: a give-back ending in a question of its own (「…話して
                # くださってありがとうございます。そのことを、どなたかとお話しされたことは」) is
                # answered on it, not with 「うちは材料だけは落とさんの」 (r20b s03 T11, r20a s04 t5)
            s.waited.append(fact_id)
            s.disclosed.remove(fact_id)
            disclose.remove(fact_id)
            waited = True
            reasons.append(f"the question asks about something of its own: {fact_id} waits")
        if waited:
            s.hidden_issue_reached = any(i in s.disclosed for i in self.persona.issue_facts)
            s.issue_stated = any(i in s.disclosed for i in self.persona.underlying_issue.stated)
        return waited

    def _has_words_for(self, s: EngineState, m: Move, kind: str) -> bool:
        """The owner has lines of his own for a question of this kind (his feelings, the
        future, why, a moment of his days, his honest guess): the persona's peak lines."""
        peak = self.persona.peak
        if peak is None:
            return False
        if kind in ("feeling", "future"):
            return True
        if kind == "cause" and peak.cause is not None or kind == "scene" and peak.scene is not None:
            return True
        return peak.guess is not None and asks_own_answer(m.question.text, s.lang)

    def _may_hesitate(self, s: EngineState) -> bool:
        """A guarded 「それは、まあ…今日はいいでしょう」 is said rarely and never twice in a meeting:
        at most ``MAX_HESITATIONS``, each a line not said before (playtest r10: 「まあ、いろいろあるん
        ですよ」 in five turns)."""
        lines = self.persona.hesitations.get(s.lang) if self.persona.hesitations else []  # type: ignore[union-attr]
        said = len(set(s.used_lines.get("_hesitation", [])))
        return said < min(MAX_HESITATIONS, len(lines))

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

    def _off_the_quote(self, fact: Fact, a: Analysis, found: OpenAnswer) -> bool:
        """The question quotes his word, the open topic is that word's, and the fact's topic is
        not in the quote (only in the rest of the sentence)."""
        q = question_sentence(a.text, a.lang) or ""
        focus = quoted(q, a.lang)
        if not focus or open_topic(self.persona, focus + "?", a.lang) is not found:
            return False
        words = fact.unlock.topics.get(a.lang) if fact.unlock.topics else []  # type: ignore[arg-type]
        return not any(_has(w.lower(), focus.lower(), a.lang) for w in words)

    def _intro_answers_nothing(self, s: EngineState, m: Move, disclose: list[str]) -> bool:
        """The turn asks a question and would be answered with a fact of no topic (the company
        intro, said to anyone): said once, at the start, never as the answer to another question."""
        if s.turn == 1 or m.question.form == "none" or m.question.topic is not None or not disclose:
            return False
        return any(self.persona.fact(i).unlock.topics is None for i in disclose)

    def _answer(
        self, s: EngineState, move: Move, reaction: Reaction, disclose: list[str], reasons: list[str]
    ) -> AnswerIntent | None:
        """The factual question the reply answers (after its line), if the owner answers."""
        if not move.factual or reaction not in ANSWERING or self.persona.answers is None or move.invite:
            return None  # 「次回、一緒に…を見てみませんか」 invites, it does not ask for the products
        topic = move.question.topic
        if topic is None:
            if disclose or self.facts.told(s, move.question.text, s.lang):
                return None  # the fact is the answer, or he has told it already
            if reaction is Reaction.NEXT_STEP or s.stage >= Stage.CONVICTION:
                # 「どなたと話されますか」 after his own insight asks about his next step, no
                # profile fact: no "ask my wife" after his resolution
                reasons.append("a question on his next step: no 'ask someone else'")
                return None
            if asks_about_him(move.question.text, s.lang):
                reasons.append("a question on his own feelings or talks: no 'ask someone else'")
                return None
            if wishes(move.question.text, s.lang) or asks_own_answer(move.question.text, s.lang):
                # 「次に一番手をつけたいのはどこですか」 asks his choice, not a figure: never
                # 「ほういう細かいことは、よう覚えとらん」 (r15b)
                reasons.append("a question on his wish or his choice: no 'I don't know the details'")
                return None
            reasons.append("a factual question outside the persona's answers")
            return AnswerIntent()
        if topic.fact is not None and topic.fact in disclose:
            return None  # the fact tells it at length
        if topic.id in s.answered and move.question.form in ("open", "polar") and s.lang == "ja":
            # 「会長が毎日いらっしゃる中で、社長ご自身が…」「今の人数で回せそうですか」 ask something on a
            # matter he has answered: not his answer on it again (r23a s08 T8/T10: 「父は70を過ぎ
            # ましたけど」 three times; s02 T7: 「全部で48人ですね」 twice); a fact question asked again is
            # the trainee's repeat, answered as one
            reasons.append(f"{topic.id} answered already: a question on it is no cue to say it again")
            return None
        if move.question.direct and topic.id not in s.answered:
            s.answered.append(topic.id)
        guarded = topic.open_at is not None and s.trust < topic.open_at
        reasons.append(f"answers {topic.id}" + (" (guarded)" if guarded else ""))
        told = topic.fact
        surface = told is not None and self.persona.fact(told).depth is Depth.SURFACE
        if told and surface and not guarded and told not in s.disclosed and told not in self.persona.issue_facts:
            s.disclosed.append(told)  # told in his answer: never announced again as news
            reasons.append(f"{told} told in the answer")
        return AnswerIntent(topic=topic.id, guarded=guarded)

    @staticmethod
    def _closed_intent(s: EngineState) -> ReplyIntent:
        return ReplyIntent(
            reaction=Reaction.CLOSING, stage=s.stage, trust=round(s.trust, 2), trust_delta=0.0,
            ends_meeting=True, end_reason=s.end_reason, reasons=["the meeting is already over"],
        )

    def close(self, state: EngineState) -> tuple[EngineState, ReplyIntent]:
        """The trainee ends the meeting: the owner closes it."""
        s = state.clone()
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
        if text:
            state.owner_said.append(text)
            del state.owner_said[:-OWNER_SAID_KEPT]
        for w in words:
            if w not in state.unexplored_keywords:
                state.unexplored_keywords.append(w)
            if len(w) >= 2 and w not in state.raised:
                state.raised.append(w)  # a topic he brought up himself
        del state.unexplored_keywords[:-20]
        del state.raised[:-80]

    # -- rules --------------------------------------------------------------------------------

    def _peak(
        self, s: EngineState, m: Move, kind: str, reaction: Reaction, disclose: list[str],
        found: object, answer: AnswerIntent | None, stage_before: Stage, asked_back: bool = False,
    ) -> str | None:
        """Which of the persona's peak lines answer the move in kind (None: none): a next-step
        invitation before his insight, a request to say more with nothing more to tell, an open
        question on his feelings or the future that no fact, topic or answer meets."""
        if self.persona.peak is None or reaction is None or disclose or s.turn == 1:
            return None
        if self.persona.peak.asked_back is not None and reaction in PEAK_REPLACES and asked_back:
            return "asked_back"  # 「何か聞いておきたいことは」: his question back, or nothing today
        if (
            self.persona.peak.confided is not None and s.lang == "ja" and s.last_confided and answer is None
            and reaction in PEAK_REPLACES and m.question.form in ("open", "polar")
            and kind not in ("feeling", "future", "cause", "scene") and _JA_STAYS.search(m.question.text)
        ):
            return "confided"  # 「そのことを、どなたかと」 right after his confession: he stays on it
        if m.invite and stage_before < Stage.CONVICTION and reaction is not Reaction.CLOSING:
            return "invited"
        if m.clarify and answer is None and reaction in PEAK_REPLACES:
            return "clarify"
        # "…what happens then?" asks how his days go on: his stock answer or hesitation, never
        # "I've never thought of it that way" (a guess fits another's view, a link, his part)
        process = s.lang == "en" and EN_PROCESS.search(m.question.text) is not None
        if self.persona.peak.guess is not None and answer is None and reaction in PEAK_REPLACES and found is None and asks_own_answer(m.question.text, s.lang) and not process:
            return "guess"  # "…how do you think the factory manager would take it?": his honest guess
        if kind == "future" and stage_before >= Stage.CONVICTION:
            return None  # after his insight the future is his next step
        q = m.question.text
        # his talk on a topic answers a future question only when it is talk about his hopes
        # (「ネットで売りたいのは…」): 「10年後どうなっていたら嬉しいですか」 is not answered with his
        # twenty years as president, nor a wish with today's customers (playtest r10)
        hopes = open_topic(self.persona, q, s.lang) if found is not None and kind == "future" else None
        on_topic = hopes is not None and hopes.wish and not _said_all(s, hopes)
        if kind == "feeling" and s.lang == "en" and isinstance(found, OpenAnswer) and asks_what_like(q) and not _said_all(s, found):
            on_topic = True  # "What has it been like, running it all these years?": his talk on those years
        asked_future = kind == "future" and m.question.form == "fact"  # 「何人にしたいですか」 too
        if kind in ("feeling", "future") and (m.question.form == "open" or asked_future) and not on_topic and answer is None:
            if reaction not in PEAK_REPLACES:
                return None
            # "What does the name mean to you?": what it is to him, when he has words for that
            meant = kind == "feeling" and self.persona.peak.meaning is not None and asks_meaning(m.question.text, s.lang)
            return "meaning" if meant else kind  # 「毎日…どう感じて」 asks a feeling
        if kind == "cause" and found is not None:
            return None  # his own why on the topic asked (open_answers cause lines)
        if kind == "cause" and m.question.form == "open" and answer is None and self.persona.peak.cause is not None:
            return kind if reaction in PEAK_REPLACES else None  # "what's in the way?": his partial answer
        if kind == "scene" and isinstance(found, OpenAnswer) and not _said_all(s, found):
            return None  # a moment asked on a matter of his: his talk on the matter (``step``)
        if kind == "scene" and m.question.form == "open" and answer is None and self.persona.peak.scene is not None:
            return kind if reaction in PEAK_REPLACES else None  # 「どんなときに感じますか」: a moment of his days
        return None

    def _good_reaction(
        self, s: EngineState, a: Analysis, m: Move, disclose: list[str], stage_before: Stage, pushed: bool = False
    ) -> Reaction:
        """The reaction to a move that provoked nothing: the specific one only for a move the
        analyser is sure of; a factual question is answered in kind. A turn with push evidence
        (an unsure push) gets no relief, no empathy response and no give-back confirmation: his
        insight belongs to his own words given back, never to advice (r11a: 「自分で言っておいて、
        今気づきましたけど」 after 「クラウドの受発注システムを入れれば…」)."""
        if set(disclose) & set(self.persona.issue_facts):
            return Reaction.HIDDEN_ISSUE_LEAD
        if m.closing and not disclose:
            return Reaction.CLOSING
        if s.turn == 1 and not m.question.topic and not first_question(a, m):
            return Reaction.GREETING  # the first words answer the greeting
        after_insight = stage_before >= Stage.CONVICTION
        if m.invite and after_insight:
            return Reaction.NEXT_STEP  # 「次回、一緒に…みませんか」 after his insight: his own next step
        if not disclose and not pushed and asks_consent(a.text, a.lang):
            # 「次回までに…調べてきますね。それでいいですか？」: his consent to the supporter's offer
            return Reaction.NEXT_STEP if after_insight else Reaction.ACKNOWLEDGE
        if m.factual and (m.question.topic or (not after_insight and (disclose or not self.facts.told(s, m.question.text, s.lang)))):
            return Reaction.ANSWER_CLOSED
        if after_insight and (a.has(*GOOD_MOVES) or m.implied or m.question.form != "none"):
            return Reaction.NEXT_STEP
        # a question after kind words, a give-back or a summary is answered, not confirmed: no
        # 「ええ、ええ。その通りです。」 to 「値下げ要求とかはありますか？」 (playtest r6)
        asked = (m.question.form != "none" or a.sure(Act.OPEN_QUESTION)) and not checks(a.text, a.lang)
        if pushed:
            if m.question.form in ("open", "fact"):
                return Reaction.ANSWER_OPEN
            return Reaction.ANSWER_CLOSED if m.question.form == "polar" else Reaction.ACKNOWLEDGE
        if relief(a) and not asked:
            return Reaction.SUMMARY_RELIEF
        if checks(a.text, a.lang) and (a.has(Act.REFLECTION, Act.SUMMARY) or Act.REFLECTION in m.implied):
            # "…would be your own work. Have I got that right?": his words given back are
            # confirmed, never put off (r11a: "We'll get to that eventually.")
            return Reaction.REFLECTION_RESPONSE
        if a.sure(Act.EMPATHY) and not m.proposal and not asked:
            if (calms(a.text, a.lang) or reassures(a.text, a.lang)) and not praises(a.text, a.lang):
                return Reaction.ACKNOWLEDGE  # 「ゆっくりで大丈夫です」: thanks, no modesty, no feeling
            return Reaction.EMPATHY_RESPONSE
        gives_back = a.sure(Act.REFLECTION) or a.sure(Act.SUMMARY)  # a thin summary: a give-back
        short = len(a.text) <= 20 if a.lang == "ja" else len(a.text.split()) <= 8
        echo = Act.REFLECTION in m.implied and (m.question.form == "none" or (short and m.question.form == "polar"))
        if echo or (gives_back and not asked):
            # 「お父様、ですか。」 echoes the owner; a give-back ending in a question is answered
            return Reaction.REFLECTION_RESPONSE
        if disclose and self.persona.fact(disclose[0]).depth is not Depth.SURFACE:
            return Reaction.DISCLOSE_LEAD
        if not disclose and only_reassures(a.text, a.lang):
            return Reaction.ACKNOWLEDGE  # a promise taken in (「分かったよ」), no answer to nothing asked
        if m.question.form in ("open", "fact") or (m.question.form == "none" and a.has(Act.OPEN_QUESTION)):
            return Reaction.ANSWER_OPEN
        if m.question.form == "polar" or a.has(Act.CLOSED_QUESTION):
            return Reaction.ANSWER_CLOSED
        if s.turn == 1:
            return Reaction.GREETING
        return Reaction.ACKNOWLEDGE


def _names_topic(found: OpenAnswer, a: Analysis) -> bool:
    """(ja) The question sentence itself names the open topic in a phrase of its own (「これまで若い
    方が長く残ってくれたケース」): it asks on that topic, and a profile fact it never touches (his
    old lathes) is no answer to it (r23a s01 T10)."""
    q = question_sentence(a.text, a.lang)
    if q is None or a.lang != "ja":
        return False
    return any(len(w) >= 4 and w in q for w in found.keywords.get(a.lang))  # type: ignore[union-attr]


def first_question(a: Analysis, m: Move) -> bool:
    """The first turn asks the owner something he can answer (a question, not a check of
    what he said nor a request for later: "could you bring the statements next time?")."""
    return m.question.form != "none" and not checks(a.text, a.lang) and not for_next_time(a.text, a.lang)


def pushes(a: Analysis, m: Move) -> bool:
    """The turn pushes something of the supporter's, whatever its top act: a push the move
    holds (sure or not), a proposal or offer, a verdict, a denial, or an advice label backed by
    advising words (「〜を入れれば一気に効率化できますよ」); information the owner asked for is none."""
    if m.pushes or m.diagnosis or m.denial or (m.proposal and not m.excused_advice):
        return True
    return a.has(Act.ADVICE) and not m.excused_advice and advises(a.text, a.lang)


def _said_all(s: EngineState, o: OpenAnswer) -> bool:
    """Every one of his lines on the open topic has been said this meeting."""
    texts = o.text.get(s.lang)  # type: ignore[arg-type]
    return len(set(s.used_answers.get(f"open:{o.id}", []))) >= len(texts)


def _attributes_unsaid(a: Analysis, provoked: Reaction | None, reasons: list[str], m: Move) -> bool:
    """The turn gives back as the owner's words what he never said in this meeting
    (``features.unsaid``, analysis/attribution.py) and provoked nothing stronger: he corrects it
    mildly, gains no trust from it and tells nothing new. A leave-taking or an invitation for
    next time (「次回までに『これは話してもいい』と思えることがあれば」) quotes words he may say
    later: nothing to correct."""
    if not a.features.unsaid or provoked is not None:
        return False
    if m.closing or m.invite or for_next_time(a.text, a.lang):
        reasons.append("quoted words for next time in a leave-taking: no correction")
        return False
    reasons.append("gave back as the owner's words what he never said: a mild correction")
    return True

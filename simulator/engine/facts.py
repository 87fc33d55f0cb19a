"""Which fact the owner discloses on a turn, and how the meeting's stage moves.

A fact opens when its unlock conditions all hold (trust, stage, facts before it, the kind of
move) and the trainee touched its topic in the owner's terms — or, at high trust, when the
owner volunteers it. A factual question opens only the fact it asks about.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..acts import Act, Analysis
from ..persona import MOVE_ACTS, Depth, Fact, Persona, Stage
from ..wording.asking import form_of, question_sentence, sentences, word_start
from .effects import relief
from .moves import Move
from .state import EngineState

STAGE_SURFACE_TRUST = 40.0
STAGE_APPROACH_TRUST = 55.0
GOOD_MOVES = (Act.EMPATHY, Act.REFLECTION, Act.SUMMARY, Act.OPEN_QUESTION)
OPENING_ACTS = frozenset({*GOOD_MOVES, Act.CLOSED_QUESTION})  # acts that may open a fact
INTRO_TURNS = 3  # his company introduction belongs to the meeting's first turns (playtest r9)
FACTS_PER_REPLY = 1  # prepared disclosures one reply carries (r12a: two at once sound recited)

Normaliser = Callable[[str, str], str]


def narrow_question(text: str, lang: str) -> bool:
    """A yes/no question (「その先の話はされない感じでしょうか」 / "Will she take over?"): it
    asks about one thing, and no unrelated paragraph of his answers it."""
    q = question_sentence(text, lang)
    return q is not None and form_of(q, lang) == "polar"


def _identity(word: str, lang: str) -> str:
    return word.lower()


# a word that leaves the question's subject to the sentence before (その時, その頃, それ, そこ, あの時)
# his own youth (「社長が若い頃」「若かったころ」) is no question on the young staff (r20a s01 t6)
_JA_HIS_YOUTH = re.compile(r"若い(頃|ころ|時|とき|うち)|若かった")
# what the application form says, named by the supporter ("Your application mentioned …", "On the form
# you wrote …")
_EN_FORM = re.compile(r"(?i)\b(application|the form|your form|on the form|you wrote|you put down|filled in)\b")
# "How has that shown up …?", "How did it start?": a question whose subject is the sentence before
_EN_POINTS_BACK = re.compile(
    r"(?i)^\W*(how|what|when|where|why)\b[^?]{0,12}\b(has|have|had|did|does|do|is|was|would)\s+(that|it|this)\b"
)
_JA_POINTS_BACK = re.compile(r"(その(とき|時|頃|ころ|後|あと|こと|際|当時)|そちら|それ(は|が|で|について|以来)|そこ(で|は|から)|あの(とき|時|頃|ころ))")


class Facts:
    """The persona's facts as the engine opens them."""

    def __init__(self, persona: Persona, normalise: Normaliser | None = None) -> None:
        self.persona = persona
        self.normalise = normalise or _identity
        self._topic_cache: dict[tuple[str, str], set[str]] = {}
        self.held_back = False  # the last turn touched a personal or core fact not ready to tell
        self._touched: dict[str, bool] = {}
        self._asked: set[str] | None = None  # facts the question sentence asks about (this turn)

    def begin(self) -> None:
        """A new turn: forget what the last one touched."""
        self._touched = {}
        self._asked = None
        self.held_back = False

    def disclose(
        self, s: EngineState, a: Analysis, move: Move, reasons: list[str], *, answer_only: bool = False
    ) -> list[str]:
        """The facts this turn opens: at most one prepared block a reply, even when relieved by
        a sure summary (r12a: a summary check got the profit leak and the past support at once;
        two unrelated blocks sound recited, not heard). A factual question opens only a
        fact whose topic it touches, and a question on one of the persona's answer topics only
        that topic's own fact: the owner does not answer it with another fact. ``answer_only``:
        a fact with no topic (his company intro) is neither touched nor volunteered."""
        issue = self.persona.issue_facts
        topic = move.question.topic if move.factual else None
        disclose: list[str] = []
        for _ in range(FACTS_PER_REPLY):
            if topic is not None:  # 「創業は？」 gets the year, not another fact that shares a word
                own = self.persona.fact(topic.fact) if topic.fact else None
                fact = own if own is not None and self.ready(own, s, a, move.implied) else None
            elif move.clarify:  # 「いろいろ、というと？」 asks on what he just said, nothing else
                fact = self.thread_fact(s, a, move.implied)
                if fact is not None and move.pick and fact.depth is Depth.SURFACE:
                    fact = None  # one of the things he named is his own, not a profile fact of the business
            else:
                fact = self.next_fact(
                    s, a, volunteer=not (move.factual or move.jump), implied=move.implied, answer_only=answer_only,
                    asked=move.question.form != "none", second=bool(disclose),
                    narrow=s.turn > 1 and narrow_question(a.text, s.lang),  # his opening words answer the greeting
                )
            if fact is None or s.hidden_issue_reached:
                break
            if disclose and fact.id in issue:
                break  # the real issue gets a turn of its own
            disclose.append(fact.id)
            s.disclosed.append(fact.id)
            reasons.append(f"disclosed {fact.id} ({fact.depth.value})")
            if fact.id in self.persona.underlying_issue.stated:
                s.issue_stated = True
                reasons.append("the owner stated the underlying issue in his words")
            if fact.id in issue:
                s.hidden_issue_reached = True
                reasons.append("the owner put the underlying issue into words")
            self.advance_stage(s, a, reasons)
        return disclose

    def advance_stage(self, s: EngineState, a: Analysis, reasons: list[str]) -> None:
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

    @staticmethod
    def settle_stage(s: EngineState, before: Stage, reasons: list[str]) -> None:
        """After the turn's gain was cut back: a stage reached on trust alone this turn that the
        trust no longer reaches falls back (the stage follows trust)."""
        if before < s.stage <= Stage.APPROACH:
            reached = s.stage
            if s.stage == Stage.APPROACH and s.trust < STAGE_APPROACH_TRUST:
                s.stage = Stage.SURFACE
            if s.stage == Stage.SURFACE and s.trust < STAGE_SURFACE_TRUST:
                s.stage = Stage.RAPPORT
            s.stage = max(s.stage, before)
            if s.stage != reached:
                reasons.append(f"stage back to {s.stage.name.lower()} (trust below {reached.name.lower()})")

    def _topics(self, fact: Fact, lang: str) -> set[str]:
        key = (fact.id, lang)
        if key not in self._topic_cache:
            words = fact.unlock.topics.get(lang) if fact.unlock.topics else []  # type: ignore[arg-type]
            self._topic_cache[key] = {self.normalise(w, lang) for w in words} | {
                w.lower() for w in words
            }
        return self._topic_cache[key]

    def touches(self, fact: Fact, a: Analysis) -> bool:
        """The trainee's words touch the fact's topic (memoised within a turn: :meth:`begin`)."""
        if fact.id not in self._touched:
            self._touched[fact.id] = self._touches(fact, a)
        return self._touched[fact.id]

    def asks_about(self, fact: Fact, a: Analysis) -> bool:
        """The question sentence itself (not the give-back before it) touches the fact's topic:
        "…for two years. What would you want your father to understand?" does not ask about his
        two years as president (playtest r9); no question: the whole utterance counts."""
        q = question_sentence(a.text, a.lang)
        if q is None:
            return True
        text = q.lower() if a.lang == "en" else _JA_HIS_YOUTH.sub("", q.lower())
        topics = fact.unlock.topics.get(a.lang) if fact.unlock.topics else []  # type: ignore[arg-type]
        if not topics:
            return True
        if a.lang == "en":
            if any(t.lower() in text and word_start(t.lower()).search(text) for t in topics if len(t) >= 3):
                return True
            return self._en_points_back(q, topics, a)
        return any(len(t) >= 2 and t.lower() in text for t in topics)

    @staticmethod
    def _en_points_back(q: str, topics: list[str], a: Analysis) -> bool:
        """(English) The question leaves its subject to "that"/"it" ("…a shortage of confectioners
        and counter staff. How has that shown up in the workshop?", r22a s03 T4) and the sentence
        just before it names the fact's topic: the question asks about that fact."""
        if not _EN_POINTS_BACK.search(q):
            return False
        said = sentences(a.text, a.lang)
        if q not in said or said.index(q) == 0:
            return False
        before = said[said.index(q) - 1].lower()
        if not _EN_FORM.search(before):
            return False  # his own words given back before it: the question may still ask on
        return any(len(t) >= 3 and t.lower() in before and word_start(t.lower()).search(before) for t in topics)

    def points_back(self, fact: Fact, a: Analysis) -> bool:
        """(ja) The question sentence leaves its subject to a pointing word (「そのときは、どんな
        ご経験だったのか」) and the sentence just before it names the fact's topic (「以前にも公的な
        支援を使われたと伺いました」): the question asks about that fact (r18b s01 T8)."""
        q = question_sentence(a.text, a.lang)
        if a.lang != "ja" or q is None or not _JA_POINTS_BACK.search(q):
            return False
        said = sentences(a.text, a.lang)
        if q not in said or said.index(q) == 0:
            return False
        before = said[said.index(q) - 1]
        topics = fact.unlock.topics.get(a.lang) if fact.unlock.topics else []  # type: ignore[arg-type]
        return any(len(t) >= 2 and t in before for t in topics)

    def _touches(self, fact: Fact, a: Analysis) -> bool:
        topics = self._topics(fact, a.lang)
        if not topics:
            return True
        words = set(a.features.content_words) | set(a.features.picked_keywords)
        if words & topics:
            return True
        text = a.text.lower() if a.lang == "en" else _JA_HIS_YOUTH.sub("", a.text.lower())
        if a.lang == "en":  # whole words (a prefix for inflection): "age" is not in "manager"
            return any(t in text and word_start(t).search(text) for t in topics if len(t) >= 3)
        return any(len(t) >= 2 and t in text for t in topics)

    def _his_word(self, fact: Fact, s: EngineState, a: Analysis) -> bool:
        """(ja) The fact's topic words the question sentence touches are all words of his own
        last reply: 「数字というのは、具体的には」 right after he spoke of his numbers asks what he
        meant by them, no probe into what he holds back (no hesitation: he has just said it)."""
        q = question_sentence(a.text, a.lang)
        if a.lang != "ja" or q is None or not s.last_owner_text:
            return False
        words = [w for w in (fact.unlock.topics.get(a.lang) if fact.unlock.topics else []) if len(w) >= 2 and w in q]  # type: ignore[arg-type]
        return bool(words) and all(w in s.last_owner_text for w in words)

    def follows_thread(self, s: EngineState, a: Analysis) -> bool:
        """The utterance touches a fact the conversation is heading for (not yet told, every
        fact before it told)."""
        return any(
            f.id not in s.disclosed
            and f.unlock.topics is not None
            and all(self.told_or_past(x, s) for x in f.unlock.after)
            and self.touches(f, a)
            for f in self.persona.facts
        )

    def thread_fact(self, s: EngineState, a: Analysis, implied: set[Act] | None = None) -> Fact | None:
        """The first fact ready to tell whose topic the owner's own last reply touched: what a
        request to say more about it (「というと？」) opens."""
        said = s.last_owner_text.lower()
        acts = set(implied or set()) | {Act.OPEN_QUESTION}
        for fact in self.persona.facts:
            if self.intro_past(fact, s):
                continue
            words = fact.unlock.topics.get(s.lang) if fact.unlock.topics else []  # type: ignore[arg-type]
            if any(len(w) >= 2 and w.lower() in said for w in words) and self.ready(fact, s, a, acts):
                return fact
        return None

    def told_or_past(self, fact_id: str, s: EngineState) -> bool:
        """A fact another waits for is told — or is his company intro, which is no longer said
        once the opening turns are over (what comes after it need not wait for it)."""
        return fact_id in s.disclosed or self.intro_past(self.persona.fact(fact_id), s)

    @staticmethod
    def intro_past(fact: Fact, s: EngineState) -> bool:
        """His company introduction, once the opening turns are over: an owner who is already
        talking with the supporter does not start again with 「うちは…をやってまして」 (playtest r9:
        an intro in answer to 「その引っかかりは？」, or right after his biggest disclosure)."""
        return fact.intro and s.turn > INTRO_TURNS

    def told(self, s: EngineState, text: str, lang: str) -> bool:
        """The question is about something the owner has already told (a word of a fact he has
        disclosed): no honest "I don't know" then — he talks about it again, vaguely."""
        facts = [self.persona.fact(f) for f in s.disclosed]
        return any(
            w in text
            for f in facts
            if f.unlock.topics is not None
            for w in f.unlock.topics.get(lang)  # type: ignore[arg-type]
            if len(w) >= 2
        )

    def ready(self, fact: Fact, s: EngineState, a: Analysis, implied: set[Act] | None = None) -> bool:
        """All of the fact's unlock conditions but the topic hold on this turn."""
        if fact.id in s.disclosed or (s.hidden_issue_reached and fact.depth is not Depth.CORE):
            return False
        u = fact.unlock
        if s.trust < u.trust or s.stage < u.min_stage or any(not self.told_or_past(x, s) for x in u.after):
            return False
        acts = set(a.acts) | (implied or set())
        if u.moves:
            return bool(acts & {MOVE_ACTS[m] for m in u.moves})
        return bool(acts & OPENING_ACTS)

    def _asks_other(self, fact: Fact, s: EngineState, a: Analysis) -> bool:
        """The question sentence itself asks about another fact not yet told (only a word of
        the give-back before it touched ``fact``)."""
        if question_sentence(a.text, a.lang) is None:
            return False
        if self._asked is None:  # once a turn
            self._asked = {
                f.id for f in self.persona.facts
                if f.id not in s.disclosed and f.unlock.topics is not None and self.asks_about(f, a)
            }
        return bool(self._asked - {fact.id})

    def next_fact(
        self, s: EngineState, a: Analysis, *, volunteer: bool = True, implied: set[Act] | None = None,
        answer_only: bool = False, asked: bool = False, narrow: bool = False, second: bool = False,
    ) -> Fact | None:
        """The fact this turn opens: a fact whose topic the trainee touched comes first (in
        file order); otherwise the first one the owner volunteers at high trust — unless the
        trainee touched a fact the owner is not ready to tell (he stays on that topic, vaguely,
        rather than change the subject). Once the owner has named the underlying issue only
        core facts remain to be said. Once he has opened up (a personal or core fact told), or to
        a ``narrow`` question, a profile (surface) fact opens only when the question sentence
        itself asks about it, not a word of the give-back before it. Unless it follows on from
        what he just said, he volunteers
        no profile (surface) fact in answer to a ``narrow`` (yes/no) question (「その先の話はされない
        感じでしょうか」 is not answered with his lathe paragraph), nor as the ``second`` fact of a
        turn right after a personal or core one (an admission is not spliced with his career:
        playtest r9). Moves ``implied`` by the form (an open question worded
        「どこまで任せていらっしゃるんですか」, an echo) count though the analyser missed them."""
        ready: list[Fact] = []
        opened = any(self.persona.fact(i).depth is not Depth.SURFACE for i in s.disclosed)
        held_back = False  # the trainee asks about something the owner is not ready to tell
        for fact in self.persona.facts:
            if fact.id in s.disclosed or (s.hidden_issue_reached and fact.depth is not Depth.CORE):
                continue
            if (answer_only and fact.unlock.topics is None) or self.intro_past(fact, s):
                continue
            if fact.unlock.topics is None and s.lang == "en" and s.turn > 1 and not asked and not relief(a) and s.disclosed:
                # kind words on what he has just told ("Fewer people buying wagashi as gifts -
                # that must be hard to watch") are not met with his company intro
                continue
            if not self.ready(fact, s, a, implied):
                touched = fact.unlock.topics is not None and self.touches(fact, a) and not self._his_word(fact, s, a)
                held_back = held_back or touched
                # he hesitates on what was touched — unless it is harmless profile (r12a: "It's not
                # something I go into." to "how did word of mouth start?" while trust rose)
                self.held_back = self.held_back or (touched and fact.depth is not Depth.SURFACE)
                continue
            if self.touches(fact, a):
                if fact.depth is Depth.SURFACE and not self.asks_about(fact, a) and (
                    narrow or opened or self._asks_other(fact, s, a)
                ):
                    # his profile is not the answer to a question on something else: "…from a
                    # shed to forty-two people. What was it like in the early days?" asks about
                    # the early days, not his people (en12 play)
                    continue
                return fact
            ready.append(fact)
        if not volunteer or (held_back and not relief(a)):
            return None  # the owner stays on the trainee's topic (relieved, he talks on)
        said = s.last_owner_text.lower()
        volunteered = [f for f in ready if f.unlock.volunteer and s.trust >= f.unlock.volunteer_at]
        for fact in volunteered:  # what he says next follows on from what he just said, if it can
            words = fact.unlock.topics.get(s.lang) if fact.unlock.topics else []  # type: ignore[arg-type]
            if any(len(w) >= 2 and w.lower() in said for w in words):
                return fact
        if (second and self.persona.fact(s.disclosed[-1]).depth is not Depth.SURFACE) or (
            asked and not relief(a) and narrow
        ) or (s.lang == "en" and not asked and not second and not relief(a) and not a.has(Act.SUMMARY) and s.disclosed):
            # kind words or his words given back with no question ("…that must be hard to watch,
            # after all these years."): he stays with what he said or opens up, never splices in
            # another profile paragraph ("…That's right… The one thing we never skimp on is
            # ingredients", lead's play)
            volunteered = [f for f in volunteered if f.depth is not Depth.SURFACE]
        return volunteered[0] if volunteered else None

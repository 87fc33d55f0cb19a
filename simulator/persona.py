"""Persona files: a business owner the simulator plays, as data.

A persona YAML holds the company profile, the trainee's pre-visit briefing, the surface and the
underlying issue, the facts the owner may disclose with the conditions that unlock them, the
owner's lines by situation and the parameters of the owner's reactions. Japanese and English
text stand side by side. See ``personas/README.md`` for the authoring guide.
"""

from __future__ import annotations

import re
from enum import IntEnum, StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .acts import Act
from .i18n import Text, TextList
from .persona_answers import Answer, Answers
from .persona_answers import Stance as Stance  # re-exported: answers are part of a persona file
from .persona_open import OpenAnswer, open_answer_problems
from .persona_peak import PeakLines, Rewording


class Stage(IntEnum):
    """The stages of a first meeting (信頼関係構築 → … → 次の一歩), and the meeting broken off."""

    WALKED_OUT = -1  # 面談打ち切り: the owner ended the meeting (trust or patience collapsed)
    RAPPORT = 0  # 信頼関係構築
    SURFACE = 1  # 表課題の深掘り
    APPROACH = 2  # 裏課題への接近
    CONVICTION = 3  # 腹落ち
    NEXT_STEP = 4  # 次の一歩


STAGE_NAMES: dict[Stage, Text] = {
    Stage.WALKED_OUT: Text(ja="面談打ち切り（信頼を失った）", en="Meeting broken off (trust lost)"),
    Stage.RAPPORT: Text(ja="信頼関係構築", en="Building trust"),
    Stage.SURFACE: Text(ja="表課題の深掘り", en="Digging into the surface issue"),
    Stage.APPROACH: Text(ja="裏課題への接近", en="Approaching the underlying issue"),
    Stage.CONVICTION: Text(ja="腹落ち", en="Conviction"),
    Stage.NEXT_STEP: Text(ja="次の一歩", en="Next step"),
}

StageName = Literal["rapport", "surface", "approach", "conviction", "next_step"]
_STAGE_BY_NAME: dict[str, Stage] = {s.name.lower(): s for s in Stage if s >= Stage.RAPPORT}


class Wall(StrEnum):
    """The five walls to self-transformation (5つの壁)."""

    INVISIBLE = "invisible"  # 見えない
    NOT_FACING = "not_facing"  # 向き合わない
    CANNOT_ACT = "cannot_act"  # 実行できない
    NOT_FOLLOWING = "not_following"  # 付いてこない
    LACKING = "lacking"  # 足りない


class Reaction(StrEnum):
    """Situations the owner reacts to; each persona has lines for every one of them."""

    GREETING = "greeting"  # reply to the opening greeting / self-introduction
    ACKNOWLEDGE = "acknowledge"  # neutral reply to small talk or logistics
    ANSWER_OPEN = "answer_open"  # answers an open question, nothing new to disclose
    ANSWER_CLOSED = "answer_closed"  # short answer to a closed question
    EMPATHY_RESPONSE = "empathy_response"  # warms to acknowledgement of feelings/effort
    REFLECTION_RESPONSE = "reflection_response"  # 「そうなんですよ」 to a reflection
    SUMMARY_RELIEF = "summary_relief"  # relief after a good summary, then a longer answer
    REPEAT = "repeat"  # 「さっき答えたけど…」 and a change of subject
    TOPIC_JUMP = "topic_jump"  # displeasure at 一問一答 / a sudden change of subject
    INTERROGATED = "interrogated"  # feels audited (審査) after many closed questions
    MOVE_ON = "move_on"  # 「課題は分かっているから次に進んでくれ」 to early issue questions
    BLUNT_WORRY = "blunt_worry"  # reaction to 「今一番の悩みは何ですか？」
    WITHDRAW = "withdraw"  # short, closed answers to pressure or a leading question
    LECTURE_PUSHBACK = "lecture_pushback"  # 「うちのような小さな会社では…」 to advice/lectures
    SELF_PROMOTION_REACTION = "self_promotion_reaction"  # cool reply to boasting
    DENIAL_REACTION = "denial_reaction"  # hurt or annoyed when the owner's view is denied
    TEST_KNOWLEDGE = "test_knowledge"  # the owner tests the supporter (値踏み)
    TEST_PASSED = "test_passed"  # the supporter answered the test briefly and honestly
    TEST_EVADED = "test_evaded"  # the supporter dodged the test (「何のアドバイスも得られない」)
    DISCLOSE_LEAD = "disclose_lead"  # short lead-in before a personal or core fact
    HIDDEN_ISSUE_LEAD = "hidden_issue_lead"  # lead-in before the owner names the real issue
    NEXT_STEP = "next_step"  # after the insight: the owner talks about what to do next
    END_EARLY = "end_early"  # trust collapsed: the owner ends the meeting
    CLOSING = "closing"  # the meeting ends normally


class Depth(StrEnum):
    SURFACE = "surface"
    PERSONAL = "personal"
    CORE = "core"


class Move(StrEnum):
    """Kinds of trainee move that can open a fact (a subset of the dialogue acts)."""

    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    REFLECTION = "reflection"
    SUMMARY = "summary"
    EMPATHY = "empathy"


class Unlock(BaseModel):
    """Conditions that must all hold, on one trainee turn, for a fact to be disclosed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    trust: float = Field(0, ge=0, le=100, description="minimum trust after the turn")
    stage: StageName = Field("rapport", description="minimum stage")
    after: list[str] = Field(default_factory=list, description="facts already disclosed")
    topics: TextList | None = Field(
        None,
        description="the trainee must touch one of these words (the owner's own terms); "
        "matched on normalised forms. None: any topic.",
    )
    moves: list[Move] = Field(
        default_factory=list, description="the turn must contain one of these acts; empty: any"
    )
    volunteer_trust: float | None = Field(
        None,
        ge=0,
        le=100,
        description="at or above this trust the owner volunteers the fact without the topic "
        "being touched (default: trust + 8)",
    )
    volunteer: bool = Field(
        True, description="false: the owner never volunteers it; the topic must be touched"
    )

    @property
    def min_stage(self) -> Stage:
        return _STAGE_BY_NAME[self.stage]

    @property
    def volunteer_at(self) -> float:
        return self.volunteer_trust if self.volunteer_trust is not None else min(100, self.trust + 8)


class Fact(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    depth: Depth
    text: Text = Field(description="how the owner says it when disclosing it")
    variants: TextList | None = Field(
        None,
        description="other wordings of the same disclosure (same hooks, nothing more told): one of "
        "text and these is said, chosen by the session's seed, so two meetings do not word it alike",
    )
    late: TextList | None = Field(
        None,
        description="how he says it once he has opened up (a personal or core fact told before "
        "it) or warmed to the supporter (trust 50 or more, r20a s06 t8): his opening request "
        "comes back as a return to it, never as news or his pitch again "
        "(r15a: \"Bottom line, I want to sell online.\" right after his sixty-percent admission); "
        "said instead of text and variants, chosen by the session's seed",
    )
    unlock: Unlock = Field(default_factory=Unlock)
    walls: list[Wall] = Field(default_factory=list)
    intro: bool = Field(
        False,
        description="his company introduction (what he tells anyone at the start): told in the "
        "meeting's first turns, later only to a question asking for it (its answers topic); "
        "never volunteered or set off by a passing word once the talk has moved on",
    )
    form: bool = Field(
        False,
        description="what the application form or the briefing already says (his 表課題 pitch): "
        "hearing it is no disclosure a move of the trainee's earned, so a turn is no strength "
        "for it (r20b s09 T11: the online-shop pitch as the reply to 'which part feels murky?')",
    )


class Company(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text
    industry: Text
    location: Text
    employees: int = Field(ge=1)
    founded: int = Field(ge=1800, le=2100)
    annual_sales: Text
    description: Text


class Owner(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text
    age: int = Field(ge=20, le=100)
    role: Text = Field(description="社長 / 専務 / 後継者 …")
    background: Text
    speech_style: Text = Field(description="how the owner talks: register, habits, pet phrases")


class UnderlyingIssue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: Text
    walls: list[Wall] = Field(min_length=1)
    fact: str = Field(description="id of the core fact in which the owner names it")
    also: list[str] = Field(
        default_factory=list,
        description="other core facts in which the owner puts the same issue into words (an "
        "equivalent disclosure): saying any of them counts as reaching it",
    )
    stated: list[str] = Field(
        default_factory=list,
        description="facts of any depth in which the owner states the issue plainly in his own "
        "words (「人事評価も、大きな取引も、ほとんど会長が決めてます」): saying one counts as reaching "
        "it in the report, without the insight (腹落ち) stage the core facts bring",
    )


class Behaviour(BaseModel):
    """Numbers that shape how this owner reacts. Defaults suit an ordinary owner."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    initial_trust: float = Field(30, ge=0, le=100)
    initial_patience: float = Field(80, ge=0, le=100)
    end_trust: float = Field(8, ge=0, le=100, description="meeting ends below this trust")
    end_patience: float = Field(0, ge=0, le=100, description="meeting ends at or below this")
    max_turns: int = Field(30, ge=5, le=100)
    min_turns: int = Field(8, ge=1, le=100, description="no walking out before this turn (cold instead)")
    tests_knowledge_at: int | None = Field(
        None, ge=1, description="trainee turn after which the owner tests the supporter"
    )
    move_on_until: StageName | None = Field(
        None,
        description="until this stage, direct questions about issues get 「次に進んでくれ」",
    )
    trust_gain: float = Field(1.0, gt=0, le=3, description="multiplier on trust gains")
    trust_loss: float = Field(1.0, gt=0, le=3, description="multiplier on trust losses")
    closed_question_tolerance: int = Field(
        3, ge=1, le=10, description="consecutive closed questions before feeling interrogated"
    )
    patience_per_question: float = Field(
        0, ge=0, le=30, description="patience an impatient owner loses on every question"
    )
    approves_at: float = Field(
        50,
        ge=0,
        le=100,
        description="trust from which the owner may say an approving line (approving_lines): "
        "a guarded owner does not praise the supporter's listening before trust is earned",
    )


class Persona(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text = Field(description="one line shown in the owner picker")
    sources: list[str] = Field(min_length=1, description="seed cases this persona draws on")
    company: Company
    owner: Owner
    briefing: Text = Field(description="what the trainee knows before the visit")
    surface_issue: Text
    underlying_issue: UnderlyingIssue
    behaviour: Behaviour = Field(default_factory=Behaviour)
    facts: list[Fact] = Field(min_length=1)
    lines: dict[Reaction, TextList]
    approving_lines: dict[Reaction, TextList] = Field(
        default_factory=dict,
        description="lines that approve of the supporter (「ちゃんと聞いてくれたんだな」); said "
        "only at trust >= behaviour.approves_at, in reply to a move the analyser is sure of",
    )
    answers: Answers | None = Field(None, description="answers to closed and factual questions")
    open_answers: list[OpenAnswer] = Field(default_factory=list, description="talk on open topics")
    peak: PeakLines | None = Field(None, description="feelings, future, invitation, clarification")
    hesitations: TextList | None = Field(
        None,
        description="what the owner says when the trainee asks about something he is not ready "
        "to tell yet (「…それは、また今度だな」): he stays on the topic, vaguely",
    )
    fillers: TextList | None = Field(
        None,
        description="short lead-ins in the owner's voice (「まあ、」「うーん…」), used only so that "
        "no whole reply is said twice in one meeting",
    )
    never_said: TextList | None = Field(
        None,
        description="a mild, in-character correction when the supporter gives back as his words "
        "something he never said in this meeting (「…そんなこと言いましたっけ？」, 'Hm, did I say "
        "that?'); without it the owner only acknowledges, with no relief and no trust",
    )

    puzzled: TextList | None = Field(
        None,
        description="a puzzled reply to a turn with no words in it (a stray 'x', 「？？」): "
        "「え？ 今、なんて？」, 'Sorry? What was that?'; without it the owner only acknowledges",
    )

    rewordings: list[Rewording] = Field(
        default_factory=list,
        description="other wordings of one sentence he says (in a fact, a line, an answer, his talk "
        "on a topic), ja and en entries alike: one of the sentence and its wordings is said, chosen "
        "by the meeting's seed (never one said already in the meeting), so two meetings do not word "
        "the same situation alike; same hook words, nothing more told (r22a/r22b defect 10)",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Persona:
        ids = [f.id for f in self.facts]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate fact ids: {', '.join(dupes)}")
        known = set(ids)
        for fact in self.facts:
            missing = [a for a in fact.unlock.after if a not in known]
            if missing:
                raise ValueError(f"fact {fact.id!r}: unlock.after names unknown facts {missing}")
        if self.underlying_issue.fact not in known:
            raise ValueError(
                f"underlying_issue.fact: {self.underlying_issue.fact!r} is not a fact id"
            )
        for fid in self.underlying_issue.stated:
            if fid not in known:
                raise ValueError(f"underlying_issue.stated: {fid!r} is not a fact id")
        for fid in [self.underlying_issue.fact, *self.underlying_issue.also]:
            if fid not in known:
                raise ValueError(f"underlying_issue: {fid!r} is not a fact id")
            if self.fact(fid).depth is not Depth.CORE:
                raise ValueError(f"underlying_issue: {fid!r} must be a fact of depth 'core'")
        if self.answers is not None:
            ids = [a.id for a in self.answers.topics]
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"answers.topics: duplicate ids {dupes}")
            for a in self.answers.topics:
                if a.fact is not None and a.fact not in known:
                    raise ValueError(f"answers.topics.{a.id}.fact: {a.fact!r} is not a fact id")
        missing_reactions = [r.value for r in Reaction if r not in self.lines]
        if missing_reactions:
            raise ValueError(f"lines: missing situations {missing_reactions}")
        return self

    @property
    def issue_facts(self) -> tuple[str, ...]:
        """Facts in which the owner puts the underlying issue into words."""
        return (self.underlying_issue.fact, *self.underlying_issue.also)

    def fact_texts(self, fact_id: str, lang: str, *, late: bool = False) -> list[str]:
        """Every wording of a fact: its ``text`` first, then its ``variants``; ``late`` (he has
        opened up before it): its ``late`` wordings, when it has any."""
        fact = self.fact(fact_id)
        if late and fact.late is not None:
            return list(fact.late.get(lang))  # type: ignore[arg-type]
        extra = fact.variants.get(lang) if fact.variants is not None else []  # type: ignore[arg-type]
        return [fact.text.get(lang), *extra]  # type: ignore[arg-type]

    def opened_before(self, fact_id: str, disclosed: list[str], trust: float | None = None) -> bool:
        """He is past his opening pitch when ``fact_id`` is told (``disclosed``: the meeting's
        facts in the order told): a personal or core fact of his was told before it, or he has
        warmed to the supporter (``trust`` at ``LATE_TRUST`` or more: the form's request is no
        news by then, r20a s06 t8 at 64, r20b s09 T11 at 67). He says it in its ``late``
        wording then: his request come back to, never the form's pitch again."""
        told = disclosed[: disclosed.index(fact_id)] if fact_id in disclosed else disclosed
        if trust is not None and trust >= LATE_TRUST:
            return True
        return any(self.fact(f).depth is not Depth.SURFACE for f in told)

    @property
    def stating_facts(self) -> tuple[str, ...]:
        """Every fact in which the owner states the underlying issue in his words (the issue
        facts and ``underlying_issue.stated``): any of them said, the issue counts as reached."""
        return (*self.issue_facts, *self.underlying_issue.stated)

    def answer(self, topic: str) -> Answer:
        for a in self.answers.topics if self.answers else ():
            if a.id == topic:
                return a
        raise KeyError(topic)

    def fact(self, fact_id: str) -> Fact:
        for f in self.facts:
            if f.id == fact_id:
                return f
        raise KeyError(fact_id)

    def spoken_texts(self, lang: str) -> list[str]:
        """Every text he may say in ``lang``: facts (all wordings), lines, approving lines,
        answers, open talk, peak lines, hesitations, never-said and puzzled lines."""
        out: list[str] = []
        for f in self.facts:
            out += [f.text.get(lang)]  # type: ignore[arg-type]
            out += [t for tl in (f.variants, f.late) if tl is not None for t in tl.get(lang)]  # type: ignore[arg-type]
        for group in (self.lines, self.approving_lines):
            out += [t for tl in group.values() for t in tl.get(lang)]  # type: ignore[arg-type]
        if self.answers is not None:
            for a in self.answers.topics:
                out += [t for tl in (a.text, a.guarded) if tl is not None for t in tl.get(lang)]  # type: ignore[arg-type]
            out += list(self.answers.unknown.get(lang))  # type: ignore[arg-type]
        for o in self.open_answers:
            out += [t for tl in (o.text, o.cause) if tl is not None for t in tl.get(lang)]  # type: ignore[arg-type]
        if self.peak is not None:
            from .persona_peak import PEAK_KINDS

            for kind in PEAK_KINDS:
                for t in self.peak.get(kind, lang):
                    out += self.peak.wordings(t)
        for tl in (self.hesitations, self.never_said, self.puzzled):
            out += list(tl.get(lang)) if tl is not None else []  # type: ignore[arg-type]
        return out

    def line_count(self, lang: Literal["ja", "en"]) -> int:
        return sum(len(v.get(lang)) for v in self.lines.values())


MOVE_ACTS: dict[Move, Act] = {m: Act(m.value) for m in Move}


LATE_TRUST = 50.0  # warmed to the supporter: a fact with ``late`` wordings is said in one of them
MIN_FACTS = 15
MIN_LINES_PER_LANG = 60
MIN_LINES_PER_REACTION = 2
MIN_ALTERNATIVES = 2  # texts per answer and language: the same question is not always phrased alike
MIN_FILLERS = 3
# the closed questions every owner must be able to answer in kind (see personas/README.md)
REQUIRED_ANSWERS = (
    "staff", "founded", "tenure", "generation", "sales", "profit", "accounts", "customers",
    "products", "successor", "location", "board",
)
APPROVING_REACTIONS = (
    Reaction.SUMMARY_RELIEF, Reaction.REFLECTION_RESPONSE, Reaction.EMPATHY_RESPONSE,
    Reaction.TEST_PASSED,
    Reaction.CLOSING,  # a warm goodbye (「話してみるもんやね」): only when trust was earned and kept
)


def persona_problems(persona: Persona) -> list[str]:
    """Quality rules for a shipped persona, beyond the schema; empty when it is fit to play.

    Each problem names the field it is about.
    """
    problems: list[str] = []
    if len(persona.facts) < MIN_FACTS:
        problems.append(f"facts: {len(persona.facts)} facts, at least {MIN_FACTS} required")
    depths = {f.depth for f in persona.facts}
    for depth in Depth:
        if depth not in depths:
            problems.append(f"facts: no fact of depth {depth.value!r}")
    for lang in ("ja", "en"):
        total = persona.line_count(lang)  # type: ignore[arg-type]
        if total < MIN_LINES_PER_LANG:
            problems.append(f"lines: {total} {lang} lines, at least {MIN_LINES_PER_LANG} required")
        for reaction, texts in persona.lines.items():
            got = texts.get(lang)  # type: ignore[arg-type]
            if len(got) < MIN_LINES_PER_REACTION:
                problems.append(
                    f"lines.{reaction.value}.{lang}: {len(got)} line(s), "
                    f"at least {MIN_LINES_PER_REACTION} required"
                )
            dupes = sorted({t for t in got if got.count(t) > 1})
            if dupes:
                problems.append(f"lines.{reaction.value}.{lang}: duplicate lines {dupes[:2]}")
            broken = [t for t in got if lang == "en" and t[:1].islower()]
            if broken:  # a YAML flow list split at a comma: "[...Yes, that.]"
                problems.append(f"lines.{reaction.value}.{lang}: line starts in lower case {broken[:1]}")
    problems += _answer_problems(persona) + open_answer_problems(persona.open_answers)
    for reaction in persona.approving_lines:
        if reaction not in APPROVING_REACTIONS:
            problems.append(
                f"approving_lines.{reaction.value}: only "
                f"{', '.join(r.value for r in APPROVING_REACTIONS)} have approving lines"
            )
    # A topic the trainee must touch has to be something the owner says somewhere first:
    # otherwise a trainee who listens can never find the word.
    for lang in ("ja", "en"):
        owner_text = " ".join(
            [persona.briefing.get(lang)]  # type: ignore[arg-type]
            + [t for texts in persona.lines.values() for t in texts.get(lang)]  # type: ignore[arg-type]
            + [f.text.get(lang) for f in persona.facts]  # type: ignore[arg-type]
        ).lower()
        for i, fact in enumerate(persona.facts):
            if fact.unlock.topics is None:
                continue
            others = owner_text.replace(fact.text.get(lang).lower(), " ")  # type: ignore[arg-type]
            words = fact.unlock.topics.get(lang)  # type: ignore[arg-type]
            if not any(w.lower() in others for w in words):
                problems.append(
                    f"facts.{i}.unlock.topics.{lang}: none of {words} occurs in the owner's "
                    "other lines, facts or the briefing, so a listening trainee cannot find it"
                )
    return problems + _rewording_problems(persona)


def _rewording_problems(persona: Persona) -> list[str]:
    """Each of ``rewordings`` rewords a sentence (or a whole text) he says, keeps the hook words
    (the facts' ``unlock.topics``) the sentence holds, and adds wordings that differ."""
    problems: list[str] = []
    spoken = {lang: "\n".join(persona.spoken_texts(lang)) for lang in ("ja", "en")}
    hooks = {
        lang: {w for f in persona.facts if f.unlock.topics is not None for w in f.unlock.topics.get(lang)}  # type: ignore[arg-type]
        for lang in ("ja", "en")
    }
    seen: set[str] = set()
    for i, r in enumerate(persona.rewordings):
        lang = "ja" if _JA_SCRIPT.search(r.line) else "en"
        where = f"rewordings.{i}"
        if r.line in seen:
            problems.append(f"{where}.line: {r.line!r} is reworded twice")
        seen.add(r.line)
        if r.line not in spoken[lang]:
            problems.append(f"{where}.line: {r.line!r} is no sentence he says")
        if len({r.line, *r.also}) != len(r.also) + 1:
            problems.append(f"{where}.also: a wording repeats the line or another wording")
        for w in sorted(hooks[lang]):
            if lang == "ja" and len(w) < 2:
                continue  # 「人」「口」: in half his sentences, no hook a rewording must keep
            if _has_word(w, r.line, lang):
                lost = [a for a in r.also if not _has_word(w, a, lang)]
                if lost:
                    problems.append(f"{where}.also: {lost[0]!r} drops the hook word {w!r}")
    return problems


_JA_SCRIPT = re.compile(r"[ぁ-んァ-ヴ一-龥]")


def _has_word(word: str, text: str, lang: str) -> bool:
    if lang == "ja":
        return word in text
    return re.search(rf"(?i)\b{re.escape(word)}\b", text) is not None


def _answer_problems(persona: Persona) -> list[str]:
    problems: list[str] = []
    if persona.answers is None:
        return ["answers: missing (answers to closed and factual questions by topic)"]
    ids = {a.id for a in persona.answers.topics}
    missing = [t for t in REQUIRED_ANSWERS if t not in ids]
    if missing:
        problems.append(f"answers.topics: no answer for {missing}")
    for lang in ("ja", "en"):
        texts = [(f"answers.topics.{a.id}.text", a.text) for a in persona.answers.topics]
        texts += [(f"answers.topics.{a.id}.guarded", a.guarded) for a in persona.answers.topics if a.guarded]
        texts.append(("answers.unknown", persona.answers.unknown))
        for where, tl in texts:
            got = tl.get(lang)  # type: ignore[arg-type]
            if len(set(got)) < MIN_ALTERNATIVES:
                problems.append(f"{where}.{lang}: at least {MIN_ALTERNATIVES} different texts required")
        hesitations = persona.hesitations.get(lang) if persona.hesitations else []  # type: ignore[arg-type]
        if len(set(hesitations)) < MIN_FILLERS:
            problems.append(f"hesitations.{lang}: at least {MIN_FILLERS} different lines required")
        fillers = persona.fillers.get(lang) if persona.fillers else []  # type: ignore[arg-type]
        if len(set(fillers)) < MIN_FILLERS:
            problems.append(f"fillers.{lang}: at least {MIN_FILLERS} different lead-ins required")
    return problems

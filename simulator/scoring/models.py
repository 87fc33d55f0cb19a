"""The scorer's results: one turn, one conversation and the patterns found in it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..acts import Speaker
from ..i18n import Lang


class TurnScore(BaseModel):
    """Scores of one trainee turn by rubric id (0–100, None where the rubric does not apply)."""

    model_config = ConfigDict(extra="forbid")

    scores: dict[str, float | None]
    evidence: list[str] = Field(
        default_factory=list, description="words of the turn or short labels that moved a score"
    )
    suggestion: str | None = Field(
        None, description="one better alternative when the turn was weak"
    )
    feedback: list[str] = Field(default_factory=list, description="short comments for the trainee")
    flags: list[str] = Field(
        default_factory=list,
        description="context signals that fired (repeat, topic_switch, due:summarising, "
        "impatient, …) and weak criteria (weak:listening.owner_talks)",
    )


class TurnResult(BaseModel):
    """One turn of a scored conversation; owner turns have no acts and no scores."""

    model_config = ConfigDict(extra="forbid")

    index: int
    speaker: Speaker
    text: str
    turn: int | None = Field(
        None, description="the supporter's turn number, 1 = the first trainee utterance"
    )
    acts: list[str] = Field(default_factory=list)
    scores: dict[str, float | None] = Field(default_factory=dict)
    evidence: list[str] = Field(default_factory=list)
    suggestion: str | None = None
    feedback: list[str] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)


class Run(BaseModel):
    """Consecutive trainee turns of one kind (e.g. closed questions: an interrogation)."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(description="index of the first turn in the conversation")
    end: int = Field(description="index of the last turn")
    length: int = Field(description="trainee turns in the run")


class DueMoment(BaseModel):
    """A moment that needed a summary: several owner points piled up, or impatience."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(description="the first trainee turn at which it was due")
    reason: Literal["owner_points", "impatience"]
    met_at: int | None = Field(None, description="the turn that summarised, if any")
    late: bool = Field(False, description="met, but only after the due window")

    @property
    def met(self) -> bool:
        return self.met_at is not None


class Patterns(BaseModel):
    """Conversation-level patterns an instructor looks at."""

    model_config = ConfigDict(extra="forbid")

    trainee_turns: int = 0
    owner_turns: int = 0
    talk_share: float = Field(0.0, description="trainee share of the talk, 0–1")
    longest_turn: int = Field(0, description="longest trainee turn (characters ja / words en)")
    interrogation_runs: list[Run] = Field(default_factory=list)
    repeats: list[int] = Field(default_factory=list)
    topic_switches: list[int] = Field(default_factory=list)
    leading: list[int] = Field(default_factory=list)
    advice: list[int] = Field(default_factory=list)
    self_promotion: list[int] = Field(default_factory=list)
    denials: list[int] = Field(default_factory=list)
    summaries: list[int] = Field(default_factory=list)
    own_summaries: list[int] = Field(
        default_factory=list, description="'summaries' of the supporter's own words or proposals"
    )
    interrogating: list[int] = Field(
        default_factory=list,
        description="bare closed/leading questions, topic jumps and repeats (詰問・審査)",
    )
    blunt: list[int] = Field(
        default_factory=list,
        description="「今一番の悩みは何ですか」 and point-blank demands for a vision",
    )
    lectures: list[int] = Field(default_factory=list, description="long own explanations (講義)")
    offences: list[int] = Field(
        default_factory=list,
        description="turns that lead, advise unasked, lecture, boast or deny",
    )
    open_questions: list[int] = Field(default_factory=list)
    closed_questions: list[int] = Field(default_factory=list, description="closed, not leading")
    reflections: list[int] = Field(default_factory=list, description="reflections (伝え返し)")
    empathy: list[int] = Field(default_factory=list)
    monologues: list[int] = Field(default_factory=list, description="very long trainee turns")
    replies: int = Field(0, description="trainee turns after the owner has spoken")
    responsive: list[int] = Field(
        default_factory=list,
        description="trainee turns that acknowledge the owner (reflection, empathy, summary)",
    )
    due_moments: list[DueMoment] = Field(default_factory=list)
    summaries_when_due: int = Field(0, description="due moments met within the window")


class ScorePart(BaseModel):
    """One addend of a session score: ``points`` = ``factor`` × ``value``."""

    model_config = ConfigDict(extra="forbid")

    rate: str = Field(
        description="turn_mean, a conversation rate (talk_share, offences, …) or floor"
    )
    label: str = Field("", description="what the part is, in the session's language")
    value: float | None = Field(None, description="the turn mean (0–100) or the rate (0–1)")
    factor: float | None = Field(None, description="its weight (× 100 for a rate) or -points")
    points: float = Field(description="what it adds to the score (negative: takes off)")


class ScoreDetail(BaseModel):
    """How a session score was reached: Σ ``parts[].points`` = ``score`` (before clamping to
    0–100). ``turn_mean`` is the mean of the turn scores the trainee saw; ``turn_weight`` its
    share of the score (0: the rubric is scored on rates alone)."""

    model_config = ConfigDict(extra="forbid")

    turn_mean: float | None = Field(None, description="mean of the turn scores (None: no turn)")
    turn_weight: float = 1.0
    scored_turns: int = 0
    parts: list[ScorePart] = Field(default_factory=list)
    score: float = 0.0


class ConversationScore(BaseModel):
    """A whole conversation scored: session scores, turns and patterns.

    ``scores`` holds a 0–100 score per rubric; it is empty when the conversation has no trainee
    turn (too short to score): never None, never a made-up default.
    """

    model_config = ConfigDict(extra="forbid")

    lang: Lang
    scores: dict[str, float]
    turns: list[TurnResult]
    patterns: Patterns
    feedback: list[str] = Field(default_factory=list, description="session-level comments")
    details: dict[str, ScoreDetail] = Field(
        default_factory=dict, description="rubric id -> how its session score was reached"
    )

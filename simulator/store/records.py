"""Row models of the store: what the rest of the project reads and writes (pydantic)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["trainee", "instructor", "admin"]
ROLES: tuple[Role, ...] = ("trainee", "instructor", "admin")
Source = Literal["simulated", "imported"]
Mode = Literal["practice", "exam"]
RUBRIC_IDS: tuple[str, ...] = ("listening", "deep_dive", "summarising", "non_leading")


def now_iso() -> str:
    """UTC timestamp with microseconds, sortable as text."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class TurnRecord(BaseModel):
    """One stored trainee turn with the owner's reply and the engine state after it."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0)
    trainee_text: str
    owner_reply: str
    acts: list[str] = Field(default_factory=list)
    scores: dict[str, float | None] = Field(default_factory=dict)
    evidence: list[str] = Field(default_factory=list)
    suggestion: str | None = None
    reaction: str = ""
    revealed: list[str] = Field(default_factory=list)
    trust: float = 0.0
    stage: str = ""
    state: dict[str, Any] = Field(default_factory=dict, description="engine state after the turn")
    backend: str = ""
    notice: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    latency_ms: float = 0.0
    created_at: str = Field(default_factory=now_iso)
    tokens_cached: int = 0
    judge: dict[str, Any] | None = Field(None, description="the LLM judge's reading (JSON)")
    offline_scores: dict[str, float | None] | None = Field(
        None, description="the offline scorer's scores when the judge changed them"
    )


class SessionRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    persona_id: str
    lang: str
    seed: int = 0
    backend: str
    user_id: int | None = None
    parent_id: str | None = None
    parent_turn: int | None = None
    title: str | None = None
    source: Source = "simulated"
    created_at: str
    updated_at: str
    finished: bool = False
    scores: dict[str, float] | None = None
    hidden_issue_reached: bool | None = None
    initial_state: dict[str, Any] | None = None
    turn_count: int = 0
    mode: Mode = "practice"


class User(BaseModel):
    """An account as the application sees it. The password hash never leaves the store."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: int
    username: str
    display_name: str
    role: Role
    cohort_ids: list[int] = Field(default_factory=list, description="member of or teaching")
    teaches: list[int] = Field(default_factory=list, description="cohorts this user teaches")
    disabled: bool = False

    @property
    def is_staff(self) -> bool:
        return self.role in ("instructor", "admin")


class Cohort(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int
    name: str
    instructor_id: int | None
    member_ids: list[int] = Field(default_factory=list)
    created_at: str


class Comment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int
    session_id: str
    turn_index: int | None
    author_id: int
    author: str
    text: str
    created_at: str


class ScoreOverride(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int
    session_id: str
    turn_index: int | None
    rubric: str
    score: float = Field(ge=0, le=100)
    reason: str = ""
    author_id: int
    author: str
    created_at: str


class CustomPersona(BaseModel):
    """A persona written by a user (e.g. a supporter describing the company to visit)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    user_id: int | None
    name: str
    data: dict[str, Any]
    created_at: str
    updated_at: str

"""The LLM judge's contract: what the model must return, and what a turn keeps of it.

:class:`JudgeOutput` is validated strictly (unknown keys, acts or rubrics are errors); every
evidence quote must really occur in the trainee's turn (compared after Unicode normalisation
and without surrounding quotes or spaces), the way ``instructor``'s citation check does it.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from ..acts import ACTS
from ..rubric import RUBRIC_IDS

ActName = Literal[
    "open_question",
    "closed_question",
    "leading_question",
    "reflection",
    "summary",
    "empathy",
    "advice",
    "self_promotion",
    "other",
]
assert set(ActName.__args__) == set(ACTS)  # type: ignore[attr-defined]

MAX_EVIDENCE = 4
_SPACE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """The form quotes and turns are compared in: NFKC, one space, no quotes around."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return text.strip("「」『』\"'“”‘’").strip().rstrip("。、,.…").strip()


class RubricScores(BaseModel):
    """0–100 per rubric; null where the rubric does not apply to the turn."""

    model_config = ConfigDict(extra="forbid")

    listening: int | None = Field(ge=0, le=100)
    deep_dive: int | None = Field(ge=0, le=100)
    summarising: int | None = Field(ge=0, le=100)
    non_leading: int | None = Field(ge=0, le=100)


assert tuple(RubricScores.model_fields) == RUBRIC_IDS


class JudgeOutput(BaseModel):
    """The judge's reading of one trainee turn. Validate with ``context={"turn": text}``."""

    model_config = ConfigDict(extra="forbid")

    acts: list[ActName] = Field(min_length=1)
    scores: RubricScores
    evidence: list[str] = Field(min_length=1, max_length=MAX_EVIDENCE)
    alternative: str = Field(min_length=1, max_length=400)

    @field_validator("evidence")
    @classmethod
    def _quoted_from_the_turn(cls, quotes: list[str], info: ValidationInfo) -> list[str]:
        turn = normalise_quote(str((info.context or {}).get("turn", "")))
        missing = [q for q in quotes if not normalise_quote(q) or normalise_quote(q) not in turn]
        if missing:
            raise ValueError(
                "evidence must be copied word for word from the supporter's turn; not found in "
                "it: " + " / ".join(repr(q) for q in missing)
            )
        return [q.strip() for q in quotes]

    @field_validator("alternative")
    @classmethod
    def _differs(cls, text: str, info: ValidationInfo) -> str:
        turn = normalise_quote(str((info.context or {}).get("turn", "")))
        if normalise_quote(text) == turn:
            raise ValueError("alternative must be a better wording, not the turn itself")
        return text.strip()


def json_schema() -> dict[str, Any]:
    """The strict JSON schema sent as ``response_format`` (all keys required, none extra)."""
    nullable_score = {"type": ["integer", "null"]}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["acts", "scores", "evidence", "alternative"],
        "properties": {
            "acts": {"type": "array", "items": {"type": "string", "enum": list(ACTS)}},
            "scores": {
                "type": "object",
                "additionalProperties": False,
                "required": list(RUBRIC_IDS),
                "properties": {r: nullable_score for r in RUBRIC_IDS},
            },
            "evidence": {"type": "array", "items": {"type": "string"}},
            "alternative": {"type": "string"},
        },
    }


JudgeStatus = Literal["ok", "repaired", "failed"]


class Judgement(BaseModel):
    """What a turn keeps of the judge: its reading (or why there is none) and its cost."""

    model_config = ConfigDict(extra="forbid")

    status: JudgeStatus
    model: str
    acts: list[str] = Field(default_factory=list)
    scores: dict[str, float | None] = Field(default_factory=dict)
    evidence: list[str] = Field(default_factory=list)
    alternative: str | None = None
    error: str | None = Field(None, description="why the judge gave no reading (status failed)")
    structured: bool = Field(False, description="the server honoured the JSON-schema format")
    tokens_in: int = 0
    tokens_cached: int = 0
    tokens_out: int = 0
    latency_ms: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status != "failed"

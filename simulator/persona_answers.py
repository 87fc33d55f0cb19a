"""A persona's answers to closed and factual questions, by topic (part of a persona file).

「従業員は何名ですか」「創業はいつですか」「決算書を見せていただけますか」: an owner answers these in
kind — the figure, an in-character refusal, or an honest "I don't know / that's for the
chairman" — from data the persona author writes, ja and en side by side. The engine finds the
topic a question names (:mod:`simulator.wording.asking`); the voice says one of its texts.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .i18n import TextList


class Stance(StrEnum):
    """How the owner meets a factual question on a topic."""

    ANSWER = "answer"  # says it (「従業員は38人です」)
    REFUSE = "refuse"  # keeps it private, in character (「決算書はちょっとね」)
    UNKNOWN = "unknown"  # does not know or it is someone else's (「それは会長に聞かないと」)


class Answer(BaseModel):
    """The owner's answer to a closed or factual question on one topic (staff, founding year,
    sales, main customers …). A question names the topic with one of ``about`` and, when
    ``asks`` is given, also carries one of those question words (何人, いつ, how many)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    about: TextList = Field(description="words that name the topic in a question")
    asks: TextList | None = Field(
        None, description="question words that must come with the topic word; None: any question"
    )
    not_with: TextList | None = Field(
        None,
        description="words that make the question about someone else (「お父様はおいくつ」 "
        "/ \"how old is your father\"): with one of them the topic does not apply",
    )
    stance: Stance = Stance.ANSWER
    text: TextList = Field(description="what the owner says (alternatives, never one twice)")
    open_at: float | None = Field(
        None, ge=0, le=100, description="below this trust the owner says ``guarded`` instead"
    )
    guarded: TextList | None = Field(None, description="the in-character refusal below open_at")
    fact: str | None = Field(
        None, description="a fact that tells the same at length: when it is disclosed on the "
        "same turn, the short answer is left out",
    )

    @model_validator(mode="after")
    def _guard(self) -> Answer:
        if (self.open_at is None) != (self.guarded is None):
            raise ValueError("open_at and guarded go together")
        return self


class Answers(BaseModel):
    """Answers by topic, and what the owner says to a factual question none of them fits."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: list[Answer] = Field(min_length=1)
    unknown: TextList = Field(
        description="an honest 'I don't know offhand / that's for the chairman', in character"
    )

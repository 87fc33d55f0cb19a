"""``archetypes/<id>.yaml``: the voice of one owner temperament, without a company.

The schema only; :mod:`simulator.rehearsal` composes an archetype with a supporter's facts into
a persona. An archetype holds the persona's own fields (facts, lines, approving lines, answers,
hesitations, fillers) written with slots that the form fills: ``{industry}``, ``{employees}``,
``{founded}``, ``{years}``, ``{issue}``; answers may also name the optional ``{location}`` and
``{annual_sales}``, with words of their own for a form that leaves them blank (``if_blank``).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .i18n import Text, TextList
from .persona import Fact, Reaction, Wall
from .persona_answers import Answer, Stance


class ArchetypeOwner(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Text = Field(description="how the owner is called when the form gives no name")
    age: int = Field(ge=20, le=100)
    role: Text
    background: Text
    speech_style: Text


class Framing(BaseModel):
    """How this owner says the supporter's facts (``{form}`` / ``{suspicion}`` are filled)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    business: Text
    form_issue: Text
    underlying: Text
    default_suspicion: Text = Field(description="the underlying issue when none is suspected")
    walls: list[Wall] = Field(min_length=1)


class IfBlank(BaseModel):
    """What the owner says instead when the form leaves a slot of the answer blank."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    stance: Stance
    text: TextList


class ArchetypeAnswer(Answer):
    """A persona's answer (:class:`~simulator.persona_answers.Answer`) whose texts may name the
    form's facts: ``{employees}``, ``{founded}``, ``{years}``, ``{industry}``, and the optional
    ``{location}``, ``{annual_sales}`` (then ``if_blank`` is required)."""

    if_blank: IfBlank | None = None


class ArchetypeAnswers(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    topics: list[ArchetypeAnswer] = Field(min_length=1)
    unknown: TextList


class Archetype(BaseModel):
    """``archetypes/<id>.yaml``: the voice of one temperament, without a company."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="the shipped persona whose behaviour this archetype uses")
    label: Text = Field(description="the temperament as the form offers it")
    summary: Text
    owner: ArchetypeOwner
    framing: Framing
    facts: list[Fact] = Field(min_length=12)
    before_underlying: list[str] = Field(
        min_length=1, description="facts the owner must have told before the underlying issue"
    )
    lines: dict[Reaction, TextList]
    approving_lines: dict[Reaction, TextList] = Field(default_factory=dict)
    answers: ArchetypeAnswers
    hesitations: TextList
    fillers: TextList

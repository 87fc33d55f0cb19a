"""A persona's answers to open questions on a concrete topic (part of a persona file).

「社長に就任されてからの2年間を振り返って、いかがでしたか？」「最近の受注の様子はいかがですか？」: an
open question on a topic the owner can talk about gets talk on *that* topic, in his own voice
— not a generic 「まあ、いろいろありますよ」. Each entry names its topic with ``keywords`` (ja and
en) and gives one to three replies; a reply reveals nothing the persona's facts keep locked
(it is the small talk an owner gives anyone). The engine finds the topic
(:func:`simulator.wording.asking.open_topic`), the voice says one of its replies.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .i18n import TextList

MIN_OPEN_ANSWERS = 5  # open topics a shipped persona answers on


class OpenAnswer(BaseModel):
    """What the owner says to an open question on one topic (no fact behind it)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    keywords: TextList = Field(description="words that name the topic in an open question")
    not_with: TextList | None = Field(
        default=None,
        description="words that make a question on the keyword ask something else (young ones *leaving*)",
    )
    text: TextList = Field(description="1–3 replies on the topic, in the owner's voice")
    cause: TextList | None = Field(
        default=None,
        description="1–3 replies giving his own why on the topic (what set it off, where it comes "
        "from), said to a why or what-triggered question on it instead of a prepared fact",
    )
    wish: bool = Field(
        default=False,
        description="the talk is his hopes for the topic (「全国の人に食べてもらいたい」): it also "
        "answers a question on the future or his wishes; other talk is about today",
    )

    @model_validator(mode="after")
    def _sizes(self) -> OpenAnswer:
        for lang in ("ja", "en"):
            n = len(self.text.get(lang))  # type: ignore[arg-type]
            if not 1 <= n <= 3:
                raise ValueError(f"open_answers.{self.id}.text.{lang}: 1–3 replies, got {n}")
            if self.cause is not None and not 1 <= len(self.cause.get(lang)) <= 3:  # type: ignore[arg-type]
                raise ValueError(f"open_answers.{self.id}.cause.{lang}: 1–3 replies")
            if not self.keywords.get(lang):  # type: ignore[arg-type]
                raise ValueError(f"open_answers.{self.id}.keywords.{lang}: at least one word")
        return self


def open_answer_problems(items: list[OpenAnswer]) -> list[str]:
    """Quality rules for a persona's open answers (none at all: generic lines, as an archetype's
    rehearsal owner has; the five shipped personas all have them, see the tests)."""
    problems: list[str] = []
    if items and len(items) < MIN_OPEN_ANSWERS:
        problems.append(f"open_answers: {len(items)} topics, at least {MIN_OPEN_ANSWERS} required")
    ids = [o.id for o in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        problems.append(f"open_answers: duplicate ids {dupes}")
    return problems

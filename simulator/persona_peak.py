"""What an owner says where no fact and no stock reaction fits (part of a persona file).

Playtest r6: at the emotional peak the owner answered a question about his feelings or the
future with the next scripted fact (「今回は商工会の指導員さんに勧められてね」), a next-step
invitation with the rebuff meant for advice (「うちにはうちのやり方がありましてね」), and
「いろいろ、というと？」 with his self-introduction. These are the owner's own words for those
moments, written by the persona author (ja and en side by side, 2–4 each):

- ``feeling``: asked how he feels (「どうお感じになりますか」 / "how does that feel") — talk about
  the feeling, guarded, revealing nothing the facts keep locked;
- ``future``: asked about the future (「5年後はどんな姿に」 / "three years from now") — his picture,
  however vague;
- ``invited``: the supporter invites him to a next step with his consent (「次回、よろしければ
  一緒に…みませんか」 / "next time, if you're willing, could we …") — he accepts or hedges in
  character, never as if he had been lectured;
- ``clarify``: asked what he meant by his own vague words (「いろいろ、というと？」 / "what do you
  mean?") when there is nothing more he is ready to tell — he expands on his own last words;
- ``asked_back`` (optional): asked what he would like to ask the supporter — a question of his
  back, or "nothing today";
- ``meaning`` (optional): asked what something means to him ("What does the name mean to you?") —
  what it is to him, said plainly; an owner without them answers with his feeling lines.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .i18n import TextList

PEAK_KINDS = ("feeling", "future", "invited", "clarify", "cause", "scene", "meaning", "guess", "asked_back", "confided")


class Rewording(BaseModel):
    """Other wordings of one of his peak lines: the same answer said otherwise in another
    meeting, never as a second answer in the same one."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    line: str = Field(description="one of the peak lines, exactly as written")
    also: list[str] = Field(min_length=1, description="the same answer in other words")


class PeakLines(BaseModel):
    """The owner's lines for feelings, the future, an invitation and a clarification."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    feeling: TextList = Field(description="talk about his feelings when asked (guarded)")
    future: TextList = Field(description="his picture of the future when asked (vague is fine)")
    invited: TextList = Field(description="his answer to a next-step invitation with consent")
    clarify: TextList = Field(description="what he meant by his own vague last words")
    cause: TextList | None = Field(
        default=None, description="asked why, or what stands in the way: a partial, honest guess"
    )

    scene: TextList | None = Field(
        default=None,
        description="asked when or where a feeling comes up (「どんなときに感じますか」): a moment of "
        "his days, told plainly",
    )

    meaning: TextList | None = Field(
        default=None,
        description="asked what something means to him (\"What does the family name mean to you?\"): "
        "what it is to him, in a plain personal line that names no fact the persona keeps locked; "
        "without them his feeling lines answer",
    )

    guess: TextList | None = Field(
        default=None,
        description="asked how others would take a change, or what his own part would be "
        "(\"How do you think the team would take it?\"): an honest, partial guess that names no "
        "fact the persona keeps locked; it must fit either question",
    )

    asked_back: TextList | None = Field(
        default=None,
        description="asked what he would like to ask the supporter (「今日の面談で何か聞いておきたい"
        "ことはありますか」): a question of his own back, or 'nothing today', never his next "
        "confession or his picture of the future",
    )

    confided: TextList | None = Field(
        default=None,
        description="asked on about what he has just confided (「そのことを、どなたかとお話しされたことは」): "
        "he stays on it in a short plain line (he has kept it to himself), naming no locked fact",
    )

    rewordings: list[Rewording] = Field(
        default_factory=list,
        description="other wordings of a peak line (the same situation phrased differently across seeds)",
    )

    @model_validator(mode="after")
    def _sizes(self) -> PeakLines:
        for kind in PEAK_KINDS:
            texts: TextList | None = getattr(self, kind)
            if texts is None:
                continue  # optional kinds (cause, scene, meaning)
            for lang in ("ja", "en"):
                n = len(texts.get(lang))  # type: ignore[arg-type]
                if not 2 <= n <= 4:
                    raise ValueError(f"peak.{kind}.{lang}: 2–4 lines, got {n}")
        lines = {t for kind in PEAK_KINDS for lang in ("ja", "en") for t in self.get(kind, lang)}
        for r in self.rewordings:
            if r.line not in lines:
                raise ValueError(f"peak.rewordings: {r.line!r} is none of the peak lines")
        return self

    def wordings(self, line: str) -> list[str]:
        """The line and its other wordings (the line alone when it has none)."""
        for r in self.rewordings:
            if r.line == line:
                return [line, *r.also]
        return [line]

    def get(self, kind: str, lang: str) -> list[str]:
        texts: TextList | None = getattr(self, kind)
        return list(texts.get(lang)) if texts is not None else []  # type: ignore[arg-type]

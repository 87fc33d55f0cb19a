"""Dialogue-act labels and the analysis of one trainee utterance (the analyser's output).

This is the contract between the analyser, the scorer and the persona engine.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Speaker = Literal["trainee", "owner"]


class Act(StrEnum):
    OPEN_QUESTION = "open_question"
    CLOSED_QUESTION = "closed_question"
    LEADING_QUESTION = "leading_question"
    REFLECTION = "reflection"
    SUMMARY = "summary"
    EMPATHY = "empathy"
    ADVICE = "advice"
    SELF_PROMOTION = "self_promotion"
    OTHER = "other"


ACTS: tuple[str, ...] = tuple(a.value for a in Act)

# What the UI and the reports call each act, in the page's language.
ACT_NAMES: dict[str, dict[str, str]] = {
    "open_question": {"ja": "開いた質問", "en": "Open question"},
    "closed_question": {"ja": "閉じた質問", "en": "Closed question"},
    "leading_question": {"ja": "誘導質問", "en": "Leading question"},
    "reflection": {"ja": "伝え返し", "en": "Reflection"},
    "summary": {"ja": "要約", "en": "Summary"},
    "empathy": {"ja": "共感・承認", "en": "Empathy"},
    "advice": {"ja": "助言・提案", "en": "Advice"},
    "self_promotion": {"ja": "自己アピール", "en": "Self-promotion"},
    "other": {"ja": "その他（あいさつ・説明など）", "en": "Other (greeting, logistics)"},
}


def act_name(act: str, lang: str) -> str:
    """The act's label in ``lang`` (the id itself if unknown)."""
    return ACT_NAMES.get(str(act), {}).get(lang, str(act))


class Utterance(BaseModel):
    """One turn of a conversation, as given to the analyser."""

    model_config = ConfigDict(extra="forbid")

    speaker: Speaker
    text: str


class Features(BaseModel):
    """Context features of one trainee utterance that the rubrics and the engine need."""

    model_config = ConfigDict(extra="forbid")

    owner_keywords: list[str] = Field(
        default_factory=list, description="normalised content words of the recent owner turns"
    )
    picked_keywords: list[str] = Field(
        default_factory=list, description="owner keywords this utterance picks up (normalised)"
    )
    content_words: list[str] = Field(
        default_factory=list, description="normalised content words of this utterance"
    )
    is_question: bool = False
    is_repeat: bool = Field(False, description="asks again what was already asked or answered")
    repeat_of: int | None = Field(None, description="index in context of the earlier question")
    topic_switch: bool = Field(
        False, description="a question that ignores the owner's last turn (一問一答)"
    )
    blunt_worry: bool = Field(False, description="the blunt 「今一番の悩みは何ですか？」")
    pressing: bool = Field(
        False,
        description="a point-blank demand for a vision or goal the owner has not raised "
        "(「社長としてのビジョンは何ですか？」): it presses instead of helping the owner picture it",
    )
    presses_to_talk: bool = Field(
        False,
        description="presses the owner to tell everything or to talk because of his title "
        "(「社長なんですから、全部話してもらって大丈夫ですよ」): pressure, no advice",
    )
    presumes: bool = Field(
        False,
        description="sets what a third party or the papers said of him as a fact about him "
        "(「会長からも全部任せていると聞いていますし」): a preconception (先入観), no check",
    )
    issue_question: bool = Field(False, description="asks directly about problems or issues")
    denial: bool = Field(False, description="denies or corrects the owner's view")
    summary_points: int = Field(0, description="distinct owner turns a summary draws on")
    length: int = Field(0, description="characters (ja) or words (en)")
    talk_share: float = Field(0.0, description="trainee share of the talk so far, 0-1")
    owner_asked: bool = Field(
        False, description="the owner's last turn put a direct question to the supporter"
    )
    answers_owner: bool = Field(
        False,
        description="the owner asked the supporter something and this utterance answers it "
        "(a statement, not only a question back): information asked for is not unsolicited",
    )
    refers_back: bool = Field(
        False, description="points back at something the owner said (「先ほどの」, 'you mentioned')"
    )
    repair: bool = Field(
        False,
        description="opens by owning the supporter's own misstep (「すみません、先走りました。」 "
        "'Sorry, I jumped ahead'): what follows comes after an acknowledgement",
    )
    asks_documents: bool = Field(
        False,
        description="asks to see the financial statements or the books "
        "(「決算書を見せていただけますか」 'could you bring the financial statements')",
    )
    unsaid: list[str] = Field(
        default_factory=list,
        description="spans that give back as the owner's words (a quote, 「〜とおっしゃいましたね」, "
        "'you said …') what he never said in this meeting (see analysis/attribution.py)",
    )
    from_form: list[str] = Field(
        default_factory=list,
        description="those of ``unsaid`` or ``invented`` whose words are in the application form / briefing the "
        "trainee was shown (「人手不足とおっしゃっていましたが」 when only the form says 人手不足)",
    )
    invented: list[str] = Field(
        default_factory=list,
        description="reflections in the supporter's own words framed as his (「〜んですね」, 'so you "
        "…') whose content he never said in this meeting nor the briefing holds (see "
        "analysis/paraphrase.py)",
    )


class Analysis(BaseModel):
    """The analyser's reading of one trainee utterance given the conversation before it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    lang: Literal["ja", "en"]
    acts: list[Act]
    evidence: dict[str, list[str]] = Field(
        default_factory=dict, description="act -> the words that triggered it"
    )
    features: Features = Field(default_factory=Features)
    confidence: dict[str, float] = Field(
        default_factory=dict,
        description="act -> how sure the analyser is, 0.5 (borderline) to 1 (certain); an act "
        "missing here is certain. The engine picks a neutral reaction when a decisive act is unsure",
    )

    def sure(self, act: Act | str, at: float = 0.65) -> bool:
        """The act was found and the analyser is at least ``at`` sure of it."""
        return self.has(act) and self.confidence.get(Act(act).value, 1.0) >= at

    def has(self, *acts: Act | str) -> bool:
        return any((a if isinstance(a, Act) else Act(a)) in self.acts for a in acts)

"""The owner's state across a session, and the reply intent the engine decides each turn.

Both are plain pydantic data: the state is stored with every turn (resume and branch restore
it exactly), and the intent is what a realiser — offline lines or an LLM — is told to phrase.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..i18n import Lang
from ..persona import Behaviour, Persona, Reaction, Stage


class EngineState(BaseModel):
    """Everything the engine knows about the owner after a number of trainee turns."""

    model_config = ConfigDict(extra="forbid")

    persona_id: str
    lang: Lang
    seed: int = 0
    turn: int = Field(0, description="trainee turns processed so far")
    trust: float
    patience: float
    stage: Stage = Stage.RAPPORT
    disclosed: list[str] = Field(default_factory=list, description="fact ids, in order")
    hidden_issue_reached: bool = False
    issue_stated: bool = Field(
        False, description="the owner stated the issue in his words (a fact of underlying_issue.stated)"
    )
    closed_streak: int = 0
    waited: list[str] = Field(
        default_factory=list, description="fact ids held back once each time a question of its own came first"
    )
    last_had_fact: bool = Field(False, description="the owner's last reply disclosed a fact")
    blank_run: int = Field(
        0, description="the owner's replies in a row that told nothing (no fact, no answer, no talk on a topic)"
    )
    last_confided: bool = Field(
        False, description="the owner's last reply disclosed a personal or core fact (a reveal)"
    )
    test_pending: bool = False
    test_done: bool = False
    finished: bool = False
    end_reason: str | None = None
    unexplored_keywords: list[str] = Field(
        default_factory=list, description="owner keywords the trainee has not picked up yet"
    )
    used_lines: dict[str, list[int]] = Field(
        default_factory=dict, description="reaction -> indices of lines already said"
    )
    trust_history: list[float] = Field(default_factory=list)
    asked: list[str] = Field(
        default_factory=list, description="the trainee's earlier utterances that asked something"
    )
    answered: list[str] = Field(
        default_factory=list, description="answer topics the owner has answered, in order"
    )
    last_owner_words: list[str] = Field(
        default_factory=list, description="keywords of the owner's last reply"
    )
    last_owner_text: str = Field("", description="the owner's last reply, as said")
    owner_said: list[str] = Field(
        default_factory=list, description="the owner's last few replies, as said (his words given back)"
    )
    said: list[str] = Field(
        default_factory=list,
        description="short hashes of the owner's replies (no word-for-word repeat)",
    )
    said_sentences: list[str] = Field(
        default_factory=list,
        description="short hashes of the sentences of the owner's replies (no sentence said twice)",
    )
    used_answers: dict[str, list[int]] = Field(
        default_factory=dict, description="answer topic -> indices of its texts already said"
    )
    raised: list[str] = Field(
        default_factory=list, description="keywords the owner brought up himself (never postponed)"
    )
    no_audit: bool = Field(
        False, description="the supporter said this is no audit (審査): the owner may say he sees it"
    )
    reassured: bool = Field(
        False, description="the supporter has reassured him (「話したくないところは触れません」): credited once"
    )

    def clone(self) -> EngineState:
        """A copy whose lists and dicts can be changed without touching this state (cheaper
        than a generic deep copy: every field holds plain values, lists or dicts of lists)."""
        update: dict[str, object] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, list):
                update[name] = list(value)
            elif isinstance(value, dict):
                update[name] = {k: list(v) if isinstance(v, list) else v for k, v in value.items()}
        return self.model_copy(update=update)

    @classmethod
    def initial(cls, persona: Persona, lang: Lang, seed: int = 0) -> EngineState:
        b: Behaviour = persona.behaviour
        return cls(
            persona_id=persona.id,
            lang=lang,
            seed=seed,
            trust=b.initial_trust,
            patience=b.initial_patience,
            trust_history=[b.initial_trust],
        )


class AnswerIntent(BaseModel):
    """The owner answers a factual question: a topic of the persona's ``answers`` (None: none
    fits, the owner's honest "I don't know offhand"), guarded when trust is below its
    ``open_at``."""

    model_config = ConfigDict(extra="forbid")

    topic: str | None = None
    guarded: bool = False
    count: bool = Field(False, description="a how-many question: 「数えたこともない」 may answer it")
    amount: bool = Field(False, description="a how-much question (money, a share): 「帳面を見ないと」 may answer it")


class ReplyIntent(BaseModel):
    """What the owner will do in reply to one trainee turn: decided by the engine."""

    model_config = ConfigDict(extra="forbid")

    reaction: Reaction
    disclose: list[str] = Field(default_factory=list, description="fact ids to put into words")
    followup: Reaction | None = Field(
        None, description="a second move after the reply (a knowledge test, the closing)"
    )
    stage: Stage
    stage_changed: bool = False
    trust: float
    trust_delta: float
    ends_meeting: bool = False
    end_reason: str | None = None
    picked_keywords: list[str] = Field(default_factory=list)
    answer: AnswerIntent | None = Field(
        None, description="the factual question the reply answers, if any (said after the line)"
    )
    opener: Reaction | None = Field(
        None,
        description="a short line reacting to the trainee's move before the main line (after "
        "the insight the owner acknowledges a reflection, then talks about next steps)",
    )
    held_back: bool = Field(
        False, description="the trainee asked about something the owner is not ready to tell"
    )
    ask_kind: str = Field(
        "none", description="what the question asked for: fact, polar, open, feeling, future, opinion"
    )
    asked_how: bool = Field(
        True,
        description="the question sentence asks how or what it is like (どう・いかが / how): only then "
        "may a line echo it (「どうって、普通にやってますよ」); a who or a yes/no question gets none",
    )
    open_topic: str | None = Field(
        None, description="the persona's open_answers topic the owner talks on (open question)"
    )
    owner_topic: bool = Field(
        False, description="the trainee took up a topic the owner raised himself: never postponed"
    )
    approving: bool = Field(
        False, description="the owner may say an approving line (trust earned, move sure)"
    )
    peak: str | None = Field(
        None, description="the persona's peak lines the reply takes: feeling, future, invited, clarify"
    )
    praised: bool = Field(False, description="the supporter praised the owner: modesty may answer")
    lectured: bool = Field(
        False,
        description="the push was a long lecture or hard sell: 「レベルが高すぎる」 may answer it, "
        "never a one-line tip",
    )
    never_said: bool = Field(
        False,
        description="the supporter gave back as his words something he never said: the owner "
        "corrects it mildly (persona never_said), no relief, no trust gained, nothing disclosed",
    )
    pushed: bool = Field(
        False,
        description="the turn carried push evidence (advice, a proposal or offer, a verdict, a denial), "
        "whatever the top act: no insight or relief line (「今気づきました」) answers it",
    )
    gave_back: bool = Field(
        False, description="the turn gave back the owner's own words (a reflection or summary)"
    )
    reasons: list[str] = Field(
        default_factory=list, description="why the engine decided so (shown to instructors)"
    )

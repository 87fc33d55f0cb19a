"""Rubric files: how one skill (listening, deep-dive, summarising, non-leading) is scored, as data.

A rubric YAML holds its name and description, when it applies to a turn, its criteria — each
with observable markers (acts, context signals, phrases or numeric features of the turn) that
add or remove points — the feedback and suggestion texts, and the session-level settings.
Japanese and English stand side by side. The scorer (``simulator.scoring``) interprets them; the
numbers and words live in ``rubrics/*.yaml``, not in code.

Turn score = clamp(base + Σ criterion.weight × clamp(Σ marker points of the criterion, min, max)).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .acts import ACTS
from .datafiles import data_dir, load_named, yaml_files
from .errors import DataFileError
from .i18n import Lang, Text, TextList

RUBRIC_IDS: tuple[str, ...] = ("listening", "deep_dive", "summarising", "non_leading")

# Boolean signals the scorer computes for every turn (see simulator/scoring/signals.py).
CONTEXT_SIGNALS: tuple[str, ...] = (
    "question",  # the utterance asks something
    "picked_keyword",  # it picks up words of the owner (items: the keywords)
    "dug_keyword",  # its question digs into words or a phrase of the owner (items: those, ≤ 2)
    "owner_words",  # some word of the owner's comes back (quotable or not)
    "repeat",  # asks again what was already asked or answered
    "topic_switch",  # a question that ignores the owner's last turn (一問一答)
    "blunt_worry",  # 「今一番の悩みは何ですか？」
    "issue_question",  # asks directly about problems or issues
    "denial",  # denies or corrects the owner's view
    "owner_spoke",  # the context holds an owner turn
    "due",  # the rubric's due rule holds (e.g. a summary is due)
    "owner_question",  # the owner's last turn ends by asking the supporter something
    "closed_run",  # a bare closed question right after another one (interrogation)
    "owner_summary",  # a summary made of the owner's own words (most of them said first by the owner)
    "own_summary",  # a "summary" of the supporter's own words or proposals
    "vague_summary",  # an own_summary with no push: it names none of the owner's points
    "answers_owner",  # the owner asked the supporter directly and this turn answers (値踏み)
    "pressing",  # a point-blank demand for a vision or goal the owner has not raised
    "lecture",  # a long turn of the supporter's own explanation or advice (教授・講義)
    "paraphrase",  # a give-back of two or more of the owner's points (言い換え), not a summary
    "due_new",  # the first turn at which the rubric's due rule holds (the moment just arrived)
    "talk_heavy",  # the supporter has done most of the talking, over enough of the meeting
    "owner_irritated",  # the owner's last turn shows impatience (「さっき答えたけど」「取り調べみたい」)
    "denial_only",  # a denial of the owner's view with no other push: named as a denial, not advice
    "presses_refusal",  # asks again for what the owner just refused (items: the words asked for)
    "unsaid",  # gives back as the owner's words what he never said (items: those spans)
    "challenge",  # makes the owner justify himself ("Why can't you, then?")
    "role_challenge",  # the challenge holds his role against him (「社長なのに…ないんですか」)
    "asks_documents",  # asks for the financial statements or the books (「決算書を見せて…」)
    "from_form",  # gives back as his words what only the application form / briefing said
    "invented",  # a reflection in own words (「〜んですね」, "so you …") of what he never said
    "echo_only",  # the owner's words picked up only in passing, away from the turn's question
    "reassured",  # empathy whose evidence is only a reassurance about the meeting ("not an audit")
    "figure_question",  # every question of the turn asks for a figure (「何％ですか」 "How many rooms?")
    "switch_after_echo",  # a topic switch right after his last words given back (「…、こつこつ。ところで、…」)
    "what_if_push",  # admiration taken back by a what-if (「すごいですね。でも、…減ったら、どうするんですか？」)
    "closing",  # half the turn or more is thanks, the next meeting or his confidence kept (a close)
    "future_echoed",  # his future named only in the words given back; the question asks else
    "dodged",  # the owner asked and the turn puts his question off, nothing said to it (「…の前に」 "Let's come back to that")
)
SIGNALS: tuple[str, ...] = ACTS + CONTEXT_SIGNALS
NUMERIC_FEATURES: tuple[str, ...] = (
    "length",
    "talk_share",
    "summary_points",
    "picked_count",
    "owner_points",  # owner turns that first said words of the turn
    "owner_share",  # share of the turn's earlier-said words that the owner said first
)
PLACEHOLDERS: frozenset[str] = frozenset({"keyword", "keywords", "concern", "picked", "dug"})
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")

Signal = Literal[
    "open_question",
    "closed_question",
    "leading_question",
    "reflection",
    "summary",
    "empathy",
    "advice",
    "self_promotion",
    "other",
    "question",
    "picked_keyword",
    "dug_keyword",
    "owner_words",
    "repeat",
    "topic_switch",
    "blunt_worry",
    "issue_question",
    "denial",
    "owner_spoke",
    "due",
    "owner_question",
    "closed_run",
    "owner_summary",
    "own_summary",
    "vague_summary",
    "answers_owner",
    "pressing",
    "presses_to_talk",
    "presumes",
    "lecture",
    "paraphrase",
    "due_new",
    "talk_heavy",
    "owner_irritated",
    "denial_only",
    "presses_refusal",
    "unsaid",
    "challenge",
    "role_challenge",
    "asks_documents",
    "from_form",
    "invented",
    "echo_only",
    "reassured",
    "figure_question",
    "what_if_push",
    "closing",
    "future_echoed",
    "switch_after_echo",
    "dodged",
]
NumericFeature = Literal[
    "length", "talk_share", "summary_points", "picked_count", "owner_points", "owner_share"
]


class LangNumber(BaseModel):
    """A threshold that differs by language (length: characters in ja, words in en)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ja: float
    en: float

    def get(self, lang: Lang) -> float:
        return self.ja if lang == "ja" else self.en


class Condition(BaseModel):
    """One observable of a turn. Exactly one of ``signal``, ``phrases``, ``owner_phrases``,
    ``feature`` or ``ref`` is given."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    signal: Signal | None = Field(None, description="an act label or a context signal")
    phrases: TextList | None = Field(None, description="the utterance contains one of these")
    owner_phrases: TextList | None = Field(
        None, description="the owner's last turn contains one of these"
    )
    feature: NumericFeature | None = None
    at_least: float | LangNumber | None = None
    below: float | LangNumber | None = None
    ref: str | None = Field(None, description="a named condition of the rubric")

    @model_validator(mode="after")
    def _one_kind(self) -> Condition:
        kinds = [
            k
            for k in ("signal", "phrases", "owner_phrases", "feature", "ref")
            if getattr(self, k) is not None
        ]
        if len(kinds) != 1:
            raise ValueError(
                "give exactly one of signal, phrases, owner_phrases, feature, ref "
                f"(got {', '.join(kinds) or 'none'})"
            )
        if self.feature is not None and self.at_least is None and self.below is None:
            raise ValueError("a feature condition needs at_least or below")
        if self.feature is None and (self.at_least is not None or self.below is not None):
            raise ValueError("at_least and below go with feature")
        return self


class Marker(Condition):
    """An observable that counts for (points > 0) or against (points < 0) a criterion.

    ``feedback``: the line shown to the trainee when this marker is the reason (it names the
    behaviour; the criterion's line is the fallback). ``quiet``: the marker moves the score but
    shows no feedback line (a repeated reminder). ``suggestion``: better alternatives when this
    marker is the turn's weakest point (the criterion's are the fallback).
    """

    points: float = Field(description="added to the criterion when the marker holds")
    when: list[str] = Field(
        default_factory=list, description="signals or named conditions that must all hold"
    )
    unless: list[str] = Field(
        default_factory=list, description="signals or named conditions that must not hold"
    )
    per_item: bool = Field(False, description="points per matched item (e.g. per keyword)")
    max_items: int = Field(3, ge=1, le=10)
    label: Text | None = Field(None, description="short evidence label, e.g. 誘導質問")
    feedback: Text | None = Field(None, description="the feedback line for this behaviour")
    quiet: bool = Field(False, description="moves the score without a feedback line")
    suggestion: Suggestion | None = Field(
        None, description="better alternatives when this marker is the weakest point"
    )


class Feedback(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    good: Text = Field(description="shown when the criterion's markers scored positive")
    weak: Text = Field(description="shown when they scored negative")


class Suggestion(BaseModel):
    """Better alternatives; ``{keyword}`` is the owner's most salient word, ``{concern}`` his
    most salient word that names a situation, problem, feeling or something he could act on
    (a template about 状況 or どうしていきたい takes no concrete noun), ``{keywords}`` the
    points of a summary."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    with_keyword: TextList
    without_keyword: TextList
    again: TextList | None = Field(
        None,
        description="keyword-free lines shown instead when a without_keyword line was already "
        "shown word for word in the session (a repeat teaches nothing)",
    )

    @model_validator(mode="after")
    def _placeholders(self) -> Suggestion:
        for lang in ("ja", "en"):
            for text in self.with_keyword.get(lang) + self.without_keyword.get(lang):
                _check_placeholders(text)
            for text in self.without_keyword.get(lang) + (self.again.get(lang) if self.again else []):
                if _PLACEHOLDER_RE.search(text):
                    raise ValueError(f"without_keyword text must not use placeholders: {text!r}")
        return self


Marker.model_rebuild()


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: Text
    weight: float = Field(1.0, gt=0, le=5)
    markers: list[Marker] = Field(min_length=1)
    min_points: float = Field(-100, le=0, description="floor of the criterion's summed points")
    max_points: float = Field(100, ge=0, description="ceiling of the criterion's summed points")
    feedback: Feedback
    suggestion: Suggestion | None = Field(
        None, description="offered when this criterion is the turn's weakest point"
    )


class DueRule(BaseModel):
    """When the rubric is due even if the turn does not show its behaviour (summarising)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    owner_turns: int = Field(3, ge=1, description="substantive owner turns since the last time")
    substance: LangNumber = Field(description="minimum length of a substantive owner turn")
    met_by: list[Signal] = Field(min_length=1, description="acts that satisfy the rule")
    impatience: TextList | None = Field(
        None, description="owner phrases that make the rule due at once"
    )
    previous: TextList | None = Field(
        None,
        description="phrases marking an earlier trainee turn as meeting the rule, when the "
        "caller cannot say which turns did",
    )
    deflection: TextList | None = Field(
        None,
        description="owner phrases that put a topic off (「今はいいよ」 \"not now\"): such a turn "
        "gives no point to summarise",
    )
    greeting: TextList | None = Field(
        None,
        description="owner greetings (「どうぞ、こちらに」 \"come in\"): a short turn with one gives "
        "no point to summarise",
    )


class Applicability(BaseModel):
    """The rubric applies to a turn when ``always``, when any condition holds, or when due."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    always: bool = False
    any_of: list[Condition] = Field(default_factory=list)
    due: DueRule | None = None

    @model_validator(mode="after")
    def _something(self) -> Applicability:
        if not self.always and not self.any_of and self.due is None:
            raise ValueError("give always: true, any_of conditions or a due rule")
        return self


SessionMethod = Literal["mean", "due_coverage", "rates"]
# Conversation-level rates (0–1) a rubric's session score can use (``rates`` method):
SessionRate = Literal[
    "responsive",  # share of replies that acknowledge the owner (reflection, empathy, summary)
    "talk_share",  # 1 while the supporter's share of the talk is at most talk_share_ok, 0 from talk_share_bad
    "open_share",  # share of the supporter's questions that are open
    "gives_back",  # share of replies giving the owner's words back (reflection, summary; a question on his words: half)
    "interrogation",  # share of trainee turns inside runs of bare closed or leading questions
    "offences",  # share of trainee turns that lead, advise unasked, lecture, boast or deny
    "blunt",  # share of trainee turns with the blunt worry question or a point-blank vision demand
    "repeats",  # share of trainee turns that ask again what was asked or answered
    "topic_switches",  # share of trainee turns that leave the owner's answer (一問一答)
    "monologues",  # share of trainee turns at least monologue_at long
    "own_summaries",  # share of trainee turns that "summarise" the supporter's own proposals
    "summary_coverage",  # due moments met (late: half), see the summarising rubric
    "summary_quality",  # mean summarising score of the summaries made, 0–1
    "summary_rhythm",  # real summaries made over those a meeting of its length needs (one per 4 turns), 0–1
]


class SessionTerm(BaseModel):
    """One rate in a ``rates`` session score: blended in with ``weight`` (the rate × 100 takes
    that share of the score) or taken off with ``points`` (points × the rate)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    rate: SessionRate
    weight: float = Field(0, ge=0, le=1, description="share of the score given by the rate")
    points: float = Field(0, ge=0, le=200, description="points off at a rate of 1 (all turns)")
    label: Text | None = Field(None, description="how the report names this part")

    @model_validator(mode="after")
    def _one(self) -> SessionTerm:
        if (self.weight > 0) == (self.points > 0):
            raise ValueError("give either weight (a blended rate) or points (a penalty)")
        return self


class SessionSettings(BaseModel):
    """How the turn scores of a conversation become one session score (0–100)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    method: SessionMethod = "mean"
    default: float = Field(60, ge=0, le=100, description="score when no turn applied")
    worst_weight: float = Field(
        0, ge=0, le=10, description="extra weight of low turns: w = 1 + worst_weight × (100-s)/100"
    )
    talk_share_weight: float = Field(0, ge=0, le=1, description="share of the talk-share score")
    talk_share_ok: float = Field(0.45, ge=0, le=1, description="trainee share with full marks")
    talk_share_bad: float = Field(0.75, ge=0, le=1, description="trainee share with zero marks")
    run_length: int = Field(3, ge=2, description="closed questions in a row = interrogation")
    run_penalty: float = Field(0, ge=0, le=100, description="per interrogation run")
    repeat_penalty: float = Field(0, ge=0, le=100, description="per repeated question")
    offence_below: float | None = Field(
        None, ge=0, le=100, description="a turn scoring below this is an offence"
    )
    offence_penalty: float = Field(0, ge=0, le=100, description="per offending turn")
    interrogation_weight: float = Field(
        0,
        ge=0,
        le=100,
        description="× the share of trainee questions that interrogate (bare closed or leading "
        "questions, topic jumps, repeats: 根掘り葉掘り・詰問・審査)",
    )
    run_turn_penalty: float = Field(
        0, ge=0, le=100, description="per turn of an interrogation run beyond run_length"
    )
    switch_penalty: float = Field(0, ge=0, le=100, description="per 一問一答 topic switch")
    blunt_penalty: float = Field(0, ge=0, le=100, description="per blunt 「今一番の悩みは」")
    own_summary_penalty: float = Field(
        0, ge=0, le=100, description="per 'summary' of the supporter's own proposals"
    )
    monologue_at: LangNumber | None = Field(
        None, description="a trainee turn at least this long is a monologue"
    )
    monologue_penalty: float = Field(0, ge=0, le=100, description="per monologue")
    response_weight: float = Field(
        0,
        ge=0,
        le=1,
        description="share of the score given by how many trainee turns acknowledge the owner "
        "(reflection, empathy, summary of the owner)",
    )
    terms: list[SessionTerm] = Field(
        default_factory=list,
        description="rates: score = (1 - Σ weights) × turn mean + Σ weight × 100 × rate "
        "- Σ points × rate, then floor + (100 - floor) × score / 100",
    )
    min_turns: int = Field(
        6, ge=1, description="rates: trainee turns before a missing summary counts as missed"
    )
    due_window: int = Field(2, ge=1, description="trainee turns to meet a due moment in")
    coverage_weight: float = Field(0.65, ge=0, le=1, description="due_coverage: weight of coverage")
    floor: float = Field(10, ge=0, le=100, description="due_coverage: score with nothing met")

    @model_validator(mode="after")
    def _share_order(self) -> SessionSettings:
        if self.talk_share_bad <= self.talk_share_ok:
            raise ValueError("talk_share_bad must be greater than talk_share_ok")
        return self


class Rubric(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text
    description: Text
    base: float = Field(ge=0, le=100, description="turn score before any marker")
    weak_below: float = Field(60, ge=0, le=100, description="a turn below this is weak")
    applies: Applicability
    conditions: dict[str, Condition] = Field(
        default_factory=dict, description="named conditions for markers' when/unless"
    )
    criteria: list[Criterion] = Field(min_length=1)
    suggestion: Suggestion = Field(description="fallback when no criterion has its own")
    session: SessionSettings = Field(default_factory=SessionSettings)

    @model_validator(mode="after")
    def _references(self) -> Rubric:
        known = set(SIGNALS) | set(self.conditions)
        for name in self.conditions:
            if name in SIGNALS:
                raise ValueError(f"conditions.{name}: name clashes with a built-in signal")
        for name, cond in self.conditions.items():
            if cond.ref is not None:
                raise ValueError(f"conditions.{name}: a named condition cannot use ref")
        seen: set[str] = set()
        for ci, crit in enumerate(self.criteria):
            if crit.id in seen:
                raise ValueError(f"criteria.{ci}.id: duplicate criterion {crit.id!r}")
            seen.add(crit.id)
            for mi, marker in enumerate(crit.markers):
                where = f"criteria.{ci}.markers.{mi}"
                for name in [*marker.when, *marker.unless, *([marker.ref] if marker.ref else [])]:
                    if name not in known:
                        raise ValueError(f"{where}: unknown signal or condition {name!r}")
        for ai, cond in enumerate(self.applies.any_of):
            if cond.ref is not None and cond.ref not in self.conditions:
                raise ValueError(f"applies.any_of.{ai}: unknown condition {cond.ref!r}")
        if self.session.method == "due_coverage" and self.applies.due is None:
            raise ValueError("session.method due_coverage needs applies.due")
        if self.session.method == "rates":
            total = sum(t.weight for t in self.session.terms)
            if total > 1:
                raise ValueError(f"session.terms: weights add up to {total:g}, more than 1")
        return self

    def criterion(self, criterion_id: str) -> Criterion:
        for crit in self.criteria:
            if crit.id == criterion_id:
                return crit
        raise KeyError(criterion_id)


def _check_placeholders(text: str) -> None:
    for name in _PLACEHOLDER_RE.findall(text):
        if name not in PLACEHOLDERS:
            raise ValueError(
                f"unknown placeholder {{{name}}} in {text!r}; use {{keyword}}, {{concern}} or {{keywords}}"
            )


def load_rubric(path: str | Path) -> Rubric:
    """Load one rubric file; :class:`DataFileError` names the file and the field."""
    return load_named(Path(path), Rubric)


# the folder is looked at again at most once a second: every scored turn asks for the rubrics,
# and globbing plus a stat per file was a tenth of a turn's CPU; an edited rubric still shows at once
_RECHECK_SECONDS = 1.0
_folder_cache: dict[Path, tuple[float, dict[str, Rubric]]] = {}


def load_rubrics(folder: Path | None = None) -> dict[str, Rubric]:
    """Every rubric of ``rubrics/`` (or ``folder``) by id; cached per file modification time."""
    folder = folder if folder is not None else data_dir("rubrics")
    now = time.monotonic()
    hit = _folder_cache.get(folder)
    if hit is not None and now - hit[0] < _RECHECK_SECONDS:
        return dict(hit[1])
    rubrics = _read_rubrics(folder)
    _folder_cache[folder] = (now, rubrics)
    return dict(rubrics)


def _read_rubrics(folder: Path) -> dict[str, Rubric]:
    loaded = {r.id: r for r in (load_rubric(p) for p in yaml_files(folder))}
    order = {rid: i for i, rid in enumerate(RUBRIC_IDS)}
    rubrics = dict(sorted(loaded.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    if folder == data_dir("rubrics"):
        missing = [rid for rid in RUBRIC_IDS if rid not in rubrics]
        if missing:
            raise DataFileError(str(folder), [f"missing rubric file(s): {', '.join(missing)}"])
    return rubrics

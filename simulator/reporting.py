"""The end-of-session report: scores and how they were reached, what went well, the mistakes by
kind, the hints, what the owner disclosed in his own words, and the same as Markdown.

Turn numbering, everywhere (the report, its Markdown, the JSON and the exports): turn 1 is the
trainee's first utterance; an owner's opening or closing words have no number.

Field names are stable (the web UI renders them); new fields are added, never renamed. A
session with no trainee turn is too short to score: ``scores`` is then an empty dict (never
None) and ``note`` says why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, Field

from .acts import Analysis, Utterance, act_name
from .engine.state import EngineState
from .i18n import Lang
from .persona import Persona
from .report_checks import (
    FEW,
    asks_figure,
    clarifies_own_question,
    closed_ask,
    echoes,
    ends_closed,
    example_ok,
    gave_nothing,
    half_assent,
    own_moves,
    point_blank,
    put_off_example,
    reply_size,
)
from .report_markdown import render_markdown
from .report_names import TURN_NUMBERING
from .scoring.carried import carried

_GOOD_ACTS = ("summary", "reflection", "empathy", "open_question")
_PUSH_ACTS = frozenset({"leading_question", "advice", "self_promotion"})
_PUSH_FLAGS = frozenset(
    {"blunt_worry", "denial", "pressing", "presses_refusal", "own_summary", "unsaid", "invented"}
)
# flags of a mistake the turn's scoring named: such a turn is never a strength
_MISTAKE_FLAGS = _PUSH_FLAGS | {
    "repeat",
    "topic_switch",
    "closed_run",
    "lecture",
    "challenge",
    "issue_question",
    "from_form",
}
MAX_HINTS = 3
OWNER_ENDED = ("trust", "patience")  # end reasons: the owner ended the meeting
ENDED_HERE = {
    "ja": "この発言のあと、社長は面談を打ち切りました。社長の直前の言葉に戻り、受け止めてから問いかけましょう。",
    "en": "The owner ended the meeting after this. Go back to his last words and acknowledge them before asking.",
}
MAX_STRENGTHS = 3
MAX_WEAK_LINES = 2  # feedback lines on what went wrong (scoring.turn.MAX_WEAK_LINES)
QUOTE_CHARS = {"ja": 90, "en": 220}


class Report(BaseModel):
    persona_id: str
    lang: Lang
    scores: dict[str, float] = Field(
        description="session scores by rubric, 0–100; empty when no trainee turn was scored"
    )
    revealed: list[str]
    hidden_issue_reached: bool
    trust_curve: list[float]
    final_stage: str
    turns: int
    end_reason: str | None = None
    patterns: dict[str, Any] = Field(default_factory=dict)
    weakest_turns: list[dict[str, Any]] = Field(
        default_factory=list, description="the hints (same as ``hints``), kept for old readers"
    )
    markdown: str = ""
    # --- added for issue 8 (all optional for readers of older reports) ---
    note: str | None = Field(None, description="e.g. the session was too short to score")
    turn_numbering: str = Field(
        "", description="how turns are numbered (turn 1 = first trainee turn)"
    )
    score_details: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="rubric -> turn_mean, parts (rate, label, value, points), score",
    )
    feedback: list[str] = Field(default_factory=list, description="session-level comments")
    strengths: list[dict[str, Any]] = Field(
        default_factory=list,
        description="turns done well: turn, text, acts (names), what, owner_words, revealed",
    )
    mistakes: dict[str, list[int]] = Field(
        default_factory=dict, description="mistake kind -> turn numbers (see MISTAKES)"
    )
    question_counts: dict[str, int] = Field(
        default_factory=dict, description="open, closed and leading questions"
    )
    talk_share: float = Field(0.0, description="the supporter's share of the talk, 0–1")
    hints: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the turns that cost the most trust: turn, text, trust_delta, problem, "
        "suggestion",
    )
    core_words: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the owner's own words when he touched the core of the issue without naming "
        "it whole (a core fact other than the underlying issue's): turn, text",
    )
    owner_words: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the owner's own words when he named the underlying issue: turn, text",
    )
    underlying_issue_description: str | None = Field(
        None, description="the persona author's description of the underlying issue"
    )
    turn_results: list[dict[str, Any]] = Field(
        default_factory=list,
        description="every trainee turn: turn, text, acts, scores, feedback, suggestion, trust",
    )


def persona_names(persona: Persona) -> list[str]:
    """The owner's and the company's names in both languages: never quoted as the owner's point."""
    return [
        persona.owner.name.ja,
        persona.owner.name.en,
        persona.company.name.ja,
        persona.company.name.en,
    ]


def build_report(
    persona: Persona,
    lang: Lang,
    state: EngineState,
    turns: list[Any],
    history: list[Utterance],
    analyses: Mapping[int, Analysis] | None = None,
) -> Report:
    """The report of a live session: ``turns`` are its Turn objects, ``history`` its utterances.

    The turns are scored again from the transcript by the same scorer, with the same context,
    so the per-turn scores here are the ones the trainee saw during the meeting. ``analyses``
    (history index -> the analysis the session made of that trainee turn) spares analysing
    each turn a second time."""
    from .analysis.attribution import trainee_briefing
    from .scoring import score_conversation

    conversation = score_conversation(
        history,
        lang,
        names=persona_names(persona),
        briefing=trainee_briefing(persona, lang),
        analyses=analyses,
    )
    number_of = {t.index: t.turn for t in conversation.turns if t.turn is not None}
    spoken = [t for t in turns if getattr(t, "trainee_text", "")]
    base = Report(
        persona_id=persona.id,
        lang=lang,
        scores={k: round(float(v), 1) for k, v in conversation.scores.items()},
        revealed=list(state.disclosed),
        hidden_issue_reached=state.hidden_issue_reached,
        trust_curve=list(state.trust_history),
        final_stage=state.stage.name.lower(),
        turns=len(spoken),
        end_reason=state.end_reason,
        patterns=conversation.patterns.model_dump(),
        turn_numbering=TURN_NUMBERING[lang],
        feedback=list(conversation.feedback),
        score_details={k: d.model_dump() for k, d in conversation.details.items()},
        talk_share=conversation.patterns.talk_share,
    )
    if not spoken:
        base.note = (
            "面談が短すぎるため採点できませんでした（支援者の発言がありません）。"
            if lang == "ja"
            else "The meeting was too short to score (no supporter turn)."
        )
    scored = [t for t in conversation.turns if t.speaker == "trainee"]
    rows = _turn_rows(spoken, scored, state, lang)
    _mark_carried(rows, history, lang)
    base.turn_results = rows
    p = conversation.patterns
    base.question_counts = {
        "open": len(p.open_questions),
        "closed": len(p.closed_questions),
        "leading": len(p.leading),
    }
    base.mistakes = _mistakes(p.model_dump(), number_of, scored, lang)
    walked_out = state.end_reason in OWNER_ENDED and bool(rows)
    base.strengths = _strengths(
        rows, lang, base.mistakes, ended_on=rows[-1]["turn"] if walked_out else None
    )
    base.hints = _hints(rows, ended_on=rows[-1]["turn"] if walked_out else None, lang=lang)
    _drop_poor_examples(base.hints, history, lang, persona_names(persona))
    base.weakest_turns = [dict(h) for h in base.hints]
    base.owner_words = _owner_words(persona, spoken, rows)
    base.core_words = _core_words(persona, rows)
    base.underlying_issue_description = persona.underlying_issue.text.get(lang)
    base.markdown = render_markdown(base, persona)
    return base


def _turn_rows(
    spoken: list[Any], scored: list[Any], state: EngineState, lang: Lang
) -> list[dict[str, Any]]:
    """One row per trainee turn: the live turn (trust, reply) joined with its scoring."""
    rows: list[dict[str, Any]] = []
    before = state.trust_history[0] if state.trust_history else None
    for n, (live, result) in enumerate(zip(spoken, scored, strict=False), 1):
        trust = float(getattr(live, "trust", 0.0))
        delta = round(trust - before, 1) if before is not None else 0.0
        before = trust
        rows.append(
            {
                "turn": n,
                "text": live.trainee_text,
                "acts": list(result.acts),
                "act_names": [act_name(a, lang) for a in result.acts],
                "scores": dict(result.scores),
                "feedback": list(result.feedback),
                "suggestion": result.suggestion,
                "flags": [f for f in result.flags if not f.startswith("weak:")],
                "weak": [f[5:] for f in result.flags if f.startswith("weak:")],
                "owner_reply": live.owner_reply,
                "revealed": list(getattr(live, "revealed", []) or []),
                "trust": trust,
                "trust_delta": delta,
            }
        )
    return rows


def _mark_carried(rows: list[dict[str, Any]], history: list[Utterance], lang: Lang) -> None:
    """Each summary's row gets ``carried``: the share of the owner's points since the previous
    summary it gave back (scoring.carried), as the session's quality figure reads it."""
    trainee = [i for i, u in enumerate(history) if u.speaker == "trainee"]
    since = 0
    for r in rows:
        made = "summary" in r["acts"] or "owner_summary" in r["flags"]
        if not made or "own_summary" in r["flags"] or r["turn"] - 1 >= len(trainee):
            continue
        at = trainee[r["turn"] - 1]
        r["carried"] = round(carried(r["text"], history[:at], lang, since).share, 2)
        since = at + 1


def _mistakes(
    patterns: dict[str, Any], number_of: dict[int, int], scored: list[Any], lang: Lang
) -> dict[str, list[int]]:
    """Every turn the analysis labels with a mistake, under its kind. Advice is listed even when
    it came in an answer to the owner's question (the scorer names it 「答えの提示」); an open
    prompt is no part of a run of closed questions; a clarification of the trainee's own
    question is no topic jump."""

    def turns(indices: list[int]) -> list[int]:
        return sorted({number_of[i] for i in indices if i in number_of})

    by_index = {t.index: t for t in scored}
    unsolicited = [t.index for t in scored if "advice" in t.acts]
    # the runs the session comment counts, every trainee turn of them (a run holds closed or
    # leading questions only: scoring.patterns.is_interrogating)
    in_runs = [
        i
        for r in patterns.get("interrogation_runs", [])
        for i in range(r["start"], r["end"] + 1)
        if i in by_index
    ]
    switches = [
        i
        for i in patterns.get("topic_switches", [])
        if i not in by_index or not clarifies_own_question(by_index[i].text, lang)
    ]
    # a closed, fact-only question outside those runs (「ホームページは今あるんですか？」): the
    # feedback named it on the turn, the report lists it too (r12a s03, s09; r12b s03, s10); a
    # check of a summary, a request for leave or an invitation to talk is none (closed_ask)
    closed = [
        t.index
        for t in scored
        if t.index not in in_runs
        and "owner_summary" not in t.flags
        and closed_ask(t.text, t.acts, lang)
    ]
    found = {
        "leading": turns(patterns.get("leading", [])),
        "advice": turns(unsolicited),
        "lecture": turns(patterns.get("lectures", [])),
        "blunt": turns(patterns.get("blunt", [])),
        "interrogation": turns(in_runs),
        "closed": turns(closed),
        "repeat": turns(patterns.get("repeats", [])),
        "topic_switch": turns(switches),
        "denial": turns(patterns.get("denials", [])),
        "self_promotion": turns(patterns.get("self_promotion", [])),
        "own_summary": turns(patterns.get("own_summaries", [])),
        # a reflection of what he never said (invented) is the same mistake: one kind, its turns
        "unsaid": turns(
            [t.index for t in scored if {"unsaid", "invented"} & set(t.flags) and "from_form" not in t.flags]
        ),
        "from_form": turns([t.index for t in scored if "from_form" in t.flags]),
    }
    return {k: v for k, v in found.items() if v}


def _clip(text: str, lang: Lang) -> str:
    limit = QUOTE_CHARS[lang]
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _strengths(
    rows: list[dict[str, Any]],
    lang: Lang,
    mistakes: dict[str, list[int]] | None = None,
    ended_on: int | None = None,
) -> list[dict[str, Any]]:
    """Turns done well, with what the owner gave back: a disclosure, or trust gained. A strength
    is read from the same acts, flags and feedback the trainee saw on the turn: a turn with no
    mistake and a real good act. A turn is a strength or a mistake, never both: a turn listed
    under a mistake, labelled as a push (leading, advice, self-promotion, denial, a blunt worry
    question), flagged with any mistake or weak criterion by its scoring, asking a closed
    question (unless it checks a summary of his points) or a figure (report_checks.asks_figure:
    「何社くらい…？」 "what's your budget?"), or holding a move of the supporter's own
    (report_checks.own_moves) is never a strength; nor is a turn whose feedback praised nothing
    (an honest answer labelled empathy, a bare reflection: r10a s06 T3, r9b s09 T8). Nor is a
    turn the owner gave nothing back to (「また今度」 "It's not something I go into", a reply of a
    few words) unless he disclosed something, nor the turn he ended the meeting on (r9a, r9b)."""
    listed = {n for turns in (mistakes or {}).values() for n in turns}
    good = []
    for r in rows:
        acts = [a for a in r["acts"] if a in _GOOD_ACTS]
        pushes = (_PUSH_ACTS & set(r["acts"])) or (_MISTAKE_FLAGS & set(r["flags"]))
        if r["turn"] in listed or pushes or own_moves(r["text"], lang) or r["turn"] == ended_on:
            continue
        praised = len(r["feedback"]) > min(len(r.get("weak", [])), MAX_WEAK_LINES)
        gave_back = "open_question" in r["acts"] and bool({"reflection", "summary"} & set(r["acts"]))
        if not praised and (r["feedback"] or not gave_back):
            # the feedback praised nothing (every line named what was weak), or it said nothing
            # and the turn was no open question built on his words (an honest answer labelled
            # empathy, a bare reflection: r10a s06 T3, r9b s09 T8)
            continue
        summarised = "summary" in r["acts"] or "owner_summary" in r["flags"]
        closed = ("closed_question" in r["acts"] and "open_question" not in r["acts"]) or (
            ends_closed(r["text"], lang)
        )
        if (closed and not summarised) or asks_figure(r["text"], lang):
            continue
        if r.get("carried", 1.0) < 1.0 and half_assent(r["owner_reply"], lang):
            continue  # a thin summary he only half agreed with (r12b s02 T8)
        on_his_words = bool({"reflection", "summary"} & set(r["acts"])) or bool(
            {"picked_keyword", "owner_summary"} & set(r["flags"])
        )
        if point_blank(r["text"], lang) and not on_his_words and not echoes(r["text"]):
            continue  # his biggest hardship or his vision, asked out of nowhere (r12b s06, s10)
        if not acts or (r["trust_delta"] <= 0 and not r["revealed"]):
            continue
        if gave_nothing(r["owner_reply"], lang) and (
            not r["revealed"] or reply_size(r["owner_reply"], lang) < 2 * FEW[lang]
        ):
            continue  # a stock put-off counts as nothing, even one the engine tied to a fact
        good.append(r)
    good.sort(key=lambda r: (-len(r["revealed"]), -r["trust_delta"], r["turn"]))
    out = []
    for r in good[:MAX_STRENGTHS]:
        # the praise the trainee saw: the lines after those naming what was weak (weak first)
        praise = r["feedback"][min(len(r.get("weak", [])), MAX_WEAK_LINES) :]
        what = next((f for f in praise if "{" not in f), "")
        out.append(
            {
                "turn": r["turn"],
                "text": r["text"],
                "acts": [act_name(a, lang) for a in r["acts"] if a in _GOOD_ACTS],
                "what": what,
                "owner_words": _clip(r["owner_reply"], lang),
                "revealed": r["revealed"],
                "trust_delta": r["trust_delta"],
            }
        )
    return sorted(out, key=lambda s: s["turn"])


_gave_nothing = gave_nothing  # its old name here (report_checks holds it now)


def _drop_poor_examples(
    hints: list[dict[str, Any]], history: list[Utterance], lang: Lang, names: list[str]
) -> None:
    """A rewrite example whose quoted words are not the owner's points is not reprinted: the
    hint keeps its problem and loses the example (``suggestion`` None)."""
    trainee = [i for i, u in enumerate(history) if u.speaker == "trainee"]
    for h in hints:
        at = trainee[h["turn"] - 1] if h["turn"] - 1 < len(trainee) else len(history)
        if not example_ok(h.get("suggestion"), history[:at], lang, names=names):
            h["suggestion"] = None
        elif put_off_example(h.get("suggestion"), history[:at], lang):
            h["suggestion"] = None  # a "summary" of his put-offs (r12b s03 T8)


def _hints(
    rows: list[dict[str, Any]], ended_on: int | None = None, lang: Lang = "ja"
) -> list[dict[str, Any]]:
    """The turns that cost the most trust, a named mistake first among equals; each with what
    went wrong and a better alternative. A hint needs something the feedback said went wrong
    (a named mistake or a weak criterion): a turn the owner reacted badly to with nothing but
    praise in its feedback teaches nothing. The turn the owner ended the meeting on
    (``ended_on``) is always a hint, first."""
    mistakes = {"leading_question", "advice", "self_promotion"}
    flagged = {
        "blunt_worry",
        "pressing",
        "repeat",
        "topic_switch",
        "denial",
        "lecture",
        "own_summary",
        "unsaid",
        "invented",
        "from_form",
    }

    def named(r: dict[str, Any]) -> bool:
        return bool(mistakes & set(r["acts"]) or flagged & set(r["flags"]))

    def cost(r: dict[str, Any]) -> float:
        # a named mistake is a hint even when the owner's trust rose (he may not react to it)
        return min(r["trust_delta"], 0.0) - 5.0 if named(r) else r["trust_delta"]

    def weak(r: dict[str, Any]) -> bool:
        return named(r) or any(f.startswith("weak:") for f in r["flags"])

    candidates = [r for r in rows if cost(r) < 0 and weak(r) and r["feedback"]]
    candidates.sort(key=lambda r: (cost(r), r["turn"]))
    last = [r for r in rows if r["turn"] == ended_on]
    if last and (named(last[0]) or last[0]["trust_delta"] < 0):
        candidates = last + [r for r in candidates if r not in last]
    else:
        # a harmless last line (a thank-you, a request to come again) the owner ended the
        # meeting on is no damage: the worst real push of the session comes first, the line
        # he walked out on after them (r12b s03 T8 above the push at T3)
        candidates = [r for r in candidates if r not in last] + last

    def problem(r: dict[str, Any]) -> str:
        if weak(r) and r["feedback"]:
            return str(r["feedback"][0])
        return ENDED_HERE[lang] if r["turn"] == ended_on else ""

    return [
        {
            "turn": r["turn"],
            "index": r["turn"] - 1,
            "text": r["text"],
            "trust_delta": r["trust_delta"],
            "problem": problem(r),
            "suggestion": r["suggestion"],
            "low": min((v for v in r["scores"].values() if v is not None), default=None),
        }
        for r in candidates[:MAX_HINTS]
    ]


def _owner_words(
    persona: Persona, spoken: list[Any], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """What the owner actually said when he put the underlying issue into words: his reply on
    the turn he disclosed one of its facts (``Persona.issue_facts``: the fact or an ``also`` one,
    either of which reaches it), never the author's description."""
    issue = set(persona.issue_facts)
    return [
        {"turn": r["turn"], "text": r["owner_reply"]}
        for r in rows
        if issue & set(r["revealed"]) and r["owner_reply"]
    ]


def _core_words(persona: Persona, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the owner said when he opened a core fact that is not the underlying issue itself:
    he came close to it in his own words."""
    issue = set(persona.issue_facts)
    core = {f.id for f in persona.facts if f.depth.value == "core"} - issue
    return [
        {"turn": r["turn"], "text": r["owner_reply"]}
        for r in rows
        if core & set(r["revealed"]) and r["owner_reply"]
    ]

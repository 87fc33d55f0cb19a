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
from .persona_answers import Stance
from .report_checks import (
    FEW,
    asks_figure,
    asks_own_view,
    brushed_off,
    checks_back,
    clarifies_own_question,
    closed_ask,
    contradicts,
    echoes,
    ends_closed,
    example_ok,
    gave_nothing,
    groping,
    half_assent,
    jumps,
    misquotes,
    own_moves,
    point_blank,
    praise_line,
    put_off_example,
    reply_size,
    shifts_topic,
)
from .report_markdown import render_markdown
from .report_names import TURN_NUMBERING
from .scoring.carried import carried

_GOOD_ACTS = ("summary", "reflection", "empathy", "open_question")
_PUSH_ACTS = frozenset({"leading_question", "advice", "self_promotion"})
_PUSH_FLAGS = frozenset(
    {
        "blunt_worry",
        "denial",
        "pressing",
        "presses_refusal",
        "own_summary",
        "unsaid",
        "invented",
        "presses_to_talk",
        "presumes",
    }
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
# what a hint names: the pushes and the mistakes the turn's scoring flagged
HINT_ACTS = frozenset({"leading_question", "advice", "self_promotion"})
HINT_FLAGS = frozenset(
    {
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
        "asks_documents",
        "presses_refusal",
        "presses_to_talk",
        "presumes",
    }
)
# a mistake that is one whatever the owner did (his trust may still rise): a hint all the same
# (the books asked for at once: r14a s06 T1, trust +1.0, flagged on the turn)
CERTAIN_ACTS = frozenset({"leading_question", "advice"})
CERTAIN_FLAGS = frozenset({"blunt_worry", "asks_documents", "presses_to_talk", "presumes"})
# a turn that cost this much trust is always named in the report, in the mistakes or the hints
# (r14b s07 T9: −6.6 with praise only in its feedback, missing while a −4 turn was shown)
COSTLY = 3.0
COSTLY_LINE = {
    "ja": "この発言のあと、社長の信頼が大きく下がりました（{delta}）。社長の返事を読み返し、"
    "直前の社長の言葉を受け止めてから問いかけましょう。",
    "en": "The owner's trust fell sharply after this ({delta}). Read his reply again, and "
    "acknowledge his last words before you ask.",
}
OWNER_ENDED = ("trust", "patience")  # end reasons: the owner ended the meeting
ENDED_HERE = {
    "ja": "この発言のあと、社長は面談を打ち切りました。社長の直前の言葉に戻り、受け止めてから問いかけましょう。",
    "en": "The owner ended the meeting after this. Go back to his last words and acknowledge them before asking.",
}
MAX_STRENGTHS = 3
# weak marks on the conversation, not on what the turn did (a summary was due, the supporter has
# talked most so far): a deep question on his words stays a strength (r13a s08 T8 「その『一応』と
# いうのは…」); any other weak mark rules it out
CONTEXT_MARKS = frozenset({"summarising.timing", "listening.owner_talks"})
# trust a turn must gain to count as having moved him when he told nothing (what any plain open
# question gains is less: 'What matters most to you about the shop?' +1.7, rep13's blind play), and
# on a turn he groped for words on (r13b s05 T7)
MOVED = 3.0
# how far a disclosed fact goes: a strength that opened him up ranks above an early fact question
DEPTH_RANK = {"surface": 1, "personal": 2, "core": 3}
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
        description="rubric -> turn_mean, parts (rate, label, value, points), score; "
        "summarising also has quality_terms (turn, score, carried, value): the summaries whose "
        "mean value is the summary_quality part",
    )
    feedback: list[str] = Field(default_factory=list, description="session-level comments")
    strengths: list[dict[str, Any]] = Field(
        default_factory=list,
        description="turns done well: turn, text, acts (names), what, owner_words, revealed",
    )
    mistakes: dict[str, list[int]] = Field(
        default_factory=dict, description="mistake kind -> turn numbers (see MISTAKES)"
    )
    summary_made: bool = Field(
        True,
        description="a summary of the owner's points was made; False: the report shows "
        "「要約はしていません」 / 'no summary made' instead of a summary quality figure",
    )
    interrogation_runs: list[list[int]] = Field(
        default_factory=list,
        description="each run of closed questions in a row (≥ 3, the rubric's closed_run): its "
        "first and last turn numbers; the report names a run as ターン1–3, never one turn",
    )
    question_counts: dict[str, int] = Field(
        default_factory=dict, description="open, closed and leading questions"
    )
    talk_share: float = Field(0.0, description="the supporter's share of the talk, 0–1")
    hints: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the turns that cost the most trust: turn, text, trust_delta, problem, "
        "suggestion, kinds (the mistake kinds its turn is listed under); every turn that cost "
        "COSTLY trust or more and is listed under no kind is here",
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
    near_words: list[dict[str, Any]] = Field(
        default_factory=list,
        description="the owner's own words when he told a fact that leads to the core of the issue "
        "(one a core fact needs before it can be told), the issue not reached: turn, text",
    )
    walk_out: dict[str, Any] | None = Field(
        None,
        description="when the owner ended the meeting: turn (the last), reason (trust or patience), "
        "cause (the turn that took trust under his limit), limit, drops (turn, trust_delta)",
    )
    underlying_issue_description: str | None = Field(
        None,
        description="the persona author's description of the underlying issue: never filled in "
        "the trainee's report (it would tell him the answer; r18a s05)",
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
        revealed=list(state.disclosed) + told_in_answers(persona, history, state.disclosed, lang),
        hidden_issue_reached=state.hidden_issue_reached or state.issue_stated,
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
    if "summarising" in base.score_details:
        base.score_details["summarising"]["quality_terms"] = _quality_terms(
            conversation.turns, number_of, lang
        )
        _no_summary(base, lang)
    p = conversation.patterns
    base.question_counts = {
        "open": len(p.open_questions),
        "closed": len(p.closed_questions),
        "leading": len(p.leading),
    }
    base.mistakes = _mistakes(p.model_dump(), number_of, scored, lang)
    base.interrogation_runs = _runs(p.model_dump(), number_of)
    base.question_counts = _question_counts(base.question_counts, base.mistakes, number_of, p)
    walked_out = state.end_reason in OWNER_ENDED and bool(rows)
    base.strengths = _strengths(
        rows,
        lang,
        base.mistakes,
        ended_on=rows[-1]["turn"] if walked_out else None,
        # the form's pitch and his company introduction open nothing: rank 0, no disclosure earned
        depth={f.id: 0 if f.form or f.intro else DEPTH_RANK[f.depth.value] for f in persona.facts},
        heard=_heard(history),
    )
    base.hints = _hints(
        rows,
        ended_on=rows[-1]["turn"] if walked_out else None,
        lang=lang,
        mistakes=base.mistakes,
    )
    _drop_poor_examples(base.hints, history, lang, persona_names(persona))
    base.weakest_turns = [dict(h) for h in base.hints]
    base.owner_words = _owner_words(persona, spoken, rows)
    base.core_words = _core_words(persona, rows)
    base.near_words = _near_words(persona, rows)
    # reached is what he said, not only the engine's flags: a fact stating the issue told in one
    # of his answers (told_in_answers) or on a turn's reply counts as well (issue 9: when the
    # owner has said it, the session must know it)
    base.hidden_issue_reached = (
        base.hidden_issue_reached
        or bool(set(base.revealed) & set(persona.stating_facts))
        or bool(base.owner_words)
    )
    if walked_out:
        base.walk_out = _walk_out(rows, state, persona)
    # the persona author's description of the 裏課題 stays out of the trainee's report (r18a
    # s05): an instructor reads it in the persona, no view shows it to the trainee
    base.underlying_issue_description = None
    base.markdown = render_markdown(base, persona)
    return base


def told_in_answers(
    persona: Persona, history: list[Utterance], disclosed: list[str], lang: Lang
) -> list[str]:
    """The facts the owner told in a short answer of his (an answer topic the persona links to a
    fact: 「娘は去年の春からやね。名古屋の百貨店におったで…」 tells of the daughter back from the
    department store): his reply holds that answer's words, so the fact was told, though the
    engine keeps it open to be told at length later (r18a s08: 1/17 beside s03's 7/17 for the
    same daughter). A guarded answer (his refusal below the topic's trust) tells nothing."""
    if persona.answers is None:
        return []
    replies = [" ".join(u.text.split()) for u in history if u.speaker == "owner"]
    out: list[str] = []
    for a in persona.answers.topics:
        if a.fact is None or a.fact in disclosed or a.fact in out:
            continue
        if a.stance != Stance.ANSWER:
            continue  # 「決算書は出さないよ」 keeps the fact behind it: a refusal tells nothing (bots5 pushy)
        texts = [" ".join(t.split()) for t in a.text.get(lang) if t.strip()]
        if any(t in r for t in texts for r in replies):
            out.append(a.fact)
    return out


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
        made = made and "not_summary" not in r["flags"]  # one reply of his: a reflection
        if not made or "own_summary" in r["flags"] or r["turn"] - 1 >= len(trainee):
            continue
        at = trainee[r["turn"] - 1]
        r["carried"] = round(carried(r["text"], history[:at], lang, since).share, 2)
        since = at + 1


def _quality_terms(
    turns: list[Any], number_of: dict[int, int], lang: Lang
) -> list[dict[str, Any]]:
    """How the session's 「要約の質」 comes from the turns, term by term (the same rule as
    ``scoring.session.rates``): each summary of his points (or, when none was made, each
    paraphrase) counts its summarising score at the turn times the share of the owner's points
    since the previous one it carried (``scoring.carried``); the figure is their mean. The
    report prints the terms, so 「要約の質 9%」 beside a turn scored 86 can be checked by hand
    (r14b s08 T7: 86 × 10%)."""
    from .scoring.patterns import is_owner_summary
    from .scoring.session import is_real_summary

    # the real summaries only, as the figure counts them: an echo of one word (18) is no term
    # of 「要約の質 0%」 (r17a s03 T8)
    trainee = [t for t in turns if t.speaker == "trainee" and is_real_summary(t, turns, lang)]
    made = [t for t in trainee if is_owner_summary(t)]
    paraphrases = [t for t in trainee if t not in made]
    history = [Utterance(speaker=t.speaker, text=t.text) for t in turns]
    at = {t.index: n for n, t in enumerate(turns)}

    def terms(chosen: list[Any], kind: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        since = 0
        for t in chosen:
            v = t.scores.get("summarising")
            n = at.get(t.index)
            if v is None or n is None or t.index not in number_of:
                continue
            share = carried(t.text, history[:n], lang, since).share
            out.append(
                {
                    "turn": number_of[t.index],
                    "score": round(float(v), 1),
                    "carried": round(share, 2),
                    "value": round(float(v) * share, 1),
                    "kind": kind,
                }
            )
            since = n + 1
        return out

    # the report's 「要約の質」 is named for summaries of his points only: where his paraphrases
    # stand in (none was made), the report says no summary was made (r20a s03)
    return terms(made, "summary") or terms(paraphrases, "paraphrase")


# the report's words when no summary of his points was made: the figure the paraphrases stand in
# for is never called 「要約の質」 (r20a s03: 「要約の質 100%」 for a beginner who never summarised)
NO_SUMMARY = {
    "label": {
        "ja": "要約はしていません（代わりに数えた言い換えの質）",
        "en": "no summary made (the quality of your paraphrases, counted instead)",
    },
    "none": {"ja": "要約はしていません", "en": "no summary made"},
    # the coverage the paraphrases met: never 「要約が必要な場面でまとめた割合 100%」 beside 「要約は
    # していません」 (r23a s01)
    "coverage": {
        "ja": "要約が必要な場面への対応（要約はしていないため、言い換えを数えています）",
        "en": "moments needing a summary (no summary made: your paraphrases counted instead)",
    },
    "praise": {
        "ja": "要所で社長の話をまとめられています。",
        "en": "You summarised the owner's points at the moments that needed it.",
    },
    "said": {
        "ja": "社長の話を言い換えて返せた場面はありますが、社長の話の要点をまとめて確かめる要約は"
        "していません。要点がたまったら「社長が考えているのはこういったことなんですね」とまとめましょう。",
        "en": "You gave some of his points back in other words, but made no summary of his points; "
        "when they pile up, sum them up (\"So what you are thinking is this, isn't it?\").",
    },
}


def _no_summary(report: Report, lang: Lang) -> None:
    """A session without a summary of his points shows 「要約はしていません」 where the summary
    figures are: the quality part named for what it counted (his paraphrases, or nothing), and no
    praise for summarising (issue 8: the report says what happened)."""
    detail = report.score_details.get("summarising")
    if not detail:
        return
    terms = detail.get("quality_terms") or []
    if any(t.get("kind") == "summary" for t in terms):
        return
    for part in detail.get("parts", []):
        if part.get("rate") == "summary_coverage" and terms and part.get("value"):
            part["label"] = NO_SUMMARY["coverage"][lang]
        if part.get("rate") != "summary_quality":
            continue
        if terms:
            part["label"] = NO_SUMMARY["label"][lang]
        else:
            part["label"], part["value"] = NO_SUMMARY["none"][lang], None
    if NO_SUMMARY["praise"][lang] in report.feedback:
        report.feedback = [
            NO_SUMMARY["said"][lang] if f == NO_SUMMARY["praise"][lang] else f for f in report.feedback
        ]
    report.summary_made = False


def _runs(patterns: dict[str, Any], number_of: dict[int, int]) -> list[list[int]]:
    """The runs of closed questions in a row as [first turn, last turn] (the session comment's
    runs: scoring.patterns.interrogation_runs, ≥ 3 trainee turns each)."""
    out = []
    for r in patterns.get("interrogation_runs", []):
        turns = [number_of[i] for i in range(r["start"], r["end"] + 1) if i in number_of]
        if turns:
            out.append([min(turns), max(turns)])
    return out


def _mistakes(
    patterns: dict[str, Any], number_of: dict[int, int], scored: list[Any], lang: Lang
) -> dict[str, list[int]]:
    """Every turn the analysis labels with a mistake, under its kind. Advice that came in an
    answer to the owner's question is listed as such (the scorer names it 「答えの提示」); an open
    prompt is no part of a run of closed questions; a clarification of the trainee's own
    question is no topic jump."""

    def turns(indices: list[int]) -> list[int]:
        return sorted({number_of[i] for i in indices if i in number_of})

    by_index = {t.index: t for t in scored}
    # advice in an answer to his own question is named as the turn named it (「社長の問いへの答えが、
    # 支援者の意見や提案にまで広がっています」), never as unasked (r22b s04 T4: 「ECってどこのがいいの？」)
    unsolicited = [t.index for t in scored if "advice" in t.acts and "answers_owner" not in t.flags]
    answered = [t.index for t in scored if "advice" in t.acts and "answers_owner" in t.flags]
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
        and (
            # the turn's feedback said 「閉じた質問です」: the report counts what the trainee was
            # told (r14a s08 T8, r14b s05 T4, T12, s08 T10: 「閉じた質問 0回」 under that line)
            said_closed(t.feedback, lang)
            or (
                "owner_summary" not in t.flags
                and closed_ask(
                    t.text, t.acts, lang, named="weak:deep_dive.open_questions" in t.flags
                )
            )
        )
    ]
    found = {
        "leading": turns(patterns.get("leading", [])),
        "advice": turns(unsolicited),
        "answer_advice": turns(answered),
        "lecture": turns(patterns.get("lectures", [])),
        # the session's blunt rate also counts a challenge (「どうしてできないんですか」 "Why can't
        # you…?"): the report names it as the turn did, making him justify himself, not as a
        # blunt worry question (r18b s06 T2)
        "blunt": turns(
            [
                i
                for i in patterns.get("blunt", [])
                if i not in by_index or {"blunt_worry", "pressing"} & set(by_index[i].flags)
            ]
        ),
        "challenge": turns(
            [
                i
                for i in patterns.get("blunt", [])
                if i in by_index and "challenge" in by_index[i].flags
            ]
        ),
        # the books asked for: named on the turn, listed here (r14a s06 T1, r14b s06 T1)
        "asks_documents": turns([t.index for t in scored if "asks_documents" in t.flags]),
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
        # a refused topic asked again: named on the turn, listed here
        "presses_refusal": turns([t.index for t in scored if "presses_refusal" in t.flags]),
        # pressure to talk, a premise from what she heard beforehand: named on the turn, listed
        # here as what they are, never as advice (r22b s10 T4)
        "presses_to_talk": turns([t.index for t in scored if "presses_to_talk" in t.flags]),
        "presumes": turns([t.index for t in scored if "presumes" in t.flags]),
    }
    return {k: v for k, v in found.items() if v}


# the feedback line a closed question gets on the turn (rubrics/deep_dive.yaml, closed_question)
CLOSED_LINE = {"ja": "閉じた質問です", "en": "A closed question"}


def said_closed(feedback: list[str], lang: Lang) -> bool:
    """The turn's feedback named its question closed (「閉じた質問です。…」)."""
    return any(str(f).startswith(CLOSED_LINE[lang]) for f in feedback)


def _clip(text: str, lang: Lang) -> str:
    limit = QUOTE_CHARS[lang]
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _question_counts(
    counts: dict[str, int], mistakes: dict[str, list[int]], number_of: dict[int, int], p: Any
) -> dict[str, int]:
    """The question counter reads the turns the lists show (r13b s06: 「閉じた質問 3回」 over a
    list naming one turn): the closed questions are the turns listed as closed, alone or in a
    run (a leading question in a run counts as leading); the open ones, the turns labelled open
    that are not listed as closed (a reflection ending on a yes/no question)."""
    leading = {number_of[i] for i in p.leading if i in number_of}
    closed = set(mistakes.get("closed", [])) | (set(mistakes.get("interrogation", [])) - leading)
    opened = {number_of[i] for i in p.open_questions if i in number_of} - closed
    return {"open": len(opened), "closed": len(closed), "leading": counts.get("leading", 0)}


def _heard(history: list[Utterance]) -> dict[int, str]:
    """Trainee turn number -> all the owner said before it (joined)."""
    out: dict[int, str] = {}
    said: list[str] = []
    n = 0
    for u in history:
        if u.speaker == "trainee":
            n += 1
            out[n] = " ".join(said)
        else:
            said.append(u.text)
    return out


def _strengths(
    rows: list[dict[str, Any]],
    lang: Lang,
    mistakes: dict[str, list[int]] | None = None,
    ended_on: int | None = None,
    depth: Mapping[str, int] | None = None,
    heard: Mapping[int, str] | None = None,
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
    few words) unless he disclosed something, nor the turn he ended the meeting on (r9a, r9b);
    but a turn he groped for words on (「まだ、言葉にできなくて」) that gained real trust
    (``MOVED``) moved him (r13b s05 T7: an apology, empathy and an open question on his words).
    A turn that opens with a change of subject of the supporter's (「あと、申込書の…」) is no
    strength unless it builds on his words, and a closed question is none unless it checks a
    summary or reflection of his (「…と聞きましたが、娘さんが後を継がれるんですか」 labelled a
    summary: r13b s08 T6). The turns that opened him up come first: the deepest fact disclosed
    (``depth``: fact id -> 1 surface, 2 personal, 3 core), then the facts, then the trust gained
    (r13a s07: T8, T9, T11 above three early fact turns). A turn that quotes back as his words
    he never said (``heard``: turn -> what the owner said before it; report_checks.misquotes:
    「『中心ですかね』と少し間を置かれた」, r14b s08 T2) is never a strength: it put words in his
    mouth, whatever he answered."""
    listed = {n for turns in (mistakes or {}).values() for n in turns}
    ranks = depth or {}

    def earned(r: dict[str, Any]) -> list[str]:
        """The facts his reply told that the move earned: not the form's pitch nor his company
        introduction (rank 0), which he tells whatever was asked (r20b s09 T11)."""
        return [f for f in r["revealed"] if ranks.get(f, 1) > 0]


    # the owner's reply just before each turn (a jump is judged against it)
    last = {r["turn"] + 1: r["owner_reply"] for r in rows}
    good = []
    for r in rows:
        acts = [a for a in r["acts"] if a in _GOOD_ACTS]
        pushes = (_PUSH_ACTS & set(r["acts"])) or (_MISTAKE_FLAGS & set(r["flags"]))
        if r["turn"] in listed or pushes or own_moves(r["text"], lang) or r["turn"] == ended_on:
            continue
        if heard is not None and misquotes(r["text"], heard.get(r["turn"], ""), lang):
            continue  # words put in his mouth (r14b s08 T2)
        if set(r.get("weak", [])) - CONTEXT_MARKS:
            continue  # the turn's scoring named something weak in what it did
        if "advice_excused" in r["flags"] and contradicts(r["text"], lang):
            continue  # 「…悔しいですよね。でも…難しいと思いますよ」: a denial after the empathy (r15a s05 T10)
        if jumps(r["text"], last.get(r["turn"], ""), lang):
            continue  # 「…By the way, do you have a successor?」 (r15b s06 T3, s10 T9)
        if brushed_off(r["owner_reply"], lang):
            continue  # 「細かい話をしてもしょうがないでしょ？」 (r15b s08 T5)
        praised = len(r["feedback"]) > min(len(r.get("weak", [])), MAX_WEAK_LINES)
        gave_back = "open_question" in r["acts"] and bool(
            {"reflection", "summary", "empathy"} & set(_shown_acts(r))
        )
        if not praised and (r["feedback"] or not gave_back):
            # the feedback praised nothing (every line named what was weak), or it said nothing
            # and the turn was no open question built on his words (an honest answer labelled
            # empathy, a bare reflection: r10a s06 T3, r9b s09 T8)
            continue
        on_his_words = bool({"reflection", "summary"} & set(r["acts"])) or bool(
            {"picked_keyword", "owner_summary"} & set(r["flags"])
        )
        closed = ("closed_question" in r["acts"] and "open_question" not in r["acts"]) or (
            ends_closed(r["text"], lang)
        )
        door = checks_back(r["text"], lang) or asks_own_view(r["text"], lang)
        if (closed and not (on_his_words and door)) or asks_figure(
            r["text"], lang
        ):
            continue
        if r.get("carried", 1.0) < 1.0 and half_assent(r["owner_reply"], lang):
            continue  # a thin summary he only half agreed with (r12b s02 T8)
        if shifts_topic(r["text"], lang) and not on_his_words:
            continue  # 「あと、申込書の新規事業の検討というのは…」 (r13b s05 T9)
        if point_blank(r["text"], lang) and not on_his_words and not echoes(r["text"]):
            continue  # his biggest hardship or his vision, asked out of nowhere (r12b s06, s10)
        if not acts or (r["trust_delta"] < MOVED and not earned(r)):
            continue  # he told nothing and it barely moved him: any open question gains that much
        moved = groping(r["owner_reply"], lang) and r["trust_delta"] >= MOVED
        if (
            gave_nothing(r["owner_reply"], lang)
            and (not earned(r) or reply_size(r["owner_reply"], lang) < 2 * FEW[lang])
            and not moved
        ):
            continue  # a stock put-off counts as nothing, even one the engine tied to a fact
        good.append(r)
    def opened(r: dict[str, Any]) -> int:
        return max((ranks.get(f, 1) for f in r["revealed"]), default=0)

    good.sort(key=lambda r: (-opened(r), -len(earned(r)), -r["trust_delta"], r["turn"]))
    out = []
    for r in good[:MAX_STRENGTHS]:
        # the praise the trainee saw: the lines after those naming what was weak (weak first)
        praise = r["feedback"][min(len(r.get("weak", [])), MAX_WEAK_LINES) :]
        what = next((f for f in praise if "{" not in f), "")
        out.append(
            {
                "turn": r["turn"],
                "text": r["text"],
                "acts": [act_name(a, lang) for a in _shown_acts(r) if a in _GOOD_ACTS],
                "what": what,
                "owner_words": _clip(r["owner_reply"], lang),
                "revealed": r["revealed"],
                "trust_delta": r["trust_delta"],
            }
        )
    return sorted(out, key=lambda s: s["turn"])


def _shown_acts(row: dict[str, Any]) -> list[str]:
    """The acts a strength is named by: the analyser's "summary" of one reply of his, which the
    scorer read as a reflection (``not_summary``), is named （伝え返し）, never （要約）: the turn's
    own feedback praised no summary (r15b s04 T11; issue 8 class 2)."""
    acts = list(row["acts"])
    if "not_summary" in row["flags"] and "summary" in acts:
        mine = "reflection" if "summary_reflects" in row["flags"] else ""
        acts = [a for a in dict.fromkeys(mine if a == "summary" else a for a in acts) if a]
    if "not_empathy" in row["flags"]:
        acts = [a for a in acts if a != "empathy"]  # homework or a cheer: no （共感） strength
    return acts


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
    rows: list[dict[str, Any]],
    ended_on: int | None = None,
    lang: Lang = "ja",
    mistakes: Mapping[str, list[int]] | None = None,
) -> list[dict[str, Any]]:
    """The turns that cost the most trust, in the order of what they really cost (the report
    says 「影響の大きい順」: a push he took calmly never comes above a turn that cost −12, r13b
    s02), a named mistake first among equals; each with what went wrong and a better
    alternative. A hint needs something the feedback said went wrong (a named mistake or a weak
    criterion): a turn the owner reacted badly to with nothing but praise in its feedback teaches
    nothing. A turn whose trust rose is a hint only when its mistake is certain (``CERTAIN``: a
    leading question, advice he had not asked for, a blunt worry question); a topic jump he took
    well, or advice given in answer to his own question, is none (r13a s05 T11, s01 T3). The
    turn the owner ended the meeting on (``ended_on``) is always a hint: where its cost puts it
    when it was a push or cost trust, else after the real pushes (r12b s03 T8).

    Every turn that cost ``COSTLY`` trust or more is named in the report: a hint when it is
    listed under no mistake kind (r14b s07 T9: −6.6, praise only in its feedback; its problem
    then says what the trust did) or as a weak turn that cost trust; the unlisted go beyond
    ``MAX_HINTS`` rather than be left out (r14b s06 T1: the books asked for, −4.9). Each hint
    carries ``kinds``: the mistake kinds the report lists its turn under (``mistakes``)."""
    kinds_of: dict[int, list[str]] = {}
    for kind, listed in (mistakes or {}).items():
        for n in listed:
            kinds_of.setdefault(n, []).append(kind)

    def named(r: dict[str, Any]) -> bool:
        return bool(HINT_ACTS & set(r["acts"]) or HINT_FLAGS & set(r["flags"]))

    def certain(r: dict[str, Any]) -> bool:
        if "answers_owner" in r["flags"] and "leading_question" not in r["acts"]:
            return False  # his own question answered: the scorer names it 「答えの提示」
        return bool(CERTAIN_ACTS & set(r["acts"]) or CERTAIN_FLAGS & set(r["flags"]))

    def faults(r: dict[str, Any]) -> list[str]:
        # the feedback lines that name what went wrong: a praise line is no advice (r18a s09 T5:
        # "You rephrased several of the owner's points back to them." as a hint's only line)
        return [str(f) for f in r["feedback"] if not praise_line(str(f), lang)]

    def weak(r: dict[str, Any]) -> bool:
        # the rows keep the weak criteria apart (``weak``) from the flags
        return named(r) or bool(r.get("weak")) or any(f.startswith("weak:") for f in r["flags"])

    def costs(r: dict[str, Any]) -> bool:
        return r["trust_delta"] < 0 or (named(r) and r["trust_delta"] <= 0) or certain(r)

    def costly(r: dict[str, Any]) -> bool:
        return r["trust_delta"] <= -COSTLY

    last = [r for r in rows if r["turn"] == ended_on]
    candidates = [
        r
        for r in rows
        if (costs(r) and weak(r) and faults(r))
        or (r in last and r["trust_delta"] < 0)
        or costly(r)
    ]
    candidates.sort(key=lambda r: (r["trust_delta"], not named(r), r["turn"]))
    if last and last[0] not in candidates:
        # a harmless last line (a thank-you, a request to come again) the owner ended the
        # meeting on is no damage: the worst real pushes come first (r12b s03 T8)
        candidates = candidates + last
    elif last and last[0] not in candidates[:MAX_HINTS]:
        candidates = candidates[: MAX_HINTS - 1] + last  # a push he walked out on is kept
    shown = candidates[:MAX_HINTS]
    # a costly turn listed under no mistake kind (a named push is listed under its own) is
    # never left out for the hint limit: the report names every turn that cost him
    shown += [
        r
        for r in candidates[MAX_HINTS:]
        if costly(r) and r["turn"] not in kinds_of and not named(r)
    ]

    def problem(r: dict[str, Any]) -> str:
        if weak(r) and faults(r):
            return faults(r)[0]
        if r["turn"] == ended_on:
            return ENDED_HERE[lang]
        if costly(r):
            return COSTLY_LINE[lang].format(delta=f"{r['trust_delta']:+.1f}")
        return ""

    return [
        {
            "turn": r["turn"],
            "index": r["turn"] - 1,
            "text": r["text"],
            "trust_delta": r["trust_delta"],
            "problem": problem(r),
            "suggestion": r["suggestion"],
            "low": min((v for v in r["scores"].values() if v is not None), default=None),
            "kinds": kinds_of.get(r["turn"], []),
        }
        for r in shown
    ]


def _owner_words(
    persona: Persona, spoken: list[Any], rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """What the owner actually said when he put the underlying issue into words: his reply on
    the turn he disclosed one of its facts (``Persona.stating_facts``: the fact, an ``also`` one,
    or one in which he states it, ``stated``), never the author's description."""
    facts = set(persona.stating_facts)
    return [
        {"turn": r["turn"], "text": r["owner_reply"]}
        for r in rows
        if facts & set(r["revealed"]) and r["owner_reply"]
    ]


def _core_words(persona: Persona, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the owner said when he opened a core fact that is not the underlying issue itself:
    he came close to it in his own words."""
    issue = set(persona.stating_facts)
    core = {f.id for f in persona.facts if f.depth.value == "core"} - issue
    return [
        {"turn": r["turn"], "text": r["owner_reply"]}
        for r in rows
        if core & set(r["revealed"]) and r["owner_reply"]
    ]


def _near_words(persona: Persona, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the owner said when he told a fact on the way to the issue's core: a personal fact
    that a core fact needs told first (``unlock.after``; a surface fact such as an idea for new
    work is no step towards the issue). The report says he came that far, so "not reached"
    does not read as nothing came out (r13a s09: the email about reviewing suppliers, overseas
    included)."""
    core = [f for f in persona.facts if f.depth.value == "core"]
    personal = {f.id for f in persona.facts if f.depth.value == "personal"}
    walls = set(persona.underlying_issue.walls)
    # a personal fact behind one of the issue's own walls is a piece of it in his words, whether
    # or not a core fact waits on it (r20b s03: 吉田さん and the 練り切り, quoted nowhere)
    behind = {f.id for f in persona.facts if f.id in personal and walls & set(f.walls)}
    leads = ({a for f in core for a in f.unlock.after} & personal) | behind
    return [
        {"turn": r["turn"], "text": r["owner_reply"]}
        for r in rows
        if leads & set(r["revealed"]) and r["owner_reply"]
    ]


def _walk_out(rows: list[dict[str, Any]], state: EngineState, persona: Persona) -> dict[str, Any]:
    """Why the owner ended the meeting, from the trust curve: the turn he ended it on, the turn
    that took his trust under his limit (``behaviour.end_trust``) and did not recover, and the
    turns that cost the most (r13a s10: 「経営者が面談を打ち切りました。」 named no turn)."""
    limit = persona.behaviour.end_trust
    last = rows[-1]
    cause = last["turn"]
    if state.end_reason == "trust":
        # the last turn that crossed the limit downwards (trust before it at or above the limit)
        for r in reversed(rows):
            before = r["trust"] - r["trust_delta"]
            if r["trust"] < limit <= before:
                cause = r["turn"]
                break
    drops = sorted((r for r in rows if r["trust_delta"] <= -3.0), key=lambda r: r["trust_delta"])
    # the walk-out rule (engine): under the limit he stays, cold, before ``min_turns`` and after a
    # turn that wins trust back; he ends the meeting on a turn from ``min_turns`` on that leaves
    # trust under the limit and wins nothing back. Trust under the limit before the last crossing
    # is said with that rule (r21a s10: under 8 from turn 5, ended at turn 10)
    below = next((r["turn"] for r in rows if r["trust"] < limit and r["turn"] < last["turn"]), None)
    return {
        "turn": last["turn"],
        "reason": state.end_reason,
        "cause": cause,
        "cause_trust": next(r["trust"] for r in rows if r["turn"] == cause),
        "cause_delta": next(r["trust_delta"] for r in rows if r["turn"] == cause),
        "limit": limit,
        "below_from": below if state.end_reason == "trust" else None,
        "min_turns": persona.behaviour.min_turns,
        "drops": [{"turn": r["turn"], "trust_delta": r["trust_delta"]} for r in drops[:3]],
    }

"""The end-of-session report: scores, the owner's disclosures, the trust curve, in Markdown."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .acts import Utterance
from .engine.state import EngineState
from .i18n import Lang
from .persona import STAGE_NAMES, Persona, Stage

RUBRIC_NAMES: dict[str, dict[str, str]] = {
    "listening": {"ja": "傾聴", "en": "Listening"},
    "deep_dive": {"ja": "深掘りの問いかけ", "en": "Deep-dive questions"},
    "summarising": {"ja": "要約・言い換え", "en": "Summarising"},
    "non_leading": {"ja": "誘導・押しつけをしない", "en": "Not leading"},
}


class Report(BaseModel):
    persona_id: str
    lang: Lang
    scores: dict[str, float]
    revealed: list[str]
    hidden_issue_reached: bool
    trust_curve: list[float]
    final_stage: str
    turns: int
    end_reason: str | None = None
    patterns: dict[str, Any] = Field(default_factory=dict)
    weakest_turns: list[dict[str, Any]] = Field(default_factory=list)
    markdown: str = ""


def build_report(
    persona: Persona,
    lang: Lang,
    state: EngineState,
    turns: list[Any],
    history: list[Utterance],
) -> Report:
    from .scoring import score_conversation

    conversation = score_conversation(history, lang)
    scores = {k: round(float(v), 1) for k, v in conversation.scores.items()}
    weakest = []
    for t in turns:
        numeric = [v for v in t.scores.values() if v is not None]
        if numeric and t.suggestion:
            weakest.append(
                {"index": t.index, "text": t.trainee_text, "low": min(numeric), "suggestion": t.suggestion}
            )
    weakest.sort(key=lambda w: w["low"])
    patterns = getattr(conversation, "patterns", {}) or {}
    if isinstance(patterns, BaseModel):
        patterns = patterns.model_dump()
    report = Report(
        persona_id=persona.id,
        lang=lang,
        scores=scores,
        revealed=list(state.disclosed),
        hidden_issue_reached=state.hidden_issue_reached,
        trust_curve=list(state.trust_history),
        final_stage=state.stage.name.lower(),
        turns=sum(1 for t in turns if t.trainee_text),
        end_reason=state.end_reason,
        patterns=patterns,
        weakest_turns=weakest[:3],
    )
    report.markdown = render_markdown(report, persona)
    return report


def render_markdown(report: Report, persona: Persona) -> str:
    ja = report.lang == "ja"
    lang = report.lang
    lines = [
        f"## {'振り返りレポート' if ja else 'Session report'}: {persona.title.get(lang)}",
        "",
        f"| {'観点' if ja else 'Rubric'} | {'スコア' if ja else 'Score'} |",
        "|---|---:|",
    ]
    for rid, score in report.scores.items():
        lines.append(f"| {RUBRIC_NAMES.get(rid, {}).get(lang, rid)} | {score:.0f} |")
    stage = STAGE_NAMES[Stage[report.final_stage.upper()]].get(lang)
    reached = (
        ("到達しました" if ja else "reached")
        if report.hidden_issue_reached
        else ("到達していません" if ja else "not reached")
    )
    curve = " → ".join(f"{v:.0f}" for v in report.trust_curve)
    lines += [
        "",
        f"- {'裏課題' if ja else 'Underlying issue'}: **{reached}**",
        f"- {'到達した段階' if ja else 'Stage reached'}: {stage}",
        f"- {'信頼度の推移' if ja else 'Trust curve'}: {curve}",
        f"- {'経営者が話した事実' if ja else 'Facts the owner disclosed'}: "
        f"{len(report.revealed)} / {len(persona.facts)}",
    ]
    if report.hidden_issue_reached:
        lines.append(
            f"- {'経営者自身の言葉での裏課題' if ja else 'The real issue, in the owner words'}: "
            f"{persona.underlying_issue.text.get(lang)}"
        )
    if report.end_reason in ("trust", "patience"):
        lines.append(
            "- " + ("経営者が面談を打ち切りました。" if ja else "The owner ended the meeting early.")
        )
    if report.weakest_turns:
        lines += ["", f"### {'改善のヒント' if ja else 'What to try next time'}"]
        for w in report.weakest_turns:
            lines.append(f"- #{w['index'] + 1} 「{w['text']}」 → {w['suggestion']}")
    return "\n".join(lines)

"""The end-of-session report as Markdown (the report itself is built in ``reporting``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .i18n import Lang
from .persona import STAGE_NAMES, Persona, Stage
from .report_names import MISTAKES, RUBRIC_NAMES

if TYPE_CHECKING:
    from .reporting import Report

def _q(text: str, lang: Lang) -> str:
    return f"「{text}」" if lang == "ja" else f"“{text}”"


def _turn_label(n: int, lang: Lang) -> str:
    return f"ターン{n}" if lang == "ja" else f"turn {n}"


def _turn_list(turns: list[int], lang: Lang) -> str:
    sep = "、" if lang == "ja" else ", "
    return sep.join(_turn_label(n, lang) for n in turns)


def render_markdown(report: Report, persona: Persona) -> str:
    lang = report.lang
    ja = lang == "ja"
    lines = [f"## {'振り返りレポート' if ja else 'Session report'}: {persona.title.get(lang)}", ""]
    if report.turn_numbering:
        lines += [f"_{report.turn_numbering}_", ""]
    if report.note:
        lines += [report.note, ""]
    else:
        lines += _scores_md(report, lang)
        lines += _strengths_md(report, lang)
        lines += _mistakes_md(report, lang)
        lines += _hints_md(report, lang)
    lines += _disclosure_md(report, persona, lang)
    return "\n".join(lines).rstrip() + "\n"


def _part(p: dict[str, Any], lang: Lang) -> str:
    """One addend of a session score, as an instructor can check it by hand."""
    label, value, factor, points = (
        p.get("label") or p["rate"],
        p.get("value"),
        p.get("factor"),
        p["points"],
    )
    if p["rate"] in ("turn_mean", "default"):
        return f"{label} {value:.1f} × {factor:g} = {points:.1f}"
    if value is None or factor is None:
        return f"{label} {points:+.1f}"
    return f"{label} {value:.0%} × {factor:+g} = {points:+.1f}"


def _scores_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    lines = [
        f"### {'スコア' if ja else 'Scores'}",
        "",
        "| 観点 | スコア | 各ターンの平均 | 内訳 |"
        if ja
        else "| Rubric | Score | Mean of your turns | How it adds up |",
        "|---|---:|---:|---|",
    ]
    for rid, score in report.scores.items():
        detail = report.score_details.get(rid, {})
        mean = detail.get("turn_mean")
        sep = " ／ " if ja else "; "
        parts = sep.join(_part(p, lang) for p in detail.get("parts", []))
        lines.append(
            f"| {RUBRIC_NAMES.get(rid, {}).get(lang, rid)} | {score:.0f} | "
            f"{'—' if mean is None else f'{mean:.0f}'} | {parts or '—'} |"
        )
    lines += [
        "",
        "セッションのスコアは、各ターンのスコアの平均に、会話全体での割合（回数ではなく、発言に占める割合）を"
        "組み合わせたものです（内訳を足すとスコアになります）。"
        if ja
        else "A session score combines the mean of your turn scores with rates over the whole "
        "conversation (shares of your turns, not counts); the parts add up to the score.",
        "",
    ]
    for f in report.feedback:
        lines.append(f"- {f}")
    if report.feedback:
        lines.append("")
    return lines


def _strengths_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    lines = [f"### {'よくできた点' if ja else 'What went well'}", ""]
    if not report.strengths:
        lines.append(
            "- 社長が心を開いた、はっきりした場面はまだありません。"
            if ja
            else "- No clear moment yet where the owner opened up."
        )
    for s in report.strengths:
        acts = ("・" if ja else ", ").join(s["acts"])
        earned = f" → {'社長' if ja else 'owner'}: {_q(s['owner_words'], lang)}"
        lines.append(
            f"- {_turn_label(s['turn'], lang)} {_q(s['text'], lang)}（{acts}）{earned}"
            if ja
            else f"- {_turn_label(s['turn'], lang).capitalize()} {_q(s['text'], lang)} ({acts}){earned}"
        )
    return [*lines, ""]


def _mistakes_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    lines = [f"### {'気をつけたい点' if ja else 'Mistakes by kind'}", ""]
    if not report.mistakes:
        lines.append(
            "- 目立った誘導・押しつけや詰問はありませんでした。"
            if ja
            else "- No leading, advice, lecturing, interrogation or denial found."
        )
    for kind, turns in report.mistakes.items():
        lines.append(f"- {MISTAKES[kind][lang]}: {_turn_list(turns, lang)}")
    q = report.question_counts
    lines += [
        "",
        f"### {'問いかけと発話量' if ja else 'Questions and talk'}",
        "",
        f"- 開いた質問 {q.get('open', 0)}回、閉じた質問 {q.get('closed', 0)}回、誘導質問 {q.get('leading', 0)}回"
        if ja
        else f"- {q.get('open', 0)} open, {q.get('closed', 0)} closed and {q.get('leading', 0)} leading questions",
    ]
    # the share is said once: the session comments already name a share over half (r9a)
    share = f"{report.talk_share:.0%}"
    if not any(share in f for f in report.feedback):
        lines.append(
            f"- 支援者の発話の割合: {share}" if ja else f"- Your share of the talk: {share}"
        )
    return [*lines, ""]


def _hints_md(report: Report, lang: Lang) -> list[str]:
    ja = lang == "ja"
    if not report.hints:
        return []
    lines = [
        f"### {'改善のヒント' if ja else 'What to try next time'}",
        "",
        "信頼が下がった発言と、ガイドラインで避けたい発言から、影響の大きい順に。"
        if ja
        else "The turns that cost trust or that the guideline warns against, costliest first.",
        "",
    ]
    for h in report.hints:
        trust = f"{'信頼' if ja else 'trust'} {h['trust_delta']:+.0f}"
        head = (
            f"- {_turn_label(h['turn'], lang)} {_q(h['text'], lang)}（{trust}）"
            if ja
            else f"- {_turn_label(h['turn'], lang).capitalize()} {_q(h['text'], lang)} ({trust})"
        )
        lines.append(head)
        if h.get("problem"):
            lines.append(f"  - {h['problem']}")
        if h.get("suggestion"):
            lines.append(f"  - {'言い換えの例' if ja else 'Try instead'}: {_q(h['suggestion'], lang)}")
    return [*lines, ""]


def _disclosure_md(report: Report, persona: Persona, lang: Lang) -> list[str]:
    ja = lang == "ja"
    stage = STAGE_NAMES[Stage[report.final_stage.upper()]].get(lang)
    if report.hidden_issue_reached:
        reached = "到達しました" if ja else "reached"
    elif report.core_words:
        reached = (
            "核心に近づきました（経営者が核心に触れる言葉を話しています。裏課題そのものを自分の言葉で"
            "まとめるところまでは至っていません）"
            if ja
            else "close (the owner touched its core in his own words, but did not yet put the "
            "underlying issue itself into words)"
        )
    else:
        reached = "到達していません" if ja else "not reached"
    curve = " → ".join(f"{v:.0f}" for v in report.trust_curve)
    lines = [
        f"### {'経営者の開示' if ja else 'What the owner disclosed'}",
        "",
        f"- {'裏課題' if ja else 'Underlying issue'}: **{reached}**",
        f"- {'到達した段階' if ja else 'Stage reached'}: {stage}",
        f"- {'信頼度の推移' if ja else 'Trust curve'}: {curve}",
        f"- {'経営者が話した事実' if ja else 'Facts the owner disclosed'}: {len(report.revealed)} / {len(persona.facts)}",
    ]
    for w in report.owner_words:
        label = (
            f"経営者自身の言葉（{_turn_label(w['turn'], lang)}への返答）"
            if ja
            else f"The owner's own words (reply to {_turn_label(w['turn'], lang)})"
        )
        lines.append(f"- {label}: {_q(w['text'], lang)}")
    if not report.hidden_issue_reached:
        for w in report.core_words:
            label = (
                f"核心に触れた経営者の言葉（{_turn_label(w['turn'], lang)}への返答）"
                if ja
                else f"The owner's words on the core (reply to {_turn_label(w['turn'], lang)})"
            )
            lines.append(f"- {label}: {_q(w['text'], lang)}")
    if report.hidden_issue_reached and report.underlying_issue_description:
        label = (
            "想定された裏課題（ペルソナ作成者による説明）"
            if ja
            else "The underlying issue as the persona's author describes it"
        )
        lines.append(f"- {label}: {report.underlying_issue_description}")
    if report.end_reason in ("trust", "patience"):
        lines.append(
            "- "
            + ("経営者が面談を打ち切りました。" if ja else "The owner ended the meeting early.")
        )
    return lines

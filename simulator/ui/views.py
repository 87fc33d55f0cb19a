"""What the practice page shows, computed from a session: chat bubbles, mood, feedback, hint.

Plain functions over the public API's objects (no Gradio): the pages and the tests call them.
Everything a person typed (or a model wrote) is HTML-escaped before it reaches the chat, so it
is shown as text, never as HTML.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from ..acts import act_name
from ..persona import STAGE_NAMES, Persona, Stage
from .texts import t

Chat = list[dict[str, str]]


def colon(lang: str) -> str:
    return "：" if lang == "ja" else ": "


def quote(text: str, lang: str) -> str:
    return f"「{text}」" if lang == "ja" else f"“{text}”"


def as_text(text: str) -> str:
    """``text`` safe to hand to the chat component: shown literally, line breaks kept."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def chat_of(turns: Sequence[Any], *, escape: bool = True, pending: str | None = None) -> Chat:
    """One bubble per utterance: the trainee's, then each owner reply (closing words too).

    ``escape=False`` gives the raw text (the HTTP API's chat); ``pending`` adds the owner's
    reply still being produced."""
    show = as_text if escape else (lambda s: s)
    chat: Chat = []
    for turn in turns:
        if turn.trainee_text:
            chat.append({"role": "user", "content": show(turn.trainee_text)})
        if turn.owner_reply:
            chat.append({"role": "assistant", "content": show(turn.owner_reply)})
    if pending:
        chat.append({"role": "assistant", "content": show(pending)})
    return chat


def mood_level(trust: float) -> int:
    return 0 if trust < 18 else 1 if trust < 32 else 2 if trust < 48 else 3 if trust < 65 else 4


def mood(session: Any, lang: str) -> str:
    """The owner's mood in words (no engine numbers), its last change, the stage."""
    persona: Persona = session.persona
    name = persona.owner.name.get(lang)
    level = mood_level(session.trust)
    faces = ("😠", "😟", "😐", "🙂", "😊")
    lines = [
        f"**{t('mood', lang)}**：{faces[level]} {name}は{t(f'mood_{level}', lang)}"
        if lang == "ja"
        else f"**{t('mood', lang)}**: {faces[level]} {name} is {t(f'mood_{level}', lang)}"
    ]
    said = [tr for tr in session.turns if tr.trainee_text]
    if said:
        delta = said[-1].trust - trust_before(session, len(said) - 1)
        key = "trend_up" if delta > 0.5 else "trend_down" if delta < -0.5 else "trend_flat"
        arrow = {"trend_up": "↗", "trend_down": "↘", "trend_flat": "→"}[key]
        lines.append(f"{arrow} {t(key, lang)}")
    stage = STAGE_NAMES[Stage(session.stage)].get(lang)
    lines.append(
        f"**{t('stage', lang)}**{colon(lang)}{stage}"
        if lang == "ja"
        else f"**{t('stage', lang)}**: {stage}"
    )
    if session.finished:
        if session.state.end_reason in ("trust", "patience"):
            lines.append(f"**{t('walked_out', lang)}**")
        else:
            lines.append(f"**{t('over', lang)}**")
    return "  \n".join(lines)


def trust_before(session: Any, k: int) -> float:
    """The owner's trust before the ``k``-th trainee turn (0-based)."""
    said = [tr for tr in session.turns if tr.trainee_text]
    if k > 0:
        return float(said[k - 1].trust)
    history = session.state.trust_history
    return float(history[0]) if history else float(session.persona.behaviour.initial_trust)


def feedback(turn: Any, lang: str, *, exam: bool = False) -> str:
    """The feedback on one turn: acts in the page's language, scores, evidence, alternative."""
    if exam:
        return t("exam_feedback", lang)
    if turn is None or not turn.trainee_text:
        return ""
    acts = (
        "、".join(act_name(a, lang) for a in turn.acts)
        if lang == "ja"
        else ", ".join(act_name(a, lang) for a in turn.acts)
    )
    from .judge_view import judge_section, offline_evidence, score_table

    rows = score_table(turn, lang)  # with a judge: the offline and the model's scores beside
    parts = [f"**{t('acts', lang)}**{colon(lang)}{_md(acts)}", "", *rows]
    evidence = offline_evidence(turn)
    if evidence:
        parts += [
            "",
            f"**{t('evidence', lang)}**{colon(lang)}" + " / ".join(_md(e) for e in evidence[:4]),
        ]
    for note in (turn.feedback or [])[:3]:
        parts.append(f"- {_md(note)}")
    if turn.suggestion:
        parts += ["", f"**{t('try_instead', lang)}**{colon(lang)}{_md(turn.suggestion)}"]
    model = judge_section(turn, lang)  # the LLM judge's reading, only when one ran
    if model:
        parts += ["", model]
    return "\n".join(parts)


def _md(text: str) -> str:
    """Text safe inside Markdown: HTML escaped, Markdown's own markers neutralised."""
    escaped = html.escape(str(text), quote=False)
    for ch in "\\`*_[]#|":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped.replace("\n", " ")


def hint(turns: Sequence[Any], lang: str, owner_keywords: list[str]) -> str:
    """The next move suggested from what was said so far — never a fact the owner has not told.

    ``owner_keywords``: content words of the owner's last reply (words already on the table)."""
    said = [tr for tr in turns if tr.trainee_text]
    if not said:
        return t("hint_open", lang)
    last = said[-1]
    example = f"  \n{t('hint_example', lang)}{_md(last.suggestion)}" if last.suggestion else ""
    if {"leading_question", "advice", "self_promotion"} & set(last.acts):
        return t("hint_pushed", lang) + example
    since_summary = 0
    for tr in reversed(said):
        if "summary" in tr.acts:
            break
        since_summary += 1
    if since_summary >= 4:
        return t("hint_summary", lang)
    if len(said) >= 2 and all("closed_question" in tr.acts for tr in said[-2:]):
        return t("hint_closed", lang) + example
    if owner_keywords:
        return t("hint_keyword", lang, kw=_md(owner_keywords[0]))
    return t("hint_generic", lang) + example


def persona_card(persona: Persona, lang: str) -> str:
    """The owner card; every text is escaped (a rehearsal owner's text was typed by a user)."""
    c, o = persona.company, persona.owner
    return "\n".join(
        [
            f"### {_md(c.name.get(lang))} — {_md(o.name.get(lang))}"
            + (f"（{_md(o.role.get(lang))}）" if lang == "ja" else f" ({_md(o.role.get(lang))})"),
            f"{_md(c.industry.get(lang))}・{_md(c.location.get(lang))}　{t('employees', lang)} "
            f"{c.employees}　{t('founded', lang)} {c.founded}　{t('sales', lang)} "
            f"{_md(c.annual_sales.get(lang))}",
            "",
            f"**{t('briefing', lang)}**{colon(lang)}{_md(persona.briefing.get(lang))}",
        ]
    )


def turn_choices(turns: Sequence[Any], lang: str) -> list[tuple[str, int]]:
    """(label, 1-based turn number) for every trainee turn, for "try again from this turn"."""
    choices = []
    for n, tr in enumerate([tr for tr in turns if tr.trainee_text], start=1):
        text = tr.trainee_text if len(tr.trainee_text) <= 24 else tr.trainee_text[:24] + "…"
        choices.append((f"{t('turn_n', lang, n=n)}{colon(lang)}{text}", n))
    return choices

"""Exporting sessions (Markdown for instructors, JSON, CSV) and a cohort summary CSV."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from ..acts import ACT_NAMES
from ..errors import NotFoundError, SimulatorError
from .records import RUBRIC_IDS, Comment, TurnRecord, User
from .review import effective_overrides

if TYPE_CHECKING:
    from . import Store

EXPORT_FORMAT = "bansou-session"
EXPORT_VERSION = 1
JST = timezone(timedelta(hours=9), "JST")

RUBRIC_JA = {
    "listening": "傾聴",
    "deep_dive": "深掘りの問いかけ",
    "summarising": "要約・言い換え",
    "non_leading": "誘導・押しつけをしない",
}
# the labels the trainee's page shows (one source: ``acts.ACT_NAMES``)
ACT_JA = {act: names["ja"] for act, names in ACT_NAMES.items()}
LANG_JA = {"ja": "日本語", "en": "英語"}
BACKEND_JA = {"offline": "オフライン（内蔵エンジン）", "openai": "言語モデル"}
SESSION_CSV_COLUMNS = (
    "turn", "speaker", "text", "acts", *RUBRIC_IDS, "suggestion", "trust", "stage", "created_at",
)  # fmt: skip
COHORT_CSV_COLUMNS = (
    "session_id", "user", "display_name", "persona", "created_at", "source", "finished", "turns",
    *RUBRIC_IDS, "hidden_issue_reached", "overridden",
)  # fmt: skip


def jst(stamp: str) -> str:
    """``2026-04-01T01:02:03+00:00`` -> ``2026年04月01日 10:02 (JST)``."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(JST).strftime("%Y年%m月%d日 %H:%M (JST)")


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


_MARKUP = re.compile(r"([\\`*_\[\]<>&#|~])")
_LINE_START = re.compile(r"^(\s*)(?:([-+])|(\d+)([.)]))", re.MULTILINE)


def _text(text: str) -> str:
    """A person's (or a model's) words as literal Markdown text: no HTML tag, entity, link,
    emphasis or list can start in them, so a Markdown viewer shows exactly what was typed."""
    escaped = _MARKUP.sub(r"\\\1", str(text))
    return _LINE_START.sub(
        lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2) else f"{m.group(3)}\\{m.group(4)}"),
        escaped,
    )


def _cell(text: str) -> str:
    return _text(text).replace("\n", " ")


def _lines(text: str) -> str:
    return _text(text).replace("\n", "  \n")


def _comment_line(c: Comment) -> str:
    return f"> **{_text(c.author)}**（{jst(c.created_at)}）：{_lines(c.text)}"


def export_markdown(store: Store, session_id: str, viewer: User | None = None) -> str:
    """A transcript an instructor can read and print: Japanese headings and labels."""
    rec = store.get_session(session_id, viewer=viewer)
    turns = store.turns(session_id, viewer=viewer)
    comments = store.comments(session_id, viewer)
    overrides = effective_overrides(store.overrides(session_id, viewer))
    trainee = _user_name(store, rec.user_id)
    persona = _persona_title(rec.persona_id)
    out = [f"# 対話練習記録：{_cell(rec.title or persona or rec.persona_id)}", ""]
    out += [
        f"- ペルソナ：{_cell(persona or rec.persona_id)}（ID：{rec.persona_id}）",
        f"- 日時：{jst(rec.created_at)}（最終更新 {jst(rec.updated_at)}）",
        f"- 受講者：{trainee}",
        f"- 種別：{'実ロールプレイの取込' if rec.source == 'imported' else 'シミュレーション'}"
        f"（言語：{LANG_JA.get(rec.lang, rec.lang)}、"
        f"応答エンジン：{BACKEND_JA.get(rec.backend, rec.backend)}）",
        f"- 状態：{'終了' if rec.finished else '途中'}・{len([t for t in turns if t.trainee_text])}ターン"
        f"（{'試験' if rec.mode == 'exam' else '練習'}モード）",
        f"- 裏課題への到達：{_yes_no(rec.hidden_issue_reached)}",
        f"- セッションID：`{rec.id}`",
    ]
    if rec.parent_id:
        out.append(f"- 分岐元：`{rec.parent_id}` のターン {(rec.parent_turn or 0) + 1} から")
    out += ["", "## 総合スコア", "", "| 観点 | スコア | 講師による修正 |", "|---|---:|---|"]
    session_overrides = overrides.get(None, {})
    for rubric in RUBRIC_IDS:
        value = (rec.scores or {}).get(rubric)
        o = session_overrides.get(rubric)
        fix = f"{o.score:.0f}（{_cell(o.author)}：{_cell(o.reason) or '理由なし'}）" if o else ""
        out.append(f"| {RUBRIC_JA[rubric]} | {_score(value)} | {fix} |")
    session_comments = [c for c in comments if c.turn_index is None]
    if session_comments:
        out += ["", "## 講師コメント（セッション全体）", ""]
        out += [_comment_line(c) for c in session_comments]
    out += ["", "## やりとり"]
    number = 0
    for turn in turns:
        number += 1 if turn.trainee_text else 0
        out += ["", *_turn_markdown(turn, number, comments, overrides.get(turn.index, {}))]
    return "\n".join(out) + "\n"


def _turn_markdown(
    turn: TurnRecord, number: int, comments: list[Comment], fixes: dict
) -> list[str]:
    """One turn; ``number`` counts the supporter's turns from 1 (an owner's opening has none)."""
    if not turn.trainee_text:
        title = "（冒頭）" if number == 0 else "（経営者の締めくくり）"
        return [f"### {title}", "", f"**経営者：** {_lines(turn.owner_reply)}"]
    out = [f"### ターン {number}", "", f"**支援者：** {_lines(turn.trainee_text)}", ""]
    if turn.owner_reply:
        out += [f"**経営者：** {_lines(turn.owner_reply)}", ""]
    acts = "、".join(ACT_JA.get(a, a) for a in turn.acts) or "—"
    scores = " ／ ".join(
        f"{RUBRIC_JA[r]} {_score(turn.scores.get(r))}"
        + (f"→{fixes[r].score:.0f}（講師）" if r in fixes else "")
        for r in RUBRIC_IDS
    )
    out += [f"- 発話の種類：{acts}", f"- スコア：{scores}"]
    if turn.evidence:
        out.append("- 根拠：" + "、".join(f"「{_cell(e)}」" for e in turn.evidence))
    if turn.suggestion:
        out.append(f"- 言い換え例：{_lines(turn.suggestion)}")
    if turn.notice:
        out.append(f"- 注記：{_cell(turn.notice)}")
    turn_comments = [c for c in comments if c.turn_index == turn.index]
    if turn_comments:
        out += ["", *[_comment_line(c) for c in turn_comments]]
    return out


def _persona_title(persona_id: str) -> str | None:
    """The persona's Japanese title, as the trainee's page shows it (None: not a known id)."""
    from ..datafiles import load_persona

    try:
        return load_persona(persona_id).title.get("ja")
    except (SimulatorError, OSError, ValueError):
        return None


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("あり" if value else "なし")


def _user_name(store: Store, user_id: int | None) -> str:
    if user_id is None:
        return "—"
    try:
        user = store.get_user(user_id)
    except NotFoundError:
        return f"#{user_id}"
    return f"{_cell(user.display_name)}（{_cell(user.username)}）"


def session_document(store: Store, session_id: str, viewer: User | None = None) -> dict[str, Any]:
    """The JSON export as a dict: the session, its turns, comments and overrides."""
    rec = store.get_session(session_id, viewer=viewer)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "session": rec.model_dump(mode="json"),
        "turns": [t.model_dump(mode="json") for t in store.turns(session_id, viewer=viewer)],
        "comments": [c.model_dump(mode="json") for c in store.comments(session_id, viewer)],
        "overrides": [o.model_dump(mode="json") for o in store.overrides(session_id, viewer)],
    }


def export_json(store: Store, session_id: str, viewer: User | None = None) -> str:
    return json.dumps(session_document(store, session_id, viewer), ensure_ascii=False, indent=2)


def export_csv(store: Store, session_id: str, viewer: User | None = None) -> str:
    """One row per utterance (``speaker,text`` + analysis) — importable as a transcript."""
    turns = store.turns(session_id, viewer=viewer)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(SESSION_CSV_COLUMNS)
    for t in turns:
        if t.trainee_text:
            writer.writerow(
                [t.index, "trainee", t.trainee_text, ";".join(t.acts)]
                + [_num(t.scores.get(r)) for r in RUBRIC_IDS]
                + [t.suggestion or "", f"{t.trust:g}", t.stage, t.created_at]
            )
        if t.owner_reply:
            writer.writerow(
                [t.index, "owner", t.owner_reply] + [""] * (len(SESSION_CSV_COLUMNS) - 3)
            )
    return buf.getvalue()


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def cohort_csv(store: Store, cohort_id: int, viewer: User | None = None) -> str:
    """One row per session of the cohort's members, with the session's rubric scores.

    A score overridden by an instructor shows the override; ``overridden`` lists the rubrics.
    """
    rows = store.cohort_summary(cohort_id, viewer=viewer)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COHORT_CSV_COLUMNS)
    for r in rows:
        scores = json.loads(r["scores"]) if r["scores"] else {}
        fixes = r["overrides"]
        hidden = r["hidden_issue_reached"]
        writer.writerow(
            [r["id"], r["username"] or "", r["display_name"] or "", r["persona_id"],
             r["created_at"], r["source"], int(bool(r["finished"])), r["turn_count"]]
            + [_num(fixes.get(k, scores.get(k))) for k in RUBRIC_IDS]
            + ["" if hidden is None else int(bool(hidden)), ";".join(sorted(fixes))]
        )  # fmt: skip
    return buf.getvalue()


# -- the cohort for Excel (the instructor's review page) -----------------------------------------

EXCEL_COLUMNS = (
    "日時（日本時間）", "受講者", "ユーザー名", "経営者", "種別", "モード", "状態", "ターン数",
    *RUBRIC_JA.values(), "講師による修正（自動→講師）", "裏課題への到達", "やり直し元の面談ID",
    "やり直しの回数", "講師コメント数", "面談ID",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def excel_text(value: str) -> str:
    """Text as Excel shows it, never as a formula (a name typed as ``=HYPERLINK(…)``)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def session_kind(persona_id: str, source: str) -> str:
    if source == "imported":
        return "実ロールプレイの取込"
    return "訪問前リハーサル" if persona_id.startswith("rh_") else "シミュレーション"


def cohort_excel_rows(
    rows: list[dict[str, Any]], title_of: Any = None
) -> list[list[str | int | float]]:
    """The cells of :data:`EXCEL_COLUMNS` for rows of :meth:`Store.review_rows`.

    ``title_of(persona_id)`` names the owner (default: the persona id)."""
    title_of = title_of or (lambda persona_id: persona_id)
    titles: dict[str, str] = {}
    out: list[list[str | int | float]] = []
    for r in rows:
        pid = r["persona_id"]
        if pid not in titles:
            titles[pid] = str(title_of(pid))
        scores = r["scores"] or {}
        fixes = r["overrides"]
        in_force = [fixes.get(k, scores.get(k)) for k in RUBRIC_IDS]
        changed = "、".join(
            f"{RUBRIC_JA[k]} {_score(scores.get(k))}→{fixes[k]:.0f}" for k in RUBRIC_IDS if k in fixes
        )
        hidden = r["hidden_issue_reached"]
        owner = titles[pid]
        if r["source"] == "imported" and r.get("title"):  # which role-play: its file's name
            owner = f"取込：{r['title']}"
        out.append(
            [jst(r["created_at"]).removesuffix(" (JST)"), excel_text(r["display_name"] or ""),
             excel_text(r["username"] or ""), excel_text(owner),
             session_kind(pid, r["source"]), "試験" if r["mode"] == "exam" else "練習",
             "終了" if r["finished"] else "途中", r["trainee_turns"],
             *["" if v is None else round(float(v), 1) for v in in_force], changed,
             "—" if hidden is None else ("到達" if hidden else "未到達"), r["parent_id"] or "",
             r["branches"], r["comments"], r["id"]]
        )  # fmt: skip
    return out


def cohort_csv_for_excel(
    store: Store, cohort_id: int, viewer: User | None = None, title_of: Any = None
) -> bytes:
    """The cohort's sessions as a CSV that Excel on a Japanese Windows PC opens correctly:
    UTF-8 with a BOM (without it Excel reads Shift_JIS and garbles every character), CRLF,
    Japanese headers, Japan time, and text that never turns into a formula."""
    rows = store.review_rows(cohort_id, viewer=viewer)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(EXCEL_COLUMNS)
    writer.writerows(cohort_excel_rows(rows, title_of))
    return buf.getvalue().encode("utf-8-sig")

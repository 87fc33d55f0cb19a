"""What the review pages show, as plain functions (no Gradio): the cohort table and its
filters, a transcript with per-turn acts, scores, feedback, trust and comments, the agreement
table, the progress chart's data, and the instructor's notes in a trainee's report.

Everything a person typed (supporter, owner, instructor) goes through :func:`md` before it
reaches Markdown: shown as text, never as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..acts import act_name
from ..agreement import CLEAR_DIFFERENCE, RubricAgreement
from ..report_names import RUBRIC_NAMES
from ..store import Comment, ScoreOverride, TurnRecord
from ..store.exporting import session_kind
from ..store.review import effective_overrides
from .labels import tx
from .report_view import jst_short
from .views import _md as md

SHORT = {"listening": ("傾聴", "Listening"), "deep_dive": ("深掘り", "Deep dive"),
         "summarising": ("要約", "Summary"), "non_leading": ("誘導しない", "Not leading")}  # fmt: skip
KINDS = {"シミュレーション": "kind_sim", "訪問前リハーサル": "kind_rehearsal",
         "実ロールプレイの取込": "kind_imported"}  # fmt: skip
SORTS = ("sort_new", "sort_old", "sort_trainee", "sort_low", "sort_high")


def rubric_name(rubric: str, lang: str, *, short: bool = False) -> str:
    if short:
        return SHORT.get(rubric, (rubric, rubric))[0 if lang == "ja" else 1]
    return RUBRIC_NAMES.get(rubric, {}).get(lang, rubric)


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


# -- the cohort table ------------------------------------------------------------------------
@dataclass
class ReviewFilter:
    trainee: int | None = None  # user id
    owner: str | None = None  # owner's name as shown
    kind: str | None = None  # kind_sim / kind_rehearsal / kind_imported
    reached: str | None = None  # "yes" / "no"
    text: str = ""
    sort: str = "sort_new"


def kind_key(row: dict[str, Any]) -> str:
    return KINDS[session_kind(row["persona_id"], row["source"])]


def in_force(row: dict[str, Any]) -> dict[str, float | None]:
    scores = row.get("scores") or {}
    return {k: row["overrides"].get(k, scores.get(k)) for k in RUBRIC_NAMES}


def _mean(row: dict[str, Any]) -> float | None:
    values = [v for v in in_force(row).values() if v is not None]
    return sum(values) / len(values) if values else None


def filter_rows(rows: Sequence[dict[str, Any]], f: ReviewFilter) -> list[dict[str, Any]]:
    out = []
    needle = f.text.strip().casefold()
    for r in rows:
        if f.trainee is not None and r["user_id"] != f.trainee:
            continue
        if f.owner and r["owner"] != f.owner:
            continue
        if f.kind and kind_key(r) != f.kind:
            continue
        if f.reached == "yes" and r["hidden_issue_reached"] is not True:
            continue
        if f.reached == "no" and r["hidden_issue_reached"] is not False:
            continue
        if needle:
            hay = " ".join([r["display_name"] or "", r["username"] or "", r["owner"], r["id"],
                            r.get("title") or ""]).casefold()  # fmt: skip
            if needle not in hay:
                continue
        out.append(r)
    if f.sort == "sort_old":
        out.sort(key=lambda r: (r["created_at"], r["id"]))
    elif f.sort == "sort_trainee":
        out.sort(key=lambda r: (r["display_name"] or r["username"] or "", r["created_at"]))
    elif f.sort in ("sort_low", "sort_high"):
        scored = [r for r in out if _mean(r) is not None]
        rest = [r for r in out if _mean(r) is None]
        scored.sort(key=lambda r: _mean(r) or 0.0, reverse=f.sort == "sort_high")
        out = scored + rest
    return out


def table_frame(rows: Sequence[dict[str, Any]], lang: str) -> pd.DataFrame:
    """The review table: one row per session, numbers as numbers (the table sorts them)."""
    columns = [tx(k, lang) for k in ("c_date", "c_trainee", "c_owner", "c_kind", "c_state",
                                      "c_turns")]  # fmt: skip
    columns += [rubric_name(k, lang, short=True) for k in RUBRIC_NAMES]
    columns += [tx(k, lang) for k in ("c_fixed", "c_reached", "c_branch", "c_comments", "c_id")]
    data = []
    for r in rows:
        hidden = r["hidden_issue_reached"]
        scores = in_force(r)
        data.append(
            [table_date(r["created_at"]), r["display_name"] or r["username"] or "—", r["owner"],
             tx(kind_key(r) + "_short", lang), tx("state_done" if r["finished"] else "state_open", lang),
             int(r["trainee_turns"]),
             *[None if scores[k] is None else round(float(scores[k]), 0) for k in RUBRIC_NAMES],
             "、".join(rubric_name(k, lang, short=True) for k in RUBRIC_NAMES if k in r["overrides"]),
             "—" if hidden is None else tx("reached_yes" if hidden else "reached_no", lang),
             int(r["branches"]), int(r["comments"]), r["id"][:8]]
        )  # fmt: skip
    return pd.DataFrame(data, columns=columns)


def table_date(stamp: str) -> str:
    """``12/06 11:44`` (Japan time): the table's narrow date; the year is in the export."""
    short = jst_short(stamp)  # 2026-12-06 11:44
    return f"{short[5:7]}/{short[8:10]} {short[11:16]}" if len(short) >= 16 else short


def session_choices(rows: Sequence[dict[str, Any]], lang: str) -> list[tuple[str, str]]:
    return [
        (f"{jst_short(r['created_at'])}　{r['display_name'] or r['username']}　{r['owner']}"
         f"（{r['id'][:8]}）", r["id"])
        for r in rows
    ]  # fmt: skip


# -- one transcript ---------------------------------------------------------------------------
def target_choices(tr: Any, lang: str) -> list[tuple[str, int]]:
    """(label, trainee turn number) with 0 for the whole session."""
    out = [(tx("whole", lang), 0)]
    for turn in tr.turns:
        n = tr.numbers.get(turn.index)
        if n:
            text = turn.trainee_text if len(turn.trainee_text) <= 30 else turn.trainee_text[:30] + "…"
            out.append((f"{tx('turn_n', lang, n=n)}：{text}", n))
    return out


def _comment_lines(comments: Sequence[Comment], lang: str) -> list[str]:
    return [
        f"> **{tx('comment', lang)}・{md(c.author)}**（{jst_short(c.created_at)}）{'：' if lang == 'ja' else ': '}"
        f"{md(c.text)}"
        for c in comments
    ]


def _scores_line(turn: TurnRecord, fixes: dict[str, ScoreOverride], lang: str) -> str:
    parts = []
    for k in RUBRIC_NAMES:
        text = f"{rubric_name(k, lang)} {score_text(turn.scores.get(k))}"
        if k in fixes:
            text += f" → **{fixes[k].score:.0f}**（{tx('by_instructor', lang)}）"
        parts.append(text)
    return " ／ ".join(parts)


def turn_markdown(
    tr: Any, turn: TurnRecord, previous_trust: float | None, lang: str, *, imported: bool
) -> list[str]:
    n = tr.numbers.get(turn.index)
    colon = "：" if lang == "ja" else ": "
    fixes = effective_overrides(tr.overrides).get(turn.index, {})
    if not n:
        title = tx("opening" if turn.index == 0 else "closing", lang)
        return [f"#### {title}", "", f"**{tx('owner_said', lang)}**{colon}{md(turn.owner_reply)}"]
    head = f"#### {tx('turn_n', lang, n=n)}"
    if not imported:
        delta = "" if previous_trust is None else f"（{turn.trust - previous_trust:+.0f}）"
        head += f"　{tx('trust', lang)} {turn.trust:.0f}{delta}"
    out = [head, "", f"**{tx('trainee_said', lang)}**{colon}{md(turn.trainee_text)}", ""]
    if turn.owner_reply:
        out += [f"**{tx('owner_said', lang)}**{colon}{md(turn.owner_reply)}", ""]
    acts = ("、" if lang == "ja" else ", ").join(act_name(a, lang) for a in turn.acts) or "—"
    out += [f"- {tx('acts', lang)}{colon}{acts}", f"- {tx('scores', lang)}{colon}{_scores_line(turn, fixes, lang)}"]
    for fix in fixes.values():
        out.append(f"  - {rubric_name(fix.rubric, lang)}{colon}{md(fix.reason)}（{md(fix.author)}）")
    if turn.evidence:
        out.append(f"- {tx('evidence', lang)}{colon}" + " / ".join(md(e) for e in turn.evidence[:4]))
    if turn.suggestion:
        out.append(f"- {tx('try_instead', lang)}{colon}{md(turn.suggestion)}")
    if turn.notice:
        out.append(f"- {tx('notice', lang)}{colon}{md(turn.notice)}")
    notes = _comment_lines([c for c in tr.comments if c.turn_index == turn.index], lang)
    return out + ([""] + notes if notes else [])


def transcript_markdown(tr: Any, lang: str) -> str:
    """The whole session for an instructor: who, what, the scores (and corrections), then
    every turn with its acts, scores, feedback, the owner's trust and the comments."""
    rec = tr.record
    imported = rec.source == "imported"
    kind = tx(KINDS[session_kind(rec.persona_id, rec.source)], lang)
    state = tx("state_done" if rec.finished else "state_open", lang)
    out = [f"### {md(tr.owner)}" + (f"　{md(rec.title)}" if rec.title else ""), "",
           tx("meta", lang, trainee=md(tr.trainee), owner=md(tr.owner), kind=kind,
              date=jst_short(rec.created_at), state=state, turns=len(tr.numbers))]  # fmt: skip
    if rec.hidden_issue_reached is not None:
        v = tx("reached_yes" if rec.hidden_issue_reached else "reached_no", lang)
        out.append("  \n" + tx("issue_reached", lang, v=v))
    out += ["", f"#### {tx('session_scores', lang)}", ""]
    session_fixes = effective_overrides(tr.overrides).get(None, {})
    if rec.scores:
        out += [f"| {tx('rubric', lang)} | {tx('auto', lang)} | {tx('human', lang)} |", "|---|---:|---|"]
        for k in RUBRIC_NAMES:
            fix = session_fixes.get(k)
            human = f"**{fix.score:.0f}**（{md(fix.author)}：{md(fix.reason)}）" if fix else ""
            out.append(f"| {rubric_name(k, lang)} | {score_text(rec.scores.get(k))} | {human} |")
    else:
        out.append(tx("no_scores", lang))
        out += [f"- {rubric_name(k, lang)} → **{f.score:.0f}**（{md(f.author)}：{md(f.reason)}）"
                for k, f in session_fixes.items()]  # fmt: skip
    whole = _comment_lines([c for c in tr.comments if c.turn_index is None], lang)
    if whole:
        out += ["", *whole]
    previous = tr.initial_trust
    for turn in tr.turns:
        out += ["", *turn_markdown(tr, turn, previous, lang, imported=imported)]
        if turn.trainee_text:
            previous = turn.trust
    return "\n".join(out)


# -- agreement and progress -------------------------------------------------------------------
def agreement_frame(stats: Sequence[RubricAgreement], lang: str) -> pd.DataFrame:
    rows = []
    for s in stats:
        share = "—" if s.differ_share is None else f"{s.differ}（{s.differ_share:.0%}）"
        if s.mean_signed is None:
            bias = "—"
        else:
            key = "higher" if s.mean_signed >= 3 else "lower" if s.mean_signed <= -3 else "even"
            bias = f"{s.mean_signed:+.1f}（{tx(key, lang)}）"
        rows.append([rubric_name(s.rubric, lang), s.overrides, s.compared, share,
                     "—" if s.mean_abs is None else f"{s.mean_abs:.1f}", bias,
                     "—" if s.max_abs is None else f"{s.max_abs:.0f}"])  # fmt: skip
    columns = [tx(k, lang) for k in ("a_rubric", "a_overrides", "a_compared", "a_differ", "a_mean",
                                      "a_bias", "a_max")]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def agreement_intro(stats: Sequence[RubricAgreement], lang: str) -> str:
    if not any(s.overrides for s in stats):
        return tx("a_none", lang)
    return tx("agree_intro", lang, clear=CLEAR_DIFFERENCE)


def progress_frame(progress: Sequence[dict[str, Any]], lang: str) -> pd.DataFrame:
    """Long-form data for the progress plot: session label, score, rubric."""
    rows = []
    for n, p in enumerate(progress, start=1):
        label = f"{n}（{jst_short(p['created_at'])[5:10]}）"
        for k, v in p["scores"].items():
            if v is not None:
                rows.append({"session": label, "score": float(v), "rubric": rubric_name(k, lang)})
    return pd.DataFrame(rows, columns=["session", "score", "rubric"])


def progress_table(progress: Sequence[dict[str, Any]], lang: str) -> pd.DataFrame:
    """The same scores as a table (one session is a single point on the chart)."""
    columns = ["#", tx("c_date", lang), tx("c_owner", lang)]
    columns += [rubric_name(k, lang, short=True) for k in RUBRIC_NAMES] + [tx("c_fixed", lang)]
    rows = [
        [n, jst_short(p["created_at"]), p["owner"],
         *[None if p["scores"][k] is None else round(float(p["scores"][k])) for k in RUBRIC_NAMES],
         "、".join(rubric_name(k, lang, short=True) for k in p["overridden"])]
        for n, p in enumerate(progress, start=1)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def progress_order(progress: Sequence[dict[str, Any]]) -> list[str]:
    return [f"{n}（{jst_short(p['created_at'])[5:10]}）" for n, p in enumerate(progress, start=1)]


# -- what the trainee reads ---------------------------------------------------------------------
def instructor_notes(
    comments: Sequence[Comment], overrides: Sequence[ScoreOverride], turns: Sequence[Any],
    lang: str,
) -> str:  # fmt: skip
    """The instructor's comments and corrections, for the trainee's report ("" if none)."""
    if not comments and not overrides:
        return ""
    numbers = turn_numbers_of(turns)
    said = {t.index: t.trainee_text for t in turns}
    colon = "：" if lang == "ja" else ": "
    out: list[str] = []
    if comments:
        out += [f"### {tx('comments_head', lang)}", ""]
        for c in comments:
            where = tx("whole", lang)
            if c.turn_index is not None and c.turn_index in numbers:
                text = said.get(c.turn_index, "")
                text = text if len(text) <= 40 else text[:40] + "…"
                where = f"{tx('turn_n', lang, n=numbers[c.turn_index])}「{md(text)}」"
            out.append(f"- **{where}** — {md(c.author)}（{jst_short(c.created_at)}）{colon}{md(c.text)}")
    fixes = effective_overrides(list(overrides))
    if fixes:
        out += ["", f"### {tx('overrides_head', lang)}", ""]
        for index, by_rubric in fixes.items():
            where = tx("whole", lang) if index is None else tx("turn_n", lang, n=numbers.get(index, index))
            for fix in by_rubric.values():
                out.append(f"- **{where}**　{rubric_name(fix.rubric, lang)} → {fix.score:.0f}"
                           f"（{md(fix.author)}{colon}{md(fix.reason)}）")  # fmt: skip
    return "\n".join(out)


def turn_numbers_of(turns: Sequence[Any]) -> dict[int, int]:
    numbers, n = {}, 0
    for turn in turns:
        if turn.trainee_text:
            n += 1
            numbers[turn.index] = n
    return numbers

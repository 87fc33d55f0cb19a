"""The report page's content from a :class:`simulator.reporting.Report` and the session's turns.

``report_markdown`` adds to the report's own Markdown what the page needs around it: what each
rubric means, the facts uncovered (and, only once the meeting is over, the ones missed and the
underlying issue), the moments where trust moved most with a better alternative, the branches
of the same attempt and the trainee's earlier sessions with the same owner. ``chart_frame`` is
the data of the trust and rubric-score plot.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from ..persona import Persona
from ..reporting import RUBRIC_NAMES, Report
from ..rubric import load_rubrics
from ..store import SessionRecord
from ..store.exporting import JST
from .judge_view import report_lines as judge_report_lines
from .texts import t
from .views import _md, colon, quote, trust_before

SERIES_COLUMN = "series"


def chart_frame(session: Any, lang: str) -> pd.DataFrame:
    """Long-form data for a line plot: turn number, value 0–100, series name."""
    rows: list[dict[str, Any]] = []
    said = [tr for tr in session.turns if tr.trainee_text]
    if not said:
        return pd.DataFrame({"turn": [], "value": [], SERIES_COLUMN: []})
    trust_name = t("series_trust", lang)
    rows.append({"turn": turn_label(0, lang), "value": trust_before(session, 0),
                 SERIES_COLUMN: trust_name})  # fmt: skip
    for n, tr in enumerate(said, start=1):
        label = turn_label(n, lang)
        rows.append({"turn": label, "value": float(tr.trust), SERIES_COLUMN: trust_name})
        for rid, score in tr.scores.items():
            if score is not None:
                name = RUBRIC_NAMES.get(rid, {}).get(lang, rid)
                rows.append({"turn": label, "value": float(score), SERIES_COLUMN: name})
    return pd.DataFrame(rows)


def turn_label(n: int, lang: str) -> str:
    """The x-axis label of turn ``n`` (0: before the first turn)."""
    if n == 0:
        return "開始" if lang == "ja" else "start"
    return str(n)


def chart_order(session: Any, lang: str) -> list[str]:
    said = [tr for tr in session.turns if tr.trainee_text]
    return [turn_label(n, lang) for n in range(len(said) + 1)]


def key_moments(session: Any, lang: str, count: int = 3) -> list[str]:
    """The turns where trust moved most, each with what worked or a better alternative."""
    said = [tr for tr in session.turns if tr.trainee_text]
    moves = [(tr.trust - trust_before(session, k), k, tr) for k, tr in enumerate(said)]
    moves = [m for m in moves if abs(m[0]) >= 1.0]
    moves.sort(key=lambda m: -abs(m[0]))
    out = []
    for delta, k, tr in sorted(moves[:count], key=lambda m: m[1]):
        up = delta > 0
        head = t("turn_n", lang, n=k + 1)
        feel = (
            ("信頼が高まりました" if up else "信頼が下がりました")
            if lang == "ja"
            else ("trust rose" if up else "trust fell")
        )
        line = (
            f"- **{head}**（{feel}）{quote(_md(tr.trainee_text), lang)}"
            if lang == "ja"
            else f"- **{head}** ({feel}) {quote(_md(tr.trainee_text), lang)}"
        )
        if not up and tr.suggestion:
            line += f"  \n  → {t('try_instead', lang)}{colon(lang)}{_md(tr.suggestion)}"
        elif up and tr.feedback:
            line += f"  \n  → {_md(tr.feedback[0])}"
        out.append(line)
    return out


def jst_short(stamp: str) -> str:
    """``2026-04-01T01:02:03+00:00`` -> ``2026-04-01 10:02`` (Japan time, as users read it)."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(JST).strftime("%Y-%m-%d %H:%M")


def _join_lines(text: str, lang: str) -> str:
    """A folded YAML paragraph on one line (no space between Japanese characters)."""
    joined = " ".join(text.split())
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", joined) if lang == "ja" else joined


def _scores_cell(record: SessionRecord) -> list[str]:
    scores = record.scores or {}
    return [f"{scores[r]:.0f}" if r in scores else "—" for r in RUBRIC_NAMES]


def _session_rows(
    records: Sequence[SessionRecord], lang: str, current: str, counts: dict[str, int]
) -> list[str]:
    head = [t("col_date", lang), t("col_turns", lang), *[n[lang] for n in RUBRIC_NAMES.values()]]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in records:
        mark = "▶ " if r.id == current else ""
        branch = f"（{t('turn_n', lang, n=(r.parent_turn or 0) + 2)}〜）" if r.parent_id else ""
        rows.append(
            f"| {mark}{jst_short(r.created_at)}{branch} | {counts.get(r.id, r.turn_count)} | "
            + " | ".join(_scores_cell(r))
            + " |"
        )
    return rows


def report_markdown(
    report: Report | None,
    session: Any,
    record: SessionRecord,
    lang: str,
    *,
    branches: Sequence[SessionRecord] = (),
    earlier: Sequence[SessionRecord] = (),
) -> str:
    """The whole report as one Markdown text (the HTTP API's ``/finish``)."""
    head, tail = report_parts(report, session, record, lang, branches=branches, earlier=earlier)
    return f"{head}\n\n{tail}" if tail else head


def report_parts(
    report: Report | None,
    session: Any,
    record: SessionRecord,
    lang: str,
    *,
    branches: Sequence[SessionRecord] = (),
    earlier: Sequence[SessionRecord] = (),
    counts: dict[str, int] | None = None,
) -> tuple[str, str]:
    """(the report's own summary, what the page adds below the chart)."""
    persona: Persona = session.persona
    ja = lang == "ja"
    if report is None:
        return f"## {persona.title.get(lang)}\n\n{t('too_short', lang)}", ""
    head = report.markdown
    parts: list[str] = []
    rubrics = load_rubrics()
    parts += [f"### {'4つの観点の意味' if ja else 'What the four rubrics mean'}", ""]
    for rid, name in RUBRIC_NAMES.items():
        desc = rubrics[rid].description.get(lang) if rid in rubrics else ""
        parts.append(f"- **{name[lang]}**{colon(lang)}{_join_lines(desc, lang)}")
    revealed = [f for f in persona.facts if f.id in set(report.revealed)]
    parts += ["", f"### {'経営者が話してくれたこと' if ja else 'What the owner told you'}", ""]
    parts += [f"- {_md(f.text.get(lang))}" for f in revealed] or [
        "- " + ("（まだありません）" if ja else "(nothing yet)")
    ]
    if session.finished:
        missed = [f for f in persona.facts if f.id not in set(report.revealed)]
        if missed:
            parts += ["", f"### {'聞き出せなかったこと' if ja else 'What you did not hear'}", ""]
            parts += [f"- {_md(f.text.get(lang))}" for f in missed]
        parts += [
            "",
            f"### {'表課題と裏課題' if ja else 'Surface and underlying issue'}",
            "",
            f"- {'表課題' if ja else 'Surface issue'}{colon(lang)}{_md(persona.surface_issue.get(lang))}",
            f"- {'裏課題' if ja else 'Underlying issue'}{colon(lang)}{_md(persona.underlying_issue.text.get(lang))}",
        ]
    moments = key_moments(session, lang)
    if moments:
        parts += ["", f"### {'信頼が大きく動いた場面' if ja else 'Key moments'}", "", *moments]
    parts += judge_report_lines(session.turns, lang)  # with a model: where the judge moved scores
    if branches:
        parts += ["", f"### {'やり直しの比較' if ja else 'Branches of this attempt'}", ""]
        parts += _session_rows(branches, lang, record.id, counts or {})
    if earlier:
        parts += [
            "",
            f"### {'同じ経営者とのこれまでの面談' if ja else 'Earlier sessions with this owner'}",
            "",
        ]
        parts += _session_rows(earlier, lang, record.id, counts or {})
    return head, "\n".join(parts)

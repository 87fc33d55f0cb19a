"""The report page's content from a :class:`simulator.reporting.Report` and the session's turns.

``report_markdown`` adds to the report's own Markdown what the page needs around it: what each
rubric means, the facts uncovered (and, only once the meeting is over, the ones missed and the
underlying issue), the moments where trust moved most with a better alternative, the branches
of the same attempt and the trainee's earlier sessions with the same owner. The chart is drawn
by :mod:`.chart`.

Everything a person typed (and what is built from it: the alternatives) is escaped before it
reaches Markdown, the report's own summary included: it is quoted as text, never rendered.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from ..persona import Persona
from ..report_names import RUBRIC_NAMES
from ..reporting import Report, render_markdown
from ..rubric import load_rubrics
from ..store import SessionRecord, User
from ..store.exporting import JST
from .judge_view import report_lines as judge_report_lines
from .texts import t
from .views import _md, colon, quote, trust_before

# the report's lists that quote someone's words (the trainee's, the owner's, or an alternative
# built from them), and the fields in their items that hold such words
QUOTING = ("hints", "weakest_turns", "strengths", "owner_words")
QUOTED_FIELDS = ("text", "suggestion", "problem", "what", "owner_words")


def safe_summary(report: Report, persona: Persona) -> str:
    """The report's own Markdown with every quoted word escaped: 「<b>人手</b>」 is quoted as
    typed, not rendered (nor lost, as a ``<script>`` would be)."""

    def escaped(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {k: _md(v) if k in QUOTED_FIELDS and isinstance(v, str) else v for k, v in it.items()}
            for it in items
        ]

    update = {name: escaped(getattr(report, name)) for name in QUOTING}
    return render_markdown(report.model_copy(update=update), persona)


def report_meta(record: SessionRecord, trainee: User, lang: str) -> str:
    """Whose session, when, which mode: the first line of the report (and of its printout)."""
    mode = t("mode_exam", lang) if record.mode == "exam" else t("mode_practice", lang)
    name, login = _md(trainee.display_name), _md(trainee.username)
    who = f"{name}（{login}）" if lang == "ja" else f"{name} ({login})"
    c = colon(lang)
    return (
        f"{t('trainee', lang)}{c}{who}　{t('col_date', lang)}{c}{jst_short(record.created_at)}"
        f"　{t('col_mode', lang)}{c}{mode}"
    )

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
    author: bool = False,
) -> str:
    """The whole report as one Markdown text (the HTTP API's ``/finish``); ``author``: the viewer
    is staff (Store.sees_author_description) and reads the persona author's description too."""
    head, tail = report_parts(
        report, session, record, lang, branches=branches, earlier=earlier, author=author
    )
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
    author: bool = False,
) -> tuple[str, str]:
    """(the report's own summary, what the page adds below the chart). Once the meeting is
    over, the issues as the owner put them, quoted from the transcript; the persona author's
    description of them only for staff (``author``: Store.sees_author_description), labelled as
    the author's (issue 8)."""
    persona: Persona = session.persona
    ja = lang == "ja"
    if report is None:
        return f"## {persona.title.get(lang)}\n\n{t('too_short', lang)}", ""
    head = safe_summary(report, persona)
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
        parts += ["", *issue_in_his_words(report, persona, lang)]
        if author:
            parts += ["", *author_description(persona, lang)]
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


def issue_in_his_words(report: Report, persona: Persona, lang: str) -> list[str]:
    """表課題 and 裏課題 as the owner said them in this meeting, quoted from the transcript: his
    reply on the turn he told the form's pitch (``Fact.form``), and his words on the underlying
    issue (the report's owner, core or near words); what he did not say is said to be unsaid."""
    ja = lang == "ja"
    form = {f.id for f in persona.facts if f.form}
    pitch = next(
        (r for r in report.turn_results if form & set(r.get("revealed", [])) and r.get("owner_reply")),
        None,
    )
    words = report.owner_words or report.core_words or report.near_words
    unsaid = "（この面談では、社長はまだ自分の言葉で話していません）" if ja else "(he has not put it in his own words in this meeting)"
    lines = [f"### {'社長が自分の言葉で話した課題' if ja else 'The issues in the owner’s own words'}", ""]
    if pitch is not None:
        label = f"表課題（ターン{pitch['turn']}への返答）" if ja else f"Surface issue (reply to turn {pitch['turn']})"
        lines.append(f"- {label}{colon(lang)}{quote(_md(pitch['owner_reply']), lang)}")
    else:
        lines.append(f"- {'表課題' if ja else 'Surface issue'}{colon(lang)}{unsaid}")
    for w in words:
        label = f"裏課題に関わる言葉（ターン{w['turn']}への返答）" if ja else f"On the underlying issue (reply to turn {w['turn']})"
        lines.append(f"- {label}{colon(lang)}{quote(_md(w['text']), lang)}")
    if not words:
        lines.append(f"- {'裏課題' if ja else 'Underlying issue'}{colon(lang)}{unsaid}")
    return lines


def author_description(persona: Persona, lang: str) -> list[str]:
    """The persona author's description of the two issues, for instructors only, named as the
    author's and not as anything the owner said."""
    ja = lang == "ja"
    return [
        f"### {'人物設定の作者による説明（講師のみに表示）' if ja else 'The persona author’s description (shown to instructors only)'}",
        "",
        f"- {'作者の説明による表課題' if ja else 'Surface issue, as the author describes it'}"
        f"{colon(lang)}{_md(persona.surface_issue.get(lang))}",
        f"- {'作者の説明による裏課題' if ja else 'Underlying issue, as the author describes it'}"
        f"{colon(lang)}{_md(persona.underlying_issue.text.get(lang))}",
    ]

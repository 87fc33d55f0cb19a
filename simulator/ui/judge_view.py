"""What the page shows of the LLM judge, beside the offline feedback (no Gradio).

The judge runs only with a model configured (and ``SIM_JUDGE`` not off); a turn without a
judge shows exactly the offline feedback. With one, the turn's scores are the merged ones
(``rubrics/README.md``): the feedback's table then shows the offline scorer's and the model's
score beside them, and a section labelled as the model's reading gives its better wording and
the words of the turn it quoted. A judge that failed says so in one line; the offline scores
stood. Exam mode hides all of it during the meeting, like the rest of the feedback.
"""

from __future__ import annotations

from typing import Any

from ..report_names import RUBRIC_NAMES
from .texts import t
from .views import _md, colon, quote


def judged(turn: Any) -> bool:
    """A judge read this turn and gave a valid reading."""
    judge = getattr(turn, "judge", None)
    return judge is not None and judge.ok


def _num(score: float | None) -> str:
    return "—" if score is None else f"{score:.0f}"


def _in_order(scores: dict[str, Any]) -> list[str]:
    """The rubrics always in the same order (stored turns come back sorted by id)."""
    return [*(r for r in RUBRIC_NAMES if r in scores), *(r for r in scores if r not in RUBRIC_NAMES)]


def score_table(turn: Any, lang: str) -> list[str]:
    """The turn's scores as a Markdown table; with a judge, the offline and model columns."""
    if not judged(turn):
        rows = [f"| {t('rubric', lang)} | {t('score', lang)} |", "|---|---:|"]
        for rid in _in_order(turn.scores):
            rows.append(f"| {RUBRIC_NAMES.get(rid, {}).get(lang, rid)} | {_num(turn.scores[rid])} |")
        return rows
    offline = turn.offline_scores or turn.scores
    model = turn.judge.scores
    rows = [
        f"| {t('rubric', lang)} | {t('score', lang)} | {t('col_offline', lang)} | "
        f"{t('col_model', lang)} |",
        "|---|---:|---:|---:|",
    ]
    for rid in _in_order(turn.scores):
        score = turn.scores[rid]
        name = RUBRIC_NAMES.get(rid, {}).get(lang, rid)
        rows.append(
            f"| {name} | {_num(score)} | {_num(offline.get(rid))} | {_num(model.get(rid))} |"
        )
    return [*rows, "", t("merged_note", lang)]


def offline_evidence(turn: Any) -> list[str]:
    """The offline scorer's evidence (the turn's evidence without the quotes the judge added)."""
    if not judged(turn):
        return list(turn.evidence)
    added = {f"「{q}」" for q in turn.judge.evidence}
    return [e for e in turn.evidence if e not in added]


def judge_section(turn: Any, lang: str) -> str:
    """The model's reading of the turn (empty when no judge ran)."""
    judge = getattr(turn, "judge", None)
    if judge is None:
        return ""
    head = f"**{t('judge_head', lang)}**"
    if not judge.ok:
        return f"{head}{colon(lang)}{t('judge_failed', lang)}"
    lines = [head]
    if judge.alternative:
        lines.append(f"- {t('judge_alternative', lang)}{colon(lang)}{_md(judge.alternative)}")
    if judge.evidence:
        quotes = " / ".join(quote(_md(q), lang) for q in judge.evidence)
        lines.append(f"- {t('judge_evidence', lang)}{colon(lang)}{quotes}")
    return "\n".join(lines)


def report_lines(turns: list[Any], lang: str) -> list[str]:
    """For the report: the turns where the model moved a score, merged (offline) per rubric."""
    said = [tr for tr in turns if tr.trainee_text]
    read = [tr for tr in said if getattr(tr, "judge", None) is not None]
    if not read:
        return []
    lines = ["", f"### {t('judge_report_head', lang)}", ""]
    failed = sum(1 for tr in read if not tr.judge.ok)
    lines.append(t("judge_report_count", lang, n=len(read) - failed, failed=failed))
    moved = [
        (n, tr)
        for n, tr in enumerate(said, start=1)
        if judged(tr) and tr.offline_scores and tr.offline_scores != tr.scores
    ]
    if not moved:
        return lines
    names = [RUBRIC_NAMES[r][lang] if r in RUBRIC_NAMES else r for r in RUBRIC_NAMES]
    lines += ["", f"| {t('x_turn', lang)} | " + " | ".join(names) + " |"]
    lines.append("|---|" + "---:|" * len(names))
    for n, tr in moved:
        cells = []
        for rid in RUBRIC_NAMES:
            merged, own = tr.scores.get(rid), tr.offline_scores.get(rid)
            if merged == own:
                cells.append(_num(merged))
            else:
                cells.append(t("merged_cell", lang, merged=_num(merged), own=_num(own)))
        lines.append(f"| {t('turn_n', lang, n=n)} | " + " | ".join(cells) + " |")
    lines += ["", t("judge_report_note", lang)]
    return lines

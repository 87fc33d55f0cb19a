"""The report of a real role-play transcript (an imported session), laid out like the report
of a simulated one: session scores, a chart of the rubric scores over the turns, what the
rubrics mean, the acts used, the turns to look at again with a better alternative, the
instructor's notes and the whole conversation, scored. A real role-play has no owner's trust,
no facts and no underlying issue: the report says so instead of inventing them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..acts import act_name
from ..report_names import RUBRIC_NAMES
from ..rubric import load_rubrics
from ..store import Comment, ScoreOverride, SessionRecord, TurnRecord
from ..store.review import effective_overrides
from .labels import tx
from .report_view import _join_lines
from .review_desk import Transcript, turn_numbers
from .review_view import instructor_notes, rubric_name, score_text, turn_markdown
from .views import _md as md

SERIES = "series"


def chart_frame(turns: Sequence[TurnRecord], lang: str) -> pd.DataFrame:
    rows = []
    for n, turn in enumerate([t for t in turns if t.trainee_text], start=1):
        for k, v in turn.scores.items():
            if v is not None:
                rows.append({"turn": str(n), "value": float(v), SERIES: rubric_name(k, lang)})
    return pd.DataFrame(rows, columns=["turn", "value", SERIES])


def chart_order(turns: Sequence[TurnRecord]) -> list[str]:
    return [str(n) for n in range(1, sum(1 for t in turns if t.trainee_text) + 1)]


def imported_parts(
    record: SessionRecord,
    turns: Sequence[TurnRecord],
    comments: Sequence[Comment],
    overrides: Sequence[ScoreOverride],
    lang: str,
) -> tuple[str, str]:
    """(the summary above the chart, the details below it)."""
    ja = lang == "ja"
    colon = "：" if ja else ": "
    fixes = effective_overrides(list(overrides)).get(None, {})
    head = [f"## {tx('imp_title', lang)}" + (f"{colon}{md(record.title)}" if record.title else ""), ""]
    head += [f"| {'観点' if ja else 'Rubric'} | {'スコア' if ja else 'Score'} | {tx('human', lang)} |",
             "|---|---:|---|"]  # fmt: skip
    for k in RUBRIC_NAMES:
        fix = fixes.get(k)
        human = f"**{fix.score:.0f}**（{md(fix.reason)}）" if fix else ""
        head.append(f"| {rubric_name(k, lang)} | {score_text((record.scores or {}).get(k))} | {human} |")
    trainee = [t for t in turns if t.trainee_text]
    owner_count = sum(len([x for x in t.owner_reply.split("\n") if x.strip()]) for t in turns)
    chars_t = sum(len(t.trainee_text) for t in turns)
    chars_all = chars_t + sum(len(t.owner_reply) for t in turns) or 1
    head += ["", "- " + tx("imp_counts", lang, trainee=len(trainee), owner=owner_count,
                               share=chars_t / chars_all), "- " + tx("imp_no_trust", lang)]  # fmt: skip
    low = sorted(
        (t for t in trainee if t.suggestion and any(v is not None for v in t.scores.values())),
        key=lambda t: min(v for v in t.scores.values() if v is not None),
    )[:3]
    numbers = turn_numbers(list(turns))
    if low:
        head += ["", f"### {tx('imp_low', lang)}"]
        for t in low:
            head.append(f"- {tx('turn_n', lang, n=numbers[t.index])}「{md(t.trainee_text)}」  \n"
                        f"  → {tx('try_instead', lang)}{colon}{md(t.suggestion or '')}")  # fmt: skip
    tail: list[str] = [f"### {'4つの観点の意味' if ja else 'What the four rubrics mean'}", ""]
    rubrics = load_rubrics()
    for k in RUBRIC_NAMES:
        desc = rubrics[k].description.get(lang) if k in rubrics else ""  # type: ignore[arg-type]
        tail.append(f"- **{rubric_name(k, lang)}**{colon}{_join_lines(desc, lang)}")
    acts = Counter(a for t in trainee for a in t.acts)
    if acts:
        tail += ["", f"### {tx('imp_acts', lang)}", ""]
        tail += [f"- {act_name(a, lang)}{colon}{n}" for a, n in acts.most_common()]
    notes = instructor_notes(comments, overrides, turns, lang)
    if notes:
        tail += ["", notes]
    tail += ["", f"### {tx('imp_turns', lang)}"]
    view = Transcript(record=record, turns=list(turns), comments=list(comments),
                      overrides=list(overrides), trainee="", owner="", numbers=numbers)  # fmt: skip
    for turn in turns:
        tail += ["", *turn_markdown(view, turn, None, lang, imported=True)]
    return "\n".join(head), "\n".join(tail)


def report_data(record: SessionRecord, turns: Sequence[TurnRecord]) -> dict[str, Any]:
    """The report's fields as JSON (as ``python -m simulator report`` gives them)."""
    return {
        "scores": record.scores or {},
        "turns": [{"index": t.index, "trainee": t.trainee_text, "owner": t.owner_reply,
                   "acts": t.acts, "scores": t.scores, "suggestion": t.suggestion}
                  for t in turns],  # fmt: skip
    }

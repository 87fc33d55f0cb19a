"""The "my sessions" page (これまでの面談): every session of the signed-in user, to open again
(continue it, or try again from a turn), or to read and download its report."""

from __future__ import annotations

import re
from typing import Any

import gradio as gr
import pandas as pd

from ..store import SessionRecord, User
from . import practice, report_page
from .common import Ctx, guarded
from .report_view import jst_short
from .texts import t


def layout(ctx: Ctx) -> None:
    c = ctx.c
    with gr.Row():
        c["pick"] = gr.Dropdown(choices=[], label=t("pick_session"), elem_id="pick", scale=3,
                                allow_custom_value=True)  # fmt: skip
        with gr.Column(scale=1, min_width=200):
            c["open"] = gr.Button(t("resume"), variant="primary", elem_id="open")
            c["open_report"] = gr.Button(t("open_report"), elem_id="open-report")
            c["refresh"] = gr.Button(t("refresh"), size="sm", elem_id="refresh")
    c["sessions_notice"] = gr.Markdown(elem_id="sessions-notice")
    c["sessions_table"] = gr.Dataframe(
        label=t("sessions_table"), interactive=False, wrap=True, elem_id="sessions-table"
    )
    c["listed_ids"] = gr.State([])  # the table's rows, in order (a click on a row picks it)


def _owner(ctx: Ctx, record: SessionRecord, lang: str) -> str:
    """The owner's short title (before the dash of the persona's one-line title)."""
    if record.persona_id.startswith("rh_"):  # a rehearsal owner the user built
        from .review_desk import owner_title

        return owner_title(ctx.ctl, record.persona_id, lang)
    try:
        title = ctx.ctl.persona(record.persona_id).title.get(lang)
    except Exception:  # noqa: BLE001 - imported sessions have no persona file
        return t("imported", lang)
    return re.split(r"\s*[—―]\s*", title, maxsplit=1)[0]


def _label(ctx: Ctx, record: SessionRecord, lang: str, turns: int) -> str:
    """What tells sessions apart: when, with whom, state, turns, exam, tried again from."""
    owner = _owner(ctx, record, lang)
    bits = [t("state_done", lang) if record.finished else t("state_open", lang),
            t("n_turns", lang, n=turns)]  # fmt: skip
    if record.mode == "exam":
        bits.append(t("mode_exam", lang))
    if record.parent_id:
        bits.append(t("tried_from", lang, n=(record.parent_turn or 0) + 2))
    when = jst_short(record.created_at)
    return f"{when}　{owner}（{'・'.join(bits)}）" if lang == "ja" else (
        f"{when}  {owner} ({', '.join(bits)})"
    )


def _listing(
    ctx: Ctx, user: User, lang: str
) -> tuple[pd.DataFrame, list[tuple[str, str]], list[str]]:
    """The table, the picker's choices and the sessions' ids in the table's order. A session
    nobody spoke in is left out: there is nothing in it to resume, read or download."""
    records = ctx.ctl.my_sessions(user)
    counts = ctx.ctl.store.trainee_turn_counts([r.id for r in records])
    records = [r for r in records if counts[r.id] or r.source != "simulated"]
    labels = {r.id: _label(ctx, r, lang, counts[r.id]) for r in records}
    owners = {r.id: _owner(ctx, r, lang) for r in records}
    rows = []
    for r in records:
        scores = r.scores or {}
        rows.append(
            {
                t("col_date", lang): jst_short(r.created_at),
                t("col_owner", lang): owners[r.id],
                t("col_turns", lang): counts[r.id],
                t("col_state", lang): t("state_done", lang) if r.finished else t("state_open", lang),
                t("col_mode", lang): t("mode_exam", lang) if r.mode == "exam" else t("mode_practice", lang),
                t("col_branch", lang): t("turn_n", lang, n=(r.parent_turn or 0) + 2) if r.parent_id else "",
                **{name: (f"{scores[k]:.0f}" if k in scores else "—") for k, name in _rubric_names(lang)},
            }
        )  # fmt: skip
    frame = (
        pd.DataFrame(rows)
        if rows
        else pd.DataFrame({t("col_date", lang): [t("no_sessions", lang)]})
    )
    return frame, [(labels[r.id], r.id) for r in records], [r.id for r in records]


def _rubric_names(lang: str) -> list[tuple[str, str]]:
    from ..report_names import RUBRIC_NAMES

    return [(k, v[lang]) for k, v in RUBRIC_NAMES.items()]


def wire(ctx: Ctx) -> None:
    c, ctl = ctx.c, ctx.ctl
    list_outs = [c["sessions_table"], c["pick"], c["sessions_notice"], c["listed_ids"]]

    @guarded(4, 2)
    def on_refresh(lang: str, request: gr.Request) -> tuple:
        frame, choices, ids = _listing(ctx, ctx.user(request), lang)
        pick = gr.update(choices=choices, value=choices[0][1] if choices else None)
        return frame, pick, "", ids

    c["refresh"].click(on_refresh, [c["lang"]], list_outs, api_visibility="private")
    c["tab_sessions"].select(on_refresh, [c["lang"]], list_outs, api_visibility="private")

    def on_row(ids: list[str], evt: gr.SelectData) -> Any:
        """A click anywhere in a row picks that session."""
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        if isinstance(row, int) and 0 <= row < len(ids or []):
            return gr.update(value=ids[row])
        return gr.update()

    c["sessions_table"].select(on_row, c["listed_ids"], c["pick"], api_visibility="private")

    p_outs = practice.outputs(ctx)

    @guarded(practice.N + 2, practice.N)
    def on_open(lang: str, session_id: str | None, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not session_id:
            return (*[gr.update()] * practice.N, t("err_pick_session", lang), gr.update())
        live = ctl.live(user, session_id)
        info = (
            t("finished_hint", live.session.lang)
            if live.session.finished
            else t("resumed", live.session.lang)
        )
        page = practice.render(live, lang, info=info, info_at="start_notice", controls=True)
        return (*page, "", gr.Tabs(selected="practice"))

    c["open"].click(on_open, [c["lang"], c["pick"]], [*p_outs, c["sessions_notice"], c["tabs"]],
                    api_visibility="private")  # fmt: skip

    r_outs = report_page.outputs(ctx)

    @guarded(len(r_outs) + 2, len(r_outs))
    def on_report(lang: str, session_id: str | None, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not session_id:
            return (*[gr.update()] * len(r_outs), t("err_pick_session", lang), gr.update())
        return (*report_page.render(ctx, user, session_id), "", gr.Tabs(selected="report"))

    c["open_report"].click(on_report, [c["lang"], c["pick"]],
                           [*r_outs, c["sessions_notice"], c["tabs"]], api_visibility="private")  # fmt: skip


def outputs(ctx: Ctx) -> list[Any]:
    return [ctx.c["sessions_table"], ctx.c["pick"], ctx.c["sessions_notice"], ctx.c["listed_ids"]]

"""The instructor's review page (講師の振り返り): the cohort's sessions in a filterable, sortable
table, one transcript with per-turn acts, scores, feedback, trust and comments, comments and
score corrections with a reason, the export for Excel, agreement with the tool, progress.

Shown to instructors and admins only (hidden for trainees on load); every handler asks the
:class:`~simulator.ui.review_desk.ReviewDesk`, which asks the store with the user as viewer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import gradio as gr

from ..errors import NotFoundError
from ..store import User
from .common import DOWNLOAD_JS, Ctx, download_payload, guarded, notice_html
from .labels import tx
from .review_desk import ReviewDesk
from .review_view import (
    SORTS,
    ReviewFilter,
    agreement_frame,
    agreement_intro,
    filter_rows,
    progress_frame,
    progress_order,
    progress_table,
    rubric_name,
    session_choices,
    table_frame,
    target_choices,
    transcript_markdown,
)

ALL = "__all__"
RUBRICS = ("listening", "deep_dive", "summarising", "non_leading")
# date, trainee, owner, kind, state, turns, 4 scores, corrected, issue, branches, comments, id
COLUMN_WIDTHS = ["118px", "76px", "176px", "92px", "52px", "60px", "60px", "68px", "60px",
                 "92px", "60px", "68px", "76px", "76px", "84px"]  # fmt: skip


def desk(ctx: Ctx) -> ReviewDesk:
    if "review_desk" not in ctx.c:
        ctx.c["review_desk"] = ReviewDesk(ctx.ctl)
    return ctx.c["review_desk"]


def layout(ctx: Ctx) -> None:
    c = ctx.c
    desk(ctx)
    gr.Markdown(tx("review_intro"), elem_id="rv-intro")
    with gr.Row():
        c["rv_cohort"] = gr.Dropdown(choices=[], label=tx("cohort"), elem_id="rv-cohort", scale=3)
        c["rv_refresh"] = gr.Button(tx("refresh"), elem_id="rv-refresh", scale=1)
    c["rv_notice"] = gr.Markdown(elem_id="rv-notice")
    with gr.Tabs(elem_id="rv-tabs") as sub:
        c["rv_tabs"] = sub
        with gr.Tab(tx("sub_list"), id="rv-list", elem_id="rv-tab-list"):
            with gr.Row():
                c["rv_trainee"] = gr.Dropdown(choices=[(tx("all"), ALL)], value=ALL,
                                              label=tx("f_trainee"), elem_id="rv-trainee")  # fmt: skip
                c["rv_owner"] = gr.Dropdown(choices=[(tx("all"), ALL)], value=ALL,
                                            label=tx("f_owner"), elem_id="rv-owner")  # fmt: skip
                c["rv_kind"] = gr.Dropdown(
                    choices=[(tx(k), k if k != "all" else ALL) for k in
                             ("all", "kind_sim", "kind_rehearsal", "kind_imported")],
                    value=ALL, label=tx("f_kind"), elem_id="rv-kind",
                )  # fmt: skip
                c["rv_reached"] = gr.Dropdown(
                    choices=[(tx("all"), ALL), (tx("reached_yes"), "yes"), (tx("reached_no"), "no")],
                    value=ALL, label=tx("f_reached"), elem_id="rv-reached",
                )  # fmt: skip
            with gr.Row():
                c["rv_text"] = gr.Textbox(label=tx("f_text"), elem_id="rv-text", scale=3)
                c["rv_sort"] = gr.Dropdown(choices=[(tx(s), s) for s in SORTS], value=SORTS[0],
                                           label=tx("f_sort"), elem_id="rv-sort", scale=2)  # fmt: skip
                c["rv_apply"] = gr.Button(tx("apply"), variant="primary", elem_id="rv-apply", scale=1)
            c["rv_count"] = gr.Markdown(elem_id="rv-count")
            c["rv_table"] = gr.Dataframe(label=tx("table"), interactive=False, wrap=False, buttons=[],
                                         elem_id="rv-table", max_height=560,
                                         column_widths=COLUMN_WIDTHS)  # fmt: skip
            with gr.Row():
                c["rv_export"] = gr.Button(tx("export"), elem_id="rv-export")
                # the CSV is saved in this browser tab only (common.DOWNLOAD_JS): no server file
                c["rv_download"] = gr.Textbox(visible="hidden", elem_id="rv-download")
            c["rv_export_notice"] = gr.Markdown(elem_id="rv-export-notice")
        with gr.Tab(tx("sub_read"), id="rv-read", elem_id="rv-tab-read"):
            with gr.Row():
                c["rv_pick"] = gr.Dropdown(choices=[], label=tx("pick"), elem_id="rv-pick", scale=3)
                c["rv_by_id"] = gr.Textbox(label=tx("by_id"), elem_id="rv-by-id", scale=2)
                c["rv_open"] = gr.Button(tx("open"), variant="primary", elem_id="rv-open", scale=1)
            c["rv_read_notice"] = gr.Markdown(elem_id="rv-read-notice")
            with gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    c["rv_transcript"] = gr.Markdown(tx("pick_first"), elem_id="rv-transcript")
                with gr.Column(scale=2, elem_id="rv-side"):
                    c["rv_target"] = gr.Dropdown(choices=[], label=tx("target"), elem_id="rv-target")
                    c["rv_comment"] = gr.Textbox(label=tx("comment"), placeholder=tx("comment_ph"),
                                                 lines=3, elem_id="rv-comment")  # fmt: skip
                    c["rv_add"] = gr.Button(tx("add_comment"), elem_id="rv-add")
                    c["rv_comment_notice"] = gr.Markdown(elem_id="rv-comment-notice")
                    c["rv_rubric"] = gr.Dropdown(choices=[(rubric_name(r, "ja"), r) for r in RUBRICS],
                                                 value=RUBRICS[0], label=tx("rubric"),
                                                 elem_id="rv-rubric")  # fmt: skip
                    c["rv_score"] = gr.Number(label=tx("new_score"), value=None, minimum=0,
                                              maximum=100, precision=0, elem_id="rv-score")  # fmt: skip
                    c["rv_reason"] = gr.Textbox(label=tx("reason"), placeholder=tx("reason_ph"),
                                                lines=2, elem_id="rv-reason")  # fmt: skip
                    c["rv_override"] = gr.Button(tx("override"), elem_id="rv-override")
                    c["rv_override_notice"] = gr.Markdown(elem_id="rv-override-notice")
        with gr.Tab(tx("sub_agree"), id="rv-agree", elem_id="rv-tab-agree"):
            c["rv_agree_md"] = gr.Markdown(elem_id="rv-agree-md")
            c["rv_agree"] = gr.Dataframe(interactive=False, wrap=True, buttons=[], elem_id="rv-agree")
        with gr.Tab(tx("sub_progress"), id="rv-progress", elem_id="rv-tab-progress"):
            c["rv_progress_pick"] = gr.Dropdown(choices=[], label=tx("progress_pick"),
                                                elem_id="rv-progress-pick")  # fmt: skip
            c["rv_progress_md"] = gr.Markdown(elem_id="rv-progress-md")
            c["rv_progress_plot"] = gr.LinePlot(
                value=None, x="session", y="score", color="rubric", title=tx("progress_chart"),
                x_title=tx("x_session"), y_title=tx("y_score"), y_lim=[0, 100], color_title="",
                height=320, elem_id="rv-progress-plot",
            )  # fmt: skip
            c["rv_progress_table"] = gr.Dataframe(interactive=False, wrap=True, buttons=[],
                                                  elem_id="rv-progress-table")  # fmt: skip
    c["rv_sid"] = gr.State("")
    c["rv_ids"] = gr.State([])


def _cohort_id(ctx: Ctx, user: User, value: Any) -> int:
    if value in (None, ""):
        raise NotFoundError("no cohort")
    return desk(ctx).cohort(user, int(value)).id


def _filter(trainee: Any, owner: Any, kind: Any, reached: Any, text: str, sort: str) -> ReviewFilter:
    return ReviewFilter(
        trainee=None if trainee in (None, ALL) else int(trainee),
        owner=None if owner in (None, ALL) else str(owner),
        kind=None if kind in (None, ALL) else str(kind),
        reached=None if reached in (None, ALL) else str(reached),
        text=text or "", sort=sort or SORTS[0],
    )  # fmt: skip


def wire(ctx: Ctx) -> None:  # noqa: C901 - one page's handlers
    c = ctx.c
    d = desk(ctx)
    list_outs = [c["rv_table"], c["rv_count"], c["rv_pick"], c["rv_ids"], c["rv_trainee"],
                 c["rv_owner"], c["rv_progress_pick"], c["rv_agree_md"], c["rv_agree"],
                 c["rv_notice"]]  # fmt: skip

    def listing(lang: str, user: User, cohort: Any, f: ReviewFilter) -> tuple:
        cid = _cohort_id(ctx, user, cohort)
        rows = d.rows(user, cid, lang)
        shown = filter_rows(rows, f)
        trainees = d.trainees(user, cid)
        owners = sorted({r["owner"] for r in rows})
        t_choices = [(tx("all", lang), ALL)] + [(f"{u.display_name}（{u.username}）", u.id) for u in trainees]
        o_choices = [(tx("all", lang), ALL)] + [(o, o) for o in owners]
        stats = d.agreement(user, cid)
        return (
            table_frame(shown, lang),
            tx("count", lang, n=len(shown), total=len(rows)),
            gr.update(choices=session_choices(shown, lang), value=shown[0]["id"] if shown else None),
            [r["id"] for r in shown],
            gr.update(choices=t_choices, value=f.trainee if f.trainee is not None else ALL),
            gr.update(choices=o_choices, value=f.owner or ALL),
            gr.update(choices=[(label, uid) for label, uid in t_choices[1:]]),
            agreement_intro(stats, lang),
            agreement_frame(stats, lang),
            "",
        )

    filters = [c["rv_trainee"], c["rv_owner"], c["rv_kind"], c["rv_reached"], c["rv_text"],
               c["rv_sort"]]  # fmt: skip

    @guarded(len(list_outs), len(list_outs) - 1)
    def on_filter(lang: str, cohort: Any, trainee: Any, owner: Any, kind: Any, reached: Any,
                  text: str, sort: str, request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        return listing(lang, user, cohort, _filter(trainee, owner, kind, reached, text, sort))

    c["rv_refresh"].click(on_filter, [c["lang"], c["rv_cohort"], *filters], list_outs,
                          api_visibility="private")  # fmt: skip

    # filtering changes the table only (the choices, agreement and progress stay as they are)
    table_outs = [c["rv_table"], c["rv_count"], c["rv_pick"], c["rv_ids"], c["rv_notice"]]

    @guarded(len(table_outs), len(table_outs) - 1)
    def on_apply(lang: str, cohort: Any, trainee: Any, owner: Any, kind: Any, reached: Any,
                 text: str, sort: str, request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        cid = _cohort_id(ctx, user, cohort)
        rows = d.rows(user, cid, lang)
        shown = filter_rows(rows, _filter(trainee, owner, kind, reached, text, sort))
        return (table_frame(shown, lang), tx("count", lang, n=len(shown), total=len(rows)),
                gr.update(choices=session_choices(shown, lang), value=shown[0]["id"] if shown else None),
                [r["id"] for r in shown], "")  # fmt: skip

    for event in (c["rv_apply"].click, c["rv_text"].submit):
        event(on_apply, [c["lang"], c["rv_cohort"], *filters], table_outs, api_visibility="private")

    @guarded(len(list_outs) + 1, len(list_outs) - 1)
    def on_cohort(lang: str, cohort: Any, request: gr.Request) -> tuple:
        user = ctx.user(request)
        return (*listing(lang, user, cohort, ReviewFilter()), gr.update(value=""))

    c["rv_cohort"].input(on_cohort, [c["lang"], c["rv_cohort"]], [*list_outs, c["rv_text"]],
                         api_visibility="private")  # fmt: skip

    @guarded(len(list_outs) + 1, len(list_outs) - 1)
    def on_enter(lang: str, request: gr.Request) -> tuple:
        """Opening the page: the user's cohorts, and the first one's sessions."""
        user = ctx.user(request)
        if not d.is_staff(user):  # the tab is hidden: nothing to show
            return tuple(gr.update() for _ in range(len(list_outs) + 1))
        cohorts = d.cohorts(user)
        if not cohorts:
            out = [gr.update() for _ in list_outs]
            out[-1] = notice_html(tx("no_cohort", lang), "info")
            return (*out, gr.update(choices=[], value=None))
        choices = [(k.name, k.id) for k in cohorts]
        return (*listing(lang, user, cohorts[0].id, ReviewFilter()),
                gr.update(choices=choices, value=cohorts[0].id))  # fmt: skip

    # listed with the page, so the tab opens with its rows; 一覧を更新 and a scored transcript
    # refresh it (a refresh on every tab click would draw the table twice)
    gr.on(None, on_enter, [c["lang"]], [*list_outs, c["rv_cohort"]], api_visibility="private")
    if "up_scored" in c:  # a transcript scored on the upload page joins the list
        c["up_scored"].success(on_enter, [c["lang"]], [*list_outs, c["rv_cohort"]],
                               api_visibility="private")  # fmt: skip

    # -- reading one session -------------------------------------------------------------
    read_outs = [c["rv_transcript"], c["rv_target"], c["rv_sid"], c["rv_tabs"], c["rv_pick"],
                 c["rv_read_notice"]]  # fmt: skip

    def reading(lang: str, user: User, session_id: str, ids: Any) -> tuple:
        tr = d.open(user, session_id, lang)
        return (
            transcript_markdown(tr, lang),
            gr.update(choices=target_choices(tr, lang), value=0),
            tr.record.id,
            gr.Tabs(selected="rv-read"),
            gr.update(value=tr.record.id if tr.record.id in (ids or ()) else None),
            "",
        )

    @guarded(len(read_outs), len(read_outs) - 1)
    def on_open(lang: str, picked: str | None, typed: str, ids: list[str],
                request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        session_id = (typed or "").strip() or (picked or "")
        if not session_id:
            out = [gr.update() for _ in read_outs]
            out[-1] = notice_html(tx("pick_first", lang))
            return tuple(out)
        return reading(lang, user, session_id, ids)

    c["rv_open"].click(on_open, [c["lang"], c["rv_pick"], c["rv_by_id"], c["rv_ids"]], read_outs,
                       api_visibility="private")  # fmt: skip

    @guarded(len(read_outs), len(read_outs) - 1)
    def on_row(lang: str, ids: list[str], evt: gr.SelectData, request: gr.Request) -> tuple:
        user = ctx.user(request)
        short = str((evt.row_value or [""])[-1])
        session_id = next((i for i in ids if i.startswith(short)), "") if short else ""
        if not session_id:
            return tuple(gr.update() for _ in read_outs)
        return reading(lang, user, session_id, ids)

    c["rv_table"].select(on_row, [c["lang"], c["rv_ids"]], read_outs, api_visibility="private")

    @guarded(4, 3)
    def on_comment(lang: str, sid: str, target: Any, text: str, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not sid:
            raise NotFoundError("no session open")
        d.comment(user, sid, int(target or 0) or None, text)
        tr = d.open(user, sid, lang)
        return transcript_markdown(tr, lang), "", gr.update(), notice_html(tx("comment_added", lang), "info")

    c["rv_add"].click(
        on_comment, [c["lang"], c["rv_sid"], c["rv_target"], c["rv_comment"]],
        [c["rv_transcript"], c["rv_comment"], c["rv_target"], c["rv_comment_notice"]],
        api_visibility="private", trigger_mode="once",
    )  # fmt: skip

    @guarded(4, 3)
    def on_override(lang: str, sid: str, target: Any, rubric: str, score: Any, reason: str,
                    request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        if not sid:
            raise NotFoundError("no session open")
        fix = d.override(user, sid, rubric, score, int(target or 0) or None, reason)
        tr = d.open(user, sid, lang)
        done = tx("overridden", lang, rubric=rubric_name(rubric, lang), score=f"{fix.score:.0f}")
        return transcript_markdown(tr, lang), "", gr.update(), notice_html(done, "info")

    c["rv_override"].click(
        on_override,
        [c["lang"], c["rv_sid"], c["rv_target"], c["rv_rubric"], c["rv_score"], c["rv_reason"]],
        [c["rv_transcript"], c["rv_reason"], c["rv_target"], c["rv_override_notice"]],
        api_visibility="private", trigger_mode="once",
    )  # fmt: skip

    # -- the cohort as a whole -----------------------------------------------------------
    @guarded(2, 1)
    def on_export(lang: str, cohort: Any, request: gr.Request) -> tuple:
        user = ctx.user(request)
        cid = _cohort_id(ctx, user, cohort)
        data = d.export(user, cid)
        rows = data.count(b"\r\n") - 1
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        # the text keeps its BOM character (U+FEFF), which the browser saves as EF BB BF: Excel
        # then reads the file as UTF-8
        payload = download_payload(f"cohort-{cid}-sessions-{stamp}.csv", data.decode("utf-8"),
                                   "text/csv")  # fmt: skip
        return payload, notice_html(tx("export_done", lang, n=rows), "info")

    c["rv_export"].click(
        on_export, [c["lang"], c["rv_cohort"]], [c["rv_download"], c["rv_export_notice"]],
        api_visibility="private",
    ).success(None, c["rv_download"], c["rv_download"], js=DOWNLOAD_JS)  # fmt: skip

    @guarded(3, 0)
    def on_progress(lang: str, cohort: Any, trainee: Any, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if trainee in (None, ""):
            return "", gr.update(value=None), None
        cid = _cohort_id(ctx, user, cohort)
        progress = d.progress(user, cid, int(trainee))
        if not progress:
            return tx("progress_none", lang), gr.update(value=None), None
        return (tx("progress_rows", lang, n=len(progress)),
                gr.update(value=progress_frame(progress, lang), sort=progress_order(progress)),
                progress_table(progress, lang))  # fmt: skip

    c["rv_progress_pick"].input(on_progress, [c["lang"], c["rv_cohort"], c["rv_progress_pick"]],
                                [c["rv_progress_md"], c["rv_progress_plot"], c["rv_progress_table"]],
                                api_visibility="private")  # fmt: skip


def visible_for(user: User) -> bool:
    return ReviewDesk.is_staff(user)

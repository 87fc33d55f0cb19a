"""The transcript page (逐語録の採点): upload a real role-play (.txt / .csv / .jsonl), map the
speaker names, and read the same report as a simulated session; it is stored for the user (or,
for an instructor, for a trainee of their cohort) and appears in the instructor's review.
A malformed file gets one message naming the line; nothing is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from ..errors import SimulatorError
from .common import Ctx, guarded, notice_html
from .imported_report import chart_frame, chart_order, imported_parts
from .labels import tx
from .texts import error_text
from .upload_desk import Draft, UploadDesk, UploadError


def desk(ctx: Ctx) -> UploadDesk:
    if "upload_desk" not in ctx.c:
        ctx.c["upload_desk"] = UploadDesk(ctx.ctl)
    return ctx.c["upload_desk"]


def layout(ctx: Ctx) -> None:
    c = ctx.c
    desk(ctx)
    gr.Markdown(f"{tx('up_intro')}\n\n{tx('up_formats')}", elem_id="up-intro")
    with gr.Row(equal_height=False):
        with gr.Column(scale=2):
            c["up_file"] = gr.File(label=tx("up_file"), file_types=[".txt", ".csv", ".jsonl"],
                                   elem_id="up-file", height=140)  # fmt: skip
            c["up_notice"] = gr.Markdown(elem_id="up-notice")
        with gr.Column(scale=3):
            with gr.Row():
                c["up_trainee"] = gr.Dropdown(choices=[], multiselect=True, label=tx("up_trainee"),
                                              elem_id="up-trainee")  # fmt: skip
                c["up_owner"] = gr.Dropdown(choices=[], multiselect=True, label=tx("up_owner"),
                                            elem_id="up-owner")  # fmt: skip
            gr.Markdown(tx("up_ignored"), elem_id="up-ignored")
            with gr.Row():
                c["up_for"] = gr.Dropdown(choices=[], label=tx("up_for"), elem_id="up-for")
                c["up_title"] = gr.Textbox(label=tx("up_title"), max_length=80, elem_id="up-title")
                c["up_lang"] = gr.Radio([("日本語", "ja"), ("English", "en")], value="ja",
                                        label=tx("up_lang"), elem_id="up-lang")  # fmt: skip
            c["up_score"] = gr.Button(tx("up_score"), variant="primary", elem_id="up-score",
                                      interactive=False)  # fmt: skip
    c["up_report"] = gr.Markdown(elem_id="up-report")
    c["up_plot"] = gr.LinePlot(
        value=None, x="turn", y="value", color="series", title=tx("imp_chart"), x_title="ターン",
        y_title="スコア（0〜100）", y_lim=[0, 100], color_title="", height=300,
        elem_id="up-chart", visible=False,
    )  # fmt: skip
    c["up_more"] = gr.Markdown(elem_id="up-more")
    c["up_draft"] = gr.State(None)


def wire(ctx: Ctx) -> None:
    c = ctx.c
    d = desk(ctx)

    @guarded(2, 1)
    def on_enter(lang: str, current: Any, request: gr.Request) -> tuple:
        user = ctx.user(request)
        choices = d.filing_choices(user, lang)
        keep = current if current in {v for _, v in choices} else choices[0][1]
        return gr.update(choices=choices, value=keep), gr.update()

    c["tab_upload"].select(on_enter, [c["lang"], c["up_for"]], [c["up_for"], c["up_notice"]],
                           api_visibility="private")  # fmt: skip

    read_outs = [c["up_draft"], c["up_trainee"], c["up_owner"], c["up_score"], c["up_notice"]]

    def cleared(message: str = "") -> tuple:
        empty = gr.update(choices=[], value=[])
        return None, empty, empty, gr.update(interactive=False), message

    @guarded(len(read_outs), len(read_outs) - 1)
    def on_file(lang: str, path: Any, request: gr.Request) -> tuple:
        ctx.user(request)
        if not path:
            return cleared()
        try:
            draft = d.read(str(path), Path(str(path)).name)
        except SimulatorError as exc:  # a malformed file: the message names the line
            return cleared(notice_html(error_text(exc, lang)))
        names = [n for n, _, _ in draft.speakers]
        found = "、".join(f"{n}（{k}）" for n, k, _ in draft.speakers)
        return (draft, gr.update(choices=names, value=draft.suggested("trainee")),
                gr.update(choices=names, value=draft.suggested("owner")),
                gr.update(interactive=True),
                notice_html(tx("up_found", lang, n=len(names), names=found), "info"))  # fmt: skip

    c["up_file"].change(on_file, [c["lang"], c["up_file"]], read_outs, api_visibility="private")

    score_outs = [c["up_report"], c["up_plot"], c["up_more"], c["up_notice"]]

    @guarded(len(score_outs), len(score_outs) - 1)
    def on_score(lang: str, draft: Draft | None, trainee: list[str] | None, owner: list[str] | None,
                 for_user: Any, title: str, up_lang: str, request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        if draft is None:
            raise UploadError("up_no_file")
        record = d.score(
            user, draft, trainee_names=list(trainee or []), owner_names=list(owner or []),
            lang=up_lang or "ja", for_user=None if for_user in (None, "") else int(for_user),
            title=title,
        )  # fmt: skip
        turns = d.store.turns(record.id, viewer=user)
        view_lang = record.lang
        head, tail = imported_parts(record, turns, [], [], view_lang)
        return (head,
                gr.update(value=chart_frame(turns, view_lang), visible=True, sort=chart_order(turns)),
                tail, notice_html(tx("up_done", lang, turns=sum(1 for t in turns if t.trainee_text)), "info"))  # fmt: skip

    scored = c["up_score"].click(
        on_score,
        [c["lang"], c["up_draft"], c["up_trainee"], c["up_owner"], c["up_for"], c["up_title"],
         c["up_lang"]],
        score_outs, api_visibility="private", trigger_mode="once",
    )  # fmt: skip
    c["up_scored"] = scored  # the review page lists the new session after it (review_page.wire)

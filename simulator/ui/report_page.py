"""The report page (振り返り): the report, the chart of trust and scores, downloads, print."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ..store import User
from .common import Ctx, download_file
from .report_view import SERIES_COLUMN, chart_frame, chart_order, report_parts
from .texts import t

PRINT_JS = "() => { window.print(); }"


def layout(ctx: Ctx) -> None:
    c = ctx.c
    c["report_md"] = gr.Markdown(t("report_empty"), elem_id="report", sanitize_html=True)
    c["report_plot"] = gr.LinePlot(
        value=None,
        x="turn",
        y="value",
        color=SERIES_COLUMN,
        title=t("chart"),
        x_title=t("x_turn"),
        y_title=t("y_value"),
        y_lim=[0, 100],
        color_title="",
        height=320,
        elem_id="report-chart",
        visible=False,
    )
    c["report_more"] = gr.Markdown(elem_id="report-more", sanitize_html=True)
    with gr.Row(elem_id="report-actions"):
        c["dl_md"] = gr.DownloadButton(t("download_md"), visible=False, elem_id="dl-md")
        c["dl_json"] = gr.DownloadButton(t("download_json"), visible=False, elem_id="dl-json")
        c["print"] = gr.Button(t("print"), elem_id="print", visible=False)


def wire(ctx: Ctx) -> None:
    ctx.c["print"].click(None, None, None, js=PRINT_JS, api_visibility="private")


def outputs(ctx: Ctx) -> list[Any]:
    c = ctx.c
    return [
        c["report_md"], c["report_plot"], c["report_more"], c["dl_md"], c["dl_json"], c["print"]
    ]  # fmt: skip


def render(ctx: Ctx, user: User, session_id: str, lang: str | None = None) -> tuple:
    """The report page's outputs for one of the user's sessions, as it stands now."""
    ctl = ctx.ctl
    if ctl.record(user, session_id).source == "imported":  # a real role-play, scored
        return _imported(ctx, user, session_id, lang)
    session, record, report = ctl.report(user, session_id)
    lang = lang or session.lang
    branches, earlier = ctl.related(user, record)
    branches = [_scored(ctx, user, b) for b in branches]
    counts = ctl.store.trainee_turn_counts([r.id for r in [*branches, *earlier]])
    head, tail = report_parts(
        report, session, record, lang, branches=branches, earlier=earlier, counts=counts
    )
    notes = _notes(ctx, user, session_id, lang)  # the instructor's comments and corrections
    tail = f"{tail}\n\n{notes}" if notes else tail
    frame = chart_frame(session, lang)
    stem = f"bansou-{record.persona_id}-{record.created_at[:10]}-{record.id[:8]}"
    md_path = download_file(f"{stem}.md", ctl.export(user, session_id, "md"))
    json_path = download_file(f"{stem}.json", ctl.export(user, session_id, "json"))
    has = report is not None
    return (
        head,
        gr.update(value=frame if has else None, visible=has, title=t("chart", lang),
                  x_title=t("x_turn", lang), y_title=t("y_value", lang),
                  sort=chart_order(session, lang)),
        tail,
        gr.update(value=md_path, visible=True, label=t("download_md", lang)),
        gr.update(value=json_path, visible=True, label=t("download_json", lang)),
        gr.update(visible=True, value=t("print", lang)),
    )  # fmt: skip


def _scored(ctx: Ctx, user: User, record: Any) -> Any:
    """A branch left unfinished has no stored scores: score it as it stands, for comparison."""
    if record.scores or not record.turn_count:
        return record
    try:
        _, _, report = ctx.ctl.report(user, record.id)
    except Exception:  # noqa: BLE001 - a branch that cannot be read is shown without scores
        return record
    return record.model_copy(update={"scores": report.scores}) if report else record


def empty(lang: str) -> tuple:
    return (
        t("report_empty", lang),
        gr.update(value=None, visible=False),
        "",
        gr.update(visible=False),
        gr.update(visible=False),
        gr.update(visible=False),
    )


def _notes(ctx: Ctx, user: User, session_id: str, lang: str) -> str:
    from .review_view import instructor_notes

    store = ctx.ctl.store
    return instructor_notes(
        store.comments(session_id, user), store.overrides(session_id, user),
        store.turns(session_id, viewer=user), lang,
    )  # fmt: skip


def _imported(ctx: Ctx, user: User, session_id: str, lang: str | None) -> tuple:
    """An uploaded role-play transcript: the same layout, from its stored turns."""
    from .imported_report import chart_frame as turns_frame
    from .imported_report import chart_order as turns_order
    from .imported_report import imported_parts

    store = ctx.ctl.store
    record = ctx.ctl.record(user, session_id)
    lang = lang or record.lang
    turns = store.turns(session_id, viewer=user)
    head, tail = imported_parts(
        record, turns, store.comments(session_id, user), store.overrides(session_id, user), lang
    )
    stem = f"bansou-roleplay-{record.created_at[:10]}-{record.id[:8]}"
    md_path = download_file(f"{stem}.md", ctx.ctl.export(user, session_id, "md"))
    json_path = download_file(f"{stem}.json", ctx.ctl.export(user, session_id, "json"))
    return (
        head,
        gr.update(value=turns_frame(turns, lang), visible=True, title=t("chart", lang),
                  x_title=t("x_turn", lang), y_title=t("y_value", lang), sort=turns_order(turns)),
        tail,
        gr.update(value=md_path, visible=True, label=t("download_md", lang)),
        gr.update(value=json_path, visible=True, label=t("download_json", lang)),
        gr.update(visible=True, value=t("print", lang)),
    )  # fmt: skip

"""The report page (振り返り): the report, the chart of trust and scores, downloads, print.

Downloads reach only the signed-in user's own browser tab (see ``common.DOWNLOAD_JS``): no file
is written on the server and no URL exists that another account could open. An exam still
under way shows no report, chart or download.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from ..store import User
from .chart import chart_html, turns_chart_html
from .common import DOWNLOAD_JS, Ctx, download_payload, guarded
from .report_view import report_meta, report_parts
from .texts import ExamInProgressError, error_text, t

PRINT_JS = "() => { window.print(); }"
FORMATS = {"md": ("text/markdown", "md"), "json": ("application/json", "json")}


def layout(ctx: Ctx) -> None:
    c = ctx.c
    c["report_md"] = gr.Markdown(t("report_empty"), elem_id="report", sanitize_html=True)
    c["report_chart"] = gr.HTML(elem_id="report-chart", visible=False, js_on_load=None)
    c["report_more"] = gr.Markdown(elem_id="report-more", sanitize_html=True)
    with gr.Row(elem_id="report-actions"):
        c["dl_md"] = gr.Button(t("download_md"), visible=False, elem_id="dl-md")
        c["dl_json"] = gr.Button(t("download_json"), visible=False, elem_id="dl-json")
        c["print"] = gr.Button(t("print"), elem_id="print", visible=False)
    c["report_notice"] = gr.Markdown(elem_id="report-notice")
    c["dl_payload"] = gr.Textbox(visible="hidden", elem_id="dl-payload")
    c["report_sid"] = gr.State("")


def wire(ctx: Ctx) -> None:
    c = ctx.c
    c["print"].click(None, None, None, js=PRINT_JS, api_visibility="private")

    def downloader(fmt: str) -> Any:
        @guarded(2, 1)
        def on_download(lang: str, sid: str, request: gr.Request) -> tuple[str, str]:
            return export_payload(ctx, ctx.user(request), sid, fmt), ""

        return on_download

    for fmt in FORMATS:
        c[f"dl_{fmt}"].click(
            downloader(fmt), [c["lang"], c["report_sid"]], [c["dl_payload"], c["report_notice"]],
            api_visibility="private",
        ).success(None, c["dl_payload"], c["dl_payload"], js=DOWNLOAD_JS)  # fmt: skip


def export_payload(ctx: Ctx, user: User, session_id: str, fmt: str) -> str:
    """One of the user's sessions as a file for their own browser (``common.DOWNLOAD_JS``)."""
    ctl = ctx.ctl
    record = ctl.record(user, session_id)
    mime, ext = FORMATS[fmt]
    kind = "roleplay" if record.source == "imported" else record.persona_id
    stem = f"bansou-{kind}-{record.created_at[:10]}-{record.id[:8]}"
    return download_payload(f"{stem}.{ext}", ctl.export(user, session_id, fmt), mime)


def outputs(ctx: Ctx) -> list[Any]:
    c = ctx.c
    return [
        c["report_md"], c["report_chart"], c["report_more"], c["dl_md"], c["dl_json"], c["print"],
        c["report_sid"], c["report_notice"],
    ]  # fmt: skip


def render(ctx: Ctx, user: User, session_id: str, lang: str | None = None) -> tuple:
    """The report page's outputs for one of the user's sessions, as it stands now."""
    ctl = ctx.ctl
    if ctl.record(user, session_id).source == "imported":  # a real role-play, scored
        return _imported(ctx, user, session_id, lang)
    try:
        session, record, report = ctl.report(user, session_id)
    except ExamInProgressError as exc:
        return closed(error_text(exc, lang or ctl.record(user, session_id).lang))
    lang = lang or session.lang
    branches, earlier = ctl.related(user, record)
    branches = [_scored(ctx, user, b) for b in branches]
    counts = ctl.store.trainee_turn_counts([r.id for r in [*branches, *earlier]])
    head, tail = report_parts(
        report, session, record, lang, branches=branches, earlier=earlier, counts=counts,
        author=ctl.store.sees_author_description(user),  # the persona author's 表課題・裏課題: staff only
    )
    notes = _notes(ctx, user, session_id, lang)  # the instructor's comments and corrections
    tail = f"{tail}\n\n{notes}" if notes else tail
    head = f"{report_meta(record, user, lang)}\n\n{head}"
    has = report is not None
    return (
        head,
        gr.update(value=chart_html(session, lang) if has else "", visible=has),
        tail,
        gr.update(visible=True, value=t("download_md", lang)),
        gr.update(visible=True, value=t("download_json", lang)),
        gr.update(visible=True, value=t("print", lang)),
        session_id,
        "",
    )


def _scored(ctx: Ctx, user: User, record: Any) -> Any:
    """A branch left unfinished has no stored scores: score it as it stands, for comparison
    (an exam still under way stays unscored)."""
    if record.scores or not record.turn_count:
        return record
    try:
        _, _, report = ctx.ctl.report(user, record.id)
    except Exception:  # noqa: BLE001 - a branch that cannot be read is shown without scores
        return record
    return record.model_copy(update={"scores": report.scores}) if report else record


def closed(message: str) -> tuple:
    """The page with a message and nothing else (an exam still under way)."""
    return (
        message,
        gr.update(value="", visible=False),
        "",
        gr.update(visible=False),
        gr.update(visible=False),
        gr.update(visible=False),
        "",
        "",
    )


def empty(lang: str) -> tuple:
    return closed(t("report_empty", lang))


def _notes(ctx: Ctx, user: User, session_id: str, lang: str) -> str:
    from .review_view import instructor_notes

    store = ctx.ctl.store
    return instructor_notes(
        store.comments(session_id, user), store.overrides(session_id, user),
        store.turns(session_id, viewer=user), lang,
    )  # fmt: skip


def _imported(ctx: Ctx, user: User, session_id: str, lang: str | None) -> tuple:
    """An uploaded role-play transcript: the same layout, from its stored turns."""
    from .imported_report import imported_parts

    store = ctx.ctl.store
    record = ctx.ctl.record(user, session_id)
    lang = lang or record.lang
    turns = store.turns(session_id, viewer=user)
    head, tail = imported_parts(
        record, turns, store.comments(session_id, user), store.overrides(session_id, user), lang
    )
    head = f"{report_meta(record, user, lang)}\n\n{head}"
    chart = turns_chart_html(turns, lang)
    return (
        head,
        gr.update(value=chart, visible=bool(chart)),
        tail,
        gr.update(visible=True, value=t("download_md", lang)),
        gr.update(visible=True, value=t("download_json", lang)),
        gr.update(visible=True, value=t("print", lang)),
        session_id,
        "",
    )

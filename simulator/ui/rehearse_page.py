"""The rehearsal page (訪問前リハーサル): describe the company to visit, pick the owner's
temperament, and practise with an owner built from it — offline, saved for this user only;
edit it and play again. The meeting itself runs on the practice page."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ..rehearsal import ARCHETYPES, archetype_choices, load_archetype
from ..store import User
from . import practice
from .common import Ctx, guarded, notice_html
from .labels import tx
from .rehearsal_desk import RehearsalDesk
from .views import persona_card

NEW = "__new__"
FIELDS = ("archetype", "industry", "employees", "founded", "company", "owner_name", "annual_sales",
          "application", "referral", "suspicion")  # fmt: skip
DEFAULTS: dict[str, Any] = {"archetype": ARCHETYPES[0], "industry": "", "employees": None,
                            "founded": 1990, "company": "", "owner_name": "", "annual_sales": "",
                            "application": "", "referral": "", "suspicion": ""}  # fmt: skip


def desk(ctx: Ctx) -> RehearsalDesk:
    if "rehearsal_desk" not in ctx.c:
        ctx.c["rehearsal_desk"] = RehearsalDesk(ctx.ctl)
    return ctx.c["rehearsal_desk"]


def _summary(archetype: str, lang: str = "ja") -> str:
    try:
        return load_archetype(archetype).summary.get(lang)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - no summary for an unknown choice
        return ""


def layout(ctx: Ctx) -> None:
    c = ctx.c
    desk(ctx)
    gr.Markdown(tx("rh_intro"), elem_id="rh-intro")
    with gr.Row():
        c["rh_mine"] = gr.Dropdown(choices=[(tx("rh_new"), NEW)], value=NEW, label=tx("rh_mine"),
                                   elem_id="rh-mine", scale=3)  # fmt: skip
        c["rh_play"] = gr.Button(tx("rh_play"), elem_id="rh-play", scale=1, interactive=False)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            c["rh_archetype"] = gr.Radio(archetype_choices("ja"), value=ARCHETYPES[0],
                                         label=tx("rh_archetype"), elem_id="rh-archetype")  # fmt: skip
            c["rh_summary"] = gr.Markdown(_summary(ARCHETYPES[0]), elem_id="rh-summary")
            with gr.Row():
                c["rh_industry"] = gr.Textbox(label=tx("rh_industry"), placeholder=tx("rh_industry_ph"),
                                              max_length=60, elem_id="rh-industry")  # fmt: skip
                c["rh_employees"] = gr.Number(label=tx("rh_employees"), value=None, precision=0,
                                              elem_id="rh-employees")  # fmt: skip
                c["rh_founded"] = gr.Number(label=tx("rh_founded"), value=1990, precision=0,
                                            elem_id="rh-founded")  # fmt: skip
            with gr.Row():
                c["rh_company"] = gr.Textbox(label=tx("rh_company"), max_length=60, elem_id="rh-company")
                c["rh_owner_name"] = gr.Textbox(label=tx("rh_owner_name"), max_length=30,
                                                elem_id="rh-owner-name")  # fmt: skip
                c["rh_sales"] = gr.Textbox(label=tx("rh_sales"), max_length=40, elem_id="rh-sales")
            c["rh_application"] = gr.Textbox(label=tx("rh_application"), placeholder=tx("rh_application_ph"),
                                             lines=2, max_length=600, elem_id="rh-application")  # fmt: skip
            c["rh_referral"] = gr.Textbox(label=tx("rh_referral"), placeholder=tx("rh_referral_ph"),
                                          lines=2, max_length=600, elem_id="rh-referral")  # fmt: skip
            c["rh_suspicion"] = gr.Textbox(label=tx("rh_suspicion"), placeholder=tx("rh_suspicion_ph"),
                                           info=tx("rh_suspicion_info"), lines=2, max_length=600,
                                           elem_id="rh-suspicion")  # fmt: skip
        with gr.Column(scale=2):
            c["rh_lang"] = gr.Radio([("日本語", "ja"), ("English", "en")], value="ja",
                                    label=tx("rh_lang"), elem_id="rh-lang")  # fmt: skip
            c["rh_build"] = gr.Button(tx("rh_build"), variant="primary", elem_id="rh-build")
            c["rh_notice"] = gr.Markdown(elem_id="rh-notice")
            c["rh_card"] = gr.Markdown(elem_id="rh-card")


def _form_inputs(c: dict[str, Any]) -> list[Any]:
    return [c["rh_archetype"], c["rh_industry"], c["rh_employees"], c["rh_founded"], c["rh_company"],
            c["rh_owner_name"], c["rh_sales"], c["rh_application"], c["rh_referral"],
            c["rh_suspicion"]]  # fmt: skip


def _choices(d: RehearsalDesk, user: User, lang: str) -> list[tuple[str, str]]:
    return [(tx("rh_new", lang), NEW)] + [(p.name, p.id) for p in d.owners(user)]


def wire(ctx: Ctx) -> None:
    c = ctx.c
    d = desk(ctx)
    form_outs = _form_inputs(c)
    p_outs = practice.outputs(ctx)
    n = practice.N

    c["rh_archetype"].change(lambda a: _summary(a), c["rh_archetype"], c["rh_summary"],
                             api_visibility="private")  # fmt: skip

    @guarded(4, 3)
    def on_enter(lang: str, current: str | None, request: gr.Request) -> tuple:
        user = ctx.user(request)
        choices = _choices(d, user, lang)
        keep = current if current in {v for _, v in choices} else NEW
        return (gr.update(choices=choices, value=keep), gr.update(interactive=keep != NEW),
                gr.update(value=tx("rh_update" if keep != NEW else "rh_build", lang)), "")  # fmt: skip

    enter_outs = [c["rh_mine"], c["rh_play"], c["rh_build"], c["rh_notice"]]
    c["tab_rehearse"].select(on_enter, [c["lang"], c["rh_mine"]], enter_outs, api_visibility="private")

    @guarded(len(form_outs) + 4, len(form_outs) + 2)
    def on_mine(lang: str, chosen: str | None, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not chosen or chosen == NEW:
            values = [DEFAULTS[f] for f in FIELDS]
            return (*values, gr.update(interactive=False), gr.update(value=tx("rh_build", lang)), "", "")
        form = d.form(user, chosen)
        data = form.model_dump() if form else DEFAULTS
        card = persona_card(d.persona(user, chosen), "ja")
        return (*[data.get(f, DEFAULTS[f]) for f in FIELDS], gr.update(interactive=True),
                gr.update(value=tx("rh_update", lang)), "", card)  # fmt: skip

    c["rh_mine"].input(on_mine, [c["lang"], c["rh_mine"]],
                       [*form_outs, c["rh_play"], c["rh_build"], c["rh_notice"], c["rh_card"]],
                       api_visibility="private")  # fmt: skip

    # after a start: this page's outputs, then the practice page's owner picker (cleared: the
    # meeting is with the rehearsal owner, not one of the listed owners) and the tabs
    after = [c["rh_notice"], c["rh_mine"], c["rh_play"], c["rh_build"], c["rh_card"], c["owner"],
             c["tabs"]]  # fmt: skip

    def started(lang: str, user: User, persona_id: str, rh_lang: str) -> tuple:
        live = d.start(user, persona_id, rh_lang or "ja")
        title = live.session.persona.title.get(live.session.lang)
        page = practice.render(live, lang, clear=True, info=tx("rh_built", live.session.lang, title=title),
                               info_at="start_notice", controls=True)  # fmt: skip
        return (*page, notice_html(tx("rh_built", lang, title=title), "info"),
                gr.update(choices=_choices(d, user, lang), value=persona_id),
                gr.update(interactive=True), gr.update(value=tx("rh_update", lang)),
                persona_card(live.session.persona, live.session.lang), gr.update(value=None),
                gr.Tabs(selected="practice"))  # fmt: skip

    @guarded(n + len(after), n)
    def on_build(lang: str, chosen: str | None, rh_lang: str, archetype: str, industry: str,
                 employees: float | None, founded: float | None, company: str, owner_name: str,
                 annual_sales: str, application: str, referral: str, suspicion: str,
                 request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        data = {"archetype": archetype, "industry": industry or "",
                "employees": None if employees is None else int(employees),
                "founded": None if founded is None else int(founded), "company": company or "",
                "owner_name": owner_name or "", "annual_sales": annual_sales or "",
                "application": application or "", "referral": referral or "",
                "suspicion": suspicion or ""}  # fmt: skip
        edit = chosen if chosen and chosen != NEW else None
        saved = d.build(user, data, edit=edit)
        return started(lang, user, saved.id, rh_lang)

    c["rh_build"].click(on_build, [c["lang"], c["rh_mine"], c["rh_lang"], *form_outs],
                        [*p_outs, *after], api_visibility="private", trigger_mode="once")  # fmt: skip

    @guarded(n + len(after), n)
    def on_play(lang: str, chosen: str | None, rh_lang: str, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not chosen or chosen == NEW:
            out: list[Any] = [gr.update() for _ in range(n + len(after))]
            out[n] = notice_html(tx("rh_pick", lang))
            return tuple(out)
        return started(lang, user, chosen, rh_lang)

    c["rh_play"].click(on_play, [c["lang"], c["rh_mine"], c["rh_lang"]], [*p_outs, *after],
                       api_visibility="private", trigger_mode="once")  # fmt: skip

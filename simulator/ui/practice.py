"""The practice page (練習): pick an owner, talk, get feedback or a hint, end, try again.

The session id lives in a ``gr.State`` (server memory of this browser tab), never in the
page's URL or the browser's storage; a reload comes back to the user's latest open session.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from ..session import Partial, Turn
from ..store import User
from . import report_page
from .common import Ctx, guarded, guarded_stream, lenient, notice_html
from .controller import Live
from .texts import NoSessionError, t
from .views import chat_of, feedback, hint, mood, persona_card, turn_choices

# the practice outputs, in this order, for every handler of the page
P = ("sid", "chat", "message", "start_notice", "notice", "branch_notice", "mood", "feedback",
     "hint", "branch_turn", "card", "confirm", "exam", "lang", "owner", "end_confirm")  # fmt: skip
N = len(P)
I = {name: i for i, name in enumerate(P)}  # noqa: E741


def layout(ctx: Ctx) -> None:
    c, ctl = ctx.c, ctx.ctl
    ids = ctl.persona_ids()
    choices = [(ctl.persona(pid).title.ja, pid) for pid in ids]
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            c["owner"] = lenient(gr.Radio(choices, value=ids[0] if ids else None, label=t("owner"),
                                           elem_id="owner"))  # fmt: skip
            c["card"] = gr.Markdown(persona_card(ctl.persona(ids[0]), "ja") if ids else "",
                                    elem_id="owner-card")  # fmt: skip
        with gr.Column(scale=1, min_width=220):
            c["lang"] = lenient(gr.Radio([("日本語", "ja"), ("English", "en")], value="ja",
                                          label=t("language"), elem_id="lang"))  # fmt: skip
            c["exam"] = gr.Checkbox(label=t("exam"), value=False, elem_id="exam")
            c["start"] = gr.Button(t("start"), variant="primary", elem_id="start")
            c["start_notice"] = gr.Markdown(elem_id="start-notice")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            c["chat"] = gr.Chatbot(
                label=t("chat"), height=460, elem_id="chat", sanitize_html=True,
                render_markdown=False, group_consecutive_messages=False, allow_tags=False,
                buttons=[], placeholder=t("chat_placeholder"), feedback_options=None,
                line_breaks=False,
            )  # fmt: skip
            # Gradio's own copy icon would copy the escaped HTML: this copies the text as shown
            c["copy_chat"] = gr.Button(t("copy_chat"), size="sm", elem_id="copy-chat")
            c["message"] = gr.Textbox(
                label=t("you_say"), placeholder=t("you_say_placeholder"), lines=3, max_lines=8,
                elem_id="message", max_length=None,
            )  # fmt: skip
            c["notice"] = gr.Markdown(elem_id="notice")
            with gr.Row():
                c["send"] = gr.Button(t("send"), variant="primary", elem_id="send")
                c["hint_btn"] = gr.Button(t("hint"), elem_id="hint-btn")
                c["end"] = gr.Button(t("end"), variant="stop", elem_id="end")
            c["hint"] = gr.Markdown(elem_id="hint")
        with gr.Column(scale=2):
            c["mood"] = gr.Markdown(elem_id="mood")
            c["feedback"] = gr.Markdown(elem_id="feedback")
            with gr.Group():
                # custom values allowed: a stale page's choice is checked here, not by Gradio
                c["branch_turn"] = gr.Dropdown(choices=[], label=t("branch_turn"),
                                               info=t("branch_help"), elem_id="branch-turn",
                                               allow_custom_value=True)  # fmt: skip
                c["branch"] = gr.Button(t("branch"), elem_id="branch")
            c["branch_notice"] = gr.Markdown(elem_id="branch-notice")
    c["sid"] = gr.State("")
    c["confirm"] = gr.State(False)
    c["end_confirm"] = gr.State(False)


def outputs(ctx: Ctx) -> list[Any]:
    return [ctx.c[name] for name in P]


def render(live: Live | None, lang: str, *, clear: bool = False, info: str = "",
           info_at: str = "notice", hint_text: str = "", controls: bool = False) -> tuple:  # fmt: skip
    """Every practice output for the state of ``live`` (or the empty page).

    ``controls``: a meeting is being opened (started, resumed, tried again): the owner, the
    language, the exam box and the card follow it. Otherwise they keep what the trainee chose
    (for the next meeting) and what is shown is in the page's language ``lang``."""
    out: list[Any] = [gr.update() for _ in P]
    out[I["start_notice"]] = out[I["notice"]] = out[I["branch_notice"]] = ""
    if info:
        out[I[info_at]] = notice_html(info, "info")
    out[I["hint"]] = hint_text
    out[I["confirm"]] = out[I["end_confirm"]] = False
    if clear:
        out[I["message"]] = ""
    if live is None:
        out[I["sid"]] = ""
        out[I["chat"]] = []
        out[I["mood"]] = out[I["feedback"]] = ""
        out[I["branch_turn"]] = gr.update(choices=[], value=None)
        return tuple(out)
    session = live.session
    lang = session.lang if controls else lang if lang in ("ja", "en") else session.lang
    said = [tr for tr in session.turns if tr.trainee_text]
    out[I["sid"]] = session.id
    out[I["chat"]] = chat_of(session.turns)
    out[I["mood"]] = mood(session, lang)
    out[I["feedback"]] = feedback(said[-1] if said else None, lang, exam=live.exam_open)
    choices = turn_choices(session.turns, lang)
    out[I["branch_turn"]] = gr.update(choices=choices, value=choices[-1][1] if choices else None)
    if controls:
        out[I["card"]] = persona_card(session.persona, lang)
        out[I["exam"]] = live.exam
        out[I["lang"]] = lang
        out[I["owner"]] = session.persona.id
    return tuple(out)


def _has_turns(live: Live) -> bool:
    return any(tr.trainee_text for tr in live.session.turns)


def _unchanged(**values: Any) -> tuple:
    """No output changes but the ones named (a notice, a confirmation flag)."""
    out: list[Any] = [gr.update() for _ in P]
    for name, value in values.items():
        out[I[name]] = value
    return tuple(out)


def send_steps(ctx: Ctx, user: User, lang: str, sid: str, text: str) -> Iterator[tuple]:
    """The page's outputs while a turn runs: the owner's reply as it streams in, then the
    committed turn with its feedback. Errors are raised before anything changes."""
    ctl = ctx.ctl
    if not sid:
        raise NoSessionError()
    live = ctl.live(user, sid)
    stream = ctl.say_stream(user, sid, text)
    first = next(stream, None)  # validates the text: errors surface before any change
    if first is None:  # the same text again (a double click): nothing to do
        yield tuple(gr.update() for _ in P)
        return
    for item in _chain(first, stream):
        if isinstance(item, Partial):  # the reply so far ("" : nothing yet, or withdrawn)
            out = [gr.update() for _ in P]
            said = chat_of([_Said(text.strip(), "")], pending=item.text)
            out[I["chat"]] = chat_of(live.session.turns) + said
            out[I["message"]] = ""
            out[I["notice"]] = notice_html(t("answering", live.session.lang), "info")
            yield tuple(out)
        elif isinstance(item, Turn):
            out = list(render(live, lang, clear=True))
            notices = []
            if item.notice:  # the model failed: the offline reply, and why (session's language)
                notices.append(notice_html(item.notice, "warn"))
            if live.session.finished:
                notices.append(notice_html(t("finished_hint", lang), "info"))
            out[I["notice"]] = "<br>".join(notices)
            yield tuple(out)


def owner_card(ctx: Ctx, user: User, lang: str, persona_id: str, sid: str) -> str:
    """The card of the owner picked for the next meeting; while a meeting with someone else
    goes on, it says so above the card. No owner picked (a rehearsal owner of the user's own is
    playing): the card of the meeting's owner."""
    if not persona_id and sid:
        return persona_card(ctx.ctl.live(user, sid).session.persona, lang)
    card = persona_card(ctx.ctl.persona(persona_id), lang)
    if not sid:
        return card
    live = ctx.ctl.live(user, sid)
    current = live.session.persona
    if current.id == persona_id or live.session.finished:
        return card
    note = t("next_owner", lang, name=current.owner.name.get(lang))
    return f"{notice_html(note, 'info')}\n\n{card}"


def _restore(ctx: Ctx, user: User, lang: str) -> tuple[Live | None, str]:
    record = ctx.ctl.latest_open(user)
    if record is None:
        return None, ""
    return ctx.ctl.live(user, record.id), t("resumed", record.lang)


def wire(ctx: Ctx) -> None:
    c, ctl = ctx.c, ctx.ctl
    outs = outputs(ctx)
    report_outs = report_page.outputs(ctx)

    def on_owner(lang: str, persona_id: str, sid: str, request: gr.Request) -> str:
        try:
            return owner_card(ctx, ctx.user(request), lang, persona_id, sid)
        except Exception:  # noqa: BLE001 - an unknown id (or a stale page) shows no card
            return ""

    card_inputs = [c["lang"], c["owner"], c["sid"]]
    # input, not change: a page that clears the picker (a rehearsal owner is playing) keeps its card
    c["owner"].input(on_owner, card_inputs, c["card"], api_visibility="private")
    c["lang"].change(on_owner, card_inputs, c["card"], api_visibility="private")

    @guarded(N, I["start_notice"])
    def on_lang(lang: str, sid: str, request: gr.Request) -> tuple:
        """The trainee switched the page's language: everything shown follows; a meeting under
        way keeps its own language (the owner and the scoring), and the page says so."""
        if not sid:
            return _unchanged()
        live = ctl.live(ctx.user(request), sid)
        other = live.session.lang != lang and not live.session.finished
        meeting = t(f"lang_{live.session.lang}", lang)
        info = t("lang_other", lang, meeting=meeting) if other else ""
        return render(live, lang, info=info, info_at="start_notice")

    c["lang"].input(on_lang, [c["lang"], c["sid"]], outs, api_visibility="private")

    @guarded(N, I["start_notice"])
    def on_start(lang: str, persona_id: str, exam: bool, sid: str, confirm: bool,
                 request: gr.Request) -> tuple:  # fmt: skip
        user = ctx.user(request)
        if sid and not confirm:
            live = ctl.live(user, sid)
            if not live.session.finished and _has_turns(live):
                # ask first; what the trainee chose (owner, language, exam) stays as chosen
                return _unchanged(start_notice=notice_html(t("confirm_start", lang), "info"),
                                  confirm=True, end_confirm=False)  # fmt: skip
            if not live.session.finished and (live.session.persona.id, live.session.lang,
                                              live.exam) == (persona_id, lang, bool(exam)):
                # the same meeting not begun yet (a second click): no new empty session
                return render(live, lang, clear=True, info=t("started", lang),
                              info_at="start_notice", controls=True)  # fmt: skip
        live = ctl.start(user, persona_id, lang, exam=exam)
        return render(live, lang, clear=True, info=t("started", lang), info_at="start_notice",
                      controls=True)  # fmt: skip

    c["start"].click(
        on_start, [c["lang"], c["owner"], c["exam"], c["sid"], c["confirm"]], outs,
        api_visibility="private", trigger_mode="once",
    )  # fmt: skip

    @guarded_stream(N, I["notice"])
    def on_send(lang: str, sid: str, text: str, request: gr.Request) -> Iterator[tuple]:
        yield from send_steps(ctx, ctx.user(request), lang, sid, text)

    send_inputs = [c["lang"], c["sid"], c["message"]]
    # the progress shows on the chat only: the rest of the page stays readable while it streams
    c["send"].click(on_send, send_inputs, outs, api_visibility="private", trigger_mode="once",
                    show_progress_on=c["chat"])  # fmt: skip

    @guarded(N, I["notice"])
    def on_hint(lang: str, sid: str, request: gr.Request) -> tuple:
        from ..bots import owner_nouns

        user = ctx.user(request)
        if not sid:
            return render(None, lang, hint_text=t("hint_open", lang))
        live, turns = ctl.hint_context(user, sid)
        if live.session.finished:
            return render(live, lang, hint_text=t("finished_hint", lang))
        if live.exam:
            return render(live, lang, info=t("hint_exam", lang))
        said = live.session.lang  # the example is in the meeting's language
        last_owner = next((tr.owner_reply for tr in reversed(turns) if tr.owner_reply), "")
        # the noun the owner ended on (common nouns only: never a name, never a hidden fact)
        words = owner_nouns(last_owner, said)[-1:] if last_owner else []
        return render(live, lang, hint_text=hint(turns, lang, words))

    c["hint_btn"].click(on_hint, [c["lang"], c["sid"]], outs, api_visibility="private").then(
        None, None, None, js="() => window.simReveal('#hint, #notice')"
    )

    @guarded(N + len(report_outs) + 1, I["notice"])
    def on_end(lang: str, sid: str, confirmed: bool, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not sid:
            raise NoSessionError()
        live = ctl.live(user, sid)
        if not confirmed and not live.session.finished and _has_turns(live):
            # ending cannot be undone: the second press ends the meeting
            page = _unchanged(notice=notice_html(t("confirm_end", lang), "info"),
                              end_confirm=True, confirm=False)  # fmt: skip
            return (*page, *[gr.update() for _ in report_outs], gr.update())
        live, _ = ctl.finish(user, sid)
        page = render(live, lang)
        return (*page, *report_page.render(ctx, user, sid), gr.Tabs(selected="report"))

    c["end"].click(on_end, [c["lang"], c["sid"], c["end_confirm"]],
                   [*outs, *report_outs, ctx.c["tabs"]], api_visibility="private",
                   trigger_mode="once").then(None, None, None, js="() => window.simReveal('#notice')")  # fmt: skip

    c["copy_chat"].click(None, c["lang"], c["notice"], js="(lang) => window.simCopyChat(lang)",
                         api_visibility="private")  # fmt: skip

    @guarded(N, I["branch_notice"])
    def on_branch(lang: str, sid: str, turn_number: int | None, request: gr.Request) -> tuple:
        user = ctx.user(request)
        if not sid:
            raise NoSessionError()
        current = ctl.live(user, sid)
        n = _turn_number(turn_number)
        if n is None or n > sum(1 for tr in current.session.turns if tr.trainee_text):
            return render(current, lang, info=t("err_pick_turn", lang), info_at="branch_notice")
        live = ctl.branch(user, sid, n)
        info = (
            t("branched", live.session.lang, n=n, k=n - 1)
            if n > 1
            else t("branched_start", live.session.lang)
        )
        return render(live, lang, clear=True, info=info, info_at="branch_notice", controls=True)

    c["branch"].click(on_branch, [c["lang"], c["sid"], c["branch_turn"]], outs,
                      api_visibility="private", trigger_mode="once")  # fmt: skip

    @guarded(N, I["notice"])
    def on_clear(lang: str, sid: str, request: gr.Request) -> tuple:
        """The chat's clear icon only clears the screen: put the transcript back."""
        if not sid:
            return render(None, lang)
        return render(ctl.live(ctx.user(request), sid), lang)

    c["chat"].clear(on_clear, [c["lang"], c["sid"]], outs, api_visibility="private")

    @guarded(N + len(report_outs), I["start_notice"])
    def on_load(lang: str, request: gr.Request) -> tuple:
        user = ctx.user(request)
        live, info = _restore(ctx, user, lang)
        page = render(live, lang, info=info, info_at="start_notice", controls=True)
        if live is not None and any(tr.trainee_text for tr in live.session.turns):
            return (*page, *report_page.empty(live.session.lang))
        return (*page, *report_page.empty(lang))

    ctx.c["on_load"] = (on_load, [c["lang"]], [*outs, *report_outs])


def _turn_number(value: Any) -> int | None:
    """The 1-based turn picked in the dropdown, or None (nothing picked, or not a turn)."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return None
    return n if n >= 1 else None


class _Said:
    """A trainee line not yet committed (shown while the owner's reply streams in)."""

    def __init__(self, trainee_text: str, owner_reply: str) -> None:
        self.trainee_text = trainee_text
        self.owner_reply = owner_reply


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest

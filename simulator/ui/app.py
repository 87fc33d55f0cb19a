"""Build and launch the web app: the pages, the HTTP API, sign-in and the queue.

``build_app(settings, store)`` returns a ``gr.Blocks`` (nothing is built at import time);
``launch_options(demo)`` gives the ``launch()`` arguments that belong with it (sign-in, no
traceback in the browser, no run history, no API usage figures, the page's script and style);
``serve(settings)`` does both, refusing to listen beyond 127.0.0.1 without accounts.

Pages are listed in ``PAGES``: one module each, with ``layout(ctx)`` and ``wire(ctx)``, and the
roles that see its tab (the review page: instructors and admins; hidden for others on load).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from types import ModuleType
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no network at run time

import gradio as gr  # noqa: E402

from ..errors import SimulatorError  # noqa: E402
from ..settings import Settings, is_loopback  # noqa: E402
from ..store import Store, open_store  # noqa: E402
from . import (  # noqa: E402
    api,
    practice,
    rehearse_page,
    report_page,
    review_page,
    sessions_page,
    upload_page,
)
from .assets import CSS, HEAD  # noqa: E402
from .common import Ctx, lenient, notice_html  # noqa: E402
from .controller import LOCAL_USERNAME, Controller  # noqa: E402
from .texts import error_text, t  # noqa: E402
from .views import _md  # noqa: E402

# (tab id, label key, module, roles that see it — None: everyone): the order of the tabs
PAGES: list[tuple[str, str, ModuleType, tuple[str, ...] | None]] = [
    ("practice", "tab_practice", practice, None),
    ("report", "tab_report", report_page, None),
    ("sessions", "tab_sessions", sessions_page, None),
    ("rehearse", "tab_rehearse", rehearse_page, None),
    ("upload", "tab_upload", upload_page, None),
    ("review", "tab_review", review_page, ("instructor", "admin")),
]


# (component, property, text key): what changes when the page's language changes
RELABEL: list[tuple[str, str, str]] = [
    ("header", "value", "header"), ("owner", "label", "owner"), ("lang", "label", "language"),
    ("exam", "label", "exam"), ("start", "value", "start"), ("chat", "label", "chat"),
    ("chat", "placeholder", "chat_placeholder"), ("message", "label", "you_say"),
    ("message", "placeholder", "you_say_placeholder"), ("send", "value", "send"),
    ("hint_btn", "value", "hint"), ("end", "value", "end"), ("branch_turn", "label", "branch_turn"),
    ("branch_turn", "info", "branch_help"), ("branch", "value", "branch"),
    ("tab_practice", "label", "tab_practice"), ("tab_report", "label", "tab_report"),
    ("tab_sessions", "label", "tab_sessions"), ("pick", "label", "pick_session"),
    ("tab_rehearse", "label", "tab_rehearse"), ("tab_upload", "label", "tab_upload"),
    ("tab_review", "label", "tab_review"),
    ("open", "value", "resume"), ("open_report", "value", "open_report"),
    ("refresh", "value", "refresh"), ("sessions_table", "label", "sessions_table"),
    ("sign_out", "value", "sign_out"), ("copy_chat", "value", "copy_chat"),
]  # fmt: skip

AUTH_MESSAGE = (
    "<p>伴走支援 対話練習シミュレーター：ユーザー名とパスワードでログインしてください。"
    "アカウントは講師または管理者が作成します。</p>"
    "<p>Sign in with your user name and password; your instructor or administrator creates "
    "accounts.</p>"
)


class NoAccountError(SimulatorError):
    """Sign-in is required but the store has no account to sign in with."""

    def __init__(self, host: str) -> None:
        super().__init__(
            f"sign-in is required to listen on {host} (beyond 127.0.0.1), but the store has no "
            "account. Add one first, e.g.:\n"
            "  SIM_PASSWORD='…' python -m simulator users add tanaka --role trainee\n"
            "or listen on 127.0.0.1 only (SIM_HOST=127.0.0.1) to practise alone without sign-in."
        )


class SignInOffError(SimulatorError):
    def __init__(self, host: str) -> None:
        super().__init__(
            f"SIM_SIGN_IN=off is only allowed on 127.0.0.1; the app was asked to listen on {host}"
        )


@dataclass
class AppParts:
    settings: Settings
    store: Store
    controller: Controller
    sign_in: bool


def has_accounts(store: Store) -> bool:
    return any(u.username != LOCAL_USERNAME and not u.disabled for u in store.list_users())


def sign_in_required(settings: Settings, store: Store) -> bool:
    """Beyond loopback: always. On loopback: ``on``, or ``auto`` once accounts exist."""
    if not is_loopback(settings.host):
        if settings.sign_in == "off":
            raise SignInOffError(settings.host)
        return True
    if settings.sign_in == "off":
        return False
    return settings.sign_in == "on" or has_accounts(store)


def build_app(
    settings: Settings | None = None, store: Store | None = None, *, sign_in: bool | None = None
) -> gr.Blocks:
    """The Blocks app (built when called, never at import)."""
    settings = settings or Settings.from_env()
    if store is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        store = open_store(settings.db_path)
    if sign_in is None:
        sign_in = sign_in_required(settings, store)
    ctl = Controller(settings, store, sign_in=sign_in)
    ctx = Ctx(ctl)
    turns = {"concurrency_limit": settings.turn_concurrency, "concurrency_id": api.TURNS}

    # exports pass through Gradio's file cache: files older than an hour are deleted hourly
    with gr.Blocks(
        title="伴走支援 対話練習 / Dialogue practice", delete_cache=(3600, 3600)
    ) as demo:
        # the title and the user's line wrap onto two rows on a phone (no squeezed column)
        with gr.Row(elem_id="top", equal_height=False):
            with gr.Column(scale=4, min_width=320):
                ctx.c["header"] = gr.Markdown(_header("ja"), elem_id="header")
            with gr.Column(scale=1, min_width=220):
                ctx.c["user_line"] = user_line = gr.Markdown(elem_id="user-line")
                if sign_in:
                    ctx.c["sign_out"] = gr.Button(t("sign_out"), link="/logout", size="sm",
                                                  elem_id="sign-out")  # fmt: skip
        with gr.Tabs(elem_id="tabs") as tabs:
            ctx.c["tabs"] = tabs
            for tab_id, label, page, roles in PAGES:
                # a tab for some roles only: hidden, shown on load to those roles
                with gr.Tab(t(label), id=tab_id, elem_id=f"tab-{tab_id}",
                            visible="hidden" if roles else True) as tab:  # fmt: skip
                    ctx.c[f"tab_{tab_id}"] = tab
                    if page is report_page:
                        with gr.Column(elem_id="report-area"):
                            page.layout(ctx)
                    else:
                        page.layout(ctx)
        for block in demo.blocks.values():  # every choice answers a foreign value in our words
            if isinstance(block, (gr.Radio, gr.Dropdown)) and not getattr(
                block, "allow_custom_value", False
            ):
                lenient(block)
        for _, _, page, _ in PAGES:
            page.wire(ctx)
        _apply_concurrency(demo, turns)
        api.register(ctx, settings.turn_concurrency)

        on_load, load_in, load_out = ctx.c["on_load"]

        def whoami(lang: str, request: gr.Request) -> str:
            lang = lang if lang in ("ja", "en") else "ja"
            try:
                user = ctx.user(request)
            except SimulatorError as exc:  # e.g. a disabled account: say so, next to sign-out
                return notice_html(error_text(exc, lang))
            if user.username == LOCAL_USERNAME:
                return t("local_user", lang)
            name = f"**{_md(user.display_name)}**"
            return f"{t('signed_in_as', lang)}{name}（{_md(user.username)}）" if lang == "ja" else (
                f"{t('signed_in_as', lang)}{name} ({_md(user.username)})"
            )

        limited = [(ctx.c[f"tab_{tab_id}"], roles) for tab_id, _, _, roles in PAGES if roles]

        def role_tabs(request: gr.Request) -> Any:
            try:
                role = ctx.user(request).role
            except SimulatorError:
                role = ""
            shown = [gr.update(visible=role in roles) for _, roles in limited]
            return shown[0] if len(shown) == 1 else tuple(shown)

        _wire_relabel(ctx)
        demo.load(whoami, ctx.c["lang"], user_line, api_visibility="private")
        ctx.c["lang"].change(whoami, ctx.c["lang"], user_line, api_visibility="private")
        demo.load(role_tabs, None, [tab for tab, _ in limited], api_visibility="private")
        demo.load(on_load, load_in, load_out, api_visibility="private")
    # queue position updates every 10 s rather than to every waiting client on every change
    demo.queue(default_concurrency_limit=settings.turn_concurrency, status_update_rate=10)
    demo.sim = AppParts(settings, store, ctl, sign_in)  # type: ignore[attr-defined]
    ctl.on_sign_in_required = lambda: _turn_sign_in_on(demo)
    ctl.on_account_disabled = lambda username: _sign_out(demo, username)
    return demo


def _auth(controller: Controller) -> Any:
    """Gradio's ``auth=`` check, off the event loop (scrypt takes a moment)."""

    async def auth(username: str, password: str) -> bool:
        import anyio.to_thread

        return await anyio.to_thread.run_sync(controller.authenticate, username, password)

    return auth


def _turn_sign_in_on(demo: gr.Blocks) -> None:
    """Accounts were added while the app ran on loopback without sign-in: from now on every
    page and call asks for sign-in (Gradio reads ``app.auth`` on each request)."""
    parts: AppParts = demo.sim  # type: ignore[attr-defined]
    parts.sign_in = True
    auth = _auth(parts.controller)
    demo.auth, demo.auth_message = auth, AUTH_MESSAGE
    app = getattr(demo, "app", None)
    if app is not None:
        app.auth = auth


def _sign_out(demo: gr.Blocks, username: str) -> None:
    """Forget every sign-in of ``username`` (a disabled account): the next request asks again."""
    tokens = getattr(getattr(demo, "app", None), "tokens", None)
    if tokens:
        for token, name in list(tokens.items()):
            if name == username:
                tokens.pop(token, None)


def _header(lang: str) -> str:
    return f"# {t('title', lang)}\n{t('tagline', lang)}"


def _wire_relabel(ctx: Ctx) -> None:
    """Every label follows the page's language (the language chosen for the meeting)."""
    rows = [row for row in RELABEL if row[0] in ctx.c]  # sign-out only with sign-in
    names = list(dict.fromkeys(name for name, _, _ in rows))
    targets = [ctx.c[name] for name in names]
    ids = ctx.ctl.persona_ids()

    def relabel(lang: str) -> tuple:
        lang = lang if lang in ("ja", "en") else "ja"
        changes: dict[str, dict[str, Any]] = {name: {} for name in names}
        for name, prop, key in rows:
            changes[name][prop] = _header(lang) if key == "header" else t(key, lang)
        changes["owner"]["choices"] = [(ctx.ctl.persona(p).title.get(lang), p) for p in ids]
        return tuple(gr.update(**changes[name]) for name in names)

    ctx.c["lang"].change(relabel, ctx.c["lang"], targets, api_visibility="private")


def _apply_concurrency(demo: gr.Blocks, turns: dict[str, Any]) -> None:
    """Every event that runs a turn shares one concurrency group with the API's."""
    for dep in demo.fns.values():
        if dep.api_visibility == "private" and dep.fn is not None:
            dep.concurrency_limit = turns["concurrency_limit"]
            dep.concurrency_id = turns["concurrency_id"]


def launch_options(demo: gr.Blocks) -> dict[str, Any]:
    """``launch()`` arguments for ``demo``: sign-in, privacy and the page's script and style."""
    parts: AppParts = demo.sim  # type: ignore[attr-defined]
    options: dict[str, Any] = {
        "show_error": False,  # internal errors are logged, never shown
        "footer_links": [],  # no API page link, no settings, no run history
        "run_history": False,  # no session ids kept in the browser's run history
        "enable_monitoring": False,  # no usage figures for anyone
        # worker threads: the turns plus a few for page loads and sign-ins (each thread costs
        # memory; the queue never runs more turns than the concurrency anyway)
        "max_threads": parts.settings.turn_concurrency + 8,
        "head": HEAD,
        "css": CSS,
        # FastAPI's own /openapi.json would list every route to anyone before sign-in
        "app_kwargs": {"openapi_url": None, "docs_url": None, "redoc_url": None},
        "server_name": parts.settings.host,
        "server_port": parts.settings.port,
    }
    if parts.sign_in:
        if not has_accounts(parts.store):
            raise NoAccountError(parts.settings.host)

        options["auth"] = _auth(parts.controller)
        options["auth_message"] = AUTH_MESSAGE
    return options


def warm_up(settings: Settings | None = None) -> None:
    """Load the analyser, scorer and owner lines before the first user needs them, and with a
    model configured the prompt's tokenizer (seconds to load: not inside a turn's deadline)."""
    from ..session import open_session

    open_session("distrustful_founder", "ja", store=None, backend="offline").say("こんにちは。")
    if settings is not None and settings.llm_configured:
        from ..tokens import count_tokens

        count_tokens("こんにちは。")


def serve(settings: Settings | None = None, **overrides: Any) -> gr.Blocks:
    """Build, then launch with :func:`launch_options` (``overrides`` win); the analyser warms up
    in the background meanwhile, so serving starts at once and the first turn is not slow."""
    import threading

    demo = build_app(settings)
    # the options first: a refusal to start (no account beyond loopback) must not leave the
    # warm-up thread inside the tokenizer at exit (the process then aborted, under load)
    options = {**launch_options(demo), **overrides}
    threading.Thread(target=warm_up, args=(demo.sim.settings,), name="warm-up",  # type: ignore[attr-defined]
                     daemon=True).start()  # fmt: skip
    demo.launch(**options)
    return demo

"""What every page shares: the controller, the components other pages update, error handling.

``guarded`` wraps a handler so that no exception ever reaches the browser: a user's mistake
becomes a message in the page's language, placed in the handler's notice output, and every
other output is left as it was (the conversation stays on screen). Unexpected errors are
logged with their traceback on the server and shown as one generic sentence.
"""

from __future__ import annotations

import functools
import html
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from ..errors import SimulatorError
from ..store import User
from .controller import Controller
from .texts import error_text

log = logging.getLogger("simulator.ui")


@dataclass
class Ctx:
    """The controller and the components that several pages read or update."""

    ctl: Controller
    c: dict[str, Any] = field(default_factory=dict)

    def user(self, request: gr.Request | None) -> User:
        return self.ctl.user(getattr(request, "username", None) if request else None)


def lenient(radio: gr.Radio | gr.Dropdown) -> gr.Radio | gr.Dropdown:
    """Let a value that is not among ``radio``'s choices (a crafted call, or a page older than
    the server's choices) reach the handler as ``None``: the handler answers in the page's
    language, instead of Gradio's English error that lists every choice.

    (An instance's ``preprocess`` is wrapped rather than Radio subclassed: Gradio writes a
    ``.pyi`` stub next to the module of every component subclass.)"""
    if getattr(radio, "sim_lenient", False):  # already wrapped
        return radio
    original = radio.preprocess

    def preprocess(payload: Any) -> Any:
        try:
            return original(payload)
        except gr.Error:
            log.info("refused a value not among the choices of %s", radio.elem_id)
            return None

    radio.preprocess = preprocess  # type: ignore[method-assign]
    radio.sim_lenient = True  # type: ignore[attr-defined]
    return radio


def notice_html(text: str, kind: str = "error") -> str:
    """An inline message for a Markdown component: errors in red with ⚠, warnings (the model
    failed, the offline reply stands in) in amber with ⚠, information plain."""
    if not text:
        return ""
    icon = "⚠ " if kind in ("error", "warn") else ""
    return f'<span class="sim-{kind}">{icon}{html.escape(text)}</span>'


def _fail(exc: BaseException, lang: str, n_out: int, notice_at: int) -> tuple:
    if not isinstance(exc, SimulatorError):
        log.exception("internal error in a handler")
    else:
        log.info("refused: %s: %s", type(exc).__name__, exc)
    out: list[Any] = [gr.update() for _ in range(n_out)]
    out[notice_at] = notice_html(error_text(exc, lang))
    return tuple(out)


def guarded(n_out: int, notice_at: int, lang_at: int = 0) -> Callable:
    """Decorator for a handler whose positional argument ``lang_at`` is the page's language."""

    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            lang = args[lang_at] if len(args) > lang_at and args[lang_at] in ("ja", "en") else "ja"
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - the browser never sees a traceback
                return _fail(exc, lang, n_out, notice_at)

        return wrapper

    return deco


def guarded_stream(n_out: int, notice_at: int, lang_at: int = 0) -> Callable:
    """Like :func:`guarded` for a generator handler (streamed replies)."""

    def deco(fn: Callable[..., Iterator[tuple]]) -> Callable[..., Iterator[tuple]]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Iterator[tuple]:
            lang = args[lang_at] if len(args) > lang_at and args[lang_at] in ("ja", "en") else "ja"
            try:
                yield from fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                yield _fail(exc, lang, n_out, notice_at)

        return wrapper

    return deco


# Private downloads: the text reaches only the browser tab that asked for it, through its own
# event, and is saved there from a blob (nothing is written on the server, there is no URL
# another signed-in user could open). Wire a button like this:
#   button.click(handler, [...], [payload, notice]).success(None, payload, payload, js=DOWNLOAD_JS)
# where ``handler`` checks the signed-in user and returns ``download_payload(...)`` and ``payload``
# is a ``gr.Textbox(visible="hidden")`` (the script empties it once the file is saved).
DOWNLOAD_JS = """(payload) => {
  if (!payload) return "";
  const d = JSON.parse(payload);
  const url = URL.createObjectURL(new Blob([d.text], {type: d.type}));
  const a = document.createElement("a");
  a.href = url; a.download = d.name; a.style.display = "none";
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return "";
}"""


def download_payload(name: str, text: str, mime: str) -> str:
    """What :data:`DOWNLOAD_JS` saves in the browser as the file ``name``."""
    return json.dumps({"name": name, "type": f"{mime};charset=utf-8", "text": text},
                      ensure_ascii=False)  # fmt: skip


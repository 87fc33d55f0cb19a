"""What every page shares: the controller, the components other pages update, error handling.

``guarded`` wraps a handler so that no exception ever reaches the browser: a user's mistake
becomes a message in the page's language, placed in the handler's notice output, and every
other output is left as it was (the conversation stays on screen). Unexpected errors are
logged with their traceback on the server and shown as one generic sentence.
"""

from __future__ import annotations

import functools
import html
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
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


EXPORT_DIR = Path(tempfile.gettempdir()) / "bansou-exports"
EXPORT_MAX_AGE_S = 3600


def download_file(name: str, text: str | bytes) -> str:
    """Write an export to a fresh temporary folder (Gradio serves it from its own cache, which
    the app empties hourly); folders older than an hour are removed on the way."""
    EXPORT_DIR.mkdir(exist_ok=True)
    cutoff = time.time() - EXPORT_MAX_AGE_S
    for old in EXPORT_DIR.iterdir():
        try:
            if old.stat().st_mtime < cutoff:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            continue
    folder = Path(tempfile.mkdtemp(dir=EXPORT_DIR))
    path = folder / name
    if isinstance(text, bytes):  # written as given (the Excel CSV carries its BOM)
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)

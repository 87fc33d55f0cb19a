"""The app's HTTP API for ``gradio_client`` (``/start``, ``/say``, ``/finish``; see contracts.md;
``/say_stream`` streams the owner's reply as it comes).

Same controller and rules as the pages: the signed-in user (``Client(url, auth=(user,
password))``) or the local practice user on loopback; a session id that is not the caller's is
answered exactly like one that does not exist. Errors come back as one short message
(``gradio_client`` raises it), never a traceback. Chats here hold the raw text (a script's
consumer is not a browser).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import gradio as gr

from ..errors import SimulatorError
from ..session import Partial
from .common import Ctx, log
from .texts import error_text
from .views import chat_of, persona_card

TURNS = "turns"  # the concurrency group of everything that runs a turn


def _raise(exc: Exception, lang: str) -> None:
    if not isinstance(exc, SimulatorError):
        log.exception("internal error in an API call")
    else:
        log.info("API call refused: %s: %s", type(exc).__name__, exc)
    raise gr.Error(error_text(exc, lang, api=True), print_exception=False) from None


def _turn_data(turn: Any, *, exam: bool = False) -> dict[str, Any]:
    """What ``/say`` tells about a turn. In an exam only what the page shows too: the turn's
    index and a notice (e.g. a model's fallback), never acts, scores, the alternative or the
    facts revealed; ``/finish`` gives the whole analysis once the meeting is over."""
    if exam:
        return {"index": turn.index, "notice": turn.notice, "exam": True}
    return {
        "index": turn.index,
        "acts": list(turn.acts),
        "scores": dict(turn.scores),
        "suggestion": turn.suggestion,
        "revealed": list(turn.revealed),
        "notice": turn.notice,
        # with a model: who voiced the reply, the offline scorer's own scores and the judge's
        # reading (None without a judge); ``scores`` above are then the merged ones
        "backend": turn.backend,
        "offline_scores": dict(turn.offline_scores or turn.scores),
        "judge": _judge_data(turn.judge),
    }


def _judge_data(judge: Any) -> dict[str, Any] | None:
    if judge is None:
        return None
    return {
        "status": judge.status,
        "scores": dict(judge.scores),
        "evidence": list(judge.evidence),
        "alternative": judge.alternative,
    }


def register(ctx: Ctx, concurrency: int) -> None:
    ctl = ctx.ctl
    common = {"concurrency_limit": concurrency, "concurrency_id": TURNS}

    def start(
        persona_id: str, lang: str = "ja", request: gr.Request = None
    ) -> tuple[str, list[dict], str]:  # type: ignore[assignment]
        """Start a meeting with an owner: (session id, chat, the owner card with the briefing)."""
        try:
            live = ctl.start(ctx.user(request), persona_id, lang)
            session = live.session
            return (
                session.id or "",
                chat_of(session.turns, escape=False),
                persona_card(session.persona, session.lang),
            )
        except Exception as exc:  # noqa: BLE001
            _raise(exc, lang if lang in ("ja", "en") else "ja")
            raise

    def say(
        session_id: str, text: str, chat: list[dict] | None = None, request: gr.Request = None
    ) -> tuple[list[dict], dict, bool]:  # type: ignore[assignment]
        """The trainee says ``text``: (updated chat, the turn's acts/scores/suggestion, finished)."""
        lang = "ja"
        try:
            user = ctx.user(request)
            live = ctl.live(user, session_id)
            lang = live.session.lang
            turn = ctl.say(user, session_id, text, dedupe=False)
            data = _turn_data(turn, exam=live.exam) if turn is not None else {}
            return chat_of(live.session.turns, escape=False), data, live.session.finished
        except Exception as exc:  # noqa: BLE001
            _raise(exc, lang)
            raise

    def finish(
        session_id: str, chat: list[dict] | None = None, request: gr.Request = None
    ) -> tuple[list[dict], str, dict]:  # type: ignore[assignment]
        """End the meeting: (chat with the owner's closing words, report Markdown, report data)."""
        from .report_view import report_markdown

        lang = "ja"
        try:
            user = ctx.user(request)
            live, report = ctl.finish(user, session_id)
            session = live.session
            lang = session.lang
            record = ctl.record(user, session_id)
            text = report_markdown(
                report, session, record, lang, author=ctl.store.sees_author_description(user)
            )
            data = report.model_dump(mode="json", exclude={"markdown"}) if report else {}
            return chat_of(session.turns, escape=False), text, data
        except Exception as exc:  # noqa: BLE001
            _raise(exc, lang)
            raise

    def say_stream(
        session_id: str, text: str, request: gr.Request = None
    ) -> Iterator[tuple[list[dict], dict, bool]]:  # type: ignore[assignment]
        """Like ``/say``, streamed: the chat with the owner's reply so far as its last message
        (an empty turn and ``False`` meanwhile), then what ``/say`` returns."""
        lang = "ja"
        try:
            user = ctx.user(request)
            live = ctl.live(user, session_id)
            lang = live.session.lang
            for item in ctl.say_stream(user, session_id, text):
                if isinstance(item, Partial):
                    said = [{"role": "user", "content": text.strip()}]
                    if item.text:
                        said.append({"role": "assistant", "content": item.text})
                    yield chat_of(live.session.turns, escape=False) + said, {}, False
                else:
                    yield (
                        chat_of(live.session.turns, escape=False),
                        _turn_data(item),
                        (live.session.finished),
                    )
        except Exception as exc:  # noqa: BLE001
            _raise(exc, lang)
            raise

    gr.api(start, api_name="start", **common)
    gr.api(say, api_name="say", **common)
    gr.api(finish, api_name="finish", **common)
    gr.api(say_stream, api_name="say_stream", **common)

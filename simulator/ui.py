"""The Gradio app: a thin layer over the public API (``open_session``, ``say``, ``report``).

``Controller`` holds the handlers as plain functions (tests call them without a browser);
``build_app`` lays them out in a ``gr.Blocks``. Errors of the project's hierarchy become
``gr.Error`` here, in one wrapper.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no network at run time

import gradio as gr  # noqa: E402

from .datafiles import load_persona, persona_ids
from .errors import SimulatorError
from .persona import STAGE_NAMES, Stage
from .reporting import RUBRIC_NAMES
from .session import Session, Turn, open_session, resume_session
from .settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
Chat = list[dict[str, str]]


def user_errors(fn: F) -> F:
    """Turn the project's errors into messages the user sees."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except SimulatorError as exc:
            raise gr.Error(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


class Controller:
    """The app's handlers. Live sessions are cached; any of them can be resumed from the store."""

    def __init__(self, settings: Settings, store: Any) -> None:
        self.settings = settings
        self.store = store
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def persona_choices(self) -> list[tuple[str, str]]:
        choices = []
        first = ["distrustful_founder", "reluctant_successor", "move_on_owner"]
        ids = [p for p in first if p in persona_ids()] + [p for p in persona_ids() if p not in first]
        for pid in ids:
            persona = load_persona(pid)
            choices.append((f"{persona.title.ja} / {persona.title.en}", pid))
        return choices

    def _session(self, session_id: str) -> Session:
        if not session_id:
            raise SimulatorError("面談が始まっていません。ペルソナを選んで「面談を始める」を押してください。")
        with self._lock:
            session = self._sessions.get(session_id)
        if session is None:  # the server restarted: continue from the last stored turn
            session = resume_session(session_id, store=self.store, settings=self.settings)
            with self._lock:
                self._sessions[session_id] = session
        return session

    @user_errors
    def start(self, persona_id: str, lang: str) -> tuple[str, Chat, str, str, str, str]:
        if not persona_id:
            raise SimulatorError("ペルソナを選んでください / choose an owner")
        session = open_session(persona_id, lang, store=self.store, settings=self.settings)
        assert session.id is not None
        with self._lock:
            self._sessions[session.id] = session
        persona = session.persona
        brief = (
            f"### {persona.company.name.get(session.lang)} — {persona.owner.name.get(session.lang)}"
            f"（{persona.owner.role.get(session.lang)}）\n\n{persona.briefing.get(session.lang)}"
        )
        return session.id, [], brief, self._status(session), "", ""

    @user_errors
    def send(self, session_id: str, text: str, chat: Chat | None) -> tuple[Chat, str, str, str]:
        session = self._session(session_id)
        turn = session.say(text)
        chat = [*(chat or []), {"role": "user", "content": turn.trainee_text}]
        reply = turn.owner_reply
        if turn.notice:
            gr.Warning(turn.notice)
        chat.append({"role": "assistant", "content": reply})
        return chat, "", self._status(session), self._feedback(turn, session.lang)

    @user_errors
    def finish(self, session_id: str, chat: Chat | None) -> tuple[Chat, str, str]:
        session = self._session(session_id)
        chat = list(chat or [])
        if not session.finished:
            turn = session.end()
            chat.append({"role": "assistant", "content": turn.owner_reply})
        report = session.report()
        return chat, report.markdown, self._status(session)

    @staticmethod
    def _status(session: Session) -> str:
        lang = session.lang
        stage = STAGE_NAMES[Stage(session.stage)].get(lang)
        label = "信頼度" if lang == "ja" else "Trust"
        stage_label = "段階" if lang == "ja" else "Stage"
        done = (" — **面談終了**" if lang == "ja" else " — **meeting over**") if session.finished else ""
        said = [t for t in session.turns if t.trainee_text]
        change = f"（{said[-1].trust_delta:+.1f}）" if said else ""
        status = f"**{label}** {session.trust:.0f} / 100{change}　**{stage_label}** {stage}{done}"
        if session.state.end_reason in ("trust", "patience"):
            status += (
                "\n\n経営者が面談を打ち切りました。「面談を終える」で振り返りを表示します。"
                if lang == "ja"
                else "\n\nThe owner ended the meeting. Press “End meeting” for the report."
            )
        return status

    @staticmethod
    def _feedback(turn: Turn, lang: str) -> str:
        rows = []
        for rid, score in turn.scores.items():
            name = RUBRIC_NAMES.get(rid, {}).get(lang, rid)
            rows.append(f"| {name} | {'—' if score is None else f'{score:.0f}'} |")
        head = "| 観点 | スコア |" if lang == "ja" else "| Rubric | Score |"
        acts = ", ".join(turn.acts)
        parts = [f"**{'発話の種類' if lang == 'ja' else 'Acts'}**: {acts}", "", head, "|---|---:|", *rows]
        if turn.evidence:
            parts += ["", f"**{'根拠' if lang == 'ja' else 'Evidence'}**: " + " / ".join(turn.evidence[:4])]
        for note in turn.feedback[:3]:
            parts.append(f"- {note}")
        if turn.suggestion:
            parts += ["", f"**{'言い換え例' if lang == 'ja' else 'Try instead'}**: {turn.suggestion}"]
        return "\n".join(parts)


def build_app(settings: Settings | None = None, store: Any = None) -> gr.Blocks:
    """Build the Blocks app (nothing is built at import time)."""
    from .store import open_store

    settings = settings or Settings.from_env()
    if store is None:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        store = open_store(settings.db_path)
    ctl = Controller(settings, store)
    choices = ctl.persona_choices()

    with gr.Blocks(title="伴走支援 対話練習 / Dialogue practice") as demo:
        gr.Markdown(
            "# 伴走支援 対話練習シミュレーター\n"
            "経営者役と面談の練習をし、傾聴・深掘り・要約・誘導しない姿勢を一発話ごとに振り返ります。"
            "  \n*Practise a first meeting with a business owner; every turn is scored.*"
        )
        # A (hidden) textbox rather than gr.State, so API clients receive the session id too.
        session_id = gr.Textbox(visible=False, elem_id="session_id")
        with gr.Row():
            persona = gr.Dropdown(
                choices=choices,
                value=choices[0][1] if choices else None,
                label="経営者（ペルソナ） / Owner",
            )
            lang = gr.Radio(choices=[("日本語", "ja"), ("English", "en")], value="ja", label="言語 / Language")
            start = gr.Button("面談を始める / Start", variant="primary")
        briefing = gr.Markdown(elem_id="briefing")
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="面談 / Meeting", height=480, elem_id="chat")
                message = gr.Textbox(
                    label="あなたの発言 / You say",
                    placeholder="例：本日はお時間をいただきありがとうございます。",
                    lines=2,
                    elem_id="message",
                )
                with gr.Row():
                    send = gr.Button("送信 / Send", variant="primary")
                    end = gr.Button("面談を終える / End meeting")
            with gr.Column(scale=2):
                status = gr.Markdown(elem_id="status")
                feedback = gr.Markdown(elem_id="feedback")
        report = gr.Markdown(elem_id="report")

        start.click(
            ctl.start,
            [persona, lang],
            [session_id, chat, briefing, status, feedback, report],
            api_name="start",
        )
        send.click(ctl.send, [session_id, message, chat], [chat, message, status, feedback], api_name="say")
        message.submit(ctl.send, [session_id, message, chat], [chat, message, status, feedback], api_name=False)
        end.click(ctl.finish, [session_id, chat], [chat, report, status], api_name="finish")
    return demo

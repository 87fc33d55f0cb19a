"""The Gradio app answers over HTTP (started on 127.0.0.1) and drives a session end to end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gradio_client import Client

from simulator.settings import Settings
from simulator.store import open_store
from simulator.ui import Controller, build_app


@pytest.fixture
def app_url(tmp_path: Path) -> Iterator[str]:
    settings = Settings(data_dir=tmp_path)
    demo = build_app(settings, store=open_store(tmp_path / "app.db"))
    demo.queue().launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True)
    try:
        yield demo.local_url
    finally:
        demo.close()


def test_app_serves_a_session_over_http(app_url: str, tmp_path: Path) -> None:
    client = Client(app_url, verbose=False)
    session_id, chat, briefing, status, _, _ = client.predict(
        "distrustful_founder", "ja", api_name="/start"
    )
    assert session_id and briefing and "信頼度" in status
    chat, cleared, status, feedback = client.predict(
        session_id, "本日はお時間をいただきありがとうございます。", [], api_name="/say"
    )
    assert cleared == ""
    assert [m["role"] for m in chat] == ["user", "assistant"]
    assert chat[1]["content"]
    assert "傾聴" in feedback
    chat, report, status = client.predict(session_id, chat, api_name="/finish")
    assert "振り返りレポート" in report and "面談終了" in status
    # Every turn reached the store.
    rows = open_store(tmp_path / "app.db").turns(session_id)
    assert len(rows) == 2


def test_controller_resumes_after_a_restart(tmp_path: Path) -> None:
    store = open_store(tmp_path / "app.db")
    first = Controller(Settings(data_dir=tmp_path), store)
    session_id, *_ = first.start("move_on_owner", "ja")
    first.send(session_id, "本日はありがとうございます。", [])
    # A new controller (the server restarted) continues the same session from the store.
    second = Controller(Settings(data_dir=tmp_path), open_store(tmp_path / "app.db"))
    chat, _, status, _ = second.send(session_id, "御社について聞かせていただけますか？", [])
    assert len(chat) == 2
    assert "信頼度" in status and ("（+" in status or "（-" in status)
    assert len(open_store(tmp_path / "app.db").turns(session_id)) == 2


def test_status_tells_the_trainee_when_the_owner_walks_out(tmp_path: Path) -> None:
    ctl = Controller(Settings(data_dir=tmp_path), open_store(tmp_path / "app.db"))
    session_id, *_ = ctl.start("distrustful_founder", "ja")
    status = ""
    for text in ("今一番の悩みは何ですか？", "それは違いますよ。まず計画を作るべきです。",
                 "結局、社長のやり方が古いのが原因ですよね？", "私は100社以上支援してきました。"):
        _, _, status, _ = ctl.send(session_id, text, [])
        if "打ち切りました" in status:
            break
    assert "面談終了" in status and "打ち切りました" in status

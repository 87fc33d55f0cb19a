"""The app over HTTP: started on 127.0.0.1 (random port), driven with ``gradio_client``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gradio_client import Client

from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.ui import build_app, launch_options

PASSWORD = "correct horse 1"


def _launch(tmp_path: Path, store: Store, *, sign_in: bool) -> Iterator[str]:
    demo = build_app(Settings(data_dir=tmp_path), store, sign_in=sign_in)
    options = launch_options(demo)
    options.update(server_port=None, prevent_thread_lock=True, quiet=True)
    demo.launch(**options)
    try:
        yield demo.local_url
    finally:
        demo.close()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "app.db")


@pytest.fixture
def open_url(tmp_path: Path, store: Store) -> Iterator[str]:
    yield from _launch(tmp_path, store, sign_in=False)


@pytest.fixture
def signed_url(tmp_path: Path, store: Store) -> Iterator[str]:
    store.add_user("sato", PASSWORD, "trainee")
    store.add_user("suzuki", PASSWORD, "trainee")
    yield from _launch(tmp_path, store, sign_in=True)


def test_a_whole_session_over_http(open_url: str, store: Store) -> None:
    client = Client(open_url, verbose=False)
    session_id, chat, card = client.predict("distrustful_founder", "ja", api_name="/start")
    assert session_id and chat == [] and "事前情報" in card
    text = "<b>本日は</b>お時間をいただきありがとうございます。"
    chat, turn, finished = client.predict(session_id, text, [], api_name="/say")
    # the API's chat holds the raw text (the page escapes it; a script is not a browser)
    assert chat[0] == {"role": "user", "content": text}
    assert chat[1]["role"] == "assistant" and chat[1]["content"]
    assert set(turn["scores"]) == {"listening", "deep_dive", "summarising", "non_leading"}
    assert finished is False
    chat, report, data = client.predict(session_id, chat, api_name="/finish")
    assert "振り返りレポート" in report and set(data["scores"]) >= {"listening", "non_leading"}
    assert [m["role"] for m in chat] == ["user", "assistant", "assistant"]  # closing words apart
    rows = store.turns(session_id)
    assert len(rows) == 2 and rows[0].trainee_text == text
    record = store.get_session(session_id)
    assert record.finished and record.user_id == store.get_user("local-practice").id


def test_finishing_with_no_turn_gives_no_scores(open_url: str, store: Store) -> None:
    client = Client(open_url, verbose=False)
    session_id, *_ = client.predict("move_on_owner", "ja", api_name="/start")
    _, report, data = client.predict(session_id, [], api_name="/finish")
    assert "採点できません" in report and data == {}
    assert store.get_session(session_id).scores is None


def test_errors_come_back_as_one_japanese_sentence(open_url: str) -> None:
    client = Client(open_url, verbose=False)
    session_id, *_ = client.predict("move_on_owner", "ja", api_name="/start")
    with pytest.raises(Exception) as empty:
        client.predict(session_id, "   ", [], api_name="/say")
    assert "発言が空です" in str(empty.value) and "Traceback" not in str(empty.value)
    with pytest.raises(Exception) as long:
        client.predict(session_id, "あ" * 20_000, [], api_name="/say")
    assert "20,000字" in str(long.value)


def test_sign_in_is_required_and_ids_of_others_are_not_found(signed_url: str) -> None:
    with pytest.raises(Exception):  # noqa: B017 - the client refuses to connect
        Client(signed_url, verbose=False, auth=("sato", "wrong password"))
    anonymous = httpx.get(f"{signed_url}gradio_api/info")
    assert anonymous.status_code == 401
    sato = Client(signed_url, verbose=False, auth=("sato", PASSWORD))
    suzuki = Client(signed_url, verbose=False, auth=("suzuki", PASSWORD))
    session_id, *_ = sato.predict("distrustful_founder", "ja", api_name="/start")
    sato.predict(session_id, "本日はありがとうございます。", [], api_name="/say")
    messages = []
    for sid in (session_id, "0" * 32):
        with pytest.raises(Exception) as denied:
            suzuki.predict(sid, "続きを話しましょう。", [], api_name="/say")
        messages.append(str(denied.value))
        with pytest.raises(Exception) as denied_finish:
            suzuki.predict(sid, [], api_name="/finish")
        messages.append(str(denied_finish.value))
    assert len(set(messages)) == 1 and "見つかりません" in messages[0]
    # sato's session is untouched and still sato's to continue
    chat, _, _ = sato.predict(
        session_id, "工場のことを聞かせていただけますか？", [], api_name="/say"
    )
    assert len(chat) == 4


def test_the_page_hides_run_history_api_usage_and_tracebacks(open_url: str) -> None:
    config = httpx.get(f"{open_url}config").json()
    assert config["footer_links"] == [] and config["run_history"] is False
    assert config["show_error"] is False
    assert httpx.get(f"{open_url}monitoring/summary").status_code == 403


def test_app_refuses_to_listen_beyond_loopback_without_accounts(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "SIM_DATA_DIR": str(tmp_path / "empty"), "SIM_HOST": "0.0.0.0"}
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(root / "app.py")], env=env, capture_output=True, text=True,
        timeout=120, cwd=root,
    )  # fmt: skip
    assert done.returncode == 2
    assert "sign-in is required" in done.stderr and "users add" in done.stderr
    assert "Traceback" not in done.stderr

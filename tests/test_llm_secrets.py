"""The API key reaches the server and nothing else: not the store, the logs, the exports,
the notices or the turns — on the happy path and on every failure path."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from simulator import open_session
from simulator.settings import Settings
from simulator.store import open_store
from simulator.store.exporting import export_csv, export_json, export_markdown

from .fake_openai import FakeOpenAI, Reply, auto_judge

KEY = "sk-test-S3CRET-do-not-leak-4f9a2c"


def test_the_api_key_goes_to_the_server_only(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OPENAI_LOG", "debug")  # the SDK's own request logging, at its loudest
    caplog.set_level(logging.DEBUG)
    db = tmp_path / "data" / "s.db"
    with FakeOpenAI() as fake:
        monkeypatch.setenv("OPENAI_API_KEY", KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
        monkeypatch.setenv("SIM_MODEL", "fake-owner")
        monkeypatch.setenv("SIM_JUDGE_MODEL", "fake-judge")
        monkeypatch.setenv("SIM_LLM_TIMEOUT", "3")
        settings = Settings.from_env()
        assert KEY not in repr(settings) and KEY not in str(settings)
        fake.script("fake-owner", "はい、どうぞ。", Reply(status=429, retry_after=0.1), Reply(status=500),
                    Reply(status=401), "ええ。", Reply(text="x", break_after=1))  # fmt: skip
        fake.script("fake-judge", auto_judge(), "not json", "still not json", Reply(status=401))
        session = open_session("move_on_owner", "ja", store=db, settings=settings)
        turns = [
            session.say(text)
            for text in ("本日はお時間をいただきありがとうございます。", "御社について聞かせてください。",
                         "そうなんですね。", "それで？")
        ]  # fmt: skip
        assert any(t.backend == "offline" and t.notice for t in turns)  # a failure path ran
        assert any(t.judge and t.judge.status == "failed" for t in turns)
    assert fake.auth_headers and all(h == f"Bearer {KEY}" for h in fake.auth_headers)

    store = open_store(db)
    exports = [f(store, session.id) for f in (export_json, export_csv, export_markdown)]
    files = b"".join(p.read_bytes() for p in db.parent.iterdir() if p.is_file())
    out, err = capfd.readouterr()
    seen = {
        "store files": files.decode("utf-8", "replace"),
        "exports": "\n".join(exports),
        "logs": caplog.text,
        "stdout/stderr": out + err,
        "turns": "\n".join(t.model_dump_json() for t in turns),
    }
    for where, text in seen.items():
        assert KEY not in text, where
        assert KEY[-8:] not in text, where  # not even a partial key
    assert any(r.name.startswith("openai") for r in caplog.records)  # the SDK really logged
    assert any(r.name == "simulator.llm" for r in caplog.records)  # and so did the retries

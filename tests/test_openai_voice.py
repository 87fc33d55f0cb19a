"""The LLM voice through the real openai client against a fake server on 127.0.0.1."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.errors import NeedsConfigurationError
from simulator.settings import Settings
from simulator.tokens import count_tokens, shared_prefix
from simulator.voice.offline import as_written

from .fake_openai import FakeOpenAI, Reply

OPENING = "本日はお時間をいただきありがとうございます。"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def settings_for(fake: FakeOpenAI, timeout: float = 30.0, **kw: object) -> Settings:
    return Settings(
        openai_base_url=fake.base_url,
        model="fake-owner",
        llm_timeout=timeout,
        judge_enabled=False,
        **kw,
    )


def test_the_model_speaks_and_the_engine_still_decides(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", "どうも。まあ、座ってください。")
    session = open_session("distrustful_founder", "ja", store=None, settings=settings_for(fake))
    offline = open_session("distrustful_founder", "ja", store=None)
    turn, same = session.say(OPENING), offline.say(OPENING)
    assert turn.owner_reply == "どうも。まあ、座ってください。"
    assert turn.backend == "openai" and turn.notice is None
    # the engine and the analyser ran exactly as offline
    assert (turn.trust, turn.reaction, turn.acts, turn.revealed) == (
        same.trust, same.reaction, same.acts, same.revealed
    )  # fmt: skip
    request = fake.requests[0]
    assert request.model == "fake-owner" and request.body["stream"] is True
    assert request.body["max_tokens"] == 220  # the reply is capped
    roles = [m["role"] for m in request.messages]
    assert roles == ["system", "user", "system"]  # static part, conversation, per-turn note
    assert request.messages[1] == {"role": "user", "content": OPENING}
    assert request.messages[-1]["content"].startswith("Director's note")


def test_locked_facts_never_reach_the_model(fake: FakeOpenAI) -> None:
    persona = load_persona("distrustful_founder")
    session = open_session(persona, "ja", store=None, settings=settings_for(fake))
    for line in (OPENING, "工場について聞かせていただけますか？", "それは大変でしたね。"):
        fake.script("fake-owner", "そうですね。")
        session.say(line)
    disclosed = set(session.state.disclosed)
    prompts = "\n".join(r.text() for r in fake.requests)
    for fact in persona.facts:
        if fact.id not in disclosed:
            assert fact.text.ja not in prompts, fact.id
    assert persona.underlying_issue.text.ja not in prompts


def test_a_server_error_falls_back_to_offline_with_a_notice(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", *[Reply(status=500)] * 3)
    session = open_session(
        "move_on_owner", "ja", store=None, settings=settings_for(fake, llm_retries=1)
    )
    turn = session.say(OPENING)
    assert turn.backend == "offline"
    assert turn.notice and "オフライン" in turn.notice and "500" in turn.notice
    assert not re.search("[A-Za-z]", turn.notice.replace("LLM", ""))  # in the session's language
    lines = load_persona("move_on_owner").lines
    said = as_written(load_persona("move_on_owner"), turn.owner_reply)  # his line as written (var23 rewordings)
    assert any(said.startswith(line) for r in lines.values() for line in r.ja)
    assert len(fake.requests) == 2  # one retry, no more


def test_an_empty_reply_is_refused_then_falls_back(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", "", "")
    session = open_session("move_on_owner", "ja", store=None, settings=settings_for(fake))
    turn = session.say(OPENING)
    assert turn.backend == "offline" and turn.notice
    assert len(fake.requests) == 2  # one retry with the reason


def test_fallback_keeps_the_transcript_deterministic(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", *[Reply(status=500)] * 6)
    with_llm = open_session(
        "reluctant_successor", "ja", store=None, settings=settings_for(fake, llm_retries=0)
    )
    offline = open_session("reluctant_successor", "ja", store=None)
    for line in (OPENING, "御社のお仕事について聞かせていただけますか？"):
        assert with_llm.say(line).owner_reply == offline.say(line).owner_reply


def test_tokens_the_server_reports_are_stored(fake: FakeOpenAI, tmp_path: Path) -> None:
    from simulator.store import open_store

    db = tmp_path / "s.db"
    session = open_session("move_on_owner", "ja", store=db, settings=settings_for(fake))
    for line in (OPENING, "御社のお仕事について聞かせていただけますか？"):
        fake.script("fake-owner", "はい、どうぞ。")
        session.say(line)
    rows = open_store(db).turns(session.id)
    first, second = rows
    assert first.backend == "openai" and first.tokens_in > 1024 and first.tokens_out > 0
    assert first.tokens_cached == 0
    # the second prompt starts with the same static part: the (fake) provider cached it
    assert second.tokens_cached >= 1024 and second.tokens_cached % 128 == 0
    assert session.turns[1].tokens_cached == second.tokens_cached


def test_openai_backend_without_configuration_is_a_clear_error() -> None:
    with pytest.raises(NeedsConfigurationError, match="OPENAI_API_KEY"):
        open_session("move_on_owner", "ja", store=None, backend="openai", settings=Settings())


def test_default_backend_follows_the_configuration(fake: FakeOpenAI) -> None:
    assert open_session("move_on_owner", store=None, settings=Settings()).voice.name == "offline"
    configured = open_session("move_on_owner", store=None, settings=settings_for(fake))
    assert configured.voice.name == "openai"


def test_shipped_tokenizer_counts_without_network() -> None:
    assert count_tokens("hello world") == 2
    assert 0 < count_tokens(OPENING) < len(OPENING)
    a = list(range(1000))
    for cut in (0, 1, 255, 256, 257, 999):
        assert shared_prefix(a, [*a[:cut], -1, *a[cut + 1 :]]) == cut
    assert shared_prefix(a, a[:600]) == 600 and shared_prefix(a, a) == 1000


def test_llm_settings_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "OPENAI_BASE_URL": "http://127.0.0.1:9/v1",
            "SIM_LLM_TIMEOUT": "3",
            "SIM_LLM_HISTORY_TOKENS": "800",
            "SIM_LLM_REPLY_TOKENS": "120",
            "SIM_LLM_RETRIES": "1",
            "SIM_JUDGE": "off",
        }
    )
    assert (settings.llm_timeout, settings.llm_history_tokens, settings.llm_reply_tokens) == (
        3,
        800,
        120,
    )
    assert settings.llm_retries == 1 and settings.judge_enabled is False
    assert Settings.from_env({}).judge_enabled is True

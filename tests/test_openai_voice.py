"""The LLM voice through the real openai client against a fake server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simulator import open_session
from simulator.datafiles import load_persona
from simulator.errors import NeedsConfigurationError
from simulator.settings import Settings
from simulator.tokens import count_tokens

from .fake_openai import FakeOpenAI

OPENING = "本日はお時間をいただきありがとうございます。"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


def settings_for(fake: FakeOpenAI, timeout: float = 5.0) -> Settings:
    return Settings(openai_base_url=fake.base_url, model="fake-owner", llm_timeout=timeout)


def test_the_model_speaks_and_the_engine_still_decides(fake: FakeOpenAI) -> None:
    fake.replies = ["どうも。まあ、座ってください。"]
    session = open_session("distrustful_founder", "ja", store=None, settings=settings_for(fake))
    turn = session.say(OPENING)
    assert turn.owner_reply == "どうも。まあ、座ってください。"
    assert turn.backend == "openai" and turn.notice is None
    assert turn.trust > 0 and turn.acts  # the engine and the analyser ran as offline
    request = fake.requests[0]
    assert request["model"] == "fake-owner"
    assert request["messages"][0]["role"] == "system"
    assert request["messages"][-1] == {"role": "user", "content": OPENING}


def test_locked_facts_never_reach_the_model(fake: FakeOpenAI) -> None:
    persona = load_persona("distrustful_founder")
    session = open_session(persona, "ja", store=None, settings=settings_for(fake))
    for line in (OPENING, "工場について聞かせていただけますか？", "それは大変でしたね。"):
        fake.replies.append("そうですね。")
        session.say(line)
    disclosed = set(session.state.disclosed)
    prompts = " ".join(m["content"] for r in fake.requests for m in r["messages"])
    for fact in persona.facts:
        if fact.id not in disclosed:
            assert fact.text.ja not in prompts, fact.id
    assert persona.underlying_issue.text.ja not in prompts


def test_a_server_error_falls_back_to_offline_with_a_notice(fake: FakeOpenAI) -> None:
    fake.replies = ["!500"]
    session = open_session("move_on_owner", "ja", store=None, settings=settings_for(fake))
    turn = session.say(OPENING)
    assert turn.backend == "offline"
    assert turn.notice and "オフライン" in turn.notice
    lines = load_persona("move_on_owner").lines
    assert any(turn.owner_reply.startswith(line) for r in lines.values() for line in r.ja)


def test_a_timeout_falls_back_quickly(fake: FakeOpenAI) -> None:
    fake.replies = ["!slow"]
    fake.slow_seconds = 3.0
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake, 0.5))
    turn = session.say("Thank you for your time today.")
    assert turn.backend == "offline"
    assert turn.notice and "offline" in turn.notice


def test_an_empty_reply_falls_back(fake: FakeOpenAI) -> None:
    fake.replies = ["!empty"]
    session = open_session("move_on_owner", "ja", store=None, settings=settings_for(fake))
    assert session.say(OPENING).backend == "offline"


def test_fallback_keeps_the_transcript_deterministic(fake: FakeOpenAI) -> None:
    fake.replies = ["!500", "!500"]
    with_llm = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    offline = open_session("reluctant_successor", "ja", store=None)
    for line in (OPENING, "御社のお仕事について聞かせていただけますか？"):
        assert with_llm.say(line).owner_reply == offline.say(line).owner_reply


def test_tokens_and_backend_are_stored(fake: FakeOpenAI, tmp_path) -> None:  # noqa: ANN001
    from simulator.store import open_store

    fake.replies = ["はい、どうぞ。"]
    db = tmp_path / "s.db"
    session = open_session("move_on_owner", "ja", store=db, settings=settings_for(fake))
    session.say(OPENING)
    row = open_store(db).turns(session.id)[0]
    assert row.backend == "openai" and row.tokens_in == 120 and row.tokens_out == 30


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

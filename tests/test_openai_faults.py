"""Faults: one deadline (SIM_LLM_TIMEOUT) for the whole call, bounded retries inside it, then
the offline reply with a notice. Every test here is bounded by a few seconds."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from simulator import open_session
from simulator.settings import Settings

from .fake_openai import FakeOpenAI, Reply

OPENING = "Thank you for making time for me today."
REPLY = "Yes, hello. Have a seat."


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


def timed_say(session, text: str = OPENING):  # noqa: ANN001, ANN201
    started = time.perf_counter()
    turn = session.say(text)
    return turn, time.perf_counter() - started


def test_a_trickling_server_cannot_hold_a_turn_past_the_deadline(fake: FakeOpenAI) -> None:
    # every byte arrives within the read timeout, the whole reply would take minutes
    fake.script("fake-owner", Reply(text=REPLY * 20, trickle=0.02))
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake, 1.0))
    turn, elapsed = timed_say(session)
    assert turn.backend == "offline" and turn.notice and "offline" in turn.notice
    assert "1 s" in turn.notice  # says which deadline passed
    assert elapsed < 3.0  # the deadline (1 s) plus the offline turn, not the server's pace


def test_a_trickle_that_shows_text_is_cut_at_the_deadline_too(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(text=REPLY * 10, interval=0.3, chunk_chars=2))
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake, 1.0))
    items = list(session.say_stream(OPENING))
    turn = items[-1]
    assert turn.backend == "offline"  # type: ignore[union-attr]
    assert any(getattr(i, "text", "") for i in items[:-1])  # text had been shown, then replaced


def test_a_server_slower_than_the_deadline_falls_back(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(text=REPLY, delay=4.0))
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake, 0.8))
    turn, elapsed = timed_say(session)
    assert turn.backend == "offline" and elapsed < 3.0


def test_429_then_success_waits_for_retry_after(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(status=429, retry_after=0.4), REPLY)
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake))
    turn, elapsed = timed_say(session)
    assert turn.owner_reply == REPLY and turn.backend == "openai" and turn.notice is None
    assert len(fake.requests) == 2
    assert fake.requests[1].received - fake.requests[0].received >= 0.4


def test_a_retry_after_beyond_the_deadline_is_not_waited_for(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(status=429, retry_after=30))
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake, 2.0))
    turn, elapsed = timed_say(session)
    assert turn.backend == "offline" and "429" in (turn.notice or "")
    assert elapsed < 1.5 and len(fake.requests) == 1


def test_5xx_then_success(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(status=503), Reply(status=500), REPLY)
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake))
    turn, _ = timed_say(session)
    assert turn.owner_reply == REPLY and len(fake.requests) == 3


def test_retries_are_bounded(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", *[Reply(status=500)] * 10)
    session = open_session(
        "move_on_owner", "en", store=None, settings=settings_for(fake, llm_retries=2)
    )
    turn, _ = timed_say(session)
    assert turn.backend == "offline" and len(fake.requests) == 3


def test_a_client_error_is_not_retried(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(status=401), Reply(status=401))
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake))
    turn, _ = timed_say(session)
    assert turn.backend == "offline" and "401" in (turn.notice or "")
    assert len(fake.requests) == 1


def test_a_refused_server_fails_within_the_deadline() -> None:
    with FakeOpenAI() as gone:
        url = gone.base_url  # the port is closed once the server stops
    settings = Settings(openai_base_url=url, model="m", llm_timeout=1.5, judge_enabled=False)
    session = open_session("move_on_owner", "en", store=None, settings=settings)
    turn, elapsed = timed_say(session)
    assert turn.backend == "offline" and elapsed < 3.5


def test_a_server_refusing_late_system_messages_gets_the_note_in_the_user_turn(
    fake: FakeOpenAI,
) -> None:
    fake.reject_late_system = True
    fake.script("fake-owner", REPLY, "Go on.")
    session = open_session("move_on_owner", "en", store=None, settings=settings_for(fake))
    assert session.say(OPENING).owner_reply == REPLY
    assert session.say("What brought you to apply?").owner_reply == "Go on."
    refused, accepted, later = fake.requests
    assert refused.messages[-1]["role"] == "system"
    assert [m["role"] for m in accepted.messages] == ["system", "user"]
    assert "Director's note" in accepted.messages[-1]["content"]
    assert "stream_options" not in accepted.body and "stream_options" not in later.body
    assert [m["role"] for m in later.messages][-1] == "user"  # remembered: no second refusal

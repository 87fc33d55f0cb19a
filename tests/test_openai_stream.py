"""Streaming: the owner's reply reaches the caller chunk by chunk, the turn is committed whole."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from simulator import open_session
from simulator.session import Partial, Turn
from simulator.settings import Settings
from simulator.store import open_store

from .fake_openai import FakeOpenAI, Reply

OPENING = "本日はお時間をいただきありがとうございます。"
REPLY = "あ…どうも。角田です。今日は、わざわざすみません。"


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


def test_the_reply_streams_then_the_committed_turn_comes_last(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    fake.script("fake-owner", Reply(text=REPLY, interval=0.02, chunk_chars=4))
    session = open_session("reluctant_successor", "ja", store=db, settings=settings_for(fake))
    store = open_store(db)
    items = []
    for item in session.say_stream(OPENING):
        if isinstance(item, Partial):
            assert store.turns(session.id) == []  # nothing half-written in the store
        items.append(item)
    *partials, turn = items
    assert isinstance(turn, Turn) and turn.owner_reply == REPLY
    assert len(partials) >= 5 and all(isinstance(p, Partial) for p in partials)
    texts = [p.text for p in partials]
    assert all(REPLY.startswith(t) for t in texts)  # each is the reply so far
    assert texts == sorted(texts, key=len) and texts[-1] == REPLY
    assert [t.owner_reply for t in store.turns(session.id)] == [REPLY]


def test_text_reaches_the_caller_while_the_server_is_still_sending(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(text=REPLY, chunk_chars=3, stall=1.0))
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    first_seen = None
    for item in session.say_stream(OPENING):
        if isinstance(item, Partial) and first_seen is None:
            first_seen = time.perf_counter()
    sent = fake.requests[0].sent
    assert first_seen is not None and len(sent) > 5
    assert sent[0] <= first_seen < sent[-1]  # before the server's last chunk: really streamed


def test_offline_sessions_yield_the_turn_at_once() -> None:
    session = open_session("reluctant_successor", "ja", store=None)
    items = list(session.say_stream(OPENING))
    assert len(items) == 1 and isinstance(items[0], Turn)


def test_a_broken_stream_is_retried_and_the_shown_text_withdrawn(fake: FakeOpenAI) -> None:
    fake.script("fake-owner", Reply(text="途中で切れる返事です。", break_after=2), REPLY)
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    items = list(session.say_stream(OPENING))
    turn = items[-1]
    assert isinstance(turn, Turn) and turn.owner_reply == REPLY and turn.backend == "openai"
    texts = [i.text for i in items[:-1]]
    assert "途中" in texts[0] and "" in texts  # shown, then withdrawn before the retry
    assert len(fake.requests) == 2


def test_a_stream_that_keeps_breaking_falls_back_and_loses_nothing(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    fake.script("fake-owner", *[Reply(text="切れます。切れます。", break_after=1)] * 3)
    session = open_session(
        "reluctant_successor", "ja", store=db, settings=settings_for(fake, llm_retries=2)
    )
    turn = list(session.say_stream(OPENING))[-1]
    assert isinstance(turn, Turn) and turn.backend == "offline"
    assert turn.notice and "オフライン" in turn.notice
    row = open_store(db).turns(session.id)[0]
    assert row.trainee_text == OPENING and row.owner_reply == turn.owner_reply
    assert row.notice == turn.notice and len(fake.requests) == 3


def test_a_stream_without_its_end_is_not_taken_for_a_reply(fake: FakeOpenAI) -> None:
    # a body that ends when the connection closes, with neither a finish_reason nor [DONE]:
    # cut off, retried
    cut = Reply(text="終わりのない返事", finish_reason="", done=False, chunked=False)
    fake.script("fake-owner", cut, REPLY)
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    assert session.say(OPENING).owner_reply == REPLY and len(fake.requests) == 2


def test_minimal_servers_still_work(fake: FakeOpenAI) -> None:
    # [DONE] without a finish_reason, a close-delimited body, and a server ignoring stream=true
    fake.script(
        "fake-owner",
        Reply(text="はい、どうぞ。", finish_reason="", chunked=False),
        Reply(text="ええ、まあ。", ignore_stream=True),
    )
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    assert session.say(OPENING).owner_reply == "はい、どうぞ。"
    turn = session.say("それで？")
    assert turn.owner_reply == "ええ、まあ。" and turn.tokens_in > 0 and len(fake.requests) == 2


def test_a_reply_cut_by_the_token_cap_ends_at_a_full_sentence(fake: FakeOpenAI) -> None:
    fake.script(
        "fake-owner", Reply(text="そうですね。うちの場合は、まあ色々と", finish_reason="length")
    )
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    assert session.say(OPENING).owner_reply == "そうですね。"


def test_the_stream_can_be_read_from_changing_threads(fake: FakeOpenAI) -> None:
    """Gradio calls ``next`` on a generator from worker threads; the lock stays with the turn."""
    fake.script("fake-owner", Reply(text=REPLY, interval=0.01))
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    stream = session.say_stream(OPENING)
    seen: list[object] = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        while not seen or not isinstance(seen[-1], Turn):
            seen.append(pool.submit(next, stream).result(timeout=10))
    assert seen[-1].owner_reply == REPLY  # type: ignore[attr-defined]
    fake.script("fake-owner", "はい。")
    assert session.say("それで？").index == 1  # the lock was released


def test_a_caller_that_stops_reading_still_gets_the_turn_committed(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    fake.script("fake-owner", Reply(text=REPLY, interval=0.02))
    session = open_session("reluctant_successor", "ja", store=db, settings=settings_for(fake))
    stream = session.say_stream(OPENING)
    assert isinstance(next(stream), Partial)
    stream.close()  # the browser went away
    with session.lock:  # the turn finishes under the lock, then the next one may start
        rows = open_store(db).turns(session.id)
    assert [r.owner_reply for r in rows] == [REPLY] and len(session.turns) == 1


def test_input_errors_come_out_of_the_stream() -> None:
    from simulator.errors import InputError

    with FakeOpenAI() as fake:
        session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
        with pytest.raises(InputError):
            list(session.say_stream("   "))
        assert fake.requests == [] and session.turns == []


def test_a_slow_caller_gets_the_latest_text_not_a_backlog(fake: FakeOpenAI) -> None:
    """A page slower than the stream skips to the reply so far; nothing is lost or reordered."""
    fake.script("fake-owner", Reply(text=REPLY, chunk_chars=1, interval=0.002))
    session = open_session("reluctant_successor", "ja", store=None, settings=settings_for(fake))
    items = []
    for item in session.say_stream(OPENING):
        items.append(item)
        time.sleep(0.05)  # the page draws slowly
    *partials, turn = items
    assert isinstance(turn, Turn) and turn.owner_reply == REPLY
    texts = [p.text for p in partials if p.text]
    assert texts and texts[-1] == REPLY and all(REPLY.startswith(t) for t in texts)
    assert texts == sorted(texts, key=len)
    assert len(partials) < len(fake.requests[0].sent) // 2  # skipped, not queued up


def test_the_client_joins_text_that_arrived_while_the_caller_was_busy(fake: FakeOpenAI) -> None:
    from simulator.voice.client import ChatClient, Deadline, Done

    fake.script("fake-owner", Reply(text=REPLY, chunk_chars=1, interval=0.002))
    chat = ChatClient(settings_for(fake))
    pieces: list[str] = []
    done = None
    for item in chat.stream(
        model="fake-owner",
        messages=[{"role": "user", "content": OPENING}],
        deadline=Deadline(5),
        max_tokens=100,
    ):
        if isinstance(item, Done):
            done = item
        else:
            pieces.append(item)
            time.sleep(0.03)
    assert "".join(pieces) == REPLY and done is not None and done.finish_reason == "stop"
    assert 1 < len(pieces) < len(REPLY) // 2  # several chunks went out as one piece

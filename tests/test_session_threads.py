"""One session shared between threads: turns are computed one at a time from the latest state."""

from __future__ import annotations

import threading

from simulator import Turn, open_session


def test_concurrent_say_on_one_session_keeps_the_turns_consistent(tmp_path):
    session = open_session("distrustful_founder", "ja", store=tmp_path / "s.db", seed=3)
    lines = ["本日はよろしくお願いします。", "どんなお仕事をされているんですか？", "なるほど、それで？",
             "人のことで困っていらっしゃるんですね。"]
    barrier = threading.Barrier(len(lines))
    errors: list[BaseException] = []

    def speak(text: str) -> None:
        barrier.wait()
        try:
            session.say(text)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=speak, args=(t,)) for t in lines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert [t.index for t in session.turns] == [0, 1, 2, 3]
    # each turn's engine state follows the one before: the turn counter never repeats
    stored = session.store.turns(session.id)
    assert [r.state["turn"] for r in stored] == [1, 2, 3, 4]
    assert session.state.turn == 4


def test_say_stream_ends_with_the_committed_turn(tmp_path):
    session = open_session("move_on_owner", "ja", store=tmp_path / "s.db")
    events = list(session.say_stream("本日はお時間をいただきありがとうございます。"))
    assert isinstance(events[-1], Turn)
    assert session.store.turns(session.id)[-1].owner_reply == events[-1].owner_reply

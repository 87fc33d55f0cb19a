"""A process killed with SIGKILL in the middle of its turns loses no committed turn."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from simulator.store import open_store

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import sys
from simulator.store import TurnRecord, open_store

store = open_store(sys.argv[1])
rec = store.create_session(persona_id="p", lang="ja", seed=0, backend="offline")
print("session", rec.id, flush=True)
i = 0
while True:
    state = {"turn": i, "trust": i * 0.5, "blob": "状態" * 500}
    store.append_turn(rec.id, TurnRecord(index=i, trainee_text=f"質問{i}", owner_reply=f"返答{i}",
                                         state=state))
    print(i, flush=True)   # printed only after append_turn returned (committed)
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_writer_keeps_every_committed_turn(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    open_store(path).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env,
        cwd=ROOT,
    )  # fmt: skip
    assert child.stdout is not None
    session_id = child.stdout.readline().split()[1]
    confirmed: list[int] = []
    deadline = time.monotonic() + 20
    while len(confirmed) < 150 and time.monotonic() < deadline:
        confirmed.append(int(child.stdout.readline()))
    child.send_signal(signal.SIGKILL)  # lands in the middle of some later append
    child.wait()
    assert len(confirmed) >= 150

    store = open_store(path)  # recovers from the WAL
    turns = store.turns(session_id)
    stored = [t.index for t in turns]
    assert stored[: len(confirmed)] == confirmed  # every acknowledged turn is there
    assert stored == list(range(len(stored)))  # and nothing torn or out of order
    assert store.get_session(session_id).turn_count == len(stored)
    last = turns[len(confirmed) - 1]
    assert last.state["turn"] == last.index  # the engine state to resume from is intact
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_resume_continues_from_last_stored_turn(tmp_path: Path) -> None:
    from simulator.store import TurnRecord

    path = tmp_path / "resume.db"
    store = open_store(path)
    rec = store.create_session(persona_id="p", lang="ja", seed=3, backend="offline")
    for i in range(3):
        store.append_turn(rec.id, TurnRecord(index=i, trainee_text="q", owner_reply="a",
                                             state={"n": i}))  # fmt: skip
    store.db.conn.close()  # the browser closes, the process dies: no clean shutdown
    reopened = open_store(path)
    last = reopened.last_turn(rec.id)
    assert last is not None and last.index == 2 and last.state == {"n": 2}
    reopened.append_turn(rec.id, TurnRecord(index=3, trainee_text="q", owner_reply="a"))
    assert reopened.get_session(rec.id).turn_count == 4
    reopened.close()

"""Many writers at once, in threads and in processes: no ``database is locked`` escapes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from simulator.store import TurnRecord, open_store

ROOT = Path(__file__).resolve().parents[1]
TURNS = 25

PROCESS = r"""
import sys
from simulator.store import TurnRecord, open_store

store = open_store(sys.argv[1])
for s in range(3):
    rec = store.create_session(persona_id="p", lang="ja", seed=s, backend="offline")
    for i in range(int(sys.argv[2])):
        store.append_turn(rec.id, TurnRecord(index=i, trainee_text="q", owner_reply="a",
                                             state={"i": i}))
    store.finish_session(rec.id, scores={"listening": 50.0}, hidden_issue_reached=False)
store.close()
"""


def test_threads_and_processes_write_together(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    shared = open_store(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", PROCESS, str(path), str(TURNS)],
            env=env,
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(4)
    ]
    errors: list[BaseException] = []
    ids: list[str] = []

    def writer(n: int) -> None:
        # half the threads share one Store, half open their own connection
        store = shared if n % 2 else open_store(path)
        try:
            rec = store.create_session(persona_id="p", lang="ja", seed=n, backend="offline")
            ids.append(rec.id)
            for i in range(TURNS):
                store.append_turn(rec.id, TurnRecord(index=i, trainee_text=f"{n}", owner_reply="a"))
                store.turns(rec.id)  # readers interleave with writers
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            if store is not shared:
                store.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results = [(p.wait(timeout=60), p.stderr.read() if p.stderr else "") for p in procs]

    assert errors == []
    assert all(code == 0 for code, _ in results), results
    assert len(ids) == 20
    for sid in ids:
        assert [t.index for t in shared.turns(sid)] == list(range(TURNS))
    count = shared.db.execute("SELECT count(*) FROM turns").fetchone()[0]
    assert count == 20 * TURNS + 4 * 3 * TURNS
    finished = shared.db.execute("SELECT count(*) FROM sessions WHERE finished = 1").fetchone()[0]
    assert finished == 12
    shared.close()

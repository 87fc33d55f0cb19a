"""Online backup while writers run, verification and restore."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.errors import InputError
from simulator.settings import Settings
from simulator.store import TurnRecord, open_store
from simulator.store.backup import backup_database, check_database, restore_database


def test_backup_is_consistent_while_writing(tmp_path: Path) -> None:
    live = tmp_path / "live.db"
    store = open_store(live)
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            rec = store.create_session(persona_id="p", lang="ja", seed=0, backend="offline")
            for i in range(5):
                store.append_turn(rec.id, TurnRecord(index=i, trainee_text="q", owner_reply="a"))

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = [backup_database(live, tmp_path / f"b{n}.db") for n in range(5)]
    finally:
        stop.set()
        thread.join()
    for check in copies:
        assert check.integrity == "ok" and not check.pending
        conn = sqlite3.connect(check.path)
        # consistent: each session's turn_count matches its stored turns
        mismatched = conn.execute(
            "SELECT count(*) FROM sessions s WHERE s.turn_count !="
            " (SELECT count(*) FROM turns t WHERE t.session_id = s.id)"
        ).fetchone()[0]
        assert mismatched == 0
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()
    with pytest.raises(InputError, match="already exists"):
        backup_database(live, tmp_path / "b0.db")
    store.close()


def test_cli_backup_verify_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = Settings.from_env().db_path
    store = open_store(live)
    store.add_user("keep", "password123", "trainee")
    store.close()
    backup = tmp_path / "backup.db"
    assert main(["backup", str(backup)]) == 0
    assert main(["backup", "--verify", str(backup)]) == 0
    assert "integrity ok; users 1" in capsys.readouterr().out

    store = open_store(live)
    store.add_user("later", "password123", "trainee")
    store.close()
    assert main(["backup", "--restore", str(backup)]) == 0
    store = open_store(live)
    assert [u.username for u in store.list_users()] == ["keep"]
    store.close()
    assert main(["backup", "--verify", str(tmp_path / "missing.db")]) == 2


def test_restore_refuses_a_damaged_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(InputError):
        restore_database(bad, tmp_path / "live.db")
    with pytest.raises(InputError):
        check_database(bad)

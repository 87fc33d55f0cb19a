"""Schema migrations: from an empty database, from an older file, and refusing newer ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from simulator.store import Store, TurnRecord, open_store
from simulator.store.base import SchemaTooNewError
from simulator.store.migrations import migration_names, migrations


def test_empty_memory_database_gets_every_table() -> None:
    db = Database(memory=True)
    store = Store(db)
    assert store.applied_migrations == migration_names()
    assert {"users", "cohorts", "cohort_members", "sessions", "turns", "comments",
            "score_overrides", "custom_personas"} <= set(db.table_names())  # fmt: skip
    turn_columns = set(db.table("turns").columns_dict)
    assert {"state", "backend", "tokens_in", "tokens_out", "latency_ms", "notice"} <= turn_columns
    assert db.table("turns").pks == ["session_id", "turn_index"]
    assert migrations.pending(db) == []


def test_file_database_uses_wal_and_reopens_without_migrating(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    first = open_store(path)
    assert first.db.journal_mode == "wal"
    first.close()
    again = open_store(path)
    assert again.applied_migrations == []
    again.close()


def test_upgrade_from_older_file_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m002_turn_metrics")  # the first released schema
    db.execute(
        "INSERT INTO users (username, display_name, role, password_hash, disabled, created_at)"
        " VALUES ('old', 'Old', 'trainee', 'scrypt$x', 0, '2025-01-01T00:00:00+00:00')"
    )
    db.execute(
        "INSERT INTO sessions (id, persona_id, lang, seed, backend, user_id, source, created_at,"
        " updated_at, finished, turn_count) VALUES ('s1', 'distrustful_founder', 'ja', 0,"
        " 'offline', 1, 'simulated', '2025-01-01', '2025-01-01', 0, 2)"
    )
    for i in range(2):
        db.execute(
            "INSERT INTO turns (session_id, turn_index, trainee_text, owner_reply, acts, scores,"
            " state, trust, created_at) VALUES ('s1', ?, 'q', 'a', '[]', '{}', ?, 40, '2025')",
            (i, f'{{"turn": {i}}}'),
        )
    assert "tokens_in" not in db.table("turns").columns_dict
    db.close()

    store = open_store(path)
    assert store.applied_migrations == migration_names()[1:]
    turns = store.turns("s1")
    assert [t.index for t in turns] == [0, 1]
    assert [t.state for t in turns] == [{"turn": 0}, {"turn": 1}]
    assert turns[0].tokens_in == 0 and turns[0].latency_ms == 0
    assert store.get_user("old").display_name == "Old"
    # the upgraded file takes new-style rows too
    store.append_turn("s1", TurnRecord(index=2, trainee_text="x", owner_reply="y", tokens_in=5))
    assert store.turns("s1")[-1].tokens_in == 5
    store.close()


def test_each_intermediate_version_upgrades(tmp_path: Path) -> None:
    names = migration_names()
    for stop in names[1:]:
        path = tmp_path / f"{stop}.db"
        db = Database(path)
        migrations.apply(db, stop_before=stop)
        db.close()
        store = open_store(path)
        assert store.applied_migrations == names[names.index(stop) :]
        store.close()


def test_newer_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('simulator_store', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError, match="m999_future"):
        open_store(path)


def test_failed_migration_leaves_no_trace(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    db = Database(path)
    migrations.apply(db, stop_before="m003_review")
    db.execute("CREATE TABLE comments (x)")  # a clash makes m003 fail
    db.close()
    with pytest.raises(sqlite3.OperationalError):
        open_store(path)
    db = Database(path)
    assert [m.name for m in migrations.applied(db)] == migration_names()[:2]
    assert "score_overrides" not in db.table_names()
    db.close()

"""The store's core: one :class:`Database`, its pragmas, migrations and transaction helpers."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from sqlite_utils import Database

from ..errors import SimulatorError
from . import db as dbmod
from .migrations import migration_names, migrations

T = TypeVar("T")


class SchemaTooNewError(SimulatorError):
    """The file was written by a newer version of the simulator."""


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def upgrade(db: Database, file_lock: threading.RLock) -> list[str]:
    """Apply pending migrations under ``BEGIN IMMEDIATE`` (safe when processes race).

    Returns the names applied. Refuses a file that has migrations this version lacks.
    """
    known = set(migration_names())
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise SchemaTooNewError(
            f"the store was written by a newer simulator (migrations {', '.join(unknown)}); "
            "upgrade the simulator"
        )
    if not migrations.pending(db):
        return []

    def attempt() -> list[str]:
        with dbmod.immediate(db):
            names = [m.name for m in migrations.pending(db)]
            migrations.apply(db)
            return names

    with file_lock:
        return dbmod.retry(attempt)


class StoreBase:
    """Holds the database; the mixins in ``accounts``, ``sessions`` and ``review`` use it."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._conn_lock = threading.RLock()
        self._file_lock = dbmod.write_lock(db)
        dbmod.configure(db)
        self.applied_migrations = upgrade(db, self._file_lock)
        self._turn_commits = dbmod.group_commit(db)

    # -- transaction helpers -------------------------------------------------------------
    def _write(self, body: Callable[[sqlite3.Connection], T]) -> T:
        return dbmod.write(self.db, self._file_lock, self._conn_lock, body)

    def _read(self, body: Callable[[sqlite3.Connection], T]) -> T:
        return dbmod.read(self.db, self._conn_lock, body)

    def _rows(self, sql: str, params: tuple | list | dict = ()) -> list[dict[str, Any]]:
        def body(conn: sqlite3.Connection) -> list[dict[str, Any]]:
            cur = conn.execute(sql, params)
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

        return self._read(body)

    def close(self) -> None:
        with self._conn_lock:
            self.db.close()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

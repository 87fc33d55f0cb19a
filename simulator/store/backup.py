"""Online backup, verification and restore, with SQLite's backup API.

``backup_database`` copies the live file page by page through a *separate read connection*
(``sqlite3.Connection.backup``): in WAL mode the copy is one consistent snapshot while
writers go on. The copy is written to a temporary file, switched to ``journal_mode=DELETE``
(a single self-contained file), checked with ``PRAGMA integrity_check`` and only then moved
into place. ``restore_database`` runs the same API the other way, so the live file's WAL and
locks are respected, and then migrates an older backup to the current schema.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from pydantic import BaseModel

from ..errors import InputError
from .db import BUSY_TIMEOUT_MS, retry
from .migrations import MIGRATION_SET, migration_names

TABLES = ("users", "cohorts", "cohort_members", "sessions", "turns", "comments",
          "score_overrides", "custom_personas")  # fmt: skip


class StoreCheck(BaseModel):
    path: str
    integrity: str
    applied: list[str]
    pending: list[str]
    unknown: list[str]
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.unknown


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)


def check_database(path: str | Path) -> StoreCheck:
    """Integrity, schema version and row counts of a store file (read only)."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such database file", source=str(path))
    conn = _connect(path, readonly=True)
    try:
        try:
            integrity = "; ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a SQLite database: {exc}", source=str(path)) from None
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied: list[str] = []
        if "_sqlite_migrations" in names:
            applied = [
                r[0]
                for r in conn.execute(
                    "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
                    (MIGRATION_SET,),
                )
            ]
        counts = {
            t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
            for t in TABLES
            if t in names
        }
    finally:
        conn.close()
    known = migration_names()
    return StoreCheck(
        path=str(path),
        integrity=integrity,
        applied=applied,
        pending=[m for m in known if m not in applied],
        unknown=[m for m in applied if m not in known],
        counts=counts,
    )


def backup_database(source: str | Path, dest: str | Path, *, overwrite: bool = False) -> StoreCheck:
    """A consistent copy of the live store at ``dest`` (safe while the app is writing)."""
    source, dest = Path(source), Path(dest)
    if not source.is_file():
        raise InputError("no store to back up", source=str(source))
    if dest.exists() and not overwrite:
        raise InputError("the backup file already exists (use --force to replace it)", source=str(dest))  # fmt: skip
    if dest.resolve() == source.resolve():
        raise InputError("the backup must not overwrite the store itself", source=str(dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    src = _connect(source)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            retry(lambda: src.backup(dst))
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    check = check_database(tmp)
    if check.integrity != "ok":
        tmp.unlink(missing_ok=True)
        raise InputError(f"the copy failed its integrity check: {check.integrity}", source=str(dest))  # fmt: skip
    os.replace(tmp, dest)
    return check.model_copy(update={"path": str(dest)})


def restore_database(backup: str | Path, live: str | Path) -> StoreCheck:
    """Replace the live store's content with ``backup`` (verified first), then migrate it."""
    backup, live = Path(backup), Path(live)
    check = check_database(backup)
    if check.integrity != "ok":
        raise InputError(f"the backup is damaged: {check.integrity}", source=str(backup))
    if check.unknown:
        raise InputError("the backup was made by a newer simulator; upgrade first", source=str(backup))  # fmt: skip
    live.parent.mkdir(parents=True, exist_ok=True)
    src = _connect(backup, readonly=True)
    try:
        dst = _connect(live)
        try:
            retry(lambda: src.backup(dst))
        finally:
            dst.close()
    finally:
        src.close()
    from . import open_store

    open_store(live).close()  # WAL on, pending migrations applied
    return check_database(live)

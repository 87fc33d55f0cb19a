"""Opening the SQLite file: WAL, durability, busy timeout, write serialisation and retry.

Concurrency model:

- every write runs in ``BEGIN IMMEDIATE`` (the write lock is taken up front, so two writers
  never deadlock upgrading a read lock) and is committed before the call returns;
- writers in one process are serialised by one lock per database file, so they queue in
  Python instead of spinning in SQLite's coarse busy handler;
- writers in other processes meet SQLite's ``busy_timeout``; if that still reports
  ``database is locked``/``busy`` the whole transaction is retried with back-off, a bounded
  number of times, and then :class:`StoreBusyError` (a user-facing error) is raised — the raw
  ``sqlite3.OperationalError`` never escapes;
- ``synchronous=FULL`` in WAL mode: a committed turn survives a killed process and a power
  cut.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from ..errors import SimulatorError

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5_000
RETRY_ATTEMPTS = 8
RETRY_BASE_DELAY_S = 0.005


class StoreBusyError(SimulatorError):
    """The database stayed locked by other writers beyond the retry budget."""

    def __init__(self, waited_s: float) -> None:
        super().__init__(
            f"the session store is busy (other writers held it for {waited_s:.1f} s); "
            "please try again"
        )


def connect(path: str | Path | None) -> Database:
    """A :class:`Database` usable from several threads; ``None`` gives an in-memory one."""
    if path is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
    else:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    return Database(conn)


def database_file(db: Database) -> str:
    """The main file of ``db``, or ``""`` for an in-memory database."""
    for row in db.conn.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return str(row[2] or "")
    return ""


def configure(db: Database) -> None:
    """Pragmas every connection of the store needs (idempotent)."""
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if database_file(db):
        retry(lambda: db.enable_wal())
        conn.execute("PRAGMA synchronous=FULL")


_LOCKS: dict[str, threading.RLock] = {}
_LOCKS_GUARD = threading.Lock()


def write_lock(db: Database) -> threading.RLock:
    """One re-entrant lock per database file in this process (per connection in memory)."""
    key = database_file(db)
    key = str(Path(key).resolve()) if key else f"memory:{id(db.conn)}"
    with _LOCKS_GUARD:
        lock = _LOCKS.get(key)
        if lock is None:
            lock = _LOCKS[key] = threading.RLock()
        return lock


def is_busy(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    message = str(exc).lower()
    return "locked" in message or "busy" in message


def retry(fn: Callable[[], T], attempts: int = RETRY_ATTEMPTS) -> T:
    """Call ``fn``; on ``database is locked``/``busy`` wait with jittered back-off and retry."""
    started = time.monotonic()
    for attempt in range(attempts):
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            if attempt == attempts - 1:
                raise StoreBusyError(time.monotonic() - started) from exc
            time.sleep(RETRY_BASE_DELAY_S * (2**attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


@contextmanager
def immediate(db: Database) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` transaction, committed on success, rolled back on error.

    Use through :func:`write`, which adds the lock and the retry.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def write(
    db: Database,
    file_lock: threading.RLock,
    conn_lock: threading.RLock,
    body: Callable[[sqlite3.Connection], T],
) -> T:
    """Run ``body(conn)`` in its own committed transaction, serialised and retried.

    ``body`` must only touch the database (it may run more than once when retried).
    Locks are always taken in the order file lock, then connection lock.
    """

    def attempt() -> T:
        with immediate(db) as conn:
            return body(conn)

    with file_lock, conn_lock:
        return retry(attempt)


def read(db: Database, lock: threading.RLock, body: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``body(conn)`` under the connection's own lock (a connection is not shared
    between threads mid-query); WAL readers never wait for writers."""
    with lock:
        return retry(lambda: body(db.conn))


class _Ticket:
    __slots__ = ("body", "done", "error")

    def __init__(self, body: Callable[[sqlite3.Connection], None]) -> None:
        self.body = body
        self.done = False
        self.error: BaseException | None = None


class GroupCommit:
    """Group commit for a hot, small write (a turn): concurrent callers share one transaction.

    The first caller becomes the leader, takes every pending write, runs each in its own
    SAVEPOINT (one caller's error — a duplicate index — does not affect the others) and
    commits once; every caller returns only after the COMMIT that contains its write, so a
    returned call is durable. There is one per database file in a process (like the write
    lock): the leader runs the batch on its own connection. Under load this spends one fsync on many turns instead of one
    each; alone, a caller just commits its own write.
    """

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self._pending: list[_Ticket] = []
        self._leader = False

    def submit(
        self,
        body: Callable[[sqlite3.Connection], None],
        run: Callable[[Callable[[sqlite3.Connection], None]], None],
    ) -> None:
        """Commit ``body``; ``run`` (the caller's own connection) is used if it leads."""
        ticket = _Ticket(body)
        with self._cv:
            self._pending.append(ticket)
            while not ticket.done and self._leader:
                self._cv.wait()
            if not ticket.done:
                self._leader = True
                batch, self._pending = self._pending, []
        if not ticket.done:
            self._lead(batch, run)
        if ticket.error is not None:
            raise ticket.error

    def _lead(
        self, batch: list[_Ticket], run: Callable[[Callable[[sqlite3.Connection], None]], None]
    ) -> None:
        def body(conn: sqlite3.Connection) -> None:
            for number, t in enumerate(batch):
                t.error = None
                conn.execute(f"SAVEPOINT turn_{number}")
                try:
                    t.body(conn)
                except SimulatorError as exc:
                    conn.execute(f"ROLLBACK TO turn_{number}")
                    t.error = exc
                conn.execute(f"RELEASE turn_{number}")

        try:
            run(body)
        except BaseException as exc:  # the whole transaction failed: every caller learns it
            for t in batch:
                t.error = exc
        finally:
            with self._cv:
                for t in batch:
                    t.done = True
                self._leader = False
                self._cv.notify_all()


_GROUPS: dict[str, GroupCommit] = {}


def group_commit(db: Database) -> GroupCommit:
    """The process's :class:`GroupCommit` for ``db``'s file (per connection in memory)."""
    key = database_file(db)
    key = str(Path(key).resolve()) if key else f"memory:{id(db.conn)}"
    with _LOCKS_GUARD:
        group = _GROUPS.get(key)
        if group is None:
            group = _GROUPS[key] = GroupCommit()
        return group

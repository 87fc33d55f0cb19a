"""The session store: users, cohorts, sessions, turns, comments and overrides in SQLite.

``open_store(path)`` opens (and migrates) a file — ``None`` gives an in-memory store;
``Store(db)`` wraps an existing :class:`sqlite_utils.Database`. The visibility rule for
trainees, instructors and admins lives in :mod:`simulator.store.access` and is applied by
every read, so the UI cannot forget it.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from .cohorts import CohortsMixin
from .db import StoreBusyError, connect
from .personas import PersonasMixin
from .records import (
    RUBRIC_IDS,
    Cohort,
    Comment,
    CustomPersona,
    ScoreOverride,
    SessionRecord,
    TurnRecord,
    User,
)
from .review import ReviewMixin
from .sessions import SessionsMixin


class Store(CohortsMixin, SessionsMixin, ReviewMixin, PersonasMixin):
    """All store operations on one database connection (thread-safe)."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)


def open_store(path: str | Path | None) -> Store:
    """Open or create the store at ``path`` (WAL, migrated); ``None`` keeps it in memory."""
    return Store(connect(path))


__all__ = [
    "RUBRIC_IDS",
    "Cohort",
    "Comment",
    "CustomPersona",
    "ScoreOverride",
    "SessionRecord",
    "Store",
    "StoreBusyError",
    "TurnRecord",
    "User",
    "open_store",
]

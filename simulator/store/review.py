"""Instructors' comments (per turn or per session) and human score overrides."""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import InputError, NotFoundError
from . import access
from .base import StoreBase
from .records import RUBRIC_IDS, Comment, ScoreOverride, User, now_iso


def _dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


class ReviewMixin(StoreBase):
    def _check_review_target(
        self, conn: sqlite3.Connection, session_id: str, author: User, turn_index: int | None
    ) -> None:
        access.require_staff(conn, author)
        if not access.can_see(conn, author, session_id):
            raise NotFoundError(f"no such session: {session_id}")
        if (
            turn_index is not None
            and not conn.execute(
                "SELECT 1 FROM turns WHERE session_id = ? AND turn_index = ?",
                (session_id, turn_index),
            ).fetchone()
        ):
            raise NotFoundError(f"session {session_id} has no turn {turn_index}")

    def add_comment(
        self, session_id: str, author: User, text: str, turn_index: int | None = None
    ) -> Comment:
        if not text.strip():
            raise InputError("a comment cannot be empty")

        def body(conn: sqlite3.Connection) -> int:
            self._check_review_target(conn, session_id, author, turn_index)
            return int(
                conn.execute(
                    "INSERT INTO comments (session_id, turn_index, author_id, text, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (session_id, turn_index, author.id, text, now_iso()),
                ).lastrowid
                or 0
            )

        new_id = self._write(body)
        return next(c for c in self.comments(session_id, None) if c.id == new_id)

    def comments(self, session_id: str, viewer: User | None = None) -> list[Comment]:
        """Comments on a session the viewer may see (a trainee sees those on their own)."""

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
            if not access.can_see(conn, viewer, session_id):
                return None
            return _dicts(
                conn.execute(
                    "SELECT c.id, c.session_id, c.turn_index, c.author_id,"
                    " COALESCE(u.display_name, u.username) AS author, c.text, c.created_at"
                    " FROM comments c JOIN users u ON u.id = c.author_id"
                    " WHERE c.session_id = ? ORDER BY c.turn_index IS NOT NULL, c.turn_index,"
                    " c.id",
                    (session_id,),
                )
            )

        rows = self._read(body)
        if rows is None:
            raise NotFoundError(f"no such session: {session_id}")
        return [Comment(**r) for r in rows]

    def override_score(
        self,
        session_id: str,
        author: User,
        rubric: str,
        score: float,
        turn_index: int | None = None,
        reason: str = "",
    ) -> ScoreOverride:
        if rubric not in RUBRIC_IDS:
            raise InputError(f"unknown rubric {rubric!r}; use one of: {', '.join(RUBRIC_IDS)}")
        if not 0 <= score <= 100:
            raise InputError(f"a score must be between 0 and 100, not {score}")

        def body(conn: sqlite3.Connection) -> int:
            self._check_review_target(conn, session_id, author, turn_index)
            return int(
                conn.execute(
                    "INSERT INTO score_overrides (session_id, turn_index, rubric, score, reason,"
                    " author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (session_id, turn_index, rubric, float(score), reason, author.id, now_iso()),
                ).lastrowid
                or 0
            )

        new_id = self._write(body)
        return next(o for o in self.overrides(session_id, None) if o.id == new_id)

    def overrides(self, session_id: str, viewer: User | None = None) -> list[ScoreOverride]:
        """Every override, oldest first (the latest per rubric and turn is the one in force)."""

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
            if not access.can_see(conn, viewer, session_id):
                return None
            return _dicts(
                conn.execute(
                    "SELECT o.id, o.session_id, o.turn_index, o.rubric, o.score, o.reason,"
                    " o.author_id, COALESCE(u.display_name, u.username) AS author, o.created_at"
                    " FROM score_overrides o JOIN users u ON u.id = o.author_id"
                    " WHERE o.session_id = ? ORDER BY o.id",
                    (session_id,),
                )
            )

        rows = self._read(body)
        if rows is None:
            raise NotFoundError(f"no such session: {session_id}")
        return [ScoreOverride(**r) for r in rows]

    def agreement_pairs(self, cohort_id: int, *, viewer: User | None) -> list[dict[str, Any]]:
        """Each instructor's override in force in the cohort beside the automatic score.

        One row per (session, turn or whole session, rubric, author): the author's latest
        override. Keys: ``session_id``, ``turn_index`` (``None``: the whole session),
        ``rubric``, ``human``, ``auto`` (``None`` when the tool gave no score: an unfinished
        session, a rubric that did not apply to the turn), ``author_id``, ``author``.
        ``NotFoundError`` when ``viewer`` does not teach the cohort.
        """

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
            exists = conn.execute("SELECT 1 FROM cohorts WHERE id = ?", (cohort_id,)).fetchone()
            if not exists or not access.teaches(conn, viewer, cohort_id):
                return None
            return _dicts(
                conn.execute(
                    "SELECT o.session_id, o.turn_index, o.rubric, o.score AS human,"
                    " CASE WHEN o.turn_index IS NULL"
                    "  THEN json_extract(s.scores, '$.' || o.rubric)"
                    "  ELSE (SELECT json_extract(t.scores, '$.' || o.rubric) FROM turns t"
                    "   WHERE t.session_id = o.session_id AND t.turn_index = o.turn_index)"
                    " END AS auto, o.author_id, COALESCE(u.display_name, u.username) AS author"
                    " FROM score_overrides o JOIN sessions s ON s.id = o.session_id"
                    " JOIN users u ON u.id = o.author_id"
                    " WHERE s.user_id IN (SELECT user_id FROM cohort_members WHERE cohort_id = ?)"
                    " AND o.id IN (SELECT MAX(id) FROM score_overrides"
                    "  GROUP BY session_id, turn_index, rubric, author_id)"
                    " ORDER BY o.id",
                    (cohort_id,),
                )
            )

        rows = self._read(body)
        if rows is None:
            raise NotFoundError(f"no such cohort: {cohort_id}")
        return rows


def effective_overrides(
    overrides: list[ScoreOverride],
) -> dict[int | None, dict[str, ScoreOverride]]:
    """turn index (``None`` = session) -> rubric -> the latest override in force."""
    result: dict[int | None, dict[str, ScoreOverride]] = {}
    for o in overrides:
        result.setdefault(o.turn_index, {})[o.rubric] = o
    return result

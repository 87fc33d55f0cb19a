"""Cohorts: a named group of trainees taught by an instructor, and the cohort summary."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..errors import InputError, NotFoundError
from . import access
from .accounts import AccountsMixin
from .records import Cohort, User, now_iso


class CohortsMixin(AccountsMixin):
    def create_cohort(self, name: str, instructor_id: int | None) -> Cohort:
        if not name.strip():
            raise InputError("a cohort needs a name")
        if instructor_id is not None and self.get_user(instructor_id).role == "trainee":
            raise InputError("a cohort's instructor must be an instructor or an admin")

        def body(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "INSERT INTO cohorts (name, instructor_id, created_at) VALUES (?, ?, ?)",
                (name, instructor_id, now_iso()),
            )
            return int(cur.lastrowid or 0)

        return self.get_cohort(self._write(body))

    def add_to_cohort(self, cohort_id: int, user_id: int) -> None:
        self.get_cohort(cohort_id)
        self.get_user(user_id)
        self._write(
            lambda conn: conn.execute(
                "INSERT OR IGNORE INTO cohort_members (cohort_id, user_id) VALUES (?, ?)",
                (cohort_id, user_id),
            )
        )

    def remove_from_cohort(self, cohort_id: int, user_id: int) -> None:
        self._write(
            lambda conn: conn.execute(
                "DELETE FROM cohort_members WHERE cohort_id = ? AND user_id = ?",
                (cohort_id, user_id),
            )
        )

    def get_cohort(self, cohort_id: int) -> Cohort:
        rows = self._rows("SELECT * FROM cohorts WHERE id = ?", (cohort_id,))
        if not rows:
            raise NotFoundError(f"no such cohort: {cohort_id}")
        members = self._rows(
            "SELECT user_id FROM cohort_members WHERE cohort_id = ? ORDER BY user_id", (cohort_id,)
        )
        return Cohort(**rows[0], member_ids=[m["user_id"] for m in members])

    def list_cohorts(self) -> list[Cohort]:
        return [self.get_cohort(r["id"]) for r in self._rows("SELECT id FROM cohorts ORDER BY id")]

    def can_read_cohort(self, viewer: User | None, cohort_id: int) -> bool:
        """Admins, the cohort's instructors and the system (``None``) read a whole cohort."""
        return self._read(lambda conn: access.teaches(conn, viewer, cohort_id))

    def cohort_summary(self, cohort_id: int, *, viewer: User | None = None) -> list[dict[str, Any]]:
        """One raw row per session of the cohort's members, with session-level overrides.

        ``NotFoundError`` when the cohort is missing or ``viewer`` does not teach it.
        """

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
            exists = conn.execute("SELECT 1 FROM cohorts WHERE id = ?", (cohort_id,)).fetchone()
            if not exists or not access.teaches(conn, viewer, cohort_id):
                return None
            cur = conn.execute(
                "SELECT s.id, s.persona_id, s.created_at, s.source, s.finished, s.turn_count,"
                " s.scores, s.hidden_issue_reached, u.username, u.display_name"
                " FROM sessions s JOIN cohort_members m ON m.user_id = s.user_id"
                " LEFT JOIN users u ON u.id = s.user_id"
                " WHERE m.cohort_id = ? ORDER BY u.username, s.created_at, s.id",
                (cohort_id,),
            )
            return _with_overrides(conn, cur, cohort_id)

        rows = self._read(body)
        if rows is None:
            raise NotFoundError(f"no such cohort: {cohort_id}")
        return rows

    # -- the instructor's review ---------------------------------------------------------------
    def teaching_cohorts(self, viewer: User) -> list[Cohort]:
        """The cohorts ``viewer`` may review: all for an admin, those an instructor teaches
        (or co-teaches as a member), none for a trainee."""

        def body(conn: sqlite3.Connection) -> list[int]:
            role = access.current_role(conn, viewer)
            if role == "admin":
                sql, params = "SELECT id FROM cohorts ORDER BY id", ()
            elif role == "instructor":
                sql = (
                    "SELECT id FROM cohorts WHERE instructor_id = ? UNION "
                    "SELECT cohort_id FROM cohort_members WHERE user_id = ? ORDER BY 1"
                )
                params = (viewer.id, viewer.id)
            else:
                return []
            return [int(r[0]) for r in conn.execute(sql, params)]

        return [self.get_cohort(i) for i in self._read(body)]

    def cohort_trainees(self, cohort_id: int, *, viewer: User | None) -> list[User]:
        """The cohort's trainees (co-instructors who are members are left out)."""
        if not self.can_read_cohort(viewer, cohort_id):
            raise NotFoundError(f"no such cohort: {cohort_id}")
        members = set(self.get_cohort(cohort_id).member_ids)
        return [u for u in self.list_users("trainee") if u.id in members]

    def review_rows(self, cohort_id: int, *, viewer: User | None) -> list[dict[str, Any]]:
        """One row per session of the cohort's trainees, newest first, for the review table.

        Keys: the session's columns, ``user_id``, ``username``, ``display_name``,
        ``trainee_turns`` (turns in which the trainee spoke), ``comments``, ``branches``
        (sessions tried again from this one) and ``overrides`` (rubric -> the session-level
        score in force). ``NotFoundError`` when ``viewer`` does not teach the cohort.
        """

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
            exists = conn.execute("SELECT 1 FROM cohorts WHERE id = ?", (cohort_id,)).fetchone()
            if not exists or not access.teaches(conn, viewer, cohort_id):
                return None
            cur = conn.execute(
                "SELECT s.id, s.persona_id, s.lang, s.created_at, s.updated_at, s.source,"
                " s.finished, s.turn_count, s.scores, s.hidden_issue_reached, s.parent_id,"
                " s.parent_turn, s.mode, s.title, s.user_id, u.username, u.display_name,"
                " (SELECT COUNT(*) FROM turns t WHERE t.session_id = s.id"
                "  AND t.trainee_text != '') AS trainee_turns,"
                " (SELECT COUNT(*) FROM comments c WHERE c.session_id = s.id) AS comments,"
                " (SELECT COUNT(*) FROM sessions k WHERE k.parent_id = s.id) AS branches"
                " FROM sessions s JOIN cohort_members m ON m.user_id = s.user_id"
                " JOIN users u ON u.id = s.user_id"
                " WHERE m.cohort_id = ? AND u.role = 'trainee'"
                " ORDER BY s.created_at DESC, s.id",
                (cohort_id,),
            )
            return _with_overrides(conn, cur, cohort_id)

        rows = self._read(body)
        if rows is None:
            raise NotFoundError(f"no such cohort: {cohort_id}")
        for row in rows:
            row["scores"] = json.loads(row["scores"]) if row["scores"] else None
            row["finished"] = bool(row["finished"])
            hidden = row["hidden_issue_reached"]
            row["hidden_issue_reached"] = None if hidden is None else bool(hidden)
        return rows

    def require_can_file_for(self, viewer: User, user_id: int | None) -> None:
        """A session may be filed for oneself; an instructor also for the trainees of the
        cohorts they teach; an admin for anyone. Anyone else: ``NotFoundError``."""

        def body(conn: sqlite3.Connection) -> bool:
            role = access.current_role(conn, viewer)
            if role is None:
                return False
            if user_id == viewer.id or role == "admin":
                return True
            if role != "instructor" or user_id is None:
                return False
            row = conn.execute(
                "SELECT 1 FROM cohort_members m WHERE m.user_id = ? AND m.cohort_id IN ("
                " SELECT id FROM cohorts WHERE instructor_id = ?"
                " UNION SELECT cohort_id FROM cohort_members WHERE user_id = ?)",
                (user_id, viewer.id, viewer.id),
            ).fetchone()
            return row is not None

        if not self._read(body):
            raise NotFoundError(f"no such user: {user_id}")


def _with_overrides(
    conn: sqlite3.Connection, cur: sqlite3.Cursor, cohort_id: int
) -> list[dict[str, Any]]:
    """The cohort's session rows of ``cur`` as dicts, each with the instructor's session-level
    score corrections (``overrides``: rubric -> score, the latest one winning)."""
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) | {"overrides": {}} for r in cur.fetchall()]
    by_id = {r["id"]: r for r in rows}
    for session_id, rubric, score in conn.execute(
        "SELECT o.session_id, o.rubric, o.score FROM score_overrides o"
        " JOIN sessions s ON s.id = o.session_id"
        " JOIN cohort_members m ON m.user_id = s.user_id AND m.cohort_id = ?"
        " WHERE o.turn_index IS NULL ORDER BY o.id",
        (cohort_id,),
    ):
        if session_id in by_id:
            by_id[session_id]["overrides"][rubric] = score
    return rows

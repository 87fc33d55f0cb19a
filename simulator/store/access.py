"""Who may see which session: the one place the visibility rule is written.

- no viewer (``None``): the system or the command line — everything;
- ``admin``: everything;
- ``instructor``: own sessions and those of every member of a cohort the instructor teaches
  (``cohorts.instructor_id``, or an instructor who is a member of the cohort: a co-instructor);
- ``trainee``: own sessions only;
- a disabled or deleted account: nothing.

The persona author's description of the owner's issues (表課題・裏課題 as the author wrote them)
is for staff only (:func:`sees_author_description`): a trainee reads what the owner said.

The viewer's role and state are re-read from the database on every check, so a stale
:class:`User` object (disabled since it logged in) does not keep its rights.
"""

from __future__ import annotations

import sqlite3

from ..errors import AccessDeniedError
from .records import User

NOTHING = ("0", ())
EVERYTHING = ("1", ())


def current_role(conn: sqlite3.Connection, viewer: User) -> str | None:
    """The viewer's role now, or ``None`` when the account is gone or disabled."""
    row = conn.execute("SELECT role, disabled FROM users WHERE id = ?", (viewer.id,)).fetchone()
    if row is None or row[1]:
        return None
    return str(row[0])


def session_filter(conn: sqlite3.Connection, viewer: User | None, alias: str = "s") -> tuple:
    """SQL condition over ``sessions AS alias`` selecting what ``viewer`` may see."""
    if viewer is None:
        return EVERYTHING
    role = current_role(conn, viewer)
    if role is None:
        return NOTHING
    if role == "admin":
        return EVERYTHING
    if role == "instructor":
        return (
            f"({alias}.user_id = ? OR {alias}.user_id IN ("
            " SELECT m.user_id FROM cohort_members m WHERE m.cohort_id IN ("
            "  SELECT id FROM cohorts WHERE instructor_id = ?"
            "  UNION SELECT cohort_id FROM cohort_members WHERE user_id = ?)))",
            (viewer.id, viewer.id, viewer.id),
        )
    return (f"{alias}.user_id = ?", (viewer.id,))


def can_see(conn: sqlite3.Connection, viewer: User | None, session_id: str) -> bool:
    clause, params = session_filter(conn, viewer)
    row = conn.execute(
        f"SELECT 1 FROM sessions s WHERE s.id = ? AND {clause}", (session_id, *params)
    ).fetchone()
    return row is not None


def require_staff(conn: sqlite3.Connection, author: User) -> None:
    """Comments and overrides are for instructors and admins with an active account."""
    if current_role(conn, author) not in ("instructor", "admin"):
        raise AccessDeniedError("only instructors and admins may comment on or rescore sessions")


def teaches(conn: sqlite3.Connection, viewer: User | None, cohort_id: int) -> bool:
    """Whether ``viewer`` may read the cohort's sessions as a whole (cohort CSV)."""
    if viewer is None:
        return True
    role = current_role(conn, viewer)
    if role == "admin":
        return True
    if role != "instructor":
        return False
    row = conn.execute(
        "SELECT 1 FROM cohorts WHERE id = ? AND instructor_id = ? UNION "
        "SELECT 1 FROM cohort_members WHERE cohort_id = ? AND user_id = ?",
        (cohort_id, viewer.id, cohort_id, viewer.id),
    ).fetchone()
    return row is not None


def sees_author_description(conn: sqlite3.Connection, viewer: User | None) -> bool:
    """Whether ``viewer`` may read the persona author's description of the surface and the
    underlying issue: an active instructor or admin. A trainee, a disabled account or no
    account at all (the local practice user) reads only the owner's own words from the
    transcript (issue 8): the description is the answer the meeting is for."""
    if viewer is None:
        return False
    return current_role(conn, viewer) in ("instructor", "admin")

"""Custom personas written by users, stored as JSON (validated by the persona model).

A custom persona belongs to the user who saved it (a supporter's rehearsal owner): only that
user replaces it; it is read by its owner, admins, the instructors who may read the owner's
sessions, and the system (``viewer=None``). Anyone else gets ``NotFoundError``, as for an id
that does not exist.
"""

from __future__ import annotations

import json
import sqlite3

from ..errors import InputError, NotFoundError
from . import access
from .base import StoreBase, loads
from .records import CustomPersona, User, now_iso


def _may_read(conn: sqlite3.Connection, viewer: User | None, owner_id: int | None) -> bool:
    if viewer is None or owner_id == viewer.id:
        return access.current_role(conn, viewer) is not None if viewer else True
    role = access.current_role(conn, viewer)
    if role == "admin":
        return True
    if role != "instructor" or owner_id is None:
        return False
    row = conn.execute(
        "SELECT 1 FROM cohort_members m WHERE m.user_id = ? AND m.cohort_id IN ("
        " SELECT id FROM cohorts WHERE instructor_id = ?"
        " UNION SELECT cohort_id FROM cohort_members WHERE user_id = ?)",
        (owner_id, viewer.id, viewer.id),
    ).fetchone()
    return row is not None


class PersonasMixin(StoreBase):
    def sees_author_description(self, viewer: User | None) -> bool:
        """Whether ``viewer`` may read the persona author's 表課題・裏課題 description
        (instructors and admins: access.sees_author_description)."""
        return bool(self._read(lambda conn: access.sees_author_description(conn, viewer)))

    def save_persona(
        self, persona_id: str, name: str, data: dict, *, user_id: int | None = None
    ) -> CustomPersona:
        """Create or replace a custom persona (validate ``data`` before calling).

        Replacing is only for the same owner: an id saved by another user is ``NotFoundError``.
        """
        if not persona_id.strip() or not name.strip():
            raise InputError("a custom persona needs an id and a name")
        body_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
        stamp = now_iso()

        def body(conn: sqlite3.Connection) -> int:
            return conn.execute(
                "INSERT INTO custom_personas (id, user_id, name, data, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                " name = excluded.name, data = excluded.data, updated_at = excluded.updated_at"
                " WHERE custom_personas.user_id IS excluded.user_id",
                (persona_id, user_id, name, body_json, stamp, stamp),
            ).rowcount

        if self._write(body) != 1:
            raise NotFoundError(f"no such custom persona: {persona_id}")
        return self.get_persona(persona_id)

    def get_persona(self, persona_id: str, *, viewer: User | None = None) -> CustomPersona:
        def body(conn: sqlite3.Connection) -> dict | None:
            cur = conn.execute("SELECT * FROM custom_personas WHERE id = ?", (persona_id,))
            row = cur.fetchone()
            if row is None:
                return None
            found = dict(zip([d[0] for d in cur.description], row, strict=True))
            return found if _may_read(conn, viewer, found["user_id"]) else None

        row = self._read(body)
        if row is None:
            raise NotFoundError(f"no such custom persona: {persona_id}")
        return CustomPersona(**{**row, "data": loads(row["data"])})

    def list_personas(self, *, user_id: int | None = None) -> list[CustomPersona]:
        sql, params = "SELECT * FROM custom_personas", ()
        if user_id is not None:
            sql, params = sql + " WHERE user_id = ?", (user_id,)
        rows = self._rows(sql + " ORDER BY name", params)
        return [CustomPersona(**{**r, "data": loads(r["data"])}) for r in rows]

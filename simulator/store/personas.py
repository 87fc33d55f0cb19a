"""Custom personas written by users, stored as JSON (validated by the persona model)."""

from __future__ import annotations

import json
import sqlite3

from ..errors import InputError, NotFoundError
from .base import StoreBase, loads
from .records import CustomPersona, now_iso


class PersonasMixin(StoreBase):
    def save_persona(
        self, persona_id: str, name: str, data: dict, *, user_id: int | None = None
    ) -> CustomPersona:
        """Create or replace a custom persona (validate ``data`` before calling)."""
        if not persona_id.strip() or not name.strip():
            raise InputError("a custom persona needs an id and a name")
        body_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
        stamp = now_iso()

        def body(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO custom_personas (id, user_id, name, data, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                " name = excluded.name, data = excluded.data, updated_at = excluded.updated_at",
                (persona_id, user_id, name, body_json, stamp, stamp),
            )

        self._write(body)
        return self.get_persona(persona_id)

    def get_persona(self, persona_id: str) -> CustomPersona:
        rows = self._rows("SELECT * FROM custom_personas WHERE id = ?", (persona_id,))
        if not rows:
            raise NotFoundError(f"no such custom persona: {persona_id}")
        return CustomPersona(**{**rows[0], "data": loads(rows[0]["data"])})

    def list_personas(self, *, user_id: int | None = None) -> list[CustomPersona]:
        sql, params = "SELECT * FROM custom_personas", ()
        if user_id is not None:
            sql, params = sql + " WHERE user_id = ?", (user_id,)
        rows = self._rows(sql + " ORDER BY name", params)
        return [CustomPersona(**{**r, "data": loads(r["data"])}) for r in rows]

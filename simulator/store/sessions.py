"""Sessions and their turns: create, append (durable per turn), finish, read, list, branch."""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from ..errors import AccessDeniedError, InputError, NotFoundError
from . import access
from .base import StoreBase, dumps, loads
from .records import SessionRecord, TurnRecord, User, now_iso

_TURN_COLUMNS = (
    "session_id, turn_index, trainee_text, owner_reply, acts, scores, evidence, suggestion,"
    " reaction, revealed, trust, stage, state, backend, notice, tokens_in, tokens_out,"
    " latency_ms, created_at, tokens_cached, judge, offline_scores"
)
_SESSION_COLUMNS = (
    "id, persona_id, lang, seed, backend, user_id, parent_id, parent_turn, title, source,"
    " created_at, updated_at, finished, scores, hidden_issue_reached, initial_state, turn_count,"
    " mode"
)


def new_session_id() -> str:
    return uuid.uuid4().hex


def turn_row(session_id: str, turn: TurnRecord) -> tuple:
    return (
        session_id, turn.index, turn.trainee_text, turn.owner_reply, dumps(turn.acts),
        dumps(turn.scores), dumps(turn.evidence), turn.suggestion, turn.reaction,
        dumps(turn.revealed), turn.trust, turn.stage, dumps(turn.state), turn.backend,
        turn.notice, turn.tokens_in, turn.tokens_out, turn.latency_ms, turn.created_at,
        turn.tokens_cached, dumps(turn.judge), dumps(turn.offline_scores),
    )  # fmt: skip


def _insert(table: str, columns: str) -> str:
    slots = ", ".join("?" for _ in columns.split(","))
    return f"INSERT INTO {table} ({columns}) VALUES ({slots})"


INSERT_TURN = _insert("turns", _TURN_COLUMNS)
INSERT_SESSION = _insert("sessions", _SESSION_COLUMNS)


def session_row(rec: SessionRecord) -> tuple:
    return (
        rec.id, rec.persona_id, rec.lang, rec.seed, rec.backend, rec.user_id, rec.parent_id,
        rec.parent_turn, rec.title, rec.source, rec.created_at, rec.updated_at,
        int(rec.finished), dumps(rec.scores),
        None if rec.hidden_issue_reached is None else int(rec.hidden_issue_reached),
        dumps(rec.initial_state), rec.turn_count, rec.mode,
    )  # fmt: skip


def session_from_row(row: dict[str, Any]) -> SessionRecord:
    hidden = row["hidden_issue_reached"]
    return SessionRecord(
        **{
            **row,
            "finished": bool(row["finished"]),
            "scores": loads(row["scores"]),
            "hidden_issue_reached": None if hidden is None else bool(hidden),
            "initial_state": loads(row["initial_state"]),
            "turn_count": row["turn_count"] or 0,
            "mode": row["mode"] or "practice",
        }
    )


def turn_from_row(row: dict[str, Any]) -> TurnRecord:
    return TurnRecord(
        index=row["turn_index"],
        trainee_text=row["trainee_text"],
        owner_reply=row["owner_reply"],
        acts=loads(row["acts"]) or [],
        scores=loads(row["scores"]) or {},
        evidence=loads(row["evidence"]) or [],
        suggestion=row["suggestion"],
        reaction=row["reaction"] or "",
        revealed=loads(row["revealed"]) or [],
        trust=row["trust"] or 0.0,
        stage=row["stage"] or "",
        state=loads(row["state"]) or {},
        backend=row["backend"] or "",
        notice=row["notice"],
        tokens_in=row["tokens_in"] or 0,
        tokens_out=row["tokens_out"] or 0,
        latency_ms=row["latency_ms"] or 0.0,
        created_at=row["created_at"],
        tokens_cached=row["tokens_cached"] or 0,
        judge=loads(row["judge"]),
        offline_scores=loads(row["offline_scores"]),
    )


def _dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def insert_session_with_turns(
    conn: sqlite3.Connection, rec: SessionRecord, turns: list[TurnRecord]
) -> SessionRecord:
    """Insert a whole session inside the caller's transaction (imports, bulk loads)."""
    indexes = [t.index for t in turns]
    if len(set(indexes)) != len(indexes):
        raise InputError(f"session {rec.id}: duplicate turn indexes")
    rec = rec.model_copy(update={"turn_count": len(turns)})
    conn.execute(INSERT_SESSION, session_row(rec))
    conn.executemany(INSERT_TURN, [turn_row(rec.id, t) for t in turns])
    return rec


class SessionsMixin(StoreBase):
    def create_session(
        self,
        *,
        persona_id: str,
        lang: str,
        seed: int,
        backend: str,
        user_id: int | None = None,
        parent_id: str | None = None,
        parent_turn: int | None = None,
        initial_state: dict[str, Any] | None = None,
        source: str = "simulated",
        title: str | None = None,
        mode: str = "practice",
    ) -> SessionRecord:
        stamp = now_iso()
        rec = SessionRecord(
            id=new_session_id(), persona_id=persona_id, lang=lang, seed=seed, backend=backend,
            user_id=user_id, parent_id=parent_id, parent_turn=parent_turn, title=title,
            source=source, created_at=stamp, updated_at=stamp, initial_state=initial_state,
            mode=mode,
        )  # fmt: skip
        self._write(lambda conn: conn.execute(INSERT_SESSION, session_row(rec)))
        return rec

    def append_turn(self, session_id: str, turn: TurnRecord) -> None:
        """Store one turn; it is committed (durable) when this returns."""
        row = turn_row(session_id, turn)

        def body(conn: sqlite3.Connection) -> None:
            # two statements only: the primary key rejects a duplicate index, the UPDATE's
            # row count (and the foreign key) a missing session
            try:
                conn.execute(INSERT_TURN, row)
            except sqlite3.IntegrityError as exc:
                if "FOREIGN KEY" in str(exc):
                    raise NotFoundError(f"no such session: {session_id}") from None
                raise InputError(f"session {session_id} already has a turn {turn.index}") from None
            updated = conn.execute(
                "UPDATE sessions SET turn_count = turn_count + 1, updated_at = ? WHERE id = ?",
                (turn.created_at, session_id),
            ).rowcount
            if updated != 1:
                raise NotFoundError(f"no such session: {session_id}")

        self._turn_commits.submit(body, self._write)

    def finish_session(
        self,
        session_id: str,
        *,
        scores: dict[str, float] | None,
        hidden_issue_reached: bool | None,
    ) -> None:
        def body(conn: sqlite3.Connection) -> None:
            cur = conn.execute(
                "UPDATE sessions SET finished = 1, scores = ?, hidden_issue_reached = ?,"
                " updated_at = ? WHERE id = ?",
                (
                    dumps(scores),
                    None if hidden_issue_reached is None else int(hidden_issue_reached),
                    now_iso(),
                    session_id,
                ),
            )
            if cur.rowcount == 0:
                raise NotFoundError(f"no such session: {session_id}")

        self._write(body)

    def set_title(self, session_id: str, title: str | None, *, viewer: User | None = None) -> None:
        self.get_session(session_id, viewer=viewer)
        self._write(
            lambda conn: conn.execute(
                "UPDATE sessions SET title = ?, updated_at = ? WHERE id = ?",
                (title, now_iso(), session_id),
            )
        )

    def set_mode(self, session_id: str, mode: str, *, viewer: User | None = None) -> None:
        """``practice`` (feedback after each turn) or ``exam`` (feedback only in the report)."""
        if mode not in ("practice", "exam"):
            raise InputError(f"unknown mode {mode!r}; use practice or exam")
        self.get_session(session_id, viewer=viewer)
        self._write(
            lambda conn: conn.execute(
                "UPDATE sessions SET mode = ?, updated_at = ? WHERE id = ?",
                (mode, now_iso(), session_id),
            )
        )

    def sessions_created_since(self, user_id: int, since: str) -> int:
        """How many sessions (new or branched) ``user_id`` started at or after ``since``."""
        rows = self._rows(
            "SELECT COUNT(*) AS n FROM sessions WHERE user_id = ? AND created_at >= ?"
            " AND source = 'simulated'",
            (user_id, since),
        )
        return int(rows[0]["n"])

    def trainee_turn_counts(self, session_ids: list[str]) -> dict[str, int]:
        """Turns in which the trainee spoke, per session (the owner's closing words excluded)."""
        if not session_ids:
            return {}
        marks = ", ".join("?" * len(session_ids))
        rows = self._rows(
            f"SELECT session_id, COUNT(*) AS n FROM turns WHERE session_id IN ({marks})"
            " AND trainee_text != '' GROUP BY session_id",
            session_ids,
        )
        counts = {sid: 0 for sid in session_ids}
        counts.update({r["session_id"]: int(r["n"]) for r in rows})
        return counts

    # -- reading ---------------------------------------------------------------------------
    def get_session(self, session_id: str, *, viewer: User | None = None) -> SessionRecord:
        """The session, or ``NotFoundError`` when missing *or* not visible to ``viewer``."""

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]]:
            clause, params = access.session_filter(conn, viewer)
            return _dicts(
                conn.execute(
                    f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE s.id = ? AND {clause}",
                    (session_id, *params),
                )
            )

        rows = self._read(body)
        if not rows:
            raise NotFoundError(f"no such session: {session_id}")
        return session_from_row(rows[0])

    def turns(self, session_id: str, *, viewer: User | None = None) -> list[TurnRecord]:
        def body(conn: sqlite3.Connection) -> list[dict[str, Any]] | None:
            if not access.can_see(conn, viewer, session_id):
                return None
            return _dicts(
                conn.execute(
                    f"SELECT {_TURN_COLUMNS} FROM turns WHERE session_id = ? ORDER BY turn_index",
                    (session_id,),
                )
            )

        rows = self._read(body)
        if rows is None:
            raise NotFoundError(f"no such session: {session_id}")
        return [turn_from_row(r) for r in rows]

    def last_turn(self, session_id: str, *, viewer: User | None = None) -> TurnRecord | None:
        """The last stored turn (what a resumed session continues from)."""
        turns = self.turns(session_id, viewer=viewer)
        return turns[-1] if turns else None

    def list_sessions(
        self,
        *,
        viewer: User | None = None,
        user_id: int | None = None,
        cohort_id: int | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[SessionRecord]:
        """Visible sessions, newest first, optionally of one user or one cohort's members."""

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]]:
            clause, params = access.session_filter(conn, viewer)
            where, args = [clause], list(params)
            if user_id is not None:
                where.append("s.user_id = ?")
                args.append(user_id)
            if cohort_id is not None:
                where.append(
                    "s.user_id IN (SELECT user_id FROM cohort_members WHERE cohort_id = ?)"
                )
                args.append(cohort_id)
            sql = (
                f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE {' AND '.join(where)}"
                " ORDER BY s.created_at DESC, s.id"
            )
            if limit is not None:
                sql += " LIMIT ? OFFSET ?"
                args += [limit, offset]
            return _dicts(conn.execute(sql, args))

        return [session_from_row(r) for r in self._read(body)]

    def children(self, session_id: str, *, viewer: User | None = None) -> list[SessionRecord]:
        """Sessions branched from ``session_id`` that ``viewer`` may see."""

        def body(conn: sqlite3.Connection) -> list[dict[str, Any]]:
            clause, params = access.session_filter(conn, viewer)
            return _dicts(
                conn.execute(
                    f"SELECT {_SESSION_COLUMNS} FROM sessions s WHERE s.parent_id = ? AND"
                    f" {clause} ORDER BY s.created_at",
                    (session_id, *params),
                )
            )

        return [session_from_row(r) for r in self._read(body)]

    # -- branching -------------------------------------------------------------------------
    def branch(
        self,
        session_id: str,
        at_turn: int,
        *,
        viewer: User | None = None,
        user_id: int | None = None,
    ) -> SessionRecord:
        """A new session whose turns ``0..at_turn`` are exact copies of the parent's.

        ``at_turn=-1`` copies no turn: the branch starts again from the owner's first state.
        With a ``viewer`` the copy always belongs to the viewer: nobody copies a session into
        another user's account (they would read turns that are not theirs), whatever the role.
        """
        parent = self.get_session(session_id, viewer=viewer)
        if viewer is not None and user_id is not None and user_id != viewer.id:
            raise AccessDeniedError("a branch belongs to the user who makes it")
        if parent.source != "simulated":
            raise InputError("an imported transcript cannot be continued; score it again instead")
        owner = user_id if user_id is not None else (viewer.id if viewer else parent.user_id)
        stamp = now_iso()
        child = SessionRecord(
            id=new_session_id(), persona_id=parent.persona_id, lang=parent.lang,
            seed=parent.seed, backend=parent.backend, user_id=owner, parent_id=parent.id,
            parent_turn=at_turn, title=parent.title, source=parent.source, created_at=stamp,
            updated_at=stamp, initial_state=parent.initial_state, mode=parent.mode,
        )  # fmt: skip

        def body(conn: sqlite3.Connection) -> int:
            if at_turn < -1 or at_turn >= 0 and not conn.execute(
                "SELECT 1 FROM turns WHERE session_id = ? AND turn_index = ?", (parent.id, at_turn)
            ).fetchone():
                raise NotFoundError(f"session {parent.id} has no turn {at_turn}")
            conn.execute(INSERT_SESSION, session_row(child))
            copied = conn.execute(
                f"INSERT INTO turns ({_TURN_COLUMNS}) SELECT ?, {_TURN_COLUMNS.split(', ', 1)[1]}"
                " FROM turns WHERE session_id = ? AND turn_index <= ?",
                (child.id, parent.id, at_turn),
            ).rowcount
            conn.execute("UPDATE sessions SET turn_count = ? WHERE id = ?", (copied, child.id))
            return copied

        copied = self._write(body)
        return child.model_copy(update={"turn_count": copied})

    def import_records(self, rec: SessionRecord, turns: list[TurnRecord]) -> SessionRecord:
        """Store a complete session and its turns in ONE transaction (all or nothing)."""
        return self._write(lambda conn: insert_session_with_turns(conn, rec, turns))

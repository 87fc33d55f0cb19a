"""The store's schema as named, never-edited migrations (``sqlite_utils.Migrations``).

Rules: a migration, once released, is never edited or renamed; a schema change is a new
function appended at the end. Every migration runs in a transaction together with its record
in ``_sqlite_migrations``, so an upgrade from any earlier file keeps every row. JSON values
are stored as TEXT; booleans as INTEGER 0/1; timestamps as ISO-8601 UTC text.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "simulator_store"

migrations = Migrations(MIGRATION_SET)


def _table(db: Database, name: str):  # noqa: ANN202 - sqlite-utils' Table
    return db.table(name)


@migrations()
def m001_core(db: Database) -> None:
    """Accounts, cohorts, sessions and turns."""
    _table(db, "users").create(
        {
            "id": int,
            "username": str,
            "display_name": str,
            "role": str,
            "password_hash": str,
            "disabled": int,
            "created_at": str,
        },
        pk="id",
        not_null={"username", "role", "password_hash"},
        defaults={"disabled": 0},
    )
    _table(db, "users").create_index(["username"], unique=True)
    _table(db, "cohorts").create(
        {"id": int, "name": str, "instructor_id": int, "created_at": str},
        pk="id",
        not_null={"name"},
        foreign_keys=[("instructor_id", "users", "id")],
    )
    _table(db, "cohort_members").create(
        {"cohort_id": int, "user_id": int},
        pk=("cohort_id", "user_id"),
        foreign_keys=[("cohort_id", "cohorts", "id"), ("user_id", "users", "id")],
    )
    _table(db, "sessions").create(
        {
            "id": str,
            "persona_id": str,
            "lang": str,
            "seed": int,
            "backend": str,
            "user_id": int,
            "parent_id": str,
            "parent_turn": int,
            "title": str,
            "source": str,
            "created_at": str,
            "updated_at": str,
            "finished": int,
            "scores": str,
            "hidden_issue_reached": int,
            "initial_state": str,
            "turn_count": int,
        },
        pk="id",
        not_null={"persona_id", "lang", "backend", "source", "created_at", "updated_at"},
        defaults={"finished": 0, "turn_count": 0, "seed": 0, "source": "simulated"},
        foreign_keys=[("user_id", "users", "id"), ("parent_id", "sessions", "id")],
    )
    _table(db, "turns").create(
        {
            "session_id": str,
            "turn_index": int,
            "trainee_text": str,
            "owner_reply": str,
            "acts": str,
            "scores": str,
            "evidence": str,
            "suggestion": str,
            "reaction": str,
            "revealed": str,
            "trust": float,
            "stage": str,
            "state": str,
            "created_at": str,
        },
        pk=("session_id", "turn_index"),
        not_null={"session_id", "turn_index", "trainee_text", "owner_reply"},
        foreign_keys=[("session_id", "sessions", "id")],
    )


@migrations()
def m002_turn_metrics(db: Database) -> None:
    """Which backend produced each reply, its notice, token usage and latency."""
    turns = _table(db, "turns")
    turns.add_column("backend", str)
    turns.add_column("notice", str)
    turns.add_column("tokens_in", int, not_null_default=0)
    turns.add_column("tokens_out", int, not_null_default=0)
    turns.add_column("latency_ms", float, not_null_default=0)


@migrations()
def m003_review(db: Database) -> None:
    """Instructor comments (per turn or per session) and human score overrides."""
    _table(db, "comments").create(
        {
            "id": int,
            "session_id": str,
            "turn_index": int,
            "author_id": int,
            "text": str,
            "created_at": str,
        },
        pk="id",
        not_null={"session_id", "author_id", "text", "created_at"},
        foreign_keys=[("session_id", "sessions", "id"), ("author_id", "users", "id")],
    )
    _table(db, "comments").create_index(["session_id", "turn_index"])
    _table(db, "score_overrides").create(
        {
            "id": int,
            "session_id": str,
            "turn_index": int,
            "rubric": str,
            "score": float,
            "reason": str,
            "author_id": int,
            "created_at": str,
        },
        pk="id",
        not_null={"session_id", "rubric", "score", "author_id", "created_at"},
        foreign_keys=[("session_id", "sessions", "id"), ("author_id", "users", "id")],
    )
    _table(db, "score_overrides").create_index(["session_id", "turn_index"])


@migrations()
def m004_custom_personas(db: Database) -> None:
    """Personas written by users (JSON body validated by the persona model elsewhere)."""
    _table(db, "custom_personas").create(
        {
            "id": str,
            "user_id": int,
            "name": str,
            "data": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"name", "data", "created_at", "updated_at"},
        foreign_keys=[("user_id", "users", "id")],
    )


@migrations()
def m005_lookup_indexes(db: Database) -> None:
    """Indexes for the per-user, per-cohort and branch look-ups."""
    _table(db, "sessions").create_index(["user_id", "created_at"])
    _table(db, "sessions").create_index(["parent_id"])
    _table(db, "cohort_members").create_index(["user_id"])
    _table(db, "cohorts").create_index(["instructor_id"])


@migrations()
def m006_session_mode(db: Database) -> None:
    """A session's mode: ``practice`` (feedback after each turn) or ``exam`` (only at the end)."""
    _table(db, "sessions").add_column("mode", str, not_null_default="practice")


@migrations()
def m007_turn_llm(db: Database) -> None:
    """The LLM backend: cached prompt tokens, the judge's reading, the offline scores beside it."""
    turns = _table(db, "turns")
    turns.add_column("tokens_cached", int, not_null_default=0)
    turns.add_column("judge", str)  # JSON, NULL without a judge
    turns.add_column("offline_scores", str)  # JSON, NULL when equal to scores


def migration_names() -> list[str]:
    """Names of every migration this version knows, oldest first."""
    with Database(memory=True) as empty:
        return [m.name for m in migrations.pending(empty)]

"""Accounts and roles; passwords hashed with scrypt and never stored in clear.

A password hash is a self-describing string ``scrypt$n$r$p$<salt b64>$<key b64>`` so the
cost can be raised later without breaking old hashes. Passwords never appear in a
:class:`User`, an exception message or a log line.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import sqlite3

from ..errors import InputError, NotFoundError
from .base import StoreBase
from .records import ROLES, User, now_iso

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=256 * n * r + 2**20
    )


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    key = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, KEY_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time check of ``password`` against a stored hash string."""
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, key = base64.b64decode(salt_b64), base64.b64decode(key_b64)
        candidate = _scrypt(password, salt, int(n), int(r), int(p), len(key))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, key)


# A hash of nothing, checked when the username is unknown so timing does not reveal it.
_DUMMY_HASH = hash_password(secrets.token_hex(16))


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InputError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def _user_from_row(conn: sqlite3.Connection, row: sqlite3.Row | tuple) -> User:
    uid, username, display_name, role, disabled = row
    member = [
        r[0]
        for r in conn.execute(
            "SELECT cohort_id FROM cohort_members WHERE user_id = ? ORDER BY cohort_id", (uid,)
        )
    ]
    taught = [
        r[0]
        for r in conn.execute("SELECT id FROM cohorts WHERE instructor_id = ? ORDER BY id", (uid,))
    ]
    teaches = sorted(set(taught) | (set(member) if role in ("instructor", "admin") else set()))
    return User(
        id=uid,
        username=username,
        display_name=display_name or username,
        role=role,
        cohort_ids=sorted(set(member) | set(taught)),
        teaches=teaches,
        disabled=bool(disabled),
    )


_USER_COLUMNS = "id, username, display_name, role, disabled"


class AccountsMixin(StoreBase):
    # -- users -----------------------------------------------------------------------------
    def add_user(
        self, username: str, password: str, role: str, display_name: str | None = None
    ) -> User:
        if not USERNAME_RE.match(username):
            raise InputError(f"invalid username {username!r}: use 1-64 letters, digits or _ . @ -")
        if role not in ROLES:
            raise InputError(f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
        check_new_password(password)
        hashed = hash_password(password)  # slow: outside the write lock

        def body(conn: sqlite3.Connection) -> int:
            if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone():
                raise InputError(f"user {username!r} already exists")
            cur = conn.execute(
                "INSERT INTO users (username, display_name, role, password_hash, disabled,"
                " created_at) VALUES (?, ?, ?, ?, 0, ?)",
                (username, display_name or username, role, hashed, now_iso()),
            )
            return int(cur.lastrowid or 0)

        return self.get_user(self._write(body))

    def get_user(self, user: int | str) -> User:
        """A user by id or username (``NotFoundError`` otherwise)."""
        column = "id" if isinstance(user, int) else "username"

        def body(conn: sqlite3.Connection) -> User:
            row = conn.execute(
                f"SELECT {_USER_COLUMNS} FROM users WHERE {column} = ?", (user,)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"no such user: {user}")
            return _user_from_row(conn, row)

        return self._read(body)

    def list_users(self, role: str | None = None) -> list[User]:
        def body(conn: sqlite3.Connection) -> list[User]:
            sql = f"SELECT {_USER_COLUMNS} FROM users"
            params: tuple = ()
            if role:
                sql, params = sql + " WHERE role = ?", (role,)
            rows = conn.execute(sql + " ORDER BY username", params).fetchall()
            return [_user_from_row(conn, row) for row in rows]

        return self._read(body)

    def authenticate(self, username: str, password: str) -> User | None:
        """The user when the password matches and the account is active, else ``None``."""
        rows = self._rows(
            "SELECT id, password_hash, disabled FROM users WHERE username = ?", (username,)
        )
        stored = rows[0]["password_hash"] if rows else _DUMMY_HASH
        ok = verify_password(password, stored)
        if not rows or not ok or rows[0]["disabled"]:
            return None
        return self.get_user(int(rows[0]["id"]))

    def set_password(self, user: int | str, password: str) -> None:
        check_new_password(password)
        target = self.get_user(user)
        hashed = hash_password(password)
        self._write(
            lambda conn: conn.execute(
                "UPDATE users SET password_hash = ? WHERE id = ?", (hashed, target.id)
            )
        )

    def disable_user(self, user: int | str, disabled: bool = True) -> User:
        target = self.get_user(user)
        self._write(
            lambda conn: conn.execute(
                "UPDATE users SET disabled = ? WHERE id = ?", (int(disabled), target.id)
            )
        )
        return self.get_user(target.id)

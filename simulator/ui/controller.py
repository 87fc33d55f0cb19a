"""The one controller of the web app: who is asking, and the public API on their behalf.

Pages and HTTP endpoints call these methods with the signed-in user (or the local practice
user on loopback) and never touch sessions or the store themselves. Rules kept here:

- a session is continued only by the user it belongs to; every other id — someone else's,
  an imported one, one that never existed — gets the same :class:`NotFoundError`;
- live sessions are kept in memory in a bounded LRU; an evicted one resumes from the store;
- a user may start at most ``settings.sessions_per_minute`` sessions (new or branched) a minute;
- the same text sent twice while the first is being answered, or right after, counts once
  (a double click on the page; the HTTP API sends what it is given);
- an exam's report, exports and per-turn analysis stay closed until the meeting is over.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ..datafiles import load_persona, persona_ids
from ..errors import NotFoundError, SessionFinishedError, UnknownPersonaError
from ..persona import Persona
from ..reporting import Report, build_report
from ..session import Partial, Session, Turn, branch_session, open_session, resume_session
from ..settings import Settings
from ..store import SessionRecord, Store, User
from ..voice.base import streams
from .texts import (
    MAX_MESSAGE_CHARS,
    AccountDisabledError,
    EmptyMessageError,
    ExamInProgressError,
    ImportedSessionError,
    MessageTooLongError,
    SignInNowRequiredError,
    SignInRequiredError,
    TooManySessionsError,
    UnknownLanguageError,
)

LOCAL_USERNAME = "local-practice"
FIRST_OWNERS = ("distrustful_founder", "reluctant_successor", "move_on_owner")
DOUBLE_SEND_S = 3.0
ACCOUNTS_CHECK_S = 2.0  # how often loopback practice without sign-in looks for new accounts


@dataclass
class Live:
    """A session in memory with who owns it and its mode."""

    session: Session
    owner_id: int
    mode: str = "practice"
    pending: str | None = None  # text being answered now
    last_text: str = ""
    last_at: float = 0.0
    guard: threading.Lock = field(default_factory=threading.Lock)

    @property
    def exam(self) -> bool:
        return self.mode == "exam"

    @property
    def exam_open(self) -> bool:
        """An exam still under way: nothing of the analysis is shown yet."""
        return self.exam and not self.session.finished


class Controller:
    def __init__(self, settings: Settings, store: Store, *, sign_in: bool = False) -> None:
        self.settings = settings
        self.store = store
        self.sign_in = sign_in
        self._live: OrderedDict[str, Live] = OrderedDict()
        self._lock = threading.Lock()
        self._user_locks: dict[int, threading.Lock] = {}
        self._local: User | None = None
        self._accounts_checked = 0.0
        # set by the app: turn sign-in on (accounts were added on loopback), sign a user out
        self.on_sign_in_required: Any = None
        self.on_account_disabled: Any = None

    # -- who is asking ---------------------------------------------------------------------
    def authenticate(self, username: str, password: str) -> bool:
        """Gradio's ``auth=`` check against the store's accounts (scrypt, constant time)."""
        if username == LOCAL_USERNAME:
            return False
        return self.store.authenticate(username, password) is not None

    def user(self, username: str | None) -> User:
        """The signed-in user (re-read: a disabled account loses access at once)."""
        if username:
            try:
                user = self.store.get_user(username)
            except NotFoundError:
                raise SignInRequiredError() from None
            if user.disabled:
                if self.on_account_disabled is not None:
                    self.on_account_disabled(username)  # signed out everywhere
                raise AccountDisabledError()
            return user
        if self.sign_in:
            raise SignInRequiredError()
        self._check_new_accounts()
        return self.local_user()

    def _check_new_accounts(self) -> None:
        """Loopback practice without sign-in ends as soon as accounts exist (``SIM_SIGN_IN=auto``):
        the app turns sign-in on and this visitor is told to reload and sign in."""
        if self.settings.sign_in != "auto" or self.on_sign_in_required is None:
            return
        now = time.monotonic()
        if now - self._accounts_checked < ACCOUNTS_CHECK_S:
            return
        self._accounts_checked = now
        if any(u.username != LOCAL_USERNAME and not u.disabled for u in self.store.list_users()):
            self.sign_in = True
            self.on_sign_in_required()
            raise SignInNowRequiredError()

    def local_user(self) -> User:
        """One practice account for loopback without sign-in (its password is thrown away)."""
        if self._local is None:
            try:
                self._local = self.store.get_user(LOCAL_USERNAME)
            except NotFoundError:
                self._local = self.store.add_user(
                    LOCAL_USERNAME,
                    secrets.token_urlsafe(24),
                    "trainee",
                    display_name="練習ユーザー",
                )
        return self._local

    # -- owners ----------------------------------------------------------------------------
    @staticmethod
    def persona_ids() -> list[str]:
        ids = persona_ids()
        return [p for p in FIRST_OWNERS if p in ids] + [p for p in ids if p not in FIRST_OWNERS]

    @staticmethod
    def persona(persona_id: str) -> Persona:
        if persona_id not in persona_ids():
            raise UnknownPersonaError(persona_id or "", persona_ids())
        return load_persona(persona_id)

    # -- live sessions ---------------------------------------------------------------------
    def _remember(self, live: Live) -> Live:
        session_id = live.session.id or ""
        with self._lock:
            existing = self._live.get(session_id)
            if existing is not None:
                self._live.move_to_end(session_id)
                return existing
            self._live[session_id] = live
            while len(self._live) > self.settings.live_sessions:
                self._live.popitem(last=False)
            return live

    def live_count(self) -> int:
        with self._lock:
            return len(self._live)

    def live(self, user: User, session_id: str) -> Live:
        """The user's own session, from memory or the store; ``NotFoundError`` otherwise."""
        if not session_id:
            raise NotFoundError("no session")
        with self._lock:
            live = self._live.get(session_id)
            if live is not None:
                self._live.move_to_end(session_id)
        if live is None:
            record = self.record(user, session_id)
            if record.source != "simulated":
                raise ImportedSessionError()
            session = resume_session(
                session_id, store=self.store, viewer=user, settings=self.settings
            )
            live = self._remember(Live(session, record.user_id or 0, record.mode))
        if live.owner_id != user.id:
            raise NotFoundError(f"no such session: {session_id}")
        return live

    def record(self, user: User, session_id: str) -> SessionRecord:
        """A session record of the user's own (instructors use the review pages for others)."""
        record = self.store.get_session(session_id, viewer=user)
        if record.user_id != user.id:
            raise NotFoundError(f"no such session: {session_id}")
        return record

    # -- starting --------------------------------------------------------------------------
    def _user_lock(self, user: User) -> threading.Lock:
        """One lock per user: the rate check and the new session's insert go together."""
        with self._lock:
            return self._user_locks.setdefault(user.id, threading.Lock())

    def _check_rate(self, user: User) -> None:
        since = (datetime.now(UTC) - timedelta(minutes=1)).isoformat(timespec="microseconds")
        if self.store.sessions_created_since(user.id, since) >= self.settings.sessions_per_minute:
            raise TooManySessionsError("too many new sessions in a minute")

    def start(
        self, user: User, persona_id: str, lang: str, *, exam: bool = False,
        persona: Persona | None = None,
    ) -> Live:  # fmt: skip
        """A new session; ``persona``: a user's own owner (a rehearsal) instead of a file."""
        loaded = persona or self.persona(persona_id)
        if lang not in ("ja", "en"):
            raise UnknownLanguageError(str(lang))
        with self._user_lock(user):  # the count and the insert together
            self._check_rate(user)
            session = open_session(
                loaded, lang, store=self.store, user_id=user.id, settings=self.settings
            )
        assert session.id is not None
        mode = "exam" if exam else "practice"
        if exam:
            self.store.set_mode(session.id, mode)
        return self._remember(Live(session, user.id, mode))

    def branch(self, user: User, session_id: str, turn_number: int) -> Live:
        """A new session that keeps the turns before ``turn_number`` (1-based) of the user's own
        session and lets the trainee say turn ``turn_number`` again."""
        record = self.record(user, session_id)
        if record.source != "simulated":
            raise ImportedSessionError()
        with self._user_lock(user):
            self._check_rate(user)
            session = branch_session(
                session_id, turn_number - 2, store=self.store, viewer=user, user_id=user.id,
                settings=self.settings,
            )  # fmt: skip
        return self._remember(Live(session, user.id, record.mode))

    def latest_open(self, user: User) -> SessionRecord | None:
        """The user's most recent unfinished simulated session (a reload comes back to it).

        A session the user tried again from (a branch was made of it) is left behind."""
        records = self.store.list_sessions(viewer=user, user_id=user.id, limit=50)
        branched = {r.parent_id for r in records if r.parent_id}
        for record in records:
            if record.source == "simulated" and not record.finished and record.id not in branched:
                return record
        return None

    # -- turns -----------------------------------------------------------------------------
    def say_stream(
        self, user: User, session_id: str, text: str, *, dedupe: bool = True
    ) -> Iterator[Partial | Turn]:
        """The owner's reply as it comes (``Partial``), then the committed ``Turn``.

        With ``dedupe`` (the page), yields nothing when the same text is already being answered
        or was just answered (a double click); the HTTP API says what it is sent. With a model,
        an empty ``Partial`` comes first, as soon as the text is accepted (the page shows the
        trainee's words while the model starts); should the caller stop there, the turn still
        runs: nothing typed is lost."""
        live = self.live(user, session_id)
        text = (text or "").strip()
        if not text:
            raise EmptyMessageError()
        if len(text) > MAX_MESSAGE_CHARS:
            raise MessageTooLongError(len(text))
        if live.session.finished:
            raise SessionFinishedError("the meeting is over")
        with live.guard:
            now = time.monotonic()
            if dedupe and (
                live.pending == text
                or (live.last_text == text and now - live.last_at < DOUBLE_SEND_S)
            ):
                return
            live.pending = text
        started = False
        try:
            if streams(live.session.voice):  # a model answers: the trainee's words show at once
                yield Partial(text="")
            started = True
            yield from live.session.say_stream(text)
        finally:
            if not started:  # the page went away before the turn began: it still runs
                threading.Thread(
                    target=_say_quietly, args=(live.session, text), daemon=True
                ).start()
            with live.guard:
                live.pending = None
                live.last_text, live.last_at = text, time.monotonic()

    def say(
        self, user: User, session_id: str, text: str, *, dedupe: bool = True
    ) -> Turn | None:
        turn = None
        for item in self.say_stream(user, session_id, text, dedupe=dedupe):
            if isinstance(item, Turn):
                turn = item
        return turn

    def finish(self, user: User, session_id: str) -> tuple[Live, Report | None]:
        """End the meeting (the owner's closing words become a turn) and build the report.

        A session with no trainee turn gets no report (nothing to score): ``None``."""
        live = self.live(user, session_id)
        session = live.session
        with session.lock:
            if not session.finished:
                session.end()
            if not any(t.trainee_text for t in session.turns):
                self.store.finish_session(session_id, scores=None, hidden_issue_reached=None)
                return live, None
            return live, session.report()

    # -- reading ---------------------------------------------------------------------------
    def view(self, user: User, session_id: str) -> tuple[Session, SessionRecord]:
        """A session to read (report, export), without changing it."""
        record = self.record(user, session_id)
        if record.source != "simulated":
            raise ImportedSessionError()
        with self._lock:
            live = self._live.get(session_id)
        if live is not None:
            return live.session, record
        return resume_session(
            session_id, store=self.store, viewer=user, settings=self.settings
        ), record

    def report(self, user: User, session_id: str) -> tuple[Session, SessionRecord, Report | None]:
        """The report of one of the user's sessions as it stands (nothing is written).

        An exam still under way has no report yet (``ExamInProgressError``)."""
        session, record = self.view(user, session_id)
        if record.mode == "exam" and not session.finished:
            raise ExamInProgressError("the exam is not over")
        if not any(t.trainee_text for t in session.turns):
            return session, record, None
        with session.lock:
            report = build_report(
                session.persona, session.lang, session.state, session.turns, session.history
            )
        return session, record, report

    def my_sessions(self, user: User, limit: int = 200) -> list[SessionRecord]:
        return [
            r
            for r in self.store.list_sessions(viewer=user, user_id=user.id, limit=limit)
            if r.user_id == user.id
        ]

    def related(
        self, user: User, record: SessionRecord
    ) -> tuple[list[SessionRecord], list[SessionRecord]]:
        """(the branches of the same attempt, the user's earlier sessions with the same owner)."""
        mine = self.my_sessions(user, limit=500)
        by_id = {r.id: r for r in mine}
        root = record
        while root.parent_id and root.parent_id in by_id:
            root = by_id[root.parent_id]
        family: set[str] = {root.id}
        changed = True
        while changed:
            changed = False
            for r in mine:
                if r.parent_id in family and r.id not in family:
                    family.add(r.id)
                    changed = True
        branches = sorted((r for r in mine if r.id in family), key=lambda r: r.created_at)
        earlier = [
            r
            for r in mine
            if r.persona_id == record.persona_id
            and r.id not in family
            and r.created_at < record.created_at
            and r.source == "simulated"
        ]
        return (branches if len(branches) > 1 else []), earlier[:10]

    def export(self, user: User, session_id: str, fmt: str) -> str:
        from ..store.exporting import export_json, export_markdown

        record = self.record(user, session_id)
        if record.mode == "exam" and not record.finished and not self.view(user, session_id)[0].finished:
            raise ExamInProgressError("the exam is not over")
        if fmt == "json":
            return export_json(self.store, session_id, viewer=user)
        return export_markdown(self.store, session_id, viewer=user)

    def hint_context(self, user: User, session_id: str) -> tuple[Live, list[Any]]:
        live = self.live(user, session_id)
        return live, list(live.session.turns)


def _say_quietly(session: Session, text: str) -> None:
    """A turn whose page went away: committed all the same (errors are the page's to show)."""
    try:
        session.say(text)
    except Exception:  # noqa: BLE001 - nobody is waiting for this turn
        logging.getLogger("simulator.ui").warning("a turn left by its page failed", exc_info=True)

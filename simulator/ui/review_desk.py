"""The instructor's review on behalf of the signed-in user (no Gradio): cohorts, sessions,
comments, score overrides, the export for Excel, agreement with the tool, progress.

Every read and write goes through the store with the user as viewer or author, so an
instructor of another cohort — or a trainee calling these handlers — gets the same
:class:`NotFoundError` as for an id that does not exist. Trainees read comments on their own
sessions in their report (:func:`simulator.ui.review_view.instructor_notes`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..agreement import RubricAgreement, agreement
from ..errors import InputError, NotFoundError, SimulatorError
from ..store import Comment, ScoreOverride, SessionRecord, TurnRecord, User
from ..store.exporting import cohort_csv_for_excel
from ..store.records import RUBRIC_IDS, Cohort
from .controller import Controller
from .labels import tx

MAX_COMMENT_CHARS = 2000
MAX_REASON_CHARS = 500
IMPORTED_TITLE = ("実ロールプレイ（取込）", "Real role-play (imported)")
IMPORTED_SHORT = ("取込：", "Imported: ")


class ReviewInputError(InputError):
    """A comment or an override the store would refuse; its message in both languages."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(tx(key, "en", **values))

    def text(self, lang: str = "ja") -> str:
        return tx(self.key, lang, **self.values)


@dataclass
class Transcript:
    """One session as an instructor reads it."""

    record: SessionRecord
    turns: list[TurnRecord]
    comments: list[Comment]
    overrides: list[ScoreOverride]
    trainee: str
    owner: str
    initial_trust: float | None = None
    numbers: dict[int, int] = field(default_factory=dict)  # turn index -> trainee turn number

    def index_of(self, number: int) -> int:
        """The turn index of trainee turn ``number`` (1-based)."""
        for index, n in self.numbers.items():
            if n == number:
                return index
        raise NotFoundError(f"no turn {number}")


def owner_title(ctl: Controller, persona_id: str, lang: str = "ja", viewer: User | None = None) -> str:
    """The owner's short name: a shipped persona's title before the dash, a rehearsal owner's
    company or industry (what the supporter typed), or "imported" for a real role-play."""
    if persona_id.startswith("rh_"):
        try:
            name = ctl.store.get_persona(persona_id, viewer=viewer).name
        except SimulatorError:
            return tx("kind_rehearsal", lang)
        return re.split(r"\s*[—―]\s*", name, maxsplit=1)[0]
    try:
        title = ctl.persona(persona_id).title.get(lang)  # type: ignore[arg-type]
    except SimulatorError:
        return IMPORTED_TITLE[0 if lang == "ja" else 1]
    return re.split(r"\s*[—―]\s*", title, maxsplit=1)[0]


def turn_numbers(turns: list[TurnRecord]) -> dict[int, int]:
    numbers, n = {}, 0
    for turn in turns:
        if turn.trainee_text:
            n += 1
            numbers[turn.index] = n
    return numbers


class ReviewDesk:
    def __init__(self, ctl: Controller) -> None:
        self.ctl = ctl
        self.store = ctl.store

    # -- who may review ----------------------------------------------------------------
    @staticmethod
    def is_staff(user: User) -> bool:
        return user.role in ("instructor", "admin")

    def cohorts(self, user: User) -> list[Cohort]:
        return self.store.teaching_cohorts(user)

    def cohort(self, user: User, cohort_id: int | None) -> Cohort:
        for cohort in self.cohorts(user):
            if cohort.id == cohort_id:
                return cohort
        raise NotFoundError(f"no such cohort: {cohort_id}")

    # -- owners' names -----------------------------------------------------------------
    def owner_title(self, persona_id: str, lang: str = "ja", viewer: User | None = None) -> str:
        return owner_title(self.ctl, persona_id, lang, viewer)

    def rows(self, user: User, cohort_id: int, lang: str = "ja") -> list[dict[str, Any]]:
        """The cohort's sessions (newest first) with the owner's name in ``owner``."""
        rows = self.store.review_rows(cohort_id, viewer=user)
        titles: dict[str, str] = {}
        for row in rows:
            pid = row["persona_id"]
            if pid not in titles:
                titles[pid] = self.owner_title(pid, lang, user)
            row["owner"] = titles[pid]
            if row["source"] == "imported" and row["title"]:  # which role-play: its file's name
                row["owner"] = f"{IMPORTED_SHORT[0 if lang == 'ja' else 1]}{row['title']}"
        return rows

    def trainees(self, user: User, cohort_id: int) -> list[User]:
        return self.store.cohort_trainees(cohort_id, viewer=user)

    # -- one session -------------------------------------------------------------------
    def open(self, user: User, session_id: str, lang: str = "ja") -> Transcript:
        session_id = (session_id or "").strip()
        if not self.is_staff(user) or not session_id:
            raise NotFoundError(f"no such session: {session_id}")
        record = self.store.get_session(session_id, viewer=user)
        turns = self.store.turns(session_id, viewer=user)
        initial = None
        if record.source == "simulated" and record.initial_state:
            initial = float(record.initial_state.get("trust", 0.0))
        trainee = "—"
        if record.user_id is not None:
            try:
                who = self.store.get_user(record.user_id)
                trainee = f"{who.display_name}（{who.username}）"
            except NotFoundError:
                pass
        return Transcript(
            record=record, turns=turns, comments=self.store.comments(session_id, user),
            overrides=self.store.overrides(session_id, user), trainee=trainee,
            owner=self.owner_title(record.persona_id, lang, user), initial_trust=initial,
            numbers=turn_numbers(turns),
        )  # fmt: skip

    def comment(self, user: User, session_id: str, turn_number: int | None, text: str) -> Comment:
        """A comment on the whole session (``turn_number`` None) or on one trainee turn."""
        text = (text or "").strip()
        if not text:
            raise ReviewInputError("err_comment")
        if len(text) > MAX_COMMENT_CHARS:
            raise ReviewInputError("err_long", n=MAX_COMMENT_CHARS)
        index = self._index(user, session_id, turn_number)
        return self.store.add_comment(session_id, user, text, turn_index=index)

    def override(
        self, user: User, session_id: str, rubric: str, score: Any, turn_number: int | None,
        reason: str,
    ) -> ScoreOverride:  # fmt: skip
        """An instructor's score for one rubric, on the session or one turn, with a reason."""
        reason = (reason or "").strip()
        try:
            value = float(score)
        except (TypeError, ValueError):
            raise ReviewInputError("err_score") from None
        if not 0 <= value <= 100:
            raise ReviewInputError("err_score")
        if not reason:
            raise ReviewInputError("err_reason")
        if len(reason) > MAX_REASON_CHARS:
            raise ReviewInputError("err_long", n=MAX_REASON_CHARS)
        if rubric not in RUBRIC_IDS:
            raise NotFoundError(f"no rubric {rubric}")
        index = self._index(user, session_id, turn_number)
        return self.store.override_score(session_id, user, rubric, value, index, reason)

    def _index(self, user: User, session_id: str, turn_number: int | None) -> int | None:
        if not self.is_staff(user):
            raise NotFoundError(f"no such session: {session_id}")
        if turn_number is None or int(turn_number) < 1:
            self.store.get_session(session_id, viewer=user)  # visible, or not found
            return None
        turns = self.store.turns(session_id, viewer=user)
        for index, n in turn_numbers(turns).items():
            if n == int(turn_number):
                return index
        raise NotFoundError(f"session {session_id} has no turn {turn_number}")

    # -- the cohort as a whole -----------------------------------------------------------
    def export(self, user: User, cohort_id: int) -> bytes:
        self.cohort(user, cohort_id)
        return cohort_csv_for_excel(
            self.store, cohort_id, viewer=user, title_of=lambda pid: self.owner_title(pid, "ja", user)
        )

    def agreement(self, user: User, cohort_id: int) -> list[RubricAgreement]:
        return agreement(self.store.agreement_pairs(cohort_id, viewer=user))

    def progress(self, user: User, cohort_id: int, trainee_id: int) -> list[dict[str, Any]]:
        """The trainee's scored sessions, oldest first: scores in force (an instructor's
        session-level override where there is one)."""
        rows = [r for r in self.rows(user, cohort_id) if r["user_id"] == trainee_id and r["scores"]]
        rows.reverse()
        out = []
        for r in rows:
            scores = {k: r["overrides"].get(k, (r["scores"] or {}).get(k)) for k in RUBRIC_IDS}
            out.append({"id": r["id"], "created_at": r["created_at"], "owner": r["owner"],
                        "scores": scores, "overridden": sorted(r["overrides"])})  # fmt: skip
        return out

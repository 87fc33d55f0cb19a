"""Scoring an uploaded role-play transcript on behalf of the signed-in user (no Gradio).

1. :meth:`UploadDesk.read` decodes the file (UTF-8 or Shift_JIS), checks its whole shape and
   lists the speaker names with a suggested role (支援者 → supporter, 社長 → owner);
2. :meth:`UploadDesk.score` parses it with the user's mapping, scores it like the CLI's
   ``report`` and stores it as a finished, imported session — for the user, or, for an
   instructor, for a trainee of a cohort they teach (the store checks it).

Every malformed file is a :class:`~simulator.transcript.TranscriptError` whose Japanese text
names the line; nothing is stored unless the whole file is good.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import SimulatorError
from ..i18n import check_lang
from ..store import SessionRecord, User
from ..store.importing import import_utterances
from ..transcript import (
    decode,
    default_role,
    parse_entries,
    speaker_names,
    transcript_format,
    utterances,
)
from .controller import Controller
from .labels import tx

MAX_BYTES = 1_000_000


class UploadError(SimulatorError):
    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(tx(key, "en", **values))

    def text(self, lang: str = "ja") -> str:
        return tx(self.key, lang, **self.values)


@dataclass
class Draft:
    """A transcript read but not yet scored: its text, format and speakers."""

    name: str
    fmt: str
    text: str
    speakers: list[tuple[str, int, str | None]]  # (name, turns, suggested role)

    def suggested(self, role: str) -> list[str]:
        return [name for name, _, r in self.speakers if r == role]


class UploadDesk:
    def __init__(self, ctl: Controller) -> None:
        self.ctl = ctl
        self.store = ctl.store

    def read(self, path: str | Path, name: str | None = None) -> Draft:
        path = Path(path)
        name = name or path.name
        fmt = transcript_format(name)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UploadError("up_too_big", size=size, max=MAX_BYTES)
        text = decode(path.read_bytes(), name)
        found = speaker_names(text, fmt, source=name)
        return Draft(name, fmt, text, [(n, c, default_role(n)) for n, c in found])

    def filing_choices(self, user: User, lang: str = "ja") -> list[tuple[str, int]]:
        """Whom the user may file a transcript for: themselves, and an instructor's trainees."""
        out = [(tx("up_me", lang, name=user.display_name), user.id)]
        seen = {user.id}
        for cohort in self.store.teaching_cohorts(user):
            for trainee in self.store.cohort_trainees(cohort.id, viewer=user):
                if trainee.id not in seen:
                    seen.add(trainee.id)
                    out.append((f"{trainee.display_name}（{trainee.username}・{cohort.name}）", trainee.id))
        return out

    def score(
        self,
        user: User,
        draft: Draft,
        *,
        trainee_names: list[str],
        owner_names: list[str],
        lang: str = "ja",
        for_user: int | None = None,
        title: str = "",
    ) -> SessionRecord:
        if not trainee_names:
            raise UploadError("up_pick_trainee")
        mapped = {*trainee_names, *owner_names}
        ignored = [name for name, _, _ in draft.speakers if name not in mapped]
        entries = parse_entries(
            draft.text, draft.fmt, source=draft.name, trainee_names=trainee_names,
            owner_names=owner_names, ignore_names=ignored,
        )  # fmt: skip
        return import_utterances(
            self.store, utterances(entries), lang=check_lang(lang),
            user_id=for_user if for_user is not None else user.id,
            title=(title or "").strip()[:80] or draft.name, viewer=user,
        )  # fmt: skip

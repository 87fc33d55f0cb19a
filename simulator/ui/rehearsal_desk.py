"""The supporter's rehearsal on behalf of the signed-in user (no Gradio): build an owner from
the form, save it for that user only, start a meeting with it, edit it and play again.

Storage: one custom persona per version, ``{"persona": …, "form": …, "replaces": …}``. Editing
an owner that has never been played rewrites it in place; editing one that has sessions saves
a new version (the old sessions keep the owner they were played with, so their reports and
"try again" still work) and the list shows only the latest version.
"""

from __future__ import annotations

import secrets
from typing import Any

from ..errors import NotFoundError, SimulatorError
from ..persona import Persona
from ..rehearsal import (
    ID_PREFIX,
    RehearsalForm,
    build_persona,
    read_form,
    stored_form,
    stored_persona,
)
from ..store import CustomPersona, User
from .controller import Controller, Live
from .labels import tx

MAX_OWNERS = 30


class TooManyOwnersError(SimulatorError):
    """A user may keep at most :data:`MAX_OWNERS` rehearsal owners."""

    def text(self, lang: str = "ja") -> str:
        return tx("rh_too_many", lang, n=MAX_OWNERS)


class RehearsalDesk:
    def __init__(self, ctl: Controller) -> None:
        self.ctl = ctl
        self.store = ctl.store

    def owners(self, user: User) -> list[CustomPersona]:
        """The user's rehearsal owners, latest version of each, newest first."""
        mine = [p for p in self.store.list_personas(user_id=user.id) if p.id.startswith(ID_PREFIX)]
        replaced = {p.data.get("replaces") for p in mine if isinstance(p.data, dict)}
        latest = [p for p in mine if p.id not in replaced]
        return sorted(latest, key=lambda p: p.updated_at, reverse=True)

    def _own(self, user: User, persona_id: str) -> CustomPersona:
        saved = self.store.get_persona(persona_id, viewer=user)
        if saved.user_id != user.id or not persona_id.startswith(ID_PREFIX):
            raise NotFoundError(f"no such owner: {persona_id}")
        return saved

    def persona(self, user: User, persona_id: str) -> Persona:
        return stored_persona(self._own(user, persona_id).data)

    def form(self, user: User, persona_id: str) -> RehearsalForm | None:
        return stored_form(self._own(user, persona_id).data)

    def _played(self, user: User, persona_id: str) -> bool:
        return any(r.persona_id == persona_id for r in self.ctl.my_sessions(user, limit=100_000))

    def build(self, user: User, data: dict[str, Any], *, edit: str | None = None) -> CustomPersona:
        """Validate the form, compose the owner, save it for ``user`` (``edit``: the id of one
        of the user's owners to change)."""
        form = read_form(data)
        replaces = None
        if edit:
            self._own(user, edit)
            if self._played(user, edit):
                persona_id, replaces = self._new_id(), edit
            else:
                persona_id = edit
        else:
            if len(self.owners(user)) >= MAX_OWNERS:
                raise TooManyOwnersError("too many rehearsal owners")
            persona_id = self._new_id()
        persona = build_persona(form, persona_id=persona_id)
        body = {"persona": persona.model_dump(mode="json"), "form": form.model_dump(),
                "replaces": replaces}  # fmt: skip
        return self.store.save_persona(persona_id, persona.title.ja, body, user_id=user.id)

    @staticmethod
    def _new_id() -> str:
        return f"{ID_PREFIX}{secrets.token_hex(8)}"

    def start(self, user: User, persona_id: str, lang: str = "ja") -> Live:
        """A new meeting with one of the user's owners (the practice page shows it)."""
        return self.ctl.start(user, persona_id, lang, persona=self.persona(user, persona_id))

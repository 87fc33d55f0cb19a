"""A turn row of the end-of-session report, as ``reporting`` builds them, for the report tests:
every field a row carries, with a plain good turn as the default and ``kw`` overriding any field."""

from __future__ import annotations

from typing import Any


def report_row(
    turn: int, text: str, acts: list[str], *, feedback: list[str], owner_reply: str, **kw: Any
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "turn": turn,
        "text": text,
        "acts": acts,
        "flags": [],
        "weak": [],
        "feedback": feedback,
        "owner_reply": owner_reply,
        "revealed": [],
        "trust": 40.0,
        "trust_delta": 4.0,
        "suggestion": None,
        "scores": {"listening": 70.0},
    }
    row.update(kw)
    return row

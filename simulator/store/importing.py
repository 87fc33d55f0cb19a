"""Importing sessions: transcripts of real role-plays (scored) and the JSON export format.

An import is parsed and scored completely *before* anything is written, then stored in ONE
transaction: a malformed line, a scoring error or a failed write leaves nothing behind.

Pairing rule for transcripts: each trainee utterance becomes a turn together with the owner
utterances that follow it (several are joined with a line break; none gives an empty reply).
Owner utterances before the first trainee utterance become turn 0 with an empty
``trainee_text`` — the same shape as a simulated session that the owner opens.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..acts import Utterance
from ..errors import InputError, NotFoundError
from ..i18n import check_lang
from ..transcript import parse_transcript
from .exporting import EXPORT_FORMAT
from .records import SessionRecord, TurnRecord, User, now_iso
from .sessions import new_session_id

if TYPE_CHECKING:
    from . import Store

IMPORTED_BACKEND = "imported"


@dataclass
class ScoredUtterance:
    acts: list[str] = field(default_factory=list)
    scores: dict[str, float | None] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    suggestion: str | None = None


@dataclass
class ScoredTranscript:
    scores: dict[str, float]
    per_utterance: dict[int, ScoredUtterance]  # utterance index -> analysis (trainee only)
    patterns: dict[str, Any] = field(default_factory=dict)
    raw: Any = None


def _evidence_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        return [str(v) for vs in value.values() for v in (vs if isinstance(vs, list) else [vs])]
    return [str(v) for v in value]


def score_utterances(utterances: Sequence[Utterance], lang: str) -> ScoredTranscript:
    """The one place that calls the analyser (``simulator.scoring.score_conversation``)."""
    from ..scoring import score_conversation

    result = score_conversation(list(utterances), lang)
    per: dict[int, ScoredUtterance] = {}
    for position, turn in enumerate(result.turns):
        if getattr(turn, "speaker", "trainee") != "trainee":
            continue
        index = getattr(turn, "index", position)
        per[int(index)] = ScoredUtterance(
            acts=[str(a) for a in (getattr(turn, "acts", None) or [])],
            scores=dict(getattr(turn, "scores", None) or {}),
            evidence=_evidence_list(getattr(turn, "evidence", None)),
            suggestion=getattr(turn, "suggestion", None),
        )
    patterns = getattr(result, "patterns", None) or {}
    if hasattr(patterns, "model_dump"):
        patterns = patterns.model_dump(mode="json")
    scores = {k: float(v) for k, v in result.scores.items() if v is not None}
    return ScoredTranscript(scores=scores, per_utterance=per, patterns=patterns, raw=result)


def pair_turns(
    utterances: Sequence[Utterance], scored: ScoredTranscript, *, stamp: str | None = None
) -> list[TurnRecord]:
    """Trainee utterance + following owner utterances -> one :class:`TurnRecord` each."""
    stamp = stamp or now_iso()
    turns: list[TurnRecord] = []
    for position, utt in enumerate(utterances):
        if utt.speaker == "trainee":
            analysis = scored.per_utterance.get(position, ScoredUtterance())
            turns.append(
                TurnRecord(
                    index=len(turns),
                    trainee_text=utt.text,
                    owner_reply="",
                    acts=analysis.acts,
                    scores=analysis.scores,
                    evidence=analysis.evidence,
                    suggestion=analysis.suggestion,
                    stage="imported",
                    backend=IMPORTED_BACKEND,
                    created_at=stamp,
                )  # fmt: skip
            )
        elif not turns:
            turns.append(
                TurnRecord(
                    index=0,
                    trainee_text="",
                    owner_reply=utt.text,
                    stage="imported",
                    backend=IMPORTED_BACKEND,
                    created_at=stamp,
                )  # fmt: skip
            )
        else:
            last = turns[-1]
            last.owner_reply = f"{last.owner_reply}\n{utt.text}" if last.owner_reply else utt.text
    return turns


def import_utterances(
    store: Store,
    utterances: Sequence[Utterance],
    *,
    persona_id: str = "imported",
    lang: str = "ja",
    user_id: int | None = None,
    title: str | None = None,
    viewer: User | None = None,
) -> SessionRecord:
    """Score parsed utterances and store them as one finished, imported session.

    With a ``viewer`` the session must be filed for someone the viewer may file for (their
    own account; an instructor also for the members of the cohorts they teach)."""
    lang = check_lang(lang)
    if viewer is not None:
        store.require_can_file_for(viewer, user_id)
    scored = score_utterances(utterances, lang)
    stamp = now_iso()
    rec = SessionRecord(
        id=new_session_id(), persona_id=persona_id, lang=lang, seed=0, backend=IMPORTED_BACKEND,
        user_id=user_id, title=title, source="imported", created_at=stamp, updated_at=stamp,
        finished=True, scores=scored.scores, hidden_issue_reached=None,
    )  # fmt: skip
    return store.import_records(rec, pair_turns(utterances, scored, stamp=stamp))


def import_transcript(
    store: Store,
    path: str | Path,
    *,
    persona_id: str = "imported",
    lang: str = "ja",
    user_id: int | None = None,
    trainee_names: Iterable[str] = (),
    owner_names: Iterable[str] = (),
    title: str | None = None,
) -> SessionRecord:
    """Parse (``.txt``/``.csv``/``.jsonl``), score and store a real role-play transcript."""
    utterances = parse_transcript(path, trainee_names=trainee_names, owner_names=owner_names)
    return import_utterances(
        store, utterances, persona_id=persona_id, lang=lang, user_id=user_id,
        title=title or Path(path).name,
    )  # fmt: skip


def import_json(store: Store, text: str, *, user_id: int | None = None) -> SessionRecord:
    """Import a session exported by ``export_json``: same turns, states and scores.

    The session gets a new id (the file may come from another store); ``user_id`` is the
    importing account (ids differ between stores). A parent that is not in this store is
    dropped. Comments and overrides are not imported: their authors belong to the other store.
    """
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", line=exc.lineno) from None
    except RecursionError:  # json recurses once per nesting level
        raise InputError("JSON nested too deep to read") from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise InputError(f"not a session export (expected format {EXPORT_FORMAT!r})")
    try:
        original = SessionRecord.model_validate(doc.get("session"))
        turns = [TurnRecord.model_validate(t) for t in doc.get("turns") or []]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"invalid session export: {where}: {first['msg']}") from None
    parent_id = original.parent_id
    if parent_id is not None:
        try:
            store.get_session(parent_id)
        except NotFoundError:  # the parent stayed in the other store
            parent_id = None
    rec = original.model_copy(
        update={
            "id": new_session_id(),
            "user_id": user_id,
            "parent_id": parent_id,
            "parent_turn": original.parent_turn if parent_id else None,
        }
    )
    return store.import_records(rec, turns)

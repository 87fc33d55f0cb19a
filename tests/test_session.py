"""The public API end to end: open_session -> say -> report, persistence, determinism, resume."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from simulator import branch_session, open_session, persona_ids, resume_session
from simulator.errors import InputError, SessionFinishedError, SimulatorError
from simulator.store import open_store

RUBRICS = {"listening", "deep_dive", "summarising", "non_leading"}
OPENING = "本日はお時間をいただきありがとうございます。よろしくお願いいたします。"
SCRIPT_JA = [
    OPENING,
    "まずは御社のことを聞かせていただけますか？",
    "そうなんですね。それは大変でしたね。",
    "その時、社長はどのように感じられたのですか？",
]


def test_round_trip_offline(tmp_path: Path) -> None:
    session = open_session("distrustful_founder", lang="ja", store=tmp_path / "s.db")
    turn = session.say(OPENING)
    assert isinstance(turn.owner_reply, str) and turn.owner_reply
    assert set(turn.scores) == RUBRICS
    assert all(v is None or 0 <= v <= 100 for v in turn.scores.values())
    assert turn.acts and 0 <= turn.trust <= 100
    assert isinstance(turn.revealed, list)
    assert session.finished is False
    report = session.report()
    assert set(report.scores) == RUBRICS
    assert all(0 <= v <= 100 for v in report.scores.values())
    assert report.hidden_issue_reached is False
    assert isinstance(report.revealed, list)


@pytest.mark.parametrize("persona_id", persona_ids())
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_persona_plays_in_both_languages(persona_id: str, lang: str) -> None:
    session = open_session(persona_id, lang=lang, store=None)
    lines = SCRIPT_JA if lang == "ja" else [
        "Thank you for your time today.",
        "Could you tell me about your company?",
        "I see. That sounds really hard.",
        "How did you feel about that?",
    ]
    for line in lines:
        turn = session.say(line)
        assert turn.owner_reply.strip()
        if lang == "en":
            assert not any("\u3040" <= ch <= "\u30ff" for ch in turn.owner_reply)
    assert session.report().scores.keys() == RUBRICS


def transcript(seed: int) -> list[str]:
    session = open_session("reluctant_successor", lang="ja", store=None, seed=seed)
    return [session.say(line).owner_reply for line in SCRIPT_JA]


def test_same_seed_same_transcript() -> None:
    assert transcript(3) == transcript(3)


def test_different_seeds_vary_the_wording() -> None:
    assert any(transcript(s) != transcript(0) for s in range(1, 6))


def test_turn_is_committed_before_the_reply_is_returned(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    session = open_session("move_on_owner", lang="ja", store=db)
    turn = session.say(OPENING)
    # A separate connection sees the committed row as soon as say() has returned.
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select owner_reply from turns where session_id = ?", [session.id]).fetchall()
    assert [r[0] for r in rows] == [turn.owner_reply]


def test_a_failed_commit_shows_no_reply_and_keeps_state(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.db")

    class Broken:
        def __getattr__(self, name: str):  # noqa: ANN204
            return getattr(store, name)

        def append_turn(self, *args: object, **kwargs: object) -> None:
            raise SimulatorError("disk full")

    session = open_session("move_on_owner", lang="ja", store=store)
    session.store = Broken()
    before = session.state.model_copy(deep=True)
    with pytest.raises(SimulatorError, match="disk full"):
        session.say(OPENING)
    assert session.turns == [] and session.state == before


def test_resume_continues_with_the_same_state(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = open_session("distrustful_founder", lang="ja", store=db, seed=5)
    for line in SCRIPT_JA[:3]:
        first.say(line)
    resumed = resume_session(first.id, store=db)
    assert resumed.state == first.state
    assert [t.owner_reply for t in resumed.turns] == [t.owner_reply for t in first.turns]
    # The resumed session continues exactly as an uninterrupted one would.
    uninterrupted = open_session("distrustful_founder", lang="ja", store=None, seed=5)
    expected = [uninterrupted.say(line).owner_reply for line in SCRIPT_JA][-1]
    assert resumed.say(SCRIPT_JA[3]).owner_reply == expected
    assert len(resume_session(first.id, store=db).turns) == 4


def test_branch_restores_the_state_at_a_turn(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    parent = open_session("distrustful_founder", lang="ja", store=db)
    states = []
    for line in SCRIPT_JA:
        parent.say(line)
        states.append(parent.state.model_copy(deep=True))
    child = branch_session(parent.id, 1, store=db)
    assert child.id != parent.id
    assert child.state == states[1]
    assert len(child.turns) == 2
    child.say("ところで、今一番の悩みは何ですか？")
    assert len(resume_session(parent.id, store=db).turns) == len(SCRIPT_JA)


def test_empty_input_and_finished_session_are_clear_errors() -> None:
    session = open_session("move_on_owner", lang="ja", store=None)
    with pytest.raises(InputError):
        session.say("   ")
    session.end()
    assert session.finished
    with pytest.raises(SessionFinishedError):
        session.say(OPENING)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(InputError, match="language"):
        open_session("move_on_owner", lang="fr", store=None)

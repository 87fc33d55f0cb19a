"""The LLM backend's migration (m007_turn_llm): cached tokens, the judge, the offline scores."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from simulator.store import TurnRecord, open_store
from simulator.store.migrations import migrations


def test_a_store_from_before_the_llm_columns_upgrades_and_keeps_its_turns(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m007_turn_llm")
    db.execute(
        "INSERT INTO sessions (id, persona_id, lang, seed, backend, source, created_at,"
        " updated_at, finished, turn_count) VALUES ('s1', 'move_on_owner', 'ja', 0, 'openai',"
        " 'simulated', '2026', '2026', 0, 1)"
    )
    db.execute(
        "INSERT INTO turns (session_id, turn_index, trainee_text, owner_reply, acts, scores,"
        " state, trust, created_at, tokens_in, tokens_out) VALUES ('s1', 0, 'q', 'a', '[]',"
        " '{\"listening\": 50.0}', '{}', 40, '2026', 1200, 30)"
    )
    assert "judge" not in db.table("turns").columns_dict
    db.close()

    store = open_store(path)
    assert "m007_turn_llm" in store.applied_migrations
    old = store.turns("s1")[0]
    assert (old.tokens_in, old.tokens_cached, old.judge, old.offline_scores) == (1200, 0, None, None)
    judge = {"status": "ok", "model": "m", "scores": {"listening": 80.0}}
    store.append_turn(
        "s1",
        TurnRecord(
            index=1,
            trainee_text="x",
            owner_reply="y",
            scores={"listening": 65.0},
            tokens_in=1500,
            tokens_cached=1024,
            judge=judge,
            offline_scores={"listening": 50.0},
        ),
    )
    new = store.turns("s1")[1]
    assert new.tokens_cached == 1024 and new.judge == judge
    assert new.offline_scores == {"listening": 50.0} and new.scores == {"listening": 65.0}
    store.close()

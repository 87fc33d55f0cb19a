"""Export (Markdown, JSON, CSV, cohort CSV) and import, with round trips."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from simulator.errors import InputError
from simulator.store import Store, TurnRecord, open_store
from simulator.store import sessions as sessions_mod
from simulator.store.exporting import cohort_csv, export_csv, export_json, export_markdown
from simulator.store.importing import import_json, import_transcript

TRANSCRIPT = """社長：今日は何の用ですか。
支援者：本日はお時間をいただきありがとうございます。最近の御社の様子を教えていただけますか。
経営者：売上が落ちていてね。ネット販売を始めたいと思っている。
支援者：売上が落ちているのですね。それはいつ頃からですか？
経営者：去年の秋くらいからかな。大口の取引先が減ってね。
支援者：秋から大口の取引先が減って、売上が落ちている、ということでしょうか。
経営者：そうなんだ。
"""


@pytest.fixture
def store() -> Store:
    return open_store(None)


def simulated(store: Store) -> str:
    user = store.add_user("hanako", "password123", "trainee", "花子")
    rec = store.create_session(
        persona_id="distrustful_founder", lang="ja", seed=1, backend="offline", user_id=user.id,
        initial_state={"trust": 20},
    )  # fmt: skip
    store.append_turn(rec.id, TurnRecord(index=0, trainee_text="", owner_reply="何の用？"))
    for i in range(1, 4):
        store.append_turn(
            rec.id,
            TurnRecord(
                index=i, trainee_text=f"質問{i}｜です", owner_reply=f"答え{i}\n二行目",
                acts=["open_question"], scores={"listening": 60.0 + i, "summarising": None},
                evidence=["ますか"], suggestion="相手の言葉を拾いましょう", trust=30.0 + i,
                stage="guarded", state={"trust": 30 + i, "facts": ["a"]}, backend="offline",
                tokens_in=3, latency_ms=1.5,
            ),
        )  # fmt: skip
    store.finish_session(rec.id, scores={"listening": 61.0, "deep_dive": 55.0,
                                          "summarising": 40.0, "non_leading": 90.0},
                         hidden_issue_reached=False)  # fmt: skip
    return rec.id


def test_json_round_trip_gives_the_same_turns(store: Store) -> None:
    sid = simulated(store)
    text = export_json(store, sid)
    other = open_store(None)  # another installation
    imported = import_json(other, text)
    assert imported.id != sid
    assert other.turns(imported.id) == store.turns(sid)
    original = store.get_session(sid).model_dump(exclude={"id", "user_id"})
    assert other.get_session(imported.id).model_dump(exclude={"id", "user_id"}) == original


def test_json_import_errors(store: Store) -> None:
    with pytest.raises(InputError, match="not JSON"):
        import_json(store, "{")
    with pytest.raises(InputError, match="not a session export"):
        import_json(store, "{}")
    sid = simulated(store)
    doc = json.loads(export_json(store, sid))
    doc["turns"][1]["index"] = "x"
    with pytest.raises(InputError, match="turns|index"):
        import_json(store, json.dumps(doc))
    assert len(store.list_sessions()) == 1


def test_csv_export_reimports_as_transcript(store: Store, tmp_path: Path) -> None:
    sid = simulated(store)
    path = tmp_path / "s.csv"
    path.write_text(export_csv(store, sid), encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(export_csv(store, sid))))
    assert rows[1]["listening"] == "61" and rows[1]["acts"] == "open_question"
    imported = import_transcript(store, path)
    texts = [(t.trainee_text, t.owner_reply) for t in store.turns(imported.id)]
    assert texts == [(t.trainee_text, t.owner_reply) for t in store.turns(sid)]


def test_markdown_is_an_instructors_japanese_transcript(store: Store) -> None:
    sid = simulated(store)
    teacher = store.add_user("sensei", "password123", "instructor", "山田講師")
    cohort = store.create_cohort("A組", teacher.id)
    store.add_to_cohort(cohort.id, store.get_user("hanako").id)
    store.add_comment(sid, teacher, "ここで要約できると良い", turn_index=2)
    store.override_score(sid, teacher, "summarising", 55, reason="後半で要約あり")
    md = export_markdown(store, sid)
    for expected in ("# 対話練習記録：不信感のある創業者", "ペルソナ：不信感のある創業者",
                     "（ID：distrustful_founder）", "日時：", "## 総合スコア", "| 傾聴 | 61 |", "55（山田講師：後半で要約あり）", "**支援者：** 質問1",
                     "**経営者：** 答え1", "発話の種類：開いた質問", "言い換え例：", "言語：日本語",
                     "ここで要約できると良い", "受講者：花子（hanako）", "（冒頭）"):  # fmt: skip
        assert expected in md, expected


def test_cohort_csv_one_row_per_session(store: Store) -> None:
    sid = simulated(store)
    teacher = store.add_user("sensei", "password123", "instructor")
    cohort = store.create_cohort("A組", teacher.id)
    store.add_to_cohort(cohort.id, store.get_user("hanako").id)
    rows = list(csv.DictReader(io.StringIO(cohort_csv(store, cohort.id, viewer=teacher))))
    assert len(rows) == 1
    assert rows[0]["session_id"] == sid and rows[0]["user"] == "hanako"
    assert rows[0]["turns"] == "4" and rows[0]["listening"] == "61"
    assert rows[0]["hidden_issue_reached"] == "0"


def test_transcript_import_is_scored_and_paired(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "real.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    rec = import_transcript(store, path)
    assert rec.source == "imported" and rec.finished
    assert set(rec.scores or {}) == {"listening", "deep_dive", "summarising", "non_leading"}
    turns = store.turns(rec.id)
    assert [(t.trainee_text[:4], t.owner_reply[:4]) for t in turns] == [
        ("", "今日は何"), ("本日はお", "売上が落"), ("売上が落", "去年の秋"), ("秋から大", "そうなん"),
    ]  # fmt: skip
    assert turns[3].acts and "summary" in turns[3].acts


def test_nothing_half_imported(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(TRANSCRIPT + "誰か：割り込み\n", encoding="utf-8")
    with pytest.raises(InputError, match=":8:"):
        import_transcript(store, bad)
    good = tmp_path / "good.txt"
    good.write_text(TRANSCRIPT, encoding="utf-8")
    calls = {"n": 0}
    original = sessions_mod.turn_row

    def failing(session_id: str, turn: TurnRecord) -> tuple:
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk on fire")
        return original(session_id, turn)

    monkeypatch.setattr(sessions_mod, "turn_row", failing)
    with pytest.raises(RuntimeError):
        import_transcript(store, good)
    assert store.list_sessions() == []
    assert store.db.execute("SELECT count(*) FROM turns").fetchone()[0] == 0

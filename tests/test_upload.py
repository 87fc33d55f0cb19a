"""Scoring an uploaded transcript without a server: speaker mapping, filing for a cohort's
trainee, the report, and malformed files that store nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.errors import NotFoundError
from simulator.settings import Settings
from simulator.store import open_store
from simulator.transcript import TranscriptError
from simulator.ui import Controller
from simulator.ui.common import Ctx
from simulator.ui.report_page import render as render_report
from simulator.ui.texts import error_text
from simulator.ui.upload_desk import MAX_BYTES, UploadDesk, UploadError

TXT = """田中：本日はお時間をいただきありがとうございます。よろず支援拠点の田中です。
山田社長：どうも。まあ、座ってください。
田中：最近のお仕事のご様子を聞かせていただけますか？
山田社長：忙しいのは忙しいんだけど、利益が残らなくてね。
観察者：（メモ：うなずきが少ない）
田中：利益が残らない、というのは気がかりですね。いつ頃からそう感じていらっしゃいますか？
山田社長：ここ3年くらいかな。材料が上がってね。
"""


@pytest.fixture
def setup(tmp_path: Path):  # noqa: ANN201
    store = open_store(tmp_path / "u.db")
    ctl = Controller(Settings(data_dir=tmp_path), store, sign_in=True)
    t = store.add_user("tanaka", "pw-123456", "instructor", display_name="田中講師")
    o = store.add_user("ogawa", "pw-123456", "instructor", display_name="小川講師")
    sato = store.add_user("sato", "pw-123456", "trainee", display_name="佐藤")
    kato = store.add_user("kato", "pw-123456", "trainee", display_name="加藤")
    a, b = store.create_cohort("A組", t.id), store.create_cohort("B組", o.id)
    store.add_to_cohort(a.id, sato.id)
    store.add_to_cohort(b.id, kato.id)
    return UploadDesk(ctl), ctl, {"tanaka": t, "ogawa": o, "sato": sato, "kato": kato}


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_an_instructor_scores_a_role_play_for_a_trainee(setup, tmp_path: Path) -> None:  # noqa: ANN001
    desk, ctl, u = setup
    draft = desk.read(write(tmp_path, "roleplay.txt", TXT, "cp932"))
    assert [(n, k) for n, k, _ in draft.speakers] == [("田中", 3), ("山田社長", 3), ("観察者", 1)]
    choices = dict((uid, label) for label, uid in desk.filing_choices(u["tanaka"]))
    assert set(choices) == {u["tanaka"].id, u["sato"].id} and "A組" in choices[u["sato"].id]
    record = desk.score(u["tanaka"], draft, trainee_names=["田中"], owner_names=["山田社長"],
                        for_user=u["sato"].id)  # fmt: skip
    assert record.user_id == u["sato"].id and record.source == "imported" and record.finished
    turns = ctl.store.turns(record.id)
    said = [t for t in turns if t.trainee_text]
    assert len(said) == 3 and all(t.acts and t.scores for t in said)
    assert "観察者" not in " ".join(t.owner_reply for t in turns)  # left out
    assert set(record.scores) == {"listening", "deep_dive", "summarising", "non_leading"}
    # the trainee reads the same kind of report, from "my sessions"
    head, _, tail = render_report(Ctx(ctl), u["sato"], record.id)[:3]
    assert "実ロールプレイの採点" in head and "傾聴" in head and "roleplay.txt" in head
    assert "やりとりと採点" in tail and "発話の種類" in tail
    with pytest.raises(NotFoundError):  # an instructor of another cohort
        ctl.store.get_session(record.id, viewer=u["ogawa"])


def test_filing_for_someone_you_do_not_teach_is_not_found(setup, tmp_path: Path) -> None:  # noqa: ANN001
    desk, ctl, u = setup
    draft = desk.read(write(tmp_path, "r.txt", TXT))
    for who, target in (("tanaka", "kato"), ("sato", "kato"), ("sato", "tanaka")):
        with pytest.raises(NotFoundError):
            desk.score(u[who], draft, trainee_names=["田中"], owner_names=["山田社長"],
                       for_user=u[target].id)  # fmt: skip
    assert ctl.store.list_sessions(limit=None) == []
    mine = desk.score(u["sato"], draft, trainee_names=["田中"], owner_names=["山田社長"])
    assert mine.user_id == u["sato"].id


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("deep.jsonl",
         json.dumps({"speaker": "支援者", "text": "こんにちは"}, ensure_ascii=False) + "\n"
         + "[" * 50_000 + "]" * 50_000 + "\n", "2行目：JSON の入れ子が深すぎて読めません"),
        ("bad.jsonl", '{"speaker": "支援者", "text": "a"}\n{"speaker": "経営者", "text": \n',
         "2行目：JSON として読めません"),
        ("bad.csv", "speaker,text\n支援者,はい\n経営者,\n", "3行目：発言が空です"),
        ("bad.txt", "こんにちは\n支援者：はい\n", "1行目：最初の発言に話者がありません"),
        ("notes.docx", "x", "ファイル形式「docx」は読めません"),
    ],
)  # fmt: skip
def test_a_malformed_file_gets_a_japanese_message_naming_the_line(
    setup, tmp_path: Path, name: str, text: str, message: str  # noqa: ANN001
) -> None:
    desk, ctl, _ = setup
    with pytest.raises(TranscriptError) as err:
        desk.read(write(tmp_path, name, text))
    assert error_text(err.value).startswith(message), error_text(err.value)
    assert ctl.store.list_sessions(limit=None) == []


def test_unmapped_names_and_limits(setup, tmp_path: Path) -> None:  # noqa: ANN001
    desk, ctl, u = setup
    draft = desk.read(write(tmp_path, "r.txt", TXT))
    with pytest.raises(UploadError) as err:
        desk.score(u["sato"], draft, trainee_names=[], owner_names=["山田社長"])
    assert error_text(err.value) == "支援者の話者名を選んでください。"
    with pytest.raises(TranscriptError) as err:  # a supporter name with no turn: nothing to score
        desk.score(u["sato"], draft, trainee_names=["佐藤"], owner_names=["田中", "山田社長"])
    assert "支援者の発言がありません" in error_text(err.value)
    big = write(tmp_path, "big.txt", "支援者：" + "あ" * (MAX_BYTES // 3 + 10) + "\n")
    with pytest.raises(UploadError) as err:
        desk.read(big)
    assert "ファイルが大きすぎます" in error_text(err.value)
    assert ctl.store.list_sessions(limit=None) == []

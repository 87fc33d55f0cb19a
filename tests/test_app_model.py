"""The page with a model configured, without a server: the controller and the views over a real
session voiced through the fake OpenAI-compatible server (127.0.0.1) — the early empty
``Partial``, a page that goes away, the fallback notice, the judge's feedback beside the
offline one (hidden in exam mode), the report's merged-vs-offline table."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from simulator.judge import Judgement
from simulator.session import Partial, Turn
from simulator.settings import Settings
from simulator.store import Store, open_store
from simulator.ui import Controller
from simulator.ui.common import Ctx
from simulator.ui.judge_view import judge_section, report_lines
from simulator.ui.practice import I, send_steps
from simulator.ui.views import feedback

from .fake_openai import FakeOpenAI, Reply, director_follower

PASSWORD = "correct horse 1"
GREETING = "本日はお時間をいただきありがとうございます。"
ALTERNATIVE = "ここまでのお話を伺って、社長が一番気にかけていらっしゃることは何でしょうか。"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        server.default = director_follower()
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "app.db")


def controller(store: Store, tmp_path: Path, fake: FakeOpenAI, **kw: object) -> Controller:
    settings = Settings(
        data_dir=tmp_path,
        openai_base_url=fake.base_url,
        model="owner",
        judge_model="judge",
        llm_timeout=kw.pop("llm_timeout", 5.0),  # type: ignore[arg-type]
        **kw,
    )
    return Controller(settings, store, sign_in=True)


def judged_turn(status: str = "ok", **kw: object) -> Turn:
    judge = Judgement(
        status=status,  # type: ignore[arg-type]
        model="judge",
        scores={"listening": 90.0, "deep_dive": 80.0, "summarising": None, "non_leading": 95.0}
        if status != "failed"
        else {},
        evidence=["お時間をいただき"] if status != "failed" else [],
        alternative=ALTERNATIVE if status != "failed" else None,
        error="timed out" if status == "failed" else None,
    )
    return Turn(
        index=0,
        trainee_text=GREETING,
        owner_reply="どうも。",
        acts=["other"],
        scores={"listening": 62.5, "deep_dive": None, "summarising": None, "non_leading": 92.5},
        offline_scores={"listening": 50.0, "deep_dive": None, "summarising": None,
                        "non_leading": 90.0},  # fmt: skip
        evidence=["あいさつ: ありがとうございます", "「お時間をいただき」"],
        suggestion="よろしければ、会社のことから聞かせていただけますか。",
        trust=22.0,
        stage="rapport",
        reaction="greeting",
        backend="openai",
        judge=judge,
        **kw,  # type: ignore[arg-type]
    )


def test_feedback_shows_the_models_reading_beside_the_offline_one() -> None:
    text = feedback(judged_turn(), "ja")
    assert "| 観点 | スコア | オフライン | LLM |" in text
    assert "| 傾聴 | 62 | 50 | 90 |" in text  # merged, offline, the model's
    assert "| 深掘りの問いかけ | — | — | 80 |" in text  # the offline scorer decides it applies
    assert "LLMの見立て（参考）" in text and ALTERNATIVE in text
    assert "LLMが根拠にした言葉：「お時間をいただき」" in text
    evidence_line = next(line for line in text.splitlines() if line.startswith("**根拠**"))
    assert "お時間をいただき" not in evidence_line  # the judge's quote is under its own label
    assert "言い換え例" in text  # the offline alternative stays
    english = feedback(judged_turn(), "en")
    assert "The model's reading (for reference)" in english and "| Offline | Model |" in english


def test_no_judge_no_model_section_and_exam_mode_hides_it() -> None:
    plain = judged_turn().model_copy(update={"judge": None, "scores": {"listening": 50.0}})
    text = feedback(plain, "ja")
    assert "LLM" not in text and "| 観点 | スコア |" in text
    exam = feedback(judged_turn(), "ja", exam=True)
    assert "試験モード" in exam and ALTERNATIVE not in exam and "LLM" not in exam


def test_a_failed_judge_says_so_in_one_line() -> None:
    text = feedback(judged_turn("failed"), "ja")
    assert "今回はLLMの見立てを得られませんでした" in text
    assert "オフライン | LLM" not in text  # the offline scores stood
    assert judge_section(judged_turn("failed"), "en").endswith("(offline scores only).")


def test_report_lists_the_turns_the_model_moved() -> None:
    moved = judged_turn()
    same = judged_turn().model_copy(
        update={"index": 1, "offline_scores": judged_turn().scores}
    )
    lines = "\n".join(report_lines([moved, same], "ja"))
    assert "### LLMの見立て" in lines and "LLMが読んだターン：2（得られなかったターン：0）" in lines
    assert "| ターン1 | 62（50） | — | — | 92（90） |" in lines  # merged (offline)
    assert "ターン2" not in lines  # nothing moved there
    assert report_lines([moved.model_copy(update={"judge": None})], "ja") == []


def test_the_trainees_words_come_first_then_the_reply_streams(
    fake: FakeOpenAI, store: Store, tmp_path: Path
) -> None:
    sato = store.add_user("sato", PASSWORD, "trainee")
    ctl = controller(store, tmp_path, fake)
    live = ctl.start(sato, "reluctant_successor", "ja")
    fake.script("owner", Reply(text="あ…どうも。角田です。今日は、わざわざすみません。",
                               interval=0.01, chunk_chars=4))  # fmt: skip
    items = list(ctl.say_stream(sato, live.session.id, GREETING))
    assert items[0] == Partial(text="")  # before the model said anything
    assert [type(i) for i in items[1:-1]] == [Partial] * (len(items) - 2) and len(items) > 4
    turn = items[-1]
    assert isinstance(turn, Turn) and turn.backend == "openai"
    assert turn.judge is not None and turn.judge.ok and turn.offline_scores


def test_a_page_that_goes_away_before_the_turn_began_loses_nothing(
    fake: FakeOpenAI, store: Store, tmp_path: Path
) -> None:
    sato = store.add_user("sato", PASSWORD, "trainee")
    ctl = controller(store, tmp_path, fake)
    sid = ctl.start(sato, "distrustful_founder", "ja").session.id
    stream = ctl.say_stream(sato, sid, GREETING)
    assert next(stream) == Partial(text="")
    stream.close()  # the browser left: the turn still runs and is committed
    deadline = time.monotonic() + 15
    while not store.turns(sid) and time.monotonic() < deadline:
        time.sleep(0.05)
    rows = store.turns(sid)
    assert [r.trainee_text for r in rows] == [GREETING] and rows[0].backend == "openai"


def test_the_page_shows_a_failed_model_as_a_notice_in_the_sessions_language(
    fake: FakeOpenAI, store: Store, tmp_path: Path
) -> None:
    sato = store.add_user("sato", PASSWORD, "trainee")
    ctl = controller(store, tmp_path, fake, llm_retries=1)
    ctx = Ctx(ctl)
    for lang, expected in (("ja", "オフラインの応答に切り替えました"),
                           ("en", "switched to the offline reply")):  # fmt: skip
        sid = ctl.start(sato, "move_on_owner", lang).session.id
        fake.script("owner", Reply(status=500), Reply(status=500))
        said = GREETING if lang == "ja" else "Thank you for seeing me today."
        steps = list(send_steps(ctx, sato, lang, sid, said))
        first, last = steps[0], steps[-1]
        assert first[I["chat"]] == [{"role": "user", "content": said}]  # shown at once
        assert "経営者が答えています" in first[I["notice"]] or "answering" in first[I["notice"]]
        assert 'class="sim-warn"' in last[I["notice"]] and expected in last[I["notice"]]
        assert "500" in last[I["notice"]]
        row = store.turns(sid)[0]  # nothing typed is lost
        assert row.trainee_text == said and row.backend == "offline" and row.notice
        assert last[I["chat"]][-1]["content"] == row.owner_reply
